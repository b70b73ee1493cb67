//! The tree-walking interpreter: values, scopes, pipelines, control flow and the binder.
//!
//! | Module | Job |
//! |---|---|
//! | `interp` | [`Interpreter`], [`RunOptions`], [`RunOutcome`], the [`Output`] sink, the `Host` impl |
//! | `statement` | statements, blocks, loops, `try/catch/finally`, `throw` |
//! | `switch` | the `switch` statement (values, arrays, `-regex`/`-wildcard`, `-file`) |
//! | `expr` | expressions, variables, string expansion, assignment |
//! | `pipeline` | command resolution, argument evaluation, streaming, `-ErrorAction` |
//! | `host_io` | the Host calls that reach past the language: waiting, `Invoke-Expression`, the transcript |
//! | `not_modelled` | real Lync cmdlets and parameters accepted without a model (warned once) |
//! | `function` | `param()` → `Signature`, function calls with `begin/process/end` |
//! | `invocation` | `$MyInvocation`, `$PSBoundParameters`, `$PSCmdlet` (`ShouldProcess`, …) |
//! | `operators` | arithmetic and comparison operators with PowerShell's rules |
//! | `format_op` | the `-f` operator and numeric format strings |
//! | `methods` | members, methods, statics and indexing |
//! | `types` | casts, `-is`, `-as` |
//! | `wildcard` | `-like` patterns |
//! | `scope` | the variable and function scope stack |
//! | `snapshot` | deep copies of the state between top-level statements (incremental re-runs) |
//! | `unwind` | error/control-flow signals, error codes, `ErrorRecord` objects |
//! | `binder` | generic parameter binding (shared with cmdlets) |
//! | `convert` | PowerShell value conversions (shared) |
//! | `value`, `error` | runtime values and errors (shared) |
//!
//! **Entry point:** [`Interpreter::run`]. The front end runs parsing and evaluation inside
//! [`with_large_stack`], so deep recursion ends in `coexist::eval::recursion_limit` (after
//! [`MAX_CALL_DEPTH`] nested calls), never in a stack overflow. A stack budget checked at
//! every call and statement (three quarters of the large stack; 1 MiB on other threads)
//! raises the same error first if a script's frames are unusually large.
//!
//! **Error semantics** (cli.md "Batch semantics"): an error a command returns for one input
//! object is non-terminating (reported, added to `$Error`, `$?` false, the pipeline goes on);
//! binding errors and runtime errors in expressions end the current statement; `throw`,
//! `-ErrorAction Stop` and `$ErrorActionPreference = 'Stop'` end the script unless a `try`
//! catches them. Inside a `try` (at any call depth) statement-ending errors go to its `catch`.
//!
//! Choices where PowerShell 5.1 is unclear or impractical here, made for administrators
//! rehearsing a batch run:
//! - Objects are printed when their top-level statement ends, errors and warnings as they
//!   happen, so a statement's errors appear before its output.
//! - `Set-StrictMode -Version <any>` applies to the whole run and checks variables and
//!   properties; `-Off` turns it off.
//! - Hashtables keep insertion order (PowerShell's are unordered; `[ordered]` is the same type).
//! - `$Error` keeps the newest 256 records (`$MaximumErrorCount`).
//! - A timeout cannot be caught by `try`.
//! - Ranges and repetitions are limited to 10 000 000 elements or characters, `-f`
//!   alignments to less than 1 000 000 (as .NET): larger requests are
//!   `coexist::eval::invalid_operation` instead of exhausting memory.
//! - Doubles display with 15 significant digits (`0.1 + 0.2` is `0.3`), as in PowerShell 5.1.
//! - `Invoke-Expression` runs text coexist can parse, in the caller's scope; other text is
//!   `coexist::eval::unsupported`.

pub mod binder;
pub mod convert;
pub mod error;
mod expr;
pub mod format_op;
pub mod function;
mod host_io;
pub mod interp;
mod invocation;
pub mod lists;
pub mod methods;
mod not_modelled;
pub mod operators;
mod pipeline;
mod scope;
pub mod snapshot;
mod statement;
mod switch;
pub mod types;
pub mod unwind;
pub mod value;
pub mod wildcard;

pub use interp::{
    with_large_stack, CollectOutput, Interpreter, Output, RunOptions, RunOutcome, MAX_CALL_DEPTH,
};
