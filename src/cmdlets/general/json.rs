//! ConvertTo-Json and ConvertFrom-Json, as Windows PowerShell 5.1 writes and reads JSON.
//!
//! ConvertTo-Json prints 5.1's layout, not serde's: a container's members are indented four
//! columns past its opening bracket, which stays where the value starts, so a nested object
//! lines up after its key (`"a":  {` with two spaces after the colon). Strings escape `'`, `<`,
//! `>` and `&` as `\u0027`…, as 5.1's serializer does. Containers nested deeper than `-Depth`
//! (default 2, at most 100) become their text (`System.Collections.Hashtable`), silently, as in
//! 5.1. Lines end with the platform's line end.
//!
//! ConvertFrom-Json joins its input strings with line ends and parses them once: objects become
//! `PSCustomObject`s (hashtables with `-AsHashtable`), and a top-level array is output as one
//! value, as 5.1 does.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::general::collect::{joined_lines, Collect};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::convert;
use crate::eval::error::RuntimeError;
use crate::eval::value::{Hashtable, PsObject, Value};
use crate::files::encoding::NEWLINE;

/// Text ConvertFrom-Json cannot read as JSON.
///
/// Resolution: fix the JSON at the line and column given (a missing comma or quote, usually).
pub const INVALID_JSON: &str = "coexist::eval::invalid_json";

/// The deepest `-Depth` PowerShell allows.
const MAX_DEPTH: i64 = 100;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![convert_to_json(), convert_from_json()]
}

/// A JSON value about to be printed.
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// `value` as JSON; containers below `depth` more levels become their text.
    fn from_value(value: &Value, depth: i64) -> Json {
        let nested = |v: &Value| Json::from_value(v, depth - 1);
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Int(i) => Json::Number(i.to_string()),
            Value::Double(d) if d.is_finite() => Json::Number(format!("{d}")),
            Value::Array(_) | Value::Hashtable(_) | Value::Object(_) if depth < 0 => {
                Json::String(value.to_display_string())
            }
            Value::Array(items) => Json::Array(items.borrow().iter().map(nested).collect()),
            Value::Hashtable(table) => Json::Object(
                table
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.to_display_string(), nested(v)))
                    .collect(),
            ),
            Value::Object(object) => Json::Object(
                object
                    .borrow()
                    .properties
                    .iter()
                    .map(|(k, v)| (k.clone(), nested(v)))
                    .collect(),
            ),
            other => Json::String(other.to_display_string()),
        }
    }

    /// The compressed text: no spaces, no line ends.
    fn compressed(&self, out: &mut String) {
        match self {
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.compressed(out);
                }
                out.push(']');
            }
            Json::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&quoted(key));
                    out.push(':');
                    value.compressed(out);
                }
                out.push('}');
            }
            scalar => out.push_str(&scalar.scalar_text()),
        }
    }

    /// Windows PowerShell 5.1's layout; `column` is where this value starts on its line.
    fn pretty(&self, out: &mut String, column: usize) {
        let (open, close, items): (char, char, Vec<(Option<String>, &Json)>) = match self {
            Json::Array(items) => ('[', ']', items.iter().map(|j| (None, j)).collect()),
            Json::Object(entries) => (
                '{',
                '}',
                entries.iter().map(|(k, v)| (Some(quoted(k)), v)).collect(),
            ),
            scalar => return out.push_str(&scalar.scalar_text()),
        };
        let inner = " ".repeat(column + 4);
        out.push(open);
        out.push_str(NEWLINE);
        for (i, (key, value)) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
                out.push_str(NEWLINE);
            }
            out.push_str(&inner);
            let mut at = column + 4;
            if let Some(key) = key {
                out.push_str(key);
                out.push_str(":  ");
                at += key.chars().count() + 3;
            }
            value.pretty(out, at);
        }
        out.push_str(NEWLINE);
        out.push_str(&" ".repeat(column));
        out.push(close);
    }

    fn scalar_text(&self) -> String {
        match self {
            Json::Null => "null".into(),
            Json::Bool(b) => b.to_string(),
            Json::Number(n) => n.clone(),
            Json::String(s) => quoted(s),
            Json::Array(_) | Json::Object(_) => String::new(),
        }
    }
}

/// A JSON string literal as 5.1's serializer writes it.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\'' | '<' | '>' | '&' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn convert_to_json() -> CmdletSpec {
    CmdletSpec {
        name: "ConvertTo-Json",
        aliases: &[],
        synopsis: "Converts objects to JSON text, laid out as Windows PowerShell 5.1 does.",
        description: "Outputs one string: one input object as a JSON value, several as an \
            array. Objects and hashtables become JSON objects with their properties in order; \
            containers deeper than -Depth (default 2) become their text, as in 5.1. -Compress \
            leaves out spaces and line ends.",
        signature: Signature::new()
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The objects to convert.")
                    .position(0)
                    .mandatory()
                    .from_pipeline(),
            )
            .param(ParamSpec::new(
                "Depth",
                ParamKind::Int,
                "How many levels of nested objects to convert (default 2, at most 100).",
            ))
            .param(ParamSpec::new(
                "Compress",
                ParamKind::Switch,
                "Writes the JSON on one line without spaces.",
            ))
            .param(ParamSpec::new(
                "AsArray",
                ParamKind::Switch,
                "Writes an array even for a single object.",
            )),
        examples: vec![
            Example {
                description: "A report object in Windows PowerShell 5.1's layout.",
                script: "[pscustomobject]@{User='sip:ann@contoso.com'; Pools=@('p1','p2')} | ConvertTo-Json",
                output: Some(if cfg!(windows) {
                    "{\r\n    \"User\":  \"sip:ann@contoso.com\",\r\n    \"Pools\":  [\r\n                  \"p1\",\r\n                  \"p2\"\r\n              ]\r\n}\n"
                } else {
                    "{\n    \"User\":  \"sip:ann@contoso.com\",\n    \"Pools\":  [\n                  \"p1\",\n                  \"p2\"\n              ]\n}\n"
                }),
            },
            Example {
                description: "One line for a log or an API.",
                script: "@{Moved=3; Failed=0} | ConvertTo-Json -Compress",
                output: Some("{\"Moved\":3,\"Failed\":0}\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(Collect::new("InputObject", convert_to_json_end)),
    }
}

/// ConvertTo-Json's end: one input value as itself, several as an array.
fn convert_to_json_end(
    _host: &mut dyn Host,
    b: &Bound,
    mut values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    if values.is_empty() {
        return Ok(());
    }
    let depth = match b.get("Depth").map(convert::to_int) {
        None => 2,
        Some(Ok(d)) if (0..=MAX_DEPTH).contains(&d) => d,
        Some(_) => {
            return Err(RuntimeError::new(
                INVALID_VALUE,
                format!("-Depth takes a number from 0 to {MAX_DEPTH}"),
                b.span_of("Depth"),
            )
            .into())
        }
    };
    let json = if values.len() == 1 && !b.switch("AsArray") {
        Json::from_value(&values.remove(0), depth)
    } else {
        Json::from_value(&Value::array(values), depth)
    };
    let mut text = String::new();
    if b.switch("Compress") {
        json.compressed(&mut text);
    } else {
        json.pretty(&mut text, 0);
    }
    out.push(Value::str(text));
    Ok(())
}

fn convert_from_json() -> CmdletSpec {
    CmdletSpec {
        name: "ConvertFrom-Json",
        aliases: &[],
        synopsis: "Converts JSON text to objects.",
        description: "Joins the input strings with line ends and reads them as one JSON value: \
            objects become PSCustomObjects (hashtables with -AsHashtable), arrays arrays, \
            numbers Int or Double. A top-level array is output as one value, as in Windows \
            PowerShell 5.1. Text that is not JSON is coexist::eval::invalid_json with the line \
            and column.",
        signature: Signature::new()
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The JSON text.")
                    .position(0)
                    .mandatory()
                    .from_pipeline(),
            )
            .param(ParamSpec::new(
                "AsHashtable",
                ParamKind::Switch,
                "Makes objects hashtables instead of PSCustomObjects.",
            ))
            .param(ParamSpec::new(
                "Depth",
                ParamKind::Int,
                "Accepted for PowerShell 6 compatibility (nesting is limited to 128 levels).",
            )),
        examples: vec![Example {
            description: "Read settings kept as JSON.",
            script: "$settings = '{\"Pool\": \"lync2013.contoso.com\", \"Batch\": 50}' | ConvertFrom-Json\n\
                     \"$($settings.Pool) in batches of $($settings.Batch)\"",
            output: Some("lync2013.contoso.com in batches of 50\n"),
        }],
        mutating: false,
        factory: || Box::new(Collect::new("InputObject", convert_from_json_end)),
    }
}

/// ConvertFrom-Json's end: the collected strings joined as lines, parsed as one JSON value.
fn convert_from_json_end(
    _host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let text = joined_lines(&values);
    if text.trim().is_empty() {
        return Ok(());
    }
    let parsed: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        RuntimeError::new(
            INVALID_JSON,
            format!("the text is not JSON: {e}"),
            b.span_of("InputObject"),
        )
        .with_help("fix the JSON at that place: a missing comma, quote or bracket, usually")
    })?;
    out.push(from_json(&parsed, b.switch("AsHashtable")));
    Ok(())
}

/// A parsed JSON value as a script value.
fn from_json(json: &serde_json::Value, hashtables: bool) -> Value {
    use serde_json::Value as J;
    match json {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Double(n.as_f64().unwrap_or(f64::NAN)),
        },
        J::String(s) => Value::str(s),
        J::Array(items) => Value::array(items.iter().map(|j| from_json(j, hashtables)).collect()),
        J::Object(map) if hashtables => {
            let mut table = Hashtable::default();
            for (k, v) in map {
                table.insert(Value::str(k), from_json(v, hashtables));
            }
            Value::hashtable(table)
        }
        J::Object(map) => {
            let mut object = PsObject::new("PSCustomObject");
            for (k, v) in map {
                object
                    .properties
                    .insert(k.clone(), from_json(v, hashtables));
            }
            Value::object(object)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pretty(value: &Value, depth: i64) -> String {
        let mut text = String::new();
        Json::from_value(value, depth).pretty(&mut text, 0);
        text.replace(NEWLINE, "\n")
    }

    fn object(entries: Vec<(&str, Value)>) -> Value {
        let mut o = PsObject::new("PSCustomObject");
        for (k, v) in entries {
            o.properties.insert(k.into(), v);
        }
        Value::object(o)
    }

    #[test]
    fn nested_objects_line_up_after_their_key_as_in_5_1() {
        let inner = object(vec![
            ("second", Value::str("b")),
            ("first", Value::str("a")),
        ]);
        let value = object(vec![("dan", Value::Int(15)), ("foo", inner)]);
        assert_eq!(
            pretty(&value, 2),
            "{\n    \"dan\":  15,\n    \"foo\":  {\n                \"second\":  \"b\",\n                \"first\":  \"a\"\n            }\n}"
        );
    }

    #[test]
    fn arrays_of_objects_and_empty_containers() {
        let value = Value::array(vec![
            object(vec![("a", Value::Int(1))]),
            Value::array(vec![]),
        ]);
        assert_eq!(
            pretty(&value, 2),
            "[\n    {\n        \"a\":  1\n    },\n    [\n\n    ]\n]"
        );
    }

    #[test]
    fn containers_past_the_depth_become_text() {
        let deep = Value::array(vec![Value::str("x"), Value::str("y")]);
        let value = object(vec![("a", object(vec![("b", object(vec![("c", deep)]))]))]);
        let mut text = String::new();
        Json::from_value(&value, 2).compressed(&mut text);
        assert_eq!(text, "{\"a\":{\"b\":{\"c\":\"x y\"}}}");
    }

    #[test]
    fn strings_escape_as_the_5_1_serializer_does() {
        assert_eq!(
            quoted("O'Brien <a&b> \"q\" \\ \n\u{1}"),
            "\"O\\u0027Brien \\u003ca\\u0026b\\u003e \\\"q\\\" \\\\ \\n\\u0001\""
        );
    }

    #[test]
    fn parsed_json_becomes_objects_in_order() {
        let json: serde_json::Value =
            serde_json::from_str(r#"{"b": 1, "a": [1.5, null, "x"], "big": 12345678901234567890}"#)
                .unwrap();
        let value = from_json(&json, false);
        let Value::Object(o) = &value else {
            panic!("an object")
        };
        let names: Vec<String> = o.borrow().properties.keys().cloned().collect();
        assert_eq!(names, ["b", "a", "big"]);
        assert!(matches!(o.borrow().get("b"), Some(Value::Int(1))));
        assert!(matches!(o.borrow().get("big"), Some(Value::Double(_))));
        assert!(matches!(from_json(&json, true), Value::Hashtable(_)));
    }
}
