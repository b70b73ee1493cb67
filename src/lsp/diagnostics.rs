//! [`Diag`] values as LSP diagnostics: the primary label's span as the range (UTF-16
//! positions), the stable code with a link to the rule's text, the help and notes in the
//! message, the secondary labels ("pool created here") as related information.
//!
//! The link (`codeDescription`) is a `file:` URI of `docs/rules.md` with the rule's short
//! code as fragment, for model rules when that file is found beside the binary or in the
//! workspace; the rule's full text (`coexist explain`) is in the hover of the diagnostic's
//! range, which works wherever the server runs.

use super::document::Document;
use crate::diag::{Diag, Severity};
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Uri,
};
use std::path::Path;
use std::str::FromStr;

/// Where the rules' reference is, if found.
#[derive(Debug, Clone, Default)]
pub struct RulesDoc {
    /// `file:` URI of `docs/rules.md`.
    uri: Option<String>,
}

impl RulesDoc {
    /// Looks for `docs/rules.md` in the workspace root, then in the folders above the
    /// running binary (a source checkout's `target/…/coexist`).
    pub fn find(root: Option<&Path>) -> Self {
        let exe = std::env::current_exe().ok();
        let candidates = root
            .into_iter()
            .chain(exe.iter().flat_map(|e| e.ancestors().skip(1).take(4)));
        let uri = candidates
            .map(|dir| dir.join("docs").join("rules.md"))
            .find(|path| path.is_file())
            .and_then(|path| super::workspace::file_uri(&path))
            .map(|uri| uri.as_str().to_string());
        RulesDoc { uri }
    }

    /// The link for `code`: model rules only (the ones `docs/rules.md` lists).
    fn link(&self, code: &str) -> Option<CodeDescription> {
        let name = code.strip_prefix("coexist::model::")?;
        let href = Uri::from_str(&format!("{}#{name}", self.uri.as_deref()?)).ok()?;
        Some(CodeDescription { href })
    }
}

/// The LSP diagnostic of `diag` in `document`.
pub fn to_lsp(diag: &Diag, document: &Document, rules: &RulesDoc) -> Diagnostic {
    let range = diag
        .primary
        .as_ref()
        .map(|l| document.range(l.span))
        .unwrap_or_default();
    let mut message = diag.message.clone();
    if let Some(label) = diag.primary.as_ref().filter(|l| !l.text.is_empty()) {
        let snippet = document.text().get(label.span.range()).unwrap_or("");
        if !snippet.is_empty() && snippet.len() <= 60 && !snippet.contains('\n') {
            message.push_str(&format!("\n{snippet}: {}", label.text));
        } else {
            message.push_str(&format!("\n{}", label.text));
        }
    }
    if let Some(help) = &diag.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    for note in &diag.notes {
        message.push_str(&format!("\nnote: {note}"));
    }
    let related: Vec<DiagnosticRelatedInformation> = diag
        .secondary
        .iter()
        .map(|label| DiagnosticRelatedInformation {
            location: Location::new(document.uri().clone(), document.range(label.span)),
            message: if label.text.is_empty() {
                "related".into()
            } else {
                label.text.clone()
            },
        })
        .collect();
    Diagnostic {
        range,
        severity: Some(match diag.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(diag.code.clone())),
        code_description: rules.link(&diag.code),
        source: Some("coexist".into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}
