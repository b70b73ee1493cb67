//! The rehearsal report of `coexist plan SCRIPT --report FILE.html`: one self-contained HTML
//! page (inline CSS and SVG, no script, nothing fetched) a change board can approve. It shows
//! what the dry run already computed — the models before and after, the diagnostics the
//! session printed — and fingerprints the script and state file so the approved report can be
//! matched to what is run.
//!
//! The page is an askama template (`templates/report.html`), compiled and HTML-escaped at
//! build time; this file turns the run's results into the plain rows the template prints.

use super::access::{self, AccessComparison, Verdict};
use super::moves;
use super::svg;
use super::topology::{plural, Finding, Topology};
use crate::cmdlets::general::time::DateTime;
use crate::diag::{Diag, ErrorFormat, Severity};
use crate::model::diff::{self, Change, PlanCounts, PlanItem};
use crate::model::Model;
use crate::span::SourceMap;
use askama::Template;
use sha2::{Digest, Sha256};

/// Rows a table shows before it says how many more there are.
const ROWS_SHOWN: usize = 1000;
/// Access lists up to this long start unfolded.
const ROWS_OPEN: usize = 20;
/// Width the diagnostics are wrapped at in the report.
const DIAGNOSTIC_WIDTH: usize = 100;

/// The state file a rehearsal started from.
#[derive(Debug, Clone)]
pub struct StateInput {
    /// The path as given.
    pub path: String,
    /// Its bytes; `None` when it does not exist (the run started from an empty model).
    pub bytes: Option<Vec<u8>>,
}

/// Everything the report shows, as the dry run left it.
pub struct Rehearsal<'a> {
    /// The script's name as diagnostics show it.
    pub script_name: &'a str,
    /// The script's text.
    pub script_text: &'a str,
    /// The `--state` file, if one was given.
    pub state: Option<StateInput>,
    /// The model before the run.
    pub before: &'a Model,
    /// The model after the dry run.
    pub after: &'a Model,
    /// Every diagnostic the session printed, in order.
    pub diagnostics: &'a [Diag],
    /// The session's sources, for the diagnostics' excerpts.
    pub sources: &'a SourceMap,
    /// Errors reported.
    pub errors: usize,
    /// Warnings reported.
    pub warnings: usize,
    /// The script did not parse: nothing ran.
    pub syntax_failed: bool,
    /// The exit code `coexist plan` returns.
    pub exit_code: u8,
    /// When the report was made (UTC), as [`timestamp`] writes it.
    pub generated_at: String,
}

/// `2026-12-04 09:30:00Z` for `secs` seconds after 1970 (UTC).
pub fn timestamp(secs: i64) -> String {
    DateTime::from_unix(secs, 0).format("u")
}

/// The report page. Fails only if the template's output cannot be written to a string.
pub fn render(r: &Rehearsal<'_>) -> Result<String, askama::Error> {
    let items = diff::diff(r.before, r.after);
    let moves = moves::movements(r.before, r.after);
    let after_topology = Topology::of(r.after);
    let page = Page {
        title: format!("Rehearsal of {}", r.script_name),
        script_name: r.script_name,
        script_sha256: sha256(r.script_text.as_bytes()),
        state: state_row(r.state.as_ref()),
        generated_at: &r.generated_at,
        version: env!("CARGO_PKG_VERSION"),
        outcome: outcome_line(r),
        exit_code: r.exit_code,
        failed: r.exit_code != 0,
        plan_line: PlanCounts::of(&items).to_string(),
        before_svg: svg::render(&Topology::of(r.before)),
        after_svg: svg::render(&after_topology),
        moves_svg: moves::picture(&moves, r.before, r.after),
        moves: moves.iter().map(ToString::to_string).collect(),
        added_users: added_users(r.before, r.after),
        plan: plan_groups(&items),
        diagnostics: r
            .diagnostics
            .iter()
            .map(|d| diagnostic(d, r.sources))
            .collect(),
        access: access_view(&access::compare(r.before, r.after)),
        decommission: decommission(&after_topology),
    };
    page.render()
}

/// The page's template and the rows it prints.
#[derive(Template)]
#[template(path = "report.html")]
struct Page<'a> {
    title: String,
    script_name: &'a str,
    script_sha256: String,
    state: StateRow,
    generated_at: &'a str,
    version: &'static str,
    outcome: String,
    exit_code: u8,
    failed: bool,
    plan_line: String,
    before_svg: String,
    after_svg: String,
    moves_svg: Option<String>,
    moves: Vec<String>,
    added_users: Vec<String>,
    plan: Vec<PlanGroup>,
    diagnostics: Vec<DiagnosticView>,
    access: AccessView,
    decommission: DecommissionView,
}

/// The state file row of the fingerprint table.
struct StateRow {
    path: String,
    sha256: Option<String>,
    note: &'static str,
}

/// One kind's plan lines.
struct PlanGroup {
    kind: String,
    summary: String,
    rows: Vec<PlanRow>,
    more: usize,
}

/// One plan line.
struct PlanRow {
    sign: &'static str,
    class: &'static str,
    identity: String,
    details: String,
}

/// One diagnostic: its heading and the excerpt the terminal showed (without colours).
struct DiagnosticView {
    class: &'static str,
    severity: &'static str,
    code: String,
    message: String,
    rendered: String,
}

/// The access section.
struct AccessView {
    counts: Vec<(String, usize, usize)>,
    sections: Vec<AccessSection>,
}

/// Access rows with one verdict.
struct AccessSection {
    heading: &'static str,
    open: bool,
    rows: Vec<(String, String, String, String)>,
    more: usize,
}

/// The decommission verdict after the run.
struct DecommissionView {
    verdict: String,
    ready: bool,
    pools: Vec<(String, String, Vec<String>)>,
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn state_row(state: Option<&StateInput>) -> StateRow {
    match state {
        None => StateRow {
            path: "(no --state)".into(),
            sha256: None,
            note: "the run started from an empty model",
        },
        Some(StateInput { path, bytes: None }) => StateRow {
            path: path.clone(),
            sha256: None,
            note: "the file does not exist: the run started from an empty model",
        },
        Some(StateInput {
            path,
            bytes: Some(bytes),
        }) => StateRow {
            path: path.clone(),
            sha256: Some(sha256(bytes)),
            note: "left unchanged: a plan never writes the state file",
        },
    }
}

fn outcome_line(r: &Rehearsal<'_>) -> String {
    if r.syntax_failed {
        return format!(
            "The script does not parse ({}): nothing ran.",
            plural(r.errors, "syntax error")
        );
    }
    format!(
        "{}, {}; coexist plan exits with {}.",
        plural(r.errors, "error"),
        plural(r.warnings, "warning"),
        r.exit_code
    )
}

/// `60 users added on lync2013.contoso.com`, per registrar pool, in the after model's order.
fn added_users(before: &Model, after: &Model) -> Vec<String> {
    let mut per_pool: indexmap::IndexMap<String, (String, usize)> = indexmap::IndexMap::new();
    for user in after.users().iter() {
        if before.users().get(&user.sip_address).is_none() {
            per_pool
                .entry(user.registrar_pool.to_ascii_lowercase())
                .or_insert_with(|| (user.registrar_pool.clone(), 0))
                .1 += 1;
        }
    }
    per_pool
        .into_values()
        .map(|(pool, n)| format!("{} added on {pool}", plural(n, "user")))
        .collect()
}

fn plan_groups(items: &[PlanItem]) -> Vec<PlanGroup> {
    let mut groups: Vec<PlanGroup> = Vec::new();
    for chunk in items.chunk_by(|a, b| a.kind == b.kind) {
        let counts = PlanCounts::of(chunk);
        let mut parts = Vec::new();
        for (n, word) in [
            (counts.add, "to add"),
            (counts.change, "to change"),
            (counts.remove, "to remove"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {word}"));
            }
        }
        groups.push(PlanGroup {
            kind: chunk[0].kind.to_string(),
            summary: parts.join(", "),
            rows: chunk.iter().take(ROWS_SHOWN).map(plan_row).collect(),
            more: chunk.len().saturating_sub(ROWS_SHOWN),
        });
    }
    groups
}

fn plan_row(item: &PlanItem) -> PlanRow {
    let (sign, class, details) = match &item.change {
        Change::Add => ("+", "add", String::new()),
        Change::Remove => ("-", "remove", String::new()),
        Change::Change(props) => (
            "~",
            "change",
            props
                .iter()
                .map(|(name, old, new)| format!("{name}: {} → {}", shown(old), shown(new)))
                .collect::<Vec<_>>()
                .join("; "),
        ),
    };
    PlanRow {
        sign,
        class,
        identity: item.identity.clone(),
        details,
    }
}

fn shown(value: &str) -> &str {
    if value.is_empty() {
        "(none)"
    } else {
        value
    }
}

fn diagnostic(diag: &Diag, sources: &SourceMap) -> DiagnosticView {
    let plain = ErrorFormat::Human {
        color: false,
        width: DIAGNOSTIC_WIDTH,
    };
    let (class, severity) = match diag.severity {
        Severity::Error => ("error", "Error"),
        Severity::Warning => ("warning", "Warning"),
    };
    DiagnosticView {
        class,
        severity,
        code: diag.code.clone(),
        message: diag.message.clone(),
        rendered: plain.render(diag, sources),
    }
}

fn access_view(comparison: &AccessComparison) -> AccessView {
    let counts = comparison
        .counts
        .iter()
        .map(|c| (access::client_name(c.client).to_string(), c.before, c.after))
        .collect();
    let sections = [
        (Verdict::Loses, "Loses chat"),
        (Verdict::Changes, "Reaches other chat pools"),
        (Verdict::Gains, "Gains chat"),
    ]
    .into_iter()
    .map(|(verdict, heading)| {
        let rows: Vec<_> = comparison
            .changes
            .iter()
            .filter(|c| c.verdict == verdict)
            .collect();
        AccessSection {
            heading,
            // Losses are what a board asks about: always open; long lists start folded.
            open: verdict == Verdict::Loses || rows.len() <= ROWS_OPEN,
            more: rows.len().saturating_sub(ROWS_SHOWN),
            rows: rows
                .iter()
                .take(ROWS_SHOWN)
                .map(|c| {
                    (
                        c.user.clone(),
                        access::client_name(c.client).to_string(),
                        c.before.to_string(),
                        c.after.to_string(),
                    )
                })
                .collect(),
        }
    })
    .collect();
    AccessView { counts, sections }
}

/// Legacy pools left after the run and what blocks them, from the topology's findings
/// (Test-Decommission, Remove-Pool's rule).
fn decommission(after: &Topology) -> DecommissionView {
    let findings = |f: &[Finding]| f.iter().map(ToString::to_string).collect::<Vec<_>>();
    let mut pools = Vec::new();
    for pool in after
        .pools()
        .filter(|p| p.version.is_some_and(|v| v.is_legacy()))
    {
        pools.push((pool.fqdn.clone(), pool.caption(), findings(&pool.blockers)));
    }
    for (_, chat) in after.chat_pools().filter(|(_, c)| c.kind.is_legacy()) {
        pools.push((chat.fqdn.clone(), chat.caption(), findings(&chat.blockers)));
    }
    let blocked = pools.iter().filter(|(_, _, b)| !b.is_empty()).count();
    let verdict = if pools.is_empty() {
        "No legacy pool remains after this run: the legacy deployment is decommissioned.".into()
    } else if blocked == 0 {
        format!(
            "{} left, none blocked: the legacy deployment can be decommissioned.",
            plural(pools.len(), "legacy pool")
        )
    } else {
        format!(
            "{} left, {} blocked: the legacy deployment cannot be decommissioned yet.",
            plural(pools.len(), "legacy pool"),
            blocked
        )
    };
    DecommissionView {
        verdict,
        ready: blocked == 0,
        pools,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::objects::Kind;

    #[test]
    fn the_time_is_utc_in_the_sortable_universal_form() {
        assert_eq!(timestamp(1_796_342_400), "2026-12-04 00:00:00Z");
    }

    #[test]
    fn the_plan_is_grouped_by_kind_with_counts() {
        let item = |kind, identity: &str, change| PlanItem {
            kind,
            identity: identity.into(),
            change,
        };
        let groups = plan_groups(&[
            item(Kind::Pool, "a", Change::Remove),
            item(
                Kind::User,
                "sip:x@c.com",
                Change::Change(vec![("GroupChatPool".into(), "gc".into(), String::new())]),
            ),
            item(Kind::User, "sip:y@c.com", Change::Add),
        ]);
        let summaries: Vec<(String, String)> = groups
            .iter()
            .map(|g| (g.kind.clone(), g.summary.clone()))
            .collect();
        assert_eq!(
            summaries,
            [
                ("Pool".into(), "1 to remove".into()),
                ("User".into(), "1 to add, 1 to change".into())
            ]
        );
        assert_eq!(groups[1].rows[0].details, "GroupChatPool: gc → (none)");
    }

    #[test]
    fn the_state_row_says_where_the_run_started() {
        assert_eq!(state_row(None).sha256, None);
        let missing = state_row(Some(&StateInput {
            path: "lab.json".into(),
            bytes: None,
        }));
        assert!(missing.note.contains("does not exist"));
        let present = state_row(Some(&StateInput {
            path: "lab.json".into(),
            bytes: Some(b"abc".to_vec()),
        }));
        assert_eq!(
            present.sha256.as_deref(),
            Some("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        );
    }
}
