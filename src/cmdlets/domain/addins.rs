//! Chat add-in cmdlets (`*-CsPersistentChatAddin`).

use crate::cmdlets::command::{Bound, CommandError};
use crate::cmdlets::domain::content_instance::{expand, identity_in_set, instance_in_set, Take};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::params::{chat_pool, example, force, param};
use crate::cmdlets::domain::rooms::nonempty_name;
use crate::cmdlets::domain::run::{apply, chat_pool_or_only, required, Change, Ctx, Run};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::value::Value;
use crate::model::content::{NewAddin, SetAddin};
use crate::model::objects::Kind;
use crate::model::view::ObjectRef;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![new_addin(), get_addin(), set_addin(), remove_addin()]
}

fn new_addin() -> CmdletSpec {
    CmdletSpec {
        name: "New-ChatAddin",
        aliases: &["New-CsPersistentChatAddin"],
        synopsis: "Registers a chat room add-in (a web page shown beside the room) on a chat pool.",
        description: "The URL must be http:// or https://. Rooms of the same chat pool may use \
            the add-in. Without -ChatPool the model's only chat pool is used.",
        signature: Signature::new()
            .param(param("Name", ParamKind::String, "The add-in name.").position(0).mandatory())
            .param(chat_pool("The chat pool the add-in lives on."))
            .param(param("Url", ParamKind::String, "The add-in's http:// or https:// URL.").mandatory()),
        examples: vec![example(
            "Register an add-in.",
            concat!(
                chat_setup!(),
                "New-ChatAddin -Name Wiki -ChatPool pchat.contoso.com -Url https://wiki.contoso.com/chat\n\
                 (Get-ChatAddin Wiki).Url"
            ),
            Some("https://wiki.contoso.com/chat\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new_addin)),
    }
}

fn run_new_addin(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = NewAddin {
        name: required(b, "Name")?,
        chat_pool: chat_pool_or_only(host, b)?,
        url: required(b, "Url")?,
    };
    let change = Change::new(Kind::ChatAddin, format!("{}\\{}", req.chat_pool, req.name));
    apply(host, b, out, change, |m, o| m.new_addin(req, o))
}

fn get_addin() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ChatAddin",
        aliases: &["Get-CsPersistentChatAddin"],
        synopsis: "Returns chat room add-ins.",
        description: "-Identity is pool\\name, or a bare name when only one chat pool has it; \
            -ChatPool keeps the add-ins of one pool.",
        signature: Signature {
            params: vec![
                param(
                    "Identity",
                    ParamKind::String,
                    "The add-in to return; wildcards (* and ?) select several.",
                )
                .position(0)
                .mandatory()
                .sets(&["Identity"]),
                chat_pool("Keeps the add-ins of this chat pool.").sets(&["Pool"]),
                param(
                    "Filter",
                    ParamKind::ScriptBlock,
                    "Keeps the add-ins for which the block is true: OPATH style ({Property -eq value}) or script ($_).",
                ),
            ],
            default_set: Some("Pool".into()),
        },
        examples: vec![example("List every add-in.", "Get-ChatAddin", None)],
        mutating: false,
        factory: || Box::new(Run::new(run_get_addin)),
    }
}

fn run_get_addin(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let pool = b.string("ChatPool");
    get(host, b, out, Kind::ChatAddin, |o| match (o, &pool) {
        (ObjectRef::ChatAddin(a), Some(p)) => a.chat_pool.eq_ignore_ascii_case(p),
        _ => true,
    })
}

fn set_addin() -> CmdletSpec {
    CmdletSpec {
        name: "Set-CsPersistentChatAddin",
        aliases: &[],
        synopsis: "Changes a chat room add-in's URL or name.",
        description: "The URL must stay http:// or https:// (invalid_addin_url); a new name must             be free on the add-in's chat pool (duplicate_addin), and the rooms using the add-in             follow it. -Instance takes an add-in from Get-CsPersistentChatAddin, with the             properties the script changed.",
        signature: Signature::new()
            .param(identity_in_set("The add-in: pool\\name, or a bare name.").from_pipeline())
            .param(instance_in_set(Kind::ChatAddin, true))
            .param(param("Name", ParamKind::String, "Renames the add-in (unique on its chat pool)."))
            .param(param("Url", ParamKind::String, "The add-in's new http:// or https:// URL.")),
        examples: vec![example(
            "Point an add-in at a new page.",
            concat!(
                chat_setup!(),
                "New-CsPersistentChatAddin -Name Wiki -PersistentChatPoolFqdn pchat.contoso.com -Url https://wiki.contoso.com/chat\n\
                 Set-CsPersistentChatAddin -Identity pchat.contoso.com\\Wiki -Url https://wiki.contoso.com/chat2\n\
                 (Get-CsPersistentChatAddin Wiki).Url"
            ),
            Some("https://wiki.contoso.com/chat2\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_set_addin)),
    }
}

fn run_set_addin(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let b = &*expand(host, b, Kind::ChatAddin, Take::Properties { derived: &[] })?;
    let req = SetAddin {
        identity: required(b, "Identity")?,
        name: nonempty_name(b)?,
        url: b.string("Url"),
    };
    let change = Change::new(Kind::ChatAddin, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_addin(req, o))
}

fn remove_addin() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-ChatAddin",
        aliases: &["Remove-CsPersistentChatAddin"],
        synopsis: "Removes a chat room add-in.",
        description: "An add-in used by rooms needs -Force, which detaches it from them. \
            -Instance takes add-ins from Get-ChatAddin.",
        signature: Signature::new()
            .param(identity_in_set("The add-in: pool\\name, or a bare name."))
            .param(instance_in_set(Kind::ChatAddin, true))
            .param(force(
                "Detaches the add-in from the rooms that use it and removes it.",
            )),
        examples: vec![example(
            "Remove an add-in still used by rooms.",
            concat!(
                sales_setup!(),
                "New-ChatAddin Wiki -ChatPool pchat.contoso.com -Url https://wiki.contoso.com\n\
                 Set-ChatRoom Deals -Addin Wiki\n\
                 Remove-ChatAddin pchat.contoso.com\\Wiki -Force\n\
                 (Get-ChatRoom Deals).Addin -eq $null"
            ),
            Some("True\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_addin)),
    }
}

fn run_remove_addin(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let b = &*expand(host, b, Kind::ChatAddin, Take::Identity)?;
    let id = required(b, "Identity")?;
    let force = b.switch("Force");
    let change = Change::new(Kind::ChatAddin, id.clone());
    apply(host, b, out, change, |m, o| m.remove_addin(&id, force, o))
}
