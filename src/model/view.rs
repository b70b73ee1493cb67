//! Objects as scripts see them: each object kind's one declarative description.
//!
//! A kind is described once, by [`ObjectView`]: its [`Kind`], its property table
//! ([`PropDef`]s in model.md's order, the default display set first) and how many properties
//! the default display shows. Everything that shows or compares objects reads that table: the
//! `Get-*` output (`cmdlets/domain/output.rs`), the plan diff (`diff.rs`), `Where-Object` and
//! formatting (through the script values built from it), and the recorded-property setters
//! the cmdlets use. The state file is the objects' own serde form. Adding a recorded
//! property is one field plus one `prop!` line in the kind's table (beside its struct in
//! `objects/`).

use super::idmap::Identified;
pub use super::kinds::ObjectRef;
use super::objects::Kind;
use std::fmt;

/// A property value, independent of the interpreter's `Value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prop {
    /// No value.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// Text.
    Str(String),
    /// A list of identities.
    List(Vec<String>),
}

impl fmt::Display for Prop {
    /// As the plan shows it: `True`, `3`, text, `a, b` (a list), empty for `Null`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Prop::Null => Ok(()),
            Prop::Bool(true) => f.write_str("True"),
            Prop::Bool(false) => f.write_str("False"),
            Prop::Int(i) => write!(f, "{i}"),
            Prop::Str(s) => f.write_str(s),
            Prop::List(items) => f.write_str(&items.join(", ")),
        }
    }
}

/// A field type that shows as a [`Prop`].
pub trait ToProp {
    /// The property value.
    fn to_prop(&self) -> Prop;
}

/// A field type a [`Prop`] can be stored into (recorded properties).
pub trait FromProp: Sized {
    /// Converts, or says what was expected (`"a number from 0 to 4294967295"`).
    fn from_prop(prop: Prop) -> Result<Self, String>;
}

impl ToProp for String {
    fn to_prop(&self) -> Prop {
        Prop::Str(self.clone())
    }
}

impl FromProp for String {
    fn from_prop(prop: Prop) -> Result<Self, String> {
        match prop {
            Prop::Null => Ok(String::new()),
            other => Ok(other.to_string()),
        }
    }
}

impl ToProp for Option<String> {
    fn to_prop(&self) -> Prop {
        self.as_ref().map_or(Prop::Null, |s| Prop::Str(s.clone()))
    }
}

impl FromProp for Option<String> {
    fn from_prop(prop: Prop) -> Result<Self, String> {
        match prop {
            Prop::Null => Ok(None),
            Prop::Str(s) if s.is_empty() => Ok(None),
            other => Ok(Some(other.to_string())),
        }
    }
}

impl ToProp for bool {
    fn to_prop(&self) -> Prop {
        Prop::Bool(*self)
    }
}

impl FromProp for bool {
    fn from_prop(prop: Prop) -> Result<Self, String> {
        match prop {
            Prop::Bool(b) => Ok(b),
            Prop::Int(i) => Ok(i != 0),
            Prop::Str(s) if s.eq_ignore_ascii_case("true") => Ok(true),
            Prop::Str(s) if s.eq_ignore_ascii_case("false") => Ok(false),
            _ => Err("True or False".to_string()),
        }
    }
}

impl ToProp for u32 {
    fn to_prop(&self) -> Prop {
        Prop::Int((*self).into())
    }
}

impl FromProp for u32 {
    fn from_prop(prop: Prop) -> Result<Self, String> {
        let expected = || format!("a whole number from 0 to {}", u32::MAX);
        match prop {
            Prop::Int(i) => u32::try_from(i).map_err(|_| expected()),
            Prop::Str(s) => s.trim().parse().map_err(|_| expected()),
            _ => Err(expected()),
        }
    }
}

impl ToProp for u64 {
    fn to_prop(&self) -> Prop {
        Prop::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl ToProp for Vec<String> {
    fn to_prop(&self) -> Prop {
        Prop::List(self.clone())
    }
}

impl FromProp for Vec<String> {
    fn from_prop(prop: Prop) -> Result<Self, String> {
        match prop {
            Prop::Null => Ok(Vec::new()),
            Prop::List(items) => Ok(items),
            other => Ok(vec![other.to_string()]),
        }
    }
}

/// Stores a value into a recorded field, or says what the field takes.
pub type Setter<T> = fn(&mut T, Prop) -> Result<(), String>;

/// Checks that a value converts to a recorded field's type, or says what the field takes.
pub type Checker = fn(&Prop) -> Result<(), String>;

/// One property of an object kind: its name as scripts see it, how to read it and, for a
/// recorded property (a plain value no rule reads), how to store it.
pub struct PropDef<T> {
    /// The property name (`RegistrarPool`).
    pub name: &'static str,
    /// Reads the value.
    pub get: fn(&T) -> Prop,
    /// Stores a value: `Some` exactly for recorded properties, which cmdlets set generically.
    pub set: Option<Setter<T>>,
    /// Checks that a value can be stored (recorded properties), saying what it takes if not.
    pub check: Option<Checker>,
}

/// Whether `prop` converts to the type of the field `field` reads (for [`PropDef::check`]).
pub fn check_as<T, F: FromProp>(_field: fn(&T) -> &F, prop: &Prop) -> Result<(), String> {
    F::from_prop(prop.clone()).map(|_| ())
}

/// A property table entry.
///
/// - `prop!("Fqdn", fqdn)`: a field shown as is (set only by the model's rule functions);
/// - `prop!("Description", description, recorded)`: a recorded field, also stored by cmdlets;
/// - `prop!("Policy", |u| …)`: a computed value.
macro_rules! prop {
    ($name:literal, $field:ident) => {
        $crate::model::view::PropDef {
            name: $name,
            get: |o| $crate::model::view::ToProp::to_prop(&o.$field),
            set: None,
            check: None,
        }
    };
    ($name:literal, $field:ident, recorded) => {
        $crate::model::view::PropDef {
            name: $name,
            get: |o| $crate::model::view::ToProp::to_prop(&o.$field),
            set: Some(|o, p| {
                o.$field = $crate::model::view::FromProp::from_prop(p)?;
                Ok(())
            }),
            check: Some(|p| $crate::model::view::check_as(|o: &Self| &o.$field, p)),
        }
    };
    ($name:literal, $get:expr) => {
        $crate::model::view::PropDef {
            name: $name,
            get: $get,
            set: None,
            check: None,
        }
    };
}
pub(crate) use prop;

/// An object kind's description: the one table views, `Get-*` output, the plan diff and the
/// recorded-property setters read.
pub trait ObjectView: Identified + Sized + 'static {
    /// The object's kind.
    const KIND: Kind;
    /// Every property, default display set first, in model.md's order; `Identity` included.
    const PROPS: &'static [PropDef<Self>];
    /// How many leading properties form the default display set.
    const DEFAULT_DISPLAY: usize;

    /// The object's kind.
    fn kind(&self) -> Kind {
        Self::KIND
    }

    /// The identity as written.
    fn identity(&self) -> &str {
        self.id()
    }

    /// Every property with its value, in table order.
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        Self::PROPS
            .iter()
            .map(|p| (p.name, (p.get)(self)))
            .collect()
    }

    /// One property's value (name case-insensitive).
    fn property(&self, name: &str) -> Option<Prop> {
        Self::PROPS
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .map(|p| (p.get)(self))
    }
}

/// Recorded property values a cmdlet gives: property name → value.
pub type Recorded = Vec<(String, Prop)>;

/// Checks one recorded value against the kind's table: `None` when `name` is no recorded
/// property of `T`, else whether the value converts (and what the property takes if not).
pub fn check_recorded<T: ObjectView>(name: &str, value: &Prop) -> Option<Result<(), String>> {
    T::PROPS
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(name))
        .and_then(|p| p.check)
        .map(|check| check(value))
}

/// Stores recorded values into `object`. Callers check each value first
/// ([`check_recorded`], `Kind::check_recorded`), as the cmdlets do when binding; a value that
/// still does not convert, or a name that is no recorded property, is left out.
pub fn store_recorded<T: ObjectView>(object: &mut T, values: &Recorded) {
    for (name, value) in values {
        let setter = T::PROPS
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .and_then(|p| p.set);
        if let Some(set) = setter {
            let _ = set(object, value.clone());
        }
    }
}

/// The names of `T`'s recorded properties.
pub fn recorded_names<T: ObjectView>() -> impl Iterator<Item = &'static str> {
    T::PROPS.iter().filter(|p| p.set.is_some()).map(|p| p.name)
}
