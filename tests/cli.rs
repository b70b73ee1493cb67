//! Command-line behaviour that script snapshots cannot express: generated inputs, stdin,
//! missing files, JSON diagnostics and `explain`.

use assert_cmd::Command;
use predicates::prelude::*;

fn coexist() -> Command {
    let mut cmd = Command::cargo_bin("coexist").expect("the coexist binary is built");
    cmd.env("NO_COLOR", "1").env("COLUMNS", "100");
    cmd
}

#[test]
fn hundred_thousand_nested_parentheses_are_too_deep_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.ps1");
    std::fs::write(&path, "(".repeat(100_000)).unwrap();
    coexist()
        .arg("check")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("coexist::syntax::too_deep"));
    coexist()
        .arg("run")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("coexist::syntax::too_deep"));
}

#[test]
fn a_missing_script_is_a_coded_usage_error() {
    coexist()
        .args(["run", "no/such/script.ps1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("coexist::syntax::unreadable_file"))
        .stderr(predicate::str::contains("no/such/script.ps1"));
}

#[test]
fn a_script_that_is_not_utf8_is_a_coded_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.ps1");
    std::fs::write(&path, b"Write-Output 'caf\xe9'\n").unwrap();
    coexist()
        .arg("run")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("coexist::syntax::invalid_utf8"))
        .stderr(predicate::str::contains("offset 17"));
}

#[test]
fn a_bom_and_crlf_line_ends_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("windows.ps1");
    std::fs::write(
        &path,
        "\u{feff}Write-Output 'one'\r\nWrite-Output 'two'\r\n",
    )
    .unwrap();
    coexist()
        .arg("run")
        .arg(&path)
        .assert()
        .code(0)
        .stdout("one\ntwo\n");
}

#[test]
fn stdin_runs_as_a_script_with_dash_and_without_a_command() {
    coexist()
        .args(["run", "-"])
        .write_stdin("1..3 | ForEach-Object { $_ * 10 }\n")
        .assert()
        .code(0)
        .stdout("10\n20\n30\n");
    coexist()
        .write_stdin("Write-Output 'piped'\n")
        .assert()
        .code(0)
        .stdout("piped\n");
}

#[test]
fn json_diagnostics_are_one_parseable_object_per_line() {
    let output = coexist()
        .args(["run", "-", "--error-format", "json"])
        .write_stdin("Write-Output 'x'\nGet-Usr -Identity ann\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<serde_json::Value> = stderr
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stderr line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2, "one diagnostic and the summary: {stderr}");
    let diag = &lines[0];
    assert_eq!(diag["code"], "coexist::eval::unknown_command");
    assert_eq!(diag["severity"], "error");
    assert_eq!(diag["filename"], "<stdin>");
    let label = &diag["labels"][0];
    assert_eq!(label["line"], 2);
    assert_eq!(label["column"], 1);
    assert_eq!(label["offset"], 17);
    assert_eq!(label["length"], 7);
    assert_eq!(lines[1]["summary"]["errors"], 1);
}

#[test]
fn explain_prints_the_rule_for_a_full_or_short_code() {
    coexist()
        .args(["explain", "coexist::model::home_pool_version"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "coexist::model::home_pool_version (error)",
        ));
    coexist()
        .args(["explain", "pool_capacity"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "coexist::model::pool_capacity (warning)",
        ));
    coexist()
        .args(["explain", "no_such_rule"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no_such_rule"));
}

#[test]
fn version_and_help_work() {
    coexist()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("coexist "));
    coexist()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("check"));
}
