//! Throughput measurements of the interpreter (not run by default; they assert nothing about
//! time). Run with `cargo test --release --test eval_perf -- --ignored --nocapture`.

mod eval_support;

use coexist::eval::{with_large_stack, CollectOutput, Interpreter};
use coexist::model::Model;
use coexist::span::SourceId;
use std::time::Instant;

/// Parses and runs `script`, printing parse and run times; returns the run's error count.
fn measure(label: &str, script: String) -> usize {
    with_large_stack(move || {
        let t0 = Instant::now();
        let parsed = coexist::syntax::parse(&script, SourceId(0)).expect("parses");
        let t1 = Instant::now();
        let mut interp = Interpreter::new(Model::default());
        let mut out = CollectOutput::default();
        let outcome = interp.run(&parsed, &mut out);
        let t2 = Instant::now();
        println!(
            "{label}: parse {:.1} ms, run {:.1} ms, {} output values",
            (t1 - t0).as_secs_f64() * 1e3,
            (t2 - t1).as_secs_f64() * 1e3,
            out.values.len()
        );
        outcome.errors
    })
}

#[test]
#[ignore = "measurement; run explicitly with --release"]
fn throughput() {
    let errors = measure(
        "1M-iteration foreach with arithmetic",
        "$s = 0; foreach ($i in 1..1000000) { $s += $i * 2 }; $s".into(),
    );
    assert_eq!(errors, 0);
    let errors = measure(
        "1M-iteration while with comparison and string expansion every 1000",
        "$i = 0; while ($i -lt 1000000) { $i++; if ($i % 1000 -eq 0) { $null = \"at $i\" } }"
            .into(),
    );
    assert_eq!(errors, 0);
    let errors = measure(
        "100k function calls",
        "function f($n) { $n + 1 }; $x = 0; for ($i = 0; $i -lt 100000; $i++) { $x = f $x }; $x"
            .into(),
    );
    assert_eq!(errors, 0);
    let mut lines = String::new();
    for i in 0..100_000 {
        lines.push_str(&format!("Write-Output -InputObject user{i}.contoso.com\n"));
    }
    let errors = measure("100k cmdlet statements (Write-Output)", lines);
    assert_eq!(errors, 0);
    let errors = measure(
        "100k objects through a 3-stage pipeline",
        "1..100000 | Where-Object { $_ % 2 } | ForEach-Object { $_ * 3 } | Measure-Object | Out-Null".into(),
    );
    assert_eq!(errors, 0);
}
