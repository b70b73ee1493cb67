//! Turns parse, binding, runtime and model errors into user-facing diagnostics.
//!
//! Every error type of the lower layers is first converted into one neutral [`Diag`]
//! (code, severity, message, help, labelled spans); [`human`] renders it with miette's
//! graphical handler and [`json`] as one JSON object per line. The lower layers hold spans,
//! never source text: the text comes from the session's [`SourceMap`](crate::span::SourceMap).

pub mod convert;
pub mod human;
pub mod json;

use crate::span::Span;

/// Whether a diagnostic failed the statement or only warns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The statement was rejected.
    Error,
    /// The statement was applied; something deserves attention.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as JSON output spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A labelled span.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What the label says (may be empty: then only the span is underlined).
    pub text: String,
}

/// One diagnostic, independent of the error type it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Diag {
    /// Stable code, `coexist::<layer>::<name>`.
    pub code: String,
    /// Error or warning.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The most specific span (the offending argument).
    pub primary: Option<Label>,
    /// Related places, e.g. "pool created here".
    pub secondary: Vec<Label>,
    /// Facts without a span (e.g. an object loaded from the state file).
    pub notes: Vec<String>,
    /// Texts that would fix the problem if they replaced the primary label's text (a
    /// did-you-mean value, the parameters an ambiguous prefix may mean), best first; empty
    /// when no fix is mechanical. Editors offer them as quick fixes.
    pub fixes: Vec<String>,
}

impl Diag {
    /// A diagnostic with only a code, severity and message.
    pub fn new(code: impl Into<String>, severity: Severity, message: impl Into<String>) -> Self {
        Diag {
            code: code.into(),
            severity,
            message: message.into(),
            help: None,
            primary: None,
            secondary: Vec::new(),
            notes: Vec::new(),
            fixes: Vec::new(),
        }
    }

    /// Sets the primary label.
    pub fn with_primary(mut self, span: Span, text: impl Into<String>) -> Self {
        self.primary = Some(Label {
            span,
            text: text.into(),
        });
        self
    }

    /// Sets the help line.
    pub fn with_help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}

/// How diagnostics are written to stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFormat {
    /// miette's graphical report; `color` on a terminal without `NO_COLOR`.
    Human {
        /// Use colours.
        color: bool,
        /// Wrap width in columns.
        width: usize,
    },
    /// One JSON object per line.
    Json,
}

impl ErrorFormat {
    /// Renders `diag` (with a trailing newline).
    pub fn render(self, diag: &Diag, sources: &crate::span::SourceMap) -> String {
        match self {
            ErrorFormat::Human { color, width } => human::render(diag, sources, color, width),
            ErrorFormat::Json => json::render(diag, sources),
        }
    }
}
