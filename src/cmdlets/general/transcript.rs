//! Start-Transcript and Stop-Transcript: a file holding a header and everything the session
//! prints (output, host text, What-if lines, warnings and errors, without colours), as
//! PowerShell's transcripts do. The file goes through the session's file gate: it is contained,
//! rewritten atomically at the end of each run and at Stop-Transcript, and in a dry run or
//! under `-WhatIf` only pretended.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::file_io::{self, FileArg};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::unwind::codes::INVALID_OPERATION;
use crate::eval::value::Value;
use crate::files::encoding::NEWLINE;
use crate::files::{Mode, Transcript};

/// The line framing the header and footer.
const RULE: &str = "**********************";

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![start_transcript(), stop_transcript()]
}

/// The current UTC time as `yyyyMMddHHmmss`, as transcripts stamp it.
fn stamp() -> String {
    crate::cmdlets::general::clock::now().format("yyyyMMddHHmmss")
}

/// Lines joined with the platform's line end, one after the last too.
fn block(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l}{NEWLINE}")).collect()
}

fn start_transcript() -> CmdletSpec {
    CmdletSpec {
        name: "Start-Transcript",
        aliases: &[],
        synopsis: "Copies everything the session prints into a file, after a header.",
        description: "Writes a header (start time, user, process, coexist version) and from then \
            on everything printed: output, host text, What-if lines, warnings and errors. The \
            file is rewritten at the end of each run and at Stop-Transcript. Without -Path it is \
            PowerShell_transcript.<time>.txt in -OutputDirectory or the working folder. -Append \
            keeps what the file held. Under -WhatIf or in a dry run it prints `What if: \
            Performing the operation \"Output to File\"` and writes nothing.",
        signature: Signature::new()
            .param(
                ParamSpec::new("Path", ParamKind::String, "The transcript file.")
                    .aliases(&["LiteralPath", "PSPath", "Transcript"])
                    .position(0),
            )
            .param(ParamSpec::new(
                "OutputDirectory",
                ParamKind::String,
                "The folder for a transcript named after the start time.",
            ))
            .param(ParamSpec::new(
                "Append",
                ParamKind::Switch,
                "Keeps the file's content and adds after it.",
            ))
            .param(
                ParamSpec::new("NoClobber", ParamKind::Switch, "Fails if the file exists.")
                    .aliases(&["NoOverwrite"]),
            )
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Accepted for PowerShell compatibility.",
            ))
            .param(ParamSpec::new(
                "IncludeInvocationHeader",
                ParamKind::Switch,
                "Accepted for PowerShell compatibility.",
            )),
        examples: vec![Example {
            description: "Keep a record of a run, then look at its last line.",
            script: "Start-Transcript run.txt | Out-Null\nWrite-Host 'moving users'\n\
                     Stop-Transcript | Out-Null\n(Get-Content run.txt) -contains 'moving users'",
            output: Some("moving users\nTrue\n"),
        }],
        mutating: true,
        factory: || Box::new(StartTranscript),
    }
}

/// Start-Transcript.
struct StartTranscript;

impl Command for StartTranscript {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if let Some(open) = file_io::gate(host, args.command_span)?.transcript() {
            return Err(RuntimeError::new(
                INVALID_OPERATION,
                format!(
                    "a transcript is already being written to {}",
                    open.path().typed()
                ),
                args.command_span,
            )
            .with_help("stop it with Stop-Transcript first")
            .into());
        }
        let file = target(host, args)?;
        let mode = file_io::change_mode(host, args, "Output to File", &file);
        let prefix = existing(host, args, &file, mode)?;
        let user = std::env::var("USERNAME")
            .or_else(|_| std::env::var("USER"))
            .unwrap_or_default();
        let header = block(&[
            RULE.into(),
            "coexist transcript start".into(),
            format!("Start time: {}", stamp()),
            format!("Username: {user}"),
            format!("Process ID: {}", std::process::id()),
            format!("Host Application: coexist {}", env!("CARGO_PKG_VERSION")),
            RULE.into(),
        ]);
        let gate = file_io::gate(host, file.span)?;
        gate.open_transcript(Transcript::new(file.path.clone(), mode, prefix, &header));
        if let Err(e) = gate.flush_transcript(None) {
            gate.close_transcript();
            return Err(file_io::file_error(e, file.span));
        }
        host.transcribe(true);
        out.push(Value::str(format!(
            "Transcript started, output file is {}",
            file.typed()
        )));
        Ok(())
    }
}

/// The transcript file: `-Path`, else a time-stamped name in `-OutputDirectory` or here.
fn target(host: &mut dyn Host, args: &Bound) -> Result<FileArg, CommandError> {
    if args.string("Path").is_some() {
        return file_io::resolve_param(host, args, "Path");
    }
    let name = format!("PowerShell_transcript.{}.txt", stamp());
    let (typed, span) = match args.string("OutputDirectory") {
        Some(folder) => (
            crate::cmdlets::general::path::join(&folder, &name),
            args.span_of("OutputDirectory"),
        ),
        None => (name, args.command_span),
    };
    file_io::resolve(host, &typed, span)
}

/// What the file holds before the transcript: kept with `-Append`; `-NoClobber` refuses an
/// existing file.
fn existing(
    host: &mut dyn Host,
    args: &Bound,
    file: &FileArg,
    mode: Mode,
) -> Result<Vec<u8>, CommandError> {
    let append = args.switch("Append");
    if !append && !args.switch("NoClobber") {
        return Ok(Vec::new());
    }
    let gate = file_io::gate(host, file.span)?;
    if gate.entry(&file.path, mode).is_none() {
        return Ok(Vec::new());
    }
    if !append {
        let exists = crate::files::FileError::Exists {
            path: file.typed().to_string(),
        };
        return Err(file_io::file_error(exists, file.span));
    }
    gate.read(&file.path, mode)
        .map_err(|e| file_io::file_error(e, file.span))
}

fn stop_transcript() -> CmdletSpec {
    CmdletSpec {
        name: "Stop-Transcript",
        aliases: &[],
        synopsis: "Ends the transcript Start-Transcript began and writes its file.",
        description: "Adds what was printed since the last write and a footer with the end \
            time, writes the file and stops copying. Without a transcript it is \
            coexist::eval::invalid_operation.",
        signature: Signature::new(),
        examples: vec![Example {
            description: "The message names the file.",
            script: "Start-Transcript log.txt | Out-Null\nStop-Transcript",
            output: Some("Transcript stopped, output file is log.txt\n"),
        }],
        mutating: false,
        factory: || Box::new(StopTranscript),
    }
}

/// Stop-Transcript.
struct StopTranscript;

impl Command for StopTranscript {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let printed = host.transcribe(false);
        let gate = file_io::gate(host, args.command_span)?;
        let Some(transcript) = gate.transcript() else {
            return Err(RuntimeError::new(
                INVALID_OPERATION,
                "no transcript is being written",
                args.command_span,
            )
            .with_help("start one with Start-Transcript")
            .into());
        };
        transcript.record(&printed);
        let footer = block(&[
            RULE.into(),
            "coexist transcript end".into(),
            format!("End time: {}", stamp()),
            RULE.into(),
        ]);
        let path = gate
            .flush_transcript(Some(&footer))
            .map_err(|e| file_io::file_error(e, args.command_span))?;
        out.push(Value::str(format!(
            "Transcript stopped, output file is {}",
            path.unwrap_or_default()
        )));
        Ok(())
    }
}
