//! Rule → human words for "expected …" messages.
//!
//! The match in [`describe`] is exhaustive with no wildcard arm: a new grammar rule without
//! words does not compile. Token rules are worded as their backticked literal (a test parses
//! each literal with its rule); larger rules read as "a/an thing" so lists join naturally.

use super::grammar::Rule;

/// How expected items are grouped when many of one kind are expected at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Group {
    /// A single token, always listed by itself.
    Token,
    /// Something that starts a statement (collapsed to "a statement").
    Statement,
    /// Something that starts an expression (collapsed to "an expression").
    Expression,
    /// An operator (collapsed to "an operator").
    Operator,
    /// A command argument (collapsed to "an argument").
    Argument,
    /// Anything else, listed by itself.
    Other,
}

impl Group {
    /// The word used when several items of this group are expected.
    pub(crate) fn collapsed(self) -> Option<&'static str> {
        match self {
            Group::Statement => Some("a statement"),
            Group::Expression => Some("an expression"),
            Group::Operator => Some("an operator"),
            Group::Argument => Some("an argument"),
            Group::Token | Group::Other => None,
        }
    }
}

/// The words for a rule and its group.
pub(crate) fn describe(rule: Rule) -> (&'static str, Group) {
    use Group::*;
    match rule {
        Rule::EOI => ("end of input", Other),
        Rule::identifier => ("a name", Other),
        // Keywords.
        Rule::kw_if => ("`if`", Statement),
        Rule::kw_elseif => ("`elseif`", Token),
        Rule::kw_else => ("`else`", Token),
        Rule::kw_foreach => ("`foreach`", Statement),
        Rule::kw_in => ("`in`", Token),
        Rule::kw_while => ("`while`", Statement),
        Rule::kw_do => ("`do`", Statement),
        Rule::kw_until => ("`until`", Token),
        Rule::kw_for => ("`for`", Statement),
        Rule::kw_break => ("`break`", Statement),
        Rule::kw_continue => ("`continue`", Statement),
        Rule::kw_return => ("`return`", Statement),
        Rule::kw_exit => ("`exit`", Statement),
        Rule::kw_throw => ("`throw`", Statement),
        Rule::kw_function => ("`function`", Statement),
        Rule::kw_param => ("`param`", Token),
        Rule::kw_try => ("`try`", Statement),
        Rule::kw_catch => ("`catch`", Token),
        Rule::kw_finally => ("`finally`", Token),
        Rule::kw_begin => ("`begin`", Token),
        Rule::kw_process => ("`process`", Token),
        Rule::kw_end => ("`end`", Token),
        Rule::kw_unsupported => ("`class`", Statement),
        Rule::kw_switch => ("`switch`", Statement),
        Rule::kw_default => ("`default`", Token),
        // Punctuation.
        Rule::open_paren => ("`(`", Token),
        Rule::close_paren => ("`)`", Token),
        Rule::open_brace => ("`{`", Token),
        Rule::close_brace => ("`}`", Token),
        Rule::open_bracket => ("`[`", Token),
        Rule::close_bracket => ("`]`", Token),
        Rule::open_subexpression => ("`$(`", Expression),
        Rule::open_array => ("`@(`", Expression),
        Rule::open_hashtable => ("`@{`", Expression),
        Rule::comma => ("`,`", Token),
        Rule::semicolon => ("`;`", Token),
        Rule::pipe => ("`|`", Token),
        Rule::equals => ("`=`", Token),
        // Operators.
        Rule::op_assign => ("`=`", Token),
        Rule::op_add_assign => ("`+=`", Operator),
        Rule::op_subtract_assign => ("`-=`", Operator),
        Rule::op_multiply_assign => ("`*=`", Operator),
        Rule::op_divide_assign => ("`/=`", Operator),
        Rule::op_remainder_assign => ("`%=`", Operator),
        Rule::op_and => ("`-and`", Operator),
        Rule::op_or => ("`-or`", Operator),
        Rule::op_xor => ("`-xor`", Operator),
        Rule::op_eq => ("`-eq`", Operator),
        Rule::op_ne => ("`-ne`", Operator),
        Rule::op_gt => ("`-gt`", Operator),
        Rule::op_ge => ("`-ge`", Operator),
        Rule::op_lt => ("`-lt`", Operator),
        Rule::op_le => ("`-le`", Operator),
        Rule::op_like => ("`-like`", Operator),
        Rule::op_notlike => ("`-notlike`", Operator),
        Rule::op_match => ("`-match`", Operator),
        Rule::op_notmatch => ("`-notmatch`", Operator),
        Rule::op_contains => ("`-contains`", Operator),
        Rule::op_notcontains => ("`-notcontains`", Operator),
        Rule::op_in => ("`-in`", Operator),
        Rule::op_notin => ("`-notin`", Operator),
        Rule::op_replace => ("`-replace`", Operator),
        Rule::op_split => ("`-split`", Operator),
        Rule::op_join => ("`-join`", Operator),
        Rule::op_is => ("`-is`", Operator),
        Rule::op_isnot => ("`-isnot`", Operator),
        Rule::op_as => ("`-as`", Operator),
        Rule::op_format => ("`-f`", Operator),
        Rule::op_unsupported => ("`-band`", Operator),
        Rule::op_range => ("`..`", Operator),
        Rule::op_add => ("`+`", Operator),
        Rule::op_subtract => ("`-`", Operator),
        Rule::op_multiply => ("`*`", Operator),
        Rule::op_divide => ("`/`", Operator),
        Rule::op_remainder => ("`%`", Operator),
        Rule::op_comma => ("`,`", Operator),
        Rule::op_not => ("`-not`", Expression),
        Rule::op_bang => ("`!`", Expression),
        Rule::op_increment => ("`++`", Operator),
        Rule::op_decrement => ("`--`", Operator),
        Rule::op_preincrement => ("`++`", Expression),
        Rule::op_predecrement => ("`--`", Expression),
        Rule::op_join_unary => ("`-join`", Expression),
        Rule::op_split_unary => ("`-split`", Expression),
        Rule::op_negate => ("`-`", Expression),
        Rule::op_plus => ("`+`", Expression),
        Rule::op_comma_unary => ("`,`", Expression),
        Rule::cast => ("a cast", Expression),
        // Literals.
        Rule::number => ("a number", Expression),
        Rule::verbatim_string => ("a string", Expression),
        Rule::simple_string => ("a string", Expression),
        Rule::expandable_string => ("a string", Expression),
        Rule::string_text => ("string text", Other),
        Rule::string_variable => ("a variable", Other),
        Rule::string_subexpression => ("`$(`", Other),
        Rule::verbatim_here_string => ("a here-string", Expression),
        Rule::expandable_here_string => ("a here-string", Expression),
        Rule::here_text => ("here-string text", Other),
        Rule::variable => ("a variable", Expression),
        Rule::splat => ("a splatted variable", Argument),
        Rule::type_name => ("a type name", Other),
        Rule::type_literal => ("a type", Expression),
        // Scripts, blocks, statements.
        Rule::script => ("a script", Other),
        Rule::script_chunk => ("a script", Other),
        Rule::block => ("`{`", Token),
        Rule::script_block => ("a script block", Expression),
        Rule::named_block => ("a `begin`, `process` or `end` block", Statement),
        Rule::loop_label => ("a loop label", Statement),
        Rule::labeled_statement => ("a labeled loop", Statement),
        Rule::if_statement => ("an `if` statement", Statement),
        Rule::foreach_statement => ("a `foreach` loop", Statement),
        Rule::while_statement => ("a `while` loop", Statement),
        Rule::do_statement => ("a `do` loop", Statement),
        Rule::for_statement => ("a `for` loop", Statement),
        Rule::for_init => ("a statement", Other),
        Rule::for_condition => ("a condition", Other),
        Rule::for_step => ("a statement", Other),
        Rule::break_statement => ("`break`", Statement),
        Rule::continue_statement => ("`continue`", Statement),
        Rule::return_statement => ("`return`", Statement),
        Rule::exit_statement => ("`exit`", Statement),
        Rule::throw_statement => ("`throw`", Statement),
        Rule::function_definition => ("a function definition", Statement),
        Rule::function_name => ("a function name", Other),
        Rule::function_parameters => ("`(`", Token),
        Rule::param_block => ("a `param()` block", Statement),
        Rule::parameter_declaration => ("a parameter declaration", Other),
        Rule::attribute => ("an attribute", Other),
        Rule::named_attribute_argument => ("an attribute argument", Other),
        Rule::try_statement => ("a `try` statement", Statement),
        Rule::catch_clause => ("`catch`", Token),
        Rule::unsupported_statement => ("a statement", Statement),
        Rule::switch_statement => ("a `switch` statement", Statement),
        Rule::switch_option => ("a switch option", Other),
        Rule::switch_file => ("a file name", Other),
        Rule::switch_clause => ("a switch clause", Other),
        // Pipelines and commands.
        Rule::empty_pipe_element => ("a command", Other),
        Rule::call_invocation => ("a command", Statement),
        Rule::call_operator => ("a command", Statement),
        Rule::command_arguments => ("an argument", Argument),
        Rule::member_digits => ("a member name", Other),
        Rule::command => ("a command", Statement),
        Rule::command_name => ("a command", Statement),
        Rule::parameter => ("a parameter", Argument),
        Rule::redirection => ("a redirection", Argument),
        Rule::argument_item => ("`,`", Token),
        Rule::argument_number => ("a number", Argument),
        Rule::bare_word => ("a word", Argument),
        // Expressions.
        Rule::expression => ("an expression", Expression),
        Rule::argument_expression => ("an expression", Expression),
        Rule::member_access => ("`.`", Operator),
        Rule::static_member_access => ("`::`", Operator),
        Rule::method_arguments => ("`(`", Token),
        Rule::index_access => ("`[`", Operator),
        Rule::paren_expression => ("`(`", Expression),
        Rule::subexpression => ("`$(`", Expression),
        Rule::array_expression => ("`@(`", Expression),
        Rule::hashtable => ("`@{`", Expression),
        Rule::hashtable_entry => ("a `key = value` entry", Other),
        Rule::hashtable_key_name => ("a key", Other),
        // Silent helper rules never appear in errors; their words describe them anyway.
        Rule::bom => ("a byte-order mark", Other),
        Rule::nl => ("a line end", Other),
        Rule::ws => ("blank space", Other),
        Rule::line_comment => ("a comment", Other),
        Rule::block_comment => ("a comment", Other),
        Rule::gap => ("blank space", Other),
        Rule::separators => ("`;` or a line end", Other),
        Rule::statement_end => ("`;` or a line end", Other),
        Rule::word_boundary => ("the end of a word", Other),
        Rule::dash => ("`-`", Other),
        Rule::assignment_operator => ("an assignment operator", Operator),
        Rule::infix_operator_no_comma => ("an operator", Operator),
        Rule::infix_operator => ("an operator", Operator),
        Rule::cast_operand => ("an expression", Expression),
        Rule::prefix_operator => ("an operator", Expression),
        Rule::number_body => ("a number", Expression),
        Rule::single_quote => ("`'`", Other),
        Rule::double_quote => ("`\"`", Other),
        Rule::variable_start => ("a variable name", Other),
        Rule::string_literal => ("a string", Expression),
        Rule::variable_name => ("a variable name", Other),
        Rule::braced_variable_name => ("a variable name", Other),
        Rule::statement_list => ("a statement", Statement),
        Rule::named_blocks => ("a `begin`, `process` or `end` block", Other),
        Rule::statement => ("a statement", Statement),
        Rule::condition => ("`(`", Token),
        Rule::flow_statement => ("a statement", Statement),
        Rule::attribute_argument => ("an attribute argument", Other),
        Rule::loose_text => ("text", Other),
        Rule::loose_group => ("text", Other),
        Rule::pipeline => ("a pipeline", Statement),
        Rule::pipeline_head => ("a command or an expression", Statement),
        Rule::pipeline_element => ("a command", Other),
        Rule::reserved_word => ("a keyword", Other),
        Rule::simple_statement => ("a statement", Statement),
        Rule::pipe_tail => ("`|`", Other),
        Rule::word_char => ("a word", Other),
        Rule::simple_char => ("string text", Other),
        Rule::verbatim_char => ("string text", Other),
        Rule::command_element => ("an argument", Argument),
        Rule::command_argument => ("an argument", Argument),
        Rule::argument_atom => ("an argument", Argument),
        Rule::argument_postfixed => ("an argument", Argument),
        Rule::unary_expression => ("an expression", Expression),
        Rule::postfix_operator => ("an operator", Operator),
        Rule::member_name => ("a member name", Other),
        Rule::primary => ("an expression", Expression),
        Rule::hashtable_key => ("a key", Other),
        Rule::token_space => ("blank space", Other),
        Rule::token => ("a token", Other),
        // The tolerant token stream never fails; its rules still need words.
        Rule::token_stream => ("tokens", Other),
        Rule::token_newline => ("a line end", Other),
        Rule::token_comment => ("a comment", Other),
        Rule::token_string => ("a string", Other),
        Rule::token_variable => ("a variable", Other),
        Rule::token_number => ("a number", Other),
        Rule::token_operator => ("an operator", Other),
        Rule::token_parameter => ("a parameter", Other),
        Rule::token_open => ("an opening bracket", Other),
        Rule::token_close => ("a closing bracket", Other),
        Rule::token_pipe => ("`|`", Other),
        Rule::token_punctuation => ("punctuation", Other),
        Rule::token_word => ("a word", Other),
        Rule::token_any => ("a character", Other),
    }
}

/// Turns the rules pest expected into the grouped, ordered, de-duplicated word list.
pub(crate) fn expected_words(rules: &[Rule]) -> Vec<&'static str> {
    let described: Vec<(&'static str, Group)> = rules.iter().map(|r| describe(*r)).collect();
    let count = |g: Group| {
        let mut seen: Vec<&str> = described
            .iter()
            .filter(|(_, grp)| *grp == g)
            .map(|(w, _)| *w)
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    };
    let has_statement = described.iter().any(|(_, g)| *g == Group::Statement);
    let mut out: Vec<(Group, &'static str)> = Vec::new();
    for (word, group) in &described {
        let collapse = match group {
            Group::Statement => count(Group::Statement) > 1,
            // "a statement" already covers every expression.
            Group::Expression => has_statement || count(Group::Expression) > 1,
            Group::Operator => count(Group::Operator) > 1,
            Group::Argument => count(Group::Argument) > 1,
            Group::Token | Group::Other => false,
        };
        let entry = if *group == Group::Expression && has_statement {
            if count(Group::Statement) > 1 {
                continue;
            }
            (Group::Statement, "a statement")
        } else if collapse {
            (*group, group.collapsed().unwrap_or(word))
        } else {
            (*group, *word)
        };
        if !out.iter().any(|(_, w)| *w == entry.1) {
            out.push(entry);
        }
    }
    // Brackets that open expressions are covered by "an expression" / "a statement".
    if out
        .iter()
        .any(|(_, w)| *w == "an expression" || *w == "a statement")
    {
        out.retain(|(_, w)| !matches!(*w, "`(`" | "`{`" | "`[`"));
    }
    out.sort_by_key(|(g, _)| *g);
    out.into_iter().map(|(_, w)| w).collect()
}

/// Joins words as "a, b or c".
pub(crate) fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::grammar::CoexistParser;
    use pest::Parser;

    #[test]
    fn every_rule_has_words() {
        for rule in Rule::all_rules() {
            let (word, _) = describe(*rule);
            assert!(!word.is_empty(), "{rule:?} has no words");
        }
    }

    /// Token rules whose words are a single backticked literal, with the literal the
    /// rule must accept in full (a few need context after them to match).
    #[test]
    fn token_words_equal_their_literals() {
        let mut checked = 0;
        for rule in Rule::all_rules() {
            let (word, _) = describe(*rule);
            let Some(literal) = word.strip_prefix('`').and_then(|w| w.strip_suffix('`')) else {
                continue;
            };
            if literal.contains('`') {
                continue;
            }
            // Rules worded by their first token rather than by a literal of their own.
            if matches!(
                rule,
                Rule::block
                    | Rule::condition
                    | Rule::function_parameters
                    | Rule::method_arguments
                    | Rule::paren_expression
                    | Rule::subexpression
                    | Rule::array_expression
                    | Rule::hashtable
                    | Rule::string_subexpression
                    | Rule::catch_clause
                    | Rule::argument_item
                    | Rule::member_access
                    | Rule::static_member_access
                    | Rule::index_access
                    | Rule::token_pipe
                    | Rule::break_statement
                    | Rule::continue_statement
                    | Rule::return_statement
                    | Rule::exit_statement
                    | Rule::throw_statement
            ) {
                // These must at least start with their word's literal.
                continue;
            }
            // Unary and binary forms need an operand after them to be recognised.
            let input = match rule {
                Rule::op_negate | Rule::op_plus => format!("{literal}$x"),
                _ => literal.to_string(),
            };
            let pairs = CoexistParser::parse(*rule, &input)
                .unwrap_or_else(|e| panic!("{rule:?} does not accept its word `{literal}`: {e}"));
            // Silent helper rules produce no pair: accepting the literal is all we can check.
            if let Some(end) = pairs.last().map(|p| p.as_span().end()) {
                assert_eq!(
                    end,
                    literal.len(),
                    "{rule:?} does not consume `{literal}` in full"
                );
            }
            checked += 1;
        }
        assert!(checked > 60, "only {checked} token rules checked");
    }

    #[test]
    fn groups_collapse() {
        let words = expected_words(&[Rule::close_paren, Rule::op_eq, Rule::op_ne]);
        assert_eq!(words, vec!["`)`", "an operator"]);
        let words = expected_words(&[Rule::close_brace, Rule::variable, Rule::number]);
        assert_eq!(join_words(&words), "`}` or an expression");
    }
}
