//! Topology objects: sites, registrar pools, chat pools, endpoints, federated domains.

use super::{
    ChatPoolKind, ChatPoolState, Edition, PoolState, PoolType, VerificationLevel, Version,
};
use crate::model::idmap::Identified;
use crate::model::objects::Kind;
use crate::model::view::{prop, ObjectView, Prop, PropDef};
use crate::model::Origin;
use serde::{Deserialize, Serialize};

/// A site; sites in different forests are separate deployments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Site {
    /// The site name.
    pub identity: String,
    /// The Active Directory forest (default `corp.local`).
    pub forest: String,
    /// The Persistent Chat pool the site's users use by default (`Set-CsSite`).
    #[serde(default)]
    pub default_persistent_chat_pool: Option<String>,
    /// Free text.
    #[serde(default)]
    pub description: Option<String>,
    /// The name the Control Panel shows.
    #[serde(default)]
    pub display_name: Option<String>,
    /// The Edge server that routes federated traffic, if any.
    #[serde(default)]
    pub federation_route: Option<String>,
    /// The Edge server that routes XMPP federated traffic, if any.
    #[serde(default)]
    pub xmpp_federation_route: Option<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// A registrar pool (Front End / Standard Edition).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Pool {
    /// The pool FQDN.
    pub fqdn: String,
    /// Server version.
    pub version: Version,
    /// The site it belongs to.
    pub site: String,
    /// Standard or Enterprise Edition.
    pub edition: Edition,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// A chat pool: Persistent Chat, or a legacy Group Chat pool being modelled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChatPool {
    /// The chat pool FQDN.
    pub fqdn: String,
    /// Persistent Chat or a Group Chat kind, fixed at creation.
    pub kind: ChatPoolKind,
    /// The registrar pool it is homed on.
    pub home_pool: String,
    /// Services state.
    pub state: ChatPoolState,
    /// Single or multiple computers, fixed at creation.
    pub pool_type: PoolType,
    /// The computers of the pool (FQDNs), in the order they were added.
    #[serde(default)]
    pub computers: Vec<String>,
    /// The computers that accept new connections, in `computers` order; the others stand by.
    #[serde(default)]
    pub active_servers: Vec<String>,
    /// Server counts of a state file written before `Computers` existed (read, never written):
    /// loading turns them into generated computers.
    #[serde(default, rename = "Servers", skip_serializing)]
    pub saved_servers: Option<u32>,
    /// Standby count of such a state file.
    #[serde(default, rename = "StandbyServers", skip_serializing)]
    pub saved_standby_servers: Option<u32>,
    /// Which back-end databases the pool uses.
    #[serde(default = "normal_pool_state")]
    pub pool_state: PoolState,
    /// File store path (UNC, or local for a single-computer pool).
    pub file_store: Option<String>,
    /// SIP addresses of its Persistent Chat endpoints.
    pub endpoint: super::Endpoints,
    /// The back-end SQL instance.
    pub back_end: String,
    /// The backup back-end SQL instance the pool fails over to, if any (`-BackupBackEnd`).
    #[serde(default)]
    pub backup_back_end: Option<String>,
    /// For a migrated legacy pool: the Persistent Chat pool its data went to.
    #[serde(default)]
    pub migrated_into: Option<String>,
    /// For a Persistent Chat pool: the legacy pools whose data it received.
    #[serde(default)]
    pub received_from: Vec<String>,
    /// For a migrated legacy pool: the statement that migrated it.
    #[serde(skip)]
    pub migrated: Origin,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

impl ChatPool {
    /// True for Group Chat (2010 or 2007 R2) pools.
    pub fn is_legacy(&self) -> bool {
        self.kind.is_legacy()
    }

    /// How many servers are active.
    pub fn servers(&self) -> u32 {
        count(self.active_servers.len())
    }

    /// How many computers stand by (are not active).
    pub fn standby_servers(&self) -> u32 {
        count(
            self.computers
                .len()
                .saturating_sub(self.active_servers.len()),
        )
    }

    /// The computers that are not active, in order.
    pub fn standby(&self) -> impl Iterator<Item = &String> {
        self.computers
            .iter()
            .filter(|c| !super::contains(&self.active_servers, c))
    }
}

/// A length as a server count.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A pool's state before `Set-CsPersistentChatState` (and in older state files).
fn normal_pool_state() -> PoolState {
    PoolState::Normal
}

/// The Persistent Chat endpoint that answers the legacy lookup address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChatEndpoint {
    /// The endpoint's SIP address.
    pub sip_address: String,
    /// The chat pool it serves.
    pub chat_pool: String,
    /// The contact's display name (recorded).
    #[serde(default)]
    pub display_name: Option<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// A federated (allowed) SIP domain (`*-CsAllowedDomain`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FederatedDomain {
    /// The domain name.
    pub identity: String,
    /// The Access Edge server of the domain; none: found through DNS SRV records.
    #[serde(default)]
    pub proxy_fqdn: Option<String>,
    /// How messages from the domain are verified.
    #[serde(default = "source_verification")]
    pub verification_level: VerificationLevel,
    /// Whether the domain is monitored (deprecated in the product).
    #[serde(default)]
    pub mark_for_monitoring: bool,
    /// Free text.
    #[serde(default)]
    pub comment: Option<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// A domain's verification level unless set.
fn source_verification() -> VerificationLevel {
    VerificationLevel::UseSourceVerification
}

impl Identified for Site {
    fn id(&self) -> &str {
        &self.identity
    }
}
impl Identified for Pool {
    fn id(&self) -> &str {
        &self.fqdn
    }
}
impl Identified for ChatPool {
    fn id(&self) -> &str {
        &self.fqdn
    }
}
impl Identified for ChatEndpoint {
    fn id(&self) -> &str {
        &self.sip_address
    }
}
impl Identified for FederatedDomain {
    fn id(&self) -> &str {
        &self.identity
    }
}

impl ObjectView for Site {
    const KIND: Kind = Kind::Site;
    const DEFAULT_DISPLAY: usize = 2;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("Forest", forest),
        prop!("DefaultPersistentChatPool", default_persistent_chat_pool),
        prop!("Description", description, recorded),
        prop!("DisplayName", display_name, recorded),
        prop!("FederationRoute", federation_route, recorded),
        prop!("XmppFederationRoute", xmpp_federation_route, recorded),
        prop!("SiteType", |_| Prop::Str("CentralSite".to_string())),
    ];
}

impl ObjectView for Pool {
    const KIND: Kind = Kind::Pool;
    const DEFAULT_DISPLAY: usize = 4;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Fqdn", fqdn),
        prop!("Version", version),
        prop!("Site", site),
        prop!("Edition", edition),
        prop!("Identity", fqdn),
    ];
}

impl ObjectView for ChatPool {
    const KIND: Kind = Kind::ChatPool;
    const DEFAULT_DISPLAY: usize = 4;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Fqdn", fqdn),
        prop!("Kind", kind),
        prop!("HomePool", home_pool),
        prop!("State", state),
        prop!("PoolType", pool_type),
        prop!("Servers", |c| Prop::Int(c.servers().into())),
        prop!("StandbyServers", |c| Prop::Int(c.standby_servers().into())),
        prop!("Computers", computers),
        prop!("ActiveServers", active_servers),
        prop!("PoolState", pool_state),
        prop!("FileStore", file_store),
        prop!("Endpoint", endpoint),
        prop!("BackEnd", back_end),
        prop!("BackupBackEnd", backup_back_end),
        prop!("Identity", fqdn),
    ];
}

impl ObjectView for ChatEndpoint {
    const KIND: Kind = Kind::ChatEndpoint;
    const DEFAULT_DISPLAY: usize = 2;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("SipAddress", sip_address),
        prop!("ChatPool", chat_pool),
        prop!("DisplayName", display_name, recorded),
        prop!("Identity", sip_address),
    ];
}

impl ObjectView for FederatedDomain {
    const KIND: Kind = Kind::FederatedDomain;
    const DEFAULT_DISPLAY: usize = 6;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("Domain", identity),
        prop!("ProxyFqdn", proxy_fqdn),
        prop!("VerificationLevel", verification_level),
        prop!("MarkForMonitoring", mark_for_monitoring, recorded),
        prop!("Comment", comment, recorded),
    ];
}
