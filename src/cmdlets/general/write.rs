//! Write-Output, Write-Host, Write-Warning, Write-Error, Write-Verbose, Write-Debug,
//! Write-Progress and Clear-Host.

use crate::cmdlets::command::{Bound, Command, CommandError, Host, Progress, Warning};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;

/// `Write-Error`'s non-terminating error.
///
/// Resolution: whatever the script's message says; `-ErrorAction SilentlyContinue` hides it.
pub const WRITE_ERROR: &str = "coexist::eval::write_error";

/// The console colours `-ForegroundColor`/`-BackgroundColor` accept.
const COLOURS: &[&str] = &[
    "Black",
    "DarkBlue",
    "DarkGreen",
    "DarkCyan",
    "DarkRed",
    "DarkMagenta",
    "DarkYellow",
    "Gray",
    "DarkGray",
    "Blue",
    "Green",
    "Cyan",
    "Red",
    "Magenta",
    "Yellow",
    "White",
];

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        write_output(),
        write_host(),
        write_warning(),
        write_error(),
        write_verbose(),
        write_debug(),
        write_progress(),
        clear_host(),
    ]
}

/// A `-Message` parameter: mandatory, positional, from the pipeline.
fn message_param(description: &str) -> ParamSpec {
    ParamSpec::new("Message", ParamKind::String, description)
        .aliases(&["Msg"])
        .position(0)
        .mandatory()
        .from_pipeline()
}

fn write_output() -> CmdletSpec {
    CmdletSpec {
        name: "Write-Output",
        aliases: &["echo", "write"],
        synopsis: "Sends objects down the pipeline.",
        description: "Writes each object to the pipeline; at the end of a statement they are \
            printed. Arrays are enumerated unless -NoEnumerate is given.",
        signature: Signature::new()
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The objects to send.")
                    .position(0)
                    .mandatory()
                    .from_pipeline()
                    .remaining(),
            )
            .param(ParamSpec::new(
                "NoEnumerate",
                ParamKind::Switch,
                "Sends an array as one object.",
            )),
        examples: vec![
            Example {
                description: "Output a string.",
                script: "Write-Output 'Migration started'",
                output: Some("Migration started\n"),
            },
            Example {
                description: "Each argument becomes one output object.",
                script: "echo one two three",
                output: Some("one\ntwo\nthree\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(WriteOutput),
    }
}

/// Write-Output.
struct WriteOutput;

impl Command for WriteOutput {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let value = args.get("InputObject").cloned().unwrap_or_default();
        if args.switch("NoEnumerate") {
            out.push(value);
        } else if let Value::Array(items) = &value {
            out.extend(items.borrow().iter().cloned());
        } else {
            out.push(value);
        }
        Ok(())
    }
}

fn write_host() -> CmdletSpec {
    CmdletSpec {
        name: "Write-Host",
        aliases: &[],
        synopsis: "Writes text straight to the console, bypassing the pipeline.",
        description: "Joins its arguments with spaces (or -Separator) and prints them. Colours \
            are accepted and ignored.",
        signature: Signature::new()
            .param(
                ParamSpec::new("Object", ParamKind::Any, "What to print.")
                    .position(0)
                    .from_pipeline()
                    .remaining(),
            )
            .param(ParamSpec::new(
                "NoNewline",
                ParamKind::Switch,
                "Does not end the text with a line end.",
            ))
            .param(ParamSpec::new(
                "Separator",
                ParamKind::String,
                "Text put between the printed objects (default one space).",
            ))
            .param(
                ParamSpec::new("ForegroundColor", ParamKind::Enum, "Text colour (ignored).")
                    .aliases(&["fg"])
                    .values(COLOURS),
            )
            .param(
                ParamSpec::new(
                    "BackgroundColor",
                    ParamKind::Enum,
                    "Background colour (ignored).",
                )
                .aliases(&["bg"])
                .values(COLOURS),
            ),
        examples: vec![
            Example {
                description: "Print a progress line in green.",
                script: "Write-Host 'Moving users' -ForegroundColor Green",
                output: Some("Moving users\n"),
            },
            Example {
                description: "Several arguments are joined with spaces.",
                script: "Write-Host 'Pool' 1 'of' 3",
                output: Some("Pool 1 of 3\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(WriteHost),
    }
}

/// Write-Host.
struct WriteHost;

impl Command for WriteHost {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let separator = args.string("Separator").unwrap_or_else(|| " ".into());
        let mut text = match args.get("Object") {
            Some(Value::Array(items)) => items
                .borrow()
                .iter()
                .map(Value::to_display_string)
                .collect::<Vec<_>>()
                .join(&separator),
            Some(v) => v.to_display_string(),
            None => String::new(),
        };
        if !args.switch("NoNewline") {
            text.push('\n');
        }
        host.write_host(&text);
        Ok(())
    }
}

fn write_warning() -> CmdletSpec {
    CmdletSpec {
        name: "Write-Warning",
        aliases: &[],
        synopsis: "Reports a warning.",
        description: "Reports the message as a warning diagnostic; the script goes on.",
        signature: Signature::new().param(message_param("The warning text.")),
        examples: vec![Example {
            description: "Warn about something the script skips.",
            script: "Write-Warning 'Pool pchat.contoso.com has no file store yet'",
            output: None,
        }],
        mutating: false,
        factory: || Box::new(WriteWarning),
    }
}

/// Write-Warning.
struct WriteWarning;

impl Command for WriteWarning {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        host.warn(Warning::Text {
            message: args.string("Message").unwrap_or_default(),
            span: args.command_span,
        });
        Ok(())
    }
}

fn write_error() -> CmdletSpec {
    CmdletSpec {
        name: "Write-Error",
        aliases: &[],
        synopsis: "Reports a non-terminating error.",
        description: "Reports the message as an error (code coexist::eval::write_error); the \
            script goes on unless -ErrorAction Stop or $ErrorActionPreference = 'Stop'.",
        signature: Signature::new()
            .param(message_param("The error text."))
            .param(ParamSpec::new(
                "Category",
                ParamKind::String,
                "Error category (accepted, not shown).",
            ))
            .param(ParamSpec::new(
                "ErrorId",
                ParamKind::String,
                "Error identifier (accepted, not shown).",
            ))
            .param(ParamSpec::new(
                "TargetObject",
                ParamKind::Any,
                "The object the error is about (accepted, not shown).",
            )),
        examples: vec![Example {
            description: "A silenced error does not stop the script.",
            script: "Write-Error 'User not found' -ErrorAction SilentlyContinue; 'next'",
            output: Some("next\n"),
        }],
        mutating: false,
        factory: || Box::new(WriteError),
    }
}

/// Write-Error.
struct WriteError;

impl Command for WriteError {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        Err(RuntimeError::new(
            WRITE_ERROR,
            args.string("Message").unwrap_or_default(),
            args.command_span,
        )
        .into())
    }
}

fn write_verbose() -> CmdletSpec {
    CmdletSpec {
        name: "Write-Verbose",
        aliases: &[],
        synopsis: "Writes a verbose message when verbose output is on.",
        description: "Prints `VERBOSE: message` when -Verbose is given or $VerbosePreference is \
            'Continue'; otherwise prints nothing.",
        signature: Signature::new().param(message_param("The message.")),
        examples: vec![
            Example {
                description: "Shown only with -Verbose.",
                script: "Write-Verbose 'Checking pools' -Verbose",
                output: Some("VERBOSE: Checking pools\n"),
            },
            Example {
                description: "Without -Verbose nothing is printed.",
                script: "Write-Verbose 'Checking pools'",
                output: Some(""),
            },
        ],
        mutating: false,
        factory: || Box::new(WriteVerbose),
    }
}

/// Write-Verbose.
struct WriteVerbose;

impl Command for WriteVerbose {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let message = args.string("Message").unwrap_or_default();
        host.write_verbose(args, &message);
        Ok(())
    }
}

fn write_debug() -> CmdletSpec {
    CmdletSpec {
        name: "Write-Debug",
        aliases: &[],
        synopsis: "Writes a debug message when -Debug is given.",
        description: "Prints `DEBUG: message` when the command is called with -Debug; \
            otherwise prints nothing.",
        signature: Signature::new().param(message_param("The message.")),
        examples: vec![Example {
            description: "Shown only with -Debug.",
            script: "Write-Debug 'pool list loaded' -Debug",
            output: Some("DEBUG: pool list loaded\n"),
        }],
        mutating: false,
        factory: || Box::new(WriteDebug),
    }
}

/// Write-Debug.
struct WriteDebug;

impl Command for WriteDebug {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if args.switch("Debug") {
            let message = args.string("Message").unwrap_or_default();
            host.write_host(&format!("DEBUG: {message}\n"));
        }
        Ok(())
    }
}

fn write_progress() -> CmdletSpec {
    CmdletSpec {
        name: "Write-Progress",
        aliases: &[],
        synopsis: "Shows a progress bar on a terminal.",
        description: "Draws one bar per -Id on stderr while stderr is a terminal (the \
            activity, the bar at -PercentComplete and the status); -Completed removes it. When \
            output goes to a file or a pipe nothing is shown, so logs stay clean.",
        signature: Signature::new()
            .param(
                ParamSpec::new("Activity", ParamKind::String, "What is in progress.").position(0),
            )
            .param(ParamSpec::new("Status", ParamKind::String, "The current state.").position(1))
            .param(ParamSpec::new("Id", ParamKind::Int, "Which progress bar.").position(2))
            .param(ParamSpec::new(
                "PercentComplete",
                ParamKind::Int,
                "How much is done, 0 to 100.",
            ))
            .param(ParamSpec::new(
                "SecondsRemaining",
                ParamKind::Int,
                "Estimated seconds left.",
            ))
            .param(ParamSpec::new(
                "CurrentOperation",
                ParamKind::String,
                "The step being done.",
            ))
            .param(ParamSpec::new(
                "ParentId",
                ParamKind::Int,
                "The parent progress bar.",
            ))
            .param(ParamSpec::new(
                "Completed",
                ParamKind::Switch,
                "Removes the progress bar.",
            ))
            .param(ParamSpec::new(
                "SourceId",
                ParamKind::Int,
                "The source of the record.",
            )),
        examples: vec![Example {
            description: "A bar while users move (not shown here: the output is not a terminal).",
            script: "foreach ($i in 1..4) { Write-Progress -Activity 'Moving users' -Status \"$i of 4\" -PercentComplete ($i * 25) }\n\
                     Write-Progress -Activity 'Moving users' -Completed; 'done'",
            output: Some("done\n"),
        }],
        mutating: false,
        factory: || Box::new(WriteProgress),
    }
}

/// Write-Progress.
struct WriteProgress;

impl Command for WriteProgress {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let number = |param: &str| {
            args.get(param)
                .map(crate::eval::convert::to_int)
                .and_then(Result::ok)
        };
        let progress = Progress {
            id: number("Id").unwrap_or(0),
            activity: args.string("Activity").unwrap_or_default(),
            status: args.string("Status").unwrap_or_default(),
            percent: number("PercentComplete")
                .filter(|p| *p >= 0)
                .map(|p| u8::try_from(p.min(100)).unwrap_or(100)),
            completed: args.switch("Completed"),
        };
        host.progress(&progress);
        Ok(())
    }
}

fn clear_host() -> CmdletSpec {
    CmdletSpec {
        name: "Clear-Host",
        aliases: &["cls", "clear"],
        synopsis: "Clears the console (does nothing in coexist).",
        description: "Accepted so scripts that clear the screen first run unchanged.",
        signature: Signature::new(),
        examples: vec![Example {
            description: "Nothing is cleared or printed.",
            script: "Clear-Host",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(Silent),
    }
}

/// Clear-Host: accepted, no effect.
struct Silent;

impl Command for Silent {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        _args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        Ok(())
    }
}
