//! Syntax errors: codes, messages, spans, and the conversion from pest's errors.

use super::grammar::Rule;
use super::words;
use crate::span::{SourceId, Span};
use std::fmt;

/// The input has a token the grammar does not allow there.
pub const UNEXPECTED_TOKEN: &str = "coexist::syntax::unexpected_token";
/// The input ended before a construct was complete.
pub const UNEXPECTED_END: &str = "coexist::syntax::unexpected_end";
/// A string, here-string or block comment is never closed.
pub const UNTERMINATED_STRING: &str = "coexist::syntax::unterminated_string";
/// Brackets are nested deeper than [`super::MAX_DEPTH`], or an expression has too many operators.
pub const TOO_DEEP: &str = "coexist::syntax::too_deep";
/// Nothing follows a `|`.
pub const EMPTY_PIPE_ELEMENT: &str = "coexist::syntax::empty_pipe_element";
/// A number literal does not fit or is malformed.
pub const INVALID_NUMBER: &str = "coexist::syntax::invalid_number";
/// The left side of `=` is not a variable, member or index.
pub const INVALID_ASSIGNMENT_TARGET: &str = "coexist::syntax::invalid_assignment_target";
/// `try` without any `catch` or `finally`.
pub const MISSING_CATCH_OR_FINALLY: &str = "coexist::syntax::missing_catch_or_finally";
/// A PowerShell feature outside coexist's subset (classes, redirection, `&`, …).
pub const UNSUPPORTED: &str = "coexist::eval::unsupported";

/// Every code a [`SyntaxError`] can carry.
pub const CODES: &[&str] = &[
    UNEXPECTED_TOKEN,
    UNEXPECTED_END,
    UNTERMINATED_STRING,
    TOO_DEEP,
    EMPTY_PIPE_ELEMENT,
    INVALID_NUMBER,
    INVALID_ASSIGNMENT_TARGET,
    MISSING_CATCH_OR_FINALLY,
    UNSUPPORTED,
];

/// One syntax error with its code and location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// A stable `coexist::…` code from [`CODES`].
    pub code: &'static str,
    /// A sentence such as "expected `}` or an expression".
    pub message: String,
    /// Where the error is (empty at the end of the input).
    pub span: Span,
    /// What would have been accepted at `span`, in words ("`)`", "an expression").
    pub expected: Vec<&'static str>,
    /// True when the input ended inside a block, string, parenthesis, or after a trailing `|`
    /// or backtick: more input could complete it.
    pub incomplete: bool,
}

impl SyntaxError {
    /// Creates an error with no expected list that more input would not fix.
    pub fn new(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        SyntaxError {
            code,
            message: message.into(),
            span,
            expected: Vec::new(),
            incomplete: false,
        }
    }

    /// True when the REPL should ask for a continuation line instead of reporting this error.
    pub fn is_incomplete(&self) -> bool {
        self.incomplete
    }

    /// An error for a feature outside coexist's subset, naming it (e.g. "`class` definitions").
    pub(crate) fn unsupported(feature: &str, span: Span) -> Self {
        SyntaxError::new(
            UNSUPPORTED,
            format!("{feature} {} not supported by coexist", verb(feature)),
            span,
        )
    }

    /// Converts a pest error from parsing `text[offset..]` into a syntax error.
    pub(crate) fn from_pest(
        err: pest::error::Error<Rule>,
        text: &str,
        offset: usize,
        source: SourceId,
    ) -> Self {
        let pos = match err.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((s, _)) => s,
        } + offset;
        let positives = match &err.variant {
            pest::error::ErrorVariant::ParsingError { positives, .. } => positives.clone(),
            pest::error::ErrorVariant::CustomError { .. } => Vec::new(),
        };
        let expected = words::expected_words(&positives);
        let rest = &text[pos.min(text.len())..];
        let at_end = rest.trim().is_empty();
        let message = if expected.is_empty() {
            if at_end {
                "unexpected end of input".to_string()
            } else {
                format!("unexpected `{}`", token_at(rest))
            }
        } else {
            format!("expected {}", words::join_words(&expected))
        };
        if at_end {
            SyntaxError {
                code: UNEXPECTED_END,
                message,
                span: Span::new(source, text.len(), text.len()),
                expected,
                incomplete: true,
            }
        } else {
            let len = token_at(rest).len();
            SyntaxError {
                code: UNEXPECTED_TOKEN,
                message,
                span: Span::new(source, pos, pos + len),
                expected,
                incomplete: false,
            }
        }
    }
}

/// "is" or "are" for a feature name.
fn verb(feature: &str) -> &'static str {
    let head = feature.split(" (").next().unwrap_or(feature);
    if head.ends_with('s') && !head.ends_with("ss") {
        "are"
    } else {
        "is"
    }
}

/// The token starting `rest`: a word, or one character.
pub(crate) fn token_at(rest: &str) -> &str {
    let word_len = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '-'))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    if word_len > 0 {
        &rest[..word_len]
    } else {
        let n = rest.chars().next().map(char::len_utf8).unwrap_or(0);
        &rest[..n]
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxError {}
