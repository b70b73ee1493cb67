//! The `switch` statement: each element of the value runs through every clause in order;
//! `break` leaves the switch, `continue` goes on with the next element, `default` runs
//! when no other clause matched the element. `switch -file` reads its lines through the
//! file gate, as every other file read does.

use crate::eval::convert::truthy;
use crate::eval::error::RuntimeError;
use crate::eval::interp::Exec;
use crate::eval::operators::{equals, regex_match};
use crate::eval::pipeline::enumerate_output;
use crate::eval::statement::collect;
use crate::eval::unwind::{Ctl, EvalResult};
use crate::eval::value::Value;
use crate::eval::wildcard::Wildcard;
use crate::files::Mode;
use crate::span::Span;
use crate::syntax::ast::{ExprKind, SwitchClause, SwitchMode, SwitchStatement};

/// What the switch does after a clause's body ran.
enum After {
    /// Test the element against the next clause.
    NextClause,
    /// Go on with the next element.
    NextElement,
    /// Leave the switch.
    Leave,
}

impl Exec<'_> {
    /// Runs a `switch` statement, appending its clauses' output to `sink`.
    pub(crate) fn exec_switch(
        &mut self,
        switch: &SwitchStatement,
        span: Span,
        sink: &mut Vec<Value>,
    ) -> EvalResult<()> {
        let value = self.eval_pipeline_value(&switch.value)?;
        let items = if switch.file {
            self.read_text_file(&value.to_display_string(), switch.value.span)?
                .lines()
                .map(Value::str)
                .collect()
        } else {
            enumerate_output(value)
        };
        let saved = self.interp.scopes.get_local("_").cloned();
        let result = self.switch_items(switch, items, span, sink);
        match saved {
            Some(v) => self.interp.scopes.set_local("_", v),
            None => {
                self.interp.scopes.remove_local("_");
            }
        }
        result
    }

    fn switch_items(
        &mut self,
        switch: &SwitchStatement,
        items: Vec<Value>,
        span: Span,
        sink: &mut Vec<Value>,
    ) -> EvalResult<()> {
        'items: for item in items {
            self.check_deadline(span)?;
            let mut matched = false;
            for clause in switch.clauses.iter().filter(|c| c.condition.is_some()) {
                self.interp.scopes.set_local("_", item.clone());
                if !self.clause_matches(switch, clause, &item)? {
                    continue;
                }
                matched = true;
                match self.run_clause(switch, clause, &item, sink)? {
                    After::NextClause => {}
                    After::NextElement => continue 'items,
                    After::Leave => break 'items,
                }
            }
            if matched {
                continue;
            }
            for clause in switch.clauses.iter().filter(|c| c.condition.is_none()) {
                match self.run_clause(switch, clause, &item, sink)? {
                    After::NextClause => {}
                    After::NextElement => continue 'items,
                    After::Leave => break 'items,
                }
            }
        }
        Ok(())
    }

    /// Whether `item` matches the clause's value or script block.
    fn clause_matches(
        &mut self,
        switch: &SwitchStatement,
        clause: &SwitchClause,
        item: &Value,
    ) -> EvalResult<bool> {
        let Some(condition) = &clause.condition else {
            return Ok(true);
        };
        if let ExprKind::ScriptBlock(block) = &condition.kind {
            let out = self.invoke_script_block(block, item)?;
            return Ok(truthy(&collect(out)));
        }
        let wanted = self.eval_expr(condition)?;
        let ignore_case = !switch.case_sensitive;
        Ok(match switch.mode {
            SwitchMode::Equal => equals(item, &wanted, ignore_case),
            SwitchMode::Wildcard => Wildcard::new(&wanted.to_display_string(), ignore_case)
                .is_match(&item.to_display_string()),
            SwitchMode::Regex => {
                let found = regex_match(
                    &item.to_display_string(),
                    &wanted.to_display_string(),
                    ignore_case,
                )
                .map_err(|e| Ctl::runtime(e.code, e.message, condition.span))?;
                match found {
                    Some(table) => {
                        self.interp
                            .scopes
                            .set_local("matches", Value::hashtable(table));
                        true
                    }
                    None => false,
                }
            }
        })
    }

    /// Runs a clause's body with `$_` set to the element.
    fn run_clause(
        &mut self,
        switch: &SwitchStatement,
        clause: &SwitchClause,
        item: &Value,
        sink: &mut Vec<Value>,
    ) -> EvalResult<After> {
        self.interp.scopes.set_local("_", item.clone());
        let mine = |signal: &Option<String>| match signal {
            None => true,
            Some(s) => switch
                .label
                .as_ref()
                .is_some_and(|l| l.eq_ignore_ascii_case(s)),
        };
        match self.exec_block(&clause.body, sink) {
            Ok(()) => Ok(After::NextClause),
            Err(Ctl::Break(signal)) if mine(&signal) => Ok(After::Leave),
            Err(Ctl::Continue(signal)) if mine(&signal) => Ok(After::NextElement),
            Err(other) => Err(other),
        }
    }

    /// The text of a file read through the file gate (the pretend store in a dry run), for
    /// `switch -file` and dot-sourced scripts.
    pub(crate) fn read_text_file(&mut self, typed: &str, span: Span) -> EvalResult<String> {
        let mode = if self.interp.options.dry_run {
            Mode::Pretend
        } else {
            Mode::Real
        };
        let gate = &self.interp.files;
        let bytes = gate
            .resolve(typed)
            .and_then(|path| gate.read(&path, mode))
            .map_err(|e| {
                Ctl::from_runtime(
                    RuntimeError::new(e.code(), e.message(), span).with_help(e.help()),
                )
            })?;
        Ok(crate::files::encoding::decode(&bytes, None))
    }
}
