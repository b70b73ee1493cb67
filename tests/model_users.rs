//! Users and policies: one failing and one passing case per code.

mod model_support;

use coexist::model::policies::{NewPolicy, SetPolicy};
use coexist::model::users::{NewUser, SetUser};
use coexist::model::*;
use model_support::*;

fn new_user(sip: &str, pool: &str) -> NewUser {
    NewUser {
        sip_address: sip.into(),
        display_name: None,
        pool: pool.into(),
    }
}

fn tag(name: &str, enable: bool) -> NewPolicy {
    NewPolicy {
        identity: name.into(),
        enable_persistent_chat: Some(enable),
        recorded: Vec::new(),
    }
}

#[test]
fn duplicate_user_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "duplicate_user", |m| {
        m.new_user(new_user("sip:ANN@contoso.com", L13), HERE)
    });
    assert_eq!(err.param(), Some("Identity"));
    assert_eq!(err.related().len(), 1);
}

#[test]
fn duplicate_user_passes() {
    let mut w = World::new();
    clean(w.m.new_user(new_user("sip:dan@contoso.com", L13), HERE));
    assert_eq!(w.m.users().len(), 4);
}

#[test]
fn unknown_user_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "unknown_user", |m| {
        m.move_user("sip:an@contoso.com", L10, HERE)
    });
    assert_eq!(err.param(), Some("Identity"));
    assert!(err.help().unwrap().contains(ANN), "{:?}", err.help());
}

#[test]
fn unknown_user_passes() {
    // Found by SIP without `sip:`, and by display name.
    let mut w = World::new();
    clean(w.m.move_user("ann@contoso.com", L10, HERE));
    clean(w.m.move_user("ann smith", L13, HERE));
    assert_eq!(
        w.m.find_user("Ann Smith", "Identity").unwrap().sip_address,
        ANN
    );
}

#[test]
fn invalid_sip_address_fails() {
    let mut w = World::new();
    for bad in [
        "dan@contoso.com",
        "sip:dan",
        "sip:@contoso.com",
        "sip:dan@",
        "sip:d an@x.com",
    ] {
        fails(&mut w.m, "invalid_sip_address", |m| {
            m.new_user(new_user(bad, L13), HERE)
        });
    }
    let err = fails(&mut w.m, "invalid_sip_address", |m| {
        m.new_user(new_user("dan@contoso.com", L13), HERE)
    });
    assert!(err.help().unwrap().contains("sip:dan@contoso.com"));
}

#[test]
fn invalid_sip_address_passes() {
    let mut w = World::new();
    clean(w.m.new_user(new_user("SIP:Dan@contoso.com", L13), HERE));
    assert!(w.m.users().get("sip:dan@contoso.com").is_some());
}

#[test]
fn already_homed_fails() {
    let mut w = World::new();
    fails(&mut w.m, "already_homed", |m| m.move_user(ANN, L13, HERE));
}

#[test]
fn already_homed_passes() {
    let mut w = World::new();
    let out = clean(w.m.move_user(ANN, L10, HERE));
    assert_eq!(out.identities, vec![ANN.to_string()]);
    assert_eq!(w.m.users_on(L10), 2);
    assert_eq!(w.m.users_on(L13), 1);
}

fn with_ocs() -> World {
    let mut w = World::empty();
    w.site("Redmond", None)
        .pool(OCS, Version::Ocs2007R2, "Redmond")
        .pool(L13, Version::Lync2013, "Redmond")
        .user("sip:olga@contoso.com", "Olga", OCS)
        .user(ANN, "Ann Smith", L13);
    w
}

#[test]
fn use_move_legacy_user_fails() {
    let mut w = with_ocs();
    let err = fails(&mut w.m, "use_move_legacy_user", |m| {
        m.move_user("sip:olga@contoso.com", L13, HERE)
    });
    assert!(err.help().unwrap().contains("Move-LegacyUser"));
    let err = fails(&mut w.m, "use_move_legacy_user", |m| {
        m.move_legacy_user(ANN, OCS, HERE)
    });
    assert!(err.help().unwrap().contains("Move-User"));
}

#[test]
fn use_move_legacy_user_passes() {
    let mut w = with_ocs();
    clean(w.m.move_legacy_user("Olga", L13, HERE));
    assert_eq!(
        w.m.users()
            .get("sip:olga@contoso.com")
            .unwrap()
            .registrar_pool,
        L13
    );
}

#[test]
fn duplicate_policy_fails() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    fails(&mut w.m, "duplicate_policy", |m| {
        m.new_policy(tag("tag:pchaton", true), HERE)
    });
}

#[test]
fn duplicate_policy_passes() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    clean(w.m.new_policy(tag("Site:Redmond", true), HERE));
    let ids: Vec<&str> = w.m.policies().iter().map(|p| p.identity.as_str()).collect();
    assert_eq!(ids, ["Global", "Tag:PChatOn", "Site:Redmond"]);
}

#[test]
fn unknown_policy_fails() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    let err = fails(&mut w.m, "unknown_policy", |m| {
        m.grant_policy(ANN, Some("PChatOm"), HERE)
    });
    assert_eq!(err.param(), Some("PolicyName"));
    assert!(err.help().unwrap().contains("Tag:PChatOn"));
    fails(&mut w.m, "unknown_policy", |m| {
        m.set_policy(
            SetPolicy {
                identity: "Site:Redmond".into(),
                ..Default::default()
            },
            HERE,
        )
    });
}

#[test]
fn unknown_policy_passes() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    clean(w.m.grant_policy(ANN, Some("pchaton"), HERE));
    let ann = w.m.users().get(ANN).unwrap();
    assert_eq!(ann.persistent_chat_policy.as_deref(), Some("Tag:PChatOn"));
    assert!(w.m.effective_policy(ann).enable_persistent_chat);
}

#[test]
fn global_policy_exists_fails() {
    let mut w = World::new();
    fails(&mut w.m, "global_policy_exists", |m| {
        m.new_policy(tag("global", true), HERE)
    });
}

#[test]
fn global_policy_exists_passes() {
    let mut w = World::new();
    clean(w.m.set_policy(
        SetPolicy {
            identity: "Global".into(),
            enable_persistent_chat: Some(true),
            recorded: Vec::new(),
        },
        HERE,
    ));
    let ann = w.m.users().get(ANN).unwrap();
    assert!(w.m.effective_policy(ann).enable_persistent_chat);
    // Removing Global resets it.
    clean(w.m.remove_policy("Global", false, HERE));
    let ann = w.m.users().get(ANN).unwrap();
    assert!(!w.m.effective_policy(ann).enable_persistent_chat);
    assert!(w.m.policies().get("Global").is_some());
}

#[test]
fn site_policy_unknown_site_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "site_policy_unknown_site", |m| {
        m.new_policy(tag("Site:Redmund", true), HERE)
    });
    assert!(err.help().unwrap().contains("Redmond"));
}

#[test]
fn site_policy_unknown_site_passes() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("site:redmond", true), HERE));
    let ann = w.m.users().get(ANN).unwrap();
    assert_eq!(w.m.effective_policy(ann).identity, "Site:Redmond");
}

#[test]
fn grant_needs_tag_policy_fails() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("Site:Redmond", true), HERE));
    fails(&mut w.m, "grant_needs_tag_policy", |m| {
        m.grant_policy(ANN, Some("Site:Redmond"), HERE)
    });
    fails(&mut w.m, "grant_needs_tag_policy", |m| {
        m.grant_policy(ANN, Some("Global"), HERE)
    });
}

#[test]
fn grant_needs_tag_policy_passes() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    clean(w.m.grant_policy(ANN, Some("Tag:PChatOn"), HERE));
    clean(w.m.grant_policy(ANN, None, HERE));
    assert_eq!(w.m.users().get(ANN).unwrap().persistent_chat_policy, None);
}

#[test]
fn policy_in_use_fails() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    clean(w.m.grant_policy(ANN, Some("PChatOn"), HERE));
    let err = fails(&mut w.m, "policy_in_use", |m| {
        m.remove_policy("PChatOn", false, HERE)
    });
    assert!(err.to_string().contains(ANN));
}

#[test]
fn policy_in_use_passes() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    clean(w.m.grant_policy(ANN, Some("PChatOn"), HERE));
    clean(w.m.remove_policy("PChatOn", true, HERE));
    assert_eq!(w.m.users().get(ANN).unwrap().persistent_chat_policy, None);
    assert!(w.m.policies().get("Tag:PChatOn").is_none());
}

#[test]
fn policy_without_effect_fails() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    let out = ok(w.m.grant_policy(BOB, Some("PChatOn"), HERE));
    let warn = warning(&out, "policy_without_effect");
    assert!(warn.to_string().contains("Lync Server 2010"));
    // The grant is applied anyway.
    assert!(w
        .m
        .users()
        .get(BOB)
        .unwrap()
        .persistent_chat_policy
        .is_some());
}

#[test]
fn policy_without_effect_passes() {
    let mut w = World::new();
    clean(w.m.new_policy(tag("PChatOn", true), HERE));
    clean(w.m.grant_policy(ANN, Some("PChatOn"), HERE));
}

#[test]
fn set_user_changes_and_disabled_user_still_moves() {
    let mut w = World::new();
    clean(w.m.set_user(
        SetUser {
            identity: ANN.into(),
            enabled: Some(false),
            display_name: Some("Ann S.".into()),
            group_chat_pool: Some(Some(GC.into())),
            ..Default::default()
        },
        HERE,
    ));
    clean(w.m.move_user("Ann S.", L10, HERE));
    let ann = w.m.users().get(ANN).unwrap();
    assert!(!ann.enabled);
    assert_eq!(ann.group_chat_pool.as_deref(), Some(GC));
    fails(&mut w.m, "unknown_chat_pool", |m| {
        m.set_user(
            SetUser {
                identity: ANN.into(),
                group_chat_pool: Some(Some("nope.contoso.com".into())),
                ..Default::default()
            },
            HERE,
        )
    });
}
