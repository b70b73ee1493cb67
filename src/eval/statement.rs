//! Statements and control flow: blocks with statement-level error handling, `if`, the loops
//! with labelled `break`/`continue`, `return`, `exit`, `throw`, `try/catch/finally` and
//! function definitions.

use crate::eval::convert::{to_int, truthy};
use crate::eval::error::RuntimeError;
use crate::eval::interp::{ActionPreference, Exec};
use crate::eval::unwind::{catch_matches, codes, error_from_record, error_parts, Ctl, EvalResult};
use crate::eval::value::Value;
use crate::syntax::ast::{
    Block, CatchClause, ExprKind, Pipeline, PipelineElement, Statement, StatementKind, UnaryOp,
};

/// What a loop does after its body ran.
enum LoopNext {
    /// Go on with the next iteration.
    Next,
    /// Leave the loop.
    Exit,
}

/// Collects pipeline output into one value: nothing → `$null`, one → itself, more → array.
pub(crate) fn collect(mut values: Vec<Value>) -> Value {
    match values.len() {
        0 => Value::Null,
        1 => values.pop().unwrap_or_default(),
        _ => Value::array(values),
    }
}

fn label_matches(signal: &Option<String>, label: &Option<String>) -> bool {
    match (signal, label) {
        (None, _) => true,
        (Some(s), Some(l)) => s.eq_ignore_ascii_case(l),
        (Some(_), None) => false,
    }
}

impl Exec<'_> {
    /// Runs statements in order. A statement-terminating error outside any `try` is reported
    /// and the next statement runs; everything else unwinds.
    pub(crate) fn exec_statements(
        &mut self,
        statements: &[Statement],
        sink: &mut Vec<Value>,
    ) -> EvalResult<()> {
        for statement in statements {
            self.check_deadline(statement.span)?;
            self.check_stack(statement.span)?;
            match self.exec_statement(statement, sink) {
                Ok(()) => {}
                Err(Ctl::Error(mut raised))
                    if !raised.script_terminating
                        && !raised.ends_call
                        && self.interp.try_depth == 0 =>
                {
                    // `$ErrorActionPreference = 'Stop'` makes every error end the script.
                    if self.action_preference("erroractionpreference") == ActionPreference::Stop {
                        raised.script_terminating = true;
                        return Err(Ctl::Error(raised));
                    }
                    self.report_statement_error(&raised);
                }
                Err(other) => return Err(other),
            }
        }
        Ok(())
    }

    /// Runs a `{ … }` block's statements.
    pub(crate) fn exec_block(&mut self, block: &Block, sink: &mut Vec<Value>) -> EvalResult<()> {
        self.exec_statements(&block.statements, sink)
    }

    /// Runs one statement, appending its output to `sink`.
    pub(crate) fn exec_statement(
        &mut self,
        statement: &Statement,
        sink: &mut Vec<Value>,
    ) -> EvalResult<()> {
        match &statement.kind {
            StatementKind::Pipeline(pipeline) => {
                self.interp.current_ok = true;
                let result = if is_silent_increment(pipeline) {
                    self.eval_pipeline_value(pipeline).map(|_| ())
                } else {
                    self.run_pipeline(pipeline, sink)
                };
                if result.is_err() {
                    self.interp.current_ok = false;
                }
                self.interp.last_ok = self.interp.current_ok;
                result
            }
            StatementKind::Assignment { target, op, value } => {
                self.interp.current_ok = true;
                let result = self
                    .eval_statement_value(value)
                    .and_then(|v| self.assign(target, *op, v, statement.span));
                if result.is_err() {
                    self.interp.current_ok = false;
                }
                self.interp.last_ok = self.interp.current_ok;
                result.map(|_| ())
            }
            StatementKind::If {
                clauses,
                else_block,
            } => {
                for (condition, body) in clauses {
                    if truthy(&self.eval_pipeline_value(condition)?) {
                        return self.exec_block(body, sink);
                    }
                }
                match else_block {
                    Some(body) => self.exec_block(body, sink),
                    None => Ok(()),
                }
            }
            StatementKind::Foreach {
                label,
                variable,
                variable_span,
                iterable,
                body,
            } => {
                let items = self.eval_pipeline_value(iterable)?.into_items();
                for item in items {
                    self.check_deadline(statement.span)?;
                    self.set_var(variable, item, *variable_span)?;
                    let result = self.exec_block(body, sink);
                    if let LoopNext::Exit = self.loop_signal(result, label)? {
                        break;
                    }
                }
                Ok(())
            }
            StatementKind::While {
                label,
                condition,
                body,
            } => {
                loop {
                    self.check_deadline(statement.span)?;
                    if !truthy(&self.eval_pipeline_value(condition)?) {
                        break;
                    }
                    let result = self.exec_block(body, sink);
                    if let LoopNext::Exit = self.loop_signal(result, label)? {
                        break;
                    }
                }
                Ok(())
            }
            StatementKind::DoLoop {
                label,
                body,
                condition,
                until,
            } => {
                loop {
                    self.check_deadline(statement.span)?;
                    let result = self.exec_block(body, sink);
                    if let LoopNext::Exit = self.loop_signal(result, label)? {
                        break;
                    }
                    let c = truthy(&self.eval_pipeline_value(condition)?);
                    if c == *until {
                        break;
                    }
                }
                Ok(())
            }
            StatementKind::For {
                label,
                init,
                condition,
                step,
                body,
            } => {
                if let Some(init) = init {
                    self.exec_statement(init, &mut Vec::new())?;
                }
                loop {
                    self.check_deadline(statement.span)?;
                    if let Some(condition) = condition {
                        if !truthy(&self.eval_pipeline_value(condition)?) {
                            break;
                        }
                    }
                    let result = self.exec_block(body, sink);
                    if let LoopNext::Exit = self.loop_signal(result, label)? {
                        break;
                    }
                    if let Some(step) = step {
                        self.exec_statement(step, &mut Vec::new())?;
                    }
                }
                Ok(())
            }
            StatementKind::Break(label) => Err(Ctl::Break(label.clone())),
            StatementKind::Continue(label) => Err(Ctl::Continue(label.clone())),
            StatementKind::Return(value) => {
                if let Some(pipeline) = value {
                    self.run_pipeline(pipeline, sink)?;
                }
                Err(Ctl::Return)
            }
            StatementKind::Exit(value) => {
                let code = match value {
                    Some(pipeline) => {
                        let v = self.eval_pipeline_value(pipeline)?;
                        to_int(&v).map_err(|e| {
                            Ctl::runtime(codes::CONVERSION, e.to_string(), pipeline.span)
                        })? as i32
                    }
                    None => 0,
                };
                Err(Ctl::Exit(code))
            }
            StatementKind::Throw(value) => Err(self.throw(value.as_ref(), statement)?),
            StatementKind::Function(def) => {
                self.interp.scopes.define_function(def.clone());
                Ok(())
            }
            StatementKind::Try {
                body,
                catches,
                finally,
            } => self.exec_try(body, catches, finally.as_ref(), sink),
            StatementKind::Switch(switch) => self.exec_switch(switch, statement.span, sink),
        }
    }

    /// Decides what a loop does with its body's result.
    fn loop_signal(&self, result: EvalResult<()>, label: &Option<String>) -> EvalResult<LoopNext> {
        match result {
            Ok(()) => Ok(LoopNext::Next),
            Err(Ctl::Break(signal)) if label_matches(&signal, label) => Ok(LoopNext::Exit),
            Err(Ctl::Continue(signal)) if label_matches(&signal, label) => Ok(LoopNext::Next),
            Err(other) => Err(other),
        }
    }

    /// Builds the error a `throw` statement raises.
    fn throw(&mut self, value: Option<&Pipeline>, statement: &Statement) -> EvalResult<Ctl> {
        let Some(pipeline) = value else {
            // A bare `throw` inside `catch` rethrows the error being handled.
            if let Some((_, raised)) = self.interp.caught.last() {
                let mut again = raised.clone();
                again.script_terminating = true;
                return Ok(Ctl::Error(Box::new(again)));
            }
            return Ok(Ctl::terminating(
                RuntimeError::new(codes::THROWN, "ScriptHalted", statement.span).into(),
                None,
            ));
        };
        let thrown = self.eval_pipeline_value(pipeline)?;
        // `throw $_` in a catch block rethrows the original error, keeping its code.
        if let Value::Object(obj) = &thrown {
            let original =
                self.interp
                    .caught
                    .iter()
                    .rev()
                    .find_map(|(record, raised)| match record {
                        Value::Object(r) if std::rc::Rc::ptr_eq(r, obj) => Some(raised.clone()),
                        _ => None,
                    });
            if let Some(mut raised) = original {
                raised.script_terminating = true;
                return Ok(Ctl::Error(Box::new(raised)));
            }
        }
        if let Some(error) = error_from_record(&thrown, statement.span) {
            return Ok(Ctl::terminating(error.into(), None));
        }
        let message = match &thrown {
            Value::Null => "ScriptHalted".to_string(),
            other => other.to_display_string(),
        };
        let target = match thrown {
            Value::String(_) | Value::Null => None,
            other => Some(other),
        };
        Ok(Ctl::terminating(
            RuntimeError::new(codes::THROWN, message, statement.span).into(),
            target,
        ))
    }

    /// `try {…} catch [T] {…} finally {…}`.
    fn exec_try(
        &mut self,
        body: &Block,
        catches: &[CatchClause],
        finally: Option<&Block>,
        sink: &mut Vec<Value>,
    ) -> EvalResult<()> {
        self.interp.try_depth += 1;
        let result = self.exec_block(body, sink);
        self.interp.try_depth -= 1;
        let result = match result {
            Err(Ctl::Error(raised)) => {
                let (code, _) = error_parts(&raised.error);
                let uncatchable = codes::stops_the_run(&code);
                let clause = catches.iter().find(|c| {
                    c.types.is_empty() || c.types.iter().any(|t| catch_matches(t, &code))
                });
                match clause {
                    Some(clause) if !uncatchable => {
                        let record = self.record_error(&raised);
                        self.interp.current_ok = true;
                        let saved = self.interp.scopes.get_local("_").cloned();
                        self.interp.scopes.set_local("_", record.clone());
                        self.interp.caught.push((record, *raised));
                        let r = self.exec_block(&clause.body, sink);
                        self.interp.caught.pop();
                        match saved {
                            Some(v) => self.interp.scopes.set_local("_", v),
                            None => {
                                self.interp.scopes.remove_local("_");
                            }
                        }
                        r
                    }
                    _ => Err(Ctl::Error(raised)),
                }
            }
            other => other,
        };
        if let Some(finally) = finally {
            self.exec_block(finally, sink)?;
        }
        result
    }

    /// Evaluates a statement used as a value (`$x = <statement>`, `(<statement>)`).
    pub(crate) fn eval_statement_value(&mut self, statement: &Statement) -> EvalResult<Value> {
        match &statement.kind {
            StatementKind::Pipeline(pipeline) => self.eval_pipeline_value(pipeline),
            StatementKind::Assignment { target, op, value } => {
                let v = self.eval_statement_value(value)?;
                self.assign(target, *op, v, statement.span)
            }
            _ => {
                let mut sink = Vec::new();
                self.exec_statement(statement, &mut sink)?;
                Ok(collect(sink))
            }
        }
    }

    /// Evaluates a pipeline used as a value. A lone expression keeps its value as is
    /// (`@(1)` stays an array); a pipeline with commands collects its output.
    pub(crate) fn eval_pipeline_value(&mut self, pipeline: &Pipeline) -> EvalResult<Value> {
        if let [PipelineElement::Expression(expr)] = pipeline.elements.as_slice() {
            return self.eval_expr(expr);
        }
        let mut sink = Vec::new();
        self.run_pipeline(pipeline, &mut sink)?;
        Ok(collect(sink))
    }

    /// Runs statements and collects their output as one value (`$(…)`, `@(…)`).
    pub(crate) fn eval_statements_output(
        &mut self,
        statements: &[Statement],
    ) -> EvalResult<Vec<Value>> {
        let mut sink = Vec::new();
        self.exec_statements(statements, &mut sink)?;
        Ok(sink)
    }
}

/// `$i++` / `--$i` as a whole statement output nothing.
fn is_silent_increment(pipeline: &Pipeline) -> bool {
    matches!(
        pipeline.elements.as_slice(),
        [PipelineElement::Expression(e)] if matches!(
            &e.kind,
            ExprKind::Unary { op: UnaryOp::PreIncrement | UnaryOp::PreDecrement | UnaryOp::PostIncrement | UnaryOp::PostDecrement, .. }
        )
    )
}
