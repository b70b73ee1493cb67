//! `textDocument/hover`: on a cmdlet, its synopsis and syntax; on a parameter, its entry of
//! `Get-Help -Full` (the same text, from the cmdlet tables); on an object's name, its
//! properties as `Format-List` shows them. Over a diagnostic, the rule behind its code
//! (`coexist explain`) follows.

use super::cursor::{parameter, unquote, Line};
use super::document::Document;
use super::navigate::find_object;
use crate::cmdlets::general::help::{parameter_block, syntax_lines};
use crate::cmdlets::registry;
use crate::model::{Model, ObjectRef, Origin};
use crate::syntax::TokenKind;
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

/// The hover at `position`; `models` are the models the document's dry run went through.
pub fn hover(document: &Document, position: Position, models: &[&Model]) -> Option<Hover> {
    let offset = document.offset(position);
    let line = Line::at(document.text(), offset);
    let token = line.token_at(offset);
    let mut sections: Vec<String> = Vec::new();
    if let Some(token) = &token {
        let word = line.token_text(token);
        let section = match token.kind {
            TokenKind::Command => cmdlet(word),
            TokenKind::Parameter => parameter_help(&line, token.span.start as usize, word),
            TokenKind::Text | TokenKind::String => {
                find_object(models, unquote(word)).map(|o| object(document, o))
            }
            _ => None,
        };
        sections.extend(section);
    }
    sections.extend(rules_at(document, offset));
    if sections.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range: token.map(|t| document.range(t.span)),
    })
}

/// A cmdlet's name, aliases, synopsis and syntax.
fn cmdlet(word: &str) -> Option<String> {
    let spec = registry::lookup(word)?;
    let aliases = if spec.aliases.is_empty() {
        String::new()
    } else {
        format!(" (alias {})", spec.aliases.join(", "))
    };
    Some(format!(
        "**{}**{aliases}\n\n{}\n\n```\n{}\n```",
        spec.name,
        spec.synopsis,
        syntax_lines(spec).join("\n")
    ))
}

/// The help of the parameter `word` (as typed, with its dash) of the command it follows.
fn parameter_help(line: &Line, start: usize, word: &str) -> Option<String> {
    let spec = line.context(start).command?;
    let param = parameter(spec, word)?;
    Some(format!(
        "**{}** -{}\n\n```\n{}```",
        spec.name,
        param.name,
        parameter_block(param)
    ))
}

/// An object's kind, identity, origin and properties.
fn object(document: &Document, object: ObjectRef<'_>) -> String {
    let properties = object.properties();
    let width = properties.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    let list: Vec<String> = properties
        .iter()
        .map(|(name, value)| format!("{name:<width$} : {value}"))
        .collect();
    let origin = match object.created() {
        Origin::Span(span) => format!("created on line {}", document.range(span).start.line + 1),
        Origin::Loaded => "defined in the state file".into(),
        Origin::Builtin => "built in".into(),
    };
    format!(
        "**{}** `{}` ({origin})\n\n```\n{}\n```",
        object.kind(),
        object.identity(),
        list.join("\n")
    )
}

/// The rules behind the diagnostics whose range holds `offset`.
fn rules_at(document: &Document, offset: usize) -> Vec<String> {
    let mut codes: Vec<&str> = document
        .diagnostics
        .iter()
        .filter(|d| {
            d.primary
                .as_ref()
                .is_some_and(|l| (l.span.start as usize) <= offset && offset <= l.span.end as usize)
        })
        .map(|d| d.code.as_str())
        .collect();
    codes.dedup();
    codes
        .into_iter()
        .filter_map(crate::explain::explain)
        .map(|text| {
            let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
            format!("**{title}**\n{body}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn hover_text(text: &str, at: &str, models: &[&Model]) -> Option<String> {
        let doc = Document::new(
            lsp_types::Uri::from_str("file:///a.ps1").unwrap(),
            1,
            text.into(),
        );
        let offset = text.find(at).expect("marker") + 1;
        hover(&doc, doc.position(offset), models).map(|h| match h.contents {
            HoverContents::Markup(m) => m.value,
            other => panic!("{other:?}"),
        })
    }

    #[test]
    fn cmdlet_parameter_and_object() {
        let text = hover_text("Move-CsUser -Target x", "Move", &[]).expect("hover");
        assert!(
            text.starts_with("**Move-User** (alias Move-CsUser"),
            "{text}"
        );
        assert!(text.contains("Moves a user"), "{text}");
        let text = hover_text("Move-CsUser -Target x", "-Target", &[]).expect("hover");
        assert!(text.contains("-Target <String>"), "{text}");
        assert!(text.contains("Required?"), "{text}");
        let mut model = Model::default();
        crate::eval::interp::with_large_stack(|| {
            let mut interp = crate::eval::interp::Interpreter::new(Model::default());
            let script =
                crate::syntax::parse("New-Site -Identity Redmond", crate::span::SourceId(0))
                    .unwrap();
            interp.run(&script, &mut crate::eval::interp::CollectOutput::default());
            model = interp.into_model();
        });
        let text = hover_text("Get-Site 'Redmond'", "'Redmond'", &[&model]).expect("hover");
        assert!(
            text.starts_with("**Site** `Redmond` (created on line 1)"),
            "{text}"
        );
    }
}
