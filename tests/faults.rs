//! Faults around the state file, through the binary: kill -9 at random moments, a directory
//! that cannot be written, a state path that is a directory, a state file that cannot be read,
//! a full disk, two front ends on one file, and Ctrl-C in a batch run. Each ends in a coded
//! error (or the old or new file), never a half-written file or a lost change.

use assert_cmd::Command;
use coexist::diag::ErrorFormat;
use coexist::model::Model;
use coexist::output::OutputFormat;
use coexist::session::{Session, Settings};
use coexist::state::{self, SaveStep, StateError};
use predicates::prelude::*;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

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

/// A deployment of `users` users saved in `dir/prod.json`.
fn deployment(dir: &Path, users: usize) {
    write(
        dir,
        "setup.ps1",
        &format!(
            "New-Site -Identity Redmond\n\
             New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond\n\
             foreach ($i in 1..{users}) {{ New-User -Identity \"sip:user$i@contoso.com\" -RegistrarPool lync2013.contoso.com }}\n"
        ),
    );
    coexist(dir)
        .args(["run", "setup.ps1", "--state", "prod.json"])
        .assert()
        .code(0);
}

/// The model after running `script` over `model`, as a real run would leave it.
fn run_in_process(model: Model, script: &str) -> Model {
    let settings = Settings {
        error_format: ErrorFormat::Json,
        output_format: OutputFormat::Text,
        width: 100,
        dry_run: false,
        timeout: None,
    };
    let mut session = Session::new(
        model,
        settings,
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    );
    let outcome = session.run_source("grow.ps1", script);
    assert_eq!(outcome.errors, 0, "{script}");
    session.into_model()
}

/// A small deterministic generator (xorshift), so a failing iteration can be replayed.
struct Xorshift(u64);

impl Xorshift {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound.max(1)
    }
}

#[test]
fn kill_9_at_random_moments_leaves_the_old_or_the_new_file_and_no_stale_lock() {
    const ITERATIONS: usize = 200;
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    deployment(dir, 500);
    let path = dir.join("prod.json");
    let bin = env!("CARGO_BIN_EXE_coexist");
    // How long one undisturbed run takes here: kills land anywhere from start-up to well
    // after the save.
    write(dir, "grow.ps1", "New-Site -Identity Probe\n");
    let started = Instant::now();
    coexist(dir)
        .args(["run", "grow.ps1", "--state", "prod.json"])
        .assert()
        .code(0);
    let window = started.elapsed().as_micros() as u64 * 3 / 2;
    let mut random = Xorshift(0x2545_f491_4f6c_dd1d);
    let (mut kept_old, mut got_new) = (0, 0);
    for i in 0..ITERATIONS {
        let old_text = std::fs::read_to_string(&path).unwrap();
        let old = state::parse(&path, &old_text).expect("the file is always valid");
        let script = format!("New-Site -Identity Site{i}\n");
        write(dir, "grow.ps1", &script);
        let mut child = std::process::Command::new(bin)
            .current_dir(dir)
            .args(["run", "grow.ps1", "--state", "prod.json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(random.below(window)));
        // SIGKILL on Unix, TerminateProcess on Windows: no handler runs.
        let _ = child.kill();
        let _ = child.wait();
        let text = std::fs::read_to_string(&path).unwrap();
        let new_text = state::to_text(&run_in_process(old, &script));
        if text == old_text {
            kept_old += 1;
        } else {
            assert_eq!(
                text, new_text,
                "iteration {i}: the file is neither the old nor the new version"
            );
            got_new += 1;
        }
        // The killed process's lock went with it.
        drop(state::lock(&path).unwrap_or_else(|e| panic!("iteration {i}: stale lock: {e}")));
    }
    eprintln!(
        "{ITERATIONS} kills within {window} µs: {kept_old} left the old file, {got_new} the new one"
    );
    write(dir, "grow.ps1", "New-Site -Identity Last\n");
    coexist(dir)
        .args(["run", "grow.ps1", "--state", "prod.json"])
        .assert()
        .code(0);
    assert!(state::load(&path).unwrap().sites().contains("Last"));
}

#[test]
fn a_state_path_that_is_a_directory_is_a_coded_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("prod.json")).unwrap();
    write(dir.path(), "grow.ps1", "New-Site -Identity Redmond\n");
    for args in [
        &["run", "grow.ps1", "--state", "prod.json"][..],
        &["plan", "grow.ps1", "--state", "prod.json"][..],
        &["repl", "--state", "prod.json", "--no-history"][..],
    ] {
        coexist(dir.path())
            .args(args)
            .write_stdin("New-Site -Identity Dublin\n")
            .assert()
            .code(3)
            .stdout("")
            .stderr(predicate::str::contains("coexist::state::unreadable"))
            .stderr(predicate::str::contains("prod.json"));
    }
    assert!(dir.path().join("prod.json").is_dir());
    assert_eq!(
        std::fs::read_dir(dir.path().join("prod.json"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn a_full_disk_fails_the_save_and_keeps_the_old_file_and_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prod.json");
    let old = run_in_process(Model::default(), "New-Site -Identity Redmond\n");
    state::save(&path, &old).unwrap();
    let before = std::fs::read(&path).unwrap();
    let changed = run_in_process(old, "New-Site -Identity Dublin\n");
    for step in [SaveStep::Write, SaveStep::Sync, SaveStep::Rename] {
        // The disk fills up at this step (an injected writer failure).
        let result = state::save_with_checkpoints(&path, &changed, &mut |s| {
            if s == step {
                Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
            } else {
                Ok(())
            }
        });
        match result {
            Err(e @ StateError::WriteFailed { .. }) => {
                assert_eq!(e.code(), "coexist::state::write_failed");
                let full = std::io::Error::from(std::io::ErrorKind::StorageFull).to_string();
                assert!(e.to_string().contains(&full), "{step:?}: {e}");
            }
            other => panic!("{step:?}: expected WriteFailed, got {other:?}"),
        }
        assert_eq!(std::fs::read(&path).unwrap(), before, "{step:?}");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["prod.json"], "{step:?} left files behind");
    }
    // Nothing lost: the change is still in memory, and the next save writes it.
    state::save(&path, &changed).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        state::to_text(&changed)
    );
}

#[test]
fn a_repl_session_and_a_batch_run_exclude_each_other() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "grow.ps1", "New-Site -Identity Redmond\n");
    let lock_file = dir.path().join("prod.json.lock");
    let holder_appears = |holder: &str| {
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::fs::read_to_string(&lock_file).unwrap_or_default() != holder {
            assert!(Instant::now() < deadline, "{holder} never took the lock");
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    // A REPL holds the lock for its whole session (stdin stays open, so it waits).
    let mut repl = std::process::Command::new(env!("CARGO_BIN_EXE_coexist"))
        .current_dir(dir.path())
        .args(["repl", "--state", "prod.json", "--no-history"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let holder = format!("process {}", repl.id());
    holder_appears(&holder);
    coexist(dir.path())
        .args(["run", "grow.ps1", "--state", "prod.json"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("coexist::state::locked"))
        .stderr(predicate::str::contains(holder.as_str()));
    drop(repl.stdin.take());
    assert_eq!(repl.wait().unwrap().code(), Some(0));
    // A batch run holds it until it ends; a REPL started meanwhile is refused.
    write(
        dir.path(),
        "slow.ps1",
        "New-Site -Identity Dublin\nwhile ($true) { }\n",
    );
    let mut batch = std::process::Command::new(env!("CARGO_BIN_EXE_coexist"))
        .current_dir(dir.path())
        .args(["run", "slow.ps1", "--state", "prod.json", "--timeout", "5"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let holder = format!("process {}", batch.id());
    holder_appears(&holder);
    coexist(dir.path())
        .args(["repl", "--state", "prod.json", "--no-history"])
        .write_stdin("New-Site -Identity Paris\n")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("coexist::state::locked"))
        .stderr(predicate::str::contains(holder.as_str()));
    assert_eq!(batch.wait().unwrap().code(), Some(1));
    // Both released it: the batch run now saves.
    coexist(dir.path())
        .args(["run", "grow.ps1", "--state", "prod.json"])
        .assert()
        .code(0);
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::io::BufRead;
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;

    fn chmod(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    /// Runs coexist in `dir` as a user that permission bits apply to: root ignores them, so
    /// a test running as root runs the child as `nobody`. `None` (with a note) when that
    /// user cannot run the binary here.
    fn run_unprivileged(dir: &Path, args: &[&str]) -> Option<std::process::Output> {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_coexist"));
        cmd.current_dir(dir)
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        if std::fs::metadata(dir).unwrap().uid() == 0 {
            cmd.uid(65534).gid(65534);
        }
        match cmd.output() {
            Ok(output) => Some(output),
            Err(e) => {
                eprintln!("skipped: cannot run coexist as an unprivileged user ({e})");
                None
            }
        }
    }

    fn stderr(output: &std::process::Output) -> String {
        String::from_utf8_lossy(&output.stderr).into_owned()
    }

    #[test]
    fn a_read_only_directory_refuses_a_real_run_before_it_starts_and_allows_a_dry_run() {
        let dir = tempfile::tempdir().unwrap();
        deployment(dir.path(), 3);
        write(dir.path(), "grow.ps1", "New-Site -Identity Dublin\n");
        std::fs::remove_file(dir.path().join("prod.json.lock")).unwrap();
        let before = std::fs::read(dir.path().join("prod.json")).unwrap();
        chmod(dir.path(), 0o555);
        let real = run_unprivileged(dir.path(), &["run", "grow.ps1", "--state", "prod.json"]);
        let dry = run_unprivileged(dir.path(), &["plan", "grow.ps1", "--state", "prod.json"]);
        chmod(dir.path(), 0o755);
        let (Some(real), Some(dry)) = (real, dry) else {
            return;
        };
        assert_eq!(real.status.code(), Some(3), "{}", stderr(&real));
        assert!(real.stdout.is_empty(), "nothing ran");
        let text = stderr(&real);
        assert!(text.contains("coexist::state::write_failed"), "{text}");
        assert!(text.contains("prod.json.lock"), "{text}");
        assert_eq!(dry.status.code(), Some(0), "{}", stderr(&dry));
        assert!(String::from_utf8_lossy(&dry.stdout).contains("Plan: 1 to add"));
        assert_eq!(std::fs::read(dir.path().join("prod.json")).unwrap(), before);
    }

    #[test]
    fn a_state_file_that_cannot_be_read_is_a_coded_error() {
        let dir = tempfile::tempdir().unwrap();
        deployment(dir.path(), 3);
        write(dir.path(), "grow.ps1", "New-Site -Identity Dublin\n");
        let path = dir.path().join("prod.json");
        let before = std::fs::read(&path).unwrap();
        chmod(dir.path(), 0o777);
        chmod(&dir.path().join("prod.json.lock"), 0o666);
        chmod(&path, 0o000);
        let real = run_unprivileged(dir.path(), &["run", "grow.ps1", "--state", "prod.json"]);
        let repl = run_unprivileged(dir.path(), &["repl", "--state", "prod.json"]);
        chmod(&path, 0o644);
        chmod(dir.path(), 0o755);
        let (Some(real), Some(repl)) = (real, repl) else {
            return;
        };
        for output in [&real, &repl] {
            assert_eq!(output.status.code(), Some(3), "{}", stderr(output));
            let text = stderr(output);
            assert!(text.contains("coexist::state::unreadable"), "{text}");
            assert!(text.contains("Permission denied"), "{text}");
        }
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn ctrl_c_ends_a_batch_run_with_130_and_saves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        deployment(dir.path(), 3);
        let path = dir.path().join("prod.json");
        let before = std::fs::read(&path).unwrap();
        write(
            dir.path(),
            "long.ps1",
            "New-Site -Identity Dublin\nWrite-Output 'started'\nwhile ($true) { }\n",
        );
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_coexist"))
            .current_dir(dir.path())
            .args(["run", "long.ps1", "--state", "prod.json"])
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Once the script prints, the run (and its Ctrl-C handler) is under way.
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        assert_eq!(line, "started\n");
        let sent = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(130));
        let text = String::from_utf8_lossy(&output.stderr);
        assert!(text.contains("coexist::eval::interrupted"), "{text}");
        assert!(text.contains("long.ps1:3:1"), "{text}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}
