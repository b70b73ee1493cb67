//! coexist: rehearse Lync Server / Skype for Business Group Chat to Persistent Chat
//! migrations by running the real cmdlet scripts against an in-memory coexistence model.
//!
//! See `ARCHITECTURE.md` for the map of modules.

pub mod assist;
pub mod cli;
pub mod cmdlets;
pub mod diag;
pub mod docs;
pub mod eval;
pub mod explain;
pub mod files;
pub mod format;
pub mod lsp;
pub mod model;
pub mod output;
pub mod plan;
pub mod repl;
pub mod report;
pub mod session;
pub mod span;
pub mod state;
pub mod syntax;
