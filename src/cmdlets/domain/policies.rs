//! Persistent Chat policy cmdlets (`*-CsPersistentChatPolicy`, `Grant-CsPersistentChatPolicy`).
//!
//! `New- -InMemory` and `Set- -Instance` work as for every XDS kind (`instance.rs`); `Set-`
//! without `-Identity` changes Global; `Grant-` without `-PolicyName` (or with `$null`)
//! removes the user's per-user policy.

use crate::cmdlets::command::{Bound, CommandError};
use crate::cmdlets::domain::instance;
use crate::cmdlets::domain::params::{example, force, identity, param, user_identity};
use crate::cmdlets::domain::run::{apply, flag, recorded, required, Change, Ctx, Run};
use crate::cmdlets::domain::xds;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;
use crate::model::objects::Kind;
use crate::model::policies::{NewPolicy, SetPolicy};

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        new_policy(),
        get_policy(),
        set_policy(),
        remove_policy(),
        grant_policy(),
    ]
}

/// The properties New- and Set- both take.
fn policy_params() -> Vec<ParamSpec> {
    vec![
        param(
            "EnablePersistentChat",
            ParamKind::Bool,
            "Whether the policy enables Persistent Chat (default $false).",
        ),
        param(
            "Description",
            ParamKind::String,
            "A description of the policy.",
        )
        .recorded(),
        force("Suppresses confirmation prompts; no rule of this cmdlet needs it."),
        xds::tenant(),
    ]
}

fn new_policy() -> CmdletSpec {
    CmdletSpec {
        name: "New-PersistentChatPolicy",
        aliases: &["New-CsPersistentChatPolicy"],
        synopsis: "Creates a site or per-user Persistent Chat policy.",
        description: "-Identity site:<name> creates a site policy; tag:<name> or a bare name a \
            per-user policy that Grant-PersistentChatPolicy assigns. The Global policy always \
            exists. A user's effective policy is their per-user policy, else their pool's site \
            policy, else Global.",
        signature: Signature {
            params: [
                identity("site:<name>, tag:<name> or a bare per-user policy name.").mandatory(),
                param(
                    "InMemory",
                    ParamKind::Switch,
                    "Returns the policy without creating it; create it later with Set- -Instance.",
                ),
            ]
            .into_iter()
            .chain(policy_params())
            .collect(),
            default_set: None,
        },
        examples: vec![
            example(
                "Create a per-user policy that enables Persistent Chat.",
                "New-PersistentChatPolicy -Identity PChatOn -EnablePersistentChat $true\n\
                 (Get-PersistentChatPolicy PChatOn).Identity",
                Some("Tag:PChatOn\n"),
            ),
            example(
                "Prepare a site policy in memory, then create it.",
                "New-Site Redmond\n\
                 $policy = New-CsPersistentChatPolicy -Identity site:Redmond -InMemory\n\
                 $policy.EnablePersistentChat = $true\n\
                 Set-CsPersistentChatPolicy -Instance $policy\n\
                 (Get-CsPersistentChatPolicy site:Redmond).EnablePersistentChat",
                Some("True\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_new_policy)),
    }
}

fn run_new_policy(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = NewPolicy {
        identity: required(b, "Identity")?,
        enable_persistent_chat: flag(b, "EnablePersistentChat"),
        recorded: recorded(b, Kind::PersistentChatPolicy)?,
    };
    let change = Change::new(Kind::PersistentChatPolicy, req.identity.clone());
    instance::create(host, b, out, change, |m, o| m.new_policy(req, o))
}

fn get_policy() -> CmdletSpec {
    CmdletSpec {
        name: "Get-PersistentChatPolicy",
        aliases: &["Get-CsPersistentChatPolicy"],
        synopsis: "Returns Persistent Chat policies.",
        description: "Without -Identity every policy, Global first; -Filter keeps those whose \
            identity matches a wildcard (site:*, tag:*).",
        signature: xds::signature(vec![
            xds::identity("Global, site:<name>, tag:<name> or a bare per-user policy name."),
            xds::filter("site:*"),
            xds::local_store(),
            xds::tenant(),
        ]),
        examples: vec![example(
            "Show whether the Global policy enables Persistent Chat.",
            "(Get-PersistentChatPolicy Global).EnablePersistentChat",
            Some("False\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_policy)),
    }
}

fn run_get_policy(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    xds::get_objects(host, b, out, Kind::PersistentChatPolicy, |m, id| {
        Ok(m.find_policy(id, "Identity")?.identity.clone())
    })
}

fn set_policy() -> CmdletSpec {
    CmdletSpec {
        name: "Set-PersistentChatPolicy",
        aliases: &["Set-CsPersistentChatPolicy"],
        synopsis: "Changes a Persistent Chat policy.",
        description: "Works on Global, site and per-user policies alike; without -Identity it \
            changes Global. Piped policies bind to -Instance.",
        signature: xds::signature(
            [
                xds::identity("Global, site:<name>, tag:<name> or a bare per-user policy name."),
                xds::instance("The policy"),
            ]
            .into_iter()
            .chain(policy_params())
            .collect(),
        ),
        examples: vec![
            example(
                "Enable Persistent Chat for everyone.",
                "Set-PersistentChatPolicy -Identity Global -EnablePersistentChat $true\n\
                 (Get-PersistentChatPolicy Global).EnablePersistentChat",
                Some("True\n"),
            ),
            example(
                "Enable Persistent Chat in every policy.",
                "New-CsPersistentChatPolicy PChatOff\n\
                 Get-CsPersistentChatPolicy | Set-CsPersistentChatPolicy -EnablePersistentChat $true\n\
                 (Get-CsPersistentChatPolicy PChatOff).EnablePersistentChat",
                Some("True\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_set_policy)),
    }
}

fn run_set_policy(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    instance::set_or_create(
        host,
        b,
        out,
        Kind::PersistentChatPolicy,
        set_existing,
        run_new_policy,
    )
}

fn set_existing(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = SetPolicy {
        identity: xds::given_identity(b).unwrap_or_else(|| "Global".to_string()),
        enable_persistent_chat: flag(b, "EnablePersistentChat"),
        recorded: recorded(b, Kind::PersistentChatPolicy)?,
    };
    let change = Change::new(Kind::PersistentChatPolicy, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_policy(req, o))
}

fn remove_policy() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-PersistentChatPolicy",
        aliases: &["Remove-CsPersistentChatPolicy"],
        synopsis: "Removes a Persistent Chat policy (Global is reset to its defaults).",
        description: "A per-user policy that is granted to users needs -Force, which also \
            clears the assignments.",
        signature: Signature::new()
            .param(
                identity("The policy to remove.")
                    .mandatory()
                    .from_pipeline_by_property_name(),
            )
            .param(force(
                "Removes a granted per-user policy and clears its assignments.",
            ))
            .param(xds::tenant()),
        examples: vec![example(
            "Remove a per-user policy and its assignments.",
            concat!(
                users_setup!(),
                "New-PersistentChatPolicy PChatOn -EnablePersistentChat $true\n\
                 Grant-PersistentChatPolicy sip:ann@contoso.com -PolicyName PChatOn\n\
                 Remove-PersistentChatPolicy PChatOn -Force\n@(Get-PersistentChatPolicy).Count"
            ),
            Some("1\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_policy)),
    }
}

fn run_remove_policy(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let force = b.switch("Force");
    let change = Change::new(Kind::PersistentChatPolicy, id.clone());
    apply(host, b, out, change, |m, o| m.remove_policy(&id, force, o))
}

fn grant_policy() -> CmdletSpec {
    CmdletSpec {
        name: "Grant-PersistentChatPolicy",
        aliases: &["Grant-CsPersistentChatPolicy"],
        synopsis: "Assigns a per-user Persistent Chat policy to a user, or unassigns it with $null.",
        description: "Only per-user (tag) policies can be granted. Granting to a user not homed \
            on Lync Server 2013 has no effect until the user moves (policy_without_effect). \
            Without -PolicyName, or with $null, the user's per-user policy is removed and the \
            site or Global policy applies again.",
        signature: Signature::new()
            .param(user_identity("The user: SIP address or display name.").mandatory())
            .param(
                param("PolicyName", ParamKind::String, "The per-user policy to assign; $null or none unassigns.")
                    .position(1),
            )
            .param(
                param("DomainController", ParamKind::String, "The domain controller to write to; one directory in a rehearsal.")
                    .noted(),
            ),
        examples: vec![
            example(
                "Grant a policy to one user.",
                concat!(
                    users_setup!(),
                    "New-PersistentChatPolicy PChatOn -EnablePersistentChat $true\n\
                     Grant-PersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName PChatOn\n\
                     (Get-User sip:ann@contoso.com).PersistentChatPolicy"
                ),
                Some("PChatOn\n"),
            ),
            example(
                "Grant it to every user of a pool.",
                concat!(
                    users_setup!(),
                    "New-PersistentChatPolicy PChatOn -EnablePersistentChat $true\n\
                     Get-User -Pool lync2013.contoso.com | Grant-CsPersistentChatPolicy -PolicyName PChatOn"
                ),
                None,
            ),
            example(
                "Take the per-user policy away again (no -PolicyName).",
                concat!(
                    users_setup!(),
                    "New-PersistentChatPolicy PChatOn -EnablePersistentChat $true\n\
                     Grant-PersistentChatPolicy sip:ann@contoso.com PChatOn\n\
                     Grant-PersistentChatPolicy sip:ann@contoso.com\n\
                     $null -eq (Get-User sip:ann@contoso.com).PersistentChatPolicy"
                ),
                Some("True\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_grant_policy)),
    }
}

fn run_grant_policy(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let policy = b.string("PolicyName").filter(|p| !p.trim().is_empty());
    let change = Change::new(Kind::User, id.clone());
    apply(host, b, out, change, |m, o| {
        m.grant_policy(&id, policy.as_deref(), o)
    })
}
