//! The model at workload scale: cost must stay linear (no quadratic scans per operation).
//! `scale_small` runs in every test run; `scale_100k` is the performance.md workload's model
//! part, run by hand: `cargo test --release --test model_scale -- --ignored --nocapture`.

mod model_support;

use coexist::model::content::NewCategory;
use coexist::model::endpoints::NewChatEndpoint;
use coexist::model::policies::NewPolicy;
use coexist::model::rooms::{ListEdit, NewRoom, SetRoom};
use coexist::model::users::NewUser;
use coexist::model::*;
use model_support::*;
use std::time::Instant;

fn phase(name: &str, started: &mut Instant, verbose: bool) {
    if verbose {
        eprintln!(
            "{name:<12} {:>8.1} ms",
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    *started = Instant::now();
}

/// Builds the workload of performance.md against the model directly; returns the model.
fn workload(users: usize, rooms: usize, verbose: bool) -> Model {
    let mut w = World::new();
    w.site("Dublin", None).site("Tokyo", None);
    let m = &mut w.m;
    let mut t = Instant::now();
    for i in 0..users {
        ok(m.new_user(
            NewUser {
                sip_address: format!("sip:user{i}@contoso.com"),
                display_name: Some(format!("User {i}")),
                pool: L10.into(),
            },
            HERE,
        ));
    }
    phase("New-User", &mut t, verbose);
    ok(m.set_chat_pool(
        topology::SetChatPool {
            identity: PC.into(),
            servers: Some(4),
            ..Default::default()
        },
        HERE,
    ));
    for i in 0..users {
        ok(m.move_user(&format!("sip:user{i}@contoso.com"), L13, HERE));
    }
    phase("Move-User", &mut t, verbose);
    ok(m.new_policy(
        NewPolicy {
            identity: "PChatOn".into(),
            enable_persistent_chat: Some(true),
            recorded: Vec::new(),
        },
        HERE,
    ));
    for i in 0..users {
        ok(m.grant_policy(&format!("sip:user{i}@contoso.com"), Some("PChatOn"), HERE));
    }
    phase("Grant", &mut t, verbose);
    for i in 0..rooms {
        let members: Vec<String> = (0..5)
            .map(|k| format!("sip:user{}@contoso.com", (i * 5 + k) % users))
            .collect();
        ok(m.new_category(
            NewCategory {
                name: format!("Cat{i}"),
                chat_pool: GC.into(),
                allowed_members: members.clone(),
                ..Default::default()
            },
            HERE,
        ));
        ok(m.new_room(
            NewRoom {
                name: format!("Room{i}"),
                category: format!("{GC}\\Cat{i}"),
                ..Default::default()
            },
            HERE,
        ));
        ok(m.set_room(
            SetRoom {
                identity: format!("{GC}\\Room{i}"),
                members: Some(ListEdit::Set(members)),
                ..Default::default()
            },
            HERE,
        ));
    }
    phase("Content", &mut t, verbose);
    ok(m.stop_chat_pool(GC, HERE));
    ok(m.stop_chat_pool(PC, HERE));
    ok(m.new_chat_endpoint(
        NewChatEndpoint {
            sip_address: "sip:ocschat@contoso.com".into(),
            chat_pool: PC.into(),
            ..Default::default()
        },
        HERE,
    ));
    ok(m.move_chat_data(GC, PC, HERE));
    phase("Move-ChatData", &mut t, verbose);
    let before = m.clone();
    phase("Clone", &mut t, verbose);
    let plan = diff::diff(&Model::new(), m);
    assert!(plan.len() > users);
    phase("Diff", &mut t, verbose);
    let json = serde_json::to_string(m).unwrap();
    phase("Serialize", &mut t, verbose);
    let loaded: Model = serde_json::from_str(&json).unwrap();
    phase("Deserialize", &mut t, verbose);
    assert_eq!(loaded.users().len(), before.users().len());
    if verbose {
        eprintln!("state JSON   {:>8} bytes", json.len());
    }
    w.m
}

#[test]
fn scale_small() {
    let m = workload(2_000, 100, false);
    assert_eq!(m.users_on(L13), 2_002);
    assert_eq!(m.users_on(L10), 1, "only Bob is left on Lync 2010");
    assert_eq!(m.rooms().iter().filter(|r| r.chat_pool == PC).count(), 100);
    assert_eq!(
        m.chat_pools().get(GC).unwrap().state,
        ChatPoolState::Migrated
    );
}

#[test]
#[ignore = "measurement: run with --release --ignored --nocapture"]
fn scale_100k() {
    let m = workload(100_000, 1_000, true);
    assert_eq!(m.users_on(L13), 100_002);
}

/// Model memory per user: run under `/usr/bin/time -v` and divide the peak RSS by 100 000.
#[test]
#[ignore = "measurement: run with --release --ignored under /usr/bin/time -v"]
fn memory_100k_users() {
    let mut w = World::new();
    ok(w.m.new_policy(
        NewPolicy {
            identity: "PChatOn".into(),
            enable_persistent_chat: Some(true),
            recorded: Vec::new(),
        },
        HERE,
    ));
    for i in 0..100_000 {
        let sip = format!("sip:user{i}@contoso.com");
        ok(w.m.new_user(
            NewUser {
                sip_address: sip.clone(),
                display_name: Some(format!("User {i}")),
                pool: L10.into(),
            },
            HERE,
        ));
        ok(w.m.move_user(&sip, L13, HERE));
        ok(w.m.grant_policy(&sip, Some("PChatOn"), HERE));
    }
    assert_eq!(w.m.users().len(), 100_003);
}
