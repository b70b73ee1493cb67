//! Chat content: categories, rooms and add-ins, each scoped to one chat pool.

use super::{Privacy, RoomInvitations, RoomType};
use crate::model::idmap::Identified;
use crate::model::objects::Kind;
use crate::model::view::{prop, ObjectView, PropDef};
use crate::model::Origin;
use serde::{Deserialize, Serialize};

/// A chat room category (`<chat pool>\<name>`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChatCategory {
    /// `<chat pool FQDN>\<name>`.
    pub identity: String,
    /// The name within its pool.
    pub name: String,
    /// The chat pool it lives on.
    pub chat_pool: String,
    /// Principals allowed in its rooms.
    pub allowed_members: Vec<String>,
    /// Principals denied (denied always wins).
    pub denied_members: Vec<String>,
    /// Principals who may create rooms in it.
    pub creators: Vec<String>,
    /// Whether rooms may send invitations.
    pub invitations: bool,
    /// Whether files may be uploaded.
    pub file_upload: bool,
    /// Whether chat history is kept.
    pub chat_history: bool,
    /// Parent category identity (legacy pools only).
    pub parent_category: Option<String>,
    /// Category managers (legacy pools only).
    pub managers: Vec<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

impl ChatCategory {
    /// Whether `principal` (a SIP address) is allowed: listed in AllowedMembers and not denied.
    pub fn allows(&self, principal: &str) -> bool {
        contains(&self.allowed_members, principal) && !contains(&self.denied_members, principal)
    }
}

/// A chat room (`<chat pool>\<name>`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChatRoom {
    /// `<chat pool FQDN>\<name>`.
    pub identity: String,
    /// The name within its pool.
    pub name: String,
    /// The chat pool it lives on.
    pub chat_pool: String,
    /// Its category's identity.
    pub category: String,
    /// Normal or Auditorium.
    #[serde(rename = "Type")]
    pub room_type: RoomType,
    /// Open, Closed or Secret.
    pub privacy: Privacy,
    /// Members (SIP addresses).
    pub members: Vec<String>,
    /// Managers (SIP addresses).
    pub managers: Vec<String>,
    /// Presenters (SIP addresses; Auditorium rooms only).
    pub presenters: Vec<String>,
    /// Inherit, False or True.
    pub invitations: RoomInvitations,
    /// Whether the room is disabled.
    pub disabled: bool,
    /// The add-in's identity, if any.
    pub addin: Option<String>,
    /// Free text.
    pub description: String,
    /// Number of stored messages.
    pub messages: u64,
    /// The date (`yyyy-MM-dd`) the stored messages are older than, if any.
    pub messages_before: Option<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// A chat room add-in (`<chat pool>\<name>`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChatAddin {
    /// `<chat pool FQDN>\<name>`.
    pub identity: String,
    /// The name within its pool.
    pub name: String,
    /// The chat pool it lives on.
    pub chat_pool: String,
    /// The add-in's http/https URL.
    pub url: String,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// Case-insensitive membership test for principal lists.
pub(crate) fn contains(list: &[String], principal: &str) -> bool {
    list.iter().any(|p| p.eq_ignore_ascii_case(principal))
}

impl Identified for ChatCategory {
    fn id(&self) -> &str {
        &self.identity
    }
}
impl Identified for ChatRoom {
    fn id(&self) -> &str {
        &self.identity
    }
}
impl Identified for ChatAddin {
    fn id(&self) -> &str {
        &self.identity
    }
}

impl ObjectView for ChatCategory {
    const KIND: Kind = Kind::ChatCategory;
    const DEFAULT_DISPLAY: usize = 4;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("Name", name),
        prop!("ChatPool", chat_pool),
        prop!("Invitations", invitations),
        prop!("FileUpload", file_upload),
        prop!("ChatHistory", chat_history),
        prop!("AllowedMembers", allowed_members),
        prop!("DeniedMembers", denied_members),
        prop!("Creators", creators),
        prop!("ParentCategory", parent_category),
        prop!("Managers", managers),
    ];
}

impl ObjectView for ChatRoom {
    const KIND: Kind = Kind::ChatRoom;
    const DEFAULT_DISPLAY: usize = 4;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("Name", name),
        prop!("Category", category),
        prop!("Type", room_type),
        prop!("Privacy", privacy),
        prop!("Members", members),
        prop!("Managers", managers),
        prop!("Presenters", presenters),
        prop!("Invitations", invitations),
        prop!("Disabled", disabled),
        prop!("Addin", addin),
        prop!("Description", description),
        prop!("Messages", messages),
    ];
}

impl ObjectView for ChatAddin {
    const KIND: Kind = Kind::ChatAddin;
    const DEFAULT_DISPLAY: usize = 3;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("Name", name),
        prop!("Url", url),
        prop!("ChatPool", chat_pool),
    ];
}
