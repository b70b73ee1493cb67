//! Limits as diagnostics, through the binary: huge, deep, endless or binary inputs each end
//! in a coded error (or run), never a panic, a stack overflow or a hang.
//!
//! Covered elsewhere: 100 000 nested parentheses and invalid UTF-8 (`tests/cli.rs`), the
//! depth limit of every bracket (`tests/syntax_depth.rs`), `while ($true) { }` with
//! `--timeout` and unbounded recursion (`tests/scripts/run/errors/eval_timeout.ps1`,
//! `eval_recursion_limit.ps1`).

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

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// A file of `size` bytes that takes no disk space (a sparse file: zeros never written).
fn sparse(dir: &Path, name: &str, size: u64) {
    std::fs::File::create(dir.join(name))
        .unwrap()
        .set_len(size)
        .unwrap();
}

const GIB: u64 = 1 << 30;

#[test]
fn a_hundred_thousand_chained_assignments_are_too_deep() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "chain.ps1", "$a = ".repeat(100_000) + "1\n");
    coexist(dir.path())
        .args(["run", "chain.ps1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("coexist::syntax::too_deep"))
        .stderr(predicate::str::contains("assignments are chained"));
}

#[test]
fn a_one_megabyte_line_runs_and_an_error_in_it_is_shown_around_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let a = "a".repeat(1 << 20);
    write(dir.path(), "long.ps1", format!("$s = '{a}'\n$s.Length\n"));
    coexist(dir.path())
        .args(["run", "long.ps1"])
        .assert()
        .code(0)
        .stdout(format!("{}\n", 1 << 20));
    // The stray `)` is past column 65 535, where miette's underline used to panic.
    write(dir.path(), "bad.ps1", format!("Write-Output {a} )\n"));
    let output = coexist(dir.path())
        .args(["run", "bad.ps1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("coexist::syntax::unexpected_token"),
        "{stderr}"
    );
    let column = "Write-Output ".len() + a.len() + 2;
    assert!(
        stderr.contains(&format!("[bad.ps1:1:{column}]")),
        "{stderr}"
    );
    assert!(stderr.contains("…aaaa"), "the line is cropped: {stderr}");
    assert!(stderr.len() < 4096, "{} bytes of diagnostics", stderr.len());
}

#[test]
fn a_fifty_megabyte_script_runs() {
    let dir = tempfile::tempdir().unwrap();
    let comment = format!("# {}\n", "-".repeat(1000));
    let block = format!("{}$n += 1\n", comment.repeat(49));
    let blocks = (50 << 20) / block.len() + 1;
    write(
        dir.path(),
        "big.ps1",
        format!("$n = 0\n{}$n\n", block.repeat(blocks)),
    );
    assert!(std::fs::metadata(dir.path().join("big.ps1")).unwrap().len() >= 50 << 20);
    coexist(dir.path())
        .args(["run", "big.ps1"])
        .assert()
        .code(0)
        .stdout(format!("{blocks}\n"));
}

#[test]
fn million_element_arrays_work_and_larger_ones_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let literal: Vec<String> = (0..100_000).map(|i| i.to_string()).collect();
    write(
        dir.path(),
        "arrays.ps1",
        format!(
            "$a = 1..1000000\n$a.Count\n$a[999999]\n($a | Measure-Object -Sum).Sum\n\
             $b = ,0 * 1000000\n$b.Count\n$c = {}\n$c.Count\n$d = 1..100000000\n'after'\n",
            literal.join(",")
        ),
    );
    coexist(dir.path())
        .args(["run", "arrays.ps1"])
        .assert()
        .code(1)
        .stdout("1000000\n1000000\n500000500000\n1000000\n100000\nafter\n")
        .stderr(predicate::str::contains("coexist::eval::invalid_operation"))
        .stderr(predicate::str::contains("more than 10000000 elements"));
}

#[test]
fn a_repl_entry_runs_out_of_its_time_budget_and_the_session_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    coexist(dir.path())
        .args(["repl", "--no-history", "--timeout", "1"])
        .write_stdin("while ($true) { }\nWrite-Output 'alive'\n")
        .assert()
        .code(0)
        .stdout("alive\n")
        .stderr(predicate::str::contains("coexist::eval::timeout"))
        .stderr(predicate::str::contains("<repl:1>"));
}

#[test]
fn nul_characters_and_random_bytes_are_coded_errors() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "nul.ps1",
        b"Write-Output 'a'\nWrite-Output 'b\0'\n",
    );
    coexist(dir.path())
        .args(["run", "nul.ps1"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("coexist::syntax::nul_character"))
        .stderr(predicate::str::contains("line 2"));
    // Bytes from a fixed generator: some files are not UTF-8, some are (control characters).
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for round in 0..20 {
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                if round % 2 == 0 {
                    (seed >> 24) as u8
                } else {
                    (seed >> 24) as u8 % 0x7f + 1
                }
            })
            .collect();
        write(dir.path(), "random.ps1", &bytes);
        let output = coexist(dir.path())
            .args(["run", "random.ps1"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "round {round}: {stderr}");
        assert!(stderr.contains("Error: coexist::syntax::"), "{stderr}");
    }
}

#[test]
fn a_utf16_script_with_a_byte_order_mark_runs() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Write-Output 'café'\r\n";
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    write(dir.path(), "unicode.ps1", bytes);
    coexist(dir.path())
        .args(["run", "unicode.ps1"])
        .assert()
        .code(0)
        .stdout("café\n");
}

#[test]
fn a_one_gigabyte_state_file_is_refused_from_its_size() {
    let dir = tempfile::tempdir().unwrap();
    sparse(dir.path(), "prod.json", GIB);
    write(dir.path(), "grow.ps1", "New-Site -Identity Redmond\n");
    for command in ["run", "plan"] {
        coexist(dir.path())
            .args([command, "grow.ps1", "--state", "prod.json"])
            .assert()
            .code(3)
            .stdout("")
            .stderr(predicate::str::contains("coexist::state::too_large"))
            .stderr(predicate::str::contains("1.0 GiB"))
            .stderr(predicate::str::contains("768.0 MiB"));
    }
    // So are the files the language reads, by the file gate's lower read limit.
    write(
        dir.path(),
        "import.ps1",
        "Import-Topology -Path prod.json\n'after'\n",
    );
    coexist(dir.path())
        .args(["run", "import.ps1"])
        .assert()
        .code(1)
        .stdout("after\n")
        .stderr(predicate::str::contains("coexist::eval::file_too_large"));
    assert_eq!(
        std::fs::metadata(dir.path().join("prod.json"))
            .unwrap()
            .len(),
        GIB
    );
}

#[test]
fn a_script_over_one_gigabyte_is_refused_from_its_size() {
    let dir = tempfile::tempdir().unwrap();
    sparse(dir.path(), "huge.ps1", GIB + 1);
    for command in ["run", "check"] {
        coexist(dir.path())
            .args([command, "huge.ps1"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("coexist::syntax::too_large"))
            .stderr(predicate::str::contains("1.0 GiB"));
    }
}
