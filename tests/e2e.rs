//! End-to-end tests: drive the built `coexist` binary on script files and snapshot exactly what a
//! user sees — exit code, stdout and stderr (with `NO_COLOR=1`, so the plain miette form).
//!
//! - `tests/scripts/run/**/*.ps1` run with `coexist run FILE`;
//! - `tests/scripts/check/**/*.ps1` run with `coexist check FILE`;
//! - the example scripts in `scripts/` run with `coexist run FILE`.
//!
//! A script may start with `# args: --flag …` to pass extra command-line options.

use assert_cmd::Command;
use std::path::Path;

/// Runs `coexist <subcommand> <script>` from the repository root and renders the result.
fn transcript(subcommand: &str, script: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let relative = script.strip_prefix(root).unwrap_or(script);
    let text = std::fs::read_to_string(script).unwrap_or_default();
    let extra: Vec<&str> = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# args:"))
        .map(|a| a.split_whitespace().collect())
        .unwrap_or_default();
    let output = Command::cargo_bin("coexist")
        .expect("the coexist binary is built")
        .current_dir(root)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .arg(subcommand)
        .arg(relative.to_string_lossy().replace('\\', "/"))
        .args(extra)
        .output()
        .expect("coexist runs");
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

#[test]
fn run_scripts() {
    insta::glob!("scripts/run/**/*.ps1", |path| {
        insta::assert_snapshot!(transcript("run", path));
    });
}

#[test]
fn check_scripts() {
    insta::glob!("scripts/check/**/*.ps1", |path| {
        insta::assert_snapshot!(transcript("check", path));
    });
}

#[test]
fn example_scripts() {
    insta::glob!("../scripts", "*.ps1", |path| {
        insta::assert_snapshot!(transcript("run", path));
    });
}

/// The exact What-if lines and plan summary of the README's main job.
#[test]
fn plan_of_the_main_example() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    insta::assert_snapshot!(transcript(
        "plan",
        &root.join("scripts/migrate-groupchat2010.ps1")
    ));
}
