//! `-Confirm` in the REPL: PowerShell's question before a change.
//!
//! The interpreter accepts `-Confirm` and ignores it (batch semantics), so the REPL asks
//! before it runs an entry: for each command of the entry's top-level pipelines that carries
//! `-Confirm` (not `-Confirm:$false`), it names the cmdlet and its target and asks
//! `[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help`. Any No skips the whole entry;
//! Yes to All stops asking for the rest of the entry. Per-object questions for each pipeline
//! input would need the interpreter's `ShouldProcess` to call back, which it does not yet.
//!
//! Removals that batch runs reject without `-Force` (a granted policy, `policy_in_use`; an
//! add-in rooms use; a Persistent Chat pool with content) are asked about instead: when an
//! entry is one `Remove-PersistentChatPolicy`, `Remove-ChatAddin` or `Remove-ChatPool` of a
//! literal identity, the REPL tries the removal on a clone of the model without and with
//! `force`; if only the forced one succeeds it shows the rule's message and asks, and a Yes
//! runs the entry with `-Force` added.

use crate::cmdlets::registry;
use crate::model::{Model, Origin};
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

/// A removal the model rejects without `-Force` but would accept with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForceQuestion {
    /// What is asked.
    pub question: Question,
    /// The rule's message without `-Force` (e.g. "policy PChatOn is granted to 2 users").
    pub reason: String,
    /// The entry's text with `-Force` added after the command.
    pub forced_text: String,
}

/// The removal cmdlets whose `-Force` overrides a model rule.
const FORCE_REMOVALS: &[&str] = &[
    "Remove-PersistentChatPolicy",
    "Remove-ChatAddin",
    "Remove-ChatPool",
];

/// If `text` is a single removal of a literal identity that `model` rejects without
/// `-Force` but accepts with it, the question to ask.
pub fn force_question(text: &str, model: &Model) -> Option<ForceQuestion> {
    let script = crate::syntax::parse(text, SourceId(0)).ok()?;
    let [statement] = script.statements.as_slice() else {
        return None;
    };
    let StatementKind::Pipeline(pipeline) = &statement.kind else {
        return None;
    };
    let [PipelineElement::Command(command)] = pipeline.elements.as_slice() else {
        return None;
    };
    let spec = registry::lookup(&command.name)?;
    if !FORCE_REMOVALS.contains(&spec.name) {
        return None;
    }
    let mut identity = None;
    let mut args = command.args.iter();
    while let Some(arg) = args.next() {
        match arg {
            CommandArg::Parameter { name, value, .. } => {
                let canonical = spec.signature.find(name).map(|p| p.name.as_str());
                match canonical {
                    // Already forced, or asked not to change anything.
                    Some("Force") | Some("WhatIf") => return None,
                    Some("Identity") => {
                        identity = match value {
                            Some(v) => Some(v),
                            None => match args.next() {
                                Some(CommandArg::Value(v)) => Some(v),
                                _ => return None,
                            },
                        }
                    }
                    _ => {}
                }
            }
            CommandArg::Value(v) if identity.is_none() => identity = Some(v),
            CommandArg::Value(_) => {}
            CommandArg::Splat { .. } => return None,
        }
    }
    let identity = match &identity?.kind {
        ExprKind::String(s) | ExprKind::BareWord(s) => s.clone(),
        _ => return None,
    };
    let attempt = |force: bool| {
        let mut clone = model.clone();
        match spec.name {
            "Remove-PersistentChatPolicy" => clone.remove_policy(&identity, force, Origin::Loaded),
            "Remove-ChatAddin" => clone.remove_addin(&identity, force, Origin::Loaded),
            _ => clone.remove_chat_pool(&identity, force, Origin::Loaded),
        }
    };
    let reason = attempt(false).err()?;
    attempt(true).ok()?;
    let end = command.span.end as usize;
    Some(ForceQuestion {
        question: Question {
            action: spec.name.to_string(),
            target: identity,
        },
        reason: reason.to_string(),
        forced_text: format!("{} -Force{}", &text[..end], &text[end..]),
    })
}

/// The text shown before the choices of a `-Force` question.
pub fn force_prompt_text(force: &ForceQuestion) -> String {
    format!(
        "\nConfirm\n{}.\nAre you sure you want to perform this action?\n\
         Performing the operation \"{}\" on target \"{}\" with -Force.\n",
        force.reason.trim_end_matches('.'),
        force.question.action,
        force.question.target
    )
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
    ask: impl FnMut(&str) -> Option<String>,
    say: impl FnMut(&str),
) -> bool {
    let texts: Vec<String> = questions.iter().map(prompt_text).collect();
    approve_texts(&texts, ask, say)
}

/// Asks the questions whose texts are given; see [`approve`].
pub fn approve_texts(
    texts: &[String],
    mut ask: impl FnMut(&str) -> Option<String>,
    mut say: impl FnMut(&str),
) -> bool {
    for text in texts {
        say(text);
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

    #[test]
    fn a_granted_policy_asks_before_forcing() {
        let mut model = Model::default();
        let run = |m: &mut Model, text: &str| {
            // Build the model through the language, as a user would.
            let mut session = crate::session::Session::new(
                std::mem::take(m),
                crate::session::Settings {
                    error_format: crate::diag::ErrorFormat::Json,
                    output_format: crate::output::OutputFormat::Text,
                    width: 80,
                    dry_run: false,
                    timeout: None,
                },
                Box::new(std::io::sink()),
                Box::new(std::io::sink()),
            );
            let outcome = session.run_source("<setup>", text);
            assert_eq!(outcome.errors, 0, "{text}");
            *m = session.into_model();
        };
        run(
            &mut model,
            "New-Site Redmond\n\
             New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond\n\
             New-User sip:ann@contoso.com -Pool lync2013.contoso.com\n\
             New-PersistentChatPolicy PChatOn -EnablePersistentChat $true\n\
             New-PersistentChatPolicy Unused",
        );
        assert!(force_question("Remove-PersistentChatPolicy PChatOn", &model).is_none());
        run(
            &mut model,
            "Grant-PersistentChatPolicy sip:ann@contoso.com -PolicyName PChatOn",
        );
        let q = force_question("Remove-CsPersistentChatPolicy PChatOn # go", &model)
            .expect("a question");
        assert_eq!(q.question.action, "Remove-PersistentChatPolicy");
        assert_eq!(q.question.target, "PChatOn");
        assert_eq!(
            q.forced_text,
            "Remove-CsPersistentChatPolicy PChatOn -Force # go"
        );
        assert!(force_prompt_text(&q).contains("with -Force"));
        for text in [
            "Remove-PersistentChatPolicy PChatOn -Force",
            "Remove-PersistentChatPolicy PChatOn -WhatIf",
            "Remove-PersistentChatPolicy $p",
            "Remove-PersistentChatPolicy Unused",
            "Remove-PersistentChatPolicy Nope",
            "Get-User; Remove-PersistentChatPolicy PChatOn",
        ] {
            assert!(force_question(text, &model).is_none(), "{text}");
        }
        assert!(force_question("Remove-PersistentChatPolicy -Identity PChatOn", &model).is_some());
    }
}
