//! Chat category cmdlets (`*-CsPersistentChatCategory`).

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::params::{chat_pool, example, get_params, param, piped_identity};
use crate::cmdlets::domain::run::{
    apply, apply_to_identity, chat_pool_or_only, edited, flag, list, list_edit, required, Change,
    Ctx, Run,
};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
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

fn new_category() -> CmdletSpec {
    CmdletSpec {
        name: "New-ChatCategory",
        aliases: &["New-CsPersistentChatCategory"],
        synopsis: "Creates a chat category on a chat pool.",
        description: "A category says who may be in its rooms (AllowedMembers minus \
            DeniedMembers; denied wins), who may create rooms (Creators, a subset of the allowed), \
            and whether rooms may use invitations, file upload and chat history. -ParentCategory \
            and -Managers exist only on legacy Group Chat pools. Without -ChatPool the model's \
            only chat pool is used.",
        signature: Signature::new()
            .param(param("Name", ParamKind::String, "The category name (at most 256 characters).").position(0).mandatory())
            .param(chat_pool("The chat pool the category lives on."))
            .param(param("AllowedMembers", ParamKind::StringList, "Users (SIP addresses) allowed in the category's rooms."))
            .param(param("DeniedMembers", ParamKind::StringList, "Users denied from the category's rooms."))
            .param(param("Creators", ParamKind::StringList, "Users who may create rooms in the category."))
            .param(param("Invitations", ParamKind::Bool, "Whether rooms may send invitations (default $false)."))
            .param(param("FileUpload", ParamKind::Bool, "Whether files may be uploaded to rooms (default $false)."))
            .param(param("ChatHistory", ParamKind::Bool, "Whether rooms keep chat history (default $true)."))
            .param(param("ParentCategory", ParamKind::String, "The parent category (legacy Group Chat pools only)."))
            .param(param("Managers", ParamKind::StringList, "Category managers (legacy Group Chat pools only).")),
        examples: vec![example(
            "Create a category open to two users.",
            concat!(
                users_setup!(),
                "New-ChatCategory -Name Sales -ChatPool pchat.contoso.com -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com\n\
                 (Get-ChatCategory Sales).Identity"
            ),
            Some("pchat.contoso.com\\Sales\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new_category)),
    }
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
        invitations: flag(b, "Invitations"),
        file_upload: flag(b, "FileUpload"),
        chat_history: flag(b, "ChatHistory"),
        parent_category: b.string("ParentCategory").filter(|p| !p.is_empty()),
        managers: list(b, "Managers").unwrap_or_default(),
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
        description: "-Identity is pool\\name, or a bare name when only one chat pool has it; \
            -ChatPool keeps the categories of one pool.",
        signature: Signature {
            params: get_params("category")
                .into_iter()
                .chain([chat_pool("Keeps the categories of this chat pool.")])
                .collect(),
            default_set: None,
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
    get(host, b, out, Kind::ChatCategory, |o| match (o, &pool) {
        (ObjectRef::ChatCategory(c), Some(p)) => c.chat_pool.eq_ignore_ascii_case(p),
        _ => true,
    })
}

fn set_category() -> CmdletSpec {
    CmdletSpec {
        name: "Set-ChatCategory",
        aliases: &["Set-CsPersistentChatCategory"],
        synopsis: "Changes a chat category's membership rules and settings.",
        description: "Lists take a whole new list or @{Add=…; Remove=…; Replace=…}. Narrowing \
            AllowedMembers or DeniedMembers drops the room members, managers and presenters no \
            longer allowed (members_dropped lists them).",
        signature: Signature::new()
            .param(piped_identity("The category: pool\\name, or a bare name."))
            .param(param("AllowedMembers", ParamKind::Any, "The allowed users: a list or @{Add=…; Remove=…}."))
            .param(param("DeniedMembers", ParamKind::Any, "The denied users: a list or @{Add=…; Remove=…}."))
            .param(param("Creators", ParamKind::Any, "The room creators: a list or @{Add=…; Remove=…}."))
            .param(param("Invitations", ParamKind::Bool, "Whether rooms may send invitations."))
            .param(param("FileUpload", ParamKind::Bool, "Whether files may be uploaded to rooms."))
            .param(param("ChatHistory", ParamKind::Bool, "Whether rooms keep chat history."))
            .param(param("Managers", ParamKind::Any, "Category managers (legacy Group Chat pools only).")),
        examples: vec![example(
            "Allow one more user.",
            concat!(
                sales_setup!(),
                "New-User sip:cat@contoso.com -Pool lync2013.contoso.com\n\
                 Set-ChatCategory pchat.contoso.com\\Sales -AllowedMembers @{Add='sip:cat@contoso.com'}\n\
                 (Get-ChatCategory Sales).AllowedMembers.Count"
            ),
            Some("3\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_set_category)),
    }
}

fn run_set_category(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
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
        allowed_members: lists("AllowedMembers", |c| &c.allowed_members)?,
        denied_members: lists("DeniedMembers", |c| &c.denied_members)?,
        creators: lists("Creators", |c| &c.creators)?,
        invitations: flag(b, "Invitations"),
        file_upload: flag(b, "FileUpload"),
        chat_history: flag(b, "ChatHistory"),
        managers: lists("Managers", |c| &c.managers)?,
    };
    let change = Change::new(Kind::ChatCategory, identity);
    apply(host, b, out, change, |m, o| m.set_category(req, o))
}

fn remove_category() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-ChatCategory",
        aliases: &["Remove-CsPersistentChatCategory"],
        synopsis: "Removes a chat category that has no rooms.",
        description: "Remove or move the category's rooms first (category_not_empty).",
        signature: Signature::new()
            .param(piped_identity("The category: pool\\name, or a bare name.")),
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
    apply_to_identity(host, b, out, Kind::ChatCategory, |m, id, o| {
        m.remove_category(id, o)
    })
}
