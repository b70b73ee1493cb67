//! `textDocument/signatureHelp`: one signature per parameter set of the cmdlet at the
//! cursor (its `Get-Help` SYNTAX line), the set the given parameters fit active, and the
//! parameter being typed or given a value highlighted.

use super::cursor::{parameter, Line};
use super::document::Document;
use crate::assist::context::{fitting_set, WordKind};
use crate::cmdlets::common::COMMON;
use crate::cmdlets::general::help::{parameter_sets, params_of_set, syntax_item, syntax_lines};
use lsp_types::{
    Documentation, ParameterInformation, ParameterLabel, Position, SignatureHelp,
    SignatureInformation,
};

/// The signature help at `position`, when the cursor is in a cmdlet's arguments.
pub fn signature_help(document: &Document, position: Position) -> Option<SignatureHelp> {
    let offset = document.offset(position);
    let line = Line::at(document.text(), offset);
    let context = line.context(offset);
    let spec = context.command?;
    if context.kind == WordKind::Command {
        return None;
    }
    let sets = parameter_sets(&spec.signature);
    let current = match &context.kind {
        WordKind::Parameter => parameter(spec, context.word).map(|p| p.name.as_str()),
        WordKind::Value(Some(name)) => Some(name.as_str()),
        _ => None,
    };
    let mut active_parameters = Vec::new();
    let signatures = sets
        .iter()
        .zip(syntax_lines(spec))
        .map(|(set, label)| {
            let params: Vec<_> = params_of_set(&spec.signature, set.as_deref())
                .into_iter()
                .filter(|p| !COMMON.contains(&p.name.as_str()))
                .collect();
            active_parameters.push(
                current.and_then(|c| params.iter().position(|p| p.name == c).map(|i| i as u32)),
            );
            let mut from = 0;
            let parameters = params
                .iter()
                .filter_map(|p| {
                    let item = syntax_item(p);
                    let at = from + label[from..].find(&item)?;
                    from = at + item.len();
                    Some(ParameterInformation {
                        label: ParameterLabel::LabelOffsets([
                            utf16(&label[..at]),
                            utf16(&label[..from]),
                        ]),
                        documentation: Some(Documentation::String(p.description.to_string())),
                    })
                })
                .collect();
            SignatureInformation {
                documentation: Some(Documentation::String(match set {
                    Some(name) => format!("{} (parameter set {name})", spec.synopsis),
                    None => spec.synopsis.to_string(),
                })),
                label,
                parameters: Some(parameters),
                active_parameter: None,
            }
        })
        .collect::<Vec<_>>();
    let active = fitting_set(spec, &context.given)
        .and_then(|set| sets.iter().position(|s| *s == set))
        .unwrap_or(0);
    Some(SignatureHelp {
        signatures,
        active_signature: Some(active as u32),
        active_parameter: active_parameters.get(active).copied().flatten(),
    })
}

/// Length of `text` in UTF-16 code units.
fn utf16(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn sets_labels_and_the_active_parameter() {
        let text = "Move-User -Identity sip:a@b.c -Target ";
        let doc = Document::new(
            lsp_types::Uri::from_str("file:///a.ps1").unwrap(),
            1,
            text.into(),
        );
        let help = signature_help(&doc, doc.position(text.len())).expect("help");
        let active = &help.signatures[help.active_signature.unwrap() as usize];
        assert!(active
            .label
            .starts_with("Move-User [-Identity] <String> [-Target] <String>"));
        let params = active.parameters.as_ref().unwrap();
        let index = help.active_parameter.expect("active parameter") as usize;
        let ParameterLabel::LabelOffsets([start, end]) = params[index].label else {
            panic!("offsets");
        };
        assert_eq!(
            &active.label[start as usize..end as usize],
            "[-Target] <String>"
        );
        assert!(
            signature_help(&doc, Position::new(0, 3)).is_none(),
            "on the name"
        );
    }
}
