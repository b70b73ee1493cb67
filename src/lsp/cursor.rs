//! The text around a cursor in a whole document, cut down to what the REPL's cursor analysis
//! ([`crate::assist::context`]) expects: one command line. A line continued with a trailing
//! backtick is joined with the lines it continues.

use crate::assist::context::{analyse, Context};
use crate::cmdlets::spec::{CmdletSpec, ParamSpec};
use crate::eval::binder::names::resolve_name;
use crate::span::{SourceId, Span};
use crate::syntax::{tokens, Token};

/// A command line of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the line in the document.
    pub start: usize,
    /// The line's text, from its first physical line to the end of the cursor's, with each
    /// backtick line continuation blanked out (same length, so offsets still agree).
    pub text: String,
}

impl Line {
    /// The command line around byte `offset` of `text`.
    pub fn at(text: &str, offset: usize) -> Line {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let mut start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        while start > 0 && continues(&text[..start - 1]) {
            start = text[..start - 1].rfind('\n').map_or(0, |i| i + 1);
        }
        let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let text = text[start..end]
            .replace("`\r\n", "   ")
            .replace("`\n", "  ");
        Line { start, text }
    }

    /// The analysis of the text before byte `offset` of the document (inside this line).
    pub fn context(&self, offset: usize) -> Context<'_> {
        analyse(&self.text, offset.saturating_sub(self.start))
    }

    /// The token covering byte `offset` of the document (or ending right at it), with its
    /// span moved to document offsets.
    pub fn token_at(&self, offset: usize) -> Option<Token> {
        let at = offset.checked_sub(self.start)?;
        tokens(&self.text, SourceId(0))
            .into_iter()
            .find(|t| (t.span.start as usize) <= at && at <= t.span.end as usize)
            .map(|mut t| {
                t.span.start += self.start as u32;
                t.span.end += self.start as u32;
                t
            })
    }

    /// The text of a token found by [`Line::token_at`].
    pub fn token_text(&self, token: &Token) -> &str {
        let start = token.span.start as usize - self.start;
        let end = token.span.end as usize - self.start;
        self.text.get(start..end).unwrap_or("")
    }
}

/// Whether the physical line ending `head` (without its `\n`) ends in a line continuation.
fn continues(head: &str) -> bool {
    head.trim_end_matches('\r').ends_with('`')
}

/// The parameter of `spec` that `typed` (as written, with or without its dash) names, by the
/// binder's own rules: exact name or alias, else a unique prefix.
pub fn parameter<'a>(spec: &'a CmdletSpec, typed: &str) -> Option<&'a ParamSpec> {
    let name = typed.trim_start_matches('-').trim_end_matches(':');
    resolve_name(&spec.signature, spec.name, name, Span::default())
        .ok()
        .map(|i| &spec.signature.params[i])
}

/// A word's text without the quotes of a string literal.
pub fn unquote(word: &str) -> &str {
    let quoted = word.len() >= 2
        && ((word.starts_with('\'') && word.ends_with('\''))
            || (word.starts_with('"') && word.ends_with('"')));
    if quoted {
        &word[1..word.len() - 1]
    } else {
        word
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::TokenKind;

    #[test]
    fn continued_lines_join_and_keep_offsets() {
        let text = "Get-Site\nNew-ChatPool -Fqdn p `\n    -HomePool lync\nGet-User";
        let offset = text.find("lync").expect("lync") + 4;
        let line = Line::at(text, offset);
        assert_eq!(line.start, 9);
        assert!(line.text.starts_with("New-ChatPool -Fqdn p "));
        assert!(!line.text.contains('`'));
        let ctx = line.context(offset);
        assert_eq!(ctx.command.map(|c| c.name), Some("New-ChatPool"));
        assert_eq!(ctx.word, "lync");
        let token = line.token_at(offset - 1).expect("token");
        assert_eq!(token.kind, TokenKind::Text);
        assert_eq!(&text[token.span.range()], "lync");
        assert_eq!(line.token_text(&token), "lync");
    }

    #[test]
    fn quotes_come_off() {
        assert_eq!(unquote("'a b'"), "a b");
        assert_eq!(unquote("\"x\""), "x");
        assert_eq!(unquote("plain"), "plain");
        assert_eq!(unquote("'"), "'");
    }
}
