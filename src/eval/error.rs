//! Runtime errors of the interpreter and the control-flow signals that travel with them.

use crate::span::Span;

/// A coded runtime error with the span it blames (binding, conversion, undefined
/// command, `Write-Error`, `throw`, …). Codes are `coexist::bind::…` or `coexist::eval::…`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimeError {
    /// Stable code, e.g. `coexist::bind::missing_mandatory`.
    pub code: &'static str,
    /// One sentence saying what is wrong.
    pub message: String,
    /// How to fix it, if there is a concrete suggestion.
    pub help: Option<String>,
    /// The primary span.
    pub span: Span,
    /// Secondary labelled spans.
    pub labels: Vec<(Span, String)>,
    /// Texts that would fix the error if they replaced the primary span's text (a
    /// did-you-mean value), best first; empty when no fix is mechanical.
    pub fixes: Box<[String]>,
}

impl RuntimeError {
    /// A new error without help or secondary labels.
    pub fn new(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        RuntimeError {
            code,
            message: message.into(),
            help: None,
            span,
            labels: Vec::new(),
            fixes: Box::default(),
        }
    }

    /// Adds help text.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a replacement of the primary span's text that fixes the error.
    pub fn with_fix(mut self, replacement: impl Into<String>) -> Self {
        let mut fixes = std::mem::take(&mut self.fixes).into_vec();
        fixes.push(replacement.into());
        self.fixes = fixes.into_boxed_slice();
        self
    }

    /// Adds a secondary label.
    pub fn with_label(mut self, span: Span, label: impl Into<String>) -> Self {
        self.labels.push((span, label.into()));
        self
    }
}

/// Non-local exits from evaluation: errors and `break`/`continue`/`return`/`exit`.
/// The control-flow variants are not errors and never reach `diag/`.
#[derive(Debug, Clone)]
pub enum Flow {
    /// A terminating error.
    Error(crate::cmdlets::command::CommandError),
    /// `break [label]`.
    Break(Option<String>),
    /// `continue [label]`.
    Continue(Option<String>),
    /// `return` with the function's output so far.
    Return,
    /// `exit N`.
    Exit(i32),
}
