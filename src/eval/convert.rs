//! PowerShell's value conversions, shared by the interpreter (casts, operators) and the binder.

use crate::eval::value::Value;

/// Why a conversion failed: the value's text and the target type's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversionError {
    /// The value as text.
    pub value: String,
    /// The target type (`int`, `bool`, `double`, …).
    pub target: &'static str,
}

impl std::fmt::Display for ConversionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot convert value \"{}\" to type [{}]",
            self.value, self.target
        )
    }
}

fn fail(value: &Value, target: &'static str) -> ConversionError {
    ConversionError {
        value: value.to_display_string(),
        target,
    }
}

/// PowerShell truthiness (`if ($x)`): `$null`, `$false`, `0`, `''` and empty arrays are false;
/// a one-item array is as true as its item; other arrays, objects and blocks are true.
pub fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Double(d) => *d != 0.0,
        Value::String(s) => !s.is_empty(),
        Value::Array(items) => {
            let items = items.borrow();
            match items.len() {
                0 => false,
                1 => truthy(&items[0]),
                _ => true,
            }
        }
        Value::Hashtable(_) | Value::ScriptBlock(_) | Value::Object(_) => true,
    }
}

/// Parses a number the way PowerShell converts strings: surrounding white space allowed,
/// decimal or `0x` hex integers, doubles, and `kb mb gb tb pb` multipliers. Empty text is 0.
pub fn parse_number(text: &str) -> Option<Value> {
    let t = text.trim();
    if t.is_empty() {
        return Some(Value::Int(0));
    }
    let lower = t.to_ascii_lowercase();
    let suffix_at = lower
        .len()
        .checked_sub(2)
        .filter(|&i| lower.is_char_boundary(i));
    let (body, multiplier) = match suffix_at.map(|i| lower.split_at(i)) {
        Some((body, "kb")) => (body, 1i64 << 10),
        Some((body, "mb")) => (body, 1 << 20),
        Some((body, "gb")) => (body, 1 << 30),
        Some((body, "tb")) => (body, 1 << 40),
        Some((body, "pb")) => (body, 1 << 50),
        _ => (lower.as_str(), 1),
    };
    let (negative, digits) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body.strip_prefix('+').unwrap_or(body)),
    };
    let sign = if negative { -1 } else { 1 };
    if let Some(hex) = digits.strip_prefix("0x") {
        let n = i64::from_str_radix(hex, 16).ok()?;
        return n.checked_mul(multiplier).map(|n| Value::Int(sign * n));
    }
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = digits.parse().ok()?;
        return n.checked_mul(multiplier).map(|n| Value::Int(sign * n));
    }
    let is_float_text = digits
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'+' | b'-'))
        && digits.bytes().any(|b| b.is_ascii_digit());
    if is_float_text {
        let d: f64 = digits.parse().ok()?;
        return Some(Value::Double(sign as f64 * d * multiplier as f64));
    }
    None
}

/// Converts to a number (`Int` or `Double`), as arithmetic does with its operands.
pub fn to_number(value: &Value) -> Result<Value, ConversionError> {
    match value {
        Value::Null => Ok(Value::Int(0)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Int(_) | Value::Double(_) => Ok(value.clone()),
        Value::String(s) => parse_number(s).ok_or_else(|| fail(value, "double")),
        Value::Array(items) => {
            let items = items.borrow();
            match items.as_slice() {
                [single] => to_number(single),
                _ => Err(fail(value, "double")),
            }
        }
        _ => Err(fail(value, "double")),
    }
}

/// Converts to `[int]`/`[long]`: doubles round half to even, as .NET does.
pub fn to_int(value: &Value) -> Result<i64, ConversionError> {
    match to_number(value).map_err(|_| fail(value, "int"))? {
        Value::Int(i) => Ok(i),
        Value::Double(d) if d.is_finite() && d.abs() < 9.2e18 => Ok(d.round_ties_even() as i64),
        _ => Err(fail(value, "int")),
    }
}

/// Converts to `[double]`.
pub fn to_double(value: &Value) -> Result<f64, ConversionError> {
    match to_number(value).map_err(|_| fail(value, "double"))? {
        Value::Int(i) => Ok(i as f64),
        Value::Double(d) => Ok(d),
        _ => Err(fail(value, "double")),
    }
}

/// Converts an argument to a boolean parameter value: booleans, numbers (0 is false) and the
/// strings `true`/`false`/`$true`/`$false`/`1`/`0`. Unlike [`truthy`], other strings fail.
pub fn to_bool_argument(value: &Value) -> Result<bool, ConversionError> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::Double(d) => Ok(*d != 0.0),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "$true" | "1" => Ok(true),
            "false" | "$false" | "0" => Ok(false),
            _ => Err(fail(value, "bool")),
        },
        _ => Err(fail(value, "bool")),
    }
}

/// Converts to a list of strings: an array's items, one value as a one-item list, `$null` empty.
pub fn to_string_list(value: &Value) -> Vec<String> {
    value
        .enumerate()
        .iter()
        .map(Value::to_display_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse_like_powershell() {
        assert!(matches!(parse_number("1kb"), Some(Value::Int(1024))));
        assert!(matches!(parse_number("0x10"), Some(Value::Int(16))));
        assert!(matches!(parse_number(" 42 "), Some(Value::Int(42))));
        assert!(matches!(parse_number("-3"), Some(Value::Int(-3))));
        assert!(matches!(parse_number("1.5"), Some(Value::Double(d)) if d == 1.5));
        assert!(parse_number("16p").is_none());
        assert!(parse_number("abc").is_none());
        // Non-ASCII text is not a number (and must not split inside a character).
        assert!(parse_number("ÿ€𝄞").is_none());
    }

    #[test]
    fn int_conversion_rounds_half_to_even() {
        assert_eq!(to_int(&Value::Double(2.5)), Ok(2));
        assert_eq!(to_int(&Value::Double(3.5)), Ok(4));
        assert_eq!(to_int(&Value::str("5")), Ok(5));
        assert!(to_int(&Value::str("five")).is_err());
    }

    #[test]
    fn truthiness_follows_powershell() {
        assert!(!truthy(&Value::Null));
        assert!(!truthy(&Value::str("")));
        assert!(truthy(&Value::str("False")));
        assert!(!truthy(&Value::array(vec![])));
        assert!(!truthy(&Value::array(vec![Value::Int(0)])));
        assert!(truthy(&Value::array(vec![Value::Int(0), Value::Int(0)])));
    }

    #[test]
    fn bool_arguments_accept_only_boolean_text() {
        assert_eq!(to_bool_argument(&Value::str("TRUE")), Ok(true));
        assert_eq!(to_bool_argument(&Value::Int(0)), Ok(false));
        assert!(to_bool_argument(&Value::str("yes")).is_err());
    }
}
