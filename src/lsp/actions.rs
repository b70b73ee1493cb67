//! `textDocument/codeAction`: quick fixes from the diagnostics' machine-readable fixes
//! ([`Diag::fixes`]: a did-you-mean value, parameter or command, the parameters an
//! ambiguous prefix may mean), and spelling out abbreviated parameters on the cursor's line.

use super::cursor::{parameter, Line};
use super::diagnostics::{to_lsp, RulesDoc};
use super::document::Document;
use crate::diag::Diag;
use crate::span::SourceId;
use crate::syntax::{tokens, TokenKind};
use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, WorkspaceEdit};
use std::collections::HashMap;

/// The code actions for `range`.
pub fn code_actions(
    document: &Document,
    range: Range,
    rules: &RulesDoc,
) -> Vec<CodeActionOrCommand> {
    let start = document.offset(range.start);
    let end = document.offset(range.end);
    let mut actions: Vec<CodeAction> = document
        .diagnostics
        .iter()
        .filter(|d| {
            d.primary
                .as_ref()
                .is_some_and(|l| (l.span.start as usize) <= end && start <= l.span.end as usize)
        })
        .flat_map(|d| quick_fixes(document, d, rules))
        .collect();
    actions.extend(spell_outs(document, start));
    actions
        .into_iter()
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

/// One quick fix per replacement the diagnostic offers, when its argument is a plain word
/// or a string without expansions (an expression is not replaced by a constant).
fn quick_fixes(document: &Document, diag: &Diag, rules: &RulesDoc) -> Vec<CodeAction> {
    let Some(primary) = &diag.primary else {
        return Vec::new();
    };
    let Some(written) = document.text().get(primary.span.range()) else {
        return Vec::new();
    };
    if written.is_empty() || written.contains(['$', '(', '@', '{', '\n']) {
        return Vec::new();
    }
    let lsp = to_lsp(diag, document, rules);
    diag.fixes
        .iter()
        .map(|fix| {
            let replacement = match written.chars().next() {
                Some(q @ ('\'' | '"')) if !fix.starts_with('-') => format!("{q}{fix}{q}"),
                _ => fix.clone(),
            };
            CodeAction {
                title: format!("Replace {written} with {replacement}"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![lsp.clone()]),
                edit: Some(edit(document, document.range(primary.span), replacement)),
                is_preferred: Some(diag.fixes.len() == 1),
                ..CodeAction::default()
            }
        })
        .collect()
}

/// "Spell out -Ident as -Identity" for each parameter of the cursor's line that is written
/// as an abbreviation the binder accepts.
fn spell_outs(document: &Document, offset: usize) -> Vec<CodeAction> {
    let line = Line::at(document.text(), offset);
    tokens(&line.text, SourceId(0))
        .into_iter()
        .filter(|t| t.kind == TokenKind::Parameter)
        .filter_map(|t| {
            let start = line.start + t.span.start as usize;
            let written = &line.text[t.span.range()];
            let typed = written.trim_start_matches('-').trim_end_matches(':');
            let spec = line.context(start).command?;
            let param = parameter(spec, typed)?;
            if param.answers_to(typed) {
                return None;
            }
            let colon = if written.ends_with(':') { ":" } else { "" };
            let full = format!("-{}{colon}", param.name);
            let range = document.range(crate::span::Span::new(
                SourceId(0),
                start,
                start + written.len(),
            ));
            Some(CodeAction {
                title: format!("Spell out {written} as {full}"),
                kind: Some(CodeActionKind::REFACTOR_REWRITE),
                edit: Some(edit(document, range, full)),
                ..CodeAction::default()
            })
        })
        .collect()
}

/// A workspace edit replacing `range` of the document with `text`.
// lsp-types keys `WorkspaceEdit::changes` by `Uri`, whose only cell caches a parse.
#[allow(clippy::mutable_key_type)]
fn edit(document: &Document, range: Range, text: String) -> WorkspaceEdit {
    let changes = HashMap::from([(document.uri().clone(), vec![TextEdit::new(range, text)])]);
    WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::rehearsal::Rehearsal;
    use lsp_types::Position;
    use std::str::FromStr;

    fn titles(text: &str, at: Position) -> Vec<String> {
        crate::eval::interp::with_large_stack(|| {
            let uri = lsp_types::Uri::from_str("file:///a.ps1").unwrap();
            let mut doc = Document::new(uri, 1, text.into());
            let mut rehearsal = Rehearsal::new(Default::default(), super::super::document::SOURCE);
            rehearsal.run(text, doc.script().expect("parses"));
            doc.diagnostics = rehearsal.diagnostics().cloned().collect();
            code_actions(&doc, Range::new(at, at), &RulesDoc::default())
                .into_iter()
                .map(|a| match a {
                    CodeActionOrCommand::CodeAction(a) => a.title,
                    CodeActionOrCommand::Command(c) => c.title,
                })
                .collect()
        })
    }

    #[test]
    fn did_you_mean_fixes_and_spelled_out_parameters() {
        let got = titles(
            "New-Site -Ident S1\nNew-Pool -Fqdn p.c -Version Lync2013 -Sitee S1",
            Position::new(1, 40),
        );
        assert_eq!(got, vec!["Replace -Sitee with -Site".to_string()]);
        let got = titles("New-Site -Ident S1", Position::new(0, 2));
        assert_eq!(got, vec!["Spell out -Ident as -Identity".to_string()]);
        let got = titles(
            "New-Site Redmond\nNew-Pool -Fqdn p.c -Version Lync2013 -Site 'Redmon'",
            Position::new(1, 44),
        );
        assert!(
            got.contains(&"Replace 'Redmon' with 'Redmond'".to_string()),
            "{got:?}"
        );
    }
}
