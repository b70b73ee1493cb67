//! A byte-level pre-scan run before pest: bracket depth (the stack guard), top-level
//! statement boundaries (for chunked parsing and error recovery), and what is still open
//! at the end of the input (for the REPL's "incomplete" signal).
//!
//! It knows strings, here-strings, `$(…)` inside strings and comments, so brackets inside
//! them do not count. It does not validate anything else: pest does.

/// What the pre-scan found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Prescan {
    /// Offsets where a top-level statement may start (after a line end or `;` at depth 0,
    /// not after a trailing `|`, `,` or operator, not before `else`/`catch`/…).
    pub boundaries: Vec<u32>,
    /// The state at the end of the input.
    pub end: EndState,
    /// The bracket (or the `=` of a chained assignment) that crossed the depth limit:
    /// `(start, end)` byte offsets.
    pub too_deep: Option<(usize, usize)>,
}

/// What is still open when the input ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EndState {
    /// Nothing open.
    Closed,
    /// A bracket, brace or parenthesis is open.
    OpenBracket,
    /// A string or here-string opened at this offset is not closed.
    OpenString(usize),
    /// A block comment opened at this offset is not closed.
    OpenComment(usize),
    /// The last token is a `|`.
    TrailingPipe,
    /// The input ends in a backtick (line continuation).
    TrailingBacktick,
}

/// One open context on the scanner's stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    /// `(`, `$(`, `@(` in code.
    Paren,
    /// `{`, `@{`.
    Brace,
    /// `[`.
    Bracket,
    /// `"…"` opened at the offset.
    Dq(usize),
    /// `@"…"@` opened at the offset.
    HereDq(usize),
}

/// Words that continue the previous statement when they start a line.
const CONTINUATIONS: &[&str] = &["else", "elseif", "catch", "finally", "while", "until"];

/// Scans `text`, stopping at the first bracket deeper than `max_depth`. A chained
/// assignment (`$a = $b = …`) makes pest recurse once per `=` just as a bracket does, so
/// each `=` after the first of a statement counts as one level until the statement ends.
pub(crate) fn scan(text: &str, max_depth: usize) -> Prescan {
    let b = text.as_bytes();
    let n = b.len();
    let mut stack: Vec<Ctx> = Vec::new();
    // `=` signs of the unfinished statement at each open level (the outermost first), and
    // the levels they add: the sum of each count but one.
    let mut equals: Vec<usize> = vec![0];
    let mut equals_open = 0usize;
    let mut boundaries = Vec::new();
    let mut i = 0;
    // Last significant code byte of the last non-blank line at depth 0 (continuations).
    let mut last_sig = b';';
    // Where the current line starts, and where a `#` comment on it starts.
    let mut line_start = 0;
    let mut comment_at: Option<usize> = None;
    let mut end = EndState::Closed;

    macro_rules! push {
        ($ctx:expr, $len:expr) => {{
            if stack.len() >= max_depth {
                return Prescan {
                    boundaries,
                    end: EndState::OpenBracket,
                    too_deep: Some((i, i + $len)),
                };
            }
            stack.push($ctx);
            equals.push(0);
        }};
    }

    macro_rules! pop {
        () => {{
            if stack.pop().is_some() {
                equals_open -= equals.pop().unwrap_or(0).saturating_sub(1);
            }
        }};
    }

    while i < n {
        match stack.last().copied() {
            Some(Ctx::Dq(start)) => {
                let c = b[i];
                if c == b'`' {
                    i += 2;
                } else if c == b'$' && b.get(i + 1) == Some(&b'(') {
                    push!(Ctx::Paren, 2);
                    i += 2;
                } else if let Some(q) = dq_len(b, i) {
                    if dq_len(b, i + q).is_some() {
                        i += q + dq_len(b, i + q).unwrap_or(0);
                    } else {
                        pop!();
                        i += q;
                    }
                } else {
                    i += 1;
                }
                if i >= n && matches!(stack.last(), Some(Ctx::Dq(_))) {
                    end = EndState::OpenString(start);
                }
                continue;
            }
            Some(Ctx::HereDq(start)) => {
                let c = b[i];
                if c == b'`' {
                    i += 2;
                } else if c == b'$' && b.get(i + 1) == Some(&b'(') {
                    push!(Ctx::Paren, 2);
                    i += 2;
                } else if (c == b'\n' || c == b'\r') && here_end(b, i, false).is_some() {
                    i = here_end(b, i, false).unwrap_or(n);
                    pop!();
                } else {
                    i += 1;
                }
                if i >= n && matches!(stack.last(), Some(Ctx::HereDq(_))) {
                    end = EndState::OpenString(start);
                }
                continue;
            }
            _ => {}
        }
        // Ordinary code bytes need no attention.
        while i < n && !SPECIAL[b[i] as usize] {
            i += 1;
        }
        if i >= n {
            break;
        }
        let c = b[i];
        let depth0 = stack.is_empty();
        match c {
            b'\n' | b'\r' | b';' => {
                let sig_end = comment_at.unwrap_or(i);
                let line_sig = b[line_start.min(sig_end)..sig_end]
                    .iter()
                    .rev()
                    .find(|&&x| x != b' ' && x != b'\t')
                    .copied();
                if depth0 {
                    if let Some(sig) = line_sig {
                        last_sig = sig;
                    }
                }
                // The statement at this level ends (a line ending in `=`, `+`, … goes on).
                if c == b';' || line_sig.is_some_and(|sig| boundary_allowed(sig, c)) {
                    if let Some(count) = equals.last_mut() {
                        equals_open -= std::mem::take(count).saturating_sub(1);
                    }
                }
                i += 1;
                if c != b';' {
                    line_start = i;
                    comment_at = None;
                }
                if depth0 && boundary_allowed(last_sig, c) {
                    if !starts_with_continuation(&b[i..]) {
                        boundaries.push(i as u32);
                    }
                    last_sig = b';';
                }
                if c == b';' {
                    line_start = i;
                }
            }
            b'`' => {
                if i + 1 >= n {
                    end = EndState::TrailingBacktick;
                }
                // Skip the escaped character (a line end: continuation).
                i += if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
            }
            b'#' if i == 0 || is_token_start(b[i - 1]) => {
                comment_at = Some(i);
                while i < n && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if b.get(i + 1) == Some(&b'#') => {
                let start = i;
                match find(b, i + 2, b"#>") {
                    Some(e) => i = e + 2,
                    None => {
                        end = EndState::OpenComment(start);
                        i = n;
                    }
                }
            }
            b'\'' => {
                i = skip_single(b, i, 1, &mut end);
            }
            b'"' => {
                push!(Ctx::Dq(i), 1);
                i += 1;
            }
            0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
                Some(0x98..=0x9B) => {
                    i = skip_single(b, i, 3, &mut end);
                }
                Some(0x9C..=0x9E) => {
                    push!(Ctx::Dq(i), 3);
                    i += 3;
                }
                _ => {
                    i += 1;
                }
            },
            b'@' if matches!(b.get(i + 1), Some(b'"' | b'\''))
                && here_start(b, i + 2).is_some() =>
            {
                let body = here_start(b, i + 2).unwrap_or(n);
                if b[i + 1] == b'"' {
                    push!(Ctx::HereDq(i), 2);
                    i = body;
                } else {
                    let start = i;
                    match find_here_end(b, body, true) {
                        Some(e) => i = e,
                        None => {
                            end = EndState::OpenString(start);
                            i = n;
                        }
                    }
                }
            }
            b'(' | b'{' | b'[' => {
                let ctx = match c {
                    b'(' => Ctx::Paren,
                    b'{' => Ctx::Brace,
                    _ => Ctx::Bracket,
                };
                push!(ctx, 1);
                i += 1;
            }
            b')' | b'}' | b']' => {
                pop!();
                i += 1;
            }
            b'=' => {
                if let Some(count) = equals.last_mut() {
                    *count += 1;
                    if *count > 1 {
                        equals_open += 1;
                    }
                }
                if stack.len() + equals_open > max_depth {
                    return Prescan {
                        boundaries,
                        end: EndState::Closed,
                        too_deep: Some((i, i + 1)),
                    };
                }
                i += 1;
            }
            _ => {
                i += 1;
            }
        }
    }
    if end == EndState::Closed {
        if stack.is_empty() {
            let sig_end = comment_at.unwrap_or(n).min(n);
            if let Some(sig) = b[line_start.min(sig_end)..sig_end]
                .iter()
                .rev()
                .find(|&&x| !matches!(x, b' ' | b'\t' | b'\r' | b'\n'))
            {
                last_sig = *sig;
            }
        }
        if !stack.is_empty() {
            end = EndState::OpenBracket;
        } else if last_sig == b'|' {
            end = EndState::TrailingPipe;
        }
    }
    Prescan {
        boundaries,
        end,
        too_deep: None,
    }
}

/// Bytes the code state must look at; every other byte is skipped in a tight loop.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let specials = b"\n\r;`#<'\"@()[]{}=";
    let mut k = 0;
    while k < specials.len() {
        t[specials[k] as usize] = true;
        k += 1;
    }
    t[0xE2] = true;
    t
};

/// Whether a line end / `;` after `last_sig` ends the statement.
fn boundary_allowed(last_sig: u8, sep: u8) -> bool {
    sep == b';'
        || !matches!(
            last_sig,
            b'|' | b',' | b'=' | b'+' | b'-' | b'*' | b'/' | b'%' | b'!' | b'.'
        )
}

/// True after a byte that lets `#` start a comment.
fn is_token_start(prev: u8) -> bool {
    matches!(
        prev,
        b' ' | b'\t' | b'\n' | b'\r' | b';' | b'|' | b'(' | b')' | b'{' | b'}' | b'='
    )
}

/// True when the next word (after blank space and line ends) continues a statement.
fn starts_with_continuation(rest: &[u8]) -> bool {
    let mut i = 0;
    while i < rest.len() && matches!(rest[i], b' ' | b'\t' | b'\r' | b'\n') {
        i += 1;
    }
    let word_end = rest[i..]
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .map_or(rest.len(), |p| i + p);
    let word = &rest[i..word_end];
    CONTINUATIONS
        .iter()
        .any(|k| word.eq_ignore_ascii_case(k.as_bytes()))
}

/// Length of a double quote (ASCII or typographic) at `i`, if there is one.
fn dq_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i) {
        Some(b'"') => Some(1),
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C..=0x9E)) => {
            Some(3)
        }
        _ => None,
    }
}

/// Length of a single quote (ASCII or typographic) at `i`, if there is one.
fn sq_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i) {
        Some(b'\'') => Some(1),
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x98..=0x9B)) => {
            Some(3)
        }
        _ => None,
    }
}

/// Skips a single-quoted string whose opening quote (`open` bytes) is at `i`.
fn skip_single(b: &[u8], i: usize, open: usize, end: &mut EndState) -> usize {
    let mut j = i + open;
    while j < b.len() {
        if let Some(q) = sq_len(b, j) {
            if let Some(q2) = sq_len(b, j + q) {
                j += q + q2;
                continue;
            }
            return j + q;
        }
        j += 1;
    }
    *end = EndState::OpenString(i);
    b.len()
}

/// After `@"`/`@'` at `i - 2`: the offset after the line end that starts the body, if the
/// rest of the line is blank (otherwise it is not a here-string).
fn here_start(b: &[u8], mut i: usize) -> Option<usize> {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    match b.get(i) {
        Some(b'\r') if b.get(i + 1) == Some(&b'\n') => Some(i + 2),
        Some(b'\r' | b'\n') => Some(i + 1),
        _ => None,
    }
}

/// If a line end at `i` is followed by `"@` (or `'@`), the offset after the terminator.
fn here_end(b: &[u8], i: usize, single: bool) -> Option<usize> {
    let after_nl = if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
        i + 2
    } else {
        i + 1
    };
    let q = if single {
        sq_len(b, after_nl)
    } else {
        dq_len(b, after_nl)
    }?;
    (b.get(after_nl + q) == Some(&b'@')).then_some(after_nl + q + 1)
}

/// Finds the end of a here-string body starting at `from` (or the body is empty: `@'\n'@`).
fn find_here_end(b: &[u8], from: usize, single: bool) -> Option<usize> {
    let q = if single {
        sq_len(b, from)
    } else {
        dq_len(b, from)
    };
    if let Some(q) = q {
        if b.get(from + q) == Some(&b'@') {
            return Some(from + q + 1);
        }
    }
    let mut j = from;
    while j < b.len() {
        if b[j] == b'\n' || b[j] == b'\r' {
            if let Some(e) = here_end(b, j, single) {
                return Some(e);
            }
        }
        j += 1;
    }
    None
}

/// Finds `needle` in `b` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_at_top_level_line_ends() {
        let p = scan("a\nb; c\nif (x) {\n y\n}\nelse { z }\nd", 100);
        let text = "a\nb; c\nif (x) {\n y\n}\nelse { z }\nd";
        let starts: Vec<&str> = p
            .boundaries
            .iter()
            .map(|&o| &text[o as usize..o as usize + 1])
            .collect();
        assert_eq!(starts, vec!["b", " ", "i", "d"]);
        assert_eq!(p.end, EndState::Closed);
    }

    #[test]
    fn strings_and_comments_hide_brackets() {
        let p = scan("'(' \"(`\"\" # (\n<# { #> x", 100);
        assert_eq!(p.end, EndState::Closed);
        let p = scan("\"$( '(' )\" {", 100);
        assert_eq!(p.end, EndState::OpenBracket);
    }

    #[test]
    fn open_states() {
        assert_eq!(scan("Get-User |", 10).end, EndState::TrailingPipe);
        assert_eq!(scan("'abc", 10).end, EndState::OpenString(0));
        assert_eq!(scan("x \"abc", 10).end, EndState::OpenString(2));
        assert_eq!(scan("@\"\nabc\n", 10).end, EndState::OpenString(0));
        assert_eq!(scan("@'\nabc\n'@", 10).end, EndState::Closed);
        assert_eq!(scan("<# abc", 10).end, EndState::OpenComment(0));
        assert_eq!(scan("Get-User `", 10).end, EndState::TrailingBacktick);
        assert_eq!(scan("“smart”", 10).end, EndState::Closed);
    }

    #[test]
    fn depth_limit_reports_the_crossing_bracket() {
        let p = scan("((((", 3);
        assert_eq!(p.too_deep, Some((3, 4)));
        assert_eq!(scan("(((", 3).too_deep, None);
    }

    #[test]
    fn chained_assignments_count_as_levels_until_the_statement_ends() {
        // The first `=` is free; the fourth makes three levels.
        assert_eq!(scan("$a = $b = $c = $d = 1", 2).too_deep, Some((18, 19)));
        assert_eq!(scan("$a = $b = $c = 1", 2).too_deep, None);
        // `;` and line ends end the statement; a line ending in `=` (or blank) goes on.
        assert_eq!(
            scan(
                "$a = $b = 1; $c = $d = 1
$e = $f = 1",
                1
            )
            .too_deep,
            None
        );
        assert!(scan("$a =\n\n$b =\n$c = 1", 1).too_deep.is_some());
        // Brackets add to the count, and an inner statement's `=` are its own.
        assert!(scan("$a = $b[0] = ($c = $d = 1)", 2).too_deep.is_some());
        assert_eq!(scan("@{a=@{b=@{c=1; d=2}}}", 3).too_deep, None);
        // `=` in strings and comments are text.
        assert_eq!(scan("'a=b=c' # = = =\n\"x=$(1)=y\"", 2).too_deep, None);
    }
}
