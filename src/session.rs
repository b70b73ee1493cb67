//! **API boundary.** One [`Session`] = one interpreter with its model, the table of sources
//! it has seen and the printer its output goes through. Front ends (`main.rs`, `repl/`) call
//! [`Session::run_source`] and read the [`Outcome`]; nothing below this layer prints.
//! [`rehearsal`] runs one changing document again and again as a dry run (the language
//! server), collecting diagnostics instead of printing them.

pub mod rehearsal;

use crate::diag::{Diag, ErrorFormat};
use crate::eval::binder::Arg;
use crate::eval::interp::{Interpreter, Output, RunOptions};
use crate::eval::value::Value;
use crate::model::Model;
use crate::output::{OutputFormat, Printer, Prompter, Tally};
use crate::span::{SourceMap, Span};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: i32 = 130;

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
    /// Ctrl-C stopped the run ([`Session::interrupt_flag`]).
    pub interrupted: bool,
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
    prompter: Option<Box<dyn Prompter>>,
    progress_bars: bool,
    interrupt: Arc<AtomicBool>,
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
            prompter: None,
            progress_bars: false,
            interrupt: Arc::default(),
            recorded: None,
        }
    }

    /// The flag a Ctrl-C handler sets to stop the running source with
    /// `coexist::eval::interrupted`. Nothing clears it but [`Session::clear_interrupt`], so a
    /// Ctrl-C pressed while the text is still being parsed stops the run at its first statement.
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// Makes Ctrl-C set this session's interrupt flag (the handler is the process's only one:
    /// a second call fails). With `second_exits`, a second Ctrl-C before the flag is cleared
    /// ends the process at once with [`EXIT_INTERRUPTED`], for a batch run busy where the
    /// interpreter does not look (parsing a huge script); the state file is never half written.
    pub fn stop_on_ctrl_c(&self, second_exits: bool) -> Result<(), ctrlc::Error> {
        let flag = self.interrupt.clone();
        ctrlc::set_handler(move || {
            if flag.swap(true, Ordering::SeqCst) && second_exits {
                std::process::exit(EXIT_INTERRUPTED);
            }
        })
    }

    /// Forgets an earlier Ctrl-C (the REPL does before each entry).
    pub fn clear_interrupt(&self) {
        self.interrupt.store(false, Ordering::SeqCst);
    }

    /// Puts back a model saved before an entry: the REPL undoes an interrupted entry's changes.
    pub fn restore_model(&mut self, model: Model) {
        *self.interpreter.model_mut() = model;
    }

    /// From now on also keeps every diagnostic it prints, for [`Session::recorded`].
    pub fn record_diagnostics(&mut self) {
        self.recorded.get_or_insert_with(Vec::new);
    }

    /// The diagnostics printed since [`Session::record_diagnostics`], in order.
    pub fn recorded(&self) -> &[Diag] {
        self.recorded.as_deref().unwrap_or_default()
    }

    /// Lets `Read-Host`, `Get-Credential` and `Out-GridView` ask through `prompter` (the
    /// REPL's); without one they fail as in any batch run.
    pub fn set_prompter(&mut self, prompter: Box<dyn Prompter>) {
        self.prompter = Some(prompter);
    }

    /// Draws `Write-Progress` bars on stderr (when it is a terminal).
    pub fn set_progress_bars(&mut self, on: bool) {
        self.progress_bars = on;
    }

    /// Lets the script's files reach `path` (a folder or a file named on the command line)
    /// besides the working folder.
    pub fn allow_path(&mut self, path: &std::path::Path) {
        self.interpreter.files_mut().allow(path);
    }

    /// Makes the script's relative paths start at `folder` (which becomes a contained folder)
    /// instead of the process's working folder: for front ends embedding a session, and tests.
    pub fn set_working_folder(&mut self, folder: &std::path::Path) {
        self.interpreter.files_mut().set_base(folder);
    }

    /// Runs the script at `script` from here on: its folder becomes a contained folder and
    /// `$PSScriptRoot` / `$PSCommandPath` name it, as PowerShell sets them.
    pub fn set_script_path(&mut self, script: &std::path::Path) {
        let full = std::path::absolute(script).unwrap_or_else(|_| script.to_path_buf());
        let full = crate::files::path::normal(&full);
        if let Some(folder) = full.parent() {
            self.interpreter.files_mut().allow(folder);
            self.interpreter
                .set_variable("PSScriptRoot", Value::str(folder.display().to_string()));
        }
        self.interpreter
            .set_variable("PSCommandPath", Value::str(full.display().to_string()));
        let file = full.file_name().map(|f| f.to_string_lossy().into_owned());
        let command =
            crate::eval::value::PsObject::new("System.Management.Automation.ExternalScriptInfo")
                .with("Name", Value::str(file.unwrap_or_default()))
                .with("Path", Value::str(full.display().to_string()))
                .with("Definition", Value::str(full.display().to_string()))
                .with("CommandType", Value::str("ExternalScript"));
        let invocation =
            crate::eval::value::PsObject::new("System.Management.Automation.InvocationInfo")
                .with("MyCommand", Value::object(command))
                .with("InvocationName", Value::str(script.display().to_string()))
                .with("ScriptName", Value::str(""))
                .with("PSScriptRoot", Value::str(""))
                .with("PSCommandPath", Value::str(""));
        self.interpreter
            .set_variable("MyInvocation", Value::object(invocation));
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
            Ok(script) => {
                // The interpreter reads call lines from it (`$MyInvocation.Line`, error positions).
                self.interpreter.add_source(id, std::sync::Arc::from(text));
                script
            }
            Err(errors) => {
                for e in &errors {
                    self.report(&Diag::from(e));
                }
                return Outcome {
                    errors: errors.len(),
                    warnings: 0,
                    exit_code: None,
                    syntax_failed: true,
                    interrupted: false,
                };
            }
        };
        let options = RunOptions {
            dry_run: self.settings.dry_run,
            width: self.settings.width,
            deadline: self.settings.timeout.map(|t| std::time::Instant::now() + t),
            interrupt: Some(self.interrupt.clone()),
        };
        let binds = !args.is_empty() || script.param_block.is_some();
        let args = if binds {
            self.command_line_args(args)
        } else {
            Vec::new()
        };
        let prompter: Option<&mut dyn Prompter> = match &mut self.prompter {
            Some(p) => Some(p.as_mut()),
            None => None,
        };
        let mut printer = Printer::new(
            &mut self.sources,
            self.settings.error_format,
            self.settings.output_format,
            self.settings.width,
            &mut *self.stdout,
            &mut *self.stderr,
        )
        .with_prompter(prompter)
        .with_progress_bars(self.progress_bars);
        if self.recorded.is_some() {
            printer = printer.recording();
        }
        let bound = if binds {
            self.interpreter
                .bind_script_params_to(&script, args, &mut printer)
                .map_err(|e| printer.error(&e.into()))
        } else {
            Ok(())
        };
        let run = match bound {
            Ok(()) => {
                self.interpreter.set_options(options);
                self.interpreter.run(&script, &mut printer)
            }
            Err(()) => crate::eval::interp::RunOutcome::default(),
        };
        let Tally { errors, warnings } = printer.tally();
        if let Some(recorded) = &mut self.recorded {
            recorded.extend(printer.into_recorded());
        }
        Outcome {
            errors: errors.max(run.errors),
            warnings: warnings.max(run.warnings),
            exit_code: run.exit_code,
            syntax_failed: false,
            interrupted: run.interrupted,
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
