//! Generic, table-driven parameter binding (PowerShell's rules) for cmdlets and script functions.
//!
//! [`bind_arguments`] binds what is written at the call site once per invocation: names are
//! case-insensitive, an exact name or alias wins, else a unique prefix (`-Ident`); switches never
//! consume the following value; positional values fill the positional parameters in `position`
//! order; values are converted to each parameter's [`ParamKind`]. [`bind_input`] then binds each
//! pipeline input object on top of that: by value, then by property name (PowerShell's four
//! passes: without, then with type coercion). Parameter sets are chosen from the parameters
//! given. Nothing here knows a particular command: everything comes from the [`Signature`].

use crate::cmdlets::command::{Bound, BoundArg};
use crate::cmdlets::spec::{ParamKind, ParamSpec, Signature};
use crate::eval::convert;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::span::Span;

/// A parameter prefix matches several parameters.
pub const AMBIGUOUS_PARAMETER: &str = "coexist::bind::ambiguous_parameter";
/// No parameter has that name, alias or prefix.
pub const UNKNOWN_PARAMETER: &str = "coexist::bind::unknown_parameter";
/// A non-switch parameter is given without a value.
pub const MISSING_ARGUMENT: &str = "coexist::bind::missing_argument";
/// A positional value has no positional parameter left to take it.
pub const POSITIONAL_NOT_FOUND: &str = "coexist::bind::positional_not_found";
/// The same parameter is given twice.
pub const DUPLICATE_PARAMETER: &str = "coexist::bind::duplicate_parameter";
/// A mandatory parameter is missing.
pub const MISSING_MANDATORY: &str = "coexist::bind::missing_mandatory";
/// A value is not in the parameter's ValidateSet.
pub const INVALID_VALUE: &str = "coexist::bind::invalid_value";
/// A value cannot be converted to the parameter's type.
pub const CONVERSION: &str = "coexist::bind::conversion";
/// A `[ValidateNotNullOrEmpty]` parameter got `$null`, `''` or an empty list.
pub const NULL_OR_EMPTY: &str = "coexist::bind::null_or_empty";
/// A pipeline input object binds to no parameter.
pub const INPUT_NOT_BOUND: &str = "coexist::bind::input_not_bound";
/// The parameters given fit no parameter set, or several equally.
pub const AMBIGUOUS_PARAMETER_SET: &str = "coexist::bind::ambiguous_parameter_set";

/// Every code the binder reports.
pub const CODES: &[&str] = &[
    AMBIGUOUS_PARAMETER,
    UNKNOWN_PARAMETER,
    MISSING_ARGUMENT,
    POSITIONAL_NOT_FOUND,
    DUPLICATE_PARAMETER,
    MISSING_MANDATORY,
    INVALID_VALUE,
    CONVERSION,
    NULL_OR_EMPTY,
    INPUT_NOT_BOUND,
    AMBIGUOUS_PARAMETER_SET,
];

/// One evaluated argument as written at the call site, before binding.
#[derive(Debug, Clone)]
pub enum Arg {
    /// `-Name` or `-Name:value`.
    Parameter {
        /// The name as typed, without the dash (may be a prefix or alias).
        name: String,
        /// Span of `-Name` (and of `:value` when attached).
        span: Span,
        /// The attached `-Name:value` value and its span.
        attached: Option<(Value, Span)>,
    },
    /// A positional value, or the value following a non-switch `-Name`.
    Value {
        /// The evaluated value.
        value: Value,
        /// Its span.
        span: Span,
    },
}

/// Binds named and positional arguments once per invocation. When `expects_input` is true,
/// mandatory parameters that can take pipeline input are not yet required.
pub fn bind_arguments(
    signature: &Signature,
    command: &str,
    args: &[Arg],
    command_span: Span,
    expects_input: bool,
) -> Result<Bound, RuntimeError> {
    let mut bound = Bound {
        command: command.to_string(),
        command_span,
        args: Default::default(),
    };
    let mut positionals: Vec<(Value, Span)> = Vec::new();
    let mut iter = args.iter().peekable();
    while let Some(arg) = iter.next() {
        match arg {
            Arg::Value { value, span } => positionals.push((value.clone(), *span)),
            Arg::Parameter {
                name,
                span,
                attached,
            } => {
                let param = resolve_name(signature, command, name, *span)?;
                if let Some(first) = bound.arg(&param.name) {
                    return Err(RuntimeError::new(
                        DUPLICATE_PARAMETER,
                        format!("parameter -{} is given more than once", param.name),
                        *span,
                    )
                    .with_label(first.span, "first given here")
                    .with_help(format!("give -{} once", param.name)));
                }
                let (value, value_span) = if param.kind == ParamKind::Switch {
                    match attached {
                        Some((v, s)) => (v.clone(), *s),
                        None => (Value::Bool(true), *span),
                    }
                } else if let Some((v, s)) = attached {
                    (v.clone(), *s)
                } else if let Some(Arg::Value { value, span: vspan }) = iter.peek() {
                    let taken = (value.clone(), *vspan);
                    iter.next();
                    taken
                } else {
                    return Err(RuntimeError::new(
                        MISSING_ARGUMENT,
                        format!("parameter -{} needs a value", param.name),
                        *span,
                    )
                    .with_help(format!(
                        "give a value after it: -{} {}",
                        param.name,
                        value_hint(param)
                    )));
                };
                let value = convert_argument(param, &value, value_span)?;
                bound.args.insert(
                    param.name.clone(),
                    BoundArg {
                        value,
                        span: value_span,
                    },
                );
                check_sets(signature, &bound, *span)?;
            }
        }
    }
    bind_positionals(signature, command, &mut bound, positionals)?;
    check_complete(signature, &bound, expects_input)?;
    Ok(bound)
}

/// Binds one pipeline input object on top of `base` (by value, then by property name) and
/// checks mandatory parameters.
pub fn bind_input(
    signature: &Signature,
    base: &Bound,
    input: &Value,
    input_span: Span,
) -> Result<Bound, RuntimeError> {
    let mut bound = base.clone();
    let free: Vec<&ParamSpec> = signature
        .params
        .iter()
        .filter(|p| !base.has(&p.name) && in_active_sets(signature, base, p))
        .collect();
    // PowerShell's passes: by value, by property name, each first without then with coercion.
    let bound_any = by_value(&mut bound, &free, input, input_span, false)
        || by_property(&mut bound, &free, input, input_span, false)
        || by_value(&mut bound, &free, input, input_span, true)
        || by_property(&mut bound, &free, input, input_span, true);
    if !bound_any {
        let takers: Vec<String> = signature
            .params
            .iter()
            .filter(|p| p.pipeline.by_value || p.pipeline.by_property_name)
            .map(|p| format!("-{}", p.name))
            .collect();
        let help = if takers.is_empty() {
            format!(
                "{} takes no pipeline input; pass the value as an argument",
                base.command
            )
        } else {
            format!(
                "pipe objects that fit {} (or a property of that name), or pass the value as an argument",
                takers.join(", ")
            )
        };
        return Err(RuntimeError::new(
            INPUT_NOT_BOUND,
            format!(
                "the input object \"{}\" cannot be bound to any parameter of {}",
                short_text(input),
                base.command
            ),
            input_span,
        )
        .with_help(help));
    }
    check_complete(signature, &bound, false)?;
    Ok(bound)
}

/// Finds the parameter `-name` refers to: exact name or alias first, then a unique prefix.
fn resolve_name<'a>(
    signature: &'a Signature,
    command: &str,
    name: &str,
    span: Span,
) -> Result<&'a ParamSpec, RuntimeError> {
    if let Some(p) = signature.find(name) {
        return Ok(p);
    }
    let lower = name.to_ascii_lowercase();
    let matches: Vec<&ParamSpec> = signature
        .params
        .iter()
        .filter(|p| {
            std::iter::once(&p.name)
                .chain(p.aliases.iter())
                .any(|n| !lower.is_empty() && n.to_ascii_lowercase().starts_with(&lower))
        })
        .collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => {
            let mut err = RuntimeError::new(
                UNKNOWN_PARAMETER,
                format!("{command} has no parameter -{name}"),
                span,
            );
            err = match did_you_mean(signature, name) {
                Some(best) => err.with_help(format!("did you mean -{best}?")),
                None => err.with_help(format!("run Get-Help {command} to list its parameters")),
            };
            Err(err)
        }
        several => {
            let names: Vec<String> = several.iter().map(|p| format!("-{}", p.name)).collect();
            Err(RuntimeError::new(
                AMBIGUOUS_PARAMETER,
                format!(
                    "parameter name -{name} is ambiguous: it matches {}",
                    names.join(", ")
                ),
                span,
            )
            .with_help(format!(
                "type more of the name, e.g. {}",
                names.first().cloned().unwrap_or_default()
            )))
        }
    }
}

/// The closest parameter name or alias to `name`, if any is reasonably close.
fn did_you_mean(signature: &Signature, name: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    signature
        .params
        .iter()
        .flat_map(|p| {
            std::iter::once(&p.name)
                .chain(p.aliases.iter())
                .map(move |n| (p, n))
        })
        .map(|(p, n)| {
            let score = strsim::jaro_winkler(&lower, &n.to_ascii_lowercase());
            (score, p, n)
        })
        .filter(|(score, _, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p, n)| {
            if n == &p.name {
                p.name.clone()
            } else {
                format!("{n} (alias of -{})", p.name)
            }
        })
}

/// A placeholder for a value of the parameter's kind, for help texts.
fn value_hint(param: &ParamSpec) -> String {
    if !param.values.is_empty() {
        return param.values.join("|");
    }
    match param.kind {
        ParamKind::Any => "<value>",
        ParamKind::String => "<string>",
        ParamKind::Int => "<number>",
        ParamKind::Bool => "$true|$false",
        ParamKind::Switch => "",
        ParamKind::Enum => "<value>",
        ParamKind::StringList => "<string>[, <string>…]",
        ParamKind::ScriptBlock => "{ … }",
        ParamKind::Hashtable => "@{ … }",
    }
    .to_string()
}

/// The PowerShell type name of a parameter kind, for conversion messages.
fn kind_type(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::Any => "object",
        ParamKind::String | ParamKind::Enum => "string",
        ParamKind::Int => "int",
        ParamKind::Bool | ParamKind::Switch => "bool",
        ParamKind::StringList => "string[]",
        ParamKind::ScriptBlock => "scriptblock",
        ParamKind::Hashtable => "hashtable",
    }
}

/// A value's text, shortened for messages.
fn short_text(value: &Value) -> String {
    let text = match value {
        Value::Null => "$null".to_string(),
        Value::ScriptBlock(_) => "{ … }".to_string(),
        other => other.to_display_string(),
    };
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}

/// Converts `value` to `param`'s kind and applies its validation attributes.
fn convert_argument(param: &ParamSpec, value: &Value, span: Span) -> Result<Value, RuntimeError> {
    let conversion_error = |detail: String| {
        RuntimeError::new(
            CONVERSION,
            format!(
                "cannot bind \"{}\" to -{}: {detail}",
                short_text(value),
                param.name
            ),
            span,
        )
        .with_help(format!(
            "-{} takes a {} value, e.g. -{} {}",
            param.name,
            kind_type(param.kind),
            param.name,
            value_hint(param)
        ))
    };
    let converted = match param.kind {
        ParamKind::Any => value.clone(),
        ParamKind::String => match value {
            Value::Null => Value::Null,
            Value::String(_) => value.clone(),
            other => Value::str(other.to_display_string()),
        },
        ParamKind::Int => match value {
            Value::Int(_) => value.clone(),
            other => {
                Value::Int(convert::to_int(other).map_err(|e| conversion_error(e.to_string()))?)
            }
        },
        ParamKind::Bool | ParamKind::Switch => match value {
            Value::Null => Value::Bool(false),
            other => Value::Bool(
                convert::to_bool_argument(other).map_err(|e| conversion_error(e.to_string()))?,
            ),
        },
        ParamKind::Enum => Value::str(match_set(param, value, span)?),
        ParamKind::StringList => {
            let items = convert::to_string_list(value);
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                if param.values.is_empty() {
                    out.push(Value::str(item));
                } else {
                    out.push(Value::str(match_set(param, &Value::str(item), span)?));
                }
            }
            Value::array(out)
        }
        ParamKind::ScriptBlock => match value {
            Value::ScriptBlock(_) => value.clone(),
            Value::Array(items) if items.borrow().len() == 1 => {
                let item = items.borrow()[0].clone();
                return convert_argument(param, &item, span);
            }
            _ => {
                return Err(conversion_error(
                    "a script block { … } is needed here".to_string(),
                ))
            }
        },
        ParamKind::Hashtable => match value {
            Value::Hashtable(_) => value.clone(),
            _ => {
                return Err(conversion_error(
                    "a hashtable @{ … } is needed here".to_string(),
                ))
            }
        },
    };
    if param.not_null_or_empty && is_null_or_empty(&converted) {
        return Err(RuntimeError::new(
            NULL_OR_EMPTY,
            format!("-{} must not be $null or empty", param.name),
            span,
        )
        .with_help(format!("give -{} a non-empty value", param.name)));
    }
    Ok(converted)
}

/// True for `$null`, `''` and an empty array.
fn is_null_or_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.borrow().is_empty(),
        _ => false,
    }
}

/// Matches a value against a ValidateSet case-insensitively; returns the canonical casing.
fn match_set(param: &ParamSpec, value: &Value, span: Span) -> Result<String, RuntimeError> {
    let text = value.to_display_string();
    if let Some(v) = param
        .values
        .iter()
        .find(|v| v.eq_ignore_ascii_case(text.trim()))
    {
        return Ok(v.clone());
    }
    let lower = text.to_ascii_lowercase();
    let best = param
        .values
        .iter()
        .map(|v| (strsim::jaro_winkler(&lower, &v.to_ascii_lowercase()), v))
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, v)| v.clone());
    let allowed = param.values.join(", ");
    let help = match best {
        Some(b) => format!("did you mean {b}? allowed values: {allowed}"),
        None => format!("allowed values: {allowed}"),
    };
    Err(RuntimeError::new(
        INVALID_VALUE,
        format!(
            "\"{}\" is not a valid value for -{}",
            short_text(value),
            param.name
        ),
        span,
    )
    .with_help(help))
}

/// All parameter set names the signature declares, in declaration order.
fn all_sets(signature: &Signature) -> Vec<&str> {
    let mut sets: Vec<&str> = Vec::new();
    for p in &signature.params {
        for s in &p.sets {
            if !sets.iter().any(|x| x.eq_ignore_ascii_case(s)) {
                sets.push(s);
            }
        }
    }
    sets
}

/// The sets still possible given the parameters bound so far (empty signature sets: none).
fn active_sets<'a>(signature: &'a Signature, bound: &Bound) -> Vec<&'a str> {
    all_sets(signature)
        .into_iter()
        .filter(|set| {
            signature
                .params
                .iter()
                .filter(|p| bound.has(&p.name) && !p.sets.is_empty())
                .all(|p| p.sets.iter().any(|s| s.eq_ignore_ascii_case(set)))
        })
        .collect()
}

/// Whether `param` belongs to one of the sets still possible.
fn in_active_sets(signature: &Signature, bound: &Bound, param: &ParamSpec) -> bool {
    if param.sets.is_empty() {
        return true;
    }
    let active = active_sets(signature, bound);
    param
        .sets
        .iter()
        .any(|s| active.iter().any(|a| a.eq_ignore_ascii_case(s)))
}

/// Fails when the parameters bound so far belong to no common parameter set.
fn check_sets(signature: &Signature, bound: &Bound, span: Span) -> Result<(), RuntimeError> {
    if all_sets(signature).is_empty() || !active_sets(signature, bound).is_empty() {
        return Ok(());
    }
    let given: Vec<String> = signature
        .params
        .iter()
        .filter(|p| bound.has(&p.name) && !p.sets.is_empty())
        .map(|p| format!("-{}", p.name))
        .collect();
    Err(RuntimeError::new(
        AMBIGUOUS_PARAMETER_SET,
        format!(
            "{} cannot be used together in one call of {}",
            given.join(" and "),
            bound.command
        ),
        span,
    )
    .with_help(format!(
        "use only one of {}; run Get-Help {} to see which parameters go together",
        given.join(", "),
        bound.command
    )))
}

/// How well a value fits a kind without coercion (used to choose between parameters).
fn fits_exactly(kind: ParamKind, value: &Value) -> bool {
    match kind {
        ParamKind::Any => true,
        ParamKind::String | ParamKind::Enum => matches!(value, Value::String(_)),
        ParamKind::Int => matches!(value, Value::Int(_)),
        ParamKind::Bool | ParamKind::Switch => matches!(value, Value::Bool(_)),
        ParamKind::StringList => match value {
            Value::String(_) => true,
            Value::Array(items) => items.borrow().iter().all(|v| matches!(v, Value::String(_))),
            _ => false,
        },
        ParamKind::ScriptBlock => matches!(value, Value::ScriptBlock(_)),
        ParamKind::Hashtable => matches!(value, Value::Hashtable(_)),
    }
}

/// Binds positional values to the free positional parameters in `position` order.
fn bind_positionals(
    signature: &Signature,
    command: &str,
    bound: &mut Bound,
    positionals: Vec<(Value, Span)>,
) -> Result<(), RuntimeError> {
    let mut queue = positionals.into_iter().peekable();
    while let Some((value, span)) = queue.next() {
        let candidates: Vec<&ParamSpec> = signature
            .params
            .iter()
            .filter(|p| {
                p.position.is_some() && !bound.has(&p.name) && in_active_sets(signature, bound, p)
            })
            .collect();
        let lowest = candidates.iter().filter_map(|p| p.position).min();
        let at_lowest: Vec<&ParamSpec> = candidates
            .into_iter()
            .filter(|p| p.position == lowest)
            .collect();
        let chosen = at_lowest
            .iter()
            .find(|p| fits_exactly(p.kind, &value) && p.kind != ParamKind::Any)
            .or_else(|| {
                at_lowest.iter().find(|p| {
                    signature
                        .default_set
                        .as_deref()
                        .is_some_and(|d| p.sets.iter().any(|s| s.eq_ignore_ascii_case(d)))
                })
            })
            .or_else(|| at_lowest.first())
            .copied()
            .or_else(|| {
                signature.params.iter().find(|p| {
                    p.remaining && !bound.has(&p.name) && in_active_sets(signature, bound, p)
                })
            });
        let Some(param) = chosen else {
            return Err(RuntimeError::new(
                POSITIONAL_NOT_FOUND,
                format!(
                    "{command} has no positional parameter left for the value \"{}\"",
                    short_text(&value)
                ),
                span,
            )
            .with_help(
                "name the parameter this value is for (-Name value), or quote a value that contains spaces",
            ));
        };
        let (value, span) = if param.remaining && queue.peek().is_some() {
            let mut items = vec![value];
            let mut whole = span;
            for (v, s) in queue.by_ref() {
                items.push(v);
                whole = whole.to(s);
            }
            (Value::array(items), whole)
        } else {
            (value, span)
        };
        let converted = convert_argument(param, &value, span)?;
        bound.args.insert(
            param.name.clone(),
            BoundArg {
                value: converted,
                span,
            },
        );
        check_sets(signature, bound, span)?;
    }
    Ok(())
}

/// Chooses the parameter set and checks its mandatory parameters.
fn check_complete(
    signature: &Signature,
    bound: &Bound,
    expects_input: bool,
) -> Result<(), RuntimeError> {
    let missing_in = |set: Option<&str>| -> Vec<&ParamSpec> {
        signature
            .params
            .iter()
            .filter(|p| p.mandatory && !bound.has(&p.name))
            .filter(|p| !(expects_input && (p.pipeline.by_value || p.pipeline.by_property_name)))
            .filter(|p| match set {
                None => true,
                Some(set) => {
                    p.sets.is_empty() || p.sets.iter().any(|s| s.eq_ignore_ascii_case(set))
                }
            })
            .collect()
    };
    let active = active_sets(signature, bound);
    let missing = if all_sets(signature).is_empty() {
        missing_in(None)
    } else {
        let satisfied: Vec<&str> = active
            .iter()
            .copied()
            .filter(|s| missing_in(Some(s)).is_empty())
            .collect();
        let default = signature.default_set.as_deref();
        let default_active = default.filter(|d| active.iter().any(|a| a.eq_ignore_ascii_case(d)));
        match satisfied.as_slice() {
            [_] => Vec::new(),
            [] => match (default_active, active.as_slice()) {
                (Some(d), _) => missing_in(Some(d)),
                (None, [only]) => missing_in(Some(only)),
                _ => return Err(set_unresolved(signature, bound, &active)),
            },
            several => {
                let default_ok =
                    default.is_some_and(|d| several.iter().any(|s| s.eq_ignore_ascii_case(d)));
                if default_ok || expects_input {
                    Vec::new()
                } else {
                    return Err(set_unresolved(signature, bound, several));
                }
            }
        }
    };
    match missing.first() {
        None => Ok(()),
        Some(p) => Err(RuntimeError::new(
            MISSING_MANDATORY,
            format!(
                "{} needs the mandatory parameter -{}",
                bound.command, p.name
            ),
            bound.command_span,
        )
        .with_help(format!("add -{} {}", p.name, value_hint(p)))),
    }
}

/// The error for parameters that fit several sets equally (or none).
fn set_unresolved(signature: &Signature, bound: &Bound, candidates: &[&str]) -> RuntimeError {
    let hints: Vec<String> = candidates
        .iter()
        .map(|set| {
            let names: Vec<String> = signature
                .params
                .iter()
                .filter(|p| p.mandatory && p.sets.iter().any(|s| s.eq_ignore_ascii_case(set)))
                .map(|p| format!("-{}", p.name))
                .collect();
            if names.is_empty() {
                set.to_string()
            } else {
                format!("{set} ({})", names.join(", "))
            }
        })
        .collect();
    RuntimeError::new(
        AMBIGUOUS_PARAMETER_SET,
        format!(
            "cannot tell which way of calling {} is meant from the parameters given",
            bound.command
        ),
        bound.command_span,
    )
    .with_help(format!(
        "give the parameters of one of: {}",
        hints.join("; ")
    ))
}

/// Pipeline pass: bind the whole input to the first by-value parameter it fits.
fn by_value(
    bound: &mut Bound,
    free: &[&ParamSpec],
    input: &Value,
    span: Span,
    coerce: bool,
) -> bool {
    for param in free.iter().filter(|p| p.pipeline.by_value) {
        if !coerce && !fits_exactly(param.kind, input) {
            continue;
        }
        if let Ok(value) = convert_argument(param, input, span) {
            bound
                .args
                .insert(param.name.clone(), BoundArg { value, span });
            return true;
        }
    }
    false
}

/// Pipeline pass: bind the input's properties to the by-property-name parameters they name.
fn by_property(
    bound: &mut Bound,
    free: &[&ParamSpec],
    input: &Value,
    span: Span,
    coerce: bool,
) -> bool {
    let mut any = false;
    for param in free.iter().filter(|p| p.pipeline.by_property_name) {
        if bound.has(&param.name) {
            continue;
        }
        let Some(prop) = std::iter::once(&param.name)
            .chain(param.aliases.iter())
            .find_map(|n| input_property(input, n))
        else {
            continue;
        };
        if !coerce && !fits_exactly(param.kind, &prop) {
            continue;
        }
        if let Ok(value) = convert_argument(param, &prop, span) {
            bound
                .args
                .insert(param.name.clone(), BoundArg { value, span });
            any = true;
        }
    }
    any
}

/// The property `name` of a pipeline input object (objects only, as PowerShell binds).
fn input_property(input: &Value, name: &str) -> Option<Value> {
    match input {
        Value::Object(obj) => obj.borrow().get(name).cloned(),
        _ => None,
    }
}
