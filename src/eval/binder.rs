//! Generic, table-driven parameter binding (PowerShell's rules) for cmdlets and script functions.
//!
//! [`bind_arguments`] binds what is written at the call site once per invocation: names are
//! case-insensitive, an exact name or alias wins, else a unique prefix (`-Ident`); switches never
//! consume the following value; positional values fill the positional parameters in `position`
//! order; values are converted to each parameter's [`ParamKind`]. [`bind_input`] then binds each
//! pipeline input object on top of that: by value, then by property name (PowerShell's four
//! passes: without, then with type coercion). Parameter sets are chosen from the parameters
//! given. Nothing here knows a particular command: everything comes from the [`Signature`].
//!
//! Submodules: `names` (which parameter a `-Name` means), `coerce` (conversion and
//! validation of values), `sets` (parameter sets and mandatory parameters).

mod coerce;
pub(crate) mod names;
mod sets;

use crate::cmdlets::command::{Bound, BoundArg};
use crate::cmdlets::spec::{ParamKind, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::span::Span;

/// A parameter prefix matches several parameters.
///
/// Resolution: type more of the parameter name.
pub const AMBIGUOUS_PARAMETER: &str = "coexist::bind::ambiguous_parameter";
/// No parameter has that name, alias or prefix.
///
/// Resolution: use a parameter the command has (`Get-Help <command>` lists them).
pub const UNKNOWN_PARAMETER: &str = "coexist::bind::unknown_parameter";
/// A non-switch parameter is given without a value.
///
/// Resolution: give the value right after the parameter name, or use `-Name:value`.
pub const MISSING_ARGUMENT: &str = "coexist::bind::missing_argument";
/// A positional value has no positional parameter left to take it.
///
/// Resolution: name the parameter the value is for, or quote a value containing spaces.
pub const POSITIONAL_NOT_FOUND: &str = "coexist::bind::positional_not_found";
/// The same parameter is given twice.
///
/// Resolution: give each parameter once.
pub const DUPLICATE_PARAMETER: &str = "coexist::bind::duplicate_parameter";
/// A mandatory parameter is missing.
///
/// Resolution: add the parameter (or pipe objects that supply it).
pub const MISSING_MANDATORY: &str = "coexist::bind::missing_mandatory";
/// A value is not in the parameter's ValidateSet.
///
/// Resolution: use one of the allowed values listed in the help line.
pub const INVALID_VALUE: &str = "coexist::bind::invalid_value";
/// A value cannot be converted to the parameter's type.
///
/// Resolution: give a value of the parameter's type (number, `$true`/`$false`, a script block, …).
pub const CONVERSION: &str = "coexist::bind::conversion";
/// A `[ValidateNotNullOrEmpty]` parameter got `$null`, `''` or an empty list.
///
/// Resolution: give a non-empty value.
pub const NULL_OR_EMPTY: &str = "coexist::bind::null_or_empty";
/// A pipeline input object binds to no parameter.
///
/// Resolution: pipe objects the command takes, or pass the value as an argument.
pub const INPUT_NOT_BOUND: &str = "coexist::bind::input_not_bound";
/// The parameters given fit no parameter set, or several equally.
///
/// Resolution: use the parameters of one way of calling the command only.
pub const AMBIGUOUS_PARAMETER_SET: &str = "coexist::bind::ambiguous_parameter_set";

/// Every code the binder reports.
pub const CODES: &[&str] = &[
    AMBIGUOUS_PARAMETER,
    UNKNOWN_PARAMETER,
    MISSING_ARGUMENT,
    POSITIONAL_NOT_FOUND,
    DUPLICATE_PARAMETER,
    MISSING_MANDATORY,
    INVALID_VALUE,
    CONVERSION,
    NULL_OR_EMPTY,
    INPUT_NOT_BOUND,
    AMBIGUOUS_PARAMETER_SET,
];

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
    signature: &Signature,
    command: &str,
    args: &[Arg],
    command_span: Span,
    expects_input: bool,
) -> Result<Bound, RuntimeError> {
    let mut binding = Binding::new(
        signature,
        Bound {
            command: command.to_string(),
            command_span,
            args: indexmap::IndexMap::with_capacity(args.len()),
        },
    );
    let mut positionals: Vec<(&Value, Span)> = Vec::new();
    let mut iter = args.iter().peekable();
    while let Some(arg) = iter.next() {
        match arg {
            Arg::Value { value, span } => positionals.push((value, *span)),
            Arg::Parameter {
                name,
                span,
                attached,
            } => {
                let i = names::resolve_name(signature, command, name, *span)?;
                let param = &signature.params[i];
                if binding.taken[i] {
                    let first = binding.bound.span_of(&param.name);
                    return Err(RuntimeError::new(
                        DUPLICATE_PARAMETER,
                        format!("parameter -{} is given more than once", param.name),
                        *span,
                    )
                    .with_label(first, "first given here")
                    .with_help(format!("give -{} once", param.name)));
                }
                let (value, value_span) = if param.kind == ParamKind::Switch {
                    match attached {
                        Some((v, s)) => (v.clone(), *s),
                        None => (Value::Bool(true), *span),
                    }
                } else if let Some((v, s)) = attached {
                    (v.clone(), *s)
                } else if let Some(Arg::Value { value, span: vspan }) = iter.peek() {
                    let next = (value.clone(), *vspan);
                    iter.next();
                    next
                } else {
                    return Err(RuntimeError::new(
                        MISSING_ARGUMENT,
                        format!("parameter -{} needs a value", param.name),
                        *span,
                    )
                    .with_help(format!(
                        "give a value after it: -{} {}",
                        param.name,
                        coerce::value_hint(param)
                    )));
                };
                let value = coerce::convert_argument(param, &value, value_span)?;
                binding.take(i, value, value_span);
                binding.check_sets(*span)?;
            }
        }
    }
    binding.bind_positionals(positionals)?;
    binding.check_complete(expects_input)?;
    Ok(binding.bound)
}

/// Binds one pipeline input object on top of `base` (by value, then by property name) and
/// checks mandatory parameters.
pub fn bind_input(
    signature: &Signature,
    base: &Bound,
    input: &Value,
    input_span: Span,
) -> Result<Bound, RuntimeError> {
    let mut binding = Binding::new(signature, base.clone());
    let free: Vec<usize> = (0..signature.params.len())
        .filter(|&i| !binding.taken[i] && binding.allowed(i))
        .collect();
    // PowerShell's passes: by value, by property name, each first without then with coercion.
    // A value of the right type that fails validation is reported as such if nothing binds.
    let mut invalid = None;
    let bound_any = binding.by_value(&free, input, input_span, false, &mut invalid)
        || binding.by_property(&free, input, input_span, false, &mut invalid)
        || binding.by_value(&free, input, input_span, true, &mut invalid)
        || binding.by_property(&free, input, input_span, true, &mut invalid);
    if !bound_any {
        return Err(invalid.unwrap_or_else(|| not_bound(signature, base, input, input_span)));
    }
    binding.check_complete(false)?;
    Ok(binding.bound)
}

/// The `input_not_bound` error.
fn not_bound(signature: &Signature, base: &Bound, input: &Value, span: Span) -> RuntimeError {
    let takers: Vec<String> = signature
        .params
        .iter()
        .filter(|p| p.pipeline.by_value || p.pipeline.by_property_name)
        .map(|p| format!("-{}", p.name))
        .collect();
    let help = if takers.is_empty() {
        format!(
            "{} takes no pipeline input; pass the value as an argument",
            base.command
        )
    } else {
        format!(
            "pipe objects that fit {} (or a property of that name), or pass the value as an argument",
            takers.join(", ")
        )
    };
    RuntimeError::new(
        INPUT_NOT_BOUND,
        format!(
            "the input object \"{}\" cannot be bound to any parameter of {}",
            coerce::short_text(input),
            base.command
        ),
        span,
    )
    .with_help(help)
}

/// A binding in progress: the bound arguments and which parameters (by index) are taken.
struct Binding<'s> {
    signature: &'s Signature,
    bound: Bound,
    /// `taken[i]`: parameter `i` is bound.
    taken: Vec<bool>,
    /// Whether the signature uses parameter sets.
    uses_sets: bool,
}

impl<'s> Binding<'s> {
    /// Starts from `bound` (empty, or the base binding of a pipeline).
    fn new(signature: &'s Signature, bound: Bound) -> Self {
        let taken = signature
            .params
            .iter()
            .map(|p| bound.args.keys().any(|k| k == &p.name))
            .collect();
        Binding {
            signature,
            bound,
            taken,
            uses_sets: sets::uses_sets(signature),
        }
    }

    /// Binds parameter `i`.
    fn take(&mut self, i: usize, value: Value, span: Span) {
        self.taken[i] = true;
        self.bound.args.insert(
            self.signature.params[i].name.clone(),
            BoundArg { value, span },
        );
    }

    /// Binds positional values to the free positional parameters in `position` order.
    fn bind_positionals(&mut self, positionals: Vec<(&Value, Span)>) -> Result<(), RuntimeError> {
        let params = &self.signature.params;
        let mut queue = positionals.into_iter().peekable();
        while let Some((value, span)) = queue.next() {
            let candidates: Vec<usize> = (0..params.len())
                .filter(|&i| params[i].position.is_some() && !self.taken[i] && self.allowed(i))
                .collect();
            let lowest = candidates.iter().filter_map(|&i| params[i].position).min();
            let at_lowest: Vec<usize> = candidates
                .into_iter()
                .filter(|&i| params[i].position == lowest)
                .collect();
            let in_default = |i: &usize| {
                self.signature
                    .default_set
                    .as_deref()
                    .is_some_and(|d| params[*i].sets.iter().any(|s| s.eq_ignore_ascii_case(d)))
            };
            let chosen = at_lowest
                .iter()
                .find(|&&i| coerce::prefers(&params[i], value))
                .or_else(|| at_lowest.iter().find(|i| in_default(i)))
                .or_else(|| at_lowest.first())
                .copied()
                .or_else(|| {
                    (0..params.len())
                        .find(|&i| params[i].remaining && !self.taken[i] && self.allowed(i))
                });
            let Some(i) = chosen else {
                return Err(RuntimeError::new(
                    POSITIONAL_NOT_FOUND,
                    format!(
                        "{} has no positional parameter left for the value \"{}\"",
                        self.bound.command,
                        coerce::short_text(value)
                    ),
                    span,
                )
                .with_help(
                    "name the parameter this value is for (-Name value), or quote a value that contains spaces",
                ));
            };
            let param = &params[i];
            let converted = if param.remaining && queue.peek().is_some() {
                let mut items = vec![value.clone()];
                let mut whole = span;
                for (v, s) in queue.by_ref() {
                    items.push(v.clone());
                    whole = whole.to(s);
                }
                let all = Value::array(items);
                (coerce::convert_argument(param, &all, whole)?, whole)
            } else {
                (coerce::convert_argument(param, value, span)?, span)
            };
            self.take(i, converted.0, converted.1);
            self.check_sets(converted.1)?;
        }
        Ok(())
    }

    /// Pipeline pass: binds the whole input to the first by-value parameter it fits.
    fn by_value(
        &mut self,
        free: &[usize],
        input: &Value,
        span: Span,
        coerce: bool,
        invalid: &mut Option<RuntimeError>,
    ) -> bool {
        for &i in free {
            let param = &self.signature.params[i];
            if !param.pipeline.by_value || (!coerce && !coerce::fits_exactly(param.kind, input)) {
                continue;
            }
            match coerce::convert_argument(param, input, span) {
                Ok(value) => {
                    self.take(i, value, span);
                    return true;
                }
                Err(e) => note_invalid(invalid, e, coerce),
            }
        }
        false
    }

    /// Pipeline pass: binds the input's properties to the by-property-name parameters they name.
    fn by_property(
        &mut self,
        free: &[usize],
        input: &Value,
        span: Span,
        coerce: bool,
        invalid: &mut Option<RuntimeError>,
    ) -> bool {
        let Value::Object(obj) = input else {
            return false;
        };
        let mut any = false;
        for &i in free {
            let param = &self.signature.params[i];
            if !param.pipeline.by_property_name || self.taken[i] {
                continue;
            }
            let Some(prop) = std::iter::once(&param.name)
                .chain(param.aliases.iter())
                .find_map(|n| obj.borrow().get(n).cloned())
            else {
                continue;
            };
            if !coerce && !coerce::fits_exactly(param.kind, &prop) {
                continue;
            }
            match coerce::convert_argument(param, &prop, span) {
                Ok(value) => {
                    self.take(i, value, span);
                    any = true;
                }
                Err(e) => note_invalid(invalid, e, coerce),
            }
        }
        any
    }
}

/// Keeps the first validation failure of a value whose type fitted (not conversion failures).
fn note_invalid(invalid: &mut Option<RuntimeError>, err: RuntimeError, coerce: bool) {
    if !coerce && invalid.is_none() && err.code != CONVERSION {
        *invalid = Some(err);
    }
}
