//! The command registry: every [`CmdletSpec`], built once, looked up by name or alias.
//!
//! Lookup is case-insensitive, accepts the canonical name or any alias, and accepts a module
//! qualifier (`Lync\Get-CsUser`, `SkypeForBusiness\…`, `Microsoft.PowerShell.Core\…`). The
//! registry adds the common parameters to every spec (see [`crate::cmdlets::common`]), so
//! specs declare only their own parameters.

use crate::cmdlets::spec::CmdletSpec;
use crate::cmdlets::{domain, general};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Module names accepted before `\` in a command name (compared case-insensitively);
/// any `Microsoft.PowerShell.*` module is accepted too.
pub const MODULES: &[&str] = &["Lync", "SkypeForBusiness"];

/// The specs and a lower-cased name/alias → index map.
struct Registry {
    specs: Vec<CmdletSpec>,
    index: HashMap<String, usize>,
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
    let mut specs = all_specs();
    for spec in &mut specs {
        spec.signature = std::mem::take(&mut spec.signature).with_common(spec.mutating);
    }
    let mut index = HashMap::new();
    for (i, spec) in specs.iter().enumerate() {
        for name in std::iter::once(&spec.name).chain(spec.aliases.iter()) {
            index.entry(name.to_ascii_lowercase()).or_insert(i);
        }
    }
    Registry { specs, index }
});

/// Collects the specs of every command family. The domain cmdlets plug in here.
fn all_specs() -> Vec<CmdletSpec> {
    #[allow(unused_mut)]
    let mut specs = general::specs();
    specs.extend(domain::specs());
    specs
}

/// The spec for `name`: canonical name or alias in any casing, optionally module-qualified.
pub fn lookup(name: &str) -> Option<&'static CmdletSpec> {
    let bare = match name.rsplit_once('\\') {
        Some((module, bare)) if known_module(module) => bare,
        Some(_) => return None,
        None => name,
    };
    let registry = &*REGISTRY;
    registry
        .index
        .get(&bare.to_ascii_lowercase())
        .map(|&i| &registry.specs[i])
}

/// Whether `module` is a module qualifier coexist accepts.
fn known_module(module: &str) -> bool {
    let lower = module.to_ascii_lowercase();
    MODULES.iter().any(|m| m.eq_ignore_ascii_case(module))
        || lower == "microsoft.powershell"
        || lower.starts_with("microsoft.powershell.")
}

/// Every registered spec, in registration order.
pub fn all() -> &'static [CmdletSpec] {
    &REGISTRY.specs
}

/// Every command name and alias (for did-you-mean and completion).
pub fn command_names() -> Vec<&'static str> {
    all()
        .iter()
        .flat_map(|s| std::iter::once(s.name).chain(s.aliases.iter().copied()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_and_aliases_are_unique() {
        let mut seen = HashSet::new();
        for name in command_names() {
            assert!(
                seen.insert(name.to_ascii_lowercase()),
                "duplicate command name {name}"
            );
        }
    }

    #[test]
    fn lookup_ignores_case_and_accepts_aliases_and_modules() {
        assert_eq!(lookup("where-object").map(|s| s.name), Some("Where-Object"));
        assert_eq!(lookup("?").map(|s| s.name), Some("Where-Object"));
        assert_eq!(lookup("%").map(|s| s.name), Some("ForEach-Object"));
        assert_eq!(
            lookup("Microsoft.PowerShell.Core\\ForEach-Object").map(|s| s.name),
            Some("ForEach-Object")
        );
        assert_eq!(
            lookup("microsoft.powershell.utility\\SELECT").map(|s| s.name),
            Some("Select-Object")
        );
        assert_eq!(
            lookup("Lync\\Write-Output").map(|s| s.name),
            Some("Write-Output")
        );
        assert!(lookup("Other\\Write-Output").is_none());
        assert!(lookup("Microsoft.PowerShellX\\Write-Output").is_none());
        assert!(lookup("No-Such").is_none());
    }

    #[test]
    fn every_spec_has_common_parameters() {
        for spec in all() {
            assert!(
                spec.signature.find("ErrorAction").is_some(),
                "{}",
                spec.name
            );
            assert_eq!(
                spec.signature.find("WhatIf").is_some(),
                spec.mutating,
                "{}",
                spec.name
            );
        }
    }

    #[test]
    fn help_texts_are_one_sentence() {
        for spec in all() {
            let s = spec.synopsis;
            assert!(
                s.ends_with('.'),
                "{}: synopsis must end in a full stop",
                spec.name
            );
            assert!(
                !s.trim_end_matches('.').contains(". "),
                "{}: synopsis must be one sentence",
                spec.name
            );
            for p in &spec.signature.params {
                let d = &p.description;
                assert!(
                    !d.is_empty() && d.ends_with('.') && !d.contains('\n'),
                    "{} -{}: description must be one line ending in a full stop",
                    spec.name,
                    p.name
                );
            }
        }
    }

    #[test]
    fn parameter_names_and_aliases_are_unique_per_cmdlet() {
        for spec in all() {
            let mut seen = HashSet::new();
            for p in &spec.signature.params {
                for n in std::iter::once(&p.name).chain(p.aliases.iter()) {
                    assert!(
                        seen.insert(n.to_ascii_lowercase()),
                        "{}: parameter name or alias {n} is used twice",
                        spec.name
                    );
                }
            }
        }
    }

    #[test]
    fn every_spec_has_one_to_three_examples() {
        for spec in all() {
            assert!(
                (1..=3).contains(&spec.examples.len()),
                "{} has {} examples",
                spec.name,
                spec.examples.len()
            );
        }
    }
}
