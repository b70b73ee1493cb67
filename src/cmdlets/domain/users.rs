//! User cmdlets (`Enable-CsUser`, `Get-CsUser`, `Set-CsUser`, `Move-CsUser`,
//! `Move-CsLegacyUser`, `Disable-CsUser`).

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::params::{example, get_params, identity, param, user_identity};
use crate::cmdlets::domain::run::{
    apply, apply_to_identity, flag, model_error, required, Change, Ctx, Run,
};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::value::Value;
use crate::model::objects::Kind;
use crate::model::users::{NewUser, SetUser};
use crate::model::view::ObjectRef;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        new_user(),
        get_user(),
        set_user(),
        move_user(),
        move_legacy_user(),
        remove_user(),
    ]
}

/// The values of `-SipAddressType`, as the real `Enable-CsUser` takes them.
const SIP_ADDRESS_TYPES: &[&str] = &[
    "FirstLastName",
    "EmailAddress",
    "UserPrincipalName",
    "SAMAccountName",
    "None",
];

fn new_user() -> CmdletSpec {
    CmdletSpec {
        name: "New-User",
        aliases: &["Enable-CsUser"],
        synopsis: "Enables a user for Lync Server, homed on a registrar pool.",
        description: "-Identity is the user's SIP address, or their name when -SipAddress (or \
            -SipAddressType with -SipDomain) gives the address. coexist has no Active \
            Directory: -SipAddressType builds the address from -Identity (FirstLastName: the \
            name without spaces; the other types: the part before @, or the name without \
            spaces) and -SipDomain.",
        signature: Signature::new()
            .param(identity("The user's SIP address, or their name.").mandatory())
            .param(param("DisplayName", ParamKind::String, "The display name (default: -Identity when it is a name, else the address's local part)."))
            .param(
                param("Pool", ParamKind::String, "The registrar pool the user is homed on.")
                    .aliases(&["RegistrarPool"])
                    .mandatory(),
            )
            .param(param("SipAddress", ParamKind::String, "The SIP address, sip:name@domain."))
            .param(param("SipDomain", ParamKind::String, "The domain of a SIP address built with -SipAddressType."))
            .param(
                param("SipAddressType", ParamKind::Enum, "How to build the SIP address from -Identity.")
                    .values(SIP_ADDRESS_TYPES),
            ),
        examples: vec![
            example(
                "Enable a user on a Lync 2010 pool.",
                "New-Site Redmond\nNew-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond\n\
                 New-User sip:ann@contoso.com -Pool lync2010.contoso.com\n\
                 (Get-User ann@contoso.com).DisplayName",
                Some("ann\n"),
            ),
            example(
                "The real cmdlet with a name and a SIP address.",
                concat!(
                    topology_setup!(),
                    "Enable-CsUser -Identity 'Ken Myer' -RegistrarPool lync2013.contoso.com -SipAddress sip:kenmyer@contoso.com\n\
                     (Get-CsUser 'Ken Myer').SipAddress"
                ),
                Some("sip:kenmyer@contoso.com\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_new_user)),
    }
}

/// Model parameter → cmdlet parameter renames of New-User.
const NEW_USER_RENAMES: &[(&str, &str)] = &[("Identity", "SipAddress")];

fn run_new_user(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let sip = match b.string("SipAddress").filter(|s| !s.is_empty()) {
        Some(sip) => sip,
        None => build_sip(&id, b.string("SipAddressType"), b.string("SipDomain")),
    };
    let display_name = b
        .string("DisplayName")
        .or_else(|| (!id.contains('@')).then(|| id.clone()));
    let req = NewUser {
        sip_address: sip,
        display_name,
        pool: required(b, "Pool")?,
    };
    let change = Change::new(Kind::User, req.sip_address.clone()).renames(NEW_USER_RENAMES);
    apply(host, b, out, change, |m, o| m.new_user(req, o))
}

/// The SIP address `New-User` uses when `-SipAddress` is not given.
fn build_sip(identity: &str, kind: Option<String>, domain: Option<String>) -> String {
    let has_prefix = identity.len() >= 4 && identity[..4].eq_ignore_ascii_case("sip:");
    if kind.is_none() && domain.is_none() {
        return if has_prefix || !identity.contains('@') {
            identity.to_string()
        } else {
            format!("sip:{identity}")
        };
    }
    let bare = if has_prefix { &identity[4..] } else { identity };
    let (local, own_domain) = match bare.split_once('@') {
        Some((l, d)) => (l, Some(d)),
        None => (bare, None),
    };
    let local: String = local
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let domain = domain
        .or_else(|| own_domain.map(str::to_string))
        .unwrap_or_default();
    format!("sip:{local}@{domain}")
}

fn get_user() -> CmdletSpec {
    CmdletSpec {
        name: "Get-User",
        aliases: &["Get-CsUser"],
        synopsis: "Returns users, by SIP address, display name, wildcard, filter or pool.",
        description: "-Identity matches the SIP address (with or without sip:) or the display \
            name; with wildcards it selects several users. -Filter takes OPATH-style terms \
            ({RegistrarPool -eq 'lync2010.contoso.com'}) or a script block.",
        signature: Signature {
            params: get_params("user")
                .into_iter()
                .chain([
                    param("Pool", ParamKind::String, "Keeps the users homed on this registrar pool.")
                        .aliases(&["RegistrarPool"]),
                    param("DomainController", ParamKind::String, "The domain controller to read from; one directory in a rehearsal.")
                        .noted(),
                    param("ResultSize", ParamKind::Any, "Returns at most this many users (a whole number, or Unlimited)."),
                ])
                .collect(),
            default_set: None,
        },
        examples: vec![
            example(
                "Move every user of a Lync 2010 pool.",
                concat!(
                    users_setup!(),
                    "Get-User -Filter {RegistrarPool -eq 'lync2010.contoso.com'} | Move-User -Target lync2013.contoso.com\n\
                     @(Get-User -Pool lync2013.contoso.com).Count"
                ),
                Some("2\n"),
            ),
            example(
                "Count the users of a pool.",
                concat!(users_setup!(), "@(Get-User -Pool lync2013.contoso.com).Count"),
                Some("1\n"),
            ),
        ],
        mutating: false,
        factory: || Box::new(Run::new(run_get_user)),
    }
}

fn run_get_user(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let pool = match b.string("Pool") {
        Some(p) => Some(
            host.model()
                .find_pool(&p, "Pool")
                .map_err(|e| model_error(b, &[], e))?
                .fqdn
                .clone(),
        ),
        None => None,
    };
    let limit = crate::cmdlets::domain::endpoints::result_size(b)?;
    let start = out.len();
    get(host, b, out, Kind::User, |o| match (o, &pool) {
        (ObjectRef::User(u), Some(p)) => u.registrar_pool.eq_ignore_ascii_case(p),
        _ => true,
    })?;
    if let Some(limit) = limit {
        out.truncate(start + limit);
    }
    Ok(())
}

fn set_user() -> CmdletSpec {
    CmdletSpec {
        name: "Set-User",
        aliases: &["Set-CsUser"],
        synopsis: "Enables or disables a user, renames them, or points their legacy client at a chat pool.",
        description: "-Enabled $false keeps the user's assignments and memberships (a disabled \
            user may still be moved). -GroupChatPool is the one chat pool the user's legacy \
            Group Chat client is configured for; $null clears it.",
        signature: Signature::new()
            .param(user_identity("The user: SIP address or display name."))
            .param(param("Enabled", ParamKind::Bool, "Enables ($true) or disables ($false) the account."))
            .param(param("DisplayName", ParamKind::String, "The new display name."))
            .param(param("GroupChatPool", ParamKind::String, "The chat pool the legacy client is configured for ($null clears it).")),
        examples: vec![example(
            "Point a user's legacy client at the new pool's endpoint.",
            concat!(
                users_setup!(),
                "Set-User sip:bob@contoso.com -GroupChatPool gc.contoso.com\n(Get-User sip:bob@contoso.com).GroupChatPool"
            ),
            Some("gc.contoso.com\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_set_user)),
    }
}

fn run_set_user(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = SetUser {
        identity: required(b, "Identity")?,
        enabled: flag(b, "Enabled"),
        display_name: b.string("DisplayName"),
        group_chat_pool: b
            .has("GroupChatPool")
            .then(|| b.string("GroupChatPool").filter(|s| !s.is_empty())),
    };
    let change = Change::new(Kind::User, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_user(req, o))
}

fn move_user() -> CmdletSpec {
    CmdletSpec {
        name: "Move-User",
        aliases: &["Move-CsUser"],
        synopsis: "Moves a user homed on Lync Server 2010 or 2013 to another registrar pool.",
        description: "Users homed on OCS 2007 R2 are moved with Move-LegacyUser. A move never \
            crosses forests; the target must be a registrar pool.",
        signature: Signature::new()
            .param(user_identity(
                "The user to move: SIP address or display name.",
            ))
            .param(
                param(
                    "Target",
                    ParamKind::String,
                    "The registrar pool to move the user to.",
                )
                .mandatory(),
            ),
        examples: vec![
            example(
                "Move one user.",
                concat!(
                    users_setup!(),
                    "Move-User -Identity sip:bob@contoso.com -Target lync2013.contoso.com\n(Get-User bob@contoso.com).RegistrarPool"
                ),
                Some("lync2013.contoso.com\n"),
            ),
            example(
                "Move the users of a pool through the pipeline.",
                concat!(
                    users_setup!(),
                    "Get-User -Pool lync2010.contoso.com | Move-CsUser -Target lync2013.contoso.com -WhatIf"
                ),
                Some("What if: Performing the operation \"Move-User\" on target \"sip:bob@contoso.com\".\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_move_user)),
    }
}

fn run_move_user(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let (id, target) = (required(b, "Identity")?, required(b, "Target")?);
    let change = Change::new(Kind::User, id.clone());
    apply(host, b, out, change, |m, o| m.move_user(&id, &target, o))
}

fn move_legacy_user() -> CmdletSpec {
    CmdletSpec {
        name: "Move-LegacyUser",
        aliases: &["Move-CsLegacyUser"],
        synopsis: "Moves a user homed on OCS 2007 R2 to a Lync Server pool.",
        description: "Users homed on Lync Server 2010 or 2013 are moved with Move-User. A move \
            never crosses forests.",
        signature: Signature::new()
            .param(user_identity(
                "The user to move: SIP address or display name.",
            ))
            .param(
                param(
                    "Target",
                    ParamKind::String,
                    "The registrar pool to move the user to.",
                )
                .mandatory(),
            ),
        examples: vec![example(
            "Move an OCS 2007 R2 user to Lync Server 2013.",
            "New-Site Redmond\n\
             New-Pool ocs.contoso.com -Version Ocs2007R2 -Site Redmond\n\
             New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond\n\
             New-User sip:bob@contoso.com -Pool ocs.contoso.com\n\
             Move-CsLegacyUser sip:bob@contoso.com -Target lync2013.contoso.com\n\
             (Get-User bob@contoso.com).RegistrarPool",
            Some("lync2013.contoso.com\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_move_legacy_user)),
    }
}

fn run_move_legacy_user(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let (id, target) = (required(b, "Identity")?, required(b, "Target")?);
    let change = Change::new(Kind::User, id.clone());
    apply(host, b, out, change, |m, o| {
        m.move_legacy_user(&id, &target, o)
    })
}

fn remove_user() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-User",
        aliases: &["Disable-CsUser"],
        synopsis: "Disables a user for Lync Server, deleting their assignments and memberships.",
        description: "The user is taken out of every member, manager, presenter and creator \
            list (members_dropped lists where). To keep everything, use Set-User -Enabled $false.",
        signature: Signature::new().param(user_identity("The user: SIP address or display name.")),
        examples: vec![example(
            "Disable a user.",
            concat!(
                users_setup!(),
                "Disable-CsUser -Identity sip:ann@contoso.com\n@(Get-User).Count"
            ),
            Some("1\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_user)),
    }
}

fn run_remove_user(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    apply_to_identity(host, b, out, Kind::User, |m, id, o| m.remove_user(id, o))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sip_addresses_are_built_from_names() {
        assert_eq!(
            build_sip("sip:ann@contoso.com", None, None),
            "sip:ann@contoso.com"
        );
        assert_eq!(
            build_sip("ann@contoso.com", None, None),
            "sip:ann@contoso.com"
        );
        assert_eq!(
            build_sip(
                "Ken Myer",
                Some("FirstLastName".into()),
                Some("contoso.com".into())
            ),
            "sip:kenmyer@contoso.com"
        );
        assert_eq!(
            build_sip("kmyer@corp.contoso.com", Some("EmailAddress".into()), None),
            "sip:kmyer@corp.contoso.com"
        );
        // Not an address: the model's invalid_sip_address reports it.
        assert_eq!(build_sip("Ken Myer", None, None), "Ken Myer");
    }
}
