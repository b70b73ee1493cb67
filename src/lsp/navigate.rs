//! `textDocument/definition` (an object's name → the statement that created it, from the
//! model's origins; an object of the state file → its entry there) and
//! `textDocument/documentSymbol` (the script's functions).

use super::cursor::{unquote, Line};
use super::document::Document;
use super::position::LineIndex;
use crate::model::{Kind, Model, ObjectRef, Origin};
use crate::syntax::ast::StatementKind;
use crate::syntax::TokenKind;
use lsp_types::{DocumentSymbol, Location, Position, SymbolKind};
use std::path::Path;

/// The object named `identity` (any kind, case-insensitive) in the first of `models` that
/// has one.
pub fn find_object<'m>(models: &[&'m Model], identity: &str) -> Option<ObjectRef<'m>> {
    models.iter().find_map(|model| {
        Kind::ALL
            .iter()
            .find_map(|&kind| model.object(kind, identity))
    })
}

/// Where the object named at `position` was created: a statement of the document, or its
/// entry in the state file `state`.
pub fn definition(
    document: &Document,
    position: Position,
    models: &[&Model],
    state: Option<&Path>,
) -> Option<Location> {
    let offset = document.offset(position);
    let line = Line::at(document.text(), offset);
    let token = line.token_at(offset)?;
    if !matches!(token.kind, TokenKind::Text | TokenKind::String) {
        return None;
    }
    let object = find_object(models, unquote(line.token_text(&token)))?;
    match object.created() {
        Origin::Span(span) => Some(Location::new(document.uri().clone(), document.range(span))),
        Origin::Loaded => in_state_file(state?, object.identity()),
        Origin::Builtin => None,
    }
}

/// The first place the state file spells `identity` as a JSON string.
fn in_state_file(path: &Path, identity: &str) -> Option<Location> {
    let text = std::fs::read_to_string(path).ok()?;
    let needle = serde_json::to_string(identity).ok()?;
    let start = text.find(&needle)?;
    let index = LineIndex::new(&text);
    let uri = super::workspace::file_uri(&std::path::absolute(path).ok()?)?;
    Some(Location::new(
        uri,
        index.range(&text, start, start + needle.len()),
    ))
}

/// The document's top-level functions.
#[allow(deprecated)] // `DocumentSymbol::deprecated` must be written, though deprecated.
pub fn symbols(document: &Document) -> Vec<DocumentSymbol> {
    let Some(script) = document.script() else {
        return Vec::new();
    };
    script
        .statements
        .iter()
        .filter_map(|statement| match &statement.kind {
            StatementKind::Function(def) => Some(DocumentSymbol {
                name: def.name.clone(),
                detail: None,
                kind: SymbolKind::FUNCTION,
                tags: None,
                deprecated: None,
                range: document.range(def.span),
                selection_range: document.range(def.name_span),
                children: None,
            }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::rehearsal::Rehearsal;
    use std::str::FromStr;

    #[test]
    fn definition_of_a_pool_and_the_function_symbols() {
        let text = "function Add-Pools { }\nNew-Site -Identity S\nNew-Pool -Fqdn p.contoso.com -Version Lync2013 -Site S\nGet-Pool 'p.contoso.com'\n";
        let doc = Document::new(
            lsp_types::Uri::from_str("file:///a.ps1").unwrap(),
            1,
            text.into(),
        );
        let script = doc.script().expect("parses").clone();
        let model = crate::eval::interp::with_large_stack(move || {
            let mut rehearsal = Rehearsal::new(Model::default(), super::super::document::SOURCE);
            rehearsal.run(text, &script);
            rehearsal.model().clone()
        });
        let at = doc.position(text.rfind("p.contoso").unwrap());
        let location = definition(&doc, at, &[&model], None).expect("defined");
        assert_eq!(location.range.start, Position::new(2, 0));
        let symbols = symbols(&doc);
        assert_eq!(symbols.len(), 1);
        assert_eq!(symbols[0].name, "Add-Pools");
        assert_eq!(symbols[0].selection_range.start, Position::new(0, 9));
    }

    #[test]
    fn objects_of_the_state_file_point_into_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("prod.json");
        std::fs::write(&path, "{\n  \"Fqdn\": \"p.contoso.com\"\n}\n").expect("write");
        let location = in_state_file(&path, "p.contoso.com").expect("found");
        assert_eq!(location.range.start, Position::new(1, 10));
    }
}
