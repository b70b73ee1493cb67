//! The topology as `Get-CsPool` and `Get-CsService` show it: every pool (registrar and chat
//! pools alike) and the services running in them, derived from the stored pools.
//!
//! Services (†, the roles coexist models): `Registrar:<pool>` for each registrar pool,
//! `PersistentChatServer:<pool>` for each Persistent Chat pool, `PersistentChatStore:<SQL
//! instance>` for its back end and backup back end, and `FileStore:<host>` for its file store.
//! Legacy Group Chat pools are pools without services. A service's `DependentServiceList`
//! names the services it is tied to: a registrar its Persistent Chat services, a Persistent Chat
//! service its registrar, stores and file store.

use super::objects::{ChatPoolKind, Edition, Version};
use super::records::Record;
use super::scope::{Scope, CHAT_SERVICE};
use super::view::{prop, Prop, PropDef};
use super::{ChatPool, Model};

/// The role of a Persistent Chat back-end database service.
pub const STORE_ROLE: &str = "PersistentChatStore";
/// The role of a file store service.
pub const FILE_STORE_ROLE: &str = "FileStore";
/// The role of a registrar service.
pub const REGISTRAR_ROLE: &str = "Registrar";

/// A pool as `Get-CsPool` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DisplayPool {
    /// The pool FQDN.
    pub fqdn: String,
    /// The services running in it (`Registrar:<fqdn>`).
    pub services: Vec<String>,
    /// Its computers: a chat pool's own, a Standard Edition server itself; an Enterprise
    /// pool's Front End servers are not modelled (none).
    pub computers: Vec<String>,
    /// `Site:<site>`.
    pub site: String,
    /// `Registrar`, or the chat pool's kind (`PersistentChat`, `GroupChat2010`, …).
    pub kind: String,
    /// The server version (a chat pool's: its home pool's version).
    pub version: Version,
}

/// A service as `Get-CsService` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// `<Role>:<pool>`.
    pub identity: String,
    /// `Registrar`, `PersistentChatServer`, `PersistentChatStore` or `FileStore`.
    pub role: &'static str,
    /// The pool, SQL server or file server it runs on.
    pub pool_fqdn: String,
    /// `Site:<site>`.
    pub site_id: String,
    /// The server version.
    pub version: Version,
    /// The services it is tied to.
    pub dependent_service_list: Vec<String>,
}

impl Record for DisplayPool {
    const TYPE_NAME: &'static str = "DisplayPool";
    const DEFAULT_DISPLAY: usize = 5;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", fqdn),
        prop!("Services", services),
        prop!("Computers", computers),
        prop!("Fqdn", fqdn),
        prop!("Site", site),
        prop!("Kind", kind),
        prop!("Version", version),
    ];

    fn identity(&self) -> &str {
        &self.fqdn
    }
}

impl Record for Service {
    const TYPE_NAME: &'static str = "DisplayService";
    const DEFAULT_DISPLAY: usize = 6;
    const PROPS: &'static [PropDef<Self>] = &[
        prop!("Identity", identity),
        prop!("Role", |s| Prop::Str(s.role.to_string())),
        prop!("PoolFqdn", pool_fqdn),
        prop!("SiteId", site_id),
        prop!("Version", version),
        prop!("DependentServiceList", dependent_service_list),
    ];

    fn identity(&self) -> &str {
        &self.identity
    }
}

/// `<role>:<fqdn>`.
fn service_id(role: &str, fqdn: &str) -> String {
    format!("{role}:{fqdn}")
}

/// The SQL server of an instance (`sql.contoso.com\rtc` → `sql.contoso.com`).
fn sql_host(instance: &str) -> &str {
    instance.split('\\').next().unwrap_or(instance)
}

/// The file server of a store (`\\fs01.contoso.com\pchat` → `fs01.contoso.com`); a local path
/// is on the chat pool itself.
fn file_host<'a>(chat: &'a ChatPool, store: &'a str) -> &'a str {
    store
        .strip_prefix("\\\\")
        .and_then(|rest| rest.split('\\').next())
        .filter(|host| !host.is_empty())
        .unwrap_or(&chat.fqdn)
}

impl Model {
    /// `Site:<site>` of a registrar pool (`Site:` alone when it is unknown).
    fn pool_site(&self, fqdn: &str) -> String {
        let site = self.data.pools.get(fqdn).map_or("", |p| p.site.as_str());
        Scope::Site(site.to_string()).to_string()
    }

    /// Every pool, registrar pools first, as `Get-CsPool` shows them.
    pub fn display_pools(&self) -> Vec<DisplayPool> {
        let registrars = self.data.pools.iter().map(|p| DisplayPool {
            fqdn: p.fqdn.clone(),
            services: vec![service_id(REGISTRAR_ROLE, &p.fqdn)],
            computers: match p.edition {
                Edition::Standard => vec![p.fqdn.clone()],
                Edition::Enterprise => Vec::new(),
            },
            site: self.pool_site(&p.fqdn),
            kind: REGISTRAR_ROLE.to_string(),
            version: p.version,
        });
        let chat_pools = self.data.chat_pools.iter().map(|c| DisplayPool {
            fqdn: c.fqdn.clone(),
            services: if c.kind == ChatPoolKind::PersistentChat {
                vec![service_id(CHAT_SERVICE, &c.fqdn)]
            } else {
                Vec::new()
            },
            computers: c.computers.clone(),
            site: self.pool_site(&c.home_pool),
            kind: c.kind.as_str().to_string(),
            version: c.kind.home_version(),
        });
        registrars.chain(chat_pools).collect()
    }

    /// Every service of the topology, in pool order.
    pub fn services(&self) -> Vec<Service> {
        let persistent: Vec<&ChatPool> = self
            .data
            .chat_pools
            .iter()
            .filter(|c| c.kind == ChatPoolKind::PersistentChat)
            .collect();
        let mut services: Vec<Service> = self
            .data
            .pools
            .iter()
            .map(|p| Service {
                identity: service_id(REGISTRAR_ROLE, &p.fqdn),
                role: REGISTRAR_ROLE,
                pool_fqdn: p.fqdn.clone(),
                site_id: self.pool_site(&p.fqdn),
                version: p.version,
                dependent_service_list: persistent
                    .iter()
                    .filter(|c| c.home_pool.eq_ignore_ascii_case(&p.fqdn))
                    .map(|c| service_id(CHAT_SERVICE, &c.fqdn))
                    .collect(),
            })
            .collect();
        let mut stores: Vec<Service> = Vec::new();
        for chat in &persistent {
            let site_id = self.pool_site(&chat.home_pool);
            let version = Version::Lync2013;
            let mut tied = vec![service_id(REGISTRAR_ROLE, &chat.home_pool)];
            let instances = std::iter::once(&chat.back_end).chain(&chat.backup_back_end);
            for instance in instances {
                let identity = service_id(STORE_ROLE, instance);
                tied.push(identity.clone());
                let service = Service {
                    identity,
                    role: STORE_ROLE,
                    pool_fqdn: sql_host(instance).to_string(),
                    site_id: site_id.clone(),
                    version,
                    dependent_service_list: vec![service_id(CHAT_SERVICE, &chat.fqdn)],
                };
                add_or_join(&mut stores, service);
            }
            if let Some(store) = &chat.file_store {
                let host = file_host(chat, store);
                let identity = service_id(FILE_STORE_ROLE, host);
                tied.push(identity.clone());
                let service = Service {
                    identity,
                    role: FILE_STORE_ROLE,
                    pool_fqdn: host.to_string(),
                    site_id: site_id.clone(),
                    version,
                    dependent_service_list: vec![service_id(CHAT_SERVICE, &chat.fqdn)],
                };
                add_or_join(&mut stores, service);
            }
            services.push(Service {
                identity: service_id(CHAT_SERVICE, &chat.fqdn),
                role: CHAT_SERVICE,
                pool_fqdn: chat.fqdn.clone(),
                site_id,
                version,
                dependent_service_list: tied,
            });
        }
        services.extend(stores);
        services
    }
}

/// Adds a store service, or joins its dependents to the same store already listed (several
/// chat pools may share a SQL instance or file server).
fn add_or_join(stores: &mut Vec<Service>, service: Service) {
    match stores
        .iter_mut()
        .find(|s| s.identity.eq_ignore_ascii_case(&service.identity))
    {
        Some(existing) => existing
            .dependent_service_list
            .extend(service.dependent_service_list),
        None => stores.push(service),
    }
}
