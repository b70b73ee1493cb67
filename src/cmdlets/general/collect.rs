//! The commands that collect their whole input and act once at the end: a file written in one
//! atomic step (Set-Content, Out-File, Export-Csv), text parsed whole (ConvertFrom-Json,
//! ConvertFrom-Csv), a value built from everything (ConvertTo-Json), rows shown together
//! (Out-GridView).

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::eval::value::Value;

/// What such a command does at the end: with the invocation's arguments and every input value
/// (as bound, arrays not enumerated), in order.
pub(crate) type Finish =
    fn(&mut dyn Host, &Bound, Vec<Value>, &mut Vec<Value>) -> Result<(), CommandError>;

/// The collected values' text, one line each (arrays give a line per item): the input of
/// ConvertFrom-Json and ConvertFrom-Csv.
pub(crate) fn joined_lines(values: &[Value]) -> String {
    let lines: Vec<String> = values
        .iter()
        .flat_map(Value::enumerate)
        .map(|v| v.to_display_string())
        .collect();
    lines.join("\n")
}

/// A [`Command`] collecting the values bound to one parameter, then running a [`Finish`].
pub(crate) struct Collect {
    input: &'static str,
    finish: Finish,
    bound: Option<Bound>,
    values: Vec<Value>,
}

impl Collect {
    /// Collects what binds to `input`; `finish` runs at the end, even when nothing came.
    pub(crate) fn new(input: &'static str, finish: Finish) -> Self {
        Collect {
            input,
            finish,
            bound: None,
            values: Vec::new(),
        }
    }
}

impl Command for Collect {
    fn begin(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        self.bound = Some(args.clone());
        Ok(())
    }

    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if let Some(value) = args.get(self.input) {
            self.values.push(value.clone());
        }
        Ok(())
    }

    fn end(&mut self, host: &mut dyn Host, out: &mut Vec<Value>) -> Result<(), CommandError> {
        match self.bound.take() {
            Some(b) => (self.finish)(host, &b, std::mem::take(&mut self.values), out),
            None => Ok(()),
        }
    }
}
