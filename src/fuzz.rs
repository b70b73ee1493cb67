//! One case of each fuzz target. The targets in `fuzz/` call these functions under libFuzzer,
//! and `tests/fuzz_regressions.rs` calls them again on every input that once crashed, hung or
//! ran out of memory, so a fixed bug stays fixed without cargo-fuzz.
//!
//! Each function takes arbitrary bytes and drives the product the way a front end does; it
//! returns normally for every input. A panic, a stack overflow, a hang or an allocation
//! beyond the fuzzer's memory limit is the bug being looked for.

use crate::assist::names::Names;
use crate::diag::ErrorFormat;
use crate::eval::interp::with_large_stack;
use crate::model::Model;
use crate::output::OutputFormat;
use crate::session::{Session, Settings};
use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

/// How long one fuzz input may run before `coexist::eval::timeout` stops it: long enough for
/// every real script of the corpus, short enough that endless loops cost little fuzzing time.
const RUN_TIMEOUT: Duration = Duration::from_millis(250);

/// The deployment `run_dry` starts from: part 1 of `scripts/migrate-groupchat2010.ps1`
/// (sites, pools, a Group Chat 2010 pool, users, categories, rooms, an add-in).
const SEED_SCRIPT: &str = include_str!("../scripts/migrate-groupchat2010.ps1");

/// Where part 2 (the migration) of the seed script starts.
const SEED_PART_2: &str = "# --- Part 2";

/// A session as `coexist run` builds it, writing into the void: human diagnostics and text
/// output, or JSON for both (`--error-format json --format json`).
fn quiet_session(model: Model, error_format: ErrorFormat, dry_run: bool) -> Session {
    let output_format = match error_format {
        ErrorFormat::Human { .. } => OutputFormat::Text,
        ErrorFormat::Json => OutputFormat::Json,
    };
    let settings = Settings {
        error_format,
        output_format,
        width: 100,
        dry_run,
        timeout: Some(RUN_TIMEOUT),
    };
    Session::new(
        model,
        settings,
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    )
}

/// Human diagnostics and text output for inputs of even length, JSON for odd: both
/// renderers of each get fuzzed.
fn error_format_for(data: &[u8]) -> ErrorFormat {
    if data.len().is_multiple_of(2) {
        ErrorFormat::Human {
            color: false,
            width: 80,
        }
    } else {
        ErrorFormat::Json
    }
}

/// The seed deployment, built once per process.
pub fn seed_model() -> &'static Model {
    static SEED: OnceLock<Model> = OnceLock::new();
    SEED.get_or_init(|| {
        let part_1 = SEED_SCRIPT
            .split(SEED_PART_2)
            .next()
            .unwrap_or(SEED_SCRIPT)
            .to_string();
        with_large_stack(move || {
            let mut session = quiet_session(Model::default(), ErrorFormat::Json, false);
            session.run_source("seed.ps1", &part_1);
            session.into_model()
        })
    })
}

/// `coexist check` of the input, then what the REPL's line editor does with its first line:
/// tokens, the "needs more input" test, highlighting, completion and hints.
pub fn parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let format = error_format_for(data);
    with_large_stack(|| {
        let mut session = quiet_session(Model::default(), format, false);
        session.check_source("fuzz.ps1", text);
        let line = text.lines().next().unwrap_or_default();
        crate::syntax::tokens(line, crate::span::SourceId(0));
        crate::repl::validate::needs_more(line);
        let names = Names::from_model(seed_model(), vec!["name".into()], vec!["f".into()]);
        crate::repl::highlight::highlight(line, &names);
        let middle = (0..=line.len() / 2)
            .rev()
            .find(|&i| line.is_char_boundary(i))
            .unwrap_or(0);
        for pos in [middle, line.len()] {
            crate::assist::complete::complete(line, pos, &names);
            crate::repl::hint::hint(line, pos, &names, None);
        }
        crate::repl::confirm::questions(line);
        crate::repl::confirm::force_question(line, seed_model());
    });
}

/// `coexist run --dry-run` of the input against the seed deployment, plan included.
pub fn run_dry(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let format = error_format_for(data);
    with_large_stack(|| {
        let before = seed_model();
        let mut session = quiet_session(before.clone(), format, true);
        let outcome = session.run_source("fuzz.ps1", text);
        if !outcome.syntax_failed {
            let items = crate::model::diff::diff(before, session.model());
            crate::plan::render_text(&items);
            crate::plan::render_json(&items);
        }
    });
}

/// Loading the input as a state file; a file that loads must save and load back to the same
/// model, and a dry run of the migration's part 2 over it must end without a panic (a
/// hand-edited file may break rules the model never lets a script break).
pub fn state_load(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.json");
    let Ok(model) = crate::state::parse(path, text) else {
        return;
    };
    // Origins (where an object was made) are not saved, so the saved text is what must
    // survive a round trip.
    let saved = crate::state::to_text(&model);
    match crate::state::parse(path, &saved) {
        Ok(reloaded) => assert!(
            crate::state::to_text(&reloaded) == saved,
            "save -> load changed the model"
        ),
        Err(e) => panic!("a saved model does not load: {e}"),
    }
    let part_2 = SEED_SCRIPT
        .split_once(SEED_PART_2)
        .map_or(SEED_SCRIPT, |(_, rest)| rest);
    with_large_stack(|| {
        let mut session = quiet_session(model, ErrorFormat::Json, true);
        session.run_source("part2.ps1", part_2);
        crate::model::diff::diff(&Model::default(), session.model());
        session.model().access_matrix();
        session.model().migration_status();
    });
}
