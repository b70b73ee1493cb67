//! Object views, lookups, the plan diff and the state-file form of the model.

mod model_support;

use coexist::model::diff::{diff, Change};
use coexist::model::rooms::SetRoom;
use coexist::model::view::{ObjectView, Prop};
use coexist::model::*;
use model_support::*;

fn names(props: &[(&'static str, Prop)]) -> Vec<&'static str> {
    props.iter().map(|(n, _)| *n).collect()
}

#[test]
fn properties_follow_model_md() {
    let w = World::new();
    let user = w.m.users().get(ANN).unwrap();
    let props = user.properties();
    assert_eq!(
        names(&props),
        [
            "SipAddress",
            "DisplayName",
            "RegistrarPool",
            "Enabled",
            "PersistentChatPolicy",
            "GroupChatPool",
            "DistinguishedName",
            "SamAccountName",
            "UserPrincipalName",
            "EnterpriseVoiceEnabled",
            "AudioVideoDisabled",
            "RemoteCallControlTelephonyEnabled",
            "HostedVoiceMail",
            "LineURI",
            "LineServerURI",
            "PrivateLine",
            "OnPremLineURI",
            "ExchangeArchivingPolicy",
            "AcpInfo",
            "Identity"
        ]
    );
    assert_eq!(User::DEFAULT_DISPLAY, 4);
    assert_eq!(props[4].1, Prop::Null, "no per-user policy: $null");
    let chat = w.m.chat_pools().get(PC).unwrap();
    assert_eq!(
        names(&chat.properties())[..ChatPool::DEFAULT_DISPLAY],
        ["Fqdn", "Kind", "HomePool", "State"]
    );
    for kind in Kind::ALL {
        for o in w.m.objects(*kind) {
            assert_eq!(o.kind(), *kind);
            let props = o.properties();
            assert!(props.iter().any(|(n, _)| *n == "Identity"), "{kind}");
            assert!(o.default_display() <= props.len());
            assert!(w.m.object(*kind, &o.identity().to_uppercase()).is_some());
        }
    }
}

#[test]
fn tag_policy_shows_without_prefix() {
    let mut w = World::new();
    clean(w.m.new_policy(
        policies::NewPolicy {
            identity: "PChatOn".into(),
            ..Default::default()
        },
        HERE,
    ));
    clean(w.m.grant_policy(ANN, Some("PChatOn"), HERE));
    let props = w.m.users().get(ANN).unwrap().properties();
    assert_eq!(
        props[4],
        ("PersistentChatPolicy", Prop::Str("PChatOn".into()))
    );
}

#[test]
fn plan_is_the_net_difference() {
    let w = World::new();
    let before = w.m.clone();
    let mut after = w.m.clone();
    // Created then changed: one add.
    clean(after.new_category(category_req(PC, "Sales", &[ANN]), HERE));
    clean(after.new_room(room_req("Sales", "Deals"), HERE));
    ok(after.set_room(
        SetRoom {
            identity: "Deals".into(),
            recorded: vec![("Description".into(), view::Prop::Str("x".into()))],
            ..Default::default()
        },
        HERE,
    ));
    // Created then removed: nothing.
    clean(after.new_room(room_req("Sales", "Temp"), HERE));
    clean(after.remove_room("Temp", HERE));
    // Stopped then started: nothing.
    clean(after.stop_chat_pool(GC, HERE));
    clean(after.start_chat_pool(GC, HERE));
    // A change and a removal.
    clean(after.move_user(BOB, L13, HERE));
    clean(after.remove_user(CAT, HERE));
    let plan = diff(&before, &after);
    let lines: Vec<(Kind, &str, &Change)> = plan
        .iter()
        .map(|p| (p.kind, p.identity.as_str(), &p.change))
        .collect();
    let moved = Change::Change(vec![("RegistrarPool".into(), L10.into(), L13.into())]);
    assert_eq!(
        lines,
        vec![
            (Kind::User, BOB, &moved),
            (Kind::User, CAT, &Change::Remove),
            (Kind::ChatCategory, "pchat.contoso.com\\Sales", &Change::Add),
            (Kind::ChatRoom, "pchat.contoso.com\\Deals", &Change::Add),
        ]
    );
    assert_eq!(
        plan[0].to_string(),
        "~ User sip:bob@contoso.com (RegistrarPool: lync2010.contoso.com -> lync2013.contoso.com)"
    );
    assert_eq!(plan[1].to_string(), "- User sip:cat@contoso.com");
    assert_eq!(plan[3].to_string(), "+ ChatRoom pchat.contoso.com\\Deals");
    assert_eq!(
        diff::PlanCounts::of(&plan).to_string(),
        "Plan: 2 to add, 1 to change, 1 to remove."
    );
    assert!(diff(&before, &before).is_empty());
    assert_eq!(diff::PlanCounts::of(&[]).to_string(), "No changes.");
}

#[test]
fn state_round_trip_keeps_data_and_drops_spans() {
    let mut w = World::new();
    clean(w.m.new_site(
        topology::NewSite {
            name: "Dublin".into(),
            forest: None,
        },
        at(7),
    ));
    let json = serde_json::to_string(&w.m).unwrap();
    assert!(!json.contains("created"), "origins are not saved");
    let loaded: Model = serde_json::from_str(&json).unwrap();
    assert!(
        loaded == {
            // Equality compares origins too: the loaded model has Loaded everywhere.
            let mut expected = w.m.clone();
            let text = serde_json::to_string(&expected).unwrap();
            expected = serde_json::from_str(&text).unwrap();
            expected
        }
    );
    assert_eq!(
        loaded.sites().get("Dublin").unwrap().created,
        Origin::Loaded
    );
    assert_eq!(loaded.users_on(L13), 2, "derived counts are rebuilt");
    let site_order: Vec<&str> = loaded.sites().iter().map(|s| s.identity.as_str()).collect();
    assert_eq!(site_order, ["Redmond", "Dublin"]);
    assert_eq!(
        origin_note(Origin::Loaded),
        Some("defined in the state file")
    );
    // A duplicate identity in a state file is rejected, not silently merged.
    let dup = json.replacen("\"Dublin\"", "\"REDMOND\"", 1);
    assert!(serde_json::from_str::<Model>(&dup).is_err());
}

#[test]
fn lookups() {
    let mut w = World::new();
    w.category(PC, "Sales", &[ANN])
        .category(GC, "Sales", &[BOB]);
    assert!(w.m.find_category("sales", Some(GC), "Identity").is_ok());
    assert_eq!(
        w.m.find_category("Sales", None, "Identity")
            .unwrap_err()
            .code(),
        "coexist::model::ambiguous_name"
    );
    assert_eq!(
        w.m.find_user("bob@contoso.com", "Identity")
            .unwrap()
            .sip_address,
        BOB
    );
    assert_eq!(
        w.m.find_user("BOB JONES", "Identity").unwrap().sip_address,
        BOB
    );
    assert_eq!(
        w.m.find_pool(PC, "Pool").unwrap_err().code(),
        "coexist::model::not_a_registrar"
    );
    assert_eq!(
        w.m.find_policy("global", "Identity").unwrap().identity,
        "Global"
    );
}
