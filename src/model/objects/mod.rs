//! The model's objects as plain data, and the small enums their properties use.
//!
//! | File | Objects |
//! |---|---|
//! | `topology.rs` | Site, Pool, ChatPool, ChatEndpoint, FederatedDomain |
//! | `endpoints.rs` | a chat pool's endpoint addresses |
//! | `people.rs` | User, PersistentChatPolicy |
//! | `content.rs` | ChatCategory, ChatRoom, ChatMessage, ChatAddin |
//! | `directory.rs` | AdAccount, AdOrganizationalUnit, AdGroup and their group enums |
//! | `config.rs` | PersistentChatConfiguration, PersistentChatComplianceConfiguration, PoolState, VerificationLevel |

mod content;
mod endpoints;
mod topology;

pub(crate) use content::contains;
pub use content::{ChatAddin, ChatCategory, ChatMessage, ChatRoom, MEGABYTE};
pub use endpoints::Endpoints;
pub use topology::{ChatEndpoint, ChatPool, FederatedDomain, Pool, Site};

pub use super::kinds::Kind;
use serde::{Deserialize, Serialize};

/// Defines a closed set of names with case-insensitive parsing and canonical display.
macro_rules! name_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical name, as scripts write it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses a name case-insensitively.
            pub fn parse(text: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(text))
            }
        }

        impl $crate::model::view::ToProp for $name {
            fn to_prop(&self) -> $crate::model::view::Prop {
                $crate::model::view::Prop::Str(self.as_str().to_string())
            }
        }

        impl $crate::model::view::FromProp for $name {
            fn from_prop(prop: $crate::model::view::Prop) -> Result<Self, String> {
                $name::parse(&prop.to_string()).ok_or_else(|| {
                    let names: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                    format!("one of {}", names.join(", "))
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

name_enum! {
    /// The server version of a registrar pool.
    Version {
        /// Office Communications Server 2007 R2.
        Ocs2007R2 = "Ocs2007R2",
        /// Lync Server 2010.
        Lync2010 = "Lync2010",
        /// Lync Server 2013.
        Lync2013 = "Lync2013",
    }
}

impl Version {
    /// The product name (`Lync Server 2010`).
    pub fn product(self) -> &'static str {
        match self {
            Version::Ocs2007R2 => "Office Communications Server 2007 R2",
            Version::Lync2010 => "Lync Server 2010",
            Version::Lync2013 => "Lync Server 2013",
        }
    }

    /// The short name administrators say (`Lync 2013`, `OCS 2007 R2`).
    pub fn short(self) -> &'static str {
        match self {
            Version::Ocs2007R2 => "OCS 2007 R2",
            Version::Lync2010 => "Lync 2010",
            Version::Lync2013 => "Lync 2013",
        }
    }

    /// True for the versions before Lync Server 2013.
    pub fn is_legacy(self) -> bool {
        self != Version::Lync2013
    }
}

name_enum! {
    /// A registrar pool's edition.
    Edition {
        /// Standard Edition server (a single computer).
        Standard = "Standard",
        /// Enterprise Edition Front End pool.
        Enterprise = "Enterprise",
    }
}

name_enum! {
    /// What kind of chat pool: the one deployed today, or an existing legacy one being modelled.
    ChatPoolKind {
        /// Lync Server 2013 Persistent Chat.
        PersistentChat = "PersistentChat",
        /// Lync Server 2010 Group Chat.
        GroupChat2010 = "GroupChat2010",
        /// OCS 2007 R2 Group Chat.
        GroupChat2007R2 = "GroupChat2007R2",
    }
}

impl ChatPoolKind {
    /// The registrar version a chat pool of this kind is homed on.
    pub fn home_version(self) -> Version {
        match self {
            ChatPoolKind::PersistentChat => Version::Lync2013,
            ChatPoolKind::GroupChat2010 => Version::Lync2010,
            ChatPoolKind::GroupChat2007R2 => Version::Ocs2007R2,
        }
    }

    /// The chat pool kind homed on a registrar of `version`.
    pub fn for_version(version: Version) -> ChatPoolKind {
        match version {
            Version::Lync2013 => ChatPoolKind::PersistentChat,
            Version::Lync2010 => ChatPoolKind::GroupChat2010,
            Version::Ocs2007R2 => ChatPoolKind::GroupChat2007R2,
        }
    }

    /// True for the Group Chat kinds.
    pub fn is_legacy(self) -> bool {
        self != ChatPoolKind::PersistentChat
    }

    /// The product name (`Lync Server 2010 Group Chat`).
    pub fn product(self) -> &'static str {
        match self {
            ChatPoolKind::PersistentChat => "Persistent Chat",
            ChatPoolKind::GroupChat2010 => "Lync Server 2010 Group Chat",
            ChatPoolKind::GroupChat2007R2 => "OCS 2007 R2 Group Chat",
        }
    }
}

name_enum! {
    /// How many computers a chat pool may have.
    PoolType {
        /// One server only.
        SingleComputer = "SingleComputer",
        /// Several servers.
        MultipleComputer = "MultipleComputer",
    }
}

name_enum! {
    /// Whether a chat pool's services run.
    ChatPoolState {
        /// Services running.
        Running = "Running",
        /// Services stopped (`Stop-ChatPool`).
        Stopped = "Stopped",
        /// A legacy pool whose data was migrated.
        Migrated = "Migrated",
    }
}

name_enum! {
    /// A chat room's type.
    RoomType {
        /// Everyone who is a member may post.
        Normal = "Normal",
        /// Only presenters post.
        Auditorium = "Auditorium",
    }
}

name_enum! {
    /// Who can find and join a chat room.
    Privacy {
        /// Anyone the category allows.
        Open = "Open",
        /// Visible to all, joined by members.
        Closed = "Closed",
        /// Visible to and joined by members only.
        Secret = "Secret",
    }
}

name_enum! {
    /// A room's invitation setting.
    RoomInvitations {
        /// Use the category's setting.
        Inherit = "Inherit",
        /// Invitations off.
        False = "False",
        /// Invitations on (only where the category allows them).
        True = "True",
    }
}

name_enum! {
    /// Whether a chat message is as posted or was replaced by an administrator.
    MessageState {
        /// As its author posted it.
        Posted = "Posted",
        /// Its text was replaced (`Remove-CsPersistentChatMessage` without `-Remove`).
        Replaced = "Replaced",
    }
}

name_enum! {
    /// The client a user chats with.
    Client {
        /// The legacy Group Chat client.
        GroupChatClient = "GroupChatClient",
        /// The Lync 2013 client.
        Lync2013 = "Lync2013",
    }
}

/// Splits a `pool\name` identity into its chat pool and name.
pub fn split_scoped(identity: &str) -> Option<(&str, &str)> {
    identity.split_once('\\')
}

/// Builds a `pool\name` identity.
pub fn scoped(chat_pool: &str, name: &str) -> String {
    format!("{chat_pool}\\{name}")
}

// Declared after `name_enum!`, which its enums use.
mod config;
pub use config::{
    PersistentChatComplianceConfiguration, PersistentChatConfiguration, PoolState,
    VerificationLevel,
};
mod directory;
pub use directory::{AdAccount, AdGroup, AdOrganizationalUnit, GroupCategory, GroupScope};
mod people;
pub use people::{
    ExchangeArchivingPolicy, Logon, PersistentChatPolicy, PolicyId, SipAddressType, Telephony, User,
};
