//! Users and Persistent Chat policies.

use crate::model::idmap::Identified;
use crate::model::objects::Kind;
use crate::model::view::{prop, FromProp, ObjectView, Prop, PropDef, ToProp};
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
    /// The DN of the AD account described with `New-ADUser` the user is enabled on; `None`
    /// for a user whose account was never described (compatibility †: see
    /// [`crate::model::directory`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distinguished_name: Option<String>,
    /// The described account's logon names, kept in step with it (`Get-CsUser` shows them);
    /// `None`: those of the implied account, from the SIP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logon: Option<Box<Logon>>,
    /// Voice and telephony settings `Set-CsUser` keeps (outside the chat model).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telephony: Option<Box<Telephony>>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// An account's logon names as its Lync user shows them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Logon {
    /// The account's SamAccountName.
    pub sam_account_name: String,
    /// The account's UPN, if any.
    pub user_principal_name: Option<String>,
}

impl User {
    /// The logon names Get-CsUser shows: the described account's, else those the SIP address
    /// implies (`local`, `local@domain`).
    pub fn logon_names(&self) -> Logon {
        if let Some(logon) = &self.logon {
            return (**logon).clone();
        }
        let address = self.sip_address.get(4..).unwrap_or_default();
        Logon {
            sam_account_name: address.split('@').next().unwrap_or_default().to_string(),
            user_principal_name: Some(address.to_string()),
        }
    }
}

name_enum! {
    /// Where a user's instant messages are archived (`Set-CsUser -ExchangeArchivingPolicy`).
    #[derive(Default)]
    ExchangeArchivingPolicy {
        /// Never set (the default †).
        #[default]
        Uninitialized = "Uninitialized",
        /// The Lync archiving policy decides.
        UseLyncArchivingPolicy = "UseLyncArchivingPolicy",
        /// Archived in Exchange.
        ArchivingToExchange = "ArchivingToExchange",
        /// Not archived.
        NoArchiving = "NoArchiving",
    }
}

name_enum! {
    /// How `Enable-CsUser` builds a SIP address from an account (`-SipAddressType`).
    SipAddressType {
        /// `GivenName.Surname@SipDomain`.
        FirstLastName = "FirstLastName",
        /// The account's mail address.
        EmailAddress = "EmailAddress",
        /// The account's UPN.
        UserPrincipalName = "UserPrincipalName",
        /// `SamAccountName@SipDomain`.
        SamAccountName = "SamAccountName",
        /// No address is built.
        None = "None",
    }
}

/// A user's voice and telephony settings: recorded by `Set-CsUser`, read by no chat rule
/// (line URIs only have their format checked: `invalid_tel_uri`). Defaults are not saved.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Telephony {
    /// Enterprise Voice on.
    #[serde(skip_serializing_if = "is_false")]
    pub enterprise_voice_enabled: bool,
    /// Audio and video calls off.
    #[serde(skip_serializing_if = "is_false")]
    pub audio_video_disabled: bool,
    /// Remote call control on.
    #[serde(skip_serializing_if = "is_false")]
    pub remote_call_control_telephony_enabled: bool,
    /// Hosted voice mail on.
    #[serde(skip_serializing_if = "is_false")]
    pub hosted_voice_mail: bool,
    /// The user's phone number (`tel:+…`).
    #[serde(rename = "LineURI", skip_serializing_if = "Option::is_none")]
    pub line_uri: Option<String>,
    /// The remote call control gateway URI.
    #[serde(rename = "LineServerURI", skip_serializing_if = "Option::is_none")]
    pub line_server_uri: Option<String>,
    /// A private, unlisted line (`tel:+…`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_line: Option<String>,
    /// The on-premises phone number of an online user (`tel:+…`).
    #[serde(rename = "OnPremLineURI", skip_serializing_if = "Option::is_none")]
    pub on_prem_line_uri: Option<String>,
    /// Where instant messages are archived.
    #[serde(skip_serializing_if = "is_uninitialized")]
    pub exchange_archiving_policy: ExchangeArchivingPolicy,
    /// Audio conferencing provider details.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub acp_info: Vec<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_uninitialized(p: &ExchangeArchivingPolicy) -> bool {
    *p == ExchangeArchivingPolicy::Uninitialized
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

/// A recorded property of [`User::telephony`] (the `prop!(…, recorded)` row of a field of
/// the boxed settings, which are made on the first value stored).
macro_rules! tel {
    ($name:literal, $field:ident) => {
        PropDef {
            name: $name,
            get: |u| match u.telephony.as_deref() {
                Some(t) => ToProp::to_prop(&t.$field),
                None => ToProp::to_prop(&Telephony::default().$field),
            },
            set: Some(|u, p| {
                u.telephony.get_or_insert_with(Default::default).$field = FromProp::from_prop(p)?;
                Ok(())
            }),
            check: Some(|p| {
                let mut t = Telephony::default();
                t.$field = FromProp::from_prop(p.clone())?;
                Ok(())
            }),
        }
    };
}

impl ObjectView for User {
    const KIND: Kind = Kind::User;
    const DEFAULT_DISPLAY: usize = 4;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("SipAddress", sip_address),
        prop!("DisplayName", display_name),
        prop!("RegistrarPool", |u| {
            if u.registrar_pool.is_empty() {
                Prop::Null
            } else {
                Prop::Str(u.registrar_pool.clone())
            }
        }),
        prop!("Enabled", enabled),
        prop!("PersistentChatPolicy", |u| {
            u.persistent_chat_policy.as_deref().map_or(Prop::Null, |p| {
                Prop::Str(p.strip_prefix("Tag:").unwrap_or(p).to_string())
            })
        }),
        prop!("GroupChatPool", group_chat_pool),
        prop!("DistinguishedName", distinguished_name),
        prop!("SamAccountName", |u| Prop::Str(
            u.logon_names().sam_account_name
        )),
        prop!("UserPrincipalName", |u| {
            u.logon_names()
                .user_principal_name
                .map_or(Prop::Null, Prop::Str)
        }),
        tel!("EnterpriseVoiceEnabled", enterprise_voice_enabled),
        tel!("AudioVideoDisabled", audio_video_disabled),
        tel!(
            "RemoteCallControlTelephonyEnabled",
            remote_call_control_telephony_enabled
        ),
        tel!("HostedVoiceMail", hosted_voice_mail),
        tel!("LineURI", line_uri),
        tel!("LineServerURI", line_server_uri),
        tel!("PrivateLine", private_line),
        tel!("OnPremLineURI", on_prem_line_uri),
        tel!("ExchangeArchivingPolicy", exchange_archiving_policy),
        tel!("AcpInfo", acp_info),
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
