//! Topology cmdlets: sites, registrar pools and chat pools (New-/Set-/Remove- model Topology
//! Builder; `Get-CsSite` and `Set-CsSite` are real). Endpoints are in `endpoints.rs`.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::params::{example, force, get_params, identity, param, piped_identity};
use crate::cmdlets::domain::run::{
    apply, apply_to_identity, choice, count, list, recorded, required, text, Change, Ctx, Run,
};
use crate::cmdlets::domain::xds;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::value::Value;
use crate::model::objects::{ChatPoolKind, Edition, Kind, PoolType, Version};
use crate::model::topology::{NewChatPool, NewPool, NewSite, SetChatPool, SetSite};

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        new_site(),
        get_site(),
        set_site(),
        remove_site(),
        new_pool(),
        get_pool(),
        remove_pool(),
        new_chat_pool(),
        get_chat_pool(),
        set_chat_pool(),
        remove_chat_pool(),
        stop_chat_pool(),
        start_chat_pool(),
    ]
}

const VERSIONS: &[&str] = &["Ocs2007R2", "Lync2010", "Lync2013"];
const EDITIONS: &[&str] = &["Standard", "Enterprise"];
const KINDS: &[&str] = &["PersistentChat", "GroupChat2010", "GroupChat2007R2"];
const POOL_TYPES: &[&str] = &["SingleComputer", "MultipleComputer"];

/// The parameter set of `New-/Set-ChatPool` that gives server counts.
const COUNTS: &str = "Counts";
/// The parameter set of `New-/Set-ChatPool` that names the computers.
const COMPUTERS: &str = "Computers";

// ---- Sites ----

fn new_site() -> CmdletSpec {
    CmdletSpec {
        name: "New-Site",
        aliases: &[],
        synopsis: "Adds a site to the topology.",
        description: "Models Topology Builder's new site. A site belongs to one Active Directory \
            forest (-Forest, default corp.local); each forest is its own deployment.",
        signature: Signature::new()
            .param(identity("The site name.").mandatory())
            .param(param(
                "Forest",
                ParamKind::String,
                "The Active Directory forest of the site (default corp.local).",
            )),
        examples: vec![
            example(
                "Add a site and read its forest back.",
                "New-Site -Identity Redmond; (Get-Site Redmond).Forest",
                Some("corp.local\n"),
            ),
            example(
                "Show what would be added without adding it.",
                "New-Site Dublin -Forest fabrikam.local -WhatIf",
                Some("What if: Performing the operation \"New-Site\" on target \"Dublin\".\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_new_site)),
    }
}

fn run_new_site(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = NewSite {
        name: required(b, "Identity")?,
        forest: b.string("Forest").filter(|f| !f.trim().is_empty()),
    };
    let change = Change::new(Kind::Site, req.name.clone());
    apply(host, b, out, change, |m, o| m.new_site(req, o))
}

fn get_site() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Site",
        aliases: &["Get-CsSite"],
        synopsis: "Returns the sites of the topology.",
        description: "Without -Identity every site; `site:Redmond` and `Redmond` name the same \
            site, and -Filter keeps the sites matching a wildcard. Each site shows its \
            Set-CsSite properties, SiteType (CentralSite) and Pools: its registrar pools and \
            the chat pools homed on them.",
        signature: xds::signature(vec![
            xds::identity("The site: Redmond or site:Redmond."),
            xds::filter("R*"),
        ]),
        examples: vec![
            example(
                "List sites whose name starts with R.",
                "New-Site Redmond; New-Site Dublin; Get-Site -Filter R* | ForEach-Object { $_.Identity }",
                Some("Redmond\n"),
            ),
            example(
                "List the pools of a site.",
                concat!(chat_setup!(), "Get-CsSite -Identity Redmond | Select-Object -ExpandProperty Pools"),
                Some("lync2010.contoso.com\nlync2013.contoso.com\ngc.contoso.com\npchat.contoso.com\n"),
            ),
        ],
        mutating: false,
        factory: || Box::new(Run::new(run_get_site)),
    }
}

fn run_get_site(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let mut sites = Vec::new();
    xds::get_objects(host, b, &mut sites, Kind::Site, |m, id| {
        Ok(m.find_site(strip_site_prefix(id), "Identity")?
            .identity
            .clone())
    })?;
    let model = host.model();
    for site in &sites {
        if let Value::Object(object) = site {
            let name = object
                .borrow()
                .get("Identity")
                .map(Value::to_display_string);
            let pools = model.pools_of_site(&name.unwrap_or_default());
            let pools = Value::array(pools.into_iter().map(Value::str).collect());
            object.borrow_mut().set("Pools", pools);
        }
    }
    out.extend(sites);
    Ok(())
}

fn set_site() -> CmdletSpec {
    CmdletSpec {
        name: "Set-CsSite",
        aliases: &[],
        synopsis: "Sets a site's default Persistent Chat pool, description, display name and federation routes.",
        description: "-Identity is the bare site name (site:<name> is invalid_scope here). \
            -DefaultPersistentChatPool must be a Persistent Chat pool \
            (not_a_persistent_chat_pool); $null clears it. Description, DisplayName, \
            FederationRoute and XmppFederationRoute are recorded.",
        signature: Signature::new()
            .param(identity("The site's name."))
            .param(param("DefaultPersistentChatPool", ParamKind::String, "The Persistent Chat pool the site's users use by default; $null clears it."))
            .param(param("Description", ParamKind::String, "Free text about the site.").recorded())
            .param(param("DisplayName", ParamKind::String, "The name the Control Panel shows.").recorded())
            .param(param("FederationRoute", ParamKind::String, "The Edge server federated traffic is routed through.").recorded())
            .param(param("XmppFederationRoute", ParamKind::String, "The Edge server XMPP federated traffic is routed through.").recorded())
            .param(force("Suppresses confirmation prompts; no rule of this cmdlet needs it.")),
        examples: vec![
            example(
                "Make pchat the default Persistent Chat pool of Redmond.",
                concat!(
                    chat_setup!(),
                    "Set-CsSite -Identity Redmond -DefaultPersistentChatPool pchat.contoso.com -DisplayName 'US Headquarters'\n\
                     (Get-CsSite Redmond).DefaultPersistentChatPool"
                ),
                Some("pchat.contoso.com\n"),
            ),
            example(
                "Describe every site that has no description yet.",
                "New-Site Redmond; New-Site Dublin\n\
                 Get-CsSite | Where-Object { $_.Description -eq $null } | ForEach-Object { Set-CsSite $_.Identity -Description 'Contoso office' }\n\
                 (Get-CsSite Dublin).Description",
                Some("Contoso office\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_set_site)),
    }
}

fn run_set_site(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let req = SetSite {
        identity: required(b, "Identity")?,
        default_persistent_chat_pool: text(b, "DefaultPersistentChatPool")
            .map(|p| Some(p).filter(|p| !p.trim().is_empty())),
        recorded: recorded(b, Kind::Site)?,
    };
    let change = Change::new(Kind::Site, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_site(req, o))
}

fn remove_site() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-Site",
        aliases: &[],
        synopsis: "Removes a site that hosts no pools.",
        description: "A site that still hosts pools is not removed (site_in_use); remove its \
            pools first.",
        signature: Signature::new().param(piped_identity("The site to remove.")),
        examples: vec![example(
            "Remove an empty site.",
            "New-Site Dublin; Remove-Site Dublin; @(Get-Site).Count",
            Some("0\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_site)),
    }
}

fn run_remove_site(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let id = strip_site_prefix(&id).to_string();
    let change = Change::new(Kind::Site, id.clone());
    apply(host, b, out, change, |m, o| m.remove_site(&id, o))
}

/// `site:Redmond` → `Redmond` (the real cmdlets' site identity form).
pub(crate) fn strip_site_prefix(id: &str) -> &str {
    match id.get(..5) {
        Some(p) if p.eq_ignore_ascii_case("site:") => &id[5..],
        _ => id,
    }
}

// ---- Registrar pools ----

fn new_pool() -> CmdletSpec {
    CmdletSpec {
        name: "New-Pool",
        aliases: &[],
        synopsis: "Adds a registrar pool (Front End or Standard Edition) to a site.",
        description: "Models Topology Builder's new pool. -Version says which server version \
            runs it; Lync Server 2013 coexists with Lync Server 2010 or with OCS 2007 R2 in one \
            forest, never with both.",
        signature: Signature::new()
            .param(
                param("Fqdn", ParamKind::String, "The pool's fully qualified domain name.")
                    .aliases(&["Identity"])
                    .position(0)
                    .mandatory(),
            )
            .param(
                param("Version", ParamKind::Enum, "The server version the pool runs.")
                    .values(VERSIONS)
                    .mandatory(),
            )
            .param(param("Site", ParamKind::String, "The site that hosts the pool.").mandatory())
            .param(
                param(
                    "Edition",
                    ParamKind::Enum,
                    "Standard Edition server or Enterprise Edition Front End pool (default Enterprise).",
                )
                .values(EDITIONS),
            ),
        examples: vec![example(
            "Add a Lync Server 2013 pool.",
            "New-Site Redmond\nNew-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond\n\
             (Get-Pool lync2013.contoso.com).Edition",
            Some("Enterprise\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new_pool)),
    }
}

fn run_new_pool(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let version = choice(b, "Version", Version::parse, Version::ALL)?;
    let Some(version) = version else {
        return Err(crate::cmdlets::domain::run::missing(
            b,
            "Version",
            &VERSIONS.join("|"),
        ));
    };
    let req = NewPool {
        fqdn: required(b, "Fqdn")?,
        version,
        site: strip_site_prefix(&required(b, "Site")?).to_string(),
        edition: choice(b, "Edition", Edition::parse, Edition::ALL)?,
    };
    let change = Change::new(Kind::Pool, req.fqdn.clone());
    apply(host, b, out, change, |m, o| m.new_pool(req, o))
}

fn get_pool() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Pool",
        aliases: &[],
        synopsis: "Returns the registrar pools (chat pools come from Get-ChatPool).",
        description: "Without -Identity every registrar pool; -Site keeps the pools of one \
            site. Get-CsPool lists every pool, chat pools included.",
        signature: Signature {
            params: get_params("pool")
                .into_iter()
                .chain([param(
                    "Site",
                    ParamKind::String,
                    "Keeps the pools of this site.",
                )])
                .collect(),
            default_set: None,
        },
        examples: vec![example(
            "List the Lync 2010 pools.",
            concat!(
                topology_setup!(),
                "Get-Pool | Where-Object { $_.Version -eq 'Lync2010' } | ForEach-Object { $_.Fqdn }"
            ),
            Some("lync2010.contoso.com\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_pool)),
    }
}

fn run_get_pool(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let site = match b.string("Site") {
        Some(s) => Some(
            host.model()
                .find_site(strip_site_prefix(&s), "Site")
                .map_err(|e| crate::cmdlets::domain::run::model_error(b, &[], e))?
                .identity
                .clone(),
        ),
        None => None,
    };
    get(host, b, out, Kind::Pool, |o| match (o, &site) {
        (crate::model::view::ObjectRef::Pool(p), Some(s)) => p.site.eq_ignore_ascii_case(s),
        _ => true,
    })
}

fn remove_pool() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-Pool",
        aliases: &[],
        synopsis: "Removes a registrar pool that homes no users or chat pools.",
        description: "A pool that still homes users or chat pools is not removed (pool_in_use); \
            move the users and remove the chat pools first.",
        signature: Signature::new().param(piped_identity("The pool to remove.")),
        examples: vec![example(
            "Remove an empty pool.",
            "New-Site Redmond\nNew-Pool ocs.contoso.com -Version Ocs2007R2 -Site Redmond\n\
             Remove-Pool ocs.contoso.com\n@(Get-Pool).Count",
            Some("0\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_pool)),
    }
}

fn run_remove_pool(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    apply_to_identity(host, b, out, Kind::Pool, |m, id, o| m.remove_pool(id, o))
}

// ---- Chat pools ----

fn new_chat_pool() -> CmdletSpec {
    CmdletSpec {
        name: "New-ChatPool",
        aliases: &[],
        synopsis: "Adds a chat pool: a Persistent Chat pool, or an existing legacy Group Chat pool being modelled.",
        description: "-Kind PersistentChat (the default) is homed on a Lync Server 2013 pool; \
            GroupChat2010 on a Lync Server 2010 pool; GroupChat2007R2 on an OCS 2007 R2 pool. \
            A Persistent Chat pool needs -FileStore (a UNC path unless SingleComputer) and has \
            1 to 4 active servers and at most 4 standby servers. -Computers names its \
            computers (the first ones active); given only counts, the pool gets numbered \
            computer names (pchat01.contoso.com, …). -BackupBackEnd lets it fail over \
            (Set-CsPersistentChatState).",
        signature: Signature {
            params: Vec::new(),
            default_set: Some(COUNTS.to_string()),
        }
            .param(
                param("Fqdn", ParamKind::String, "The chat pool's fully qualified domain name.")
                    .aliases(&["Identity"])
                    .position(0)
                    .mandatory(),
            )
            .param(
                param("HomePool", ParamKind::String, "The registrar pool the chat pool is homed on.")
                    .mandatory(),
            )
            .param(
                param("Kind", ParamKind::Enum, "Persistent Chat, or a legacy Group Chat pool (default PersistentChat).")
                    .values(KINDS),
            )
            .param(
                param("PoolType", ParamKind::Enum, "One server, or a pool of servers (default MultipleComputer).")
                    .values(POOL_TYPES),
            )
            .param(param("Computers", ParamKind::StringList, "The pool's computers (1 to 8 FQDNs); the first -Servers of them (default up to 4) are active.").sets(&[COMPUTERS]))
            .param(param("Servers", ParamKind::Int, "The number of active servers (default 1).").sets(&[COUNTS, COMPUTERS]))
            .param(param("StandbyServers", ParamKind::Int, "The number of standby servers (default 0).").sets(&[COUNTS]))
            .param(param("FileStore", ParamKind::String, "The file store: \\\\host\\share, or a local path for a SingleComputer pool."))
            .param(param("BackEnd", ParamKind::String, "The back-end SQL Server instance (default <fqdn>\\rtc)."))
            .param(param("BackupBackEnd", ParamKind::String, "The backup back-end SQL Server instance the pool can fail over to.")),
        examples: vec![
            example(
                "Add a Persistent Chat pool with two active servers.",
                "New-Site Redmond\nNew-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond\n\
                 New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -Servers 2 -FileStore \\\\fs01\\pchat\n\
                 (Get-ChatPool pchat.contoso.com).State",
                Some("Running\n"),
            ),
            example(
                "Model the existing Lync 2010 Group Chat pool.",
                "New-Site Redmond\nNew-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond\n\
                 New-ChatPool gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010",
                None,
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_new_chat_pool)),
    }
}

fn run_new_chat_pool(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let req = NewChatPool {
        fqdn: required(b, "Fqdn")?,
        home_pool: required(b, "HomePool")?,
        kind: choice(b, "Kind", ChatPoolKind::parse, ChatPoolKind::ALL)?,
        pool_type: choice(b, "PoolType", PoolType::parse, PoolType::ALL)?,
        computers: list(b, "Computers"),
        servers: count(b, "Servers")?,
        standby_servers: count(b, "StandbyServers")?,
        file_store: b.string("FileStore"),
        back_end: b.string("BackEnd"),
        backup_back_end: b.string("BackupBackEnd"),
    };
    let change = Change::new(Kind::ChatPool, req.fqdn.clone());
    apply(host, b, out, change, |m, o| m.new_chat_pool(req, o))
}

fn get_chat_pool() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ChatPool",
        aliases: &[],
        synopsis: "Returns the chat pools, Persistent Chat and legacy Group Chat.",
        description: "Without -Identity every chat pool; -Kind keeps one kind.",
        signature: Signature {
            params: get_params("chat pool")
                .into_iter()
                .chain([param(
                    "Kind",
                    ParamKind::Enum,
                    "Keeps the chat pools of this kind.",
                )
                .values(KINDS)])
                .collect(),
            default_set: None,
        },
        examples: vec![example(
            "List the legacy chat pools that still run.",
            concat!(
                chat_setup!(),
                "Get-ChatPool -Filter { $_.Kind -ne 'PersistentChat' -and $_.State -eq 'Running' } | ForEach-Object { $_.Fqdn }"
            ),
            Some("gc.contoso.com\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_chat_pool)),
    }
}

fn run_get_chat_pool(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let kind = choice(b, "Kind", ChatPoolKind::parse, ChatPoolKind::ALL)?;
    get(host, b, out, Kind::ChatPool, |o| match (o, kind) {
        (crate::model::view::ObjectRef::ChatPool(c), Some(k)) => c.kind == k,
        _ => true,
    })
}

fn set_chat_pool() -> CmdletSpec {
    CmdletSpec {
        name: "Set-ChatPool",
        aliases: &[],
        synopsis: "Changes a chat pool's home pool, computers, server counts, file store or back ends.",
        description: "The same rules as New-ChatPool apply to the result; adding servers may \
            clear a pool_capacity warning, removing them may raise one. -Computers replaces the \
            computers (the active ones still listed stay active); -Servers and -StandbyServers \
            resize the pool, keeping its computers and naming new ones. A failed-over pool keeps \
            its -BackupBackEnd.",
        signature: Signature {
            params: Vec::new(),
            default_set: Some(COUNTS.to_string()),
        }
        .param(piped_identity("The chat pool to change."))
        .param(param(
            "HomePool",
            ParamKind::String,
            "The new home registrar pool.",
        ))
        .param(
            param(
                "Computers",
                ParamKind::StringList,
                "The new computers; the active ones still listed stay active.",
            )
            .sets(&[COMPUTERS]),
        )
        .param(
            param(
                "Servers",
                ParamKind::Int,
                "The new number of active servers.",
            )
            .sets(&[COUNTS, COMPUTERS]),
        )
        .param(
            param(
                "StandbyServers",
                ParamKind::Int,
                "The new number of standby servers.",
            )
            .sets(&[COUNTS]),
        )
        .param(param("FileStore", ParamKind::String, "The new file store."))
        .param(param(
            "BackEnd",
            ParamKind::String,
            "The new back-end SQL Server instance.",
        ))
        .param(param(
            "BackupBackEnd",
            ParamKind::String,
            "The new backup back-end SQL Server instance; $null removes it.",
        )),
        examples: vec![
            example(
                "Grow a Persistent Chat pool to four active servers.",
                concat!(
                    chat_setup!(),
                    "Set-ChatPool pchat.contoso.com -Servers 4\n(Get-ChatPool pchat.contoso.com).Servers"
                ),
                Some("4\n"),
            ),
            example(
                "Name the pool's computers: two active, one standing by.",
                concat!(
                    chat_setup!(),
                    "Set-ChatPool pchat.contoso.com -Computers pc1.contoso.com, pc2.contoso.com, pc3.contoso.com -Servers 2\n\
                     (Get-ChatPool pchat.contoso.com).StandbyServers"
                ),
                Some("1\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_set_chat_pool)),
    }
}

fn run_set_chat_pool(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let req = SetChatPool {
        identity: required(b, "Identity")?,
        home_pool: b.string("HomePool"),
        computers: list(b, "Computers"),
        servers: count(b, "Servers")?,
        standby_servers: count(b, "StandbyServers")?,
        file_store: text(b, "FileStore"),
        back_end: b.string("BackEnd"),
        backup_back_end: text(b, "BackupBackEnd"),
    };
    let change = Change::new(Kind::ChatPool, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_chat_pool(req, o))
}

fn remove_chat_pool() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-ChatPool",
        aliases: &[],
        synopsis: "Removes a chat pool (decommissions a migrated legacy pool).",
        description: "A Persistent Chat pool with content, an endpoint or legacy clients \
            configured for it needs -Force (which removes its content). A legacy pool is removed \
            only when it is migrated and no legacy client is configured for it; -Force does not \
            bypass that (see Test-Decommission).",
        signature: Signature::new()
            .param(piped_identity("The chat pool to remove."))
            .param(force(
                "Removes a Persistent Chat pool with its categories, rooms, add-ins and endpoint.",
            )),
        examples: vec![example(
            "Decommission the migrated Group Chat pool.",
            concat!(
                users_setup!(),
                "Stop-ChatPool gc.contoso.com; Stop-ChatPool pchat.contoso.com\n\
                 Move-ChatData -Source gc.contoso.com -Target pchat.contoso.com\n\
                 Remove-ChatPool gc.contoso.com"
            ),
            None,
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_chat_pool)),
    }
}

fn run_remove_chat_pool(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let force = b.switch("Force");
    let change = Change::new(Kind::ChatPool, id.clone());
    apply(host, b, out, change, |m, o| {
        m.remove_chat_pool(&id, force, o)
    })
}

fn stop_chat_pool() -> CmdletSpec {
    CmdletSpec {
        name: "Stop-ChatPool",
        aliases: &[],
        synopsis:
            "Stops a chat pool's services (needed before its data is exported, moved or imported).",
        description: "Models stopping the Persistent Chat or Group Chat services on every server \
            of the pool. Move-ChatData needs both its source and its target stopped.",
        signature: Signature::new().param(piped_identity("The chat pool to stop.")),
        examples: vec![example(
            "Stop the legacy pool and the target before the migration.",
            concat!(
                chat_setup!(),
                "Stop-ChatPool gc.contoso.com; Stop-ChatPool pchat.contoso.com\n(Get-ChatPool gc.contoso.com).State"
            ),
            Some("Stopped\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_stop_chat_pool)),
    }
}

fn run_stop_chat_pool(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    apply_to_identity(host, b, out, Kind::ChatPool, |m, id, o| {
        m.stop_chat_pool(id, o)
    })
}

fn start_chat_pool() -> CmdletSpec {
    CmdletSpec {
        name: "Start-ChatPool",
        aliases: &[],
        synopsis: "Starts a chat pool's services again.",
        description: "Models starting the chat services; start the Persistent Chat pool again \
            after importing legacy data.",
        signature: Signature::new().param(piped_identity("The chat pool to start.")),
        examples: vec![example(
            "Start the Persistent Chat pool after the migration.",
            concat!(
                chat_setup!(),
                "Stop-ChatPool pchat.contoso.com\nStart-ChatPool pchat.contoso.com\n(Get-ChatPool pchat.contoso.com).State"
            ),
            Some("Running\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_start_chat_pool)),
    }
}

fn run_start_chat_pool(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    apply_to_identity(host, b, out, Kind::ChatPool, |m, id, o| {
        m.start_chat_pool(id, o)
    })
}
