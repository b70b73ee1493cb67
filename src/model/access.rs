//! `Test-ChatAccess` and `Get-AccessMatrix`: queries that change nothing and report no
//! diagnostic; a denial carries a `coexist::access::…` reason code.

use super::objects::{contains, Client, Privacy, Version};
use super::{ChatPool, ChatRoom, Model, ModelError, User};
use serde::{Deserialize, Serialize};

/// Why a user cannot reach a chat pool or room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccessReason {
    /// The user's account is disabled.
    UserDisabled,
    /// The Lync 2013 client cannot use a legacy Group Chat pool.
    LegacyPoolForLync2013Client,
    /// The Lync 2013 client needs the user homed on Lync Server 2013.
    UserNotOnLync2013,
    /// The user's effective Persistent Chat policy disables Persistent Chat.
    PolicyDisabled,
    /// The legacy client is configured for another chat pool (or none).
    NotConfigured,
    /// The room needs membership (Closed/Secret) or category permission (Open).
    NotAMember,
    /// The room is disabled.
    RoomDisabled,
}

impl AccessReason {
    /// Every reason, in model.md's order.
    pub const ALL: &'static [AccessReason] = &[
        AccessReason::UserDisabled,
        AccessReason::LegacyPoolForLync2013Client,
        AccessReason::UserNotOnLync2013,
        AccessReason::PolicyDisabled,
        AccessReason::NotConfigured,
        AccessReason::NotAMember,
        AccessReason::RoomDisabled,
    ];

    /// The full code, `coexist::access::…`.
    pub fn code(self) -> &'static str {
        match self {
            AccessReason::UserDisabled => "coexist::access::user_disabled",
            AccessReason::LegacyPoolForLync2013Client => {
                "coexist::access::legacy_pool_for_lync2013_client"
            }
            AccessReason::UserNotOnLync2013 => "coexist::access::user_not_on_lync2013",
            AccessReason::PolicyDisabled => "coexist::access::policy_disabled",
            AccessReason::NotConfigured => "coexist::access::not_configured",
            AccessReason::NotAMember => "coexist::access::not_a_member",
            AccessReason::RoomDisabled => "coexist::access::room_disabled",
        }
    }
}

/// What `Test-ChatAccess` is asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessTarget {
    /// A chat pool (`-ChatPool`).
    ChatPool(String),
    /// A room (`-Room`: `pool\name` or a bare name).
    Room(String),
}

/// `Test-ChatAccess` output: `{User, Client, ChatPool, Room, Allowed, Reason}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessResult {
    /// The user's SIP address.
    pub user: String,
    /// The client.
    pub client: Client,
    /// The chat pool.
    pub chat_pool: String,
    /// The room, when a room was tested.
    pub room: Option<String>,
    /// Whether access is allowed.
    pub allowed: bool,
    /// Why not, when not allowed.
    pub reason: Option<AccessReason>,
}

/// One `Get-AccessMatrix` row: a user with one client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessRow {
    /// The user's SIP address.
    pub user: String,
    /// The client.
    pub client: Client,
    /// Chat pools the user reaches with this client.
    pub chat_pools: Vec<String>,
    /// Reason codes for the chat pools not reached (each once, in model.md's order).
    pub reasons: Vec<AccessReason>,
}

impl Model {
    /// `Test-ChatAccess -User -Client (-ChatPool | -Room)`. Unknown names are errors; a
    /// denial is a result, not an error.
    pub fn test_chat_access(
        &self,
        user: &str,
        client: Client,
        target: &AccessTarget,
    ) -> Result<AccessResult, ModelError> {
        let (chat, room) = match target {
            AccessTarget::ChatPool(name) => (self.find_chat_pool(name, "ChatPool")?, None),
            AccessTarget::Room(name) => {
                let room = self.find_room(name, None, "Room")?;
                (self.find_chat_pool(&room.chat_pool, "Room")?, Some(room))
            }
        };
        let user = self.find_user(user, "User")?;
        let reason = self.access_reason(user, client, chat, room);
        Ok(AccessResult {
            user: user.sip_address.clone(),
            client,
            chat_pool: chat.fqdn.clone(),
            room: room.map(|r| r.identity.clone()),
            allowed: reason.is_none(),
            reason,
        })
    }

    /// `Get-AccessMatrix` rows for one user: one per client.
    pub fn access_rows(&self, user: &str) -> Result<Vec<AccessRow>, ModelError> {
        let user = self.find_user(user, "User")?;
        Ok(Client::ALL
            .iter()
            .map(|&client| {
                let mut row = AccessRow {
                    user: user.sip_address.clone(),
                    client,
                    chat_pools: Vec::new(),
                    reasons: Vec::new(),
                };
                for chat in self.data.chat_pools.iter() {
                    match self.access_reason(user, client, chat, None) {
                        None => row.chat_pools.push(chat.fqdn.clone()),
                        Some(r) if !row.reasons.contains(&r) => row.reasons.push(r),
                        Some(_) => {}
                    }
                }
                row.reasons
                    .sort_by_key(|r| AccessReason::ALL.iter().position(|a| a == r));
                row
            })
            .collect())
    }

    /// `Get-AccessMatrix`: rows for every user × client.
    pub fn access_matrix(&self) -> Vec<AccessRow> {
        self.data
            .users
            .iter()
            .flat_map(|u| self.access_rows(&u.sip_address).unwrap_or_default())
            .collect()
    }

    /// The first reason `user` cannot use `chat` (and `room`) with `client`.
    fn access_reason(
        &self,
        user: &User,
        client: Client,
        chat: &ChatPool,
        room: Option<&ChatRoom>,
    ) -> Option<AccessReason> {
        if !user.enabled {
            return Some(AccessReason::UserDisabled);
        }
        match client {
            Client::Lync2013 => {
                if chat.is_legacy() {
                    return Some(AccessReason::LegacyPoolForLync2013Client);
                }
                let version = self.data.pools.get(&user.registrar_pool).map(|p| p.version);
                if version != Some(Version::Lync2013) {
                    return Some(AccessReason::UserNotOnLync2013);
                }
                if !self.effective_policy(user).enable_persistent_chat {
                    return Some(AccessReason::PolicyDisabled);
                }
            }
            Client::GroupChatClient => {
                let configured = user
                    .group_chat_pool
                    .as_deref()
                    .is_some_and(|p| p.eq_ignore_ascii_case(&chat.fqdn));
                if !configured {
                    return Some(AccessReason::NotConfigured);
                }
            }
        }
        let room = room?;
        if room.disabled {
            return Some(AccessReason::RoomDisabled);
        }
        let sip = &user.sip_address;
        let member = self.is_room_member(room, sip)
            || contains(&room.managers, sip)
            || contains(&room.presenters, sip);
        let allowed = match room.privacy {
            Privacy::Open => self
                .data
                .categories
                .get(&room.category)
                .is_some_and(|c| c.allows(sip)),
            Privacy::Closed | Privacy::Secret => member,
        };
        if allowed {
            None
        } else {
            Some(AccessReason::NotAMember)
        }
    }
}

impl Model {
    /// Whether `sip` is a member of `room`: listed in its Members, or, when that list is
    /// empty, allowed by its category (a room with no members of its own inherits the
    /// category's membership).
    pub fn is_room_member(&self, room: &ChatRoom, sip: &str) -> bool {
        if room.members.is_empty() {
            self.data
                .categories
                .get(&room.category)
                .is_some_and(|c| c.allows(sip))
        } else {
            contains(&room.members, sip)
        }
    }

    /// Whether `sip` manages `room`: listed in its Managers, or (legacy Group Chat pools) a
    /// manager of its category or of a parent category.
    pub fn is_room_manager(&self, room: &ChatRoom, sip: &str) -> bool {
        if contains(&room.managers, sip) {
            return true;
        }
        let mut category = self.data.categories.get(&room.category);
        for _ in 0..=self.data.categories.len() {
            let Some(c) = category else {
                return false;
            };
            if contains(&c.managers, sip) {
                return true;
            }
            category = c
                .parent_category
                .as_deref()
                .and_then(|p| self.data.categories.get(p));
        }
        false
    }
}
