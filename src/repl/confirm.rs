//! `-Confirm` in the REPL: PowerShell's question before a change.
//!
//! The interpreter accepts `-Confirm` and ignores it (batch semantics), so the REPL asks
//! before it runs an entry: for each command of the entry's top-level pipelines that carries
//! `-Confirm` (not `-Confirm:$false`), it names the cmdlet and its target and asks
//! `[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help`. Any No skips the whole entry;
//! Yes to All stops asking for the rest of the entry. Per-object questions for each pipeline
//! input would need the interpreter's `ShouldProcess` to call back, which it does not yet.

use crate::cmdlets::registry;
use crate::span::SourceId;
use crate::syntax::ast::{CommandArg, ExprKind, PipelineElement, StatementKind};

/// One change the user is asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Canonical cmdlet name (the operation).
    pub action: String,
    /// The target as typed, or a description of it.
    pub target: String,
}

/// An answer to the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// `Y`: do this one.
    Yes,
    /// `A`: do this one and every later one of the entry.
    YesToAll,
    /// `N`: skip it (and so the entry).
    No,
    /// `L`: skip every one.
    NoToAll,
}

/// The choices line.
pub const CHOICES: &str =
    "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is \"Y\"): ";

/// What `?` prints.
pub const HELP: &str = "Y - Continue with only the next step of the operation.\n\
A - Continue with all the steps of the operation.\n\
N - Skip this operation and proceed with the next operation.\n\
L - Skip this operation and all subsequent operations.\n";

/// The commands of `text` (top-level pipelines) that carry `-Confirm`. Text that does not
/// parse asks nothing (the session reports the syntax error).
pub fn questions(text: &str) -> Vec<Question> {
    let Ok(script) = crate::syntax::parse(text, SourceId(0)) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for statement in &script.statements {
        let pipeline = match &statement.kind {
            StatementKind::Pipeline(p) => p,
            StatementKind::Assignment { value, .. } => match &value.kind {
                StatementKind::Pipeline(p) => p,
                _ => continue,
            },
            _ => continue,
        };
        for element in &pipeline.elements {
            let PipelineElement::Command(command) = element else {
                continue;
            };
            let Some(spec) = registry::lookup(&command.name) else {
                continue;
            };
            if let Some(question) = confirm_question(text, spec, command) {
                found.push(question);
            }
        }
    }
    found
}

/// The question for one command, if it carries `-Confirm` switched on.
fn confirm_question(
    text: &str,
    spec: &crate::cmdlets::spec::CmdletSpec,
    command: &crate::syntax::ast::Command,
) -> Option<Question> {
    let mut confirm = false;
    let mut target: Option<String> = None;
    let mut args = command.args.iter().peekable();
    let mut positional = 0;
    while let Some(arg) = args.next() {
        match arg {
            CommandArg::Parameter { name, value, .. } => {
                let param = spec.signature.find(name);
                let canonical = param.map_or(name.as_str(), |p| p.name.as_str());
                if canonical == "Confirm" {
                    confirm = !matches!(
                        value.as_ref().map(|v| &v.kind),
                        Some(ExprKind::Variable(v)) if v.name.eq_ignore_ascii_case("false")
                    );
                    continue;
                }
                let takes_value = param.is_some_and(|p| {
                    p.kind != crate::cmdlets::spec::ParamKind::Switch && value.is_none()
                });
                if takes_value {
                    if let Some(CommandArg::Value(v)) = args.next() {
                        let is_key = ["Identity", "Fqdn", "Name", "User"].contains(&canonical);
                        if is_key && target.is_none() {
                            target = Some(snippet(text, v.span.range()));
                        }
                    }
                }
            }
            CommandArg::Value(v) => {
                if positional == 0 && target.is_none() {
                    target = Some(snippet(text, v.span.range()));
                }
                positional += 1;
            }
            CommandArg::Splat { .. } => {}
        }
    }
    confirm.then(|| Question {
        action: spec.name.to_string(),
        target: target.unwrap_or_else(|| "each pipeline input object".to_string()),
    })
}

/// The source text of a range, unquoted.
fn snippet(text: &str, range: std::ops::Range<usize>) -> String {
    text.get(range)
        .unwrap_or_default()
        .trim_matches(['\'', '"'])
        .to_string()
}

/// The text shown before the choices.
pub fn prompt_text(question: &Question) -> String {
    format!(
        "\nConfirm\nAre you sure you want to perform this action?\n\
         Performing the operation \"{}\" on target \"{}\".\n",
        question.action, question.target
    )
}

/// Reads an answer: `Y`/`A`/`N`/`L` (any case, or the whole word), empty for the default
/// Yes; `None` for `?` or anything else (ask again).
pub fn parse_answer(input: &str) -> Option<Answer> {
    match input.trim().to_ascii_lowercase().as_str() {
        "" | "y" | "yes" => Some(Answer::Yes),
        "a" | "yes to all" => Some(Answer::YesToAll),
        "n" | "no" => Some(Answer::No),
        "l" | "no to all" => Some(Answer::NoToAll),
        _ => None,
    }
}

/// Asks every question of an entry through `ask` (which shows its text and returns the
/// typed line, `None` at end of input). True when the entry may run.
pub fn approve(
    questions: &[Question],
    mut ask: impl FnMut(&str) -> Option<String>,
    mut say: impl FnMut(&str),
) -> bool {
    for question in questions {
        say(&prompt_text(question));
        loop {
            let Some(line) = ask(CHOICES) else {
                return false;
            };
            match parse_answer(&line) {
                Some(Answer::Yes) => break,
                Some(Answer::YesToAll) => return true,
                Some(Answer::No) | Some(Answer::NoToAll) => return false,
                None => say(HELP),
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_commands_with_confirm() {
        assert_eq!(
            questions("Remove-Pool -Identity lync2010.contoso.com -Confirm"),
            vec![Question {
                action: "Remove-Pool".into(),
                target: "lync2010.contoso.com".into()
            }]
        );
        assert_eq!(
            questions("Get-User | Move-CsUser -Target 'b.c' -cf")[0],
            Question {
                action: "Move-User".into(),
                target: "each pipeline input object".into()
            }
        );
        assert_eq!(
            questions("Remove-Site 'Redmond' -Confirm")[0].target,
            "Redmond"
        );
        assert!(questions("Remove-Pool x -Confirm:$false").is_empty());
        assert!(questions("Remove-Pool x").is_empty());
        assert!(questions("Remove-Pool x -Confirm {").is_empty());
    }

    #[test]
    fn answers_follow_powershell() {
        let q = questions("Remove-Pool a -Confirm; Remove-Pool b -Confirm");
        assert_eq!(q.len(), 2);
        let run = |answers: &[&str]| {
            let mut it = answers.iter().map(|s| s.to_string());
            approve(&q, |_| it.next(), |_| {})
        };
        assert!(run(&["y", "y"]));
        assert!(run(&["", "Y"]));
        assert!(!run(&["y", "n"]));
        assert!(run(&["a"]));
        assert!(!run(&["l"]));
        assert!(run(&["?", "y", "yes"]));
        assert!(!run(&["y"]), "end of input is No");
    }
}
