//! Test-ChatAccess and Get-AccessMatrix: every access reason, allowed and denied.

mod model_support;

use coexist::model::access::{AccessReason, AccessTarget};
use coexist::model::policies::NewPolicy;
use coexist::model::rooms::SetRoom;
use coexist::model::users::SetUser;
use coexist::model::*;
use model_support::*;

const SALES: &str = "pchat.contoso.com\\Sales";
const DEALS: &str = "pchat.contoso.com\\Deals";

/// Persistent Chat enabled for Ann via a tag policy; Sales allows Ann and Cat; Deals has Ann.
fn world() -> World {
    let mut w = World::new();
    clean(w.m.new_policy(
        NewPolicy {
            identity: "PChatOn".into(),
            enable_persistent_chat: Some(true),
            recorded: Vec::new(),
        },
        HERE,
    ));
    clean(w.m.grant_policy(ANN, Some("PChatOn"), HERE));
    w.category(PC, "Sales", &[ANN, CAT])
        .room(SALES, "Deals")
        .members(DEALS, &[ANN]);
    w
}

fn reason(w: &World, user: &str, client: Client, target: AccessTarget) -> Option<AccessReason> {
    let before = w.m.clone();
    let result = w.m.test_chat_access(user, client, &target).unwrap();
    assert!(w.m == before);
    assert_eq!(result.allowed, result.reason.is_none());
    result.reason
}

fn pool(name: &str) -> AccessTarget {
    AccessTarget::ChatPool(name.into())
}

fn room(name: &str) -> AccessTarget {
    AccessTarget::Room(name.into())
}

#[test]
fn lync2013_client_allowed() {
    let w = world();
    assert_eq!(reason(&w, ANN, Client::Lync2013, pool(PC)), None);
    assert_eq!(reason(&w, ANN, Client::Lync2013, room("Deals")), None);
}

#[test]
fn user_disabled() {
    let mut w = world();
    clean(w.m.set_user(
        SetUser {
            identity: ANN.into(),
            enabled: Some(false),
            ..Default::default()
        },
        HERE,
    ));
    let r = reason(&w, ANN, Client::Lync2013, pool(PC));
    assert_eq!(r, Some(AccessReason::UserDisabled));
    assert_eq!(r.unwrap().code(), "coexist::access::user_disabled");
}

#[test]
fn legacy_pool_for_lync2013_client() {
    let w = world();
    assert_eq!(
        reason(&w, ANN, Client::Lync2013, pool(GC)),
        Some(AccessReason::LegacyPoolForLync2013Client)
    );
}

#[test]
fn user_not_on_lync2013() {
    let w = world();
    assert_eq!(
        reason(&w, BOB, Client::Lync2013, pool(PC)),
        Some(AccessReason::UserNotOnLync2013)
    );
}

#[test]
fn policy_disabled() {
    let w = world();
    assert_eq!(
        reason(&w, CAT, Client::Lync2013, pool(PC)),
        Some(AccessReason::PolicyDisabled)
    );
}

#[test]
fn not_configured_and_configured() {
    let mut w = world();
    assert_eq!(
        reason(&w, BOB, Client::GroupChatClient, pool(GC)),
        Some(AccessReason::NotConfigured)
    );
    w.configure(BOB, GC);
    assert_eq!(reason(&w, BOB, Client::GroupChatClient, pool(GC)), None);
    // The legacy client may use a Persistent Chat pool it is configured for.
    w.configure(CAT, PC);
    assert_eq!(
        reason(&w, CAT, Client::GroupChatClient, room(DEALS)),
        Some(AccessReason::NotAMember)
    );
}

#[test]
fn not_a_member() {
    let mut w = world();
    w.configure(CAT, PC);
    assert_eq!(
        reason(&w, CAT, Client::GroupChatClient, room(DEALS)),
        Some(AccessReason::NotAMember)
    );
    // Open rooms need only the category's permission.
    w.set_room(SetRoom {
        identity: DEALS.into(),
        privacy: Some(Privacy::Open),
        ..Default::default()
    });
    assert_eq!(reason(&w, CAT, Client::GroupChatClient, room(DEALS)), None);
}

#[test]
fn room_disabled() {
    let mut w = world();
    w.set_room(SetRoom {
        identity: DEALS.into(),
        disabled: Some(true),
        ..Default::default()
    });
    assert_eq!(
        reason(&w, ANN, Client::Lync2013, room(DEALS)),
        Some(AccessReason::RoomDisabled)
    );
}

#[test]
fn unknown_names_are_errors() {
    let w = world();
    let err =
        w.m.test_chat_access("sip:nobody@contoso.com", Client::Lync2013, &pool(PC))
            .unwrap_err();
    assert_eq!(err.code(), "coexist::model::unknown_user");
    assert_eq!(err.param(), Some("User"));
    let err =
        w.m.test_chat_access(ANN, Client::Lync2013, &room("Nope"))
            .unwrap_err();
    assert_eq!(err.code(), "coexist::model::unknown_room");
}

#[test]
fn access_matrix_rows() {
    let mut w = world();
    w.configure(BOB, GC);
    let rows = w.m.access_matrix();
    assert_eq!(rows.len(), 3 * 2);
    let ann_lync = rows
        .iter()
        .find(|r| r.user == ANN && r.client == Client::Lync2013)
        .unwrap();
    assert_eq!(ann_lync.chat_pools, strings(&[PC]));
    assert_eq!(
        ann_lync.reasons,
        vec![AccessReason::LegacyPoolForLync2013Client]
    );
    let bob_legacy = rows
        .iter()
        .find(|r| r.user == BOB && r.client == Client::GroupChatClient)
        .unwrap();
    assert_eq!(bob_legacy.chat_pools, strings(&[GC]));
    assert_eq!(bob_legacy.reasons, vec![AccessReason::NotConfigured]);
    assert_eq!(w.m.access_rows("Bob Jones").unwrap().len(), 2);
}

#[test]
fn access_codes_are_unique_and_documented() {
    let codes: Vec<&str> = AccessReason::ALL.iter().map(|r| r.code()).collect();
    let documented: Vec<&str> = rules::ACCESS_CODES.iter().map(|(c, _)| *c).collect();
    assert_eq!(codes, documented);
}
