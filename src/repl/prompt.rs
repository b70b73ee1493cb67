//! The REPL's [`Prompter`]: `Read-Host`, `Get-Credential` and `Out-GridView` ask here, on a
//! line editor of their own (no history, no completion); secret answers show as `*`.

use crate::cmdlets::command::NoAnswer;
use crate::output::Prompter;
use rustyline::config::Configurer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::history::DefaultHistory;
use rustyline::{ColorMode, Editor};
use std::borrow::Cow;

/// Asks on the terminal.
#[derive(Debug, Default)]
pub struct TerminalPrompter;

impl Prompter for TerminalPrompter {
    fn ask(&mut self, question: &str, secret: bool) -> Result<String, NoAnswer> {
        let mut editor: Editor<Masking, DefaultHistory> =
            Editor::new().map_err(|_| NoAnswer::Cancelled)?;
        editor.set_auto_add_history(false);
        if secret {
            editor.set_helper(Some(Masking));
            editor.set_color_mode(ColorMode::Forced);
        }
        match editor.readline(&format!("{question}: ")) {
            Ok(line) => Ok(line),
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => Err(NoAnswer::Cancelled),
            Err(_) => Err(NoAnswer::Cancelled),
        }
    }
}

/// Shows every typed character as `*`.
#[derive(rustyline::Completer, rustyline::Helper, rustyline::Hinter, rustyline::Validator)]
struct Masking;

impl Highlighter for Masking {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        Cow::Owned("*".repeat(line.chars().count()))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        true
    }
}
