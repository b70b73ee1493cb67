//! The domain cmdlets: one declarative spec and one handler per cmdlet of `cmdlets.md`
//! (topology, users, Persistent Chat policy, chat content, migration and checks). Real Lync
//! Management Shell names are aliases; each handler reads its bound arguments, calls one model
//! operation and leaves the shared steps (What-if, warnings, `-PassThru`, output objects) to
//! `run.rs` and `output.rs`.
//!
//! | File | Job |
//! |---|---|
//! | `run.rs` | the shared apply step, argument readers, the `Command` wrapper |
//! | `output.rs` | model objects as script values; the shared `Get-*` query |
//! | `filter.rs` | `-Filter {…}`: OPATH-style terms or a script block |
//! | `params.rs` | parameter builders for the shared conventions |
//! | `xds.rs` | what the real XDS cmdlets share: -Identity/-Filter sets, -Instance, the Get- query |
//! | `instance.rs` | `-InMemory` and `-Instance`, for any kind |
//! | `topology.rs` | sites, pools, chat pools |
//! | `endpoints.rs` | Persistent Chat endpoints |
//! | `services.rs` | Get-CsPool, Get-CsService |
//! | `pool_state.rs` | Get-/Set-CsPersistentChatState, Set-CsPersistentChatActiveServer |
//! | `configurations.rs` | Persistent Chat configuration and compliance settings |
//! | `users.rs` | users |
//! | `directory.rs` | the ActiveDirectory module's cmdlets and Get-CsAdUser |
//! | `allowed_domains.rs` | allowed (federated) domains |
//! | `policies.rs` | Persistent Chat policies |
//! | `categories.rs`, `rooms.rs`, `addins.rs` | chat content |
//! | `messages.rs` | chat messages; Test-CsPersistentChatMessage |
//! | `content_instance.rs` | `-Instance` of the chat content cmdlets |
//! | `migration.rs` | Move-ChatData, Test-Decommission, Get-MigrationStatus |
//! | `files.rs` | Export/Import-ChatData, Save/Import-Topology (files, What-if, dry run) |
//! | `access.rs` | Test-ChatAccess, Get-AccessMatrix |
//! | `report.rs` | Show-Topology (the diagram of `crate::report`) |

// Setup text shared by the examples, so each example runs on its own (`concat!` needs literals).

/// Example setup: site Redmond with a Lync 2010 and a Lync 2013 pool.
macro_rules! topology_setup {
    () => {
        "New-Site Redmond\n\
         New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond\n\
         New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond\n"
    };
}

/// Example setup: the topology plus Group Chat pool gc and Persistent Chat pool pchat.
macro_rules! chat_setup {
    () => {
        concat!(
            topology_setup!(),
            "New-ChatPool gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010\n\
             New-ChatPool pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\\\fs01\\pchat\n"
        )
    };
}

/// Example setup: the chat pools plus Ann (Lync 2013) and Bob (Lync 2010).
macro_rules! users_setup {
    () => {
        concat!(
            chat_setup!(),
            "New-User sip:ann@contoso.com -Pool lync2013.contoso.com\n\
             New-User sip:bob@contoso.com -Pool lync2010.contoso.com\n"
        )
    };
}

/// Example setup: the users plus category Sales (Ann and Bob allowed) and room Deals.
macro_rules! sales_setup {
    () => {
        concat!(
            users_setup!(),
            "New-ChatCategory Sales -ChatPool pchat.contoso.com -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com\n\
             New-ChatRoom Deals -Category Sales\n"
        )
    };
}

pub mod output;

mod access;
mod addins;
mod allowed_domains;
mod categories;
mod configurations;
mod content_instance;
mod directory;
mod endpoints;
mod files;
mod filter;
mod instance;
mod messages;
mod migration;
mod params;
mod policies;
mod pool_state;
mod report;
mod rooms;
mod run;
mod services;
mod topology;
mod users;
mod xds;

use crate::cmdlets::spec::CmdletSpec;

/// The specs of every domain cmdlet, in the order of `cmdlets.md`.
pub fn specs() -> Vec<CmdletSpec> {
    let mut specs = topology::specs();
    specs.extend(endpoints::specs());
    specs.extend(services::specs());
    specs.extend(pool_state::specs());
    specs.extend(configurations::specs());
    specs.extend(users::specs());
    specs.extend(directory::specs());
    specs.extend(allowed_domains::specs());
    specs.extend(policies::specs());
    specs.extend(categories::specs());
    specs.extend(rooms::specs());
    specs.extend(addins::specs());
    specs.extend(messages::specs());
    specs.extend(migration::specs());
    specs.extend(files::specs());
    specs.extend(access::specs());
    specs.extend(report::specs());
    specs
}
