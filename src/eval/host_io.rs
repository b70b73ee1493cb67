//! The interpreter's side of the [`Host`](crate::cmdlets::command::Host) calls that reach
//! past the language: waiting (`Start-Sleep`), running text (`Invoke-Expression`) and writing
//! the transcript at the end of a run.

use crate::cmdlets::command::CommandError;
use crate::eval::error::RuntimeError;
use crate::eval::interp::{Exec, MAX_CALL_DEPTH};
use crate::eval::unwind::{codes, Ctl};
use crate::eval::value::Value;
use crate::span::{SourceId, Span};
use std::time::{Duration, Instant};

/// The source id of `Invoke-Expression` text and dot-sourced files when the output keeps no
/// source table.
pub(crate) const UNNAMED_SOURCE: SourceId = SourceId(u32::MAX);

impl Exec<'_> {
    /// Waits `duration`: not at all in a dry run, never past the run's deadline (which then
    /// stops the run with `coexist::eval::timeout`).
    pub(crate) fn wait(&mut self, duration: Duration, span: Span) -> Result<(), CommandError> {
        if self.interp.options.dry_run {
            return Ok(());
        }
        let wanted = Instant::now().checked_add(duration);
        let until = match (wanted, self.interp.options.deadline) {
            (Some(wanted), Some(deadline)) => wanted.min(deadline),
            (Some(wanted), None) => wanted,
            (None, Some(deadline)) => deadline,
            (None, None) => Instant::now() + Duration::from_secs(u64::from(u32::MAX)),
        };
        std::thread::sleep(until.saturating_duration_since(Instant::now()));
        self.check_deadline(span).map_err(|ctl| self.unwind(ctl))
    }

    /// Parses `text` and runs it in the current scope, as `Invoke-Expression` does: the same
    /// interpreter, the same commands and the same file gate, so nothing the script could not
    /// do itself becomes possible. Text that does not parse is `coexist::eval::unsupported`.
    pub(crate) fn run_text(&mut self, text: &str, span: Span) -> Result<Vec<Value>, CommandError> {
        let id = self
            .out
            .add_source("<Invoke-Expression>", text)
            .unwrap_or(UNNAMED_SOURCE);
        self.interp.add_source(id, std::sync::Arc::from(text));
        let script = crate::syntax::parse(text, id).map_err(|errors| {
            let first = errors.first().map_or_else(String::new, |e| e.to_string());
            CommandError::from(
                RuntimeError::new(
                    codes::UNSUPPORTED,
                    format!("Invoke-Expression cannot run this text: {first}"),
                    span,
                )
                .with_help(
                    "coexist runs only text it can parse; write the command into the script \
                     instead of building it as a string",
                ),
            )
        })?;
        if self.interp.call_depth >= MAX_CALL_DEPTH {
            return Err(self.unwind(self.recursion_error(span)));
        }
        self.interp.call_depth += 1;
        let mut sink = Vec::new();
        let result = self
            .check_stack(span)
            .and_then(|()| self.exec_statements(&script.statements, &mut sink));
        self.interp.call_depth -= 1;
        result.map(|()| sink).map_err(|ctl| self.unwind(ctl))
    }

    /// Hands a signal raised inside a command's call back to the pipeline, which resumes it
    /// (as [`crate::cmdlets::command::Host::invoke_block`] does).
    fn unwind(&mut self, ctl: Ctl) -> CommandError {
        let flow = ctl.clone().into_flow();
        self.interp.pending = Some(ctl);
        CommandError::Flow(Box::new(flow))
    }

    /// At the end of a run: adds what it printed to the open transcript and writes the
    /// transcript's file; a failure is reported on `span` (the script).
    pub(crate) fn flush_transcript(&mut self, span: Span) {
        if self.interp.files.transcript().is_none() {
            return;
        }
        let printed = self.out.capture(false);
        if let Some(transcript) = self.interp.files.transcript() {
            transcript.record(&printed);
        }
        if let Err(e) = self.interp.files.flush_transcript(None) {
            let error = RuntimeError::new(e.code(), e.message(), span).with_help(e.help());
            self.interp.errors += 1;
            self.out.error(&error.into());
        }
    }
}
