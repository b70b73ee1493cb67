//! Model objects as script values, and the `Get-*` query every object kind shares
//! (`-Identity` exact or with wildcards, `-Filter {…}`).

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::filter;
use crate::cmdlets::domain::run::model_error;
use crate::cmdlets::general::compare::{has_wildcard, wildcard_match};
use crate::eval::value::{PsObject, Value};
use crate::model::objects::{split_scoped, Kind};
use crate::model::records::Record;
use crate::model::view::{ObjectRef, Prop};
use crate::model::{Model, ModelError};

/// A model object as a script value: a [`PsObject`] named after its kind, every property in
/// the model's order, the default display set first; lists become arrays of strings.
pub fn to_value(object: ObjectRef<'_>) -> Value {
    object_value(
        object.kind().as_str(),
        object.properties(),
        object.default_display(),
    )
}

/// A derived view ([`Record`]) as a script value, shaped like [`to_value`]'s objects.
pub fn record_value<R: Record>(record: &R) -> Value {
    object_value(R::TYPE_NAME, record.properties(), R::DEFAULT_DISPLAY)
}

fn object_value(
    type_name: &str,
    properties: Vec<(&'static str, Prop)>,
    default_display: usize,
) -> Value {
    let mut obj = PsObject::new(type_name);
    for (name, prop) in properties {
        obj.properties.insert(name.to_string(), prop_value(prop));
    }
    obj.default_display = default_display;
    Value::object(obj)
}

/// One property value.
pub fn prop_value(prop: Prop) -> Value {
    match prop {
        Prop::Null => Value::Null,
        Prop::Bool(b) => Value::Bool(b),
        Prop::Int(i) => Value::Int(i),
        Prop::Str(s) => Value::str(s),
        Prop::List(items) => Value::array(items.into_iter().map(Value::str).collect()),
    }
}

/// A script value as a property value (the inverse of [`prop_value`]): arrays become lists
/// of their items' text, other values their text.
pub fn value_prop(value: &Value) -> Prop {
    match value {
        Value::Null => Prop::Null,
        Value::Bool(b) => Prop::Bool(*b),
        Value::Int(i) => Prop::Int(*i),
        Value::Array(_) => Prop::List(
            value
                .clone()
                .into_items()
                .iter()
                .map(Value::to_display_string)
                .collect(),
        ),
        other => Prop::Str(other.to_display_string()),
    }
}

/// The `Get-*` query: objects of `kind` that `-Identity` (exact, or wildcards matching the
/// identity or, for users, the display name, for pool-scoped objects the bare name) selects,
/// that `keep` accepts and whose `-Filter` block is true, in the model's order.
///
/// An exact `-Identity` that names nothing is the kind's `unknown_…` error.
pub(crate) fn get(
    host: &mut dyn Host,
    bound: &Bound,
    out: &mut Vec<Value>,
    kind: Kind,
    keep: impl Fn(ObjectRef<'_>) -> bool,
) -> Result<(), CommandError> {
    let values: Vec<Value> = {
        let model = host.model();
        let selected = match bound.string("Identity").filter(|s| !s.is_empty()) {
            Some(id) if has_wildcard(&id) => model
                .objects(kind)
                .into_iter()
                .filter(|o| matches_pattern(*o, &id))
                .collect(),
            Some(id) => find(model, kind, &id)
                .map_err(|e| model_error(bound, &[], e))?
                .into_iter()
                .collect(),
            None => model.objects(kind),
        };
        selected
            .into_iter()
            .filter(|o| keep(*o))
            .map(to_value)
            .collect()
    };
    // Rooms and endpoints read a text -Filter their own way (a name or pattern to look for).
    let text_terms = !matches!(kind, Kind::ChatRoom | Kind::ChatEndpoint);
    let filter = filter::compile(host, bound, values.first(), text_terms)?;
    for value in values {
        if filter.accepts(host, &value)? {
            out.push(value);
        }
    }
    Ok(())
}

/// Whether a wildcard pattern matches the object's identity (or display name, or bare name).
fn matches_pattern(object: ObjectRef<'_>, pattern: &str) -> bool {
    let id = object.identity();
    if wildcard_match(pattern, id, false) {
        return true;
    }
    match object {
        ObjectRef::User(u) => {
            wildcard_match(pattern, &u.display_name, false)
                || wildcard_match(pattern, id.get(4..).unwrap_or(id), false)
        }
        ObjectRef::ChatCategory(_) | ObjectRef::ChatRoom(_) | ObjectRef::ChatAddin(_) => {
            split_scoped(id).is_some_and(|(_, name)| wildcard_match(pattern, name, false))
        }
        _ => false,
    }
}

/// The object of `kind` an exact identity names: the model's own lookup for kinds that have
/// one (users by SIP or display name, scoped names, policy tags), else an exact match.
fn find<'m>(model: &'m Model, kind: Kind, id: &str) -> Result<Option<ObjectRef<'m>>, ModelError> {
    const P: &str = "Identity";
    Ok(Some(match kind {
        Kind::Site => ObjectRef::Site(model.find_site(super::topology::strip_site_prefix(id), P)?),
        Kind::Pool => ObjectRef::Pool(model.find_pool(id, P)?),
        Kind::ChatPool => ObjectRef::ChatPool(model.find_chat_pool(id, P)?),
        Kind::User => ObjectRef::User(model.find_user(id, P)?),
        Kind::PersistentChatPolicy => ObjectRef::PersistentChatPolicy(model.find_policy(id, P)?),
        Kind::ChatCategory => ObjectRef::ChatCategory(model.find_category(id, None, P)?),
        Kind::ChatRoom => ObjectRef::ChatRoom(model.find_room(id, None, P)?),
        Kind::ChatAddin => ObjectRef::ChatAddin(model.find_addin(id, None, P)?),
        Kind::ChatEndpoint => {
            let sip = if id.len() >= 4 && id[..4].eq_ignore_ascii_case("sip:") {
                id.to_string()
            } else {
                format!("sip:{id}")
            };
            return Ok(model.object(kind, id).or_else(|| model.object(kind, &sip)));
        }
        Kind::FederatedDomain
        | Kind::PersistentChatConfiguration
        | Kind::PersistentChatComplianceConfiguration
        | Kind::ChatMessage
        | Kind::ADOrganizationalUnit => return Ok(model.object(kind, id)),
        Kind::ADAccount => {
            return Ok(model
                .find_account(id, P)
                .ok()
                .and_then(|found| match found {
                    crate::model::directory::AccountRef::Described(i) => {
                        model.ad_accounts().at(i).map(ObjectRef::ADAccount)
                    }
                    crate::model::directory::AccountRef::Implied(_) => None,
                }))
        }
        Kind::ADGroup => ObjectRef::ADGroup(model.find_group(id, P)?),
    }))
}
