//! **API boundary.** One [`Session`] = one interpreter with its model, the table of sources
//! it has seen and the printer its output goes through. Front ends (`main.rs`, `repl/`) call
//! [`Session::run_source`] and read the [`Outcome`]; nothing below this layer prints.
//! [`rehearsal`] runs one changing document again and again as a dry run (the language
//! server), collecting diagnostics instead of printing them.

pub mod rehearsal;

use crate::diag::{Diag, ErrorFormat};
use crate::eval::binder::Arg;
use crate::eval::interp::{Interpreter, RunOptions};
use crate::eval::value::Value;
use crate::model::Model;
use crate::output::{OutputFormat, Printer, Tally};
use crate::span::{SourceMap, Span};
use std::io::Write;

/// How one run of a source ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Errors reported (not caught, not silenced).
    pub errors: usize,
    /// Warnings reported.
    pub warnings: usize,
    /// `exit N` from the script, if any.
    pub exit_code: Option<i32>,
    /// The source did not parse: nothing ran.
    pub syntax_failed: bool,
}

/// Settings of a session's front end.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// How diagnostics are written.
    pub error_format: ErrorFormat,
    /// How output objects are written.
    pub output_format: OutputFormat,
    /// Output width in columns.
    pub width: usize,
    /// Run against the model as a dry run (What-if lines, nothing written).
    pub dry_run: bool,
    /// Stop the run with `coexist::eval::timeout` after this long.
    pub timeout: Option<std::time::Duration>,
}

/// An interpreter, its sources and where its output goes.
pub struct Session {
    sources: SourceMap,
    interpreter: Interpreter,
    settings: Settings,
    stdout: Box<dyn Write>,
    stderr: Box<dyn Write>,
    recorded: Option<Vec<Diag>>,
}

impl Session {
    /// A session over `model`, printing to the given writers.
    pub fn new(
        model: Model,
        settings: Settings,
        stdout: Box<dyn Write>,
        stderr: Box<dyn Write>,
    ) -> Self {
        Session {
            sources: SourceMap::default(),
            interpreter: Interpreter::new(model),
            settings,
            stdout,
            stderr,
            recorded: None,
        }
    }

    /// From now on also keeps every diagnostic it prints, for [`Session::recorded`].
    pub fn record_diagnostics(&mut self) {
        self.recorded.get_or_insert_with(Vec::new);
    }

    /// The diagnostics printed since [`Session::record_diagnostics`], in order.
    pub fn recorded(&self) -> &[Diag] {
        self.recorded.as_deref().unwrap_or_default()
    }

    /// The model as it stands.
    pub fn model(&self) -> &Model {
        self.interpreter.model()
    }

    /// Ends the session, returning its model.
    pub fn into_model(self) -> Model {
        self.interpreter.into_model()
    }

    /// Names of the variables defined so far (lower case, without `$`), for completion.
    pub fn variable_names(&self) -> Vec<String> {
        self.interpreter.variable_names()
    }

    /// Names of the script functions defined so far, for completion and highlighting.
    pub fn function_names(&self) -> Vec<String> {
        self.interpreter.function_names()
    }

    /// The sources seen so far.
    pub fn sources(&self) -> &SourceMap {
        &self.sources
    }

    /// Prints one diagnostic to stderr in the session's error format.
    pub fn report(&mut self, diag: &Diag) {
        let text = self.settings.error_format.render(diag, &self.sources);
        let _ = self.stderr.write_all(text.as_bytes());
        if let Some(recorded) = &mut self.recorded {
            recorded.push(diag.clone());
        }
    }

    /// Parses `text` only, reporting every syntax error. True when it parses.
    pub fn check_source(&mut self, name: &str, text: &str) -> bool {
        let id = self.sources.add(name, text);
        match crate::syntax::parse(text, id) {
            Ok(_) => true,
            Err(errors) => {
                for e in &errors {
                    self.report(&Diag::from(e));
                }
                false
            }
        }
    }

    /// Writes text to the session's stdout (the plan summary).
    pub fn print(&mut self, text: &str) {
        let _ = self.stdout.write_all(text.as_bytes());
    }

    /// Parses `text` (named `name` in diagnostics) and, if it parses, runs it.
    /// Syntax errors are all reported and nothing runs.
    pub fn run_source(&mut self, name: &str, text: &str) -> Outcome {
        self.run_script(name, text, &[])
    }

    /// Like [`Session::run_source`], binding `args` (`coexist run SCRIPT -- ARGS…`) to the
    /// script's `param()` block first: `-Name` names a parameter, anything else is a value.
    pub fn run_script(&mut self, name: &str, text: &str, args: &[String]) -> Outcome {
        let id = self.sources.add(name, text);
        let script = match crate::syntax::parse(text, id) {
            Ok(script) => script,
            Err(errors) => {
                for e in &errors {
                    self.report(&Diag::from(e));
                }
                return Outcome {
                    errors: errors.len(),
                    warnings: 0,
                    exit_code: None,
                    syntax_failed: true,
                };
            }
        };
        let options = RunOptions {
            dry_run: self.settings.dry_run,
            width: self.settings.width,
            deadline: self.settings.timeout.map(|t| std::time::Instant::now() + t),
        };
        if !args.is_empty() || script.param_block.is_some() {
            let args = self.command_line_args(args);
            if let Err(e) = self.interpreter.bind_script_params(&script, args) {
                self.report(&Diag::from(&e));
                return Outcome {
                    errors: 1,
                    warnings: 0,
                    exit_code: None,
                    syntax_failed: false,
                };
            }
        }
        let mut printer = Printer::new(
            &self.sources,
            self.settings.error_format,
            self.settings.output_format,
            self.settings.width,
            &mut *self.stdout,
            &mut *self.stderr,
        );
        if self.recorded.is_some() {
            printer = printer.recording();
        }
        self.interpreter.set_options(options);
        let run = self.interpreter.run(&script, &mut printer);
        let Tally { errors, warnings } = printer.tally();
        if let Some(recorded) = &mut self.recorded {
            recorded.extend(printer.into_recorded());
        }
        Outcome {
            errors: errors.max(run.errors),
            warnings: warnings.max(run.warnings),
            exit_code: run.exit_code,
            syntax_failed: false,
        }
    }

    /// Turns command-line words into binder arguments, with spans into a source named
    /// `<arguments>` so binding errors can point at the word.
    fn command_line_args(&mut self, words: &[String]) -> Vec<Arg> {
        let text = words.join(" ");
        let id = self.sources.add("<arguments>", text.as_str());
        let mut offset = 0;
        let mut args = Vec::new();
        for word in words {
            let span = Span::new(id, offset, offset + word.len());
            offset += word.len() + 1;
            let is_parameter = word.len() > 1
                && word.starts_with('-')
                && word[1..].starts_with(|c: char| c.is_alphabetic() || c == '_');
            args.push(if is_parameter {
                Arg::Parameter {
                    name: word[1..].to_string(),
                    span,
                    attached: None,
                }
            } else {
                Arg::Value {
                    value: Value::str(word),
                    span,
                }
            });
        }
        args
    }

    /// Writes the end-of-run summary line (`name: 3 errors, 12 warnings`) if anything was reported.
    pub fn summarize(&mut self, name: &str, outcome: &Outcome) {
        if outcome.errors == 0 && outcome.warnings == 0 {
            return;
        }
        let line = match self.settings.error_format {
            ErrorFormat::Json => format!(
                "{}\n",
                serde_json::json!({"summary": {"errors": outcome.errors, "warnings": outcome.warnings}})
            ),
            ErrorFormat::Human { .. } => format!(
                "{name}: {}, {}\n",
                plural(outcome.errors, "error"),
                plural(outcome.warnings, "warning")
            ),
        };
        let _ = self.stderr.write_all(line.as_bytes());
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
