//! Command specs and handlers: one declarative table entry per cmdlet.
//!
//! | Module | Job |
//! |---|---|
//! | `spec` | the declarative [`spec::CmdletSpec`] / [`spec::Signature`] types |
//! | `command` | the runtime [`command::Command`] and [`command::Host`] traits |
//! | `common` | the common parameters every cmdlet takes |
//! | `file_io` | how cmdlets reach files: through the session's file gate, errors on the path argument |
//! | `registry` | all specs, looked up by name, alias or `Module\Name` |
//! | `real` | the fact table of real Lync Server cmdlet names (`not_modelled_cmdlet`) |
//! | `general` | the general-purpose PowerShell cmdlets |
//! | `domain` | the coexistence model cmdlets (New-Pool, Move-User, …) |

pub mod command;
pub mod common;
pub mod domain;
pub mod file_io;
pub mod general;
pub mod real;
pub mod registry;
pub mod spec;
