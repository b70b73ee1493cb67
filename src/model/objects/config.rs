//! Persistent Chat configuration settings (Global, site or service scope) and the small enums
//! of pool state and allowed domains.

use crate::model::idmap::Identified;
use crate::model::objects::Kind;
use crate::model::timespan::TimeSpan;
use crate::model::view::{prop, ObjectView, PropDef};
use crate::model::Origin;
use serde::{Deserialize, Serialize};

name_enum! {
    /// Which back-end databases a Persistent Chat pool uses (`Set-CsPersistentChatState`).
    PoolState {
        /// The primary back end (the default).
        Normal = "Normal",
        /// Failed over to the backup back end.
        FailedOver = "FailedOver",
    }
}

name_enum! {
    /// How an allowed domain's messages are verified (`-VerificationLevel`).
    VerificationLevel {
        /// Messages from the domain are treated as verified.
        AlwaysVerifiable = "AlwaysVerifiable",
        /// Messages from the domain are treated as unverified.
        AlwaysUnverifiable = "AlwaysUnverifiable",
        /// The sending server's verification header decides (the default).
        UseSourceVerification = "UseSourceVerification",
    }
}

/// Persistent Chat configuration settings (`*-CsPersistentChatConfiguration`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PersistentChatConfiguration {
    /// `Global`, `Site:<site>` or `Service:PersistentChatServer:<pool>`.
    pub identity: String,
    /// Messages a room shows on joining (Int16 in the product, 1–500; default 30).
    pub default_chat_history: u32,
    /// Largest file users may upload, in KB (default 20000).
    #[serde(rename = "MaxFileSizeKB")]
    pub max_file_size_kb: u32,
    /// Participant list size above which updates stop (default 75).
    pub participant_update_limit: u32,
    /// The room management web page, if any.
    pub room_management_url: Option<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// Persistent Chat compliance settings (`*-CsPersistentChatComplianceConfiguration`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PersistentChatComplianceConfiguration {
    /// `Global`, `Site:<site>` or `Service:PersistentChatServer:<pool>`.
    pub identity: String,
    /// How often the compliance adapter runs (00:01:00 to 30.00:00:00; default 00:15:00).
    pub run_interval: TimeSpan,
    /// The adapter's .NET type; none: nothing is kept.
    pub adapter_type: Option<String>,
    /// The adapter's name.
    pub adapter_name: Option<String>,
    /// Where the adapter writes its files.
    pub adapter_output_directory: Option<String>,
    /// Whether room details are added to the output.
    pub add_chat_room_details: bool,
    /// Whether user details are added to the output.
    pub add_user_details: bool,
    /// Whether each room gets its own output file.
    pub one_chat_room_per_output_file: bool,
    /// Whether a manifest of file attachments is written.
    pub create_file_attachments_manifest: bool,
    /// Adapter-specific settings (XML), if any.
    pub custom_configuration: Option<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

impl Identified for PersistentChatConfiguration {
    fn id(&self) -> &str {
        &self.identity
    }
}

impl Identified for PersistentChatComplianceConfiguration {
    fn id(&self) -> &str {
        &self.identity
    }
}

impl ObjectView for PersistentChatConfiguration {
    const KIND: Kind = Kind::PersistentChatConfiguration;
    const DEFAULT_DISPLAY: usize = 5;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("DefaultChatHistory", default_chat_history),
        prop!("MaxFileSizeKB", max_file_size_kb, recorded),
        prop!("ParticipantUpdateLimit", participant_update_limit, recorded),
        prop!("RoomManagementUrl", room_management_url, recorded),
    ];
}

impl ObjectView for PersistentChatComplianceConfiguration {
    const KIND: Kind = Kind::PersistentChatComplianceConfiguration;
    const DEFAULT_DISPLAY: usize = 10;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("RunInterval", run_interval),
        prop!("AdapterType", adapter_type, recorded),
        prop!("AdapterName", adapter_name, recorded),
        prop!("AdapterOutputDirectory", adapter_output_directory, recorded),
        prop!("AddChatRoomDetails", add_chat_room_details, recorded),
        prop!("AddUserDetails", add_user_details, recorded),
        prop!(
            "OneChatRoomPerOutputFile",
            one_chat_room_per_output_file,
            recorded
        ),
        prop!(
            "CreateFileAttachmentsManifest",
            create_file_attachments_manifest,
            recorded
        ),
        prop!("CustomConfiguration", custom_configuration, recorded),
    ];
}
