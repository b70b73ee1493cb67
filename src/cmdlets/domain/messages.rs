//! Chat message cmdlets: `Add-ChatMessage` and `Get-ChatMessage` (coexist's, to describe and
//! read room content), `Remove-CsPersistentChatMessage`, and `Test-CsPersistentChatMessage`
//! (an access query for two users).

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::output::to_value;
use crate::cmdlets::domain::params::{example, force, param};
use crate::cmdlets::domain::run::{
    apply, choice, flag, missing, model_error, required, timestamp, Change, Ctx, Run,
};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec, Signature};
use crate::eval::value::{PsObject, Value};
use crate::model::access::{AccessResult, AccessTarget};
use crate::model::messages::{AddMessage, Keywords, MatchClause, MessageAction, RemoveMessages};
use crate::model::objects::{ChatPoolKind, Client, Kind};
use crate::model::view::ObjectRef;
use crate::model::{Model, ModelError};

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        add_message(),
        get_message(),
        remove_message(),
        test_message(),
    ]
}

fn add_message() -> CmdletSpec {
    CmdletSpec {
        name: "Add-ChatMessage",
        aliases: &[],
        synopsis: "Describes a message posted in a chat room (room content to rehearse against).",
        description: "coexist's own cmdlet: the rehearsal's stand-in for what users posted. \
            The author is a user (SIP address or display name) or a federated address; -Posted \
            takes 2013-01-01, 1/1/2013 or '1/1/2013 12:00 PM'. The message's text counts in the \
            room's ContentMB. History known only by count is described with Set-ChatRoom \
            -Messages N -MessagesBefore DATE.",
        signature: Signature::new()
            .param(param("Room", ParamKind::String, "The room: pool\\name, or a bare name.").position(0).mandatory())
            .param(param("Author", ParamKind::String, "Who posted it: SIP address or display name.").mandatory())
            .param(param("Text", ParamKind::String, "What was posted.").mandatory())
            .param(param("Posted", ParamKind::String, "When it was posted (date, or date and time).").mandatory()),
        examples: vec![example(
            "Post a message in a room.",
            concat!(
                sales_setup!(),
                "Add-ChatMessage Deals -Author sip:ann@contoso.com -Text 'Fabrikam signed' -Posted '3/1/2013 9:30 AM'\n\
                 (Get-ChatMessage -Room Deals).Posted"
            ),
            Some("2013-03-01T09:30:00\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_add_message)),
    }
}

fn run_add_message(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let posted = timestamp(b, "Posted")?.ok_or_else(|| missing(b, "Posted", "<date>"))?;
    let req = AddMessage {
        room: required(b, "Room")?,
        author: required(b, "Author")?,
        text: b.string("Text").unwrap_or_default(),
        posted,
    };
    let change = Change::new(Kind::ChatMessage, req.room.clone());
    apply(host, b, out, change, |m, o| m.add_message(req, o))
}

fn get_message() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ChatMessage",
        aliases: &[],
        synopsis: "Returns chat messages: of one room, by one author, or all.",
        description: "coexist's own cmdlet. Each object is one message, or one run of history \
            described by count (its Count says how many messages it stands for); State is \
            Posted or Replaced.",
        signature: Signature::new()
            .param(param("Room", ParamKind::String, "The room: pool\\name, or a bare name.").position(0))
            .param(param("Author", ParamKind::String, "Keeps the messages this user posted (SIP address).")),
        examples: vec![example(
            "Count the messages of a room.",
            concat!(
                sales_setup!(),
                "Add-ChatMessage Deals -Author sip:ann@contoso.com -Text 'hello' -Posted 2013-03-01\n\
                 Add-ChatMessage Deals -Author sip:bob@contoso.com -Text 'hi' -Posted 2013-03-02\n\
                 @(Get-ChatMessage -Room Deals -Author sip:bob@contoso.com).Count"
            ),
            Some("1\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_message)),
    }
}

fn run_get_message(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let model = host.model();
    let room = match b.string("Room").filter(|r| !r.is_empty()) {
        Some(name) => Some(
            model
                .find_room(&name, None, "Room")
                .map_err(|e| model_error(b, &[], e))?
                .identity
                .clone(),
        ),
        None => None,
    };
    let author = b.string("Author").map(|a| {
        model
            .find_user(&a, "Author")
            .map_or(a.clone(), |u| u.sip_address.clone())
    });
    let by = |m: &crate::model::ChatMessage| {
        author.as_deref().is_none_or(|a| {
            m.author
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(a))
        })
    };
    let messages: Vec<&crate::model::ChatMessage> = match &room {
        Some(room) => model.room_messages(room).filter(|m| by(m)).collect(),
        None => model.messages().iter().filter(|m| by(m)).collect(),
    };
    out.extend(
        messages
            .into_iter()
            .map(|m| to_value(ObjectRef::ChatMessage(m))),
    );
    Ok(())
}

const CLAUSES: &[&str] = &["All", "Or", "Exact"];

fn remove_message() -> CmdletSpec {
    let mut signature = Signature::new()
        .param(
            param(
                "Identity",
                ParamKind::String,
                "The room: pool\\name, or a bare name.",
            )
            .position(0)
            .mandatory(),
        )
        .param(
            param(
                "Remove",
                ParamKind::Switch,
                "Deletes the messages instead of replacing their text.",
            )
            .sets(&["Remove"]),
        )
        .param(
            param(
                "ReplaceMessage",
                ParamKind::String,
                "The text that replaces the messages.",
            )
            .sets(&["Replace"]),
        )
        .param(param(
            "StartDate",
            ParamKind::String,
            "Only messages posted on or after this date and time.",
        ))
        .param(param(
            "EndDate",
            ParamKind::String,
            "Only messages posted on or before this date and time.",
        ))
        .param(param(
            "UserUri",
            ParamKind::String,
            "Only messages this user posted (SIP address).",
        ))
        .param(param(
            "Filter",
            ParamKind::String,
            "Only messages with these keywords (blank-separated), or this phrase with -MatchClause Exact.",
        ))
        .param(
            param(
                "MatchClause",
                ParamKind::Enum,
                "All keywords (default), any one (Or), or the exact phrase (Exact).",
            )
            .values(CLAUSES),
        )
        .param(param(
            "CaseSensitive",
            ParamKind::Bool,
            "Whether -Filter matches case (default $false).",
        ));
    signature.default_set = Some("Remove".into());
    CmdletSpec {
        name: "Remove-CsPersistentChatMessage",
        aliases: &[],
        synopsis: "Deletes a room's messages, or replaces their text, by date, author and keywords.",
        description: "Selects the room's messages posted from -StartDate to -EndDate (both \
            inclusive; message_range_empty when the start is later), by -UserUri, containing \
            -Filter's keywords (-MatchClause All, Or or Exact; case-insensitive unless \
            -CaseSensitive $true). -Remove deletes them; -ReplaceMessage replaces their text; \
            with neither, their text becomes a notice that an administrator replaced them. \
            Replaced messages have State Replaced. A run of history described by count is \
            taken whole or not at all. Nothing selected: no_messages_matched.",
        signature,
        examples: vec![
            example(
                "Remove everything a user posted in a room.",
                concat!(
                    sales_setup!(),
                    "Add-ChatMessage Deals -Author sip:ann@contoso.com -Text 'draft figures' -Posted 2013-03-01\n\
                     Add-ChatMessage Deals -Author sip:bob@contoso.com -Text 'thanks' -Posted 2013-03-02\n\
                     Remove-CsPersistentChatMessage -Identity pchat.contoso.com\\Deals -UserUri sip:ann@contoso.com -Remove\n\
                     (Get-ChatRoom Deals).Messages"
                ),
                Some("1\n"),
            ),
            example(
                "Replace the messages that mention a customer.",
                concat!(
                    sales_setup!(),
                    "Add-ChatMessage Deals -Author sip:ann@contoso.com -Text 'Fabrikam pays late' -Posted 2013-03-01\n\
                     Remove-CsPersistentChatMessage -Identity Deals -Filter fabrikam -ReplaceMessage '[removed]'\n\
                     (Get-ChatMessage Deals).Text"
                ),
                Some("[removed]\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_message)),
    }
}

fn run_remove_message(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let keywords = b
        .string("Filter")
        .filter(|f| !f.trim().is_empty())
        .map(|text| -> Result<Keywords, CommandError> {
            Ok(Keywords {
                text,
                clause: choice(b, "MatchClause", MatchClause::parse, MatchClause::ALL)?
                    .unwrap_or_default(),
                case_sensitive: flag(b, "CaseSensitive").unwrap_or(false),
            })
        })
        .transpose()?;
    let action = if b.switch("Remove") {
        MessageAction::Remove
    } else {
        MessageAction::Replace(b.string("ReplaceMessage"))
    };
    let req = RemoveMessages {
        room: required(b, "Identity")?,
        start: timestamp(b, "StartDate")?,
        end: timestamp(b, "EndDate")?,
        author: b.string("UserUri").filter(|u| !u.trim().is_empty()),
        keywords,
        action,
    };
    let change = Change::new(Kind::ChatRoom, req.room.clone());
    apply(host, b, out, change, |m, o| m.remove_messages(req, o))
}

/// A noted parameter of `Test-CsPersistentChatMessage` (synthetic transactions have no
/// effect in a rehearsal).
fn noted(name: &str, kind: ParamKind, alias: &str, description: &str) -> ParamSpec {
    let spec = param(name, kind, description).noted();
    if alias.is_empty() {
        spec
    } else {
        spec.aliases(&[alias])
    }
}

fn test_message() -> CmdletSpec {
    CmdletSpec {
        name: "Test-CsPersistentChatMessage",
        aliases: &[],
        synopsis: "Tells whether two users can exchange messages in Persistent Chat (an access query).",
        description: "A query, as Test-ChatAccess with the Lync 2013 client for the sender and \
            the receiver: both must reach the Persistent Chat pool (with -ChatRoomUri, join that \
            room). Without -ChatRoomUri the pool is -TargetFqdn when it names a Persistent Chat \
            pool, else the Persistent Chat pool homed on -TargetFqdn (by default the sender's \
            registrar pool). It returns {TargetFqdn, Result, Sender, Receiver, ChatPool, Room, \
            Error}: Result Success or Failure, Error the first denial as `<user>: \
            coexist::access::<reason>`. It reports no diagnostic; credentials and the other \
            monitoring parameters have no effect in a rehearsal.",
        signature: Signature::new()
            .param(param("TargetFqdn", ParamKind::String, "The registrar pool to test (or the Persistent Chat pool itself).").aliases(&["t"]).position(0))
            .param(param("SenderSipAddress", ParamKind::String, "The first test user.").aliases(&["sa"]))
            .param(param("ReceiverSipAddress", ParamKind::String, "The second test user.").aliases(&["ra"]))
            .param(param("ChatRoomUri", ParamKind::String, "The room the users meet in: pool\\name, or a bare name."))
            .param(force("Accepted; the test asks for nothing."))
            .param(noted("SenderCredential", ParamKind::Any, "sc", "The first test user's credentials.").sets(&["ClientPlatform"]))
            .param(noted("ReceiverCredential", ParamKind::Any, "rc", "The second test user's credentials.").sets(&["ClientPlatform"]))
            .param(noted("Authentication", ParamKind::String, "Ath", "The authentication the synthetic transaction uses."))
            .param(noted("OutLoggerVariable", ParamKind::String, "olv", "A variable for the detailed test log."))
            .param(noted("OutVerboseVariable", ParamKind::String, "ovv", "A variable for the verbose test output."))
            .param(noted("RegistrarPort", ParamKind::Int, "rp", "The registrar's SIP port."))
            .param(noted("Setup", ParamKind::Bool, "", "Prepares a watcher node."))
            .param(noted("TestUser1SipAddress", ParamKind::String, "", "The first test user of a watcher node."))
            .param(noted("TestUser2SipAddress", ParamKind::String, "", "The second test user of a watcher node.")),
        examples: vec![example(
            "Can Ann and Cat chat in Persistent Chat?",
            concat!(
                users_setup!(),
                "New-User sip:cat@contoso.com -Pool lync2013.contoso.com\n\
                 Set-PersistentChatPolicy Global -EnablePersistentChat $true\n\
                 (Test-CsPersistentChatMessage -TargetFqdn lync2013.contoso.com -SenderSipAddress sip:ann@contoso.com -ReceiverSipAddress sip:cat@contoso.com).Result"
            ),
            Some("Success\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_test_message)),
    }
}

fn run_test_message(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let sender = required(b, "SenderSipAddress")?;
    let receiver = required(b, "ReceiverSipAddress")?;
    let target_fqdn = b.string("TargetFqdn").filter(|t| !t.trim().is_empty());
    let room = b.string("ChatRoomUri").filter(|r| !r.trim().is_empty());
    let model = host.model();
    let target = match room {
        Some(room) => AccessTarget::Room(room),
        None => {
            let pool = serving_pool(model, target_fqdn.as_deref(), &sender)
                .map_err(|e| model_error(b, &[("Pool", "TargetFqdn")], e))?;
            match pool {
                Ok(pool) => AccessTarget::ChatPool(pool),
                Err(unserved) => {
                    let error = format!("no Persistent Chat pool serves {unserved}");
                    let (null, target) = (Value::Null, target_fqdn);
                    let failure = (target, "Failure", null.clone(), null, Some(error));
                    out.push(test_object(failure, &sender, &receiver));
                    return Ok(());
                }
            }
        }
    };
    let renames = [("Room", "ChatRoomUri"), ("User", "SenderSipAddress")];
    let sent = model
        .test_chat_access(&sender, Client::Lync2013, &target)
        .map_err(|e| model_error(b, &renames, e))?;
    let renames = [("Room", "ChatRoomUri"), ("User", "ReceiverSipAddress")];
    let received = model
        .test_chat_access(&receiver, Client::Lync2013, &target)
        .map_err(|e| model_error(b, &renames, e))?;
    out.push(result_value(target_fqdn, &sent, &received));
    Ok(())
}

/// The chat pool a test without `-ChatRoomUri` reaches: `target` itself when it is a chat
/// pool; else, for the registrar pool `target` (by default the sender's), its site's default
/// Persistent Chat pool, or the Persistent Chat pool homed on it. `Err` names the registrar
/// pool (or the sender without one) that no Persistent Chat pool serves.
fn serving_pool(
    model: &Model,
    target: Option<&str>,
    sender: &str,
) -> Result<Result<String, String>, ModelError> {
    if let Some(chat) = target.and_then(|t| model.chat_pools().get(t)) {
        return Ok(Ok(chat.fqdn.clone()));
    }
    let registrar = match target {
        Some(t) => model.find_pool(t, "Pool")?,
        None => {
            let user = model.find_user(sender, "User")?;
            match model.pools().get(&user.registrar_pool) {
                Some(pool) => pool,
                None => return Ok(Err(user.sip_address.clone())),
            }
        }
    };
    let site_default = model
        .sites()
        .get(&registrar.site)
        .and_then(|s| s.default_persistent_chat_pool.clone());
    let homed = || {
        model
            .chat_pools()
            .iter()
            .find(|c| {
                c.kind == ChatPoolKind::PersistentChat
                    && c.home_pool.eq_ignore_ascii_case(&registrar.fqdn)
            })
            .map(|c| c.fqdn.clone())
    };
    Ok(site_default.or_else(homed).ok_or(registrar.fqdn.clone()))
}

/// `{TargetFqdn, Result, Sender, Receiver, ChatPool, Room, Error}` of two access results.
fn result_value(target: Option<String>, sent: &AccessResult, received: &AccessResult) -> Value {
    let error = [sent, received].iter().find_map(|r| {
        r.reason
            .map(|reason| format!("{}: {}", r.user, reason.code()))
    });
    let result = if error.is_none() {
        "Success"
    } else {
        "Failure"
    };
    let chat_pool = Value::str(&sent.chat_pool);
    let room = sent.room.as_deref().map_or(Value::Null, Value::str);
    test_object(
        (target, result, chat_pool, room, error),
        &sent.user,
        &received.user,
    )
}

/// What a test found: target, result, chat pool, room and error.
type Verdict<'a> = (Option<String>, &'a str, Value, Value, Option<String>);

/// The output object of `Test-CsPersistentChatMessage`.
fn test_object(verdict: Verdict<'_>, sender: &str, receiver: &str) -> Value {
    let (target, result, chat_pool, room, error) = verdict;
    Value::object(
        PsObject::new("PersistentChatMessageTest")
            .with("TargetFqdn", target.map_or(Value::Null, Value::str))
            .with("Result", Value::str(result))
            .with("Sender", Value::str(sender))
            .with("Receiver", Value::str(receiver))
            .with("ChatPool", chat_pool)
            .with("Room", room)
            .with("Error", error.map_or(Value::Null, Value::str)),
    )
}
