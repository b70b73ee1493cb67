//! Command specs and handlers: one declarative table entry per cmdlet.

pub mod command;
pub mod spec;
