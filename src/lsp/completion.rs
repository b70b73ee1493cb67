//! `textDocument/completion`: the REPL's completions ([`crate::assist::complete`]) of the
//! word before the cursor, with a kind and a one-line detail from the cmdlet tables.

use super::cursor::Line;
use super::document::Document;
use crate::assist::complete::complete;
use crate::assist::context::WordKind;
use crate::assist::names::Names;
use crate::cmdlets::general::help::type_name;
use crate::cmdlets::registry;
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, Position, Range, TextEdit,
};

/// The completions at `position`.
pub fn completion(document: &Document, position: Position, names: &Names) -> Vec<CompletionItem> {
    let offset = document.offset(position);
    let line = Line::at(document.text(), offset);
    let cursor = offset - line.start;
    let context = line.context(offset);
    let (word_start, candidates) = complete(&line.text, cursor, names);
    let replace = Range::new(document.position(line.start + word_start), position);
    candidates
        .into_iter()
        .enumerate()
        .map(|(rank, candidate)| {
            let (kind, detail) = describe(&context.kind, context.command, &candidate);
            CompletionItem {
                label: candidate.clone(),
                kind: Some(kind),
                detail,
                // Keep the REPL's order (prefix matches first) whatever the client sorts by.
                sort_text: Some(format!("{rank:05}")),
                filter_text: Some(candidate.clone()),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(replace, candidate))),
                ..CompletionItem::default()
            }
        })
        .collect()
}

/// The item kind and detail line of one candidate.
fn describe(
    kind: &WordKind,
    command: Option<&'static crate::cmdlets::spec::CmdletSpec>,
    candidate: &str,
) -> (CompletionItemKind, Option<String>) {
    match kind {
        WordKind::Command => match registry::lookup(candidate) {
            Some(spec) if spec.name.eq_ignore_ascii_case(candidate) => (
                CompletionItemKind::FUNCTION,
                Some(spec.synopsis.to_string()),
            ),
            Some(spec) => (
                CompletionItemKind::FUNCTION,
                Some(format!("alias of {}: {}", spec.name, spec.synopsis)),
            ),
            None => (CompletionItemKind::FUNCTION, Some("function".into())),
        },
        WordKind::Parameter => {
            let param = command.and_then(|c| c.signature.find(candidate.trim_start_matches('-')));
            let detail = param.map(|p| format!("<{}> {}", type_name(p.kind), p.description));
            (CompletionItemKind::PROPERTY, detail)
        }
        WordKind::Variable => (CompletionItemKind::VARIABLE, None),
        WordKind::Value(_) => (CompletionItemKind::VALUE, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn at_end(text: &str, names: &Names) -> Vec<CompletionItem> {
        let doc = Document::new(
            lsp_types::Uri::from_str("file:///a.ps1").unwrap(),
            1,
            text.into(),
        );
        let end = doc.position(text.len());
        completion(&doc, end, names)
    }

    #[test]
    fn cmdlets_parameters_and_objects_with_their_replaced_range() {
        let names = Names {
            pools: vec!["lync2013.contoso.com".into()],
            ..Names::default()
        };
        let items = at_end("Get-Site\nMove-Us", &names);
        assert_eq!(items[0].label, "Move-User");
        assert_eq!(items[0].kind, Some(CompletionItemKind::FUNCTION));
        let Some(CompletionTextEdit::Edit(edit)) = &items[0].text_edit else {
            panic!("a text edit");
        };
        assert_eq!(edit.range.start, Position::new(1, 0));
        assert!(at_end("Move-CsUser -Ta", &names)
            .iter()
            .any(|i| i.label == "-Target"
                && i.detail
                    .as_deref()
                    .is_some_and(|d| d.starts_with("<String>"))));
        let items = at_end("Move-User -Identity sip:a@b.c `\n  -Target ", &names);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].label, "lync2013.contoso.com");
    }
}
