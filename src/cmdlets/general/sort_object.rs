//! Sort-Object: sorts the pipeline objects (stable) by properties or by value.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::compare::sort_order;
use crate::cmdlets::general::property::{
    evaluate, parse_selectors, property, Expression, Selector,
};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;
use std::cmp::Ordering;

/// Sort-Object's spec.
pub fn spec() -> CmdletSpec {
    let signature = Signature::new()
        .param(
            ParamSpec::new(
                "Property",
                ParamKind::Any,
                "Sort keys: property names, script blocks or @{Expression=…; Descending=…}.",
            )
            .position(0),
        )
        .param(ParamSpec::new(
            "Descending",
            ParamKind::Switch,
            "Sorts from largest to smallest.",
        ))
        .param(ParamSpec::new(
            "Unique",
            ParamKind::Switch,
            "Keeps one object of each run of equal keys.",
        ))
        .param(ParamSpec::new(
            "CaseSensitive",
            ParamKind::Switch,
            "Compares text case-sensitively.",
        ))
        .param(
            ParamSpec::new("InputObject", ParamKind::Any, "The objects to sort.").from_pipeline(),
        );
    CmdletSpec {
        name: "Sort-Object",
        aliases: &["sort"],
        synopsis: "Sorts objects by property values.",
        description: "Collects every input object, then outputs them sorted: numbers \
            numerically, text case-insensitively, $null first; objects with equal keys keep \
            their input order.",
        signature,
        examples: vec![
            Example {
                description: "Sort numbers, largest first.",
                script: "3, 1, 2 | Sort-Object -Descending",
                output: Some("3\n2\n1\n"),
            },
            Example {
                description: "Sort text by length, keeping one of each length.",
                script: "'ccc', 'a', 'bb', 'dd' | sort Length -Unique",
                output: Some("a\nbb\nccc\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(SortObject::default()),
    }
}

/// Sort-Object.
#[derive(Default)]
struct SortObject {
    /// The input objects.
    items: Vec<Value>,
    /// Keys (with their direction) and options, from the first call.
    keys: Option<Vec<(Key, bool)>>,
    /// -Unique.
    unique: bool,
    /// -CaseSensitive.
    case_sensitive: bool,
}

/// One sort key.
#[derive(Debug, Clone)]
enum Key {
    /// The object itself.
    Value,
    /// A property.
    Property(String),
    /// A computed key.
    Computed(Expression),
}

impl Command for SortObject {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if self.keys.is_none() {
            let descending = args.switch("Descending");
            let selectors = match args.get("Property") {
                Some(v) => parse_selectors(v, args.span_of("Property"))?,
                None => Vec::new(),
            };
            let mut keys: Vec<(Key, bool)> = selectors
                .into_iter()
                .map(|s| match s {
                    Selector::Name(n) => (Key::Property(n), descending),
                    Selector::Calculated {
                        expression,
                        descending: d,
                        ..
                    } => (Key::Computed(expression), d.unwrap_or(descending)),
                    Selector::Block(b) => (Key::Computed(Expression::Block(b)), descending),
                })
                .collect();
            if keys.is_empty() {
                keys.push((Key::Value, descending));
            }
            self.keys = Some(keys);
            self.unique = args.switch("Unique");
            self.case_sensitive = args.switch("CaseSensitive");
        }
        if let Some(input) = args.get("InputObject") {
            self.items.push(input.clone());
        }
        Ok(())
    }

    fn end(&mut self, host: &mut dyn Host, out: &mut Vec<Value>) -> Result<(), CommandError> {
        let keys = self.keys.clone().unwrap_or_default();
        let items = std::mem::take(&mut self.items);
        let mut rows: Vec<(Vec<Value>, Value)> = Vec::with_capacity(items.len());
        for item in items {
            let mut values = Vec::with_capacity(keys.len());
            for (key, _) in &keys {
                values.push(match key {
                    Key::Value => item.clone(),
                    Key::Property(name) => property(&item, name).unwrap_or_default(),
                    Key::Computed(expression) => evaluate(host, expression, &item)?,
                });
            }
            rows.push((values, item));
        }
        let cs = self.case_sensitive;
        let cmp = |a: &[Value], b: &[Value]| -> Ordering {
            for (i, (_, descending)) in keys.iter().enumerate() {
                let o = sort_order(&a[i], &b[i], cs);
                let o = if *descending { o.reverse() } else { o };
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        };
        rows.sort_by(|a, b| cmp(&a.0, &b.0));
        let mut last: Option<Vec<Value>> = None;
        for (values, item) in rows {
            if self.unique {
                if last
                    .as_deref()
                    .is_some_and(|l| cmp(l, &values) == Ordering::Equal)
                {
                    continue;
                }
                last = Some(values);
            }
            out.push(item);
        }
        Ok(())
    }
}
