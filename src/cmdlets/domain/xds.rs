//! What the real XDS cmdlets share (settings, policies, pool states, allowed domains, sites,
//! pools, services): `-Identity` (exact: never a pattern) and `-Filter` (a PowerShell wildcard
//! on the displayed identity, `site:*`) in their own parameter sets, `-Instance` for `Set-`, the
//! noted `-LocalStore` and `-Tenant`, and the `Get-` query over stored objects or derived
//! records (surface.md §3).

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::output::{record_value, to_value};
use crate::cmdlets::domain::run::model_error;
use crate::cmdlets::general::compare::{has_wildcard, wildcard_match};
use crate::cmdlets::spec::{ParamKind, ParamSpec, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::model::lookup::suggest;
use crate::model::objects::Kind;
use crate::model::records::Record;
use crate::model::view::ObjectRef;
use crate::model::{Model, ModelError};

/// The parameter set of `-Identity`.
pub(crate) const IDENTITY_SET: &str = "Identity";
/// The parameter set of `-Filter`.
pub(crate) const FILTER_SET: &str = "Filter";
/// The parameter set of `-Instance`.
pub(crate) const INSTANCE_SET: &str = "Instance";

/// `-Identity` at position 0 in the `Identity` set.
pub(crate) fn identity(description: &str) -> ParamSpec {
    ParamSpec::new("Identity", ParamKind::String, description)
        .position(0)
        .sets(&[IDENTITY_SET])
}

/// `-Filter`: a wildcard on the identity, in the `Filter` set (bound as is, so a script block
/// can be told apart and refused).
pub(crate) fn filter(example: &str) -> ParamSpec {
    ParamSpec::new(
        "Filter",
        ParamKind::Any,
        &format!("Keeps the objects whose identity matches this wildcard, e.g. {example}."),
    )
    .sets(&[FILTER_SET])
}

/// `-Instance`: an object from `Get-` or `New- -InMemory`, also from the pipeline.
pub(crate) fn instance(what: &str) -> ParamSpec {
    ParamSpec::new(
        "Instance",
        ParamKind::Any,
        &format!(
            "{what} to store, as Get- or New- -InMemory returned it (also from the pipeline)."
        ),
    )
    .from_pipeline()
    .sets(&[INSTANCE_SET])
}

/// `-LocalStore` (noted: coexist has one store).
pub(crate) fn local_store() -> ParamSpec {
    ParamSpec::new(
        "LocalStore",
        ParamKind::Switch,
        "Reads the local replica of the Central Management store; one store in a rehearsal.",
    )
    .noted()
}

/// `-Tenant` (noted: Skype for Business Online only).
pub(crate) fn tenant() -> ParamSpec {
    ParamSpec::new(
        "Tenant",
        ParamKind::String,
        "The Skype for Business Online tenant; no effect on premises.",
    )
    .noted()
}

/// A signature whose parameter sets default to `Identity`.
pub(crate) fn signature(params: Vec<ParamSpec>) -> Signature {
    Signature {
        params,
        default_set: Some(IDENTITY_SET.to_string()),
    }
}

/// `-Identity` when given and not empty.
pub(crate) fn given_identity(bound: &Bound) -> Option<String> {
    bound.string("Identity").filter(|id| !id.trim().is_empty())
}

/// The `-Identity` a `Get-` looks up: an XDS identity is never a pattern, so one with wildcard
/// characters is `coexist::bind::invalid_value`, pointing at `-Filter`.
fn lookup_identity(bound: &Bound) -> Result<Option<String>, CommandError> {
    let Some(id) = given_identity(bound) else {
        return Ok(None);
    };
    if has_wildcard(&id) {
        return Err(RuntimeError::new(
            INVALID_VALUE,
            format!("-Identity of {} takes no wildcards: {id}", bound.command),
            bound.span_of("Identity"),
        )
        .with_help(format!("match identities with -Filter \"{id}\" instead"))
        .into());
    }
    Ok(Some(id.trim().to_string()))
}

/// The `-Filter` wildcard, if given. A script block is `coexist::bind::invalid_value`: these
/// filters match identities only (the product would read the block's text as a wildcard and
/// match nothing).
fn filter_pattern(bound: &Bound) -> Result<Option<String>, CommandError> {
    match bound.arg("Filter") {
        Some(arg) if matches!(arg.value, Value::ScriptBlock(_)) => Err(RuntimeError::new(
            INVALID_VALUE,
            format!(
                "-Filter of {} takes a wildcard on the identity, not a script block",
                bound.command
            ),
            arg.span,
        )
        .with_help("write a wildcard such as -Filter \"site:*\", or pipe to Where-Object { … }")
        .into()),
        _ => Ok(bound.string("Filter")),
    }
}

/// Whether an identity passes the `-Filter` wildcard (everything does without one).
fn passes(pattern: Option<&str>, identity: &str) -> bool {
    pattern.is_none_or(|pattern| wildcard_match(pattern, identity, false))
}

/// The `Get-` query over stored objects of `kind`: `-Identity` through `find` (which returns the
/// canonical identity, or the kind's `unknown_…` error), else every object `-Filter` passes.
pub(crate) fn get_objects(
    host: &mut dyn Host,
    bound: &Bound,
    out: &mut Vec<Value>,
    kind: Kind,
    find: impl FnOnce(&Model, &str) -> Result<String, ModelError>,
) -> Result<(), CommandError> {
    let pattern = filter_pattern(bound)?;
    let model = host.model();
    let selected: Vec<ObjectRef<'_>> = match lookup_identity(bound)? {
        Some(id) => {
            let canonical = find(model, &id).map_err(|e| model_error(bound, &[], e))?;
            model.object(kind, &canonical).into_iter().collect()
        }
        None => model
            .objects(kind)
            .into_iter()
            .filter(|o| passes(pattern.as_deref(), o.identity()))
            .collect(),
    };
    out.extend(selected.into_iter().map(to_value));
    Ok(())
}

/// The `Get-` query over derived records: `-Identity` through `find` (canonical identity or
/// error), else every record `-Filter` passes.
pub(crate) fn get_records<R: Record>(
    bound: &Bound,
    out: &mut Vec<Value>,
    records: Vec<R>,
    find: impl FnOnce(&str) -> Result<String, ModelError>,
) -> Result<(), CommandError> {
    let pattern = filter_pattern(bound)?;
    let selected: Vec<R> = match lookup_identity(bound)? {
        Some(id) => {
            let canonical = find(&id).map_err(|e| model_error(bound, &[], e))?;
            records
                .into_iter()
                .filter(|r| r.identity().eq_ignore_ascii_case(&canonical))
                .collect()
        }
        None => records
            .into_iter()
            .filter(|r| passes(pattern.as_deref(), r.identity()))
            .collect(),
    };
    out.extend(selected.iter().map(record_value));
    Ok(())
}

/// [`get_records`] for records whose identities are their whole namespace (pools, services):
/// an `-Identity` that names none of them is the error `missing` builds from it and the closest
/// identity listed.
pub(crate) fn get_listed<R: Record>(
    bound: &Bound,
    out: &mut Vec<Value>,
    records: Vec<R>,
    missing: impl FnOnce(&str, Option<String>) -> ModelError,
) -> Result<(), CommandError> {
    let known: Vec<String> = records.iter().map(|r| r.identity().to_string()).collect();
    get_records(bound, out, records, |id| {
        known
            .iter()
            .find(|k| k.eq_ignore_ascii_case(id))
            .cloned()
            .ok_or_else(|| missing(id, suggest(id, known.iter().map(String::as_str))))
    })
}
