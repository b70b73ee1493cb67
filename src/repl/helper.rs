//! The rustyline [`Helper`](rustyline::Helper): thin adapters from rustyline's traits to the
//! plain functions of `complete`, `hint`, `highlight` and `validate`, over a shared snapshot
//! of [`Names`] that the loop refreshes before each prompt.

use super::{highlight, hint, validate};
use crate::assist::complete;
use crate::assist::names::Names;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::SearchDirection;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::Context;
use std::borrow::Cow;
use std::sync::{Arc, RwLock};

/// The line editor's helper. It holds the names snapshot, never the session.
#[derive(rustyline::Helper)]
pub struct ReplHelper {
    names: Arc<RwLock<Names>>,
    color: bool,
}

impl ReplHelper {
    /// A helper reading `names`; `color` turns highlighting on.
    pub fn new(names: Arc<RwLock<Names>>, color: bool) -> Self {
        ReplHelper { names, color }
    }

    fn with_names<T>(&self, f: impl FnOnce(&Names) -> T) -> T {
        match self.names.read() {
            Ok(names) => f(&names),
            Err(poisoned) => f(&poisoned.into_inner()),
        }
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, found) = self.with_names(|names| complete::complete(line, pos, names));
        let pairs = found
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;

    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<String> {
        let history = ctx.history();
        let found = if line.is_empty() || history.is_empty() {
            None
        } else {
            history
                .starts_with(line, history.len() - 1, SearchDirection::Reverse)
                .ok()
                .flatten()
                .map(|r| r.entry.into_owned())
        };
        self.with_names(|names| hint::hint(line, pos, names, found.as_deref()))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(self.with_names(|names| highlight::highlight(line, names)))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("{}{hint}\x1b[0m", highlight::HINT))
        } else {
            Cow::Borrowed(hint)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

impl Validator for ReplHelper {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        Ok(if validate::needs_more(ctx.input()) {
            ValidationResult::Incomplete
        } else {
            ValidationResult::Valid(None)
        })
    }
}
