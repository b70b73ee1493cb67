//! Users and Persistent Chat policies.

use crate::model::idmap::Identified;
use crate::model::objects::Kind;
use crate::model::view::{prop, ObjectView, Prop, PropDef};
use crate::model::Origin;
use serde::{Deserialize, Serialize};

/// A user enabled for Lync / OCS.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct User {
    /// `sip:local@domain`.
    pub sip_address: String,
    /// Display name.
    pub display_name: String,
    /// The registrar pool the user is homed on.
    pub registrar_pool: String,
    /// Whether the account is enabled.
    pub enabled: bool,
    /// The granted per-user policy (`Tag:<name>`), if any.
    pub persistent_chat_policy: Option<String>,
    /// The chat pool the legacy client is configured for, if any.
    pub group_chat_pool: Option<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// A Persistent Chat policy (`Global`, `Site:<name>` or `Tag:<name>`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PersistentChatPolicy {
    /// `Global`, `Site:<name>` or `Tag:<name>`.
    pub identity: String,
    /// Whether Persistent Chat is enabled for users it applies to.
    pub enable_persistent_chat: bool,
    /// Free text.
    pub description: String,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// A parsed policy identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyId {
    /// The global policy.
    Global,
    /// `Site:<name>`.
    Site(String),
    /// `Tag:<name>` (a bare name means a tag).
    Tag(String),
}

impl PolicyId {
    /// Parses `Global`, `Site:X`, `Tag:X` or a bare tag name (case-insensitive prefixes).
    pub fn parse(text: &str) -> PolicyId {
        let text = text.trim();
        if text.eq_ignore_ascii_case("global") {
            return PolicyId::Global;
        }
        if let Some((scope, name)) = text.split_once(':') {
            if scope.eq_ignore_ascii_case("site") {
                return PolicyId::Site(name.to_string());
            }
            if scope.eq_ignore_ascii_case("tag") {
                return PolicyId::Tag(name.to_string());
            }
        }
        PolicyId::Tag(text.to_string())
    }

    /// The canonical identity (`Global`, `Site:Redmond`, `Tag:PChatOn`).
    pub fn identity(&self) -> String {
        match self {
            PolicyId::Global => "Global".to_string(),
            PolicyId::Site(s) => format!("Site:{s}"),
            PolicyId::Tag(t) => format!("Tag:{t}"),
        }
    }
}

impl Identified for User {
    fn id(&self) -> &str {
        &self.sip_address
    }
}
impl Identified for PersistentChatPolicy {
    fn id(&self) -> &str {
        &self.identity
    }
}

impl ObjectView for User {
    const KIND: Kind = Kind::User;
    const DEFAULT_DISPLAY: usize = 4;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("SipAddress", sip_address),
        prop!("DisplayName", display_name),
        prop!("RegistrarPool", registrar_pool),
        prop!("Enabled", enabled),
        prop!("PersistentChatPolicy", |u| {
            u.persistent_chat_policy.as_deref().map_or(Prop::Null, |p| {
                Prop::Str(p.strip_prefix("Tag:").unwrap_or(p).to_string())
            })
        }),
        prop!("GroupChatPool", group_chat_pool),
        prop!("Identity", sip_address),
    ];
}

impl ObjectView for PersistentChatPolicy {
    const KIND: Kind = Kind::PersistentChatPolicy;
    const DEFAULT_DISPLAY: usize = 3;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("EnablePersistentChat", enable_persistent_chat),
        prop!("Description", description, recorded),
    ];
}
