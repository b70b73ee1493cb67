//! The file gate and the sandbox through the binary, one test per promise (issue 15, items 3–5):
//! nothing outside the contained folders is read, written or removed (also through
//! `Invoke-Expression`); no process is started and no connection opened; a dry run writes
//! nothing yet later reads see the would-be content; a held lock on a file the script writes
//! is a coded error naming the holder; a file over the read limit is refused before reading.

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

/// Names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `work/` (the working and script folder) beside `outside/` holding `secret.txt`.
fn sandbox() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let root = tempfile::tempdir().unwrap();
    let work = root.path().join("work");
    let outside = root.path().join("outside");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    write(&outside, "secret.txt", "do not read\n");
    (root, work, outside)
}

#[test]
fn reads_outside_the_contained_folders_are_refused() {
    let (_root, work, outside) = sandbox();
    let secret = outside.join("secret.txt");
    write(
        &work,
        "read.ps1",
        &format!(
            "Get-Content ../outside/secret.txt\nGet-Content '{}'\nImport-Csv ..\\outside\\secret.txt\n\
             Test-Path ../outside\nImport-Topology ../outside/secret.txt\n",
            secret.display()
        ),
    );
    coexist(&work)
        .args(["run", "read.ps1"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("do not read").not())
        .stderr(predicate::str::contains("coexist::eval::path_not_allowed").count(5));
}

#[test]
fn writes_and_removals_outside_the_contained_folders_are_refused() {
    let (_root, work, outside) = sandbox();
    write(
        &work,
        "write.ps1",
        "Set-Content ../outside/new.txt 'x'\nAdd-Content ../outside/secret.txt 'x'\n\
         'x' | Out-File ../outside/out.txt\n[pscustomobject]@{a=1} | Export-Csv ../outside/r.csv\n\
         New-Item ../outside/dir -ItemType Directory\nRemove-Item ../outside/secret.txt\n\
         Remove-Item .. -Recurse\nSave-Topology ../outside/state.json\n\
         Start-Transcript ../outside/t.txt\n",
    );
    coexist(&work)
        .args(["run", "write.ps1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("coexist::eval::path_not_allowed").count(9));
    assert_eq!(names(&outside), ["secret.txt"]);
    assert_eq!(
        std::fs::read_to_string(outside.join("secret.txt")).unwrap(),
        "do not read\n"
    );
    assert_eq!(names(&work), ["write.ps1"]);
}

#[test]
fn invoke_expression_cannot_escape_the_same_rules() {
    let (_root, work, outside) = sandbox();
    write(
        &work,
        "iex.ps1",
        "Invoke-Expression 'Get-Content ../outside/secret.txt'\n\
         iex 'Set-Content ../outside/new.txt x'\n\
         iex 'Remove-Item ../outside/secret.txt'\n\
         iex \"iex 'Start-Process touch -ArgumentList started'\"\n",
    );
    coexist(&work)
        .args(["run", "iex.ps1"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("do not read").not())
        .stderr(
            predicate::str::contains("coexist::eval::path_not_allowed")
                .count(3)
                .and(predicate::str::contains("coexist::eval::unsupported").count(1)),
        );
    assert_eq!(names(&outside), ["secret.txt"]);
    assert_eq!(names(&work), ["iex.ps1"]);
}

#[test]
fn paths_named_on_the_command_line_are_contained_too() {
    let (_root, work, outside) = sandbox();
    let secret = outside.join("secret.txt");
    write(&work, "named.ps1", "param($Path)\nGet-Content $Path\n");
    coexist(&work)
        .args(["run", "named.ps1", "--", "-Path"])
        .arg(&secret)
        .assert()
        .code(0)
        .stdout("do not read\n");
}

#[test]
fn no_process_is_ever_started() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "process.ps1",
        "Start-Process touch -ArgumentList started-1\nStart-Job { 'x' }\n\
         Invoke-Command -ScriptBlock { 'x' } -ComputerName localhost\ntouch started-2\n\
         Invoke-Item process.ps1\n",
    );
    coexist(dir.path())
        .args(["run", "process.ps1"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("coexist::eval::unsupported")
                .count(4)
                .and(predicate::str::contains("coexist::eval::unknown_command")),
        );
    assert_eq!(names(dir.path()), ["process.ps1"]);
}

#[test]
fn no_connection_is_ever_opened() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "network.ps1",
        &format!(
            "Invoke-WebRequest {url} -UseBasicParsing\nInvoke-RestMethod {url}/api\n\
             (New-Object System.Net.WebClient).DownloadString('{url}')\n\
             Test-Connection 127.0.0.1 -Count 1\nSend-MailMessage -To a@b -From c@d -Subject x -SmtpServer 127.0.0.1\n\
             $s = New-PSSession -ConnectionUri {url}/OcsPowershell\nImport-PSSession $s\n"
        ),
    );
    coexist(dir.path())
        .args(["run", "network.ps1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("coexist::eval::unsupported").count(5));
    match listener.accept() {
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
        other => panic!("something connected: {other:?}"),
    }
}

#[test]
fn a_dry_run_writes_nothing_yet_later_reads_see_the_would_be_content() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "old.txt", "old\n");
    write(
        dir.path(),
        "plan.ps1",
        "New-Item out -ItemType Directory | Out-Null\nSet-Content out/log.txt 'one'\n\
         Add-Content out/log.txt 'two'\n(Get-Content out/log.txt) -join '+'\n\
         [pscustomobject]@{User='ann'} | Export-Csv out/r.csv -NoTypeInformation\n(Import-Csv out/r.csv).User\n\
         Remove-Item old.txt\nTest-Path old.txt\nStart-Transcript out/t.txt | Out-Null\n'logged'\n\
         Stop-Transcript | Out-Null\n(Get-Content out/t.txt) -contains 'logged'\nSave-Topology out/s.json\n\
         New-Site Redmond\nImport-Topology out/s.json\n@(Get-Site).Count\n",
    );
    coexist(dir.path())
        .args(["plan", "plan.ps1"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("one+two\n"))
        .stdout(predicate::str::contains("\nann\n"))
        .stdout(predicate::str::contains("\nFalse\n"))
        .stdout(predicate::str::contains("\nTrue\n"))
        .stdout(predicate::str::contains("\n0\n"))
        .stdout(predicate::str::contains(
            "What if: Performing the operation \"Output to File\" on target \"out/log.txt\".",
        ))
        .stdout(predicate::str::contains(
            "What if: Performing the operation \"Remove File\" on target \"old.txt\".",
        ));
    assert_eq!(names(dir.path()), ["old.txt", "plan.ps1"]);
}

#[test]
fn a_held_lock_on_a_file_the_script_writes_names_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    let held = coexist::state::lock(&dir.path().join("report.csv")).unwrap();
    let held_state = coexist::state::lock(&dir.path().join("prod.json")).unwrap();
    write(
        dir.path(),
        "write.ps1",
        "'x' | Set-Content report.csv\nSave-Topology prod.json\n'went on'\n",
    );
    let holder = format!("process {}", std::process::id());
    coexist(dir.path())
        .args(["run", "write.ps1", "--error-format", "json"])
        .assert()
        .code(1)
        .stdout("went on\n")
        .stderr(
            predicate::str::contains("\"code\":\"coexist::eval::file_locked\"")
                .count(2)
                .and(predicate::str::contains(holder.as_str()).count(2)),
        );
    assert!(!dir.path().join("report.csv").exists());
    assert!(!dir.path().join("prod.json").exists());
    drop((held, held_state));
    coexist(dir.path())
        .args(["run", "write.ps1"])
        .assert()
        .code(0);
    assert!(dir.path().join("report.csv").exists());
}

#[test]
fn a_file_over_the_read_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    // A sparse file: its size is past the limit, its blocks are never written or read.
    let big = std::fs::File::create(dir.path().join("big.csv")).unwrap();
    big.set_len(coexist::files::DEFAULT_READ_LIMIT + 1).unwrap();
    write(
        dir.path(),
        "big.ps1",
        "Import-Csv big.csv\nGet-Content big.csv -TotalCount 1\n'went on'\n",
    );
    coexist(dir.path())
        .args(["run", "big.ps1"])
        .assert()
        .code(1)
        .stdout("went on\n")
        .stderr(
            predicate::str::contains("coexist::eval::file_too_large")
                .count(2)
                .and(predicate::str::contains("256 MiB")),
        );
}
