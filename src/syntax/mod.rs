//! Text → typed AST. The only module that imports pest.
//!
//! | file | job |
//! |---|---|
//! | `ast.rs` | the typed tree (shared with `eval/`) |
//! | `grammar.rs` | the pest parser from `grammar/coexist.pest` and the one Pratt table |
//! | `prescan.rs` | bracket-depth guard, statement boundaries, "incomplete" state, before pest |
//! | `lower.rs` | pest pairs → AST, collecting errors per statement |
//! | `literals.rs` | numbers, string escapes, variable names |
//! | `error.rs` | [`SyntaxError`], its codes, the pest error conversion |
//! | `words.rs` | rule → words for "expected …" messages |
//! | `tokens.rs` | the tolerant token stream for REPL highlighting |
//!
//! [`parse`] runs the pre-scan, then pest over the text in top-level chunks (which caps
//! pest's token queue at a chunk's size), then lowering. On a syntax error it restarts
//! after the next statement boundary so every independent error of a file is reported.

pub mod ast;
mod error;
mod grammar;
mod literals;
mod lower;
mod prescan;
mod tokens;
mod words;

pub use error::{
    SyntaxError, CODES, EMPTY_PIPE_ELEMENT, INVALID_ASSIGNMENT_TARGET, INVALID_NUMBER,
    MISSING_CATCH_OR_FINALLY, TOO_DEEP, UNEXPECTED_END, UNEXPECTED_TOKEN, UNSUPPORTED,
    UNTERMINATED_STRING,
};
pub use tokens::{tokens, Token, TokenKind};

use crate::span::{SourceId, Span};
use ast::{ParamBlock, Script, Statement};
use grammar::{CoexistParser, Rule};
use pest::Parser;
use prescan::EndState;

/// Deepest bracket nesting accepted (`(`, `{`, `[`, `$(`, `@(`, `@{`, strings count too).
/// The deepest accepted input parses, lowers and drops on a 2 MiB stack in a debug build;
/// real scripts nest fewer than 20 levels.
pub const MAX_DEPTH: usize = 128;

/// At most this many errors are reported for one text.
const MAX_ERRORS: usize = 100;

/// Texts at least this long are parsed in chunks of about [`CHUNK_BYTES`].
const CHUNK_BYTES: usize = 256 * 1024;

/// Parses a whole script. Every syntax error of the text is reported (up to 100), in
/// source order; a text with any error yields no tree (nothing runs).
pub fn parse(text: &str, source: SourceId) -> Result<Script, Vec<SyntaxError>> {
    let scan = prescan::scan(text, MAX_DEPTH);
    if let Some((start, end)) = scan.too_deep {
        return Err(vec![SyntaxError::new(
            TOO_DEEP,
            format!("brackets are nested more than {MAX_DEPTH} levels deep"),
            Span::new(source, start, end),
        )]);
    }
    match scan.end {
        EndState::OpenString(start) | EndState::OpenComment(start) => {
            let what = if matches!(scan.end, EndState::OpenComment(_)) {
                "this comment is never closed (expected `#>`)"
            } else {
                "this string is never closed"
            };
            let mut errors = match parse_prefix(text, source, &scan, start) {
                Ok(_) => Vec::new(),
                Err(errors) => errors,
            };
            errors.push(SyntaxError {
                code: UNTERMINATED_STRING,
                message: what.to_string(),
                span: Span::new(source, start, text.len()),
                expected: Vec::new(),
                incomplete: true,
            });
            return Err(errors);
        }
        _ => {}
    }
    let result = parse_chunked(text, source, &scan.boundaries);
    let result = match result {
        Some(r) => r,
        None => recover(text, source, &scan.boundaries),
    };
    result.map_err(|errors| finish_errors(errors, text, source, scan.end))
}

/// Parses the statements before the one containing `offset` (errors only matter).
fn parse_prefix(
    text: &str,
    source: SourceId,
    scan: &prescan::Prescan,
    offset: usize,
) -> Result<Script, Vec<SyntaxError>> {
    let cut = last_boundary_at_or_before(&scan.boundaries, offset).unwrap_or(0);
    if cut == 0 {
        return Err(Vec::new());
    }
    recover(&text[..cut], source, &scan.boundaries)
}

/// Sorts errors, marks those at an open end of input as incomplete.
fn finish_errors(
    mut errors: Vec<SyntaxError>,
    text: &str,
    source: SourceId,
    end: EndState,
) -> Vec<SyntaxError> {
    if end == EndState::TrailingBacktick {
        let last = text.trim_end_matches([' ', '\t']).len();
        for e in &mut errors {
            if e.span.start as usize + 1 >= last {
                e.code = UNEXPECTED_END;
                e.message = "expected the statement to continue after the backtick".into();
                e.span = Span::new(source, text.len(), text.len());
                e.incomplete = true;
            }
        }
    }
    errors.sort_by_key(|e| (e.span.start, e.span.end));
    errors.dedup();
    errors.truncate(MAX_ERRORS);
    errors
}

/// One parsed and lowered chunk.
struct Chunk {
    /// The top-level `param()` (first chunk only).
    param_block: Option<ParamBlock>,
    /// The chunk's statements.
    statements: Vec<Statement>,
    /// Errors found while lowering.
    errors: Vec<SyntaxError>,
}

/// Parses and lowers `text[start..end]`; the first chunk uses the `script` rule.
fn parse_chunk(
    text: &str,
    start: usize,
    end: usize,
    source: SourceId,
) -> Result<Chunk, pest::error::Error<Rule>> {
    let rule = if start == 0 {
        Rule::script
    } else {
        Rule::script_chunk
    };
    let mut pairs = CoexistParser::parse(rule, &text[start..end])?;
    let lowerer = lower::Lowerer::new(text, start, source);
    let (param_block, statements) = match pairs.next() {
        Some(pair) => lowerer.script(pair),
        None => (None, Vec::new()),
    };
    Ok(Chunk {
        param_block,
        statements,
        errors: lowerer.into_errors(),
    })
}

/// Chunk limits: boundaries roughly [`CHUNK_BYTES`] apart.
fn chunk_limits(len: usize, boundaries: &[u32]) -> Vec<usize> {
    let mut limits = vec![0];
    let mut last = 0;
    for &b in boundaries {
        let b = b as usize;
        if b - last >= CHUNK_BYTES && b < len {
            limits.push(b);
            last = b;
        }
    }
    limits.push(len);
    limits
}

/// The fast path: parse chunk by chunk. `None` when pest rejects a chunk (the caller then
/// re-parses for error recovery; a chunk limit can also be a false boundary).
fn parse_chunked(
    text: &str,
    source: SourceId,
    boundaries: &[u32],
) -> Option<Result<Script, Vec<SyntaxError>>> {
    let limits = chunk_limits(text.len(), boundaries);
    let mut param_block = None;
    let mut statements = Vec::new();
    let mut errors = Vec::new();
    for w in limits.windows(2) {
        let chunk = parse_chunk(text, w[0], w[1], source).ok()?;
        if w[0] == 0 {
            param_block = chunk.param_block;
        }
        if statements.is_empty() {
            statements = chunk.statements;
        } else {
            statements.extend(chunk.statements);
        }
        errors.extend(chunk.errors);
    }
    Some(if errors.is_empty() {
        Ok(Script {
            param_block,
            statements,
            span: Span::new(source, 0, text.len()),
        })
    } else {
        Err(errors)
    })
}

/// Error recovery: parse the whole text; after each pest error, lower what came before the
/// failing statement (for its own errors) and restart at the next statement boundary.
fn recover(text: &str, source: SourceId, boundaries: &[u32]) -> Result<Script, Vec<SyntaxError>> {
    let mut errors = Vec::new();
    let mut pos = 0;
    loop {
        match parse_chunk(text, pos, text.len(), source) {
            Ok(chunk) => {
                if pos == 0 && chunk.errors.is_empty() {
                    return Ok(Script {
                        param_block: chunk.param_block,
                        statements: chunk.statements,
                        span: Span::new(source, 0, text.len()),
                    });
                }
                errors.extend(chunk.errors);
                break;
            }
            Err(e) => {
                let err = SyntaxError::from_pest(e, text, pos, source);
                let at = err.span.start as usize;
                if let Some(cut) = last_boundary_at_or_before(boundaries, at) {
                    if cut > pos {
                        if let Ok(chunk) = parse_chunk(text, pos, cut, source) {
                            errors.extend(chunk.errors);
                        }
                    }
                }
                errors.push(err);
                match boundaries.iter().map(|&b| b as usize).find(|&b| b > at) {
                    Some(next) if next < text.len() && errors.len() < MAX_ERRORS => pos = next,
                    _ => break,
                }
            }
        }
    }
    Err(errors)
}

/// The last boundary at or before `offset`.
fn last_boundary_at_or_before(boundaries: &[u32], offset: usize) -> Option<usize> {
    let idx = boundaries.partition_point(|&b| b as usize <= offset);
    idx.checked_sub(1).map(|i| boundaries[i] as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Script {
        parse(text, SourceId(0)).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
    }

    #[test]
    fn chunked_parse_equals_whole_parse() {
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(&format!(
                "New-User -Identity sip:user{i}@contoso.com -DisplayName \"User {i}\"\n"
            ));
        }
        let limits = chunk_limits(text.len(), &prescan::scan(&text, MAX_DEPTH).boundaries);
        assert!(limits.len() > 3, "the test text must span several chunks");
        let chunked = ok(&text);
        let whole = recover(&text, SourceId(0), &[]).expect("parses");
        assert_eq!(chunked, whole);
        assert_eq!(chunked.statements.len(), 20_000);
    }

    #[test]
    fn recovery_after_a_false_boundary() {
        // The line end after `-and` is not a statement boundary for the grammar.
        let text = "$a = $true -and\n$false\nGet-User";
        assert_eq!(ok(text).statements.len(), 2);
    }
}
