//! Greyed hints as a plain function: the rest of a history entry that starts with the line,
//! else the rest of a command name being typed, else the rest of the command's syntax line
//! (the parameters not yet given, from the parameter set that fits).

use crate::assist::complete::complete;
use crate::assist::context::{analyse, fitting_set, WordKind};
use crate::assist::names::Names;
use crate::cmdlets::common::COMMON;
use crate::cmdlets::general::help::{params_of_set, syntax_item};

/// The hint shown after the cursor, given the most recent history entry starting with
/// `line` (if any). Hints appear only when the cursor is at the end of the line.
pub fn hint(line: &str, pos: usize, names: &Names, history_match: Option<&str>) -> Option<String> {
    if line.trim().is_empty() || pos < line.len() {
        return None;
    }
    if let Some(entry) = history_match {
        if entry.len() > line.len() && entry.starts_with(line) {
            return Some(entry[line.len()..].to_string());
        }
    }
    let ctx = analyse(line, pos);
    match ctx.kind {
        WordKind::Command | WordKind::Parameter if !ctx.word.is_empty() => {
            let (_, found) = complete(line, pos, names);
            found
                .into_iter()
                .find(|c| {
                    c.len() > ctx.word.len() && c[..ctx.word.len()].eq_ignore_ascii_case(ctx.word)
                })
                .map(|c| c[ctx.word.len()..].to_string())
        }
        _ if line.ends_with(' ') => {
            let spec = ctx.command?;
            let set = fitting_set(spec, &ctx.given)?;
            let rest: Vec<String> = params_of_set(&spec.signature, set.as_deref())
                .into_iter()
                .filter(|p| !COMMON.contains(&p.name.as_str()))
                .filter(|p| !ctx.given.iter().any(|g| p.answers_to(g)))
                .map(syntax_item)
                .collect();
            (!rest.is_empty()).then(|| rest.join(" "))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_match_wins() {
        let names = Names::default();
        assert_eq!(
            hint(
                "Get-Us",
                6,
                &names,
                Some("Get-User -Identity sip:ann@contoso.com")
            ),
            Some("er -Identity sip:ann@contoso.com".into())
        );
    }

    #[test]
    fn rest_of_command_name_and_syntax() {
        let names = Names::default();
        assert_eq!(hint("Move-Us", 7, &names, None), Some("er".into()));
        let rest = hint("Move-User ", 10, &names, None).expect("syntax hint");
        assert!(
            rest.starts_with("[-Identity] <String> [-Target] <String>"),
            "{rest}"
        );
        let rest = hint("Move-User -Target x ", 20, &names, None).expect("syntax hint");
        assert!(!rest.contains("-Target"), "{rest}");
        assert!(rest.contains("[-Identity]"), "{rest}");
        assert_eq!(
            hint("Move-User", 3, &names, None),
            None,
            "cursor not at end"
        );
        assert_eq!(hint("Nope-Thing ", 11, &names, None), None);
    }
}
