//! Byte offsets (what every [`Span`](crate::span::Span) holds) to and from LSP positions:
//! zero-based lines and columns counted in UTF-16 code units, as the protocol requires.

use lsp_types::{Position, Range};

/// Where each line of a text starts, for converting offsets both ways.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the start of each line (the first is 0).
    starts: Vec<usize>,
}

impl LineIndex {
    /// The index of `text`. Lines end at `\n` (a `\r` before it belongs to the line).
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// The position of byte `offset` in `text` (clamped to the text and to a character
    /// boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character: usize = text[start..offset].chars().map(char::len_utf16).sum();
        Position::new(line as u32, character as u32)
    }

    /// The range covering bytes `start..end` of `text`.
    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range::new(self.position(text, start), self.position(text, end))
    }

    /// The byte offset of `position` in `text`. A column past the end of its line means the
    /// end of the line; a line past the end of the text means the end of the text. A column
    /// inside a surrogate pair means the character's start.
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let line_end = self
            .starts
            .get(position.line as usize + 1)
            .map_or(text.len(), |&next| next - 1);
        let line = &text[start..line_end];
        let mut units = 0usize;
        for (i, c) in line.char_indices() {
            if units + c.len_utf16() > position.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        line_end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lines_and_columns() {
        let text = "ab\ncd\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), Position::new(0, 0));
        assert_eq!(index.position(text, 4), Position::new(1, 1));
        assert_eq!(index.position(text, 6), Position::new(2, 0));
        assert_eq!(index.offset(text, Position::new(1, 1)), 4);
        assert_eq!(
            index.offset(text, Position::new(0, 99)),
            2,
            "past the line end"
        );
        assert_eq!(index.offset(text, Position::new(9, 0)), text.len());
    }

    #[test]
    fn non_ascii_columns_count_utf16_units() {
        // `é` is 2 bytes and 1 UTF-16 unit; `𝄞` is 4 bytes and 2 units (a surrogate pair).
        let text = "# é𝄞\nNew-Site Zürich # 𝄞x\n";
        let index = LineIndex::new(text);
        let x = text.find('x').expect("x");
        assert_eq!(index.position(text, x), Position::new(1, 20));
        let z = text.find("Zürich").expect("Zürich");
        let after = z + "Zürich".len();
        assert_eq!(
            index.range(text, z, after),
            Range::new(Position::new(1, 9), Position::new(1, 15))
        );
        assert_eq!(index.offset(text, Position::new(1, 20)), x);
        assert_eq!(
            index.offset(text, Position::new(0, 3)),
            text.find('𝄞').unwrap()
        );
        // Inside the surrogate pair: the character's start.
        assert_eq!(
            index.offset(text, Position::new(0, 4)),
            text.find('𝄞').unwrap()
        );
        assert_eq!(
            index.offset(text, Position::new(0, 5)),
            text.find('\n').unwrap()
        );
        // An offset inside a multi-byte character is moved to its start.
        assert_eq!(index.position(text, 3), Position::new(0, 2));
    }

    #[test]
    fn crlf_lines() {
        let text = "a\r\nb";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 3), Position::new(1, 0));
        assert_eq!(
            index.offset(text, Position::new(0, 5)),
            2,
            "the \\r stays on line 0"
        );
    }
}
