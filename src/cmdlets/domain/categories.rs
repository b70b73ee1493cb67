//! Chat category cmdlets (`*-CsPersistentChatCategory`), and `-AsObject`, which they share
//! with the room cmdlets.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::content_instance::{expand, identity_in_set, instance_in_set, Take};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::params::{chat_pool, example, param};
use crate::cmdlets::domain::rooms::nonempty_name;
use crate::cmdlets::domain::run::{
    apply, chat_pool_or_only, edited, flag, list, list_edit, recorded, required, Change, Ctx, Run,
};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;
use crate::model::content::{NewCategory, SetCategory};
use crate::model::objects::Kind;
use crate::model::view::ObjectRef;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        new_category(),
        get_category(),
        set_category(),
        remove_category(),
    ]
}

/// `-AsObject`: principals by display name.
pub(crate) fn as_object_param(description: &str) -> ParamSpec {
    param("AsObject", ParamKind::Switch, description)
}

/// `-AsObject` of a `Get-`: the users in the list properties `lists` of each output object
/// are shown by display name (other principals as they are).
pub(crate) fn as_object(host: &mut dyn Host, values: &mut [Value], lists: &[&str]) {
    let model = host.model();
    for value in values {
        let Value::Object(object) = value else {
            continue;
        };
        let mut object = object.borrow_mut();
        for name in lists {
            let Some(Value::Array(items)) = object.properties.get(*name).cloned() else {
                continue;
            };
            let shown = items
                .borrow()
                .iter()
                .map(|item| {
                    let text = item.to_display_string();
                    model
                        .user_by_sip(&text)
                        .map_or(item.clone(), |u| Value::str(&u.display_name))
                })
                .collect();
            object
                .properties
                .insert(name.to_string(), Value::array(shown));
        }
    }
}

/// `-Description`, recorded.
fn description() -> ParamSpec {
    param(
        "Description",
        ParamKind::String,
        "What the category is for.",
    )
    .recorded()
}

fn new_category() -> CmdletSpec {
    CmdletSpec {
        name: "New-ChatCategory",
        aliases: &["New-CsPersistentChatCategory"],
        synopsis: "Creates a chat category on a chat pool.",
        description: "A category says who may be in its rooms (AllowedMembers minus \
            DeniedMembers; denied wins), who may create rooms (Creators, a subset of the allowed), \
            and whether rooms may use invitations, file upload and chat history (the real \
            cmdlet's switches -EnableInvitations, -EnableFileUpload and -RemoveChatHistory, or \
            coexist's -Invitations, -FileUpload and -ChatHistory). -ParentCategory and -Managers \
            exist only on legacy Group Chat pools. Without -ChatPool the model's only chat pool \
            is used.",
        signature: Signature::new()
            .param(param("Name", ParamKind::String, "The category name (at most 256 characters).").position(0).mandatory())
            .param(chat_pool("The chat pool the category lives on."))
            .param(description())
            .param(param("AllowedMembers", ParamKind::StringList, "Users (SIP addresses) allowed in the category's rooms."))
            .param(param("DeniedMembers", ParamKind::StringList, "Users denied from the category's rooms."))
            .param(param("Creators", ParamKind::StringList, "Users who may create rooms in the category."))
            .param(param("EnableInvitations", ParamKind::Switch, "Rooms may send invitations (as -Invitations $true)."))
            .param(param("EnableFileUpload", ParamKind::Switch, "Files may be uploaded to rooms (as -FileUpload $true)."))
            .param(param("RemoveChatHistory", ParamKind::Switch, "Rooms keep no chat history (as -ChatHistory $false)."))
            .param(param("Invitations", ParamKind::Bool, "Whether rooms may send invitations (default $false)."))
            .param(param("FileUpload", ParamKind::Bool, "Whether files may be uploaded to rooms (default $false)."))
            .param(param("ChatHistory", ParamKind::Bool, "Whether rooms keep chat history (default $true)."))
            .param(param("ParentCategory", ParamKind::String, "The parent category (legacy Group Chat pools only)."))
            .param(param("Managers", ParamKind::StringList, "Category managers (legacy Group Chat pools only).")),
        examples: vec![
            example(
                "Create a category open to two users.",
                concat!(
                    users_setup!(),
                    "New-ChatCategory -Name Sales -ChatPool pchat.contoso.com -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com\n\
                     (Get-ChatCategory Sales).Identity"
                ),
                Some("pchat.contoso.com\\Sales\n"),
            ),
            example(
                "Create a category whose rooms take file uploads, as the real cmdlet writes it.",
                concat!(
                    chat_setup!(),
                    "New-CsPersistentChatCategory -Name HelpDesk -PersistentChatPoolFqdn pchat.contoso.com -EnableFileUpload\n\
                     (Get-CsPersistentChatCategory pchat.contoso.com\\HelpDesk).FileUpload"
                ),
                Some("True\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_new_category)),
    }
}

/// A setting given as the real cmdlet's switch (`-EnableFileUpload`) or as coexist's
/// boolean (`-FileUpload $true`); the boolean wins when both are given.
fn setting(b: &Bound, boolean: &str, switch: &str, switched: bool) -> Option<bool> {
    flag(b, boolean).or_else(|| b.switch(switch).then_some(switched))
}

fn run_new_category(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let req = NewCategory {
        name: required(b, "Name")?,
        chat_pool: chat_pool_or_only(host, b)?,
        allowed_members: list(b, "AllowedMembers").unwrap_or_default(),
        denied_members: list(b, "DeniedMembers").unwrap_or_default(),
        creators: list(b, "Creators").unwrap_or_default(),
        invitations: setting(b, "Invitations", "EnableInvitations", true),
        file_upload: setting(b, "FileUpload", "EnableFileUpload", true),
        chat_history: setting(b, "ChatHistory", "RemoveChatHistory", false),
        parent_category: b.string("ParentCategory").filter(|p| !p.is_empty()),
        managers: list(b, "Managers").unwrap_or_default(),
        recorded: recorded(b, Kind::ChatCategory)?,
    };
    let change = Change::new(
        Kind::ChatCategory,
        format!("{}\\{}", req.chat_pool, req.name),
    );
    apply(host, b, out, change, |m, o| m.new_category(req, o))
}

fn get_category() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ChatCategory",
        aliases: &["Get-CsPersistentChatCategory"],
        synopsis: "Returns chat categories.",
        description: "-Identity is pool\\name, or a bare name when only one chat pool has it \
            (wildcards select several); -ChatPool keeps the categories of one pool; -AsObject \
            shows users by display name.",
        signature: Signature {
            params: vec![
                param(
                    "Identity",
                    ParamKind::String,
                    "The category to return; wildcards (* and ?) select several.",
                )
                .position(0)
                .mandatory()
                .sets(&["Identity"]),
                chat_pool("Keeps the categories of this chat pool.").sets(&["Pool"]),
                as_object_param(
                    "Shows users in AllowedMembers, DeniedMembers and Creators by display name.",
                ),
                param(
                    "Filter",
                    ParamKind::ScriptBlock,
                    "Keeps the categories for which the block is true: OPATH style ({Property -eq value}) or script ($_).",
                ),
            ],
            default_set: Some("Pool".into()),
        },
        examples: vec![example(
            "List the categories of a pool.",
            concat!(
                sales_setup!(),
                "Get-ChatCategory -ChatPool pchat.contoso.com | ForEach-Object { $_.Name }"
            ),
            Some("Sales\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_category)),
    }
}

fn run_get_category(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let pool = b.string("ChatPool");
    let first = out.len();
    get(host, b, out, Kind::ChatCategory, |o| match (o, &pool) {
        (ObjectRef::ChatCategory(c), Some(p)) => c.chat_pool.eq_ignore_ascii_case(p),
        _ => true,
    })?;
    if b.switch("AsObject") {
        as_object(
            host,
            &mut out[first..],
            &["AllowedMembers", "DeniedMembers", "Creators", "Managers"],
        );
    }
    Ok(())
}

fn set_category() -> CmdletSpec {
    CmdletSpec {
        name: "Set-ChatCategory",
        aliases: &["Set-CsPersistentChatCategory"],
        synopsis: "Changes a chat category's name, membership rules and settings.",
        description: "Lists take a whole new list or @{Add=…; Remove=…; Replace=…}. Narrowing \
            AllowedMembers or DeniedMembers drops the room members, managers and presenters no \
            longer allowed (members_dropped lists them). -Name renames the category; its rooms \
            follow. -Instance takes a category from Get-ChatCategory, with the properties the \
            script changed.",
        signature: Signature::new()
            .param(identity_in_set("The category: pool\\name, or a bare name."))
            .param(instance_in_set(Kind::ChatCategory, false))
            .param(param("Name", ParamKind::String, "Renames the category (unique on its chat pool)."))
            .param(description())
            .param(param("AllowedMembers", ParamKind::Any, "The allowed users: a list or @{Add=…; Remove=…}."))
            .param(param("DeniedMembers", ParamKind::Any, "The denied users: a list or @{Add=…; Remove=…}."))
            .param(param("Creators", ParamKind::Any, "The room creators: a list or @{Add=…; Remove=…}."))
            .param(param("Invitations", ParamKind::Bool, "Whether rooms may send invitations."))
            .param(param("FileUpload", ParamKind::Bool, "Whether files may be uploaded to rooms."))
            .param(param("ChatHistory", ParamKind::Bool, "Whether rooms keep chat history."))
            .param(param("Managers", ParamKind::Any, "Category managers (legacy Group Chat pools only)."))
            .param(as_object_param("List entries may be display names (coexist accepts them either way).")),
        examples: vec![
            example(
                "Allow one more user.",
                concat!(
                    sales_setup!(),
                    "New-User sip:cat@contoso.com -Pool lync2013.contoso.com\n\
                     Set-ChatCategory pchat.contoso.com\\Sales -AllowedMembers @{Add='sip:cat@contoso.com'}\n\
                     (Get-ChatCategory Sales).AllowedMembers.Count"
                ),
                Some("3\n"),
            ),
            example(
                "Turn file upload off in every category.",
                concat!(
                    sales_setup!(),
                    "Set-ChatCategory Sales -FileUpload $true\n\
                     Get-CsPersistentChatCategory | Set-CsPersistentChatCategory -FileUpload $false\n\
                     (Get-ChatCategory Sales).FileUpload"
                ),
                Some("False\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_set_category)),
    }
}

fn run_set_category(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let b = &*expand(
        host,
        b,
        Kind::ChatCategory,
        Take::Properties { derived: &[] },
    )?;
    let identity = required(b, "Identity")?;
    let current = host
        .model()
        .find_category(&identity, None, "Identity")
        .ok()
        .cloned();
    let lists = |param: &str, pick: fn(&crate::model::ChatCategory) -> &Vec<String>| {
        list_edit(b, param)
            .map(|edit| edit.map(|e| edited(current.as_ref().map_or(&[][..], |c| pick(c)), e)))
    };
    let req = SetCategory {
        identity: identity.clone(),
        name: nonempty_name(b)?,
        allowed_members: lists("AllowedMembers", |c| &c.allowed_members)?,
        denied_members: lists("DeniedMembers", |c| &c.denied_members)?,
        creators: lists("Creators", |c| &c.creators)?,
        invitations: flag(b, "Invitations"),
        file_upload: flag(b, "FileUpload"),
        chat_history: flag(b, "ChatHistory"),
        managers: lists("Managers", |c| &c.managers)?,
        recorded: recorded(b, Kind::ChatCategory)?,
    };
    let change = Change::new(Kind::ChatCategory, identity);
    apply(host, b, out, change, |m, o| m.set_category(req, o))
}

fn remove_category() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-ChatCategory",
        aliases: &["Remove-CsPersistentChatCategory"],
        synopsis: "Removes a chat category that has no rooms.",
        description: "Remove or move the category's rooms first (category_not_empty). \
            -Instance takes categories from Get-ChatCategory.",
        signature: Signature::new()
            .param(identity_in_set("The category: pool\\name, or a bare name."))
            .param(instance_in_set(Kind::ChatCategory, true)),
        examples: vec![example(
            "Remove an empty category.",
            concat!(
                chat_setup!(),
                "New-ChatCategory Old -ChatPool pchat.contoso.com\n\
                 Remove-ChatCategory pchat.contoso.com\\Old\n@(Get-ChatCategory).Count"
            ),
            Some("0\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_category)),
    }
}

fn run_remove_category(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let b = &*expand(host, b, Kind::ChatCategory, Take::Identity)?;
    let id = required(b, "Identity")?;
    let change = Change::new(Kind::ChatCategory, id.clone());
    apply(host, b, out, change, |m, o| m.remove_category(&id, o))
}
