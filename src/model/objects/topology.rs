//! Topology objects: sites, registrar pools, chat pools, endpoints, federated domains.

use super::{ChatPoolKind, ChatPoolState, Edition, PoolType, Version};
use crate::model::idmap::Identified;
use crate::model::objects::Kind;
use crate::model::view::{prop, ObjectView, PropDef};
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
    /// Active servers.
    pub servers: u32,
    /// Standby servers.
    pub standby_servers: u32,
    /// File store path (UNC, or local for a single-computer pool).
    pub file_store: Option<String>,
    /// SIP addresses of its Persistent Chat endpoints.
    pub endpoint: super::Endpoints,
    /// The back-end SQL instance.
    pub back_end: String,
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

/// A federated (allowed) SIP domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FederatedDomain {
    /// The domain name.
    pub identity: String,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
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
    const PROPS: &'static [PropDef<Self>] = &[prop!("Identity", identity), prop!("Forest", forest)];
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
        prop!("Servers", servers),
        prop!("StandbyServers", standby_servers),
        prop!("FileStore", file_store),
        prop!("Endpoint", endpoint),
        prop!("BackEnd", back_end),
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
    const DEFAULT_DISPLAY: usize = 1;
    const PROPS: &'static [PropDef<Self>] = &[prop!("Identity", identity)];
}
