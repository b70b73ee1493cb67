//! A fake [`Host`] and a tiny call helper for the `domain_*` tests: commands are bound by the
//! real binder from the registry's specs (common parameters included) and run by their
//! handlers, with every argument given its own span.
#![allow(dead_code)]

use coexist::cmdlets::command::{Bound, CommandError, Host, Warning};
use coexist::cmdlets::registry;
use coexist::eval::binder::{bind_arguments, bind_input, Arg};
use coexist::eval::value::{Hashtable, PsObject, Value};
use coexist::model::Model;
use coexist::span::{SourceId, Span};
use coexist::syntax::ast::ScriptBlock;
use std::sync::Arc;

pub const L10: &str = "lync2010.contoso.com";
pub const L13: &str = "lync2013.contoso.com";
pub const GC: &str = "gc.contoso.com";
pub const PC: &str = "pchat.contoso.com";
pub const ANN: &str = "sip:ann@contoso.com";
pub const BOB: &str = "sip:bob@contoso.com";

/// One argument as a test writes it.
pub enum A {
    /// `-Name`.
    P(&'static str),
    /// A string value.
    S(String),
    /// Any value.
    V(Value),
}

/// `-name`.
pub fn p(name: &'static str) -> A {
    A::P(name)
}

/// A string argument.
pub fn s(text: &str) -> A {
    A::S(text.to_string())
}

/// Any value argument.
pub fn v(value: Value) -> A {
    A::V(value)
}

/// `@{k=v; …}` of string lists.
pub fn table(entries: &[(&str, &[&str])]) -> Value {
    let mut t = Hashtable::default();
    for (k, items) in entries {
        t.insert(
            Value::str(k),
            Value::array(items.iter().map(Value::str).collect()),
        );
    }
    Value::hashtable(t)
}

/// An array of strings.
pub fn strings(items: &[&str]) -> Value {
    Value::array(items.iter().map(Value::str).collect())
}

/// The result of one command call, with the spans it was given.
pub struct Call {
    /// What the command output, or its error.
    pub result: Result<Vec<Value>, CommandError>,
    /// The span of each argument, in the order written.
    pub spans: Vec<Span>,
    /// The whole command's span.
    pub command_span: Span,
}

impl Call {
    /// The model error's code and span; panics on success or another error.
    pub fn model_error(&self) -> (&'static str, Span) {
        match &self.result {
            Err(CommandError::Model { error, span }) => (error.code(), *span),
            other => panic!("expected a model error, got {other:?}"),
        }
    }

    /// The runtime (binding) error's code and span.
    pub fn runtime_error(&self) -> (&'static str, Span) {
        match &self.result {
            Err(CommandError::Runtime(e)) => (e.code, e.span),
            other => panic!("expected a runtime error, got {other:?}"),
        }
    }
}

/// A host holding a model, collecting warnings and What-if lines.
#[derive(Default)]
pub struct TestHost {
    /// The model.
    pub model: Model,
    /// Warnings reported.
    pub warnings: Vec<Warning>,
    /// What-if lines printed.
    pub whatif: Vec<String>,
    /// A dry run: every change prints its What-if line and is applied (to this model).
    pub dry_run: bool,
    /// `$WhatIfPreference = $true`: every change is only shown.
    pub what_if_preference: bool,
    /// How many script blocks were invoked.
    pub blocks: usize,
    next: usize,
}

impl Host for TestHost {
    fn model(&mut self) -> &mut Model {
        &mut self.model
    }
    fn warn(&mut self, warning: Warning) {
        self.warnings.push(warning);
    }
    fn write_host(&mut self, _text: &str) {}
    fn invoke_block(
        &mut self,
        _block: &Arc<ScriptBlock>,
        input: &Value,
    ) -> Result<Vec<Value>, CommandError> {
        // Stands in for `{ $_.Enabled }`.
        self.blocks += 1;
        Ok(vec![match input {
            Value::Object(o) => o.borrow().get("Enabled").cloned().unwrap_or_default(),
            _ => Value::Null,
        }])
    }
    fn should_process(&mut self, bound: &Bound, action: &str, target: &str) -> bool {
        let whatif = self.what_if(bound);
        if whatif || self.dry_run {
            self.whatif.push(format!(
                "What if: Performing the operation \"{action}\" on target \"{target}\"."
            ));
        }
        !whatif
    }
    fn what_if(&mut self, bound: &Bound) -> bool {
        bound.switch("WhatIf") || self.what_if_preference
    }
    fn width(&self) -> usize {
        120
    }
}

impl TestHost {
    /// A host with an empty model.
    pub fn new() -> Self {
        TestHost::default()
    }

    /// Site Redmond; pools lync2010 (Lync2010) and lync2013 (Lync2013); Group Chat 2010 pool
    /// gc and Persistent Chat pool pchat (running); Ann on lync2013, Bob on lync2010.
    pub fn world() -> Self {
        let mut h = TestHost::new();
        h.ok("New-Site", vec![s("Redmond")]);
        h.ok(
            "New-Pool",
            vec![s(L10), p("Version"), s("Lync2010"), p("Site"), s("Redmond")],
        );
        h.ok(
            "New-Pool",
            vec![s(L13), p("Version"), s("Lync2013"), p("Site"), s("Redmond")],
        );
        h.ok(
            "New-ChatPool",
            vec![s(GC), p("HomePool"), s(L10), p("Kind"), s("GroupChat2010")],
        );
        h.ok(
            "New-ChatPool",
            vec![
                s(PC),
                p("HomePool"),
                s(L13),
                p("FileStore"),
                s("\\\\fs01\\pchat"),
            ],
        );
        h.ok(
            "New-User",
            vec![s(ANN), p("DisplayName"), s("Ann Smith"), p("Pool"), s(L13)],
        );
        h.ok(
            "New-User",
            vec![
                s(BOB),
                p("DisplayName"),
                s("Bob Jones"),
                p("RegistrarPool"),
                s(L10),
            ],
        );
        h.warnings.clear();
        h
    }

    /// Runs `command` with `args`.
    pub fn run(&mut self, command: &str, args: Vec<A>) -> Call {
        self.call(command, args, None)
    }

    /// Pipes `input` into `command`.
    pub fn pipe(&mut self, input: Vec<Value>, command: &str, args: Vec<A>) -> Call {
        self.call(command, args, Some(input))
    }

    /// Runs `command` and returns its output; panics with the error otherwise.
    pub fn ok(&mut self, command: &str, args: Vec<A>) -> Vec<Value> {
        match self.run(command, args).result {
            Ok(out) => out,
            Err(e) => panic!("{command} failed: {e:?}"),
        }
    }

    // CommandError is the crate's shared error type; its size is not this helper's choice.
    #[allow(clippy::result_large_err)]
    fn call(&mut self, command: &str, args: Vec<A>, input: Option<Vec<Value>>) -> Call {
        let spec = registry::lookup(command).unwrap_or_else(|| panic!("no command {command}"));
        let base = self.next;
        self.next += 1000;
        let command_span = Span::new(SourceId(0), base, base + 900);
        let mut spans = Vec::new();
        let bound_args: Vec<Arg> = args
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let span = Span::new(SourceId(0), base + 10 * (i + 1), base + 10 * (i + 1) + 5);
                spans.push(span);
                match a {
                    A::P(name) => Arg::Parameter {
                        name: name.to_string(),
                        span,
                        attached: None,
                    },
                    A::S(text) => Arg::Value {
                        value: Value::str(text),
                        span,
                    },
                    A::V(value) => Arg::Value { value, span },
                }
            })
            .collect();
        let mut out = Vec::new();
        let result = (|| -> Result<(), CommandError> {
            let bound = bind_arguments(
                &spec.signature,
                spec.name,
                &bound_args,
                command_span,
                input.is_some(),
            )?;
            let mut cmd = (spec.factory)();
            match &input {
                None => cmd.process(self, &bound, &mut out)?,
                Some(items) => {
                    for item in items {
                        let with_input = bind_input(&spec.signature, &bound, item, command_span)?;
                        cmd.process(self, &with_input, &mut out)?;
                    }
                }
            }
            Ok(())
        })();
        Call {
            result: result.map(|()| out),
            spans,
            command_span,
        }
    }
}

/// A property of an output object.
pub fn prop(value: &Value, name: &str) -> Value {
    match value {
        Value::Object(o) => o.borrow().get(name).cloned().unwrap_or_default(),
        other => panic!("not an object: {other:?}"),
    }
}

/// The type name of an output object.
pub fn type_name(value: &Value) -> String {
    match value {
        Value::Object(o) => o.borrow().type_name.clone(),
        other => panic!("not an object: {other:?}"),
    }
}

/// A property as text.
pub fn text(value: &Value, name: &str) -> String {
    prop(value, name).to_display_string()
}

/// A bare `PSCustomObject` with the given string properties.
pub fn object(props: &[(&str, &str)]) -> Value {
    let mut o = PsObject::new("PSCustomObject");
    for (k, v) in props {
        o.properties.insert(k.to_string(), Value::str(v));
    }
    Value::object(o)
}

/// The codes of the warnings reported so far.
pub fn warning_codes(h: &TestHost) -> Vec<&'static str> {
    h.warnings
        .iter()
        .map(|w| match w {
            Warning::Model { warning, .. } => warning.code(),
            Warning::Text { .. } => "text",
        })
        .collect()
}
