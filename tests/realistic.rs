//! Realistic admin scripts (issue 12): each folder `tests/realistic/NN-name/` holds a script as
//! an administrator would write it, the deployment it runs against and its input files; its
//! `expected/` folder holds exactly what the run must produce. See `docs/realistic.md`.
//!
//! For each scenario the harness copies the folder (without `expected/`) to a temporary folder,
//! builds the state file with `setup.ps1` (or takes the folder's `state.json`), runs
//! `coexist check script.ps1`, then `coexist run script.ps1 --state state.json -- ARGS` and
//! compares byte for byte: stdout, stderr, exit code, the state file and every file the script
//! created, changed or removed. Then, on a second untouched copy, `coexist plan` must change no
//! file at all (not even a lock file) and print what `expected/plan` holds.
//!
//! `REALISTIC_BLESS=1` rewrites `expected/`; `REALISTIC_ONLY=NN` runs the scenarios whose
//! folder name starts with `NN`. Folders under `tests/realistic/pending/` are skipped.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The clock every scenario sees (`SOURCE_DATE_EPOCH`): 2026-03-02 08:30:00 UTC.
const EPOCH: &str = "1772440200";

/// Files by path relative to a folder (with `/` separators), with their bytes.
type Tree = BTreeMap<String, Vec<u8>>;

/// The scenario folders to run, sorted by name.
fn scenarios() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/realistic");
    let only = std::env::var("REALISTIC_ONLY").ok();
    let mut found: Vec<PathBuf> = fs::read_dir(&root)
        .expect("tests/realistic exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && p.join("script.ps1").is_file())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            only.as_deref().is_none_or(|o| name.starts_with(o))
        })
        .collect();
    found.sort();
    found
}

/// Every file under `dir`, skipping the folders named in `skip`.
fn read_tree(dir: &Path, skip: &[&str]) -> Tree {
    fn walk(base: &Path, dir: &Path, skip: &[&str], into: &mut Tree) {
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)
            .expect("folder readable")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            let rel = path
                .strip_prefix(base)
                .expect("under base")
                .to_string_lossy()
                .replace('\\', "/");
            if path.is_dir() {
                if !skip.contains(&rel.as_str()) {
                    walk(base, &path, skip, into);
                }
            } else {
                into.insert(rel, fs::read(&path).expect("file readable"));
            }
        }
    }
    let mut tree = Tree::new();
    if dir.is_dir() {
        walk(dir, dir, skip, &mut tree);
    }
    tree
}

/// Writes `tree` under `dir`.
fn write_tree(dir: &Path, tree: &Tree) {
    for (rel, bytes) in tree {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().expect("has a parent")).expect("folder created");
        fs::write(path, bytes).expect("file written");
    }
}

/// Runs `coexist ARGS` in `dir` with the fixed environment of the scenarios.
fn coexist(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coexist"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("USERNAME", "admin")
        .env("USER", "admin")
        .env_remove("COEXIST_HISTORY")
        .output()
        .expect("coexist starts")
}

/// Exit code, stdout and stderr as one text.
fn transcript(output: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        output
            .status
            .code()
            .map_or("signal".to_string(), |c| c.to_string()),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    )
}

/// A transcript file names the process that wrote it; the process id changes on every run.
fn mask_process_id(bytes: &[u8]) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return bytes.to_vec();
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("Process ID: ") {
        let after = at + "Process ID: ".len();
        out.push_str(&rest[..after]);
        let digits = rest[after..].bytes().take_while(u8::is_ascii_digit).count();
        out.push_str(if digits > 0 { "<pid>" } else { "" });
        rest = &rest[after + digits..];
    }
    out.push_str(rest);
    out.into_bytes()
}

/// Replaces the temporary folder's path (as `$PSScriptRoot` and What-if lines show it) with
/// `<dir>`, so expected outputs do not depend on where the scenario ran.
fn mask_dir(bytes: &[u8], dir: &Path) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return bytes.to_vec();
    };
    let mut text = text.to_string();
    for form in [dir.to_path_buf(), dir.canonicalize().unwrap_or_default()] {
        let shown = form.to_string_lossy().to_string();
        if !shown.is_empty() {
            text = text.replace(&shown, "<dir>");
        }
    }
    text.into_bytes()
}

/// On Windows, texts are compared with CRLF read as LF and a backslash as `/`, on both sides: files are
/// written with the platform's line end and Join-Path uses its separator, so the same
/// `expected/` serves both systems.
fn portable(bytes: Vec<u8>) -> Vec<u8> {
    if cfg!(windows) {
        String::from_utf8(bytes.clone())
            .map(|t| t.replace("\r\n", "\n").replace('\\', "/").into_bytes())
            .unwrap_or(bytes)
    } else {
        bytes
    }
}

/// Whether a file is the state file or a lock file coexist keeps beside a file it writes.
fn is_bookkeeping(rel: &str) -> bool {
    rel == "state.json" || rel.ends_with(".lock")
}

/// What one scenario produced, laid out as its `expected/` folder.
fn produce(scenario: &Path) -> Result<Tree, String> {
    let input = read_tree(scenario, &["expected"]);
    let run_dir = tempfile::tempdir().expect("temp dir");
    let plan_dir = tempfile::tempdir().expect("temp dir");
    write_tree(run_dir.path(), &input);

    if input.contains_key("setup.ps1") {
        let setup = coexist(
            run_dir.path(),
            &["run", "setup.ps1", "--state", "state.json"],
        );
        if !setup.status.success() {
            return Err(format!("setup.ps1 failed:\n{}", transcript(&setup)));
        }
    }
    let check = coexist(run_dir.path(), &["check", "script.ps1"]);
    if !check.status.success() {
        return Err(format!(
            "`coexist check script.ps1` failed:\n{}",
            transcript(&check)
        ));
    }

    let before = read_tree(run_dir.path(), &[]);
    write_tree(plan_dir.path(), &before);
    let script_args: Vec<String> = input
        .get("args")
        .map(|b| {
            String::from_utf8_lossy(b)
                .lines()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let command = |verb: &'static str| {
        let mut args = vec![verb, "script.ps1", "--state", "state.json"];
        if !script_args.is_empty() {
            args.push("--");
            args.extend(script_args.iter().map(String::as_str));
        }
        args
    };

    let run = coexist(run_dir.path(), &command("run"));
    let after = read_tree(run_dir.path(), &[]);
    let mut expected = Tree::new();
    let dir = run_dir.path();
    expected.insert("stdout".into(), mask_dir(&run.stdout, dir));
    expected.insert("stderr".into(), mask_dir(&run.stderr, dir));
    expected.insert(
        "exit".into(),
        format!("{}\n", run.status.code().unwrap_or(-1)).into_bytes(),
    );
    if let Some(state) = after.get("state.json") {
        expected.insert("state.json".into(), state.clone());
    }
    let mut removed = String::new();
    for (rel, bytes) in &after {
        if !is_bookkeeping(rel) && before.get(rel) != Some(bytes) {
            expected.insert(
                format!("files/{rel}"),
                mask_process_id(&mask_dir(bytes, dir)),
            );
        }
    }
    for rel in before.keys() {
        if !is_bookkeeping(rel) && !after.contains_key(rel) {
            removed.push_str(rel);
            removed.push('\n');
        }
    }
    if !removed.is_empty() {
        expected.insert("removed".into(), removed.into_bytes());
    }

    let plan = coexist(plan_dir.path(), &command("plan"));
    let planned = read_tree(plan_dir.path(), &[]);
    let names: std::collections::BTreeSet<&String> = planned.keys().chain(before.keys()).collect();
    let changed: Vec<&String> = names
        .into_iter()
        .filter(|rel| {
            // A lock file's text names the last process that held it: compare presence only.
            let same = if rel.ends_with(".lock") {
                planned.contains_key(*rel) == before.contains_key(*rel)
            } else {
                planned.get(*rel) == before.get(*rel)
            };
            !same
        })
        .collect();
    if !changed.is_empty() {
        return Err(format!(
            "`coexist plan` changed files: {changed:?}\n{}",
            transcript(&plan)
        ));
    }
    expected.insert(
        "plan".into(),
        mask_dir(transcript(&plan).as_bytes(), plan_dir.path()),
    );
    Ok(expected)
}

/// The first line where two texts differ, for the failure message.
fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    for (n, (e, a)) in expected.split('\n').zip(actual.split('\n')).enumerate() {
        if e != a {
            return format!("line {}:\n  expected: {e:?}\n  actual:   {a:?}", n + 1);
        }
    }
    format!(
        "lengths differ ({} expected bytes, {} actual)",
        expected.len(),
        actual.len()
    )
}

#[test]
fn realistic_scenarios() {
    let bless = std::env::var_os("REALISTIC_BLESS").is_some();
    let found = scenarios();
    assert!(
        std::env::var_os("REALISTIC_ONLY").is_some() || found.len() >= 20,
        "at least 20 scenarios are expected, found {}",
        found.len()
    );
    let mut failures = Vec::new();
    for scenario in &found {
        let name = scenario.file_name().unwrap_or_default().to_string_lossy();
        let actual = match produce(scenario) {
            Ok(tree) => tree,
            Err(why) => {
                failures.push(format!("{name}: {why}"));
                continue;
            }
        };
        let expected_dir = scenario.join("expected");
        if bless {
            let _ = fs::remove_dir_all(&expected_dir);
            write_tree(&expected_dir, &actual);
            continue;
        }
        let expected: Tree = read_tree(&expected_dir, &[])
            .into_iter()
            .map(|(k, v)| (k, portable(v)))
            .collect();
        let actual: Tree = actual.into_iter().map(|(k, v)| (k, portable(v))).collect();
        let names: std::collections::BTreeSet<&String> =
            expected.keys().chain(actual.keys()).collect();
        for rel in names {
            match (expected.get(rel), actual.get(rel)) {
                (Some(e), Some(a)) if e == a => {}
                (Some(e), Some(a)) => failures.push(format!(
                    "{name}: expected/{rel} differs, {}",
                    first_difference(e, a)
                )),
                (Some(_), None) => {
                    failures.push(format!("{name}: expected/{rel} was not produced"))
                }
                (None, Some(_)) => {
                    failures.push(format!("{name}: produced {rel}, not in expected/"))
                }
                (None, None) => {}
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problem(s); rerun with REALISTIC_BLESS=1 if the change is intended:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
