//! User cmdlets (`Enable-CsUser`, `Get-CsUser`, `Set-CsUser`, `Move-CsUser`,
//! `Move-CsLegacyUser`, `Disable-CsUser`).

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::output::value_prop;
use crate::cmdlets::domain::params::{example, get_params, param, piped_identity, user_identity};
use crate::cmdlets::domain::run::recorded;
use crate::cmdlets::domain::run::{
    apply, apply_to_identity, choice, flag, model_error, required, Change, Ctx, Run,
};
use crate::cmdlets::file_io;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;
use crate::model::objects::Kind;
use crate::model::objects::SipAddressType;
use crate::model::users::{EnableUser, SetUser, TEL_URI_PROPERTIES};
use crate::model::view::ObjectRef;
use crate::model::view::Recorded;

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

fn new_user() -> CmdletSpec {
    CmdletSpec {
        name: "New-User",
        aliases: &["Enable-CsUser"],
        synopsis: "Enables Active Directory accounts for Lync Server, optionally homed on a registrar pool.",
        description: "-Identity selects the accounts (DN, UserPrincipalName, domain\\sam, SIP \
            address, display name; * selects several, as does piping Get-CsAdUser). Each gets \
            -SipAddress (one account only) or an address -SipAddressType builds (FirstLastName \
            and SamAccountName at -SipDomain). Without -RegistrarPool the users are \
            unassigned. While a forest has no account described with New-ADUser, an unknown \
            SIP address or name enables a user whose account is implied (CN=Users).",
        signature: Signature::new()
            .param(
                piped_identity("The account(s): DN, UPN, domain\\sam, SIP address or display name.")
                    .mandatory(),
            )
            .param(param("DisplayName", ParamKind::String, "The display name (default: the account's, or -Identity when it is a name)."))
            .param(
                param("Pool", ParamKind::String, "The registrar pool the users are homed on; without it they are unassigned.")
                    .aliases(&["RegistrarPool"]),
            )
            .param(param("SipAddress", ParamKind::String, "The SIP address, sip:name@domain (one account only)."))
            .param(param("SipDomain", ParamKind::String, "The domain of an address built with -SipAddressType."))
            .param(
                param("SipAddressType", ParamKind::Enum, "How to build the SIP address from the account.")
                    .values(SIP_ADDRESS_TYPES),
            )
            .param(
                param("HostingProviderProxyFqdn", ParamKind::String, "Marks the user as homed online; a rehearsal models on-premises users.")
                    .aliases(&["HostingProvider"])
                    .noted(),
            )
            .param(param("ProxyPool", ParamKind::String, "The pool relaying an online user's traffic.").noted())
            .param(domain_controller()),
        examples: vec![
            example(
                "Enable a user on a Lync 2010 pool.",
                "New-Site Redmond\nNew-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond\n\
                 New-User sip:ann@contoso.com -Pool lync2010.contoso.com\n\
                 (Get-User ann@contoso.com).DisplayName",
                Some("ann\n"),
            ),
            example(
                "Enable a described account with an address built from its logon name.",
                concat!(
                    topology_setup!(),
                    "New-ADUser -Name 'Pilar Ackerman' -SamAccountName pilar -UserPrincipalName pilar@contoso.com\n\
                     Enable-CsUser -Identity 'Pilar Ackerman' -RegistrarPool lync2013.contoso.com -SipAddressType SamAccountName -SipDomain contoso.com\n\
                     (Get-CsUser 'Pilar Ackerman').SipAddress"
                ),
                Some("sip:pilar@contoso.com\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_new_user)),
    }
}

/// The values of `-SipAddressType` (those of [`SipAddressType`]).
const SIP_ADDRESS_TYPES: &[&str] = &[
    "FirstLastName",
    "EmailAddress",
    "UserPrincipalName",
    "SamAccountName",
    "None",
];

/// `-DomainController` (noted: a rehearsal has one directory).
fn domain_controller() -> ParamSpec {
    param(
        "DomainController",
        ParamKind::String,
        "The domain controller to use; one directory in a rehearsal.",
    )
    .noted()
}

/// Model parameter → cmdlet parameter renames of New-User.
const NEW_USER_RENAMES: &[(&str, &str)] = &[("Pool", "RegistrarPool")];

fn run_new_user(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = EnableUser {
        identity: required(b, "Identity")?,
        sip_address: b.string("SipAddress").filter(|s| !s.is_empty()),
        sip_address_type: choice(
            b,
            "SipAddressType",
            SipAddressType::parse,
            SipAddressType::ALL,
        )?,
        sip_domain: b.string("SipDomain").filter(|s| !s.is_empty()),
        pool: b.string("Pool"),
        display_name: b.string("DisplayName"),
    };
    let change = Change::new(Kind::User, req.identity.clone()).renames(NEW_USER_RENAMES);
    apply(host, b, out, change, |m, o| m.enable_user(req, o))
}

fn get_user() -> CmdletSpec {
    CmdletSpec {
        name: "Get-User",
        aliases: &["Get-CsUser"],
        synopsis: "Returns users, by SIP address, display name, wildcard, filter or pool.",
        description: "-Identity matches the SIP address (with or without sip:), the display \
            name, or the account's DN, UserPrincipalName or domain\\sam; with wildcards it \
            selects several users. -Filter takes OPATH-style terms \
            ({RegistrarPool -eq 'lync2010.contoso.com'}) or a script block.",
        signature: Signature {
            params: get_params("user")
                .into_iter()
                .map(|p| {
                    if p.name == "Identity" {
                        p.from_pipeline().from_pipeline_by_property_name()
                    } else {
                        p
                    }
                })
                .chain([
                    param("Pool", ParamKind::String, "Keeps the users homed on this registrar pool.")
                        .aliases(&["RegistrarPool"]),
                    domain_controller(),
                    param("Credential", ParamKind::Any, "The account to connect as; a rehearsal needs none.").noted(),
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
            .param(piped_identity("The user: SIP address, display name, or the account's DN, UPN or domain\\sam.").mandatory())
            .param(param("Enabled", ParamKind::Bool, "Enables ($true) or disables ($false) the user for Lync; the account stays.").aliases(&["CsEnabled"]))
            .param(param("DisplayName", ParamKind::String, "The new display name."))
            .param(param("GroupChatPool", ParamKind::String, "The chat pool the legacy client is configured for ($null clears it)."))
            .param(param("SipAddress", ParamKind::String, "A new SIP address; member lists and message authors follow."))
            .params(TEL_URI_PROPERTIES.iter().map(|name| {
                param(name, ParamKind::String, "A phone number, tel:+digits[;ext=digits] (invalid_tel_uri); $null clears it.")
            }))
            .params([
                ("EnterpriseVoiceEnabled", ParamKind::Bool, "Enterprise Voice on or off."),
                ("AudioVideoDisabled", ParamKind::Bool, "Turns audio and video calls off."),
                ("RemoteCallControlTelephonyEnabled", ParamKind::Bool, "Remote call control on or off."),
                ("HostedVoiceMail", ParamKind::Bool, "Hosted voice mail on or off."),
                ("LineServerURI", ParamKind::String, "The remote call control gateway's URI."),
                ("AcpInfo", ParamKind::StringList, "Audio conferencing provider details."),
            ]
            .into_iter()
            .map(|(name, kind, description)| param(name, kind, description).recorded()))
            .param(
                param("ExchangeArchivingPolicy", ParamKind::Any, "Where instant messages are archived: Uninitialized, UseLyncArchivingPolicy, ArchivingToExchange or NoArchiving.")
                    .recorded(),
            )
            .param(domain_controller()),
        examples: vec![
            example(
                "Point a user's legacy client at the new pool's endpoint.",
                concat!(
                    users_setup!(),
                    "Set-User sip:bob@contoso.com -GroupChatPool gc.contoso.com\n(Get-User sip:bob@contoso.com).GroupChatPool"
                ),
                Some("gc.contoso.com\n"),
            ),
            example(
                "Give a user a phone number and Enterprise Voice.",
                concat!(
                    users_setup!(),
                    "Set-CsUser -Identity sip:ann@contoso.com -EnterpriseVoiceEnabled $true -LineURI 'tel:+14255550100;ext=100'\n\
                     (Get-CsUser sip:ann@contoso.com).LineURI"
                ),
                Some("tel:+14255550100;ext=100\n"),
            ),
        ],
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
        sip_address: b.string("SipAddress").filter(|s| !s.is_empty()),
        telephony: telephony(b)?,
    };
    let change = Change::new(Kind::User, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_user(req, o))
}

/// The voice properties a Set-CsUser call gives: the recorded ones, checked against the
/// user's table, and the line URIs the model checks.
fn telephony(b: &Bound) -> Result<Recorded, CommandError> {
    let mut values = recorded(b, Kind::User)?;
    for name in TEL_URI_PROPERTIES {
        if let Some(value) = b.get(name) {
            values.push((name.to_string(), value_prop(value)));
        }
    }
    Ok(values)
}

/// What Move-CsUser and Move-CsLegacyUser share: -Target, -Force and the noted parameters.
fn move_params(noted: &[(&str, ParamKind, &str)]) -> Vec<ParamSpec> {
    let mut params = vec![
        param(
            "Target",
            ParamKind::String,
            "The registrar pool to move the user to.",
        )
        .position(1)
        .mandatory(),
        param(
            "Force",
            ParamKind::Switch,
            "Moves without the user's contacts and meetings (move_discards_data).",
        ),
        domain_controller(),
        param(
            "Credential",
            ParamKind::Any,
            "The account to connect as; a rehearsal needs none.",
        )
        .noted(),
        param(
            "ProxyPool",
            ParamKind::String,
            "The pool relaying an online move.",
        )
        .noted(),
        param(
            "HostedMigrationOverrideUrl",
            ParamKind::String,
            "The online service's migration URL.",
        )
        .noted(),
        param(
            "IgnoreBackendStoreException",
            ParamKind::Switch,
            "Ignores back-end store errors during the move.",
        )
        .noted(),
    ];
    params.extend(
        noted
            .iter()
            .map(|(name, kind, description)| param(name, *kind, description).noted()),
    );
    params
}

fn move_user() -> CmdletSpec {
    CmdletSpec {
        name: "Move-User",
        aliases: &["Move-CsUser"],
        synopsis: "Moves a user homed on Lync Server 2010 or 2013 to another registrar pool.",
        description: "Users homed on OCS 2007 R2 are moved with Move-LegacyUser. A move never \
            crosses forests; the target must be a registrar pool.",
        signature: Signature {
            default_set: Some("Identity".into()),
            ..Signature::new()
            .param(
                user_identity("The user to move: SIP address, display name, or the account's DN, UPN or domain\\sam.")
                    .mandatory()
                    .sets(&["Identity"]),
            )
            .param(
                param("UserList", ParamKind::String, "A file listing the users to move, one SIP address a line.")
                    .mandatory()
                    .sets(&["Users"]),
            )
            .params(move_params(&[
                ("MoveConferenceData", ParamKind::Switch, "Moves the user's meetings' content too."),
                ("MoveToTeams", ParamKind::Switch, "Moves the user to Teams."),
                ("TenantAdminUserName", ParamKind::String, "The online tenant administrator."),
                ("BypassAudioConferencingCheck", ParamKind::Switch, "Skips the online audio conferencing check."),
                ("BypassEnterpriseVoiceCheck", ParamKind::Switch, "Skips the online voice check."),
                ("AccessTokens", ParamKind::StringList, "Online access tokens."),
                ("Report", ParamKind::String, "A file to report a batch move in."),
                ("UseLegacyMode", ParamKind::Switch, "Moves with the older online protocol."),
            ]))
        },
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
    let target = required(b, "Target")?;
    let users = match b.string("UserList").filter(|s| !s.trim().is_empty()) {
        Some(_) => {
            let file = file_io::resolve_param(host, b, "UserList")?;
            let text = file_io::read_text(host, b, &file, None)?;
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect()
        }
        None => vec![required(b, "Identity")?],
    };
    for id in users {
        move_one(host, b, out, &id, &target, false)?;
    }
    Ok(())
}

/// Moves one user with Move-User's or Move-LegacyUser's rules, warning under -Force.
fn move_one(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
    id: &str,
    target: &str,
    legacy: bool,
) -> Result<(), CommandError> {
    let change = Change::new(Kind::User, id.to_string());
    let force = b.switch("Force");
    apply(host, b, out, change, |m, o| match (legacy, force) {
        (_, true) => m.move_user_forced(id, target, legacy, o),
        (false, false) => m.move_user(id, target, o),
        (true, false) => m.move_legacy_user(id, target, o),
    })
}

fn move_legacy_user() -> CmdletSpec {
    CmdletSpec {
        name: "Move-LegacyUser",
        aliases: &["Move-CsLegacyUser"],
        synopsis: "Moves a user homed on OCS 2007 R2 to a Lync Server pool.",
        description: "Users homed on Lync Server 2010 or 2013 are moved with Move-User. A move \
            never crosses forests.",
        signature: Signature::new()
            .param(
                user_identity("The user to move: SIP address, display name, or the account's DN, UPN or domain\\sam.")
                    .mandatory(),
            )
            .params(move_params(&[
                ("ExcludeArchivingPolicy", ParamKind::Switch, "Leaves the archiving policy behind."),
                ("ExcludeConferencingPolicy", ParamKind::Switch, "Leaves the conferencing policy behind."),
                ("ExcludeDialPlan", ParamKind::Switch, "Leaves the dial plan behind."),
                ("ExcludeExternalAccessPolicy", ParamKind::Switch, "Leaves the external access policy behind."),
                ("ExcludePresencePolicy", ParamKind::Switch, "Leaves the presence policy behind."),
                ("ExcludeVoicePolicy", ParamKind::Switch, "Leaves the voice policy behind."),
            ])),
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
    move_one(host, b, out, &id, &target, true)
}

fn remove_user() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-User",
        aliases: &["Disable-CsUser"],
        synopsis: "Disables a user for Lync Server, deleting their assignments and memberships.",
        description: "The user is taken out of every member, manager, presenter and creator \
            list (members_dropped lists where). An account described with New-ADUser stays \
            (Get-CsAdUser shows it with Enabled $null) and can be enabled again. To keep \
            everything, use Set-User -Enabled $false.",
        signature: Signature::new()
            .param(user_identity(
                "The user: SIP address, display name, or the account's DN, UPN or domain\\sam.",
            ))
            .param(domain_controller()),
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
