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

#[test]
fn empty_pipe_element_at_the_end_is_incomplete() {
    check(
        "Get-User |",
        &[("empty_pipe_element", "1:10", "expected a command after `|`")],
    );
    let e = &errors("Get-User |")[0];
    assert!(e.is_incomplete());
    assert_eq!(e.span.len(), 1, "the span is the `|`");
    check(
        "Get-User | ;",
        &[("empty_pipe_element", "1:10", "expected a command after `|`")],
    );
    assert!(!errors("Get-User | ;")[0].is_incomplete());
    check(
        "Get-User | | Move-User",
        &[("empty_pipe_element", "1:10", "expected a command after `|`")],
    );
}

#[test]
fn unexpected_tokens() {
    check(
        "if ($x { }",
        &[(
            "unexpected_token",
            "1:8",
            "expected `)`, `=` or an operator",
        )],
    );
    check(
        "1 | 2",
        &[("unexpected_token", "1:5", "expected a command")],
    );
    check(
        "foreach ($x) {}",
        &[("unexpected_token", "1:12", "expected `in`")],
    );
    check(
        "function f { param($n = ) }",
        &[("unexpected_token", "1:25", "expected an expression")],
    );
    check(
        "@{ a = }",
        &[("unexpected_token", "1:8", "expected a statement")],
    );
    check(
        "Get-User )",
        &[(
            "unexpected_token",
            "1:10",
            "expected a statement, an argument or end of input",
        )],
    );
}

#[test]
fn unexpected_end_is_incomplete() {
    for (text, pos, message) in [
        ("if ($x) ", "1:9", "expected `{`"),
        ("$x = ", "1:6", "expected a statement"),
        ("$a[", "1:4", "expected an expression"),
        ("Get-User {", "1:11", "expected `}` or a statement"),
        (
            "Get-User `",
            "1:11",
            "expected the statement to continue after the backtick",
        ),
    ] {
        check(text, &[("unexpected_end", pos, message)]);
        assert!(errors(text)[0].is_incomplete(), "{text:?}");
    }
}

#[test]
fn unterminated_strings_and_comments() {
    for (text, pos, message) in [
        ("\"abc", "1:1", "this string is never closed"),
        ("Get-User 'abc", "1:10", "this string is never closed"),
        ("$x = @\"\nabc\n", "1:6", "this string is never closed"),
        (
            "<# abc",
            "1:1",
            "this comment is never closed (expected `#>`)",
        ),
    ] {
        check(text, &[("unterminated_string", pos, message)]);
        assert!(errors(text)[0].is_incomplete(), "{text:?}");
    }
    // Errors before the unterminated string are still reported.
    check(
        "1 +* 2\n\"open",
        &[
            ("unexpected_token", "1:4", "expected an expression"),
            ("unterminated_string", "2:1", "this string is never closed"),
        ],
    );
}

#[test]
fn unsupported_features_name_the_feature() {
    check(
        "class Foo { }",
        &[(
            "unsupported",
            "1:1",
            "`class` definitions are not supported by coexist",
        )],
    );
    check(
        "trap { 'x' }",
        &[(
            "unsupported",
            "1:1",
            "`trap` statements are not supported by coexist",
        )],
    );
    check(
        "Get-User > out.txt",
        &[(
            "unsupported",
            "1:10",
            "redirection (`>`) is not supported by coexist",
        )],
    );
    check(
        "Get-User 2>&1",
        &[(
            "unsupported",
            "1:10",
            "redirection (`2>&1`) is not supported by coexist",
        )],
    );
    check(
        "1 -band 2",
        &[(
            "unsupported",
            "1:3",
            "the `-band` operator is not supported by coexist",
        )],
    );
}

#[test]
fn other_coded_errors() {
    check(
        "try { }",
        &[(
            "missing_catch_or_finally",
            "1:1",
            "a `try` block needs a `catch` or `finally` block",
        )],
    );
    check(
        "5 + 1 = 3",
        &[(
            "invalid_assignment_target",
            "1:1",
            "the left side of an assignment must be a variable, a property or an index",
        )],
    );
    check(
        "'a' = 3",
        &[(
            "invalid_assignment_target",
            "1:1",
            "the left side of an assignment must be a variable, a property or an index",
        )],
    );
    check(
        "Set-X 1e999\n$x = 0x1FFFFFFFFFFFFFFFFF",
        &[
            (
                "invalid_number",
                "1:7",
                "`1e999` is not a valid number (too large or malformed)",
            ),
            (
                "invalid_number",
                "2:6",
                "`0x1FFFFFFFFFFFFFFFFF` is not a valid number (too large or malformed)",
            ),
        ],
    );
}

#[test]
fn three_independent_errors_are_all_reported() {
    let text = "Get-User -Identity ann\n$a = 1 +* 2\nGet-Pool\nforeach ($x) { }\nNew-User -Identity bob\nif ($y { 1 }\nGet-User\n";
    check(
        text,
        &[
            ("unexpected_token", "2:9", "expected an expression"),
            ("unexpected_token", "4:12", "expected `in`"),
            (
                "unexpected_token",
                "6:8",
                "expected `)`, `=` or an operator",
            ),
        ],
    );
}

#[test]
fn errors_inside_blocks_and_lowering_errors_are_all_reported() {
    let text = "function f {\n  Get-User |\n}\nclass X {}\n$x = 'ok'\nGet-X > y\n";
    check(
        text,
        &[
            ("empty_pipe_element", "2:12", "expected a command after `|`"),
            (
                "unsupported",
                "4:1",
                "`class` definitions are not supported by coexist",
            ),
            (
                "unsupported",
                "6:7",
                "redirection (`>`) is not supported by coexist",
            ),
        ],
    );
    assert!(errors(text).iter().all(|e| !e.is_incomplete()));
}

#[test]
fn every_code_is_listed_and_namespaced() {
    use coexist::syntax::CODES;
    let mut seen = std::collections::HashSet::new();
    for code in CODES {
        assert!(code.starts_with("coexist::syntax::") || *code == "coexist::eval::unsupported");
        assert!(seen.insert(code), "duplicate code {code}");
    }
}

#[test]
fn incompleteness_drives_the_repl_continuation() {
    for text in [
        "if ($x) {",
        "foreach ($u in $users) {\n  $u",
        "@{ a = 1",
        "Get-User -Identity (",
        "\"abc",
        "@'\nabc",
        "Get-User |",
        "Get-User |\n",
        "Get-User `",
        "$x = ",
        "<# comment",
    ] {
        let errors = errors(text);
        assert!(
            errors.iter().any(|e| e.is_incomplete()),
            "{text:?} should be incomplete: {errors:?}"
        );
    }
    for text in ["Get-User )", "if ($x { }", "Get-User | ;", "1 | 2", "}"] {
        let errors = errors(text);
        assert!(
            errors.iter().all(|e| !e.is_incomplete()),
            "{text:?} is wrong, not incomplete: {errors:?}"
        );
    }
}

/// Random token soup: parsing never panics, every error span lies inside the text, and the
/// token stream covers the text in order.
#[test]
fn random_inputs_never_panic() {
    const PIECES: &[&str] = &[
        "Get-User",
        " ",
        "\n",
        "\r\n",
        "-Identity",
        "$x",
        "$(",
        "@(",
        "@{",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "'",
        "\"",
        "`",
        "|",
        ";",
        ",",
        "=",
        "+=",
        "-eq",
        "-not",
        "!",
        "1kb",
        "0x1F",
        "-5",
        "1..3",
        ".",
        "::",
        "if",
        "else",
        "foreach",
        "in",
        "function",
        "param",
        "try",
        "catch",
        "finally",
        "#",
        "<#",
        "#>",
        "@\"\n",
        "\n\"@",
        "“",
        "”",
        "‘",
        "’",
        "–",
        "&",
        ">",
        "2>&1",
        "[int]",
        "class",
        "sip:a@b.c",
        "${x}",
        ":lbl",
        "while",
        "do",
        "until",
        "for",
        "break",
        "return",
        "throw",
        "%",
        "?",
        "é",
        "\t",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let len = (next() % 24) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        if let Err(errors) = parse(&text, SourceId(0)) {
            assert!(!errors.is_empty(), "{text:?}: Err without errors");
            for e in &errors {
                assert!(
                    e.span.end as usize <= text.len() && e.span.start <= e.span.end,
                    "{text:?}: {e:?}"
                );
                assert!(
                    text.is_char_boundary(e.span.start as usize),
                    "{text:?}: {e:?}"
                );
                assert!(
                    !e.message.is_empty() && coexist::syntax::CODES.contains(&e.code),
                    "{e:?}"
                );
            }
        }
        let toks = coexist::syntax::tokens(&text, SourceId(0));
        let mut last = 0;
        for t in &toks {
            assert!(
                t.span.start as usize >= last && t.span.end as usize <= text.len(),
                "{text:?}: {t:?}"
            );
            last = t.span.end as usize;
        }
    }
}
