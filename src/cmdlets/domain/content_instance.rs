//! `-Instance` of the chat content cmdlets (`Set-`, `Remove-` and `Clear-` of rooms,
//! categories and add-ins), with the `-Identity` it is the alternative to.
//!
//! The instance is an object `Get-` returned, perhaps with properties the script changed
//! (`$room.Description = 'x'; Set-CsPersistentChatRoom -Instance $room`), or an identity
//! piped as text (`'pool\room' | Remove-CsPersistentChatRoom`). [`expand`] turns it into
//! ordinary arguments with `instance.rs`'s [`merged`]: the object's `Identity` becomes
//! `-Identity`, and for a `Set-` each property the script changed (it differs from the stored
//! object's, read back through the kind's property table) that is a parameter of the cmdlet
//! fills that parameter unless the call gives it, so the Set- rules apply as if typed.
//! Unchanged properties are left out, so storing an object as it was read never re-checks a
//! setting the model holds (a legacy room keeps invitations its category has off); derived
//! properties are never taken. Unlike the XDS settings, content is never created from an
//! instance.

use crate::cmdlets::command::{Bound, BoundArg, CommandError, Host};
use crate::cmdlets::domain::instance::{merged, Shape};
use crate::cmdlets::domain::output::value_prop;
use crate::cmdlets::domain::params::param;
use crate::cmdlets::spec::{ParamKind, ParamSpec};
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

/// What [`expand`] takes from an instance object besides its identity.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Take<'a> {
    /// Only the identity (`Remove-`, `Clear-`).
    Identity,
    /// The changed properties that are parameters of the cmdlet, except these derived ones.
    Properties {
        /// Property names never taken (a room's `Messages` and `ContentMB`).
        derived: &'a [&'a str],
    },
}

/// The arguments the handler runs with: `bound` itself without `-Instance`; else `bound` with
/// the instance turned into `-Identity` (and, for [`Take::Properties`], the parameters its
/// changed properties fill). An object of another kind is `coexist::bind::invalid_value`.
pub(crate) fn expand<'b>(
    host: &mut dyn Host,
    bound: &'b Bound,
    kind: Kind,
    take: Take<'_>,
) -> Result<Cow<'b, Bound>, CommandError> {
    let Some(arg) = bound.arg("Instance") else {
        return Ok(Cow::Borrowed(bound));
    };
    let object = match &arg.value {
        Value::String(identity) => {
            let mut expanded = bound.clone();
            let identity = BoundArg {
                value: Value::String(identity.clone()),
                span: arg.span,
            };
            expanded.args.shift_remove("Instance");
            expanded.args.insert("Identity".to_string(), identity);
            return Ok(Cow::Owned(expanded));
        }
        Value::Object(object) => object.borrow(),
        _ => {
            return Ok(
                merged(bound, &Shape::of_kind(kind))?.map_or(Cow::Borrowed(bound), Cow::Owned)
            )
        }
    };
    let identity = object.get("Identity").map(Value::to_display_string);
    let stored = identity.and_then(|id| host.model().object(kind, &id));
    let left_out: Vec<&str> = kind
        .property_names()
        .into_iter()
        .filter(|name| match take {
            Take::Identity => !name.eq_ignore_ascii_case("Identity"),
            Take::Properties { derived } => {
                derived.iter().any(|d| d.eq_ignore_ascii_case(name))
                    || stored.is_some_and(|s| {
                        !name.eq_ignore_ascii_case("Identity")
                            && object.get(name).map(value_prop) == s.property(name)
                    })
            }
        })
        .collect();
    drop(object);
    let shape = Shape::of_kind(kind).without(&left_out);
    Ok(merged(bound, &shape)?.map_or(Cow::Borrowed(bound), Cow::Owned))
}
