//! PowerShell comparison semantics for the general cmdlets: `-eq`, `-lt`, `-like`, `-match`,
//! `-contains`, and the ordering Sort-Object uses.
//!
//! The left operand decides the type, as in PowerShell: a number on the left converts the
//! right side to a number, a string on the left compares text (case-insensitively unless asked).

use crate::eval::convert;
use crate::eval::value::Value;
use crate::eval::wildcard::Wildcard;
use std::cmp::Ordering;

/// True when `text` contains a wildcard character (`*`, `?` or `[`).
pub fn has_wildcard(text: &str) -> bool {
    Wildcard::has_wildcards(text)
}

/// PowerShell wildcard matching (the `-like` operator's engine, [`Wildcard`]): `*` any run,
/// `?` one character, `[abc]`/`[a-z]`/`[!a]` a set, `` ` `` escapes. The whole text must match.
pub fn wildcard_match(pattern: &str, text: &str, case_sensitive: bool) -> bool {
    Wildcard::new(pattern, !case_sensitive).is_match(text)
}

/// Text comparison, case-insensitive unless `case_sensitive`.
fn compare_text(a: &str, b: &str, case_sensitive: bool) -> Ordering {
    if case_sensitive {
        a.cmp(b)
    } else {
        a.to_lowercase().cmp(&b.to_lowercase())
    }
}

/// `left -eq right` for a scalar left side.
pub fn equals(left: &Value, right: &Value, case_sensitive: bool) -> bool {
    match left {
        Value::Null => right.is_null(),
        Value::Array(items) => items
            .borrow()
            .iter()
            .any(|item| equals(item, right, case_sensitive)),
        Value::Object(a) => matches!(right, Value::Object(b) if std::rc::Rc::ptr_eq(a, b)),
        Value::Hashtable(a) => matches!(right, Value::Hashtable(b) if std::rc::Rc::ptr_eq(a, b)),
        Value::ScriptBlock(a) => {
            matches!(right, Value::ScriptBlock(b) if std::sync::Arc::ptr_eq(a, b))
        }
        _ if right.is_null() => false,
        _ => compare(left, right, case_sensitive) == Some(Ordering::Equal),
    }
}

/// `left` compared with `right` (`-lt`, `-gt`, …); `None` when they cannot be compared.
pub fn compare(left: &Value, right: &Value, case_sensitive: bool) -> Option<Ordering> {
    match (left, right) {
        (Value::Null, Value::Null) => Some(Ordering::Equal),
        (Value::Null, _) => Some(Ordering::Less),
        (_, Value::Null) => Some(Ordering::Greater),
        (Value::Bool(a), r) => Some(a.cmp(&convert::truthy(r))),
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Int(_) | Value::Double(_), r) => {
            let a = convert::to_double(left).ok()?;
            let b = convert::to_double(r).ok()?;
            a.partial_cmp(&b)
        }
        (Value::String(a), r) => Some(compare_text(a, &r.to_display_string(), case_sensitive)),
        (l, r) => Some(compare_text(
            &l.to_display_string(),
            &r.to_display_string(),
            case_sensitive,
        )),
    }
}

/// Sort-Object's order: `$null` first, numbers numerically, booleans false first,
/// everything else as text (case-insensitive unless `case_sensitive`).
pub fn sort_order(a: &Value, b: &Value, case_sensitive: bool) -> Ordering {
    let numeric = |v: &Value| matches!(v, Value::Int(_) | Value::Double(_));
    match (a, b) {
        (Value::Null, Value::Null) => Ordering::Equal,
        (Value::Null, _) => Ordering::Less,
        (_, Value::Null) => Ordering::Greater,
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (x, y) if numeric(x) && numeric(y) => {
            let fx = convert::to_double(x).unwrap_or(0.0);
            let fy = convert::to_double(y).unwrap_or(0.0);
            fx.total_cmp(&fy)
        }
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (x, y) => compare_text(
            &x.to_display_string(),
            &y.to_display_string(),
            case_sensitive,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_follow_powershell() {
        assert!(wildcard_match("a*", "ABC", false));
        assert!(!wildcard_match("a*", "ABC", true));
        assert!(wildcard_match("*chat*", "pchat.contoso.com", false));
        assert!(wildcard_match("?b?", "abc", false));
        assert!(wildcard_match("[a-c]x", "bx", false));
        assert!(!wildcard_match("[a-c]x", "dx", false));
        assert!(wildcard_match("a`*", "a*", false));
        assert!(!wildcard_match("a`*", "ab", false));
        assert!(wildcard_match("*", "", false));
        assert!(!wildcard_match("a", "", false));
    }

    #[test]
    fn left_operand_decides_the_type() {
        assert!(equals(&Value::Int(5), &Value::str("5"), false));
        assert!(equals(&Value::str("ABC"), &Value::str("abc"), false));
        assert!(!equals(&Value::str("ABC"), &Value::str("abc"), true));
        assert!(!equals(&Value::Null, &Value::Int(0), false));
        assert_eq!(
            compare(&Value::Int(10), &Value::str("9"), false),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare(&Value::str("10"), &Value::Int(9), false),
            Some(Ordering::Less)
        );
        assert_eq!(compare(&Value::Int(1), &Value::str("x"), false), None);
    }

    #[test]
    fn sort_order_puts_null_first_and_numbers_numerically() {
        assert_eq!(
            sort_order(&Value::Null, &Value::Int(1), false),
            Ordering::Less
        );
        assert_eq!(
            sort_order(&Value::Int(10), &Value::Double(9.5), false),
            Ordering::Greater
        );
        assert_eq!(
            sort_order(&Value::str("b"), &Value::str("A"), false),
            Ordering::Greater
        );
    }
}
