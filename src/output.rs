//! The front end's printer: what the interpreter outputs, reported and warned goes through
//! here to stdout (objects, `Write-Host`, What-if lines) and stderr (diagnostics).

use crate::cmdlets::command::{CommandError, Warning};
use crate::diag::{Diag, ErrorFormat};
use crate::eval::interp::Output;
use crate::eval::value::Value;
use crate::span::SourceMap;
use std::io::Write;

/// How output objects are written to stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// PowerShell's default table/list display.
    Text,
    /// One JSON object per output object, per line.
    Json,
}

/// Counts of what was reported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors reported.
    pub errors: usize,
    /// Warnings reported.
    pub warnings: usize,
}

/// Implements the interpreter's [`Output`] for a terminal or pipe.
pub struct Printer<'a> {
    sources: &'a SourceMap,
    error_format: ErrorFormat,
    output_format: OutputFormat,
    width: usize,
    stdout: &'a mut dyn Write,
    stderr: &'a mut dyn Write,
    tally: Tally,
    recorded: Option<Vec<Diag>>,
}

impl<'a> Printer<'a> {
    /// A printer rendering diagnostics against `sources`.
    pub fn new(
        sources: &'a SourceMap,
        error_format: ErrorFormat,
        output_format: OutputFormat,
        width: usize,
        stdout: &'a mut dyn Write,
        stderr: &'a mut dyn Write,
    ) -> Self {
        Printer {
            sources,
            error_format,
            output_format,
            width,
            stdout,
            stderr,
            tally: Tally::default(),
            recorded: None,
        }
    }

    /// Also keeps every diagnostic it renders, for [`Printer::into_recorded`] (the HTML report
    /// shows them without running anything again).
    pub fn recording(mut self) -> Self {
        self.recorded = Some(Vec::new());
        self
    }

    /// The diagnostics kept since [`Printer::recording`], in the order they were reported.
    pub fn into_recorded(self) -> Vec<Diag> {
        self.recorded.unwrap_or_default()
    }

    /// What was reported so far.
    pub fn tally(&self) -> Tally {
        self.tally
    }

    fn diagnostic(&mut self, diag: Diag) {
        let text = self.error_format.render(&diag, self.sources);
        let _ = self.stderr.write_all(text.as_bytes());
        self.record(diag);
    }

    fn record(&mut self, diag: Diag) {
        if let Some(recorded) = &mut self.recorded {
            recorded.push(diag);
        }
    }
}

/// Converts a value to JSON with all its properties (for `--format json`).
pub fn to_json(value: &Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        Value::Null | Value::ScriptBlock(_) => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Int(i) => J::from(*i),
        Value::Double(d) => serde_json::Number::from_f64(*d).map_or(J::Null, J::Number),
        Value::String(s) => J::String(s.to_string()),
        Value::Array(items) => J::Array(items.borrow().iter().map(to_json).collect()),
        Value::Hashtable(table) => J::Object(
            table
                .borrow()
                .iter()
                .map(|(k, v)| (k.to_display_string(), to_json(v)))
                .collect(),
        ),
        Value::Object(obj) => J::Object(
            obj.borrow()
                .properties
                .iter()
                .map(|(k, v)| (k.clone(), to_json(v)))
                .collect(),
        ),
    }
}

impl Output for Printer<'_> {
    fn output(&mut self, values: Vec<Value>) {
        let text = match self.output_format {
            OutputFormat::Text => crate::format::render(&values, self.width),
            OutputFormat::Json => values.iter().map(|v| format!("{}\n", to_json(v))).collect(),
        };
        let _ = self.stdout.write_all(text.as_bytes());
    }

    fn error(&mut self, error: &CommandError) {
        self.tally.errors += 1;
        self.diagnostic(Diag::from(error));
    }

    fn warning(&mut self, warning: &Warning) {
        self.tally.warnings += 1;
        match (warning, self.error_format) {
            (Warning::Text { message, .. }, ErrorFormat::Human { .. }) => {
                let _ = writeln!(self.stderr, "WARNING: {message}");
                self.record(Diag::from(warning));
            }
            _ => self.diagnostic(Diag::from(warning)),
        }
    }

    fn host(&mut self, text: &str) {
        let _ = self.stdout.write_all(text.as_bytes());
    }

    fn what_if(&mut self, action: &str, target: &str) {
        let line = match self.output_format {
            OutputFormat::Text => {
                format!("What if: Performing the operation \"{action}\" on target \"{target}\".\n")
            }
            OutputFormat::Json => format!(
                "{}\n",
                serde_json::json!({"whatif": {"action": action, "target": target}})
            ),
        };
        let _ = self.stdout.write_all(line.as_bytes());
    }

    fn verbose(&mut self, text: &str) {
        let _ = writeln!(self.stderr, "VERBOSE: {text}");
    }
}
