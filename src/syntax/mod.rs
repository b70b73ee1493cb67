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
/// Real scripts nest fewer than 20 levels; the interpreter also recurses over the tree.
pub const MAX_DEPTH: usize = 200;

/// At most this many errors are reported for one text.
const MAX_ERRORS: usize = 100;

/// Texts are parsed in chunks of about this size, split at statement boundaries: this caps
/// pest's token queue (several times the chunk's size) whatever the size of the file.
const CHUNK_BYTES: usize = 64 * 1024;

/// Stack of the threads pest and lowering run on. pest's generated parser recurses about a
/// dozen rules per bracket level, with large frames in debug builds: [`MAX_DEPTH`] levels
/// need ~8 MiB there, more than the 2 MiB of a test thread or a spawned thread.
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// Parses a whole script. Every syntax error of the text is reported (up to 100), in
/// source order; a text with any error yields no tree (nothing runs).
pub fn parse(text: &str, source: SourceId) -> Result<Script, Vec<SyntaxError>> {
    let scan = prescan::scan(text, MAX_DEPTH);
    if let Some((start, end)) = scan.too_deep {
        let message = if text.as_bytes().get(start) == Some(&b'=') {
            format!("assignments are chained more than {MAX_DEPTH} deep in one statement")
        } else {
            format!("brackets are nested more than {MAX_DEPTH} levels deep")
        };
        return Err(vec![SyntaxError::new(
            TOO_DEEP,
            message,
            Span::new(source, start, end),
        )]);
    }
    if let EndState::OpenString(start) | EndState::OpenComment(start) = scan.end {
        let what = if matches!(scan.end, EndState::OpenComment(_)) {
            "this comment is never closed (expected `#>`)"
        } else {
            "this string is never closed"
        };
        let cut = last_boundary_at_or_before(&scan.boundaries, start).unwrap_or(0);
        let mut errors = if cut > 0 {
            on_worker(|| recover(&text[..cut], source, &scan.boundaries)).err()
        } else {
            None
        }
        .unwrap_or_default();
        errors.push(SyntaxError {
            code: UNTERMINATED_STRING,
            message: what.to_string(),
            span: Span::new(source, start, text.len()),
            expected: Vec::new(),
            incomplete: true,
        });
        return Err(errors);
    }
    let limits = chunk_limits(text.len(), &scan.boundaries);
    let result = match parse_chunks(text, source, &limits, &scan.boundaries) {
        Some(r) => r,
        None => on_worker(|| recover(text, source, &scan.boundaries)),
    };
    result.map_err(|errors| finish_errors(errors, text, source, scan.end))
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

/// Runs `f` on a scoped thread with a [`WORKER_STACK`] stack (falls back to the current
/// thread if no thread can be started). The syntax tree is `Send` (shared nodes are `Arc`s),
/// so it travels back to the caller safely.
fn on_worker<T: Send, F: FnOnce() -> T + Send>(f: F) -> T {
    let slot = std::sync::Mutex::new(Some(f));
    let from_worker = std::thread::scope(|scope| {
        let slot = &slot;
        let spawned = std::thread::Builder::new()
            .name("coexist-parse".into())
            .stack_size(WORKER_STACK)
            .spawn_scoped(scope, move || {
                let f = slot.lock().ok().and_then(|mut guard| guard.take());
                f.map(|f| f())
            });
        match spawned {
            Ok(handle) => match handle.join() {
                Ok(value) => value,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => None,
        }
    });
    match from_worker {
        Some(value) => value,
        None => match slot.into_inner().ok().flatten() {
            Some(f) => f(),
            None => unreachable!("the worker took the closure, so it returned a value"),
        },
    }
}

/// Parsed and lowered chunks.
#[derive(Default)]
struct Chunks {
    /// The top-level `param()` (from the first chunk).
    param_block: Option<ParamBlock>,
    /// The statements in order.
    statements: Vec<Statement>,
    /// Errors found while lowering.
    errors: Vec<SyntaxError>,
}

impl Chunks {
    fn append(&mut self, other: Chunks) {
        if self.param_block.is_none() {
            self.param_block = other.param_block;
        }
        self.statements.extend(other.statements);
        self.errors.extend(other.errors);
    }
}

/// Parses and lowers `text[start..end]` into `into`; the first chunk uses the `script` rule.
/// On a pest error `into` is unchanged.
fn parse_range(
    text: &str,
    start: usize,
    end: usize,
    source: SourceId,
    into: &mut Chunks,
) -> Result<(), Box<pest::error::Error<Rule>>> {
    let rule = if start == 0 {
        Rule::script
    } else {
        Rule::script_chunk
    };
    let mut pairs = CoexistParser::parse(rule, &text[start..end]).map_err(Box::new)?;
    let lowerer = lower::Lowerer::new(text, start, source);
    if let Some(pair) = pairs.next() {
        let param_block = lowerer.script(pair, &mut into.statements);
        if into.param_block.is_none() {
            into.param_block = param_block;
        }
    }
    into.errors.extend(lowerer.into_errors());
    Ok(())
}

/// Parses the chunks between consecutive `limits`; `None` when pest rejects one.
fn parse_windows(
    text: &str,
    source: SourceId,
    limits: &[usize],
    capacity: usize,
) -> Option<Chunks> {
    let mut all = Chunks {
        param_block: None,
        statements: Vec::with_capacity(capacity),
        errors: Vec::new(),
    };
    for w in limits.windows(2) {
        parse_range(text, w[0], w[1], source, &mut all).ok()?;
    }
    Some(all)
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

/// The fast path: parse chunk by chunk, the two halves of a large text on two threads.
/// `None` when pest rejects a chunk (the caller then re-parses the whole text for error
/// recovery; a chunk limit can also be a false boundary).
fn parse_chunks<'t>(
    text: &'t str,
    source: SourceId,
    limits: &'t [usize],
    boundaries: &'t [u32],
) -> Option<Result<Script, Vec<SyntaxError>>> {
    let chunks = if limits.len() <= 3 {
        on_worker(|| parse_windows(text, source, limits, boundaries.len() + 1))?
    } else {
        let mid = limits.len() / 2;
        let (first, second) = (&limits[..=mid], &limits[mid..]);
        // One statement per boundary is a close upper bound. The first half's vector gets
        // room for both halves, so joining them copies only the second.
        let boundaries_before =
            |offset: usize| boundaries.partition_point(|&b| (b as usize) < offset);
        let capacity = |part: &[usize]| {
            if part[0] == 0 {
                boundaries.len() + 1
            } else {
                boundaries_before(part[part.len() - 1]) - boundaries_before(part[0]) + 1
            }
        };
        let (a, b) = std::thread::scope(|scope| {
            let spawn = |part: &'t [usize]| {
                std::thread::Builder::new()
                    .name("coexist-parse".into())
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, move || {
                        parse_windows(text, source, part, capacity(part))
                    })
                    .ok()
            };
            let ha = spawn(first);
            let hb = spawn(second);
            let join = |h: Option<std::thread::ScopedJoinHandle<'_, Option<Chunks>>>,
                        part: &[usize]| match h {
                Some(h) => match h.join() {
                    Ok(v) => v,
                    Err(panic) => std::panic::resume_unwind(panic),
                },
                None => parse_windows(text, source, part, capacity(part)),
            };
            (join(ha, first), join(hb, second))
        });
        let mut a = a?;
        a.append(b?);
        a
    };
    Some(if chunks.errors.is_empty() {
        Ok(Script {
            param_block: chunks.param_block,
            statements: chunks.statements,
            span: Span::new(source, 0, text.len()),
        })
    } else {
        Err(chunks.errors)
    })
}

/// Error recovery: parse the whole text; after each pest error, lower what came before the
/// failing statement (for its own errors) and restart at the next statement boundary.
fn recover(text: &str, source: SourceId, boundaries: &[u32]) -> Result<Script, Vec<SyntaxError>> {
    let mut errors = Vec::new();
    let mut pos = 0;
    loop {
        let mut chunks = Chunks::default();
        match parse_range(text, pos, text.len(), source, &mut chunks) {
            Ok(()) => {
                if pos == 0 && chunks.errors.is_empty() {
                    return Ok(Script {
                        param_block: chunks.param_block,
                        statements: chunks.statements,
                        span: Span::new(source, 0, text.len()),
                    });
                }
                errors.extend(chunks.errors);
                break;
            }
            Err(e) => {
                let err = SyntaxError::from_pest(*e, text, pos, source);
                let at = err.span.start as usize;
                if let Some(cut) = last_boundary_at_or_before(boundaries, at) {
                    if cut > pos {
                        let mut before = Chunks::default();
                        if parse_range(text, pos, cut, source, &mut before).is_ok() {
                            errors.extend(before.errors);
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
        let whole = on_worker(|| recover(&text, SourceId(0), &[])).expect("parses");
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
