//! coexist: rehearse Lync Server / Skype for Business Group Chat to Persistent Chat
//! migrations by running the real cmdlet scripts against an in-memory coexistence model.
//!
//! See `ARCHITECTURE.md` for the map of modules.

pub mod cmdlets;
pub mod eval;
pub mod format;
pub mod model;
pub mod span;
pub mod syntax;
