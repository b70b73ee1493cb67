//! Long lines in snippets: a line longer than [`LONG_LINE`] bytes is shown as a window around
//! its first label, the rest of it replaced by `…`. A 1 MB line would otherwise be printed
//! whole, and miette's underline padding panics past column 65 535.
//!
//! The cropped text keeps every line end, so line numbers stay right; [`Crop::to_shown`]
//! moves label offsets into it and [`Crop::column`] gives the true column of a position.

use super::Label;
use std::sync::Arc;

/// Lines longer than this many bytes are cropped.
pub(crate) const LONG_LINE: usize = 240;

/// Bytes of a cropped line kept before its label.
const LEAD: usize = 60;

/// What replaces each left-out part.
const MARK: &str = "…";

/// A source text with the long lines of some labels cropped.
#[derive(Debug)]
pub(crate) struct Crop {
    /// The original text.
    original: Arc<str>,
    /// The text to show.
    pub shown: Arc<str>,
    /// Left-out byte ranges of the original, in order, not overlapping.
    cuts: Vec<(usize, usize)>,
}

impl Crop {
    /// Crops the long lines holding `labels` (primary labels choose their line's window
    /// first); the text is shared, not copied, when no line needs cropping.
    pub(crate) fn new(text: Arc<str>, labels: &[(&Label, bool)]) -> Crop {
        let mut ordered = labels.to_vec();
        ordered.sort_by_key(|(label, primary)| (!primary, label.span.start));
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        let mut cropped_lines = Vec::new();
        for (label, _) in ordered {
            let at = floor_boundary(&text, label.span.start as usize);
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            if line_end - line_start <= LONG_LINE || cropped_lines.contains(&line_start) {
                continue;
            }
            cropped_lines.push(line_start);
            let from = floor_boundary(&text, at.saturating_sub(LEAD).max(line_start));
            let to = floor_boundary(&text, (from + LONG_LINE).min(line_end)).max(at);
            // A part no longer than the mark that replaces it is shown as it is.
            if from > line_start + MARK.len() {
                cuts.push((line_start, from));
            }
            if line_end > to + MARK.len() {
                cuts.push((to, line_end));
            }
        }
        if cuts.is_empty() {
            return Crop {
                shown: text.clone(),
                original: text,
                cuts,
            };
        }
        cuts.sort_unstable();
        let mut shown = String::with_capacity(text.len().min(1 << 20));
        let mut kept_from = 0;
        for &(start, end) in &cuts {
            shown.push_str(&text[kept_from..start]);
            shown.push_str(MARK);
            kept_from = end;
        }
        shown.push_str(&text[kept_from..]);
        Crop {
            original: text,
            shown: shown.into(),
            cuts,
        }
    }

    /// Where an original offset is in the shown text (inside a left-out part: where the
    /// part's mark starts).
    pub(crate) fn to_shown(&self, offset: usize) -> usize {
        let mut removed = 0;
        for &(start, end) in &self.cuts {
            if offset >= end {
                removed += (end - start) - MARK.len();
            } else if offset > start {
                return start - removed;
            } else {
                break;
            }
        }
        offset - removed
    }

    /// The original offset of a shown offset that is not inside a mark.
    fn to_original(&self, shown: usize) -> usize {
        let mut removed = 0;
        for &(start, end) in &self.cuts {
            if shown + removed >= start + MARK.len() {
                removed += (end - start) - MARK.len();
            } else {
                break;
            }
        }
        shown + removed
    }

    /// The 0-based byte column, in the original text, of a shown offset (miette counts
    /// columns in bytes too).
    pub(crate) fn column(&self, shown: usize) -> usize {
        let offset = self.to_original(shown).min(self.original.len());
        let at = floor_boundary(&self.original, offset);
        at - self.original[..at].rfind('\n').map_or(0, |i| i + 1)
    }

    /// True when some line was cropped.
    pub(crate) fn is_cropped(&self) -> bool {
        !self.cuts.is_empty()
    }
}

/// The largest char boundary at or before `offset` (clamped to the text).
fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{SourceId, Span};

    fn label(start: usize, end: usize) -> Label {
        Label {
            span: Span::new(SourceId(0), start, end),
            text: String::new(),
        }
    }

    #[test]
    fn short_lines_are_shown_as_they_are() {
        let text: Arc<str> = "Get-User\nMove-User -Target x\n".into();
        let l = label(9, 18);
        let crop = Crop::new(text.clone(), &[(&l, true)]);
        assert!(!crop.is_cropped());
        assert!(Arc::ptr_eq(&crop.shown, &text));
        assert_eq!(crop.to_shown(12), 12);
        assert_eq!(crop.column(12), 3);
    }

    #[test]
    fn a_long_line_becomes_a_window_around_its_label() {
        let long = format!("Write-Output {} )\n", "a".repeat(100_000));
        let text: Arc<str> = format!("first\n{long}last\n").into();
        let paren = text.find(')').unwrap();
        let l = label(paren, paren + 1);
        let crop = Crop::new(text.clone(), &[(&l, true)]);
        assert!(crop.is_cropped());
        let shown_line = crop.shown.lines().nth(1).unwrap();
        assert!(shown_line.starts_with('…'), "{shown_line}");
        assert!(shown_line.len() <= LONG_LINE + 2 * MARK.len());
        assert_eq!(crop.shown.lines().nth(2), Some("last"));
        let at = crop.to_shown(paren);
        assert_eq!(&crop.shown[at..at + 1], ")");
        assert_eq!(crop.column(at), paren - "first\n".len());
        // Offsets past the cut parts keep their distance to the end.
        let last = text.rfind("last").unwrap();
        assert_eq!(&crop.shown[crop.to_shown(last)..], "last\n");
    }

    #[test]
    fn a_part_shorter_than_the_mark_is_not_cut() {
        // The window ends one byte before the line does.
        let text: Arc<str> = format!("{}\n", "b".repeat(LONG_LINE + 1)).into();
        let l = label(0, 1);
        let crop = Crop::new(text.clone(), &[(&l, true)]);
        assert!(!crop.is_cropped());
        assert_eq!(crop.to_shown(LONG_LINE), LONG_LINE);
    }

    #[test]
    fn a_label_longer_than_the_window_is_cut_at_its_end() {
        let text: Arc<str> = format!("x '{}'\n", "é".repeat(50_000)).into();
        let l = label(2, text.len() - 1);
        let crop = Crop::new(text.clone(), &[(&l, true)]);
        let (start, end) = (crop.to_shown(2), crop.to_shown(text.len() - 1));
        assert_eq!(start, 2);
        assert!(end <= LONG_LINE + MARK.len(), "{end}");
        assert!(crop.shown.is_char_boundary(end));
    }
}
