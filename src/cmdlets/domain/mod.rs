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
//! | `topology.rs` | sites, pools, chat pools, endpoints |
//! | `users.rs` | users and federated domains |
//! | `policies.rs` | Persistent Chat policies |
//! | `categories.rs`, `rooms.rs`, `addins.rs` | chat content |
//! | `migration.rs` | Move-ChatData, Test-Decommission, Get-MigrationStatus |
//! | `access.rs` | Test-ChatAccess, Get-AccessMatrix |

pub mod output;

mod access;
mod addins;
mod categories;
mod filter;
mod migration;
mod params;
mod policies;
mod rooms;
mod run;
mod topology;
mod users;

use crate::cmdlets::spec::CmdletSpec;

/// The specs of every domain cmdlet, in the order of `cmdlets.md`.
pub fn specs() -> Vec<CmdletSpec> {
    let mut specs = topology::specs();
    specs.extend(users::specs());
    specs.extend(policies::specs());
    specs.extend(categories::specs());
    specs.extend(rooms::specs());
    specs.extend(addins::specs());
    specs.extend(migration::specs());
    specs.extend(access::specs());
    specs
}
