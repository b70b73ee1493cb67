//! Migration cmdlets: Move-ChatData, Test-Decommission and Get-MigrationStatus.

use crate::cmdlets::command::{Bound, CommandError, Host, Warning};
use crate::cmdlets::domain::params::{chat_pool, example, param};
use crate::cmdlets::domain::run::{apply, model_error, required, Change, Ctx, Run};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::value::{PsObject, Value};
use crate::model::migration::{Blocker, MigrationStatus};
use crate::model::objects::{Kind, Version};

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        move_chat_data(),
        test_decommission(),
        get_migration_status(),
    ]
}

fn move_chat_data() -> CmdletSpec {
    CmdletSpec {
        name: "Move-ChatData",
        aliases: &[],
        synopsis: "Migrates a legacy Group Chat pool's categories, rooms and add-ins into a Persistent Chat pool.",
        description: "Both pools must be stopped (Stop-ChatPool) and in one forest; a legacy \
            pool migrates once. Nested categories are flattened (Sales_EMEA), disabled rooms are \
            left out, root-category managers become managers of every room under them, uploaded \
            files are not copied, and the source becomes Migrated. What the product does with the \
            data is reported as warnings.",
        signature: Signature::new()
            .param(param("Source", ParamKind::String, "The legacy Group Chat pool to migrate.").mandatory())
            .param(param("Target", ParamKind::String, "The Persistent Chat pool that receives the data.").mandatory()),
        examples: vec![example(
            "Migrate the Lync 2010 Group Chat pool.",
            concat!(
                users_setup!(),
                "Stop-ChatPool gc.contoso.com; Stop-ChatPool pchat.contoso.com\n\
                 Move-ChatData -Source gc.contoso.com -Target pchat.contoso.com\n\
                 Start-ChatPool pchat.contoso.com"
            ),
            None,
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_move_chat_data)),
    }
}

fn run_move_chat_data(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let (source, target) = (required(b, "Source")?, required(b, "Target")?);
    let change = Change::new(Kind::ChatPool, target.clone());
    apply(host, b, out, change, |m, o| {
        m.move_chat_data(&source, &target, o)
    })
}

fn test_decommission() -> CmdletSpec {
    CmdletSpec {
        name: "Test-Decommission",
        aliases: &[],
        synopsis: "Lists what still blocks decommissioning the legacy chat pools (nothing when they can go).",
        description: "A query: one object per blocker (data not migrated, a legacy client still \
            configured for the pool, or a target pool without a Persistent Chat endpoint), and \
            no diagnostic, so `if (Test-Decommission) { exit 1 }` gates a pipeline.",
        signature: Signature::new().param(
            chat_pool("The legacy chat pool to test (default: every legacy pool).").position(0),
        ),
        examples: vec![example(
            "Nothing blocks a deployment without legacy pools.",
            "@(Test-Decommission).Count",
            Some("0\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_test_decommission)),
    }
}

fn run_test_decommission(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let pool = b.string("ChatPool").filter(|p| !p.is_empty());
    let blockers = host
        .model()
        .test_decommission(pool.as_deref())
        .map_err(|e| model_error(b, &[], e))?;
    out.extend(blockers.iter().map(blocker_value));
    Ok(())
}

/// A blocker as an object: `ChatPool, Code, Object, Description`.
fn blocker_value(blocker: &Blocker) -> Value {
    Value::object(
        PsObject::new("DecommissionBlocker")
            .with("ChatPool", Value::str(&blocker.chat_pool))
            .with("Code", Value::str(blocker.code()))
            .with("Object", Value::str(&blocker.object))
            .with("Description", Value::str(blocker.description())),
    )
}

fn get_migration_status() -> CmdletSpec {
    CmdletSpec {
        name: "Get-MigrationStatus",
        aliases: &[],
        synopsis: "Summarises the migration: pools by version, users per pool, chat data migrated, blockers.",
        description: "Returns one object. Persistent Chat pools beyond their documented capacity \
            are reported with pool_capacity warnings while that holds.",
        signature: Signature::new(),
        examples: vec![example(
            "How many Lync 2013 pools are there?",
            "(Get-MigrationStatus).Lync2013Pools",
            Some("0\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_migration_status)),
    }
}

fn run_get_migration_status(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let (status, warnings) = host.model().migration_status();
    for warning in warnings {
        host.warn(Warning::Model {
            warning,
            span: b.command_span,
        });
    }
    out.push(status_value(&status));
    Ok(())
}

/// The status object: pool counts per version, users on legacy and Lync 2013 pools, users per
/// pool, chat pools with their state, legacy pools migrated, and the blockers.
fn status_value(status: &MigrationStatus) -> Value {
    let pools = |v: Version| {
        status
            .pools_by_version
            .iter()
            .find(|(version, _)| *version == v)
            .map_or(0, |(_, n)| *n)
    };
    let users = |legacy: bool| -> usize {
        status
            .users_per_pool
            .iter()
            .filter(|(_, v, _)| v.is_legacy() == legacy)
            .map(|(_, _, n)| n)
            .sum()
    };
    let strings = |items: Vec<String>| Value::array(items.into_iter().map(Value::str).collect());
    let chat_pools = status
        .chat_pools
        .iter()
        .map(|c| match &c.migrated_into {
            Some(into) => format!("{} ({}, {}, into {into})", c.fqdn, c.kind, c.state),
            None => format!("{} ({}, {})", c.fqdn, c.kind, c.state),
        })
        .collect();
    let migrated = status
        .chat_pools
        .iter()
        .filter(|c| c.migrated_into.is_some())
        .map(|c| c.fqdn.clone())
        .collect();
    let int = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let mut obj = PsObject::new("MigrationStatus")
        .with("Ocs2007R2Pools", int(pools(Version::Ocs2007R2)))
        .with("Lync2010Pools", int(pools(Version::Lync2010)))
        .with("Lync2013Pools", int(pools(Version::Lync2013)))
        .with("UsersOnLegacyPools", int(users(true)))
        .with("UsersOnLync2013", int(users(false)))
        .with(
            "UsersPerPool",
            strings(
                status
                    .users_per_pool
                    .iter()
                    .map(|(pool, _, n)| format!("{pool}: {n}"))
                    .collect(),
            ),
        )
        .with("ChatPools", strings(chat_pools))
        .with("MigratedChatPools", strings(migrated))
        .with(
            "Blockers",
            strings(
                status
                    .blockers
                    .iter()
                    .map(|bl| format!("{}: {}", bl.chat_pool, bl.description()))
                    .collect(),
            ),
        );
    obj.default_display = 0;
    Value::object(obj)
}
