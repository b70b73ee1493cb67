//! Reading properties of pipeline objects, and the `-Property` selectors of Select-Object,
//! Sort-Object and Format-Table/-List: names with wildcards and calculated properties
//! (`@{Name='X'; Expression={ … }}`, `@{n=…; e=…}`).

use crate::cmdlets::command::{CommandError, Host};
use crate::cmdlets::general::compare::{has_wildcard, wildcard_match};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::{PsObject, Value};
use crate::span::Span;
use std::sync::Arc;

/// The property `name` of a value, as `$value.Name` reads it: object properties, hashtable
/// keys (a coexist convenience: PowerShell's cmdlets do not see keys), `Length` of a string,
/// `Count`/`Length` of an array. `None` when the value has no such property.
pub fn property(value: &Value, name: &str) -> Option<Value> {
    match value {
        Value::Object(obj) => obj.borrow().get(name).cloned(),
        Value::Hashtable(table) => table.borrow().get_str(name).cloned(),
        Value::String(s) if name.eq_ignore_ascii_case("Length") => {
            Some(Value::Int(s.chars().count() as i64))
        }
        Value::Array(items)
            if name.eq_ignore_ascii_case("Count") || name.eq_ignore_ascii_case("Length") =>
        {
            Some(Value::Int(items.borrow().len() as i64))
        }
        _ => None,
    }
}

/// Every property name of a value, in order.
pub fn property_names(value: &Value) -> Vec<String> {
    match value {
        Value::Object(obj) => obj.borrow().properties.keys().cloned().collect(),
        Value::Hashtable(table) => table
            .borrow()
            .iter()
            .map(|(k, _)| k.to_display_string())
            .collect(),
        Value::String(_) => vec!["Length".to_string()],
        _ => Vec::new(),
    }
}

/// How a calculated property computes its value.
#[derive(Debug, Clone)]
pub enum Expression {
    /// `Expression = { … }`: run with `$_` set to the input.
    Block(Arc<crate::syntax::ast::ScriptBlock>),
    /// `Expression = 'Name'`: another property.
    Property(String),
}

/// One `-Property` item.
#[derive(Debug, Clone)]
pub enum Selector {
    /// A property name, possibly with wildcards.
    Name(String),
    /// `@{Name=…; Expression=…}` (Sort-Object's `Descending`/`Ascending` key in `descending`).
    Calculated {
        /// The resulting property's name.
        name: String,
        /// How to compute it.
        expression: Expression,
        /// Sort-Object: `Descending = $true` (or `Ascending = $false`).
        descending: Option<bool>,
    },
    /// A bare script block (Sort-Object `{ $_.Name.Length }`).
    Block(Arc<crate::syntax::ast::ScriptBlock>),
}

/// Parses `-Property` values (an array of names, hashtables and blocks). Hashtable keys may be
/// abbreviated as in PowerShell (`n`, `l`, `e`, `asc`, `desc`).
pub fn parse_selectors(value: &Value, span: Span) -> Result<Vec<Selector>, RuntimeError> {
    value
        .enumerate()
        .into_iter()
        .map(|item| match item {
            Value::Hashtable(table) => parse_calculated(&table.borrow(), span),
            Value::ScriptBlock(block) => Ok(Selector::Block(block)),
            other => Ok(Selector::Name(other.to_display_string())),
        })
        .collect()
}

/// Parses one calculated-property hashtable.
fn parse_calculated(
    table: &crate::eval::value::Hashtable,
    span: Span,
) -> Result<Selector, RuntimeError> {
    let mut name = None;
    let mut expression = None;
    let mut descending = None;
    for (key, value) in table.iter() {
        let key_text = key.to_display_string().to_ascii_lowercase();
        let is = |full: &str| !key_text.is_empty() && full.starts_with(&key_text);
        if is("name") || is("label") {
            name = Some(value.to_display_string());
        } else if is("expression") {
            expression = Some(match value {
                Value::ScriptBlock(b) => Expression::Block(b.clone()),
                other => Expression::Property(other.to_display_string()),
            });
        } else if is("descending") {
            descending = Some(crate::eval::convert::truthy(value));
        } else if is("ascending") {
            descending = Some(!crate::eval::convert::truthy(value));
        } else if is("width") || is("alignment") || is("formatstring") {
            // Format-Table layout hints: accepted, the layout is computed from content.
        } else {
            return Err(RuntimeError::new(
                INVALID_VALUE,
                format!(
                    "\"{}\" is not a valid key in a calculated property",
                    key.to_display_string()
                ),
                span,
            )
            .with_help(
                "use Name (or Label) and Expression, e.g. @{Name='Size'; Expression={ $_.Length }}",
            ));
        }
    }
    match (name, expression) {
        (Some(name), Some(expression)) => Ok(Selector::Calculated {
            name,
            expression,
            descending,
        }),
        (None, Some(expression)) => {
            let name = match &expression {
                Expression::Property(p) => p.clone(),
                Expression::Block(_) => "Expression".to_string(),
            };
            Ok(Selector::Calculated {
                name,
                expression,
                descending,
            })
        }
        (_, None) => Err(RuntimeError::new(
            INVALID_VALUE,
            "a calculated property needs an Expression key",
            span,
        )
        .with_help("write it as @{Name='Size'; Expression={ $_.Length }}")),
    }
}

/// Collapses a block's output to one value: nothing → `$null`, one → itself, more → array.
pub fn collapse(mut values: Vec<Value>) -> Value {
    match values.len() {
        0 => Value::Null,
        1 => values.pop().unwrap_or_default(),
        _ => Value::array(values),
    }
}

/// Computes a calculated property or block for `input`.
pub fn evaluate(
    host: &mut dyn Host,
    expression: &Expression,
    input: &Value,
) -> Result<Value, CommandError> {
    match expression {
        Expression::Block(block) => Ok(collapse(host.invoke_block(block, input)?)),
        Expression::Property(name) => Ok(property(input, name).unwrap_or_default()),
    }
}

/// A selector resolved against one object: a concrete column.
#[derive(Debug, Clone)]
pub enum Column {
    /// A plain property.
    Plain(String),
    /// A computed column.
    Computed(String, Expression),
}

impl Column {
    /// The column's name.
    pub fn name(&self) -> &str {
        match self {
            Column::Plain(n) | Column::Computed(n, _) => n,
        }
    }
}

/// Resolves selectors against `value`: wildcards expand to the matching property names
/// (in the object's order); a name without wildcards stays even if the object lacks it.
pub fn resolve_columns(selectors: &[Selector], value: &Value) -> Vec<Column> {
    let mut columns: Vec<Column> = Vec::new();
    let mut push = |c: Column| {
        if !columns
            .iter()
            .any(|x| x.name().eq_ignore_ascii_case(c.name()))
        {
            columns.push(c);
        }
    };
    for selector in selectors {
        match selector {
            Selector::Name(name) if has_wildcard(name) => {
                for prop in property_names(value) {
                    if wildcard_match(name, &prop, false) {
                        push(Column::Plain(prop));
                    }
                }
            }
            Selector::Name(name) => {
                let actual = property_names(value)
                    .into_iter()
                    .find(|p| p.eq_ignore_ascii_case(name))
                    .unwrap_or_else(|| name.clone());
                push(Column::Plain(actual));
            }
            Selector::Calculated {
                name, expression, ..
            } => push(Column::Computed(name.clone(), expression.clone())),
            Selector::Block(block) => push(Column::Computed(
                "Expression".into(),
                Expression::Block(block.clone()),
            )),
        }
    }
    columns
}

/// Builds the `PSCustomObject` Select-Object outputs: `columns` of `input`.
pub fn project(
    host: &mut dyn Host,
    input: &Value,
    columns: &[Column],
) -> Result<Value, CommandError> {
    let mut obj = PsObject::new("PSCustomObject");
    for column in columns {
        let value = match column {
            Column::Plain(name) => property(input, name).unwrap_or_default(),
            Column::Computed(_, expression) => evaluate(host, expression, input)?,
        };
        obj.properties.insert(column.name().to_string(), value);
    }
    Ok(Value::object(obj))
}
