//! The domain specs as a table: names, aliases, help and the mandatory parameters of
//! cmdlets.md.

use coexist::cmdlets::domain;
use coexist::cmdlets::registry;
use std::collections::HashSet;

#[test]
fn names_aliases_and_help_are_present_and_unique() {
    let specs = domain::specs();
    assert!(specs.len() >= 45, "only {} domain cmdlets", specs.len());
    let mut names = HashSet::new();
    for spec in &specs {
        for name in std::iter::once(&spec.name).chain(spec.aliases.iter()) {
            assert!(names.insert(name.to_ascii_lowercase()), "{name} twice");
        }
        assert!(
            !spec.synopsis.is_empty() && spec.synopsis.ends_with('.'),
            "{}",
            spec.name
        );
        assert!(!spec.description.is_empty(), "{}", spec.name);
        for alias in spec.aliases {
            assert!(
                alias.contains("-Cs"),
                "{}: alias {alias} is not a Lync name",
                spec.name
            );
        }
        for p in &spec.signature.params {
            assert!(
                !p.description.trim().is_empty(),
                "{} -{}",
                spec.name,
                p.name
            );
        }
        for ex in &spec.examples {
            assert!(
                !ex.description.is_empty() && !ex.script.is_empty(),
                "{}",
                spec.name
            );
        }
        // Registered, by name and by every alias.
        for name in std::iter::once(&spec.name).chain(spec.aliases.iter()) {
            assert_eq!(registry::lookup(name).map(|s| s.name), Some(spec.name));
        }
    }
}

/// The real Lync Management Shell names resolve to the canonical cmdlets.
#[test]
fn real_cmdlet_names_are_aliases() {
    for (alias, name) in [
        ("Move-CsUser", "Move-User"),
        ("Move-CsLegacyUser", "Move-LegacyUser"),
        ("Enable-CsUser", "New-User"),
        ("Disable-CsUser", "Remove-User"),
        ("Get-CsSite", "Get-Site"),
        ("Grant-CsPersistentChatPolicy", "Grant-PersistentChatPolicy"),
        ("Set-CsPersistentChatRoom", "Set-ChatRoom"),
        ("Clear-CsPersistentChatRoom", "Clear-ChatRoom"),
        ("New-CsPersistentChatEndpoint", "New-ChatEndpoint"),
        ("Remove-CsAllowedDomain", "Remove-FederatedDomain"),
        ("Lync\\Get-CsUser", "Get-User"),
    ] {
        assert_eq!(
            registry::lookup(alias).map(|s| s.name),
            Some(name),
            "{alias}"
        );
    }
}

fn mandatory(cmdlet: &str) -> Vec<String> {
    let spec = registry::lookup(cmdlet).unwrap();
    spec.signature
        .params
        .iter()
        .filter(|p| p.mandatory)
        .map(|p| p.name.clone())
        .collect()
}

#[test]
fn mandatory_parameters_are_those_cmdlets_md_lists() {
    assert_eq!(mandatory("New-Site"), ["Identity"]);
    assert_eq!(mandatory("New-Pool"), ["Fqdn", "Version", "Site"]);
    assert_eq!(mandatory("New-ChatPool"), ["Fqdn", "HomePool"]);
    // surface.md §6: -RegistrarPool is optional (the user is unassigned without it).
    assert_eq!(mandatory("New-User"), ["Identity"]);
    // -Identity and -UserList are mandatory within their parameter sets.
    assert_eq!(mandatory("Move-User"), ["Identity", "UserList", "Target"]);
    assert_eq!(mandatory("Move-LegacyUser"), ["Identity", "Target"]);
    assert_eq!(mandatory("Set-User"), ["Identity"]);
    assert_eq!(mandatory("Grant-PersistentChatPolicy"), ["Identity"]);
    assert_eq!(mandatory("New-ChatRoom"), ["Name", "Category"]);
    assert_eq!(mandatory("New-ChatAddin"), ["Name", "Url"]);
    assert_eq!(mandatory("New-ChatCategory"), ["Name"]);
    assert_eq!(mandatory("Move-ChatData"), ["Source", "Target"]);
    // -EndDate's absence has its own model rule; -Identity and -Instance are mandatory only
    // within their parameter sets.
    assert_eq!(mandatory("Clear-ChatRoom"), ["Identity", "Instance"]);
    assert_eq!(mandatory("Remove-ChatRoom"), ["Identity", "Instance"]);
    for cmdlet in ["Get-User", "Set-ChatPool"] {
        assert!(mandatory(cmdlet).is_empty(), "{cmdlet}");
    }
}

#[test]
fn parameter_aliases_follow_the_conventions() {
    let find = |cmdlet: &str, name: &str| {
        registry::lookup(cmdlet)
            .unwrap()
            .signature
            .find(name)
            .map(|p| p.name.clone())
    };
    assert_eq!(find("New-User", "RegistrarPool").as_deref(), Some("Pool"));
    assert_eq!(find("New-Pool", "Identity").as_deref(), Some("Fqdn"));
    assert_eq!(find("New-ChatPool", "Identity").as_deref(), Some("Fqdn"));
    for cmdlet in [
        "New-ChatCategory",
        "New-ChatAddin",
        "New-ChatEndpoint",
        "Get-ChatRoom",
    ] {
        assert_eq!(
            find(cmdlet, "PersistentChatPoolFqdn").as_deref(),
            Some("ChatPool"),
            "{cmdlet}"
        );
    }
    // Set-CsUser's -SipAddress is a parameter of its own (a new address).
    assert_eq!(
        find("Set-User", "SipAddress").as_deref(),
        Some("SipAddress")
    );
    for cmdlet in [
        "Move-User",
        "Move-LegacyUser",
        "Grant-PersistentChatPolicy",
        "Remove-User",
    ] {
        let spec = registry::lookup(cmdlet).unwrap();
        let id = spec.signature.find("Identity").unwrap();
        assert!(
            id.pipeline.by_value && id.pipeline.by_property_name,
            "{cmdlet}"
        );
        assert!(id.answers_to("SipAddress"), "{cmdlet}");
        assert_eq!(id.position, Some(0), "{cmdlet}");
    }
    let version = registry::lookup("New-Pool")
        .unwrap()
        .signature
        .find("Version")
        .unwrap()
        .values
        .clone();
    assert_eq!(version, ["Ocs2007R2", "Lync2010", "Lync2013"]);
    // Mutating cmdlets get -WhatIf/-PassThru; queries do not.
    assert!(registry::lookup("Move-User")
        .unwrap()
        .signature
        .find("WhatIf")
        .is_some());
    assert!(registry::lookup("Test-ChatAccess")
        .unwrap()
        .signature
        .find("WhatIf")
        .is_none());
}
