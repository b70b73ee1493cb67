//! Conversions from every error and warning type into a [`Diag`].

use super::{Diag, Label, Severity};
use crate::cmdlets::command::{CommandError, Warning};
use crate::eval::error::{Flow, RuntimeError};
use crate::model::{ModelError, ModelWarning, Origin, Related};
use crate::span::Span;
use crate::syntax::SyntaxError;

/// The code of `Write-Warning` diagnostics in JSON output.
pub const WRITE_WARNING: &str = "coexist::eval::write_warning";

impl From<&SyntaxError> for Diag {
    fn from(e: &SyntaxError) -> Self {
        Diag::new(e.code, Severity::Error, e.message.clone()).with_primary(e.span, "")
    }
}

impl From<&RuntimeError> for Diag {
    fn from(e: &RuntimeError) -> Self {
        let mut diag = Diag::new(e.code, Severity::Error, e.message.clone())
            .with_primary(e.span, "")
            .with_help(e.help.clone());
        diag.secondary = e
            .labels
            .iter()
            .map(|(span, text)| Label {
                span: *span,
                text: text.clone(),
            })
            .collect();
        diag.fixes = e.fixes.to_vec();
        diag
    }
}

/// Adds a related object's origin: a secondary label when it has a span, else a note.
///
/// A span that covers the primary label (the very statement being reported, e.g. a pool
/// "created here" by the failing `New-ChatPool` itself) or repeats another label says nothing
/// new and is dropped.
fn add_related(diag: &mut Diag, related: Vec<Related>) {
    for r in related {
        match r.origin {
            Origin::Span(span) => {
                let covers_primary = diag.primary.as_ref().is_some_and(|p| {
                    p.span.source == span.source
                        && span.start <= p.span.start
                        && p.span.end <= span.end
                });
                let repeated = diag.secondary.iter().any(|l| l.span == span);
                if !covers_primary && !repeated {
                    diag.secondary.push(Label {
                        span,
                        text: r.label,
                    });
                }
            }
            Origin::Loaded => diag
                .notes
                .push(format!("{} (defined in the state file)", r.label)),
            Origin::Builtin => diag.notes.push(format!("{} (built in)", r.label)),
        }
    }
}

fn model_error(error: &ModelError, span: Span) -> Diag {
    let mut diag = Diag::new(error.code(), Severity::Error, error.to_string())
        .with_primary(span, error.label())
        .with_help(error.help());
    diag.fixes = error.suggestion().map(str::to_string).into_iter().collect();
    add_related(&mut diag, error.related());
    diag
}

fn model_warning(warning: &ModelWarning, span: Span) -> Diag {
    let mut diag = Diag::new(warning.code(), Severity::Warning, warning.to_string())
        .with_primary(span, warning.label())
        .with_help(warning.help());
    add_related(&mut diag, warning.related());
    diag
}

impl From<&CommandError> for Diag {
    fn from(e: &CommandError) -> Self {
        match e {
            CommandError::Model { error, span } => model_error(error, *span),
            CommandError::Runtime(e) => Diag::from(&**e),
            CommandError::Flow(flow) => match &**flow {
                Flow::Error(inner) => Diag::from(inner),
                other => Diag::new(
                    "coexist::eval::unexpected_flow",
                    Severity::Error,
                    format!("{other:?} escaped the command that raised it"),
                ),
            },
        }
    }
}

impl From<&Warning> for Diag {
    fn from(w: &Warning) -> Self {
        match w {
            Warning::Model { warning, span } => model_warning(warning, *span),
            Warning::Text { message, span } => {
                Diag::new(WRITE_WARNING, Severity::Warning, message.clone()).with_primary(*span, "")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::SourceId;

    fn span(start: usize, end: usize) -> Span {
        Span::new(SourceId(0), start, end)
    }

    #[test]
    fn model_errors_label_the_argument_and_drop_secondaries_that_repeat_it() {
        let error = ModelError::DuplicateSite {
            site: "Redmond".into(),
            existing: Origin::Span(span(0, 40)),
        };
        // The existing site was created by the very statement that holds the argument.
        let diag = model_error(&error, span(19, 26));
        assert_eq!(diag.primary.as_ref().unwrap().text, "already exists");
        assert!(diag.secondary.is_empty(), "{diag:?}");
        // Created by another statement: kept.
        let diag = model_error(&error, span(60, 67));
        assert_eq!(diag.secondary.len(), 1);
        assert_eq!(diag.secondary[0].text, "Redmond was created here");
    }
}
