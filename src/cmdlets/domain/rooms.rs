//! Chat room cmdlets (`*-CsPersistentChatRoom`, `Clear-CsPersistentChatRoom`).

use crate::cmdlets::command::{Bound, CommandError};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::params::{chat_pool, example, get_params, param, piped_identity};
use crate::cmdlets::domain::run::{
    apply, apply_to_identity, choice, count, date, flag, list_edit, missing, required, Change, Ctx,
    Run,
};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::value::Value;
use crate::model::objects::{Kind, Privacy, RoomInvitations, RoomType};
use crate::model::rooms::{NewRoom, SetRoom};
use crate::model::view::ObjectRef;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        new_room(),
        get_room(),
        set_room(),
        remove_room(),
        clear_room(),
    ]
}

const TYPES: &[&str] = &["Normal", "Auditorium"];
const PRIVACY: &[&str] = &["Open", "Closed", "Secret"];
const INVITATIONS: &[&str] = &["Inherit", "False", "True"];

fn new_room() -> CmdletSpec {
    CmdletSpec {
        name: "New-ChatRoom",
        aliases: &["New-CsPersistentChatRoom"],
        synopsis: "Creates a chat room in a category.",
        description: "The room lives on its category's chat pool. It starts with no members, \
            managers or presenters (add them with Set-ChatRoom); defaults: Normal, Closed, \
            enabled, invitations inherited from the category.",
        signature: Signature::new()
            .param(
                param(
                    "Name",
                    ParamKind::String,
                    "The room name (at most 256 characters).",
                )
                .position(0)
                .mandatory(),
            )
            .param(
                param(
                    "Category",
                    ParamKind::String,
                    "The room's category: pool\\name, or a bare name.",
                )
                .mandatory(),
            )
            .param(chat_pool(
                "The chat pool, when the category name alone is ambiguous.",
            ))
            .param(
                param(
                    "Type",
                    ParamKind::Enum,
                    "Normal, or Auditorium (only presenters post).",
                )
                .values(TYPES),
            )
            .param(
                param(
                    "Privacy",
                    ParamKind::Enum,
                    "Who can find and join the room (default Closed).",
                )
                .values(PRIVACY),
            )
            .param(param(
                "Description",
                ParamKind::String,
                "A description of the room.",
            ))
            .param(
                param(
                    "Invitations",
                    ParamKind::Enum,
                    "Inherit the category's setting, or False, or True.",
                )
                .values(INVITATIONS),
            )
            .param(param(
                "Disabled",
                ParamKind::Bool,
                "Whether the room is disabled (default $false).",
            ))
            .param(param(
                "Addin",
                ParamKind::String,
                "An add-in of the same chat pool.",
            )),
        examples: vec![example(
            "Create an open room.",
            concat!(
                chat_setup!(),
                "New-ChatCategory Sales -ChatPool pchat.contoso.com\n\
                 New-ChatRoom -Name Deals -Category pchat.contoso.com\\Sales -Privacy Open\n\
                 (Get-ChatRoom Deals).Privacy"
            ),
            Some("Open\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new_room)),
    }
}

fn run_new_room(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = NewRoom {
        name: required(b, "Name")?,
        category: required(b, "Category")?,
        chat_pool: b.string("ChatPool").filter(|p| !p.is_empty()),
        room_type: choice(b, "Type", RoomType::parse, RoomType::ALL)?,
        privacy: choice(b, "Privacy", Privacy::parse, Privacy::ALL)?,
        description: b.string("Description"),
        invitations: choice(
            b,
            "Invitations",
            RoomInvitations::parse,
            RoomInvitations::ALL,
        )?,
        disabled: flag(b, "Disabled"),
        addin: b.string("Addin").filter(|a| !a.is_empty()),
    };
    let change = Change::new(Kind::ChatRoom, req.name.clone());
    apply(host, b, out, change, |m, o| m.new_room(req, o))
}

fn get_room() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ChatRoom",
        aliases: &["Get-CsPersistentChatRoom"],
        synopsis: "Returns chat rooms.",
        description: "-Identity is pool\\name, or a bare name when only one chat pool has it; \
            -ChatPool keeps the rooms of one pool.",
        signature: Signature {
            params: get_params("room")
                .into_iter()
                .chain([chat_pool("Keeps the rooms of this chat pool.")])
                .collect(),
            default_set: None,
        },
        examples: vec![example(
            "List the disabled rooms of the legacy pool.",
            concat!(
                chat_setup!(),
                "New-ChatCategory Eng -ChatPool gc.contoso.com\n\
                 New-ChatRoom Old -Category gc.contoso.com\\Eng -Disabled $true\n\
                 New-ChatRoom Builds -Category gc.contoso.com\\Eng\n\
                 Get-ChatRoom -ChatPool gc.contoso.com -Filter {Disabled -eq $true} | ForEach-Object { $_.Identity }"
            ),
            Some("gc.contoso.com\\Old\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_room)),
    }
}

fn run_get_room(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let pool = b.string("ChatPool");
    get(host, b, out, Kind::ChatRoom, |o| match (o, &pool) {
        (ObjectRef::ChatRoom(r), Some(p)) => r.chat_pool.eq_ignore_ascii_case(p),
        _ => true,
    })
}

fn set_room() -> CmdletSpec {
    CmdletSpec {
        name: "Set-ChatRoom",
        aliases: &["Set-CsPersistentChatRoom"],
        synopsis: "Changes a chat room: settings, category, add-in, members, managers, presenters.",
        description: "Member lists take a whole list or @{Add=…; Remove=…; Replace=…}; every \
            member, manager and presenter must be allowed by the category, and presenters must \
            be members of an Auditorium room. -Messages N -MessagesBefore DATE records legacy \
            chat history for Clear-ChatRoom and migration.",
        signature: Signature::new()
            .param(piped_identity("The room: pool\\name, or a bare name."))
            .param(param("Category", ParamKind::String, "Moves the room to another category of its chat pool."))
            .param(param("Type", ParamKind::Enum, "Normal or Auditorium.").values(TYPES))
            .param(param("Privacy", ParamKind::Enum, "Open, Closed or Secret.").values(PRIVACY))
            .param(param("Description", ParamKind::String, "A description of the room."))
            .param(param("Invitations", ParamKind::Enum, "Inherit, False or True.").values(INVITATIONS))
            .param(param("Disabled", ParamKind::Bool, "Disables ($true) or enables ($false) the room."))
            .param(param("Addin", ParamKind::String, "The room's add-in ($null detaches it)."))
            .param(param("Members", ParamKind::Any, "The members: a list or @{Add=…; Remove=…; Replace=…}."))
            .param(param("Managers", ParamKind::Any, "The managers: a list or @{Add=…; Remove=…; Replace=…}."))
            .param(param("Presenters", ParamKind::Any, "The presenters (Auditorium rooms): a list or @{Add=…; Remove=…}."))
            .param(param("Messages", ParamKind::Int, "Legacy data: the number of stored messages."))
            .param(param("MessagesBefore", ParamKind::String, "Legacy data: the stored messages are older than this date (yyyy-MM-dd).")),
        examples: vec![
            example(
                "Add two members.",
                concat!(
                    sales_setup!(),
                    "Set-ChatRoom pchat.contoso.com\\Deals -Members @{Add='sip:ann@contoso.com','sip:bob@contoso.com'}\n\
                     (Get-ChatRoom Deals).Members.Count"
                ),
                Some("2\n"),
            ),
            example(
                "Record the legacy room's stored history.",
                concat!(
                    chat_setup!(),
                    "New-ChatCategory Eng -ChatPool gc.contoso.com\n\
                     New-ChatRoom Archive -Category Eng\n\
                     Set-ChatRoom gc.contoso.com\\Archive -Messages 1200 -MessagesBefore '2013-01-01'\n\
                     (Get-ChatRoom Archive).Messages"
                ),
                Some("1200\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_set_room)),
    }
}

fn run_set_room(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let messages = match (count(b, "Messages")?, date(b, "MessagesBefore")?) {
        (Some(n), Some(d)) => Some((u64::from(n), d)),
        (None, None) => None,
        (Some(_), None) => return Err(missing(b, "MessagesBefore", "<yyyy-MM-dd>")),
        (None, Some(_)) => return Err(missing(b, "Messages", "<count>")),
    };
    let req = SetRoom {
        identity: required(b, "Identity")?,
        category: b.string("Category").filter(|c| !c.is_empty()),
        room_type: choice(b, "Type", RoomType::parse, RoomType::ALL)?,
        privacy: choice(b, "Privacy", Privacy::parse, Privacy::ALL)?,
        description: b.string("Description"),
        invitations: choice(
            b,
            "Invitations",
            RoomInvitations::parse,
            RoomInvitations::ALL,
        )?,
        disabled: flag(b, "Disabled"),
        addin: b
            .has("Addin")
            .then(|| b.string("Addin").filter(|a| !a.is_empty())),
        members: list_edit(b, "Members")?,
        managers: list_edit(b, "Managers")?,
        presenters: list_edit(b, "Presenters")?,
        messages,
    };
    let change = Change::new(Kind::ChatRoom, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_room(req, o))
}

fn remove_room() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-ChatRoom",
        aliases: &["Remove-CsPersistentChatRoom"],
        synopsis: "Removes a chat room.",
        description: "The room and its stored messages are deleted.",
        signature: Signature::new().param(piped_identity("The room: pool\\name, or a bare name.")),
        examples: vec![example(
            "Remove a room.",
            concat!(
                sales_setup!(),
                "Remove-ChatRoom pchat.contoso.com\\Deals\n@(Get-ChatRoom).Count"
            ),
            Some("0\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_room)),
    }
}

fn run_remove_room(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    apply_to_identity(host, b, out, Kind::ChatRoom, |m, id, o| {
        m.remove_room(id, o)
    })
}

fn clear_room() -> CmdletSpec {
    CmdletSpec {
        name: "Clear-ChatRoom",
        aliases: &["Clear-CsPersistentChatRoom"],
        synopsis: "Removes a chat room's messages older than a date.",
        description: "-EndDate is required (clear_needs_end_date): messages posted before it are \
            removed. Dates are yyyy-MM-dd (M/d/yyyy is accepted too).",
        signature: Signature::new()
            .param(piped_identity("The room: pool\\name, or a bare name."))
            .param(param(
                "EndDate",
                ParamKind::String,
                "Messages posted before this date are removed.",
            )),
        examples: vec![example(
            "Clear a room's history before 2013.",
            concat!(
                chat_setup!(),
                "New-ChatCategory Eng -ChatPool gc.contoso.com\n\
                 New-ChatRoom Archive -Category Eng\n\
                 Set-ChatRoom Archive -Messages 1200 -MessagesBefore '2012-06-30'\n\
                 Clear-ChatRoom gc.contoso.com\\Archive -EndDate '2013-01-01'\n\
                 (Get-ChatRoom Archive).Messages"
            ),
            Some("0\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_clear_room)),
    }
}

fn run_clear_room(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let end = date(b, "EndDate")?;
    let change = Change::new(Kind::ChatRoom, id.clone());
    apply(host, b, out, change, |m, o| {
        m.clear_room(&id, end.as_deref(), o)
    })
}
