//! The steps every domain cmdlet shares: reading bound arguments, applying a model operation
//! (with `-WhatIf`, What-if lines, warnings and `-PassThru`), and wrapping a handler function
//! as a [`Command`].

use crate::cmdlets::command::{Bound, Command, CommandError, Host, NoAnswer, Progress, Warning};
use crate::cmdlets::domain::output;
use crate::cmdlets::spec::ParamClass;
use crate::eval::binder::{CONVERSION, INVALID_VALUE, MISSING_MANDATORY};
use crate::eval::convert;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::model::objects::Kind;
use crate::model::rooms::ListEdit;
use crate::model::timestamp::Timestamp;
use crate::model::view::Recorded;
use crate::model::{Model, ModelError, Origin, Outcome};
use crate::syntax::ast::ScriptBlock;
use std::sync::Arc;

/// A domain cmdlet's body: reads the bound arguments, talks to the model, writes to `out`.
pub(crate) type Handler =
    for<'a, 'b> fn(&'a mut Ctx<'b>, &Bound, &mut Vec<Value>) -> Result<(), CommandError>;

/// A [`Command`] that runs one [`Handler`] per input.
pub(crate) struct Run {
    handler: Handler,
    /// The copy of the model What-if calls of this invocation validate against, made on the
    /// first such call and kept for the following pipeline inputs (one copy per command, not
    /// one per input object, so `Get-User | Move-User -WhatIf` stays linear).
    scratch: Option<Model>,
}

impl Run {
    /// A command running `handler`.
    pub(crate) fn new(handler: Handler) -> Self {
        Run {
            handler,
            scratch: None,
        }
    }
}

impl Command for Run {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let mut ctx = Ctx {
            host,
            scratch: &mut self.scratch,
        };
        (self.handler)(&mut ctx, args, out)
    }
}

/// What a handler runs against: the host, plus the invocation's What-if copy of the model.
pub(crate) struct Ctx<'a> {
    host: &'a mut dyn Host,
    scratch: &'a mut Option<Model>,
}

impl Host for Ctx<'_> {
    fn model(&mut self) -> &mut Model {
        self.host.model()
    }
    fn warn(&mut self, warning: Warning) {
        self.host.warn(warning);
    }
    fn write_host(&mut self, text: &str) {
        self.host.write_host(text);
    }
    fn write_verbose(&mut self, bound: &Bound, message: &str) {
        self.host.write_verbose(bound, message);
    }
    fn invoke_block(
        &mut self,
        block: &Arc<ScriptBlock>,
        input: &Value,
    ) -> Result<Vec<Value>, CommandError> {
        self.host.invoke_block(block, input)
    }
    fn should_process(&mut self, bound: &Bound, action: &str, target: &str) -> bool {
        self.host.should_process(bound, action, target)
    }
    fn what_if(&mut self, bound: &Bound) -> bool {
        self.host.what_if(bound)
    }
    fn dry_run(&self) -> bool {
        self.host.dry_run()
    }
    fn width(&self) -> usize {
        self.host.width()
    }
    fn files(&mut self) -> Option<&mut crate::files::FileGate> {
        self.host.files()
    }
    fn ask(&mut self, question: &str, secret: bool) -> Result<String, NoAnswer> {
        self.host.ask(question, secret)
    }
    fn sleep(
        &mut self,
        duration: std::time::Duration,
        span: crate::span::Span,
    ) -> Result<(), CommandError> {
        self.host.sleep(duration, span)
    }
    fn progress(&mut self, progress: &Progress) {
        self.host.progress(progress);
    }
    fn invoke_expression(
        &mut self,
        text: &str,
        span: crate::span::Span,
    ) -> Result<Vec<Value>, CommandError> {
        self.host.invoke_expression(text, span)
    }
    fn note(&mut self, key: &str, text: &str) {
        self.host.note(key, text);
    }
    fn transcribe(&mut self, on: bool) -> String {
        self.host.transcribe(on)
    }
}

/// The origin of everything a statement creates or changes.
pub(crate) fn origin(bound: &Bound) -> Origin {
    Origin::Span(bound.command_span)
}

/// A model error blamed on the argument it names (through `renames`, model parameter →
/// cmdlet parameter, for cmdlets whose parameter names differ from the model's), else on the
/// whole command.
pub(crate) fn model_error(
    bound: &Bound,
    renames: &[(&str, &str)],
    error: ModelError,
) -> CommandError {
    let span = bound.span_of(&blamed(bound, renames, error.param()));
    CommandError::Model { span, error }
}

/// The cmdlet parameter to blame for a model parameter name.
fn blamed(bound: &Bound, renames: &[(&str, &str)], param: Option<&str>) -> String {
    let Some(param) = param else {
        return String::new();
    };
    renames
        .iter()
        .find(|(model, cmdlet)| model.eq_ignore_ascii_case(param) && bound.has(cmdlet))
        .map_or(param, |(_, cmdlet)| cmdlet)
        .to_string()
}

/// What a mutating cmdlet changes, for What-if lines and `-PassThru`.
pub(crate) struct Change<'a> {
    /// The kind of the object `-PassThru` outputs.
    pub kind: Kind,
    /// The What-if target when the operation names none (the identity as typed).
    pub target: String,
    /// Model parameter → cmdlet parameter renames for error and warning spans.
    pub renames: &'a [(&'a str, &'a str)],
}

impl<'a> Change<'a> {
    /// A change to an object of `kind` typed as `target`.
    pub fn new(kind: Kind, target: impl Into<String>) -> Self {
        Change {
            kind,
            target: target.into(),
            renames: &[],
        }
    }

    /// Adds parameter renames (builder style).
    pub fn renames(mut self, renames: &'a [(&'a str, &'a str)]) -> Self {
        self.renames = renames;
        self
    }
}

/// [`apply`] for the common shape: one object named by `-Identity`, of `kind`.
pub(crate) fn apply_to_identity(
    host: &mut Ctx<'_>,
    bound: &Bound,
    out: &mut Vec<Value>,
    kind: Kind,
    op: impl FnOnce(&mut Model, &str, Origin) -> Result<Outcome, ModelError>,
) -> Result<(), CommandError> {
    let id = required(bound, "Identity")?;
    let change = Change::new(kind, id.clone());
    apply(host, bound, out, change, |m, o| op(m, &id, o))
}

/// Applies a model operation the way every mutating domain cmdlet does.
///
/// - An error becomes [`CommandError::Model`] blamed on the offending argument; nothing changes.
/// - Under `-WhatIf` ([`Host::what_if`]: also `$WhatIfPreference`) the operation runs on the
///   invocation's copy of the model (so its rules are checked against the would-be state), the
///   What-if line is printed and the real model is left alone.
/// - Otherwise it is applied, then [`Host::should_process`] prints the What-if line of a dry
///   run; each warning is reported, and `-PassThru` outputs the changed object.
pub(crate) fn apply(
    host: &mut Ctx<'_>,
    bound: &Bound,
    out: &mut Vec<Value>,
    change: Change<'_>,
    op: impl FnOnce(&mut Model, Origin) -> Result<Outcome, ModelError>,
) -> Result<(), CommandError> {
    let action = bound.command.as_str();
    if host.what_if(bound) {
        let scratch = match host.scratch {
            Some(scratch) => scratch,
            None => host.scratch.insert(host.host.model().clone()),
        };
        let outcome =
            op(scratch, origin(bound)).map_err(|e| model_error(bound, change.renames, e))?;
        let target = target_of(&outcome, &change);
        host.should_process(bound, action, &target);
        return Ok(());
    }
    let outcome =
        op(host.model(), origin(bound)).map_err(|e| model_error(bound, change.renames, e))?;
    let target = target_of(&outcome, &change);
    // The change is made; in a dry run this prints the What-if line.
    host.should_process(bound, action, &target);
    for warning in outcome.warnings {
        let span = bound.span_of(&blamed(bound, change.renames, warning.param()));
        host.warn(Warning::Model { warning, span });
    }
    if bound.switch("PassThru") {
        if let Some(object) = host.model().object(change.kind, &target) {
            out.push(output::to_value(object));
        }
    }
    Ok(())
}

/// The What-if target: the main identity the operation reports, else the identity typed.
fn target_of(outcome: &Outcome, change: &Change<'_>) -> String {
    outcome
        .identities
        .first()
        .cloned()
        .unwrap_or_else(|| change.target.clone())
}

/// `param` as text, or `coexist::bind::missing_mandatory` on the command.
pub(crate) fn required(bound: &Bound, param: &str) -> Result<String, CommandError> {
    bound
        .string(param)
        .ok_or_else(|| missing(bound, param, "<value>"))
}

/// `coexist::bind::missing_mandatory` for `param`, with a value hint for the help.
pub(crate) fn missing(bound: &Bound, param: &str, hint: &str) -> CommandError {
    RuntimeError::new(
        MISSING_MANDATORY,
        format!("{} needs the parameter -{param}", bound.command),
        bound.command_span,
    )
    .with_help(format!("add -{param} {hint}"))
    .into()
}

/// `param` as text when given (`$null` counts as given-and-empty: `Some("")`).
pub(crate) fn text(bound: &Bound, param: &str) -> Option<String> {
    bound.get(param).map(|v| {
        if v.is_null() {
            String::new()
        } else {
            v.to_display_string()
        }
    })
}

/// The recorded parameters (class [`ParamClass::Recorded`]) the invocation bound, as
/// property values of `kind`, each checked against the kind's table: a value that does not
/// convert is `coexist::bind::invalid_value` on its argument, saying what the property takes.
pub(crate) fn recorded(bound: &Bound, kind: Kind) -> Result<Recorded, CommandError> {
    let Some(spec) = crate::cmdlets::registry::lookup(&bound.command) else {
        return Ok(Recorded::new());
    };
    let mut values = Recorded::new();
    for param in spec
        .signature
        .params
        .iter()
        .filter(|p| p.class == ParamClass::Recorded)
    {
        let Some(arg) = bound.arg(&param.name) else {
            continue;
        };
        let value = output::value_prop(&arg.value);
        if let Some(Err(expected)) = kind.check_recorded(&param.name, &value) {
            return Err(RuntimeError::new(
                INVALID_VALUE,
                format!("-{} takes {expected}; '{value}' is not one.", param.name),
                arg.span,
            )
            .into());
        }
        values.push((param.name.clone(), value));
    }
    Ok(values)
}

/// A boolean parameter when given.
pub(crate) fn flag(bound: &Bound, param: &str) -> Option<bool> {
    bound.get(param).map(convert::truthy)
}

/// A string-list parameter when given (`$null` is an empty list).
pub(crate) fn list(bound: &Bound, param: &str) -> Option<Vec<String>> {
    bound.get(param).map(|v| {
        convert::to_string_list(v)
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    })
}

/// A member-list parameter when given: a whole list, or PowerShell's
/// `@{Add=…; Remove=…; Replace=…}` edit hashtable (keys case-insensitive).
pub(crate) fn list_edit(bound: &Bound, param: &str) -> Result<Option<ListEdit>, CommandError> {
    let Some(value) = bound.get(param) else {
        return Ok(None);
    };
    let Value::Hashtable(table) = value else {
        return Ok(list(bound, param).map(ListEdit::Set));
    };
    let table = table.borrow();
    let mut edit = (Vec::new(), Vec::new(), None);
    for (key, items) in table.iter() {
        let items: Vec<String> = convert::to_string_list(items)
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        match key.to_display_string().to_ascii_lowercase().as_str() {
            "add" => edit.0 = items,
            "remove" => edit.1 = items,
            "replace" => edit.2 = Some(items),
            other => {
                return Err(RuntimeError::new(
                    INVALID_VALUE,
                    format!(
                    "-{param} takes a list or @{{Add=…; Remove=…; Replace=…}}, not the key {other}"
                ),
                    bound.span_of(param),
                )
                .with_help("use the keys Add, Remove and Replace")
                .into())
            }
        }
    }
    Ok(Some(ListEdit::Edit {
        add: edit.0,
        remove: edit.1,
        replace: edit.2,
    }))
}

/// Applies a list edit to the current list (Replace first, then Remove, then Add), for
/// model operations that take whole lists.
pub(crate) fn edited(current: &[String], edit: ListEdit) -> Vec<String> {
    match edit {
        ListEdit::Set(items) => items,
        ListEdit::Edit {
            add,
            remove,
            replace,
        } => {
            let mut list = replace.unwrap_or_else(|| current.to_vec());
            list.retain(|p| !remove.iter().any(|r| same_principal(p, r)));
            for item in add {
                if !list.iter().any(|p| same_principal(p, &item)) {
                    list.push(item);
                }
            }
            list
        }
    }
}

/// Principals compare case-insensitively, with or without `sip:`.
fn same_principal(a: &str, b: &str) -> bool {
    let strip = |s: &str| -> String {
        let lower = s.to_ascii_lowercase();
        lower
            .strip_prefix("sip:")
            .map_or(lower.clone(), str::to_string)
    };
    strip(a) == strip(b)
}

/// `-ChatPool` when given; else the only chat pool of the model (the common single-pool
/// case), else `coexist::bind::missing_mandatory`.
pub(crate) fn chat_pool_or_only(
    host: &mut dyn Host,
    bound: &Bound,
) -> Result<String, CommandError> {
    if let Some(pool) = bound.string("ChatPool").filter(|p| !p.is_empty()) {
        return Ok(pool);
    }
    let pools = host.model().chat_pools();
    match pools.iter().collect::<Vec<_>>().as_slice() {
        [only] => Ok(only.fqdn.clone()),
        _ => Err(missing(bound, "ChatPool", "<chat pool FQDN>")),
    }
}

/// A count parameter (`-Servers 2`) when given; negative or huge values are rejected.
pub(crate) fn count(bound: &Bound, param: &str) -> Result<Option<u32>, CommandError> {
    let Some(value) = bound.get(param) else {
        return Ok(None);
    };
    let n = convert::to_int(value).ok();
    match n.and_then(|n| u32::try_from(n).ok()) {
        Some(n) => Ok(Some(n)),
        None => Err(RuntimeError::new(
            CONVERSION,
            format!(
                "cannot bind \"{}\" to -{param}: a count of 0 or more is needed",
                value.to_display_string()
            ),
            bound.span_of(param),
        )
        .with_help(format!("give a whole number, e.g. -{param} 2"))
        .into()),
    }
}

/// A ValidateSet parameter parsed into its model enum when given.
pub(crate) fn choice<T>(
    bound: &Bound,
    param: &str,
    parse: fn(&str) -> Option<T>,
    allowed: &[T],
) -> Result<Option<T>, CommandError>
where
    T: std::fmt::Display,
{
    let Some(text) = bound.string(param) else {
        return Ok(None);
    };
    parse(text.trim()).map(Some).ok_or_else(|| {
        let names: Vec<String> = allowed.iter().map(ToString::to_string).collect();
        RuntimeError::new(
            INVALID_VALUE,
            format!("\"{text}\" is not a valid value for -{param}"),
            bound.span_of(param),
        )
        .with_help(format!("allowed values: {}", names.join(", ")))
        .into()
    })
}

/// A date-and-time parameter when given and not empty, in the forms [`Timestamp`] reads
/// (`2013-01-01`, `1/1/2013`, `1/1/2013 12:00 PM`, …); other text is
/// `coexist::bind::conversion` on the argument.
pub(crate) fn timestamp(bound: &Bound, param: &str) -> Result<Option<Timestamp>, CommandError> {
    let Some(raw) = bound.string(param).filter(|s| !s.trim().is_empty()) else {
        return Ok(None);
    };
    Timestamp::parse(&raw).map(Some).ok_or_else(|| {
        RuntimeError::new(
            CONVERSION,
            format!("cannot bind \"{raw}\" to -{param}: it is not a date"),
            bound.span_of(param),
        )
        .with_help(format!(
            "write a date such as -{param} 2013-03-01, -{param} 3/1/2013 or -{param} '3/1/2013 5:30 PM'"
        ))
        .into()
    })
}
