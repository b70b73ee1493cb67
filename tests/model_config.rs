//! Configuration settings, pool state and active servers, sites and allowed domains
//! (surface.md §2, §5): one failing and one passing case per code, then the behaviour around
//! them (effective settings, removal cascades, computers, derived views).

mod model_support;

use coexist::model::allowed_domains::AllowedDomainRequest;
use coexist::model::pool_state::ActiveServersChange;
use coexist::model::rooms::ListEdit;
use coexist::model::settings::{ChatSettings, ComplianceSettings, SettingsRequest};
use coexist::model::timespan::TimeSpan;
use coexist::model::topology::{NewChatPool, SetChatPool, SetSite};
use coexist::model::view::Prop;
use coexist::model::*;
use model_support::*;

type Config = PersistentChatConfiguration;
type Compliance = PersistentChatComplianceConfiguration;

fn chat(identity: &str, history: Option<i64>) -> SettingsRequest<ChatSettings> {
    SettingsRequest {
        identity: identity.into(),
        modelled: ChatSettings {
            default_chat_history: history,
        },
        recorded: Vec::new(),
    }
}

fn compliance(identity: &str, interval: Option<TimeSpan>) -> SettingsRequest<ComplianceSettings> {
    SettingsRequest {
        identity: identity.into(),
        modelled: ComplianceSettings {
            run_interval: interval,
        },
        recorded: Vec::new(),
    }
}

fn domain(name: &str) -> AllowedDomainRequest {
    AllowedDomainRequest {
        domain: name.into(),
        ..Default::default()
    }
}

/// The world with a three-computer Persistent Chat pool (two active) that has a backup back end.
fn pool_world() -> World {
    let mut w = World::new();
    clean(w.m.set_chat_pool(
        SetChatPool {
            identity: PC.into(),
            computers: Some(strings(&[
                "pc1.contoso.com",
                "pc2.contoso.com",
                "pc3.contoso.com",
            ])),
            servers: Some(2),
            backup_back_end: Some("sqlbackup.contoso.com\\rtc".into()),
            ..Default::default()
        },
        HERE,
    ));
    w
}

fn active(w: &World) -> Vec<String> {
    w.m.chat_pools().get(PC).unwrap().active_servers.clone()
}

fn edit(add: &[&str], remove: &[&str]) -> ActiveServersChange {
    ActiveServersChange::List(ListEdit::Edit {
        add: strings(add),
        remove: strings(remove),
        replace: None,
    })
}

// ---- chat_history_out_of_range ----

#[test]
fn chat_history_out_of_range_fails() {
    let mut w = World::new();
    for value in [0, 501, -3, 40_000] {
        let err = fails(&mut w.m, "chat_history_out_of_range", |m| {
            m.set_settings::<Config>(chat("Global", Some(value)), HERE)
        });
        assert_eq!(err.param(), Some("DefaultChatHistory"));
    }
    fails(&mut w.m, "chat_history_out_of_range", |m| {
        m.new_settings::<Config>(chat("Site:Redmond", Some(1000)), HERE)
    });
}

#[test]
fn chat_history_out_of_range_passes() {
    let mut w = World::new();
    for value in [1, 500] {
        clean(w.m.set_settings::<Config>(chat("global", Some(value)), HERE));
        assert_eq!(
            w.m.object(Kind::PersistentChatConfiguration, "Global")
                .unwrap()
                .property("DefaultChatHistory"),
            Some(Prop::Int(value))
        );
    }
}

// ---- run_interval_out_of_range ----

#[test]
fn run_interval_out_of_range_fails() {
    let mut w = World::new();
    for value in [
        TimeSpan::from_ticks(30 * 10_000_000),
        TimeSpan::from_days(31),
    ] {
        let err = fails(&mut w.m, "run_interval_out_of_range", |m| {
            m.set_settings::<Compliance>(compliance("Global", Some(value)), HERE)
        });
        assert_eq!(err.param(), Some("RunInterval"));
    }
}

#[test]
fn run_interval_out_of_range_passes() {
    let mut w = World::new();
    for text in ["00:01:00", "30.00:00:00", "00:30:00"] {
        let value = TimeSpan::parse(text);
        clean(w.m.set_settings::<Compliance>(compliance("Global", value), HERE));
    }
    let global =
        w.m.object(Kind::PersistentChatComplianceConfiguration, "global");
    assert_eq!(
        global.unwrap().property("RunInterval"),
        Some(Prop::Str("00:30:00".into()))
    );
}

// ---- invalid_scope ----

#[test]
fn invalid_scope_fails() {
    let mut w = World::new();
    for identity in [
        "Tag:Redmond",
        "Redmond",
        "Service:Registrar:lync2013.contoso.com",
    ] {
        let err = fails(&mut w.m, "invalid_scope", |m| {
            m.new_settings::<Config>(chat(identity, None), HERE)
        });
        assert_eq!(err.param(), Some("Identity"));
    }
    let err = fails(&mut w.m, "invalid_scope", |m| {
        m.new_settings::<Config>(chat("Redmond", None), HERE)
    });
    assert!(
        err.help().unwrap().contains("Site:Redmond"),
        "{:?}",
        err.help()
    );
    let err = fails(&mut w.m, "invalid_scope", |m| {
        m.set_site(
            SetSite {
                identity: "site:Redmond".into(),
                ..Default::default()
            },
            HERE,
        )
    });
    assert!(err.help().unwrap().contains("-Identity Redmond"));
    fails(&mut w.m, "invalid_scope", |m| {
        m.set_pool_state(Some("Site:Redmond"), None, HERE)
    });
    fails(&mut w.m, "invalid_scope", |m| {
        m.new_policy(
            coexist::model::policies::NewPolicy {
                identity: "Service:PersistentChatServer:pchat.contoso.com".into(),
                ..Default::default()
            },
            HERE,
        )
    });
}

#[test]
fn invalid_scope_passes() {
    let mut w = World::new();
    clean(w.m.new_settings::<Config>(chat("site:redmond", None), HERE));
    clean(w.m.new_settings::<Config>(
        chat("service:persistentchatserver:PCHAT.contoso.com", None),
        HERE,
    ));
    clean(w.m.new_settings::<Compliance>(
        compliance("PersistentChatServer:pchat.contoso.com", None),
        HERE,
    ));
    let ids: Vec<&str> =
        w.m.objects(Kind::PersistentChatConfiguration)
            .into_iter()
            .map(|o| o.identity())
            .collect();
    assert_eq!(
        ids,
        [
            "Global",
            "Site:Redmond",
            "Service:PersistentChatServer:pchat.contoso.com"
        ]
    );
    clean(w.m.set_site(
        SetSite {
            identity: "Redmond".into(),
            ..Default::default()
        },
        HERE,
    ));
}

// ---- unknown_service ----

#[test]
fn unknown_service_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "unknown_service", |m| {
        m.new_settings::<Config>(
            chat("Service:PersistentChatServer:pchta.contoso.com", None),
            HERE,
        )
    });
    assert!(err.help().unwrap().contains(PC), "{:?}", err.help());
    let err = fails(&mut w.m, "unknown_service", |m| {
        m.set_pool_state(Some(&format!("PersistentChatServer:{GC}")), None, HERE)
    });
    assert!(err.label().contains("Group Chat"), "{}", err.label());
    assert_eq!(err.related().len(), 1);
    fails(&mut w.m, "unknown_service", |m| {
        m.set_active_servers(Some(L13), ActiveServersChange::Swap, HERE)
    });
}

#[test]
fn unknown_service_passes() {
    let mut w = World::new();
    for identity in [
        format!("PersistentChatServer:{PC}"),
        format!("service:PersistentChatServer:{PC}"),
        PC.to_string(),
        "Global".to_string(),
    ] {
        clean(w.m.set_pool_state(Some(&identity), Some(PoolState::Normal), HERE));
    }
    clean(w.m.set_pool_state(None, None, HERE));
}

#[test]
fn several_persistent_chat_pools_need_an_identity() {
    let mut w = World::new();
    w.pool("lync2013b.contoso.com", Version::Lync2013, "Redmond")
        .chat_pool(
            "pchat2.contoso.com",
            "lync2013b.contoso.com",
            ChatPoolKind::PersistentChat,
        );
    let err = fails(&mut w.m, "ambiguous_name", |m| {
        m.set_pool_state(None, None, HERE)
    });
    assert!(err
        .to_string()
        .contains("PersistentChatServer:pchat2.contoso.com"));
}

// ---- duplicate_settings ----

#[test]
fn duplicate_settings_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "duplicate_settings", |m| {
        m.new_settings::<Config>(chat("Global", None), HERE)
    });
    assert_eq!(err.related()[0].origin, Origin::Builtin);
    ok(w.m.new_settings::<Compliance>(compliance("Site:Redmond", None), at(1)));
    let err = fails(&mut w.m, "duplicate_settings", |m| {
        m.new_settings::<Compliance>(compliance("site:REDMOND", None), HERE)
    });
    assert_eq!(err.related()[0].origin, at(1));
    assert!(err
        .help()
        .unwrap()
        .contains("Set-CsPersistentChatComplianceConfiguration"));
}

#[test]
fn duplicate_settings_passes() {
    let mut w = World::new();
    clean(w.m.new_settings::<Config>(chat("Site:Redmond", None), HERE));
    clean(w.m.new_settings::<Compliance>(compliance("Site:Redmond", None), HERE));
    clean(w.m.remove_settings::<Config>("Site:Redmond", HERE));
    clean(w.m.new_settings::<Config>(chat("Site:Redmond", None), HERE));
}

// ---- unknown_settings ----

#[test]
fn unknown_settings_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "unknown_settings", |m| {
        m.set_settings::<Config>(chat("Site:Redmond", Some(40)), HERE)
    });
    assert!(err
        .help()
        .unwrap()
        .contains("New-CsPersistentChatConfiguration -Identity Site:Redmond"));
    fails(&mut w.m, "unknown_settings", |m| {
        m.remove_settings::<Compliance>("Site:Redmond", HERE)
    });
    fails(&mut w.m, "unknown_settings", |m| {
        m.remove_allowed_domain("fabrikam.com", HERE)
    });
    fails(&mut w.m, "unknown_settings", |m| {
        m.set_allowed_domain(domain("fabrikam.com"), HERE)
    });
}

#[test]
fn unknown_settings_passes() {
    let mut w = World::new();
    clean(w.m.set_settings::<Config>(chat("Global", Some(80)), HERE));
    // Removing Global resets it to its defaults.
    clean(w.m.remove_settings::<Config>("global", HERE));
    let global =
        w.m.object(Kind::PersistentChatConfiguration, "Global")
            .unwrap();
    assert_eq!(global.property("DefaultChatHistory"), Some(Prop::Int(30)));
    clean(w.m.new_allowed_domain(domain("fabrikam.com"), HERE));
    clean(w.m.remove_allowed_domain("FABRIKAM.com", HERE));
}

// ---- failover_without_backup ----

#[test]
fn failover_without_backup_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "failover_without_backup", |m| {
        m.set_pool_state(None, Some(PoolState::FailedOver), HERE)
    });
    assert_eq!(err.param(), Some("PoolState"));
    assert!(err.help().unwrap().contains("-BackupBackEnd"));
    // A failed-over pool keeps its backup back end.
    let mut w = pool_world();
    clean(w.m.set_pool_state(None, Some(PoolState::FailedOver), HERE));
    fails(&mut w.m, "failover_without_backup", |m| {
        m.set_chat_pool(
            SetChatPool {
                identity: PC.into(),
                backup_back_end: Some(String::new()),
                ..Default::default()
            },
            HERE,
        )
    });
}

#[test]
fn failover_without_backup_passes() {
    let mut w = pool_world();
    clean(w.m.set_pool_state(None, Some(PoolState::FailedOver), HERE));
    assert_eq!(
        w.m.chat_pools().get(PC).unwrap().pool_state,
        PoolState::FailedOver
    );
    let states = w.m.persistent_chat_states();
    assert_eq!(states[0].identity, format!("PersistentChatServer:{PC}"));
    assert_eq!(states[0].pool_state, PoolState::FailedOver);
    clean(w.m.set_pool_state(None, Some(PoolState::Normal), HERE));
}

// ---- not_a_pool_computer ----

#[test]
fn not_a_pool_computer_fails() {
    let mut w = pool_world();
    let err = fails(&mut w.m, "not_a_pool_computer", |m| {
        m.set_active_servers(None, edit(&["pc9.contoso.com"], &[]), HERE)
    });
    assert_eq!(err.param(), Some("ActiveServers"));
    assert!(err.help().unwrap().contains("pc3.contoso.com"));
}

#[test]
fn not_a_pool_computer_passes() {
    let mut w = pool_world();
    clean(w.m.set_active_servers(None, edit(&["PC3.contoso.com"], &["pc1.contoso.com"]), HERE));
    assert_eq!(active(&w), strings(&["pc2.contoso.com", "pc3.contoso.com"]));
    clean(w.m.set_active_servers(None, ActiveServersChange::Swap, HERE));
    assert_eq!(active(&w), strings(&["pc1.contoso.com"]));
    let set = ActiveServersChange::List(ListEdit::Set(strings(&[
        "pc3.contoso.com",
        "pc1.contoso.com",
    ])));
    clean(w.m.set_active_servers(None, set, HERE));
    assert_eq!(active(&w), strings(&["pc1.contoso.com", "pc3.contoso.com"]));
}

#[test]
fn more_than_four_active_servers_is_server_limit() {
    let mut w = World::new();
    let five = strings(&["a.x.com", "b.x.com", "c.x.com", "d.x.com", "e.x.com"]);
    clean(w.m.set_chat_pool(
        SetChatPool {
            identity: PC.into(),
            computers: Some(five.clone()),
            ..Default::default()
        },
        HERE,
    ));
    assert_eq!(active(&w).len(), 1, "a pool's active count carries over");
    let err = fails(&mut w.m, "server_limit", |m| {
        m.set_active_servers(None, ActiveServersChange::List(ListEdit::Set(five)), HERE)
    });
    assert_eq!(err.param(), Some("ActiveServers"));
    let err = fails(&mut w.m, "server_limit", |m| {
        let nine = (1..=9).map(|i| format!("s{i}.x.com")).collect();
        m.set_chat_pool(
            SetChatPool {
                identity: PC.into(),
                computers: Some(nine),
                servers: Some(4),
                ..Default::default()
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Computers"));
}

// ---- no_active_servers ----

#[test]
fn no_active_servers_fails() {
    let mut w = pool_world();
    let empty = ActiveServersChange::List(ListEdit::Set(Vec::new()));
    let outcome = ok(w.m.set_active_servers(None, empty, HERE));
    let warning = warning(&outcome, "no_active_servers");
    assert_eq!(warning.param(), Some("ActiveServers"));
    assert!(warning.help().unwrap().contains("pc1.contoso.com"));
    assert!(active(&w).is_empty());
    // A pool left without active servers stays valid for other changes.
    clean(w.m.set_chat_pool(
        SetChatPool {
            identity: PC.into(),
            file_store: Some("\\\\fs02\\pchat".into()),
            ..Default::default()
        },
        HERE,
    ));
}

#[test]
fn no_active_servers_passes() {
    let mut w = pool_world();
    clean(w.m.set_active_servers(None, edit(&[], &["pc1.contoso.com"]), HERE));
    assert_eq!(active(&w), strings(&["pc2.contoso.com"]));
}

// ---- not_a_persistent_chat_pool ----

fn default_pool(pool: Option<&str>) -> SetSite {
    SetSite {
        identity: "Redmond".into(),
        default_persistent_chat_pool: Some(pool.map(Into::into)),
        ..Default::default()
    }
}

#[test]
fn not_a_persistent_chat_pool_fails() {
    let mut w = World::new();
    for pool in [GC, L13] {
        let err = fails(&mut w.m, "not_a_persistent_chat_pool", |m| {
            m.set_site(default_pool(Some(pool)), HERE)
        });
        assert_eq!(err.param(), Some("DefaultPersistentChatPool"));
        assert!(err.help().unwrap().contains(PC));
    }
    fails(&mut w.m, "unknown_chat_pool", |m| {
        m.set_site(default_pool(Some("nothing.contoso.com")), HERE)
    });
}

#[test]
fn not_a_persistent_chat_pool_passes() {
    let mut w = World::new();
    clean(w.m.set_site(default_pool(Some("PCHAT.contoso.com")), HERE));
    let site = w.m.sites().get("Redmond").unwrap();
    assert_eq!(site.default_persistent_chat_pool.as_deref(), Some(PC));
    clean(w.m.set_site(default_pool(None), HERE));
    assert_eq!(
        w.m.sites()
            .get("Redmond")
            .unwrap()
            .default_persistent_chat_pool,
        None
    );
}

// ---- duplicate_domain ----

#[test]
fn duplicate_domain_fails() {
    let mut w = World::new();
    ok(w.m.new_allowed_domain(domain("fabrikam.com"), at(2)));
    let err = fails(&mut w.m, "duplicate_domain", |m| {
        m.new_allowed_domain(domain("FABRIKAM.COM"), HERE)
    });
    assert_eq!(err.related()[0].origin, at(2));
    assert!(err.help().unwrap().contains("Set-CsAllowedDomain"));
}

#[test]
fn duplicate_domain_passes() {
    let mut w = World::new();
    clean(w.m.new_allowed_domain(domain("fabrikam.com"), HERE));
    clean(w.m.new_allowed_domain(domain("eu.fabrikam.com"), HERE));
    assert!(w.m.is_federated("sip:eve@eu.fabrikam.com"));
}

// ---- invalid_proxy_fqdn ----

#[test]
fn invalid_proxy_fqdn_fails() {
    let mut w = World::new();
    for name in [
        "fabrikam",
        "https://fabrikam.com",
        "fabrikam.com:5061",
        "fab rikam.com",
        "-x.com",
        "a..com",
    ] {
        let err = fails(&mut w.m, "invalid_proxy_fqdn", |m| {
            m.new_allowed_domain(domain(name), HERE)
        });
        assert_eq!(err.param(), Some("Identity"), "{name}");
    }
    let req = AllowedDomainRequest {
        proxy_fqdn: Some(Some("sip.fabrikam.com:5061".into())),
        ..domain("fabrikam.com")
    };
    let err = fails(&mut w.m, "invalid_proxy_fqdn", |m| {
        m.new_allowed_domain(req, HERE)
    });
    assert_eq!(err.param(), Some("ProxyFqdn"));
}

#[test]
fn invalid_proxy_fqdn_passes() {
    let mut w = World::new();
    let req = AllowedDomainRequest {
        proxy_fqdn: Some(Some(" sip.fabrikam.com ".into())),
        verification_level: Some(VerificationLevel::AlwaysVerifiable),
        ..domain("fabrikam.com")
    };
    clean(w.m.new_allowed_domain(req, HERE));
    let d = w.m.federated_domains().get("fabrikam.com").unwrap();
    assert_eq!(d.proxy_fqdn.as_deref(), Some("sip.fabrikam.com"));
    assert_eq!(d.verification_level, VerificationLevel::AlwaysVerifiable);
    let clear = AllowedDomainRequest {
        proxy_fqdn: Some(None),
        ..domain("fabrikam.com")
    };
    clean(w.m.set_allowed_domain(clear, HERE));
    assert_eq!(
        w.m.federated_domains()
            .get("fabrikam.com")
            .unwrap()
            .proxy_fqdn,
        None
    );
}

// ---- behaviour around the rules ----

#[test]
fn effective_settings_are_service_then_site_then_global() {
    let mut w = World::new();
    let effective = |m: &Model| m.effective_settings::<Config>(PC).identity.clone();
    assert_eq!(effective(&w.m), "Global");
    clean(w.m.new_settings::<Config>(chat("Site:Redmond", Some(60)), HERE));
    assert_eq!(effective(&w.m), "Site:Redmond");
    clean(w.m.new_settings::<Config>(
        chat(&format!("Service:PersistentChatServer:{PC}"), Some(90)),
        HERE,
    ));
    assert_eq!(
        w.m.effective_settings::<Config>(PC).default_chat_history,
        90
    );
    // The Group Chat pool's home is in Redmond too.
    assert_eq!(
        w.m.effective_settings::<Config>(GC).default_chat_history,
        60
    );
    assert_eq!(w.m.effective_settings::<Compliance>(PC).identity, "Global");
}

#[test]
fn removing_a_pool_or_site_removes_its_settings() {
    let mut w = World::new();
    clean(w.m.new_settings::<Config>(chat(&format!("PersistentChatServer:{PC}"), None), HERE));
    clean(w.m.new_settings::<Compliance>(
        compliance(&format!("PersistentChatServer:{PC}"), None),
        HERE,
    ));
    clean(w.m.set_site(default_pool(Some(PC)), HERE));
    ok(w.m.remove_chat_pool(PC, true, HERE));
    assert_eq!(w.m.count(Kind::PersistentChatConfiguration), 1);
    assert_eq!(w.m.count(Kind::PersistentChatComplianceConfiguration), 1);
    assert_eq!(
        w.m.sites()
            .get("Redmond")
            .unwrap()
            .default_persistent_chat_pool,
        None
    );
    w.site("Dublin", None);
    clean(w.m.new_settings::<Config>(chat("Site:Dublin", None), HERE));
    clean(w.m.remove_site("Dublin", HERE));
    assert_eq!(w.m.count(Kind::PersistentChatConfiguration), 1);
}

#[test]
fn counts_become_generated_computers() {
    let mut w = World::new();
    clean(w.m.new_chat_pool(
        NewChatPool {
            servers: Some(2),
            standby_servers: Some(1),
            ..chat_pool_req("pchat2.contoso.com", L13, ChatPoolKind::PersistentChat)
        },
        HERE,
    ));
    let pool = w.m.chat_pools().get("pchat2.contoso.com").unwrap();
    assert_eq!(
        pool.computers,
        strings(&[
            "pchat201.contoso.com",
            "pchat202.contoso.com",
            "pchat203.contoso.com"
        ])
    );
    assert_eq!((pool.servers(), pool.standby_servers()), (2, 1));
    assert_eq!(pool.standby().collect::<Vec<_>>(), ["pchat203.contoso.com"]);
}

#[test]
fn state_files_with_server_counts_load_as_computers() {
    let mut w = World::new();
    clean(w.m.set_chat_pool(
        SetChatPool {
            identity: PC.into(),
            servers: Some(3),
            standby_servers: Some(2),
            ..Default::default()
        },
        HERE,
    ));
    let mut json = serde_json::to_value(&w.m).unwrap();
    let pool = &mut json["ChatPools"][1];
    let object = pool.as_object_mut().unwrap();
    object.remove("Computers");
    object.remove("ActiveServers");
    object.insert("Servers".into(), 3.into());
    object.insert("StandbyServers".into(), 2.into());
    let loaded: Model = serde_json::from_value(json).unwrap();
    let (before, after) = (
        w.m.chat_pools().get(PC).unwrap(),
        loaded.chat_pools().get(PC).unwrap(),
    );
    assert_eq!(after.computers, before.computers);
    assert_eq!(after.active_servers, before.active_servers);
    assert_eq!((after.servers(), after.standby_servers()), (3, 2));
    let saved = serde_json::to_string(&loaded).unwrap();
    assert!(
        !saved.contains("\"Servers\""),
        "counts are derived, never saved"
    );
}

#[test]
fn get_cs_pool_and_get_cs_service_derive_from_the_pools() {
    let w = pool_world();
    let pools = w.m.display_pools();
    let summary: Vec<(String, String, usize)> = pools
        .iter()
        .map(|p| (p.fqdn.clone(), p.kind.clone(), p.services.len()))
        .collect();
    assert_eq!(
        summary,
        [
            (L10.to_string(), "Registrar".to_string(), 1),
            (L13.to_string(), "Registrar".to_string(), 1),
            (GC.to_string(), "GroupChat2010".to_string(), 0),
            (PC.to_string(), "PersistentChat".to_string(), 1),
        ]
    );
    assert_eq!(pools[3].site, "Site:Redmond");
    assert_eq!(pools[3].computers.len(), 3);
    let services: Vec<String> = w.m.services().into_iter().map(|s| s.identity).collect();
    assert_eq!(
        services,
        [
            format!("Registrar:{L10}"),
            format!("Registrar:{L13}"),
            format!("PersistentChatServer:{PC}"),
            format!("PersistentChatStore:{PC}\\rtc"),
            "PersistentChatStore:sqlbackup.contoso.com\\rtc".to_string(),
            "FileStore:fs01".to_string(),
        ]
    );
    let chat = &w.m.services()[2];
    assert!(chat
        .dependent_service_list
        .contains(&format!("Registrar:{L13}")));
    assert_eq!(w.m.pools_of_site("redmond"), [L10, L13, GC, PC]);
}
