//! Every model rule has its end-to-end script, and that script's snapshot shows the rule firing.
//!
//! For each code `coexist::model::<name>` of [`coexist::model::rules::rules`] there must be
//! `tests/scripts/run/rules/<name>.ps1`, starting with a `# <name>: …` comment, whose snapshot
//! (written by `tests/e2e.rs`) reports that code exactly once, and no other diagnostic, with the
//! rule's severity and the matching exit code. A missing, renamed or mis-aimed script therefore fails the build. The
//! `coexist::access::…` reasons of `Test-ChatAccess` are covered by `access_reasons.ps1`.

use coexist::model::rules::{rules, Severity, ACCESS_CODES};
use std::path::{Path, PathBuf};

const PREFIX: &str = "coexist::model::";

/// The directory holding one script per rule.
fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts/run/rules")
}

/// The insta snapshot `tests/e2e.rs` writes for `tests/scripts/run/rules/<stem>.ps1`.
fn snapshot_path(stem: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("e2e__run_scripts@rules__{stem}.ps1.snap"))
}

/// The rule's name without the `coexist::model::` prefix.
fn short(code: &str) -> &str {
    code.strip_prefix(PREFIX).unwrap_or(code)
}

/// How many diagnostics headed `<kind>: <code>` the transcript holds (the code must end there, so
/// `unknown_pool` does not count `unknown_pool_x`).
fn count_reports(snapshot: &str, kind: &str, code: &str) -> usize {
    let head = format!("{kind}: {code}");
    snapshot
        .lines()
        .filter(|line| line.trim_end() == head)
        .count()
}

/// Checks one rule's script and snapshot; returns what is wrong, if anything.
fn check_rule(code: &str, severity: Severity) -> Vec<String> {
    let name = short(code);
    let script = scripts_dir().join(format!("{name}.ps1"));
    let Ok(text) = std::fs::read_to_string(&script) else {
        return vec![format!("{code}: no script {}", script.display())];
    };
    let mut problems = Vec::new();
    let first = text.lines().next().unwrap_or_default();
    if !first.starts_with(&format!("# {name}: ")) {
        problems.push(format!(
            "{code}: {name}.ps1 must start with `# {name}: <the rule in one sentence>`"
        ));
    }
    let lines = text.lines().count();
    if !(5..=25).contains(&lines) {
        problems.push(format!("{code}: {name}.ps1 has {lines} lines, not 5 to 25"));
    }
    let snap_path = snapshot_path(name);
    let Ok(snapshot) = std::fs::read_to_string(&snap_path) else {
        problems.push(format!(
            "{code}: no snapshot {} (run `INSTA_UPDATE=always cargo test --test e2e run_scripts`)",
            snap_path.display()
        ));
        return problems;
    };
    let (kind, exit, summary) = match severity {
        Severity::Error => ("Error", "exit: 1", "1 error, 0 warnings"),
        Severity::Warning => ("Warning", "exit: 0", "0 errors, 1 warning"),
    };
    let reports = count_reports(&snapshot, kind, code);
    if reports != 1 {
        problems.push(format!(
            "{code}: the snapshot reports `{kind}: {code}` {reports} times, not once"
        ));
    }
    if !snapshot.lines().any(|l| l == exit) {
        problems.push(format!("{code}: the snapshot does not show `{exit}`"));
    }
    if !snapshot
        .lines()
        .any(|l| l.ends_with(&format!("{name}.ps1: {summary}")))
    {
        problems.push(format!(
            "{code}: the run must report exactly one diagnostic in all (`{summary}`)"
        ));
    }
    if snapshot.contains("panicked") {
        problems.push(format!("{code}: the snapshot shows a panic"));
    }
    problems
}

#[test]
fn every_rule_has_a_script_whose_snapshot_reports_it() {
    let problems: Vec<String> = rules()
        .iter()
        .flat_map(|rule| check_rule(rule.code, rule.severity))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_script_in_rules_belongs_to_a_rule() {
    let mut stray = Vec::new();
    for entry in std::fs::read_dir(scripts_dir()).expect("tests/scripts/run/rules exists") {
        let path = entry.expect("a directory entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let known = stem == "access_reasons" || rules().iter().any(|r| short(r.code) == stem);
        if !known {
            stray.push(path.display().to_string());
        }
    }
    assert!(
        stray.is_empty(),
        "scripts naming no rule of rules(): {stray:?}"
    );
}

#[test]
fn access_reasons_script_shows_every_reason_and_no_diagnostic() {
    let snapshot = std::fs::read_to_string(snapshot_path("access_reasons"))
        .expect("the access_reasons.ps1 snapshot exists");
    let missing: Vec<&str> = ACCESS_CODES
        .iter()
        .map(|(code, _)| *code)
        .filter(|code| !snapshot.contains(code))
        .collect();
    assert!(missing.is_empty(), "reasons not shown: {missing:?}");
    assert!(
        snapshot.lines().any(|l| l == "exit: 0"),
        "Test-ChatAccess is a query: the script must succeed"
    );
    assert!(
        !snapshot.contains("Error: ") && !snapshot.contains("Warning: "),
        "Test-ChatAccess reports no diagnostic"
    );
}

#[test]
fn count_reports_matches_whole_codes_only() {
    let transcript =
        "Error: coexist::model::unknown_pool\n\nError: coexist::model::unknown_pool_x\n";
    assert_eq!(
        count_reports(transcript, "Error", "coexist::model::unknown_pool"),
        1
    );
    assert_eq!(
        count_reports(transcript, "Warning", "coexist::model::unknown_pool"),
        0
    );
}
