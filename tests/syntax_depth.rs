//! The depth guard: deep nesting is a coded error, never a stack overflow, on the 2 MiB
//! stack of a normal test thread; the deepest accepted input parses.

use coexist::span::SourceId;
use coexist::syntax::{parse, MAX_DEPTH, TOO_DEEP};

fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
    format!("{}{}{}", open.repeat(depth), inner, close.repeat(depth))
}

#[test]
fn hundred_thousand_parentheses_are_too_deep() {
    let text = nested("(", "1", ")", 100_000);
    let errors = parse(&text, SourceId(0)).expect_err("must be rejected");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code, TOO_DEEP);
    // The span is the bracket that crossed the limit.
    assert_eq!(errors[0].span.start as usize, MAX_DEPTH);
    assert_eq!(errors[0].span.len(), 1);
}

#[test]
fn limit_minus_one_parses_and_limit_fails() {
    for (open, inner, close) in [
        ("(", "1", ")"),
        ("@(", "1", ")"),
        ("$(", "1", ")"),
        ("{", "1", "}"),
        ("if ($x) {", "1", "}"),
        ("$a[", "0", "]"),
        ("\"$(", "1", ")\""),
        ("@{a=", "1", "}"),
        ("Get-X -V (", "1", ")"),
        ("[int]$(", "1", ")"),
    ] {
        // Each level of these inputs opens one bracket, except the string form (two).
        let per_level = if open.contains('"') { 2 } else { 1 };
        let ok_depth = (MAX_DEPTH - 1) / per_level;
        let text = nested(open, inner, close, ok_depth);
        assert!(
            parse(&text, SourceId(0)).is_ok(),
            "{open}…{close} at depth {ok_depth} must parse"
        );
        let text = nested(open, inner, close, MAX_DEPTH / per_level + 1);
        let errors = parse(&text, SourceId(0)).expect_err("too deep");
        assert_eq!(errors[0].code, TOO_DEEP, "{open}…{close}");
    }
}

#[test]
fn exactly_at_the_limit() {
    let at_limit = nested("(", "1", ")", MAX_DEPTH);
    assert!(parse(&at_limit, SourceId(0)).is_ok());
    let over = nested("(", "1", ")", MAX_DEPTH + 1);
    assert_eq!(
        parse(&over, SourceId(0)).expect_err("too deep")[0].code,
        TOO_DEEP
    );
}

#[test]
fn long_operator_chains_are_bounded() {
    let text = format!("1{}", " + 1".repeat(5_000));
    let errors = parse(&text, SourceId(0)).expect_err("too many operators");
    assert_eq!(errors[0].code, TOO_DEEP);
    let text = format!("{}$x", "!".repeat(5_000));
    assert_eq!(
        parse(&text, SourceId(0)).expect_err("too deep")[0].code,
        TOO_DEEP
    );
    let text = format!("1{}", " + 1".repeat(900));
    assert!(parse(&text, SourceId(0)).is_ok());
}
