//! Persistent Chat policies: New/Set/Remove/Grant and the effective policy of a user.
//!
//! Rules: `invalid_scope`, `duplicate_policy`, `unknown_policy`, `global_policy_exists`,
//! `site_policy_unknown_site`, `grant_needs_tag_policy`, `policy_in_use`,
//! `policy_without_effect`.

use super::objects::{PolicyId, Version};
use super::scope::Scope;
use super::view::{store_recorded, Recorded};
use super::{Model, ModelError, ModelWarning, Origin, Outcome, PersistentChatPolicy, User};

/// `New-PersistentChatPolicy`.
#[derive(Debug, Clone, Default)]
pub struct NewPolicy {
    /// `Site:X`, `Tag:X` or a bare tag name.
    pub identity: String,
    /// EnablePersistentChat (default false).
    pub enable_persistent_chat: Option<bool>,
    /// Recorded properties (Description).
    pub recorded: Recorded,
}

/// `Set-PersistentChatPolicy`: `None` leaves a property unchanged.
#[derive(Debug, Clone, Default)]
pub struct SetPolicy {
    /// `Global`, `Site:X`, `Tag:X` or a bare tag name.
    pub identity: String,
    /// New EnablePersistentChat.
    pub enable_persistent_chat: Option<bool>,
    /// Recorded properties to change (Description).
    pub recorded: Recorded,
}

/// The Global policy with its defaults (Persistent Chat off).
pub(crate) fn global_default(origin: Origin) -> PersistentChatPolicy {
    PersistentChatPolicy {
        identity: "Global".to_string(),
        enable_persistent_chat: false,
        description: String::new(),
        created: origin,
        changed: origin,
    }
}

impl Model {
    /// `New-PersistentChatPolicy`.
    pub fn new_policy(&mut self, req: NewPolicy, origin: Origin) -> Result<Outcome, ModelError> {
        if let Scope::Service { fqdn, .. } = Scope::parse(&req.identity) {
            return Err(ModelError::InvalidScope {
                identity: req.identity.trim().to_string(),
                cmdlet: "New-CsPersistentChatPolicy".to_string(),
                forms: "Site:<site>, Tag:<name> or a bare per-user policy name",
                example: format!("Tag:{fqdn}"),
            });
        }
        let id = PolicyId::parse(&req.identity);
        if id == PolicyId::Global {
            return Err(ModelError::GlobalPolicyExists {
                enable: req.enable_persistent_chat,
            });
        }
        if let Some(existing) = self.data.policies.get(&id.identity()) {
            return Err(ModelError::DuplicatePolicy {
                policy: existing.identity.clone(),
                existing: existing.created,
            });
        }
        let identity = match &id {
            PolicyId::Site(site) => match self.data.sites.get(site) {
                Some(s) => format!("Site:{}", s.identity),
                None => {
                    return Err(ModelError::SitePolicyUnknownSite {
                        site: site.clone(),
                        suggestion: super::lookup::suggest(
                            site,
                            self.data.sites.iter().map(|s| s.identity.as_str()),
                        ),
                    })
                }
            },
            other => other.identity(),
        };
        let mut policy = PersistentChatPolicy {
            identity: identity.clone(),
            enable_persistent_chat: req.enable_persistent_chat.unwrap_or(false),
            description: String::new(),
            created: origin,
            changed: origin,
        };
        store_recorded(&mut policy, &req.recorded);
        self.data.policies.insert(policy);
        Ok(Outcome::of(identity))
    }

    /// `Set-PersistentChatPolicy`.
    pub fn set_policy(&mut self, req: SetPolicy, origin: Origin) -> Result<Outcome, ModelError> {
        let identity = self
            .find_policy(&req.identity, "Identity")?
            .identity
            .clone();
        let policy = self.data.policies.get_mut(&identity).expect("found above");
        if let Some(enable) = req.enable_persistent_chat {
            policy.enable_persistent_chat = enable;
        }
        store_recorded(policy, &req.recorded);
        policy.changed = origin;
        Ok(Outcome::of(identity))
    }

    /// `Remove-PersistentChatPolicy`. Removing Global resets it to defaults; a granted tag
    /// policy needs `force`, which also clears its assignments.
    pub fn remove_policy(
        &mut self,
        identity: &str,
        force: bool,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let identity = self.find_policy(identity, "Identity")?.identity.clone();
        if identity == "Global" {
            let created = self
                .data
                .policies
                .get("Global")
                .map_or(Origin::Builtin, |p| p.created);
            let mut reset = global_default(created);
            reset.changed = origin;
            self.data.policies.insert(reset);
            return Ok(Outcome::of(identity));
        }
        let granted: Vec<String> = self
            .data
            .users
            .iter()
            .filter(|u| granted_to(u, &identity))
            .map(|u| u.sip_address.clone())
            .collect();
        if !granted.is_empty() && !force {
            let granted_at = self
                .data
                .users
                .get(&granted[0])
                .map_or(Origin::Loaded, |u| u.changed);
            return Err(ModelError::PolicyInUse {
                policy: identity,
                users: granted,
                granted: granted_at,
            });
        }
        for sip in &granted {
            let user = self.data.users.get_mut(sip).expect("listed above");
            user.persistent_chat_policy = None;
            user.changed = origin;
        }
        self.data.policies.remove(&identity);
        let mut outcome = Outcome::of(identity);
        outcome.identities.extend(granted);
        Ok(outcome)
    }

    /// `Grant-PersistentChatPolicy`; `None` unassigns.
    pub fn grant_policy(
        &mut self,
        identity: &str,
        policy: Option<&str>,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let index = self.find_user_index(identity, "Identity")?;
        let user = self.data.users.at(index).expect("found above");
        let (sip, pool) = (user.sip_address.clone(), user.registrar_pool.clone());
        let tag = match policy {
            None => None,
            Some(name) => {
                let found = self.find_policy(name, "PolicyName")?;
                if !found.identity.starts_with("Tag:") {
                    return Err(ModelError::GrantNeedsTagPolicy {
                        policy: found.identity.clone(),
                    });
                }
                Some(found.identity.clone())
            }
        };
        let mut warnings = Vec::new();
        if tag.is_some() {
            let version = self.data.pools.get(&pool).map(|p| p.version);
            if let Some(version) = version.filter(|v| *v != Version::Lync2013) {
                let lync2013_pool = self
                    .data
                    .pools
                    .iter()
                    .find(|p| p.version == Version::Lync2013)
                    .map(|p| p.fqdn.clone());
                warnings.push(ModelWarning::PolicyWithoutEffect {
                    user: sip.clone(),
                    pool,
                    version,
                    lync2013_pool,
                });
            }
        }
        let user = self.data.users.at_mut(index).expect("found above");
        user.persistent_chat_policy = tag;
        user.changed = origin;
        Ok(Outcome::of(sip).with_warnings(warnings))
    }

    /// The policy in effect for `user`: its tag policy, else its registrar pool's site
    /// policy, else Global.
    pub fn effective_policy(&self, user: &User) -> &PersistentChatPolicy {
        if let Some(p) = user
            .persistent_chat_policy
            .as_deref()
            .and_then(|t| self.data.policies.get(t))
        {
            return p;
        }
        if let Some(p) = self
            .data
            .pools
            .get(&user.registrar_pool)
            .and_then(|pool| self.data.policies.get(&format!("Site:{}", pool.site)))
        {
            return p;
        }
        self.data
            .policies
            .get("Global")
            .expect("the Global policy always exists")
    }
}

fn granted_to(user: &User, identity: &str) -> bool {
    user.persistent_chat_policy
        .as_deref()
        .is_some_and(|p| p.eq_ignore_ascii_case(identity))
}
