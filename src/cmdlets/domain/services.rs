//! The topology as the real shell lists it: `Get-CsPool` (every pool, chat pools included) and
//! `Get-CsService` (the services of the roles coexist models). Both are derived views of the
//! stored pools; coexist's own `Get-Pool` keeps listing registrar pools only.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::params::{example, param};
use crate::cmdlets::domain::run::{model_error, Ctx, Run};
use crate::cmdlets::domain::topology::strip_site_prefix;
use crate::cmdlets::domain::xds;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec};
use crate::eval::value::Value;
use crate::model::scope::{Scope, CHAT_SERVICE};
use crate::model::services::{FILE_STORE_ROLE, REGISTRAR_ROLE, STORE_ROLE};
use crate::model::ModelError;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![get_pool(), get_service()]
}

fn get_pool() -> CmdletSpec {
    CmdletSpec {
        name: "Get-CsPool",
        aliases: &[],
        synopsis: "Returns every pool of the topology: registrar pools and chat pools.",
        description: "Each pool shows its Services, Computers, Fqdn and Site (Site:<name>), and \
            coexist's Kind (Registrar, PersistentChat, GroupChat2010, GroupChat2007R2) and \
            Version. Legacy Group Chat pools have no services. Get-Pool lists the registrar \
            pools only.",
        signature: xds::signature(vec![
            xds::identity("The pool FQDN."),
            xds::filter("*.contoso.com"),
            param("Site", ParamKind::String, "Keeps the pools of this site (Redmond or site:Redmond)."),
        ]),
        examples: vec![
            example(
                "List the chat pools' computers.",
                concat!(
                    chat_setup!(),
                    "Get-CsPool | Where-Object { $_.Kind -ne 'Registrar' } | Select-Object -ExpandProperty Computers"
                ),
                Some("gc01.contoso.com\npchat01.contoso.com\n"),
            ),
            example(
                "Find the pools that run no service coexist models.",
                concat!(
                    chat_setup!(),
                    "Get-CsPool | Where-Object { $_.Services.Count -eq 0 } | ForEach-Object { $_.Identity }"
                ),
                Some("gc.contoso.com\n"),
            ),
        ],
        mutating: false,
        factory: || Box::new(Run::new(run_get_pool)),
    }
}

fn run_get_pool(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let model = host.model();
    let site = match b.string("Site") {
        Some(name) => Some(
            model
                .find_site(strip_site_prefix(name.trim()), "Site")
                .map_err(|e| model_error(b, &[], e))?
                .identity
                .clone(),
        ),
        None => None,
    };
    let pools: Vec<_> = model
        .display_pools()
        .into_iter()
        .filter(|p| {
            site.as_ref().is_none_or(|s| {
                p.site
                    .eq_ignore_ascii_case(&Scope::Site(s.clone()).to_string())
            })
        })
        .collect();
    xds::get_listed(b, out, pools, |id, suggestion| ModelError::UnknownPool {
        pool: id.to_string(),
        suggestion,
        param: "Identity",
    })
}

/// A role switch of `Get-CsService`: its name, its parameter set, an alias, and the role of the
/// services it returns (`None`: a role coexist does not model).
struct RoleSwitch {
    name: &'static str,
    set: &'static str,
    alias: Option<&'static str>,
    role: Option<&'static str>,
}

const fn modelled(name: &'static str, role: &'static str) -> RoleSwitch {
    RoleSwitch {
        name,
        set: name,
        alias: None,
        role: Some(role),
    }
}

const fn noted(name: &'static str) -> RoleSwitch {
    RoleSwitch {
        name,
        set: name,
        alias: None,
        role: None,
    }
}

/// Every role switch of the reference, in its order.
const ROLE_SWITCHES: &[RoleSwitch] = &[
    noted("ApplicationDatabase"),
    noted("ApplicationServer"),
    noted("ArchivingDatabase"),
    noted("ArchivingServer"),
    noted("CentralManagement"),
    noted("CentralManagementDatabase"),
    RoleSwitch {
        name: "ConferencingServer",
        set: "ConferenceServer",
        alias: Some("ConferenceServer"),
        role: None,
    },
    noted("Director"),
    noted("EdgeServer"),
    modelled("FileStore", FILE_STORE_ROLE),
    noted("ManagementServer"),
    noted("MediationServer"),
    noted("MonitoringServer"),
    noted("MonitoringDatabase"),
    noted("ProvisionServer"),
    noted("ProvisionDatabase"),
    noted("PstnGateway"),
    modelled("Registrar", REGISTRAR_ROLE),
    RoleSwitch {
        name: "TrustedApplicationPool",
        set: "TrustedApplicationPool",
        alias: Some("ExternalServer"),
        role: None,
    },
    noted("UserDatabase"),
    noted("UserServer"),
    noted("WebServer"),
    noted("BackupServer"),
    noted("LegalInterceptServer"),
    noted("PersistentChatComplianceDatabase"),
    modelled("PersistentChatDatabase", STORE_ROLE),
    modelled("PersistentChatServer", CHAT_SERVICE),
    noted("WacServer"),
    noted("VideoGateway"),
    noted("VideoInteropServer"),
];

impl RoleSwitch {
    fn spec(&self) -> ParamSpec {
        let p = match self.role {
            Some(role) => param(
                self.name,
                ParamKind::Switch,
                &format!("Returns the {role} services only."),
            ),
            None => param(
                self.name,
                ParamKind::Switch,
                "Returns the services of a role coexist does not model: none.",
            )
            .noted(),
        };
        let p = p.sets(&[self.set]);
        match self.alias {
            Some(alias) => p.aliases(&[alias]),
            None => p,
        }
    }
}

fn get_service() -> CmdletSpec {
    let mut params = vec![
        xds::identity("The service, <Role>:<pool>, e.g. Registrar:lync2013.contoso.com."),
        xds::filter("PersistentChat*"),
        param(
            "PoolFqdn",
            ParamKind::String,
            "Keeps the services of this pool (or SQL or file server).",
        ),
    ];
    params.extend(ROLE_SWITCHES.iter().map(RoleSwitch::spec));
    CmdletSpec {
        name: "Get-CsService",
        aliases: &[],
        synopsis: "Returns the services of the topology that coexist models.",
        description: "Registrar:<pool> for each registrar pool, PersistentChatServer:<pool> for \
            each Persistent Chat pool, PersistentChatStore:<SQL instance> for its back ends and \
            FileStore:<server> for its file store, each with Role, PoolFqdn, SiteId \
            (Site:<name>), Version and DependentServiceList. One role switch at a time; the \
            switches of roles coexist does not model return nothing.",
        signature: xds::signature(params),
        examples: vec![
            example(
                "List the services of one pool (its back end runs on it too, by default).",
                concat!(
                    chat_setup!(),
                    "Get-CsService -PoolFqdn pchat.contoso.com | ForEach-Object { $_.Identity }"
                ),
                Some("PersistentChatServer:pchat.contoso.com\nPersistentChatStore:pchat.contoso.com\\rtc\n"),
            ),
            example(
                "List the Persistent Chat databases.",
                concat!(
                    chat_setup!(),
                    "(Get-CsService -PersistentChatDatabase).Identity"
                ),
                Some("PersistentChatStore:pchat.contoso.com\\rtc\n"),
            ),
        ],
        mutating: false,
        factory: || Box::new(Run::new(run_get_service)),
    }
}

fn run_get_service(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let switch = ROLE_SWITCHES.iter().find(|s| b.switch(s.name));
    if switch.is_some_and(|s| s.role.is_none()) {
        return Ok(());
    }
    let role = switch.and_then(|s| s.role);
    let pool = b.string("PoolFqdn");
    let services: Vec<_> = host
        .model()
        .services()
        .into_iter()
        .filter(|s| role.is_none_or(|r| s.role == r))
        .filter(|s| {
            pool.as_ref()
                .is_none_or(|p| s.pool_fqdn.eq_ignore_ascii_case(p.trim()))
        })
        .collect();
    xds::get_listed(b, out, services, |id, suggestion| {
        ModelError::UnknownService {
            identity: id.to_string(),
            actually: None,
            suggestion,
            any_service: true,
            param: "Identity",
        }
    })
}
