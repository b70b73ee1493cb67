//! Shared helpers for the interpreter tests: parse a script, run it on a large stack and
//! render everything it reported, in order, as one text.

#![allow(dead_code)]

use coexist::cmdlets::command::{CommandError, Warning};
use coexist::eval::unwind::error_parts;
use coexist::eval::value::Value;
use coexist::eval::{with_large_stack, Interpreter, Output, RunOptions, RunOutcome};
use coexist::model::Model;
use coexist::span::SourceId;

/// An [`Output`] that renders into one string.
#[derive(Default)]
pub struct TextOutput {
    /// Everything, in order.
    pub text: String,
}

impl Output for TextOutput {
    fn output(&mut self, values: Vec<Value>) {
        self.text.push_str(&coexist::format::render(&values, 120));
    }
    fn error(&mut self, error: &CommandError) {
        let (code, message) = error_parts(error);
        self.text.push_str(&format!("error: {code}: {message}\n"));
    }
    fn warning(&mut self, warning: &Warning) {
        let message = match warning {
            Warning::Text { message, .. } => message.clone(),
            Warning::Model { warning, .. } => warning.to_string(),
        };
        self.text.push_str(&format!("warning: {message}\n"));
    }
    fn host(&mut self, text: &str) {
        self.text.push_str(text);
    }
    fn what_if(&mut self, action: &str, target: &str) {
        self.text.push_str(&format!(
            "What if: Performing the operation \"{action}\" on target \"{target}\".\n"
        ));
    }
    fn verbose(&mut self, text: &str) {
        self.text.push_str(&format!("VERBOSE: {text}\n"));
    }
}

/// Runs `script` with `options` and returns the rendered text and the outcome.
pub fn run_with(script: &str, options: RunOptions) -> (String, RunOutcome) {
    let script = script.to_string();
    with_large_stack(move || {
        let parsed = match coexist::syntax::parse(&script, SourceId(0)) {
            Ok(parsed) => parsed,
            Err(errors) => {
                let text = errors
                    .iter()
                    .map(|e| format!("syntax: {e:?}\n"))
                    .collect::<String>();
                return (text, RunOutcome::default());
            }
        };
        let mut interp = Interpreter::new(Model::default());
        interp.add_source(SourceId(0), script.as_str().into());
        interp.set_options(options);
        let mut out = TextOutput::default();
        let outcome = interp.run(&parsed, &mut out);
        (out.text, outcome)
    })
}

/// Runs `script` with default options.
pub fn run(script: &str) -> (String, RunOutcome) {
    run_with(script, RunOptions::default())
}

/// Asserts what `script` prints (trailing white space ignored), naming the script on failure.
#[track_caller]
pub fn check(script: &str, expected: &str) {
    let (text, _) = run(script);
    assert_eq!(
        text.trim_end(),
        expected.trim_end(),
        "\n--- script ---\n{script}\n--- got ---\n{text}"
    );
}

/// Asserts `script` reports exactly one error, with `code`, and returns the text.
#[track_caller]
pub fn check_error(script: &str, code: &str) -> String {
    let (text, outcome) = run(script);
    assert_eq!(
        outcome.errors, 1,
        "\n--- script ---\n{script}\n--- got ---\n{text}"
    );
    assert!(
        text.contains(&format!("error: {code}:")),
        "expected {code}\n--- script ---\n{script}\n--- got ---\n{text}"
    );
    text
}

/// The errors `script` reports, as `(code, message, help)`.
pub fn errors_of(script: &str) -> Vec<(String, String, Option<String>)> {
    let script = script.to_string();
    with_large_stack(move || {
        let parsed = coexist::syntax::parse(&script, SourceId(0)).expect("the script parses");
        let mut interp = Interpreter::new(Model::default());
        let mut out = coexist::eval::CollectOutput::default();
        interp.run(&parsed, &mut out);
        out.errors
            .iter()
            .map(|e| {
                let (code, message) = error_parts(e);
                let help = match e {
                    CommandError::Runtime(r) => r.help.clone(),
                    _ => None,
                };
                (code, message, help)
            })
            .collect()
    })
}
