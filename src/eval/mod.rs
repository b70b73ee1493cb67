//! The tree-walking interpreter: values, scopes, pipelines, control flow and the binder.

pub mod binder;
pub mod convert;
pub mod error;
pub mod value;
