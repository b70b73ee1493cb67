//! PowerShell's operators on values: arithmetic (the left operand decides the type),
//! comparisons (case-insensitive by default; a collection on the left filters), wildcard and
//! regex matching, `-replace`, `-split`, `-join`, ranges and `-contains`/`-in`.
//!
//! Everything here is pure: errors come back as [`OpError`] without a span and the caller,
//! which knows the operator's span, fills it in.

use crate::eval::convert::{to_number, truthy};
use crate::eval::unwind::codes;
use crate::eval::value::{Hashtable, Value};
use crate::eval::wildcard::Wildcard;
use crate::syntax::ast::CompareOp;
use regex::Regex;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

/// An operator failure: a code and a message; the caller adds the span.
#[derive(Debug, Clone, PartialEq)]
pub struct OpError {
    /// `coexist::eval::…` code.
    pub code: &'static str,
    /// One sentence.
    pub message: String,
}

impl OpError {
    /// A new error.
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        OpError {
            code,
            message: message.into(),
        }
    }
}

/// Operator result.
pub type OpResult = Result<Value, OpError>;

/// The most elements a range (`a..b`) or a repeated array (`@(…) * n`) may have, and the
/// most characters a repeated string may have: beyond this a script is almost certainly
/// wrong, and the memory it would take could bring the machine down.
pub const MAX_RANGE: i64 = 10_000_000;

fn type_label(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "System.Boolean",
        Value::Int(_) => "System.Int32",
        Value::Double(_) => "System.Double",
        Value::String(_) => "System.String",
        Value::Array(_) => "System.Object[]",
        Value::Hashtable(_) => "System.Collections.Hashtable",
        Value::ScriptBlock(_) => "System.Management.Automation.ScriptBlock",
        Value::Object(_) => "System.Management.Automation.PSObject",
    }
}

fn number(v: &Value, target: &str) -> Result<Value, OpError> {
    to_number(v).map_err(|_| {
        OpError::new(
            codes::CONVERSION,
            format!(
                "Cannot convert value \"{}\" to type \"{target}\".",
                v.to_display_string()
            ),
        )
    })
}

fn as_f64(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Double(d) => *d,
        _ => 0.0,
    }
}

fn no_op(op: &str, l: &Value) -> OpError {
    OpError::new(
        codes::INVALID_OPERATION,
        format!(
            "Method invocation failed because [{}] does not contain a method named '{op}'.",
            type_label(l)
        ),
    )
}

/// Arithmetic on two numbers with PowerShell's widening: integer overflow becomes a double.
fn numeric(
    l: &Value,
    r: &Value,
    int_op: fn(i64, i64) -> Option<i64>,
    float_op: fn(f64, f64) -> f64,
) -> OpResult {
    let ln = number(l, "System.Double")?;
    let rn = number(r, "System.Double")?;
    Ok(match (&ln, &rn) {
        (Value::Int(a), Value::Int(b)) => match int_op(*a, *b) {
            Some(n) => Value::Int(n),
            None => Value::Double(float_op(*a as f64, *b as f64)),
        },
        _ => Value::Double(float_op(as_f64(&ln), as_f64(&rn))),
    })
}

/// `l + r`.
pub fn add(l: &Value, r: &Value) -> OpResult {
    match l {
        Value::Null => Ok(match r {
            Value::Array(items) => Value::array(items.borrow().clone()),
            other => other.clone(),
        }),
        Value::String(s) => Ok(Value::str(format!("{s}{}", r.to_display_string()))),
        Value::Array(items) => {
            let mut out = items.borrow().clone();
            match r {
                Value::Array(more) => out.extend(more.borrow().iter().cloned()),
                other => out.push(other.clone()),
            }
            Ok(Value::array(out))
        }
        Value::Hashtable(h) => match r {
            Value::Hashtable(other) => {
                let mut merged = h.borrow().clone();
                for (k, v) in other.borrow().iter() {
                    if merged.contains_key(k) {
                        return Err(OpError::new(
                            codes::INVALID_OPERATION,
                            format!(
                                "Item has already been added. Key in dictionary: '{}'.",
                                k.to_display_string()
                            ),
                        ));
                    }
                    merged.insert(k.clone(), v.clone());
                }
                Ok(Value::hashtable(merged))
            }
            _ => Err(OpError::new(
                codes::INVALID_OPERATION,
                "A hash table can only be added to another hash table.",
            )),
        },
        Value::Int(_) | Value::Double(_) | Value::Bool(_) => {
            numeric(l, r, i64::checked_add, |a, b| a + b)
        }
        Value::ScriptBlock(_) | Value::Object(_) => Err(no_op("op_Addition", l)),
    }
}

/// `l - r`.
pub fn subtract(l: &Value, r: &Value) -> OpResult {
    match l {
        Value::Null | Value::Int(_) | Value::Double(_) | Value::Bool(_) | Value::String(_) => {
            numeric(l, r, i64::checked_sub, |a, b| a - b)
        }
        _ => Err(no_op("op_Subtraction", l)),
    }
}

/// The count of `x * n`, checked so the result has at most [`MAX_RANGE`] units of `unit_len`.
fn repeat_count(r: &Value, unit_len: usize) -> Result<usize, OpError> {
    let n = crate::eval::convert::to_int(r)
        .map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?;
    let total = (n as i128) * (unit_len.max(1) as i128);
    if n < 0 || total > MAX_RANGE as i128 {
        return Err(OpError::new(
            codes::INVALID_OPERATION,
            format!("The repeat count {n} is out of range (the result may have at most {MAX_RANGE} elements or characters)."),
        ));
    }
    Ok(n as usize)
}

/// `l * r`.
pub fn multiply(l: &Value, r: &Value) -> OpResult {
    match l {
        Value::String(s) => Ok(Value::str(s.repeat(repeat_count(r, s.len())?))),
        Value::Array(items) => {
            let n = repeat_count(r, items.borrow().len())?;
            let items = items.borrow();
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(Value::array(out))
        }
        Value::Null | Value::Int(_) | Value::Double(_) | Value::Bool(_) => {
            numeric(l, r, i64::checked_mul, |a, b| a * b)
        }
        _ => Err(no_op("op_Multiply", l)),
    }
}

fn is_zero(v: &Value) -> bool {
    match v {
        Value::Int(0) => true,
        Value::Double(d) => *d == 0.0,
        _ => false,
    }
}

fn divide_by_zero() -> OpError {
    OpError::new(codes::DIVIDE_BY_ZERO, "Attempted to divide by zero.")
}

/// `l / r`: integers divide exactly or yield a double.
pub fn divide(l: &Value, r: &Value) -> OpResult {
    if matches!(
        l,
        Value::Array(_) | Value::Hashtable(_) | Value::Object(_) | Value::ScriptBlock(_)
    ) {
        return Err(no_op("op_Division", l));
    }
    let ln = number(l, "System.Double")?;
    let rn = number(r, "System.Double")?;
    if is_zero(&rn) {
        return Err(divide_by_zero());
    }
    Ok(match (&ln, &rn) {
        (Value::Int(a), Value::Int(b)) if a.checked_rem(*b) == Some(0) => match a.checked_div(*b) {
            Some(q) => Value::Int(q),
            None => Value::Double(*a as f64 / *b as f64),
        },
        _ => Value::Double(as_f64(&ln) / as_f64(&rn)),
    })
}

/// `l % r`.
pub fn remainder(l: &Value, r: &Value) -> OpResult {
    if matches!(
        l,
        Value::Array(_) | Value::Hashtable(_) | Value::Object(_) | Value::ScriptBlock(_)
    ) {
        return Err(no_op("op_Modulus", l));
    }
    let ln = number(l, "System.Double")?;
    let rn = number(r, "System.Double")?;
    if is_zero(&rn) {
        return Err(divide_by_zero());
    }
    Ok(match (&ln, &rn) {
        (Value::Int(a), Value::Int(b)) => Value::Int(a.checked_rem(*b).unwrap_or(0)),
        _ => Value::Double(as_f64(&ln) % as_f64(&rn)),
    })
}

/// Unary minus.
pub fn negate(v: &Value) -> OpResult {
    match number(v, "System.Int32")? {
        Value::Int(i) => Ok(i
            .checked_neg()
            .map(Value::Int)
            .unwrap_or(Value::Double(-(i as f64)))),
        Value::Double(d) => Ok(Value::Double(-d)),
        other => Ok(other),
    }
}

/// `a..b` (inclusive, counting down when `b < a`).
pub fn range(l: &Value, r: &Value) -> OpResult {
    let a = crate::eval::convert::to_int(l)
        .map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?;
    let b = crate::eval::convert::to_int(r)
        .map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?;
    if (a - b).unsigned_abs() >= MAX_RANGE as u64 {
        return Err(OpError::new(
            codes::INVALID_OPERATION,
            format!("The range {a}..{b} has more than {MAX_RANGE} elements."),
        ));
    }
    let items: Vec<Value> = if a <= b {
        (a..=b).map(Value::Int).collect()
    } else {
        (b..=a).rev().map(Value::Int).collect()
    };
    Ok(Value::array(items))
}

fn fold_case(s: &str, ignore_case: bool) -> String {
    if ignore_case {
        s.to_lowercase()
    } else {
        s.to_string()
    }
}

/// Compares two scalars the PowerShell way (the left operand decides the type).
/// `None` means the two cannot be ordered (e.g. a number and non-numeric text).
pub fn compare(l: &Value, r: &Value, ignore_case: bool) -> Option<Ordering> {
    match (l, r) {
        (Value::Null, Value::Null) => Some(Ordering::Equal),
        (Value::Null, _) => Some(Ordering::Less),
        (_, Value::Null) => Some(Ordering::Greater),
        (Value::String(a), _) => {
            let b = r.to_display_string();
            Some(fold_case(a, ignore_case).cmp(&fold_case(&b, ignore_case)))
        }
        (Value::Int(a), _) => match to_number(r).ok()? {
            Value::Int(b) => Some(a.cmp(&b)),
            Value::Double(b) => (*a as f64).partial_cmp(&b),
            _ => None,
        },
        (Value::Double(a), _) => match to_number(r).ok()? {
            Value::Int(b) => a.partial_cmp(&(b as f64)),
            Value::Double(b) => a.partial_cmp(&b),
            _ => None,
        },
        (Value::Bool(a), _) => Some(a.cmp(&truthy(r))),
        (Value::Array(a), Value::Array(b)) if Rc::ptr_eq(a, b) => Some(Ordering::Equal),
        (Value::Hashtable(a), Value::Hashtable(b)) if Rc::ptr_eq(a, b) => Some(Ordering::Equal),
        (Value::Object(a), Value::Object(b)) if Rc::ptr_eq(a, b) => Some(Ordering::Equal),
        (Value::ScriptBlock(a), Value::ScriptBlock(b)) if std::sync::Arc::ptr_eq(a, b) => {
            Some(Ordering::Equal)
        }
        (Value::Object(_), _) => {
            // Domain objects compare by their display text (identity), as scripts expect.
            let a = l.to_display_string();
            let b = r.to_display_string();
            (fold_case(&a, ignore_case) == fold_case(&b, ignore_case)).then_some(Ordering::Equal)
        }
        _ => None,
    }
}

/// `l -eq r` for scalars.
pub fn equals(l: &Value, r: &Value, ignore_case: bool) -> bool {
    compare(l, r, ignore_case) == Some(Ordering::Equal)
}

fn cached_regex(pattern: &str, ignore_case: bool) -> Result<Regex, OpError> {
    thread_local! {
        static CACHE: RefCell<HashMap<(String, bool), Regex>> = RefCell::new(HashMap::new());
    }
    CACHE.with(|cache| {
        let key = (pattern.to_string(), ignore_case);
        if let Some(re) = cache.borrow().get(&key) {
            return Ok(re.clone());
        }
        let source = if ignore_case {
            format!("(?i){pattern}")
        } else {
            pattern.to_string()
        };
        let re = Regex::new(&source).map_err(|e| {
            OpError::new(
                codes::INVALID_OPERATION,
                format!("The regular expression pattern {pattern} is not valid: {e}"),
            )
        })?;
        let mut cache = cache.borrow_mut();
        if cache.len() > 256 {
            cache.clear();
        }
        cache.insert(key, re.clone());
        Ok(re)
    })
}

/// `-match` on one string: whether it matches and, if so, `$Matches`.
pub fn regex_match(
    text: &str,
    pattern: &str,
    ignore_case: bool,
) -> Result<Option<Hashtable>, OpError> {
    let re = cached_regex(pattern, ignore_case)?;
    let Some(caps) = re.captures(text) else {
        return Ok(None);
    };
    let mut table = Hashtable::default();
    let names: Vec<Option<&str>> = re.capture_names().collect();
    for (i, name) in names.iter().enumerate() {
        if let Some(m) = caps.get(i) {
            let key = match name {
                Some(n) => Value::str(n),
                None => Value::Int(i as i64),
            };
            table.insert(key, Value::str(m.as_str()));
        }
    }
    Ok(Some(table))
}

/// Rewrites a .NET replacement string (`$1`, `${name}`, `$&`, `$$`) into the regex crate's syntax.
fn translate_replacement(replacement: &str) -> String {
    let chars: Vec<char> = replacement.chars().collect();
    let mut out = String::with_capacity(replacement.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '$' && i + 1 < chars.len() {
            let next = chars[i + 1];
            if next.is_ascii_digit() {
                let mut j = i + 1;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    j += 1;
                }
                let digits: String = chars[i + 1..j].iter().collect();
                out.push_str(&format!("${{{digits}}}"));
                i = j;
                continue;
            }
            if next == '&' {
                out.push_str("${0}");
                i += 2;
                continue;
            }
            if next == '$' {
                out.push_str("$$");
                i += 2;
                continue;
            }
            if next == '{' {
                out.push('$');
                i += 1;
                continue;
            }
            out.push_str("$$");
            i += 1;
            continue;
        }
        if c == '$' {
            out.push_str("$$");
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// `text -replace pattern, replacement`.
pub fn replace(text: &str, pattern: &str, replacement: &str, ignore_case: bool) -> OpResult {
    let re = cached_regex(pattern, ignore_case)?;
    let rep = translate_replacement(replacement);
    Ok(Value::str(re.replace_all(text, rep.as_str())))
}

/// The options of `-split pattern, max, 'options'`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SplitOptions {
    /// `SimpleMatch`: the pattern is plain text.
    pub simple: bool,
    /// Ignore case (the default, `-isplit`, or `IgnoreCase`).
    pub ignore_case: bool,
    /// `Multiline`: `^` and `$` match at line ends.
    pub multiline: bool,
    /// `Singleline`: `.` matches a line end.
    pub singleline: bool,
    /// `ExplicitCapture`: only named groups are kept in the output.
    pub explicit_capture: bool,
    /// `IgnorePatternWhitespace`: blank space and `#` comments in the pattern are ignored.
    pub ignore_whitespace: bool,
}

impl SplitOptions {
    /// Parses the option list (`'SimpleMatch, IgnoreCase'`); `ignore_case` is the operator's
    /// own case mode (`IgnoreCase` turns it on even for `-csplit`).
    pub fn parse(list: &str, ignore_case: bool) -> Result<SplitOptions, OpError> {
        let mut options = SplitOptions {
            ignore_case,
            ..SplitOptions::default()
        };
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name.to_ascii_lowercase().as_str() {
                "simplematch" => options.simple = true,
                "regexmatch" | "cultureinvariant" | "none" => {}
                "ignorecase" => options.ignore_case = true,
                "multiline" => options.multiline = true,
                "singleline" => options.singleline = true,
                "explicitcapture" => options.explicit_capture = true,
                "ignorepatternwhitespace" => options.ignore_whitespace = true,
                _ => {
                    return Err(OpError::new(
                        codes::CONVERSION,
                        format!(
                            "Cannot convert \"{name}\" to a split option. Use one of: SimpleMatch, \
                             RegexMatch, IgnoreCase, CultureInvariant, Multiline, Singleline, \
                             ExplicitCapture, IgnorePatternWhitespace."
                        ),
                    ))
                }
            }
        }
        if options.simple
            && (options.multiline
                || options.singleline
                || options.explicit_capture
                || options.ignore_whitespace)
        {
            return Err(OpError::new(
                codes::INVALID_OPERATION,
                "SimpleMatch cannot be combined with the regular-expression options of -split.",
            ));
        }
        Ok(options)
    }
}

/// `text -split pattern[, max[, options]]` (max ≤ 0: no limit). As .NET's `Regex.Split`,
/// the text captured by groups in the pattern is kept between the pieces.
pub fn split(
    text: &str,
    pattern: &str,
    max: i64,
    options: SplitOptions,
) -> Result<Vec<Value>, OpError> {
    let mut source = String::new();
    if options.simple {
        source.push_str(&regex::escape(pattern));
    } else {
        for (on, flag) in [
            (options.multiline, "(?m)"),
            (options.singleline, "(?s)"),
            (options.ignore_whitespace, "(?x)"),
        ] {
            if on {
                source.push_str(flag);
            }
        }
        source.push_str(pattern);
    }
    let re = cached_regex(&source, options.ignore_case)?;
    let names: Vec<Option<&str>> = re.capture_names().collect();
    let mut parts = Vec::new();
    let mut last = 0;
    for caps in re.captures_iter(text) {
        if max > 0 && parts.len() as i64 >= max - 1 {
            break;
        }
        let Some(whole) = caps.get(0) else { continue };
        parts.push(Value::str(&text[last..whole.start()]));
        for (i, name) in names.iter().enumerate().skip(1) {
            if options.explicit_capture && name.is_none() {
                continue;
            }
            if let Some(group) = caps.get(i) {
                parts.push(Value::str(group.as_str()));
            }
        }
        last = whole.end();
    }
    parts.push(Value::str(&text[last..]));
    Ok(parts)
}

/// The pattern, maximum count and options on the right of `-split`.
pub fn split_arguments(
    r: &Value,
    ignore_case: bool,
) -> Result<(Value, i64, SplitOptions), OpError> {
    let items = match r {
        Value::Array(items) => items.borrow().clone(),
        other => vec![other.clone()],
    };
    let pattern = items.first().cloned().unwrap_or_default();
    let max = match items.get(1) {
        Some(v) => crate::eval::convert::to_int(v)
            .map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?,
        None => 0,
    };
    if items.len() > 3 {
        return Err(OpError::new(
            codes::INVALID_OPERATION,
            "The -split operator allows at most three values after it: pattern, count and options.",
        ));
    }
    let options = match items.get(2) {
        Some(list) => SplitOptions::parse(
            &list
                .enumerate()
                .iter()
                .map(Value::to_display_string)
                .collect::<Vec<_>>()
                .join(","),
            ignore_case,
        )?,
        None => SplitOptions {
            ignore_case,
            ..SplitOptions::default()
        },
    };
    Ok((pattern, max, options))
}

/// Unary `-split text`: split on runs of white space, dropping empty pieces.
pub fn split_whitespace(text: &str) -> Vec<Value> {
    text.split_whitespace().map(Value::str).collect()
}

/// `items -join separator`.
pub fn join(items: &Value, separator: &str) -> Value {
    let parts: Vec<String> = items
        .enumerate()
        .iter()
        .map(Value::to_display_string)
        .collect();
    Value::str(parts.join(separator))
}

/// One comparison-family operator applied to a scalar left operand.
/// Returns `Some(bool)` for the predicate operators; `$Matches` goes through `matches`.
pub fn scalar_predicate(
    op: CompareOp,
    l: &Value,
    r: &Value,
    ignore_case: bool,
    matches: &mut Option<Hashtable>,
) -> Result<bool, OpError> {
    let ordered = |want: fn(Ordering) -> bool| -> Result<bool, OpError> {
        match compare(l, r, ignore_case) {
            Some(o) => Ok(want(o)),
            None => Err(OpError::new(
                codes::CONVERSION,
                format!(
                    "Could not compare \"{}\" to \"{}\".",
                    l.to_display_string(),
                    r.to_display_string()
                ),
            )),
        }
    };
    match op {
        CompareOp::Eq => Ok(equals(l, r, ignore_case)),
        CompareOp::Ne => Ok(!equals(l, r, ignore_case)),
        CompareOp::Gt => ordered(|o| o == Ordering::Greater),
        CompareOp::Ge => ordered(|o| o != Ordering::Less),
        CompareOp::Lt => ordered(|o| o == Ordering::Less),
        CompareOp::Le => ordered(|o| o != Ordering::Greater),
        CompareOp::Like | CompareOp::NotLike => {
            let hit =
                Wildcard::new(&r.to_display_string(), ignore_case).is_match(&l.to_display_string());
            Ok(hit == (op == CompareOp::Like))
        }
        CompareOp::Match | CompareOp::NotMatch => {
            let found = regex_match(&l.to_display_string(), &r.to_display_string(), ignore_case)?;
            let hit = found.is_some();
            if found.is_some() {
                *matches = found;
            }
            Ok(hit == (op == CompareOp::Match))
        }
        CompareOp::Contains | CompareOp::NotContains => {
            let hit = l
                .enumerate()
                .iter()
                .any(|item| equals(item, r, ignore_case));
            Ok(hit == (op == CompareOp::Contains))
        }
        CompareOp::In | CompareOp::NotIn => {
            let hit = r
                .enumerate()
                .iter()
                .any(|item| equals(item, l, ignore_case));
            Ok(hit == (op == CompareOp::In))
        }
        CompareOp::Replace | CompareOp::Split => Err(OpError::new(
            codes::INVALID_OPERATION,
            "not a predicate operator",
        )),
    }
}

/// A comparison-family operator with PowerShell's collection rules. `matches` receives
/// `$Matches` when a scalar `-match` succeeds.
pub fn compare_op(
    op: CompareOp,
    l: &Value,
    r: &Value,
    ignore_case: bool,
    matches: &mut Option<Hashtable>,
) -> OpResult {
    match op {
        CompareOp::Replace => {
            let (pattern, replacement) = match r {
                Value::Array(items) => {
                    let items = items.borrow();
                    match items.as_slice() {
                        [p] => (p.to_display_string(), String::new()),
                        [p, rep] => (p.to_display_string(), rep.to_display_string()),
                        _ => {
                            return Err(OpError::new(
                                codes::INVALID_OPERATION,
                                "The -replace operator allows only two elements to follow it.",
                            ))
                        }
                    }
                }
                other => (other.to_display_string(), String::new()),
            };
            if let Value::Array(items) = l {
                let out: Result<Vec<Value>, OpError> = items
                    .borrow()
                    .iter()
                    .map(|i| replace(&i.to_display_string(), &pattern, &replacement, ignore_case))
                    .collect();
                return Ok(Value::array(out?));
            }
            replace(&l.to_display_string(), &pattern, &replacement, ignore_case)
        }
        CompareOp::Split => {
            let (pattern, max, options) = split_arguments(r, ignore_case)?;
            let pattern = pattern.to_display_string();
            let mut out = Vec::new();
            for item in l.enumerate() {
                out.extend(split(&item.to_display_string(), &pattern, max, options)?);
            }
            Ok(Value::array(out))
        }
        CompareOp::Contains | CompareOp::NotContains | CompareOp::In | CompareOp::NotIn => Ok(
            Value::Bool(scalar_predicate(op, l, r, ignore_case, matches)?),
        ),
        _ => match l {
            Value::Array(items) => {
                let items = items.borrow();
                let mut kept = Vec::new();
                let mut ignored = None;
                for item in items.iter() {
                    if scalar_predicate(op, item, r, ignore_case, &mut ignored)? {
                        kept.push(item.clone());
                    }
                }
                Ok(Value::array(kept))
            }
            _ => Ok(Value::Bool(scalar_predicate(
                op,
                l,
                r,
                ignore_case,
                matches,
            )?)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::str(text)
    }

    fn show(v: &Value) -> String {
        match v {
            Value::Array(items) => items
                .borrow()
                .iter()
                .map(show)
                .collect::<Vec<_>>()
                .join(","),
            Value::Int(i) => format!("{i}i"),
            Value::Double(d) => format!("{d}d"),
            other => other.to_display_string(),
        }
    }

    #[test]
    fn left_operand_decides_addition() {
        assert_eq!(show(&add(&s("1"), &Value::Int(1)).unwrap()), "11");
        assert_eq!(show(&add(&Value::Int(1), &s("1")).unwrap()), "2i");
        assert_eq!(show(&add(&Value::Null, &Value::Int(1)).unwrap()), "1i");
        assert!(add(&Value::Int(1), &s("a")).is_err());
        let a = Value::array(vec![Value::Int(1)]);
        assert_eq!(show(&add(&a, &a).unwrap()), "1i,1i");
    }

    #[test]
    fn multiplication_repeats_strings_and_arrays() {
        assert_eq!(show(&multiply(&s("ab"), &Value::Int(2)).unwrap()), "abab");
        let a = Value::array(vec![Value::Int(1), Value::Int(2)]);
        assert_eq!(show(&multiply(&a, &Value::Int(2)).unwrap()), "1i,2i,1i,2i");
    }

    #[test]
    fn division_is_exact_or_double() {
        assert_eq!(show(&divide(&Value::Int(6), &Value::Int(3)).unwrap()), "2i");
        assert_eq!(
            show(&divide(&Value::Int(7), &Value::Int(2)).unwrap()),
            "3.5d"
        );
        assert_eq!(
            divide(&Value::Int(1), &Value::Int(0)).unwrap_err().code,
            codes::DIVIDE_BY_ZERO
        );
        assert_eq!(
            show(&remainder(&Value::Int(7), &Value::Int(3)).unwrap()),
            "1i"
        );
    }

    #[test]
    fn overflow_widens_to_double() {
        let big = Value::Int(i64::MAX);
        assert!(matches!(
            add(&big, &Value::Int(1)).unwrap(),
            Value::Double(_)
        ));
        assert!(matches!(
            multiply(&big, &Value::Int(2)).unwrap(),
            Value::Double(_)
        ));
    }

    #[test]
    fn comparisons_filter_collections() {
        let a = Value::array(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        let mut m = None;
        let r = compare_op(CompareOp::Gt, &a, &Value::Int(1), true, &mut m).unwrap();
        assert_eq!(show(&r), "2i,3i");
        let r = compare_op(CompareOp::Eq, &s("ABC"), &s("abc"), true, &mut m).unwrap();
        assert_eq!(show(&r), "True");
        let r = compare_op(CompareOp::Eq, &s("ABC"), &s("abc"), false, &mut m).unwrap();
        assert_eq!(show(&r), "False");
        let r = compare_op(CompareOp::Contains, &a, &s("2"), true, &mut m).unwrap();
        assert_eq!(show(&r), "True");
        let r = compare_op(CompareOp::In, &Value::Int(4), &a, true, &mut m).unwrap();
        assert_eq!(show(&r), "False");
    }

    #[test]
    fn numbers_compare_numerically_strings_textually() {
        assert!(equals(&Value::Int(10), &s("10"), true));
        assert_eq!(
            compare(&s("10"), &Value::Int(9), true),
            Some(Ordering::Less)
        );
        assert_eq!(
            compare(&Value::Int(10), &s("9"), true),
            Some(Ordering::Greater)
        );
        assert!(!equals(&Value::Int(0), &Value::Null, true));
        assert!(equals(&Value::Null, &Value::Null, true));
    }

    #[test]
    fn match_sets_groups_and_replace_uses_them() {
        let m = regex_match("user42", r"(\d+)", true).unwrap().unwrap();
        assert_eq!(show(m.get(&Value::Int(1)).unwrap()), "42");
        let r = replace("ann smith", r"(\w+) (\w+)", "$2, $1", true).unwrap();
        assert_eq!(show(&r), "smith, ann");
        let r = replace("a.b", r"\.", "$", true).unwrap();
        assert_eq!(show(&r), "a$b");
    }

    #[test]
    fn split_and_join() {
        let mut m = None;
        let r = compare_op(CompareOp::Split, &s("a,b,,c"), &s(","), true, &mut m).unwrap();
        assert_eq!(show(&r), "a,b,,c");
        let v = Value::array(vec![s("a"), s("b")]);
        assert_eq!(show(&join(&v, "-")), "a-b");
        assert_eq!(split_whitespace("  a  b ").len(), 2);
    }

    #[test]
    fn ranges_count_both_ways() {
        assert_eq!(
            show(&range(&Value::Int(1), &Value::Int(3)).unwrap()),
            "1i,2i,3i"
        );
        assert_eq!(
            show(&range(&Value::Int(3), &Value::Int(1)).unwrap()),
            "3i,2i,1i"
        );
    }
}
