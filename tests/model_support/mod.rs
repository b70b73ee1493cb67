//! Shared builder and assertions for the `model_*` tests.
#![allow(dead_code)]

use coexist::model::content::{NewAddin, NewCategory};
use coexist::model::rooms::{ListEdit, NewRoom, SetRoom};
use coexist::model::topology::{NewChatPool, NewPool, NewSite};
use coexist::model::users::{NewUser, SetUser};
use coexist::model::*;
use coexist::span::{SourceId, Span};

/// An origin pointing at "line" `n` of source 0.
pub fn at(n: usize) -> Origin {
    Origin::Span(Span::new(SourceId(0), n * 10, n * 10 + 5))
}

/// The default origin of test statements.
pub const HERE: Origin = Origin::Loaded;

pub const L10: &str = "lync2010.contoso.com";
pub const L13: &str = "lync2013.contoso.com";
pub const OCS: &str = "ocs.contoso.com";
pub const GC: &str = "gc2010.contoso.com";
pub const PC: &str = "pchat.contoso.com";
pub const ANN: &str = "sip:ann@contoso.com";
pub const BOB: &str = "sip:bob@contoso.com";
pub const CAT: &str = "sip:cat@contoso.com";

/// Asserts that `op` fails with `coexist::model::<code>` and changes nothing; returns the error.
pub fn fails<T: std::fmt::Debug>(
    m: &mut Model,
    code: &str,
    op: impl FnOnce(&mut Model) -> Result<T, ModelError>,
) -> ModelError {
    let before = m.clone();
    let err = match op(m) {
        Ok(v) => panic!("expected coexist::model::{code}, got Ok({v:?})"),
        Err(e) => e,
    };
    assert_eq!(err.code(), format!("coexist::model::{code}"), "{err}");
    assert!(*m == before, "the model changed although {code} failed");
    assert!(!err.to_string().is_empty());
    assert!(!err.label().is_empty());
    assert!(err.param().is_some());
    assert!(
        err.help().is_some_and(|h| !h.is_empty()),
        "{code} has no help"
    );
    err
}

/// Unwraps a successful operation with a readable failure message.
pub fn ok(result: Result<Outcome, ModelError>) -> Outcome {
    match result {
        Ok(o) => o,
        Err(e) => panic!("unexpected {}: {e}", e.code()),
    }
}

/// Unwraps an operation that must succeed without warnings.
pub fn clean(result: Result<Outcome, ModelError>) -> Outcome {
    let o = ok(result);
    assert!(
        o.warnings.is_empty(),
        "unexpected warnings: {:?}",
        o.warnings
    );
    o
}

/// The warning with `coexist::model::<code>` in `outcome` (panics when absent).
pub fn warning<'a>(outcome: &'a Outcome, code: &str) -> &'a ModelWarning {
    outcome
        .warnings
        .iter()
        .find(|w| w.code() == format!("coexist::model::{code}"))
        .unwrap_or_else(|| panic!("no {code} warning in {:?}", outcome.warnings))
}

/// Whether `outcome` has a warning with `coexist::model::<code>`.
pub fn has_warning(outcome: &Outcome, code: &str) -> bool {
    outcome
        .warnings
        .iter()
        .any(|w| w.code() == format!("coexist::model::{code}"))
}

/// A small builder for scenarios.
pub struct World {
    pub m: Model,
}

impl World {
    /// Site Redmond; Lync 2010 and 2013 pools; a Group Chat 2010 pool and a Persistent Chat
    /// pool (both running); Ann (2013), Bob (2010), Cat (2013).
    pub fn new() -> World {
        let mut w = World { m: Model::new() };
        w.site("Redmond", None)
            .pool(L10, Version::Lync2010, "Redmond")
            .pool(L13, Version::Lync2013, "Redmond")
            .chat_pool(GC, L10, ChatPoolKind::GroupChat2010)
            .chat_pool(PC, L13, ChatPoolKind::PersistentChat)
            .user(ANN, "Ann Smith", L13)
            .user(BOB, "Bob Jones", L10)
            .user(CAT, "Cat Brown", L13);
        w
    }

    pub fn empty() -> World {
        World { m: Model::new() }
    }

    pub fn site(&mut self, name: &str, forest: Option<&str>) -> &mut Self {
        clean(self.m.new_site(
            NewSite {
                name: name.into(),
                forest: forest.map(Into::into),
            },
            HERE,
        ));
        self
    }

    pub fn pool(&mut self, fqdn: &str, version: Version, site: &str) -> &mut Self {
        clean(self.m.new_pool(
            NewPool {
                fqdn: fqdn.into(),
                version,
                site: site.into(),
                edition: None,
            },
            HERE,
        ));
        self
    }

    pub fn se_pool(&mut self, fqdn: &str, version: Version, site: &str) -> &mut Self {
        clean(self.m.new_pool(
            NewPool {
                fqdn: fqdn.into(),
                version,
                site: site.into(),
                edition: Some(Edition::Standard),
            },
            HERE,
        ));
        self
    }

    pub fn chat_pool(&mut self, fqdn: &str, home: &str, kind: ChatPoolKind) -> &mut Self {
        ok(self.m.new_chat_pool(chat_pool_req(fqdn, home, kind), HERE));
        self
    }

    pub fn user(&mut self, sip: &str, name: &str, pool: &str) -> &mut Self {
        ok(self.m.new_user(
            NewUser {
                sip_address: sip.into(),
                display_name: Some(name.into()),
                pool: pool.into(),
            },
            HERE,
        ));
        self
    }

    pub fn stop(&mut self, chat_pool: &str) -> &mut Self {
        clean(self.m.stop_chat_pool(chat_pool, HERE));
        self
    }

    pub fn federate(&mut self, domain: &str) -> &mut Self {
        let req = coexist::model::allowed_domains::AllowedDomainRequest {
            domain: domain.to_string(),
            ..Default::default()
        };
        clean(self.m.new_allowed_domain(req, HERE));
        self
    }

    /// A category on `pool` allowing `allowed`.
    pub fn category(&mut self, pool: &str, name: &str, allowed: &[&str]) -> &mut Self {
        clean(self.m.new_category(category_req(pool, name, allowed), HERE));
        self
    }

    pub fn category_with(&mut self, req: NewCategory) -> &mut Self {
        clean(self.m.new_category(req, HERE));
        self
    }

    /// A room in `category` (`pool\name`).
    pub fn room(&mut self, category: &str, name: &str) -> &mut Self {
        clean(self.m.new_room(room_req(category, name), HERE));
        self
    }

    pub fn members(&mut self, room: &str, members: &[&str]) -> &mut Self {
        ok(self.m.set_room(
            SetRoom {
                identity: room.into(),
                members: Some(ListEdit::Set(strings(members))),
                ..Default::default()
            },
            HERE,
        ));
        self
    }

    pub fn set_room(&mut self, req: SetRoom) -> &mut Self {
        ok(self.m.set_room(req, HERE));
        self
    }

    pub fn addin(&mut self, pool: &str, name: &str) -> &mut Self {
        clean(self.m.new_addin(
            NewAddin {
                name: name.into(),
                chat_pool: pool.into(),
                url: "https://addins.contoso.com/x".into(),
            },
            HERE,
        ));
        self
    }

    pub fn configure(&mut self, user: &str, chat_pool: &str) -> &mut Self {
        clean(self.m.set_user(
            SetUser {
                identity: user.into(),
                group_chat_pool: Some(Some(chat_pool.into())),
                ..Default::default()
            },
            HERE,
        ));
        self
    }
}

pub fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A valid New-ChatPool request: Persistent Chat gets a UNC file store.
pub fn chat_pool_req(fqdn: &str, home: &str, kind: ChatPoolKind) -> NewChatPool {
    NewChatPool {
        fqdn: fqdn.into(),
        home_pool: home.into(),
        kind: Some(kind),
        file_store: Some("\\\\fs01\\pchat".into()),
        ..Default::default()
    }
}

pub fn category_req(pool: &str, name: &str, allowed: &[&str]) -> NewCategory {
    NewCategory {
        name: name.into(),
        chat_pool: pool.into(),
        allowed_members: strings(allowed),
        ..Default::default()
    }
}

pub fn room_req(category: &str, name: &str) -> NewRoom {
    NewRoom {
        name: name.into(),
        category: category.into(),
        ..Default::default()
    }
}
