//! Pipelines: resolving command names (functions before cmdlets), evaluating and binding
//! arguments, streaming each object through every stage as soon as it is produced, and
//! PowerShell's per-object error semantics (`-ErrorAction`, `-ErrorVariable`, `$?`).

use crate::cmdlets::command::{Bound, Command, CommandError};
use crate::cmdlets::registry;
use crate::cmdlets::spec::CmdletSpec;
use crate::eval::binder::{bind_arguments, bind_input, Arg};
use crate::eval::convert::truthy;
use crate::eval::function::FunctionStage;
use crate::eval::interp::{ActionPreference, CommandPrefs, Exec};
use crate::eval::scope::var_key;
use crate::eval::unwind::{codes, Ctl, EvalResult, Raised};
use crate::eval::value::Value;
use crate::span::Span;
use crate::syntax::ast::{self, CommandArg, Pipeline, PipelineElement};

/// A running cmdlet in a pipeline.
pub(crate) struct CmdletStage {
    /// The command instance.
    command: Box<dyn Command>,
    /// Its spec.
    spec: &'static CmdletSpec,
    /// Arguments bound once, before any input.
    base: Bound,
    /// The invocation's span.
    span: Span,
    /// Error handling for this invocation.
    errors: ErrorHandling,
    /// Warning and What-if preferences.
    prefs: CommandPrefs,
    /// What `begin` produced, passed downstream before the first input.
    begun: Vec<Value>,
}

/// How one invocation handles its non-terminating errors.
#[derive(Debug, Clone, Default)]
pub(crate) struct ErrorHandling {
    /// `-ErrorAction` or `$ErrorActionPreference`.
    pub action: ActionPreference,
    /// `-ErrorVariable name` (key) and whether it was `+name` (append).
    pub variable: Option<String>,
}

/// One element of a running pipeline.
pub(crate) enum Stage {
    /// A cmdlet from the registry.
    Cmdlet(Box<CmdletStage>),
    /// A script function or a script block run with `&` / `.`.
    Function(Box<FunctionStage>),
    /// A command that did its work when it started (`Set-StrictMode`) and passes nothing on.
    Done,
}

impl Exec<'_> {
    /// Runs a pipeline, appending what reaches its end to `sink`.
    pub(crate) fn run_pipeline(
        &mut self,
        pipeline: &Pipeline,
        sink: &mut Vec<Value>,
    ) -> EvalResult<()> {
        let (first_input, commands) = match pipeline.elements.split_first() {
            Some((PipelineElement::Expression(expr), rest)) => {
                let value = self.eval_expr(expr)?;
                if rest.is_empty() {
                    // `[void](…)` outputs nothing at all (not even `$null`).
                    let is_void = matches!(&expr.kind, ast::ExprKind::Cast { type_name, .. } if type_name.eq_ignore_ascii_case("void"));
                    if !is_void {
                        sink.extend(enumerate_output(value));
                    }
                    return Ok(());
                }
                (Some(value), rest)
            }
            _ => (None, pipeline.elements.as_slice()),
        };
        let call_depth = self.interp.call_depth;
        let mut stages = Vec::with_capacity(commands.len());
        let mut result = Ok(());
        for (i, element) in commands.iter().enumerate() {
            let expects_input = first_input.is_some() || i > 0;
            let started = match element {
                PipelineElement::Command(command) => self.start_stage(command, expects_input),
                PipelineElement::Expression(expr) => Err(Ctl::runtime(
                    codes::UNSUPPORTED,
                    "Expressions are only allowed as the first element of a pipeline.",
                    expr.span,
                )),
            };
            match started {
                Ok(stage) => stages.push(stage),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        if result.is_ok() {
            result = self.drive(&mut stages, first_input, pipeline.span, sink);
        }
        self.interp.call_depth = call_depth;
        result
    }

    /// Feeds the input (or one empty call) through the stages, then ends them in order.
    fn drive(
        &mut self,
        stages: &mut [Stage],
        first_input: Option<Value>,
        span: Span,
        sink: &mut Vec<Value>,
    ) -> EvalResult<()> {
        for i in 0..stages.len() {
            let begun = match &mut stages[i] {
                Stage::Cmdlet(cmdlet) => std::mem::take(&mut cmdlet.begun),
                Stage::Function(function) => std::mem::take(&mut function.begun),
                Stage::Done => Vec::new(),
            };
            for value in begun {
                self.feed(stages, i + 1, Some(value), sink)?;
            }
        }
        match first_input {
            Some(value) => {
                let inputs = match value {
                    Value::Null => vec![Value::Null],
                    other => other.into_items(),
                };
                for input in inputs {
                    self.check_deadline(span)?;
                    self.feed(stages, 0, Some(input), sink)?;
                }
            }
            None => self.feed(stages, 0, None, sink)?,
        }
        for i in 0..stages.len() {
            let produced = self.end_stage(&mut stages[i])?;
            for value in produced {
                self.feed(stages, i + 1, Some(value), sink)?;
            }
        }
        Ok(())
    }

    /// Passes one object (or, for the first command, one empty call) into stage `i`.
    fn feed(
        &mut self,
        stages: &mut [Stage],
        i: usize,
        input: Option<Value>,
        sink: &mut Vec<Value>,
    ) -> EvalResult<()> {
        let Some(stage) = stages.get_mut(i) else {
            if let Some(value) = input {
                sink.push(value);
            }
            return Ok(());
        };
        let produced = match stage {
            Stage::Cmdlet(cmdlet) => self.process_cmdlet(cmdlet, input)?,
            Stage::Function(function) => self.process_function(function, input)?,
            Stage::Done => Vec::new(),
        };
        for value in produced {
            self.feed(stages, i + 1, Some(value), sink)?;
        }
        Ok(())
    }

    fn end_stage(&mut self, stage: &mut Stage) -> EvalResult<Vec<Value>> {
        match stage {
            Stage::Cmdlet(cmdlet) => {
                let mut out = Vec::new();
                self.interp.prefs.push(cmdlet.prefs);
                let result = cmdlet.command.end(self, &mut out);
                self.interp.prefs.pop();
                match result {
                    Ok(()) => self.interp.pending = None,
                    Err(e) => {
                        let handling = cmdlet.errors.clone();
                        self.command_failed(&handling, e)?;
                    }
                }
                Ok(out)
            }
            Stage::Function(function) => self.end_function(function),
            Stage::Done => Ok(Vec::new()),
        }
    }

    fn process_cmdlet(
        &mut self,
        stage: &mut CmdletStage,
        input: Option<Value>,
    ) -> EvalResult<Vec<Value>> {
        let from_input = match input {
            Some(value) => {
                match bind_input(&stage.spec.signature, &stage.base, &value, stage.span) {
                    Ok(bound) => Some(bound),
                    Err(e) => {
                        let handling = stage.errors.clone();
                        self.command_failed(&handling, e.into())?;
                        return Ok(Vec::new());
                    }
                }
            }
            None => None,
        };
        let bound = from_input.as_ref().unwrap_or(&stage.base);
        let mut out = Vec::new();
        self.interp.prefs.push(stage.prefs);
        self.hold_warnings();
        let result = stage.command.process(self, bound, &mut out);
        self.release_warnings(matches!(result, Err(CommandError::Model { .. })));
        self.interp.prefs.pop();
        match result {
            Ok(()) => self.interp.pending = None,
            Err(e) => {
                let handling = stage.errors.clone();
                self.command_failed(&handling, e)?;
            }
        }
        Ok(out)
    }

    /// Applies `-ErrorAction` to an error a command returned for one input object:
    /// `Stop` makes it terminating, `SilentlyContinue` records it quietly, `Ignore` drops it,
    /// anything else reports it and goes on.
    pub(crate) fn command_failed(
        &mut self,
        handling: &ErrorHandling,
        error: CommandError,
    ) -> EvalResult<()> {
        if let CommandError::Flow(flow) = error {
            return Err(self
                .interp
                .pending
                .take()
                .unwrap_or_else(|| Ctl::from_flow(*flow)));
        }
        let raised = Raised {
            ends_call: false,
            error,
            script_terminating: false,
            target: None,
        };
        let record = match handling.action {
            ActionPreference::Stop => {
                return Err(Ctl::Error(Box::new(Raised {
                    ends_call: false,
                    script_terminating: true,
                    ..raised
                })))
            }
            ActionPreference::Ignore => {
                self.interp.current_ok = false;
                return Ok(());
            }
            ActionPreference::SilentlyContinue => self.record_error(&raised),
            ActionPreference::Continue => {
                self.interp.errors += 1;
                self.out.error(&raised.error);
                self.record_error(&raised)
            }
        };
        if let Some(key) = &handling.variable {
            match self.interp.scopes.get(key) {
                Some(Value::Array(items)) => items.borrow_mut().push(record),
                _ => self
                    .interp
                    .scopes
                    .set_local(key, Value::array(vec![record])),
            }
        }
        Ok(())
    }

    /// The error handling and preferences a bound invocation asks for.
    pub(crate) fn handling_for(&mut self, bound: &Bound) -> (ErrorHandling, CommandPrefs) {
        let action = match bound.get("ErrorAction") {
            Some(v) if !v.is_null() => ActionPreference::from_value(v),
            _ => self.action_preference("erroractionpreference"),
        };
        let warning_action = match bound.get("WarningAction") {
            Some(v) if !v.is_null() => ActionPreference::from_value(v),
            _ => self.action_preference("warningpreference"),
        };
        let variable = bound.string("ErrorVariable").map(|name| {
            let (append, name) = match name.strip_prefix('+') {
                Some(rest) => (true, rest.to_string()),
                None => (false, name),
            };
            let key = var_key(&name).into_owned();
            let exists = matches!(self.interp.scopes.get(&key), Some(Value::Array(_)));
            if !append || !exists {
                self.interp.scopes.set_local(&key, Value::array(Vec::new()));
            }
            key
        });
        let prefs = CommandPrefs {
            warning_action,
            what_if: bound.switch("WhatIf"),
            verbose: match bound.get("Verbose") {
                Some(v) => truthy(v),
                None => self.verbose_preference(),
            },
        };
        (ErrorHandling { action, variable }, prefs)
    }

    /// Evaluates a command's arguments as written.
    pub(crate) fn eval_args(&mut self, args: &[CommandArg]) -> EvalResult<Vec<Arg>> {
        let mut out = Vec::with_capacity(args.len());
        for arg in args {
            match arg {
                CommandArg::Parameter { name, value, span } => {
                    let attached = match value {
                        Some(expr) => Some((self.eval_expr(expr)?, expr.span)),
                        None => None,
                    };
                    out.push(Arg::Parameter {
                        name: name.clone(),
                        span: *span,
                        attached,
                    });
                }
                CommandArg::Value(expr) => out.push(Arg::Value {
                    value: self.eval_expr(expr)?,
                    span: expr.span,
                }),
                CommandArg::Splat { variable, span } => match self.get_var(variable, *span)? {
                    Value::Hashtable(table) => {
                        for (k, v) in table.borrow().iter() {
                            out.push(Arg::Parameter {
                                name: k.to_display_string(),
                                span: *span,
                                attached: Some((v.clone(), *span)),
                            });
                        }
                    }
                    other => {
                        for v in other.enumerate() {
                            out.push(Arg::Value {
                                value: v,
                                span: *span,
                            });
                        }
                    }
                },
            }
        }
        Ok(out)
    }

    /// Resolves and starts one command: functions first, then the interpreter's own
    /// commands, then the registry.
    fn start_stage(&mut self, command: &ast::Command, expects_input: bool) -> EvalResult<Stage> {
        let name = command.name.as_str();
        if name == "&" || name == "." {
            return self.start_call_operator(command, expects_input);
        }
        if let Some(def) = self.interp.scopes.function(name) {
            let args = self.eval_args(&command.args)?;
            return self.start_function(def, args, command.span, expects_input, false);
        }
        if name.eq_ignore_ascii_case("Set-StrictMode") {
            self.set_strict_mode(command)?;
            return Ok(Stage::Done);
        }
        let Some(spec) = registry::lookup(name) else {
            return self.start_unregistered(name, command);
        };
        let args = self.eval_args(&command.args)?;
        self.start_cmdlet(spec, &args, command.span, expects_input)
    }

    /// A name no function or registered command answers to: a real Lync cmdlet outside the
    /// model is skipped with its warning (its arguments are not evaluated), anything else is
    /// `coexist::eval::unknown_command`.
    fn start_unregistered(&mut self, name: &str, command: &ast::Command) -> EvalResult<Stage> {
        if is_script_path(name) {
            let args = self.eval_args(&command.args)?;
            return self.start_script_file(name, args, command, false);
        }
        match crate::cmdlets::real::real_cmdlet(name) {
            Some(real) => {
                self.skip_not_modelled_cmdlet(real, command.name_span);
                Ok(Stage::Done)
            }
            None => Err(self.unknown_command(name, command.name_span)),
        }
    }

    /// Binds a cmdlet's arguments, creates its instance and runs its `begin`.
    fn start_cmdlet(
        &mut self,
        spec: &'static CmdletSpec,
        args: &[Arg],
        span: Span,
        expects_input: bool,
    ) -> EvalResult<Stage> {
        let base = bind_arguments(&spec.signature, spec.name, args, span, expects_input)
            .map_err(Ctl::from_runtime)?;
        self.note_unmodelled_parameters(spec, &base);
        let (errors, prefs) = self.handling_for(&base);
        let mut stage = CmdletStage {
            command: (spec.factory)(),
            spec,
            base,
            span,
            errors,
            prefs,
            begun: Vec::new(),
        };
        let mut out = Vec::new();
        self.interp.prefs.push(stage.prefs);
        let result = stage.command.begin(self, &stage.base, &mut out);
        self.interp.prefs.pop();
        match result {
            Ok(()) => self.interp.pending = None,
            Err(e) => {
                let handling = stage.errors.clone();
                self.command_failed(&handling, e)?;
            }
        }
        stage.begun = out;
        Ok(Stage::Cmdlet(Box::new(stage)))
    }

    /// `& { … }`, `& 'Name'`, `. { … }`.
    fn start_call_operator(
        &mut self,
        command: &ast::Command,
        expects_input: bool,
    ) -> EvalResult<Stage> {
        let mut args = self.eval_args(&command.args)?;
        if args.is_empty() {
            return Err(Ctl::runtime(
                codes::INVALID_OPERATION,
                "The call operator needs a script block or a command name after it.",
                command.span,
            ));
        }
        let target = match args.remove(0) {
            Arg::Value { value, .. } => value,
            Arg::Parameter { name, .. } => Value::str(format!("-{name}")),
        };
        match target {
            Value::ScriptBlock(block) => {
                let def = std::sync::Arc::new(ast::FunctionDef {
                    name: "<scriptblock>".into(),
                    name_span: block.span,
                    body: (*block).clone(),
                    span: block.span,
                });
                self.start_function(def, args, command.span, expects_input, command.name == ".")
            }
            other => {
                let name = other.to_display_string();
                if is_script_path(&name) {
                    let dot = command.name == ".";
                    return self.start_script_file(&name, args, command, dot);
                }
                if let Some(def) = self.interp.scopes.function(&name) {
                    return self.start_function(def, args, command.span, expects_input, false);
                }
                let Some(spec) = registry::lookup(&name) else {
                    return self.start_unregistered(&name, command);
                };
                self.start_cmdlet(spec, &args, command.span, expects_input)
            }
        }
    }

    /// `.\lib.ps1 args`, `& .\lib.ps1`, `. .\lib.ps1`: reads the script through the file
    /// gate, parses it and calls it like a script block (`dot`: in the caller's scope).
    fn start_script_file(
        &mut self,
        name: &str,
        args: Vec<Arg>,
        command: &ast::Command,
        dot: bool,
    ) -> EvalResult<Stage> {
        let text = self.read_text_file(name, command.span)?;
        let id = self
            .out
            .add_source(name, &text)
            .unwrap_or(crate::eval::host_io::UNNAMED_SOURCE);
        self.interp
            .add_source(id, std::sync::Arc::from(text.as_str()));
        let script = crate::syntax::parse(&text, id).map_err(|errors| {
            let first = errors.into_iter().next();
            let (code, message, span) = first.map_or(
                (
                    codes::UNSUPPORTED,
                    "the script does not parse".to_string(),
                    command.span,
                ),
                |e| (e.code, e.message, e.span),
            );
            Ctl::runtime(code, format!("{name}: {message}"), span)
        })?;
        let def = std::sync::Arc::new(ast::FunctionDef {
            name: name.to_string(),
            name_span: command.name_span,
            body: ast::ScriptBlock {
                param_block: script.param_block,
                body: ast::ScriptBlockBody::Statements(script.statements),
                span: script.span,
            },
            span: command.span,
        });
        self.start_function(def, args, command.span, false, dot)
    }

    /// `Set-StrictMode -Version X` / `Set-StrictMode -Off`.
    fn set_strict_mode(&mut self, command: &ast::Command) -> EvalResult<()> {
        let args = self.eval_args(&command.args)?;
        let mut strict = None;
        let mut expect_version = false;
        for arg in &args {
            match arg {
                Arg::Parameter { name, attached, .. } => {
                    let lower = name.to_ascii_lowercase();
                    if "off".starts_with(&lower) && !lower.is_empty() {
                        strict = Some(false);
                    } else if "version".starts_with(&lower) && !lower.is_empty() {
                        match attached {
                            Some((v, _)) => strict = Some(version_on(v)),
                            None => expect_version = true,
                        }
                    } else {
                        return Err(Ctl::runtime(
                            "coexist::bind::unknown_parameter",
                            format!(
                                "A parameter cannot be found that matches parameter name '{name}'."
                            ),
                            command.span,
                        ));
                    }
                }
                Arg::Value { value, .. } if expect_version => {
                    strict = Some(version_on(value));
                    expect_version = false;
                }
                Arg::Value { span, .. } => {
                    return Err(Ctl::runtime(
                        "coexist::bind::positional_not_found",
                        "Set-StrictMode takes no positional arguments; use -Version or -Off.",
                        *span,
                    ))
                }
            }
        }
        match strict {
            Some(on) if !expect_version => {
                self.interp.strict = on;
                Ok(())
            }
            _ => Err(Ctl::runtime(
                "coexist::bind::missing_mandatory",
                "Set-StrictMode needs -Version (e.g. -Version Latest) or -Off.",
                command.span,
            )),
        }
    }

    /// `coexist::eval::unknown_command` with a did-you-mean suggestion.
    pub(crate) fn unknown_command(&self, name: &str, span: Span) -> Ctl {
        let mut candidates: Vec<String> = registry::command_names()
            .into_iter()
            .map(str::to_string)
            .collect();
        candidates.extend(self.interp.scopes.function_names());
        candidates.extend(crate::cmdlets::real::real_cmdlets().map(str::to_string));
        let lower = name.to_ascii_lowercase();
        let best = candidates
            .iter()
            .map(|c| {
                (
                    strsim::damerau_levenshtein(&lower, &c.to_ascii_lowercase()),
                    c,
                )
            })
            .filter(|(d, c)| *d <= (c.len() / 3).max(2))
            .min_by_key(|(d, _)| *d);
        let mut error = crate::eval::error::RuntimeError::new(
            codes::UNKNOWN_COMMAND,
            format!("The term '{name}' is not recognized as the name of a cmdlet or function."),
            span,
        );
        error = match best {
            Some((_, suggestion)) => error
                .with_help(format!("Did you mean '{suggestion}'?"))
                .with_fix(suggestion.as_str()),
            None => error
                .with_help("Check the spelling; `Get-Command` lists every command coexist knows."),
        };
        Ctl::from_runtime(error)
    }
}

/// A version argument turns strict mode on unless it is `0` or `Off`.
fn version_on(value: &Value) -> bool {
    let text = value.to_display_string();
    !(text == "0" || text.eq_ignore_ascii_case("off"))
}

/// Whether a command name is a script file to run (`.\lib.ps1`, `C:\x\y.ps1`).
fn is_script_path(name: &str) -> bool {
    name.len() > 4 && name[name.len() - 4..].eq_ignore_ascii_case(".ps1")
}

/// The objects an expression statement writes to the pipeline: arrays enumerate,
/// everything else (including `$null`) is one object.
pub(crate) fn enumerate_output(value: Value) -> Vec<Value> {
    match value {
        Value::Array(_) => value.into_items(),
        other => vec![other],
    }
}
