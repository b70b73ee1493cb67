//! The interactive session (`coexist`, `coexist repl`): a rustyline editor over one
//! [`Session`]. Each entry is its own source `<repl:N>`, so diagnostics point into the line
//! just typed, or into an earlier one for "created here" labels.
//!
//! | File | Job |
//! |---|---|
//! | `hint.rs`, `highlight.rs`, `validate.rs` | plain functions, unit-tested |
//! | `helper.rs` | the rustyline `Helper` adapting them |
//! | `confirm.rs` | `-Confirm`: PowerShell's Yes/No question |
//! | `prompt.rs` | the questions `Read-Host`, `Get-Credential` and `Out-GridView` ask |
//! | `history.rs` | where the history file lives |
//!
//! Completion and the cursor analysis behind it live in [`crate::assist`], shared with the
//! language server.
//!
//! **Invariant:** the helper reads a [`Names`] snapshot refreshed before each prompt; it
//! never borrows the session or the model.

pub mod confirm;
pub mod helper;
pub mod highlight;
pub mod hint;
pub mod history;
pub mod prompt;
pub mod validate;

use crate::assist::names::Names;
use crate::diag::{Diag, ErrorFormat, Severity};
use crate::model::Model;
use crate::output::OutputFormat;
use crate::session::{Session, Settings};
use helper::ReplHelper;
use rustyline::error::ReadlineError;
use rustyline::history::{DefaultHistory, History};
use rustyline::{CompletionType, Config, Editor};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

/// How the REPL runs.
#[derive(Debug, Clone)]
pub struct ReplOptions {
    /// The state file: loaded by the caller, saved after each successful changing entry.
    pub state: Option<PathBuf>,
    /// Neither read nor write the history file.
    pub no_history: bool,
    /// How diagnostics are written.
    pub error_format: ErrorFormat,
    /// Output width in columns.
    pub width: usize,
    /// Colour the input line (a terminal without `NO_COLOR`).
    pub color: bool,
}

/// Maximum history entries kept.
const HISTORY_SIZE: usize = 1000;

/// The prompt: `coexist prod.json* > ` (the `*` while the model has unsaved changes).
pub fn prompt(state: Option<&std::path::Path>, dirty: bool) -> String {
    match state {
        None => "coexist > ".to_string(),
        Some(path) => {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into(),
            );
            format!("coexist {name}{} > ", if dirty { "*" } else { "" })
        }
    }
}

/// Runs the interactive session over `model` until Ctrl-D, `exit` or `exit N`; returns the
/// process exit code (N, else 0).
pub fn run(model: Model, options: &ReplOptions) -> i32 {
    let settings = Settings {
        error_format: options.error_format,
        output_format: OutputFormat::Text,
        width: options.width,
        dry_run: false,
        timeout: None,
    };
    let mut session = Session::new(
        model,
        settings,
        Box::new(std::io::stdout()),
        Box::new(std::io::stderr()),
    );
    session.set_prompter(Box::new(prompt::TerminalPrompter));
    session.set_progress_bars(true);
    if let Some(state) = &options.state {
        session.allow_path(state);
    }
    let names = Arc::new(RwLock::new(Names::default()));
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .max_history_size(HISTORY_SIZE)
        .and_then(|b| b.history_ignore_dups(true))
        .map(|b| b.build())
        .unwrap_or_default();
    let mut editor: Editor<ReplHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(editor) => editor,
        Err(e) => {
            session.report(&Diag::new(
                "coexist::repl::terminal",
                Severity::Error,
                format!("cannot start the line editor: {e}"),
            ));
            return 1;
        }
    };
    editor.set_helper(Some(ReplHelper::new(names.clone(), options.color)));
    let history_file = (!options.no_history).then(history::history_file).flatten();
    if let Some(path) = &history_file {
        let _ = editor.load_history(path);
    }

    let mut dirty = false;
    let mut entry = 0usize;
    let exit_code = loop {
        refresh(&session, &names);
        let line = match editor.readline(&prompt(options.state.as_deref(), dirty)) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break 0,
            Err(e) => {
                session.report(&Diag::new(
                    "coexist::repl::terminal",
                    Severity::Error,
                    format!("cannot read the input: {e}"),
                ));
                break 1;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        if history_file.is_some() {
            add_history(&mut editor, &line);
        }
        if line.trim().eq_ignore_ascii_case("exit") {
            break 0;
        }
        let mut line = line;
        let questions = confirm::questions(&line);
        if !questions.is_empty() {
            let approved = confirm::approve(
                &questions,
                |choices| editor.readline(choices).ok(),
                |text| session.print(text),
            );
            if !approved {
                continue;
            }
        }
        if let Some(force) = confirm::force_question(&line, session.model()) {
            let approved = confirm::approve_texts(
                &[confirm::force_prompt_text(&force)],
                |choices| editor.readline(choices).ok(),
                |text| session.print(text),
            );
            if !approved {
                continue;
            }
            line = force.forced_text;
        }
        entry += 1;
        let before = options.state.as_ref().map(|_| session.model().clone());
        let outcome = session.run_source(&format!("<repl:{entry}>"), &line);
        if before.as_ref().is_some_and(|b| b != session.model()) {
            dirty = true;
        }
        if let (Some(path), true) = (&options.state, dirty) {
            if outcome.errors == 0 && !outcome.syntax_failed {
                match crate::state::save(path, session.model()) {
                    Ok(()) => dirty = false,
                    Err(e) => session.report(
                        &Diag::new(e.code(), Severity::Error, e.to_string())
                            .with_help(Some(e.help().to_string())),
                    ),
                }
            }
        }
        if let Some(code) = outcome.exit_code {
            break code;
        }
    };
    if let Some(path) = &history_file {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.save_history(path);
    }
    exit_code
}

/// Copies the session's current names into the helper's snapshot.
fn refresh(session: &Session, names: &Arc<RwLock<Names>>) {
    let fresh = Names::from_model(
        session.model(),
        session.variable_names(),
        session.function_names(),
    );
    match names.write() {
        Ok(mut slot) => *slot = fresh,
        Err(poisoned) => *poisoned.into_inner() = fresh,
    }
}

/// Adds `line` to the history, removing an older copy so each entry appears once.
fn add_history(editor: &mut Editor<ReplHelper, DefaultHistory>, line: &str) {
    let history = editor.history_mut();
    let kept: Vec<String> = history.iter().filter(|e| *e != line).cloned().collect();
    if kept.len() != history.len() {
        let _ = history.clear();
        for e in kept {
            let _ = history.add(&e);
        }
    }
    let _ = history.add(line);
}
