//! Select-Object: picks properties (with wildcards and calculated properties), expands one,
//! or keeps the first, last or unique objects.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::property::{
    parse_selectors, project, property, resolve_columns, Selector,
};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;

/// `-ExpandProperty` names a property the input object does not have.
///
/// Resolution: check the property name (Get-Member lists an object's properties).
pub const PROPERTY_NOT_FOUND: &str = "coexist::eval::property_not_found";

/// Select-Object's spec.
pub fn spec() -> CmdletSpec {
    let signature = Signature::new()
        .param(
            ParamSpec::new(
                "Property",
                ParamKind::Any,
                "Properties to keep: names (wildcards allowed) or @{Name=…; Expression={…}}.",
            )
            .position(0),
        )
        .param(ParamSpec::new(
            "ExpandProperty",
            ParamKind::String,
            "Outputs the value of this property instead of an object.",
        ))
        .param(ParamSpec::new(
            "ExcludeProperty",
            ParamKind::StringList,
            "Properties to leave out (wildcards allowed).",
        ))
        .param(ParamSpec::new(
            "First",
            ParamKind::Int,
            "Keeps only the first N objects.",
        ))
        .param(ParamSpec::new(
            "Last",
            ParamKind::Int,
            "Keeps only the last N objects.",
        ))
        .param(ParamSpec::new(
            "Skip",
            ParamKind::Int,
            "Skips the first N objects.",
        ))
        .param(ParamSpec::new(
            "Unique",
            ParamKind::Switch,
            "Drops repeated objects.",
        ))
        .param(
            ParamSpec::new("InputObject", ParamKind::Any, "The objects to select from.")
                .from_pipeline(),
        );
    CmdletSpec {
        name: "Select-Object",
        aliases: &["select"],
        synopsis: "Selects properties of objects, or the first, last or unique objects.",
        description: "With -Property, outputs a new object holding only the named properties \
            (wildcards and calculated properties allowed); -ExpandProperty outputs one \
            property's value; -First, -Last and -Skip choose objects by position and -Unique \
            drops repeats.",
        signature,
        examples: vec![
            Example {
                description: "Keep the first two objects.",
                script: "'a', 'b', 'c' | Select-Object -First 2",
                output: Some("a\nb\n"),
            },
            Example {
                description: "A calculated property.",
                script: "'pchat', 'lync2013' | select @{Name='Pool'; Expression={ $_ }}, Length",
                output: Some(
                    "\nPool     Length\n----     ------\npchat         5\nlync2013      8\n\n",
                ),
            },
            Example {
                description: "Output one property's value.",
                script: "'pchat', 'lync2013' | Select-Object -ExpandProperty Length",
                output: Some("5\n8\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(SelectObject::default()),
    }
}

/// Select-Object.
#[derive(Default)]
struct SelectObject {
    /// Parsed `-Property`, once.
    selectors: Option<Vec<Selector>>,
    /// Objects seen so far (for -Skip/-First).
    seen: usize,
    /// Objects kept for -Last.
    buffer: Vec<Value>,
    /// Objects emitted so far (for -Unique).
    emitted: Vec<Value>,
    /// -Last N, remembered for [`Command::end`].
    last: Option<usize>,
    /// -Unique, remembered for [`Command::end`].
    unique: bool,
}

impl Command for SelectObject {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if self.selectors.is_none() {
            let selectors = match args.get("Property") {
                Some(v) => parse_selectors(v, args.span_of("Property"))?,
                None => Vec::new(),
            };
            self.selectors = Some(selectors);
            self.last = count(args, "Last");
            self.unique = args.switch("Unique");
        }
        let Some(input) = args.get("InputObject").cloned() else {
            return Ok(());
        };
        self.seen += 1;
        if self.seen <= count(args, "Skip").unwrap_or(0) {
            return Ok(());
        }
        let index = self.seen - count(args, "Skip").unwrap_or(0);
        if self.last.is_none() && count(args, "First").is_some_and(|n| index > n) {
            return Ok(());
        }
        let selected = self.select(host, args, &input)?;
        if self.last.is_some() {
            self.buffer.extend(selected);
            return Ok(());
        }
        for value in selected {
            self.emit(value, out);
        }
        Ok(())
    }

    fn end(&mut self, _host: &mut dyn Host, out: &mut Vec<Value>) -> Result<(), CommandError> {
        if let Some(n) = self.last {
            let buffer = std::mem::take(&mut self.buffer);
            let start = buffer.len().saturating_sub(n);
            for value in buffer.into_iter().skip(start) {
                self.emit(value, out);
            }
        }
        Ok(())
    }
}

impl SelectObject {
    /// What one input object turns into.
    fn select(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        input: &Value,
    ) -> Result<Vec<Value>, CommandError> {
        if let Some(name) = args.string("ExpandProperty") {
            return match property(input, &name) {
                Some(value) => Ok(value.enumerate()),
                None => Err(RuntimeError::new(
                    PROPERTY_NOT_FOUND,
                    format!(
                        "the input object \"{}\" has no property {name}",
                        input.to_display_string()
                    ),
                    args.span_of("ExpandProperty"),
                )
                .with_help("check the property name (Get-Member lists an object's properties)")
                .into()),
            };
        }
        let selectors = self.selectors.clone().unwrap_or_default();
        let excluded = args
            .get("ExcludeProperty")
            .map(crate::eval::convert::to_string_list)
            .unwrap_or_default();
        if selectors.is_empty() && excluded.is_empty() {
            return Ok(vec![input.clone()]);
        }
        let selectors = if selectors.is_empty() {
            vec![Selector::Name("*".into())]
        } else {
            selectors
        };
        let columns: Vec<_> = resolve_columns(&selectors, input)
            .into_iter()
            .filter(|c| {
                !excluded
                    .iter()
                    .any(|x| super::compare::wildcard_match(x, c.name(), false))
            })
            .collect();
        Ok(vec![project(host, input, &columns)?])
    }

    /// Outputs `value` unless -Unique has seen an equal one.
    fn emit(&mut self, value: Value, out: &mut Vec<Value>) {
        if self.unique {
            let key = unique_key(&value);
            if self.emitted.iter().any(|v| unique_key(v) == key) {
                return;
            }
            self.emitted.push(value.clone());
        }
        out.push(value);
    }
}

/// A non-negative count parameter.
fn count(args: &Bound, name: &str) -> Option<usize> {
    match args.get(name) {
        Some(Value::Int(n)) => Some((*n).max(0) as usize),
        _ => None,
    }
}

/// What -Unique compares: the text of a scalar, or every property's text of an object
/// (case-sensitive, as Select-Object -Unique is).
pub fn unique_key(value: &Value) -> String {
    match value {
        Value::Object(obj) => obj
            .borrow()
            .properties
            .iter()
            .map(|(k, v)| format!("{k}={}", v.to_display_string()))
            .collect::<Vec<_>>()
            .join("\u{1f}"),
        other => other.to_display_string(),
    }
}
