//! Converting argument values to a parameter's kind and validating them (ValidateSet,
//! ValidateNotNullOrEmpty), with the messages the binder reports.

use super::{CONVERSION, INVALID_VALUE, NULL_OR_EMPTY};
use crate::cmdlets::spec::{ParamKind, ParamSpec};
use crate::eval::convert;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::span::Span;

/// A placeholder for a value of the parameter's kind, for help texts.
pub(super) fn value_hint(param: &ParamSpec) -> String {
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
pub(super) fn kind_type(kind: ParamKind) -> &'static str {
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
pub(super) fn short_text(value: &Value) -> String {
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
pub(super) fn convert_argument(
    param: &ParamSpec,
    value: &Value,
    span: Span,
) -> Result<Value, RuntimeError> {
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
        ParamKind::Enum => enum_value(param, value, span)?,
        ParamKind::StringList => {
            let items = convert::to_string_list(value);
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                if param.values.is_empty() {
                    out.push(Value::str(item));
                } else {
                    out.push(enum_value(param, &Value::str(item), span)?);
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
pub(super) fn is_null_or_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.borrow().is_empty(),
        _ => false,
    }
}

/// The canonical ValidateSet entry `value` matches case-insensitively.
fn canonical<'p>(param: &'p ParamSpec, value: &Value, span: Span) -> Result<&'p str, RuntimeError> {
    let owned;
    let text = match value {
        Value::String(s) => &**s,
        other => {
            owned = other.to_display_string();
            owned.as_str()
        }
    };
    if let Some(v) = param
        .values
        .iter()
        .find(|v| v.eq_ignore_ascii_case(text.trim()))
    {
        return Ok(v);
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
    let help = match &best {
        Some(b) => format!("did you mean {b}? allowed values: {allowed}"),
        None => format!("allowed values: {allowed}"),
    };
    let error = RuntimeError::new(
        INVALID_VALUE,
        format!(
            "\"{}\" is not a valid value for -{}",
            short_text(value),
            param.name
        ),
        span,
    )
    .with_help(help);
    Err(match best {
        Some(b) => error.with_fix(b),
        None => error,
    })
}

/// A ValidateSet value in canonical casing, reusing `value` when it is already canonical.
fn enum_value(param: &ParamSpec, value: &Value, span: Span) -> Result<Value, RuntimeError> {
    let canon = canonical(param, value, span)?;
    match value {
        Value::String(s) if &**s == canon => Ok(value.clone()),
        _ => Ok(Value::str(canon)),
    }
}

/// How well a value fits a kind without coercion (used to choose between parameters).
pub(super) fn fits_exactly(kind: ParamKind, value: &Value) -> bool {
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

/// Whether a positional `value` clearly belongs to `param` among parameters sharing a
/// position: its type fits without coercion (not merely `Any`), and for a ValidateSet the
/// value is one of the set.
pub(super) fn prefers(param: &ParamSpec, value: &Value) -> bool {
    if param.kind == ParamKind::Any || !fits_exactly(param.kind, value) {
        return false;
    }
    match (param.kind, value) {
        (ParamKind::Enum, Value::String(s)) => param
            .values
            .iter()
            .any(|v| v.eq_ignore_ascii_case(s.trim())),
        _ => true,
    }
}
