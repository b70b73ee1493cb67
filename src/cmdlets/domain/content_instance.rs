//! `-Instance` of the chat content cmdlets (`Set-`, `Remove-` and `Clear-` of rooms,
//! categories and add-ins), with the `-Identity` it is the alternative to.
//!
//! The instance is an object `Get-` returned (or its identity as text), perhaps with
//! properties the script changed (`$room.Description = 'x'; Set-CsPersistentChatRoom
//! -Instance $room`). [`expand`] turns it into ordinary arguments before the handler runs:
//! its `Identity` becomes `-Identity`, and for a `Set-` each property that differs from the
//! stored object's (read back through the kind's property table, `model/view.rs`) and names a
//! parameter of the cmdlet becomes that argument, so the Set- rules apply to it as if typed.
//! Arguments given explicitly win over the instance's properties.
//!
//! Kept small so it can be folded into the generic `-Instance` helper of the configuration
//! cmdlets at merge: the only kind-specific input is the [`Kind`] and the properties to skip.

use crate::cmdlets::command::{Bound, BoundArg, CommandError, Host};
use crate::cmdlets::domain::output::value_prop;
use crate::cmdlets::domain::params::param;
use crate::cmdlets::spec::{ParamKind, ParamSpec};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::model::objects::Kind;
use std::borrow::Cow;

/// `-Identity` of the reference's `Identity` parameter set: position 0, mandatory there.
pub(crate) fn identity_in_set(description: &str) -> ParamSpec {
    param("Identity", ParamKind::String, description)
        .position(0)
        .mandatory()
        .sets(&["Identity"])
}

/// `-Instance` of the reference's `Instance` parameter set: mandatory there, taking the
/// object (or its identity) from the pipeline; `positional` where the reference makes it so.
pub(crate) fn instance_in_set(kind: Kind, positional: bool) -> ParamSpec {
    let spec = param(
        "Instance",
        ParamKind::Any,
        match kind {
            Kind::ChatRoom => "A room object from Get-CsPersistentChatRoom (or its identity).",
            Kind::ChatCategory => {
                "A category object from Get-CsPersistentChatCategory (or its identity)."
            }
            _ => "An add-in object from Get-CsPersistentChatAddin (or its identity).",
        },
    )
    .mandatory()
    .from_pipeline()
    .sets(&["Instance"]);
    if positional {
        spec.position(0)
    } else {
        spec
    }
}

/// What [`expand`] takes from the instance besides its identity.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Take<'a> {
    /// Only the identity (`Remove-`, `Clear-`).
    Identity,
    /// The changed properties that name a parameter of the cmdlet, except these (properties
    /// whose value is derived, such as a room's `ContentMB`).
    Changes {
        /// Property names never taken.
        skip: &'a [&'a str],
    },
}

/// The arguments the handler runs with: `bound` itself without `-Instance`, else `bound`
/// plus `-Identity` and (for [`Take::Changes`]) the instance's changed properties.
pub(crate) fn expand<'b>(
    host: &mut dyn Host,
    bound: &'b Bound,
    kind: Kind,
    take: Take<'_>,
) -> Result<Cow<'b, Bound>, CommandError> {
    let Some(arg) = bound.arg("Instance") else {
        return Ok(Cow::Borrowed(bound));
    };
    let span = arg.span;
    let (identity, object) = match &arg.value {
        Value::Object(o) => {
            let o = o.borrow();
            let foreign =
                !o.type_name.eq_ignore_ascii_case(kind.as_str()) && o.type_name != "PSCustomObject";
            match o.get("Identity").filter(|_| !foreign) {
                Some(id) => (id.to_display_string(), Some(o.properties.clone())),
                None => return Err(not_an_instance(bound, kind, &o.type_name)),
            }
        }
        Value::String(s) => (s.to_string(), None),
        other => return Err(not_an_instance(bound, kind, &other.to_display_string())),
    };
    let mut expanded = bound.clone();
    expanded.args.insert(
        "Identity".to_string(),
        BoundArg {
            value: Value::str(&identity),
            span,
        },
    );
    let (Take::Changes { skip }, Some(properties)) = (take, object) else {
        return Ok(Cow::Owned(expanded));
    };
    let spec = crate::cmdlets::registry::lookup(&bound.command);
    let model = host.model();
    let Some(stored) = model.object(kind, &identity) else {
        return Ok(Cow::Owned(expanded));
    };
    for (name, value) in properties {
        let settable = spec
            .as_ref()
            .and_then(|s| s.signature.find(&name))
            .is_some_and(|p| p.name.eq_ignore_ascii_case(&name));
        let skipped = skip.iter().any(|s| s.eq_ignore_ascii_case(&name))
            || name.eq_ignore_ascii_case("Identity")
            || name.eq_ignore_ascii_case("Instance");
        if !settable || skipped || bound.has(&name) {
            continue;
        }
        if stored.property(&name) != Some(value_prop(&value)) {
            expanded.args.insert(name, BoundArg { value, span });
        }
    }
    Ok(Cow::Owned(expanded))
}

/// `coexist::bind::invalid_value`: the instance is not an object of `kind`.
fn not_an_instance(bound: &Bound, kind: Kind, what: &str) -> CommandError {
    RuntimeError::new(
        INVALID_VALUE,
        format!(
            "-Instance of {} takes a {kind} object, not {what}",
            bound.command
        ),
        bound.span_of("Instance"),
    )
    .with_help(format!(
        "pass an object Get- returned for a {kind}, or its identity with -Identity"
    ))
    .into()
}
