//! Runtime values of the language.
//!
//! PowerShell's reference types (arrays, hashtables, objects) are shared: `$b = $a; $b[0] = 5`
//! changes `$a` too, so they live behind `Rc<RefCell<…>>`. Strings are immutable `Rc<str>`.

use crate::syntax::ast::ScriptBlock;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// Objects nested deeper than this inside a value's display text show as `...`.
pub const MAX_DISPLAY_DEPTH: usize = 8;

/// A runtime value.
#[derive(Debug, Clone, Default)]
pub enum Value {
    /// `$null`.
    #[default]
    Null,
    /// `$true` / `$false`.
    Bool(bool),
    /// A 64-bit integer (`[int]` and `[long]` both map here).
    Int(i64),
    /// A double.
    Double(f64),
    /// An immutable string.
    String(Rc<str>),
    /// `@(…)`, `a, b, c`: a shared, mutable array.
    Array(Rc<RefCell<Vec<Value>>>),
    /// `@{…}`: a shared, ordered, case-insensitive hashtable.
    Hashtable(Rc<RefCell<Hashtable>>),
    /// `{ … }`.
    ScriptBlock(Arc<ScriptBlock>),
    /// A property bag: a domain object view, `[pscustomobject]`, an error record.
    Object(Rc<RefCell<PsObject>>),
}

/// An ordered hashtable whose string keys compare case-insensitively.
#[derive(Debug, Clone, Default)]
pub struct Hashtable {
    /// Normalised key → (original key, value). Normalisation: [`Hashtable::normalise`].
    entries: IndexMap<String, (Value, Value)>,
}

impl Hashtable {
    /// The lookup key for a value: lower-cased display text.
    pub fn normalise(key: &Value) -> String {
        key.to_display_string().to_lowercase()
    }

    /// Inserts or replaces `key`, keeping the first insertion's position.
    pub fn insert(&mut self, key: Value, value: Value) {
        let norm = Self::normalise(&key);
        match self.entries.get_mut(&norm) {
            Some(slot) => slot.1 = value,
            None => {
                self.entries.insert(norm, (key, value));
            }
        }
    }

    /// The value stored under `key`, compared case-insensitively.
    pub fn get(&self, key: &Value) -> Option<&Value> {
        self.entries.get(&Self::normalise(key)).map(|(_, v)| v)
    }

    /// The value stored under a string key.
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.entries.get(&key.to_lowercase()).map(|(_, v)| v)
    }

    /// Removes `key`.
    pub fn remove(&mut self, key: &Value) -> Option<Value> {
        self.entries
            .shift_remove(&Self::normalise(key))
            .map(|(_, v)| v)
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &Value) -> bool {
        self.entries.contains_key(&Self::normalise(key))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// `(key, value)` pairs in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.values().map(|(k, v)| (k, v))
    }
}

/// A named bag of properties, in display order.
#[derive(Debug, Clone, Default)]
pub struct PsObject {
    /// The object's type name as `Get-Member`/`-is` see it (`User`, `ChatPool`, `PSCustomObject`).
    pub type_name: String,
    /// Properties in order; names compare case-insensitively via [`PsObject::get`].
    pub properties: IndexMap<String, Value>,
    /// How many leading properties form the default display set (0 means all).
    pub default_display: usize,
}

impl PsObject {
    /// A new object of `type_name` with no properties.
    pub fn new(type_name: impl Into<String>) -> Self {
        PsObject {
            type_name: type_name.into(),
            properties: IndexMap::new(),
            default_display: 0,
        }
    }

    /// Adds a property (builder style).
    pub fn with(mut self, name: &str, value: Value) -> Self {
        self.properties.insert(name.to_string(), value);
        self
    }

    /// Looks a property up case-insensitively.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.properties.get(name).or_else(|| {
            self.properties
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        })
    }

    /// Sets a property case-insensitively, adding it when absent.
    pub fn set(&mut self, name: &str, value: Value) {
        if let Some((_, slot)) = self
            .properties
            .iter_mut()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
        {
            *slot = value;
        } else {
            self.properties.insert(name.to_string(), value);
        }
    }

    /// The names of the default display properties, in order.
    pub fn display_names(&self) -> impl Iterator<Item = &str> {
        let n = if self.default_display == 0 {
            self.properties.len()
        } else {
            self.default_display
        };
        self.properties.keys().take(n).map(String::as_str)
    }
}

impl Value {
    /// A string value.
    pub fn str(s: impl AsRef<str>) -> Value {
        Value::String(Rc::from(s.as_ref()))
    }

    /// An array value from items.
    pub fn array(items: Vec<Value>) -> Value {
        Value::Array(Rc::new(RefCell::new(items)))
    }

    /// An object value.
    pub fn object(obj: PsObject) -> Value {
        Value::Object(Rc::new(RefCell::new(obj)))
    }

    /// A hashtable value.
    pub fn hashtable(table: Hashtable) -> Value {
        Value::Hashtable(Rc::new(RefCell::new(table)))
    }

    /// True for `$null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The text PowerShell shows when the value is converted to a string
    /// (`"$x"`, `[string]$x`): arrays join with a space, `$null` is empty,
    /// booleans are `True`/`False`, doubles use the shortest round-trip form.
    pub fn to_display_string(&self) -> String {
        self.display_at(0)
    }

    /// [`Value::to_display_string`] at a nesting depth: an array inside an array shows as
    /// `System.Object[]` (as .NET's `ToString` does), and objects nested deeper than
    /// [`MAX_DISPLAY_DEPTH`] show as `...`, so self-containing values cannot recurse forever.
    fn display_at(&self, depth: usize) -> String {
        match self {
            Value::Null => String::new(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Double(d) => format_double(*d),
            Value::String(s) => s.to_string(),
            Value::Array(items) => items
                .borrow()
                .iter()
                .map(|item| match item {
                    Value::Array(_) => "System.Object[]".to_string(),
                    other => other.display_at(depth + 1),
                })
                .collect::<Vec<_>>()
                .join(" "),
            Value::Hashtable(_) => "System.Collections.Hashtable".into(),
            Value::ScriptBlock(_) => String::new(),
            Value::Object(_) if depth > MAX_DISPLAY_DEPTH => "...".into(),
            Value::Object(obj) => {
                let obj = obj.borrow();
                // An error record shows its exception's message, an exception its message.
                if obj.type_name == "ErrorRecord" {
                    if let Some(exception) = obj.get("Exception") {
                        return exception.display_at(depth + 1);
                    }
                }
                if obj.type_name.ends_with("Exception") {
                    if let Some(message) = obj.get("Message") {
                        return message.display_at(depth + 1);
                    }
                }
                match obj.get("Identity").or_else(|| obj.get("Name")) {
                    Some(v) if obj.type_name != "PSCustomObject" => v.display_at(depth + 1),
                    _ => {
                        let parts: Vec<String> = obj
                            .properties
                            .iter()
                            .map(|(k, v)| format!("{k}={}", v.display_at(depth + 1)))
                            .collect();
                        format!("@{{{}}}", parts.join("; "))
                    }
                }
            }
        }
    }

    /// Like [`Value::enumerate`], but consumes the value and avoids copying an array that
    /// nothing else refers to.
    pub fn into_items(self) -> Vec<Value> {
        match self {
            Value::Null => Vec::new(),
            Value::Array(items) => match Rc::try_unwrap(items) {
                Ok(cell) => cell.into_inner(),
                Err(shared) => shared.borrow().clone(),
            },
            other => vec![other],
        }
    }

    /// Enumerates the value as PowerShell's pipeline does: arrays yield their items,
    /// `$null` yields nothing, everything else yields itself.
    pub fn enumerate(&self) -> Vec<Value> {
        match self {
            Value::Null => Vec::new(),
            Value::Array(items) => items.borrow().clone(),
            other => vec![other.clone()],
        }
    }
}

/// Formats a double as PowerShell 5.1 does for display: .NET's default `G15`, i.e. at most 15
/// significant digits (`0.1 + 0.2` shows `0.3`), scientific notation for exponents of 15 and
/// more or below -5 (`1E+20`, `1E-07`), `NaN`, `Infinity`, `-Infinity`.
pub fn format_double(d: f64) -> String {
    if d.is_nan() {
        return "NaN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if d == 0.0 {
        return "0".into();
    }
    // Round to 15 significant digits first; the exponent is that of the rounded value.
    let sci = format!("{:.14e}", d);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-5..15).contains(&exp) {
        let mantissa = trim_fraction(mantissa);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}E{sign}{:02}", exp.abs());
    }
    let decimals = (14 - exp).max(0) as usize;
    trim_fraction(&format!("{d:.decimals$}")).to_string()
}

/// Drops trailing zeros of a fraction, and the point if nothing is left after it.
fn trim_fraction(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::format_double;

    #[test]
    fn doubles_display_like_powershell_5() {
        assert_eq!(format_double(2.0), "2");
        assert_eq!(format_double(1.5), "1.5");
        assert_eq!(format_double(0.1 + 0.2), "0.3");
        assert_eq!(format_double(1.0 / 3.0), "0.333333333333333");
        assert_eq!(format_double(1e20), "1E+20");
        assert_eq!(format_double(9.223372036854776e18), "9.22337203685478E+18");
        assert_eq!(format_double(1e-7), "1E-07");
        assert_eq!(format_double(-2.5), "-2.5");
        assert_eq!(format_double(123456.789), "123456.789");
    }
}
