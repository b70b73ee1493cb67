//! The tree-walking interpreter: values, scopes, pipelines, control flow and the binder.
//!
//! | Module | Job |
//! |---|---|
//! | `interp` | [`Interpreter`], [`RunOptions`], [`RunOutcome`], the [`Output`] sink, the `Host` impl |
//! | `statement` | statements, blocks, loops, `try/catch/finally`, `throw` |
//! | `expr` | expressions, variables, string expansion, assignment |
//! | `pipeline` | command resolution, argument evaluation, streaming, `-ErrorAction` |
//! | `function` | `param()` → `Signature`, function calls with `begin/process/end` |
//! | `operators` | arithmetic and comparison operators with PowerShell's rules |
//! | `format_op` | the `-f` operator and numeric format strings |
//! | `methods` | members, methods, statics and indexing |
//! | `types` | casts, `-is`, `-as` |
//! | `wildcard` | `-like` patterns |
//! | `scope` | the variable and function scope stack |
//! | `unwind` | error/control-flow signals, error codes, `ErrorRecord` objects |
//! | `binder` | generic parameter binding (shared with cmdlets) |
//! | `convert` | PowerShell value conversions (shared) |
//! | `value`, `error` | runtime values and errors (shared) |

pub mod binder;
pub mod convert;
pub mod error;
mod expr;
pub mod format_op;
pub mod function;
pub mod interp;
pub mod methods;
pub mod operators;
mod pipeline;
mod scope;
mod statement;
pub mod types;
pub mod unwind;
pub mod value;
pub mod wildcard;

pub use interp::{
    with_large_stack, CollectOutput, Interpreter, Output, RunOptions, RunOutcome, MAX_CALL_DEPTH,
};
