//! Type names in casts, `-is`, `-as` and `catch [T]`: `[int]`, `[string[]]`,
//! `[pscustomobject]`, …, and the conversions they perform.

use crate::eval::convert::{to_double, to_int, truthy};
use crate::eval::operators::OpError;
use crate::eval::unwind::codes;
use crate::eval::value::{Hashtable, PsObject, Value};

/// The supported types, after normalising a written type name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeName {
    /// `[int]`, `[long]`, `[int32]`, `[int64]`, `[byte]`, `[int16]`.
    Int,
    /// `[double]`, `[float]`, `[single]`, `[decimal]`.
    Double,
    /// `[string]`.
    String,
    /// `[char]`.
    Char,
    /// `[bool]`, `[boolean]`, `[switch]`.
    Bool,
    /// `[array]`, `[object[]]`.
    Array,
    /// `[string[]]`.
    StringArray,
    /// `[int[]]`, `[long[]]`.
    IntArray,
    /// `[double[]]`.
    DoubleArray,
    /// `[hashtable]`, `[ordered]`.
    Hashtable,
    /// `[pscustomobject]`.
    PsCustomObject,
    /// `[psobject]`, `[object]`.
    Object,
    /// `[scriptblock]`.
    ScriptBlock,
    /// `[void]`.
    Void,
}

/// Normalises a written type name (`System.Int32`, `Int`, `string[]`).
pub fn parse_type(name: &str) -> Option<TypeName> {
    let lower = name.trim().to_ascii_lowercase();
    let lower = lower.strip_prefix("system.").unwrap_or(&lower);
    let lower = lower
        .strip_prefix("management.automation.")
        .unwrap_or(lower);
    Some(match lower {
        "int" | "int32" | "long" | "int64" | "byte" | "int16" | "uint32" | "uint64" => {
            TypeName::Int
        }
        "double" | "float" | "single" | "decimal" => TypeName::Double,
        "string" => TypeName::String,
        "char" => TypeName::Char,
        "bool" | "boolean" | "switch" | "switchparameter" => TypeName::Bool,
        "array" | "object[]" | "psobject[]" => TypeName::Array,
        "string[]" => TypeName::StringArray,
        "int[]" | "long[]" | "int32[]" | "int64[]" => TypeName::IntArray,
        "double[]" => TypeName::DoubleArray,
        "hashtable" | "ordered" | "collections.hashtable" => TypeName::Hashtable,
        "pscustomobject" => TypeName::PsCustomObject,
        "psobject" | "object" => TypeName::Object,
        "scriptblock" => TypeName::ScriptBlock,
        "void" => TypeName::Void,
        _ => return None,
    })
}

fn conversion(value: &Value, target: &str) -> OpError {
    OpError::new(
        codes::CONVERSION,
        format!(
            "Cannot convert value \"{}\" to type \"{target}\".",
            value.to_display_string()
        ),
    )
}

fn unsupported_type(name: &str) -> OpError {
    OpError::new(
        codes::UNSUPPORTED,
        format!("The type [{name}] is not supported by coexist."),
    )
}

/// `[type]value`.
pub fn cast(value: &Value, name: &str) -> Result<Value, OpError> {
    let Some(ty) = parse_type(name) else {
        if let Some(list) = crate::eval::lists::cast(value, name) {
            return Ok(list);
        }
        if let Value::Object(obj) = value {
            if obj.borrow().type_name.eq_ignore_ascii_case(name) {
                return Ok(value.clone());
            }
        }
        return Err(unsupported_type(name));
    };
    let int = |v: &Value| {
        to_int(v)
            .map(Value::Int)
            .map_err(|_| conversion(v, "System.Int32"))
    };
    let double = |v: &Value| {
        to_double(v)
            .map(Value::Double)
            .map_err(|_| conversion(v, "System.Double"))
    };
    Ok(match ty {
        TypeName::Int => match value {
            Value::Null => Value::Int(0),
            Value::Bool(b) => Value::Int(*b as i64),
            other => int(other)?,
        },
        TypeName::Double => match value {
            Value::Null => Value::Double(0.0),
            other => double(other)?,
        },
        TypeName::String => match value {
            Value::Null => Value::str(""),
            other => Value::str(other.to_display_string()),
        },
        TypeName::Char => match value {
            Value::String(s) if s.chars().count() == 1 => value.clone(),
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(c) => Value::str(c.to_string()),
                None => return Err(conversion(value, "System.Char")),
            },
            _ => return Err(conversion(value, "System.Char")),
        },
        TypeName::Bool => Value::Bool(truthy(value)),
        TypeName::Array => match value {
            Value::Array(_) => value.clone(),
            Value::Null => Value::array(Vec::new()),
            other => Value::array(vec![other.clone()]),
        },
        TypeName::StringArray => Value::array(
            value
                .enumerate()
                .iter()
                .map(|v| Value::str(v.to_display_string()))
                .collect(),
        ),
        TypeName::IntArray => Value::array(
            value
                .enumerate()
                .iter()
                .map(int)
                .collect::<Result<_, _>>()?,
        ),
        TypeName::DoubleArray => Value::array(
            value
                .enumerate()
                .iter()
                .map(double)
                .collect::<Result<_, _>>()?,
        ),
        TypeName::Hashtable => match value {
            Value::Hashtable(_) => value.clone(),
            Value::Object(obj) => {
                let mut table = Hashtable::default();
                for (k, v) in obj.borrow().properties.iter() {
                    table.insert(Value::str(k), v.clone());
                }
                Value::hashtable(table)
            }
            _ => return Err(conversion(value, "System.Collections.Hashtable")),
        },
        TypeName::PsCustomObject => match value {
            Value::Hashtable(table) => {
                let mut obj = PsObject::new("PSCustomObject");
                for (k, v) in table.borrow().iter() {
                    obj.properties.insert(k.to_display_string(), v.clone());
                }
                Value::object(obj)
            }
            other => other.clone(),
        },
        TypeName::Object => value.clone(),
        TypeName::ScriptBlock => match value {
            Value::ScriptBlock(_) => value.clone(),
            _ => {
                return Err(conversion(
                    value,
                    "System.Management.Automation.ScriptBlock",
                ))
            }
        },
        TypeName::Void => Value::Null,
    })
}

/// `value -is [type]`.
pub fn is_type(value: &Value, name: &str) -> bool {
    match parse_type(name) {
        Some(ty) => match (ty, value) {
            (_, Value::Null) => false,
            (TypeName::Int, Value::Int(_)) => true,
            (TypeName::Double, Value::Double(_)) => true,
            (TypeName::String, Value::String(_)) => true,
            (TypeName::Bool, Value::Bool(_)) => true,
            (TypeName::Array, Value::Array(_)) => true,
            (TypeName::Hashtable, Value::Hashtable(_)) => true,
            (TypeName::ScriptBlock, Value::ScriptBlock(_)) => true,
            (TypeName::PsCustomObject, Value::Object(o)) => {
                o.borrow().type_name == "PSCustomObject"
            }
            (TypeName::Object, _) => true,
            _ => false,
        },
        None => match value {
            Value::Object(o) => {
                let o = o.borrow();
                let short = name.rsplit('.').next().unwrap_or(name);
                o.type_name.eq_ignore_ascii_case(name) || o.type_name.eq_ignore_ascii_case(short)
            }
            Value::Int(_) | Value::Double(_) => name.eq_ignore_ascii_case("valuetype"),
            _ => false,
        },
    }
}

/// `value -as [type]`: the cast, or `$null` when it fails.
pub fn as_type(value: &Value, name: &str) -> Value {
    cast(value, name).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casts_convert() {
        assert!(matches!(cast(&Value::str("5"), "int"), Ok(Value::Int(5))));
        assert!(matches!(
            cast(&Value::str("5"), "System.Int32"),
            Ok(Value::Int(5))
        ));
        assert!(cast(&Value::str("x"), "int").is_err());
        assert_eq!(
            cast(&Value::Int(5), "string").unwrap().to_display_string(),
            "5"
        );
        assert!(matches!(cast(&Value::Int(5), "array"), Ok(Value::Array(_))));
        assert_eq!(
            cast(&Value::Null, "datetimex").unwrap_err().code,
            codes::UNSUPPORTED
        );
    }

    #[test]
    fn is_and_as() {
        assert!(is_type(&Value::Int(1), "int"));
        assert!(!is_type(&Value::str("1"), "int"));
        assert!(is_type(&Value::str("1"), "System.String"));
        assert!(as_type(&Value::str("x"), "int").is_null());
        let user = Value::object(PsObject::new("User"));
        assert!(is_type(&user, "User"));
    }
}
