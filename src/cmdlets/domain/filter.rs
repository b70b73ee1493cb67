//! `-Filter {…}` of the `Get-*` cmdlets.
//!
//! Real Lync scripts write OPATH-style filters such as
//! `Get-CsUser -Filter {RegistrarPool -eq "lync2010.contoso.com" -and Enabled -eq $true}`,
//! which PowerShell parses as a command named after the property. A block of that shape (a
//! lone command whose name is a property of the object, then `-op value` terms joined by
//! `-and`/`-or`, evaluated left to right as PowerShell does) is evaluated here against the
//! object's properties; any other block runs with `$_` set to the object and keeps it when its
//! output is true. The filter may also come as text, as the real cmdlets take it
//! (`-Filter "RegistrarPool -eq 'lync2010.contoso.com'"`): the same terms, with literal values.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::general::compare::{self, wildcard_match};
use crate::cmdlets::general::property::collapse;
use crate::eval::convert::truthy;
use crate::eval::error::RuntimeError;
use crate::eval::unwind::codes::CONVERSION;
use crate::eval::value::Value;
use crate::syntax::ast::{
    CommandArg, Expr, ExprKind, Pipeline, PipelineElement, ScriptBlock, ScriptBlockBody, Statement,
    StatementKind, StringPart,
};
use std::cmp::Ordering;
use std::sync::Arc;

/// A `-Filter` prepared once per command call: its right-hand values are evaluated once, not
/// once per object.
pub(crate) enum Compiled {
    /// No filter: every object passes.
    All,
    /// OPATH-style terms.
    Opath(Vec<Term>),
    /// An ordinary script block, run per object with `$_` set.
    Block(Arc<ScriptBlock>),
}

/// Prepares the bound `-Filter` for objects shaped like `sample` (any object of the kind). A
/// text filter is read as terms when `read_text` is set; otherwise the cmdlet reads it itself.
pub(crate) fn compile(
    host: &mut dyn Host,
    bound: &Bound,
    sample: Option<&Value>,
    read_text: bool,
) -> Result<Compiled, CommandError> {
    if let (Some(value), Some(_), true) = (bound.get("Filter"), sample, read_text) {
        if !matches!(value, Value::ScriptBlock(_) | Value::Null) {
            let text = value.to_display_string();
            return text_terms(&text).map(Compiled::Opath).map_err(|why| {
                RuntimeError::new(
                    CONVERSION,
                    format!("cannot read the filter \"{text}\": {why}"),
                    bound.span_of("Filter"),
                )
                .with_help(
                    "write terms such as \"RegistrarPool -eq 'pool.contoso.com' -and Enabled -eq $true\", or a script block { … }",
                )
                .into()
            });
        }
    }
    let (Some(Value::ScriptBlock(block)), Some(sample)) = (bound.get("Filter"), sample) else {
        return Ok(Compiled::All);
    };
    match opath_terms(block, sample) {
        Some(raw) => {
            let mut terms = Vec::with_capacity(raw.len());
            for (join, property, op, expr) in raw {
                terms.push(Term {
                    join,
                    property,
                    op,
                    value: literal(host, expr)?,
                });
            }
            Ok(Compiled::Opath(terms))
        }
        None => Ok(Compiled::Block(block.clone())),
    }
}

impl Compiled {
    /// Whether `object` passes.
    pub(crate) fn accepts(
        &self,
        host: &mut dyn Host,
        object: &Value,
    ) -> Result<bool, CommandError> {
        match self {
            Compiled::All => Ok(true),
            Compiled::Opath(terms) => Ok(evaluate(terms, object)),
            Compiled::Block(block) => Ok(truthy(&collapse(host.invoke_block(block, object)?))),
        }
    }
}

/// How a term joins the result so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// The first term.
    First,
    /// `-and`.
    And,
    /// `-or`.
    Or,
}

/// One `Property -op value` term with its value evaluated.
#[derive(Debug)]
pub(crate) struct Term {
    join: Join,
    property: String,
    op: String,
    value: Value,
}

/// A term as written: how it joins, the property, the operator (lower case), the value.
type RawTerm<'a> = (Join, String, String, &'a Expr);

/// The terms of an OPATH-shaped block, or `None` when the block is ordinary script.
fn opath_terms<'a>(block: &'a ScriptBlock, object: &Value) -> Option<Vec<RawTerm<'a>>> {
    let ScriptBlockBody::Statements(statements) = &block.body else {
        return None;
    };
    let [Statement {
        kind: StatementKind::Pipeline(Pipeline { elements, .. }),
        ..
    }] = statements.as_slice()
    else {
        return None;
    };
    let [PipelineElement::Command(command)] = elements.as_slice() else {
        return None;
    };
    let Value::Object(obj) = object else {
        return None;
    };
    obj.borrow().get(&command.name)?;
    let mut terms = Vec::new();
    let mut join = Join::First;
    let mut property = Some(command.name.clone());
    let mut args = command.args.iter();
    loop {
        let name = property.take()?;
        let (op, value) = match args.next()? {
            CommandArg::Parameter {
                name: op,
                value: Some(v),
                ..
            } => (op.clone(), v),
            CommandArg::Parameter { name: op, .. } => match args.next()? {
                CommandArg::Value(v) => (op.clone(), v),
                _ => return None,
            },
            _ => return None,
        };
        terms.push((join, name, op.to_ascii_lowercase(), value));
        match args.next() {
            None => return Some(terms),
            Some(CommandArg::Parameter {
                name, value: None, ..
            }) => {
                join = match name.to_ascii_lowercase().as_str() {
                    "and" => Join::And,
                    "or" => Join::Or,
                    _ => return None,
                };
                match args.next()? {
                    CommandArg::Value(Expr {
                        kind: ExprKind::BareWord(next),
                        ..
                    }) => property = Some(next.clone()),
                    _ => return None,
                }
            }
            Some(_) => return None,
        }
    }
}

/// The terms of a text filter: `Property -op value` joined by `-and` / `-or`; a value is a
/// quoted string, `$true`, `$false`, `$null`, a number or a bare word.
fn text_terms(text: &str) -> Result<Vec<Term>, String> {
    let mut words = filter_words(text)?.into_iter();
    let mut terms = Vec::new();
    let mut join = Join::First;
    loop {
        let Some((property, false)) = words.next() else {
            return Err("a property name is expected".into());
        };
        let op = match words.next() {
            Some((op, false)) => op
                .strip_prefix('-')
                .map(str::to_ascii_lowercase)
                .filter(|o| compare_operator(o))
                .ok_or_else(|| format!("`{op}` is not a comparison operator"))?,
            _ => return Err(format!("an operator is expected after {property}")),
        };
        let value = match words.next() {
            Some((text, true)) => Value::str(text),
            Some((word, false)) => word_value(&word),
            None => return Err(format!("a value is expected after -{op}")),
        };
        terms.push(Term {
            join,
            property,
            op,
            value,
        });
        join = match words.next() {
            None => return Ok(terms),
            Some((word, false)) if word.eq_ignore_ascii_case("-and") => Join::And,
            Some((word, false)) if word.eq_ignore_ascii_case("-or") => Join::Or,
            Some((word, _)) => return Err(format!("`{word}` is not -and or -or")),
        };
    }
}

/// Whether `op` (lower case, without `-`) is a comparison, with its `c`/`i` prefix.
fn compare_operator(op: &str) -> bool {
    is_operator(op)
        || op
            .strip_prefix('c')
            .or_else(|| op.strip_prefix('i'))
            .is_some_and(is_operator)
}

/// The words of a text filter, each with whether it was quoted. Parentheses may group single
/// terms or the whole filter; terms are read left to right, so a group holding `-and`/`-or`
/// inside a longer filter is refused rather than misread.
fn filter_words(text: &str) -> Result<Vec<(String, bool)>, String> {
    let text = text.trim();
    let text = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) => inner,
        None => text,
    };
    let mut words = Vec::new();
    let mut depth = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == '(' {
            depth += 1;
            chars.next();
        } else if c == ')' {
            depth = depth
                .checked_sub(1)
                .ok_or("a `)` closes no `(`".to_string())?;
            chars.next();
        } else if c.is_whitespace() {
            chars.next();
        } else if c == '\'' || c == '"' {
            chars.next();
            let mut word = String::new();
            loop {
                match chars.next() {
                    Some(q) if q == c && chars.peek() == Some(&c) => {
                        chars.next();
                        word.push(c);
                    }
                    Some(q) if q == c => break,
                    Some(other) => word.push(other),
                    None => return Err(format!("the string {c}{word} is not closed")),
                }
            }
            words.push((word, true));
        } else {
            let mut word = String::new();
            while let Some(&w) = chars.peek() {
                if w.is_whitespace() || w == '(' || w == ')' {
                    break;
                }
                word.push(w);
                chars.next();
            }
            let join = word.eq_ignore_ascii_case("-and") || word.eq_ignore_ascii_case("-or");
            if join && depth > 0 {
                return Err(format!(
                    "{word} inside parentheses: write the terms without nested groups"
                ));
            }
            words.push((word, false));
        }
    }
    if depth > 0 {
        return Err("a `(` is not closed".into());
    }
    Ok(words)
}

/// An unquoted value: `$true`, `$false`, `$null`, a number, else the word itself.
fn word_value(word: &str) -> Value {
    match word.to_ascii_lowercase().as_str() {
        "$true" => Value::Bool(true),
        "$false" => Value::Bool(false),
        "$null" => Value::Null,
        _ => match word.parse::<i64>() {
            Ok(i) => Value::Int(i),
            Err(_) => Value::str(word),
        },
    }
}

/// Evaluates the terms left to right.
fn evaluate(terms: &[Term], object: &Value) -> bool {
    let mut result = false;
    for term in terms {
        let skip = match term.join {
            Join::First => false,
            Join::And => !result,
            Join::Or => result,
        };
        if skip {
            continue;
        }
        let left = match object {
            Value::Object(o) => o.borrow().get(&term.property).cloned().unwrap_or_default(),
            _ => Value::Null,
        };
        result = compare_term(&term.op, &left, &term.value);
    }
    result
}

/// The value of a term's right side: literals directly, anything else (`$pool`) evaluated by
/// the interpreter in the caller's scope.
fn literal(host: &mut dyn Host, expr: &Expr) -> Result<Value, CommandError> {
    match &expr.kind {
        ExprKind::Int(i) => Ok(Value::Int(*i)),
        ExprKind::Double(d) => Ok(Value::Double(*d)),
        ExprKind::String(s) | ExprKind::BareWord(s) => Ok(Value::str(s)),
        ExprKind::ExpandableString(parts)
            if parts.iter().all(|p| matches!(p, StringPart::Literal(_))) =>
        {
            let text: String = parts
                .iter()
                .filter_map(|p| match p {
                    StringPart::Literal(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect();
            Ok(Value::str(text))
        }
        ExprKind::Variable(v) if v.name.eq_ignore_ascii_case("true") => Ok(Value::Bool(true)),
        ExprKind::Variable(v) if v.name.eq_ignore_ascii_case("false") => Ok(Value::Bool(false)),
        ExprKind::Variable(v) if v.name.eq_ignore_ascii_case("null") => Ok(Value::Null),
        _ => {
            let block = ScriptBlock {
                param_block: None,
                body: ScriptBlockBody::Statements(vec![Statement {
                    kind: StatementKind::Pipeline(Pipeline {
                        elements: vec![PipelineElement::Expression(expr.clone())],
                        span: expr.span,
                    }),
                    span: expr.span,
                }]),
                span: expr.span,
            };
            Ok(collapse(host.invoke_block(&Arc::new(block), &Value::Null)?))
        }
    }
}

/// `left -op right` with PowerShell's comparison rules; a list property matches when any item
/// does. Unknown operators are false.
fn compare_term(op: &str, left: &Value, right: &Value) -> bool {
    let (cs, base) = match op.strip_prefix('c') {
        Some(rest) if is_operator(rest) => (true, rest),
        _ => (
            false,
            op.strip_prefix('i')
                .filter(|r| is_operator(r))
                .unwrap_or(op),
        ),
    };
    let one = |l: &Value| -> bool {
        let order = compare::compare(l, right, cs);
        match base {
            "eq" => compare::equals(l, right, cs),
            "ne" => !compare::equals(l, right, cs),
            "like" => wildcard_match(&right.to_display_string(), &l.to_display_string(), cs),
            "notlike" => !wildcard_match(&right.to_display_string(), &l.to_display_string(), cs),
            "gt" => order == Some(Ordering::Greater),
            "ge" => matches!(order, Some(Ordering::Greater | Ordering::Equal)),
            "lt" => order == Some(Ordering::Less),
            "le" => matches!(order, Some(Ordering::Less | Ordering::Equal)),
            _ => false,
        }
    };
    match left {
        Value::Array(items) if base != "ne" && base != "notlike" => items.borrow().iter().any(one),
        Value::Array(items) => items.borrow().iter().all(one),
        other => one(other),
    }
}

/// The comparison operators an OPATH term may use.
fn is_operator(name: &str) -> bool {
    matches!(
        name,
        "eq" | "ne" | "like" | "notlike" | "gt" | "ge" | "lt" | "le"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_filters_read_as_terms() {
        let user = Value::object(
            crate::eval::value::PsObject::new("User")
                .with("RegistrarPool", Value::str("lync2010.contoso.com"))
                .with("Enabled", Value::Bool(true)),
        );
        let terms =
            text_terms("RegistrarPool -eq 'LYNC2010.contoso.com' -and Enabled -eq $true").unwrap();
        assert!(evaluate(&terms, &user));
        let terms = text_terms("(RegistrarPool -like \"*2013*\") -or Enabled -ne $true").unwrap();
        assert!(!evaluate(&terms, &user));
        assert!(text_terms("RegistrarPool -frob x").is_err());
        assert!(text_terms("RegistrarPool -eq").is_err());
        assert!(text_terms("RegistrarPool -eq 'open").is_err());
        assert!(text_terms("RegistrarPool -eq x y").is_err());
        assert!(text_terms("A -eq 1 -or (B -eq 2 -and C -eq 3)").is_err());
        assert!(text_terms("(A -eq 1").is_err());
    }

    #[test]
    fn terms_compare_like_powershell() {
        let pool = Value::str("lync2010.contoso.com");
        assert!(compare_term(
            "eq",
            &pool,
            &Value::str("LYNC2010.contoso.com")
        ));
        assert!(!compare_term(
            "ceq",
            &pool,
            &Value::str("LYNC2010.contoso.com")
        ));
        assert!(compare_term("like", &pool, &Value::str("lync2010*")));
        assert!(compare_term("ne", &pool, &Value::str("other")));
        let list = Value::array(vec![Value::str("sip:a@b"), Value::str("sip:c@d")]);
        assert!(compare_term("eq", &list, &Value::str("sip:c@d")));
        assert!(!compare_term("ne", &list, &Value::str("sip:c@d")));
        assert!(!compare_term("frob", &pool, &pool));
    }
}
