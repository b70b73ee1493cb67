//! Categories, rooms, add-ins and endpoints: one failing and one passing case per code.

mod model_support;

use coexist::model::content::{NewAddin, NewCategory, SetCategory};
use coexist::model::endpoints::NewChatEndpoint;
use coexist::model::rooms::{ListEdit, NewRoom, SetRoom};
use coexist::model::*;
use model_support::*;

const SALES: &str = "pchat.contoso.com\\Sales";
const DEALS: &str = "pchat.contoso.com\\Deals";

/// World plus a Persistent Chat category Sales (Ann, Cat allowed) with room Deals.
fn sales() -> World {
    let mut w = World::new();
    w.category(PC, "Sales", &[ANN, CAT]).room(SALES, "Deals");
    w
}

fn set(room: &str) -> SetRoom {
    SetRoom {
        identity: room.into(),
        ..Default::default()
    }
}

fn members(list: &[&str]) -> Option<ListEdit> {
    Some(ListEdit::Set(strings(list)))
}

#[test]
fn duplicate_category_fails() {
    let mut w = sales();
    fails(&mut w.m, "duplicate_category", |m| {
        m.new_category(category_req(PC, "SALES", &[]), HERE)
    });
}

#[test]
fn duplicate_category_passes() {
    let mut w = sales();
    clean(w.m.new_category(category_req(GC, "Sales", &[]), HERE));
    assert_eq!(w.m.categories().len(), 2);
}

#[test]
fn unknown_category_fails() {
    let mut w = sales();
    let err = fails(&mut w.m, "unknown_category", |m| {
        m.new_room(room_req("Sails", "Leads"), HERE)
    });
    assert_eq!(err.param(), Some("Category"));
    assert!(err.help().unwrap().contains(SALES), "{:?}", err.help());
}

#[test]
fn unknown_category_passes() {
    let mut w = sales();
    clean(w.m.new_room(room_req("sales", "Leads"), HERE));
    assert_eq!(
        w.m.rooms()
            .get("pchat.contoso.com\\leads")
            .unwrap()
            .category,
        SALES
    );
}

#[test]
fn category_nesting_unsupported_fails() {
    let mut w = sales();
    let err = fails(&mut w.m, "category_nesting_unsupported", |m| {
        m.new_category(
            NewCategory {
                parent_category: Some("Sales".into()),
                ..category_req(PC, "EMEA", &[])
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("ParentCategory"));
    let err = fails(&mut w.m, "category_nesting_unsupported", |m| {
        m.new_category(
            NewCategory {
                managers: strings(&[ANN]),
                ..category_req(PC, "EMEA", &[])
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Managers"));
}

#[test]
fn category_nesting_unsupported_passes() {
    let mut w = World::new();
    w.category(GC, "Sales", &[BOB]);
    clean(w.m.new_category(
        NewCategory {
            parent_category: Some("Sales".into()),
            managers: strings(&[BOB]),
            ..category_req(GC, "EMEA", &[BOB])
        },
        HERE,
    ));
    let emea = w.m.categories().get("gc2010.contoso.com\\EMEA").unwrap();
    assert_eq!(
        emea.parent_category.as_deref(),
        Some("gc2010.contoso.com\\Sales")
    );
}

#[test]
fn creator_not_allowed_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "creator_not_allowed", |m| {
        m.new_category(
            NewCategory {
                creators: strings(&[ANN]),
                denied_members: strings(&[ANN]),
                ..category_req(PC, "Sales", &[ANN])
            },
            HERE,
        )
    });
    assert!(err.to_string().contains(ANN));
    fails(&mut w.m, "creator_not_allowed", |m| {
        m.new_category(
            NewCategory {
                creators: strings(&[CAT]),
                ..category_req(PC, "Sales", &[ANN])
            },
            HERE,
        )
    });
}

#[test]
fn creator_not_allowed_passes() {
    let mut w = World::new();
    clean(w.m.new_category(
        NewCategory {
            creators: strings(&["Ann Smith"]),
            ..category_req(PC, "Sales", &[ANN])
        },
        HERE,
    ));
    assert_eq!(
        w.m.categories().get(SALES).unwrap().creators,
        vec![ANN.to_string()]
    );
}

#[test]
fn category_not_empty_fails() {
    let mut w = sales();
    let err = fails(&mut w.m, "category_not_empty", |m| {
        m.remove_category("Sales", HERE)
    });
    assert!(err.to_string().contains(DEALS));
}

#[test]
fn category_not_empty_passes() {
    let mut w = sales();
    clean(w.m.remove_room("Deals", HERE));
    clean(w.m.remove_category("Sales", HERE));
    assert!(w.m.categories().is_empty());
}

#[test]
fn cross_pool_reference_fails() {
    let mut w = sales();
    w.category(GC, "Legacy", &[BOB]).addin(GC, "Ticker");
    let err = fails(&mut w.m, "cross_pool_reference", |m| {
        m.new_room(
            NewRoom {
                chat_pool: Some(PC.into()),
                ..room_req("gc2010.contoso.com\\Legacy", "X")
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Category"));
    let err = fails(&mut w.m, "cross_pool_reference", |m| {
        m.set_room(
            SetRoom {
                addin: Some(Some("gc2010.contoso.com\\Ticker".into())),
                ..set(DEALS)
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Addin"));
}

#[test]
fn cross_pool_reference_passes() {
    let mut w = sales();
    w.addin(PC, "Ticker");
    clean(w.m.set_room(
        SetRoom {
            addin: Some(Some("Ticker".into())),
            ..set(DEALS)
        },
        HERE,
    ));
    assert_eq!(
        w.m.rooms().get(DEALS).unwrap().addin.as_deref(),
        Some("pchat.contoso.com\\Ticker")
    );
}

#[test]
fn duplicate_room_fails() {
    let mut w = sales();
    fails(&mut w.m, "duplicate_room", |m| {
        m.new_room(room_req(SALES, "deals"), HERE)
    });
}

#[test]
fn duplicate_room_passes() {
    let mut w = sales();
    w.category(GC, "Sales", &[BOB]);
    clean(w.m.new_room(room_req("gc2010.contoso.com\\Sales", "Deals"), HERE));
    let room = w.m.rooms().get("gc2010.contoso.com\\Deals").unwrap();
    assert_eq!(
        (
            room.room_type,
            room.privacy,
            room.invitations,
            room.disabled
        ),
        (
            RoomType::Normal,
            Privacy::Closed,
            RoomInvitations::Inherit,
            false
        )
    );
}

#[test]
fn unknown_room_fails() {
    let mut w = sales();
    let err = fails(&mut w.m, "unknown_room", |m| m.remove_room("Deels", HERE));
    assert!(err.help().unwrap().contains(DEALS));
}

#[test]
fn unknown_room_passes() {
    let mut w = sales();
    clean(w.m.remove_room("PCHAT.contoso.com\\deals", HERE));
    assert!(w.m.rooms().is_empty());
}

#[test]
fn room_name_too_long_fails() {
    let mut w = sales();
    let long = "x".repeat(257);
    fails(&mut w.m, "room_name_too_long", |m| {
        m.new_room(room_req(SALES, &long), HERE)
    });
    fails(&mut w.m, "room_name_too_long", |m| {
        m.new_category(category_req(PC, &long, &[]), HERE)
    });
}

#[test]
fn room_name_too_long_passes() {
    let mut w = sales();
    clean(w.m.new_room(room_req(SALES, &"x".repeat(256)), HERE));
}

#[test]
fn room_name_is_category_fails() {
    let mut w = sales();
    let err = fails(&mut w.m, "room_name_is_category", |m| {
        m.new_room(room_req(SALES, "sales"), HERE)
    });
    assert_eq!(err.related().len(), 1);
}

#[test]
fn room_name_is_category_passes() {
    let mut w = sales();
    clean(w.m.new_room(room_req(SALES, "Sales Chat"), HERE));
}

#[test]
fn member_not_allowed_fails() {
    let mut w = sales();
    let err = fails(&mut w.m, "member_not_allowed", |m| {
        m.set_room(
            SetRoom {
                members: members(&[ANN, BOB]),
                ..set(DEALS)
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Members"));
    assert!(err.to_string().contains(BOB) && !err.to_string().contains(ANN));
    fails(&mut w.m, "member_not_allowed", |m| {
        m.set_room(
            SetRoom {
                managers: members(&[BOB]),
                ..set(DEALS)
            },
            HERE,
        )
    });
}

#[test]
fn member_not_allowed_passes() {
    let mut w = sales();
    w.members(DEALS, &[ANN]);
    clean(w.m.set_room(
        SetRoom {
            members: Some(ListEdit::Edit {
                add: strings(&["cat@contoso.com"]),
                remove: vec![],
                replace: None,
            }),
            managers: members(&[ANN]),
            ..set(DEALS)
        },
        HERE,
    ));
    assert_eq!(
        w.m.rooms().get(DEALS).unwrap().members,
        strings(&[ANN, CAT])
    );
    clean(w.m.set_room(
        SetRoom {
            members: Some(ListEdit::Edit {
                add: vec![],
                remove: strings(&["Ann Smith"]),
                replace: None,
            }),
            ..set(DEALS)
        },
        HERE,
    ));
    assert_eq!(w.m.rooms().get(DEALS).unwrap().members, strings(&[CAT]));
}

#[test]
fn presenter_in_normal_room_fails() {
    let mut w = sales();
    w.members(DEALS, &[ANN]);
    fails(&mut w.m, "presenter_in_normal_room", |m| {
        m.set_room(
            SetRoom {
                presenters: members(&[ANN]),
                ..set(DEALS)
            },
            HERE,
        )
    });
}

#[test]
fn presenter_in_normal_room_passes() {
    let mut w = sales();
    w.members(DEALS, &[ANN]);
    clean(w.m.set_room(
        SetRoom {
            room_type: Some(RoomType::Auditorium),
            presenters: members(&[ANN]),
            ..set(DEALS)
        },
        HERE,
    ));
}

#[test]
fn presenter_not_member_fails() {
    let mut w = sales();
    fails(&mut w.m, "presenter_not_member", |m| {
        m.set_room(
            SetRoom {
                room_type: Some(RoomType::Auditorium),
                presenters: members(&[ANN]),
                ..set(DEALS)
            },
            HERE,
        )
    });
}

#[test]
fn presenter_not_member_passes() {
    let mut w = sales();
    clean(w.m.set_room(
        SetRoom {
            room_type: Some(RoomType::Auditorium),
            members: members(&[ANN, CAT]),
            presenters: members(&[CAT]),
            ..set(DEALS)
        },
        HERE,
    ));
}

#[test]
fn federation_unsupported_fails() {
    let mut w = World::new();
    w.federate("fabrikam.com");
    let err = fails(&mut w.m, "federation_unsupported", |m| {
        m.new_category(
            category_req(PC, "Partners", &["sip:zoe@fabrikam.com"]),
            HERE,
        )
    });
    assert_eq!(err.param(), Some("AllowedMembers"));
}

#[test]
fn federation_unsupported_passes() {
    let mut w = World::new();
    w.federate("fabrikam.com")
        .category(GC, "Partners", &[BOB, "zoe@fabrikam.com"])
        .room("gc2010.contoso.com\\Partners", "Joint")
        .members("gc2010.contoso.com\\Joint", &[BOB, "sip:zoe@fabrikam.com"]);
    assert_eq!(
        w.m.rooms()
            .get("gc2010.contoso.com\\Joint")
            .unwrap()
            .members,
        strings(&[BOB, "sip:zoe@fabrikam.com"])
    );
    // Not federated: an unknown user.
    fails(&mut w.m, "unknown_user", |m| {
        m.new_category(category_req(GC, "Other", &["sip:x@tailspin.com"]), HERE)
    });
}

fn endpoint(sip: &str, pool: &str) -> NewChatEndpoint {
    NewChatEndpoint {
        sip_address: sip.into(),
        chat_pool: pool.into(),
        ..Default::default()
    }
}

#[test]
fn duplicate_endpoint_fails() {
    let mut w = World::new();
    clean(w.m.new_chat_endpoint(endpoint("sip:ocschat@contoso.com", PC), HERE));
    w.chat_pool("p2.contoso.com", L13, ChatPoolKind::PersistentChat);
    let err = fails(&mut w.m, "duplicate_endpoint", |m| {
        m.new_chat_endpoint(endpoint("sip:OCSCHAT@contoso.com", "p2.contoso.com"), HERE)
    });
    assert_eq!(err.param(), Some("SipAddress"));
    // A user's SIP address is taken too.
    fails(&mut w.m, "duplicate_endpoint", |m| {
        m.new_chat_endpoint(endpoint(ANN, PC), HERE)
    });
}

#[test]
fn duplicate_endpoint_passes() {
    let mut w = World::new();
    clean(w.m.new_chat_endpoint(endpoint("sip:ocschat@contoso.com", PC), HERE));
    let pool = |w: &World| w.m.object(Kind::ChatPool, PC).unwrap().property("Endpoint");
    assert_eq!(
        pool(&w),
        Some(view::Prop::Str("sip:ocschat@contoso.com".into()))
    );
    // A chat pool may have several endpoints: the property lists them.
    clean(w.m.new_chat_endpoint(endpoint("sip:groupchat@contoso.com", PC), HERE));
    assert_eq!(
        pool(&w),
        Some(view::Prop::List(strings(&[
            "sip:ocschat@contoso.com",
            "sip:groupchat@contoso.com"
        ])))
    );
    clean(w.m.remove_chat_endpoint("sip:ocschat@contoso.com", HERE));
    assert_eq!(
        pool(&w),
        Some(view::Prop::Str("sip:groupchat@contoso.com".into()))
    );
    // By the pool's FQDN: every endpoint of the pool.
    clean(w.m.remove_chat_endpoint(PC, HERE));
    assert!(w.m.chat_endpoints().is_empty());
    assert_eq!(pool(&w), Some(view::Prop::Null));
}

#[test]
fn invitations_denied_by_category_fails() {
    let mut w = sales();
    fails(&mut w.m, "invitations_denied_by_category", |m| {
        m.new_room(
            NewRoom {
                invitations: Some(RoomInvitations::True),
                ..room_req(SALES, "Leads")
            },
            HERE,
        )
    });
}

#[test]
fn invitations_denied_by_category_fails_when_category_switches_off() {
    let mut w = World::new();
    w.category_with(NewCategory {
        invitations: Some(true),
        ..category_req(PC, "Sales", &[ANN])
    });
    clean(w.m.new_room(
        NewRoom {
            invitations: Some(RoomInvitations::True),
            ..room_req(SALES, "Leads")
        },
        HERE,
    ));
    fails(&mut w.m, "invitations_denied_by_category", |m| {
        m.set_category(
            SetCategory {
                identity: SALES.into(),
                invitations: Some(false),
                ..Default::default()
            },
            HERE,
        )
    });
}

#[test]
fn invitations_denied_by_category_passes() {
    let mut w = World::new();
    w.category_with(NewCategory {
        invitations: Some(true),
        ..category_req(PC, "Sales", &[ANN])
    });
    clean(w.m.new_room(
        NewRoom {
            invitations: Some(RoomInvitations::True),
            ..room_req(SALES, "Leads")
        },
        HERE,
    ));
}

#[test]
fn members_dropped_fails() {
    // Narrowing a category drops members that are no longer allowed.
    let mut w = sales();
    w.members(DEALS, &[ANN, CAT]);
    let out = ok(w.m.set_category(
        SetCategory {
            identity: SALES.into(),
            denied_members: Some(strings(&[CAT])),
            ..Default::default()
        },
        HERE,
    ));
    let warn = warning(&out, "members_dropped");
    assert!(warn.to_string().contains(CAT));
    assert_eq!(w.m.rooms().get(DEALS).unwrap().members, strings(&[ANN]));
    // Removing a user takes it out of every list.
    let out = ok(w.m.remove_user(ANN, HERE));
    warning(&out, "members_dropped");
    assert!(w.m.rooms().get(DEALS).unwrap().members.is_empty());
    assert_eq!(
        w.m.categories().get(SALES).unwrap().allowed_members,
        strings(&[CAT])
    );
    // Moving a room to another category.
    clean(w.m.set_category(
        SetCategory {
            identity: SALES.into(),
            denied_members: Some(vec![]),
            ..Default::default()
        },
        HERE,
    ));
    w.category(PC, "Support", &[]).members(DEALS, &[CAT]);
    let out = ok(w.m.set_room(
        SetRoom {
            category: Some("Support".into()),
            ..set(DEALS)
        },
        HERE,
    ));
    warning(&out, "members_dropped");
}

#[test]
fn members_dropped_passes() {
    let mut w = sales();
    w.members(DEALS, &[ANN]);
    clean(w.m.set_category(
        SetCategory {
            identity: SALES.into(),
            allowed_members: Some(strings(&[ANN])),
            ..Default::default()
        },
        HERE,
    ));
    clean(w.m.remove_user(BOB, HERE));
}

#[test]
fn clear_needs_end_date_fails() {
    let mut w = sales();
    fails(&mut w.m, "clear_needs_end_date", |m| {
        m.clear_room(DEALS, None, HERE)
    });
}

#[test]
fn clear_needs_end_date_passes() {
    let mut w = sales();
    let date = |d: &str| timestamp::Timestamp::parse(d).unwrap();
    w.set_room(SetRoom {
        messages: Some((500, date("2012-06-01"))),
        ..set(DEALS)
    });
    clean(w.m.clear_room(DEALS, Some(date("2012-01-01")), HERE));
    assert_eq!(w.m.rooms().get(DEALS).unwrap().messages, 500);
    clean(w.m.clear_room(DEALS, Some(date("2013-01-01")), HERE));
    assert_eq!(w.m.rooms().get(DEALS).unwrap().messages, 0);
}

#[test]
fn duplicate_addin_fails() {
    let mut w = sales();
    w.addin(PC, "Ticker");
    fails(&mut w.m, "duplicate_addin", |m| {
        m.new_addin(
            NewAddin {
                name: "TICKER".into(),
                chat_pool: PC.into(),
                url: "https://a.contoso.com".into(),
            },
            HERE,
        )
    });
}

#[test]
fn duplicate_addin_passes() {
    let mut w = sales();
    w.addin(PC, "Ticker").addin(GC, "Ticker");
    assert_eq!(w.m.addins().len(), 2);
}

#[test]
fn unknown_addin_fails() {
    let mut w = sales();
    w.addin(PC, "Ticker");
    let err = fails(&mut w.m, "unknown_addin", |m| {
        m.new_room(
            NewRoom {
                addin: Some("Tikcer".into()),
                ..room_req(SALES, "Leads")
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Addin"));
}

#[test]
fn unknown_addin_passes() {
    let mut w = sales();
    w.addin(PC, "Ticker");
    clean(w.m.new_room(
        NewRoom {
            addin: Some("ticker".into()),
            ..room_req(SALES, "Leads")
        },
        HERE,
    ));
}

#[test]
fn invalid_addin_url_fails() {
    let mut w = sales();
    for url in [
        "ftp://x.contoso.com",
        "contoso.com/x",
        "https://",
        "https://a b.com",
    ] {
        fails(&mut w.m, "invalid_addin_url", |m| {
            m.new_addin(
                NewAddin {
                    name: "Ticker".into(),
                    chat_pool: PC.into(),
                    url: url.into(),
                },
                HERE,
            )
        });
    }
}

#[test]
fn invalid_addin_url_passes() {
    let mut w = sales();
    clean(w.m.new_addin(
        NewAddin {
            name: "Ticker".into(),
            chat_pool: PC.into(),
            url: "HTTP://intranet/ticker?x=1".into(),
        },
        HERE,
    ));
}

#[test]
fn addin_in_use_fails() {
    let mut w = sales();
    w.addin(PC, "Ticker").set_room(SetRoom {
        addin: Some(Some("Ticker".into())),
        ..set(DEALS)
    });
    let err = fails(&mut w.m, "addin_in_use", |m| {
        m.remove_addin("Ticker", false, HERE)
    });
    assert!(err.to_string().contains(DEALS));
}

#[test]
fn addin_in_use_passes() {
    let mut w = sales();
    w.addin(PC, "Ticker").set_room(SetRoom {
        addin: Some(Some("Ticker".into())),
        ..set(DEALS)
    });
    clean(w.m.remove_addin("Ticker", true, HERE));
    assert_eq!(w.m.rooms().get(DEALS).unwrap().addin, None);
}

#[test]
fn list_edits_replace_then_remove_then_add() {
    let mut w = sales();
    w.members(DEALS, &[ANN]);
    clean(w.m.set_room(
        SetRoom {
            members: Some(ListEdit::Edit {
                add: strings(&[ANN]),
                remove: strings(&[CAT]),
                replace: Some(strings(&[CAT, "Ann Smith"])),
            }),
            ..set(DEALS)
        },
        HERE,
    ));
    assert_eq!(w.m.rooms().get(DEALS).unwrap().members, strings(&[ANN]));
    // A rejected edit changes nothing, even when other properties were valid.
    fails(&mut w.m, "unknown_user", |m| {
        m.set_room(
            SetRoom {
                recorded: vec![("Description".into(), view::Prop::Str("new".into()))],
                members: Some(ListEdit::Edit {
                    add: strings(&["sip:nobody@contoso.com"]),
                    remove: vec![],
                    replace: None,
                }),
                ..set(DEALS)
            },
            HERE,
        )
    });
}
