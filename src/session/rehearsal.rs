//! **API boundary.** Incremental dry runs of one document that keeps changing (the language
//! server's "diagnostics while typing"). A [`Rehearsal`] runs the document against a clone of
//! the deployment's model like `coexist run --dry-run`, with the same parser output, binder,
//! interpreter and rules, and collects every diagnostic as a [`Diag`] instead of printing it.
//!
//! Between runs it keeps, for each top-level statement that finished, its span and its
//! diagnostics, plus [`Snapshot`]s of the interpreter taken between statements. The next run
//! restores the latest snapshot that lies before the first statement whose text or position
//! changed, and runs only from there: an edit near the end of a long script re-runs a few
//! statements, not the script.
//!
//! The document keeps one [`SourceId`] for its whole life, so the spans of reused statements
//! (in diagnostics and in the model's origins) stay valid: a statement is reused only when
//! every byte up to its end is unchanged.

use crate::cmdlets::command::{CommandError, Warning};
use crate::diag::Diag;
use crate::eval::interp::{Interpreter, Output, RunOptions};
use crate::eval::snapshot::Snapshot;
use crate::eval::value::Value;
use crate::model::Kind;
use crate::model::Model;
use crate::span::{SourceId, Span};
use crate::syntax::ast::Script;
use std::cell::RefCell;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// At most this many snapshots are kept for one document.
const MAX_CHECKPOINTS: usize = 32;

/// Snapshots of a large model are fewer: together they copy about this many objects.
const CHECKPOINT_OBJECT_BUDGET: usize = 1_000_000;

/// A run that takes longer than this stops with `coexist::eval::timeout` (a script that loops
/// forever must not hang the editor).
pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(10);

/// What one top-level statement of the last run reported.
#[derive(Debug)]
struct StatementRun {
    /// Where the statement was.
    span: Span,
    /// What it reported (for the first statement, also what binding the `param()` block did).
    diags: Vec<Diag>,
}

/// The interpreter's state after the first `done` statements.
#[derive(Debug)]
struct Checkpoint {
    done: usize,
    snapshot: Snapshot,
}

/// How much of a run was reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunSummary {
    /// Top-level statements whose earlier results were kept.
    pub reused: usize,
    /// Top-level statements that ran.
    pub ran: usize,
}

/// Incremental dry runs of one document against one base model.
pub struct Rehearsal {
    source: SourceId,
    interpreter: Interpreter,
    time_limit: Duration,
    /// The text of the last run.
    text: Arc<str>,
    /// The `param()` block's span in the last run.
    param_span: Option<Span>,
    /// The statements that finished in the last run, in order.
    done: Vec<StatementRun>,
    /// What the statement that ended the last run early reported (`exit`, a terminating
    /// error, a timeout), or a failed `param()` binding.
    tail: Vec<Diag>,
    /// Ascending by `done`; the first is the state before any statement.
    checkpoints: Vec<Checkpoint>,
}

impl std::fmt::Debug for Rehearsal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rehearsal")
            .field("done", &self.done.len())
            .field("checkpoints", &self.checkpoints.len())
            .finish_non_exhaustive()
    }
}

impl Rehearsal {
    /// Dry runs against a clone of `base`, of a document parsed with the source id `source`.
    pub fn new(base: Model, source: SourceId) -> Self {
        let interpreter = Interpreter::new(base);
        let snapshot = interpreter.snapshot();
        Rehearsal {
            source,
            interpreter,
            time_limit: DEFAULT_TIME_LIMIT,
            text: Arc::from(""),
            param_span: None,
            done: Vec::new(),
            tail: Vec::new(),
            checkpoints: vec![Checkpoint { done: 0, snapshot }],
        }
    }

    /// The source id the document must be parsed with.
    pub fn source(&self) -> SourceId {
        self.source
    }

    /// Changes how long one run may take.
    pub fn set_time_limit(&mut self, limit: Duration) {
        self.time_limit = limit;
    }

    /// Dry-runs `script`, parsed from `text` with [`Rehearsal::source`], reusing what the
    /// last run learnt about the unchanged statements at the top.
    pub fn run(&mut self, text: &str, script: &Script) -> RunSummary {
        let prefix = common_prefix(&self.text, text);
        let reusable = self.reusable(script, prefix);
        let keep = self
            .checkpoints
            .iter()
            .rposition(|c| c.done <= reusable)
            .unwrap_or(0);
        self.checkpoints.truncate(keep + 1);
        let from = self.checkpoints[keep].done;
        self.interpreter.restore(&self.checkpoints[keep].snapshot);
        self.done.truncate(from);
        self.tail.clear();
        self.text = Arc::from(text);
        self.param_span = script.param_block.as_ref().map(|p| p.span);
        self.interpreter
            .add_source(self.source, Arc::clone(&self.text));
        let width = self.interpreter.options().width;
        self.interpreter.set_options(RunOptions {
            dry_run: true,
            width,
            deadline: Some(Instant::now() + self.time_limit),
        });

        let spacing = checkpoint_spacing(script.statements.len(), self.interpreter.model());
        let sink = RefCell::new(Vec::new());
        let Rehearsal {
            interpreter,
            done,
            checkpoints,
            ..
        } = self;
        let mut after = |index: usize, interp: &Interpreter| {
            done.push(StatementRun {
                span: script.statements[index].span,
                diags: std::mem::take(&mut *sink.borrow_mut()),
            });
            let last = checkpoints.last().map_or(0, |c| c.done);
            if index + 1 - last >= spacing {
                checkpoints.push(Checkpoint {
                    done: index + 1,
                    snapshot: interp.snapshot(),
                });
            }
        };
        interpreter.run_from(script, from, &mut DiagSink { diags: &sink }, &mut after);
        self.tail = sink.into_inner();
        RunSummary {
            reused: from,
            ran: self.done.len() - from,
        }
    }

    /// How many statements at the top of `script` are the same as in the last run, with
    /// every byte up to their end unchanged (`prefix` bytes are).
    fn reusable(&self, script: &Script, prefix: usize) -> usize {
        let unchanged = |old: Span, new: Span| old == new && new.end as usize <= prefix;
        let params_same = match (self.param_span, script.param_block.as_ref()) {
            (None, None) => true,
            (Some(old), Some(new)) => unchanged(old, new.span),
            _ => false,
        };
        if !params_same {
            return 0;
        }
        self.done
            .iter()
            .zip(&script.statements)
            .take_while(|(old, new)| unchanged(old.span, new.span))
            .count()
    }

    /// Every diagnostic of the last run, in the order it was reported.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diag> {
        self.done
            .iter()
            .flat_map(|s| s.diags.iter())
            .chain(self.tail.iter())
    }

    /// The model after the last run.
    pub fn model(&self) -> &Model {
        self.interpreter.model()
    }

    /// The models the last run went through, latest first: the final one, then the
    /// snapshots' (objects removed late in the script are still in an earlier one).
    pub fn models(&self) -> impl Iterator<Item = &Model> {
        std::iter::once(self.model())
            .chain(self.checkpoints.iter().rev().map(|c| c.snapshot.model()))
    }

    /// The model as it stood before the top-level statement at or after byte `offset`
    /// (the latest snapshot before it).
    pub fn model_before(&self, offset: usize) -> &Model {
        let statement = self
            .done
            .iter()
            .position(|s| s.span.end as usize > offset)
            .unwrap_or(self.done.len());
        self.checkpoints
            .iter()
            .rev()
            .find(|c| c.done <= statement)
            .map_or(self.model(), |c| c.snapshot.model())
    }

    /// The variables defined after the last run (lower case, without `$`).
    pub fn variable_names(&self) -> Vec<String> {
        self.interpreter.variable_names()
    }

    /// The script functions defined after the last run.
    pub fn function_names(&self) -> Vec<String> {
        self.interpreter.function_names()
    }
}

/// Statements between two snapshots: the statements spread over at most
/// [`MAX_CHECKPOINTS`] snapshots, fewer when the model is large.
fn checkpoint_spacing(statements: usize, model: &Model) -> usize {
    let objects: usize = Kind::ALL.iter().map(|&k| model.count(k)).sum();
    let most = (CHECKPOINT_OBJECT_BUDGET / objects.max(1)).clamp(2, MAX_CHECKPOINTS);
    statements.div_ceil(most).max(1)
}

/// Length in bytes of the longest common prefix of `a` and `b`.
fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

/// The interpreter's [`Output`] for a rehearsal: diagnostics are kept, output is dropped.
struct DiagSink<'a> {
    diags: &'a RefCell<Vec<Diag>>,
}

impl Output for DiagSink<'_> {
    fn output(&mut self, _values: Vec<Value>) {}

    fn error(&mut self, error: &CommandError) {
        self.diags.borrow_mut().push(Diag::from(error));
    }

    fn warning(&mut self, warning: &Warning) {
        self.diags.borrow_mut().push(Diag::from(warning));
    }

    fn host(&mut self, _text: &str) {}

    fn what_if(&mut self, _action: &str, _target: &str) {}

    fn verbose(&mut self, _text: &str) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::interp::with_large_stack;

    /// (code, primary span) of every diagnostic.
    fn found(rehearsal: &Rehearsal) -> Vec<(String, Option<(u32, u32)>)> {
        rehearsal
            .diagnostics()
            .map(|d| {
                let span = d.primary.as_ref().map(|l| (l.span.start, l.span.end));
                (d.code.clone(), span)
            })
            .collect()
    }

    fn run(rehearsal: &mut Rehearsal, text: &str) -> RunSummary {
        let script = crate::syntax::parse(text, rehearsal.source()).expect("parses");
        rehearsal.run(text, &script)
    }

    /// A script of `n` blocks, each creating a pool and breaking one rule.
    fn script(n: usize) -> String {
        let mut text = String::from("New-Site -Identity S\n");
        for i in 0..n {
            text.push_str(&format!(
                "New-Pool -Fqdn p{i}.contoso.com -Version Lync2013 -Site S\n\
                 $x{i} = @{{ n = {i} }}\n\
                 New-Pool -Fqdn p{i}.contoso.com -Version Lync2013 -Site S\n"
            ));
        }
        text
    }

    #[test]
    fn an_edit_reruns_from_the_changed_statement_with_the_same_result_as_a_fresh_run() {
        with_large_stack(|| {
            let original = script(40);
            let mut incremental = Rehearsal::new(Model::default(), SourceId(0));
            let first = run(&mut incremental, &original);
            assert_eq!(first.reused, 0);
            assert_eq!(found(&incremental).len(), 40);
            // Fix the last duplicate pool: only the tail re-runs.
            let cut = original
                .rfind("New-Pool -Fqdn p39")
                .expect("last statement");
            let edited = format!(
                "{}New-Pool -Fqdn r39.contoso.com -Version Lync2013 -Site S\n",
                &original[..cut]
            );
            let second = run(&mut incremental, &edited);
            assert!(second.reused > 100, "{second:?}");
            let mut fresh = Rehearsal::new(Model::default(), SourceId(0));
            run(&mut fresh, &edited);
            assert_eq!(found(&incremental), found(&fresh));
            assert_eq!(found(&incremental).len(), 39);
            // An edit at the top re-runs everything and still agrees.
            let top = format!("# header\n{edited}");
            assert_eq!(run(&mut incremental, &top).reused, 0);
            let mut fresh = Rehearsal::new(Model::default(), SourceId(0));
            run(&mut fresh, &top);
            assert_eq!(found(&incremental), found(&fresh));
        });
    }

    #[test]
    fn variables_changed_in_place_after_a_snapshot_do_not_leak_into_a_rerun() {
        with_large_stack(|| {
            let mut rehearsal = Rehearsal::new(Model::default(), SourceId(0));
            let text = "$h = @{}\n$h.n = 1\nif ($h.n -ne 1) { Write-Error 'leaked' }\n";
            run(&mut rehearsal, text);
            assert!(found(&rehearsal).is_empty());
            // A later statement changes the hashtable in place after the snapshots were taken…
            run(&mut rehearsal, &format!("{text}$h.n = 2\n"));
            // …and an edit of the third statement re-runs it from the snapshot after the
            // second, which must still hold n = 1.
            let edited = text.replace("'leaked'", "'leaked!'") + "$h.n = 2\n";
            assert_eq!(run(&mut rehearsal, &edited).reused, 2);
            assert!(found(&rehearsal).is_empty(), "{:?}", found(&rehearsal));
        });
    }

    #[test]
    fn a_run_that_stops_early_reports_the_stop_and_reruns_it() {
        with_large_stack(|| {
            let mut rehearsal = Rehearsal::new(Model::default(), SourceId(0));
            let text = "New-Site A\nthrow 'stop here'\nNew-Site A\n";
            run(&mut rehearsal, text);
            let codes: Vec<String> = found(&rehearsal).into_iter().map(|(c, _)| c).collect();
            assert_eq!(codes, vec!["coexist::eval::thrown".to_string()]);
            let edited = format!("{text}New-Site A\n");
            let summary = run(&mut rehearsal, &edited);
            assert!(summary.reused <= 1, "{summary:?}");
            assert_eq!(found(&rehearsal).len(), 1);
        });
    }

    #[test]
    fn model_before_an_offset_and_the_models_gone_through() {
        with_large_stack(|| {
            let mut rehearsal = Rehearsal::new(Model::default(), SourceId(0));
            let text = "New-Site A\nRemove-Site A\n";
            run(&mut rehearsal, text);
            assert!(rehearsal.model().sites().is_empty());
            assert!(rehearsal.models().any(|m| m.sites().len() == 1));
            assert!(rehearsal.model_before(0).sites().is_empty());
        });
    }
}
