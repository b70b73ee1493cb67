//! Generic, table-driven parameter binding (PowerShell's rules) for cmdlets and script functions.
//! INTERFACE ONLY: the binder work fills this in.

use crate::cmdlets::command::Bound;
use crate::cmdlets::spec::Signature;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::span::Span;

/// One evaluated argument as written at the call site, before binding.
#[derive(Debug, Clone)]
pub enum Arg {
    /// `-Name` or `-Name:value`.
    Parameter {
        /// The name as typed, without the dash (may be a prefix or alias).
        name: String,
        /// Span of `-Name` (and of `:value` when attached).
        span: Span,
        /// The attached `-Name:value` value and its span.
        attached: Option<(Value, Span)>,
    },
    /// A positional value, or the value following a non-switch `-Name`.
    Value {
        /// The evaluated value.
        value: Value,
        /// Its span.
        span: Span,
    },
}

/// Binds named and positional arguments once per invocation. When `expects_input` is true,
/// mandatory parameters that can take pipeline input are not yet required.
pub fn bind_arguments(
    _signature: &Signature,
    _command: &str,
    _args: &[Arg],
    _command_span: Span,
    _expects_input: bool,
) -> Result<Bound, RuntimeError> {
    unimplemented!("binder work")
}

/// Binds one pipeline input object on top of `base` (by value, then by property name) and
/// checks mandatory parameters.
pub fn bind_input(
    _signature: &Signature,
    _base: &Bound,
    _input: &Value,
    _input_span: Span,
) -> Result<Bound, RuntimeError> {
    unimplemented!("binder work")
}
