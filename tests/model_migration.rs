//! Migration rules and effects: one failing and one passing case per code.

mod model_support;

use coexist::model::content::{NewCategory, SetCategory};
use coexist::model::endpoints::NewChatEndpoint;
use coexist::model::migration::BlockerReason;
use coexist::model::rooms::{ListEdit, NewRoom, SetRoom};
use coexist::model::*;
use model_support::*;

const G_SALES: &str = "gc2010.contoso.com\\Sales";
const G_EMEA: &str = "gc2010.contoso.com\\EMEA";

/// Legacy data on GC: root Sales (manager Bob) > EMEA (file upload on) with room Deals
/// (invitations True, then the category switched off), plus a disabled room Old in Sales.
/// Both chat pools stopped, Bob moved to Lync 2013, an endpoint on PC.
fn legacy() -> World {
    let mut w = World::new();
    clean(w.m.move_user(BOB, L13, HERE));
    w.category_with(NewCategory {
        managers: strings(&[BOB]),
        ..category_req(GC, "Sales", &[ANN, BOB])
    })
    .category_with(NewCategory {
        parent_category: Some("Sales".into()),
        invitations: Some(true),
        file_upload: Some(true),
        ..category_req(GC, "EMEA", &[ANN, BOB])
    });
    clean(w.m.new_room(
        NewRoom {
            invitations: Some(RoomInvitations::True),
            ..room_req(G_EMEA, "Deals")
        },
        HERE,
    ));
    clean(w.m.set_category(
        SetCategory {
            identity: G_EMEA.into(),
            invitations: Some(false),
            ..Default::default()
        },
        HERE,
    ));
    w.members("gc2010.contoso.com\\Deals", &[ANN])
        .room(G_SALES, "Old")
        .set_room(SetRoom {
            identity: "gc2010.contoso.com\\Old".into(),
            disabled: Some(true),
            ..Default::default()
        })
        .stop(GC)
        .stop(PC);
    clean(w.m.new_chat_endpoint(
        NewChatEndpoint {
            sip_address: "sip:ocschat@contoso.com".into(),
            chat_pool: PC.into(),
            ..Default::default()
        },
        HERE,
    ));
    w
}

/// Minimal: an empty, stopped legacy pool and a stopped target with an endpoint.
fn minimal() -> World {
    let mut w = World::new();
    clean(w.m.move_user(BOB, L13, HERE));
    w.stop(GC).stop(PC);
    clean(w.m.new_chat_endpoint(
        NewChatEndpoint {
            sip_address: "sip:ocschat@contoso.com".into(),
            chat_pool: PC.into(),
            ..Default::default()
        },
        HERE,
    ));
    w
}

#[test]
fn migration_effects() {
    let mut w = legacy();
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    // Flattened names; disabled rooms stay behind.
    assert!(w.m.categories().get("pchat.contoso.com\\Sales").is_some());
    assert!(w
        .m
        .categories()
        .get("pchat.contoso.com\\Sales_EMEA")
        .is_some());
    let deals =
        w.m.rooms()
            .get("pchat.contoso.com\\Sales_EMEA_Deals")
            .unwrap();
    assert_eq!(deals.category, "pchat.contoso.com\\Sales_EMEA");
    assert_eq!(deals.members, strings(&[ANN]));
    assert_eq!(deals.managers, strings(&[BOB]));
    assert_eq!(deals.invitations, RoomInvitations::False);
    assert!(w.m.rooms().get("pchat.contoso.com\\Old").is_none());
    let flat =
        w.m.categories()
            .get("pchat.contoso.com\\Sales_EMEA")
            .unwrap();
    assert_eq!(flat.parent_category, None);
    assert!(flat.managers.is_empty());
    let gc = w.m.chat_pools().get(GC).unwrap();
    assert_eq!(gc.state, ChatPoolState::Migrated);
    assert_eq!(gc.migrated_into.as_deref(), Some(PC));
    let codes: Vec<&str> = out.warnings.iter().map(|w| w.code()).collect();
    assert_eq!(
        codes,
        [
            "coexist::model::invitations_reset_on_import",
            "coexist::model::root_managers_to_all_rooms",
            "coexist::model::files_not_migrated",
        ]
    );
}

#[test]
fn export_import_does_what_move_does() {
    let mut moved = legacy();
    let out_move = ok(moved.m.move_chat_data(GC, PC, HERE));
    let mut pair = legacy();
    let data = pair
        .m
        .export_chat_data(GC, true, &Default::default())
        .unwrap();
    let json = serde_json::to_string(&data).unwrap();
    let data: migration::ChatData = serde_json::from_str(&json).unwrap();
    let out_pair = ok(pair.m.import_chat_data(PC, &data, HERE));
    assert!(moved.m == pair.m);
    assert_eq!(out_move.warnings, out_pair.warnings);
}

#[test]
fn migration_source_not_legacy_fails() {
    let mut w = minimal();
    w.chat_pool("p2.contoso.com", L13, ChatPoolKind::PersistentChat)
        .stop("p2.contoso.com");
    let err = fails(&mut w.m, "migration_source_not_legacy", |m| {
        m.move_chat_data("p2.contoso.com", PC, HERE)
    });
    assert_eq!(err.param(), Some("Source"));
    fails(&mut w.m, "migration_source_not_legacy", |m| {
        m.export_chat_data(PC, true, &Default::default())
    });
}

#[test]
fn migration_source_not_legacy_passes() {
    let mut w = minimal();
    clean(w.m.move_chat_data(GC, PC, HERE));
}

#[test]
fn migration_target_not_persistent_fails() {
    let mut w = minimal();
    w.chat_pool("gc2.contoso.com", L10, ChatPoolKind::GroupChat2010);
    let err = fails(&mut w.m, "migration_target_not_persistent", |m| {
        m.move_chat_data(GC, "gc2.contoso.com", HERE)
    });
    assert_eq!(err.param(), Some("Target"));
}

#[test]
fn migration_target_not_persistent_passes() {
    let mut w = minimal();
    let out = clean(w.m.move_chat_data(GC, PC, HERE));
    assert!(out.identities.contains(&GC.to_string()));
}

#[test]
fn migration_forest_mismatch_fails() {
    let mut w = minimal();
    w.site("Fabrikam", Some("fabrikam.local"))
        .pool("f13.fabrikam.com", Version::Lync2013, "Fabrikam")
        .chat_pool(
            "fpc.fabrikam.com",
            "f13.fabrikam.com",
            ChatPoolKind::PersistentChat,
        )
        .stop("fpc.fabrikam.com");
    fails(&mut w.m, "migration_forest_mismatch", |m| {
        m.move_chat_data(GC, "fpc.fabrikam.com", HERE)
    });
}

#[test]
fn migration_forest_mismatch_passes() {
    let mut w = minimal();
    clean(w.m.move_chat_data(GC, PC, HERE));
}

#[test]
fn migration_source_running_fails() {
    let mut w = minimal();
    clean(w.m.start_chat_pool(GC, HERE));
    let err = fails(&mut w.m, "migration_source_running", |m| {
        m.move_chat_data(GC, PC, HERE)
    });
    assert!(err
        .help()
        .unwrap()
        .contains("Stop-ChatPool gc2010.contoso.com"));
    fails(&mut w.m, "migration_source_running", |m| {
        m.export_chat_data(GC, true, &Default::default())
    });
}

#[test]
fn migration_source_running_passes() {
    let w = minimal();
    let data = w.m.export_chat_data(GC, true, &Default::default()).unwrap();
    assert_eq!(data.source, GC);
}

#[test]
fn migration_target_running_fails() {
    let mut w = minimal();
    clean(w.m.start_chat_pool(PC, HERE));
    fails(&mut w.m, "migration_target_running", |m| {
        m.move_chat_data(GC, PC, HERE)
    });
}

#[test]
fn migration_target_running_passes() {
    let mut w = minimal();
    clean(w.m.move_chat_data(GC, PC, HERE));
    clean(w.m.start_chat_pool(PC, HERE));
    assert_eq!(
        w.m.chat_pools().get(PC).unwrap().state,
        ChatPoolState::Running
    );
}

#[test]
fn already_migrated_fails() {
    let mut w = minimal();
    clean(w.m.move_chat_data(GC, PC, HERE));
    let err = fails(&mut w.m, "already_migrated", |m| {
        m.move_chat_data(GC, PC, HERE)
    });
    assert!(err.to_string().contains(PC));
    // Starting a migrated pool keeps it Migrated.
    clean(w.m.start_chat_pool(GC, HERE));
    assert_eq!(
        w.m.chat_pools().get(GC).unwrap().state,
        ChatPoolState::Migrated
    );
}

#[test]
fn already_migrated_passes() {
    let mut w = minimal();
    clean(w.m.move_chat_data(GC, PC, HERE));
}

/// A second stopped legacy pool in another forest-free setup: Lync 2010 Group Chat.
fn second_legacy(w: &mut World) {
    w.chat_pool("gc2.contoso.com", L10, ChatPoolKind::GroupChat2010)
        .stop("gc2.contoso.com");
}

#[test]
fn target_has_legacy_data_fails() {
    let mut w = minimal();
    second_legacy(&mut w);
    clean(w.m.move_chat_data(GC, PC, HERE));
    let out = ok(w.m.move_chat_data("gc2.contoso.com", PC, HERE));
    let warn = warning(&out, "target_has_legacy_data");
    assert!(warn.to_string().contains(GC));
}

#[test]
fn target_has_legacy_data_passes() {
    let mut w = minimal();
    second_legacy(&mut w);
    w.chat_pool("p2.contoso.com", L13, ChatPoolKind::PersistentChat)
        .stop("p2.contoso.com");
    clean(w.m.move_chat_data(GC, PC, HERE));
    let out =
        ok(w.m.move_chat_data("gc2.contoso.com", "p2.contoso.com", HERE));
    assert!(!has_warning(&out, "target_has_legacy_data"));
}

#[test]
fn flattened_name_too_long_fails() {
    let mut w = minimal();
    let long = "x".repeat(200);
    w.category(GC, &long, &[ANN]).category_with(NewCategory {
        parent_category: Some(long.clone()),
        ..category_req(GC, &"y".repeat(100), &[ANN])
    });
    let err = fails(&mut w.m, "flattened_name_too_long", |m| {
        m.move_chat_data(GC, PC, HERE)
    });
    assert!(err.to_string().contains("yyyy"));
}

#[test]
fn flattened_name_too_long_passes() {
    let mut w = minimal();
    w.category(GC, &"x".repeat(100), &[ANN])
        .category_with(NewCategory {
            parent_category: Some("x".repeat(100)),
            ..category_req(GC, &"y".repeat(155), &[ANN])
        });
    clean(w.m.move_chat_data(GC, PC, HERE));
    assert_eq!(
        w.m.categories()
            .iter()
            .filter(|c| c.chat_pool == PC)
            .count(),
        2
    );
}

#[test]
fn invitations_reset_on_import_fails() {
    let mut w = legacy();
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    let warn = warning(&out, "invitations_reset_on_import");
    assert!(warn.to_string().contains("Sales_EMEA_Deals"));
}

#[test]
fn invitations_reset_on_import_passes() {
    let mut w = legacy();
    w.set_room(SetRoom {
        identity: "gc2010.contoso.com\\Deals".into(),
        invitations: Some(RoomInvitations::Inherit),
        ..Default::default()
    });
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    assert!(!has_warning(&out, "invitations_reset_on_import"));
}

#[test]
fn root_managers_to_all_rooms_fails() {
    let mut w = legacy();
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    let warn = warning(&out, "root_managers_to_all_rooms");
    assert!(warn.to_string().contains(BOB));
}

#[test]
fn root_managers_to_all_rooms_passes() {
    let mut w = minimal();
    w.category(GC, "Sales", &[ANN]).room(G_SALES, "Deals");
    clean(w.m.move_chat_data(GC, PC, HERE));
}

#[test]
fn federated_principals_disabled_fails() {
    let mut w = minimal();
    w.federate("fabrikam.com")
        .category(GC, "Partners", &[ANN, "sip:zoe@fabrikam.com"])
        .room("gc2010.contoso.com\\Partners", "Joint")
        .members("gc2010.contoso.com\\Joint", &[ANN, "sip:zoe@fabrikam.com"]);
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    let warn = warning(&out, "federated_principals_disabled");
    assert!(warn.to_string().contains("sip:zoe@fabrikam.com"));
    let joint = w.m.rooms().get("pchat.contoso.com\\Joint").unwrap();
    assert_eq!(joint.members, strings(&[ANN]));
}

#[test]
fn federated_principals_disabled_passes() {
    let mut w = minimal();
    w.category(GC, "Partners", &[ANN])
        .room("gc2010.contoso.com\\Partners", "Joint")
        .members("gc2010.contoso.com\\Joint", &[ANN]);
    clean(w.m.move_chat_data(GC, PC, HERE));
}

#[test]
fn migration_order_fails() {
    let mut w = minimal();
    clean(w.m.move_user(BOB, L10, HERE));
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    let warn = warning(&out, "migration_order");
    assert!(warn.to_string().contains(L10));
}

#[test]
fn migration_order_passes() {
    let mut w = minimal();
    clean(w.m.move_chat_data(GC, PC, HERE));
}

#[test]
fn overwritten_on_import_fails() {
    let mut w = minimal();
    w.category(GC, "Sales", &[ANN])
        .category(PC, "Sales", &[ANN]);
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    let warn = warning(&out, "overwritten_on_import");
    assert!(warn.to_string().contains("pchat.contoso.com\\Sales"));
}

#[test]
fn overwritten_on_import_passes() {
    let mut w = minimal();
    w.category(GC, "Sales", &[ANN])
        .category(PC, "Support", &[ANN]);
    clean(w.m.move_chat_data(GC, PC, HERE));
}

#[test]
fn files_not_migrated_fails() {
    let mut w = minimal();
    w.category_with(NewCategory {
        file_upload: Some(true),
        ..category_req(GC, "Sales", &[ANN])
    })
    .room(G_SALES, "Deals")
    .room(G_SALES, "Leads");
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    let rooms: Vec<String> = out
        .warnings
        .iter()
        .filter(|w| w.code() == "coexist::model::files_not_migrated")
        .map(|w| w.to_string())
        .collect();
    assert_eq!(rooms.len(), 2, "one warning per room");
}

#[test]
fn files_not_migrated_passes() {
    let mut w = minimal();
    w.category(GC, "Sales", &[ANN]).room(G_SALES, "Deals");
    clean(w.m.move_chat_data(GC, PC, HERE));
}

#[test]
fn legacy_endpoint_missing_fails() {
    let mut w = minimal();
    clean(w.m.remove_chat_endpoint("sip:ocschat@contoso.com", HERE));
    let out = ok(w.m.move_chat_data(GC, PC, HERE));
    warning(&out, "legacy_endpoint_missing");
    let blockers = w.m.test_decommission(Some(GC)).unwrap();
    assert_eq!(blockers.len(), 1);
    assert_eq!(blockers[0].reason, BlockerReason::EndpointMissing);
    assert_eq!(
        blockers[0].code(),
        "coexist::model::legacy_endpoint_missing"
    );
    // Not a removal blocker.
    clean(w.m.remove_chat_pool(GC, false, HERE));
}

#[test]
fn legacy_endpoint_missing_passes() {
    let mut w = minimal();
    clean(w.m.move_chat_data(GC, PC, HERE));
    assert!(w.m.test_decommission(Some(GC)).unwrap().is_empty());
}

#[test]
fn decommission_blocked_fails() {
    let mut w = minimal();
    let err = fails(&mut w.m, "decommission_blocked", |m| {
        m.remove_chat_pool(GC, true, HERE)
    });
    assert!(err.to_string().contains("not migrated"));
    clean(w.m.move_chat_data(GC, PC, HERE));
    w.configure(ANN, GC);
    let err = fails(&mut w.m, "decommission_blocked", |m| {
        m.remove_chat_pool(GC, true, HERE)
    });
    assert!(err.to_string().contains(ANN));
    let blockers = w.m.test_decommission(None).unwrap();
    assert_eq!(blockers.len(), 1);
    assert_eq!(blockers[0].reason, BlockerReason::UserConfigured);
}

#[test]
fn decommission_blocked_passes() {
    let mut w = legacy();
    clean(w.m.set_room(
        SetRoom {
            identity: "gc2010.contoso.com\\Deals".into(),
            invitations: Some(RoomInvitations::Inherit),
            members: Some(ListEdit::Set(vec![])),
            ..Default::default()
        },
        HERE,
    ));
    ok(w.m.move_chat_data(GC, PC, HERE));
    let out = clean(w.m.remove_chat_pool(GC, false, HERE));
    assert!(out.identities.contains(&G_SALES.to_string()));
    assert!(w.m.categories().iter().all(|c| c.chat_pool == PC));
    let (status, _) = w.m.migration_status();
    assert!(status.blockers.is_empty());
    assert_eq!(status.chat_pools[0].received_from, strings(&[GC]));
}

#[test]
fn persistent_chat_export_imports_as_a_copy() {
    let mut w = minimal();
    w.category(PC, "Sales", &[ANN])
        .room("pchat.contoso.com\\Sales", "Deals");
    w.chat_pool("p2.contoso.com", L13, ChatPoolKind::PersistentChat)
        .stop("p2.contoso.com");
    let data =
        w.m.export_chat_data(PC, false, &Default::default())
            .unwrap();
    let out = clean(w.m.import_chat_data("p2.contoso.com", &data, HERE));
    assert!(out
        .identities
        .contains(&"p2.contoso.com\\Deals".to_string()));
    assert_eq!(
        w.m.chat_pools().get(PC).unwrap().state,
        ChatPoolState::Stopped
    );
    // -DBInstance names the pool by its back end.
    let by_back_end =
        w.m.find_chat_pool_by_back_end("PCHAT.contoso.com\\rtc", "DBInstance")
            .unwrap();
    assert_eq!(by_back_end.fqdn, PC);
    let err =
        w.m.find_chat_pool_by_back_end("x\\rtc", "DBInstance")
            .unwrap_err();
    assert_eq!(err.param(), Some("DBInstance"));
}
