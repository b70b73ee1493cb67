//! The front end's printer: what the interpreter outputs, reported and warned goes through
//! here to stdout (objects, `Write-Host`, What-if lines) and stderr (diagnostics, notes,
//! progress bars). It also asks the person at the keyboard (through a [`Prompter`], which
//! only the REPL has) and copies what it prints for an open transcript.

mod progress;

use crate::cmdlets::command::{CommandError, NoAnswer, Progress, Warning};
use crate::diag::{Diag, ErrorFormat};
use crate::eval::interp::Output;
use crate::eval::value::Value;
use crate::span::{SourceId, SourceMap};
use std::io::Write;

/// Asks the person at the keyboard: implemented by the REPL; a batch run has none.
pub trait Prompter {
    /// Shows `question` and reads one line (`secret`: without echoing it).
    fn ask(&mut self, question: &str, secret: bool) -> Result<String, NoAnswer>;
}

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
    sources: &'a mut SourceMap,
    error_format: ErrorFormat,
    output_format: OutputFormat,
    width: usize,
    stdout: &'a mut dyn Write,
    stderr: &'a mut dyn Write,
    tally: Tally,
    prompter: Option<&'a mut dyn Prompter>,
    bars: Option<progress::Bars>,
    captured: Option<String>,
    recorded: Option<Vec<Diag>>,
}

/// Which stream a piece of text goes to.
#[derive(Clone, Copy)]
enum Stream {
    Stdout,
    Stderr,
}

impl<'a> Printer<'a> {
    /// A printer rendering diagnostics against `sources` (which `Invoke-Expression` text
    /// is added to).
    pub fn new(
        sources: &'a mut SourceMap,
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
            prompter: None,
            bars: None,
            captured: None,
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

    /// Lets `Read-Host` and `Get-Credential` ask through `prompter` (the REPL's).
    pub fn with_prompter(mut self, prompter: Option<&'a mut dyn Prompter>) -> Self {
        self.prompter = prompter;
        self
    }

    /// Draws `Write-Progress` bars on stderr (for a terminal; otherwise they are dropped).
    pub fn with_progress_bars(mut self, on: bool) -> Self {
        self.bars = on.then(progress::Bars::new);
        self
    }

    /// What was reported so far.
    pub fn tally(&self) -> Tally {
        self.tally
    }

    fn diagnostic(&mut self, diag: Diag) {
        let text = self.error_format.render(&diag, self.sources);
        self.emit(Stream::Stderr, &text);
        self.record(diag);
    }

    fn record(&mut self, diag: Diag) {
        if let Some(recorded) = &mut self.recorded {
            recorded.push(diag);
        }
    }

    /// Writes `text` to a stream (above any progress bars), copying it for a transcript.
    fn emit(&mut self, stream: Stream, text: &str) {
        let target: &mut dyn Write = match stream {
            Stream::Stdout => &mut *self.stdout,
            Stream::Stderr => &mut *self.stderr,
        };
        match &self.bars {
            Some(bars) => bars.suspend(|| {
                let _ = target.write_all(text.as_bytes());
                let _ = target.flush();
            }),
            None => {
                let _ = target.write_all(text.as_bytes());
            }
        }
        if let Some(captured) = &mut self.captured {
            captured.push_str(&plain(text));
        }
    }
}

/// `text` without terminal colour sequences (`ESC [ … letter`), as a transcript keeps it.
fn plain(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\u{1b}') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
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
        self.emit(Stream::Stdout, &text);
    }

    fn error(&mut self, error: &CommandError) {
        self.tally.errors += 1;
        self.diagnostic(Diag::from(error));
    }

    fn warning(&mut self, warning: &Warning) {
        self.tally.warnings += 1;
        match (warning, self.error_format) {
            (Warning::Text { message, .. }, ErrorFormat::Human { .. }) => {
                self.emit(Stream::Stderr, &format!("WARNING: {message}\n"));
                self.record(Diag::from(warning));
            }
            _ => self.diagnostic(Diag::from(warning)),
        }
    }

    fn host(&mut self, text: &str) {
        self.emit(Stream::Stdout, text);
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
        self.emit(Stream::Stdout, &line);
    }

    fn verbose(&mut self, text: &str) {
        self.emit(Stream::Stderr, &format!("VERBOSE: {text}\n"));
    }

    fn note(&mut self, text: &str) {
        let line = match self.error_format {
            ErrorFormat::Human { .. } => format!("note: {text}\n"),
            ErrorFormat::Json => format!("{}\n", serde_json::json!({ "note": text })),
        };
        self.emit(Stream::Stderr, &line);
    }

    fn progress(&mut self, progress: &Progress) {
        if let Some(bars) = &mut self.bars {
            bars.update(progress);
        }
    }

    fn ask(&mut self, question: &str, secret: bool) -> Result<String, NoAnswer> {
        let prompter = self.prompter.as_mut().ok_or(NoAnswer::Batch)?;
        let _ = self.stdout.flush();
        let answer = prompter.ask(question, secret);
        if let (Some(captured), Ok(text)) = (&mut self.captured, &answer) {
            let shown = if secret { "" } else { text.as_str() };
            captured.push_str(&format!("{question}: {shown}\n"));
        }
        answer
    }

    fn add_source(&mut self, name: &str, text: &str) -> Option<SourceId> {
        Some(self.sources.add(name, text))
    }

    fn capture(&mut self, on: bool) -> String {
        let copied = std::mem::replace(&mut self.captured, on.then(String::new));
        copied.unwrap_or_default()
    }
}
