//! The rule table: unique codes, every variant documented, `docs/rules.md` generated, and a
//! failing and a passing test for every code.

use coexist::model::rules::{rule, rules, rules_markdown, Severity};
use coexist::model::{ModelError, ModelWarning};
use std::collections::HashSet;

#[test]
fn codes_are_unique() {
    let mut seen = HashSet::new();
    for code in ModelError::CODES.iter().chain(ModelWarning::CODES) {
        assert!(seen.insert(*code), "duplicate code {code}");
        assert!(code.starts_with("coexist::model::"), "{code}");
    }
    let mut seen = HashSet::new();
    for r in rules() {
        assert!(seen.insert(r.code), "duplicate rule {}", r.code);
    }
}

#[test]
fn every_variant_has_a_rule_and_every_rule_a_variant() {
    for code in ModelError::CODES {
        let r = rule(code).unwrap_or_else(|| panic!("{code} is not in the rule table"));
        assert_eq!(r.severity, Severity::Error, "{code}");
    }
    for code in ModelWarning::CODES {
        let r = rule(code).unwrap_or_else(|| panic!("{code} is not in the rule table"));
        assert_eq!(r.severity, Severity::Warning, "{code}");
    }
    for r in rules() {
        assert!(
            ModelError::CODES.contains(&r.code) || ModelWarning::CODES.contains(&r.code),
            "rule {} has no variant",
            r.code
        );
        assert!(!r.summary.is_empty() && !r.why.is_empty() && !r.fix.is_empty());
    }
    assert_eq!(
        rules().len(),
        ModelError::CODES.len() + ModelWarning::CODES.len()
    );
    assert!(rule("home_pool_version").is_some());
}

#[test]
fn every_variant_documents_a_resolution() {
    let errors = include_str!("../src/model/error.rs");
    let warnings = include_str!("../src/model/warning.rs");
    assert_eq!(
        errors.matches("/// Resolution:").count(),
        ModelError::CODES.len()
    );
    assert_eq!(
        warnings.matches("/// Resolution:").count(),
        ModelWarning::CODES.len()
    );
}

#[test]
fn every_code_has_a_failing_and_a_passing_test() {
    let tests = [
        include_str!("model_topology.rs"),
        include_str!("model_users.rs"),
        include_str!("model_content.rs"),
        include_str!("model_migration.rs"),
        include_str!("model_surface.rs"),
        include_str!("model_config.rs"),
        include_str!("model_messages.rs"),
        include_str!("model_directory.rs"),
    ]
    .concat();
    for code in ModelError::CODES.iter().chain(ModelWarning::CODES) {
        let name = code.trim_start_matches("coexist::model::");
        for suffix in ["fails", "passes"] {
            let f = format!("fn {name}_{suffix}()");
            assert!(tests.contains(&f), "missing test {f}");
        }
    }
}

#[test]
fn first_rule_in_model_md_order_wins() {
    use coexist::model::topology::{NewChatPool, NewPool, NewSite};
    use coexist::model::{ChatPoolKind, Model, Origin, Version};
    let mut m = Model::new();
    let here = Origin::Loaded;
    m.new_site(
        NewSite {
            name: "Redmond".into(),
            forest: None,
        },
        here,
    )
    .unwrap();
    for (fqdn, version) in [
        ("l10.contoso.com", Version::Lync2010),
        ("l13.contoso.com", Version::Lync2013),
    ] {
        m.new_pool(
            NewPool {
                fqdn: fqdn.into(),
                version,
                site: "Redmond".into(),
                edition: None,
            },
            here,
        )
        .unwrap();
    }
    // duplicate_fqdn and unknown_pool: duplicate_fqdn comes first.
    let err = m
        .new_chat_pool(
            NewChatPool {
                fqdn: "l13.contoso.com".into(),
                home_pool: "nope".into(),
                ..Default::default()
            },
            here,
        )
        .unwrap_err();
    assert_eq!(err.code(), "coexist::model::duplicate_fqdn");
    // home_pool_version, server_limit and file_store_required: home_pool_version first.
    let err = m
        .new_chat_pool(
            NewChatPool {
                fqdn: "pc.contoso.com".into(),
                home_pool: "l10.contoso.com".into(),
                kind: Some(ChatPoolKind::PersistentChat),
                servers: Some(9),
                ..Default::default()
            },
            here,
        )
        .unwrap_err();
    assert_eq!(err.code(), "coexist::model::home_pool_version");
    // server_limit before file_store_required.
    let err = m
        .new_chat_pool(
            NewChatPool {
                fqdn: "pc.contoso.com".into(),
                home_pool: "l13.contoso.com".into(),
                servers: Some(9),
                ..Default::default()
            },
            here,
        )
        .unwrap_err();
    assert_eq!(err.code(), "coexist::model::server_limit");
}

#[test]
fn model_error_stays_small() {
    // CommandError embeds ModelError next to a Span; clippy's result_large_err limit is 128.
    let size = std::mem::size_of::<ModelError>();
    assert!(size <= 112, "ModelError is {size} bytes");
}

#[test]
fn docs_rules_md_is_generated() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");
    let generated = rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/docs")).unwrap();
        std::fs::write(path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/rules.md is stale: run `UPDATE_DOCS=1 cargo test --test model_rules`"
    );
    for r in rules() {
        assert!(generated.contains(r.code.trim_start_matches("coexist::model::")));
    }
}
