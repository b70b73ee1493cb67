//! The real cmdlet surface (surface.md §1): every parameter in the SYNTAX of every in-scope
//! cmdlet of Microsoft's reference binds by its real name and aliases, in its real parameter
//! sets, with its real position and pipeline binding.
//!
//! The facts are `fixtures/surface_params.txt`. `fixtures/surface_pending.txt` lists the
//! `cmdlet|parameter` pairs not built yet; it may only shrink: an entry that now binds fails
//! the test too, so the list cannot go stale.

use coexist::cmdlets::registry;
use std::collections::BTreeSet;

/// One line of the fact table.
struct Fact<'a> {
    cmdlet: &'a str,
    parameter: &'a str,
    sets: Vec<String>,
    positional: bool,
    by_value: bool,
    by_property_name: bool,
    aliases: Vec<&'a str>,
}

fn facts() -> Vec<Fact<'static>> {
    include_str!("fixtures/surface_params.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split('|').collect();
            assert_eq!(f.len(), 8, "malformed fact: {line}");
            Fact {
                cmdlet: f[0],
                parameter: f[1],
                sets: match f[3] {
                    "*" => Vec::new(),
                    sets => sets
                        .split(',')
                        .map(|s| s.trim_end_matches(" (Default)").to_string())
                        .collect(),
                },
                positional: f[4] != "Named",
                by_value: f[5].contains("ByValue"),
                by_property_name: f[5].contains("ByPropertyName"),
                aliases: f[6].split(',').filter(|a| !a.is_empty()).collect(),
            }
        })
        .collect()
}

fn pending() -> BTreeSet<String> {
    include_str!("fixtures/surface_pending.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Why the parameter does not bind as the reference says, if it does not.
fn mismatch(fact: &Fact<'_>) -> Option<String> {
    let Some(spec) = registry::lookup(fact.cmdlet) else {
        return Some("no such cmdlet".into());
    };
    let Some(param) = spec.signature.find(fact.parameter) else {
        return Some("no such parameter".into());
    };
    if let Some(alias) = fact.aliases.iter().find(|a| !param.answers_to(a)) {
        return Some(format!("alias -{alias} missing"));
    }
    if fact.positional && param.position.is_none() {
        return Some("should be positional".into());
    }
    if (fact.by_value && !param.pipeline.by_value)
        || (fact.by_property_name && !param.pipeline.by_property_name)
    {
        return Some("pipeline binding differs".into());
    }
    let ours: BTreeSet<String> = param.sets.iter().map(|s| s.to_ascii_lowercase()).collect();
    let theirs: BTreeSet<String> = fact.sets.iter().map(|s| s.to_ascii_lowercase()).collect();
    if !theirs.is_empty() && ours != theirs {
        return Some(format!(
            "parameter sets {ours:?}, the reference has {theirs:?}"
        ));
    }
    None
}

#[test]
fn every_reference_parameter_binds() {
    let pending = pending();
    let mut broken = Vec::new();
    let mut stale = Vec::new();
    for fact in facts() {
        let key = format!("{}|{}", fact.cmdlet, fact.parameter);
        match (mismatch(&fact), pending.contains(&key)) {
            (Some(why), false) => broken.push(format!("{key}: {why}")),
            (None, true) => stale.push(key),
            _ => {}
        }
    }
    assert!(
        broken.is_empty(),
        "parameters that do not bind as the reference says:\n{}",
        broken.join("\n")
    );
    assert!(
        stale.is_empty(),
        "these now bind: remove them from fixtures/surface_pending.txt:\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_fact_table_covers_every_in_scope_cmdlet() {
    let cmdlets: BTreeSet<&str> = facts().iter().map(|f| f.cmdlet).collect();
    assert_eq!(cmdlets.len(), 52);
    let chat = cmdlets
        .iter()
        .filter(|c| c.contains("-CsPersistentChat"))
        .count();
    assert_eq!(chat, 37);
}
