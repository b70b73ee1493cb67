//! The common parameters every cmdlet takes, added in one place.
//!
//! `-ErrorAction`, `-ErrorVariable`, `-WarningAction`, `-Verbose` and `-Debug` go on every
//! cmdlet; mutating cmdlets also get `-WhatIf`, `-Confirm` and `-PassThru`. `-Force` is not
//! common: a cmdlet declares it itself where a model rule mentions it. The binder binds these
//! like any other parameter; the interpreter acts on them.

use crate::cmdlets::spec::{ParamKind, ParamSpec, Signature};

/// The values of `-ErrorAction` and `-WarningAction` (PowerShell's ActionPreference).
pub const ACTION_PREFERENCES: &[&str] =
    &["Continue", "Stop", "SilentlyContinue", "Ignore", "Inquire"];

/// Names of the common parameters every cmdlet takes.
pub const COMMON: &[&str] = &[
    "ErrorAction",
    "ErrorVariable",
    "WarningAction",
    "Verbose",
    "Debug",
];

/// Names of the common parameters mutating cmdlets also take.
pub const MUTATING: &[&str] = &["WhatIf", "Confirm", "PassThru"];

/// The common parameters, as specs; `mutating` adds `-WhatIf`, `-Confirm` and `-PassThru`.
pub fn common_params(mutating: bool) -> Vec<ParamSpec> {
    let mut params = vec![
        ParamSpec::new(
            "ErrorAction",
            ParamKind::Enum,
            "What to do when the command reports an error.",
        )
        .aliases(&["ea"])
        .values(ACTION_PREFERENCES),
        ParamSpec::new(
            "ErrorVariable",
            ParamKind::String,
            "Also stores the command's errors in this variable (`+name` appends).",
        )
        .aliases(&["ev"]),
        ParamSpec::new(
            "WarningAction",
            ParamKind::Enum,
            "What to do when the command reports a warning.",
        )
        .aliases(&["wa"])
        .values(ACTION_PREFERENCES),
        ParamSpec::new("Verbose", ParamKind::Switch, "Shows verbose messages.").aliases(&["vb"]),
        ParamSpec::new("Debug", ParamKind::Switch, "Shows debug messages.").aliases(&["db"]),
    ];
    if mutating {
        params.extend([
            ParamSpec::new(
                "WhatIf",
                ParamKind::Switch,
                "Shows what the command would change without changing anything.",
            )
            .aliases(&["wi"]),
            ParamSpec::new(
                "Confirm",
                ParamKind::Switch,
                "Asks before changing anything (accepted and ignored in batch runs).",
            )
            .aliases(&["cf"]),
            ParamSpec::new(
                "PassThru",
                ParamKind::Switch,
                "Outputs the object the command changed.",
            ),
        ]);
    }
    params
}

impl Signature {
    /// Adds the common parameters (see the module doc). Idempotent: parameters the signature
    /// already declares under the same name are left as declared.
    pub fn with_common(mut self, mutating: bool) -> Self {
        for param in common_params(mutating) {
            if self.find(&param.name).is_none() {
                self.params.push(param);
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_common_adds_mutating_parameters_only_when_asked() {
        let plain = Signature::new().with_common(false);
        assert!(plain.find("ea").is_some());
        assert!(plain.find("WhatIf").is_none());
        let mutating = Signature::new().with_common(true);
        assert!(mutating.find("wi").is_some());
        assert!(mutating.find("PassThru").is_some());
        assert!(mutating.find("Force").is_none());
    }

    #[test]
    fn with_common_is_idempotent() {
        let twice = Signature::new().with_common(true).with_common(true);
        assert_eq!(twice.params.len(), COMMON.len() + MUTATING.len());
    }
}
