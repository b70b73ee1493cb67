//! Access queries: Test-ChatAccess and Get-AccessMatrix. Both change nothing and report no
//! diagnostic; a denial is a `coexist::access::…` reason in the output.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::params::{chat_pool, example, param};
use crate::cmdlets::domain::run::{choice, missing, model_error, required, Ctx, Run};
use crate::cmdlets::general::compare::{has_wildcard, wildcard_match};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::value::{PsObject, Value};
use crate::model::access::{AccessResult, AccessRow, AccessTarget};
use crate::model::objects::Client;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![test_chat_access(), get_access_matrix()]
}

const CLIENTS: &[&str] = &["GroupChatClient", "Lync2013"];

fn test_chat_access() -> CmdletSpec {
    let mut signature = Signature::new()
        .param(
            param(
                "User",
                ParamKind::String,
                "The user: SIP address or display name.",
            )
            .aliases(&["SipAddress"])
            .position(0)
            .from_pipeline()
            .from_pipeline_by_property_name(),
        )
        .param(
            param(
                "Client",
                ParamKind::Enum,
                "The client the user connects with (default Lync2013).",
            )
            .values(CLIENTS),
        )
        .param(chat_pool("The chat pool to reach.").sets(&["ChatPool"]))
        .param(
            param(
                "Room",
                ParamKind::String,
                "The room to join: pool\\name, or a bare name.",
            )
            .sets(&["Room"]),
        );
    signature.default_set = Some("ChatPool".into());
    CmdletSpec {
        name: "Test-ChatAccess",
        aliases: &[],
        synopsis: "Tells whether a user can reach a chat pool or join a room with a given client.",
        description: "A query: it returns {User, Client, ChatPool, Room, Allowed, Reason}, where \
            Reason is empty when allowed, else a coexist::access code (user_disabled, \
            legacy_pool_for_lync2013_client, user_not_on_lync2013, policy_disabled, \
            not_configured, not_a_member, room_disabled). It reports no diagnostic.",
        signature,
        examples: vec![example(
            "Can Ann use Persistent Chat from the Lync 2013 client?",
            concat!(
                users_setup!(),
                "(Test-ChatAccess -User sip:ann@contoso.com -Client Lync2013 -ChatPool pchat.contoso.com).Reason"
            ),
            Some("coexist::access::policy_disabled\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_test_chat_access)),
    }
}

fn run_test_chat_access(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let user = required(b, "User")?;
    let client = choice(b, "Client", Client::parse, Client::ALL)?.unwrap_or(Client::Lync2013);
    let target = match (b.string("ChatPool"), b.string("Room")) {
        (_, Some(room)) => AccessTarget::Room(room),
        (Some(pool), None) => AccessTarget::ChatPool(pool),
        (None, None) => return Err(missing(b, "ChatPool", "<chat pool FQDN> (or -Room <room>)")),
    };
    let result = host
        .model()
        .test_chat_access(&user, client, &target)
        .map_err(|e| model_error(b, &[], e))?;
    out.push(result_value(&result));
    Ok(())
}

/// `{User, Client, ChatPool, Room, Allowed, Reason}`.
fn result_value(r: &AccessResult) -> Value {
    Value::object(
        PsObject::new("ChatAccess")
            .with("User", Value::str(&r.user))
            .with("Client", Value::str(r.client.as_str()))
            .with("ChatPool", Value::str(&r.chat_pool))
            .with("Room", r.room.as_deref().map_or(Value::Null, Value::str))
            .with("Allowed", Value::Bool(r.allowed))
            .with("Reason", Value::str(r.reason.map_or("", |x| x.code()))),
    )
}

fn get_access_matrix() -> CmdletSpec {
    CmdletSpec {
        name: "Get-AccessMatrix",
        aliases: &[],
        synopsis:
            "Lists, per user and client, the chat pools the user can reach and why not the others.",
        description: "One row per user and client: {User, Client, ChatPools, Reasons}. -User \
            takes wildcards; without it every user is listed.",
        signature: Signature::new().param(
            param(
                "User",
                ParamKind::String,
                "The users to list: SIP address, display name or wildcard.",
            )
            .position(0),
        ),
        examples: vec![example(
            "Who can reach which pool?",
            concat!(users_setup!(), "@(Get-AccessMatrix).Count"),
            Some("4\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_access_matrix)),
    }
}

fn run_get_access_matrix(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let model = host.model();
    let rows: Vec<AccessRow> = match b.string("User").filter(|u| !u.is_empty()) {
        Some(pattern) if has_wildcard(&pattern) => model
            .users()
            .iter()
            .filter(|u| {
                wildcard_match(&pattern, &u.sip_address, false)
                    || wildcard_match(
                        &pattern,
                        &u.sip_address[4.min(u.sip_address.len())..],
                        false,
                    )
                    || wildcard_match(&pattern, &u.display_name, false)
            })
            .flat_map(|u| model.access_rows(&u.sip_address).unwrap_or_default())
            .collect(),
        Some(user) => model
            .access_rows(&user)
            .map_err(|e| model_error(b, &[], e))?,
        None => model.access_matrix(),
    };
    out.extend(rows.iter().map(row_value));
    Ok(())
}

/// `{User, Client, ChatPools, Reasons}`.
fn row_value(row: &AccessRow) -> Value {
    let strings = |items: Vec<String>| Value::array(items.into_iter().map(Value::str).collect());
    Value::object(
        PsObject::new("AccessRow")
            .with("User", Value::str(&row.user))
            .with("Client", Value::str(row.client.as_str()))
            .with("ChatPools", strings(row.chat_pools.clone()))
            .with(
                "Reasons",
                strings(row.reasons.iter().map(|r| r.code().to_string()).collect()),
            ),
    )
}
