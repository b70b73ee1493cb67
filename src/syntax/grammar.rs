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
    PRATT.get_or_init(|| {
        use Assoc::Left;
        use Rule::*;
        PrattParser::new()
            // Logical: -and -or -xor (one level, left to right).
            .op(Op::infix(op_and, Left) | Op::infix(op_or, Left) | Op::infix(op_xor, Left))
            // Comparison, matching, containment, -replace -split -join, -is -isnot -as, bitwise.
            .op(Op::infix(op_eq, Left) | Op::infix(op_ne, Left) | Op::infix(op_gt, Left) | Op::infix(op_ge, Left) | Op::infix(op_lt, Left) | Op::infix(op_le, Left) | Op::infix(op_like, Left) | Op::infix(op_notlike, Left) | Op::infix(op_match, Left) | Op::infix(op_notmatch, Left) | Op::infix(op_contains, Left) | Op::infix(op_notcontains, Left) | Op::infix(op_in, Left) | Op::infix(op_notin, Left) | Op::infix(op_replace, Left) | Op::infix(op_split, Left) | Op::infix(op_join, Left) | Op::infix(op_is, Left) | Op::infix(op_isnot, Left) | Op::infix(op_as, Left) | Op::infix(op_unsupported, Left))
            // Additive: + -
            .op(Op::infix(op_add, Left) | Op::infix(op_subtract, Left))
            // Multiplicative: * / %
            .op(Op::infix(op_multiply, Left) | Op::infix(op_divide, Left) | Op::infix(op_remainder, Left))
            // Unary sign: -x +x
            .op(Op::prefix(op_negate) | Op::prefix(op_plus))
            // Format: -f
            .op(Op::infix(op_format, Left))
            // Range: ..
            .op(Op::infix(op_range, Left))
            // Logical not: -not !
            .op(Op::prefix(op_not) | Op::prefix(op_bang))
            // Increment and decrement: ++x --x x++ x--
            .op(Op::prefix(op_preincrement) | Op::prefix(op_predecrement) | Op::postfix(op_increment) | Op::postfix(op_decrement))
            // Comma: a, b and ,a
            .op(Op::infix(op_comma, Left) | Op::prefix(op_comma_unary))
            // Unary -join -split
            .op(Op::prefix(op_join_unary) | Op::prefix(op_split_unary))
            // Cast: [type]x
            .op(Op::prefix(cast))
            // Member access, static member access, indexing (bind tightest).
            .op(Op::postfix(member_access) | Op::postfix(static_member_access) | Op::postfix(index_access))
    })
}
