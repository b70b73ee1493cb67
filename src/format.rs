//! PowerShell 5.1's default display of output values, as text.
//!
//! [`render`] is what `coexist run` prints for the objects reaching the end of a statement:
//! strings, numbers and booleans one per line; `$null` nothing; objects by their default display
//! properties ([`PsObject::display_names`]), 4 or fewer as a table, 5 or more as a list; a run
//! of objects of the same type shares one table; hashtables as `Name  Value` tables.
//! [`render_table`] and [`render_list`] are `Format-Table` and `Format-List`.
//!
//! Layout choices, written down because PowerShell's console output varies with the host:
//! - A table or list starts with one blank line and is followed by one blank line.
//! - Column widths come from the content (the widest of header and cells), one space between
//!   columns; numeric columns (the first non-empty value is a number) are right-aligned,
//!   header included; the dashes under a header are as long as the header text.
//! - Lines never end in spaces. Widths count characters.
//! - When a table is wider than `width`, columns that would not fit even narrowed to 4 are
//!   dropped from the right, then the widest column is narrowed until the table fits; cut
//!   text ends in `...` (dashes are cut without dots).
//! - List values longer than the space right of `: ` wrap onto indented continuation lines.
//! - Collections in a cell show as `{a, b, c, d...}` (at most 4 items: `$FormatEnumerationLimit`).
//! - Hashtables use PowerShell's view: a 30-character `Name` column, then `Value`.
//! - Unlike PowerShell, a run of objects of another type gets its own table or list instead
//!   of being forced into the first table's shape.

use crate::eval::value::{format_double, PsObject, Value, MAX_DISPLAY_DEPTH};
use std::cell::RefCell;
use std::rc::Rc;

/// Output width used when the terminal's is unknown.
pub const DEFAULT_WIDTH: usize = 120;

/// At most this many items of a collection are shown in a cell (`$FormatEnumerationLimit`).
pub const ENUMERATION_LIMIT: usize = 4;

/// Collections nested in a table cell are enumerated this many levels deep.
const CELL_DEPTH: usize = 3;

/// Objects with at most this many display properties print as a table, more as a list.
pub const MAX_TABLE_PROPERTIES: usize = 4;

/// Width of the `Name` column in the hashtable view.
const HASHTABLE_NAME_WIDTH: usize = 30;

/// Narrowest a table column is squeezed to before columns are dropped.
const MIN_COLUMN_WIDTH: usize = 4;

/// Renders output values as PowerShell's default formatter prints them.
pub fn render(values: &[Value], width: usize) -> String {
    let items = flatten(values);
    let mut out = String::new();
    let mut i = 0;
    while i < items.len() {
        match &items[i] {
            Value::Null => i += 1,
            Value::Hashtable(_) => {
                let end = run_end(&items, i, |v| matches!(v, Value::Hashtable(_)));
                out.push_str(&hashtable_table(&items[i..end], width));
                out.push('\n');
                i = end;
            }
            Value::Object(first) => {
                let type_name = first.borrow().type_name.clone();
                let end = run_end(&items, i, |v| match v {
                    Value::Object(o) => o.borrow().type_name == type_name,
                    _ => false,
                });
                let names: Vec<String> = first.borrow().display_names().map(String::from).collect();
                // An object without properties (`[pscustomobject]@{}`) prints nothing.
                if !names.is_empty() {
                    if names.len() <= MAX_TABLE_PROPERTIES {
                        out.push_str(&object_table(&items[i..end], &names, width));
                    } else {
                        out.push_str(&object_list(&items[i..end], &names, width));
                    }
                    out.push('\n');
                }
                i = end;
            }
            scalar => {
                out.push_str(&scalar_text(scalar));
                out.push('\n');
                i += 1;
            }
        }
    }
    out
}

/// `Format-Table`: one table of `properties` (empty: the first object's display properties);
/// scalars print as lines. The text lacks the final line end that printing it as a string
/// adds, so `x | Format-Table` prints as `x` would.
pub fn render_table(values: &[Value], properties: &[String], width: usize) -> String {
    let items = flatten(values);
    let mut out = String::new();
    let mut i = 0;
    while i < items.len() {
        match &items[i] {
            Value::Null => i += 1,
            Value::Hashtable(_) if properties.is_empty() => {
                let end = run_end(&items, i, |v| matches!(v, Value::Hashtable(_)));
                out.push_str(&hashtable_table(&items[i..end], width));
                out.push('\n');
                i = end;
            }
            Value::Object(_) | Value::Hashtable(_) => {
                let end = run_end(&items, i, |v| {
                    matches!(v, Value::Object(_) | Value::Hashtable(_))
                });
                let names = if properties.is_empty() {
                    default_names(&items[i])
                } else {
                    properties.to_vec()
                };
                out.push_str(&object_table(&items[i..end], &names, width));
                out.push('\n');
                i = end;
            }
            scalar => {
                out.push_str(&scalar_text(scalar));
                out.push('\n');
                i += 1;
            }
        }
    }
    without_final_line_end(out)
}

/// Drops the last line end: the formatted text is printed as a string, which adds one.
fn without_final_line_end(mut text: String) -> String {
    if text.ends_with('\n') {
        text.pop();
    }
    text
}

/// `Format-List`: every object as `Name : value` lines of `properties` (empty: its display
/// properties; `*`: all). Each object is preceded by a blank line; like [`render_table`],
/// the text lacks its final line end.
pub fn render_list(values: &[Value], properties: &[String], width: usize) -> String {
    let items = flatten(values);
    let all = properties.iter().any(|p| p == "*");
    let mut out = String::new();
    let mut in_list = false;
    for item in &items {
        let is_scalar = !matches!(item, Value::Null | Value::Object(_) | Value::Hashtable(_));
        if is_scalar && in_list {
            out.push('\n');
        }
        in_list = !is_scalar && (in_list || !item.is_null());
        match item {
            Value::Null => {}
            Value::Object(obj) => {
                let names: Vec<String> = if all {
                    obj.borrow().properties.keys().cloned().collect()
                } else if properties.is_empty() {
                    obj.borrow().display_names().map(String::from).collect()
                } else {
                    properties.to_vec()
                };
                out.push_str(&object_list(std::slice::from_ref(item), &names, width));
            }
            Value::Hashtable(table) => {
                let names = ["Name".to_string(), "Value".to_string()];
                for (k, v) in table.borrow().iter() {
                    let entry = PsObject::new("DictionaryEntry")
                        .with("Name", k.clone())
                        .with("Value", v.clone());
                    out.push_str(&object_list(&[Value::object(entry)], &names, width));
                }
            }
            scalar => {
                out.push_str(&scalar_text(scalar));
                out.push('\n');
            }
        }
    }
    if in_list {
        out.push('\n');
    }
    without_final_line_end(out)
}

/// The text of a value in a table cell or list line (`{a, b}` for collections).
pub fn cell_text(value: &Value) -> String {
    cell_text_at(value, 0)
}

/// [`cell_text`] of a value `depth` collections deep: collections nested deeper than
/// [`CELL_DEPTH`] (a collection holding itself, for one) show as `...`.
fn cell_text_at(value: &Value, depth: usize) -> String {
    let nested = |v: &Value| cell_text_at(v, depth + 1);
    match value {
        Value::Null | Value::ScriptBlock(_) => String::new(),
        Value::Array(_) | Value::Hashtable(_) if depth > CELL_DEPTH => "...".to_string(),
        Value::Array(items) => {
            let items = items.borrow();
            let shown: Vec<String> = items.iter().take(ENUMERATION_LIMIT).map(nested).collect();
            let more = if items.len() > ENUMERATION_LIMIT {
                "..."
            } else {
                ""
            };
            format!("{{{}{more}}}", shown.join(", "))
        }
        Value::Hashtable(table) => {
            let table = table.borrow();
            let shown: Vec<String> = table
                .iter()
                .take(ENUMERATION_LIMIT)
                .map(|(k, v)| format!("[{}, {}]", nested(k), nested(v)))
                .collect();
            let more = if table.len() > ENUMERATION_LIMIT {
                "..."
            } else {
                ""
            };
            format!("{{{}{more}}}", shown.join(", "))
        }
        other => single_line(&scalar_text(other)),
    }
}

/// A scalar's text as printed on its own line.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::Double(d) => format_double(*d),
        other => other.to_display_string(),
    }
}

/// Joins the lines of a multi-line text with spaces (a table cell is one line).
fn single_line(text: &str) -> String {
    if text.contains('\n') {
        text.lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text.to_string()
    }
}

/// Arrays nested in the output are enumerated, as the pipeline does; an array met again
/// inside itself (enumerating it would never end), or nested deeper than
/// [`MAX_DISPLAY_DEPTH`], is kept as one value.
fn flatten(values: &[Value]) -> Vec<Value> {
    let mut out = Vec::with_capacity(values.len());
    flatten_into(values, &mut Vec::new(), &mut out);
    out
}

/// [`flatten`] below the arrays in `open` (the ones being enumerated).
fn flatten_into(
    values: &[Value],
    open: &mut Vec<*const RefCell<Vec<Value>>>,
    out: &mut Vec<Value>,
) {
    for v in values {
        match v {
            Value::Array(items)
                if open.len() < MAX_DISPLAY_DEPTH && !open.contains(&Rc::as_ptr(items)) =>
            {
                open.push(Rc::as_ptr(items));
                flatten_into(&items.borrow(), open, out);
                open.pop();
            }
            other => out.push(other.clone()),
        }
    }
}

/// The end of the run starting at `start` whose items satisfy `same`.
fn run_end(items: &[Value], start: usize, same: impl Fn(&Value) -> bool) -> usize {
    let mut end = start + 1;
    while end < items.len() && same(&items[end]) {
        end += 1;
    }
    end
}

/// The display property names of an object (a hashtable's keys).
fn default_names(value: &Value) -> Vec<String> {
    match value {
        Value::Object(obj) => obj.borrow().display_names().map(String::from).collect(),
        Value::Hashtable(table) => table
            .borrow()
            .iter()
            .map(|(k, _)| k.to_display_string())
            .collect(),
        _ => Vec::new(),
    }
}

/// Property `name` of an object or hashtable, `$null` when absent.
fn property(value: &Value, name: &str) -> Value {
    match value {
        Value::Object(obj) => obj.borrow().get(name).cloned().unwrap_or_default(),
        Value::Hashtable(table) => table.borrow().get_str(name).cloned().unwrap_or_default(),
        _ => Value::Null,
    }
}

/// Number of characters (the display width we assume).
fn width_of(text: &str) -> usize {
    text.chars().count()
}

/// Cuts `text` to `width` characters, ending in `...` when cut.
fn truncate(text: &str, width: usize) -> String {
    if width_of(text) <= width {
        return text.to_string();
    }
    if width <= 3 {
        return text.chars().take(width).collect();
    }
    let kept: String = text.chars().take(width - 3).collect();
    format!("{kept}...")
}

/// Pads `text` to `width` on the right (or on the left when `right`).
fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(width_of(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// One column of a table.
struct Column {
    header: String,
    width: usize,
    right: bool,
}

/// Lays out a table: header, dashes, rows; each line trimmed. Returns the block text
/// (a blank line, then the lines, each ending in a line end).
fn layout_table(mut columns: Vec<Column>, rows: Vec<Vec<String>>, width: usize) -> String {
    let total = |cols: &[Column]| -> usize {
        cols.iter().map(|c| c.width).sum::<usize>() + cols.len().saturating_sub(1)
    };
    // Drop columns that cannot fit even when narrowed, then narrow the widest.
    let narrowest = |cols: &[Column]| -> usize {
        cols.iter()
            .map(|c| c.width.min(MIN_COLUMN_WIDTH))
            .sum::<usize>()
            + cols.len().saturating_sub(1)
    };
    while columns.len() > 1 && narrowest(&columns) > width {
        columns.pop();
    }
    while total(&columns) > width {
        let Some(widest) = columns
            .iter_mut()
            .filter(|c| c.width > MIN_COLUMN_WIDTH)
            .max_by_key(|c| c.width)
        else {
            break;
        };
        widest.width -= 1;
    }
    let line = |cells: Vec<String>| -> String {
        let parts: Vec<String> = columns
            .iter()
            .zip(cells)
            .map(|(c, text)| pad(&truncate(&text, c.width), c.width, c.right))
            .collect();
        parts.join(" ").trim_end().to_string()
    };
    let mut out = String::from("\n");
    out.push_str(&line(columns.iter().map(|c| c.header.clone()).collect()));
    out.push('\n');
    out.push_str(&line(
        columns
            .iter()
            .map(|c| "-".repeat(width_of(&c.header).min(c.width)))
            .collect(),
    ));
    out.push('\n');
    for row in rows {
        out.push_str(&line(row));
        out.push('\n');
    }
    out
}

/// A table of `names` for the objects (or hashtables) in `items`.
fn object_table(items: &[Value], names: &[String], width: usize) -> String {
    let values: Vec<Vec<Value>> = items
        .iter()
        .map(|item| names.iter().map(|n| property(item, n)).collect())
        .collect();
    let rows: Vec<Vec<String>> = values
        .iter()
        .map(|row| row.iter().map(cell_text).collect())
        .collect();
    let columns = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let right = values
                .iter()
                .map(|row| &row[i])
                .find(|v| !v.is_null())
                .is_some_and(|v| matches!(v, Value::Int(_) | Value::Double(_)));
            let content = rows.iter().map(|r| width_of(&r[i])).max().unwrap_or(0);
            Column {
                header: name.clone(),
                width: content.max(width_of(name)),
                right,
            }
        })
        .collect();
    layout_table(columns, rows, width)
}

/// PowerShell's hashtable view for every entry of the hashtables in `items`.
fn hashtable_table(items: &[Value], width: usize) -> String {
    let mut rows = Vec::new();
    for item in items {
        if let Value::Hashtable(table) = item {
            for (k, v) in table.borrow().iter() {
                rows.push(vec![cell_text(k), cell_text(v)]);
            }
        }
    }
    let value_width = rows
        .iter()
        .map(|r| width_of(&r[1]))
        .max()
        .unwrap_or(0)
        .max(5)
        .min(
            width
                .saturating_sub(HASHTABLE_NAME_WIDTH + 1)
                .max(MIN_COLUMN_WIDTH),
        );
    let columns = vec![
        Column {
            header: "Name".into(),
            width: HASHTABLE_NAME_WIDTH,
            right: false,
        },
        Column {
            header: "Value".into(),
            width: value_width,
            right: false,
        },
    ];
    layout_table(
        columns,
        rows,
        width.max(HASHTABLE_NAME_WIDTH + 1 + MIN_COLUMN_WIDTH),
    )
}

/// Every object in `items` as a list of `names`, each after a blank line.
fn object_list(items: &[Value], names: &[String], width: usize) -> String {
    let name_width = names.iter().map(|n| width_of(n)).max().unwrap_or(0);
    let indent = name_width + 3;
    let room = width.saturating_sub(indent).max(10);
    let mut out = String::new();
    for item in items {
        out.push('\n');
        for name in names {
            let value = property(item, name);
            let text = match &value {
                Value::Array(_) | Value::Hashtable(_) => cell_text(&value),
                other => scalar_text(other),
            };
            let mut lines = wrap(&text, room).into_iter();
            let first = lines.next().unwrap_or_default();
            let head = format!("{} : {first}", pad(name, name_width, false));
            out.push_str(head.trim_end());
            out.push('\n');
            for more in lines {
                out.push_str(&" ".repeat(indent));
                out.push_str(more.trim_end());
                out.push('\n');
            }
        }
    }
    out
}

/// Splits `text` into its lines, each cut into pieces of at most `room` characters.
fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        if chars.is_empty() {
            out.push(String::new());
        }
        for chunk in chars.chunks(room.max(1)) {
            out.push(chunk.iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_ends_in_dots() {
        assert_eq!(truncate("abcdefgh", 6), "abc...");
        assert_eq!(truncate("abc", 6), "abc");
        assert_eq!(truncate("abcdef", 2), "ab");
    }

    #[test]
    fn cells_show_collections_in_braces_with_the_limit() {
        let list = Value::array((1..=5).map(Value::Int).collect());
        assert_eq!(cell_text(&list), "{1, 2, 3, 4...}");
        assert_eq!(cell_text(&Value::array(vec![Value::str("a")])), "{a}");
        assert_eq!(cell_text(&Value::Bool(true)), "True");
        assert_eq!(cell_text(&Value::Null), "");
    }

    #[test]
    fn values_that_contain_themselves_end() {
        let list = Value::array(vec![Value::Int(1), Value::Int(2)]);
        if let Value::Array(items) = &list {
            items.borrow_mut()[0] = list.clone();
        }
        assert_eq!(cell_text(&list), "{{{{..., 2}, 2}, 2}, 2}");
        // Output enumerates the array once, then shows it as one value.
        let shown = flatten(std::slice::from_ref(&list));
        assert_eq!(shown.len(), 2);
        assert!(matches!(shown[0], Value::Array(_)));
    }

    #[test]
    fn wrap_cuts_long_lines() {
        assert_eq!(wrap("abcdef", 4), vec!["abcd", "ef"]);
        assert_eq!(wrap("", 4), Vec::<String>::new());
    }
}
