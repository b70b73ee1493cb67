//! When Enter asks for another line: the parser says the input ended inside a block, string,
//! parenthesis, or after a trailing `|` or backtick (`SyntaxError::is_incomplete`). Input
//! with a real syntax error is accepted so the session reports it as a diagnostic.

use crate::span::SourceId;

/// True when `input` is incomplete: every syntax error it has is of the "more input could
/// complete it" kind.
pub fn needs_more(input: &str) -> bool {
    match crate::syntax::parse(input, SourceId(0)) {
        Ok(_) => false,
        Err(errors) => !errors.is_empty() && errors.iter().all(|e| e.is_incomplete()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_constructs_ask_for_more() {
        for input in [
            "foreach ($u in 1..3) {",
            "Get-User | Where-Object { $_.Enabled",
            "(1 +",
            "$h = @{ a = 1",
            "'never closed",
            "\"never closed",
            "Get-User |",
            "Get-User `",
            "if ($true) {\n  'a'",
        ] {
            assert!(needs_more(input), "{input:?} should be incomplete");
        }
    }

    #[test]
    fn complete_and_broken_input_is_accepted() {
        for input in [
            "",
            "Get-User",
            "foreach ($u in 1..3) {\n $u\n}",
            "Get-User )",
            "if ($true) { 'a' } }",
            "1 +* 2",
        ] {
            assert!(!needs_more(input), "{input:?} should be accepted");
        }
    }
}
