//! Syntax errors: code, line:column and the full message, through one helper.

use coexist::span::SourceId;
use coexist::syntax::{parse, SyntaxError};

/// Line and column (1-based, in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn errors(text: &str) -> Vec<SyntaxError> {
    match parse(text, SourceId(0)) {
        Ok(_) => panic!("{text:?} parsed without errors"),
        Err(e) => e,
    }
}

/// Asserts the errors of `text` as `(code suffix, "line:col", message)` lines.
#[track_caller]
fn check(text: &str, expected: &[(&str, &str, &str)]) {
    let got: Vec<(String, String, String)> = errors(text)
        .iter()
        .map(|e| {
            let (l, c) = line_col(text, e.span.start as usize);
            (
                e.code.rsplit("::").next().unwrap_or("").to_string(),
                format!("{l}:{c}"),
                e.message.clone(),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want, "errors of {text:?}");
}

fn print(text: &str) {
    for e in errors(text) {
        let (l, c) = line_col(text, e.span.start as usize);
        println!("{text:?}: {} {l}:{c} {:?} incomplete={}", e.code, e.message, e.incomplete);
    }
}

#[test]
fn scratch() {
    for t in [
        "Get-User |", "Get-User | ;", "if ($x { }", "if ($x) ", "$x = ", "Get-User )", "1 | 2",
        "foreach ($x) {}", "\"abc", "'abc", "<# x", "$a = (1 + ", "Get-User `",
        "function f { param($n = ) }", "$a[", "@{ a = }", "class Foo { }", "Get-X > out.txt",
        "& $cmd", ". .\\lib.ps1", "1 -band 2", "try { }", "5 = 3", "switch ($x) { 1 { 'a' } }",
        "Get-User -Identity x\nif (\nGet-Pool\n$x = )\nGet-User\n}\n",
    ] {
        print(t);
    }
}
