//! Expressions: literals, variables (with `$script:`/`$global:`/`$env:` scopes), string
//! expansion, arrays and hashtables, operators, members, methods, indexing, casts and
//! assignment targets.

use crate::eval::convert::{to_number, truthy};
use crate::eval::format_op;
use crate::eval::interp::{Exec, MAX_CALL_DEPTH};
use crate::eval::methods;
use crate::eval::operators::{self, OpError};
use crate::eval::scope::var_key;
use crate::eval::statement::collect;
use crate::eval::types;
use crate::eval::unwind::{codes, Ctl, EvalResult};
use crate::eval::value::{Hashtable, PsObject, Value};
use crate::span::Span;
use crate::syntax::ast::{
    AssignOp, BinaryOp, CompareOp, Expr, ExprKind, Member, ScriptBlock, ScriptBlockBody,
    StringPart, UnaryOp, VarRef, VarScope,
};
use std::sync::Arc;

/// Turns an operator error into a statement-terminating error at `span`.
pub(crate) fn op_err(span: Span) -> impl FnOnce(OpError) -> Ctl {
    move |e| Ctl::runtime(e.code, e.message, span)
}

fn type_literal_name(expr: &Expr) -> Option<&str> {
    match &expr.kind {
        ExprKind::TypeLiteral(name) => Some(name),
        _ => None,
    }
}

impl Exec<'_> {
    /// Evaluates an expression.
    pub(crate) fn eval_expr(&mut self, expr: &Expr) -> EvalResult<Value> {
        let span = expr.span;
        match &expr.kind {
            ExprKind::Int(i) => Ok(Value::Int(*i)),
            ExprKind::Double(d) => Ok(Value::Double(*d)),
            ExprKind::String(s) | ExprKind::BareWord(s) => Ok(Value::str(s)),
            ExprKind::ExpandableString(parts) => self.expand(parts).map(Value::str),
            ExprKind::Variable(var) => self.get_var(var, span),
            ExprKind::Array(items) => {
                let values = items
                    .iter()
                    .map(|e| self.eval_expr(e))
                    .collect::<EvalResult<Vec<_>>>()?;
                Ok(Value::array(values))
            }
            ExprKind::Hashtable(entries) => {
                let mut table = Hashtable::default();
                for (key, value) in entries {
                    let k = self.eval_expr(key)?;
                    let v = self.eval_statement_value(value)?;
                    table.insert(k, v);
                }
                Ok(Value::hashtable(table))
            }
            ExprKind::ScriptBlock(block) => Ok(Value::ScriptBlock(block.clone())),
            ExprKind::Paren(statement) => self.eval_statement_value(statement),
            ExprKind::SubExpression(statements) => {
                Ok(collect(self.eval_statements_output(statements)?))
            }
            ExprKind::ArraySubExpression(statements) => {
                Ok(Value::array(self.eval_statements_output(statements)?))
            }
            ExprKind::Unary { op, operand } => self.eval_unary(*op, operand, span),
            ExprKind::Binary { op, lhs, rhs } => self.eval_binary(*op, lhs, rhs, span),
            ExprKind::Member {
                target,
                member,
                is_static,
            } => {
                let name = self.member_name(member)?;
                if *is_static {
                    let Some(ty) = type_literal_name(target) else {
                        return Err(Ctl::runtime(
                            codes::UNSUPPORTED,
                            "Static members (`::`) need a type such as [math] on the left.",
                            span,
                        ));
                    };
                    return methods::get_static(ty, &name).map_err(op_err(span));
                }
                let value = self.eval_expr(target)?;
                if self.interp.strict
                    && !matches!(value, Value::Array(_))
                    && !has_member(&value, &name)
                {
                    return Err(Ctl::runtime(
                        codes::UNKNOWN_VARIABLE,
                        format!("The property '{name}' cannot be found on this object."),
                        span,
                    ));
                }
                Ok(methods::get_member(&value, &name))
            }
            ExprKind::MethodCall {
                target,
                member,
                args,
                is_static,
            } => {
                let name = self.member_name(member)?;
                let values = args
                    .iter()
                    .map(|a| self.eval_expr(a))
                    .collect::<EvalResult<Vec<_>>>()?;
                if *is_static {
                    let Some(ty) = type_literal_name(target) else {
                        return Err(Ctl::runtime(
                            codes::UNSUPPORTED,
                            "Static methods (`::`) need a type such as [math] on the left.",
                            span,
                        ));
                    };
                    return methods::call_static(ty, &name, &values).map_err(op_err(span));
                }
                let value = self.eval_expr(target)?;
                self.call_method(&value, &name, &values, span)
            }
            ExprKind::Index { target, index } => {
                let value = self.eval_expr(target)?;
                let index = self.eval_expr(index)?;
                methods::index(&value, &index).map_err(op_err(span))
            }
            ExprKind::Cast { type_name, operand } => {
                let value = self.eval_expr(operand)?;
                types::cast(&value, type_name).map_err(op_err(span))
            }
            ExprKind::TypeLiteral(name) => {
                let short = name.rsplit('.').next().unwrap_or(name);
                Ok(Value::object(
                    PsObject::new("RuntimeType")
                        .with("Name", Value::str(short))
                        .with("FullName", Value::str(name)),
                ))
            }
        }
    }

    /// Calls a method, handling the ones that need the interpreter (`.ForEach{}`,
    /// `.Where{}`, `.Invoke()`).
    fn call_method(
        &mut self,
        value: &Value,
        name: &str,
        args: &[Value],
        span: Span,
    ) -> EvalResult<Value> {
        let lname = name.to_ascii_lowercase();
        match (value, lname.as_str(), args) {
            (Value::Object(o), method, _)
                if o.borrow().type_name == crate::eval::invocation::PSCMDLET_TYPE
                    && crate::eval::invocation::PSCMDLET_METHODS.contains(&method) =>
            {
                self.call_pscmdlet(value, name, args, span)
            }
            (Value::ScriptBlock(block), "invoke" | "invokereturnasis", _) => {
                let block = block.clone();
                Ok(collect(self.call_block(&block, args, span)?))
            }
            (_, "foreach" | "where", [Value::ScriptBlock(block)])
                if !matches!(
                    value,
                    Value::Hashtable(_) | Value::String(_) | Value::Object(_)
                ) =>
            {
                let block = block.clone();
                let mut out = Vec::new();
                for item in value.enumerate() {
                    let produced = self.invoke_script_block(&block, &item)?;
                    if lname == "foreach" {
                        out.extend(produced);
                    } else if truthy(&collect(produced)) {
                        out.push(item);
                    }
                }
                Ok(Value::array(out))
            }
            _ => methods::call_method(value, name, args).map_err(op_err(span)),
        }
    }

    /// Runs a script block in the current scope with `$_` set to `input` (ForEach-Object,
    /// Where-Object, `.ForEach{}`); its first `param()` parameter also receives `input`.
    pub(crate) fn invoke_script_block(
        &mut self,
        block: &Arc<ScriptBlock>,
        input: &Value,
    ) -> EvalResult<Vec<Value>> {
        if self.interp.call_depth >= MAX_CALL_DEPTH {
            return Err(self.recursion_error(block.span));
        }
        self.check_stack(block.span)?;
        self.interp.call_depth += 1;
        let saved = self.interp.scopes.get_local("_").cloned();
        self.interp.scopes.set_local("_", input.clone());
        if let Some(first) = block.param_block.as_ref().and_then(|p| p.params.first()) {
            self.interp
                .scopes
                .set_local(&var_key(&first.name), input.clone());
        }
        let mut sink = Vec::new();
        let result = match &block.body {
            ScriptBlockBody::Statements(statements) => self.exec_statements(statements, &mut sink),
            ScriptBlockBody::Named {
                begin,
                process,
                end,
            } => [begin, process, end]
                .into_iter()
                .flatten()
                .try_for_each(|b| self.exec_block(b, &mut sink)),
        };
        match saved {
            Some(v) => self.interp.scopes.set_local("_", v),
            None => {
                self.interp.scopes.remove_local("_");
            }
        }
        self.interp.call_depth -= 1;
        match result {
            Ok(()) | Err(Ctl::Return) => Ok(sink),
            Err(other) => Err(other),
        }
    }

    /// The `coexist::eval::recursion_limit` error.
    pub(crate) fn recursion_error(&self, span: Span) -> Ctl {
        Ctl::terminating(
            crate::eval::error::RuntimeError::new(
                codes::RECURSION_LIMIT,
                format!("The script failed due to call depth overflow (more than {MAX_CALL_DEPTH} nested calls)."),
                span,
            )
            .with_help("Check the function for recursion without a stopping condition.")
            .into(),
            None,
        )
    }

    fn member_name(&mut self, member: &Member) -> EvalResult<String> {
        match member {
            Member::Name(name, _) => Ok(name.clone()),
            Member::Dynamic(expr) => Ok(self.eval_expr(expr)?.to_display_string()),
        }
    }

    /// Expands a `"…"` string.
    pub(crate) fn expand(&mut self, parts: &[StringPart]) -> EvalResult<String> {
        let mut out = String::new();
        for part in parts {
            match part {
                StringPart::Literal(text) => out.push_str(text),
                StringPart::Variable(var, span) => {
                    out.push_str(&self.get_var(var, *span)?.to_display_string())
                }
                StringPart::SubExpression(statements, _) => {
                    let values = self.eval_statements_output(statements)?;
                    out.push_str(&Value::array(values).to_display_string());
                }
            }
        }
        Ok(out)
    }

    /// Reads a variable.
    pub(crate) fn get_var(&mut self, var: &VarRef, span: Span) -> EvalResult<Value> {
        let key = var_key(&var.name);
        let found = match var.scope {
            VarScope::Env => {
                return Ok(std::env::var(&var.name).map(Value::str).unwrap_or_default());
            }
            VarScope::Global | VarScope::Script => self.interp.scopes.get_global(&key).cloned(),
            VarScope::Local => self.interp.scopes.get_local(&key).cloned(),
            VarScope::Default => match &*key {
                "true" => return Ok(Value::Bool(true)),
                "false" => return Ok(Value::Bool(false)),
                "null" => return Ok(Value::Null),
                "?" => return Ok(Value::Bool(self.interp.last_ok)),
                _ => self.interp.scopes.get(&key).cloned(),
            },
        };
        match found {
            Some(v) => Ok(v),
            None if self.interp.strict => Err(Ctl::runtime(
                codes::UNKNOWN_VARIABLE,
                format!(
                    "The variable '${}' cannot be retrieved because it has not been set.",
                    var.name
                ),
                span,
            )),
            None => Ok(Value::Null),
        }
    }

    /// Assigns a variable (`$null = …` discards).
    pub(crate) fn set_var(&mut self, var: &VarRef, value: Value, span: Span) -> EvalResult<()> {
        let key = var_key(&var.name);
        if var.scope == VarScope::Env {
            return Err(Ctl::runtime(
                codes::READ_ONLY,
                format!(
                    "Cannot set $env:{}: environment variables are read-only in coexist.",
                    var.name
                ),
                span,
            ));
        }
        match &*key {
            "null" => return Ok(()),
            "true" | "false" | "?" => {
                return Err(Ctl::runtime(
                    codes::READ_ONLY,
                    format!(
                        "Cannot overwrite variable {} because it is read-only or constant.",
                        var.name
                    ),
                    span,
                ))
            }
            _ => {}
        }
        match var.scope {
            VarScope::Global | VarScope::Script => self.interp.scopes.set_global(&key, value),
            _ => self.interp.scopes.set_local(&key, value),
        }
        Ok(())
    }

    /// `target op= value`; returns the value assigned.
    pub(crate) fn assign(
        &mut self,
        target: &Expr,
        op: AssignOp,
        value: Value,
        span: Span,
    ) -> EvalResult<Value> {
        let new_value = if op == AssignOp::Assign {
            value
        } else {
            let current = self.eval_expr(target)?;
            let result = match op {
                AssignOp::Add => operators::add(&current, &value),
                AssignOp::Subtract => operators::subtract(&current, &value),
                AssignOp::Multiply => operators::multiply(&current, &value),
                AssignOp::Divide => operators::divide(&current, &value),
                AssignOp::Remainder => operators::remainder(&current, &value),
                AssignOp::Assign => Ok(value),
            };
            result.map_err(op_err(span))?
        };
        match &target.kind {
            ExprKind::Variable(var) => self.set_var(var, new_value.clone(), target.span)?,
            ExprKind::Cast { type_name, operand } => {
                let converted = types::cast(&new_value, type_name).map_err(op_err(span))?;
                return self.assign(operand, AssignOp::Assign, converted, span);
            }
            ExprKind::Member {
                target: object,
                member,
                is_static: false,
            } => {
                let name = self.member_name(member)?;
                let object = self.eval_expr(object)?;
                methods::set_member(&object, &name, new_value.clone()).map_err(op_err(target.span))?;
            }
            ExprKind::Index {
                target: object,
                index,
            } => {
                let object = self.eval_expr(object)?;
                let index = self.eval_expr(index)?;
                methods::set_index(&object, &index, new_value.clone()).map_err(op_err(target.span))?;
            }
            ExprKind::Array(targets) if op == AssignOp::Assign => {
                let mut items = new_value.enumerate();
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    let v = if i + 1 == n {
                        let rest: Vec<Value> = if items.len() > i { items.split_off(i) } else { Vec::new() };
                        collect(rest)
                    } else {
                        items.get(i).cloned().unwrap_or_default()
                    };
                    self.assign(t, AssignOp::Assign, v, span)?;
                }
            }
            _ => {
                return Err(Ctl::runtime(
                    codes::INVALID_OPERATION,
                    "The assignment expression is not valid: the left side must be a variable, property or index.",
                    target.span,
                ))
            }
        }
        Ok(new_value)
    }

    fn eval_unary(&mut self, op: UnaryOp, operand: &Expr, span: Span) -> EvalResult<Value> {
        match op {
            UnaryOp::Not => Ok(Value::Bool(!truthy(&self.eval_expr(operand)?))),
            UnaryOp::Negate => operators::negate(&self.eval_expr(operand)?).map_err(op_err(span)),
            UnaryOp::Plus => {
                let v = self.eval_expr(operand)?;
                to_number(&v).map_err(|e| Ctl::runtime(codes::CONVERSION, e.to_string(), span))
            }
            UnaryOp::Join => Ok(operators::join(&self.eval_expr(operand)?, "")),
            UnaryOp::Split => {
                let v = self.eval_expr(operand)?;
                let parts: Vec<Value> = v
                    .enumerate()
                    .iter()
                    .flat_map(|s| operators::split_whitespace(&s.to_display_string()))
                    .collect();
                Ok(Value::array(parts))
            }
            UnaryOp::Comma => Ok(Value::array(vec![self.eval_expr(operand)?])),
            UnaryOp::PreIncrement
            | UnaryOp::PreDecrement
            | UnaryOp::PostIncrement
            | UnaryOp::PostDecrement => {
                let current = self.eval_expr(operand)?;
                let delta = if matches!(op, UnaryOp::PreIncrement | UnaryOp::PostIncrement) {
                    1
                } else {
                    -1
                };
                let new_value = operators::add(
                    &to_number(&current)
                        .map_err(|e| Ctl::runtime(codes::CONVERSION, e.to_string(), span))?,
                    &Value::Int(delta),
                )
                .map_err(op_err(span))?;
                self.assign(operand, AssignOp::Assign, new_value.clone(), span)?;
                Ok(
                    if matches!(op, UnaryOp::PreIncrement | UnaryOp::PreDecrement) {
                        new_value
                    } else {
                        current
                    },
                )
            }
        }
    }

    fn eval_binary(
        &mut self,
        op: BinaryOp,
        lhs: &Expr,
        rhs: &Expr,
        span: Span,
    ) -> EvalResult<Value> {
        match op {
            BinaryOp::And => {
                let l = truthy(&self.eval_expr(lhs)?);
                return Ok(Value::Bool(l && truthy(&self.eval_expr(rhs)?)));
            }
            BinaryOp::Or => {
                let l = truthy(&self.eval_expr(lhs)?);
                return Ok(Value::Bool(l || truthy(&self.eval_expr(rhs)?)));
            }
            BinaryOp::Is | BinaryOp::IsNot | BinaryOp::As => {
                let l = self.eval_expr(lhs)?;
                let name = match type_literal_name(rhs) {
                    Some(name) => name.to_string(),
                    None => self.eval_expr(rhs)?.to_display_string(),
                };
                return Ok(match op {
                    BinaryOp::Is => Value::Bool(types::is_type(&l, &name)),
                    BinaryOp::IsNot => Value::Bool(!types::is_type(&l, &name)),
                    _ => types::as_type(&l, &name),
                });
            }
            _ => {}
        }
        let l = self.eval_expr(lhs)?;
        let r = self.eval_expr(rhs)?;
        let result = match op {
            BinaryOp::Add => operators::add(&l, &r),
            BinaryOp::Subtract => operators::subtract(&l, &r),
            BinaryOp::Multiply => operators::multiply(&l, &r),
            BinaryOp::Divide => operators::divide(&l, &r),
            BinaryOp::Remainder => operators::remainder(&l, &r),
            BinaryOp::Range => operators::range(&l, &r),
            BinaryOp::Format => {
                let args = match &r {
                    Value::Array(items) => items.borrow().clone(),
                    other => vec![other.clone()],
                };
                format_op::format(&l.to_display_string(), &args).map(Value::str)
            }
            BinaryOp::Xor => Ok(Value::Bool(truthy(&l) ^ truthy(&r))),
            BinaryOp::Join => Ok(operators::join(&l, &r.to_display_string())),
            BinaryOp::Compare(CompareOp::Split, case) => {
                return self.split_values(&l, &r, case.ignores_case(), span);
            }
            BinaryOp::Compare(cop, case) => {
                let mut matches = None;
                let result = operators::compare_op(cop, &l, &r, case.ignores_case(), &mut matches);
                if let Some(table) = matches {
                    self.interp
                        .scopes
                        .set_local("matches", Value::hashtable(table));
                }
                result
            }
            BinaryOp::And | BinaryOp::Or | BinaryOp::Is | BinaryOp::IsNot | BinaryOp::As => {
                Ok(Value::Null)
            }
        };
        result.map_err(op_err(span))
    }
}

impl Exec<'_> {
    /// `-split`: a pattern (regular expression or `SimpleMatch` text) or a script block that
    /// decides for each character (`$_`) whether it is a delimiter.
    fn split_values(
        &mut self,
        l: &Value,
        r: &Value,
        ignore_case: bool,
        span: Span,
    ) -> EvalResult<Value> {
        let (pattern, max, _) = operators::split_arguments(r, ignore_case).map_err(op_err(span))?;
        let Value::ScriptBlock(block) = &pattern else {
            return operators::compare_op(CompareOp::Split, l, r, ignore_case, &mut None)
                .map_err(op_err(span));
        };
        let mut out = Vec::new();
        for item in l.enumerate() {
            let text = item.to_display_string();
            let mut pieces = 0;
            let mut last = 0;
            for (at, c) in text.char_indices() {
                if max > 0 && pieces >= max - 1 {
                    break;
                }
                let said = self.invoke_script_block(block, &Value::str(c.to_string()))?;
                if truthy(&collect(said)) {
                    out.push(Value::str(&text[last..at]));
                    pieces += 1;
                    last = at + c.len_utf8();
                }
            }
            out.push(Value::str(&text[last..]));
        }
        Ok(Value::array(out))
    }
}

/// Whether a value has a property of this name (for strict mode).
fn has_member(value: &Value, name: &str) -> bool {
    let lname = name.to_ascii_lowercase();
    if lname == "count" || lname == "length" {
        return true;
    }
    match value {
        Value::Object(o) => o.borrow().get(name).is_some(),
        Value::Hashtable(h) => {
            h.borrow().get_str(name).is_some() || matches!(lname.as_str(), "keys" | "values")
        }
        _ => false,
    }
}
