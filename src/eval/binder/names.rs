//! Finding the parameter a `-Name` refers to: exact name or alias, then a unique prefix;
//! did-you-mean for unknown names.

use super::{AMBIGUOUS_PARAMETER, UNKNOWN_PARAMETER};
use crate::cmdlets::spec::Signature;
use crate::eval::error::RuntimeError;
use crate::span::Span;

/// Whether `prefix` starts `name`, ignoring ASCII case.
fn starts_with_ignore_case(name: &str, prefix: &str) -> bool {
    name.len() >= prefix.len()
        && name.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Finds the index of the parameter `-name` refers to: exact name or alias first, then a
/// unique prefix of a name or alias.
pub(crate) fn resolve_name(
    signature: &Signature,
    command: &str,
    name: &str,
    span: Span,
) -> Result<usize, RuntimeError> {
    if let Some(i) = signature.params.iter().position(|p| p.answers_to(name)) {
        return Ok(i);
    }
    let matches: Vec<usize> = signature
        .params
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            !name.is_empty()
                && std::iter::once(&p.name)
                    .chain(p.aliases.iter())
                    .any(|n| starts_with_ignore_case(n, name))
        })
        .map(|(i, _)| i)
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => {
            let mut err = RuntimeError::new(
                UNKNOWN_PARAMETER,
                format!("{command} has no parameter -{name}"),
                span,
            );
            err = match did_you_mean(signature, name) {
                Some((shown, name)) => err
                    .with_help(format!("did you mean -{shown}?"))
                    .with_fix(format!("-{name}")),
                None => err.with_help(format!("run Get-Help {command} to list its parameters")),
            };
            Err(err)
        }
        several => {
            let names: Vec<String> = several
                .iter()
                .map(|&i| format!("-{}", signature.params[i].name))
                .collect();
            let error = RuntimeError::new(
                AMBIGUOUS_PARAMETER,
                format!(
                    "parameter name -{name} is ambiguous: it matches {}",
                    names.join(", ")
                ),
                span,
            )
            .with_help(format!(
                "type more of the name, e.g. {}",
                names.first().cloned().unwrap_or_default()
            ));
            Err(names.into_iter().fold(error, RuntimeError::with_fix))
        }
    }
}

/// The closest parameter name or alias to `name`, if any is reasonably close: as the help
/// shows it (naming the parameter an alias belongs to) and the parameter's name.
fn did_you_mean(signature: &Signature, name: &str) -> Option<(String, String)> {
    let lower = name.to_ascii_lowercase();
    signature
        .params
        .iter()
        .flat_map(|p| {
            std::iter::once(&p.name)
                .chain(p.aliases.iter())
                .map(move |n| (p, n))
        })
        .map(|(p, n)| {
            let score = strsim::jaro_winkler(&lower, &n.to_ascii_lowercase());
            (score, p, n)
        })
        .filter(|(score, _, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p, n)| {
            let shown = if n == &p.name {
                p.name.clone()
            } else {
                format!("{n} (alias of -{})", p.name)
            };
            (shown, p.name.clone())
        })
}
