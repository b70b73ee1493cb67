//! Runs every domain cmdlet's examples through the interpreter: an example with an expected
//! output must print exactly that; one without must run without reporting an error.

mod eval_support;

use coexist::cmdlets::domain;

#[test]
fn every_domain_example_runs_as_documented() {
    let mut failures = Vec::new();
    for spec in domain::specs() {
        for example in &spec.examples {
            let (text, outcome) = eval_support::run(example.script);
            let ok = match example.output {
                Some(expected) => text == expected && outcome.errors == 0,
                None => outcome.errors == 0 && !text.contains("error:"),
            };
            if !ok {
                failures.push(format!(
                    "{}: {}\n--- script ---\n{}\n--- expected ---\n{}\n--- got ---\n{}",
                    spec.name,
                    example.description,
                    example.script,
                    example.output.unwrap_or("(runs without error)"),
                    text
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
