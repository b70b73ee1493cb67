//! Every input that once crashed, hung or ran out of memory in a fuzz target (or in the
//! hostile-input hunt beside it), replayed through the same `coexist::fuzz` entry points the
//! targets in `fuzz/` call, so each stays fixed without cargo-fuzz. The inputs live in
//! `tests/fuzz_regressions/<target>/`, one file each, named after what they broke.

use std::path::Path;

/// Runs `case` on every file of `tests/fuzz_regressions/<target>/`.
fn replay(target: &str, case: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(target);
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no inputs in {}", dir.display());
    for input in inputs {
        eprintln!("{target}: {}", input.display());
        case(&std::fs::read(&input).unwrap());
    }
}

#[test]
fn parse_inputs() {
    replay("parse", coexist::fuzz::parse);
}

#[test]
fn run_dry_inputs() {
    replay("run_dry", coexist::fuzz::run_dry);
}

#[test]
fn state_load_inputs() {
    replay("state_load", coexist::fuzz::state_load);
}
