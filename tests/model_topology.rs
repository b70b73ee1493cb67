//! Topology rules: one failing and one passing case per code.

mod model_support;

use coexist::model::rooms::NewRoom;
use coexist::model::topology::{NewChatPool, NewPool, NewSite, SetChatPool};
use coexist::model::users::NewUser;
use coexist::model::*;
use model_support::*;

fn new_pool(fqdn: &str, version: Version, site: &str) -> NewPool {
    NewPool {
        fqdn: fqdn.into(),
        version,
        site: site.into(),
        edition: None,
    }
}

#[test]
fn duplicate_site_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "duplicate_site", |m| {
        m.new_site(
            NewSite {
                name: "REDMOND".into(),
                forest: None,
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Identity"));
}

#[test]
fn duplicate_site_passes() {
    let mut w = World::new();
    clean(w.m.new_site(
        NewSite {
            name: "Dublin".into(),
            forest: None,
        },
        HERE,
    ));
    assert_eq!(w.m.sites().get("dublin").unwrap().forest, "corp.local");
}

#[test]
fn unknown_site_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "unknown_site", |m| {
        m.new_pool(new_pool("x.contoso.com", Version::Lync2013, "Redmnd"), HERE)
    });
    assert_eq!(err.param(), Some("Site"));
    assert!(err.help().unwrap().contains("Redmond"), "{:?}", err.help());
}

#[test]
fn unknown_site_passes() {
    let mut w = World::new();
    clean(w.m.new_pool(
        new_pool("x.contoso.com", Version::Lync2013, "redmond"),
        HERE,
    ));
    assert_eq!(w.m.pools().get("X.contoso.com").unwrap().site, "Redmond");
}

#[test]
fn site_in_use_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "site_in_use", |m| m.remove_site("Redmond", HERE));
    assert!(err.to_string().contains(L10));
    assert_eq!(err.related().len(), 2);
}

#[test]
fn site_in_use_passes() {
    let mut w = World::new();
    w.site("Dublin", None);
    clean(w.m.remove_site("Dublin", HERE));
    assert!(w.m.sites().get("Dublin").is_none());
}

#[test]
fn ambiguous_name_fails() {
    let mut w = World::new();
    w.category(PC, "Sales", &[ANN])
        .category(GC, "Sales", &[ANN]);
    let err = fails(&mut w.m, "ambiguous_name", |m| {
        m.new_room(room_req("Sales", "Deals"), HERE)
    });
    assert_eq!(err.param(), Some("Category"));
    assert!(err.to_string().contains("pchat.contoso.com\\Sales"));
}

#[test]
fn ambiguous_name_passes() {
    let mut w = World::new();
    w.category(PC, "Sales", &[ANN])
        .category(GC, "Sales", &[ANN]);
    clean(w.m.new_room(
        NewRoom {
            chat_pool: Some(PC.into()),
            ..room_req("Sales", "Deals")
        },
        HERE,
    ));
    assert!(w.m.rooms().get("pchat.contoso.com\\deals").is_some());
}

#[test]
fn ambiguous_display_name_fails() {
    let mut w = World::new();
    w.user("sip:ann2@contoso.com", "Ann Smith", L13);
    fails(&mut w.m, "ambiguous_name", |m| {
        m.move_user("Ann Smith", L10, HERE)
    });
}

#[test]
fn duplicate_fqdn_fails() {
    let mut w = World::new();
    fails(&mut w.m, "duplicate_fqdn", |m| {
        m.new_pool(new_pool(PC, Version::Lync2013, "Redmond"), HERE)
    });
    let err = fails(&mut w.m, "duplicate_fqdn", |m| {
        m.new_chat_pool(chat_pool_req(L13, L13, ChatPoolKind::PersistentChat), HERE)
    });
    assert_eq!(err.param(), Some("Fqdn"));
}

#[test]
fn duplicate_fqdn_passes() {
    // A SingleComputer Persistent Chat pool collocated on its Standard Edition pool.
    let mut w = World::new();
    w.se_pool("se.contoso.com", Version::Lync2013, "Redmond");
    clean(w.m.new_chat_pool(
        NewChatPool {
            pool_type: Some(PoolType::SingleComputer),
            file_store: Some("D:\\pchat".into()),
            ..chat_pool_req(
                "se.contoso.com",
                "se.contoso.com",
                ChatPoolKind::PersistentChat,
            )
        },
        HERE,
    ));
    assert!(w.m.chat_pools().get("se.contoso.com").is_some());
    assert!(w.m.pools().get("se.contoso.com").is_some());
}

#[test]
fn unknown_pool_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "unknown_pool", |m| {
        m.new_chat_pool(
            chat_pool_req(
                "p2.contoso.com",
                "lync2031.contoso.com",
                ChatPoolKind::PersistentChat,
            ),
            HERE,
        )
    });
    assert_eq!(err.param(), Some("HomePool"));
    assert!(err.help().unwrap().contains(L13), "{:?}", err.help());
}

#[test]
fn unknown_pool_passes() {
    let mut w = World::new();
    clean(w.m.new_chat_pool(
        chat_pool_req(
            "p2.contoso.com",
            "LYNC2013.contoso.com",
            ChatPoolKind::PersistentChat,
        ),
        HERE,
    ));
    assert_eq!(
        w.m.chat_pools().get("p2.contoso.com").unwrap().home_pool,
        L13
    );
}

#[test]
fn unknown_chat_pool_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "unknown_chat_pool", |m| {
        m.stop_chat_pool("pchat.contoso.co", HERE)
    });
    assert!(err.help().unwrap().contains(PC));
}

#[test]
fn unknown_chat_pool_passes() {
    let mut w = World::new();
    clean(w.m.stop_chat_pool("PCHAT.contoso.com", HERE));
    assert_eq!(
        w.m.chat_pools().get(PC).unwrap().state,
        ChatPoolState::Stopped
    );
}

#[test]
fn not_a_registrar_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "not_a_registrar", |m| {
        m.new_user(
            NewUser {
                sip_address: "sip:dan@contoso.com".into(),
                display_name: None,
                pool: PC.into(),
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Pool"));
    fails(&mut w.m, "not_a_registrar", |m| m.move_user(ANN, GC, HERE));
}

#[test]
fn not_a_registrar_passes() {
    let mut w = World::new();
    clean(w.m.new_user(
        NewUser {
            sip_address: "sip:dan@contoso.com".into(),
            display_name: None,
            pool: L13.into(),
        },
        HERE,
    ));
    assert_eq!(
        w.m.users().get("sip:dan@contoso.com").unwrap().display_name,
        "dan"
    );
}

#[test]
fn home_pool_version_fails() {
    let mut w = World::empty();
    w.site("Redmond", None);
    clean(w.m.new_pool(new_pool(L10, Version::Lync2010, "Redmond"), at(3)));
    w.pool(L13, Version::Lync2013, "Redmond");
    let err = fails(&mut w.m, "home_pool_version", |m| {
        m.new_chat_pool(chat_pool_req(PC, L10, ChatPoolKind::PersistentChat), at(9))
    });
    assert_eq!(err.param(), Some("HomePool"));
    assert_eq!(
        err.to_string(),
        "a Persistent Chat pool must be homed on a Lync Server 2013 pool"
    );
    assert_eq!(err.label(), "this pool runs Lync Server 2010");
    let related = err.related();
    assert_eq!(related[0].origin, at(3));
    assert!(related[0]
        .label
        .contains("lync2010.contoso.com was created here as Lync2010"));
    let help = err.help().unwrap();
    assert!(
        help.starts_with("home it on a Lync 2013 pool (lync2013.contoso.com exists)"),
        "{help}"
    );
    assert!(help.contains("-Kind GroupChat2010"), "{help}");
    // Set-ChatPool -HomePool too.
    w.chat_pool(PC, L13, ChatPoolKind::PersistentChat);
    fails(&mut w.m, "home_pool_version", |m| {
        m.set_chat_pool(
            SetChatPool {
                identity: PC.into(),
                home_pool: Some(L10.into()),
                ..Default::default()
            },
            HERE,
        )
    });
}

#[test]
fn home_pool_version_passes() {
    let mut w = World::new();
    clean(w.m.new_chat_pool(
        chat_pool_req("gc2.contoso.com", L10, ChatPoolKind::GroupChat2010),
        HERE,
    ));
    assert_eq!(
        w.m.chat_pools().get("gc2.contoso.com").unwrap().back_end,
        "gc2.contoso.com\\rtc"
    );
}

#[test]
fn three_version_coexistence_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "three_version_coexistence", |m| {
        m.new_pool(new_pool(OCS, Version::Ocs2007R2, "Redmond"), HERE)
    });
    assert_eq!(err.related().len(), 2);
}

#[test]
fn three_version_coexistence_passes() {
    let mut w = World::new();
    w.site("Fabrikam", Some("fabrikam.local"));
    clean(w.m.new_pool(new_pool(OCS, Version::Ocs2007R2, "Fabrikam"), HERE));
}

#[test]
fn cross_forest_move_fails() {
    let mut w = World::new();
    w.site("Fabrikam", Some("fabrikam.local")).pool(
        "f13.fabrikam.com",
        Version::Lync2013,
        "Fabrikam",
    );
    let err = fails(&mut w.m, "cross_forest_move", |m| {
        m.move_user(BOB, "f13.fabrikam.com", HERE)
    });
    assert_eq!(err.param(), Some("Target"));
    assert!(err.help().unwrap().contains(L13));
}

#[test]
fn cross_forest_move_passes() {
    let mut w = World::new();
    clean(w.m.move_user(BOB, L13, HERE));
    assert_eq!(w.m.users().get(BOB).unwrap().registrar_pool, L13);
}

#[test]
fn pool_in_use_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "pool_in_use", |m| m.remove_pool(L10, HERE));
    assert!(err.to_string().contains(&format!("user {BOB}")), "{err}");
}

#[test]
fn pool_in_use_passes() {
    let mut w = World::new();
    w.pool("spare.contoso.com", Version::Lync2013, "Redmond");
    clean(w.m.remove_pool("spare.contoso.com", HERE));
    assert!(w.m.pools().get("spare.contoso.com").is_none());
}

#[test]
fn chat_pool_in_use_fails() {
    let mut w = World::new();
    w.category(PC, "Sales", &[ANN])
        .room("pchat.contoso.com\\Sales", "Deals");
    let err = fails(&mut w.m, "chat_pool_in_use", |m| {
        m.remove_chat_pool(PC, false, HERE)
    });
    assert!(err.to_string().contains("Deals"));
}

#[test]
fn chat_pool_in_use_passes() {
    let mut w = World::new();
    w.category(PC, "Sales", &[ANN])
        .room("pchat.contoso.com\\Sales", "Deals")
        .configure(ANN, PC);
    let out = clean(w.m.remove_chat_pool(PC, true, HERE));
    assert!(out.identities.len() >= 3);
    assert!(w.m.rooms().is_empty() && w.m.categories().is_empty());
    assert_eq!(w.m.users().get(ANN).unwrap().group_chat_pool, None);
}

#[test]
fn server_limit_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "server_limit", |m| {
        m.set_chat_pool(
            SetChatPool {
                identity: PC.into(),
                servers: Some(5),
                ..Default::default()
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Servers"));
    let err = fails(&mut w.m, "server_limit", |m| {
        m.new_chat_pool(
            NewChatPool {
                standby_servers: Some(5),
                ..chat_pool_req("p2.contoso.com", L13, ChatPoolKind::PersistentChat)
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("StandbyServers"));
}

#[test]
fn server_limit_passes() {
    let mut w = World::new();
    clean(w.m.set_chat_pool(
        SetChatPool {
            identity: PC.into(),
            servers: Some(4),
            standby_servers: Some(4),
            ..Default::default()
        },
        HERE,
    ));
    assert_eq!(w.m.chat_pools().get(PC).unwrap().servers(), 4);
}

#[test]
fn file_store_required_fails() {
    let mut w = World::new();
    fails(&mut w.m, "file_store_required", |m| {
        m.new_chat_pool(
            NewChatPool {
                file_store: None,
                ..chat_pool_req("p2.contoso.com", L13, ChatPoolKind::PersistentChat)
            },
            HERE,
        )
    });
    let err = fails(&mut w.m, "file_store_required", |m| {
        m.new_chat_pool(
            NewChatPool {
                file_store: Some("D:\\pchat".into()),
                ..chat_pool_req("p2.contoso.com", L13, ChatPoolKind::PersistentChat)
            },
            HERE,
        )
    });
    assert!(err.to_string().contains("UNC"));
}

#[test]
fn file_store_required_passes() {
    let mut w = World::new();
    // Legacy pools need none; single-computer pools may use a local path.
    clean(w.m.new_chat_pool(
        NewChatPool {
            file_store: None,
            ..chat_pool_req("gc2.contoso.com", L10, ChatPoolKind::GroupChat2010)
        },
        HERE,
    ));
    clean(w.m.new_chat_pool(
        NewChatPool {
            file_store: Some("D:\\pchat".into()),
            pool_type: Some(PoolType::SingleComputer),
            ..chat_pool_req("p2.contoso.com", L13, ChatPoolKind::PersistentChat)
        },
        HERE,
    ));
}

#[test]
fn single_computer_pool_fails() {
    let mut w = World::new();
    fails(&mut w.m, "single_computer_pool", |m| {
        m.new_chat_pool(
            NewChatPool {
                pool_type: Some(PoolType::SingleComputer),
                servers: Some(2),
                ..chat_pool_req("p2.contoso.com", L13, ChatPoolKind::PersistentChat)
            },
            HERE,
        )
    });
    w.se_pool("se.contoso.com", Version::Lync2013, "Redmond");
    let err = fails(&mut w.m, "single_computer_pool", |m| {
        m.new_chat_pool(
            NewChatPool {
                standby_servers: Some(1),
                ..chat_pool_req(
                    "p3.contoso.com",
                    "se.contoso.com",
                    ChatPoolKind::PersistentChat,
                )
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("StandbyServers"));
}

#[test]
fn single_computer_pool_passes() {
    // A standalone MultipleComputer pool homed on a Standard Edition pool may grow.
    let mut w = World::new();
    w.se_pool("se.contoso.com", Version::Lync2013, "Redmond");
    clean(w.m.new_chat_pool(
        NewChatPool {
            servers: Some(3),
            ..chat_pool_req(
                "p3.contoso.com",
                "se.contoso.com",
                ChatPoolKind::PersistentChat,
            )
        },
        HERE,
    ));
}

fn add_users(m: &mut Model, n: usize, pool: &str) -> Vec<Outcome> {
    (0..n)
        .map(|i| {
            ok(m.new_user(
                NewUser {
                    sip_address: format!("sip:u{i}@contoso.com"),
                    display_name: None,
                    pool: pool.into(),
                },
                HERE,
            ))
        })
        .collect()
}

#[test]
fn pool_capacity_fails() {
    let mut w = World::new();
    // Ann and Cat are on L13 already; the one-server pool serves at most 20 000.
    assert_eq!(topology::capacity_limit(1), 20_000);
    assert_eq!(topology::capacity_limit(4), 80_000);
    let outcomes = add_users(&mut w.m, 20_000 - 1, L13);
    let warned: Vec<usize> = outcomes
        .iter()
        .enumerate()
        .filter(|(_, o)| has_warning(o, "pool_capacity"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        warned,
        vec![20_000 - 2],
        "reported once, by the user that crosses"
    );
    let (_, status_warnings) = w.m.migration_status();
    assert_eq!(status_warnings.len(), 1);
    // Going back under and over again via Set-ChatPool reports it again.
    let out = ok(w.m.set_chat_pool(
        SetChatPool {
            identity: PC.into(),
            servers: Some(2),
            ..Default::default()
        },
        HERE,
    ));
    assert!(out.warnings.is_empty());
    let out = ok(w.m.set_chat_pool(
        SetChatPool {
            identity: PC.into(),
            servers: Some(1),
            ..Default::default()
        },
        HERE,
    ));
    warning(&out, "pool_capacity");
}

#[test]
fn pool_capacity_passes() {
    let mut w = World::new();
    let outcomes = add_users(&mut w.m, 100, L13);
    assert!(outcomes.iter().all(|o| o.warnings.is_empty()));
    assert!(w.m.migration_status().1.is_empty());
    assert_eq!(w.m.users_on(L13), 102);
}

#[test]
fn pool_capacity_at_new_chat_pool() {
    let mut w = World::new();
    add_users(&mut w.m, 20_000, L13);
    let out = ok(w.m.new_chat_pool(
        chat_pool_req("p2.contoso.com", L13, ChatPoolKind::PersistentChat),
        HERE,
    ));
    warning(&out, "pool_capacity");
    let help = out.warnings[0].help().unwrap();
    assert_eq!(help, "Set-ChatPool p2.contoso.com -Servers 2");
}
