//! The interpreter's public face: [`Interpreter`] (state that outlives one run: model,
//! variables, functions), [`RunOptions`], [`RunOutcome`], the [`Output`] sink the front end
//! implements, and [`with_large_stack`].
//!
//! During a run the interpreter borrows itself and the output sink as an [`Exec`]; the
//! evaluation code (`statement.rs`, `expr.rs`, `pipeline.rs`, `function.rs`) is written as
//! methods on `Exec`, which also implements the commands' [`Host`].

use crate::cmdlets::command::{Bound, CommandError, Host, NoAnswer, Progress, Warning};
use crate::eval::binder::Arg;
use crate::eval::error::RuntimeError;
use crate::eval::scope::{var_key, Scopes};
use crate::eval::unwind::{codes, error_record, Ctl, EvalResult, Raised};
use crate::eval::value::{PsObject, Value};
use crate::model::Model;
use crate::span::{SourceId, Span};
use crate::syntax::ast::{Script, ScriptBlock};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

/// `$Error` keeps at most this many records, newest first (PowerShell's `$MaximumErrorCount`).
pub const MAX_ERROR_COUNT: usize = 256;

/// Maximum nesting of function calls and script-block invocations before
/// `coexist::eval::recursion_limit`.
pub const MAX_CALL_DEPTH: usize = 1000;

/// Stack size of the thread [`with_large_stack`] starts: 256 MiB.
pub const LARGE_STACK_BYTES: usize = 256 * 1024 * 1024;

/// Stack the interpreter allows itself on a thread it did not start (Rust's spawned threads
/// have 2 MiB, main threads usually 8 MiB): deep recursion there ends in
/// `coexist::eval::recursion_limit` early rather than overflowing.
const DEFAULT_STACK_BUDGET: usize = 1024 * 1024;

thread_local! {
    /// Bytes of stack a run may use on this thread (three quarters of a large stack).
    static STACK_BUDGET: std::cell::Cell<usize> = const { std::cell::Cell::new(DEFAULT_STACK_BUDGET) };
}

/// An address on the current stack frame, to measure how much stack a run uses.
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Runs `f` on a thread with a 256 MiB stack and returns its result.
///
/// The front end (and every test that runs scripts) runs parsing and evaluation inside this,
/// so deep recursion ends in `coexist::eval::recursion_limit` (or the parser's depth error)
/// long before the stack can overflow. Values are not `Send`: create the [`Interpreter`]
/// inside `f`. If the thread cannot be spawned, `f` runs on the current thread.
pub fn with_large_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let slot = std::sync::Mutex::new(Some(f));
    let take = || slot.lock().ok().and_then(|mut guard| guard.take());
    let joined = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(LARGE_STACK_BYTES)
            .spawn_scoped(s, || {
                STACK_BUDGET.with(|b| b.set(LARGE_STACK_BYTES / 4 * 3));
                take().map(|f| f())
            })
            .ok()
            .map(|handle| handle.join())
    });
    match joined {
        Some(Ok(Some(value))) => value,
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        // The thread could not be spawned: run here, on the current stack.
        _ => match take() {
            Some(f) => f(),
            None => panic!("with_large_stack: the closure was consumed by a failed thread"),
        },
    }
}

/// How a run behaves.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// `--dry-run`: mutating commands print their What-if line and change the (cloned) model.
    pub dry_run: bool,
    /// Output width in columns (for formatting commands).
    pub width: usize,
    /// Stop with `coexist::eval::timeout` once this instant has passed.
    pub deadline: Option<Instant>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            dry_run: false,
            width: 120,
            deadline: None,
        }
    }
}

/// What a run reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RunOutcome {
    /// `Some(n)` only when the script ran an explicit `exit n`.
    pub exit_code: Option<i32>,
    /// Errors reported (not caught by `try`, not silenced by `-ErrorAction`).
    pub errors: usize,
    /// Warnings reported.
    pub warnings: usize,
}

/// Where a run's results go. Implemented by the front end, which formats and prints.
pub trait Output {
    /// Objects that reached the end of a top-level statement (`$null`s already removed).
    fn output(&mut self, values: Vec<Value>);
    /// A reported error.
    fn error(&mut self, error: &CommandError);
    /// A reported warning.
    fn warning(&mut self, warning: &Warning);
    /// `Write-Host` text.
    fn host(&mut self, text: &str);
    /// A What-if line: `What if: Performing the operation "<action>" on target "<target>".`
    fn what_if(&mut self, action: &str, target: &str);
    /// Verbose text (shown with `-Verbose` or `$VerbosePreference = 'Continue'`).
    fn verbose(&mut self, text: &str);
    /// An informational note (not a warning: it is not counted).
    fn note(&mut self, _text: &str) {}
    /// A `Write-Progress` update; the default shows nothing.
    fn progress(&mut self, _progress: &Progress) {}
    /// Asks the person at the keyboard; the default has nobody to ask (a batch run).
    fn ask(&mut self, _question: &str, _secret: bool) -> Result<String, NoAnswer> {
        Err(NoAnswer::Batch)
    }
    /// Adds a source text made during the run (`Invoke-Expression`) so diagnostics can show
    /// it; `None` when this output keeps no sources.
    fn add_source(&mut self, _name: &str, _text: &str) -> Option<SourceId> {
        None
    }
    /// Starts (`true`) or stops copying what is printed, returning the plain text copied since
    /// the last call (for the transcript). The default copies nothing.
    fn capture(&mut self, _on: bool) -> String {
        String::new()
    }
}

/// An [`Output`] that keeps everything in memory: handy for tests and for evaluating
/// defaults outside a run.
#[derive(Debug, Default)]
pub struct CollectOutput {
    /// Output objects in order.
    pub values: Vec<Value>,
    /// Reported errors in order.
    pub errors: Vec<CommandError>,
    /// Reported warnings.
    pub warnings: Vec<Warning>,
    /// Host lines.
    pub host: Vec<String>,
    /// What-if lines as `(action, target)`.
    pub what_if: Vec<(String, String)>,
    /// Verbose lines.
    pub verbose: Vec<String>,
    /// Notes.
    pub notes: Vec<String>,
}

impl Output for CollectOutput {
    fn output(&mut self, values: Vec<Value>) {
        self.values.extend(values);
    }
    fn error(&mut self, error: &CommandError) {
        self.errors.push(error.clone());
    }
    fn warning(&mut self, warning: &Warning) {
        self.warnings.push(warning.clone());
    }
    fn host(&mut self, text: &str) {
        self.host.push(text.to_string());
    }
    fn what_if(&mut self, action: &str, target: &str) {
        self.what_if.push((action.to_string(), target.to_string()));
    }
    fn verbose(&mut self, text: &str) {
        self.verbose.push(text.to_string());
    }
    fn note(&mut self, text: &str) {
        self.notes.push(text.to_string());
    }
}

/// `-ErrorAction` / `-WarningAction` values and the preference variables' values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum ActionPreference {
    /// Report and go on (also `Inquire`, which batch runs cannot ask).
    #[default]
    Continue,
    /// Make the error terminating.
    Stop,
    /// Record (`$Error`) without reporting.
    SilentlyContinue,
    /// Drop entirely.
    Ignore,
}

impl ActionPreference {
    /// Reads a preference value (`'Stop'`, `'silentlycontinue'`, …); unknown text is Continue.
    pub fn from_value(value: &Value) -> Self {
        let text = match value {
            Value::String(s) => s.clone(),
            other => std::rc::Rc::from(other.to_display_string()),
        };
        let text = text.trim();
        if text.eq_ignore_ascii_case("stop") {
            ActionPreference::Stop
        } else if text.eq_ignore_ascii_case("silentlycontinue") {
            ActionPreference::SilentlyContinue
        } else if text.eq_ignore_ascii_case("ignore") {
            ActionPreference::Ignore
        } else {
            ActionPreference::Continue
        }
    }
}

/// Preferences of the command currently running (for [`Host::warn`] and `should_process`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CommandPrefs {
    /// `-WarningAction` or `$WarningPreference`.
    pub warning_action: ActionPreference,
    /// Per-command `-WhatIf`.
    pub what_if: bool,
    /// `-Verbose` or `$VerbosePreference = 'Continue'`.
    pub verbose: bool,
}

/// The interpreter: the model, variables and functions, kept across runs (the REPL runs
/// each line against the same interpreter).
pub struct Interpreter {
    pub(crate) model: Model,
    pub(crate) scopes: Scopes,
    pub(crate) options: RunOptions,
    pub(crate) strict: bool,
    pub(crate) try_depth: usize,
    pub(crate) call_depth: usize,
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
    pub(crate) current_ok: bool,
    pub(crate) last_ok: bool,
    /// A signal raised inside a script block a command ran, waiting for the command to
    /// hand control back (see [`Host::invoke_block`]).
    pub(crate) pending: Option<Ctl>,
    pub(crate) prefs: Vec<CommandPrefs>,
    /// Errors being handled by `catch` blocks, innermost last (for a bare `throw`).
    pub(crate) caught: Vec<(Value, Raised)>,
    /// `param()` signatures already built, by function definition address.
    /// Set by [`Interpreter::bind_script_params`] so the next `run` does not bind the
    /// script's `param()` block again with defaults only.
    pub(crate) script_params_bound: bool,
    /// Stack address when the current run started (see [`Exec::check_stack`]).
    pub(crate) stack_base: usize,
    /// Warnings held back while a command call runs, innermost call last.
    pub(crate) warning_buffers: Vec<Vec<Warning>>,
    /// Source texts by source id, for line numbers in error records.
    pub(crate) sources: HashMap<u32, std::sync::Arc<str>>,
    /// What the not-modelled warnings already reported this run (see `not_modelled.rs`).
    pub(crate) notices: std::collections::HashSet<String>,
    /// The file gate: contained folders, pretended writes, the open transcript.
    pub(crate) files: crate::files::FileGate,
    pub(crate) signatures: HashMap<
        usize,
        (
            std::sync::Arc<crate::syntax::ast::FunctionDef>,
            Rc<crate::eval::function::FunctionSignature>,
        ),
    >,
}

impl std::fmt::Debug for Interpreter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interpreter")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Interpreter {
    /// A new interpreter over `model` with the automatic variables set.
    pub fn new(model: Model) -> Self {
        let mut scopes = Scopes::new();
        let globals: [(&str, Value); 7] = [
            ("error", Value::array(Vec::new())),
            ("erroractionpreference", Value::str("Continue")),
            ("warningpreference", Value::str("Continue")),
            ("verbosepreference", Value::str("SilentlyContinue")),
            ("whatifpreference", Value::Bool(false)),
            ("confirmpreference", Value::str("High")),
            ("args", Value::array(Vec::new())),
        ];
        for (name, value) in globals {
            scopes.set_global(name, value);
        }
        Interpreter {
            model,
            scopes,
            options: RunOptions::default(),
            strict: false,
            try_depth: 0,
            call_depth: 0,
            errors: 0,
            warnings: 0,
            current_ok: true,
            last_ok: true,
            pending: None,
            prefs: Vec::new(),
            caught: Vec::new(),
            script_params_bound: false,
            warning_buffers: Vec::new(),
            stack_base: 0,
            sources: HashMap::new(),
            notices: std::collections::HashSet::new(),
            files: crate::files::FileGate::working_folder(),
            signatures: HashMap::new(),
        }
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The model, mutably.
    pub fn model_mut(&mut self) -> &mut Model {
        &mut self.model
    }

    /// Gives the model back.
    pub fn into_model(self) -> Model {
        self.model
    }

    /// The run options.
    pub fn options(&self) -> &RunOptions {
        &self.options
    }

    /// The file gate every file access of the language goes through.
    pub fn files_mut(&mut self) -> &mut crate::files::FileGate {
        &mut self.files
    }

    /// Replaces the run options (dry run, width, deadline).
    pub fn set_options(&mut self, options: RunOptions) {
        self.options = options;
    }

    /// Registers a source's text so error records can give `InvocationInfo.ScriptLineNumber`,
    /// `OffsetInLine` and `Line` for spans in it.
    pub fn add_source(&mut self, id: SourceId, text: std::sync::Arc<str>) {
        self.sources.insert(id.0, text);
    }

    /// Sets a global variable (`$PSScriptRoot`, values from the front end).
    pub fn set_variable(&mut self, name: &str, value: Value) {
        self.scopes.set_global(&var_key(name), value);
    }

    /// Reads a variable as the script would (innermost scope first).
    pub fn variable(&self, name: &str) -> Option<Value> {
        self.scopes.get(&var_key(name)).cloned()
    }

    /// Names of all defined variables (lower case), for completion.
    pub fn variable_names(&self) -> Vec<String> {
        self.scopes.variable_names()
    }

    /// Names of all defined functions, for completion and did-you-mean.
    pub fn function_names(&self) -> Vec<String> {
        self.scopes.function_names()
    }

    /// Runs a parsed script. Each top-level statement's output goes to `out.output`; errors,
    /// warnings, host text and What-if lines go to `out` as they happen.
    pub fn run(&mut self, script: &Script, out: &mut dyn Output) -> RunOutcome {
        self.run_from(script, 0, out, &mut |_, _| {})
    }

    /// Runs the top-level statements of `script` from index `from` on, taking the
    /// interpreter's state to be that after the statements before it (see
    /// [`Interpreter::restore`]), and calls `after(i, self)` each time statement `i` has
    /// finished and the run goes on. The `param()` block is bound only when `from` is 0.
    pub fn run_from(
        &mut self,
        script: &Script,
        from: usize,
        out: &mut dyn Output,
        after: &mut dyn FnMut(usize, &Interpreter),
    ) -> RunOutcome {
        self.errors = 0;
        self.warnings = 0;
        self.try_depth = 0;
        self.call_depth = 0;
        self.pending = None;
        self.prefs.clear();
        self.caught.clear();
        self.warning_buffers.clear();
        self.stack_base = stack_address();
        let depth = self.scopes.depth();
        let params_bound = std::mem::take(&mut self.script_params_bound);
        if self.files.transcript().is_some() {
            out.capture(true);
        }
        let mut exec = Exec { interp: self, out };
        let exit_code = if from == 0 && script.param_block.is_some() && !params_bound {
            // A script run without `--` arguments still gets its parameters' defaults (and
            // a missing mandatory parameter is an error that stops it).
            match exec.bind_script_params(script, &[]) {
                Ok(()) => exec.run_top(&script.statements, from, after),
                Err(Ctl::Error(raised)) => {
                    exec.report(&raised);
                    None
                }
                Err(_) => None,
            }
        } else {
            exec.run_top(&script.statements, from, after)
        };
        exec.interp.scopes.truncate(depth);
        exec.flush_transcript(script.span);
        RunOutcome {
            exit_code,
            errors: self.errors,
            warnings: self.warnings,
        }
    }

    /// Binds `coexist run SCRIPT -- ARGS…` to the script's `param()` block (same binder and
    /// rules as functions) and sets the parameters as script variables. Without a `param()`
    /// block the values become `$args`.
    pub fn bind_script_params(
        &mut self,
        script: &Script,
        args: Vec<Arg>,
    ) -> Result<(), RuntimeError> {
        self.bind_script_params_to(script, args, &mut CollectOutput::default())
    }

    /// [`Interpreter::bind_script_params`], reporting to `out` what the parameters' defaults
    /// report (a `(Read-Host …)` default in a batch run).
    pub fn bind_script_params_to(
        &mut self,
        script: &Script,
        args: Vec<Arg>,
        out: &mut dyn Output,
    ) -> Result<(), RuntimeError> {
        self.stack_base = stack_address();
        let mut exec = Exec { interp: self, out };
        let result = exec.bind_script_params(script, &args);
        self.script_params_bound = result.is_ok();
        result.map_err(|ctl| match ctl {
            Ctl::Error(raised) => match raised.error {
                CommandError::Runtime(e) => *e,
                other => {
                    let (code, message) = crate::eval::unwind::error_parts(&other);
                    RuntimeError::new(codes::THROWN, format!("{code}: {message}"), script.span)
                }
            },
            _ => RuntimeError::new(
                codes::UNSUPPORTED,
                "control flow is not allowed in parameter defaults",
                script.span,
            ),
        })
    }
}

/// The interpreter during one run: itself plus the output sink.
pub(crate) struct Exec<'a> {
    pub interp: &'a mut Interpreter,
    pub out: &'a mut dyn Output,
}

impl Exec<'_> {
    /// Runs top-level statements from `from` on, reporting errors and calling `after` for
    /// each statement the run goes on from; returns the `exit` code if any.
    fn run_top(
        &mut self,
        statements: &[crate::syntax::ast::Statement],
        from: usize,
        after: &mut dyn FnMut(usize, &Interpreter),
    ) -> Option<i32> {
        for (index, statement) in statements.iter().enumerate().skip(from) {
            let mut sink = Vec::new();
            let result = self
                .check_deadline(statement.span)
                .and_then(|()| self.exec_statement(statement, &mut sink));
            self.emit(sink);
            match result {
                Ok(()) => {}
                Err(Ctl::Error(raised)) => {
                    if raised.script_terminating {
                        self.report(&raised);
                    } else {
                        self.report_statement_error(&raised);
                    }
                    let is_timeout = matches!(&raised.error, CommandError::Runtime(e) if e.code == codes::TIMEOUT);
                    let stop =
                        self.action_preference("erroractionpreference") == ActionPreference::Stop;
                    if raised.script_terminating || is_timeout || stop {
                        return None;
                    }
                }

                Err(Ctl::Exit(code)) => return Some(code),
                Err(Ctl::Break(_) | Ctl::Continue(_) | Ctl::Return) => return None,
            }
            after(index, self.interp);
        }
        None
    }

    /// Sends a top-level statement's output to the front end, dropping `$null`s.
    fn emit(&mut self, sink: Vec<Value>) {
        let values: Vec<Value> = sink.into_iter().filter(|v| !v.is_null()).collect();
        if !values.is_empty() {
            self.out.output(values);
        }
    }

    /// Reports an error: counts it, prints it, records it in `$Error`, sets `$?`.
    pub(crate) fn report(&mut self, raised: &Raised) {
        self.interp.errors += 1;
        self.out.error(&raised.error);
        self.record_error(raised);
    }

    /// Reports an error that ended one statement, honouring `$ErrorActionPreference`:
    /// `SilentlyContinue` (and `Ignore`) only record it in `$Error`.
    pub(crate) fn report_statement_error(&mut self, raised: &Raised) {
        match self.action_preference("erroractionpreference") {
            ActionPreference::SilentlyContinue | ActionPreference::Ignore => {
                self.record_error(raised);
            }
            ActionPreference::Continue | ActionPreference::Stop => self.report(raised),
        }
    }

    /// Adds an error to `$Error` (newest first) and clears `$?`.
    pub(crate) fn record_error(&mut self, raised: &Raised) -> Value {
        self.interp.current_ok = false;
        let record = error_record(raised);
        if let Value::Object(obj) = &record {
            let span = obj
                .borrow()
                .get("InvocationInfo")
                .and_then(|info| match info {
                    Value::Object(info) => {
                        let info = info.borrow();
                        let source = info.get("SourceId").and_then(int_of)?;
                        let offset = info.get("Offset").and_then(int_of)?;
                        Some((source, offset))
                    }
                    _ => None,
                });
            if let Some((source, offset)) = span {
                self.add_position(obj, source, offset);
            }
        }
        match self.interp.scopes.get_global("error") {
            Some(Value::Array(items)) => {
                let mut items = items.borrow_mut();
                items.insert(0, record.clone());
                items.truncate(MAX_ERROR_COUNT);
            }
            _ => self
                .interp
                .scopes
                .set_global("error", Value::array(vec![record.clone()])),
        }
        record
    }

    /// Adds `ScriptLineNumber`, `OffsetInLine` and `Line` to an error record's
    /// `InvocationInfo` when the source text is known.
    fn add_position(&self, record: &Rc<std::cell::RefCell<PsObject>>, source: i64, offset: i64) {
        let Some(text) = u32::try_from(source)
            .ok()
            .and_then(|id| self.interp.sources.get(&id))
        else {
            return;
        };
        let offset = usize::try_from(offset).unwrap_or(0).min(text.len());
        let Some(before) = text.get(..offset) else {
            return;
        };
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line_number = before.matches('\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        let line = text[line_start..line_end].trim_end_matches('\r');
        if let Some(Value::Object(info)) = record.borrow().get("InvocationInfo") {
            let mut info = info.borrow_mut();
            info.set("ScriptLineNumber", Value::Int(line_number as i64));
            info.set("OffsetInLine", Value::Int(column as i64));
            info.set("Line", Value::str(line));
        }
    }

    /// Reports a warning: counts and prints it.
    pub(crate) fn emit_warning(&mut self, warning: &Warning) {
        self.interp.warnings += 1;
        self.out.warning(warning);
    }

    /// Starts holding back the warnings of one command call.
    pub(crate) fn hold_warnings(&mut self) {
        self.interp.warning_buffers.push(Vec::new());
    }

    /// Ends [`Exec::hold_warnings`]: a call a model rule rejected reports its error and no
    /// warnings (cmdlets.md); otherwise the warnings go out (or to the enclosing call's hold).
    pub(crate) fn release_warnings(&mut self, rejected: bool) {
        let held = self.interp.warning_buffers.pop().unwrap_or_default();
        if rejected {
            return;
        }
        match self.interp.warning_buffers.last_mut() {
            Some(outer) => outer.extend(held),
            None => {
                for warning in &held {
                    self.emit_warning(warning);
                }
            }
        }
    }

    /// Fails with `coexist::eval::recursion_limit` when the run has used most of the
    /// thread's stack (checked at calls and statements; expression nesting between two checks
    /// is bounded by the parser's depth limit), so no script can overflow the stack.
    pub(crate) fn check_stack(&self, span: Span) -> EvalResult<()> {
        let used = self.interp.stack_base.abs_diff(stack_address());
        if used > STACK_BUDGET.with(std::cell::Cell::get) {
            return Err(self.recursion_error(span));
        }
        Ok(())
    }

    /// Fails with `coexist::eval::timeout` once the deadline has passed.
    pub(crate) fn check_deadline(&self, span: Span) -> EvalResult<()> {
        match self.interp.options.deadline {
            Some(deadline) if Instant::now() >= deadline => Err(Ctl::terminating(
                RuntimeError::new(
                    codes::TIMEOUT,
                    "The run took longer than its time limit and was stopped.",
                    span,
                )
                .with_help("Raise --timeout, or make the script do less per run.")
                .into(),
                None,
            )),
            _ => Ok(()),
        }
    }

    /// An action preference variable (`$ErrorActionPreference`, `$WarningPreference`).
    pub(crate) fn action_preference(&self, name: &str) -> ActionPreference {
        self.interp
            .scopes
            .get(name)
            .map(ActionPreference::from_value)
            .unwrap_or_default()
    }

    /// Whether `$VerbosePreference` shows verbose text.
    pub(crate) fn verbose_preference(&self) -> bool {
        self.interp
            .scopes
            .get("verbosepreference")
            .is_some_and(|v| {
                v.to_display_string()
                    .trim()
                    .eq_ignore_ascii_case("continue")
            })
    }
}

/// An integer property value.
fn int_of(value: &Value) -> Option<i64> {
    match value {
        Value::Int(i) => Some(*i),
        _ => None,
    }
}

impl Host for Exec<'_> {
    fn model(&mut self) -> &mut Model {
        &mut self.interp.model
    }

    fn warn(&mut self, warning: Warning) {
        let action = match self.interp.prefs.last() {
            Some(p) => p.warning_action,
            None => self.action_preference("warningpreference"),
        };
        if matches!(
            action,
            ActionPreference::SilentlyContinue | ActionPreference::Ignore
        ) {
            return;
        }
        match self.interp.warning_buffers.last_mut() {
            Some(buffer) => buffer.push(warning),
            None => self.emit_warning(&warning),
        }
    }

    fn write_host(&mut self, text: &str) {
        self.out.host(text);
    }

    fn write_verbose(&mut self, bound: &Bound, message: &str) {
        let on = match bound.get("Verbose") {
            Some(v) => crate::eval::convert::truthy(v),
            None => match self.interp.prefs.last() {
                Some(p) => p.verbose,
                None => self.verbose_preference(),
            },
        };
        if on {
            self.out.verbose(message);
        }
    }

    fn invoke_block(
        &mut self,
        block: &Arc<ScriptBlock>,
        input: &Value,
    ) -> Result<Vec<Value>, CommandError> {
        match self.invoke_script_block(block, input) {
            Ok(values) => Ok(values),
            Err(ctl) => {
                let flow = ctl.clone().into_flow();
                self.interp.pending = Some(ctl);
                Err(CommandError::Flow(Box::new(flow)))
            }
        }
    }

    fn dry_run(&self) -> bool {
        self.interp.options.dry_run
    }

    fn what_if(&mut self, bound: &Bound) -> bool {
        // An explicit `-WhatIf` / `-WhatIf:$false` wins over `$WhatIfPreference`.
        match bound.get("WhatIf") {
            Some(v) => crate::eval::convert::truthy(v),
            None => {
                self.interp.prefs.last().is_some_and(|p| p.what_if)
                    || self
                        .interp
                        .scopes
                        .get("whatifpreference")
                        .is_some_and(crate::eval::convert::truthy)
            }
        }
    }

    fn should_process(&mut self, bound: &Bound, action: &str, target: &str) -> bool {
        if self.what_if(bound) {
            self.out.what_if(action, target);
            return false;
        }
        if self.interp.options.dry_run {
            self.out.what_if(action, target);
        }
        true
    }

    fn width(&self) -> usize {
        self.interp.options.width
    }

    fn files(&mut self) -> Option<&mut crate::files::FileGate> {
        Some(&mut self.interp.files)
    }

    fn ask(&mut self, question: &str, secret: bool) -> Result<String, NoAnswer> {
        self.out.ask(question, secret)
    }

    fn sleep(&mut self, duration: std::time::Duration, span: Span) -> Result<(), CommandError> {
        self.wait(duration, span)
    }

    fn progress(&mut self, progress: &Progress) {
        self.out.progress(progress);
    }

    fn invoke_expression(&mut self, text: &str, span: Span) -> Result<Vec<Value>, CommandError> {
        self.run_text(text, span)
    }

    fn note(&mut self, key: &str, text: &str) {
        if self.interp.notices.insert(format!("note {key}")) {
            self.out.note(text);
        }
    }

    fn transcribe(&mut self, on: bool) -> String {
        self.out.capture(on)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::command::BoundArg;

    fn bound_with_what_if(on: bool) -> Bound {
        let mut bound = Bound::default();
        if on {
            bound.args.insert(
                "WhatIf".into(),
                BoundArg {
                    value: Value::Bool(true),
                    span: Span::default(),
                },
            );
        }
        bound
    }

    fn ask(interp: &mut Interpreter, bound: &Bound) -> (bool, Vec<(String, String)>) {
        let mut out = CollectOutput::default();
        let mut exec = Exec {
            interp,
            out: &mut out,
        };
        let allowed = exec.should_process(bound, "Move-User", "sip:ann@contoso.com");
        (allowed, out.what_if)
    }

    #[test]
    fn real_run_changes_silently() {
        let mut interp = Interpreter::new(Model::default());
        let (allowed, lines) = ask(&mut interp, &bound_with_what_if(false));
        assert!(allowed);
        assert!(lines.is_empty());
    }

    #[test]
    fn what_if_reports_and_refuses() {
        let mut interp = Interpreter::new(Model::default());
        let (allowed, lines) = ask(&mut interp, &bound_with_what_if(true));
        assert!(!allowed);
        assert_eq!(
            lines,
            vec![("Move-User".to_string(), "sip:ann@contoso.com".to_string())]
        );
        interp.set_variable("WhatIfPreference", Value::Bool(true));
        let (allowed, lines) = ask(&mut interp, &Bound::default());
        assert!(!allowed);
        assert_eq!(lines.len(), 1);
        // `-WhatIf:$false` overrides the preference.
        let mut off = Bound::default();
        off.args.insert(
            "WhatIf".into(),
            BoundArg {
                value: Value::Bool(false),
                span: Span::default(),
            },
        );
        let (allowed, lines) = ask(&mut interp, &off);
        assert!(allowed);
        assert!(lines.is_empty());
    }

    #[test]
    fn dry_run_reports_and_allows() {
        let mut interp = Interpreter::new(Model::default());
        interp.set_options(RunOptions {
            dry_run: true,
            ..RunOptions::default()
        });
        let (allowed, lines) = ask(&mut interp, &bound_with_what_if(false));
        assert!(allowed);
        assert_eq!(lines.len(), 1);
        // -WhatIf still wins in a dry run: the clone is not changed either.
        let (allowed, _) = ask(&mut interp, &bound_with_what_if(true));
        assert!(!allowed);
    }

    #[test]
    fn rejected_calls_report_no_warnings() {
        let mut interp = Interpreter::new(Model::default());
        let mut out = CollectOutput::default();
        let mut exec = Exec {
            interp: &mut interp,
            out: &mut out,
        };
        let warning = |m: &str| Warning::Text {
            message: m.into(),
            span: Span::default(),
        };
        exec.hold_warnings();
        exec.warn(warning("dropped"));
        exec.release_warnings(true);
        exec.hold_warnings();
        exec.hold_warnings();
        exec.warn(warning("inner"));
        exec.release_warnings(false);
        exec.warn(warning("outer"));
        exec.release_warnings(false);
        exec.warn(warning("direct"));
        let texts: Vec<String> = out
            .warnings
            .iter()
            .map(|w| match w {
                Warning::Text { message, .. } => message.clone(),
                Warning::Model { .. } => String::new(),
            })
            .collect();
        assert_eq!(texts, vec!["inner", "outer", "direct"]);
        assert_eq!(interp.warnings, 3);
    }

    #[test]
    fn large_stack_returns_the_value() {
        assert_eq!(with_large_stack(|| 6 * 7), 42);
    }

    #[test]
    fn script_params_bind_like_function_params() {
        let outcome = with_large_stack(|| {
            let script = crate::syntax::parse(
                "param([string]$Name = 'def', [int]$Count = 1)\n\"$Name x $Count\"",
                crate::span::SourceId(0),
            )
            .expect("parses");
            let mut interp = Interpreter::new(Model::default());
            let args = vec![
                Arg::Value {
                    value: Value::str("pool"),
                    span: Span::default(),
                },
                Arg::Parameter {
                    name: "Count".into(),
                    span: Span::default(),
                    attached: Some((Value::str("3"), Span::default())),
                },
            ];
            let bound = interp.bind_script_params(&script, args).is_ok();
            let mut out = CollectOutput::default();
            interp.run(&script, &mut out);
            let texts: Vec<String> = out.values.iter().map(Value::to_display_string).collect();
            let mut interp2 = Interpreter::new(Model::default());
            let bad = interp2
                .bind_script_params(
                    &script,
                    vec![Arg::Parameter {
                        name: "Nope".into(),
                        span: Span::default(),
                        attached: None,
                    }],
                )
                .map_err(|e| e.code);
            (bound, texts, bad)
        });
        assert!(outcome.0);
        assert_eq!(outcome.1, vec!["pool x 3".to_string()]);
        assert!(matches!(outcome.2, Err(code) if code.starts_with("coexist::bind::")));
    }
}
