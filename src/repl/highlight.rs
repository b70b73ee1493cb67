//! Syntax colouring as a plain function over the parser's tolerant token stream: cmdlets,
//! parameters, strings, variables, numbers, comments and keywords get a colour, a command
//! the session does not know gets a warning style. Only escape sequences are added, so the
//! coloured line has the same display width as the typed one.

use crate::assist::names::Names;
use crate::span::SourceId;
use crate::syntax::{tokens, TokenKind};

/// SGR reset.
const RESET: &str = "\x1b[0m";
/// Known commands: bold yellow (PowerShell's command colour).
const COMMAND: &str = "\x1b[1;33m";
/// Unknown commands: red, underlined.
const UNKNOWN_COMMAND: &str = "\x1b[4;31m";
/// Parameters: grey.
const PARAMETER: &str = "\x1b[90m";
/// Strings: cyan.
const STRING: &str = "\x1b[36m";
/// Variables: green.
const VARIABLE: &str = "\x1b[32m";
/// Numbers: magenta.
const NUMBER: &str = "\x1b[35m";
/// Comments: dim green.
const COMMENT: &str = "\x1b[2;32m";
/// Keywords: bold blue.
const KEYWORD: &str = "\x1b[1;34m";
/// Operators: grey.
const OPERATOR: &str = "\x1b[90m";
/// Hints: dim.
pub const HINT: &str = "\x1b[2m";

/// `line` with ANSI colours around its tokens.
pub fn highlight(line: &str, names: &Names) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut last = 0;
    for token in tokens(line, SourceId(0)) {
        let range = token.span.range();
        if range.start < last || range.end > line.len() {
            continue;
        }
        let text = &line[range.clone()];
        let style = match token.kind {
            TokenKind::Command if names.is_command(text) => Some(COMMAND),
            TokenKind::Command => Some(UNKNOWN_COMMAND),
            TokenKind::Parameter => Some(PARAMETER),
            TokenKind::String => Some(STRING),
            TokenKind::Variable => Some(VARIABLE),
            TokenKind::Number => Some(NUMBER),
            TokenKind::Comment => Some(COMMENT),
            TokenKind::Keyword => Some(KEYWORD),
            TokenKind::Operator => Some(OPERATOR),
            TokenKind::Punctuation | TokenKind::Text | TokenKind::Unknown => None,
        };
        out.push_str(&line[last..range.start]);
        match style {
            Some(style) => {
                out.push_str(style);
                out.push_str(text);
                out.push_str(RESET);
            }
            None => out.push_str(text),
        }
        last = range.end;
    }
    out.push_str(&line[last..]);
    out
}

/// Removes SGR escape sequences (`ESC [ … m`): what a terminal displays.
pub fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        Names {
            functions: vec!["Invoke-Wave".into()],
            ..Names::default()
        }
    }

    #[test]
    fn colours_each_token_kind() {
        let line = "Get-User -Identity 'ann' | % { $_.Name -eq 42 } # done";
        let out = highlight(line, &names());
        assert!(out.contains(&format!("{COMMAND}Get-User{RESET}")));
        assert!(out.contains(&format!("{PARAMETER}-Identity{RESET}")));
        assert!(out.contains(&format!("{STRING}'ann'{RESET}")));
        assert!(out.contains(&format!("{COMMAND}%{RESET}")));
        assert!(out.contains(&format!("{VARIABLE}$_{RESET}")));
        assert!(out.contains(&format!("{NUMBER}42{RESET}")));
        assert!(out.contains(&format!("{COMMENT}# done{RESET}")));
        assert!(out.contains(&format!("{OPERATOR}-eq{RESET}")));
        let out = highlight("foreach ($u in $x) { Invoke-Wave }", &names());
        assert!(out.contains(&format!("{KEYWORD}foreach{RESET}")));
        assert!(out.contains(&format!("{COMMAND}Invoke-Wave{RESET}")));
    }

    #[test]
    fn unknown_commands_get_the_warning_style() {
        let out = highlight("Get-Usr -Identity x", &names());
        assert!(
            out.starts_with(&format!("{UNKNOWN_COMMAND}Get-Usr{RESET}")),
            "{out}"
        );
    }

    #[test]
    fn same_display_width() {
        for line in [
            "Get-User -Identity 'ann' | % { $_.Name } # c",
            "if ($x -eq 1kb) { \"open",
            "  New-Pool   -Fqdn  a.b  ]]] `~ § ünïcödé",
            "",
        ] {
            assert_eq!(strip_ansi(&highlight(line, &names())), line);
        }
    }
}
