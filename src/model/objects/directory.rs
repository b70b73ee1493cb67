//! Active Directory objects: accounts, organizational units and groups (surface.md §2).
//!
//! An account outlives its Lync enablement: `Enable-CsUser` links a [`super::User`] to it
//! (the account's `SipAddress` and `Enabled`), `Disable-CsUser` unlinks it.

use crate::model::idmap::Identified;
use crate::model::objects::Kind;
use crate::model::view::{prop, ObjectView, Prop, PropDef};
use crate::model::Origin;
use serde::{Deserialize, Serialize};

name_enum! {
    /// What an AD group is for.
    GroupCategory {
        /// A security group (permissions and mail).
        Security = "Security",
        /// A distribution group (mail only).
        Distribution = "Distribution",
    }
}

name_enum! {
    /// How far an AD group reaches.
    GroupScope {
        /// Members from any domain, used in its own domain.
        DomainLocal = "DomainLocal",
        /// Members from its own domain, used anywhere in the forest.
        Global = "Global",
        /// Members and use forest-wide.
        Universal = "Universal",
    }
}

/// An Active Directory user account (`New-ADUser`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdAccount {
    /// `CN=<Name>,<Path>`.
    pub distinguished_name: String,
    /// The account's name (its CN).
    pub name: String,
    /// Display name, if any.
    pub display_name: Option<String>,
    /// The pre-Windows 2000 logon name (unique in its domain).
    pub sam_account_name: String,
    /// `user@domain` (unique in the forest), if any.
    pub user_principal_name: Option<String>,
    /// First name.
    pub given_name: Option<String>,
    /// Last name.
    pub surname: Option<String>,
    /// Mail address.
    pub email_address: Option<String>,
    /// Department.
    pub department: Option<String>,
    /// Job title.
    pub title: Option<String>,
    /// Company.
    pub company: Option<String>,
    /// Office.
    pub office: Option<String>,
    /// City (LDAP `l`).
    pub city: Option<String>,
    /// State or province (LDAP `st`).
    pub state: Option<String>,
    /// The groups the account is a direct member of (their DNs).
    #[serde(default)]
    pub member_of: Vec<String>,
    /// The SIP address of the Lync user enabled on this account, if any.
    #[serde(default)]
    pub sip_address: Option<String>,
    /// `true` enabled for Lync, `false` enabled but disabled (`Set-CsUser -Enabled $false`),
    /// `None` never enabled or disabled for Lync (`Disable-CsUser`).
    #[serde(default)]
    pub enabled: Option<bool>,
    /// Made by `Enable-CsUser` for a forest without described accounts (compatibility †), not
    /// described by `New-ADUser`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub implicit: bool,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// An organizational unit (`New-ADOrganizationalUnit`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdOrganizationalUnit {
    /// `OU=<Name>,<Path>`.
    pub distinguished_name: String,
    /// The unit's name.
    pub name: String,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

/// An AD group (`New-ADGroup`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdGroup {
    /// `CN=<Name>,<Path>`.
    pub distinguished_name: String,
    /// The group's name (also its SamAccountName).
    pub name: String,
    /// Security or Distribution.
    pub group_category: GroupCategory,
    /// DomainLocal, Global or Universal.
    pub group_scope: GroupScope,
    /// Direct members: account and group DNs.
    #[serde(default)]
    pub members: Vec<String>,
    /// Where it was created.
    #[serde(skip)]
    pub created: Origin,
    /// Where it was last changed.
    #[serde(skip)]
    pub changed: Origin,
}

impl Identified for AdAccount {
    fn id(&self) -> &str {
        &self.distinguished_name
    }
}
impl Identified for AdOrganizationalUnit {
    fn id(&self) -> &str {
        &self.distinguished_name
    }
}
impl Identified for AdGroup {
    fn id(&self) -> &str {
        &self.distinguished_name
    }
}

impl AdAccount {
    /// The logon names its Lync user shows.
    pub fn logon(&self) -> Box<super::Logon> {
        Box::new(super::Logon {
            sam_account_name: self.sam_account_name.clone(),
            user_principal_name: self.user_principal_name.clone(),
        })
    }

    /// The name scripts see: the display name, else the account name.
    pub fn shown_name(&self) -> &str {
        self.display_name.as_deref().unwrap_or(&self.name)
    }
}

impl ObjectView for AdAccount {
    const KIND: Kind = Kind::ADAccount;
    const DEFAULT_DISPLAY: usize = 4;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Name", name),
        prop!("SamAccountName", sam_account_name),
        prop!("SipAddress", sip_address),
        prop!("Enabled", |a| a.enabled.map_or(Prop::Null, Prop::Bool)),
        prop!("DistinguishedName", distinguished_name),
        prop!("DisplayName", display_name),
        prop!("UserPrincipalName", user_principal_name),
        prop!("GivenName", given_name, recorded),
        prop!("Surname", surname, recorded),
        prop!("EmailAddress", email_address, recorded),
        prop!("Department", department, recorded),
        prop!("Title", title, recorded),
        prop!("Company", company, recorded),
        prop!("Office", office, recorded),
        prop!("City", city, recorded),
        prop!("State", state, recorded),
        prop!("MemberOf", member_of),
        prop!("Identity", distinguished_name),
    ];
}

impl ObjectView for AdOrganizationalUnit {
    const KIND: Kind = Kind::ADOrganizationalUnit;
    const DEFAULT_DISPLAY: usize = 2;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Name", name),
        prop!("DistinguishedName", distinguished_name),
        prop!("Identity", distinguished_name),
    ];
}

impl ObjectView for AdGroup {
    const KIND: Kind = Kind::ADGroup;
    const DEFAULT_DISPLAY: usize = 4;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Name", name),
        prop!("GroupCategory", group_category),
        prop!("GroupScope", group_scope),
        prop!("DistinguishedName", distinguished_name),
        prop!("Members", members),
        prop!("Identity", distinguished_name),
    ];
}
