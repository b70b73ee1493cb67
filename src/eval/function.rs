//! Script functions: a `param()` block becomes a [`Signature`] bound by the same binder as
//! cmdlets; a call runs `begin`, then `process` once per pipeline input, then `end` (or the
//! plain body) in the function's own scope.

use crate::cmdlets::command::Bound;
use crate::cmdlets::spec::{ParamKind, ParamSpec, Signature};
use crate::eval::binder::{bind_arguments, bind_input, Arg};
use crate::eval::convert::truthy;
use crate::eval::expr::op_err;
use crate::eval::interp::{Exec, MAX_CALL_DEPTH};
use crate::eval::invocation;
use crate::eval::pipeline::{ErrorHandling, Stage};
use crate::eval::scope::{var_key, Scope};
use crate::eval::types::{self, TypeName};
use crate::eval::unwind::{Ctl, EvalResult};
use crate::eval::value::{Hashtable, Value};
use crate::span::Span;
use crate::syntax::ast::{Block, Expr, FunctionDef, ParamBlock, ScriptBlockBody};
use std::rc::Rc;
use std::sync::Arc;

/// What the interpreter keeps of one declared parameter besides its [`ParamSpec`].
#[derive(Debug, Clone)]
pub struct ParamInfo {
    /// Name without `$`.
    pub name: String,
    /// Declared type, e.g. `int` or `string[]`.
    pub type_name: Option<String>,
    /// `= default`.
    pub default: Option<Expr>,
}

/// A signature plus the parameter details it was built from.
pub(crate) type FunctionSignature = (Signature, Vec<ParamInfo>);

/// A function running in a pipeline.
pub(crate) struct FunctionStage {
    def: Arc<FunctionDef>,
    signature: Option<Rc<FunctionSignature>>,
    base: Bound,
    /// The function's scope between its blocks (`None` while it is on the stack, or when
    /// dot-sourced and running in the caller's scope).
    scope: Option<Scope>,
    dot: bool,
    /// Pipeline input seen so far (`$input` for a body without `process`).
    inputs: Vec<Value>,
    span: Span,
    errors: ErrorHandling,
    /// What `begin` produced, passed downstream before the first input.
    pub begun: Vec<Value>,
}

/// The hidden parameter of a simple function that collects extra positional values.
const REST_ARGS: &str = "<args>";

/// An advanced function (`[CmdletBinding()]` or any `[Parameter()]`): it takes the common
/// parameters and its pipeline input must bind to a parameter.
fn is_advanced(block: &ParamBlock) -> bool {
    block
        .attributes
        .iter()
        .any(|a| a.name.eq_ignore_ascii_case("CmdletBinding"))
        || block.params.iter().any(|p| {
            p.attributes
                .iter()
                .any(|a| a.name.eq_ignore_ascii_case("Parameter"))
        })
}

/// The parameter kind a declared type binds as.
fn kind_for(type_name: Option<&str>) -> ParamKind {
    let Some(name) = type_name else {
        return ParamKind::Any;
    };
    if name.eq_ignore_ascii_case("switch") || name.eq_ignore_ascii_case("switchparameter") {
        return ParamKind::Switch;
    }
    match types::parse_type(name) {
        Some(TypeName::Int) => ParamKind::Int,
        Some(TypeName::Bool) => ParamKind::Bool,
        Some(TypeName::String) => ParamKind::String,
        Some(TypeName::StringArray) => ParamKind::StringList,
        Some(TypeName::Hashtable) => ParamKind::Hashtable,
        Some(TypeName::ScriptBlock) => ParamKind::ScriptBlock,
        _ => ParamKind::Any,
    }
}

impl Exec<'_> {
    /// Builds the signature of a `param()` block (attribute arguments are evaluated).
    pub(crate) fn build_signature(
        &mut self,
        block: &ParamBlock,
        owner: &str,
    ) -> EvalResult<FunctionSignature> {
        let advanced = is_advanced(block);
        let mut signature = Signature::new();
        let mut infos = Vec::new();
        let mut explicit_positions = false;
        for decl in &block.params {
            let kind = kind_for(decl.type_name.as_deref());
            let mut spec = ParamSpec::new(
                &decl.name,
                kind,
                &format!("Parameter ${} of {owner}.", decl.name),
            );
            for attr in &decl.attributes {
                let lname = attr.name.to_ascii_lowercase();
                match lname.as_str() {
                    "parameter" => {
                        for (key, value) in &attr.named {
                            let on = match value {
                                Some(expr) => self.eval_expr(expr)?,
                                None => Value::Bool(true),
                            };
                            match key.to_ascii_lowercase().as_str() {
                                "mandatory" if truthy(&on) => spec = spec.mandatory(),
                                "position" => {
                                    let index = crate::eval::convert::to_int(&on).map_err(|e| {
                                        Ctl::runtime(
                                            crate::eval::unwind::codes::CONVERSION,
                                            e.to_string(),
                                            attr.span,
                                        )
                                    })?;
                                    spec = spec.position(index.max(0) as usize);
                                    explicit_positions = true;
                                }
                                "valuefrompipeline" if truthy(&on) => spec = spec.from_pipeline(),
                                "valuefrompipelinebypropertyname" if truthy(&on) => {
                                    spec = spec.from_pipeline_by_property_name()
                                }
                                "parametersetname" => {
                                    spec = spec.sets(&[&on.to_display_string()]);
                                }
                                _ => {}
                            }
                        }
                    }
                    "validateset" => {
                        let mut values = Vec::new();
                        for expr in &attr.positional {
                            values.extend(self.eval_expr(expr)?.enumerate());
                        }
                        let texts: Vec<String> =
                            values.iter().map(Value::to_display_string).collect();
                        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
                        spec = spec.values(&refs);
                    }
                    "validatenotnullorempty" | "validatenotnull" => spec.not_null_or_empty = true,
                    "alias" => {
                        let mut names = Vec::new();
                        for expr in &attr.positional {
                            names.extend(self.eval_expr(expr)?.enumerate());
                        }
                        let texts: Vec<String> =
                            names.iter().map(Value::to_display_string).collect();
                        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
                        spec = spec.aliases(&refs);
                    }
                    _ => {}
                }
            }
            signature = signature.param(spec);
            infos.push(ParamInfo {
                name: decl.name.clone(),
                type_name: decl.type_name.clone(),
                default: decl.default.clone(),
            });
        }
        if !explicit_positions {
            let mut next = 0;
            for spec in signature.params.iter_mut() {
                if spec.kind != ParamKind::Switch {
                    spec.position = Some(next);
                    next += 1;
                }
            }
        }
        if advanced {
            signature = signature.with_common(false);
            if invocation::supports_should_process(&block.attributes) {
                // `-WhatIf` and `-Confirm`, as a cmdlet that changes things has them.
                let extra = crate::cmdlets::common::common_params(true)
                    .into_iter()
                    .filter(|p| p.name == "WhatIf" || p.name == "Confirm");
                for param in extra {
                    if signature.find(&param.name).is_none() {
                        signature = signature.param(param);
                    }
                }
            }
        } else {
            // A simple function takes extra positional values into `$args` (`F 1 2`).
            signature = signature.param(
                ParamSpec::new(
                    REST_ARGS,
                    ParamKind::Any,
                    "Values beyond the parameters ($args).",
                )
                .remaining(),
            );
        }
        Ok((signature, infos))
    }

    fn function_signature(
        &mut self,
        def: &Arc<FunctionDef>,
        cache: bool,
    ) -> EvalResult<Option<Rc<FunctionSignature>>> {
        let Some(block) = &def.body.param_block else {
            return Ok(None);
        };
        let key = Arc::as_ptr(def) as usize;
        if let Some((_, sig)) = self.interp.signatures.get(&key) {
            return Ok(Some(sig.clone()));
        }
        let sig = Rc::new(self.build_signature(block, &def.name)?);
        if cache {
            self.interp
                .signatures
                .insert(key, (def.clone(), sig.clone()));
        }
        Ok(Some(sig))
    }

    /// Starts a function (or `&`/`.` script block) call: binds its arguments, sets up its
    /// scope and runs `begin`.
    pub(crate) fn start_function(
        &mut self,
        def: Arc<FunctionDef>,
        args: Vec<Arg>,
        span: Span,
        expects_input: bool,
        dot: bool,
    ) -> EvalResult<Stage> {
        if self.interp.call_depth >= MAX_CALL_DEPTH {
            return Err(self.recursion_error(span));
        }
        self.check_stack(span)?;
        self.interp.call_depth += 1;
        let signature = self.function_signature(&def, def.name != "<scriptblock>")?;
        let mut base = Bound {
            command: def.name.clone(),
            command_span: span,
            ..Bound::default()
        };
        let mut rest = Vec::new();
        match &signature {
            Some(sig) => {
                base = bind_arguments(&sig.0, &def.name, &args, span, expects_input)
                    .map_err(Ctl::from_runtime)?;
                if let Some(extra) = base.args.shift_remove(REST_ARGS) {
                    rest = extra.value.into_items();
                }
            }
            None => {
                for arg in &args {
                    match arg {
                        Arg::Value { value, .. } => rest.push(value.clone()),
                        Arg::Parameter { name, attached, .. } => {
                            rest.push(Value::str(format!("-{name}")));
                            if let Some((v, _)) = attached {
                                rest.push(v.clone());
                            }
                        }
                    }
                }
            }
        }
        let (errors, _prefs) = self.handling_for(&base);
        let mut stage = FunctionStage {
            def: def.clone(),
            signature,
            base,
            scope: if dot { None } else { Some(Scope::default()) },
            dot,
            inputs: Vec::new(),
            span,
            errors,
            begun: Vec::new(),
        };
        let begin = match &def.body.body {
            ScriptBlockBody::Named { begin, .. } => begin.as_ref(),
            ScriptBlockBody::Statements(_) => None,
        };
        let mut out = Vec::new();
        self.in_function_scope(&mut stage, |exec, stage| {
            exec.interp
                .scopes
                .set_local("args", Value::array(rest.clone()));
            if let Some(sig) = &stage.signature {
                exec.set_parameters(&sig.1, &stage.base, true)?;
            }
            if let Some(action) = stage.base.string("ErrorAction") {
                exec.interp
                    .scopes
                    .set_local("erroractionpreference", Value::str(action));
            }
            exec.set_invocation(stage);
            match begin {
                Some(block) => exec.run_body(block, &mut out),
                None => Ok(()),
            }
        })?;
        stage.begun = out;
        let boxed = Box::new(stage);
        Ok(Stage::Function(boxed))
    }

    /// Sets `$MyInvocation`, and in an advanced function `$PSCmdlet` and the preferences its
    /// `-WhatIf` and `-Verbose` give the commands it calls.
    fn set_invocation(&mut self, stage: &FunctionStage) {
        if stage.def.name == "<scriptblock>" {
            return;
        }
        let bound = self
            .interp
            .scopes
            .get_local("psboundparameters")
            .cloned()
            .unwrap_or_else(|| Value::hashtable(Hashtable::default()));
        let invocation = self.my_invocation(&invocation::CallSite {
            name: &stage.def.name,
            invocation_name: &stage.def.name,
            span: stage.span,
            bound,
        });
        let scopes = &mut self.interp.scopes;
        scopes.set_local("myinvocation", invocation.clone());
        let advanced = stage.def.body.param_block.as_ref().is_some_and(is_advanced);
        if !advanced {
            return;
        }
        scopes.set_local("pscmdlet", Self::pscmdlet(invocation));
        if let Some(on) = stage.base.get("WhatIf") {
            scopes.set_local("whatifpreference", Value::Bool(truthy(on)));
        }
        if let Some(on) = stage.base.get("Verbose") {
            let preference = if truthy(on) {
                "Continue"
            } else {
                "SilentlyContinue"
            };
            scopes.set_local("verbosepreference", Value::str(preference));
        }
    }

    /// Sets the declared parameters from `bound`; with `defaults`, unbound parameters get
    /// their default (evaluated in the function scope) or their type's empty value.
    fn set_parameters(
        &mut self,
        infos: &[ParamInfo],
        bound: &Bound,
        defaults: bool,
    ) -> EvalResult<()> {
        for info in infos {
            let key = var_key(&info.name);
            let value = match bound.arg(&info.name) {
                Some(arg) => convert_param(&arg.value, info, arg.span)?,
                None if !defaults => continue,
                None => match &info.default {
                    Some(expr) => {
                        let v = self.eval_expr(expr)?;
                        convert_param(&v, info, expr.span)?
                    }
                    None => empty_value(info.type_name.as_deref()),
                },
            };
            self.interp.scopes.set_local(&key, value);
        }
        if defaults {
            self.interp.scopes.set_local(
                "psboundparameters",
                Value::hashtable(invocation::bound_table(bound)),
            );
        }
        Ok(())
    }

    /// Runs `f` inside the stage's scope, saving the scope afterwards.
    fn in_function_scope<T>(
        &mut self,
        stage: &mut FunctionStage,
        f: impl FnOnce(&mut Self, &FunctionStage) -> EvalResult<T>,
    ) -> EvalResult<T> {
        if stage.dot {
            return f(self, stage);
        }
        let scope = stage.scope.take().unwrap_or_default();
        self.interp.scopes.push(scope);
        let result = f(self, stage);
        stage.scope = Some(self.interp.scopes.pop());
        result
    }

    /// Runs one block of a function; `return` ends the block normally.
    fn run_body(&mut self, block: &Block, out: &mut Vec<Value>) -> EvalResult<()> {
        match self.exec_block(block, out) {
            Err(Ctl::Return) => Ok(()),
            Err(Ctl::Error(mut raised)) if raised.ends_call => {
                raised.ends_call = false;
                Err(Ctl::Error(raised))
            }
            other => other,
        }
    }

    /// One pipeline input (or the one call of a first-position function).
    pub(crate) fn process_function(
        &mut self,
        stage: &mut FunctionStage,
        input: Option<Value>,
    ) -> EvalResult<Vec<Value>> {
        let mut out = Vec::new();
        let def = stage.def.clone();
        let process = match &def.body.body {
            ScriptBlockBody::Named { process, .. } => process.as_ref(),
            ScriptBlockBody::Statements(_) => None,
        };
        // Simple functions see their input only as `$_` / `$input`; advanced ones, or any
        // with a pipeline parameter, bind it like a cmdlet does.
        let binds_input = stage.def.body.param_block.as_ref().is_some_and(|block| {
            is_advanced(block)
                || stage.signature.as_ref().is_some_and(|sig| {
                    sig.0
                        .params
                        .iter()
                        .any(|p| p.pipeline.by_value || p.pipeline.by_property_name)
                })
        });
        let bound = match (&input, &stage.signature) {
            (Some(value), Some(sig)) if binds_input => {
                match bind_input(&sig.0, &stage.base, value, stage.span) {
                    Ok(bound) => Some(bound),
                    Err(e) => {
                        let handling = stage.errors.clone();
                        self.command_failed(&handling, e.into())?;
                        return Ok(out);
                    }
                }
            }
            _ => None,
        };
        if let Some(value) = &input {
            stage.inputs.push(value.clone());
        }
        if process.is_none() {
            return Ok(out);
        }
        self.in_function_scope(stage, |exec, stage| {
            if let (Some(bound), Some(sig)) = (&bound, &stage.signature) {
                exec.set_parameters(&sig.1, bound, false)?;
            }
            exec.interp
                .scopes
                .set_local("_", input.clone().unwrap_or_default());
            match process {
                Some(block) => exec.run_body(block, &mut out),
                None => Ok(()),
            }
        })?;
        Ok(out)
    }

    /// After the last input: the `end` block, or the plain body with `$input` set.
    pub(crate) fn end_function(&mut self, stage: &mut FunctionStage) -> EvalResult<Vec<Value>> {
        let mut out = Vec::new();
        let def = stage.def.clone();
        let inputs = std::mem::take(&mut stage.inputs);
        self.in_function_scope(stage, |exec, _| {
            exec.interp.scopes.set_local("input", Value::array(inputs));
            match &def.body.body {
                ScriptBlockBody::Statements(statements) => {
                    match exec.exec_statements(statements, &mut out) {
                        Err(Ctl::Return) => Ok(()),
                        other => other,
                    }
                }
                ScriptBlockBody::Named {
                    end: Some(block), ..
                } => exec.run_body(block, &mut out),
                ScriptBlockBody::Named { end: None, .. } => Ok(()),
            }
        })?;
        Ok(out)
    }

    /// Calls a script block like a function (`$block.Invoke(1, 2)`, `& $block 1 2`): its own
    /// scope, its `param()` bound from `args`, and all of its output.
    pub(crate) fn call_block(
        &mut self,
        block: &Arc<crate::syntax::ast::ScriptBlock>,
        args: &[Value],
        span: Span,
    ) -> EvalResult<Vec<Value>> {
        let def = Arc::new(FunctionDef {
            name: "<scriptblock>".into(),
            name_span: block.span,
            body: (**block).clone(),
            span: block.span,
        });
        let args = args
            .iter()
            .map(|value| Arg::Value {
                value: value.clone(),
                span,
            })
            .collect();
        let call_depth = self.interp.call_depth;
        let result = (|| {
            let Stage::Function(mut stage) = self.start_function(def, args, span, false, false)?
            else {
                return Ok(Vec::new());
            };
            let mut out = std::mem::take(&mut stage.begun);
            out.extend(self.process_function(&mut stage, None)?);
            out.extend(self.end_function(&mut stage)?);
            Ok(out)
        })();
        self.interp.call_depth = call_depth;
        result
    }

    /// Binds `coexist run SCRIPT -- ARGS…` into the global scope.
    pub(crate) fn bind_script_params(
        &mut self,
        script: &crate::syntax::ast::Script,
        args: &[Arg],
    ) -> EvalResult<()> {
        let Some(block) = &script.param_block else {
            let values: Vec<Value> = args
                .iter()
                .map(|a| match a {
                    Arg::Value { value, .. } => value.clone(),
                    Arg::Parameter { name, .. } => Value::str(format!("-{name}")),
                })
                .collect();
            self.interp.scopes.set_global("args", Value::array(values));
            return Ok(());
        };
        let (signature, infos) = self.build_signature(block, "the script")?;
        let mut bound = bind_arguments(&signature, "script", args, script.span, false)
            .map_err(Ctl::from_runtime)?;
        let rest = bound
            .args
            .shift_remove(REST_ARGS)
            .map_or_else(Vec::new, |extra| extra.value.into_items());
        self.interp.scopes.set_global("args", Value::array(rest));
        self.set_parameters(&infos, &bound, true)
    }
}

/// Converts a bound value to the parameter's declared type.
fn convert_param(value: &Value, info: &ParamInfo, span: Span) -> EvalResult<Value> {
    match info.type_name.as_deref() {
        Some(name) if types::parse_type(name).is_some() => {
            types::cast(value, name).map_err(op_err(span))
        }
        _ => Ok(value.clone()),
    }
}

/// The value of an unbound parameter without a default: PowerShell's empty value of its type.
fn empty_value(type_name: Option<&str>) -> Value {
    match type_name.and_then(types::parse_type) {
        Some(TypeName::Int) => Value::Int(0),
        Some(TypeName::Double) => Value::Double(0.0),
        Some(TypeName::String) => Value::str(""),
        Some(TypeName::Bool) => Value::Bool(false),
        _ => Value::Null,
    }
}
