//! Parameter builders the domain specs share, so each convention (`-Identity` at position 0,
//! `-PersistentChatPoolFqdn` as an alias of `-ChatPool`, pipeline binding of identities) is
//! written once.

use crate::cmdlets::spec::{Example, ParamKind, ParamSpec};

/// An optional, named parameter.
pub(crate) fn param(name: &str, kind: ParamKind, description: &str) -> ParamSpec {
    ParamSpec::new(name, kind, description)
}

/// `-Identity` at position 0.
pub(crate) fn identity(description: &str) -> ParamSpec {
    ParamSpec::new("Identity", ParamKind::String, description).position(0)
}

/// `-Identity` at position 0 that also takes pipeline input, by value (`'x' | Set-…`) and by
/// property name (`Get-… | Set-…`).
pub(crate) fn piped_identity(description: &str) -> ParamSpec {
    identity(description)
        .from_pipeline()
        .from_pipeline_by_property_name()
}

/// A user's `-Identity`: position 0, pipeline input by value and by property name, with the
/// alias `SipAddress` so any object with a `SipAddress` property binds.
pub(crate) fn user_identity(description: &str) -> ParamSpec {
    piped_identity(description).aliases(&["SipAddress"])
}

/// `-ChatPool` with its real-cmdlet alias `-PersistentChatPoolFqdn`.
pub(crate) fn chat_pool(description: &str) -> ParamSpec {
    ParamSpec::new("ChatPool", ParamKind::String, description).aliases(&["PersistentChatPoolFqdn"])
}

/// `-Force`.
pub(crate) fn force(description: &str) -> ParamSpec {
    ParamSpec::new("Force", ParamKind::Switch, description)
}

/// The `-Identity` (wildcards) and `-Filter` every `Get-*` of model objects takes.
pub(crate) fn get_params(what: &str) -> Vec<ParamSpec> {
    vec![
        identity(&format!(
            "The {what} to return; wildcards (* and ?) select several."
        )),
        ParamSpec::new(
            "Filter",
            ParamKind::Any,
            "Keeps the objects for which the block is true: OPATH style ({Property -eq value}, or the same as text) or script ($_).",
        ),
    ]
}

/// An example.
pub(crate) fn example(
    description: &'static str,
    script: &'static str,
    output: Option<&'static str>,
) -> Example {
    Example {
        description,
        script,
        output,
    }
}
