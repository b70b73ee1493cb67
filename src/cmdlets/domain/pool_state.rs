//! A Persistent Chat pool's back-end state and active servers: `Get-/Set-CsPersistentChatState`
//! and `Set-CsPersistentChatActiveServer`. Their `-Identity` is `PersistentChatServer:<pool>`
//! (with or without `Service:`), the pool FQDN, or `Global`/nothing for the only Persistent Chat
//! pool.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::instance::{self, Shape};
use crate::cmdlets::domain::params::{example, force, param};
use crate::cmdlets::domain::run::{apply, choice, list_edit, Change, Ctx, Run};
use crate::cmdlets::domain::xds;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::value::Value;
use crate::model::objects::{Kind, PoolState};
use crate::model::pool_state::{state_identity, ActiveServersChange};
use crate::model::records::PersistentChatState;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![get_state(), set_state(), set_active_server()]
}

/// A Persistent Chat pool for the examples: two active computers and a standby one, with a
/// backup back end.
macro_rules! state_setup {
    () => {
        concat!(
            topology_setup!(),
            "New-ChatPool pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\\\fs01\\pchat \
             -Computers pc1.contoso.com, pc2.contoso.com, pc3.contoso.com -Servers 2 \
             -BackupBackEnd sqlbackup.contoso.com\\rtc\n"
        )
    };
}

/// The values of `-PoolState`.
const POOL_STATES: &[&str] = &["Normal", "FailedOver"];

/// `-Identity` of the pool-state cmdlets.
const IDENTITY: &str =
    "PersistentChatServer:<pool FQDN> (or the FQDN); default: the only Persistent Chat pool.";

fn get_state() -> CmdletSpec {
    CmdletSpec {
        name: "Get-CsPersistentChatState",
        aliases: &[],
        synopsis:
            "Returns whether each Persistent Chat pool runs on its primary or its backup back end.",
        description: "PoolState Normal: the pool uses its primary databases; FailedOver: its \
            backup ones (Set-CsPersistentChatState). -Filter matches the identity, \
            PersistentChatServer:<pool FQDN>.",
        signature: xds::signature(vec![
            xds::identity(IDENTITY),
            xds::filter("*.contoso.com"),
            xds::local_store(),
        ]),
        examples: vec![example(
            "Show the state of the pool.",
            concat!(
                state_setup!(),
                "Get-CsPersistentChatState | ForEach-Object { \"$($_.Identity) $($_.PoolState)\" }"
            ),
            Some("PersistentChatServer:pchat.contoso.com Normal\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_state)),
    }
}

fn run_get_state(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let model = host.model();
    xds::get_records(b, out, model.persistent_chat_states(), |id| {
        let chat = model.find_chat_service_by_identity(Some(id), "Get-CsPersistentChatState")?;
        Ok(state_identity(&chat.fqdn))
    })
}

fn set_state() -> CmdletSpec {
    CmdletSpec {
        name: "Set-CsPersistentChatState",
        aliases: &[],
        synopsis: "Fails a Persistent Chat pool over to its backup back end, or back.",
        description: "-PoolState FailedOver needs a backup back end (New-/Set-ChatPool \
            -BackupBackEnd); Normal returns to the primary one.",
        signature: xds::signature(vec![
            xds::identity(IDENTITY),
            xds::instance("The pool state"),
            param("PoolState", ParamKind::Enum, "Normal (primary back end) or FailedOver (backup back end).")
                .values(POOL_STATES),
            force("Suppresses confirmation prompts; no rule of this cmdlet needs it."),
        ]),
        examples: vec![example(
            "Fail the pool over.",
            concat!(
                state_setup!(),
                "Set-CsPersistentChatState -Identity PersistentChatServer:pchat.contoso.com -PoolState FailedOver\n\
                 (Get-ChatPool pchat.contoso.com).PoolState"
            ),
            Some("FailedOver\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_set_state)),
    }
}

fn run_set_state(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let merged = instance::merged(b, &Shape::of_record::<PersistentChatState>())?;
    let b = merged.as_ref().unwrap_or(b);
    let identity = xds::given_identity(b);
    let state = choice(b, "PoolState", PoolState::parse, PoolState::ALL)?;
    let change = Change::new(Kind::ChatPool, identity.clone().unwrap_or_default());
    apply(host, b, out, change, |m, o| {
        m.set_pool_state(identity.as_deref(), state, o)
    })
}

fn set_active_server() -> CmdletSpec {
    CmdletSpec {
        name: "Set-CsPersistentChatActiveServer",
        aliases: &[],
        synopsis: "Chooses which computers of a Persistent Chat pool accept new connections.",
        description: "-ActiveServers takes a list, @{Add=…; Remove=…} or $null (no active \
            server: no_active_servers); every entry must be a computer of the pool and at most \
            4 are active. -Swap makes the standby computers active and the active ones stand \
            by.",
        signature: Signature {
            params: vec![
                param("Identity", ParamKind::String, IDENTITY).position(0),
                param("ActiveServers", ParamKind::Any, "The active computers: a list, @{Add=…; Remove=…}, or $null.")
                    .mandatory()
                    .sets(&["Explicit"]),
                param("Swap", ParamKind::Switch, "Swaps the active and the standby computers.")
                    .mandatory()
                    .sets(&["Swap"]),
                force("Suppresses confirmation prompts; no rule of this cmdlet needs it."),
            ],
            default_set: None,
        },
        examples: vec![
            example(
                "Make the standby computer active too.",
                concat!(
                    state_setup!(),
                    "Set-CsPersistentChatActiveServer -Identity PersistentChatServer:pchat.contoso.com -ActiveServers @{Add='pc3.contoso.com'}\n\
                     (Get-ChatPool pchat.contoso.com).ActiveServers -join ', '"
                ),
                Some("pc1.contoso.com, pc2.contoso.com, pc3.contoso.com\n"),
            ),
            example(
                "Swap the active and the standby computers.",
                concat!(
                    state_setup!(),
                    "Set-CsPersistentChatActiveServer -Swap\n(Get-ChatPool pchat.contoso.com).ActiveServers"
                ),
                Some("pc3.contoso.com\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_set_active_server)),
    }
}

fn run_set_active_server(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let identity = xds::given_identity(b);
    let change = match list_edit(b, "ActiveServers")? {
        Some(edit) => ActiveServersChange::List(edit),
        None => ActiveServersChange::Swap,
    };
    let what_if = Change::new(Kind::ChatPool, identity.clone().unwrap_or_default());
    apply(host, b, out, what_if, |m, o| {
        m.set_active_servers(identity.as_deref(), change, o)
    })
}
