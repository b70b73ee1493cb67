//! Literal text → values: numbers, string unescaping, variable references, operator case.

use super::ast::{Case, ExprKind, VarRef, VarScope};

/// True for the single quotes PowerShell accepts: `'` and the typographic ones.
fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

/// True for the double quotes PowerShell accepts: `"` and the typographic ones.
fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}')
}

/// True for the characters of a command name or bareword (the grammar's `word_char`):
/// anything but blank space, quotes and `; | ( ) { } , & < >` and the backtick.
pub(crate) fn is_word_char(c: char) -> bool {
    !(c.is_ascii_control()
        || matches!(
            c,
            ' ' | '"'
                | '\''
                | ';'
                | '|'
                | '('
                | ')'
                | '{'
                | '}'
                | ','
                | '&'
                | '<'
                | '>'
                | '`'
                | '\u{7F}'
                | '\u{2018}'..='\u{201E}'
        ))
}

/// Removes the first and last character (the quotes).
fn strip_quotes(text: &str) -> &str {
    let mut chars = text.chars();
    chars.next();
    chars.next_back();
    chars.as_str()
}

/// `'it''s'` → `it's`.
pub(crate) fn verbatim(text: &str) -> String {
    let inner = strip_quotes(text);
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if is_single_quote(c) && chars.peek().copied().is_some_and(is_single_quote) {
            chars.next();
        }
    }
    out
}

/// `"a`tb"` with no `$` → `a<TAB>b`.
pub(crate) fn simple(text: &str) -> String {
    unescape(strip_quotes(text), true)
}

/// The body of `@'` … `'@`: between the line end after the opener and the one before the closer.
pub(crate) fn verbatim_here(text: &str) -> String {
    // Drop `@` at both ends, then the quotes.
    let inner = strip_quotes(&text[1..text.len() - 1]);
    // Drop the opener's (blank) line and its line end.
    let start = match inner.find(['\r', '\n']) {
        Some(p) if inner[p..].starts_with("\r\n") => p + 2,
        Some(p) => p + 1,
        None => inner.len(),
    };
    let body = &inner[start..];
    // Drop the line end before the closer.
    let body = body
        .strip_suffix("\r\n")
        .or_else(|| body.strip_suffix('\n'))
        .or_else(|| body.strip_suffix('\r'))
        .unwrap_or(body);
    body.to_string()
}

/// Applies backtick escapes; with `doubled_quotes`, `""` is one quote (not in here-strings).
pub(crate) fn unescape(text: &str, doubled_quotes: bool) -> String {
    if !(text.contains('`') || doubled_quotes && text.chars().any(is_double_quote)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '`' {
            match chars.next() {
                Some('0') => out.push('\0'),
                Some('a') => out.push('\u{07}'),
                Some('b') => out.push('\u{08}'),
                Some('e') => out.push('\u{1B}'),
                Some('f') => out.push('\u{0C}'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('t') => out.push('\t'),
                Some('v') => out.push('\u{0B}'),
                Some('u') if chars.peek() == Some(&'{') => {
                    chars.next();
                    let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                    match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            out.push_str("u{");
                            out.push_str(&hex);
                            out.push('}');
                        }
                    }
                }
                Some(other) => out.push(other),
                None => out.push('`'),
            }
        } else if doubled_quotes
            && is_double_quote(c)
            && chars.peek().copied().is_some_and(is_double_quote)
        {
            chars.next();
            out.push(c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `name`, `script:name`, `env:PATH`, `{any name}`, `_` (the text after `$` or `@`).
pub(crate) fn var_ref(text: &str) -> VarRef {
    let text = text
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .unwrap_or(text);
    if let Some((scope, name)) = text.split_once(':') {
        let scope = match scope.to_ascii_lowercase().as_str() {
            "script" => Some(VarScope::Script),
            "global" => Some(VarScope::Global),
            "local" | "private" => Some(VarScope::Local),
            "env" => Some(VarScope::Env),
            // `$Using:x` in a remote script block: coexist runs the block here, where the
            // caller's variable is found by the ordinary lookup.
            "using" => Some(VarScope::Default),
            _ => None,
        };
        if let Some(scope) = scope {
            return VarRef {
                scope,
                name: name.to_string(),
            };
        }
    }
    VarRef {
        scope: VarScope::Default,
        name: text.to_string(),
    }
}

/// A number literal (optionally signed) → `Int` or `Double`; `None` when it does not fit.
pub(crate) fn number(text: &str) -> Option<ExprKind> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let (digits, multiplier, force_double) = split_suffix(&lower);
    let value = if let Some(hex) = digits.strip_prefix("0x") {
        let v = u64::from_str_radix(hex, 16).ok()?;
        // PowerShell reads 0xFFFFFFFF-style literals as their two's-complement value.
        Num::Int(v as i64)
    } else if digits.contains(['.', 'e']) || force_double {
        Num::Double(digits.parse::<f64>().ok()?)
    } else {
        match digits.parse::<i64>() {
            Ok(v) => Num::Int(v),
            Err(_) => Num::Double(digits.parse::<f64>().ok()?),
        }
    };
    let value = match value {
        Num::Int(v) => match v.checked_mul(multiplier) {
            Some(v) => Num::Int(v),
            None => Num::Double(v as f64 * multiplier as f64),
        },
        Num::Double(d) => Num::Double(d * multiplier as f64),
    };
    if let Num::Double(d) = value {
        if !d.is_finite() {
            return None;
        }
    }
    Some(match (value, negative) {
        (Num::Int(v), true) => ExprKind::Int(v.checked_neg()?),
        (Num::Int(v), false) => ExprKind::Int(v),
        (Num::Double(d), true) => ExprKind::Double(-d),
        (Num::Double(d), false) => ExprKind::Double(d),
    })
}

/// An intermediate numeric value.
enum Num {
    Int(i64),
    Double(f64),
}

/// Splits `1kb` into (`1`, 1024, false); `1d` into (`1`, 1, true).
fn split_suffix(lower: &str) -> (&str, i64, bool) {
    const SUFFIXES: &[(&str, i64)] = &[
        ("kb", 1 << 10),
        ("mb", 1 << 20),
        ("gb", 1 << 30),
        ("tb", 1 << 40),
        ("pb", 1 << 50),
    ];
    for (suffix, mult) in SUFFIXES {
        if let Some(d) = lower.strip_suffix(suffix) {
            return (d, *mult, false);
        }
    }
    if !lower.starts_with("0x") {
        if let Some(d) = lower.strip_suffix('l') {
            return (d, 1, false);
        }
        if let Some(d) = lower.strip_suffix('d') {
            return (d, 1, true);
        }
    }
    (lower, 1, false)
}

/// The case mode of a comparison operator written as `text` whose base name is `base`
/// (`-ceq` → sensitive, `-ieq` → insensitive, `-eq` → default).
pub(crate) fn case_of(text: &str, base: &str) -> Case {
    let name = text.trim_start_matches(['-', '\u{2013}', '\u{2014}', '\u{2015}']);
    if name.len() == base.len() {
        return Case::Default;
    }
    match name.as_bytes().first() {
        Some(b'c' | b'C') => Case::Sensitive,
        _ => Case::Insensitive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_match_the_grammar() {
        use crate::syntax::grammar::{CoexistParser, Rule};
        use pest::Parser;
        let samples = (0u32..0x80).chain([
            0xA0, 0xE9, 0x2013, 0x2017, 0x2018, 0x201B, 0x201C, 0x201E, 0x201F, 0x1F600,
        ]);
        for c in samples.filter_map(char::from_u32) {
            let word = format!("a{c}");
            let grammar = CoexistParser::parse(Rule::bare_word, &word)
                .map(|mut p| p.next().map(|p| p.as_str().len()) == Some(word.len()))
                .unwrap_or(false);
            assert_eq!(is_word_char(c), grammar, "{c:?} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(number("1kb"), Some(ExprKind::Int(1024)));
        assert_eq!(number("0x10"), Some(ExprKind::Int(16)));
        assert_eq!(number("0x1F"), Some(ExprKind::Int(31)));
        assert_eq!(number("-5"), Some(ExprKind::Int(-5)));
        assert_eq!(number("1.5"), Some(ExprKind::Double(1.5)));
        assert_eq!(number("1.5mb"), Some(ExprKind::Double(1.5 * 1048576.0)));
        assert_eq!(number("1e3"), Some(ExprKind::Double(1000.0)));
        assert_eq!(number("2GB"), Some(ExprKind::Int(2 << 30)));
        assert_eq!(number("99999999999999999999"), Some(ExprKind::Double(1e20)));
    }

    #[test]
    fn strings() {
        assert_eq!(verbatim("'it''s'"), "it's");
        assert_eq!(verbatim("‘smart’"), "smart");
        assert_eq!(simple("\"a`tb\""), "a\tb");
        assert_eq!(simple("\"say \"\"hi\"\"\""), "say \"hi\"");
        assert_eq!(unescape("`$x `` `u{263A}", true), "$x ` ☺");
        assert_eq!(
            verbatim_here("@'\r\nline1\r\nline2\r\n'@"),
            "line1\r\nline2"
        );
        assert_eq!(verbatim_here("@'\n'@"), "");
    }

    #[test]
    fn variables_and_case() {
        assert_eq!(var_ref("env:PATH").scope, VarScope::Env);
        assert_eq!(var_ref("{my var}").name, "my var");
        assert_eq!(var_ref("Script:x").scope, VarScope::Script);
        assert_eq!(case_of("-ceq", "eq"), Case::Sensitive);
        assert_eq!(case_of("-IEQ", "eq"), Case::Insensitive);
        assert_eq!(case_of("-contains", "contains"), Case::Default);
        assert_eq!(case_of("-ccontains", "contains"), Case::Sensitive);
    }
}
