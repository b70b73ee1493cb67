//! Chat messages and the real room surface (surface.md §2, §3, §5): messages as objects, runs
//! of history described by count, Clear-ChatRoom, Remove-CsPersistentChatMessage, ContentMB,
//! the room selection of Get-CsPersistentChatRoom, inherited membership, renames, and messages
//! through migration and the state file.

mod model_support;

use coexist::model::access::AccessTarget;
use coexist::model::content::{SetAddin, SetCategory};
use coexist::model::diff::{diff, Change};
use coexist::model::messages::{
    AddMessage, Keywords, MatchClause, MessageAction, RemoveMessages, DEFAULT_REPLACEMENT,
};
use coexist::model::migration::{ExportLevel, ExportOptions};
use coexist::model::rooms::{RoomQuery, SetRoom};
use coexist::model::timestamp::Timestamp;
use coexist::model::view::Prop;
use coexist::model::*;
use model_support::*;

const SALES: &str = "pchat.contoso.com\\Sales";
const DEALS: &str = "pchat.contoso.com\\Deals";

fn at_time(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap_or_else(|| panic!("{text} is a date"))
}

/// World plus category Sales (Ann and Cat allowed) with room Deals.
fn sales() -> World {
    let mut w = World::new();
    w.category(PC, "Sales", &[ANN, CAT]).room(SALES, "Deals");
    w
}

fn post(w: &mut World, author: &str, text: &str, posted: &str) -> String {
    post_to(w, DEALS, author, text, posted)
}

fn post_to(w: &mut World, room: &str, author: &str, text: &str, posted: &str) -> String {
    let outcome = clean(w.m.add_message(
        AddMessage {
            room: room.into(),
            author: author.into(),
            text: text.into(),
            posted: at_time(posted),
        },
        HERE,
    ));
    outcome.identities[0].clone()
}

fn renamed_room(name: &str) -> SetRoom {
    SetRoom {
        identity: DEALS.into(),
        name: Some(name.into()),
        ..Default::default()
    }
}

fn renamed_category(name: &str) -> SetCategory {
    SetCategory {
        identity: SALES.into(),
        name: Some(name.into()),
        ..Default::default()
    }
}

/// Ann on 1 March ("Fabrikam signed the contract"), Cat on 2 March ("contract review with
/// Contoso"), Ann on 3 March ("lunch?").
fn chatty() -> World {
    let mut w = sales();
    post(
        &mut w,
        ANN,
        "Fabrikam signed the contract",
        "2013-03-01 09:00",
    );
    post(
        &mut w,
        CAT,
        "contract review with Contoso",
        "2013-03-02 10:00",
    );
    post(&mut w, ANN, "lunch?", "2013-03-03 12:00");
    w
}

fn remove(action: MessageAction) -> RemoveMessages {
    RemoveMessages {
        room: DEALS.into(),
        start: None,
        end: None,
        author: None,
        keywords: None,
        action,
    }
}

fn keywords(text: &str, clause: MatchClause) -> Option<Keywords> {
    Some(Keywords {
        text: text.into(),
        clause,
        case_sensitive: false,
    })
}

fn texts(w: &World) -> Vec<String> {
    w.m.room_messages(DEALS).map(|m| m.text.clone()).collect()
}

fn room(w: &World) -> &ChatRoom {
    w.m.rooms().get(DEALS).unwrap()
}

#[test]
fn message_range_empty_fails() {
    let mut w = chatty();
    let err = fails(&mut w.m, "message_range_empty", |m| {
        m.remove_messages(
            RemoveMessages {
                start: Some(at_time("2013-03-03")),
                end: Some(at_time("2013-03-01")),
                ..remove(MessageAction::Remove)
            },
            HERE,
        )
    });
    assert_eq!(err.param(), Some("StartDate"));
}

#[test]
fn message_range_empty_passes() {
    let mut w = chatty();
    // A range of one instant is not empty: start and end are inclusive.
    clean(w.m.remove_messages(
        RemoveMessages {
            start: Some(at_time("2013-03-02 10:00")),
            end: Some(at_time("2013-03-02 10:00")),
            ..remove(MessageAction::Remove)
        },
        HERE,
    ));
    assert_eq!(texts(&w), ["Fabrikam signed the contract", "lunch?"]);
}

#[test]
fn no_messages_matched_fails() {
    let mut w = chatty();
    let before = w.m.clone();
    let outcome = ok(w.m.remove_messages(
        RemoveMessages {
            author: Some(BOB.into()),
            ..remove(MessageAction::Remove)
        },
        HERE,
    ));
    let warning = warning(&outcome, "no_messages_matched");
    assert!(
        warning.to_string().contains("nothing was removed"),
        "{warning}"
    );
    assert!(w.m == before, "nothing matched, so nothing changed");
}

#[test]
fn no_messages_matched_passes() {
    let mut w = chatty();
    clean(w.m.remove_messages(
        RemoveMessages {
            author: Some("ann@CONTOSO.com".into()),
            ..remove(MessageAction::Remove)
        },
        HERE,
    ));
    assert_eq!(texts(&w), ["contract review with Contoso"]);
    assert_eq!(room(&w).messages, 1);
}

#[test]
fn messages_are_numbered_per_room_and_counted() {
    let mut w = sales();
    assert_eq!(
        post(&mut w, ANN, "hello", "1/1/2013"),
        "pchat.contoso.com\\Deals#1"
    );
    assert_eq!(
        post(&mut w, "Cat Brown", "hi", "1/1/2013 12:00 PM"),
        "pchat.contoso.com\\Deals#2"
    );
    let second = w.m.messages().get("pchat.contoso.com\\Deals#2").unwrap();
    assert_eq!(
        second.author.as_deref(),
        Some(CAT),
        "display names resolve to the user"
    );
    assert_eq!(second.posted.to_string(), "2013-01-01T12:00:00");
    assert_eq!(second.state, MessageState::Posted);
    assert_eq!((room(&w).messages, room(&w).text_bytes), (2, 7));
    fails(&mut w.m, "unknown_room", |m| {
        m.add_message(
            AddMessage {
                room: "Nowhere".into(),
                author: ANN.into(),
                text: "x".into(),
                posted: at_time("2013-01-01"),
            },
            HERE,
        )
    });
    fails(&mut w.m, "unknown_user", |m| {
        m.add_message(
            AddMessage {
                room: DEALS.into(),
                author: "sip:nobody@contoso.com".into(),
                text: "x".into(),
                posted: at_time("2013-01-01"),
            },
            HERE,
        )
    });
}

#[test]
fn history_described_by_count_is_one_run_that_a_new_description_replaces() {
    let mut w = sales();
    post(&mut w, ANN, "kept", "2013-06-01");
    w.set_room(SetRoom {
        identity: DEALS.into(),
        messages: Some((1_000_000, at_time("2013-01-01"))),
        ..Default::default()
    });
    assert_eq!(w.m.messages().len(), 2, "a million messages are one entry");
    assert_eq!(room(&w).messages, 1_000_001);
    let run = w.m.room_messages(DEALS).find(|m| m.count > 1).unwrap();
    assert_eq!(run.posted.to_string(), "2012-12-31T23:59:59");
    assert_eq!((run.author.as_deref(), run.text.as_str()), (None, ""));
    w.set_room(SetRoom {
        identity: DEALS.into(),
        messages: Some((20, at_time("2012-01-01"))),
        ..Default::default()
    });
    assert_eq!(room(&w).messages, 21, "the earlier description is replaced");
    w.set_room(SetRoom {
        identity: DEALS.into(),
        messages: Some((0, at_time("2012-01-01"))),
        ..Default::default()
    });
    assert_eq!(texts(&w), ["kept"]);
}

#[test]
fn clear_deletes_messages_posted_on_or_before_the_end_date() {
    let mut w = chatty();
    w.set_room(SetRoom {
        identity: DEALS.into(),
        messages: Some((500, at_time("2013-01-01"))),
        ..Default::default()
    });
    clean(w.m.clear_room(DEALS, Some(at_time("2012-12-31 23:59:58")), HERE));
    assert_eq!(
        room(&w).messages,
        503,
        "the run was posted one second later"
    );
    clean(w.m.clear_room(DEALS, Some(at_time("2013-03-02 10:00")), HERE));
    assert_eq!(texts(&w), ["lunch?"]);
    assert_eq!(room(&w).messages, 1);
}

#[test]
fn keywords_select_all_any_or_the_exact_phrase() {
    let cases = [
        (
            "contract fabrikam",
            MatchClause::All,
            vec!["contract review with Contoso", "lunch?"],
        ),
        (
            "contoso lunch",
            MatchClause::Or,
            vec!["Fabrikam signed the contract"],
        ),
        (
            "review with contoso",
            MatchClause::Exact,
            vec!["Fabrikam signed the contract", "lunch?"],
        ),
        ("with review", MatchClause::Exact, vec![]),
    ];
    for (text, clause, left) in cases {
        let mut w = chatty();
        let outcome = ok(w.m.remove_messages(
            RemoveMessages {
                keywords: keywords(text, clause),
                ..remove(MessageAction::Remove)
            },
            HERE,
        ));
        if left.is_empty() {
            assert!(has_warning(&outcome, "no_messages_matched"), "{text}");
            assert_eq!(texts(&w).len(), 3);
        } else {
            assert_eq!(texts(&w), left, "{text} ({clause})");
        }
    }
    let mut w = chatty();
    let outcome = ok(w.m.remove_messages(
        RemoveMessages {
            keywords: Some(Keywords {
                text: "fabrikam".into(),
                clause: MatchClause::All,
                case_sensitive: true,
            }),
            ..remove(MessageAction::Remove)
        },
        HERE,
    ));
    assert!(
        has_warning(&outcome, "no_messages_matched"),
        "case matters now"
    );
}

#[test]
fn replacing_keeps_the_message_with_new_text_and_state() {
    let mut w = chatty();
    clean(w.m.remove_messages(
        RemoveMessages {
            end: Some(at_time("2013-03-01 23:59")),
            ..remove(MessageAction::Replace(None))
        },
        HERE,
    ));
    clean(w.m.remove_messages(
        RemoveMessages {
            start: Some(at_time("2013-03-03")),
            ..remove(MessageAction::Replace(Some("[removed]".into())))
        },
        HERE,
    ));
    assert_eq!(
        texts(&w),
        [
            DEFAULT_REPLACEMENT,
            "contract review with Contoso",
            "[removed]"
        ]
    );
    let states: Vec<MessageState> = w.m.room_messages(DEALS).map(|m| m.state).collect();
    assert_eq!(
        states,
        [
            MessageState::Replaced,
            MessageState::Posted,
            MessageState::Replaced
        ]
    );
    assert_eq!(room(&w).messages, 3);
}

#[test]
fn content_mb_is_the_described_megabytes_plus_the_text_rounded_up() {
    let mut w = sales();
    let content = |w: &World| {
        w.m.object(Kind::ChatRoom, DEALS)
            .unwrap()
            .property("ContentMB")
    };
    assert_eq!(content(&w), Some(Prop::Int(0)));
    w.set_room(SetRoom {
        identity: DEALS.into(),
        content_mb: Some(12),
        ..Default::default()
    });
    assert_eq!(content(&w), Some(Prop::Int(12)));
    post(&mut w, ANN, "x", "2013-01-01");
    assert_eq!(content(&w), Some(Prop::Int(13)), "one byte more than 12 MB");
    let query = |mb| RoomQuery {
        content_exceeds_mb: Some(mb),
        ..Default::default()
    };
    assert_eq!(w.m.select_rooms(&query(12)).unwrap().len(), 1);
    assert_eq!(w.m.select_rooms(&query(13)).unwrap().len(), 0);
}

/// Sales (Ann, Cat) with Deals (no members: inherits) and Board (members: Cat; managed by
/// Ann; Auditorium, Secret, invitations False, disabled, add-in Wiki); Eng on the legacy pool
/// with manager Bob and room Builds.
fn rooms_world() -> World {
    let mut w = sales();
    w.addin(PC, "Wiki").room(SALES, "Board").set_room(SetRoom {
        identity: "pchat.contoso.com\\Board".into(),
        members: Some(rooms::ListEdit::Set(strings(&[CAT]))),
        managers: Some(rooms::ListEdit::Set(strings(&[ANN]))),
        room_type: Some(RoomType::Auditorium),
        privacy: Some(Privacy::Secret),
        invitations: Some(RoomInvitations::False),
        disabled: Some(true),
        addin: Some(Some("Wiki".into())),
        ..Default::default()
    });
    w.category_with(content::NewCategory {
        managers: strings(&[BOB]),
        ..category_req(GC, "Eng", &[BOB])
    })
    .room("gc2010.contoso.com\\Eng", "Builds");
    w
}

fn names(w: &World, query: RoomQuery) -> Vec<String> {
    w.m.select_rooms(&query)
        .unwrap()
        .iter()
        .map(|r| r.name.clone())
        .collect()
}

/// A room query with the criteria `set` gives.
fn query(set: impl FnOnce(&mut RoomQuery)) -> RoomQuery {
    let mut query = RoomQuery::default();
    set(&mut query);
    query
}

fn some(text: &str) -> Option<String> {
    Some(text.to_string())
}

#[test]
fn room_selection_applies_every_criterion() {
    let w = rooms_world();
    let cases: Vec<(RoomQuery, Vec<&str>)> = vec![
        (query(|_| {}), vec!["Deals", "Board", "Builds"]),
        (query(|q| q.chat_pool = some(GC)), vec!["Builds"]),
        (
            query(|q| q.category = some("Sales")),
            vec!["Deals", "Board"],
        ),
        (query(|q| q.addin = some("Wiki")), vec!["Board"]),
        (query(|q| q.disabled = Some(false)), vec!["Deals", "Builds"]),
        (
            query(|q| q.invitations = Some(RoomInvitations::False)),
            vec!["Board"],
        ),
        (
            query(|q| q.privacy = Some(Privacy::Closed)),
            vec!["Deals", "Builds"],
        ),
        (
            query(|q| q.room_type = Some(RoomType::Auditorium)),
            vec!["Board"],
        ),
        // Effective membership: Deals has no members, so Sales's allowed users are its members.
        (query(|q| q.member = some("Ann Smith")), vec!["Deals"]),
        (query(|q| q.member = some(CAT)), vec!["Deals", "Board"]),
        // Effective managers: room managers, and the legacy category's managers.
        (query(|q| q.manager = some(ANN)), vec!["Board"]),
        (query(|q| q.manager = some(BOB)), vec!["Builds"]),
        // Criteria combine.
        (
            query(|q| {
                q.member = some(CAT);
                q.disabled = Some(false);
            }),
            vec!["Deals"],
        ),
    ];
    for (query, expected) in cases {
        assert_eq!(names(&w, query.clone()), expected, "{query:?}");
    }
}

#[test]
fn room_selection_names_must_exist() {
    let w = rooms_world();
    for (query, code) in [
        (query(|q| q.category = some("Nope")), "unknown_category"),
        (query(|q| q.addin = some("Nope")), "unknown_addin"),
        (
            query(|q| q.chat_pool = some("nope.contoso.com")),
            "unknown_chat_pool",
        ),
        (
            query(|q| q.member = some("sip:nope@contoso.com")),
            "unknown_user",
        ),
    ] {
        let err = w.m.select_rooms(&query).unwrap_err();
        assert_eq!(err.code(), format!("coexist::model::{code}"));
    }
}

#[test]
fn a_room_without_members_inherits_its_categorys_membership_for_access() {
    let mut w = sales();
    clean(w.m.set_policy(
        policies::SetPolicy {
            identity: "Global".into(),
            enable_persistent_chat: Some(true),
            ..Default::default()
        },
        HERE,
    ));
    let allowed = |w: &World, user: &str| {
        w.m.test_chat_access(user, Client::Lync2013, &AccessTarget::Room(DEALS.into()))
            .unwrap()
            .allowed
    };
    assert!(
        allowed(&w, ANN),
        "Closed room, no members: the category's allowed users"
    );
    w.members(DEALS, &[CAT]);
    assert!(!allowed(&w, ANN), "with members of its own, only they");
    assert!(allowed(&w, CAT));
}

#[test]
fn renaming_a_room_carries_its_messages_and_checks_the_name() {
    let mut w = chatty();
    w.room(SALES, "Board");
    fails(&mut w.m, "duplicate_room", |m| {
        m.set_room(renamed_room("board"), HERE)
    });
    fails(&mut w.m, "room_name_is_category", |m| {
        m.set_room(renamed_room("Sales"), HERE)
    });
    clean(w.m.set_room(renamed_room("Offers"), HERE));
    let moved: Vec<String> =
        w.m.room_messages("pchat.contoso.com\\Offers")
            .map(|m| m.identity.clone())
            .collect();
    assert_eq!(moved.len(), 3);
    assert_eq!(moved[0], "pchat.contoso.com\\Offers#1");
    assert_eq!(
        w.m.rooms()
            .get("pchat.contoso.com\\Offers")
            .unwrap()
            .messages,
        3
    );
    post_to(
        &mut w,
        "pchat.contoso.com\\Offers",
        ANN,
        "again",
        "2013-04-01",
    );
    assert!(w.m.messages().contains("pchat.contoso.com\\Offers#4"));
}

#[test]
fn renaming_a_category_or_an_addin_carries_its_rooms() {
    let mut w = rooms_world();
    w.room(SALES, "Lobby");
    fails(&mut w.m, "room_name_is_category", |m| {
        m.set_category(renamed_category("Lobby"), HERE)
    });
    clean(w.m.set_category(renamed_category("Revenue"), HERE));
    assert_eq!(room(&w).category, "pchat.contoso.com\\Revenue");
    fails(&mut w.m, "invalid_addin_url", |m| {
        m.set_addin(
            SetAddin {
                identity: "Wiki".into(),
                url: Some("ftp://x".into()),
                ..Default::default()
            },
            HERE,
        )
    });
    clean(w.m.set_addin(
        SetAddin {
            identity: "Wiki".into(),
            name: Some("Notes".into()),
            url: Some("https://notes.contoso.com".into()),
        },
        HERE,
    ));
    let board = w.m.rooms().get("pchat.contoso.com\\Board").unwrap();
    assert_eq!(board.addin.as_deref(), Some("pchat.contoso.com\\Notes"));
    w.addin(PC, "Wiki");
    fails(&mut w.m, "duplicate_addin", |m| {
        m.set_addin(
            SetAddin {
                identity: "Notes".into(),
                name: Some("Wiki".into()),
                ..Default::default()
            },
            HERE,
        )
    });
}

#[test]
fn removing_a_room_or_its_pool_removes_its_messages() {
    let mut w = chatty();
    clean(w.m.remove_room(DEALS, HERE));
    assert!(w.m.messages().is_empty());
    let mut w = chatty();
    ok(w.m.remove_chat_pool(PC, true, HERE));
    assert!(w.m.messages().is_empty());
}

/// A stopped legacy pool with Sales (Deals: 2 messages and 300 described; Old: disabled, one
/// message) and Eng (Builds), migrating into a stopped Persistent Chat pool.
fn legacy() -> World {
    let mut w = World::new();
    clean(w.m.move_user(BOB, L13, HERE));
    w.category(GC, "Sales", &[ANN, CAT])
        .category(GC, "Eng", &[ANN])
        .room("gc2010.contoso.com\\Sales", "Deals")
        .room("gc2010.contoso.com\\Sales", "Old")
        .room("gc2010.contoso.com\\Eng", "Builds");
    for (room, text, posted) in [
        ("gc2010.contoso.com\\Deals", "old news", "2012-06-01"),
        ("gc2010.contoso.com\\Deals", "fresh news", "2013-02-01"),
        ("gc2010.contoso.com\\Old", "archived", "2012-01-01"),
    ] {
        post_to(&mut w, room, ANN, text, posted);
    }
    w.set_room(SetRoom {
        identity: "gc2010.contoso.com\\Deals".into(),
        messages: Some((300, at_time("2012-01-01"))),
        ..Default::default()
    })
    .set_room(SetRoom {
        identity: "gc2010.contoso.com\\Old".into(),
        disabled: Some(true),
        ..Default::default()
    })
    .stop(GC)
    .stop(PC);
    w
}

#[test]
fn migration_carries_the_messages_of_the_rooms_it_moves() {
    let mut w = legacy();
    ok(w.m.move_chat_data(GC, PC, HERE));
    let deals: Vec<(String, u64)> =
        w.m.room_messages(DEALS)
            .map(|m| (m.identity.clone(), m.count))
            .collect();
    assert_eq!(
        deals,
        [
            ("pchat.contoso.com\\Deals#1".to_string(), 1),
            ("pchat.contoso.com\\Deals#2".to_string(), 1),
            ("pchat.contoso.com\\Deals#3".to_string(), 300),
        ]
    );
    assert_eq!(room(&w).messages, 302);
    assert!(w.m.rooms().get("pchat.contoso.com\\Old").is_none());
    assert_eq!(w.m.messages().len(), 3 + 3 + 1, "the source keeps its own");
}

#[test]
fn an_export_is_narrowed_by_level_scope_and_start_date() {
    let w = legacy();
    let export = |options: ExportOptions| w.m.export_chat_data(GC, true, &options).unwrap();
    let all = export(ExportOptions::default());
    assert_eq!(
        (all.categories.len(), all.rooms.len(), all.messages.len()),
        (2, 3, 4)
    );
    let scoped = export(ExportOptions {
        scope: strings(&["Eng"]),
        ..Default::default()
    });
    assert_eq!(
        (
            scoped.categories.len(),
            scoped.rooms.len(),
            scoped.messages.len()
        ),
        (1, 1, 0)
    );
    let directory = export(ExportOptions {
        level: ExportLevel::RoomDirectory,
        ..Default::default()
    });
    assert_eq!((directory.rooms.len(), directory.messages.len()), (3, 0));
    let categories = export(ExportOptions {
        level: ExportLevel::Category,
        ..Default::default()
    });
    assert_eq!(
        (categories.categories.len(), categories.rooms.len()),
        (2, 0)
    );
    let recent = export(ExportOptions {
        start: Some(at_time("2013-01-01")),
        ..Default::default()
    });
    let texts: Vec<&str> = recent.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["fresh news"]);
    let err =
        w.m.export_chat_data(
            GC,
            true,
            &ExportOptions {
                scope: strings(&["Nope"]),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "coexist::model::unknown_category");
    assert_eq!(err.param(), Some("Scope"));
}

#[test]
fn disabling_exported_nodes_disables_the_exported_rooms() {
    let mut w = legacy();
    let options = ExportOptions {
        scope: strings(&["Eng"]),
        ..Default::default()
    };
    let data = w.m.export_chat_data(GC, true, &options).unwrap();
    w.m.disable_exported(&data, HERE);
    let disabled = |name: &str| {
        w.m.rooms()
            .get(&format!("gc2010.contoso.com\\{name}"))
            .unwrap()
            .disabled
    };
    assert!(disabled("Builds"));
    assert!(!disabled("Deals"));
}

#[test]
fn messages_and_counters_survive_the_state_file() {
    let mut w = chatty();
    w.set_room(SetRoom {
        identity: DEALS.into(),
        messages: Some((40, at_time("2013-01-01"))),
        content_mb: Some(3),
        ..Default::default()
    });
    let text = serde_json::to_string(&w.m).unwrap();
    assert!(
        text.contains("\"Posted\":\"2013-03-01T09:00:00\""),
        "{text}"
    );
    let saved: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        saved["Rooms"][0].get("Messages"),
        None,
        "counters are derived, not saved"
    );
    assert_eq!(saved["Messages"].as_array().map(Vec::len), Some(4));
    let loaded: Model = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string(&loaded).unwrap(), text);
    let counters = |m: &Model| {
        let r = m.rooms().get(DEALS).unwrap();
        (
            r.messages,
            r.text_bytes,
            r.last_message,
            r.content_megabytes(),
        )
    };
    assert_eq!(counters(&loaded), counters(&w.m));
    let mut loaded = World { m: loaded };
    post(&mut loaded, CAT, "after loading", "2013-05-01");
    assert!(loaded.m.messages().contains("pchat.contoso.com\\Deals#5"));
}

#[test]
fn state_files_from_before_messages_were_objects_keep_their_history() {
    let w = sales();
    let mut value: serde_json::Value = serde_json::to_value(&w.m).unwrap();
    let rooms = value["Rooms"].as_array_mut().unwrap();
    rooms[0]["Messages"] = 1200.into();
    rooms[0]["MessagesBefore"] = "2013-01-01".into();
    let loaded: Model = serde_json::from_value(value).unwrap();
    let run: Vec<&ChatMessage> = loaded.room_messages(DEALS).collect();
    assert_eq!(run.len(), 1);
    assert_eq!(
        (run[0].count, run[0].posted.to_string().as_str()),
        (1200, "2012-12-31T23:59:59")
    );
    assert_eq!(loaded.rooms().get(DEALS).unwrap().messages, 1200);
}

#[test]
fn the_plan_lists_messages_after_the_other_kinds() {
    let before = sales().m;
    let mut after = World { m: before.clone() };
    post(&mut after, ANN, "hello", "2013-01-01");
    let plan = diff(&before, &after.m);
    let lines: Vec<String> = plan.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "~ ChatRoom pchat.contoso.com\\Deals (Messages: 0 -> 1, ContentMB: 0 -> 1)",
            "+ ChatMessage pchat.contoso.com\\Deals#1",
        ]
    );
    assert!(matches!(plan[1].change, Change::Add));
}

fn endpoint(sip: &str) -> endpoints::NewChatEndpoint {
    endpoints::NewChatEndpoint {
        sip_address: sip.into(),
        chat_pool: PC.into(),
        ..Default::default()
    }
}

#[test]
fn unknown_endpoint_fails() {
    let mut w = World::new();
    clean(w.m.new_chat_endpoint(endpoint("sip:ocschat@contoso.com"), HERE));
    let err = fails(&mut w.m, "unknown_endpoint", |m| {
        m.remove_chat_endpoint("sip:ocshat@contoso.com", HERE)
    });
    assert_eq!(
        err.help().as_deref(),
        Some("did you mean sip:ocschat@contoso.com?")
    );
    fails(&mut w.m, "unknown_endpoint", |m| {
        m.remove_chat_endpoint(GC, HERE)
    });
}

#[test]
fn unknown_endpoint_passes() {
    let mut w = World::new();
    clean(w.m.new_chat_endpoint(endpoint("sip:ocschat@contoso.com"), HERE));
    clean(w.m.remove_chat_endpoint("ocschat@CONTOSO.com", HERE));
    assert!(w.m.chat_endpoints().is_empty());
}
