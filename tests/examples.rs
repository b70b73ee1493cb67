//! The example scripts in `scripts/` as tests: each one's exit code, and the facts the examples
//! exist to show — the migrations end with exactly one chat pool, a Persistent Chat pool; the
//! typical-mistakes script reports at least eight different diagnostics and keeps going; the
//! access check names who loses chat. (`tests/e2e.rs` snapshots the full transcripts.)

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What one `coexist` run produced.
struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `coexist run <args…>` from the repository root, feeding `stdin` when given.
fn coexist(args: &[&str], stdin: Option<&str>) -> Outcome {
    let mut cmd = Command::cargo_bin("coexist").expect("the coexist binary is built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .arg("run")
        .args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let output = cmd.output().expect("coexist runs");
    Outcome {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The path of an example script, relative to the repository root.
fn script(name: &str) -> String {
    format!("scripts/{name}")
}

/// Parses `--format json` / `--error-format json` output: one JSON object per non-empty line.
fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Runs `name` with a fresh state file, asserts exit 0, and returns the state file's path (in
/// `dir`) for queries against the model the script left behind.
fn run_with_state(name: &str, dir: &Path) -> PathBuf {
    let state = dir.join("state.json");
    let state_arg = state.to_string_lossy().into_owned();
    let out = coexist(&["--state", &state_arg, &script(name)], None);
    assert_eq!(out.code, Some(0), "{name} failed:\n{}", out.stderr);
    assert!(state.exists(), "{name} wrote no state file");
    state
}

/// Runs a one-line query against a state file and returns its output objects.
fn query(state: &Path, statement: &str) -> Vec<Value> {
    let state_arg = state.to_string_lossy().into_owned();
    let out = coexist(
        &["--state", &state_arg, "--format", "json", "-"],
        Some(statement),
    );
    assert_eq!(out.code, Some(0), "{statement} failed:\n{}", out.stderr);
    json_lines(&out.stdout)
}

/// Asserts the model left by a migration has exactly one chat pool, a running Persistent Chat
/// pool, and no legacy registrar pool.
fn assert_only_persistent_chat_left(state: &Path) {
    let pools = query(state, "Get-ChatPool");
    assert_eq!(pools.len(), 1, "expected exactly one chat pool: {pools:?}");
    assert_eq!(pools[0]["Kind"], "PersistentChat");
    assert_eq!(pools[0]["State"], "Running");
    let versions: Vec<Value> = query(state, "Get-Pool")
        .into_iter()
        .map(|p| p["Version"].clone())
        .collect();
    assert!(
        versions.iter().all(|v| v == "Lync2013"),
        "legacy registrar pools remain: {versions:?}"
    );
}

/// The distinct diagnostic codes of an `--error-format json` stderr, by severity.
fn codes(stderr: &str, severity: &str) -> BTreeSet<String> {
    json_lines(stderr)
        .into_iter()
        .filter(|d| d["severity"] == severity)
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn groupchat2010_migration_ends_with_only_persistent_chat() {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = run_with_state("migrate-groupchat2010.ps1", dir.path());
    assert_only_persistent_chat_left(&state);
    let users = query(&state, "Get-User");
    assert_eq!(users.len(), 60);
    assert!(users
        .iter()
        .all(|u| u["RegistrarPool"] == "lync2013.contoso.com"));
}

#[test]
fn ocs2007r2_migration_ends_with_only_persistent_chat() {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = run_with_state("migrate-ocs2007r2.ps1", dir.path());
    assert_only_persistent_chat_left(&state);
}

#[test]
fn ocs2007r2_migration_flattens_nested_categories_and_skips_the_disabled_room() {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = run_with_state("migrate-ocs2007r2.ps1", dir.path());
    let names = |statement: &str| -> Vec<String> {
        query(&state, statement)
            .iter()
            .filter_map(|o| o["Name"].as_str().map(str::to_string))
            .collect()
    };
    assert_eq!(
        names("Get-ChatCategory -ChatPool pchat.contoso.com"),
        ["Sales", "Sales_EMEA", "Sales_EMEA_Deals", "Social"]
    );
    let rooms = names("Get-ChatRoom -ChatPool pchat.contoso.com");
    assert!(
        rooms.contains(&"Sales_EMEA_Deals_BigDeal".to_string()),
        "{rooms:?}"
    );
    assert!(!rooms.iter().any(|r| r.contains("OldQuarter")), "{rooms:?}");
    let deal = query(
        &state,
        r"Get-ChatRoom -Identity pchat.contoso.com\Sales_EMEA_Deals_BigDeal",
    );
    assert_eq!(
        deal[0]["Invitations"], "False",
        "invitations reset on import"
    );
    let managers = deal[0]["Managers"].to_string();
    assert!(
        managers.contains("sip:ann@contoso.com"),
        "root managers: {managers}"
    );
}

#[test]
fn ocs2007r2_migration_warns_as_the_model_says() {
    let out = coexist(
        &["--error-format", "json", &script("migrate-ocs2007r2.ps1")],
        None,
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let warnings = codes(&out.stderr, "warning");
    for code in [
        "invitations_reset_on_import",
        "root_managers_to_all_rooms",
        "federated_principals_disabled",
        "files_not_migrated",
    ] {
        let full = format!("coexist::model::{code}");
        assert!(warnings.contains(&full), "no {full} in {warnings:?}");
    }
    assert!(codes(&out.stderr, "error").is_empty(), "{}", out.stderr);
}

#[test]
fn typical_mistakes_shows_at_least_eight_distinct_diagnostics_and_goes_on() {
    let out = coexist(
        &["--error-format", "json", &script("typical-mistakes.ps1")],
        None,
    );
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let errors = codes(&out.stderr, "error");
    assert!(
        errors.len() >= 8,
        "only {} distinct error codes: {errors:?}",
        errors.len()
    );
    for code in [
        "coexist::model::home_pool_version",
        "coexist::model::unknown_chat_pool",
        "coexist::model::use_move_legacy_user",
        "coexist::model::presenter_not_member",
        "coexist::model::migration_source_running",
        "coexist::model::grant_needs_tag_policy",
        "coexist::model::decommission_blocked",
        "coexist::model::pool_in_use",
        "coexist::bind::unknown_parameter",
        "coexist::bind::invalid_value",
    ] {
        assert!(errors.contains(code), "no {code} in {errors:?}");
    }
    // Errors are non-terminating: the last statement still ran and printed its status.
    assert!(
        out.stdout.contains("Users still on legacy pools: 5"),
        "{}",
        out.stdout
    );
}

#[test]
fn typical_mistakes_writes_no_state() {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = dir.path().join("state.json");
    let state_arg = state.to_string_lossy().into_owned();
    let out = coexist(
        &["--state", &state_arg, &script("typical-mistakes.ps1")],
        None,
    );
    assert_eq!(out.code, Some(1));
    assert!(
        !state.exists(),
        "a run with errors must not write the state file"
    );
}

#[test]
fn access_check_names_who_loses_chat() {
    let out = coexist(&[&script("access-check.ps1")], None);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let losers: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains(" loses chat: "))
        .collect();
    assert_eq!(
        losers,
        ["sip:bob@contoso.com loses chat: coexist::access::policy_disabled"]
    );
    assert!(
        out.stdout
            .contains("With a Dublin site policy, users who lose chat: 0"),
        "{}",
        out.stdout
    );
}

/// Replaces the fenced block that follows `marker` in `docs` with `body`.
fn replace_block(docs: &str, marker: &str, body: &str) -> String {
    let start = docs.find(marker).expect("the docs have the marker") + marker.len();
    let end = start + docs[start..].find("```\n").expect("the block is closed");
    format!("{}{body}{}", &docs[..start], &docs[end..])
}

#[test]
fn docs_show_the_current_typical_mistakes_transcript() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read =
        |p: &str| std::fs::read_to_string(root.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let snapshot = read("tests/snapshots/e2e__example_scripts@typical-mistakes.ps1.snap");
    let docs = read("docs/examples.md");
    let (_, transcript) = snapshot
        .split_once("--- stdout\n")
        .expect("the snapshot has a stdout section");
    let (stdout, stderr) = transcript
        .split_once("--- stderr\n")
        .expect("the snapshot has a stderr section");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let docs = replace_block(&docs, "Exit code 1; stdout:\n\n```text\n", stdout);
        let docs = replace_block(&docs, "stderr:\n\n```text\n", stderr);
        std::fs::write(root.join("docs/examples.md"), docs).unwrap();
        return;
    }
    for (name, part) in [("stdout", stdout), ("stderr", stderr)] {
        assert!(
            docs.contains(&format!("```text\n{part}```")),
            "docs/examples.md does not show the current {name} of typical-mistakes.ps1; \
             regenerate it with `UPDATE_DOCS=1 cargo test --test examples`"
        );
    }
}

#[test]
fn readme_excerpt_of_typical_mistakes_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let snapshot = std::fs::read_to_string(
        root.join("tests/snapshots/e2e__example_scripts@typical-mistakes.ps1.snap"),
    )
    .unwrap();
    let marker = "`NO_COLOR=1 coexist run scripts/typical-mistakes.ps1` begins:\n\n```text\n";
    let start = readme
        .find(marker)
        .expect("README shows the typical mistakes")
        + marker.len();
    let excerpt = &readme[start..start + readme[start..].find("```\n").unwrap()];
    assert!(
        excerpt.lines().count() > 20,
        "the excerpt shows several diagnostics"
    );
    assert!(
        snapshot.contains(excerpt),
        "README.md's excerpt of typical-mistakes.ps1 no longer matches its output; copy it again from the snapshot"
    );
}
