//! Editor assistance shared by the interactive front ends (the REPL's line editor and the
//! language server): what the text before the cursor is, what may be typed there, and the
//! snapshot of names both complete from. Plain functions over `(text, cursor, names)`, so
//! each front end only adapts them to its protocol.
//!
//! | File | Job |
//! |---|---|
//! | `context.rs` | what the word before the cursor is, its command and the parameter set it fits |
//! | `complete.rs` | completions of that word: commands, parameters, ValidateSet values, objects |
//! | `names.rs` | the snapshot of command, variable and model object names |
//!
//! **Invariant:** nothing here borrows a session, an interpreter or a model; callers pass a
//! [`names::Names`] snapshot.

pub mod complete;
pub mod context;
pub mod names;
