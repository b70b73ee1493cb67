//! pest pairs → typed AST ([`super::ast`]).
//!
//! Pipelines, command-mode lists and postfix chains have no wrapper pairs (fewer pairs is
//! most of pest's speed), so lowering walks sibling pairs with a peekable iterator. Errors
//! found while lowering (unsupported features, empty pipe elements, bad numbers) are
//! collected per statement: one bad statement does not hide the next one's errors.

use super::ast::*;
use super::error::{self, SyntaxError};
use super::grammar::{pratt, Rule};
use super::literals;
use crate::span::{SourceId, Span};
use pest::iterators::{Pair, Pairs};
use std::cell::RefCell;
use std::iter::Peekable;
use std::sync::Arc;

/// Most operators in one expression; more is reported as `too_deep` (the tree would be
/// too deep to walk and drop safely). Real scripts stay far below.
pub(crate) const MAX_OPERATORS: usize = 1000;

/// A lowering result: `Err` aborts the current statement (the error is recorded by the caller).
type Lowered<T> = Result<T, SyntaxError>;

/// Siblings being walked.
type Siblings<'i> = Peekable<Pairs<'i, Rule>>;

/// Lowers the pairs of one parsed chunk of a source.
pub(crate) struct Lowerer<'t> {
    /// The whole source text (pairs hold offsets into `text[offset..]`).
    text: &'t str,
    /// Offset of the parsed chunk in `text`.
    offset: usize,
    /// The source the spans refer to.
    source: SourceId,
    /// Errors recorded so far.
    errors: RefCell<Vec<SyntaxError>>,
}

impl<'t> Lowerer<'t> {
    /// A lowerer for a chunk starting at `offset` of `text`.
    pub(crate) fn new(text: &'t str, offset: usize, source: SourceId) -> Self {
        Lowerer {
            text,
            offset,
            source,
            errors: RefCell::new(Vec::new()),
        }
    }

    /// The errors recorded while lowering.
    pub(crate) fn into_errors(self) -> Vec<SyntaxError> {
        self.errors.into_inner()
    }

    /// Lowers a `script` or `script_chunk` pair: appends its statements to `out` and
    /// returns its `param()` block.
    pub(crate) fn script(
        &self,
        pair: Pair<'_, Rule>,
        out: &mut Vec<Statement>,
    ) -> Option<ParamBlock> {
        let mut it = pair.into_inner().peekable();
        let mut param_block = None;
        if it.peek().map(|p| p.as_rule()) == Some(Rule::param_block) {
            if let Some(p) = it.next() {
                param_block = self.record(self.param_block(p));
            }
        }
        self.statements_into(&mut it, out);
        param_block
    }

    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.source, self.offset + s.start(), self.offset + s.end())
    }

    fn record<T>(&self, r: Lowered<T>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.borrow_mut().push(e);
                None
            }
        }
    }

    fn internal(&self, span: Span, what: &str) -> SyntaxError {
        SyntaxError::new(error::UNEXPECTED_TOKEN, format!("expected {what}"), span)
    }

    fn next<'i>(&self, it: &mut Siblings<'i>, near: Span, what: &str) -> Lowered<Pair<'i, Rule>> {
        it.next().ok_or_else(|| self.internal(near, what))
    }

    /// Skips a punctuation pair if it is next.
    fn skip(&self, it: &mut Siblings<'_>, rule: Rule) {
        if it.peek().map(|p| p.as_rule()) == Some(rule) {
            it.next();
        }
    }

    // ───────────────────────── statements ─────────────────────────

    /// Lowers statements until a closing token or the end; errors are recorded per statement.
    fn statements(&self, it: &mut Siblings<'_>) -> Vec<Statement> {
        let mut out = Vec::with_capacity(it.size_hint().0);
        self.statements_into(it, &mut out);
        out
    }

    /// [`Self::statements`] appending to `out`.
    fn statements_into(&self, it: &mut Siblings<'_>, out: &mut Vec<Statement>) {
        while let Some(p) = it.peek() {
            match p.as_rule() {
                Rule::close_brace | Rule::close_paren | Rule::EOI => {
                    it.next();
                }
                _ => {
                    if let Some(s) = self.record(self.statement(it)) {
                        out.push(s);
                    }
                }
            }
        }
    }

    /// Lowers one statement starting at the next sibling.
    fn statement(&self, it: &mut Siblings<'_>) -> Lowered<Statement> {
        let first = it.peek().ok_or_else(|| {
            self.internal(
                Span::new(self.source, self.text.len(), self.text.len()),
                "a statement",
            )
        })?;
        let span = self.span(first);
        let kind = match first.as_rule() {
            Rule::expression => {
                let target_pair = self.next(it, span, "an expression")?;
                let is_assignment = it.peek().is_some_and(|p| {
                    matches!(
                        p.as_rule(),
                        Rule::op_assign
                            | Rule::op_add_assign
                            | Rule::op_subtract_assign
                            | Rule::op_multiply_assign
                            | Rule::op_divide_assign
                            | Rule::op_remainder_assign
                    )
                });
                if is_assignment {
                    let kind = self.assignment(target_pair, it)?;
                    let end = match &kind {
                        StatementKind::Assignment { value, .. } => value.span,
                        _ => span,
                    };
                    return Ok(Statement {
                        kind,
                        span: span.to(end),
                    });
                }
                let pipeline = self.pipeline_from(target_pair, it)?;
                let span = pipeline.span;
                return Ok(Statement {
                    kind: StatementKind::Pipeline(pipeline),
                    span,
                });
            }
            Rule::command | Rule::call_invocation => {
                let pipeline = self.pipeline(it)?;
                let span = pipeline.span;
                return Ok(Statement {
                    kind: StatementKind::Pipeline(pipeline),
                    span,
                });
            }
            _ => {
                let pair = self.next(it, span, "a statement")?;
                self.compound_statement(pair)?
            }
        };
        Ok(Statement { kind, span })
    }

    fn compound_statement(&self, pair: Pair<'_, Rule>) -> Lowered<StatementKind> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut it = pair.into_inner().peekable();
        match rule {
            Rule::if_statement => self.if_statement(&mut it, span),
            Rule::foreach_statement
            | Rule::while_statement
            | Rule::do_statement
            | Rule::for_statement
            | Rule::switch_statement => self.loop_statement(rule, &mut it, span, None),
            Rule::labeled_statement => {
                let label = self.next(&mut it, span, "a label")?;
                let name = label.as_str()[1..].to_string();
                let inner = self.next(&mut it, span, "a loop")?;
                let inner_rule = inner.as_rule();
                let inner_span = self.span(&inner);
                self.loop_statement(
                    inner_rule,
                    &mut inner.into_inner().peekable(),
                    inner_span,
                    Some(name),
                )
            }
            Rule::break_statement | Rule::continue_statement => {
                it.next();
                let label = it.next().map(|p| p.as_str().to_string());
                Ok(if rule == Rule::break_statement {
                    StatementKind::Break(label)
                } else {
                    StatementKind::Continue(label)
                })
            }
            Rule::return_statement | Rule::exit_statement | Rule::throw_statement => {
                it.next();
                let value = if it.peek().is_some() {
                    Some(self.pipeline(&mut it)?)
                } else {
                    None
                };
                Ok(match rule {
                    Rule::return_statement => StatementKind::Return(value),
                    Rule::exit_statement => StatementKind::Exit(value),
                    _ => StatementKind::Throw(value),
                })
            }
            Rule::function_definition => self.function(&mut it, span),
            Rule::try_statement => self.try_statement(&mut it, span),
            Rule::unsupported_statement => {
                let kw = self.next(&mut it, span, "a keyword")?;
                let word = kw.as_str().to_ascii_lowercase();
                let feature = match word.as_str() {
                    "class" => "`class` definitions",
                    "enum" => "`enum` definitions",
                    "trap" => "`trap` statements",
                    "using" => "`using` statements",
                    "workflow" => "workflows",
                    "configuration" => "DSC configurations",
                    "filter" => "`filter` functions",
                    "data" => "`data` sections",
                    _ => "`dynamicparam` blocks",
                };
                Err(SyntaxError::unsupported(feature, self.span(&kw)))
            }
            _ => Err(self.internal(span, "a statement")),
        }
    }

    fn assignment(
        &self,
        target_pair: Pair<'_, Rule>,
        it: &mut Siblings<'_>,
    ) -> Lowered<StatementKind> {
        let span = self.span(&target_pair);
        // Lower all three parts before judging, so no sibling is left behind on error.
        let target = self.expression(target_pair);
        let op_pair = self.next(it, span, "`=`")?;
        let value = self.statement(it);
        let (target, value) = (target?, value?);
        let single = |e: &Expr| match &e.kind {
            ExprKind::Variable(_) | ExprKind::Member { .. } | ExprKind::Index { .. } => true,
            ExprKind::Cast { operand, .. } => matches!(operand.kind, ExprKind::Variable(_)),
            _ => false,
        };
        // `$first, $rest = …` spreads a collection over several targets (plain `=` only).
        let valid = match &target.kind {
            ExprKind::Array(items) => {
                op_pair.as_rule() == Rule::op_assign && items.iter().all(single)
            }
            _ => single(&target),
        };
        if !valid {
            return Err(SyntaxError::new(
                error::INVALID_ASSIGNMENT_TARGET,
                "the left side of an assignment must be a variable, a property or an index",
                target.span,
            ));
        }
        let op = match op_pair.as_rule() {
            Rule::op_add_assign => AssignOp::Add,
            Rule::op_subtract_assign => AssignOp::Subtract,
            Rule::op_multiply_assign => AssignOp::Multiply,
            Rule::op_divide_assign => AssignOp::Divide,
            Rule::op_remainder_assign => AssignOp::Remainder,
            _ => AssignOp::Assign,
        };
        Ok(StatementKind::Assignment {
            target,
            op,
            value: Box::new(value),
        })
    }

    /// `( pipeline )` after `if`, `elseif`, `while`, `until`, `switch`. An assignment there
    /// (`if ($u = Get-CsUser …)`) becomes a one-element pipeline whose value is the assigned
    /// value.
    fn condition(&self, it: &mut Siblings<'_>) -> Lowered<Pipeline> {
        self.skip(it, Rule::open_paren);
        let statement = self.statement(it)?;
        self.skip(it, Rule::close_paren);
        Ok(match statement.kind {
            StatementKind::Pipeline(p) => p,
            _ => {
                let span = statement.span;
                Pipeline {
                    elements: vec![PipelineElement::Expression(Expr {
                        kind: ExprKind::Paren(Box::new(statement)),
                        span,
                    })],
                    span,
                }
            }
        })
    }

    fn if_statement(&self, it: &mut Siblings<'_>, span: Span) -> Lowered<StatementKind> {
        let mut clauses = Vec::new();
        let mut else_block = None;
        while let Some(kw) = it.next() {
            match kw.as_rule() {
                Rule::kw_if | Rule::kw_elseif => {
                    let cond = self.condition(it)?;
                    let body = self.block(self.next(it, span, "`{`")?);
                    clauses.push((cond, body));
                }
                Rule::kw_else => else_block = Some(self.block(self.next(it, span, "`{`")?)),
                _ => return Err(self.internal(self.span(&kw), "`elseif` or `else`")),
            }
        }
        Ok(StatementKind::If {
            clauses,
            else_block,
        })
    }

    fn loop_statement(
        &self,
        rule: Rule,
        it: &mut Siblings<'_>,
        span: Span,
        label: Option<String>,
    ) -> Lowered<StatementKind> {
        it.next(); // the keyword
        match rule {
            Rule::foreach_statement => {
                self.skip(it, Rule::open_paren);
                let var = self.next(it, span, "a variable")?;
                let variable_span = self.span(&var);
                let variable = literals::var_ref(&var.as_str()[1..]);
                self.skip(it, Rule::kw_in);
                let iterable = self.pipeline(it)?;
                self.skip(it, Rule::close_paren);
                let body = self.block(self.next(it, span, "`{`")?);
                Ok(StatementKind::Foreach {
                    label,
                    variable,
                    variable_span,
                    iterable,
                    body,
                })
            }
            Rule::while_statement => {
                let condition = self.condition(it)?;
                let body = self.block(self.next(it, span, "`{`")?);
                Ok(StatementKind::While {
                    label,
                    condition,
                    body,
                })
            }
            Rule::switch_statement => self.switch_statement(it, span, label),
            Rule::do_statement => {
                let body = self.block(self.next(it, span, "`{`")?);
                let kw = self.next(it, span, "`while` or `until`")?;
                let condition = self.condition(it)?;
                Ok(StatementKind::DoLoop {
                    label,
                    body,
                    condition,
                    until: kw.as_rule() == Rule::kw_until,
                })
            }
            _ => {
                let (mut init, mut condition, mut step) = (None, None, None);
                let mut body = None;
                for p in it.by_ref() {
                    match p.as_rule() {
                        Rule::for_init => init = Some(Box::new(self.inner_statement(p)?)),
                        Rule::for_condition => {
                            condition = Some(self.pipeline(&mut p.into_inner().peekable())?)
                        }
                        Rule::for_step => step = Some(Box::new(self.inner_statement(p)?)),
                        Rule::block => body = Some(self.block(p)),
                        _ => {}
                    }
                }
                Ok(StatementKind::For {
                    label,
                    init,
                    condition,
                    step,
                    body: body.ok_or_else(|| self.internal(span, "`{`"))?,
                })
            }
        }
    }

    /// The parts of a `switch` after its keyword.
    fn switch_statement(
        &self,
        it: &mut Siblings<'_>,
        span: Span,
        label: Option<String>,
    ) -> Lowered<StatementKind> {
        let mut switch = SwitchStatement {
            label,
            mode: SwitchMode::Equal,
            case_sensitive: false,
            file: false,
            value: Pipeline {
                elements: Vec::new(),
                span,
            },
            clauses: Vec::new(),
        };
        while let Some(p) = it.peek() {
            match p.as_rule() {
                Rule::switch_option => {
                    let text = p.as_str().to_ascii_lowercase();
                    // Later options win, as in PowerShell (`-regex -wildcard` is wildcard).
                    match text.trim_start_matches(|c: char| !c.is_ascii_alphabetic()) {
                        "regex" => switch.mode = SwitchMode::Regex,
                        "wildcard" => switch.mode = SwitchMode::Wildcard,
                        "exact" => switch.mode = SwitchMode::Equal,
                        "casesensitive" => switch.case_sensitive = true,
                        _ => switch.file = true,
                    }
                    it.next();
                }
                Rule::open_paren => switch.value = self.condition(it)?,
                Rule::switch_file => {
                    let Some(pair) = it.next() else { break };
                    let value = self.postfixed_atom(&mut pair.into_inner().peekable())?;
                    let span = value.span;
                    switch.value = Pipeline {
                        elements: vec![PipelineElement::Expression(value)],
                        span,
                    };
                }
                Rule::switch_clause => {
                    let Some(pair) = it.next() else { break };
                    let cspan = self.span(&pair);
                    let mut inner = pair.into_inner().peekable();
                    let condition = if inner.peek().map(|p| p.as_rule()) == Some(Rule::kw_default) {
                        inner.next();
                        None
                    } else {
                        Some(self.postfixed_atom(&mut inner)?)
                    };
                    let body = self.block(self.next(&mut inner, cspan, "`{`")?);
                    switch.clauses.push(SwitchClause {
                        condition,
                        body,
                        span: cspan,
                    });
                }
                _ => {
                    it.next();
                }
            }
        }
        Ok(StatementKind::Switch(Box::new(switch)))
    }

    /// One command-mode value and the member/index pairs right after it (no `,` items).
    fn postfixed_atom(&self, it: &mut Siblings<'_>) -> Lowered<Expr> {
        let first = self.next(it, Span::new(self.source, 0, 0), "a value")?;
        self.postfixed(first, it)
    }

    /// The value `first` and the member/index pairs right after it.
    fn postfixed<'i>(&self, first: Pair<'i, Rule>, it: &mut Siblings<'i>) -> Lowered<Expr> {
        let mut atom = self.argument_value(first)?;
        while let Some(next) = it.peek() {
            if !matches!(next.as_rule(), Rule::member_access | Rule::index_access) {
                break;
            }
            let Some(post) = it.next() else { break };
            atom = self.postfix(atom, post)?;
        }
        Ok(atom)
    }

    /// The single statement inside a wrapper pair (`for_init`, `for_step`).
    fn inner_statement(&self, pair: Pair<'_, Rule>) -> Lowered<Statement> {
        self.statement(&mut pair.into_inner().peekable())
    }

    fn function(&self, it: &mut Siblings<'_>, span: Span) -> Lowered<StatementKind> {
        it.next(); // `function`
        let name_pair = self.next(it, span, "a function name")?;
        let name_span = self.span(&name_pair);
        let mut params = None;
        let mut body = None;
        for p in it.by_ref() {
            match p.as_rule() {
                Rule::function_parameters => {
                    let pspan = self.span(&p);
                    params = Some(ParamBlock {
                        attributes: Vec::new(),
                        params: self.parameter_list(p.into_inner())?,
                        span: pspan,
                    });
                }
                Rule::script_block => body = Some(self.script_block(p)?),
                _ => {}
            }
        }
        let mut body = body.ok_or_else(|| self.internal(span, "`{`"))?;
        // Empty parentheses after the name (`function F() { param($x) }`) declare nothing.
        if let Some(params) = params.filter(|p| !p.params.is_empty()) {
            if let Some(existing) = &body.param_block {
                return Err(SyntaxError::new(
                    error::UNEXPECTED_TOKEN,
                    "a function with parameters after its name cannot also have a `param()` block",
                    existing.span,
                ));
            }
            body.param_block = Some(params);
        }
        Ok(StatementKind::Function(Arc::new(FunctionDef {
            name: name_pair.as_str().to_string(),
            name_span,
            body,
            span,
        })))
    }

    fn try_statement(&self, it: &mut Siblings<'_>, span: Span) -> Lowered<StatementKind> {
        it.next(); // `try`
        let body = self.block(self.next(it, span, "`{`")?);
        let mut catches = Vec::new();
        let mut finally = None;
        while let Some(p) = it.next() {
            match p.as_rule() {
                Rule::catch_clause => {
                    let cspan = self.span(&p);
                    let mut types = Vec::new();
                    let mut cbody = None;
                    for c in p.into_inner() {
                        match c.as_rule() {
                            Rule::type_literal => types.push(type_name_of(c)),
                            Rule::block => cbody = Some(self.block(c)),
                            _ => {}
                        }
                    }
                    catches.push(CatchClause {
                        types,
                        body: cbody.ok_or_else(|| self.internal(cspan, "`{`"))?,
                        span: cspan,
                    });
                }
                Rule::kw_finally => finally = Some(self.block(self.next(it, span, "`{`")?)),
                _ => {}
            }
        }
        if catches.is_empty() && finally.is_none() {
            return Err(SyntaxError {
                code: error::MISSING_CATCH_OR_FINALLY,
                message: "a `try` block needs a `catch` or `finally` block".to_string(),
                span,
                expected: vec!["`catch`", "`finally`"],
                incomplete: false,
            });
        }
        Ok(StatementKind::Try {
            body,
            catches,
            finally,
        })
    }

    // ───────────────────────── blocks ─────────────────────────

    fn block(&self, pair: Pair<'_, Rule>) -> Block {
        let span = self.span(&pair);
        let mut it = pair.into_inner().peekable();
        self.skip(&mut it, Rule::open_brace);
        Block {
            statements: self.statements(&mut it),
            span,
        }
    }

    fn script_block(&self, pair: Pair<'_, Rule>) -> Lowered<ScriptBlock> {
        let span = self.span(&pair);
        let mut it = pair.into_inner().peekable();
        self.skip(&mut it, Rule::open_brace);
        let mut param_block = None;
        if it.peek().map(|p| p.as_rule()) == Some(Rule::param_block) {
            if let Some(p) = it.next() {
                param_block = Some(self.param_block(p)?);
            }
        }
        let body = if it.peek().map(|p| p.as_rule()) == Some(Rule::named_block) {
            let (mut begin, mut process, mut end) = (None, None, None);
            for nb in it {
                if nb.as_rule() != Rule::named_block {
                    continue;
                }
                let mut parts = nb.into_inner();
                let (Some(kw), Some(b)) = (parts.next(), parts.next()) else {
                    continue;
                };
                let b = self.block(b);
                match kw.as_rule() {
                    Rule::kw_begin => begin = Some(b),
                    Rule::kw_process => process = Some(b),
                    _ => end = Some(b),
                }
            }
            ScriptBlockBody::Named {
                begin,
                process,
                end,
            }
        } else {
            ScriptBlockBody::Statements(self.statements(&mut it))
        };
        Ok(ScriptBlock {
            param_block,
            body,
            span,
        })
    }

    fn param_block(&self, pair: Pair<'_, Rule>) -> Lowered<ParamBlock> {
        let span = self.span(&pair);
        let mut attributes = Vec::new();
        let mut it = pair.into_inner().peekable();
        while it.peek().map(|p| p.as_rule()) == Some(Rule::attribute) {
            if let Some(a) = it.next() {
                attributes.push(self.attribute(a)?);
            }
        }
        Ok(ParamBlock {
            attributes,
            params: self.parameter_list(it)?,
            span,
        })
    }

    fn parameter_list<'i>(
        &self,
        pairs: impl Iterator<Item = Pair<'i, Rule>>,
    ) -> Lowered<Vec<ParamDecl>> {
        pairs
            .filter(|p| p.as_rule() == Rule::parameter_declaration)
            .map(|p| self.parameter_declaration(p))
            .collect()
    }

    fn parameter_declaration(&self, pair: Pair<'_, Rule>) -> Lowered<ParamDecl> {
        let span = self.span(&pair);
        let mut decl = ParamDecl {
            name: String::new(),
            attributes: Vec::new(),
            type_name: None,
            default: None,
            span,
        };
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::attribute => decl.attributes.push(self.attribute(p)?),
                Rule::type_literal => decl.type_name = Some(type_name_of(p)),
                Rule::variable => decl.name = literals::var_ref(&p.as_str()[1..]).name,
                Rule::argument_expression => decl.default = Some(self.expression(p)?),
                _ => {}
            }
        }
        Ok(decl)
    }

    fn attribute(&self, pair: Pair<'_, Rule>) -> Lowered<Attribute> {
        let span = self.span(&pair);
        let mut attr = Attribute {
            name: String::new(),
            positional: Vec::new(),
            named: Vec::new(),
            span,
        };
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::type_name => attr.name = p.as_str().to_string(),
                Rule::named_attribute_argument => {
                    let mut inner = p.into_inner();
                    let name = inner
                        .next()
                        .map(|n| n.as_str().to_string())
                        .unwrap_or_default();
                    let value = inner
                        .find(|v| v.as_rule() == Rule::argument_expression)
                        .map(|v| self.expression(v))
                        .transpose()?;
                    attr.named.push((name, value));
                }
                Rule::argument_expression => attr.positional.push(self.expression(p)?),
                _ => {}
            }
        }
        Ok(attr)
    }

    // ───────────────────────── pipelines and commands ─────────────────────────

    /// A pipeline: its first element and every `| element` sibling after it.
    fn pipeline(&self, it: &mut Siblings<'_>) -> Lowered<Pipeline> {
        let first = it.next().ok_or_else(|| {
            self.internal(
                Span::new(self.source, self.text.len(), self.text.len()),
                "a pipeline",
            )
        })?;
        self.pipeline_from(first, it)
    }

    /// A pipeline whose first element is `first`.
    fn pipeline_from<'i>(&self, first: Pair<'i, Rule>, it: &mut Siblings<'i>) -> Lowered<Pipeline> {
        let mut span = self.span(&first);
        // Every element is lowered even after an error, so no sibling is left behind; the
        // first error is returned, later ones are recorded.
        let mut first_error = None;
        let mut keep = |r: Lowered<PipelineElement>, elements: &mut Vec<PipelineElement>| match r {
            Ok(e) => elements.push(e),
            Err(e) if first_error.is_none() => first_error = Some(e),
            Err(e) => self.errors.borrow_mut().push(e),
        };
        let mut elements = Vec::with_capacity(1);
        keep(self.pipeline_element(first), &mut elements);
        while it.peek().map(|p| p.as_rule()) == Some(Rule::pipe) {
            let Some(pipe) = it.next() else { break };
            let pipe_span = self.span(&pipe);
            let Some(element) = it.next() else { break };
            if element.as_rule() == Rule::empty_pipe_element {
                let at_end = self.text[pipe_span.end as usize..].trim().is_empty();
                keep(
                    Err(SyntaxError {
                        code: error::EMPTY_PIPE_ELEMENT,
                        message: "expected a command after `|`".to_string(),
                        span: pipe_span,
                        expected: vec!["a command"],
                        incomplete: at_end,
                    }),
                    &mut elements,
                );
                continue;
            }
            span = span.to(self.span(&element));
            keep(self.pipeline_element(element), &mut elements);
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(Pipeline { elements, span }),
        }
    }

    fn pipeline_element(&self, pair: Pair<'_, Rule>) -> Lowered<PipelineElement> {
        match pair.as_rule() {
            Rule::command => Ok(PipelineElement::Command(self.command(pair)?)),
            Rule::call_invocation => Ok(PipelineElement::Command(self.command(pair)?)),
            _ => Ok(PipelineElement::Expression(self.expression(pair)?)),
        }
    }

    fn command(&self, pair: Pair<'_, Rule>) -> Lowered<Command> {
        let span = self.span(&pair);
        // The name is not a pair of its own (one pair fewer per command): it runs to the
        // first character that cannot be part of a word.
        let text = pair.as_str();
        // `& target …` and `. target …`: the operator is the name, the target the first value.
        let name_len = match text.as_bytes().first() {
            Some(b'%' | b'?' | b'&') => 1,
            Some(b'.')
                if pair.clone().into_inner().next().map(|p| p.as_rule())
                    == Some(Rule::call_operator) =>
            {
                1
            }
            _ => text
                .char_indices()
                .find(|(_, c)| !literals::is_word_char(*c))
                .map_or(text.len(), |(i, _)| i),
        };
        let name = text[..name_len].to_string();
        let name_span = Span::new(
            self.source,
            span.start as usize,
            span.start as usize + name_len,
        );
        let mut it = pair.into_inner().peekable();
        let mut args: Vec<CommandArg> = Vec::with_capacity(it.size_hint().0);
        while let Some(p) = it.next() {
            match p.as_rule() {
                Rule::call_operator => {}
                Rule::parameter => args.push(self.parameter(p)?),
                Rule::redirection => {
                    return Err(SyntaxError::unsupported(
                        &format!("redirection (`{}`)", p.as_str()),
                        self.span(&p),
                    ))
                }
                Rule::splat => {
                    let pspan = self.span(&p);
                    args.push(CommandArg::Splat {
                        variable: literals::var_ref(&p.as_str()[1..]),
                        span: pspan,
                    });
                }
                Rule::argument_item => {
                    let mut inner = p.into_inner().peekable();
                    self.skip(&mut inner, Rule::comma);
                    let item = self.argument_atom(&mut inner)?;
                    let slot = match args.last_mut() {
                        Some(CommandArg::Value(e)) => e,
                        Some(CommandArg::Parameter {
                            value: Some(e),
                            span: pspan,
                            ..
                        }) => {
                            *pspan = pspan.to(item.span);
                            e
                        }
                        _ => return Err(self.internal(item.span, "a value before `,`")),
                    };
                    append_item(slot, item);
                }
                _ => {
                    // An atom, possibly followed by its member/index siblings.
                    args.push(CommandArg::Value(self.postfixed(p, &mut it)?));
                }
            }
        }
        Ok(Command {
            name,
            name_span,
            args,
            span,
        })
    }

    fn parameter(&self, pair: Pair<'_, Rule>) -> Lowered<CommandArg> {
        let span = self.span(&pair);
        let text = pair.as_str();
        let dash = text.chars().next().map(char::len_utf8).unwrap_or(1);
        let name_end = text[dash..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '?'))
            .map_or(text.len(), |p| p + dash);
        let name = text[dash..name_end].to_string();
        let mut inner = pair.into_inner().peekable();
        let value = if inner.peek().is_some() {
            Some(self.argument_atom(&mut inner)?)
        } else {
            None
        };
        Ok(CommandArg::Parameter { name, value, span })
    }

    /// One command-mode atom, the member/index pairs after it, and any `, item` siblings.
    fn argument_atom(&self, it: &mut Siblings<'_>) -> Lowered<Expr> {
        let first = it.next().ok_or_else(|| {
            self.internal(
                Span::new(self.source, self.text.len(), self.text.len()),
                "a value",
            )
        })?;
        let mut atom = self.argument_value(first)?;
        for post in it.by_ref() {
            if post.as_rule() == Rule::argument_item {
                let mut inner = post.into_inner().peekable();
                self.skip(&mut inner, Rule::comma);
                let item = self.argument_atom(&mut inner)?;
                append_item(&mut atom, item);
            } else {
                atom = self.postfix(atom, post)?;
            }
        }
        Ok(atom)
    }

    fn argument_value(&self, pair: Pair<'_, Rule>) -> Lowered<Expr> {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::argument_number => {
                let kind = literals::number(pair.as_str())
                    .ok_or_else(|| invalid_number(pair.as_str(), span))?;
                Ok(Expr { kind, span })
            }
            Rule::bare_word => Ok(Expr {
                kind: bare_word(pair.as_str(), span),
                span,
            }),
            Rule::splat => Ok(Expr {
                kind: ExprKind::BareWord(pair.as_str().to_string()),
                span,
            }),
            _ => self.primary(pair),
        }
    }

    // ───────────────────────── expressions ─────────────────────────

    /// Folds an `expression`, `argument_expression` or `assignment_target` pair with the
    /// Pratt table.
    pub(crate) fn expression(&self, pair: Pair<'_, Rule>) -> Lowered<Expr> {
        let span = self.span(&pair);
        let inner = pair.into_inner();
        // A comma adds one item to a flat list, not a level to the tree: commas and the items
        // they add do not count (other operators between items still do).
        if inner.len() > 2 * MAX_OPERATORS && inner.len() - 2 * commas(&inner) > 2 * MAX_OPERATORS {
            return Err(SyntaxError::new(
                error::TOO_DEEP,
                format!("this expression has more than {MAX_OPERATORS} operators"),
                span,
            ));
        }
        pratt()
            .map_primary(|p| self.primary(p))
            .map_prefix(|op, rhs| self.prefix(op, rhs?))
            .map_postfix(|lhs, op| self.postfix(lhs?, op))
            .map_infix(|lhs, op, rhs| self.infix(lhs?, op, rhs?))
            .parse(inner)
    }

    fn primary(&self, pair: Pair<'_, Rule>) -> Lowered<Expr> {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            Rule::variable => ExprKind::Variable(literals::var_ref(&pair.as_str()[1..])),
            Rule::number => literals::number(pair.as_str())
                .ok_or_else(|| invalid_number(pair.as_str(), span))?,
            Rule::verbatim_string => ExprKind::String(literals::verbatim(pair.as_str())),
            Rule::simple_string => ExprKind::String(literals::simple(pair.as_str())),
            Rule::verbatim_here_string => ExprKind::String(literals::verbatim_here(pair.as_str())),
            Rule::expandable_string | Rule::expandable_here_string => {
                let here = pair.as_rule() == Rule::expandable_here_string;
                self.expandable(pair, here)?
            }
            Rule::paren_expression => {
                let mut it = pair.into_inner().peekable();
                self.skip(&mut it, Rule::open_paren);
                ExprKind::Paren(Box::new(self.statement(&mut it)?))
            }
            Rule::subexpression | Rule::array_expression => {
                let rule = pair.as_rule();
                let mut it = pair.into_inner().peekable();
                it.next(); // `$(` / `@(`
                let stmts = self.statements(&mut it);
                if rule == Rule::subexpression {
                    ExprKind::SubExpression(stmts)
                } else {
                    ExprKind::ArraySubExpression(stmts)
                }
            }
            Rule::hashtable => {
                let mut entries = Vec::new();
                for e in pair.into_inner() {
                    if e.as_rule() != Rule::hashtable_entry {
                        continue;
                    }
                    let espan = self.span(&e);
                    let mut it = e.into_inner().peekable();
                    let key_pair = self.next(&mut it, espan, "a key")?;
                    let key = if key_pair.as_rule() == Rule::hashtable_key_name {
                        Expr {
                            kind: ExprKind::String(key_pair.as_str().to_string()),
                            span: self.span(&key_pair),
                        }
                    } else {
                        self.primary(key_pair)?
                    };
                    self.skip(&mut it, Rule::equals);
                    let value = self.statement(&mut it)?;
                    entries.push((key, value));
                }
                ExprKind::Hashtable(entries)
            }
            Rule::script_block => ExprKind::ScriptBlock(Arc::new(self.script_block(pair)?)),
            Rule::type_literal => ExprKind::TypeLiteral(type_name_of(pair)),
            Rule::expression | Rule::argument_expression => return self.expression(pair),
            _ => return Err(self.internal(span, "an expression")),
        };
        Ok(Expr { kind, span })
    }

    fn expandable(&self, pair: Pair<'_, Rule>, here: bool) -> Lowered<ExprKind> {
        let mut parts: Vec<StringPart> = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::string_text | Rule::here_text => {
                    let text = literals::unescape(p.as_str(), !here);
                    match parts.last_mut() {
                        Some(StringPart::Literal(prev)) => prev.push_str(&text),
                        _ => parts.push(StringPart::Literal(text)),
                    }
                }
                Rule::string_variable => {
                    let var = literals::var_ref(&p.as_str()[1..]);
                    parts.push(StringPart::Variable(var, self.span(&p)));
                }
                Rule::string_subexpression => {
                    let span = self.span(&p);
                    let mut it = p.into_inner().peekable();
                    it.next(); // `$(`
                    parts.push(StringPart::SubExpression(self.statements(&mut it), span));
                }
                _ => {}
            }
        }
        Ok(match parts.as_slice() {
            [] => ExprKind::String(String::new()),
            [StringPart::Literal(_)] => match parts.pop() {
                Some(StringPart::Literal(s)) => ExprKind::String(s),
                _ => ExprKind::String(String::new()),
            },
            _ => ExprKind::ExpandableString(parts),
        })
    }

    fn prefix(&self, op: Pair<'_, Rule>, operand: Expr) -> Lowered<Expr> {
        let op_span = self.span(&op);
        let span = op_span.to(operand.span);
        let unary = |op: UnaryOp, operand: Expr| Expr {
            kind: ExprKind::Unary {
                op,
                operand: Box::new(operand),
            },
            span,
        };
        Ok(match op.as_rule() {
            Rule::cast => Expr {
                kind: ExprKind::Cast {
                    type_name: type_name_of(op),
                    operand: Box::new(operand),
                },
                span,
            },
            Rule::op_not | Rule::op_bang => unary(UnaryOp::Not, operand),
            Rule::op_negate => match operand.kind {
                ExprKind::Int(n) if n != i64::MIN => Expr {
                    kind: ExprKind::Int(-n),
                    span,
                },
                ExprKind::Double(d) => Expr {
                    kind: ExprKind::Double(-d),
                    span,
                },
                _ => unary(UnaryOp::Negate, operand),
            },
            Rule::op_plus => unary(UnaryOp::Plus, operand),
            Rule::op_preincrement => unary(UnaryOp::PreIncrement, operand),
            Rule::op_predecrement => unary(UnaryOp::PreDecrement, operand),
            Rule::op_join_unary => unary(UnaryOp::Join, operand),
            Rule::op_split_unary => unary(UnaryOp::Split, operand),
            _ => unary(UnaryOp::Comma, operand),
        })
    }

    fn postfix(&self, target: Expr, op: Pair<'_, Rule>) -> Lowered<Expr> {
        let span = target.span.to(self.span(&op));
        let kind = match op.as_rule() {
            Rule::op_increment | Rule::op_decrement => ExprKind::Unary {
                op: if op.as_rule() == Rule::op_increment {
                    UnaryOp::PostIncrement
                } else {
                    UnaryOp::PostDecrement
                },
                operand: Box::new(target),
            },
            Rule::index_access => {
                let index = op
                    .into_inner()
                    .find(|p| p.as_rule() == Rule::expression)
                    .ok_or_else(|| self.internal(span, "an index"))?;
                ExprKind::Index {
                    target: Box::new(target),
                    index: Box::new(self.expression(index)?),
                }
            }
            _ => {
                let is_static = op.as_rule() == Rule::static_member_access;
                let mut it = op.into_inner();
                let name = it
                    .next()
                    .ok_or_else(|| self.internal(span, "a member name"))?;
                let member = match name.as_rule() {
                    Rule::identifier | Rule::member_digits => {
                        Member::Name(name.as_str().to_string(), self.span(&name))
                    }
                    Rule::verbatim_string => {
                        Member::Name(literals::verbatim(name.as_str()), self.span(&name))
                    }
                    Rule::simple_string => {
                        Member::Name(literals::simple(name.as_str()), self.span(&name))
                    }
                    _ => Member::Dynamic(Box::new(self.primary(name)?)),
                };
                match it.next() {
                    Some(args_pair) => {
                        let args = args_pair
                            .into_inner()
                            .filter(|p| p.as_rule() == Rule::argument_expression)
                            .map(|p| self.expression(p))
                            .collect::<Lowered<Vec<_>>>()?;
                        ExprKind::MethodCall {
                            target: Box::new(target),
                            member,
                            args,
                            is_static,
                        }
                    }
                    None => ExprKind::Member {
                        target: Box::new(target),
                        member,
                        is_static,
                    },
                }
            }
        };
        Ok(Expr { kind, span })
    }

    fn infix(&self, lhs: Expr, op: Pair<'_, Rule>, rhs: Expr) -> Lowered<Expr> {
        let span = lhs.span.to(rhs.span);
        let text = op.as_str();
        let compare =
            |c: CompareOp, base: &str| BinaryOp::Compare(c, literals::case_of(text, base));
        let bop = match op.as_rule() {
            Rule::op_comma => {
                let mut lhs = lhs;
                append_item(&mut lhs, rhs);
                lhs.span = span;
                return Ok(lhs);
            }
            Rule::op_add => BinaryOp::Add,
            Rule::op_subtract => BinaryOp::Subtract,
            Rule::op_multiply => BinaryOp::Multiply,
            Rule::op_divide => BinaryOp::Divide,
            Rule::op_remainder => BinaryOp::Remainder,
            Rule::op_range => BinaryOp::Range,
            Rule::op_format => BinaryOp::Format,
            Rule::op_and => BinaryOp::And,
            Rule::op_or => BinaryOp::Or,
            Rule::op_xor => BinaryOp::Xor,
            Rule::op_join => BinaryOp::Join,
            Rule::op_is => BinaryOp::Is,
            Rule::op_isnot => BinaryOp::IsNot,
            Rule::op_as => BinaryOp::As,
            Rule::op_eq => compare(CompareOp::Eq, "eq"),
            Rule::op_ne => compare(CompareOp::Ne, "ne"),
            Rule::op_gt => compare(CompareOp::Gt, "gt"),
            Rule::op_ge => compare(CompareOp::Ge, "ge"),
            Rule::op_lt => compare(CompareOp::Lt, "lt"),
            Rule::op_le => compare(CompareOp::Le, "le"),
            Rule::op_like => compare(CompareOp::Like, "like"),
            Rule::op_notlike => compare(CompareOp::NotLike, "notlike"),
            Rule::op_match => compare(CompareOp::Match, "match"),
            Rule::op_notmatch => compare(CompareOp::NotMatch, "notmatch"),
            Rule::op_contains => compare(CompareOp::Contains, "contains"),
            Rule::op_notcontains => compare(CompareOp::NotContains, "notcontains"),
            Rule::op_in => compare(CompareOp::In, "in"),
            Rule::op_notin => compare(CompareOp::NotIn, "notin"),
            Rule::op_replace => compare(CompareOp::Replace, "replace"),
            Rule::op_split => compare(CompareOp::Split, "split"),
            _ => {
                return Err(SyntaxError::unsupported(
                    &format!("the `{text}` operator"),
                    self.span(&op),
                ))
            }
        };
        Ok(Expr {
            kind: ExprKind::Binary {
                op: bop,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
            },
            span,
        })
    }
}

/// A bareword; one with `$name` inside (`sip:$user@contoso.com`) expands like a string.
fn bare_word(text: &str, span: Span) -> ExprKind {
    let b = text.as_bytes();
    let starts_variable = |i: usize| {
        b[i] == b'$'
            && b.get(i + 1)
                .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'{'))
    };
    if !(0..b.len()).any(starts_variable) {
        return ExprKind::BareWord(text.to_string());
    }
    let mut parts = Vec::new();
    let mut literal_start = 0;
    let mut i = 0;
    while i < b.len() {
        if !starts_variable(i) {
            i += 1;
            continue;
        }
        let name_start = i + 1;
        let name_end = if b[name_start] == b'{' {
            text[name_start..]
                .find('}')
                .map_or(b.len(), |p| name_start + p + 1)
        } else {
            let mut e = name_start;
            // A scope prefix such as `env:` belongs to the name.
            if let Some(colon) = text[name_start..].find(':') {
                let scope = &text[name_start..name_start + colon];
                if ["script", "global", "local", "private", "env"]
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(scope))
                {
                    e = name_start + colon + 1;
                }
            }
            while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'_') {
                e += 1;
            }
            e
        };
        if literal_start < i {
            parts.push(StringPart::Literal(text[literal_start..i].to_string()));
        }
        let var_span = Span::new(
            span.source,
            span.start as usize + i,
            span.start as usize + name_end,
        );
        parts.push(StringPart::Variable(
            literals::var_ref(&text[name_start..name_end]),
            var_span,
        ));
        literal_start = name_end;
        i = name_end;
    }
    if literal_start < b.len() {
        parts.push(StringPart::Literal(text[literal_start..].to_string()));
    }
    ExprKind::ExpandableString(parts)
}

/// The binary commas among an expression's operand and operator pairs.
fn commas(pairs: &Pairs<'_, Rule>) -> usize {
    pairs
        .clone()
        .filter(|p| p.as_rule() == Rule::op_comma)
        .count()
}

/// Adds `item` to a comma list: extends `list` if it already is one, otherwise makes one.
fn append_item(list: &mut Expr, item: Expr) {
    let span = list.span.to(item.span);
    if let ExprKind::Array(items) = &mut list.kind {
        items.push(item);
    } else {
        let first = std::mem::replace(
            list,
            Expr {
                kind: ExprKind::Array(Vec::new()),
                span,
            },
        );
        list.kind = ExprKind::Array(vec![first, item]);
    }
    list.span = span;
}

/// The type name inside a `type_literal`, `cast` or attribute pair.
fn type_name_of(pair: Pair<'_, Rule>) -> String {
    pair.into_inner()
        .find(|p| p.as_rule() == Rule::type_name)
        .map(|p| p.as_str().to_string())
        .unwrap_or_default()
}

fn invalid_number(text: &str, span: Span) -> SyntaxError {
    SyntaxError::new(
        error::INVALID_NUMBER,
        format!("`{text}` is not a valid number (too large or malformed)"),
        span,
    )
}
