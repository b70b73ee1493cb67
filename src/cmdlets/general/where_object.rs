//! Where-Object: keeps the input objects a script block or a property comparison accepts.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::compare::{self, wildcard_match};
use crate::cmdlets::general::property::property;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::binder::AMBIGUOUS_PARAMETER_SET;
use crate::eval::convert::truthy;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use std::cmp::Ordering;

/// `-Match` with a pattern that is not a valid regular expression.
///
/// Resolution: fix the pattern (escape `(`, `[`, `.` … with `\`).
pub const INVALID_REGEX: &str = "coexist::eval::invalid_regex";

/// The comparison operators of the property form, as (switch name, description).
const OPERATORS: &[(&str, &str)] = &[
    ("EQ", "Keeps objects whose property equals the value."),
    ("NE", "Keeps objects whose property differs from the value."),
    (
        "GT",
        "Keeps objects whose property is greater than the value.",
    ),
    (
        "GE",
        "Keeps objects whose property is greater than or equal to the value.",
    ),
    ("LT", "Keeps objects whose property is less than the value."),
    (
        "LE",
        "Keeps objects whose property is less than or equal to the value.",
    ),
    (
        "Like",
        "Keeps objects whose property matches the wildcard pattern.",
    ),
    (
        "NotLike",
        "Keeps objects whose property does not match the wildcard pattern.",
    ),
    (
        "Match",
        "Keeps objects whose property matches the regular expression.",
    ),
    (
        "NotMatch",
        "Keeps objects whose property does not match the regular expression.",
    ),
    (
        "Contains",
        "Keeps objects whose property (a collection) contains the value.",
    ),
    (
        "NotContains",
        "Keeps objects whose property (a collection) does not contain the value.",
    ),
    ("In", "Keeps objects whose property is one of the values."),
    (
        "NotIn",
        "Keeps objects whose property is none of the values.",
    ),
    ("CEQ", "Like -EQ, case-sensitive."),
    ("CNE", "Like -NE, case-sensitive."),
    ("CLike", "Like -Like, case-sensitive."),
    ("CMatch", "Like -Match, case-sensitive."),
];

/// Where-Object's spec.
pub fn spec() -> CmdletSpec {
    let mut signature = Signature::new()
        .param(
            ParamSpec::new(
                "FilterScript",
                ParamKind::ScriptBlock,
                "The test to run with $_ set to each object.",
            )
            .position(0)
            .mandatory()
            .sets(&["Script"]),
        )
        .param(
            ParamSpec::new("Property", ParamKind::String, "The property to compare.")
                .position(0)
                .mandatory()
                .sets(&["Compare"]),
        )
        .param(
            ParamSpec::new(
                "Value",
                ParamKind::Any,
                "The value to compare the property with.",
            )
            .position(1)
            .sets(&["Compare"]),
        )
        .param(
            ParamSpec::new("InputObject", ParamKind::Any, "The objects to filter.").from_pipeline(),
        );
    for (name, description) in OPERATORS {
        signature = signature
            .param(ParamSpec::new(name, ParamKind::Switch, description).sets(&["Compare"]));
    }
    signature.default_set = Some("Script".into());
    CmdletSpec {
        name: "Where-Object",
        aliases: &["?", "where"],
        synopsis: "Keeps the pipeline objects that pass a test.",
        description: "Script-block form: `Where-Object { $_.Enabled }`. Property form: \
            `Where-Object Enabled -EQ $true`, also -NE -GT -GE -LT -LE -Like -NotLike -Match \
            -NotMatch -Contains -NotContains -In -NotIn; with no operator the property's truth \
            is tested.",
        signature,
        examples: vec![
            Example {
                description: "Keep numbers greater than 3.",
                script: "1..5 | Where-Object { $_ -gt 3 }",
                output: Some("4\n5\n"),
            },
            Example {
                description: "Property form: keep the names longer than 18 characters.",
                script: "'pchat01.contoso.com', 'lync01.contoso.com' | ? Length -GT 18",
                output: Some("pchat01.contoso.com\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(WhereObject::default()),
    }
}

/// Where-Object.
#[derive(Default)]
struct WhereObject {
    /// The compiled `-Match` pattern, built on first use.
    regex: Option<regex::Regex>,
}

impl Command for WhereObject {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        // Without pipeline input (`Where-Object { … }` alone) there is nothing to filter.
        let Some(input) = args.get("InputObject").cloned() else {
            return Ok(());
        };
        let keep = match args.get("FilterScript") {
            Some(Value::ScriptBlock(block)) => {
                let result = host.invoke_block(block, &input)?;
                truthy(&crate::cmdlets::general::property::collapse(result))
            }
            _ => self.test_property(args, &input)?,
        };
        if keep {
            out.push(input);
        }
        Ok(())
    }
}

impl WhereObject {
    /// The property form.
    fn test_property(&mut self, args: &Bound, input: &Value) -> Result<bool, CommandError> {
        let name = args.string("Property").unwrap_or_default();
        let left = property(input, &name).unwrap_or_default();
        let given: Vec<&str> = OPERATORS
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| args.has(n))
            .collect();
        let op = match given.as_slice() {
            [] => return Ok(truthy(&left)),
            [op] => *op,
            several => {
                let names: Vec<String> = several.iter().map(|n| format!("-{n}")).collect();
                return Err(RuntimeError::new(
                    AMBIGUOUS_PARAMETER_SET,
                    format!("Where-Object takes one operator, got {}", names.join(" ")),
                    args.span_of(several[1]),
                )
                .with_help("keep one operator, or use the script-block form for combined tests")
                .into());
            }
        };
        if !args.switch(op) {
            return Ok(true);
        }
        let right = args.get("Value").cloned().unwrap_or_default();
        let (base, cs) = match op {
            "CEQ" => ("EQ", true),
            "CNE" => ("NE", true),
            "CLike" => ("Like", true),
            "CMatch" => ("Match", true),
            other => (other, false),
        };
        let order = compare::compare(&left, &right, cs);
        let like =
            |v: &Value| wildcard_match(&right.to_display_string(), &v.to_display_string(), cs);
        Ok(match base {
            "EQ" => compare::equals(&left, &right, cs),
            "NE" => !compare::equals(&left, &right, cs),
            "GT" => order == Some(Ordering::Greater),
            "GE" => matches!(order, Some(Ordering::Greater | Ordering::Equal)),
            "LT" => order == Some(Ordering::Less),
            "LE" => matches!(order, Some(Ordering::Less | Ordering::Equal)),
            "Like" => any_item(&left, like),
            "NotLike" => !any_item(&left, like),
            "Match" | "NotMatch" => {
                let re = self.regex(&right, cs, args)?;
                let hit = any_item(&left, |v| re.is_match(&v.to_display_string()));
                hit == (base == "Match")
            }
            "Contains" => contains(&left, &right),
            "NotContains" => !contains(&left, &right),
            "In" => contains(&right, &left),
            "NotIn" => !contains(&right, &left),
            _ => false,
        })
    }

    /// The compiled `-Match` pattern (cached: the value is bound once per invocation).
    fn regex(
        &mut self,
        pattern: &Value,
        case_sensitive: bool,
        args: &Bound,
    ) -> Result<regex::Regex, CommandError> {
        if let Some(re) = &self.regex {
            return Ok(re.clone());
        }
        let text = pattern.to_display_string();
        let re = regex::RegexBuilder::new(&text)
            .case_insensitive(!case_sensitive)
            .build()
            .map_err(|e| {
                RuntimeError::new(
                    INVALID_REGEX,
                    format!("\"{text}\" is not a valid regular expression"),
                    args.span_of("Value"),
                )
                .with_help(format!("fix the pattern: {e}"))
            })?;
        self.regex = Some(re.clone());
        Ok(re)
    }
}

/// Applies `test` to a scalar, or to each item of a collection (PowerShell filters collections).
fn any_item(value: &Value, test: impl Fn(&Value) -> bool) -> bool {
    match value {
        Value::Array(items) => items.borrow().iter().any(test),
        other => test(other),
    }
}

/// `collection -contains item`.
fn contains(collection: &Value, item: &Value) -> bool {
    collection
        .enumerate()
        .iter()
        .any(|v| compare::equals(v, item, false))
}
