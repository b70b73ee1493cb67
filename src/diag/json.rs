//! Machine-readable diagnostics: one JSON object per line (`--error-format json`).

use super::Diag;
use crate::span::{SourceMap, Span};
use serde::Serialize;

/// The JSON shape of one diagnostic, as cli.md specifies it.
#[derive(Debug, Serialize)]
pub struct JsonDiag<'a> {
    /// Stable code.
    pub code: &'a str,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// What is wrong.
    pub message: &'a str,
    /// How to fix it.
    pub help: Option<&'a str>,
    /// Name of the primary label's source.
    pub filename: Option<&'a str>,
    /// Primary label first, then the secondary ones.
    pub labels: Vec<JsonLabel<'a>>,
}

/// One label with its position.
#[derive(Debug, Serialize)]
pub struct JsonLabel<'a> {
    /// The label text.
    pub label: &'a str,
    /// Byte offset.
    pub offset: u32,
    /// Byte length.
    pub length: u32,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn label<'a>(span: Span, text: &'a str, sources: &SourceMap) -> JsonLabel<'a> {
    let (line, column) = sources
        .get(span.source)
        .map_or((0, 0), |s| line_column(&s.text, span.start as usize));
    JsonLabel {
        label: text,
        offset: span.start,
        length: span.end - span.start,
        line,
        column,
    }
}

/// Renders `diag` as one JSON line (with a trailing newline).
pub fn render(diag: &Diag, sources: &SourceMap) -> String {
    let labels = diag
        .primary
        .iter()
        .chain(diag.secondary.iter())
        .map(|l| label(l.span, &l.text, sources))
        .collect();
    let json = JsonDiag {
        code: &diag.code,
        severity: diag.severity.as_str(),
        message: &diag.message,
        help: diag.help.as_deref(),
        filename: diag
            .primary
            .as_ref()
            .and_then(|l| sources.get(l.span.source))
            .map(|s| s.name.as_str()),
        labels,
    };
    let mut line = serde_json::to_string(&json).unwrap_or_default();
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_from_one() {
        assert_eq!(line_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("é\nx", 3), (2, 1));
    }
}
