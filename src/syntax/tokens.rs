//! A tolerant token stream for the REPL's highlighter: never fails, covers every token.

use super::grammar::{CoexistParser, Rule};
use crate::span::{SourceId, Span};
use pest::Parser;

/// What a highlighted token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A command name in command position (`Get-User`, `%`).
    Command,
    /// `-Name` in command mode.
    Parameter,
    /// Any string literal, possibly unterminated.
    String,
    /// `$name` or `@name`.
    Variable,
    /// A number literal.
    Number,
    /// `# …` or `<# … #>`.
    Comment,
    /// `if`, `foreach`, `function`, … in statement position.
    Keyword,
    /// `-eq`, `+`, `=`, `..`, …
    Operator,
    /// Brackets, `|`, `,`, `;`-free punctuation.
    Punctuation,
    /// A bareword argument.
    Text,
    /// A character no other kind covers.
    Unknown,
}

/// One token: its kind and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Where it is.
    pub span: Span,
}

/// Keywords recognised in statement position.
const KEYWORDS: &[&str] = &[
    "if", "elseif", "else", "foreach", "in", "while", "do", "until", "for", "break", "continue",
    "return", "exit", "throw", "function", "param", "try", "catch", "finally", "begin", "process",
    "end", "class", "enum", "trap", "switch", "default", "using", "filter",
];

/// Splits `text` into highlightable tokens. Never fails: text that does not parse still
/// gets tokens (unknown characters become [`TokenKind::Unknown`]).
pub fn tokens(text: &str, source: SourceId) -> Vec<Token> {
    let span = |s: usize, e: usize| Span::new(source, s, e);
    let Ok(mut pairs) = CoexistParser::parse(Rule::token_stream, text) else {
        return vec![Token {
            kind: TokenKind::Unknown,
            span: span(0, text.len()),
        }];
    };
    let Some(stream) = pairs.next() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // True where a word would be a command name (statement start, after `|`, `(`, `=`, …).
    let mut command_position = true;
    for pair in stream.into_inner() {
        let (s, e) = (pair.as_span().start(), pair.as_span().end());
        let text = pair.as_str();
        let kind = match pair.as_rule() {
            Rule::token_newline => {
                command_position = true;
                continue;
            }
            Rule::EOI => continue,
            Rule::token_comment => TokenKind::Comment,
            Rule::token_string => TokenKind::String,
            Rule::token_variable => TokenKind::Variable,
            Rule::token_number => TokenKind::Number,
            Rule::token_operator => {
                command_position = text.ends_with('=');
                TokenKind::Operator
            }
            Rule::token_parameter => TokenKind::Parameter,
            Rule::token_open | Rule::token_pipe => {
                command_position = text != "[";
                TokenKind::Punctuation
            }
            Rule::token_punctuation if command_position && (text == "%" || text == "?") => {
                command_position = false;
                TokenKind::Command
            }
            Rule::token_close | Rule::token_punctuation => {
                command_position = false;
                TokenKind::Punctuation
            }
            Rule::token_word => {
                let lower = text.to_ascii_lowercase();
                let kind =
                    if KEYWORDS.contains(&lower.as_str()) && (command_position || lower != "in") {
                        TokenKind::Keyword
                    } else if command_position {
                        TokenKind::Command
                    } else {
                        TokenKind::Text
                    };
                // After `else`, `try`, `do`, … a block follows; after a command, arguments.
                command_position = kind == TokenKind::Keyword;
                kind
            }
            _ => TokenKind::Unknown,
        };
        out.push(Token {
            kind,
            span: span(s, e),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        tokens(text, SourceId(0))
            .into_iter()
            .map(|t| (t.kind, &text[t.span.range()]))
            .collect()
    }

    #[test]
    fn classifies_command_line() {
        use TokenKind::*;
        assert_eq!(
            kinds("Get-User -Identity 'ann' | % { $_.Name } # c"),
            vec![
                (Command, "Get-User"),
                (Parameter, "-Identity"),
                (String, "'ann'"),
                (Punctuation, "|"),
                (Command, "%"),
                (Punctuation, "{"),
                (Variable, "$_"),
                (Punctuation, "."),
                (Text, "Name"),
                (Punctuation, "}"),
                (Comment, "# c"),
            ]
        );
    }

    #[test]
    fn tolerates_broken_text() {
        use TokenKind::*;
        assert_eq!(
            kinds("if ($x -eq 1kb) { \"open"),
            vec![
                (Keyword, "if"),
                (Punctuation, "("),
                (Variable, "$x"),
                (Operator, "-eq"),
                (Number, "1kb"),
                (Punctuation, ")"),
                (Punctuation, "{"),
                (String, "\"open"),
            ]
        );
        // Every byte is covered by a token or blank space.
        let text = "]]] `~ §";
        let toks = tokens(text, SourceId(0));
        assert!(toks.iter().all(|t| !t.span.is_empty()));
        assert_eq!(toks.last().map(|t| t.span.end as usize), Some(text.len()));
    }
}
