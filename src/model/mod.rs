//! The coexistence model: plain data plus one function per rule.
//!
//! It never prints, never touches files and knows nothing of pest, miette or the interpreter.
//! Every operation validates first and then applies, so it either fails with a
//! [`ModelError`] and changes nothing, or succeeds with an [`Outcome`] carrying warnings.
//!
//! | File | Job |
//! |---|---|
//! | `objects/` | the objects (Site … ChatAddin) and their small enums |
//! | `idmap.rs` | case-insensitive, insertion-ordered identity maps |
//! | `error.rs`, `warning.rs` | the coded errors and warnings |
//! | `explain.rs` | help, parameter and related labels for each code |
//! | `rules.rs` | the rule table behind `docs/rules.md` and `coexist explain` |
//! | `lookup.rs` | finding objects by identity, bare name, SIP or display name |
//! | `topology.rs` | sites, pools, chat pools |
//! | `endpoints.rs` | Persistent Chat endpoints |
//! | `users.rs`, `policies.rs` | users, moves, Persistent Chat policies |
//! | `content.rs`, `rooms.rs` | categories, add-ins, rooms |
//! | `messages.rs`, `timestamp.rs` | chat messages and the dates they are posted at |
//! | `migration.rs` | Move-ChatData, Export/Import-ChatData, decommissioning, status |
//! | `access.rs` | Test-ChatAccess and the access matrix |
//! | `directory.rs`, `dn.rs` | the Active Directory side: accounts, OUs, groups; distinguished names |
//! | `kinds.rs` | the table of object kinds (Kind, the saved model, ObjectRef) |
//! | `view.rs` | each kind's property table: how scripts see its objects |
//! | `diff.rs` | the dry-run plan: net difference between two models |
//! | `scope.rs`, `settings.rs`, `timespan.rs` | XDS identities; configuration settings at Global, site and service scope; .NET time spans |
//! | `pool_state.rs` | a chat pool's computers, active servers and back-end state |
//! | `allowed_domains.rs` | allowed (federated) domains |
//! | `records.rs`, `services.rs` | derived read-only views: pool states, Get-CsPool's pools, Get-CsService's services |

pub mod access;
pub mod allowed_domains;
pub mod content;
pub mod diff;
pub mod directory;
pub mod dn;
pub mod endpoints;
pub mod error;
mod explain;
pub mod idmap;
mod kinds;
pub mod lookup;
pub mod messages;
pub mod migration;
pub mod objects;
pub mod policies;
pub mod pool_state;
pub mod records;
pub mod rooms;
pub mod rules;
pub mod scope;
pub mod services;
pub mod settings;
pub mod timespan;
pub mod timestamp;
pub mod topology;
pub mod users;
pub mod view;
pub mod warning;

pub use error::{CrossForest, ModelError, Named, Related};
pub use explain::origin_note;
pub use idmap::IdMap;
use kinds::Data;
pub use kinds::ObjectRef;
pub use objects::*;
pub use warning::ModelWarning;

use crate::span::Span;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;

/// Where an object was created or last changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Origin {
    /// A statement of the session (script, REPL line, imported file).
    Span(Span),
    /// Loaded from a state file (spans are not saved): "defined in the state file".
    #[default]
    Loaded,
    /// Built into every model (the Global policy).
    Builtin,
}

impl Origin {
    /// The span, when the origin is a statement of this session.
    pub fn span(self) -> Option<Span> {
        match self {
            Origin::Span(s) => Some(s),
            Origin::Loaded | Origin::Builtin => None,
        }
    }
}

impl From<Span> for Origin {
    fn from(span: Span) -> Self {
        Origin::Span(span)
    }
}

/// What a successful operation reports.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// Warnings of the rules the operation touched (each list non-empty).
    pub warnings: Vec<ModelWarning>,
    /// The identities of the objects it created, changed or removed, the main one first.
    pub identities: Vec<String>,
}

impl Outcome {
    /// An outcome about one object and no warnings.
    pub fn of(identity: impl Into<String>) -> Self {
        Outcome {
            warnings: Vec::new(),
            identities: vec![identity.into()],
        }
    }

    /// Adds warnings (builder style).
    pub fn with_warnings(mut self, warnings: Vec<ModelWarning>) -> Self {
        self.warnings.extend(warnings);
        self
    }
}

/// Derived lookups rebuilt from [`Data`], never saved.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    /// Lower-cased registrar pool FQDN → users homed on it.
    pub(crate) users_per_pool: HashMap<String, usize, idmap::FxBuild>,
}

/// The coexistence model.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) data: Data,
    pub(crate) index: Index,
}

impl Default for Model {
    fn default() -> Self {
        Model::new()
    }
}

impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data
    }
}

impl Model {
    /// An empty deployment: no objects but the Global policy (Persistent Chat off).
    pub fn new() -> Self {
        let mut model = Model {
            data: Data::default(),
            index: Index::default(),
        };
        model.ensure_global_policy();
        model.ensure_global_settings();
        model
    }

    fn from_data(data: Data) -> Self {
        let mut model = Model {
            data,
            index: Index::default(),
        };
        model.ensure_global_policy();
        model.ensure_global_settings();
        model.upgrade_saved_counts();
        model.rebuild_index();
        model.recount_messages();
        model
    }

    fn ensure_global_policy(&mut self) {
        if !self.data.policies.contains("Global") {
            self.data
                .policies
                .insert(policies::global_default(Origin::Builtin));
        }
    }

    fn rebuild_index(&mut self) {
        let mut counts: HashMap<String, usize, idmap::FxBuild> = HashMap::default();
        for user in self.data.users.iter() {
            *counts
                .entry(idmap::key(&user.registrar_pool).into_owned())
                .or_default() += 1;
        }
        self.index.users_per_pool = counts;
    }

    /// Users homed on the registrar pool `fqdn`.
    pub fn users_on(&self, fqdn: &str) -> usize {
        self.index
            .users_per_pool
            .get(idmap::key(fqdn).as_ref())
            .copied()
            .unwrap_or(0)
    }

    pub(crate) fn count_user(&mut self, pool: &str, delta: isize) {
        let key = idmap::key(pool);
        let counts = &mut self.index.users_per_pool;
        match counts.get_mut(key.as_ref()) {
            Some(slot) => *slot = slot.saturating_add_signed(delta),
            None => {
                counts.insert(key.into_owned(), 0usize.saturating_add_signed(delta));
            }
        }
    }

    /// Sites.
    pub fn sites(&self) -> &IdMap<Site> {
        &self.data.sites
    }
    /// Registrar pools.
    pub fn pools(&self) -> &IdMap<Pool> {
        &self.data.pools
    }
    /// Chat pools.
    pub fn chat_pools(&self) -> &IdMap<ChatPool> {
        &self.data.chat_pools
    }
    /// Persistent Chat endpoints.
    pub fn chat_endpoints(&self) -> &IdMap<ChatEndpoint> {
        &self.data.chat_endpoints
    }
    /// Federated domains.
    pub fn federated_domains(&self) -> &IdMap<FederatedDomain> {
        &self.data.federated_domains
    }
    /// Persistent Chat policies (Global first).
    pub fn policies(&self) -> &IdMap<PersistentChatPolicy> {
        &self.data.policies
    }
    /// Users.
    pub fn users(&self) -> &IdMap<User> {
        &self.data.users
    }
    /// Chat categories.
    pub fn categories(&self) -> &IdMap<ChatCategory> {
        &self.data.categories
    }
    /// Chat rooms.
    pub fn rooms(&self) -> &IdMap<ChatRoom> {
        &self.data.rooms
    }
    /// Chat add-ins.
    pub fn addins(&self) -> &IdMap<ChatAddin> {
        &self.data.addins
    }

    /// The forest of a registrar pool's site (`corp.local` when unknown).
    pub fn forest_of_pool(&self, fqdn: &str) -> &str {
        self.data
            .pools
            .get(fqdn)
            .and_then(|p| self.data.sites.get(&p.site))
            .map_or(topology::DEFAULT_FOREST, |s| s.forest.as_str())
    }

    /// The forest of a chat pool (its home pool's).
    pub fn forest_of_chat_pool(&self, fqdn: &str) -> &str {
        self.data
            .chat_pools
            .get(fqdn)
            .map_or(topology::DEFAULT_FOREST, |c| {
                self.forest_of_pool(&c.home_pool)
            })
    }
}

impl Serialize for Model {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.data.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Model {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Data::deserialize(deserializer).map(Model::from_data)
    }
}
