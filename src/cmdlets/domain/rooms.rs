//! Chat room cmdlets (`*-CsPersistentChatRoom`, `Clear-CsPersistentChatRoom`).

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::categories::{as_object, as_object_param};
use crate::cmdlets::domain::content_instance::{expand, identity_in_set, instance_in_set, Take};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::params::{chat_pool, example, force, param};
use crate::cmdlets::domain::run::{
    apply, choice, count, flag, list_edit, missing, model_error, recorded, required, timestamp,
    Change, Ctx, Run,
};
use crate::cmdlets::general::compare::{has_wildcard, wildcard_match};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec, Signature};
use crate::eval::binder::{AMBIGUOUS_PARAMETER_SET, INVALID_VALUE};
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::model::idmap::key;
use crate::model::objects::{Kind, Privacy, RoomInvitations, RoomType};
use crate::model::rooms::{NewRoom, RoomQuery, SetRoom};
use crate::model::view::ObjectRef;
use std::collections::HashSet;

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

/// Properties of a room `-Instance` never sets: counts derived from its messages.
const DERIVED: &[&str] = &["Messages", "ContentMB"];

/// `-Description`, recorded.
fn description() -> ParamSpec {
    param(
        "Description",
        ParamKind::String,
        "A description of the room.",
    )
    .recorded()
}

fn new_room() -> CmdletSpec {
    CmdletSpec {
        name: "New-ChatRoom",
        aliases: &["New-CsPersistentChatRoom"],
        synopsis: "Creates a chat room in a category.",
        description: "The room lives on its category's chat pool. It starts with no members, \
            managers or presenters (add them with Set-ChatRoom; until then the room inherits \
            its category's membership); defaults: Normal, Closed, enabled, invitations \
            inherited from the category.",
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
            .param(description())
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
        recorded: recorded(b, Kind::ChatRoom)?,
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

/// A parameter of `Get-ChatRoom`'s `All` set.
fn selecting(name: &str, kind: ParamKind, description: &str) -> ParamSpec {
    param(name, kind, description).sets(&["All"])
}

fn get_room() -> CmdletSpec {
    let signature = Signature {
        params: vec![
            param(
                "Identity",
                ParamKind::String,
                "The room to return: pool\\name, or a bare name; wildcards (* and ?) select several.",
            )
            .position(0)
            .sets(&["Identity"]),
            as_object_param("Shows users in Members, Managers and Presenters by display name."),
            selecting("Addin", ParamKind::String, "Keeps the rooms that use this add-in."),
            selecting("Category", ParamKind::String, "Keeps the rooms of this category (not with -ChatPool or -Filter)."),
            selecting("ChatContentExceedsMB", ParamKind::Int, "Keeps the rooms whose content exceeds this many megabytes."),
            selecting("Disabled", ParamKind::Bool, "Keeps the disabled ($true) or the enabled ($false) rooms."),
            selecting("Filter", ParamKind::Any, "{Name -like 'pattern'}, or text the room's name contains (and its description, with -SearchDescription)."),
            selecting("Invitations", ParamKind::Enum, "Keeps the rooms with this invitation setting.").values(INVITATIONS),
            selecting("Manager", ParamKind::String, "Keeps the rooms this user manages."),
            selecting("Member", ParamKind::String, "Keeps the rooms this user is a member of (rooms without members of their own: by the category)."),
            chat_pool("Keeps the rooms of this chat pool (not with -Category or -Filter).").sets(&["All"]),
            selecting("Privacy", ParamKind::Enum, "Keeps the rooms with this privacy.").values(PRIVACY),
            selecting("ResultSize", ParamKind::Int, "Returns at most this many rooms (0 to 2147483647)."),
            selecting("SearchDescription", ParamKind::Switch, "-Filter text also searches the description."),
            selecting("Type", ParamKind::Enum, "Keeps the rooms of this type.").values(TYPES),
        ],
        default_set: Some("All".into()),
    };
    CmdletSpec {
        name: "Get-ChatRoom",
        aliases: &["Get-CsPersistentChatRoom"],
        synopsis: "Returns chat rooms.",
        description: "-Identity is pool\\name, or a bare name when only one chat pool has it. \
            The other parameters narrow the list, all of them together: -ChatPool, -Category \
            and -Filter exclude one another, -Member and -Manager go by effective membership \
            (a room without members of its own inherits its category's), -ChatContentExceedsMB \
            compares ContentMB.",
        signature,
        examples: vec![
            example(
                "List the disabled rooms of the legacy pool.",
                concat!(
                    chat_setup!(),
                    "New-ChatCategory Eng -ChatPool gc.contoso.com\n\
                     New-ChatRoom Old -Category gc.contoso.com\\Eng -Disabled $true\n\
                     New-ChatRoom Builds -Category gc.contoso.com\\Eng\n\
                     Get-ChatRoom -ChatPool gc.contoso.com -Disabled $true | ForEach-Object { $_.Identity }"
                ),
                Some("gc.contoso.com\\Old\n"),
            ),
            example(
                "Find the rooms Ann may enter through her category.",
                concat!(
                    sales_setup!(),
                    "Get-CsPersistentChatRoom -Member sip:ann@contoso.com | ForEach-Object { $_.Name }"
                ),
                Some("Deals\n"),
            ),
        ],
        mutating: false,
        factory: || Box::new(Run::new(run_get_room)),
    }
}

fn run_get_room(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    exclusive(b, &["ChatPool", "Category", "Filter"])?;
    let query = RoomQuery {
        addin: b.string("Addin").filter(|s| !s.is_empty()),
        category: b.string("Category").filter(|s| !s.is_empty()),
        chat_pool: b.string("ChatPool").filter(|s| !s.is_empty()),
        disabled: flag(b, "Disabled"),
        invitations: choice(
            b,
            "Invitations",
            RoomInvitations::parse,
            RoomInvitations::ALL,
        )?,
        manager: b.string("Manager").filter(|s| !s.is_empty()),
        member: b.string("Member").filter(|s| !s.is_empty()),
        privacy: choice(b, "Privacy", Privacy::parse, Privacy::ALL)?,
        room_type: choice(b, "Type", RoomType::parse, RoomType::ALL)?,
        content_exceeds_mb: count(b, "ChatContentExceedsMB")?.map(u64::from),
    };
    let limit = count(b, "ResultSize")?.map(|n| n as usize);
    let selected: HashSet<String> = host
        .model()
        .select_rooms(&query)
        .map_err(|e| model_error(b, &[], e))?
        .into_iter()
        .map(|r| key(&r.identity).into_owned())
        .collect();
    let text = match b.get("Filter") {
        Some(Value::ScriptBlock(_)) | None => None,
        Some(v) => Some(v.to_display_string()),
    };
    let with_description = b.switch("SearchDescription");
    let first = out.len();
    get(host, b, out, Kind::ChatRoom, |o| match o {
        ObjectRef::ChatRoom(r) => selected.contains(key(&r.identity).as_ref()),
        _ => false,
    })?;
    if let Some(text) = text {
        out.retain(|v| {
            let field = |name: &str| match v {
                Value::Object(o) => o.borrow().get(name).map(Value::to_display_string),
                _ => None,
            };
            let hit = |s: Option<String>| s.is_some_and(|s| text_matches(&text, &s));
            hit(field("Name")) || (with_description && hit(field("Description")))
        });
    }
    if let Some(limit) = limit {
        out.truncate(first + limit);
    }
    if b.switch("AsObject") {
        as_object(
            host,
            &mut out[first..],
            &["Members", "Managers", "Presenters"],
        );
    }
    Ok(())
}

/// `-Filter` text: a wildcard pattern, else text the value contains (case-insensitive).
fn text_matches(pattern: &str, value: &str) -> bool {
    if has_wildcard(pattern) {
        wildcard_match(pattern, value, false)
    } else {
        value.to_lowercase().contains(&pattern.to_lowercase())
    }
}

/// `coexist::bind::ambiguous_parameter_set` when more than one of `params` is given (the
/// reference forbids combining them, though they share a parameter set).
pub(crate) fn exclusive(b: &Bound, params: &[&str]) -> Result<(), CommandError> {
    let given: Vec<String> = params
        .iter()
        .filter(|p| b.has(p))
        .map(|p| format!("-{p}"))
        .collect();
    if given.len() < 2 {
        return Ok(());
    }
    Err(RuntimeError::new(
        AMBIGUOUS_PARAMETER_SET,
        format!(
            "{} cannot be used together in one call of {}",
            given.join(" and "),
            b.command
        ),
        b.span_of(params.iter().rev().find(|p| b.has(p)).unwrap_or(&"")),
    )
    .with_help(format!("use only one of {}", given.join(", ")))
    .into())
}

fn set_room() -> CmdletSpec {
    CmdletSpec {
        name: "Set-ChatRoom",
        aliases: &["Set-CsPersistentChatRoom"],
        synopsis: "Changes a chat room: settings, name, category, add-in, members, managers, presenters, described history.",
        description: "Member lists take a whole list or @{Add=…; Remove=…; Replace=…}; every \
            member, manager and presenter must be allowed by the category, and presenters must \
            be members of an Auditorium room; an empty Members list means the category's \
            membership applies. -Instance takes a room from Get-ChatRoom, with the properties \
            the script changed. -Messages N -MessagesBefore DATE describes the room's history \
            by count (one run of N messages posted just before DATE, replacing the history \
            described before); -ContentMB the megabytes of content not described message by \
            message.",
        signature: Signature::new()
            .param(identity_in_set("The room: pool\\name, or a bare name."))
            .param(instance_in_set(Kind::ChatRoom, true))
            .param(param("Name", ParamKind::String, "Renames the room (unique on its chat pool)."))
            .param(param("Category", ParamKind::String, "Moves the room to another category of its chat pool."))
            .param(param("Type", ParamKind::Enum, "Normal or Auditorium.").values(TYPES))
            .param(param("Privacy", ParamKind::Enum, "Open, Closed or Secret.").values(PRIVACY))
            .param(description())
            .param(param("Invitations", ParamKind::Enum, "Inherit, False or True.").values(INVITATIONS))
            .param(param("Disabled", ParamKind::Bool, "Disables ($true) or enables ($false) the room."))
            .param(param("Addin", ParamKind::String, "The room's add-in ($null detaches it)."))
            .param(param("Members", ParamKind::Any, "The members: a list or @{Add=…; Remove=…; Replace=…}; $null: the category's."))
            .param(param("Managers", ParamKind::Any, "The managers: a list or @{Add=…; Remove=…; Replace=…}."))
            .param(param("Presenters", ParamKind::Any, "The presenters (Auditorium rooms): a list or @{Add=…; Remove=…}."))
            .param(as_object_param("List entries may be display names (coexist accepts them either way)."))
            .param(force("Accepted; no rule of Set-ChatRoom asks for it."))
            .param(param("Messages", ParamKind::Int, "History described by count: how many messages (0 removes it)."))
            .param(param("MessagesBefore", ParamKind::String, "History described by count: the messages were posted before this date."))
            .param(param("ContentMB", ParamKind::Int, "Megabytes of the room's content not described message by message.")),
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
                "Describe the legacy room's stored history.",
                concat!(
                    chat_setup!(),
                    "New-ChatCategory Eng -ChatPool gc.contoso.com\n\
                     New-ChatRoom Archive -Category Eng\n\
                     Set-ChatRoom gc.contoso.com\\Archive -Messages 1200 -MessagesBefore '2013-01-01'\n\
                     (Get-ChatRoom Archive).Messages"
                ),
                Some("1200\n"),
            ),
            example(
                "Change a room object and store it.",
                concat!(
                    sales_setup!(),
                    "$room = Get-CsPersistentChatRoom Deals\n\
                     $room.Description = 'Quarterly deals'\n\
                     Set-CsPersistentChatRoom -Instance $room\n\
                     (Get-CsPersistentChatRoom Deals).Description"
                ),
                Some("Quarterly deals\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_set_room)),
    }
}

fn run_set_room(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let b = &*expand(
        host,
        b,
        Kind::ChatRoom,
        Take::Properties { derived: DERIVED },
    )?;
    let messages = match (count(b, "Messages")?, timestamp(b, "MessagesBefore")?) {
        (Some(n), Some(d)) => Some((u64::from(n), d)),
        (None, None) => None,
        (Some(_), None) => return Err(missing(b, "MessagesBefore", "<date>")),
        (None, Some(_)) => return Err(missing(b, "Messages", "<count>")),
    };
    let req = SetRoom {
        identity: required(b, "Identity")?,
        name: nonempty_name(b)?,
        category: b.string("Category").filter(|c| !c.is_empty()),
        room_type: choice(b, "Type", RoomType::parse, RoomType::ALL)?,
        privacy: choice(b, "Privacy", Privacy::parse, Privacy::ALL)?,
        recorded: recorded(b, Kind::ChatRoom)?,
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
        content_mb: count(b, "ContentMB")?,
    };
    let change = Change::new(Kind::ChatRoom, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_room(req, o))
}

/// `-Name` when given; an empty name is `coexist::bind::invalid_value`.
pub(crate) fn nonempty_name(b: &Bound) -> Result<Option<String>, CommandError> {
    match b.string("Name") {
        Some(name) if name.trim().is_empty() => Err(RuntimeError::new(
            INVALID_VALUE,
            "-Name needs a name, not an empty string",
            b.span_of("Name"),
        )
        .with_help("give the new name, e.g. -Name Sales")
        .into()),
        other => Ok(other),
    }
}

fn remove_room() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-ChatRoom",
        aliases: &["Remove-CsPersistentChatRoom"],
        synopsis: "Removes a chat room.",
        description: "The room and its messages are deleted. -Instance takes rooms from \
            Get-ChatRoom (Get-CsPersistentChatRoom -Privacy Closed | Remove-CsPersistentChatRoom).",
        signature: Signature::new()
            .param(identity_in_set("The room: pool\\name, or a bare name."))
            .param(instance_in_set(Kind::ChatRoom, true))
            .param(force(
                "Accepted; removing a room asks for nothing in a script.",
            )),
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
    let b = &*expand(host, b, Kind::ChatRoom, Take::Identity)?;
    let id = required(b, "Identity")?;
    let change = Change::new(Kind::ChatRoom, id.clone());
    apply(host, b, out, change, |m, o| m.remove_room(&id, o))
}

fn clear_room() -> CmdletSpec {
    CmdletSpec {
        name: "Clear-ChatRoom",
        aliases: &["Clear-CsPersistentChatRoom"],
        synopsis: "Deletes a chat room's messages posted on or before a date.",
        description: "-EndDate is required (clear_needs_end_date): messages posted on or before \
            it are deleted, whole runs of described history included. A date without a time is \
            midnight at its start, as PowerShell converts it.",
        signature: Signature::new()
            .param(identity_in_set("The room: pool\\name, or a bare name."))
            .param(instance_in_set(Kind::ChatRoom, true))
            .param(param(
                "EndDate",
                ParamKind::String,
                "Messages posted on or before this date and time are deleted.",
            )),
        examples: vec![example(
            "Clear a room's history before 2013.",
            concat!(
                chat_setup!(),
                "New-ChatCategory Eng -ChatPool gc.contoso.com\n\
                 New-ChatRoom Archive -Category Eng\n\
                 Set-ChatRoom Archive -Messages 1200 -MessagesBefore '2012-06-30'\n\
                 Clear-ChatRoom gc.contoso.com\\Archive -EndDate '1/1/2013'\n\
                 (Get-ChatRoom Archive).Messages"
            ),
            Some("0\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_clear_room)),
    }
}

fn run_clear_room(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let b = &*expand(host, b, Kind::ChatRoom, Take::Identity)?;
    let id = required(b, "Identity")?;
    let end = timestamp(b, "EndDate")?;
    let change = Change::new(Kind::ChatRoom, id.clone());
    apply(host, b, out, change, |m, o| m.clear_room(&id, end, o))
}

#[cfg(test)]
mod tests {
    use super::text_matches;

    #[test]
    fn filter_text_is_a_pattern_or_a_substring() {
        assert!(text_matches("IT*", "ITChatRoom"));
        assert!(!text_matches("IT", "Sales"));
        assert!(text_matches("chat", "ITChatRoom"));
        assert!(!text_matches("*Chat", "ITChatRoom"));
    }
}
