//! Objects as scripts see them: properties in model.md's order, default display set first.

use super::objects::Kind;
use super::{
    ChatAddin, ChatCategory, ChatEndpoint, ChatPool, ChatRoom, FederatedDomain, Model,
    PersistentChatPolicy, Pool, Site, User,
};
use std::fmt;

/// A property value, independent of the interpreter's `Value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prop {
    /// No value.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// Text.
    Str(String),
    /// A list of identities.
    List(Vec<String>),
}

impl fmt::Display for Prop {
    /// As the plan shows it: `True`, `3`, text, `a, b` (a list), empty for `Null`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Prop::Null => Ok(()),
            Prop::Bool(true) => f.write_str("True"),
            Prop::Bool(false) => f.write_str("False"),
            Prop::Int(i) => write!(f, "{i}"),
            Prop::Str(s) => f.write_str(s),
            Prop::List(items) => f.write_str(&items.join(", ")),
        }
    }
}

fn s(text: &str) -> Prop {
    Prop::Str(text.to_string())
}

fn opt(text: &Option<String>) -> Prop {
    text.as_deref().map_or(Prop::Null, s)
}

fn list(items: &[String]) -> Prop {
    Prop::List(items.to_vec())
}

/// A model object as a property bag.
pub trait ObjectView {
    /// How many leading properties form the default display set.
    const DEFAULT_DISPLAY: usize;
    /// The object's kind.
    fn kind(&self) -> Kind;
    /// The identity as written.
    fn identity(&self) -> &str;
    /// Every property, default display set first, in model.md's order; `Identity` included.
    fn properties(&self) -> Vec<(&'static str, Prop)>;
}

impl ObjectView for Site {
    const DEFAULT_DISPLAY: usize = 2;
    fn kind(&self) -> Kind {
        Kind::Site
    }
    fn identity(&self) -> &str {
        &self.identity
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![("Identity", s(&self.identity)), ("Forest", s(&self.forest))]
    }
}

impl ObjectView for Pool {
    const DEFAULT_DISPLAY: usize = 4;
    fn kind(&self) -> Kind {
        Kind::Pool
    }
    fn identity(&self) -> &str {
        &self.fqdn
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![
            ("Fqdn", s(&self.fqdn)),
            ("Version", s(self.version.as_str())),
            ("Site", s(&self.site)),
            ("Edition", s(self.edition.as_str())),
            ("Identity", s(&self.fqdn)),
        ]
    }
}

impl ObjectView for ChatPool {
    const DEFAULT_DISPLAY: usize = 4;
    fn kind(&self) -> Kind {
        Kind::ChatPool
    }
    fn identity(&self) -> &str {
        &self.fqdn
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![
            ("Fqdn", s(&self.fqdn)),
            ("Kind", s(self.kind.as_str())),
            ("HomePool", s(&self.home_pool)),
            ("State", s(self.state.as_str())),
            ("PoolType", s(self.pool_type.as_str())),
            ("Servers", Prop::Int(self.servers.into())),
            ("StandbyServers", Prop::Int(self.standby_servers.into())),
            ("FileStore", opt(&self.file_store)),
            ("Endpoint", opt(&self.endpoint)),
            ("BackEnd", s(&self.back_end)),
            ("Identity", s(&self.fqdn)),
        ]
    }
}

impl ObjectView for User {
    const DEFAULT_DISPLAY: usize = 4;
    fn kind(&self) -> Kind {
        Kind::User
    }
    fn identity(&self) -> &str {
        &self.sip_address
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        let tag = self
            .persistent_chat_policy
            .as_deref()
            .map(|p| p.strip_prefix("Tag:").unwrap_or(p))
            .unwrap_or("");
        vec![
            ("SipAddress", s(&self.sip_address)),
            ("DisplayName", s(&self.display_name)),
            ("RegistrarPool", s(&self.registrar_pool)),
            ("Enabled", Prop::Bool(self.enabled)),
            ("PersistentChatPolicy", s(tag)),
            ("GroupChatPool", opt(&self.group_chat_pool)),
            ("Identity", s(&self.sip_address)),
        ]
    }
}

impl ObjectView for PersistentChatPolicy {
    const DEFAULT_DISPLAY: usize = 3;
    fn kind(&self) -> Kind {
        Kind::PersistentChatPolicy
    }
    fn identity(&self) -> &str {
        &self.identity
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![
            ("Identity", s(&self.identity)),
            (
                "EnablePersistentChat",
                Prop::Bool(self.enable_persistent_chat),
            ),
            ("Description", s(&self.description)),
        ]
    }
}

impl ObjectView for ChatCategory {
    const DEFAULT_DISPLAY: usize = 4;
    fn kind(&self) -> Kind {
        Kind::ChatCategory
    }
    fn identity(&self) -> &str {
        &self.identity
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![
            ("Identity", s(&self.identity)),
            ("Name", s(&self.name)),
            ("ChatPool", s(&self.chat_pool)),
            ("Invitations", Prop::Bool(self.invitations)),
            ("FileUpload", Prop::Bool(self.file_upload)),
            ("ChatHistory", Prop::Bool(self.chat_history)),
            ("AllowedMembers", list(&self.allowed_members)),
            ("DeniedMembers", list(&self.denied_members)),
            ("Creators", list(&self.creators)),
            ("ParentCategory", opt(&self.parent_category)),
            ("Managers", list(&self.managers)),
        ]
    }
}

impl ObjectView for ChatRoom {
    const DEFAULT_DISPLAY: usize = 4;
    fn kind(&self) -> Kind {
        Kind::ChatRoom
    }
    fn identity(&self) -> &str {
        &self.identity
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![
            ("Identity", s(&self.identity)),
            ("Name", s(&self.name)),
            ("Category", s(&self.category)),
            ("Type", s(self.room_type.as_str())),
            ("Privacy", s(self.privacy.as_str())),
            ("Members", list(&self.members)),
            ("Managers", list(&self.managers)),
            ("Presenters", list(&self.presenters)),
            ("Invitations", s(self.invitations.as_str())),
            ("Disabled", Prop::Bool(self.disabled)),
            ("Addin", opt(&self.addin)),
            ("Description", s(&self.description)),
            (
                "Messages",
                Prop::Int(self.messages.min(i64::MAX as u64) as i64),
            ),
        ]
    }
}

impl ObjectView for ChatAddin {
    const DEFAULT_DISPLAY: usize = 3;
    fn kind(&self) -> Kind {
        Kind::ChatAddin
    }
    fn identity(&self) -> &str {
        &self.identity
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![
            ("Identity", s(&self.identity)),
            ("Name", s(&self.name)),
            ("Url", s(&self.url)),
            ("ChatPool", s(&self.chat_pool)),
        ]
    }
}

impl ObjectView for ChatEndpoint {
    const DEFAULT_DISPLAY: usize = 2;
    fn kind(&self) -> Kind {
        Kind::ChatEndpoint
    }
    fn identity(&self) -> &str {
        &self.sip_address
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![
            ("SipAddress", s(&self.sip_address)),
            ("ChatPool", s(&self.chat_pool)),
            ("Identity", s(&self.sip_address)),
        ]
    }
}

impl ObjectView for FederatedDomain {
    const DEFAULT_DISPLAY: usize = 1;
    fn kind(&self) -> Kind {
        Kind::FederatedDomain
    }
    fn identity(&self) -> &str {
        &self.identity
    }
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        vec![("Identity", s(&self.identity))]
    }
}

/// A borrowed object of any kind, for code that handles kinds uniformly.
#[derive(Debug, Clone, Copy)]
pub enum ObjectRef<'a> {
    /// A site.
    Site(&'a Site),
    /// A registrar pool.
    Pool(&'a Pool),
    /// A chat pool.
    ChatPool(&'a ChatPool),
    /// An endpoint.
    ChatEndpoint(&'a ChatEndpoint),
    /// A federated domain.
    FederatedDomain(&'a FederatedDomain),
    /// A policy.
    PersistentChatPolicy(&'a PersistentChatPolicy),
    /// A user.
    User(&'a User),
    /// A category.
    ChatCategory(&'a ChatCategory),
    /// A room.
    ChatRoom(&'a ChatRoom),
    /// An add-in.
    ChatAddin(&'a ChatAddin),
}

macro_rules! each {
    ($self:expr, $o:ident => $e:expr) => {
        match $self {
            ObjectRef::Site($o) => $e,
            ObjectRef::Pool($o) => $e,
            ObjectRef::ChatPool($o) => $e,
            ObjectRef::ChatEndpoint($o) => $e,
            ObjectRef::FederatedDomain($o) => $e,
            ObjectRef::PersistentChatPolicy($o) => $e,
            ObjectRef::User($o) => $e,
            ObjectRef::ChatCategory($o) => $e,
            ObjectRef::ChatRoom($o) => $e,
            ObjectRef::ChatAddin($o) => $e,
        }
    };
}

/// The default display count of any object's type, generic helper.
fn dd<T: ObjectView>(_: &T) -> usize {
    T::DEFAULT_DISPLAY
}

impl<'a> ObjectRef<'a> {
    /// The object's kind.
    pub fn kind(self) -> Kind {
        each!(self, o => o.kind())
    }
    /// The identity as written.
    pub fn identity(self) -> &'a str {
        each!(self, o => o.identity())
    }
    /// Every property, default display set first.
    pub fn properties(self) -> Vec<(&'static str, Prop)> {
        each!(self, o => o.properties())
    }
    /// How many leading properties form the default display set.
    pub fn default_display(self) -> usize {
        each!(self, o => dd(o))
    }
}

impl Model {
    /// Every object of `kind`, in insertion order.
    pub fn objects(&self, kind: Kind) -> Vec<ObjectRef<'_>> {
        let d = &self.data;
        match kind {
            Kind::Site => d.sites.iter().map(ObjectRef::Site).collect(),
            Kind::Pool => d.pools.iter().map(ObjectRef::Pool).collect(),
            Kind::ChatPool => d.chat_pools.iter().map(ObjectRef::ChatPool).collect(),
            Kind::ChatEndpoint => d
                .chat_endpoints
                .iter()
                .map(ObjectRef::ChatEndpoint)
                .collect(),
            Kind::FederatedDomain => d
                .federated_domains
                .iter()
                .map(ObjectRef::FederatedDomain)
                .collect(),
            Kind::PersistentChatPolicy => d
                .policies
                .iter()
                .map(ObjectRef::PersistentChatPolicy)
                .collect(),
            Kind::User => d.users.iter().map(ObjectRef::User).collect(),
            Kind::ChatCategory => d.categories.iter().map(ObjectRef::ChatCategory).collect(),
            Kind::ChatRoom => d.rooms.iter().map(ObjectRef::ChatRoom).collect(),
            Kind::ChatAddin => d.addins.iter().map(ObjectRef::ChatAddin).collect(),
        }
    }

    /// The object of `kind` with exactly this identity (case-insensitive).
    pub fn object(&self, kind: Kind, identity: &str) -> Option<ObjectRef<'_>> {
        let d = &self.data;
        match kind {
            Kind::Site => d.sites.get(identity).map(ObjectRef::Site),
            Kind::Pool => d.pools.get(identity).map(ObjectRef::Pool),
            Kind::ChatPool => d.chat_pools.get(identity).map(ObjectRef::ChatPool),
            Kind::ChatEndpoint => d.chat_endpoints.get(identity).map(ObjectRef::ChatEndpoint),
            Kind::FederatedDomain => d
                .federated_domains
                .get(identity)
                .map(ObjectRef::FederatedDomain),
            Kind::PersistentChatPolicy => d
                .policies
                .get(identity)
                .map(ObjectRef::PersistentChatPolicy),
            Kind::User => d.users.get(identity).map(ObjectRef::User),
            Kind::ChatCategory => d.categories.get(identity).map(ObjectRef::ChatCategory),
            Kind::ChatRoom => d.rooms.get(identity).map(ObjectRef::ChatRoom),
            Kind::ChatAddin => d.addins.get(identity).map(ObjectRef::ChatAddin),
        }
    }
}
