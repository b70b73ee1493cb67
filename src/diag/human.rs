//! Human-readable rendering through miette's graphical handler.

use super::{Diag, Label, Severity};
use crate::span::{SourceId, SourceMap};
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use std::fmt;
use std::sync::Arc;

/// A [`Diag`] bound to one source text, as miette wants it. Labels in other sources (an
/// object created in an earlier REPL line or another file) become related reports.
struct View<'a> {
    diag: &'a Diag,
    message: String,
    severity: miette::Severity,
    source: Option<NamedSource<Arc<str>>>,
    labels: Vec<&'a Label>,
    related: Vec<View<'a>>,
    show_header: bool,
}

impl fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for View<'_> {}

impl Diagnostic for View<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.show_header
            .then(|| Box::new(&self.diag.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        if !self.show_header {
            return None;
        }
        let mut text = self.diag.notes.join("\n");
        if let Some(help) = &self.diag.help {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(help);
        }
        (!text.is_empty()).then(|| Box::new(text) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().enumerate().map(
            |(i, label)| {
                let text = (!label.text.is_empty()).then(|| label.text.clone());
                let span = (label.span.start as usize, label.span.len());
                if i == 0 && self.show_header {
                    LabeledSpan::new_primary_with_span(text, span)
                } else {
                    LabeledSpan::new_with_span(text, span)
                }
            },
        )))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|v| v as &dyn Diagnostic)))
    }
}

fn named_source(sources: &SourceMap, id: SourceId) -> Option<NamedSource<Arc<str>>> {
    sources
        .get(id)
        .map(|s| NamedSource::new(&s.name, s.text.clone()))
}

fn build<'a>(diag: &'a Diag, sources: &SourceMap) -> View<'a> {
    let severity = match diag.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
    };
    let all: Vec<&Label> = diag.primary.iter().chain(diag.secondary.iter()).collect();
    let main_source = all.first().map(|l| l.span.source);
    let (here, elsewhere): (Vec<&Label>, Vec<&Label>) = all
        .into_iter()
        .partition(|l| Some(l.span.source) == main_source);
    let related = elsewhere
        .iter()
        .map(|label| View {
            diag,
            message: label.text.clone(),
            severity: miette::Severity::Advice,
            source: named_source(sources, label.span.source),
            labels: vec![label],
            related: Vec::new(),
            show_header: false,
        })
        .collect();
    View {
        diag,
        message: diag.message.clone(),
        severity,
        source: main_source.and_then(|id| named_source(sources, id)),
        labels: here,
        related,
        show_header: true,
    }
}

/// Renders `diag` as miette's graphical report, headed `Error: code` or `Warning: code`.
pub fn render(diag: &Diag, sources: &SourceMap, color: bool, width: usize) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(width);
    let view = build(diag, sources);
    let mut body = String::new();
    if handler.render_report(&mut body, &view).is_err() {
        body = format!("{}\n\n  × {}\n", diag.code, diag.message);
    }
    let prefix = match diag.severity {
        Severity::Error => "Error: ",
        Severity::Warning => "Warning: ",
    };
    format!("{prefix}{body}\n")
}
