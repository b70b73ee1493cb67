//! One open document: its text (full or incremental changes applied), positions, the
//! parser's verdict on it, and its rehearsal (the incremental dry run).

use super::position::LineIndex;
use super::workspace::Stamp;
use crate::diag::{Diag, Severity};
use crate::session::rehearsal::{Rehearsal, RunSummary};
use crate::span::{SourceId, Span};
use crate::syntax::ast::Script;
use lsp_types::{Position, Range, TextDocumentContentChangeEvent, Uri};
use std::time::Instant;

/// Documents larger than this are not analysed (a diagnostic says so).
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// Code of a document over [`MAX_DOCUMENT_BYTES`].
pub const TOO_LARGE: &str = "coexist::lsp::document_too_large";

/// Code of a document with NUL characters (a binary file opened as text).
pub const BINARY: &str = "coexist::lsp::binary_document";

/// The source id of every document: each has its own rehearsal and source table.
pub const SOURCE: SourceId = SourceId(0);

/// What the parser made of the text.
#[derive(Debug)]
pub enum Parsed {
    /// It parses: the tree.
    Script(Script),
    /// Syntax errors, or the reason the text was not parsed at all; nothing runs.
    Rejected(Vec<Diag>),
}

/// An open document.
pub struct Document {
    uri: Uri,
    /// The client's version of the text.
    pub version: i32,
    text: String,
    index: LineIndex,
    /// The parser's verdict on the current text.
    pub parsed: Parsed,
    /// The dry run and the deployment (state file) it runs against.
    pub rehearsal: Option<(Option<Stamp>, Rehearsal)>,
    /// Diagnostics last published.
    pub diagnostics: Vec<Diag>,
    /// When the debounced dry run is due, if one is.
    pub due: Option<Instant>,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("uri", &self.uri.as_str())
            .field("version", &self.version)
            .finish_non_exhaustive()
    }
}

impl Document {
    /// A document just opened.
    pub fn new(uri: Uri, version: i32, text: String) -> Self {
        let mut document = Document {
            uri,
            version,
            index: LineIndex::new(""),
            text: String::new(),
            parsed: Parsed::Rejected(Vec::new()),
            rehearsal: None,
            diagnostics: Vec::new(),
            due: None,
        };
        document.set_text(text);
        document
    }

    /// The document's URI.
    pub fn uri(&self) -> &Uri {
        &self.uri
    }

    /// The current text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Applies `textDocument/didChange` changes in order (a change without a range replaces
    /// the whole text) and parses the result.
    pub fn apply(&mut self, version: i32, changes: Vec<TextDocumentContentChangeEvent>) {
        let mut text = std::mem::take(&mut self.text);
        let mut index = self.index.clone();
        for change in changes {
            match change.range {
                None => text = change.text,
                Some(range) => {
                    let start = index.offset(&text, range.start);
                    let end = index.offset(&text, range.end).max(start);
                    text.replace_range(start..end, &change.text);
                }
            }
            index = LineIndex::new(&text);
        }
        self.version = version;
        self.set_text(text);
    }

    fn set_text(&mut self, text: String) {
        self.index = LineIndex::new(&text);
        self.text = text;
        self.parsed = parse(&self.text);
    }

    /// The byte offset of an LSP position.
    pub fn offset(&self, position: Position) -> usize {
        self.index.offset(&self.text, position)
    }

    /// The LSP position of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        self.index.position(&self.text, offset)
    }

    /// The LSP range of a span of this document.
    pub fn range(&self, span: Span) -> Range {
        self.index
            .range(&self.text, span.start as usize, span.end as usize)
    }

    /// Runs the dry run of the current text, when it parses and a rehearsal is set up.
    pub fn rehearse(&mut self) -> Option<RunSummary> {
        let (Parsed::Script(script), Some((_, rehearsal))) = (&self.parsed, &mut self.rehearsal)
        else {
            return None;
        };
        Some(rehearsal.run(&self.text, script))
    }

    /// The parsed tree, when the text parses.
    pub fn script(&self) -> Option<&Script> {
        match &self.parsed {
            Parsed::Script(script) => Some(script),
            Parsed::Rejected(_) => None,
        }
    }
}

/// Parses `text`, or refuses a text too large or binary to analyse.
fn parse(text: &str) -> Parsed {
    if text.len() > MAX_DOCUMENT_BYTES {
        let diag = Diag::new(
            TOO_LARGE,
            Severity::Error,
            format!(
                "this document has {} bytes; coexist analyses documents of up to {} bytes",
                text.len(),
                MAX_DOCUMENT_BYTES
            ),
        )
        .with_primary(Span::new(SOURCE, 0, 0), "")
        .with_help(Some(
            "split the script, or check it with `coexist run --dry-run`".into(),
        ));
        return Parsed::Rejected(vec![diag]);
    }
    if let Some(nul) = text.find('\0') {
        let diag = Diag::new(
            BINARY,
            Severity::Error,
            "this document contains NUL characters: it looks like a binary file, not a script",
        )
        .with_primary(Span::new(SOURCE, nul, nul + 1), "NUL character")
        .with_help(Some("save the script as UTF-8 text".into()));
        return Parsed::Rejected(vec![diag]);
    }
    match crate::syntax::parse(text, SOURCE) {
        Ok(script) => Parsed::Script(script),
        Err(errors) => Parsed::Rejected(errors.iter().map(Diag::from).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn change(range: Option<Range>, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range,
            range_length: None,
            text: text.into(),
        }
    }

    #[test]
    fn incremental_changes_apply_in_order_with_utf16_positions() {
        let uri = Uri::from_str("file:///a.ps1").expect("uri");
        let mut doc = Document::new(uri, 1, "New-Site Zürich\nGet-Site\n".into());
        let range = |l1, c1, l2, c2| Some(Range::new(Position::new(l1, c1), Position::new(l2, c2)));
        doc.apply(
            2,
            vec![
                // `Zürich` → `Zug` (columns count the ü as one unit).
                change(range(0, 9, 0, 15), "Zug"),
                change(range(1, 0, 1, 0), "# x\n"),
            ],
        );
        assert_eq!(doc.text(), "New-Site Zug\n# x\nGet-Site\n");
        assert!(doc.script().is_some());
        doc.apply(3, vec![change(None, "if (")]);
        assert!(
            matches!(&doc.parsed, Parsed::Rejected(d) if d[0].code.starts_with("coexist::syntax::"))
        );
    }

    #[test]
    fn binary_and_huge_texts_are_refused_with_a_diagnostic() {
        let uri = Uri::from_str("file:///a.ps1").expect("uri");
        let doc = Document::new(uri.clone(), 1, "New-Site A\n\0\u{1}".into());
        assert!(matches!(&doc.parsed, Parsed::Rejected(d) if d[0].code == BINARY));
        assert_eq!(doc.range(doc_span(&doc)).start, Position::new(1, 0));
        let doc = Document::new(uri, 1, "#".repeat(MAX_DOCUMENT_BYTES + 1));
        assert!(matches!(&doc.parsed, Parsed::Rejected(d) if d[0].code == TOO_LARGE));
    }

    fn doc_span(doc: &Document) -> Span {
        match &doc.parsed {
            Parsed::Rejected(d) => d[0].primary.as_ref().expect("span").span,
            Parsed::Script(_) => unreachable!("rejected"),
        }
    }
}
