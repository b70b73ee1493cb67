//! User operations: New/Set/Remove-User, Move-User, Move-LegacyUser.
//!
//! Rules: `duplicate_user`, `unknown_user`, `invalid_sip_address`, `already_homed`,
//! `use_move_legacy_user`, `cross_forest_move`, `pool_capacity`, `members_dropped`.

use super::directory::AccountRef;
use super::error::CrossForest;
use super::objects::contains;
use super::objects::{scoped, Version};
use super::objects::{AdAccount, SipAddressType};
use super::view::{store_recorded, Recorded};
use super::{Model, ModelError, ModelWarning, Origin, Outcome, User};

/// `New-User`.
#[derive(Debug, Clone, Default)]
pub struct NewUser {
    /// `sip:local@domain`.
    pub sip_address: String,
    /// Display name (default: the SIP address's local part).
    pub display_name: Option<String>,
    /// Registrar pool FQDN.
    pub pool: String,
}

/// `Enable-CsUser`.
#[derive(Debug, Clone, Default)]
pub struct EnableUser {
    /// The account(s): DN, UPN, `domain\sam`, SIP address or display name (`*`: several).
    pub identity: String,
    /// The SIP address to give (one account only).
    pub sip_address: Option<String>,
    /// How to build the SIP address from the account.
    pub sip_address_type: Option<SipAddressType>,
    /// The domain of a built address.
    pub sip_domain: Option<String>,
    /// Registrar pool FQDN; `None` leaves the user unassigned.
    pub pool: Option<String>,
    /// Display name (default: the account's).
    pub display_name: Option<String>,
}

/// The SIP address `-SipAddressType` builds from a described account (`sip_address_required`
/// when the account lacks the attribute it needs).
fn account_sip(
    account: &AdAccount,
    kind: Option<SipAddressType>,
    domain: Option<&str>,
) -> Result<String, ModelError> {
    let missing = |why: String| ModelError::SipAddressRequired {
        account: account.distinguished_name.clone(),
        why,
        param: if kind.is_some() {
            "SipAddressType"
        } else {
            "Identity"
        },
    };
    let domain = domain.unwrap_or_default();
    let text = match kind {
        None | Some(SipAddressType::None) => {
            return Err(missing(
                "neither -SipAddress nor -SipAddressType was given".into(),
            ))
        }
        Some(SipAddressType::FirstLastName) => match (&account.given_name, &account.surname) {
            (Some(g), Some(s)) => format!("sip:{g}.{s}@{domain}"),
            _ => {
                return Err(missing(
                    "it has no GivenName and Surname to build FirstLastName from".into(),
                ))
            }
        },
        Some(SipAddressType::EmailAddress) => match &account.email_address {
            Some(mail) => format!("sip:{mail}"),
            None => return Err(missing("it has no EmailAddress".into())),
        },
        Some(SipAddressType::UserPrincipalName) => match &account.user_principal_name {
            Some(upn) => format!("sip:{upn}"),
            None => return Err(missing("it has no UserPrincipalName".into())),
        },
        Some(SipAddressType::SamAccountName) => {
            format!("sip:{}@{domain}", account.sam_account_name)
        }
    };
    check_sip(&text, "SipAddressType")
}

/// The SIP address of a user enabled without a described account (compatibility †): the
/// identity itself when it is an address; else, with -SipAddressType, the name without
/// spaces (or an address's local part), lower-cased, at -SipDomain.
fn implied_sip(identity: &str, kind: Option<SipAddressType>, domain: Option<&str>) -> String {
    let has_prefix = identity.len() >= 4 && identity[..4].eq_ignore_ascii_case("sip:");
    if kind.is_none() && domain.is_none() {
        return if has_prefix || !identity.contains('@') {
            identity.to_string()
        } else {
            format!("sip:{identity}")
        };
    }
    let bare = if has_prefix { &identity[4..] } else { identity };
    let (local, own_domain) = match bare.split_once('@') {
        Some((l, d)) => (l, Some(d)),
        None => (bare, None),
    };
    let local: String = local
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let domain = domain.or(own_domain).unwrap_or_default();
    format!("sip:{local}@{domain}")
}

/// `Set-User`: `None` leaves a property unchanged.
#[derive(Debug, Clone, Default)]
pub struct SetUser {
    /// The user (SIP address or display name).
    pub identity: String,
    /// Enable or disable the account.
    pub enabled: Option<bool>,
    /// New display name.
    pub display_name: Option<String>,
    /// Configure the legacy client for a chat pool (`Some(None)` clears it).
    pub group_chat_pool: Option<Option<String>>,
    /// A new SIP address: the user is re-keyed and every list naming it follows (†).
    pub sip_address: Option<String>,
    /// Voice and telephony properties by name (`LineURI`, `EnterpriseVoiceEnabled`, …); the
    /// line URIs must be tel: URIs (`invalid_tel_uri`).
    pub telephony: Recorded,
}

/// The properties `invalid_tel_uri` checks.
pub const TEL_URI_PROPERTIES: &[&str] = &["LineURI", "PrivateLine", "OnPremLineURI"];

/// `invalid_tel_uri`: `tel:+digits` with an optional `;ext=digits` (empty clears the value).
pub fn check_tel_uri(text: &str, param: &'static str) -> Result<(), ModelError> {
    if text.is_empty() {
        return Ok(());
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let number = text
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("tel:+"))
        .map(|_| &text[5..]);
    let ok = number.is_some_and(|n| match n.split_once(';') {
        None => digits(n),
        Some((n, ext)) => {
            digits(n)
                && ext.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("ext="))
                && digits(&ext[4..])
        }
    });
    if ok {
        Ok(())
    } else {
        Err(ModelError::InvalidTelUri {
            value: text.to_string(),
            param,
        })
    }
}

/// The domain suffixes of hosting providers (Skype for Business Online, Teams): a move there
/// is `online_move_not_modelled`.
const HOSTING_PROVIDERS: &[&str] = &[
    "online.lync.com",
    "online.gov.skypeforbusiness.us",
    "online.dod.skypeforbusiness.us",
];

/// Whether an FQDN names a hosting provider (`sipfed.online.lync.com`).
pub fn is_hosting_provider(fqdn: &str) -> bool {
    let fqdn = fqdn.trim().to_ascii_lowercase();
    HOSTING_PROVIDERS
        .iter()
        .any(|h| fqdn == *h || fqdn.ends_with(&format!(".{h}")))
}

/// `invalid_sip_address`: `sip:local@domain` with non-empty parts and no spaces; returns it
/// with a lower-case `sip:` prefix.
pub fn check_sip(text: &str, param: &'static str) -> Result<String, ModelError> {
    let invalid = || ModelError::InvalidSipAddress {
        value: text.to_string(),
        param,
    };
    let rest = text
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sip:"))
        .map(|_| &text[4..])
        .ok_or_else(invalid)?;
    let (local, domain) = rest.split_once('@').ok_or_else(invalid)?;
    let bad = |s: &str| s.is_empty() || s.contains(['@', ' ', '\t', '\\', '/', ':']);
    if bad(local) || bad(domain) || domain.starts_with('.') || domain.ends_with('.') {
        return Err(invalid());
    }
    Ok(format!("sip:{rest}"))
}

impl Model {
    /// `New-User`: a user by SIP address on a registrar pool ([`Model::enable_user`] with
    /// the address as identity).
    pub fn new_user(&mut self, req: NewUser, origin: Origin) -> Result<Outcome, ModelError> {
        if self.user_by_sip(&req.sip_address).is_none() {
            check_sip(&req.sip_address, "Identity")?;
        }
        self.enable_user(
            EnableUser {
                identity: req.sip_address,
                display_name: req.display_name,
                pool: Some(req.pool),
                ..EnableUser::default()
            },
            origin,
        )
    }

    /// `Enable-CsUser`: enables the accounts `-Identity` selects (DN, UPN, `domain\sam`,
    /// SIP address, display name with `*`), each with the SIP address `-SipAddress` gives or
    /// `-SipAddressType` builds; without `-RegistrarPool` the users are unassigned.
    ///
    /// Compatibility †: an identity that selects no account, in a forest (the SIP domain's)
    /// with no account described by `New-ADUser`, enables a user whose account is implied by
    /// its SIP address (`directory.rs`).
    pub fn enable_user(&mut self, req: EnableUser, origin: Origin) -> Result<Outcome, ModelError> {
        let pool = match req.pool.as_deref().filter(|p| !p.trim().is_empty()) {
            Some(p) => Some(self.find_pool(p, "Pool")?.fqdn.clone()),
            None => None,
        };
        let explicit = req.sip_address.as_deref().filter(|s| !s.trim().is_empty());
        let kind = req.sip_address_type.filter(|k| *k != SipAddressType::None);
        if explicit.is_none() {
            if let (
                Some(k @ (SipAddressType::FirstLastName | SipAddressType::SamAccountName)),
                None,
            ) = (kind, &req.sip_domain)
            {
                return Err(ModelError::SipDomainRequired {
                    address_type: k.to_string(),
                });
            }
        }
        let found = self.resolve_accounts(&req.identity);
        let mut plan: Vec<(String, String, Option<usize>)> = Vec::new();
        if found.is_empty() {
            if req.identity.contains('*') {
                return Err(self.unknown_account(&req.identity, "Identity"));
            }
            let (text, param) = match explicit {
                Some(sip) => (sip.to_string(), "SipAddress"),
                None => (
                    implied_sip(&req.identity, kind, req.sip_domain.as_deref()),
                    "Identity",
                ),
            };
            let sip = check_sip(&text, param)?;
            let domain = sip.split_once('@').map_or("", |(_, d)| d);
            if self.forest_has_accounts(domain) {
                return Err(self.unknown_account(&req.identity, "Identity"));
            }
            let name = req.display_name.clone().filter(|d| !d.trim().is_empty());
            let name = name
                .or_else(|| (!req.identity.contains('@')).then(|| req.identity.clone()))
                .unwrap_or_else(|| {
                    sip[4..]
                        .split_once('@')
                        .map_or(String::new(), |(l, _)| l.to_string())
                });
            plan.push((sip, name, None));
        } else {
            if let (Some(sip), true) = (explicit, found.len() > 1) {
                return Err(ModelError::SipAddressManyUsers {
                    sip: sip.to_string(),
                    accounts: found
                        .iter()
                        .map(|r| self.account(*r).distinguished_name.clone())
                        .collect(),
                });
            }
            for r in &found {
                let index = match r {
                    AccountRef::Implied(u) => {
                        let user = self.data.users.at(*u).expect("valid reference");
                        return Err(ModelError::DuplicateUser {
                            sip: user.sip_address.clone(),
                            existing: user.created,
                        });
                    }
                    AccountRef::Described(i) => *i,
                };
                let account = self.data.ad_accounts.at(index).expect("valid reference");
                if let Some(user) = account
                    .sip_address
                    .as_deref()
                    .and_then(|s| self.data.users.get(s))
                {
                    return Err(ModelError::DuplicateUser {
                        sip: user.sip_address.clone(),
                        existing: user.created,
                    });
                }
                let sip = match explicit {
                    Some(sip) => check_sip(sip, "SipAddress")?,
                    None => account_sip(account, kind, req.sip_domain.as_deref())?,
                };
                let name = req
                    .display_name
                    .clone()
                    .filter(|d| !d.trim().is_empty())
                    .unwrap_or_else(|| account.shown_name().to_string());
                plan.push((sip, name, Some(index)));
            }
        }
        for (n, (sip, _, _)) in plan.iter().enumerate() {
            let earlier = plan[..n]
                .iter()
                .any(|(s, _, _)| s.eq_ignore_ascii_case(sip));
            if let Some(existing) = self.user_by_sip(sip) {
                return Err(ModelError::DuplicateUser {
                    sip: existing.sip_address.clone(),
                    existing: existing.created,
                });
            }
            if earlier {
                return Err(ModelError::DuplicateUser {
                    sip: sip.clone(),
                    existing: origin,
                });
            }
        }
        let before = pool.as_deref().map_or(0, |p| self.users_on(p));
        let registrar = pool.clone().unwrap_or_default();
        let mut outcome = Outcome::default();
        for (sip, display_name, account) in plan {
            let linked = account.and_then(|i| {
                let account = self.data.ad_accounts.at_mut(i)?;
                account.sip_address = Some(sip.clone());
                account.enabled = Some(true);
                account.changed = origin;
                Some((account.distinguished_name.clone(), account.logon()))
            });
            let (dn, logon) = linked.unzip();
            self.data.users.insert(User {
                sip_address: sip.clone(),
                display_name,
                registrar_pool: registrar.clone(),
                enabled: true,
                persistent_chat_policy: None,
                group_chat_pool: None,
                distinguished_name: dn,
                logon,
                telephony: None,
                created: origin,
                changed: origin,
            });
            self.count_user(&registrar, 1);
            outcome.identities.push(sip);
        }
        if let Some(pool) = pool {
            outcome.warnings = self.capacity_crossings(&pool, before, "Pool");
        }
        Ok(outcome)
    }

    /// `Set-User`.
    pub fn set_user(&mut self, req: SetUser, origin: Origin) -> Result<Outcome, ModelError> {
        let group_chat_pool = match &req.group_chat_pool {
            Some(Some(name)) => Some(Some(
                self.find_chat_pool(name, "GroupChatPool")?.fqdn.clone(),
            )),
            Some(None) => Some(None),
            None => None,
        };
        for (name, value) in &req.telephony {
            if let Some(param) = TEL_URI_PROPERTIES
                .iter()
                .find(|p| p.eq_ignore_ascii_case(name))
            {
                check_tel_uri(&value.to_string(), param)?;
            }
        }
        let mut sip = self
            .find_user(&req.identity, "Identity")?
            .sip_address
            .clone();
        if let Some(new) = req.sip_address.as_deref().filter(|s| !s.trim().is_empty()) {
            let new = check_sip(new, "SipAddress")?;
            if !new.eq_ignore_ascii_case(&sip) {
                if let Some(existing) = self.user_by_sip(&new) {
                    return Err(ModelError::DuplicateUser {
                        sip: existing.sip_address.clone(),
                        existing: existing.created,
                    });
                }
            }
            self.rekey_user(&sip, &new, origin);
            sip = new;
        }
        let user = self.data.users.get_mut(&sip).expect("found above");
        store_recorded(user, &req.telephony);
        if let Some(enabled) = req.enabled {
            user.enabled = enabled;
        }
        let account = user.distinguished_name.clone();
        let renamed = req.display_name.is_some();
        if let Some(name) = req.display_name {
            user.display_name = name;
        }
        if let Some(pool) = group_chat_pool {
            user.group_chat_pool = pool;
        }
        user.changed = origin;
        let (enabled, shown) = (user.enabled, user.display_name.clone());
        if let Some(account) = account.and_then(|dn| self.data.ad_accounts.get_mut(&dn)) {
            account.enabled = Some(enabled);
            if renamed {
                account.display_name = Some(shown);
            }
            account.changed = origin;
        }
        Ok(Outcome::of(sip))
    }

    /// `Move-User` (users on Lync Server 2010/2013).
    pub fn move_user(
        &mut self,
        identity: &str,
        target: &str,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        self.move_any(identity, target, false, origin)
    }

    /// `Move-CsUser -Force` (`legacy`: `Move-CsLegacyUser -Force`): the move, plus
    /// `move_discards_data` (contacts and meetings stay behind and are lost).
    pub fn move_user_forced(
        &mut self,
        identity: &str,
        target: &str,
        legacy: bool,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let mut outcome = self.move_any(identity, target, legacy, origin)?;
        let user = outcome.identities.first().cloned().unwrap_or_default();
        outcome
            .warnings
            .push(ModelWarning::MoveDiscardsData { user });
        Ok(outcome)
    }

    /// Gives a user a new SIP address: the user keeps its place, and its account, every
    /// member list and every message author follow (†).
    fn rekey_user(&mut self, old: &str, new: &str, origin: Origin) {
        let Some(mut user) = self.data.users.get(old).cloned() else {
            return;
        };
        let old = user.sip_address.clone();
        user.sip_address = new.to_string();
        user.changed = origin;
        if let Some(account) = user
            .distinguished_name
            .as_deref()
            .and_then(|dn| self.data.ad_accounts.get_mut(dn))
        {
            account.sip_address = Some(new.to_string());
            account.changed = origin;
        }
        self.data.users.replace(&old, user);
        let follow = |list: &mut Vec<String>| -> bool {
            let mut hit = false;
            for p in list.iter_mut() {
                if p.eq_ignore_ascii_case(&old) {
                    *p = new.to_string();
                    hit = true;
                }
            }
            hit
        };
        for cat in self.data.categories.iter_mut() {
            let mut hit = follow(&mut cat.allowed_members);
            hit |= follow(&mut cat.denied_members);
            hit |= follow(&mut cat.creators);
            hit |= follow(&mut cat.managers);
            if hit {
                cat.changed = origin;
            }
        }
        for room in self.data.rooms.iter_mut() {
            let mut hit = follow(&mut room.members);
            hit |= follow(&mut room.managers);
            hit |= follow(&mut room.presenters);
            if hit {
                room.changed = origin;
            }
        }
        for message in self.data.messages.iter_mut() {
            if message
                .author
                .as_deref()
                .is_some_and(|a| a.eq_ignore_ascii_case(&old))
            {
                message.author = Some(new.to_string());
            }
        }
    }

    /// `Move-LegacyUser` (users on OCS 2007 R2).
    pub fn move_legacy_user(
        &mut self,
        identity: &str,
        target: &str,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        self.move_any(identity, target, true, origin)
    }

    fn move_any(
        &mut self,
        identity: &str,
        target: &str,
        legacy_cmdlet: bool,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        if is_hosting_provider(target) {
            return Err(ModelError::OnlineMoveNotModelled {
                target: target.to_string(),
                param: "Target",
            });
        }
        let target_pool = self.find_pool(target, "Target")?;
        let index = self.find_user_index(identity, "Identity")?;
        let user = self.data.users.at(index).expect("found above");
        // An unassigned user gets its first pool from either cmdlet (surface.md §6).
        let unassigned = user.registrar_pool.is_empty();
        let from_forest = self.forest_of_pool(&user.registrar_pool);
        let to_forest = self.forest_of_pool(&target_pool.fqdn);
        if !unassigned && !from_forest.eq_ignore_ascii_case(to_forest) {
            let from = &user.registrar_pool;
            let same_forest_pool = self
                .data
                .pools
                .iter()
                .find(|p| {
                    !p.fqdn.eq_ignore_ascii_case(from)
                        && self
                            .forest_of_pool(&p.fqdn)
                            .eq_ignore_ascii_case(from_forest)
                })
                .map(|p| p.fqdn.clone());
            return Err(ModelError::CrossForestMove(Box::new(CrossForest {
                user: user.sip_address.clone(),
                target: target_pool.fqdn.clone(),
                from_forest: from_forest.to_string(),
                to_forest: to_forest.to_string(),
                target_origin: target_pool.created,
                same_forest_pool,
            })));
        }
        let target_fqdn = target_pool.fqdn.clone();
        let (sip, from) = (user.sip_address.clone(), user.registrar_pool.clone());
        if from.eq_ignore_ascii_case(&target_fqdn) {
            return Err(ModelError::AlreadyHomed {
                user: sip,
                pool: target_fqdn,
            });
        }
        let version = self.data.pools.get(&from).map(|p| p.version);
        let on_ocs = version == Some(Version::Ocs2007R2);
        if !unassigned && on_ocs != legacy_cmdlet {
            let (used, right) = if legacy_cmdlet {
                ("Move-LegacyUser", "Move-User")
            } else {
                ("Move-User", "Move-LegacyUser")
            };
            return Err(ModelError::UseMoveLegacyUser {
                user: sip,
                user_origin: user.created,
                pool: from,
                version: version.unwrap_or(Version::Lync2013),
                used,
                right,
            });
        }
        let before = self.users_on(&target_fqdn);
        let user = self.data.users.at_mut(index).expect("found above");
        user.registrar_pool = target_fqdn.clone();
        user.changed = origin;
        self.count_user(&from, -1);
        self.count_user(&target_fqdn, 1);
        let warnings = self.capacity_crossings(&target_fqdn, before, "Target");
        Ok(Outcome::of(sip).with_warnings(warnings))
    }

    /// `Remove-User` (`Disable-CsUser`): deletes the Lync user with its assignments and takes
    /// it out of every member, manager, presenter and creator list (`members_dropped`); a
    /// described AD account stays, no longer enabled (an implied one goes with the user †).
    pub fn remove_user(&mut self, identity: &str, origin: Origin) -> Result<Outcome, ModelError> {
        let user = self.find_user(identity, "Identity")?;
        let (sip, pool) = (user.sip_address.clone(), user.registrar_pool.clone());
        let dropped = self.drop_principal(&sip, origin);
        if let Some(user) = self.data.users.remove(&sip) {
            let account = user
                .distinguished_name
                .and_then(|dn| self.data.ad_accounts.get_mut(&dn));
            if let Some(account) = account {
                account.sip_address = None;
                account.enabled = None;
                account.changed = origin;
            }
        }
        self.count_user(&pool, -1);
        let mut outcome = Outcome::of(sip);
        if !dropped.is_empty() {
            outcome.warnings.push(ModelWarning::MembersDropped {
                dropped,
                param: "Identity",
            });
        }
        Ok(outcome)
    }

    /// Takes `sip` out of every list; returns `sip from object (List)` entries.
    fn drop_principal(&mut self, sip: &str, origin: Origin) -> Vec<String> {
        let mut dropped = Vec::new();
        let mut take = |list: &mut Vec<String>, object: &str, name: &str| -> bool {
            if contains(list, sip) {
                list.retain(|p| !p.eq_ignore_ascii_case(sip));
                dropped.push(format!("{sip} from {object} ({name})"));
                true
            } else {
                false
            }
        };
        for cat in self.data.categories.iter_mut() {
            let id = cat.identity.clone();
            let mut hit = take(&mut cat.allowed_members, &id, "AllowedMembers");
            hit |= take(&mut cat.denied_members, &id, "DeniedMembers");
            hit |= take(&mut cat.creators, &id, "Creators");
            hit |= take(&mut cat.managers, &id, "Managers");
            if hit {
                cat.changed = origin;
            }
        }
        for room in self.data.rooms.iter_mut() {
            let id = scoped(&room.chat_pool, &room.name);
            let mut hit = take(&mut room.members, &id, "Members");
            hit |= take(&mut room.managers, &id, "Managers");
            hit |= take(&mut room.presenters, &id, "Presenters");
            if hit {
                room.changed = origin;
            }
        }
        dropped
    }
}
