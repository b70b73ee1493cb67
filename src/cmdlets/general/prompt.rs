//! Read-Host, Get-Credential and Out-GridView: the commands that need the person at the
//! keyboard. In the REPL they ask there ([`Host::ask`]); a batch run has nobody to ask, so they
//! fail with `coexist::eval::interactive_only` naming the command. A script parameter whose
//! default calls one of them (`param($Pool = (Read-Host 'Pool'))`) never calls it when the
//! value is given on the command line.

use crate::cmdlets::command::{Bound, Command, CommandError, Host, NoAnswer};
use crate::cmdlets::general::collect::Collect;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::{PsObject, Value};

/// A command that asks the person at the keyboard ran where nobody can answer.
///
/// Resolution: give the value as a script parameter (`coexist run s.ps1 -- -Name value`), or
/// run the script in the REPL.
pub const INTERACTIVE_ONLY: &str = "coexist::eval::interactive_only";

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![read_host(), get_credential(), out_grid_view()]
}

/// Asks `question`, turning "no answer" into the coded error on `b`'s command.
pub(crate) fn ask(
    host: &mut dyn Host,
    b: &Bound,
    question: &str,
    secret: bool,
) -> Result<String, CommandError> {
    host.ask(question, secret).map_err(|why| {
        let (message, help) = match why {
            NoAnswer::Batch => (
                format!(
                    "{} asks the person at the keyboard, and a batch run has nobody to ask",
                    b.command
                ),
                "give the value as a script parameter (coexist run script.ps1 -- -Name value), \
                 or run the script in the REPL",
            ),
            NoAnswer::Cancelled => (
                format!("{} was cancelled", b.command),
                "answer the question, or leave the command out",
            ),
        };
        RuntimeError::new(INTERACTIVE_ONLY, message, b.command_span)
            .with_help(help)
            .into()
    })
}

/// A stand-in for a .NET SecureString: its length, never its text.
fn secure_string(text: &str) -> Value {
    let object = PsObject::new("System.Security.SecureString")
        .with("Length", Value::Int(text.chars().count() as i64));
    Value::object(object)
}

fn read_host() -> CmdletSpec {
    CmdletSpec {
        name: "Read-Host",
        aliases: &[],
        synopsis: "Asks the person at the keyboard for a line of text (REPL only).",
        description: "Shows the prompt followed by `: ` and outputs what was typed; with \
            -AsSecureString the typing is hidden and the result is a SecureString. In a batch \
            run it fails with coexist::eval::interactive_only: give the value as a script \
            parameter instead.",
        signature: Signature::new()
            .param(
                ParamSpec::new("Prompt", ParamKind::Any, "The question to show.")
                    .position(0)
                    .remaining(),
            )
            .param(ParamSpec::new(
                "AsSecureString",
                ParamKind::Switch,
                "Hides the typing and outputs a SecureString.",
            ))
            .param(ParamSpec::new(
                "MaskInput",
                ParamKind::Switch,
                "Hides the typing but outputs text.",
            )),
        examples: vec![Example {
            description: "A parameter that asks only when it was not given: given here, so \
                nothing is asked.",
            script:
                "function Move-Batch { param($Pool = (Read-Host 'Target pool')) \"to $Pool\" }\n\
                     Move-Batch -Pool lync2013.contoso.com",
            output: Some("to lync2013.contoso.com\n"),
        }],
        mutating: false,
        factory: || Box::new(ReadHost),
    }
}

/// Read-Host.
struct ReadHost;

impl Command for ReadHost {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let question = args.string("Prompt").unwrap_or_default();
        let secure = args.switch("AsSecureString");
        let answer = ask(host, args, &question, secure || args.switch("MaskInput"))?;
        out.push(if secure {
            secure_string(&answer)
        } else {
            Value::str(answer)
        });
        Ok(())
    }
}

fn get_credential() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Credential",
        aliases: &[],
        synopsis: "Asks for a user name and password (REPL only).",
        description: "Asks for the user name (unless given) and the password, hidden, and \
            outputs a PSCredential whose Password is a SecureString. coexist connects nowhere, \
            so the credential is never used. In a batch run it fails with \
            coexist::eval::interactive_only.",
        signature: Signature::new()
            .param(
                ParamSpec::new("Credential", ParamKind::String, "The user name to ask for.")
                    .aliases(&["UserName"])
                    .position(0),
            )
            .param(ParamSpec::new(
                "Message",
                ParamKind::String,
                "Text shown before the questions.",
            ))
            .param(ParamSpec::new(
                "Title",
                ParamKind::String,
                "A title for the questions.",
            )),
        examples: vec![Example {
            description: "Scripts that already hold a credential never ask.",
            script: "function Connect-Pool { param($Credential = (Get-Credential)) 'connected' }\n\
                     Connect-Pool -Credential 'CONTOSO\\lyncadmin'",
            output: Some("connected\n"),
        }],
        mutating: false,
        factory: || Box::new(GetCredential),
    }
}

/// Get-Credential.
struct GetCredential;

impl Command for GetCredential {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if let Some(text) = args
            .string("Title")
            .into_iter()
            .chain(args.string("Message"))
            .reduce(|a, b| format!("{a}\n{b}"))
        {
            host.write_host(&format!("{text}\n"));
        }
        let user = match args.string("Credential") {
            Some(user) => user,
            None => ask(host, args, "User", false)?,
        };
        let password = ask(host, args, &format!("Password for user {user}"), true)?;
        let credential = PsObject::new("System.Management.Automation.PSCredential")
            .with("UserName", Value::str(user))
            .with("Password", secure_string(&password));
        out.push(Value::object(credential));
        Ok(())
    }
}

fn out_grid_view() -> CmdletSpec {
    CmdletSpec {
        name: "Out-GridView",
        aliases: &["ogv"],
        synopsis: "Shows objects for the person at the keyboard to pick from (REPL only).",
        description: "Prints the input as a numbered table, then asks which rows to pass on \
            (with -PassThru or -OutputMode Single/Multiple), or to press Enter to go on. In a \
            batch run it fails with coexist::eval::interactive_only.",
        signature: Signature::new()
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The objects to show.")
                    .from_pipeline(),
            )
            .param(ParamSpec::new(
                "Title",
                ParamKind::String,
                "The title shown above the table.",
            ))
            .param(ParamSpec::new(
                "PassThru",
                ParamKind::Switch,
                "Outputs the rows picked.",
            ))
            .param(
                ParamSpec::new(
                    "OutputMode",
                    ParamKind::Enum,
                    "None, Single or Multiple rows.",
                )
                .values(&["None", "Single", "Multiple"]),
            )
            .param(ParamSpec::new(
                "Wait",
                ParamKind::Switch,
                "Waits until the table is closed (always, in the REPL).",
            )),
        examples: vec![Example {
            description: "Nothing to show: nothing is asked.",
            script: "@() | Out-GridView -PassThru\n'next'",
            output: Some("next\n"),
        }],
        mutating: false,
        factory: || Box::new(Collect::new("InputObject", out_grid_view_end)),
    }
}

/// Out-GridView's end: shows the collected rows numbered, then asks.
fn out_grid_view_end(
    host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let values: Vec<Value> = values
        .iter()
        .flat_map(Value::enumerate)
        .filter(|v| !v.is_null())
        .collect();
    if values.is_empty() {
        return Ok(());
    }
    let rows: Vec<Value> = values
        .iter()
        .enumerate()
        .map(|(i, v)| numbered(i, v))
        .collect();
    let title = b
        .string("Title")
        .map(|t| format!("{t}\n"))
        .unwrap_or_default();
    host.write_host(&format!(
        "{title}{}",
        crate::format::render(&rows, host.width())
    ));
    let mode = match b.string("OutputMode").as_deref() {
        Some("Single") => Pick::One,
        Some("Multiple") => Pick::Many,
        Some(_) => Pick::None,
        None if b.switch("PassThru") => Pick::Many,
        None => Pick::None,
    };
    let question = match mode {
        Pick::None => "Press Enter to go on",
        Pick::One => "Row to pass on (Enter for none)",
        Pick::Many => "Rows to pass on, e.g. 1,3 (Enter for none)",
    };
    let answer = ask(host, b, question, false)?;
    if mode == Pick::None {
        return Ok(());
    }
    let picked = answer
        .split([',', ' '])
        .filter_map(|n| n.trim().parse::<usize>().ok())
        .filter_map(|n| n.checked_sub(1).and_then(|i| values.get(i)))
        .take(if mode == Pick::One { 1 } else { usize::MAX });
    out.extend(picked.cloned());
    Ok(())
}

/// How many rows Out-GridView passes on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pick {
    None,
    One,
    Many,
}

/// A row of the numbered table: `#` then the value's display properties (or the value).
fn numbered(index: usize, value: &Value) -> Value {
    let mut row = PsObject::new("GridRow").with("#", Value::Int(index as i64 + 1));
    match value {
        Value::Object(object) => {
            let object = object.borrow();
            for name in object.display_names() {
                row.set(name, object.get(name).cloned().unwrap_or_default());
            }
        }
        other => row.set("Value", other.clone()),
    }
    Value::object(row)
}
