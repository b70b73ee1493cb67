//! `-InMemory` and `-Instance` (surface.md §2): objects a script holds and edits before storing
//! them, as in
//!
//! ```powershell
//! $x = New-CsAllowedDomain -Identity fabrikam.com -InMemory
//! $x.Comment = "Contact: Ken Myer"
//! Set-CsAllowedDomain -Instance $x
//! ```
//!
//! - [`create`]: `New-X -InMemory` runs New-'s operation on a copy of the model, so every New-
//!   rule applies, and outputs the object it would create; the model is not changed, so Get-
//!   does not see it. Its warnings come when the object is stored.
//! - [`merged`]: `Set-X -Instance $x` (or `$x | Set-X`) reads the instance back through its
//!   [`Shape`] (the kind's property table, or a derived record's): its `Identity`, and every
//!   property that is also a parameter of Set-X and that the call does not give itself. The
//!   handler then runs on the merged arguments, blaming the `-Instance` argument for values it
//!   took from there.
//! - [`set_or_create`]: stores the merged object under Set-'s rules when its identity exists,
//!   under New-'s when it does not.
//!
//! Nothing here knows a particular kind: a cmdlet family adds `-InMemory`/`-Instance` by giving
//! its kind (or record) and its New-/Set- handlers.

use crate::cmdlets::command::{Bound, BoundArg, CommandError, Host};
use crate::cmdlets::domain::output::to_value;
use crate::cmdlets::domain::run::{apply, model_error, origin, Change, Ctx};
use crate::cmdlets::registry;
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::model::objects::Kind;
use crate::model::records::Record;
use crate::model::{Model, ModelError, Origin, Outcome};

/// What an `-Instance` object is: its type name and the properties it carries.
#[derive(Debug, Clone)]
pub(crate) struct Shape {
    type_name: &'static str,
    properties: Vec<&'static str>,
}

impl Shape {
    /// Objects of a stored kind (as `Get-` and `New- -InMemory` output them).
    pub(crate) fn of_kind(kind: Kind) -> Shape {
        Shape {
            type_name: kind.as_str(),
            properties: kind.property_names(),
        }
    }

    /// The same shape without the properties `names` (derived values a `Set-` must not take
    /// back, such as a room's `Messages`).
    pub(crate) fn without(mut self, names: &[&str]) -> Shape {
        self.properties
            .retain(|p| !names.iter().any(|n| n.eq_ignore_ascii_case(p)));
        self
    }

    /// Derived records of type `R` (`Get-CsPersistentChatState`'s objects).
    pub(crate) fn of_record<R: Record>() -> Shape {
        Shape {
            type_name: R::TYPE_NAME,
            properties: R::PROPS.iter().map(|p| p.name).collect(),
        }
    }
}

/// `New-X`, or `New-X -InMemory`: [`apply`] without `-InMemory`; with it, `op` runs on a copy of
/// the model (its errors reported as usual) and the object it creates is output, unsaved.
pub(crate) fn create(
    host: &mut Ctx<'_>,
    bound: &Bound,
    out: &mut Vec<Value>,
    change: Change<'_>,
    op: impl FnOnce(&mut Model, Origin) -> Result<Outcome, ModelError>,
) -> Result<(), CommandError> {
    if !bound.switch("InMemory") {
        return apply(host, bound, out, change, op);
    }
    let mut copy = host.model().clone();
    let outcome =
        op(&mut copy, origin(bound)).map_err(|e| model_error(bound, change.renames, e))?;
    let created = outcome
        .identities
        .first()
        .and_then(|id| copy.object(change.kind, id));
    out.extend(created.map(to_value));
    Ok(())
}

/// The call's arguments with the `-Instance` object's identity and properties filled in, or
/// `None` when the call has no `-Instance`. An instance of another shape is
/// `coexist::bind::invalid_value`.
pub(crate) fn merged(bound: &Bound, shape: &Shape) -> Result<Option<Bound>, CommandError> {
    let Some(arg) = bound.arg("Instance") else {
        return Ok(None);
    };
    let object = match &arg.value {
        Value::Object(o) if o.borrow().type_name.eq_ignore_ascii_case(shape.type_name) => o.clone(),
        other => {
            return Err(RuntimeError::new(
                INVALID_VALUE,
                format!(
                    "-Instance takes a {} object, not {}",
                    shape.type_name,
                    describe(other)
                ),
                arg.span,
            )
            .with_help(format!(
                "pass an object that Get-{} returned",
                bound.command.split_once('-').map_or("", |(_, noun)| noun)
            ))
            .into())
        }
    };
    let object = object.borrow();
    let spec = registry::lookup(&bound.command);
    let mut merged = bound.clone();
    merged.args.shift_remove("Instance");
    for name in &shape.properties {
        let param = if name.eq_ignore_ascii_case("Identity") {
            Some("Identity".to_string())
        } else {
            spec.and_then(|s| s.signature.find(name))
                .filter(|p| !p.name.eq_ignore_ascii_case("Instance"))
                .map(|p| p.name.clone())
        };
        let (Some(param), Some(value)) = (param, object.get(name)) else {
            continue;
        };
        if !merged.has(&param) {
            let value = BoundArg {
                value: value.clone(),
                span: arg.span,
            };
            merged.args.insert(param, value);
        }
    }
    Ok(Some(merged))
}

/// `Set-X` with or without `-Instance`: `set` on the call's arguments; with an instance, on the
/// merged arguments, or `create` (New-'s rules) when no object of `kind` has its identity.
pub(crate) fn set_or_create(
    host: &mut Ctx<'_>,
    bound: &Bound,
    out: &mut Vec<Value>,
    kind: Kind,
    set: impl FnOnce(&mut Ctx<'_>, &Bound, &mut Vec<Value>) -> Result<(), CommandError>,
    create: impl FnOnce(&mut Ctx<'_>, &Bound, &mut Vec<Value>) -> Result<(), CommandError>,
) -> Result<(), CommandError> {
    let Some(merged) = merged(bound, &Shape::of_kind(kind))? else {
        return set(host, bound, out);
    };
    let identity = merged.string("Identity").unwrap_or_default();
    if host.model().object(kind, identity.trim()).is_some() {
        set(host, &merged, out)
    } else {
        create(host, &merged, out)
    }
}

/// How an error message names a value that is not the expected object.
fn describe(value: &Value) -> String {
    match value {
        Value::Object(o) => format!("a {} object", o.borrow().type_name),
        Value::Null => "$null".to_string(),
        other => format!("\"{}\"", other.to_display_string()),
    }
}
