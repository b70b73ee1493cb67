//! PowerShell wildcard patterns (`-like`, `Where-Object`-style filters): `*` any run,
//! `?` one character, `[abc]` / `[a-z]` / `[!a]` a set, `` ` `` escapes the next character.

/// One compiled pattern element.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// `*`
    Star,
    /// `?`
    Any,
    /// `[…]`: inclusive ranges, negated with a leading `!`.
    Set(Vec<(char, char)>, bool),
    /// A literal character.
    Lit(char),
}

/// A compiled wildcard pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Wildcard {
    toks: Vec<Tok>,
    ignore_case: bool,
}

fn fold(c: char, ignore_case: bool) -> char {
    if ignore_case {
        c.to_lowercase().next().unwrap_or(c)
    } else {
        c
    }
}

impl Wildcard {
    /// Compiles `pattern`. An unclosed `[` is taken literally.
    pub fn new(pattern: &str, ignore_case: bool) -> Self {
        let chars: Vec<char> = pattern.chars().collect();
        let mut toks = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match c {
                '*' => {
                    if toks.last() != Some(&Tok::Star) {
                        toks.push(Tok::Star);
                    }
                }
                '?' => toks.push(Tok::Any),
                '`' if i + 1 < chars.len() => {
                    i += 1;
                    toks.push(Tok::Lit(fold(chars[i], ignore_case)));
                }
                '[' => match chars[i + 1..].iter().position(|&c| c == ']') {
                    Some(close) => {
                        let body = &chars[i + 1..i + 1 + close];
                        let (negate, body) = match body.first() {
                            Some('!') => (true, &body[1..]),
                            _ => (false, body),
                        };
                        let mut ranges = Vec::new();
                        let mut j = 0;
                        while j < body.len() {
                            let lo = fold(body[j], ignore_case);
                            if j + 2 < body.len() && body[j + 1] == '-' {
                                ranges.push((lo, fold(body[j + 2], ignore_case)));
                                j += 3;
                            } else {
                                ranges.push((lo, lo));
                                j += 1;
                            }
                        }
                        toks.push(Tok::Set(ranges, negate));
                        i += close + 1;
                    }
                    None => toks.push(Tok::Lit('[')),
                },
                _ => toks.push(Tok::Lit(fold(c, ignore_case))),
            }
            i += 1;
        }
        Wildcard { toks, ignore_case }
    }

    fn single(&self, tok: &Tok, c: char) -> bool {
        match tok {
            Tok::Star => true,
            Tok::Any => true,
            Tok::Lit(l) => *l == c,
            Tok::Set(ranges, negate) => {
                let inside = ranges.iter().any(|(lo, hi)| *lo <= c && c <= *hi);
                inside != *negate
            }
        }
    }

    /// Whether the whole of `text` matches.
    pub fn is_match(&self, text: &str) -> bool {
        let text: Vec<char> = text.chars().map(|c| fold(c, self.ignore_case)).collect();
        let (mut t, mut p) = (0usize, 0usize);
        let mut star: Option<(usize, usize)> = None;
        while t < text.len() {
            if p < self.toks.len() && self.toks[p] == Tok::Star {
                star = Some((p, t));
                p += 1;
            } else if p < self.toks.len() && self.single(&self.toks[p], text[t]) {
                p += 1;
                t += 1;
            } else if let Some((sp, st)) = star {
                p = sp + 1;
                t = st + 1;
                star = Some((sp, st + 1));
            } else {
                return false;
            }
        }
        self.toks[p..].iter().all(|t| *t == Tok::Star)
    }

    /// True when the pattern has wildcard characters (so a filter cannot be an exact lookup).
    pub fn has_wildcards(pattern: &str) -> bool {
        pattern.contains(['*', '?', '['])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn like(text: &str, pattern: &str) -> bool {
        Wildcard::new(pattern, true).is_match(text)
    }

    #[test]
    fn stars_and_question_marks() {
        assert!(like("abc", "a*"));
        assert!(like("abc", "*c"));
        assert!(like("abc", "a?c"));
        assert!(like("", "*"));
        assert!(!like("abc", "a?"));
        assert!(like("sip:ann@contoso.com", "sip:*@contoso.com"));
        assert!(like("aXbXc", "*x*x*"));
    }

    #[test]
    fn sets_ranges_and_escapes() {
        assert!(like("b1", "[a-c][0-9]"));
        assert!(!like("d1", "[a-c][0-9]"));
        assert!(like("d", "[!abc]"));
        assert!(like("a*", "a`*"));
        assert!(!like("ab", "a`*"));
    }

    #[test]
    fn case_modes() {
        assert!(like("ABC", "abc"));
        assert!(!Wildcard::new("abc", false).is_match("ABC"));
    }
}
