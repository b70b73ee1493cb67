//! The ActiveDirectory module's cmdlets that describe the directory a rehearsal runs against
//! (surface.md §4): `New-ADOrganizationalUnit`, `New-ADUser`, `Set-ADUser`, `Get-ADUser`,
//! `Move-ADObject`, `New-ADGroup`, `Add-/Remove-ADGroupMember`, `Get-ADGroupMember`, and the
//! Lync cmdlet that reads it, `Get-CsAdUser`. They are not Lync cmdlets: their real names are
//! canonical.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::domain::filter;
use crate::cmdlets::domain::output::to_value;
use crate::cmdlets::domain::params::{example, param, piped_identity};
use crate::cmdlets::domain::run::{
    apply, choice, list, model_error, recorded, required, text, Change, Ctx, Run,
};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::model::directory::{NewAdGroup, NewAdOu, NewAdUser, SetAdUser};
use crate::model::objects::{GroupCategory, GroupScope, Kind};
use crate::model::view::ObjectRef;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        new_ou(),
        new_ad_user(),
        set_ad_user(),
        get_ad_user(),
        move_ad_object(),
        new_group(),
        group_member("Add-ADGroupMember", true),
        group_member("Remove-ADGroupMember", false),
        get_group_member(),
        get_cs_ad_user(),
    ]
}

/// Example setup: an OU with two accounts of the Finance department.
macro_rules! ad_setup {
    () => {
        "New-ADOrganizationalUnit -Name Finance -Path 'DC=contoso,DC=com'\n\
         New-ADUser -Name 'Ken Myer' -SamAccountName kenmyer -UserPrincipalName kenmyer@contoso.com -GivenName Ken -Surname Myer -Department Finance -Path 'OU=Finance,DC=contoso,DC=com'\n\
         New-ADUser -Name 'Pilar Ackerman' -SamAccountName pilar -UserPrincipalName pilar@contoso.com -Department Finance -Path 'OU=Finance,DC=contoso,DC=com'\n"
    };
}

/// The account attributes New-ADUser and Set-ADUser record (no rule reads them).
fn attribute_params() -> Vec<ParamSpec> {
    [
        ("GivenName", "First name."),
        ("Surname", "Last name."),
        ("EmailAddress", "Mail address."),
        ("Department", "Department."),
        ("Title", "Job title."),
        ("Company", "Company."),
        ("Office", "Office."),
        ("City", "City."),
        ("State", "State or province."),
    ]
    .into_iter()
    .map(|(name, description)| param(name, ParamKind::String, description).recorded())
    .collect()
}

/// `-Path`: the container of a new object.
fn path_param(default: &str) -> ParamSpec {
    param(
        "Path",
        ParamKind::String,
        &format!("The container: a domain (DC=…), its CN=Users or an OU; default {default}."),
    )
}

fn new_ou() -> CmdletSpec {
    CmdletSpec {
        name: "New-ADOrganizationalUnit",
        aliases: &[],
        synopsis: "Describes an organizational unit of the Active Directory the rehearsal runs against.",
        description: "The unit's DN is OU=<Name>,<Path>. A domain (DC=…) exists as soon as a \
            path names it; -Path must be a domain or an existing OU (unknown_ou).",
        signature: Signature::new()
            .param(param("Name", ParamKind::String, "The unit's name.").position(0).mandatory())
            .param(path_param("the domain the model already knows"))
            .param(param("Description", ParamKind::String, "Free text.").noted())
            .param(param("ProtectedFromAccidentalDeletion", ParamKind::Bool, "Deletion protection.").noted()),
        examples: vec![example(
            "Describe a Sales unit with a sub-unit.",
            "New-ADOrganizationalUnit -Name Sales -Path 'DC=contoso,DC=com'\n\
             New-ADOrganizationalUnit -Name EMEA -Path 'OU=Sales,DC=contoso,DC=com'\n\
             New-ADOrganizationalUnit APAC -Path 'OU=Sales,DC=contoso,DC=com' -PassThru | ForEach-Object DistinguishedName",
            Some("OU=APAC,OU=Sales,DC=contoso,DC=com\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new_ou)),
    }
}

fn run_new_ou(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = NewAdOu {
        name: required(b, "Name")?,
        path: text(b, "Path").filter(|p| !p.is_empty()),
    };
    let change = Change::new(Kind::ADOrganizationalUnit, req.name.clone());
    apply(host, b, out, change, |m, o| m.new_ad_ou(req, o))
}

fn new_ad_user() -> CmdletSpec {
    CmdletSpec {
        name: "New-ADUser",
        aliases: &[],
        synopsis: "Describes an Active Directory user account, which Enable-CsUser can then enable for Lync.",
        description: "The account's DN is CN=<Name>,<Path> (default path CN=Users of the \
            UserPrincipalName's domain). SamAccountName (default: the name without spaces) is \
            unique in the domain, UserPrincipalName in the forest (duplicate_ad_object). Once a \
            forest has an account described this way, Enable-CsUser only enables accounts \
            that exist (unknown_ad_account).",
        signature: Signature::new()
            .param(param("Name", ParamKind::String, "The account's name (its CN).").position(0).mandatory())
            .param(param("SamAccountName", ParamKind::String, "The logon name (domain\\name)."))
            .param(param("UserPrincipalName", ParamKind::String, "The logon name user@domain."))
            .param(path_param("CN=Users,<domain>"))
            .param(param("DisplayName", ParamKind::String, "The name shown in address books and Lync."))
            .params(attribute_params())
            .param(param("AccountPassword", ParamKind::Any, "The password; a rehearsal keeps none.").noted())
            .param(param("Enabled", ParamKind::Bool, "Whether the Windows account is enabled; a rehearsal models Lync enablement only.").noted()),
        examples: vec![example(
            "Describe an account and read its DN.",
            "New-ADOrganizationalUnit -Name Finance -Path 'DC=contoso,DC=com'\n\
             New-ADUser 'Ken Myer' -SamAccountName kenmyer -UserPrincipalName kenmyer@contoso.com -Path 'OU=Finance,DC=contoso,DC=com'\n\
             (Get-ADUser kenmyer).DistinguishedName",
            Some("CN=Ken Myer,OU=Finance,DC=contoso,DC=com\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new_ad_user)),
    }
}

fn run_new_ad_user(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let req = NewAdUser {
        name: required(b, "Name")?,
        sam_account_name: b.string("SamAccountName"),
        user_principal_name: b.string("UserPrincipalName"),
        path: text(b, "Path").filter(|p| !p.is_empty()),
        display_name: b.string("DisplayName"),
        recorded: recorded(b, Kind::ADAccount)?,
    };
    let change = Change::new(Kind::ADAccount, req.name.clone());
    apply(host, b, out, change, |m, o| m.new_ad_user(req, o))
}

fn set_ad_user() -> CmdletSpec {
    CmdletSpec {
        name: "Set-ADUser",
        aliases: &[],
        synopsis: "Changes an Active Directory account's names and attributes.",
        description: "-Identity is the account's DN, SamAccountName, UserPrincipalName or \
            name. A new -DisplayName also renames the Lync user enabled on the account.",
        signature: Signature::new()
            .param(piped_identity("The account: DN, SamAccountName, UserPrincipalName or name.").mandatory())
            .param(param("SamAccountName", ParamKind::String, "The new logon name."))
            .param(param("UserPrincipalName", ParamKind::String, "The new user@domain logon name."))
            .param(param("DisplayName", ParamKind::String, "The new display name."))
            .params(attribute_params()),
        examples: vec![example(
            "Move an account to another department.",
            concat!(ad_setup!(), "Set-ADUser kenmyer -Department Sales -Title Manager\n(Get-ADUser kenmyer).Department"),
            Some("Sales\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_set_ad_user)),
    }
}

fn run_set_ad_user(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let req = SetAdUser {
        identity: required(b, "Identity")?,
        display_name: text(b, "DisplayName").map(|d| Some(d).filter(|d| !d.is_empty())),
        sam_account_name: b.string("SamAccountName").filter(|s| !s.is_empty()),
        user_principal_name: text(b, "UserPrincipalName")
            .map(|u| Some(u).filter(|u| !u.is_empty())),
        recorded: recorded(b, Kind::ADAccount)?,
    };
    let change = Change::new(Kind::ADAccount, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_ad_user(req, o))
}

/// `-Filter` of the AD `Get-` cmdlets: `*`, or an OPATH-style script block.
fn ad_filter() -> ParamSpec {
    param(
        "Filter",
        ParamKind::Any,
        "* for every account, or a block such as {Department -eq 'Finance'}.",
    )
}

/// Refuses a string -Filter other than `*` (the AD filter language is not modelled).
fn check_ad_filter(b: &Bound) -> Result<(), CommandError> {
    match b.get("Filter") {
        Some(Value::ScriptBlock(_)) | None => Ok(()),
        Some(v) if v.to_display_string().trim() == "*" => Ok(()),
        Some(v) => Err(RuntimeError::new(
            INVALID_VALUE,
            format!(
                "-Filter \"{}\" is not supported: give * or a script block",
                v.to_display_string()
            ),
            b.span_of("Filter"),
        )
        .with_help("write -Filter * or -Filter {Department -eq 'Finance'}")
        .into()),
    }
}

fn get_ad_user() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ADUser",
        aliases: &[],
        synopsis: "Returns Active Directory accounts.",
        description: "-Identity is a DN, SamAccountName, UserPrincipalName or name; -Filter * \
            returns every account (also those Enable-CsUser made for users whose forest has \
            no described account), and a block keeps those it accepts.",
        signature: Signature::new()
            .param(piped_identity(
                "The account: DN, SamAccountName, UserPrincipalName or name.",
            ))
            .param(ad_filter())
            .param(param(
                "Properties",
                ParamKind::StringList,
                "The attributes to load; every attribute is always there.",
            ))
            .param(
                param(
                    "Server",
                    ParamKind::String,
                    "The domain controller to ask; one directory in a rehearsal.",
                )
                .noted(),
            ),
        examples: vec![example(
            "List the Finance accounts.",
            concat!(
                ad_setup!(),
                "Get-ADUser -Filter {Department -eq 'Finance'} | ForEach-Object SamAccountName"
            ),
            Some("kenmyer\npilar\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_ad_user)),
    }
}

fn run_get_ad_user(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    check_ad_filter(b)?;
    get_accounts(host, b, out)
}

/// The accounts `-Identity` selects (every account without it), through `-Filter`.
pub(crate) fn get_accounts(
    host: &mut dyn Host,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let values: Vec<Value> = {
        let model = host.model();
        match b.string("Identity").filter(|s| !s.trim().is_empty()) {
            Some(id) => {
                let found = model.resolve_accounts(&id);
                if found.is_empty() && !id.contains('*') {
                    return Err(model_error(b, &[], model.unknown_account(&id, "Identity")));
                }
                found
                    .into_iter()
                    .map(|r| to_value(ObjectRef::ADAccount(&model.account(r))))
                    .collect()
            }
            None => model
                .all_accounts()
                .iter()
                .map(|a| to_value(ObjectRef::ADAccount(a)))
                .collect(),
        }
    };
    let filter = filter::compile(host, b, values.first(), false)?;
    for value in values {
        if filter.accepts(host, &value)? {
            out.push(value);
        }
    }
    Ok(())
}

fn move_ad_object() -> CmdletSpec {
    CmdletSpec {
        name: "Move-ADObject",
        aliases: &[],
        synopsis: "Moves an account, group or organizational unit to another container.",
        description: "Everything under a moved OU moves with it; group memberships and Lync \
            users follow the new DNs. -TargetPath must be a domain, its CN=Users or an \
            existing OU (unknown_ou).",
        signature: Signature::new()
            .param(
                piped_identity(
                    "The object: its DN (accounts also by SamAccountName, UPN or name).",
                )
                .aliases(&["DistinguishedName"])
                .mandatory(),
            )
            .param(
                param(
                    "TargetPath",
                    ParamKind::String,
                    "The container to move it to.",
                )
                .position(1)
                .mandatory(),
            ),
        examples: vec![example(
            "Move an account to a new OU.",
            concat!(
                ad_setup!(),
                "New-ADOrganizationalUnit -Name Sales -Path 'DC=contoso,DC=com'\n\
                 Get-ADUser kenmyer | Move-ADObject -TargetPath 'OU=Sales,DC=contoso,DC=com'\n\
                 (Get-ADUser kenmyer).DistinguishedName"
            ),
            Some("CN=Ken Myer,OU=Sales,DC=contoso,DC=com\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_move_ad_object)),
    }
}

fn run_move_ad_object(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let (id, target) = (required(b, "Identity")?, required(b, "TargetPath")?);
    let change = Change::new(Kind::ADAccount, id.clone());
    apply(host, b, out, change, |m, o| {
        m.move_ad_object(&id, &target, o)
    })
}

/// The values of `-GroupScope`.
const SCOPES: &[&str] = &["DomainLocal", "Global", "Universal"];
/// The values of `-GroupCategory`.
const CATEGORIES: &[&str] = &["Security", "Distribution"];

fn new_group() -> CmdletSpec {
    CmdletSpec {
        name: "New-ADGroup",
        aliases: &[],
        synopsis: "Describes an Active Directory group (security or distribution).",
        description: "The group's DN is CN=<Name>,<Path>. Groups may be members of groups; a \
            group in a Persistent Chat member list stands for its accounts, nested groups \
            followed.",
        signature: Signature::new()
            .param(param("Name", ParamKind::String, "The group's name.").position(0).mandatory())
            .param(param("GroupScope", ParamKind::Enum, "DomainLocal, Global or Universal.").values(SCOPES).position(1).mandatory())
            .param(param("GroupCategory", ParamKind::Enum, "Security (default) or Distribution.").values(CATEGORIES))
            .param(path_param("CN=Users,<domain>"))
            .param(param("Description", ParamKind::String, "Free text.").noted()),
        examples: vec![example(
            "A distribution group of the Finance accounts.",
            concat!(
                ad_setup!(),
                "New-ADGroup -Name FinanceChat -GroupScope Universal -GroupCategory Distribution -Path 'OU=Finance,DC=contoso,DC=com'\n\
                 Add-ADGroupMember -Identity FinanceChat -Members kenmyer, pilar\n\
                 (Get-ADGroupMember FinanceChat).Count"
            ),
            Some("2\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new_group)),
    }
}

fn run_new_group(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = NewAdGroup {
        name: required(b, "Name")?,
        scope: choice(b, "GroupScope", GroupScope::parse, GroupScope::ALL)?
            .unwrap_or(GroupScope::Global),
        category: choice(b, "GroupCategory", GroupCategory::parse, GroupCategory::ALL)?
            .unwrap_or(GroupCategory::Security),
        path: text(b, "Path").filter(|p| !p.is_empty()),
    };
    let change = Change::new(Kind::ADGroup, req.name.clone());
    apply(host, b, out, change, |m, o| m.new_ad_group(req, o))
}

fn group_member(name: &'static str, add: bool) -> CmdletSpec {
    let factory: fn() -> Box<dyn Command> = if add {
        || Box::new(Run::new(run_add_member))
    } else {
        || Box::new(Run::new(run_remove_member))
    };
    CmdletSpec {
        name,
        aliases: &[],
        synopsis: if add {
            "Adds accounts or groups to an Active Directory group."
        } else {
            "Removes accounts or groups from an Active Directory group."
        },
        description: "-Members are named by DN, SamAccountName, UserPrincipalName or name \
            (accounts) or by DN or name (groups).",
        signature: Signature::new()
            .param(piped_identity("The group: its DN or name.").mandatory())
            .param(
                param("Members", ParamKind::StringList, "The accounts and groups.")
                    .position(1)
                    .mandatory(),
            ),
        examples: vec![if add {
            example(
                "Nest one group in another.",
                concat!(
                    ad_setup!(),
                    "New-ADGroup Finance Global; New-ADGroup AllStaff Universal\n\
                     Add-ADGroupMember Finance kenmyer\n\
                     Add-ADGroupMember AllStaff -Members Finance\n\
                     (Get-ADGroupMember AllStaff -Recursive).SamAccountName"
                ),
                Some("kenmyer\n"),
            )
        } else {
            example(
                "Take an account out of a group.",
                concat!(
                    ad_setup!(),
                    "New-ADGroup Finance Global\n\
                     Add-ADGroupMember Finance kenmyer, pilar\n\
                     Remove-ADGroupMember Finance -Members kenmyer\n\
                     (Get-ADGroupMember Finance).SamAccountName"
                ),
                Some("pilar\n"),
            )
        }],
        mutating: true,
        factory,
    }
}

fn run_add_member(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    edit_members(host, b, out, true)
}

fn run_remove_member(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    edit_members(host, b, out, false)
}

fn edit_members(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
    add: bool,
) -> Result<(), CommandError> {
    let group = required(b, "Identity")?;
    let members = list(b, "Members").unwrap_or_default();
    let change = Change::new(Kind::ADGroup, group.clone());
    apply(host, b, out, change, |m, o| {
        m.edit_group_members(&group, &members, add, o)
    })
}

fn get_group_member() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ADGroupMember",
        aliases: &[],
        synopsis: "Returns the members of an Active Directory group.",
        description: "Direct members (accounts and groups); -Recursive returns the accounts of \
            nested groups instead, each once.",
        signature: Signature::new()
            .param(piped_identity("The group: its DN or name.").mandatory())
            .param(param("Recursive", ParamKind::Switch, "Follows nested groups and returns accounts only.")),
        examples: vec![example(
            "Count a group's members.",
            concat!(ad_setup!(), "New-ADGroup Finance Global\nAdd-ADGroupMember Finance kenmyer, pilar\n@(Get-ADGroupMember Finance).Count"),
            Some("2\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_group_member)),
    }
}

fn run_get_group_member(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let model = host.model();
    let group = model
        .find_group(&id, "Identity")
        .map_err(|e| model_error(b, &[], e))?;
    let members = if b.switch("Recursive") {
        model.group_accounts(&group.distinguished_name)
    } else {
        group.members.clone()
    };
    for dn in members {
        if let Some(g) = model.ad_groups().get(&dn) {
            out.push(to_value(ObjectRef::ADGroup(g)));
        } else if let Some(a) = model.ad_accounts().get(&dn) {
            out.push(to_value(ObjectRef::ADAccount(a)));
        }
    }
    Ok(())
}

fn get_cs_ad_user() -> CmdletSpec {
    CmdletSpec {
        name: "Get-CsAdUser",
        aliases: &[],
        synopsis: "Returns Active Directory accounts, whether or not they are enabled for Lync.",
        description: "-Identity is a SIP address, UserPrincipalName, domain\\SamAccountName, DN \
            or display name (* wildcards select several). Accounts show their SipAddress and \
            Enabled ($null: not enabled for Lync), so Get-CsAdUser | Enable-CsUser enables the \
            accounts a query selects.",
        signature: Signature::new()
            .param(
                piped_identity("The account: SIP address, UPN, domain\\sam, DN or display name (* wildcards).")
                    .sets(&[]),
            )
            .param(param("Credential", ParamKind::Any, "The account to connect as; a rehearsal needs none.").noted())
            .param(param("DomainController", ParamKind::String, "The domain controller to read from; one directory in a rehearsal.").noted()),
        examples: vec![
            example(
                "Enable every account that is not enabled yet.",
                concat!(
                    "New-Site Redmond\nNew-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond\n",
                    ad_setup!(),
                    "Get-CsAdUser | Where-Object { $_.Enabled -eq $null } | Enable-CsUser -RegistrarPool lync2013.contoso.com -SipAddressType SamAccountName -SipDomain contoso.com\n\
                     (Get-CsAdUser 'Ken Myer').SipAddress"
                ),
                Some("sip:kenmyer@contoso.com\n"),
            ),
            example(
                "Find accounts by display name.",
                concat!(ad_setup!(), "Get-CsAdUser 'P*' | ForEach-Object UserPrincipalName"),
                Some("pilar@contoso.com\n"),
            ),
        ],
        mutating: false,
        factory: || Box::new(Run::new(run_get_cs_ad_user)),
    }
}

fn run_get_cs_ad_user(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    get_accounts(host, b, out)
}
