//! Chat content: categories, rooms and add-ins, each scoped to one chat pool.

use super::{MessageState, Privacy, RoomInvitations, RoomType};
use crate::model::idmap::Identified;
use crate::model::objects::Kind;
use crate::model::timestamp::Timestamp;
use crate::model::view::{prop, ObjectView, Prop, PropDef};
use crate::model::Origin;
use serde::{Deserialize, Serialize};

/// Bytes in the megabyte of `ContentMB` (a mebibyte, as SQL Server counts).
pub const MEGABYTE: u64 = 1024 * 1024;

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
    /// Free text (recorded).
    #[serde(default)]
    pub description: String,
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
    /// Megabytes of stored content not described message by message (`Set-ChatRoom
    /// -ContentMB`); `ContentMB` adds the text of the room's messages.
    #[serde(default, rename = "ContentMB")]
    pub content_mb: u32,
    /// Stored messages (each run counts its messages); kept up to date by `messages.rs`.
    /// Read from state files written before messages were objects, never written.
    #[serde(default, skip_serializing)]
    pub messages: u64,
    /// Bytes of the text of its messages; kept up to date by `messages.rs`.
    #[serde(skip)]
    pub text_bytes: u64,
    /// The number in the identity of its newest message (`<room>#<n>`).
    #[serde(skip)]
    pub last_message: u64,
    /// State files written before messages were objects described a room's history as a
    /// count and the date its messages are older than; read once and turned into a run.
    #[serde(default, rename = "MessagesBefore", skip_serializing)]
    pub legacy_history: Option<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

impl ChatRoom {
    /// `ContentMB`: the described megabytes plus the text of its messages, rounded up, so
    /// `ContentMB > n` exactly when the content exceeds `n` megabytes.
    pub fn content_megabytes(&self) -> u64 {
        u64::from(self.content_mb) + self.text_bytes.div_ceil(MEGABYTE)
    }
}

/// A chat message posted in a room (`<room>#<n>`), or a run of `Count` identical messages
/// (the history `Set-ChatRoom -Messages N -MessagesBefore DATE` describes is one run, so a
/// room given a million messages costs one entry).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChatMessage {
    /// `<room identity>#<n>`.
    pub identity: String,
    /// The room's identity.
    pub room: String,
    /// When it was posted.
    pub posted: Timestamp,
    /// The author's SIP address; none for history described by count.
    pub author: Option<String>,
    /// The text (empty for history described by count).
    pub text: String,
    /// Posted, or Replaced by `Remove-CsPersistentChatMessage`.
    pub state: MessageState,
    /// How many identical messages this entry stands for (1 for a single message).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub count: u64,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

impl ChatMessage {
    /// Bytes of text this entry stores (its text once per message).
    pub fn text_bytes(&self) -> u64 {
        (self.text.len() as u64).saturating_mul(self.count)
    }
}

fn one() -> u64 {
    1
}

fn is_one(count: &u64) -> bool {
    *count == 1
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
impl Identified for ChatMessage {
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
        prop!("Description", description, recorded),
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
        prop!("Description", description, recorded),
        prop!("Messages", messages),
        prop!("ContentMB", |r| Prop::Int(
            i64::try_from(r.content_megabytes()).unwrap_or(i64::MAX)
        )),
    ];
}

impl ObjectView for ChatMessage {
    const KIND: Kind = Kind::ChatMessage;
    const DEFAULT_DISPLAY: usize = 5;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Room", room),
        prop!("Posted", posted),
        prop!("Author", author),
        prop!("Text", text),
        prop!("State", state),
        prop!("Identity", identity),
        prop!("Count", count),
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
