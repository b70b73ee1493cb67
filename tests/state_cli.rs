//! The state file through the binary: all-or-nothing writes, dry runs that write nothing,
//! the writer's lock, and unusable files (exit 3).

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn coexist(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("coexist").expect("the coexist binary is built");
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100");
    cmd
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

const SETUP: &str = "New-Site -Identity Redmond\nNew-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond\n";

#[test]
fn a_successful_run_creates_the_state_file_and_the_next_run_sees_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "setup.ps1", SETUP);
    write(dir.path(), "list.ps1", "(Get-Pool).Fqdn\n");
    coexist(dir.path())
        .args(["run", "setup.ps1", "--state", "prod.json"])
        .assert()
        .code(0);
    let text = std::fs::read_to_string(dir.path().join("prod.json")).unwrap();
    assert!(text.contains("\"format\": \"coexist-state\""));
    coexist(dir.path())
        .args(["run", "list.ps1", "--state", "prod.json"])
        .assert()
        .code(0)
        .stdout("lync2013.contoso.com\n");
}

#[test]
fn a_failing_run_and_a_dry_run_leave_the_state_file_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "setup.ps1", SETUP);
    coexist(dir.path())
        .args(["run", "setup.ps1", "--state", "prod.json"])
        .assert()
        .code(0);
    let before = std::fs::read(dir.path().join("prod.json")).unwrap();

    // Changes first, then an error halfway: nothing is written.
    write(
        dir.path(),
        "fails.ps1",
        "New-Site -Identity Dublin\nNew-Pool -Fqdn x.contoso.com -Version Lync2013 -Site Nowhere\nNew-Site -Identity Paris\n",
    );
    coexist(dir.path())
        .args(["run", "fails.ps1", "--state", "prod.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("coexist::model::unknown_site"));
    assert_eq!(std::fs::read(dir.path().join("prod.json")).unwrap(), before);

    // A dry run of a clean script prints its plan and still writes nothing.
    write(dir.path(), "grow.ps1", "New-Site -Identity Dublin\n");
    coexist(dir.path())
        .args(["run", "grow.ps1", "--state", "prod.json", "--dry-run"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "What if: Performing the operation \"New-Site\" on target \"Dublin\".",
        ))
        .stdout(predicate::str::contains(
            "  + Site Dublin\nPlan: 1 to add, 0 to change, 0 to remove.\n",
        ));
    assert_eq!(std::fs::read(dir.path().join("prod.json")).unwrap(), before);

    // So does `plan` of the failing script, which still reports its error and exit code.
    coexist(dir.path())
        .args(["plan", "fails.ps1", "--state", "prod.json"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "Plan: 2 to add, 0 to change, 0 to remove.",
        ));
    assert_eq!(std::fs::read(dir.path().join("prod.json")).unwrap(), before);
}

#[test]
fn plan_with_a_missing_state_file_starts_empty_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "setup.ps1", SETUP);
    coexist(dir.path())
        .args(["plan", "setup.ps1", "--state", "new.json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "Plan: 2 to add, 0 to change, 0 to remove.",
        ));
    assert!(!dir.path().join("new.json").exists());
    assert!(!dir.path().join("new.json.lock").exists());
}

#[test]
fn a_second_writer_fails_with_exit_3_naming_the_lock_holder() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "setup.ps1", SETUP);
    let held = coexist::state::lock(&dir.path().join("prod.json")).unwrap();
    coexist(dir.path())
        .args(["run", "setup.ps1", "--state", "prod.json"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("coexist::state::locked"))
        .stderr(predicate::str::contains(format!(
            "process {}",
            std::process::id()
        )));
    // A dry run takes no lock, so it still works while another writer holds it.
    coexist(dir.path())
        .args(["plan", "setup.ps1", "--state", "prod.json"])
        .assert()
        .code(0);
    drop(held);
    coexist(dir.path())
        .args(["run", "setup.ps1", "--state", "prod.json"])
        .assert()
        .code(0);
}

#[test]
fn corrupt_and_newer_state_files_exit_3_with_a_position() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "noop.ps1", "Write-Output 'never runs'\n");
    write(
        dir.path(),
        "broken.json",
        "{\n  \"format\": \"coexist-state\",\n  \"version\": 1,\n  \"model\": {\n",
    );
    coexist(dir.path())
        .args(["run", "noop.ps1", "--state", "broken.json"])
        .assert()
        .code(3)
        .stdout("")
        .stderr(predicate::str::contains("coexist::state::invalid"))
        .stderr(predicate::str::contains("broken.json:5:"));
    write(
        dir.path(),
        "newer.json",
        r#"{"format":"coexist-state","version":9,"model":{}}"#,
    );
    coexist(dir.path())
        .args(["run", "noop.ps1", "--state", "newer.json"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("coexist::state::newer_version"));
}
