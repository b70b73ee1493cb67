//! The shared source-location leaf type used by every layer.
//!
//! A [`Span`] is a byte range inside one source of the session's source table
//! (a script file, a REPL line, an imported CSV file). It is `Copy` and small so
//! every AST node, binding and model origin can carry one.

use serde::{Deserialize, Serialize};

/// Index of a source in the session's source table.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct SourceId(pub u32);

/// A byte range `start..end` in the source `source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// Which source the offsets refer to.
    pub source: SourceId,
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// Creates a span from byte offsets in `source`.
    pub fn new(source: SourceId, start: usize, end: usize) -> Self {
        Span {
            source,
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both `self` and `other` (same source assumed).
    pub fn to(self, other: Span) -> Span {
        Span {
            source: self.source,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no bytes (e.g. "end of input").
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The byte range, for slicing the source text.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One named source text of a session.
#[derive(Debug, Clone)]
pub struct Source {
    /// Display name: a file path, `<stdin>` or `<repl:3>`.
    pub name: String,
    /// The full text.
    pub text: std::sync::Arc<str>,
}

/// The session's table of sources, indexed by [`SourceId`].
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    sources: Vec<Source>,
}

impl SourceMap {
    /// Adds a source and returns its id.
    pub fn add(
        &mut self,
        name: impl Into<String>,
        text: impl Into<std::sync::Arc<str>>,
    ) -> SourceId {
        self.sources.push(Source {
            name: name.into(),
            text: text.into(),
        });
        SourceId(self.sources.len() as u32 - 1)
    }

    /// The source with this id.
    pub fn get(&self, id: SourceId) -> Option<&Source> {
        self.sources.get(id.0 as usize)
    }

    /// The text a span covers, if its source is known.
    pub fn snippet(&self, span: Span) -> Option<&str> {
        self.get(span.source).and_then(|s| s.text.get(span.range()))
    }
}
