//! Property tests over random sequences of valid and invalid commands, run one command per
//! source in a session as the REPL runs its entries:
//!
//! - a rejected command leaves the model exactly as it was;
//! - a dry run (`coexist plan`, `run --dry-run`) never changes the state file;
//! - save → load is the identity (same file text, same answers to queries);
//! - the plan of a run, applied to the model before it, gives the model after it;
//! - rule checks and queries never panic on any model the commands can build.
//!
//! Every sequence starts from the Group Chat 2010 deployment of part 1 of
//! `scripts/migrate-groupchat2010.ps1` (the fuzz targets' seed), and names come from small
//! pools holding its objects and a few new ones, so commands often meet existing objects
//! and often break a rule. Case counts are kept small: `cargo test` runs them every time.

use coexist::diag::ErrorFormat;
use coexist::model::diff::{diff, Change, PlanItem};
use coexist::model::Model;
use coexist::output::OutputFormat;
use coexist::session::{Session, Settings};
use coexist::state;
use proptest::prelude::*;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// An output sink the test can read back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

fn session(model: Model, stdout: Captured) -> Session {
    let settings = Settings {
        error_format: ErrorFormat::Json,
        output_format: OutputFormat::Json,
        width: 100,
        dry_run: false,
        timeout: None,
    };
    Session::new(model, settings, Box::new(stdout), Box::new(std::io::sink()))
}

/// The deployment every sequence starts from.
fn seed() -> Model {
    coexist::fuzz::seed_model().clone()
}

fn one_of(names: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    prop::sample::select(names)
}

const SITES: &[&str] = &["Redmond", "Dublin", "Tokyo"];
const POOLS: &[&str] = &[
    "lync2010.contoso.com",
    "lync2013.contoso.com",
    "dub2013.contoso.com",
    "tokyo.contoso.com",
];
const VERSIONS: &[&str] = &["Lync2010", "Lync2013", "Ocs2007R2"];
const USERS: &[&str] = &[
    "sip:user1@contoso.com",
    "sip:user2@contoso.com",
    "sip:user3@contoso.com",
    "sip:ann@contoso.com",
];
const CHAT_POOLS: &[&str] = &["gc2010.contoso.com", "pchat.contoso.com"];
const KINDS: &[&str] = &["GroupChat2010", "PersistentChat"];
const CATEGORIES: &[&str] = &["Sales", "Engineering", "Ops"];
const ROOMS: &[&str] = &["SalesTeam", "AllHands", "BuildBreaks", "Standup"];
const POLICIES: &[&str] = &["Pilot", "site:Redmond", "Global"];
const BOOLS: &[&str] = &["$true", "$false"];

/// One command: mostly the model's cmdlets with names from the pools, some of them
/// malformed, and the queries that run rule checks.
fn command() -> impl Strategy<Value = String> {
    let changes = prop_oneof![
        one_of(SITES).prop_map(|s| format!("New-Site -Identity {s}")),
        one_of(SITES).prop_map(|s| format!("Remove-Site -Identity {s}")),
        (one_of(POOLS), one_of(VERSIONS), one_of(SITES))
            .prop_map(|(p, v, s)| format!("New-Pool -Fqdn {p} -Version {v} -Site {s}")),
        one_of(POOLS).prop_map(|p| format!("Remove-Pool -Identity {p}")),
        (one_of(USERS), one_of(POOLS))
            .prop_map(|(u, p)| format!("New-User -Identity {u} -Pool {p}")),
        (one_of(USERS), one_of(POOLS))
            .prop_map(|(u, p)| format!("Move-User -Identity {u} -Target {p}")),
        one_of(USERS).prop_map(|u| format!("Remove-User -Identity {u}")),
        (one_of(USERS), one_of(CHAT_POOLS))
            .prop_map(|(u, c)| format!("Set-User -Identity {u} -GroupChatPool {c}")),
        (one_of(CHAT_POOLS), one_of(POOLS), one_of(KINDS)).prop_map(|(c, p, k)| format!(
            "New-ChatPool -Fqdn {c} -HomePool {p} -Kind {k} -FileStore \\\\fs01\\{k}"
        )),
        one_of(CHAT_POOLS).prop_map(|c| format!("Stop-ChatPool -Identity {c}")),
        one_of(CHAT_POOLS).prop_map(|c| format!("Start-ChatPool -Identity {c}")),
        (one_of(CHAT_POOLS), one_of(BOOLS))
            .prop_map(|(c, f)| format!("Remove-ChatPool -Identity {c} -Force:{f}")),
    ];
    let content = prop_oneof![
        (one_of(CATEGORIES), one_of(CHAT_POOLS), one_of(USERS)).prop_map(|(n, c, u)| format!(
            "New-ChatCategory -Name {n} -ChatPool {c} -AllowedMembers {u}"
        )),
        (one_of(CHAT_POOLS), one_of(CATEGORIES))
            .prop_map(|(c, n)| format!("Remove-ChatCategory -Identity {c}\\{n}")),
        (one_of(ROOMS), one_of(CHAT_POOLS), one_of(CATEGORIES))
            .prop_map(|(r, c, n)| format!("New-ChatRoom -Name {r} -Category {c}\\{n}")),
        (one_of(CHAT_POOLS), one_of(ROOMS), one_of(USERS))
            .prop_map(|(c, r, u)| format!("Set-ChatRoom -Identity {c}\\{r} -Members {u}")),
        (one_of(CHAT_POOLS), one_of(ROOMS))
            .prop_map(|(c, r)| format!("Remove-ChatRoom -Identity {c}\\{r}")),
        (one_of(CHAT_POOLS), one_of(CHAT_POOLS))
            .prop_map(|(s, t)| format!("Move-ChatData -Source {s} -Target {t}")),
        (one_of(POLICIES), one_of(BOOLS)).prop_map(|(p, b)| format!(
            "New-PersistentChatPolicy -Identity {p} -EnablePersistentChat {b}"
        )),
        (one_of(USERS), one_of(POLICIES))
            .prop_map(|(u, p)| format!("Grant-PersistentChatPolicy -Identity {u} -PolicyName {p}")),
        one_of(POLICIES).prop_map(|p| format!("Remove-PersistentChatPolicy -Identity {p}")),
    ];
    let broken_and_queries = prop_oneof![
        Just("New-Site".to_string()),
        one_of(SITES)
            .prop_map(|s| format!("New-Pool -Fqdn x.contoso.com -Version Lync2099 -Site {s}")),
        one_of(USERS).prop_map(|u| format!("Move-User -Identity {u} -Target")),
        Just("Remove-Pool -Bogus 1".to_string()),
        Just("New-User -Identity 'not a sip address' -Pool lync2013.contoso.com".to_string()),
        Just("Get-MigrationStatus".to_string()),
        Just("Get-AccessMatrix".to_string()),
        one_of(CHAT_POOLS).prop_map(|c| format!("Test-Decommission -ChatPool {c}")),
        one_of(USERS).prop_map(|u| format!("Test-ChatAccess -User {u}")),
    ];
    prop_oneof![4 => changes, 3 => content, 1 => broken_and_queries]
}

fn commands(max: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(command(), 1..max)
}

/// Runs `commands` one per source over `model`, checking after each that a rejected command
/// changed nothing and that the rule checks run; returns the final model.
fn run_checked(model: Model, commands: &[String]) -> Result<Model, TestCaseError> {
    let mut session = session(model, Captured::default());
    for (i, command) in commands.iter().enumerate() {
        let before = session.model().clone();
        let outcome = session.run_source(&format!("<cmd:{i}>"), command);
        if outcome.errors > 0 {
            prop_assert!(
                *session.model() == before,
                "rejected command {i} `{command}` changed the model"
            );
        }
        // The rule checks behind the queries, on whatever model this is.
        let model = session.model();
        model.migration_status();
        model.access_matrix();
        let _ = model.test_decommission(None);
    }
    Ok(session.into_model())
}

/// What a fixed set of queries prints about a model (its objects and rule checks).
fn answers(model: Model) -> String {
    let out = Captured::default();
    let mut session = session(model, out.clone());
    session.run_source(
        "queries.ps1",
        "Get-Site; Get-Pool; Get-ChatPool; Get-User; Get-ChatCategory; Get-ChatRoom\n\
         Get-PersistentChatPolicy; Get-MigrationStatus; Get-AccessMatrix\n\
         Test-Decommission -ChatPool gc2010.contoso.com\n",
    );
    out.text()
}

/// The JSON key holding a kind's objects in a state file.
fn json_key(kind: &str) -> &'static str {
    match kind {
        "Site" => "Sites",
        "Pool" => "Pools",
        "ChatPool" => "ChatPools",
        "ChatEndpoint" => "ChatEndpoints",
        "FederatedDomain" => "FederatedDomains",
        "PersistentChatPolicy" => "Policies",
        "User" => "Users",
        "ChatCategory" => "Categories",
        "ChatRoom" => "Rooms",
        "ChatAddin" => "Addins",
        "PersistentChatConfiguration" => "ChatConfigurations",
        "PersistentChatComplianceConfiguration" => "ComplianceConfigurations",
        "ChatMessage" => "Messages",
        "ADAccount" => "AdAccounts",
        "ADOrganizationalUnit" => "AdOrganizationalUnits",
        "ADGroup" => "AdGroups",
        other => panic!("a new kind of object, {other}: add its state-file key here"),
    }
}

/// The identity of a serialized object: its first field (`Identity`, `Fqdn`, `SipAddress`).
fn identity_of(object: &serde_json::Value) -> String {
    object
        .as_object()
        .and_then(|o| o.values().next())
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_lowercase()
}

/// A model's objects as sets: each kind's list sorted by identity. The plan is a set
/// difference; the order objects were created in (which `Get-User` lists) is not in it, and
/// an object removed and created again moves to the end.
fn as_sets(model: &Model) -> serde_json::Value {
    let mut value = serde_json::to_value(model).unwrap();
    if let Some(kinds) = value.as_object_mut() {
        for list in kinds.values_mut() {
            if let Some(list) = list.as_array_mut() {
                list.sort_by_key(identity_of);
            }
        }
    }
    value
}

/// Applies `plan` to `before`. The plan names objects but does not carry them (an add is
/// `+ Site Dublin`, a change lists display strings), so the objects it adds or changes are
/// taken from `after`, and nothing else is: `apply(before, diff(before, after), after) ==
/// after` holds exactly when the plan names every object that differs. Together with
/// [`check_items`] (each named object really differs as the item says) that is the property
/// "the plan of before/after, applied to before, gives after" (as sets of objects).
fn apply(before: &Model, plan: &[PlanItem], after: &Model) -> serde_json::Value {
    let mut patched: serde_json::Value = serde_json::to_value(before).unwrap();
    let source: serde_json::Value = serde_json::to_value(after).unwrap();
    for item in plan {
        let key = json_key(&item.kind.to_string());
        let id = item.identity.to_lowercase();
        let list = patched[key].as_array_mut().expect("a list of objects");
        let at = list.iter().position(|o| identity_of(o) == id);
        let new = source[key]
            .as_array()
            .and_then(|l| l.iter().find(|o| identity_of(o) == id))
            .cloned();
        match (&item.change, at, new) {
            (Change::Remove, Some(i), _) => {
                list.remove(i);
            }
            (Change::Add, None, Some(new)) => list.push(new),
            (Change::Change(_), Some(i), Some(new)) => list[i] = new,
            _ => panic!("plan item `{item}` does not match the models"),
        }
    }
    let patched: Model = serde_json::from_value(patched).unwrap();
    as_sets(&patched)
}

/// Each plan item is a real difference: an add is new, a removal is gone, a change lists
/// exactly the properties whose values differ.
fn check_items(before: &Model, plan: &[PlanItem], after: &Model) -> Result<(), TestCaseError> {
    let (b, a) = (
        serde_json::to_value(before).unwrap(),
        serde_json::to_value(after).unwrap(),
    );
    for item in plan {
        let key = json_key(&item.kind.to_string());
        let id = item.identity.to_lowercase();
        let find = |m: &serde_json::Value| {
            m[key]
                .as_array()
                .and_then(|l| l.iter().find(|o| identity_of(o) == id))
                .cloned()
        };
        match (&item.change, find(&b), find(&a)) {
            (Change::Add, None, Some(_)) | (Change::Remove, Some(_), None) => {}
            (Change::Change(props), Some(old), Some(new)) => {
                prop_assert!(!props.is_empty(), "`{item}` lists no property");
                prop_assert!(old != new, "`{item}` names an unchanged object");
                for (name, from, to) in props {
                    prop_assert!(from != to, "`{item}`: {name} did not change");
                }
            }
            _ => prop_assert!(false, "plan item `{item}` does not match the models"),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn rejected_commands_change_nothing_and_rule_checks_never_panic(cmds in commands(30)) {
        run_checked(seed(), &cmds)?;
    }

    #[test]
    fn save_then_load_is_the_identity(cmds in commands(30)) {
        let model = run_checked(seed(), &cmds)?;
        let text = state::to_text(&model);
        let loaded = state::parse(std::path::Path::new("prod.json"), &text)
            .map_err(|e| TestCaseError::fail(format!("a saved model does not load: {e}")))?;
        prop_assert_eq!(state::to_text(&loaded), text);
        prop_assert_eq!(answers(loaded), answers(model));
    }

    #[test]
    fn the_plan_applied_to_before_gives_after(
        setup in commands(20),
        run in commands(20),
    ) {
        let before = run_checked(seed(), &setup)?;
        let after = run_checked(before.clone(), &run)?;
        let plan = diff(&before, &after);
        check_items(&before, &plan, &after)?;
        prop_assert_eq!(apply(&before, &plan, &after), as_sets(&after));
        prop_assert_eq!(plan.is_empty(), as_sets(&before) == as_sets(&after));
    }
}

proptest! {
    // Each case starts the binary twice.
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn a_dry_run_never_changes_the_state_file(setup in commands(15), run in commands(15)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("prod.json");
        let model = run_checked(seed(), &setup)?;
        state::save(&path, &model).unwrap();
        let before = std::fs::read(&path).unwrap();
        std::fs::write(dir.path().join("run.ps1"), run.join("\n")).unwrap();
        for args in [
            &["plan", "run.ps1", "--state", "prod.json"][..],
            &["run", "run.ps1", "--state", "prod.json", "--dry-run"][..],
        ] {
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_coexist"))
                .current_dir(dir.path())
                .args(args)
                .output()
                .unwrap();
            prop_assert!(matches!(output.status.code(), Some(0 | 1)), "{:?}", output.status);
            prop_assert!(String::from_utf8_lossy(&output.stdout).contains("Plan: ")
                || String::from_utf8_lossy(&output.stdout).contains("No changes."));
            prop_assert_eq!(&std::fs::read(&path).unwrap(), &before);
            let mut names: Vec<String> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            prop_assert_eq!(names, vec!["prod.json".to_string(), "run.ps1".to_string()]);
        }
    }
}
