//! Measure-Object: counts the input objects and sums, averages or finds the extremes of
//! their (numeric) values.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::property::property;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::convert;
use crate::eval::error::RuntimeError;
use crate::eval::value::{PsObject, Value};

/// A value to sum or compare is not a number (PowerShell 5.1 measures numbers only).
///
/// Resolution: measure a numeric property with `-Property`, or only count.
pub const NOT_NUMERIC: &str = "coexist::eval::not_numeric";

/// Measure-Object's spec.
pub fn spec() -> CmdletSpec {
    let signature = Signature::new()
        .param(
            ParamSpec::new(
                "Property",
                ParamKind::StringList,
                "The properties to measure.",
            )
            .position(0),
        )
        .param(ParamSpec::new(
            "Sum",
            ParamKind::Switch,
            "Adds the values up.",
        ))
        .param(ParamSpec::new(
            "Average",
            ParamKind::Switch,
            "Averages the values.",
        ))
        .param(ParamSpec::new(
            "Maximum",
            ParamKind::Switch,
            "Finds the largest value.",
        ))
        .param(ParamSpec::new(
            "Minimum",
            ParamKind::Switch,
            "Finds the smallest value.",
        ))
        .param(
            ParamSpec::new("InputObject", ParamKind::Any, "The objects to measure.")
                .from_pipeline(),
        );
    CmdletSpec {
        name: "Measure-Object",
        aliases: &["measure"],
        synopsis: "Counts objects and sums, averages or finds the extremes of their values.",
        description: "Outputs one GenericMeasureInfo object (Count, Average, Sum, Maximum, \
            Minimum, Property) per measured property, after the last input; statistics not \
            asked for are empty.",
        signature,
        examples: vec![
            Example {
                description: "Count the objects in a pipeline.",
                script: "(1, 2, 3 | Measure-Object).Count",
                output: Some("3\n"),
            },
            Example {
                description: "Sum and average.",
                script: "1, 2, 3, 4 | measure -Sum -Average",
                output: Some(
                    "\nCount    : 4\nAverage  : 2.5\nSum      : 10\nMaximum  :\nMinimum  :\nProperty :\n\n",
                ),
            },
        ],
        mutating: false,
        factory: || Box::new(MeasureObject::default()),
    }
}

/// Running statistics of one property.
#[derive(Debug, Clone, Default)]
struct Stats {
    count: i64,
    sum: f64,
    max: Option<f64>,
    min: Option<f64>,
}

/// Measure-Object.
#[derive(Default)]
struct MeasureObject {
    /// Property names (empty: the objects themselves), with their statistics.
    stats: Vec<(Option<String>, Stats)>,
    /// Which statistics were asked for: sum, average, maximum, minimum.
    wanted: Option<[bool; 4]>,
}

impl Command for MeasureObject {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if self.wanted.is_none() {
            self.wanted = Some(["Sum", "Average", "Maximum", "Minimum"].map(|s| args.switch(s)));
            let names = args
                .get("Property")
                .map(convert::to_string_list)
                .unwrap_or_default();
            self.stats = if names.is_empty() {
                vec![(None, Stats::default())]
            } else {
                names
                    .into_iter()
                    .map(|n| (Some(n), Stats::default()))
                    .collect()
            };
        }
        let Some(input) = args.get("InputObject") else {
            return Ok(());
        };
        let numeric = self.wanted.is_some_and(|w| w.iter().any(|b| *b));
        for (name, stats) in &mut self.stats {
            let value = match name {
                Some(n) => match property(input, n) {
                    Some(v) => v,
                    None => continue,
                },
                None => input.clone(),
            };
            stats.count += 1;
            if !numeric {
                continue;
            }
            let n = convert::to_double(&value).map_err(|_| {
                RuntimeError::new(
                    NOT_NUMERIC,
                    format!(
                        "the input \"{}\" is not numeric, so it cannot be measured",
                        value.to_display_string()
                    ),
                    args.span_of("InputObject"),
                )
                .with_help("measure a numeric property with -Property, or only count with no -Sum/-Average/-Maximum/-Minimum")
            })?;
            stats.sum += n;
            stats.max = Some(stats.max.map_or(n, |m| m.max(n)));
            stats.min = Some(stats.min.map_or(n, |m| m.min(n)));
        }
        Ok(())
    }

    fn end(&mut self, _host: &mut dyn Host, out: &mut Vec<Value>) -> Result<(), CommandError> {
        let [sum, average, maximum, minimum] = self.wanted.unwrap_or_default();
        if self.stats.is_empty() {
            self.stats.push((None, Stats::default()));
        }
        for (name, stats) in &self.stats {
            let number = |wanted: bool, v: Option<f64>| match (wanted, v) {
                (true, Some(v)) => Value::Double(v),
                _ => Value::Null,
            };
            let avg = (stats.count > 0).then(|| stats.sum / stats.count as f64);
            let obj = PsObject::new("GenericMeasureInfo")
                .with("Count", Value::Int(stats.count))
                .with("Average", number(average, avg))
                .with("Sum", number(sum, Some(stats.sum)))
                .with("Maximum", number(maximum, stats.max))
                .with("Minimum", number(minimum, stats.min))
                .with("Property", name.as_ref().map_or(Value::Null, Value::str));
            out.push(Value::object(obj));
        }
        Ok(())
    }
}
