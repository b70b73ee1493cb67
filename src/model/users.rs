//! User operations: New/Set/Remove-User, Move-User, Move-LegacyUser.
//!
//! Rules: `duplicate_user`, `unknown_user`, `invalid_sip_address`, `already_homed`,
//! `use_move_legacy_user`, `cross_forest_move`, `pool_capacity`, `members_dropped`.

use super::error::CrossForest;
use super::objects::contains;
use super::objects::{scoped, Version};
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
    /// `New-User`.
    pub fn new_user(&mut self, req: NewUser, origin: Origin) -> Result<Outcome, ModelError> {
        let pool = self.find_pool(&req.pool, "Pool")?.fqdn.clone();
        if let Some(existing) = self.user_by_sip(&req.sip_address) {
            return Err(ModelError::DuplicateUser {
                sip: existing.sip_address.clone(),
                existing: existing.created,
            });
        }
        let sip = check_sip(&req.sip_address, "Identity")?;
        let display_name = req
            .display_name
            .filter(|d| !d.trim().is_empty())
            .unwrap_or_else(|| {
                sip[4..]
                    .split_once('@')
                    .map_or(String::new(), |(l, _)| l.to_string())
            });
        let before = self.users_on(&pool);
        self.data.users.insert(User {
            sip_address: sip.clone(),
            display_name,
            registrar_pool: pool.clone(),
            enabled: true,
            persistent_chat_policy: None,
            group_chat_pool: None,
            created: origin,
            changed: origin,
        });
        self.count_user(&pool, 1);
        let warnings = self.capacity_crossings(&pool, before, "Pool");
        Ok(Outcome::of(sip).with_warnings(warnings))
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
        let sip = self
            .find_user(&req.identity, "Identity")?
            .sip_address
            .clone();
        let user = self.data.users.get_mut(&sip).expect("found above");
        if let Some(enabled) = req.enabled {
            user.enabled = enabled;
        }
        if let Some(name) = req.display_name {
            user.display_name = name;
        }
        if let Some(pool) = group_chat_pool {
            user.group_chat_pool = pool;
        }
        user.changed = origin;
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
        let target_pool = self.find_pool(target, "Target")?;
        let index = self.find_user_index(identity, "Identity")?;
        let user = self.data.users.at(index).expect("found above");
        let from_forest = self.forest_of_pool(&user.registrar_pool);
        let to_forest = self.forest_of_pool(&target_pool.fqdn);
        if !from_forest.eq_ignore_ascii_case(to_forest) {
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
        if on_ocs != legacy_cmdlet {
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

    /// `Remove-User`: deletes the user with its assignments and takes it out of every member,
    /// manager, presenter and creator list (`members_dropped`).
    pub fn remove_user(&mut self, identity: &str, origin: Origin) -> Result<Outcome, ModelError> {
        let user = self.find_user(identity, "Identity")?;
        let (sip, pool) = (user.sip_address.clone(), user.registrar_pool.clone());
        let dropped = self.drop_principal(&sip, origin);
        self.data.users.remove(&sip);
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
