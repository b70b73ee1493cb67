//! The runtime side of a command: the [`Command`] trait every cmdlet implements, the
//! [`Host`] it talks to (implemented by the interpreter) and the [`Bound`] arguments.

use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::files::FileGate;
use crate::model::{Model, ModelError, ModelWarning};
use crate::span::Span;
use crate::syntax::ast::ScriptBlock;
use indexmap::IndexMap;
use std::sync::Arc;

/// One bound argument: the converted value and where it came from.
#[derive(Debug, Clone)]
pub struct BoundArg {
    /// The value after conversion to the parameter's kind.
    pub value: Value,
    /// The argument's span (for pipeline input: the upstream element's span).
    pub span: Span,
}

/// The arguments of one command invocation after binding, keyed by canonical parameter name.
#[derive(Debug, Clone, Default)]
pub struct Bound {
    /// Canonical name of the command (never the alias typed).
    pub command: String,
    /// Span of the whole command invocation.
    pub command_span: Span,
    /// Canonical parameter name → bound argument, in binding order.
    pub args: IndexMap<String, BoundArg>,
}

impl Bound {
    /// The value bound to `param` (canonical name, case-insensitive).
    pub fn get(&self, param: &str) -> Option<&Value> {
        self.arg(param).map(|a| &a.value)
    }

    /// The bound argument for `param`.
    pub fn arg(&self, param: &str) -> Option<&BoundArg> {
        self.args.get(param).or_else(|| {
            self.args
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(param))
                .map(|(_, v)| v)
        })
    }

    /// The span to blame for `param`: its argument, else the whole command.
    pub fn span_of(&self, param: &str) -> Span {
        self.arg(param).map_or(self.command_span, |a| a.span)
    }

    /// `param` as a string, if bound and not `$null`.
    pub fn string(&self, param: &str) -> Option<String> {
        match self.get(param) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v.to_display_string()),
        }
    }

    /// Whether a switch (or boolean) is bound to true.
    pub fn switch(&self, param: &str) -> bool {
        matches!(self.get(param), Some(Value::Bool(true)))
    }

    /// Whether `param` was given at all.
    pub fn has(&self, param: &str) -> bool {
        self.arg(param).is_some()
    }
}

/// A warning raised while a command runs; applied changes stay applied.
#[derive(Debug, Clone)]
pub enum Warning {
    /// A model rule's warning, blamed on a span of the statement.
    Model {
        /// The rule's warning.
        warning: ModelWarning,
        /// The argument or command it is about.
        span: Span,
    },
    /// `Write-Warning` text.
    Text {
        /// The message.
        message: String,
        /// The `Write-Warning` command.
        span: Span,
    },
}

/// Why a command invocation failed.
#[derive(Debug, Clone)]
pub enum CommandError {
    /// A model rule rejected the operation; nothing changed.
    Model {
        /// The rule's error.
        error: ModelError,
        /// The argument the rule blames (via [`Bound::span_of`]).
        span: Span,
    },
    /// A coded runtime error (binding, conversion, `Write-Error`, …).
    Runtime(Box<RuntimeError>),
    /// Control flow or a terminating error raised inside a script block the command ran
    /// (`ForEach-Object { break }`); the interpreter resumes it.
    Flow(Box<crate::eval::error::Flow>),
}

impl From<RuntimeError> for CommandError {
    fn from(e: RuntimeError) -> Self {
        CommandError::Runtime(Box::new(e))
    }
}

/// Why a question to the person at the keyboard got no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAnswer {
    /// Nobody is there to ask: a batch run.
    Batch,
    /// The person cancelled (Ctrl-C or Ctrl-D at the prompt).
    Cancelled,
}

/// One `Write-Progress` update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Which bar (`-Id`).
    pub id: i64,
    /// What is in progress (`-Activity`).
    pub activity: String,
    /// The current state (`-Status`).
    pub status: String,
    /// How much is done, 0 to 100 (`-PercentComplete`; none: unknown).
    pub percent: Option<u8>,
    /// The bar is done and goes away (`-Completed`).
    pub completed: bool,
}

/// What a running command can ask of the interpreter.
pub trait Host {
    /// The coexistence model (a clone during a dry run).
    fn model(&mut self) -> &mut Model;
    /// Reports a warning.
    fn warn(&mut self, warning: Warning);
    /// Writes text straight to the console (`Write-Host`), bypassing the pipeline.
    /// `text` carries its own line end (`Write-Host -NoNewline` sends none).
    fn write_host(&mut self, text: &str);
    /// `Write-Verbose`: shows `message` when the command's bound `-Verbose` is on.
    /// The interpreter overrides this to honour `$VerbosePreference` (and `-Verbose:$false`)
    /// and to route the text to its verbose stream; the default writes `VERBOSE: message`
    /// through [`Host::write_host`] when `-Verbose` is bound true.
    fn write_verbose(&mut self, bound: &Bound, message: &str) {
        if bound.switch("Verbose") {
            self.write_host(&format!("VERBOSE: {message}\n"));
        }
    }
    /// Runs `block` with `$_` set to `input` and returns what it output.
    fn invoke_block(
        &mut self,
        block: &Arc<ScriptBlock>,
        input: &Value,
    ) -> Result<Vec<Value>, CommandError>;
    /// Asks whether a change may be made. Under `-WhatIf` or `$WhatIfPreference` it prints
    /// `What if: Performing the operation "<action>" on target "<target>".` and returns false;
    /// in a dry run it prints the line and returns true (the clone is changed).
    fn should_process(&mut self, bound: &Bound, action: &str, target: &str) -> bool;
    /// Whether changes are only to be shown, not made (the condition under which
    /// [`Host::should_process`] returns false): `-WhatIf`, and in the interpreter also
    /// `$WhatIfPreference` or an inherited `-WhatIf`. Mutating domain cmdlets ask this before
    /// touching the model, so a What-if run validates on a copy and changes nothing. The
    /// default reads the bound `-WhatIf` switch; hosts with preferences override it.
    fn what_if(&mut self, bound: &Bound) -> bool {
        bound.switch("WhatIf")
    }
    /// Whether this is a dry run (`--dry-run`, `plan`): changes go to a clone of the model and
    /// file-writing cmdlets print their `Output to File` What-if line but write nothing
    /// ([`Host::should_process`] returns true then, so they must ask this too). The default is
    /// a real run; the interpreter overrides it from its run options.
    fn dry_run(&self) -> bool {
        false
    }
    /// Output width in columns for formatting.
    fn width(&self) -> usize;
    /// The session's file gate, through which every file access goes; `None` (the default)
    /// means this host allows no file access at all.
    fn files(&mut self) -> Option<&mut FileGate> {
        None
    }
    /// Asks the person at the keyboard (`Read-Host`, `Get-Credential`); `secret` hides the
    /// typing. The default has nobody to ask, as in a batch run.
    fn ask(&mut self, _question: &str, _secret: bool) -> Result<String, NoAnswer> {
        Err(NoAnswer::Batch)
    }
    /// Waits (`Start-Sleep`). The interpreter waits for real, except in a dry run, and never
    /// past `--timeout`; the default returns at once.
    fn sleep(&mut self, _duration: std::time::Duration, _span: Span) -> Result<(), CommandError> {
        Ok(())
    }
    /// Shows a progress update (`Write-Progress`); the default shows nothing.
    fn progress(&mut self, _progress: &Progress) {}
    /// Parses `text` and runs it in the caller's scope (`Invoke-Expression`), under the same
    /// rules as the script; `span` is the text's argument. The default cannot run text.
    fn invoke_expression(&mut self, _text: &str, span: Span) -> Result<Vec<Value>, CommandError> {
        Err(RuntimeError::new(
            crate::eval::unwind::codes::UNSUPPORTED,
            "this host cannot run script text",
            span,
        )
        .into())
    }
    /// Prints an informational note on stderr, once per session for each `key` (the
    /// preamble commands' "connects to the shell being rehearsed"). The default drops it.
    fn note(&mut self, _key: &str, _text: &str) {}
    /// Starts (`true`) or stops copying what the session prints, returning what was copied
    /// since the last call (`Start-`/`Stop-Transcript`). The default copies nothing.
    fn transcribe(&mut self, _on: bool) -> String {
        String::new()
    }
}

/// A running command instance (one per pipeline run).
pub trait Command {
    /// Processes one set of bound arguments: once per pipeline input object, or once
    /// when the command starts the pipeline. Output goes to `out`.
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError>;

    /// Runs once before the first input with the invocation's arguments (before pipeline
    /// input is bound), even when no input arrives: `ForEach-Object -Begin` runs here.
    fn begin(
        &mut self,
        _host: &mut dyn Host,
        _args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        Ok(())
    }

    /// Runs after the last input (Sort-Object, Measure-Object emit here).
    fn end(&mut self, _host: &mut dyn Host, _out: &mut Vec<Value>) -> Result<(), CommandError> {
        Ok(())
    }
}
