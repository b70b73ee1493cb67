//! How evaluation unwinds: raised errors (statement- or script-terminating) and the
//! control-flow signals `break`, `continue`, `return` and `exit`, plus the error codes
//! and the `ErrorRecord` objects scripts see in `catch` and `$Error`.

use crate::cmdlets::command::CommandError;
use crate::eval::error::{Flow, RuntimeError};
use crate::eval::value::{PsObject, Value};
use crate::span::Span;

/// The `coexist::eval::…` error codes the interpreter raises.
pub mod codes {
    /// A command name that is neither a function nor a cmdlet.
    /// Resolution: fix the spelling (the help suggests the closest name) or define the function first.
    pub const UNKNOWN_COMMAND: &str = "coexist::eval::unknown_command";
    /// A variable read before assignment under `Set-StrictMode`.
    /// Resolution: assign the variable first, or check the spelling of its name.
    pub const UNKNOWN_VARIABLE: &str = "coexist::eval::unknown_variable";
    /// A method the value's type does not have (or a call on `$null`).
    /// Resolution: check the value's type and the method name; see `language.md` for the methods coexist supports.
    pub const METHOD_NOT_FOUND: &str = "coexist::eval::method_not_found";
    /// A value that cannot be converted to the type asked for.
    /// Resolution: pass a value of the right form (e.g. digits for `[int]`).
    pub const CONVERSION: &str = "coexist::eval::conversion";
    /// Division or remainder by zero.
    /// Resolution: check the divisor before dividing.
    pub const DIVIDE_BY_ZERO: &str = "coexist::eval::divide_by_zero";
    /// Assignment to a constant (`$true`, `$false`) or an environment variable.
    /// Resolution: use another variable; `$env:` values are read-only in coexist.
    pub const READ_ONLY: &str = "coexist::eval::read_only";
    /// Indexing `$null` or a scalar, or assigning outside an array's bounds.
    /// Resolution: check the value is a collection and the index is within its `Count`.
    pub const NOT_INDEXABLE: &str = "coexist::eval::not_indexable";
    /// Function calls nested deeper than [`crate::eval::MAX_CALL_DEPTH`].
    /// Resolution: give the recursion a stopping condition.
    pub const RECURSION_LIMIT: &str = "coexist::eval::recursion_limit";
    /// The run went past its deadline (`--timeout`).
    /// Resolution: raise `--timeout`, or look for a loop that never ends.
    pub const TIMEOUT: &str = "coexist::eval::timeout";
    /// The user pressed Ctrl-C while the run (or the REPL's statement) was going on.
    /// Resolution: none needed; run the statement again, or make it do less per statement.
    pub const INTERRUPTED: &str = "coexist::eval::interrupted";
    /// A language feature outside the supported tiers.
    /// Resolution: rewrite the statement with the features `language.md` lists.
    pub const UNSUPPORTED: &str = "coexist::eval::unsupported";
    /// An uncaught `throw`.
    /// Resolution: catch it with `try`/`catch`, or fix the condition the script throws on.
    pub const THROWN: &str = "coexist::eval::thrown";
    /// An operator or method applied to operands it does not accept (bad regex, duplicate
    /// hashtable key, bad format string, fixed-size array change).
    /// Resolution: check the operands' types and values.
    pub const INVALID_OPERATION: &str = "coexist::eval::invalid_operation";

    /// Every code above, for documentation and uniqueness checks.
    pub const ALL: &[&str] = &[
        UNKNOWN_COMMAND,
        UNKNOWN_VARIABLE,
        METHOD_NOT_FOUND,
        CONVERSION,
        DIVIDE_BY_ZERO,
        READ_ONLY,
        NOT_INDEXABLE,
        RECURSION_LIMIT,
        TIMEOUT,
        INTERRUPTED,
        UNSUPPORTED,
        THROWN,
        INVALID_OPERATION,
    ];

    /// Whether an error with this code stops the whole run, whatever `try`/`catch` or
    /// `-ErrorAction` say: the `--timeout` deadline and Ctrl-C.
    pub fn stops_the_run(code: &str) -> bool {
        code == TIMEOUT || code == INTERRUPTED
    }
}

/// A raised error on its way to a `try`, a statement boundary or the top level.
#[derive(Debug, Clone)]
pub(crate) struct Raised {
    /// The error itself.
    pub error: CommandError,
    /// True when it unwinds the whole script (`throw`, `-ErrorAction Stop`, recursion limit),
    /// false when it only ends the current statement (runtime errors in expressions).
    pub script_terminating: bool,
    /// True for `$PSCmdlet.ThrowTerminatingError`: it ends the whole function call (not
    /// only the function's current statement); the caller's statement then ends as usual.
    pub ends_call: bool,
    /// The object given to `throw`, if it was not a string.
    pub target: Option<Value>,
}

/// Why evaluation stopped early.
#[derive(Debug, Clone)]
pub(crate) enum Ctl {
    /// An error (see [`Raised`]).
    Error(Box<Raised>),
    /// `break [label]`.
    Break(Option<String>),
    /// `continue [label]`.
    Continue(Option<String>),
    /// `return`.
    Return,
    /// `exit N`.
    Exit(i32),
}

/// Evaluation result.
pub(crate) type EvalResult<T> = Result<T, Ctl>;

impl Ctl {
    /// A statement-terminating runtime error.
    pub fn runtime(code: &'static str, message: impl Into<String>, span: Span) -> Ctl {
        Ctl::from_runtime(RuntimeError::new(code, message, span))
    }

    /// Wraps a runtime error as statement-terminating.
    pub fn from_runtime(error: RuntimeError) -> Ctl {
        Ctl::Error(Box::new(Raised {
            ends_call: false,
            error: CommandError::from(error),
            script_terminating: false,
            target: None,
        }))
    }

    /// Wraps a command error as script-terminating.
    pub fn terminating(error: CommandError, target: Option<Value>) -> Ctl {
        Ctl::Error(Box::new(Raised {
            ends_call: false,
            error,
            script_terminating: true,
            target,
        }))
    }

    /// The shared [`Flow`] form of this signal.
    pub fn into_flow(self) -> Flow {
        match self {
            Ctl::Error(r) => Flow::Error(r.error),
            Ctl::Break(l) => Flow::Break(l),
            Ctl::Continue(l) => Flow::Continue(l),
            Ctl::Return => Flow::Return,
            Ctl::Exit(n) => Flow::Exit(n),
        }
    }

    /// The signal for a shared [`Flow`] (errors become script-terminating).
    pub fn from_flow(flow: Flow) -> Ctl {
        match flow {
            Flow::Error(CommandError::Flow(inner)) => Ctl::from_flow(*inner),
            Flow::Error(e) => Ctl::terminating(e, None),
            Flow::Break(l) => Ctl::Break(l),
            Flow::Continue(l) => Ctl::Continue(l),
            Flow::Return => Ctl::Return,
            Flow::Exit(n) => Ctl::Exit(n),
        }
    }
}

/// The code and message of any command error (for front ends and tests).
pub fn error_parts(error: &CommandError) -> (String, String) {
    match error {
        CommandError::Runtime(e) => (e.code.to_string(), e.message.clone()),
        CommandError::Model { error, .. } => model_error_parts(error),
        CommandError::Flow(flow) => match flow.as_ref() {
            Flow::Error(inner) => error_parts(inner),
            _ => (
                codes::INVALID_OPERATION.to_string(),
                "control flow escaped its loop".to_string(),
            ),
        },
    }
}

/// The code and message of a model rule's error.
fn model_error_parts(error: &crate::model::ModelError) -> (String, String) {
    (error.code().to_string(), error.to_string())
}

/// Base-class chains shared by several entries of [`EXCEPTION_TYPES`].
const RUNTIME: &[&str] = &[
    "System.Management.Automation.RuntimeException",
    "System.SystemException",
    "System.Exception",
];

/// Which .NET exception PowerShell 5.1 raises for each coexist error code, most specific
/// first, ending with its base classes (what `catch [T]` matches and
/// `$_.Exception.GetType().FullName` shows). A key ending in `::` matches every code that
/// starts with it; the first matching row wins; codes not listed are `RuntimeException`s.
const EXCEPTION_TYPES: &[(&str, &[&str])] = &[
    (
        codes::DIVIDE_BY_ZERO,
        &[
            "System.DivideByZeroException",
            "System.ArithmeticException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        codes::CONVERSION,
        &[
            "System.Management.Automation.PSInvalidCastException",
            "System.InvalidCastException",
            "System.Management.Automation.RuntimeException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        codes::UNKNOWN_COMMAND,
        &[
            "System.Management.Automation.CommandNotFoundException",
            "System.Management.Automation.RuntimeException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        codes::METHOD_NOT_FOUND,
        &[
            "System.Management.Automation.MethodInvocationException",
            "System.Management.Automation.RuntimeException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        codes::RECURSION_LIMIT,
        &[
            "System.Management.Automation.ScriptCallDepthException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::property_not_found",
        &[
            "System.Management.Automation.PropertyNotFoundException",
            "System.Management.Automation.ExtendedTypeSystemException",
            "System.Management.Automation.RuntimeException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::file_not_found",
        &[
            "System.Management.Automation.ItemNotFoundException",
            "System.Management.Automation.SessionStateException",
            "System.Management.Automation.RuntimeException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::unknown_module",
        &[
            "System.IO.FileNotFoundException",
            "System.IO.IOException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::file_io",
        &[
            "System.IO.IOException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::file_locked",
        &[
            "System.IO.IOException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::file_exists",
        &[
            "System.IO.IOException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::file_too_large",
        &[
            "System.IO.IOException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::path_not_allowed",
        &[
            "System.UnauthorizedAccessException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::invalid_json",
        &[
            "System.ArgumentException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::invalid_regex",
        &[
            "System.ArgumentException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::invalid_csv",
        &[
            "System.Management.Automation.PSArgumentException",
            "System.ArgumentException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::interactive_only",
        &[
            "System.Management.Automation.PSInvalidOperationException",
            "System.InvalidOperationException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::eval::write_error",
        &[
            "Microsoft.PowerShell.Commands.WriteErrorException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    (
        "coexist::bind::",
        &[
            "System.Management.Automation.ParameterBindingException",
            "System.Management.Automation.RuntimeException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
    // What the Lync Server cmdlets throw when the deployment refuses a change.
    (
        "coexist::model::",
        &[
            "Microsoft.Rtc.Management.AD.ManagementException",
            "System.InvalidOperationException",
            "System.SystemException",
            "System.Exception",
        ],
    ),
];

/// The .NET exception type PowerShell would raise for an error code, most specific first,
/// ending with its base classes (one row of [`EXCEPTION_TYPES`]).
pub(crate) fn exception_types(code: &str) -> &'static [&'static str] {
    EXCEPTION_TYPES
        .iter()
        .find(|(key, _)| {
            if key.ends_with("::") {
                code.starts_with(key)
            } else {
                *key == code
            }
        })
        .map_or(RUNTIME, |(_, chain)| chain)
}

/// True when a `catch [name]` clause catches an error with `code`.
pub(crate) fn catch_matches(name: &str, code: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    exception_types(code).iter().any(|full| {
        let full = full.to_ascii_lowercase();
        full == name || full.rsplit('.').next() == Some(name.as_str())
    })
}

/// The `ErrorRecord` object for a raised error, as `$_` in `catch` and `$Error` show it.
pub(crate) fn error_record(raised: &Raised) -> Value {
    let (code, message) = error_parts(&raised.error);
    let full_type = exception_types(&code)[0];
    let exception = PsObject::new(full_type)
        .with("Message", Value::str(&message))
        .with("TypeName", Value::str(full_type));
    let span = match &raised.error {
        CommandError::Runtime(e) => Some(e.span),
        CommandError::Model { span, .. } => Some(*span),
        CommandError::Flow(_) => None,
    };
    let mut record = PsObject::new("ErrorRecord")
        .with("Exception", Value::object(exception))
        .with("FullyQualifiedErrorId", Value::str(&code))
        .with("TargetObject", raised.target.clone().unwrap_or(Value::Null));
    if let Some(span) = span {
        let info = PsObject::new("InvocationInfo")
            .with("SourceId", Value::Int(span.source.0 as i64))
            .with("Offset", Value::Int(span.start as i64))
            .with("EndOffset", Value::Int(span.end as i64));
        record = record.with("InvocationInfo", Value::object(info));
    }
    Value::object(record)
}

/// Rebuilds an error from an `ErrorRecord` object given to `throw`.
pub(crate) fn error_from_record(record: &Value, span: Span) -> Option<RuntimeError> {
    let Value::Object(obj) = record else {
        return None;
    };
    let obj = obj.borrow();
    if obj.type_name != "ErrorRecord" {
        return None;
    }
    let code = obj.get("FullyQualifiedErrorId")?.to_display_string();
    let message = match obj.get("Exception") {
        Some(Value::Object(e)) => e
            .borrow()
            .get("Message")
            .map(Value::to_display_string)
            .unwrap_or_default(),
        _ => String::new(),
    };
    let code = known_code(&code);
    Some(RuntimeError::new(code, message, span))
}

/// Maps a code read back from a script value to a `'static` code (unknown → `thrown`).
fn known_code(code: &str) -> &'static str {
    const WRITE_ERROR: &str = crate::cmdlets::general::write::WRITE_ERROR;
    if code == WRITE_ERROR {
        return WRITE_ERROR;
    }
    codes::ALL
        .iter()
        .find(|c| **c == code)
        .copied()
        .unwrap_or(codes::THROWN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_namespaced() {
        let mut seen = std::collections::HashSet::new();
        for code in codes::ALL {
            assert!(code.starts_with("coexist::eval::"), "{code}");
            assert!(seen.insert(*code), "duplicate {code}");
        }
    }

    #[test]
    fn catch_types_match_short_and_full_names_and_bases() {
        assert!(catch_matches(
            "DivideByZeroException",
            codes::DIVIDE_BY_ZERO
        ));
        assert!(catch_matches("System.Exception", codes::DIVIDE_BY_ZERO));
        assert!(catch_matches("RuntimeException", codes::THROWN));
        assert!(!catch_matches("DivideByZeroException", codes::THROWN));
    }

    #[test]
    fn record_round_trips_code_and_message() {
        let raised = Raised {
            ends_call: false,
            error: CommandError::from(RuntimeError::new(
                codes::DIVIDE_BY_ZERO,
                "Attempted to divide by zero.",
                Span::default(),
            )),
            script_terminating: false,
            target: None,
        };
        let record = error_record(&raised);
        let back = error_from_record(&record, Span::default()).expect("a record");
        assert_eq!(back.code, codes::DIVIDE_BY_ZERO);
        assert_eq!(back.message, "Attempted to divide by zero.");
    }
}
