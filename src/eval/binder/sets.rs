//! Parameter sets: which sets the parameters given so far allow, and choosing one at the end
//! (then checking its mandatory parameters).

use super::coerce::value_hint;
use super::{Binding, AMBIGUOUS_PARAMETER_SET, MISSING_MANDATORY};
use crate::cmdlets::spec::{ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::span::Span;

/// Whether any parameter names a set (most signatures do not: the fast path).
pub(super) fn uses_sets(signature: &Signature) -> bool {
    signature.params.iter().any(|p| !p.sets.is_empty())
}

/// All set names the signature declares, in declaration order.
fn all_sets(signature: &Signature) -> Vec<&str> {
    let mut sets: Vec<&str> = Vec::new();
    for p in &signature.params {
        for s in &p.sets {
            if !sets.iter().any(|x| x.eq_ignore_ascii_case(s)) {
                sets.push(s);
            }
        }
    }
    sets
}

/// Whether `param` belongs to `set` (a parameter without sets belongs to all).
fn in_set(param: &ParamSpec, set: &str) -> bool {
    param.sets.is_empty() || param.sets.iter().any(|s| s.eq_ignore_ascii_case(set))
}

impl Binding<'_> {
    /// The sets still possible given the parameters bound so far.
    fn active_sets(&self) -> Vec<&str> {
        all_sets(self.signature)
            .into_iter()
            .filter(|set| {
                self.signature
                    .params
                    .iter()
                    .enumerate()
                    .all(|(i, p)| !self.taken[i] || in_set(p, set))
            })
            .collect()
    }

    /// Whether parameter `i` can still be bound without leaving every set.
    pub(super) fn allowed(&self, i: usize) -> bool {
        let param = &self.signature.params[i];
        if !self.uses_sets || param.sets.is_empty() {
            return true;
        }
        self.active_sets().iter().any(|set| in_set(param, set))
    }

    /// Fails when the parameters bound so far belong to no common set.
    pub(super) fn check_sets(&self, span: Span) -> Result<(), RuntimeError> {
        if !self.uses_sets || !self.active_sets().is_empty() {
            return Ok(());
        }
        let given: Vec<String> = self
            .signature
            .params
            .iter()
            .enumerate()
            .filter(|(i, p)| self.taken[*i] && !p.sets.is_empty())
            .map(|(_, p)| format!("-{}", p.name))
            .collect();
        let command = &self.bound.command;
        Err(RuntimeError::new(
            AMBIGUOUS_PARAMETER_SET,
            format!(
                "{} cannot be used together in one call of {command}",
                given.join(" and ")
            ),
            span,
        )
        .with_help(format!(
            "use only one of {}; run Get-Help {command} to see which parameters go together",
            given.join(", ")
        )))
    }

    /// The mandatory parameters of `set` (all sets: `None`) that are still missing.
    fn missing(&self, set: Option<&str>, expects_input: bool) -> Option<&ParamSpec> {
        self.signature
            .params
            .iter()
            .enumerate()
            .filter(|(i, p)| p.mandatory && !self.taken[*i])
            .filter(|(_, p)| {
                !(expects_input && (p.pipeline.by_value || p.pipeline.by_property_name))
            })
            .find(|(_, p)| set.is_none_or(|set| in_set(p, set)))
            .map(|(_, p)| p)
    }

    /// Chooses the parameter set and checks its mandatory parameters. When `expects_input`,
    /// mandatory parameters that take pipeline input are not required yet.
    pub(super) fn check_complete(&self, expects_input: bool) -> Result<(), RuntimeError> {
        let missing = if !self.uses_sets {
            self.missing(None, expects_input)
        } else {
            let active = self.active_sets();
            let satisfied: Vec<&str> = active
                .iter()
                .copied()
                .filter(|s| self.missing(Some(s), expects_input).is_none())
                .collect();
            let default = self.signature.default_set.as_deref();
            let default_active =
                default.filter(|d| active.iter().any(|a| a.eq_ignore_ascii_case(d)));
            match satisfied.as_slice() {
                [_] => None,
                [] => match (default_active, active.as_slice()) {
                    (Some(d), _) => self.missing(Some(d), expects_input),
                    (None, [only]) => self.missing(Some(only), expects_input),
                    _ => return Err(self.set_unresolved(&active)),
                },
                several => {
                    let default_ok =
                        default.is_some_and(|d| several.iter().any(|s| s.eq_ignore_ascii_case(d)));
                    if default_ok || expects_input {
                        None
                    } else {
                        return Err(self.set_unresolved(several));
                    }
                }
            }
        };
        match missing {
            None => Ok(()),
            Some(p) => Err(RuntimeError::new(
                MISSING_MANDATORY,
                format!(
                    "{} needs the mandatory parameter -{}",
                    self.bound.command, p.name
                ),
                self.bound.command_span,
            )
            .with_help(format!("add -{} {}", p.name, value_hint(p)))),
        }
    }

    /// The error for parameters that fit several sets equally (or none).
    fn set_unresolved(&self, candidates: &[&str]) -> RuntimeError {
        let hints: Vec<String> = candidates
            .iter()
            .map(|set| {
                let names: Vec<String> = self
                    .signature
                    .params
                    .iter()
                    .filter(|p| p.mandatory && p.sets.iter().any(|s| s.eq_ignore_ascii_case(set)))
                    .map(|p| format!("-{}", p.name))
                    .collect();
                if names.is_empty() {
                    set.to_string()
                } else {
                    format!("{set} ({})", names.join(", "))
                }
            })
            .collect();
        RuntimeError::new(
            AMBIGUOUS_PARAMETER_SET,
            format!(
                "cannot tell which way of calling {} is meant from the parameters given",
                self.bound.command
            ),
            self.bound.command_span,
        )
        .with_help(format!(
            "give the parameters of one of: {}",
            hints.join("; ")
        ))
    }
}
