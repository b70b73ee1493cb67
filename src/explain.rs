//! `coexist explain CODE`: the rule behind a diagnostic code, from the model's rule table
//! (the same source as `docs/rules.md`).

use crate::model::rules::{rules, Severity};

/// The explanation of `code` (full `coexist::model::name` or just `name`), or `None`.
pub fn explain(code: &str) -> Option<String> {
    let wanted = code.trim().to_ascii_lowercase();
    let rule = rules()
        .iter()
        .find(|r| r.code == wanted || r.code.rsplit("::").next() == Some(wanted.as_str()))?;
    Some(format!(
        "{code} ({severity})\n\n{summary}\n\nWhy: {why}\n\nHow to fix: {fix}\n",
        code = rule.code,
        severity = match rule.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        summary = rule.summary,
        why = rule.why,
        fix = rule.fix,
    ))
}
