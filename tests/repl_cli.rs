//! The REPL through the binary with piped stdin: each line is an entry of one session
//! (`<repl:N>` in diagnostics), errors never end it, `--state` saves after each successful
//! changing entry, `-Confirm` asks, history is written deduplicated. Also `coexist help`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn coexist(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("coexist").expect("the coexist binary is built");
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("COEXIST_HISTORY", dir.join("history.txt"));
    cmd
}

fn repl(dir: &Path, args: &[&str], input: &str) -> assert_cmd::assert::Assert {
    coexist(dir)
        .arg("repl")
        .args(args)
        .write_stdin(input.to_string())
        .assert()
}

const SETUP: &str = "New-Site -Identity Redmond\nNew-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond\n";

#[test]
fn statements_share_one_session() {
    let dir = tempfile::tempdir().unwrap();
    repl(
        dir.path(),
        &["--no-history"],
        &format!(
            "{SETUP}$n = 41\n$n + 1\n(Get-Pool).Fqdn\nfunction Twice($x) {{ $x * 2 }}\nTwice 21\n"
        ),
    )
    .code(0)
    .stdout("42\nlync2013.contoso.com\n42\n")
    .stderr("");
}

#[test]
fn an_error_mid_session_points_into_its_entry_and_the_session_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "{SETUP}New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond\nWrite-Output 'still here'\n"
    );
    repl(dir.path(), &["--no-history"], &input)
        .code(0)
        .stdout("still here\n")
        .stderr(
            predicate::str::contains("coexist::model::duplicate_fqdn")
                .and(predicate::str::contains("[<repl:3>:1:16]"))
                // The "created here" label points into the earlier entry.
                .and(predicate::str::contains("[<repl:2>:1:1]")),
        );
}

#[test]
fn a_syntax_error_is_reported_not_swallowed() {
    let dir = tempfile::tempdir().unwrap();
    repl(
        dir.path(),
        &["--no-history"],
        "Get-Pool )\nWrite-Output ok\n",
    )
    .code(0)
    .stdout("ok\n")
    .stderr(
        predicate::str::contains("coexist::syntax::").and(predicate::str::contains("<repl:1>")),
    );
}

#[test]
fn open_blocks_continue_on_the_next_line() {
    let dir = tempfile::tempdir().unwrap();
    repl(
        dir.path(),
        &["--no-history"],
        "foreach ($i in 1..3) {\n  $i * 10\n}\n$h = @{\n a = 1 }\n$h.a\n'two\nlines'\n",
    )
    .code(0)
    .stdout("10\n20\n30\n1\ntwo\nlines\n")
    .stderr("");
}

#[test]
fn exit_leaves_with_its_code() {
    let dir = tempfile::tempdir().unwrap();
    repl(
        dir.path(),
        &["--no-history"],
        "Write-Output a\nexit 3\nWrite-Output b\n",
    )
    .code(3)
    .stdout("a\n");
    repl(
        dir.path(),
        &["--no-history"],
        "Write-Output a\nexit\nWrite-Output b\n",
    )
    .code(0)
    .stdout("a\n");
}

#[test]
fn the_state_file_is_saved_after_each_successful_changing_statement() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("prod.json");
    // The session ends (stdin closed) right after; every entry was already saved.
    repl(dir.path(), &["--state", "prod.json", "--no-history"], SETUP).code(0);
    let text = std::fs::read_to_string(&state).unwrap();
    assert!(text.contains("lync2013.contoso.com"), "{text}");
    // A failing entry changes nothing on disk.
    let before = std::fs::read(&state).unwrap();
    repl(
        dir.path(),
        &["--state", "prod.json", "--no-history"],
        "New-Pool -Fqdn x.contoso.com -Version Lync2013 -Site Nowhere\n",
    )
    .code(0)
    .stderr(predicate::str::contains("coexist::model::"));
    assert_eq!(std::fs::read(&state).unwrap(), before);
    // A statement that changed the model and then failed leaves it unsaved (dirty) until the
    // next successful statement that changes it.
    repl(
        dir.path(),
        &["--state", "prod.json", "--no-history"],
        "New-Site Paris; New-Pool -Fqdn y.contoso.com -Version Lync2013 -Site Nowhere\n",
    )
    .code(0);
    assert_eq!(
        std::fs::read(&state).unwrap(),
        before,
        "not saved after an error"
    );
    repl(
        dir.path(),
        &["--state", "prod.json", "--no-history"],
        "New-Site Paris; New-Pool -Fqdn y.contoso.com -Version Lync2013 -Site Nowhere\nNew-Site Oslo\n",
    )
    .code(0);
    let text = std::fs::read_to_string(&state).unwrap();
    assert!(text.contains("Paris") && text.contains("Oslo"), "{text}");
    // The next session loads it.
    repl(
        dir.path(),
        &["--state", "prod.json", "--no-history"],
        "(Get-Site).Identity\n",
    )
    .code(0)
    .stdout("Redmond\nParis\nOslo\n");
}

#[test]
fn confirm_asks_powershells_question() {
    let dir = tempfile::tempdir().unwrap();
    let state = &["--state", "prod.json", "--no-history"];
    repl(dir.path(), state, "New-Site Paris\n").code(0);
    repl(
        dir.path(),
        state,
        "Remove-Site Paris -Confirm\nn\n(Get-Site).Identity\n",
    )
    .code(0)
    .stdout(
        predicate::str::contains("Performing the operation \"Remove-Site\" on target \"Paris\".")
            .and(predicate::str::ends_with("Paris\n")),
    );
    repl(
        dir.path(),
        state,
        "Remove-Site Paris -Confirm\n?\ny\n@(Get-Site).Count\n",
    )
    .code(0)
    .stdout(
        predicate::str::contains("Y - Continue with only the next step")
            .and(predicate::str::ends_with("0\n")),
    );
}

#[test]
fn history_is_written_deduplicated_unless_disabled() {
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history.txt");
    repl(dir.path(), &["--no-history"], "Write-Output a\n").code(0);
    assert!(!history.exists());
    repl(
        dir.path(),
        &[],
        "Write-Output a\nWrite-Output b\nWrite-Output a\n",
    )
    .code(0);
    let text = std::fs::read_to_string(&history).unwrap();
    assert_eq!(text.matches("Write-Output a").count(), 1, "{text}");
    assert!(text.contains("Write-Output b"), "{text}");
    let a = text.find("Write-Output a").unwrap();
    let b = text.find("Write-Output b").unwrap();
    assert!(b < a, "the repeated entry moves to the end: {text}");
}

#[test]
fn piped_stdin_without_a_command_runs_as_a_script() {
    let dir = tempfile::tempdir().unwrap();
    coexist(dir.path())
        .write_stdin("Write-Output hi\n")
        .assert()
        .code(0)
        .stdout("hi\n");
}

#[test]
fn help_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    coexist(dir.path())
        .args(["help", "move-csuser"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("NAME\n    Move-User").and(predicate::str::contains(
                "SYNTAX\n    Move-User [-Identity] <String> [-Target] <String>",
            )),
        );
    coexist(dir.path())
        .args(["help", "Move-User", "--examples"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("EXAMPLE 1"));
    coexist(dir.path())
        .args(["help", "Move-Usr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean Move-User?"));
    coexist(dir.path())
        .args(["help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Get-Help").and(predicate::str::contains("New-ChatRoom")));
}

#[test]
fn get_help_and_get_command_in_a_session() {
    let dir = tempfile::tempdir().unwrap();
    repl(
        dir.path(),
        &["--no-history"],
        "Get-Help New-Pool -Full\n(Get-Command -Noun ChatPool).Name\nGet-Help No-Such\n",
    )
    .code(0)
    .stdout(
        predicate::str::contains("PARAMETERS\n    -Fqdn <String>")
            .and(predicate::str::contains("New-ChatPool\nGet-ChatPool\n")),
    )
    .stderr(predicate::str::contains("coexist::eval::help_not_found"));
}

#[test]
fn removing_a_granted_policy_asks_instead_of_failing() {
    let dir = tempfile::tempdir().unwrap();
    let state = &["--state", "prod.json", "--no-history"];
    let setup = format!(
        "{SETUP}New-User sip:ann@contoso.com -Pool lync2013.contoso.com\n\
         New-PersistentChatPolicy PChatOn -EnablePersistentChat $true\n\
         Grant-PersistentChatPolicy sip:ann@contoso.com -PolicyName PChatOn\n"
    );
    repl(dir.path(), state, &setup).code(0).stderr("");
    repl(
        dir.path(),
        state,
        "Remove-PersistentChatPolicy PChatOn\nn\n@(Get-PersistentChatPolicy PChatOn).Count\n",
    )
    .code(0)
    .stdout(predicate::str::contains("with -Force").and(predicate::str::ends_with("1\n")))
    .stderr("");
    repl(
        dir.path(),
        state,
        "Remove-PersistentChatPolicy PChatOn\ny\n@(Get-PersistentChatPolicy PChatOn -ErrorAction SilentlyContinue).Count\n",
    )
    .code(0)
    .stdout(predicate::str::contains(
        "Performing the operation \"Remove-PersistentChatPolicy\" on target \"PChatOn\" with -Force.",
    ))
    .stdout(predicate::str::ends_with("0\n"));
    let text = std::fs::read_to_string(dir.path().join("prod.json")).unwrap();
    assert!(!text.contains("PChatOn"), "removed and saved: {text}");
}
