//! Members, methods and indexing on values: `.Count`/`.Length` on anything, properties with
//! PowerShell's member enumeration over arrays, the string/array/hashtable methods scripts
//! use, `[math]`/`[string]`/`[int]` statics, and `$a[i]` / `$h['k']` / `$s[0]`.

use crate::eval::convert::{to_double, to_int};
use crate::eval::format_op::format_value;
use crate::eval::lists;
use crate::eval::operators::{equals, OpError};
use crate::eval::unwind::codes;
use crate::eval::value::{Hashtable, PsObject, Value};

type MethodResult = Result<Value, OpError>;

fn type_name(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(_) => "System.Boolean".into(),
        Value::Int(_) => "System.Int32".into(),
        Value::Double(_) => "System.Double".into(),
        Value::String(_) => "System.String".into(),
        Value::Array(items) => lists::kind(items)
            .map_or("System.Object[]", lists::type_name)
            .into(),
        Value::Hashtable(_) => "System.Collections.Hashtable".into(),
        Value::ScriptBlock(_) => "System.Management.Automation.ScriptBlock".into(),
        Value::Object(o) => o.borrow().type_name.clone(),
    }
}

fn method_not_found(value: &Value, name: &str) -> OpError {
    if value.is_null() {
        return OpError::new(
            codes::METHOD_NOT_FOUND,
            format!("You cannot call a method on a null-valued expression ('{name}')."),
        );
    }
    OpError::new(
        codes::METHOD_NOT_FOUND,
        format!(
            "Method invocation failed because [{}] does not contain a method named '{name}'.",
            type_name(value)
        ),
    )
}

fn arg_count(name: &str, args: &[Value], allowed: &[usize]) -> Result<(), OpError> {
    if allowed.contains(&args.len()) {
        Ok(())
    } else {
        Err(OpError::new(
            codes::METHOD_NOT_FOUND,
            format!(
                "Cannot find an overload for \"{name}\" and the argument count: \"{}\".",
                args.len()
            ),
        ))
    }
}

fn int_arg(args: &[Value], i: usize) -> Result<i64, OpError> {
    let v = args.get(i).cloned().unwrap_or_default();
    to_int(&v).map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))
}

fn str_arg(args: &[Value], i: usize) -> String {
    args.get(i)
        .map(Value::to_display_string)
        .unwrap_or_default()
}

fn out_of_range(what: &str) -> OpError {
    OpError::new(
        codes::NOT_INDEXABLE,
        format!("Exception calling \"{what}\": Index and length must refer to a location within the string."),
    )
}

/// A `GetType()` result.
fn type_object(value: &Value) -> Value {
    let full = type_name(value);
    let short = full.rsplit('.').next().unwrap_or(&full).to_string();
    Value::object(
        PsObject::new("RuntimeType")
            .with("Name", Value::str(short))
            .with("FullName", Value::str(full)),
    )
}

/// Reads `value.name` (never an error: a missing property is `$null`).
pub fn get_member(value: &Value, name: &str) -> Value {
    let lname = name.to_ascii_lowercase();
    let is_count = lname == "count" || lname == "length";
    match value {
        Value::Null => {
            if is_count {
                Value::Int(0)
            } else {
                Value::Null
            }
        }
        Value::String(s) => match lname.as_str() {
            "length" => Value::Int(s.chars().count() as i64),
            "count" => Value::Int(1),
            _ => Value::Null,
        },
        Value::Array(items) => {
            if is_count || lname == "longlength" {
                return Value::Int(items.borrow().len() as i64);
            }
            if lname == "rank" {
                return Value::Int(1);
            }
            // Member enumeration: the property of every item, flattened one level.
            let mut out = Vec::new();
            for item in items.borrow().iter() {
                if matches!(item, Value::Array(_)) {
                    // Member enumeration unrolls one level only.
                    continue;
                }
                match get_member(item, name) {
                    Value::Null => {}
                    Value::Array(inner) => out.extend(inner.borrow().iter().cloned()),
                    v => out.push(v),
                }
            }
            match out.len() {
                0 => Value::Null,
                1 => out.pop().unwrap_or_default(),
                _ => Value::array(out),
            }
        }
        Value::Hashtable(h) => {
            let h = h.borrow();
            if let Some(v) = h.get_str(name) {
                return v.clone();
            }
            match lname.as_str() {
                "count" | "length" => Value::Int(h.len() as i64),
                "keys" => Value::array(h.iter().map(|(k, _)| k.clone()).collect()),
                "values" => Value::array(h.iter().map(|(_, v)| v.clone()).collect()),
                _ => Value::Null,
            }
        }
        Value::Object(o) => {
            let object = o.borrow();
            match object.get(name) {
                Some(v) => v.clone(),
                None if is_count => Value::Int(1),
                None if lname == "psobject" => psobject_view(value, &object),
                None => Value::Null,
            }
        }
        Value::Bool(_) | Value::Int(_) | Value::Double(_) | Value::ScriptBlock(_) => {
            if is_count {
                Value::Int(1)
            } else {
                Value::Null
            }
        }
    }
}

/// `$object.PSObject`: the object's `Properties` (name, value, member type of each, in
/// order), its `TypeNames` (most specific first, then System.Object) and `BaseObject`.
fn psobject_view(value: &Value, object: &PsObject) -> Value {
    let properties = object
        .properties
        .iter()
        .map(|(name, v)| {
            Value::object(
                PsObject::new("System.Management.Automation.PSNoteProperty")
                    .with("Name", Value::str(name))
                    .with("Value", v.clone())
                    .with("MemberType", Value::str("NoteProperty"))
                    .with("IsSettable", Value::Bool(true))
                    .with("IsGettable", Value::Bool(true))
                    .with("TypeNameOfValue", Value::str(type_name(v))),
            )
        })
        .collect();
    let own = if object.type_name.eq_ignore_ascii_case("PSCustomObject") {
        "System.Management.Automation.PSCustomObject".to_string()
    } else {
        object.type_name.clone()
    };
    Value::object(
        PsObject::new("System.Management.Automation.PSObject")
            .with("Properties", Value::array(properties))
            .with(
                "TypeNames",
                Value::array(vec![Value::str(own), Value::str("System.Object")]),
            )
            .with("BaseObject", value.clone()),
    )
}

/// Whether `value.name` exists as a settable property (for `$obj.Prop = …`).
pub fn set_member(target: &Value, name: &str, new_value: Value) -> Result<(), OpError> {
    match target {
        Value::Hashtable(h) => {
            h.borrow_mut().insert(Value::str(name), new_value);
            Ok(())
        }
        Value::Object(o) => {
            o.borrow_mut().set(name, new_value);
            Ok(())
        }
        Value::Array(items) => {
            for item in items.borrow().iter() {
                if !matches!(item, Value::Array(_)) {
                    set_member(item, name, new_value.clone())?;
                }
            }
            Ok(())
        }
        Value::Null => Err(OpError::new(
            codes::INVALID_OPERATION,
            format!("The property '{name}' cannot be found on this object: the object is $null."),
        )),
        other => Err(OpError::new(
            codes::INVALID_OPERATION,
            format!(
                "The property '{name}' cannot be found on this object of type [{}].",
                type_name(other)
            ),
        )),
    }
}

fn string_method(s: &str, name: &str, args: &[Value]) -> Option<MethodResult> {
    let chars: Vec<char> = s.chars().collect();
    let lname = name.to_ascii_lowercase();
    let result = (|| -> MethodResult {
        Ok(match lname.as_str() {
            "toupper" | "toupperinvariant" => Value::str(s.to_uppercase()),
            "tolower" | "tolowerinvariant" => Value::str(s.to_lowercase()),
            "tostring" => Value::str(s),
            "contains" => {
                arg_count(name, args, &[1])?;
                Value::Bool(s.contains(&str_arg(args, 0)))
            }
            "startswith" => {
                arg_count(name, args, &[1])?;
                Value::Bool(s.starts_with(&str_arg(args, 0)))
            }
            "endswith" => {
                arg_count(name, args, &[1])?;
                Value::Bool(s.ends_with(&str_arg(args, 0)))
            }
            "equals" => {
                arg_count(name, args, &[1])?;
                Value::Bool(s == str_arg(args, 0))
            }
            "trim" | "trimstart" | "trimend" => {
                let set: Vec<char> = args
                    .iter()
                    .flat_map(|a| a.enumerate())
                    .flat_map(|a| a.to_display_string().chars().collect::<Vec<_>>())
                    .collect();
                let matches = |c: char| {
                    if set.is_empty() {
                        c.is_whitespace()
                    } else {
                        set.contains(&c)
                    }
                };
                Value::str(match lname.as_str() {
                    "trim" => s.trim_matches(matches),
                    "trimstart" => s.trim_start_matches(matches),
                    _ => s.trim_end_matches(matches),
                })
            }
            "split" => {
                let seps: Vec<char> = args
                    .iter()
                    .take(1)
                    .flat_map(|a| a.enumerate())
                    .flat_map(|a| a.to_display_string().chars().collect::<Vec<_>>())
                    .collect();
                let parts: Vec<Value> = if seps.is_empty() {
                    s.split(char::is_whitespace).map(Value::str).collect()
                } else {
                    s.split(|c| seps.contains(&c)).map(Value::str).collect()
                };
                Value::array(parts)
            }
            "replace" => {
                arg_count(name, args, &[2])?;
                let old = str_arg(args, 0);
                if old.is_empty() {
                    return Err(OpError::new(
                        codes::INVALID_OPERATION,
                        "Exception calling \"Replace\": String cannot be of zero length.",
                    ));
                }
                Value::str(s.replace(&old, &str_arg(args, 1)))
            }
            "substring" => {
                arg_count(name, args, &[1, 2])?;
                let start = int_arg(args, 0)?;
                let len = if args.len() == 2 {
                    int_arg(args, 1)?
                } else {
                    chars.len() as i64 - start
                };
                if start < 0 || len < 0 || start + len > chars.len() as i64 {
                    return Err(out_of_range("Substring"));
                }
                Value::str(
                    chars[start as usize..(start + len) as usize]
                        .iter()
                        .collect::<String>(),
                )
            }
            "remove" => {
                arg_count(name, args, &[1, 2])?;
                let start = int_arg(args, 0)?;
                let len = if args.len() == 2 {
                    int_arg(args, 1)?
                } else {
                    chars.len() as i64 - start
                };
                if start < 0 || len < 0 || start + len > chars.len() as i64 {
                    return Err(out_of_range("Remove"));
                }
                let mut out: String = chars[..start as usize].iter().collect();
                out.extend(chars[(start + len) as usize..].iter());
                Value::str(out)
            }
            "insert" => {
                arg_count(name, args, &[2])?;
                let at = int_arg(args, 0)?;
                if at < 0 || at > chars.len() as i64 {
                    return Err(out_of_range("Insert"));
                }
                let mut out: String = chars[..at as usize].iter().collect();
                out.push_str(&str_arg(args, 1));
                out.extend(chars[at as usize..].iter());
                Value::str(out)
            }
            "indexof" | "lastindexof" => {
                arg_count(name, args, &[1])?;
                let needle = str_arg(args, 0);
                let found = if lname == "indexof" {
                    s.find(&needle)
                } else {
                    s.rfind(&needle)
                };
                Value::Int(match found {
                    Some(byte) => s[..byte].chars().count() as i64,
                    None => -1,
                })
            }
            "padleft" | "padright" => {
                arg_count(name, args, &[1, 2])?;
                let width = int_arg(args, 0)?;
                if !(0..=crate::eval::operators::MAX_RANGE).contains(&width) {
                    return Err(OpError::new(
                        codes::INVALID_OPERATION,
                        format!("Exception calling \"{name}\": the total width {width} is out of range."),
                    ));
                }
                let width = width as usize;
                let fill = str_arg(args, 1).chars().next().unwrap_or(' ');
                let pad: String =
                    std::iter::repeat_n(fill, width.saturating_sub(chars.len())).collect();
                Value::str(if lname == "padleft" {
                    format!("{pad}{s}")
                } else {
                    format!("{s}{pad}")
                })
            }
            "tochararray" => {
                Value::array(chars.iter().map(|c| Value::str(c.to_string())).collect())
            }
            "gettype" => type_object(&Value::str(s)),
            "compareto" => {
                arg_count(name, args, &[1])?;
                Value::Int(match s.cmp(&str_arg(args, 0)) {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                })
            }
            _ => return Err(method_not_found(&Value::str(s), name)),
        })
    })();
    match result {
        Err(e) if e.code == codes::METHOD_NOT_FOUND && !e.message.contains("overload") => None,
        other => Some(other),
    }
}

fn hashtable_method(
    h: &std::rc::Rc<std::cell::RefCell<Hashtable>>,
    name: &str,
    args: &[Value],
) -> Option<MethodResult> {
    let lname = name.to_ascii_lowercase();
    let result = (|| -> MethodResult {
        Ok(match lname.as_str() {
            "containskey" | "contains" => {
                arg_count(name, args, &[1])?;
                Value::Bool(h.borrow().contains_key(&args[0]))
            }
            "containsvalue" => {
                arg_count(name, args, &[1])?;
                Value::Bool(h.borrow().iter().any(|(_, v)| equals(v, &args[0], false)))
            }
            "add" => {
                arg_count(name, args, &[2])?;
                if h.borrow().contains_key(&args[0]) {
                    return Err(OpError::new(
                        codes::INVALID_OPERATION,
                        format!(
                            "Exception calling \"Add\": Item has already been added. Key in dictionary: '{}'.",
                            args[0].to_display_string()
                        ),
                    ));
                }
                h.borrow_mut().insert(args[0].clone(), args[1].clone());
                Value::Null
            }
            "remove" => {
                arg_count(name, args, &[1])?;
                h.borrow_mut().remove(&args[0]);
                Value::Null
            }
            "clear" => {
                *h.borrow_mut() = Hashtable::default();
                Value::Null
            }
            "clone" => Value::hashtable(h.borrow().clone()),
            "getenumerator" => Value::array(
                h.borrow()
                    .iter()
                    .map(|(k, v)| {
                        Value::object(
                            PsObject::new("DictionaryEntry")
                                .with("Name", k.clone())
                                .with("Key", k.clone())
                                .with("Value", v.clone()),
                        )
                    })
                    .collect(),
            ),
            "tostring" => Value::str("System.Collections.Hashtable"),
            "gettype" => type_object(&Value::Hashtable(h.clone())),
            _ => return Err(method_not_found(&Value::Hashtable(h.clone()), name)),
        })
    })();
    match result {
        Err(e) if e.code == codes::METHOD_NOT_FOUND && !e.message.contains("overload") => None,
        other => Some(other),
    }
}

/// Calls `value.name(args)`.
pub fn call_method(value: &Value, name: &str, args: &[Value]) -> MethodResult {
    let lname = name.to_ascii_lowercase();
    match value {
        Value::String(s) => {
            string_method(s, name, args).unwrap_or_else(|| Err(method_not_found(value, name)))
        }
        Value::Hashtable(h) => {
            hashtable_method(h, name, args).unwrap_or_else(|| Err(method_not_found(value, name)))
        }
        Value::Array(items) => match lname.as_str() {
            _ if lists::kind(items).is_some() && lists::is_change(&lname) => {
                let kind = lists::kind(items).unwrap_or(lists::ListKind::ArrayList);
                lists::call(items, kind, name, args)
            }
            "contains" => {
                arg_count(name, args, &[1])?;
                Ok(Value::Bool(
                    items.borrow().iter().any(|i| equals(i, &args[0], false)),
                ))
            }
            "indexof" => {
                arg_count(name, args, &[1])?;
                Ok(Value::Int(
                    items
                        .borrow()
                        .iter()
                        .position(|i| equals(i, &args[0], false))
                        .map_or(-1, |p| p as i64),
                ))
            }
            "clone" => Ok(Value::array(items.borrow().clone())),
            "tostring" => Ok(Value::str("System.Object[]")),
            "gettype" => Ok(type_object(value)),
            "add" | "remove" | "clear" | "insert" => Err(OpError::new(
                codes::INVALID_OPERATION,
                format!("Exception calling \"{name}\": Collection was of a fixed size."),
            )),
            _ => {
                // Method enumeration: call it on every item.
                let items = items.borrow().clone();
                if items.is_empty() {
                    return Err(method_not_found(value, name));
                }
                let mut out = Vec::new();
                for item in &items {
                    if matches!(item, Value::Array(_)) {
                        return Err(method_not_found(item, name));
                    }
                    out.push(call_method(item, name, args)?);
                }
                Ok(Value::array(out))
            }
        },
        Value::Int(_) | Value::Double(_) | Value::Bool(_) => match lname.as_str() {
            "tostring" => match args.first() {
                Some(spec) => format_value(value, &spec.to_display_string()).map(Value::str),
                None => Ok(Value::str(value.to_display_string())),
            },
            "equals" => {
                arg_count(name, args, &[1])?;
                Ok(Value::Bool(equals(value, &args[0], false)))
            }
            "compareto" => {
                arg_count(name, args, &[1])?;
                let a = to_double(value).unwrap_or(0.0);
                let b = to_double(&args[0]).unwrap_or(0.0);
                Ok(Value::Int(match a.partial_cmp(&b) {
                    Some(std::cmp::Ordering::Less) => -1,
                    Some(std::cmp::Ordering::Greater) => 1,
                    _ => 0,
                }))
            }
            "gettype" => Ok(type_object(value)),
            _ => Err(method_not_found(value, name)),
        },
        Value::Object(o) => match lname.as_str() {
            "tostring" => Ok(Value::str(value.to_display_string())),
            "gettype" => Ok(type_object(value)),
            "equals" => {
                arg_count(name, args, &[1])?;
                Ok(Value::Bool(equals(value, &args[0], false)))
            }
            "psobject" => Ok(Value::object(o.borrow().clone())),
            _ => Err(method_not_found(value, name)),
        },
        Value::ScriptBlock(_) => match lname.as_str() {
            "tostring" => Ok(Value::str("")),
            "gettype" => Ok(type_object(value)),
            _ => Err(method_not_found(value, name)),
        },
        Value::Null => Err(method_not_found(value, name)),
    }
}

fn math_round(args: &[Value]) -> MethodResult {
    arg_count("Round", args, &[1, 2])?;
    let x = to_double(&args[0]).map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?;
    let digits = if args.len() == 2 {
        int_arg(args, 1)?
    } else {
        0
    };
    if !(0..=15).contains(&digits) {
        return Err(OpError::new(
            codes::INVALID_OPERATION,
            "Exception calling \"Round\": Rounding digits must be between 0 and 15, inclusive.",
        ));
    }
    let factor = 10f64.powi(digits as i32);
    let rounded = (x * factor).round_ties_even() / factor;
    Ok(if matches!(args[0], Value::Int(_)) {
        args[0].clone()
    } else {
        Value::Double(rounded)
    })
}

fn numeric_result(d: f64, all_int: bool) -> Value {
    if all_int && d.fract() == 0.0 && d.abs() < 9e18 {
        Value::Int(d as i64)
    } else {
        Value::Double(d)
    }
}

/// Calls `[type]::name(args)`.
pub fn call_static(type_name: &str, name: &str, args: &[Value]) -> MethodResult {
    let ty = type_name.to_ascii_lowercase();
    let ty = ty.strip_prefix("system.").unwrap_or(&ty);
    let lname = name.to_ascii_lowercase();
    let nums = || -> Result<Vec<f64>, OpError> {
        args.iter()
            .map(|a| to_double(a).map_err(|e| OpError::new(codes::CONVERSION, e.to_string())))
            .collect()
    };
    let all_int = args.iter().all(|a| matches!(a, Value::Int(_)));
    match (ty, lname.as_str()) {
        (_, "new") if lists::kind_of_type(type_name).is_some() => {
            let kind = lists::kind_of_type(type_name).unwrap_or(lists::ListKind::ArrayList);
            let items = args.first().map(Value::enumerate).unwrap_or_default();
            Ok(lists::new_list(kind, items))
        }
        ("io.path", _) => path_static(name, &lname, args),
        ("math", "round") => math_round(args),
        ("math", "max" | "min") => {
            arg_count(name, args, &[2])?;
            let n = nums()?;
            let v = if lname == "max" { n[0].max(n[1]) } else { n[0].min(n[1]) };
            Ok(numeric_result(v, all_int))
        }
        ("math", "floor" | "ceiling" | "truncate") => {
            arg_count(name, args, &[1])?;
            let x = nums()?[0];
            let v = match lname.as_str() {
                "floor" => x.floor(),
                "ceiling" => x.ceil(),
                _ => x.trunc(),
            };
            Ok(numeric_result(v, all_int))
        }
        ("math", "abs") => {
            arg_count(name, args, &[1])?;
            Ok(match &args[0] {
                Value::Int(i) => Value::Int(i.saturating_abs()),
                _ => Value::Double(nums()?[0].abs()),
            })
        }
        ("math", "pow") => {
            arg_count(name, args, &[2])?;
            let n = nums()?;
            Ok(Value::Double(n[0].powf(n[1])))
        }
        ("math", "sqrt") => {
            arg_count(name, args, &[1])?;
            Ok(Value::Double(nums()?[0].sqrt()))
        }
        ("int" | "int32" | "long" | "int64", "parse") => {
            arg_count(name, args, &[1])?;
            to_int(&Value::str(args[0].to_display_string()))
                .map(Value::Int)
                .map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))
        }
        ("double", "parse") => {
            arg_count(name, args, &[1])?;
            to_double(&Value::str(args[0].to_display_string()))
                .map(Value::Double)
                .map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))
        }
        ("string", "isnullorempty") => {
            arg_count(name, args, &[1])?;
            Ok(Value::Bool(args[0].is_null() || args[0].to_display_string().is_empty()))
        }
        ("string", "isnullorwhitespace") => {
            arg_count(name, args, &[1])?;
            Ok(Value::Bool(args[0].to_display_string().trim().is_empty()))
        }
        ("string", "join") => {
            if args.is_empty() {
                arg_count(name, args, &[2])?;
            }
            let sep = args[0].to_display_string();
            let items: Vec<String> = args[1..]
                .iter()
                .flat_map(Value::enumerate)
                .map(|v| v.to_display_string())
                .collect();
            Ok(Value::str(items.join(&sep)))
        }
        ("string", "concat") => Ok(Value::str(
            args.iter()
                .flat_map(Value::enumerate)
                .map(|v| v.to_display_string())
                .collect::<String>(),
        )),
        ("string", "format") => {
            if args.is_empty() {
                arg_count(name, args, &[2])?;
            }
            let rest: Vec<Value> = match args.get(1..) {
                Some([Value::Array(items)]) => items.borrow().clone(),
                Some(rest) => rest.to_vec(),
                None => Vec::new(),
            };
            crate::eval::format_op::format(&args[0].to_display_string(), &rest).map(Value::str)
        }
        _ => Err(OpError::new(
            codes::METHOD_NOT_FOUND,
            format!("Method invocation failed because [{type_name}] does not contain a method named '{name}'."),
        )),
    }
}

/// `[System.IO.Path]` methods on path text, with `\` and `/` both separators (as on Windows).
fn path_static(name: &str, lname: &str, args: &[Value]) -> MethodResult {
    let is_sep = |c: char| c == '\\' || c == '/';
    let text = str_arg(args, 0);
    let leaf_at = text.rfind(is_sep).map_or(0, |i| i + 1);
    let leaf = &text[leaf_at..];
    let dot = leaf.rfind('.').filter(|&i| i > 0 || leaf.len() > 1);
    match lname {
        "getfilename" => {
            arg_count(name, args, &[1])?;
            Ok(Value::str(leaf))
        }
        "getfilenamewithoutextension" => {
            arg_count(name, args, &[1])?;
            Ok(Value::str(dot.map_or(leaf, |i| &leaf[..i])))
        }
        "getextension" => {
            arg_count(name, args, &[1])?;
            Ok(Value::str(dot.map_or("", |i| &leaf[i..])))
        }
        "getdirectoryname" => {
            arg_count(name, args, &[1])?;
            Ok(Value::str(text[..leaf_at].trim_end_matches(is_sep)))
        }
        "changeextension" => {
            arg_count(name, args, &[2])?;
            let stem = &text[..leaf_at + dot.unwrap_or(leaf.len())];
            let ext = str_arg(args, 1);
            Ok(Value::str(if ext.is_empty() {
                stem.to_string()
            } else if ext.starts_with('.') {
                format!("{stem}{ext}")
            } else {
                format!("{stem}.{ext}")
            }))
        }
        "combine" => {
            if args.is_empty() {
                arg_count(name, args, &[2])?;
            }
            let sep = std::path::MAIN_SEPARATOR;
            let mut out = String::new();
            for part in args.iter().flat_map(Value::enumerate) {
                let part = part.to_display_string();
                if part.starts_with(is_sep) || part.get(1..2) == Some(":") {
                    out = part;
                } else if out.is_empty() || out.ends_with(is_sep) {
                    out.push_str(&part);
                } else {
                    out.push(sep);
                    out.push_str(&part);
                }
            }
            Ok(Value::str(out))
        }
        _ => Err(OpError::new(
            codes::METHOD_NOT_FOUND,
            format!("Method invocation failed because [System.IO.Path] does not contain a method named '{name}'."),
        )),
    }
}

/// Reads `[type]::name`.
pub fn get_static(type_name: &str, name: &str) -> Result<Value, OpError> {
    let ty = type_name.to_ascii_lowercase();
    let ty = ty.strip_prefix("system.").unwrap_or(&ty);
    Ok(match (ty, name.to_ascii_lowercase().as_str()) {
        ("math", "pi") => Value::Double(std::f64::consts::PI),
        ("math", "e") => Value::Double(std::f64::consts::E),
        ("string", "empty") => Value::str(""),
        ("int" | "int32", "maxvalue") => Value::Int(i32::MAX as i64),
        ("int" | "int32", "minvalue") => Value::Int(i32::MIN as i64),
        ("long" | "int64", "maxvalue") => Value::Int(i64::MAX),
        ("long" | "int64", "minvalue") => Value::Int(i64::MIN),
        ("double", "maxvalue") => Value::Double(f64::MAX),
        ("environment", "newline") => Value::str("\n"),
        _ => {
            return Err(OpError::new(
                codes::UNSUPPORTED,
                format!("The static member [{type_name}]::{name} is not supported by coexist."),
            ))
        }
    })
}

fn index_one(value: &Value, index: &Value) -> Result<Value, OpError> {
    match value {
        Value::Hashtable(h) => Ok(h.borrow().get(index).cloned().unwrap_or_default()),
        Value::Object(o) => Ok(o
            .borrow()
            .get(&index.to_display_string())
            .cloned()
            .unwrap_or_default()),
        Value::Array(items) => {
            let i = to_int(index).map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?;
            let items = items.borrow();
            let len = items.len() as i64;
            let i = if i < 0 { i + len } else { i };
            Ok(if (0..len).contains(&i) {
                items[i as usize].clone()
            } else {
                Value::Null
            })
        }
        Value::String(s) => {
            let i = to_int(index).map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?;
            let len = s.chars().count() as i64;
            let i = if i < 0 { i + len } else { i };
            Ok(if (0..len).contains(&i) {
                Value::str(
                    s.chars()
                        .nth(i as usize)
                        .map(String::from)
                        .unwrap_or_default(),
                )
            } else {
                Value::Null
            })
        }
        Value::Null => Err(OpError::new(
            codes::NOT_INDEXABLE,
            "Cannot index into a null array.",
        )),
        scalar => {
            let i = to_int(index).map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?;
            Ok(if i == 0 || i == -1 {
                scalar.clone()
            } else {
                Value::Null
            })
        }
    }
}

/// `value[index]`; an array index (`$a[0,2]`, `$a[1..2]`) selects several elements.
pub fn index(value: &Value, index: &Value) -> Result<Value, OpError> {
    match index {
        Value::Array(indices)
            if !matches!(value, Value::Hashtable(_)) || indices.borrow().len() != 1 =>
        {
            let mut out = Vec::new();
            for i in indices.borrow().iter() {
                match index_one(value, i)? {
                    Value::Null => {}
                    v => out.push(v),
                }
            }
            Ok(Value::array(out))
        }
        single => index_one(value, single),
    }
}

/// `target[index] = new_value`.
pub fn set_index(target: &Value, index: &Value, new_value: Value) -> Result<(), OpError> {
    match target {
        Value::Hashtable(h) => {
            h.borrow_mut().insert(index.clone(), new_value);
            Ok(())
        }
        Value::Array(items) => {
            let i = to_int(index).map_err(|e| OpError::new(codes::CONVERSION, e.to_string()))?;
            let mut items = items.borrow_mut();
            let len = items.len() as i64;
            let j = if i < 0 { i + len } else { i };
            if !(0..len).contains(&j) {
                return Err(OpError::new(
                    codes::NOT_INDEXABLE,
                    format!("Index was outside the bounds of the array (index {i}, length {len})."),
                ));
            }
            items[j as usize] = new_value;
            Ok(())
        }
        Value::Object(o) => {
            o.borrow_mut().set(&index.to_display_string(), new_value);
            Ok(())
        }
        Value::Null => Err(OpError::new(
            codes::NOT_INDEXABLE,
            "Cannot index into a null array.",
        )),
        other => Err(OpError::new(
            codes::NOT_INDEXABLE,
            format!(
                "Unable to index into an object of type {}.",
                type_name(other)
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str) -> Value {
        Value::str(t)
    }

    #[test]
    fn count_and_length_on_anything() {
        assert!(matches!(get_member(&Value::Null, "Count"), Value::Int(0)));
        assert!(matches!(get_member(&Value::Int(5), "count"), Value::Int(1)));
        assert!(matches!(get_member(&s("abc"), "Length"), Value::Int(3)));
        let a = Value::array(vec![s("a"), s("b")]);
        assert!(matches!(get_member(&a, "Count"), Value::Int(2)));
    }

    #[test]
    fn member_enumeration_over_arrays() {
        let a = Value::array(vec![
            Value::object(PsObject::new("User").with("Name", s("ann"))),
            Value::object(PsObject::new("User").with("Name", s("bob"))),
        ]);
        assert_eq!(get_member(&a, "name").to_display_string(), "ann bob");
    }

    #[test]
    fn string_methods() {
        let call = |v: &str, m: &str, args: &[Value]| {
            call_method(&s(v), m, args).unwrap().to_display_string()
        };
        assert_eq!(call("abc", "ToUpper", &[]), "ABC");
        assert_eq!(call("  x ", "Trim", &[]), "x");
        assert_eq!(call("a,b;c", "Split", &[s(",;")]), "a b c");
        assert_eq!(
            call("hello", "Substring", &[Value::Int(1), Value::Int(3)]),
            "ell"
        );
        assert_eq!(call("hello", "IndexOf", &[s("l")]), "2");
        assert_eq!(call("7", "PadLeft", &[Value::Int(3), s("0")]), "007");
        assert_eq!(call("aXa", "Replace", &[s("a"), s("b")]), "bXb");
        assert!(call_method(&s("x"), "Substring", &[Value::Int(5)]).is_err());
        assert_eq!(
            call_method(&s("x"), "Frob", &[]).unwrap_err().code,
            codes::METHOD_NOT_FOUND
        );
    }

    #[test]
    fn path_statics_read_both_separators() {
        let call = |m: &str, a: &[&str]| {
            let args: Vec<Value> = a.iter().map(|x| s(x)).collect();
            call_static("System.IO.Path", m, &args)
                .unwrap()
                .to_display_string()
        };
        assert_eq!(call("GetFileName", &["C:\\logs\\wave1.csv"]), "wave1.csv");
        assert_eq!(
            call("GetFileNameWithoutExtension", &["logs/wave1.csv"]),
            "wave1"
        );
        assert_eq!(call("GetExtension", &["wave1.csv"]), ".csv");
        assert_eq!(call("GetExtension", &["README"]), "");
        assert_eq!(
            call("GetDirectoryName", &["C:\\logs\\wave1.csv"]),
            "C:\\logs"
        );
        assert_eq!(call("ChangeExtension", &["a\\b.csv", "log"]), "a\\b.log");
        let sep = std::path::MAIN_SEPARATOR;
        assert_eq!(
            call("Combine", &["logs", "a.txt"]),
            format!("logs{sep}a.txt")
        );
        assert!(call_static("io.path", "Frob", &[]).is_err());
    }

    #[test]
    fn statics() {
        let r = call_static("math", "Round", &[Value::Double(2.5)]).unwrap();
        assert_eq!(r.to_display_string(), "2");
        let r = call_static("Math", "Round", &[Value::Double(1.2345), Value::Int(2)]).unwrap();
        assert_eq!(r.to_display_string(), "1.23");
        let r = call_static("math", "Max", &[Value::Int(3), Value::Int(9)]).unwrap();
        assert!(matches!(r, Value::Int(9)));
        let r = call_static(
            "string",
            "Join",
            &[s("-"), Value::array(vec![s("a"), s("b")])],
        )
        .unwrap();
        assert_eq!(r.to_display_string(), "a-b");
        assert!(matches!(
            call_static("string", "IsNullOrEmpty", &[Value::Null]),
            Ok(Value::Bool(true))
        ));
    }

    #[test]
    fn indexing() {
        let a = Value::array(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        assert!(matches!(index(&a, &Value::Int(-1)), Ok(Value::Int(3))));
        assert!(matches!(index(&a, &Value::Int(9)), Ok(Value::Null)));
        let both = index(&a, &Value::array(vec![Value::Int(0), Value::Int(2)])).unwrap();
        assert_eq!(both.to_display_string(), "1 3");
        assert_eq!(
            index(&s("abc"), &Value::Int(0))
                .unwrap()
                .to_display_string(),
            "a"
        );
        assert_eq!(
            index(&Value::Null, &Value::Int(0)).unwrap_err().code,
            codes::NOT_INDEXABLE
        );
    }
}
