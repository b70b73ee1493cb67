//! The pest parser generated from `grammar/coexist.pest` and the one operator-precedence table.

use pest::pratt_parser::{Assoc, Op, PrattParser};
use std::sync::OnceLock;

/// The parser generated from the grammar; `Rule` names every named rule.
#[derive(pest_derive::Parser)]
#[grammar = "../grammar/coexist.pest"]
pub(crate) struct CoexistParser;

/// PowerShell's operator precedence, lowest first (about_Operator_Precedence).
pub(crate) fn pratt() -> &'static PrattParser<Rule> {
    static PRATT: OnceLock<PrattParser<Rule>> = OnceLock::new();
    PRATT.get_or_init(table)
}

/// Left-associative infix operators sharing one level (never called with an empty slice).
fn infix(rules: &[Rule]) -> Op<Rule> {
    let mut ops = rules.iter().map(|r| Op::infix(*r, Assoc::Left));
    let first = ops
        .next()
        .unwrap_or_else(|| Op::infix(Rule::op_comma, Assoc::Left));
    ops.fold(first, |acc, op| acc | op)
}

/// The one precedence table: one line per level, lowest first.
#[rustfmt::skip]
fn table() -> PrattParser<Rule> {
    use Rule::*;
    PrattParser::new()
        .op(infix(&[op_and, op_or, op_xor]))                                  // -and -or -xor
        .op(infix(&[op_eq, op_ne, op_gt, op_ge, op_lt, op_le, op_like, op_notlike, op_match, op_notmatch, op_contains, op_notcontains, op_in, op_notin, op_replace, op_split, op_join, op_is, op_isnot, op_as, op_unsupported])) // comparison, -replace -split -join, -is -isnot -as, bitwise
        .op(infix(&[op_add, op_subtract]))                                   // + -
        .op(infix(&[op_multiply, op_divide, op_remainder]))                  // * / %
        .op(Op::prefix(op_negate) | Op::prefix(op_plus))                     // unary -x +x
        .op(infix(&[op_format]))                                             // -f
        .op(infix(&[op_range]))                                              // ..
        .op(Op::prefix(op_not) | Op::prefix(op_bang))                        // -not !
        .op(Op::prefix(op_preincrement) | Op::prefix(op_predecrement) | Op::postfix(op_increment) | Op::postfix(op_decrement)) // ++x --x x++ x--
        .op(infix(&[op_comma]) | Op::prefix(op_comma_unary))                 // a, b and ,a
        .op(Op::prefix(op_join_unary) | Op::prefix(op_split_unary))          // unary -join -split
        .op(Op::prefix(cast))                                                // [type]x
        .op(Op::postfix(member_access) | Op::postfix(static_member_access) | Op::postfix(index_access)) // .Name ::Name [i] (tightest)
}
