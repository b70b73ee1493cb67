//! The language server's diagnostics while typing: one edit of a 1 000-line migration script
//! → new diagnostics (issue 17: ≤ 100 ms). Each iteration applies an incremental change to
//! the open document, parses it, runs the incremental dry run and converts every diagnostic
//! to its LSP form, the server's whole path minus the JSON framing.
//!
//! `cargo bench --bench lsp`. The edit's line is a fraction of the document: near the end
//! (the common case while writing a script), in the middle, and at the top (everything
//! re-runs: the worst case); `open` is the first full run of a new document.

use coexist::lsp::diagnostics::{to_lsp, RulesDoc};
use coexist::lsp::document::{Document, SOURCE};
use coexist::model::Model;
use coexist::session::rehearsal::Rehearsal;
use divan::Bencher;
use lsp_types::{Position, Range, TextDocumentContentChangeEvent, Uri};
use std::str::FromStr;

fn main() {
    divan::main();
}

/// Lines of the benchmark document.
const LINES: usize = 1_000;

/// A migration script of exactly [`LINES`] lines: topology, users, categories and rooms,
/// moves and grants, with a wrong pool name every 100 lines (an error, and a warning for the
/// policy then granted to the user who did not move).
fn script() -> String {
    let mut lines: Vec<String> = vec![
        "# Lync 2010 Group Chat to Lync 2013 Persistent Chat: pilot wave".into(),
        "New-Site -Identity Redmond".into(),
        "New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond -Edition Enterprise".into(),
        "New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond -Edition Enterprise".into(),
        "New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\\\fs01\\gc".into(),
        "New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\\\fs01\\pchat".into(),
        "New-PersistentChatPolicy -Identity PilotChat -EnablePersistentChat $true".into(),
    ];
    let mut i = 0;
    while lines.len() < LINES {
        let sip = format!("sip:user{i}@contoso.com");
        let target = if i % 20 == 10 {
            "lync2013.contoso.co"
        } else {
            "lync2013.contoso.com"
        };
        let block = [
            format!("New-User -Identity {sip} -DisplayName 'User {i}' -RegistrarPool lync2010.contoso.com"),
            format!("New-ChatCategory -Name Team{i} -ChatPool gc2010.contoso.com -AllowedMembers {sip}"),
            format!("New-ChatRoom -Name Room{i} -Category gc2010.contoso.com\\Team{i}"),
            format!("Move-User -Identity {sip} -Target {target}"),
            format!("Grant-PersistentChatPolicy -Identity {sip} -PolicyName PilotChat"),
        ];
        lines.extend(block.into_iter().take(LINES - lines.len()));
        i += 1;
    }
    lines.join("\n") + "\n"
}

/// An open document of the script, its first dry run done.
fn open() -> Document {
    let uri = Uri::from_str("file:///bench/pilot.ps1").expect("a URI");
    let mut document = Document::new(uri, 1, script());
    document.rehearsal = Some((None, Rehearsal::new(Model::default(), SOURCE)));
    document.rehearse();
    document
}

/// The document's diagnostics as the server publishes them.
fn publish(document: &Document, rules: &RulesDoc) -> Vec<lsp_types::Diagnostic> {
    let (_, rehearsal) = document.rehearsal.as_ref().expect("set up");
    rehearsal
        .diagnostics()
        .map(|d| to_lsp(d, document, rules))
        .collect()
}

/// Types and deletes a character at the end of line `line`, one per iteration.
fn edit_at(bencher: Bencher, line: u32) {
    let mut document = open();
    let rules = RulesDoc::default();
    assert_eq!(
        publish(&document, &rules).len(),
        2 * LINES / 100,
        "the workload's diagnostics"
    );
    let end = document
        .text()
        .split('\n')
        .nth(line as usize)
        .map_or(0, str::len) as u32;
    let mut version = 1;
    bencher.bench_local(move || {
        version += 1;
        let typing = version % 2 == 0;
        let range = if typing {
            Range::new(Position::new(line, end), Position::new(line, end))
        } else {
            Range::new(Position::new(line, end), Position::new(line, end + 1))
        };
        let change = TextDocumentContentChangeEvent {
            range: Some(range),
            range_length: None,
            text: if typing { " ".into() } else { String::new() },
        };
        document.apply(version, vec![change]);
        document.rehearse();
        publish(&document, &rules)
    });
}

/// An edit near the end (line 990 of 1 000).
#[divan::bench(sample_count = 20, sample_size = 5)]
fn edit_near_the_end(bencher: Bencher) {
    edit_at(bencher, 990);
}

/// An edit in the middle: half the script re-runs.
#[divan::bench(sample_count = 20, sample_size = 5)]
fn edit_in_the_middle(bencher: Bencher) {
    edit_at(bencher, 500);
}

/// An edit on the first line: everything re-runs.
#[divan::bench(sample_count = 20, sample_size = 5)]
fn edit_at_the_top(bencher: Bencher) {
    edit_at(bencher, 0);
}

/// Opening the document: parse and a full dry run.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn open_document(bencher: Bencher) {
    let rules = RulesDoc::default();
    bencher.bench_local(|| publish(&open(), &rules));
}
