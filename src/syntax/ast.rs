//! The typed syntax tree. Every node carries a [`Span`] (byte offsets into one source).
//!
//! The tree covers language Tiers A and B of `language.md`. It is produced by
//! [`crate::syntax::parse`] and consumed by the interpreter; nothing here knows pest.

use crate::span::Span;
use std::sync::Arc;

/// A whole script file, REPL entry or script-block body.
#[derive(Debug, Clone, PartialEq)]
pub struct Script {
    /// `param(…)` at the top of the script, bound from `coexist run SCRIPT -- ARGS…`.
    pub param_block: Option<ParamBlock>,
    /// Top-level statements in order.
    pub statements: Vec<Statement>,
    /// The whole text.
    pub span: Span,
}

/// A `{ statement; statement }` body.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Statements in order.
    pub statements: Vec<Statement>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

/// One statement with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// What kind of statement.
    pub kind: StatementKind,
    /// The statement's full extent.
    pub span: Span,
}

/// The kinds of statement.
#[derive(Debug, Clone, PartialEq)]
pub enum StatementKind {
    /// `a | b | c` (also a lone expression such as `$x + 1`).
    Pipeline(Pipeline),
    /// `$x = …`, `$x += …`, `$h.Key = …`, `$a[0] = …`.
    Assignment {
        /// The left side: a variable, member or index expression.
        target: Expr,
        /// `=`, `+=`, `-=`, `*=`, `/=`, `%=`.
        op: AssignOp,
        /// The right side, itself a statement (`$x = if (…) {…}` is legal).
        value: Box<Statement>,
    },
    /// `if (c) {…} elseif (c) {…} else {…}`.
    If {
        /// Each `(condition, body)` of `if` and the `elseif`s, in order.
        clauses: Vec<(Pipeline, Block)>,
        /// The `else` body.
        else_block: Option<Block>,
    },
    /// `:label foreach ($x in pipeline) {…}`.
    Foreach {
        /// Optional loop label (without `:`).
        label: Option<String>,
        /// The loop variable.
        variable: VarRef,
        /// Span of the loop variable.
        variable_span: Span,
        /// What to iterate.
        iterable: Pipeline,
        /// Loop body.
        body: Block,
    },
    /// `:label while (c) {…}`.
    While {
        /// Optional loop label.
        label: Option<String>,
        /// Loop condition.
        condition: Pipeline,
        /// Loop body.
        body: Block,
    },
    /// `do {…} while (c)` or `do {…} until (c)`.
    DoLoop {
        /// Optional loop label.
        label: Option<String>,
        /// Loop body.
        body: Block,
        /// The condition after `while`/`until`.
        condition: Pipeline,
        /// True for `until` (loop while the condition is false).
        until: bool,
    },
    /// `for (init; cond; step) {…}`.
    For {
        /// Optional loop label.
        label: Option<String>,
        /// Runs once before the loop.
        init: Option<Box<Statement>>,
        /// Checked before each iteration; absent means true.
        condition: Option<Pipeline>,
        /// Runs after each iteration.
        step: Option<Box<Statement>>,
        /// Loop body.
        body: Block,
    },
    /// `break` or `break label`.
    Break(Option<String>),
    /// `continue` or `continue label`.
    Continue(Option<String>),
    /// `return` or `return pipeline`.
    Return(Option<Pipeline>),
    /// `exit` or `exit pipeline`.
    Exit(Option<Pipeline>),
    /// `throw` or `throw pipeline`.
    Throw(Option<Pipeline>),
    /// `function Name { … }` or `function Name($a, $b) { … }`.
    Function(Arc<FunctionDef>),
    /// `try {…} catch [T] {…} finally {…}`.
    Try {
        /// The guarded body.
        body: Block,
        /// `catch` clauses in order.
        catches: Vec<CatchClause>,
        /// The `finally` body.
        finally: Option<Block>,
    },
    /// `:label switch -regex ($value) { pattern { … } default { … } }`.
    Switch(Box<SwitchStatement>),
}

/// A `switch` statement.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchStatement {
    /// Optional label (`break label` leaves the switch).
    pub label: Option<String>,
    /// How a clause's value is compared with the element.
    pub mode: SwitchMode,
    /// `-casesensitive`.
    pub case_sensitive: bool,
    /// `-file`: the value names a file whose lines are the elements.
    pub file: bool,
    /// The value in `( … )`, or the file name after `-file`.
    pub value: Pipeline,
    /// The clauses in order.
    pub clauses: Vec<SwitchClause>,
}

/// How a `switch` compares a clause's value with each element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SwitchMode {
    /// Equality, as `-eq` (also `-exact`).
    Equal,
    /// `-wildcard`: as `-like`.
    Wildcard,
    /// `-regex`: as `-match`, setting `$Matches`.
    Regex,
}

/// `value { … }` or `default { … }` inside a `switch`.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchClause {
    /// The value or script block to test; `None` for `default`.
    pub condition: Option<Expr>,
    /// What runs when it matches.
    pub body: Block,
    /// The whole clause.
    pub span: Span,
}

/// `=`, `+=`, … in an assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `+=`
    Add,
    /// `-=`
    Subtract,
    /// `*=`
    Multiply,
    /// `/=`
    Divide,
    /// `%=`
    Remainder,
}

/// `catch [Type1], [Type2] { … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct CatchClause {
    /// Exception type names (empty: catch everything).
    pub types: Vec<String>,
    /// Handler body.
    pub body: Block,
    /// From `catch` to the closing `}`.
    pub span: Span,
}

/// `function Name { param(…) … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    /// The function's name as written.
    pub name: String,
    /// Span of the name.
    pub name_span: Span,
    /// The body, including its `param()` block (or the parameters written after the name).
    pub body: ScriptBlock,
    /// The whole definition.
    pub span: Span,
}

/// `param( [attr] [type] $name = default, … )` with the attributes before it
/// (`[CmdletBinding()]`).
#[derive(Debug, Clone, PartialEq)]
pub struct ParamBlock {
    /// Attributes written before `param`, e.g. `[CmdletBinding()]`.
    pub attributes: Vec<Attribute>,
    /// The declared parameters in order.
    pub params: Vec<ParamDecl>,
    /// From the first attribute (or `param`) to `)`.
    pub span: Span,
}

/// One parameter of a `param()` block.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamDecl {
    /// Name without `$`.
    pub name: String,
    /// `[Parameter(…)]`, `[ValidateSet(…)]`, `[Alias(…)]`, …
    pub attributes: Vec<Attribute>,
    /// `[string]`, `[int]`, `[switch]`, … (the type name without brackets).
    pub type_name: Option<String>,
    /// `= expr`.
    pub default: Option<Expr>,
    /// The declaration's extent.
    pub span: Span,
}

/// `[Name(arg, Name = value, Flag)]` before a parameter or `param`.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// `Parameter`, `ValidateSet`, `Alias`, `CmdletBinding`, …
    pub name: String,
    /// Positional arguments: `ValidateSet('a', 'b')`.
    pub positional: Vec<Expr>,
    /// Named arguments: `Mandatory`, `Position = 0` (a bare flag has no value).
    pub named: Vec<(String, Option<Expr>)>,
    /// From `[` to `]`.
    pub span: Span,
}

/// `{ param(…) statements }` or `{ begin {…} process {…} end {…} }`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptBlock {
    /// The block's `param()`.
    pub param_block: Option<ParamBlock>,
    /// The body.
    pub body: ScriptBlockBody,
    /// From `{` to `}`.
    pub span: Span,
}

/// What a script block runs.
#[derive(Debug, Clone, PartialEq)]
pub enum ScriptBlockBody {
    /// Plain statements (an implicit `end` block).
    Statements(Vec<Statement>),
    /// `begin {…} process {…} end {…}`; each part optional.
    Named {
        /// Runs once before input.
        begin: Option<Block>,
        /// Runs once per pipeline input, with `$_` set.
        process: Option<Block>,
        /// Runs once after input.
        end: Option<Block>,
    },
}

/// `a | b | c`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pipeline {
    /// The elements; only the first may be an expression.
    pub elements: Vec<PipelineElement>,
    /// The whole pipeline.
    pub span: Span,
}

/// One element of a pipeline.
#[derive(Debug, Clone, PartialEq)]
pub enum PipelineElement {
    /// `Verb-Noun -Param value positional`.
    Command(Command),
    /// An expression such as `1, 2, 3` or `$users`.
    Expression(Expr),
}

/// A command invocation in command mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    /// The command name as written (`Get-User`, `Lync\Get-CsUser`, `%`, `?`).
    pub name: String,
    /// Span of the name.
    pub name_span: Span,
    /// Arguments in order.
    pub args: Vec<CommandArg>,
    /// The whole invocation.
    pub span: Span,
}

/// One argument of a command.
#[derive(Debug, Clone, PartialEq)]
pub enum CommandArg {
    /// `-Name`, `-Name:value` (the value is then attached).
    Parameter {
        /// Name without the dash, as written.
        name: String,
        /// `-Name:value`'s value.
        value: Option<Expr>,
        /// From `-` to the end of the name (or of the attached value).
        span: Span,
    },
    /// A positional argument or the value following `-Name`.
    Value(Expr),
    /// `@params` (splatting, Tier C).
    Splat {
        /// The hashtable or array variable.
        variable: VarRef,
        /// From `@` to the end of the name.
        span: Span,
    },
}

/// An expression with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// What kind of expression.
    pub kind: ExprKind,
    /// The expression's extent.
    pub span: Span,
}

/// The kinds of expression.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `42`, `0x1F`, `1kb`.
    Int(i64),
    /// `1.5`, `1e3`, `1.5mb`.
    Double(f64),
    /// `'text'` (quotes removed, `''` unescaped) or a here-string `@'…'@`.
    String(String),
    /// `"Hello $name, $($u.Name)"` split into parts.
    ExpandableString(Vec<StringPart>),
    /// A command-mode bareword argument such as `pool01.contoso.com` or `16p`.
    BareWord(String),
    /// `$name`, `$script:name`, `$env:PATH`, `$_`.
    Variable(VarRef),
    /// `a, b, c` (the comma operator).
    Array(Vec<Expr>),
    /// `@{ Key = value; … }`.
    Hashtable(Vec<(Expr, Statement)>),
    /// `{ … }`.
    ScriptBlock(Arc<ScriptBlock>),
    /// `(pipeline)` or `(assignment)`.
    Paren(Box<Statement>),
    /// `$( statements )`.
    SubExpression(Vec<Statement>),
    /// `@( statements )`.
    ArraySubExpression(Vec<Statement>),
    /// `-not $x`, `!$x`, `-$x`, `-join $a`, `-split $s`, `,$x`, `++$i`, `$i--`.
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        operand: Box<Expr>,
    },
    /// `a op b`.
    Binary {
        /// The operator.
        op: BinaryOp,
        /// Left operand.
        lhs: Box<Expr>,
        /// Right operand.
        rhs: Box<Expr>,
    },
    /// `$x.Name`, `$x.$prop`, `[Type]::Name`.
    Member {
        /// The object.
        target: Box<Expr>,
        /// The member name.
        member: Member,
        /// True for `::` (static access on a type literal).
        is_static: bool,
    },
    /// `$s.ToUpper()`, `[math]::Round($x, 2)`.
    MethodCall {
        /// The object.
        target: Box<Expr>,
        /// The method name.
        member: Member,
        /// Arguments.
        args: Vec<Expr>,
        /// True for `::`.
        is_static: bool,
    },
    /// `$a[0]`, `$a[-1]`, `$a[1..2]`, `$h['key']`.
    Index {
        /// The collection.
        target: Box<Expr>,
        /// The index expression.
        index: Box<Expr>,
    },
    /// `[int]$x`, `[string[]]$list`.
    Cast {
        /// The type name without brackets, e.g. `int` or `string[]`.
        type_name: String,
        /// What to convert.
        operand: Box<Expr>,
    },
    /// `[int]` on its own (right side of `-is`/`-as`, or target of `::`).
    TypeLiteral(String),
}

/// A member name: literal (`.Name`) or computed (`.$prop`, `.('Na' + 'me')`).
#[derive(Debug, Clone, PartialEq)]
pub enum Member {
    /// `.Name`.
    Name(String, Span),
    /// `.$prop` or `.(expr)`.
    Dynamic(Box<Expr>),
}

/// One part of an expandable string.
#[derive(Debug, Clone, PartialEq)]
pub enum StringPart {
    /// Literal text, escapes already applied.
    Literal(String),
    /// `$name` or `${name}` inside the string.
    Variable(VarRef, Span),
    /// `$( … )` inside the string.
    SubExpression(Vec<Statement>, Span),
}

/// A variable reference: optional scope qualifier plus name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VarRef {
    /// `$script:`, `$global:`, `$env:`, `$local:` or none.
    pub scope: VarScope,
    /// The name without `$` or scope, as written (compare case-insensitively).
    pub name: String,
}

/// Variable scope qualifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VarScope {
    /// No qualifier: dynamic lookup.
    Default,
    /// `$local:`
    Local,
    /// `$script:`
    Script,
    /// `$global:`
    Global,
    /// `$env:` (read-only environment variables).
    Env,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-not` / `!`
    Not,
    /// `-x`
    Negate,
    /// `+x`
    Plus,
    /// `-join $a`
    Join,
    /// `-split $s`
    Split,
    /// `,x` (a one-element array)
    Comma,
    /// `++$i`
    PreIncrement,
    /// `--$i`
    PreDecrement,
    /// `$i++`
    PostIncrement,
    /// `$i--`
    PostDecrement,
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+`
    Add,
    /// `-`
    Subtract,
    /// `*`
    Multiply,
    /// `/`
    Divide,
    /// `%`
    Remainder,
    /// `..`
    Range,
    /// `-f`
    Format,
    /// `-and`
    And,
    /// `-or`
    Or,
    /// `-xor`
    Xor,
    /// `-join`
    Join,
    /// `-is`
    Is,
    /// `-isnot`
    IsNot,
    /// `-as`
    As,
    /// A comparison-family operator with its case mode (`-eq`, `-ceq`, `-ilike`, `-replace`, `-split`, …).
    Compare(CompareOp, Case),
}

/// Comparison-family operators, which take a `c`/`i` prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    /// `-eq`
    Eq,
    /// `-ne`
    Ne,
    /// `-gt`
    Gt,
    /// `-ge`
    Ge,
    /// `-lt`
    Lt,
    /// `-le`
    Le,
    /// `-like`
    Like,
    /// `-notlike`
    NotLike,
    /// `-match`
    Match,
    /// `-notmatch`
    NotMatch,
    /// `-contains`
    Contains,
    /// `-notcontains`
    NotContains,
    /// `-in`
    In,
    /// `-notin`
    NotIn,
    /// `-replace`
    Replace,
    /// `-split`
    Split,
}

/// Case mode of a comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// No prefix: case-insensitive.
    Default,
    /// `c` prefix: case-sensitive.
    Sensitive,
    /// `i` prefix: explicitly case-insensitive.
    Insensitive,
}

impl Case {
    /// True when comparisons ignore case.
    pub fn ignores_case(self) -> bool {
        !matches!(self, Case::Sensitive)
    }
}
