//! Group-Object: groups the input objects by property values, in order of first appearance.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::property::{
    evaluate, parse_selectors, property, Expression, Selector,
};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::value::{PsObject, Value};

/// Group-Object's spec.
pub fn spec() -> CmdletSpec {
    let signature = Signature::new()
        .param(
            ParamSpec::new(
                "Property",
                ParamKind::Any,
                "What to group by: property names, script blocks or @{Expression=…}.",
            )
            .position(0),
        )
        .param(ParamSpec::new(
            "NoElement",
            ParamKind::Switch,
            "Leaves the Group property out of the output.",
        ))
        .param(ParamSpec::new(
            "CaseSensitive",
            ParamKind::Switch,
            "Groups text case-sensitively.",
        ))
        .param(
            ParamSpec::new("InputObject", ParamKind::Any, "The objects to group.").from_pipeline(),
        );
    CmdletSpec {
        name: "Group-Object",
        aliases: &["group"],
        synopsis: "Groups objects that have the same property values.",
        description: "Collects every input object, then outputs one GroupInfo object per \
            distinct key (Count, Name, Group, Values) in order of first appearance; keys \
            compare case-insensitively unless -CaseSensitive.",
        signature,
        examples: vec![
            Example {
                description: "Count the words of each length.",
                script: "'a', 'bb', 'cc', 'd' | Group-Object Length -NoElement",
                output: Some("\nCount Name\n----- ----\n    2 1\n    2 2\n\n"),
            },
            Example {
                description: "The objects of each group.",
                script: "'a', 'bb', 'cc' | group Length | % { $_.Group -join '+' }",
                output: Some("a\nbb+cc\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(GroupObject::default()),
    }
}

/// Group-Object.
#[derive(Default)]
struct GroupObject {
    /// The keys, from the first call.
    keys: Option<Vec<Expression>>,
    /// -NoElement and -CaseSensitive.
    no_element: bool,
    case_sensitive: bool,
    /// The input objects.
    items: Vec<Value>,
}

impl Command for GroupObject {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if self.keys.is_none() {
            let selectors = match args.get("Property") {
                Some(v) => parse_selectors(v, args.span_of("Property"))?,
                None => Vec::new(),
            };
            self.keys = Some(
                selectors
                    .into_iter()
                    .map(|s| match s {
                        Selector::Name(n) => Expression::Property(n),
                        Selector::Calculated { expression, .. } => expression,
                        Selector::Block(b) => Expression::Block(b),
                    })
                    .collect(),
            );
            self.no_element = args.switch("NoElement");
            self.case_sensitive = args.switch("CaseSensitive");
        }
        if let Some(input) = args.get("InputObject") {
            self.items.push(input.clone());
        }
        Ok(())
    }

    fn end(&mut self, host: &mut dyn Host, out: &mut Vec<Value>) -> Result<(), CommandError> {
        let keys = self.keys.clone().unwrap_or_default();
        // (comparison key, display name, key values, members), in order of first appearance.
        let mut groups: Vec<(String, String, Vec<Value>, Vec<Value>)> = Vec::new();
        for item in std::mem::take(&mut self.items) {
            let values: Vec<Value> = if keys.is_empty() {
                vec![item.clone()]
            } else {
                let mut values = Vec::with_capacity(keys.len());
                for key in &keys {
                    values.push(match key {
                        Expression::Property(name) => property(&item, name).unwrap_or_default(),
                        block => evaluate(host, block, &item)?,
                    });
                }
                values
            };
            let name = values
                .iter()
                .map(Value::to_display_string)
                .collect::<Vec<_>>()
                .join(", ");
            let compare = if self.case_sensitive {
                name.clone()
            } else {
                name.to_lowercase()
            };
            match groups.iter_mut().find(|g| g.0 == compare) {
                Some(group) => group.3.push(item),
                None => groups.push((compare, name, values, vec![item])),
            }
        }
        for (_, name, values, members) in groups {
            let mut info = PsObject::new("GroupInfo")
                .with("Count", Value::Int(members.len() as i64))
                .with("Name", Value::str(name));
            if !self.no_element {
                info = info.with("Group", Value::array(members));
            }
            info = info.with("Values", Value::array(values));
            info.default_display = if self.no_element { 2 } else { 3 };
            out.push(Value::object(info));
        }
        Ok(())
    }
}
