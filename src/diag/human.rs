//! Human-readable rendering through miette's graphical handler.

use super::crop::Crop;
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
    source: Option<Bridged>,
    /// The labels, each with whether it is the primary one.
    labels: Vec<(&'a Label, bool)>,
    related: Vec<View<'a>>,
    show_header: bool,
}

/// Labels further apart than this many lines get snippets of their own.
const SHARED_SNIPPET_GAP: usize = 6;

/// A source that widens the context after chosen spans, so that miette draws labels a few
/// lines apart in one snippet (as cli.md's example shows) instead of two, and shows long
/// lines cropped around their labels.
struct Bridged {
    /// The cropped text, under the source's name.
    inner: NamedSource<Arc<str>>,
    /// Span end offset (in the cropped text) → context lines needed after it to reach the
    /// next label.
    bridges: Vec<(usize, usize)>,
    crop: Crop,
}

impl Bridged {
    /// A label's span in the cropped text, as miette wants it: `(offset, length)`.
    fn shown(&self, span: crate::span::Span) -> (usize, usize) {
        let start = self.crop.to_shown(span.start as usize);
        let end = self.crop.to_shown(span.end as usize).max(start);
        (start, end - start)
    }
}

/// Span contents with the column of the original text (the `╭─[file:line:col]` header of
/// a cropped line).
struct TrueColumn<'a> {
    inner: Box<dyn miette::SpanContents<'a> + 'a>,
    column: usize,
}

impl<'a> miette::SpanContents<'a> for TrueColumn<'a> {
    fn data(&self) -> &'a [u8] {
        self.inner.data()
    }
    fn span(&self) -> &miette::SourceSpan {
        self.inner.span()
    }
    fn name(&self) -> Option<&str> {
        self.inner.name()
    }
    fn line(&self) -> usize {
        self.inner.line()
    }
    fn column(&self) -> usize {
        self.column
    }
    fn line_count(&self) -> usize {
        self.inner.line_count()
    }
}

impl miette::SourceCode for Bridged {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let end = span.offset() + span.len();
        let after = match self.bridges.iter().find(|(e, _)| *e == end) {
            Some((_, extra)) if after > 0 => after.max(*extra),
            _ => after,
        };
        let contents = self.inner.read_span(span, before, after)?;
        if before == 0 && after == 0 && self.crop.is_cropped() {
            // The position miette puts in the header.
            return Ok(Box::new(TrueColumn {
                column: self.crop.column(span.offset()),
                inner: contents,
            }));
        }
        Ok(contents)
    }
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
        Some(Box::new(self.labels.iter().map(|(label, primary)| {
            let text = (!label.text.is_empty()).then(|| label.text.clone());
            let span = match &self.source {
                Some(source) => source.shown(label.span),
                None => (label.span.start as usize, label.span.len()),
            };
            if *primary {
                LabeledSpan::new_primary_with_span(text, span)
            } else {
                LabeledSpan::new_with_span(text, span)
            }
        })))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|v| v as &dyn Diagnostic)))
    }
}

/// Labels sharing one snippet, with the context each needs after it (span end → lines).
type Group<'a> = (Vec<(&'a Label, bool)>, Vec<(usize, usize)>);

/// 0-based line of a byte offset.
fn line_of(text: &str, offset: u32) -> usize {
    let end = (offset as usize).min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Labels of one source grouped into snippets: labels at most [`SHARED_SNIPPET_GAP`] lines
/// apart share one. Returns the groups in source order, with the context each label needs
/// after it to reach the next one of its group.
fn snippet_groups<'a>(labels: &[(&'a Label, bool)], text: &str) -> Vec<Group<'a>> {
    let mut sorted = labels.to_vec();
    sorted.sort_by_key(|(l, _)| (l.span.start, l.span.end));
    let mut groups: Vec<Group<'a>> = Vec::new();
    let mut last_end_line = 0;
    for (label, primary) in sorted {
        let start_line = line_of(text, label.span.start);
        let end_line = line_of(text, label.span.end.saturating_sub(1).max(label.span.start));
        match groups.last_mut() {
            Some((members, bridges)) if start_line <= last_end_line + SHARED_SNIPPET_GAP => {
                if let Some((previous, _)) = members.last() {
                    let needed = start_line.saturating_sub(last_end_line) + 1;
                    bridges.push((previous.span.end as usize, needed));
                }
                members.push((label, primary));
                last_end_line = last_end_line.max(end_line);
            }
            _ => {
                groups.push((vec![(label, primary)], Vec::new()));
                last_end_line = end_line;
            }
        }
    }
    groups
}

/// The main view (the primary label's snippet, with the labels near it) and views for the
/// snippets of labels far from it in the same source, in source order.
fn build<'a>(diag: &'a Diag, sources: &SourceMap) -> (View<'a>, Vec<View<'a>>) {
    let severity = match diag.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
    };
    let all: Vec<(&Label, bool)> = diag
        .primary
        .iter()
        .map(|l| (l, true))
        .chain(diag.secondary.iter().map(|l| (l, false)))
        .collect();
    let main_source = all.first().map(|(l, _)| l.span.source);
    let (here, elsewhere): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(l, _)| Some(l.span.source) == main_source);
    let related = elsewhere
        .iter()
        .map(|(label, _)| View {
            diag,
            message: label.text.clone(),
            severity: miette::Severity::Advice,
            source: main_source_of(sources, label.span.source, Vec::new(), &[(label, false)]),
            labels: vec![(label, false)],
            related: Vec::new(),
            show_header: false,
        })
        .collect();
    let text = main_source
        .and_then(|id| sources.get(id))
        .map(|s| s.text.clone())
        .unwrap_or_default();
    let mut groups = snippet_groups(&here, &text);
    let main_index = groups.iter().position(|(g, _)| g.iter().any(|(_, p)| *p));
    let (main_labels, bridges) = match main_index {
        Some(i) => groups.remove(i),
        None if !groups.is_empty() => groups.remove(0),
        None => (Vec::new(), Vec::new()),
    };
    let far = groups
        .into_iter()
        .map(|(labels, bridges)| View {
            diag,
            message: String::new(),
            severity,
            source: main_source.and_then(|id| main_source_of(sources, id, bridges, &labels)),
            labels,
            related: Vec::new(),
            show_header: false,
        })
        .collect();
    let main = View {
        diag,
        message: diag.message.clone(),
        severity,
        source: main_source.and_then(|id| main_source_of(sources, id, bridges, &main_labels)),
        labels: main_labels,
        related,
        show_header: true,
    };
    (main, far)
}

/// The source `id` as one view shows it: long lines of its labels cropped, bridges moved
/// into the cropped text.
fn main_source_of(
    sources: &SourceMap,
    id: SourceId,
    bridges: Vec<(usize, usize)>,
    labels: &[(&Label, bool)],
) -> Option<Bridged> {
    let source = sources.get(id)?;
    let crop = Crop::new(source.text.clone(), labels);
    let bridges = bridges
        .into_iter()
        .map(|(end, lines)| (crop.to_shown(end), lines))
        .collect();
    Some(Bridged {
        inner: NamedSource::new(&source.name, crop.shown.clone()),
        bridges,
        crop,
    })
}

/// The snippet lines of a rendered report: from the `╭─[` header to the last `╰────`.
fn snippet_part(rendered: &str) -> String {
    let lines: Vec<&str> = rendered.lines().collect();
    let first = lines.iter().position(|l| l.trim_start().starts_with('╭'));
    let last = lines.iter().rposition(|l| l.trim_start().starts_with('╰'));
    match (first, last) {
        (Some(a), Some(b)) if a <= b => {
            let mut out = lines[a..=b].join("\n");
            out.push('\n');
            out
        }
        _ => String::new(),
    }
}

/// Inserts `extra` after the first snippet of `body` (before the help line), so the primary
/// label's snippet, and with it the `╭─[file:line:col]` position, comes first.
fn insert_after_first_snippet(body: &str, extra: &str) -> String {
    let mut out = String::with_capacity(body.len() + extra.len());
    let mut in_snippet = false;
    let mut inserted = extra.is_empty();
    for line in body.split_inclusive('\n') {
        out.push_str(line);
        let trimmed = line.trim_start();
        if trimmed.starts_with('╭') {
            in_snippet = true;
        } else if in_snippet && !inserted && trimmed.starts_with('╰') {
            out.push_str(extra);
            inserted = true;
        }
    }
    if !inserted {
        out.push_str(extra);
    }
    out
}

/// The handler: unicode, wrapping only at spaces (never inside `Move-LegacyUser` or
/// `D:\\PChatFiles`).
fn handler(color: bool, width: usize) -> GraphicalReportHandler {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// Renders `diag` as miette's graphical report, headed `Error: code` or `Warning: code`.
///
/// The snippet holding the primary label comes first, so the report's `╭─[file:line:col]`
/// is the offending argument's; labels far from it get snippets of their own after it.
pub fn render(diag: &Diag, sources: &SourceMap, color: bool, width: usize) -> String {
    let handler = handler(color, width);
    let (view, far) = build(diag, sources);
    let mut body = String::new();
    if handler.render_report(&mut body, &view).is_err() {
        body = format!("{}\n\n  × {}\n", diag.code, diag.message);
    }
    let mut extra = String::new();
    for snippet in &far {
        let mut rendered = String::new();
        if handler.render_report(&mut rendered, snippet).is_ok() {
            extra.push_str(&snippet_part(&rendered));
        }
    }
    let body = insert_after_first_snippet(&body, &extra);
    let prefix = match diag.severity {
        Severity::Error => "Error: ",
        Severity::Warning => "Warning: ",
    };
    format!("{prefix}{body}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    /// A script of `lines` numbered lines (`line 1` …) and the span of line `n` (1-based).
    fn script(lines: usize) -> (SourceMap, SourceId, impl Fn(usize) -> Span) {
        let text: String = (1..=lines)
            .map(|i| format!("Set-Thing line-{i:02}\n"))
            .collect();
        let mut sources = SourceMap::default();
        let id = sources.add("migrate.ps1", text);
        let width = "Set-Thing line-00\n".len();
        (sources, id, move |n| {
            Span::new(id, (n - 1) * width + 10, (n - 1) * width + 17)
        })
    }

    fn diag(primary: Span, secondary: &[Span]) -> Diag {
        let mut d = Diag::new("coexist::model::x", Severity::Error, "something is wrong")
            .with_primary(primary, "the primary")
            .with_help(Some(
                "fix it with Move-LegacyUser -Identity D:\\PChatFiles".into(),
            ));
        for s in secondary {
            d.secondary.push(Label {
                span: *s,
                text: "made true here".into(),
            });
        }
        d
    }

    #[test]
    fn near_labels_share_one_snippet_headed_by_the_primary() {
        let (sources, _, line) = script(12);
        let out = render(&diag(line(9), &[line(3)]), &sources, false, 100);
        assert_eq!(out.matches('╭').count(), 1, "{out}");
        assert!(out.contains("╭─[migrate.ps1:9:11]"), "{out}");
        assert!(
            out.contains(" 6 │ Set-Thing line-06"),
            "lines between are shown:\n{out}"
        );
    }

    #[test]
    fn far_labels_come_after_the_primary_snippet_and_before_the_help() {
        let (sources, _, line) = script(30);
        let out = render(&diag(line(25), &[line(2)]), &sources, false, 100);
        let primary = out.find("╭─[migrate.ps1:25:11]").expect(&out);
        let secondary = out.find("╭─[migrate.ps1:2:11]").expect(&out);
        let help = out.find("help:").expect(&out);
        assert!(primary < secondary && secondary < help, "{out}");
        assert!(
            !out.contains("line-12"),
            "no lines between far labels:\n{out}"
        );
    }

    #[test]
    fn text_wraps_at_spaces_only() {
        let (sources, _, line) = script(3);
        for width in 30..70 {
            let out = render(&diag(line(2), &[]), &sources, false, width);
            assert!(out.contains("Move-LegacyUser"), "width {width}:\n{out}");
            assert!(out.contains("D:\\PChatFiles"), "width {width}:\n{out}");
        }
    }
}
