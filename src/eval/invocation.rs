//! What a script function knows about its own call: `$MyInvocation`, `$PSBoundParameters`
//! and, in an advanced function, `$PSCmdlet` with `ShouldProcess`, `ShouldContinue`,
//! `WriteError`, `ThrowTerminatingError`, `WriteVerbose`, `WriteWarning` and `WriteObject`.
//!
//! `ShouldProcess` goes through the same [`Host::should_process`] as the cmdlets, so
//! `-WhatIf` (bound, inherited or `$WhatIfPreference`) prints the same `What if:` line and
//! answers false. In a dry run it answers true *without* a line of its own: the cmdlets the
//! function then calls print their What-if lines, which name the actual change, so one change
//! never shows two lines (docs/language.md, "SupportsShouldProcess").

use crate::cmdlets::command::{Bound, CommandError, Host, Warning};
use crate::eval::error::RuntimeError;
use crate::eval::interp::Exec;
use crate::eval::pipeline::ErrorHandling;
use crate::eval::unwind::{codes, error_from_record, Ctl, EvalResult, Raised};
use crate::eval::value::{Hashtable, PsObject, Value};
use crate::span::Span;

/// The type name of `$PSCmdlet` in an advanced function, as `GetType().FullName` shows it.
pub(crate) const PSCMDLET_TYPE: &str = "System.Management.Automation.PSScriptCmdlet";

/// The methods of `$PSCmdlet` coexist runs (lower case); others are looked up as on any
/// object (`GetType()`).
pub(crate) const PSCMDLET_METHODS: &[&str] = &[
    "shouldprocess",
    "shouldcontinue",
    "writeerror",
    "throwterminatingerror",
    "writeverbose",
    "writewarning",
    "writeobject",
];

/// Where a function was called from, for `$MyInvocation`.
pub(crate) struct CallSite<'a> {
    /// The function's name.
    pub name: &'a str,
    /// The name it was called by (the command name as typed, or `&`'s target).
    pub invocation_name: &'a str,
    /// The call's span.
    pub span: Span,
    /// `$PSBoundParameters` (shared with `$MyInvocation.BoundParameters`).
    pub bound: Value,
}

impl Exec<'_> {
    /// Builds `$MyInvocation` for a call.
    pub(crate) fn my_invocation(&self, site: &CallSite<'_>) -> Value {
        let (line, script) = self.call_line(site.span);
        let root = std::path::Path::new(&script)
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let command = PsObject::new("System.Management.Automation.FunctionInfo")
            .with("Name", Value::str(site.name))
            .with("CommandType", Value::str("Function"));
        Value::object(
            PsObject::new("System.Management.Automation.InvocationInfo")
                .with("MyCommand", Value::object(command))
                .with("InvocationName", Value::str(site.invocation_name))
                .with("BoundParameters", site.bound.clone())
                .with("Line", Value::str(line))
                .with("ScriptName", Value::str(&script))
                .with("PSCommandPath", Value::str(&script))
                .with("PSScriptRoot", Value::str(root)),
        )
    }

    /// The source line holding `span` and the script file's full path (empty outside a file).
    fn call_line(&self, span: Span) -> (String, String) {
        let script = self
            .interp
            .scopes
            .get_global("pscommandpath")
            .map(Value::to_display_string)
            .unwrap_or_default();
        let Some(text) = self.interp.sources.get(&span.source.0) else {
            return (String::new(), script);
        };
        let start = (span.start as usize).min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        (line, script)
    }

    /// `$PSCmdlet` for an advanced function whose `$MyInvocation` is `invocation`.
    pub(crate) fn pscmdlet(invocation: Value) -> Value {
        Value::object(PsObject::new(PSCMDLET_TYPE).with("MyInvocation", invocation))
    }

    /// Calls a method of `$PSCmdlet` (one of [`PSCMDLET_METHODS`]).
    pub(crate) fn call_pscmdlet(
        &mut self,
        cmdlet: &Value,
        method: &str,
        args: &[Value],
        span: Span,
    ) -> EvalResult<Value> {
        let text = |i: usize| args.get(i).map(Value::to_display_string);
        let name = command_name(cmdlet);
        match method.to_ascii_lowercase().as_str() {
            "shouldprocess" => {
                let (target, action) = match args.len() {
                    1 => (text(0).unwrap_or_default(), name),
                    // (target, action) and (description, warning, caption).
                    2 | 3 => (
                        text(0).unwrap_or_default(),
                        text(args.len() - 1).unwrap_or_default(),
                    ),
                    _ => return Err(arity("ShouldProcess", "1 to 3", span)),
                };
                Ok(Value::Bool(self.function_should_process(&action, &target)))
            }
            "shouldcontinue" => {
                let (Some(query), caption) = (text(0), text(1)) else {
                    return Err(arity("ShouldContinue", "2", span));
                };
                let question = match caption {
                    Some(caption) => format!("{caption}\n{query} [Y] Yes [N] No"),
                    None => format!("{query} [Y] Yes [N] No"),
                };
                let bound = Bound {
                    command: format!("{name} ($PSCmdlet.ShouldContinue)"),
                    command_span: span,
                    ..Bound::default()
                };
                let answer = crate::cmdlets::general::prompt::ask(self, &bound, &question, false)
                    .map_err(|e| self.unwind_error(e))?;
                Ok(Value::Bool(
                    answer.trim().to_ascii_lowercase().starts_with('y'),
                ))
            }
            "writeerror" => {
                let error = record_error(args.first(), span);
                let handling = ErrorHandling {
                    action: self.action_preference("erroractionpreference"),
                    variable: None,
                };
                self.command_failed(&handling, error.into())?;
                Ok(Value::Null)
            }
            "throwterminatingerror" => {
                let error = record_error(args.first(), span);
                // It ends the function call, not the script (unlike `throw`).
                Err(Ctl::Error(Box::new(Raised {
                    ends_call: true,
                    error: error.into(),
                    script_terminating: false,
                    target: None,
                })))
            }
            "writeverbose" => {
                if self.verbose_preference() {
                    self.out.verbose(&text(0).unwrap_or_default());
                }
                Ok(Value::Null)
            }
            "writewarning" => {
                self.emit_warning(&Warning::Text {
                    message: text(0).unwrap_or_default(),
                    span,
                });
                Ok(Value::Null)
            }
            // "writeobject", the last of PSCMDLET_METHODS.
            _ => Ok(args.first().cloned().unwrap_or_default()),
        }
    }

    /// `$PSCmdlet.ShouldProcess`: as a cmdlet's, except that a dry run prints no line of its
    /// own (see the module doc).
    fn function_should_process(&mut self, action: &str, target: &str) -> bool {
        let bound = Bound::default();
        if Host::dry_run(self) && !Host::what_if(self, &bound) {
            return true;
        }
        Host::should_process(self, &bound, action, target)
    }

    /// Hands an error from a command-side helper back as a signal.
    fn unwind_error(&mut self, error: CommandError) -> Ctl {
        match error {
            CommandError::Flow(flow) => self
                .interp
                .pending
                .take()
                .unwrap_or_else(|| Ctl::from_flow(*flow)),
            other => Ctl::Error(Box::new(Raised {
                ends_call: false,
                error: other,
                script_terminating: false,
                target: None,
            })),
        }
    }
}

/// The function name stored in `$PSCmdlet.MyInvocation.MyCommand.Name`.
fn command_name(cmdlet: &Value) -> String {
    let Value::Object(obj) = cmdlet else {
        return String::new();
    };
    let invocation = obj.borrow().get("MyInvocation").cloned();
    let Some(Value::Object(invocation)) = invocation else {
        return String::new();
    };
    let command = invocation.borrow().get("MyCommand").cloned();
    match command {
        Some(Value::Object(command)) => command
            .borrow()
            .get("Name")
            .map(Value::to_display_string)
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The error an `ErrorRecord` (or any value, as its message) stands for.
fn record_error(value: Option<&Value>, span: Span) -> RuntimeError {
    let value = value.cloned().unwrap_or_default();
    error_from_record(&value, span)
        .unwrap_or_else(|| RuntimeError::new(codes::THROWN, value.to_display_string(), span))
}

/// A method called with the wrong number of arguments.
fn arity(method: &str, wanted: &str, span: Span) -> Ctl {
    Ctl::runtime(
        codes::METHOD_NOT_FOUND,
        format!("$PSCmdlet.{method}() takes {wanted} arguments"),
        span,
    )
}

/// `$PSBoundParameters`: every parameter the call bound, declared or common (`-Verbose`,
/// `-WhatIf`, …), in the order they were bound, as PowerShell lists them.
pub(crate) fn bound_table(bound: &Bound) -> Hashtable {
    let mut table = Hashtable::default();
    for (name, arg) in &bound.args {
        table.insert(Value::str(name), arg.value.clone());
    }
    table
}

/// Whether a function's `[CmdletBinding()]` asks for `-WhatIf`/`-Confirm`.
pub(crate) fn supports_should_process(attrs: &[crate::syntax::ast::Attribute]) -> bool {
    attrs
        .iter()
        .filter(|a| a.name.eq_ignore_ascii_case("CmdletBinding"))
        .flat_map(|a| a.named.iter())
        .any(|(key, value)| {
            key.eq_ignore_ascii_case("SupportsShouldProcess")
                && value.as_ref().is_none_or(|v| {
                    !matches!(&v.kind, crate::syntax::ast::ExprKind::Variable(r) if r.name.eq_ignore_ascii_case("false"))
                })
        })
}
