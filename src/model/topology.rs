//! Topology operations: sites, registrar pools, chat pools (endpoints are in `endpoints.rs`).
//!
//! Removing a site also removes its `Site:` policy and configuration settings; removing a chat
//! pool removes its service settings and clears it as a site's default Persistent Chat pool.
//!
//! Rules: `duplicate_site`, `unknown_site`, `site_in_use`, `duplicate_fqdn`, `unknown_pool`,
//! `unknown_chat_pool`, `not_a_registrar`, `home_pool_version`, `three_version_coexistence`,
//! `pool_in_use`, `chat_pool_in_use`, `server_limit`, `file_store_required`,
//! `single_computer_pool`, `pool_capacity`, `invalid_scope`,
//! `not_a_persistent_chat_pool`, `failover_without_backup` (a failed-over pool keeps its backup
//! back end).

use super::error::Named;
use super::migration::{Blocker, BlockerReason};
use super::objects::{ChatPoolKind, ChatPoolState, Edition, PoolState, PoolType, Version};
use super::pool_state::Layout;
use super::scope::Scope;
use super::view::{store_recorded, Recorded};
use super::{ChatPool, Model, ModelError, ModelWarning, Origin, Outcome, Pool, Site};

/// The forest of a site created without `-Forest`.
pub const DEFAULT_FOREST: &str = "corp.local";

/// Users one active Persistent Chat server serves, per the documentation.
pub const USERS_PER_SERVER: usize = 20_000;

/// Users one Persistent Chat pool serves at most.
pub const USERS_PER_POOL: usize = 80_000;

/// `New-Site`.
#[derive(Debug, Clone, Default)]
pub struct NewSite {
    /// Site name.
    pub name: String,
    /// Forest (default [`DEFAULT_FOREST`]).
    pub forest: Option<String>,
}

/// `Set-CsSite`: `None` leaves a property unchanged.
#[derive(Debug, Clone, Default)]
pub struct SetSite {
    /// The bare site name (`Site:` is `invalid_scope` here).
    pub identity: String,
    /// The site's default Persistent Chat pool (`Some(None)` clears it).
    pub default_persistent_chat_pool: Option<Option<String>>,
    /// Recorded properties (Description, DisplayName, FederationRoute, XmppFederationRoute).
    pub recorded: Recorded,
}

/// `New-Pool`.
#[derive(Debug, Clone)]
pub struct NewPool {
    /// Pool FQDN.
    pub fqdn: String,
    /// Server version.
    pub version: Version,
    /// Site name.
    pub site: String,
    /// Edition (default Enterprise).
    pub edition: Option<Edition>,
}

/// `New-ChatPool`.
#[derive(Debug, Clone, Default)]
pub struct NewChatPool {
    /// Chat pool FQDN.
    pub fqdn: String,
    /// Home registrar pool FQDN.
    pub home_pool: String,
    /// Kind (default PersistentChat).
    pub kind: Option<ChatPoolKind>,
    /// Pool type (default MultipleComputer).
    pub pool_type: Option<PoolType>,
    /// The computers of the pool (default: generated from the counts, see
    /// [`pool_state`](super::pool_state)).
    pub computers: Option<Vec<String>>,
    /// Active servers (default 1, or with `computers` up to 4 of them).
    pub servers: Option<u32>,
    /// Standby servers (default 0; with `computers`, the computers that are not active).
    pub standby_servers: Option<u32>,
    /// File store path.
    pub file_store: Option<String>,
    /// Back-end SQL instance (default `<fqdn>\rtc`).
    pub back_end: Option<String>,
    /// Backup back-end SQL instance (needed to fail over).
    pub backup_back_end: Option<String>,
}

/// `Set-ChatPool`: `None` leaves a property unchanged.
#[derive(Debug, Clone, Default)]
pub struct SetChatPool {
    /// The chat pool.
    pub identity: String,
    /// New home pool.
    pub home_pool: Option<String>,
    /// New computers.
    pub computers: Option<Vec<String>>,
    /// New active server count.
    pub servers: Option<u32>,
    /// New standby server count (without `computers`).
    pub standby_servers: Option<u32>,
    /// New file store (empty text clears it).
    pub file_store: Option<String>,
    /// New back-end SQL instance.
    pub back_end: Option<String>,
    /// New backup back-end SQL instance (empty text clears it).
    pub backup_back_end: Option<String>,
}

/// The documented capacity of a Persistent Chat pool with `servers` active servers.
pub fn capacity_limit(servers: u32) -> usize {
    (servers as usize)
        .saturating_mul(USERS_PER_SERVER)
        .min(USERS_PER_POOL)
}

/// `\\host\share…`
pub fn is_unc(path: &str) -> bool {
    path.strip_prefix("\\\\")
        .and_then(|rest| rest.split_once('\\'))
        .is_some_and(|(host, share)| !host.is_empty() && !share.is_empty())
}

impl Model {
    /// `New-Site`.
    pub fn new_site(&mut self, req: NewSite, origin: Origin) -> Result<Outcome, ModelError> {
        if let Some(existing) = self.data.sites.get(&req.name) {
            return Err(ModelError::DuplicateSite {
                site: existing.identity.clone(),
                existing: existing.created,
            });
        }
        let forest = req
            .forest
            .filter(|f| !f.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_FOREST.to_string());
        self.data.sites.insert(Site {
            identity: req.name.clone(),
            forest,
            default_persistent_chat_pool: None,
            description: None,
            display_name: None,
            federation_route: None,
            xmpp_federation_route: None,
            created: origin,
            changed: origin,
        });
        Ok(Outcome::of(req.name))
    }

    /// `Set-CsSite`: the default Persistent Chat pool and the recorded properties.
    pub fn set_site(&mut self, req: SetSite, origin: Origin) -> Result<Outcome, ModelError> {
        if let Scope::Site(name) = Scope::parse(&req.identity) {
            return Err(ModelError::InvalidScope {
                identity: req.identity.trim().to_string(),
                cmdlet: "Set-CsSite".to_string(),
                forms: "the bare site name",
                example: name,
            });
        }
        let site = self
            .find_site(req.identity.trim(), "Identity")?
            .identity
            .clone();
        let default_pool = match req.default_persistent_chat_pool {
            Some(Some(fqdn)) => Some(Some(self.find_persistent_chat_pool(&fqdn)?.fqdn.clone())),
            Some(None) => Some(None),
            None => None,
        };
        let object = self.data.sites.get_mut(&site).expect("found above");
        if let Some(pool) = default_pool {
            object.default_persistent_chat_pool = pool;
        }
        store_recorded(object, &req.recorded);
        object.changed = origin;
        Ok(Outcome::of(site))
    }

    /// The pools of site `site` (`Get-CsSite`'s Pools): its registrar pools, then the chat
    /// pools homed on them, in model order.
    pub fn pools_of_site(&self, site: &str) -> Vec<String> {
        let in_site = |fqdn: &str| {
            self.data
                .pools
                .get(fqdn)
                .is_some_and(|p| p.site.eq_ignore_ascii_case(site))
        };
        let registrars = self.data.pools.iter().filter(|p| in_site(&p.fqdn));
        let chat_pools = self
            .data
            .chat_pools
            .iter()
            .filter(|c| in_site(&c.home_pool));
        registrars
            .map(|p| p.fqdn.clone())
            .chain(chat_pools.map(|c| c.fqdn.clone()))
            .collect()
    }

    /// The Persistent Chat pool a site's `-DefaultPersistentChatPool` names:
    /// `not_a_persistent_chat_pool` for a registrar or legacy pool, else `unknown_chat_pool`.
    fn find_persistent_chat_pool(&self, fqdn: &str) -> Result<&ChatPool, ModelError> {
        const P: &str = "DefaultPersistentChatPool";
        let fqdn = fqdn.trim();
        let persistent_pool = || {
            self.data
                .chat_pools
                .iter()
                .find(|c| c.kind == ChatPoolKind::PersistentChat)
                .map(|c| c.fqdn.clone())
        };
        let (what, origin) = match (self.data.chat_pools.get(fqdn), self.data.pools.get(fqdn)) {
            (Some(c), _) if c.kind == ChatPoolKind::PersistentChat => return Ok(c),
            (Some(c), _) => (format!("a {} pool", c.kind.product()), c.created),
            (None, Some(p)) => ("a registrar pool".to_string(), p.created),
            (None, None) => return self.find_chat_pool(fqdn, P),
        };
        Err(ModelError::NotAPersistentChatPool {
            fqdn: fqdn.to_string(),
            what,
            origin,
            persistent_pool: persistent_pool(),
        })
    }

    /// `Remove-Site` (also removes the site's Persistent Chat policy).
    pub fn remove_site(&mut self, identity: &str, _origin: Origin) -> Result<Outcome, ModelError> {
        let site = self.find_site(identity, "Identity")?.identity.clone();
        let pools: Vec<Named> = self
            .data
            .pools
            .iter()
            .filter(|p| p.site.eq_ignore_ascii_case(&site))
            .map(|p| Named {
                identity: p.fqdn.clone(),
                origin: p.created,
            })
            .collect();
        if !pools.is_empty() {
            return Err(ModelError::SiteInUse { site, pools });
        }
        self.data.sites.remove(&site);
        let scope = Scope::Site(site.clone()).to_string();
        self.data.policies.remove(&scope);
        self.data.chat_configurations.remove(&scope);
        self.data.compliance_configurations.remove(&scope);
        Ok(Outcome::of(site))
    }

    /// `New-Pool`.
    pub fn new_pool(&mut self, req: NewPool, origin: Origin) -> Result<Outcome, ModelError> {
        let site = self.find_site(&req.site, "Site")?;
        let (site_name, forest) = (site.identity.clone(), site.forest.clone());
        self.check_fqdn_free(&req.fqdn, "Fqdn")?;
        self.check_three_versions(&req.fqdn, req.version, &forest)?;
        self.data.pools.insert(Pool {
            fqdn: req.fqdn.clone(),
            version: req.version,
            site: site_name,
            edition: req.edition.unwrap_or(Edition::Enterprise),
            created: origin,
            changed: origin,
        });
        Ok(Outcome::of(req.fqdn))
    }

    /// `Remove-Pool`.
    pub fn remove_pool(&mut self, identity: &str, _origin: Origin) -> Result<Outcome, ModelError> {
        let fqdn = self.find_pool(identity, "Identity")?.fqdn.clone();
        let user_count = self.users_on(&fqdn);
        let chat_pools: Vec<Named> = self
            .data
            .chat_pools
            .iter()
            .filter(|c| c.home_pool.eq_ignore_ascii_case(&fqdn))
            .map(|c| Named {
                identity: c.fqdn.clone(),
                origin: c.created,
            })
            .collect();
        if user_count > 0 || !chat_pools.is_empty() {
            let users = self
                .data
                .users
                .iter()
                .filter(|u| u.registrar_pool.eq_ignore_ascii_case(&fqdn))
                .take(5)
                .map(|u| Named {
                    identity: u.sip_address.clone(),
                    origin: u.created,
                })
                .collect();
            let forest = self.forest_of_pool(&fqdn);
            let others: Vec<&Pool> = self
                .data
                .pools
                .iter()
                .filter(|p| !p.fqdn.eq_ignore_ascii_case(&fqdn))
                .filter(|p| self.forest_of_pool(&p.fqdn).eq_ignore_ascii_case(forest))
                .collect();
            let move_to = others
                .iter()
                .find(|p| p.version == Version::Lync2013)
                .or(others.first())
                .map(|p| p.fqdn.clone());
            let from_ocs = self
                .data
                .pools
                .get(&fqdn)
                .is_some_and(|p| p.version == Version::Ocs2007R2);
            return Err(ModelError::PoolInUse {
                pool: fqdn,
                users,
                user_count,
                chat_pools,
                move_to,
                from_ocs,
            });
        }
        self.data.pools.remove(&fqdn);
        Ok(Outcome::of(fqdn))
    }

    /// `New-ChatPool`.
    pub fn new_chat_pool(
        &mut self,
        req: NewChatPool,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let kind = req.kind.unwrap_or(ChatPoolKind::PersistentChat);
        let pool_type = req.pool_type.unwrap_or(PoolType::MultipleComputer);
        // duplicate_fqdn, with the collocated single-computer exception.
        if let Some(existing) = self.data.chat_pools.get(&req.fqdn) {
            return Err(ModelError::DuplicateFqdn {
                fqdn: existing.fqdn.clone(),
                existing_kind: super::Kind::ChatPool,
                existing: existing.created,
                param: "Fqdn",
            });
        }
        if let Some(existing) = self.data.pools.get(&req.fqdn) {
            let collocated = kind == ChatPoolKind::PersistentChat
                && pool_type == PoolType::SingleComputer
                && existing.edition == Edition::Standard
                && existing.fqdn.eq_ignore_ascii_case(&req.home_pool);
            if !collocated {
                return Err(ModelError::DuplicateFqdn {
                    fqdn: existing.fqdn.clone(),
                    existing_kind: super::Kind::Pool,
                    existing: existing.created,
                    param: "Fqdn",
                });
            }
        }
        let home = self.find_pool(&req.home_pool, "HomePool")?;
        self.check_home_version(&req.fqdn, kind, home)?;
        let home_pool = home.fqdn.clone();
        let layout = Layout {
            fqdn: &req.fqdn,
            single: pool_type == PoolType::SingleComputer
                || req.fqdn.eq_ignore_ascii_case(&home_pool),
            ..Layout::default()
        };
        let given_computers = req.computers.is_some();
        let (computers, active_servers) =
            layout.arrange(req.computers, req.servers, req.standby_servers);
        let chat = ChatPool {
            fqdn: req.fqdn.clone(),
            kind,
            home_pool,
            state: ChatPoolState::Running,
            pool_type,
            computers,
            active_servers,
            saved_servers: None,
            saved_standby_servers: None,
            pool_state: PoolState::Normal,
            file_store: req.file_store.filter(|f| !f.trim().is_empty()),
            endpoint: Default::default(),
            back_end: req
                .back_end
                .filter(|b| !b.trim().is_empty())
                .unwrap_or_else(|| format!("{}\\rtc", req.fqdn)),
            backup_back_end: req.backup_back_end.filter(|b| !b.trim().is_empty()),
            migrated_into: None,
            received_from: Vec::new(),
            migrated: Origin::Loaded,
            created: origin,
            changed: origin,
        };
        let servers_param = servers_param(given_computers, req.servers, req.standby_servers);
        check_servers(&chat, home, servers_param, true)?;
        let capacity_param = if req.servers.is_some() {
            "Servers"
        } else {
            "HomePool"
        };
        let warnings = self.capacity_warning(&chat, None, capacity_param);
        self.data.chat_pools.insert(chat);
        Ok(Outcome::of(req.fqdn).with_warnings(warnings))
    }

    /// `Set-ChatPool`.
    pub fn set_chat_pool(
        &mut self,
        req: SetChatPool,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let old = self.find_chat_pool(&req.identity, "Identity")?.clone();
        let mut chat = old.clone();
        let home = match &req.home_pool {
            Some(name) => {
                let home = self.find_pool(name, "HomePool")?;
                self.check_home_version(&chat.fqdn, chat.kind, home)?;
                home
            }
            None => self.find_pool(&chat.home_pool, "HomePool")?,
        };
        chat.home_pool = home.fqdn.clone();
        let resized =
            req.computers.is_some() || req.servers.is_some() || req.standby_servers.is_some();
        let servers_param =
            servers_param(req.computers.is_some(), req.servers, req.standby_servers);
        if resized {
            let layout = Layout {
                fqdn: &old.fqdn,
                single: old.pool_type == PoolType::SingleComputer
                    || old.fqdn.eq_ignore_ascii_case(&chat.home_pool),
                computers: &old.computers,
                active: &old.active_servers,
            };
            (chat.computers, chat.active_servers) =
                layout.arrange(req.computers, req.servers, req.standby_servers);
        }
        if let Some(path) = req.file_store {
            chat.file_store = Some(path).filter(|f| !f.trim().is_empty());
        }
        if let Some(back_end) = req.back_end.filter(|b| !b.trim().is_empty()) {
            chat.back_end = back_end;
        }
        if let Some(backup) = req.backup_back_end {
            chat.backup_back_end = Some(backup).filter(|b| !b.trim().is_empty());
        }
        check_servers(&chat, home, servers_param, resized)?;
        if chat.pool_state == PoolState::FailedOver && chat.backup_back_end.is_none() {
            return Err(ModelError::FailoverWithoutBackup {
                chat_pool: chat.fqdn.clone(),
                chat_pool_origin: old.changed,
            });
        }
        chat.changed = origin;
        let capacity_param = if req.servers.is_some() {
            "Servers"
        } else if req.home_pool.is_some() {
            "HomePool"
        } else {
            ""
        };
        let warnings = self.capacity_warning(&chat, Some(&old), capacity_param);
        let fqdn = chat.fqdn.clone();
        self.data.chat_pools.insert(chat);
        Ok(Outcome::of(fqdn).with_warnings(warnings))
    }

    /// `Remove-ChatPool`. A Persistent Chat pool with content needs `force` (which removes
    /// the content); a legacy pool must be migrated and unused (`force` does not bypass that).
    pub fn remove_chat_pool(
        &mut self,
        identity: &str,
        force: bool,
        _origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let chat = self.find_chat_pool(identity, "Identity")?;
        let fqdn = chat.fqdn.clone();
        if chat.is_legacy() {
            let blockers = self.decommission_blockers(&fqdn);
            let blocking: Vec<&Blocker> = blockers.iter().filter(|b| b.blocks_removal()).collect();
            if !blocking.is_empty() {
                let forest = self.forest_of_chat_pool(&fqdn);
                let target = self
                    .data
                    .chat_pools
                    .iter()
                    .filter(|c| c.kind == ChatPoolKind::PersistentChat)
                    .find(|c| {
                        self.forest_of_chat_pool(&c.fqdn)
                            .eq_ignore_ascii_case(forest)
                    })
                    .map(|c| c.fqdn.clone());
                return Err(ModelError::DecommissionBlocked {
                    pool: fqdn,
                    not_migrated: blocking
                        .iter()
                        .any(|b| b.reason == BlockerReason::NotMigrated),
                    configured_user: blocking
                        .iter()
                        .find(|b| b.reason == BlockerReason::UserConfigured)
                        .map(|b| b.object.clone()),
                    blockers: blocking.iter().map(|b| b.description()).collect(),
                    target,
                });
            }
        } else {
            let content = self.chat_pool_content(&fqdn);
            if !content.is_empty() && !force {
                return Err(ModelError::ChatPoolInUse {
                    chat_pool: fqdn,
                    content,
                });
            }
        }
        let mut removed = vec![fqdn.clone()];
        removed.extend(self.remove_chat_pool_content(&fqdn));
        self.forget_chat_service(&fqdn);
        self.data.chat_pools.remove(&fqdn);
        Ok(Outcome {
            warnings: Vec::new(),
            identities: removed,
        })
    }

    /// `Stop-ChatPool`: Running becomes Stopped (a Migrated pool stays Migrated).
    pub fn stop_chat_pool(
        &mut self,
        identity: &str,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        self.set_state(identity, ChatPoolState::Stopped, origin)
    }

    /// `Start-ChatPool`: Stopped becomes Running (a Migrated pool stays Migrated).
    pub fn start_chat_pool(
        &mut self,
        identity: &str,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        self.set_state(identity, ChatPoolState::Running, origin)
    }

    fn set_state(
        &mut self,
        identity: &str,
        state: ChatPoolState,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let fqdn = self.find_chat_pool(identity, "Identity")?.fqdn.clone();
        let chat = self.data.chat_pools.get_mut(&fqdn).expect("found above");
        if chat.state != ChatPoolState::Migrated && chat.state != state {
            chat.state = state;
            chat.changed = origin;
        }
        Ok(Outcome::of(fqdn))
    }

    /// Removes the service settings of chat pool `fqdn` and clears it as a site's default
    /// Persistent Chat pool.
    fn forget_chat_service(&mut self, fqdn: &str) {
        let scope = Scope::chat_service_identity(fqdn);
        self.data.chat_configurations.remove(&scope);
        self.data.compliance_configurations.remove(&scope);
        for site in self.data.sites.iter_mut() {
            let default = site.default_persistent_chat_pool.as_deref();
            if default.is_some_and(|p| p.eq_ignore_ascii_case(fqdn)) {
                site.default_persistent_chat_pool = None;
            }
        }
    }

    // ---- rule helpers ----

    /// `duplicate_fqdn`: no pool or chat pool has `fqdn`.
    fn check_fqdn_free(&self, fqdn: &str, param: &'static str) -> Result<(), ModelError> {
        if let Some(p) = self.data.pools.get(fqdn) {
            return Err(ModelError::DuplicateFqdn {
                fqdn: p.fqdn.clone(),
                existing_kind: super::Kind::Pool,
                existing: p.created,
                param,
            });
        }
        if let Some(c) = self.data.chat_pools.get(fqdn) {
            return Err(ModelError::DuplicateFqdn {
                fqdn: c.fqdn.clone(),
                existing_kind: super::Kind::ChatPool,
                existing: c.created,
                param,
            });
        }
        Ok(())
    }

    /// `three_version_coexistence`: adding a `version` pool to `forest` keeps at most two
    /// of the three versions when Lync 2013 is among them.
    fn check_three_versions(
        &self,
        fqdn: &str,
        version: Version,
        forest: &str,
    ) -> Result<(), ModelError> {
        let mut first_of: [Option<&Pool>; 3] = [None, None, None];
        for pool in self.data.pools.iter() {
            if self.forest_of_pool(&pool.fqdn).eq_ignore_ascii_case(forest) {
                let slot = &mut first_of[version_index(pool.version)];
                if slot.is_none() {
                    *slot = Some(pool);
                }
            }
        }
        let present = |v: Version| v == version || first_of[version_index(v)].is_some();
        if Version::ALL.iter().all(|&v| present(v)) {
            let others = Version::ALL
                .iter()
                .filter(|&&v| v != version)
                .filter_map(|&v| first_of[version_index(v)])
                .map(|p| Named {
                    identity: p.fqdn.clone(),
                    origin: p.created,
                })
                .collect();
            return Err(ModelError::ThreeVersionCoexistence {
                pool: fqdn.to_string(),
                version,
                forest: forest.to_string(),
                others,
            });
        }
        Ok(())
    }

    /// `home_pool_version`: the chat pool kind matches its home pool's version.
    fn check_home_version(
        &self,
        chat_pool: &str,
        kind: ChatPoolKind,
        home: &Pool,
    ) -> Result<(), ModelError> {
        if home.version == kind.home_version() {
            return Ok(());
        }
        let matching_pool = self
            .data
            .pools
            .iter()
            .find(|p| p.version == kind.home_version())
            .map(|p| p.fqdn.clone());
        Err(ModelError::HomePoolVersion {
            chat_pool: chat_pool.to_string(),
            kind,
            home_pool: home.fqdn.clone(),
            home_version: home.version,
            home_origin: home.created,
            matching_pool,
        })
    }

    /// `pool_capacity`: a warning when `chat` (after a change from `before`) crosses its
    /// documented capacity.
    pub(crate) fn capacity_warning(
        &self,
        chat: &ChatPool,
        before: Option<&ChatPool>,
        param: &'static str,
    ) -> Vec<ModelWarning> {
        if chat.kind != ChatPoolKind::PersistentChat {
            return Vec::new();
        }
        let over = |c: &ChatPool| self.users_on(&c.home_pool) > capacity_limit(c.servers());
        if over(chat) && !before.is_some_and(over) {
            vec![self.capacity_warning_for(chat, param)]
        } else {
            Vec::new()
        }
    }

    /// The `pool_capacity` warning for `chat` as it is.
    pub(crate) fn capacity_warning_for(
        &self,
        chat: &ChatPool,
        param: &'static str,
    ) -> ModelWarning {
        ModelWarning::PoolCapacity {
            chat_pool: chat.fqdn.clone(),
            home_pool: chat.home_pool.clone(),
            users: self.users_on(&chat.home_pool),
            servers: chat.servers(),
            limit: capacity_limit(chat.servers()),
            chat_pool_origin: chat.changed,
            param,
        }
    }

    /// `pool_capacity` warnings for Persistent Chat pools homed on `pool` whose load crosses
    /// the line when its user count goes from `before` to the current count.
    pub(crate) fn capacity_crossings(
        &self,
        pool: &str,
        before: usize,
        param: &'static str,
    ) -> Vec<ModelWarning> {
        let now = self.users_on(pool);
        self.data
            .chat_pools
            .iter()
            .filter(|c| {
                c.kind == ChatPoolKind::PersistentChat && c.home_pool.eq_ignore_ascii_case(pool)
            })
            .filter(|c| {
                let limit = capacity_limit(c.servers());
                before <= limit && now > limit
            })
            .map(|c| self.capacity_warning_for(c, param))
            .collect()
    }

    /// What keeps a Persistent Chat pool from being removed without `-Force`.
    fn chat_pool_content(&self, fqdn: &str) -> Vec<Named> {
        let on = |pool: &str| pool.eq_ignore_ascii_case(fqdn);
        let named = |identity: String, origin: Origin| Named { identity, origin };
        let mut content: Vec<Named> = Vec::new();
        content.extend(
            self.data
                .categories
                .iter()
                .filter(|c| on(&c.chat_pool))
                .map(|c| named(format!("category {}", c.identity), c.created)),
        );
        content.extend(
            self.data
                .rooms
                .iter()
                .filter(|r| on(&r.chat_pool))
                .map(|r| named(format!("room {}", r.identity), r.created)),
        );
        content.extend(
            self.data
                .addins
                .iter()
                .filter(|a| on(&a.chat_pool))
                .map(|a| named(format!("add-in {}", a.identity), a.created)),
        );
        content.extend(
            self.data
                .chat_endpoints
                .iter()
                .filter(|e| on(&e.chat_pool))
                .map(|e| named(format!("endpoint {}", e.sip_address), e.created)),
        );
        content.extend(
            self.data
                .users
                .iter()
                .filter(|u| u.group_chat_pool.as_deref().is_some_and(on))
                .map(|u| named(format!("user {} (GroupChatPool)", u.sip_address), u.changed)),
        );
        content
    }

    /// Removes a chat pool's categories, rooms, add-ins and endpoint and clears users'
    /// GroupChatPool; returns the identities removed.
    fn remove_chat_pool_content(&mut self, fqdn: &str) -> Vec<String> {
        let on = |pool: &str| pool.eq_ignore_ascii_case(fqdn);
        let mut removed = Vec::new();
        let d = &mut self.data;
        removed.extend(
            d.rooms
                .iter()
                .filter(|r| on(&r.chat_pool))
                .map(|r| r.identity.clone()),
        );
        d.rooms.retain(|r| !on(&r.chat_pool));
        d.messages
            .retain(|m| !super::objects::split_scoped(&m.room).is_some_and(|(pool, _)| on(pool)));
        removed.extend(
            d.categories
                .iter()
                .filter(|c| on(&c.chat_pool))
                .map(|c| c.identity.clone()),
        );
        d.categories.retain(|c| !on(&c.chat_pool));
        removed.extend(
            d.addins
                .iter()
                .filter(|a| on(&a.chat_pool))
                .map(|a| a.identity.clone()),
        );
        d.addins.retain(|a| !on(&a.chat_pool));
        removed.extend(
            d.chat_endpoints
                .iter()
                .filter(|e| on(&e.chat_pool))
                .map(|e| e.sip_address.clone()),
        );
        d.chat_endpoints.retain(|e| !on(&e.chat_pool));
        for user in d.users.iter_mut() {
            if user.group_chat_pool.as_deref().is_some_and(on) {
                user.group_chat_pool = None;
            }
        }
        removed
    }
}

fn version_index(v: Version) -> usize {
    match v {
        Version::Ocs2007R2 => 0,
        Version::Lync2010 => 1,
        Version::Lync2013 => 2,
    }
}

/// The parameter to blame for the server counts: `Computers` when given, else
/// `StandbyServers` when only it is, else `Servers`.
fn servers_param(computers: bool, servers: Option<u32>, standby: Option<u32>) -> &'static str {
    if computers {
        "Computers"
    } else if standby.is_some() && servers.is_none() {
        "StandbyServers"
    } else {
        "Servers"
    }
}

/// `server_limit`, `file_store_required` and `single_computer_pool`, in that order. The
/// minimum of one active server applies when the operation sets the computers or counts
/// (`resized`): a pool emptied by `Set-CsPersistentChatActiveServer` stays valid otherwise.
fn check_servers(
    chat: &ChatPool,
    home: &Pool,
    param: &'static str,
    resized: bool,
) -> Result<(), ModelError> {
    let home_edition = home.edition;
    let pc = chat.kind == ChatPoolKind::PersistentChat;
    let (servers, standby) = (chat.servers(), chat.standby_servers());
    let min = u32::from(resized);
    if pc && (!(min..=4).contains(&servers) || standby > 4) {
        let param = match param {
            "Computers" => param,
            _ if (min..=4).contains(&servers) => "StandbyServers",
            _ => "Servers",
        };
        return Err(ModelError::ServerLimit {
            chat_pool: chat.fqdn.clone(),
            servers,
            standby,
            param,
        });
    }
    if pc {
        let ok = match (&chat.file_store, chat.pool_type) {
            (None, _) => false,
            (Some(_), PoolType::SingleComputer) => true,
            (Some(path), PoolType::MultipleComputer) => is_unc(path),
        };
        if !ok {
            return Err(ModelError::FileStoreRequired {
                chat_pool: chat.fqdn.clone(),
                pool_type: chat.pool_type,
                file_store: chat.file_store.clone(),
            });
        }
    }
    let collocated = chat.fqdn.eq_ignore_ascii_case(&chat.home_pool);
    let total = servers + standby;
    let why = if chat.pool_type == PoolType::SingleComputer && total > 1 {
        Some("is a single-computer pool and has exactly one server")
    } else if collocated && total > 1 {
        Some("is collocated on its Standard Edition server and has exactly one server")
    } else if home_edition == Edition::Standard && standby > 0 {
        Some("is homed on a Standard Edition pool and has no standby servers")
    } else {
        None
    };
    if let Some(why) = why {
        let param = if param == "Computers" {
            param
        } else if standby > 0 && (servers <= 1 || param == "StandbyServers") {
            "StandbyServers"
        } else {
            "Servers"
        };
        let by_chat_pool = total > 1 && (chat.pool_type == PoolType::SingleComputer || collocated);
        let limited_by = if by_chat_pool {
            Named {
                identity: chat.fqdn.clone(),
                origin: chat.created,
            }
        } else {
            Named {
                identity: home.fqdn.clone(),
                origin: home.created,
            }
        };
        return Err(ModelError::SingleComputerPool {
            chat_pool: chat.fqdn.clone(),
            why,
            limited_by: Box::new(limited_by),
            servers,
            standby,
            param,
        });
    }
    Ok(())
}
