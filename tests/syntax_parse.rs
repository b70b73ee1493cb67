//! Each construct → its AST shape, printed as a compact S-expression without spans.
//! Spans are checked separately in a few tests at the end.

use coexist::span::SourceId;
use coexist::syntax::ast::*;
use coexist::syntax::parse;

// ───────────────────────── the shape printer ─────────────────────────

fn script(s: &Script) -> String {
    let mut out = String::new();
    if let Some(p) = &s.param_block {
        out.push_str(&param_block(p));
        out.push_str("; ");
    }
    out.push_str(&stmts(&s.statements));
    out
}

fn stmts(list: &[Statement]) -> String {
    list.iter().map(stmt).collect::<Vec<_>>().join("; ")
}

fn block(b: &Block) -> String {
    format!("{{{}}}", stmts(&b.statements))
}

fn label(l: &Option<String>) -> String {
    l.as_ref().map(|l| format!(":{l} ")).unwrap_or_default()
}

fn stmt(s: &Statement) -> String {
    match &s.kind {
        StatementKind::Pipeline(p) => pipeline(p),
        StatementKind::Assignment { target, op, value } => {
            let op = match op {
                AssignOp::Assign => "=",
                AssignOp::Add => "+=",
                AssignOp::Subtract => "-=",
                AssignOp::Multiply => "*=",
                AssignOp::Divide => "/=",
                AssignOp::Remainder => "%=",
            };
            format!("({op} {} {})", expr(target), stmt(value))
        }
        StatementKind::If {
            clauses,
            else_block,
        } => {
            let mut out = String::from("(if");
            for (c, b) in clauses {
                out.push_str(&format!(" {} {}", pipeline(c), block(b)));
            }
            if let Some(e) = else_block {
                out.push_str(&format!(" else {}", block(e)));
            }
            out.push(')');
            out
        }
        StatementKind::Foreach {
            label: l,
            variable,
            iterable,
            body,
            ..
        } => format!(
            "({}foreach {} {} {})",
            label(l),
            var(variable),
            pipeline(iterable),
            block(body)
        ),
        StatementKind::While {
            label: l,
            condition,
            body,
        } => format!(
            "({}while {} {})",
            label(l),
            pipeline(condition),
            block(body)
        ),
        StatementKind::DoLoop {
            label: l,
            body,
            condition,
            until,
        } => format!(
            "({}do {} {} {})",
            label(l),
            block(body),
            if *until { "until" } else { "while" },
            pipeline(condition)
        ),
        StatementKind::For {
            label: l,
            init,
            condition,
            step,
            body,
        } => format!(
            "({}for {} {} {} {})",
            label(l),
            init.as_ref().map_or("_".into(), |s| stmt(s)),
            condition.as_ref().map_or("_".into(), pipeline),
            step.as_ref().map_or("_".into(), |s| stmt(s)),
            block(body)
        ),
        StatementKind::Break(l) => format!(
            "(break{})",
            l.as_ref().map(|l| format!(" {l}")).unwrap_or_default()
        ),
        StatementKind::Continue(l) => format!(
            "(continue{})",
            l.as_ref().map(|l| format!(" {l}")).unwrap_or_default()
        ),
        StatementKind::Return(p) => format!(
            "(return{})",
            p.as_ref()
                .map(|p| format!(" {}", pipeline(p)))
                .unwrap_or_default()
        ),
        StatementKind::Exit(p) => format!(
            "(exit{})",
            p.as_ref()
                .map(|p| format!(" {}", pipeline(p)))
                .unwrap_or_default()
        ),
        StatementKind::Throw(p) => format!(
            "(throw{})",
            p.as_ref()
                .map(|p| format!(" {}", pipeline(p)))
                .unwrap_or_default()
        ),
        StatementKind::Function(f) => format!("(function {} {})", f.name, script_block(&f.body)),
        StatementKind::Try {
            body,
            catches,
            finally,
        } => {
            let mut out = format!("(try {}", block(body));
            for c in catches {
                out.push_str(" catch");
                for t in &c.types {
                    out.push_str(&format!(" [{t}]"));
                }
                out.push_str(&format!(" {}", block(&c.body)));
            }
            if let Some(f) = finally {
                out.push_str(&format!(" finally {}", block(f)));
            }
            out.push(')');
            out
        }
        StatementKind::Switch(sw) => {
            let mut out = format!("({}switch", label(&sw.label));
            match sw.mode {
                SwitchMode::Equal => {}
                SwitchMode::Wildcard => out.push_str(" -wildcard"),
                SwitchMode::Regex => out.push_str(" -regex"),
            }
            if sw.case_sensitive {
                out.push_str(" -casesensitive");
            }
            if sw.file {
                out.push_str(" -file");
            }
            out.push_str(&format!(" {}", pipeline(&sw.value)));
            for c in &sw.clauses {
                let cond = c.condition.as_ref().map_or("default".into(), expr);
                out.push_str(&format!(" {cond} {}", block(&c.body)));
            }
            out.push(')');
            out
        }
    }
}

fn pipeline(p: &Pipeline) -> String {
    p.elements
        .iter()
        .map(|e| match e {
            PipelineElement::Command(c) => command(c),
            PipelineElement::Expression(e) => expr(e),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn command(c: &Command) -> String {
    let mut out = format!("(cmd {}", c.name);
    for a in &c.args {
        out.push(' ');
        match a {
            CommandArg::Parameter { name, value, .. } => {
                out.push('-');
                out.push_str(name);
                if let Some(v) = value {
                    out.push(':');
                    out.push_str(&expr(v));
                }
            }
            CommandArg::Value(v) => out.push_str(&expr(v)),
            CommandArg::Splat { variable, .. } => out.push_str(&format!("@{}", variable.name)),
        }
    }
    out.push(')');
    out
}

fn var(v: &VarRef) -> String {
    let scope = match v.scope {
        VarScope::Default => "",
        VarScope::Local => "local:",
        VarScope::Script => "script:",
        VarScope::Global => "global:",
        VarScope::Env => "env:",
    };
    format!("${scope}{}", v.name)
}

fn member(m: &Member) -> String {
    match m {
        Member::Name(n, _) => n.clone(),
        Member::Dynamic(e) => expr(e),
    }
}

fn param_block(p: &ParamBlock) -> String {
    let mut out = String::new();
    for a in &p.attributes {
        out.push_str(&attribute(a));
    }
    out.push_str("param(");
    let params: Vec<String> = p
        .params
        .iter()
        .map(|d| {
            let mut s = String::new();
            for a in &d.attributes {
                s.push_str(&attribute(a));
            }
            if let Some(t) = &d.type_name {
                s.push_str(&format!("[{t}]"));
            }
            s.push('$');
            s.push_str(&d.name);
            if let Some(def) = &d.default {
                s.push('=');
                s.push_str(&expr(def));
            }
            s
        })
        .collect();
    out.push_str(&params.join(", "));
    out.push(')');
    out
}

fn attribute(a: &Attribute) -> String {
    let mut args: Vec<String> = a.positional.iter().map(expr).collect();
    for (n, v) in &a.named {
        args.push(match v {
            Some(v) => format!("{n}={}", expr(v)),
            None => n.clone(),
        });
    }
    format!("[{}({})]", a.name, args.join(", "))
}

fn script_block(sb: &ScriptBlock) -> String {
    let mut out = String::from("{");
    if let Some(p) = &sb.param_block {
        out.push_str(&param_block(p));
        out.push(' ');
    }
    match &sb.body {
        ScriptBlockBody::Statements(s) => out.push_str(&stmts(s)),
        ScriptBlockBody::Named {
            begin,
            process,
            end,
        } => {
            for (n, b) in [("begin", begin), ("process", process), ("end", end)] {
                if let Some(b) = b {
                    out.push_str(&format!("{n} {} ", block(b)));
                }
            }
        }
    }
    out.push('}');
    out
}

fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(n) => n.to_string(),
        ExprKind::Double(d) => format!("{d}f"),
        ExprKind::String(s) => format!("'{s}'"),
        ExprKind::ExpandableString(parts) => {
            let inner: Vec<String> = parts
                .iter()
                .map(|p| match p {
                    StringPart::Literal(s) => format!("'{s}'"),
                    StringPart::Variable(v, _) => var(v),
                    StringPart::SubExpression(s, _) => format!("$({})", stmts(s)),
                })
                .collect();
            format!("\"{}\"", inner.join(" "))
        }
        ExprKind::BareWord(w) => format!("bare:{w}"),
        ExprKind::Variable(v) => var(v),
        ExprKind::Array(items) => {
            format!("[{}]", items.iter().map(expr).collect::<Vec<_>>().join(" "))
        }
        ExprKind::Hashtable(entries) => format!(
            "@{{{}}}",
            entries
                .iter()
                .map(|(k, v)| format!("{}={}", expr(k), stmt(v)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        ExprKind::ScriptBlock(sb) => script_block(sb),
        ExprKind::Paren(s) => format!("({})", stmt(s)),
        ExprKind::SubExpression(s) => format!("$({})", stmts(s)),
        ExprKind::ArraySubExpression(s) => format!("@({})", stmts(s)),
        ExprKind::Unary { op, operand } => format!("({op:?} {})", expr(operand)),
        ExprKind::Binary { op, lhs, rhs } => {
            let op = match op {
                BinaryOp::Compare(c, Case::Default) => format!("{c:?}"),
                BinaryOp::Compare(c, case) => format!("{c:?}/{case:?}"),
                other => format!("{other:?}"),
            };
            format!("({op} {} {})", expr(lhs), expr(rhs))
        }
        ExprKind::Member {
            target,
            member: m,
            is_static,
        } => format!(
            "({} {} {})",
            if *is_static { "::" } else { "." },
            expr(target),
            member(m)
        ),
        ExprKind::MethodCall {
            target,
            member: m,
            args,
            is_static,
        } => format!(
            "({} {} {}({}))",
            if *is_static { "::" } else { "." },
            expr(target),
            member(m),
            args.iter().map(expr).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::Index { target, index } => format!("(idx {} {})", expr(target), expr(index)),
        ExprKind::Cast { type_name, operand } => format!("([{type_name}] {})", expr(operand)),
        ExprKind::TypeLiteral(t) => format!("[{t}]"),
    }
}

#[track_caller]
fn check(input: &str, expected: &str) {
    match parse(input, SourceId(0)) {
        Ok(s) => assert_eq!(script(&s), expected, "input: {input:?}"),
        Err(e) => panic!("{input:?} did not parse: {e:#?}"),
    }
}

// ───────────────────────── Tier A ─────────────────────────

#[test]
fn commands_and_arguments() {
    check("Get-User", "(cmd Get-User)");
    check("get-user; GET-USER", "(cmd get-user); (cmd GET-USER)");
    check(
        "Lync\\Get-CsUser -Identity ann",
        "(cmd Lync\\Get-CsUser -Identity bare:ann)",
    );
    check(
        "New-Pool -Fqdn pool01.contoso.com -Site chat.contoso.com\\Sales -Tag Tag:Sales",
        "(cmd New-Pool -Fqdn bare:pool01.contoso.com -Site bare:chat.contoso.com\\Sales -Tag bare:Tag:Sales)",
    );
    check(
        "New-User -Identity sip:ann@contoso.com -DisplayName \"Ann\"",
        "(cmd New-User -Identity bare:sip:ann@contoso.com -DisplayName 'Ann')",
    );
    check(
        "Set-X 16p 1_6 1kb 0x10 42 -5 1.5",
        "(cmd Set-X bare:16p bare:1_6 1024 16 42 -5 1.5f)",
    );
    check(
        "Set-X -Force -Force:$false",
        "(cmd Set-X -Force -Force:$false)",
    );
    check("Set-X -Name: 'v'", "(cmd Set-X -Name:'v')");
    check(
        "Set-X -Members a,b,c",
        "(cmd Set-X -Members [bare:a bare:b bare:c])",
    );
    check("Set-X -Members $a, 'b'", "(cmd Set-X -Members [$a 'b'])");
    check("Set-X -Members:a,b", "(cmd Set-X -Members:[bare:a bare:b])");
    check(
        "Set-X $u.Name $a[0] $s.Trim()",
        "(cmd Set-X (. $u Name) (idx $a 0) (. $s Trim()))",
    );
    check(
        "Set-X (Get-Y) $(1) @(2) @{a=1} {$_}",
        "(cmd Set-X ((cmd Get-Y)) $(1) @(2) @{'a'=1} {$_})",
    );
    check("Set-X *ann* @params", "(cmd Set-X bare:*ann* @params)");
    check(
        "Set-X sip:$user@contoso.com x$env:Y cost$",
        "(cmd Set-X \"'sip:' $user '@contoso.com'\" \"'x' $env:Y\" bare:cost$)",
    );
    check("Set-X –Identity x", "(cmd Set-X -Identity bare:x)");
}

#[test]
fn pipelines_and_script_blocks() {
    check(
        "1, 2, 3 | ForEach-Object { $_ * 2 }",
        "[1 2 3] | (cmd ForEach-Object {(Multiply $_ 2)})",
    );
    check(
        "Get-User | % { $_ } | ? {$_}",
        "(cmd Get-User) | (cmd % {$_}) | (cmd ? {$_})",
    );
    check("Get-User |%{$_}", "(cmd Get-User) | (cmd % {$_})");
    check(
        "Get-User |\n  Move-User",
        "(cmd Get-User) | (cmd Move-User)",
    );
    check(
        "Get-User -Filter {Prop -eq 'x'}",
        "(cmd Get-User -Filter {(cmd Prop -eq 'x')})",
    );
    check(
        "$users | where { $_.Pool -like 'a*' }",
        "$users | (cmd where {(Like (. $_ Pool) 'a*')})",
    );
}

#[test]
fn values() {
    check("$null; $true; $false", "$null; $true; $false");
    check("'it''s'", "'it's'");
    check("\"a`tb\"", "'a\tb'");
    check("\"Hello $name\"", "\"'Hello ' $name\"");
    check("'Hello $name'", "'Hello $name'");
    check("\"$($u.Name)\"", "\"$((. $u Name))\"");
    check("\"${my var}x$env:PATH\"", "\"$my var 'x' $env:PATH\"");
    check("\"cost: `$5 $\"", "'cost: $5 $'");
    check("‘smart’; “smart $x”", "'smart'; \"'smart ' $x\"");
    check("@'\nline 'one'\n'@", "'line 'one''");
    check("@\"\nHi $x\n\"\"\n\"@", "\"'Hi ' $x '\n\"\"'\"");
    check("1kb; 0x10; 1.5; 1e3; 2mb", "1024; 16; 1.5f; 1000f; 2097152");
    check(
        "@(); @(1); @{Add='x'; Remove='y'}",
        "@(); @(1); @{'Add'='x'; 'Remove'='y'}",
    );
    check("@{\n  a = 1\n  'b' = 2,3\n}", "@{'a'=1; 'b'=[2 3]}");
    check(
        "$script:x; $global:y; $env:PATH; $_; $PSItem",
        "$script:x; $global:y; $env:PATH; $_; $PSItem",
    );
    check("# comment\n<# block\n comment #> 1 # tail", "1");
}

#[test]
fn operators_and_precedence() {
    check("\"abc\" -like \"a*\"", "(Like 'abc' 'a*')");
    check(
        "'ABC' -ceq 'abc'; 'a' -IEQ 'A'",
        "(Eq/Sensitive 'ABC' 'abc'); (Eq/Insensitive 'a' 'A')",
    );
    check("1, 2, 3 -gt 1", "(Gt [1 2 3] 1)");
    check("$null -eq $x", "(Eq $null $x)");
    check("1 + 2 * 3", "(Add 1 (Multiply 2 3))");
    check("1 - 2 - 3", "(Subtract (Subtract 1 2) 3)");
    check("$a -and $b -or $c", "(Or (And $a $b) $c)");
    check("-not $a -eq $b", "(Eq (Not $a) $b)");
    check("!$a", "(Not $a)");
    check("1..10", "(Range 1 10)");
    check("-1 + 2; - $x", "(Add -1 2); (Negate $x)");
    check("1,2 + 3", "(Add [1 2] 3)");
    check("'{0}' -f 1, 2", "(Format '{0}' [1 2])");
    check("$a -replace 'x', 'y'", "(Replace $a ['x' 'y'])");
    check(
        "-join $a; -split $s; $a -join ','",
        "(Join $a); (Split $s); (Join $a ',')",
    );
    check("$a -split ','", "(Split $a ',')");
    check(
        "$x -is [string]; $x -isnot [int]; $x -as [int]",
        "(Is $x [string]); (IsNot $x [int]); (As $x [int])",
    );
    check(
        "$a -contains 1 -and 2 -in $b -and 3 -notin $b",
        "(And (And (Contains $a 1) (In 2 $b)) (NotIn 3 $b))",
    );
    check(
        "$a -match 'x' -xor $b -notmatch 'y'",
        "(Xor (Match $a 'x') (NotMatch $b 'y'))",
    );
    check("1 +\n 2", "(Add 1 2)");
    check(",1", "(Comma 1)");
    check(
        "$i++; $i--; ++$i; --$i",
        "(PostIncrement $i); (PostDecrement $i); (PreIncrement $i); (PreDecrement $i)",
    );
}

// ───────────────────────── Tier B ─────────────────────────

#[test]
fn tier_c_switch_call_operators_and_assignment_values() {
    check(
        "switch -Regex -CaseSensitive ($x) { '^a' { 1 } { $_ -gt 2 } { 2 } default { 3 } }",
        "(switch -regex -casesensitive $x '^a' {1} {(Gt $_ 2)} {2} default {3})",
    );
    check(
        "switch ($x)\n{\n  a\n  {\n    1\n  }\n  5 { 2 }; default { 3 }\n}",
        "(switch $x bare:a {1} 5 {2} default {3})",
    );
    check(
        "switch -file log.txt { x { 1 } }",
        "(switch -file bare:log.txt bare:x {1})",
    );
    check(
        ":l switch (1) { 1 { break l } }",
        "(:l switch 1 1 {(break l)})",
    );
    check("$v = switch (1) { 1 { 'a' } }", "(= $v (switch 1 1 {'a'}))");
    check("& $sb 1 -x", "(cmd & $sb 1 -x)");
    check("& { 1 } | . { 2 }", "(cmd & {1}) | (cmd . {2})");
    check(". .\\lib.ps1", "(cmd . bare:.\\lib.ps1)");
    check(".\\run.ps1 -Pool p1", "(cmd .\\run.ps1 -Pool bare:p1)");
    check("F(1, 2)", "(cmd F ([1 2]))");
    check("if ($u = Get-User) { }", "(if ((= $u (cmd Get-User))) {})");
    check(
        "while (($l = $r.ReadLine()) -ne $null) { }",
        "(while (Ne ((= $l (. $r ReadLine()))) $null) {})",
    );
    check("6.2.9200.0", "(. (. 6.2f 9200) 0)");
}

#[test]
fn control_flow() {
    check(
        "if ($a) { 1 } elseif ($b) { 2 } else { 3 }",
        "(if $a {1} $b {2} else {3})",
    );
    check("if ($a) {\n 1\n}\nelse {\n 2\n}", "(if $a {1} else {2})");
    check(
        "foreach ($u in Get-User) { $u.Name }",
        "(foreach $u (cmd Get-User) {(. $u Name)})",
    );
    check(
        "while ($i -lt 3) { $i++ }",
        "(while (Lt $i 3) {(PostIncrement $i)})",
    );
    check(
        "do { $i++ } while ($i -lt 3)",
        "(do {(PostIncrement $i)} while (Lt $i 3))",
    );
    check(
        "do { $i++ } until ($i -ge 3)",
        "(do {(PostIncrement $i)} until (Ge $i 3))",
    );
    check(
        "for ($i = 0; $i -lt 3; $i++) { $i }",
        "(for (= $i 0) (Lt $i 3) (PostIncrement $i) {$i})",
    );
    check("for (;;) { break }", "(for _ _ _ {(break)})");
    check(
        ":o foreach ($i in 1..2) { foreach ($j in 1..2) { if ($j -eq 2) { continue o }; \"$i$j\" } }",
        "(:o foreach $i (Range 1 2) {(foreach $j (Range 1 2) {(if (Eq $j 2) {(continue o)}); \"$i $j\"})})",
    );
    check(
        ":outer while ($true) { break outer }",
        "(:outer while $true {(break outer)})",
    );
    check(
        "return; return 1; exit 2; throw 'x'",
        "(return); (return 1); (exit 2); (throw 'x')",
    );
}

#[test]
fn functions_and_params() {
    check(
        "function f { param($n = 2) $n * 3 }; f",
        "(function f {param($n=2) (Multiply $n 3)}); (cmd f)",
    );
    check(
        "function Get-Thing($a, [int]$b = 1) { $a }",
        "(function Get-Thing {param($a, [int]$b=1) $a})",
    );
    check(
        "function f {\n  [CmdletBinding()]\n  param(\n    [Parameter(Mandatory, Position=0, ValueFromPipeline)]\n    [ValidateSet('a','b')]\n    [string]$Name,\n    [ValidateNotNullOrEmpty()][Alias('x')]$Other\n  )\n  $Name\n}",
        "(function f {[CmdletBinding()]param([Parameter(Mandatory, Position=0, ValueFromPipeline)][ValidateSet('a', 'b')][string]$Name, [ValidateNotNullOrEmpty()][Alias('x')]$Other) $Name})",
    );
    check(
        "[CmdletBinding()]\nparam([string]$Pool = 'p1')\nGet-User -Pool $Pool",
        "[CmdletBinding()]param([string]$Pool='p1'); (cmd Get-User -Pool $Pool)",
    );
    check(
        "function f { begin { 1 } process { $_ } end { 3 } }",
        "(function f {begin {1} process {$_} end {3} })",
    );
    check("$sb = { param($x) $x }", "(= $sb {param($x) $x})");
}

#[test]
fn try_catch_finally() {
    check(
        "try { throw 'x' } catch { $_.Exception.Message }",
        "(try {(throw 'x')} catch {(. (. $_ Exception) Message)})",
    );
    check(
        "try { 1 }\ncatch [System.IO.IOException], [System.Exception] { 2 }\nfinally { 3 }",
        "(try {1} catch [System.IO.IOException] [System.Exception] {2} finally {3})",
    );
    check("try { 1 } finally { 2 }", "(try {1} finally {2})");
}

#[test]
fn assignments_indexing_members_casts() {
    check("$a = 1,2,3; $a[-1]", "(= $a [1 2 3]); (idx $a -1)");
    check("$a[1..2]", "(idx $a (Range 1 2))");
    check(
        "$x += 1; $x -= 1; $x *= 2; $x /= 2; $x %= 2",
        "(+= $x 1); (-= $x 1); (*= $x 2); (/= $x 2); (%= $x 2)",
    );
    check(
        "$h.Key = 1; $a[0] = 2; [int]$n = '5'",
        "(= (. $h Key) 1); (= (idx $a 0) 2); (= ([int] $n) '5')",
    );
    check(
        "$x = if ($a) { 1 } else { 2 }",
        "(= $x (if $a {1} else {2}))",
    );
    check("$u = Get-User ann", "(= $u (cmd Get-User bare:ann))");
    check("$a = $b = 1", "(= $a (= $b 1))");
    check("[int]'5' + 1", "(Add ([int] '5') 1)");
    check(
        "[string[]]$list; [int] $x",
        "([string[]] $list); ([int] $x)",
    );
    check(
        "$s.ToUpper(); $s.Contains('a'); $a.Count; $a.Length",
        "(. $s ToUpper()); (. $s Contains('a')); (. $a Count); (. $a Length)",
    );
    check(
        "[math]::Round(1.5); [int]::MaxValue",
        "(:: [math] Round(1.5f)); (:: [int] MaxValue)",
    );
    check("$h.$key; $h.'odd name'", "(. $h $key); (. $h odd name)");
    check("[string]$x.Name", "([string] (. $x Name))");
    check("(Get-User).Count", "(. ((cmd Get-User)) Count)");
    check(
        "$x.Method(1, 'a', $y + 1)",
        "(. $x Method(1, 'a', (Add $y 1)))",
    );
}

#[test]
fn separators_bom_crlf_continuation() {
    check(
        "\u{FEFF}Get-User\r\nGet-Pool\r\n",
        "(cmd Get-User); (cmd Get-Pool)",
    );
    check(
        "New-User -Identity a `\n  -Pool p",
        "(cmd New-User -Identity bare:a -Pool bare:p)",
    );
    check(
        "New-User -Identity a `\r\n  -Pool p",
        "(cmd New-User -Identity bare:a -Pool bare:p)",
    );
    check(";;\n\n1;;2\n\n", "1; 2");
    check("", "");
}

#[test]
fn conformance_inputs_of_language_md_parse() {
    for input in [
        "Get-User", "get-user", "GET-USER", "Get-User -identity x", "Get-User -Ident x",
        "\"Hello $name\"", "'Hello $name'", "\"a`tb\"", "\"$($u.Name)\"", "1kb", "0x10",
        "Set-X 16p", "1, 2, 3 | ForEach-Object { $_ * 2 }", "@()", "@(1)", "@(1).Count",
        "\"abc\" -like \"a*\"", "\"ABC\" -eq \"abc\"", "\"ABC\" -ceq \"abc\"", "1, 2, 3 -gt 1",
        "$null -eq $x", "$a = 1,2,3; $a[-1]", "try { throw 'x' } catch { $_.Exception.Message }",
        "[int]'5' + 1", "function f { param($n = 2) $n * 3 }; f",
        ":o foreach ($i in 1..2) { foreach ($j in 1..2) { if ($j -eq 2) { continue o }; \"$i$j\" } }",
        "Set-User -Identity x -GroupChatPool $null", "$env:PATH", "$script:count++",
    ] {
        assert!(parse(input, SourceId(0)).is_ok(), "{input:?} must parse");
    }
}

#[test]
fn a_realistic_migration_script_parses() {
    let text = r#"#Requires -Version 3
<#
.SYNOPSIS
  Migrate Group Chat.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)][string] $Pool,
    [switch] $WhatIf
)
Import-Module Lync
$users = Get-CsUser -Filter {RegistrarPool -eq "lync2010.contoso.com"}
foreach ($u in $users) {
    Move-CsUser -Identity $u.SipAddress -Target lync2013.contoso.com -Confirm:$false
    Write-Host "Moved $($u.DisplayName)" -ForegroundColor Green
}
Get-CsUser | Where-Object { $_.RegistrarPool -like "*2010*" } | Select-Object DisplayName, SipAddress
$rooms = Get-CsPersistentChatRoom -PersistentChatPoolFqdn $Pool
$rooms | ForEach-Object {
    Set-CsPersistentChatRoom -Identity $_.Identity -Members @{Add="sip:ann@contoso.com"}
}
if ($rooms.Count -gt 0) { "There are $($rooms.Count) rooms" } else { Write-Warning 'none' }
$count = 0
$users | % { $count++ }
"{0} users" -f $count
Export-CsPersistentChatData -DBInstance "gc.contoso.com\rtc" -FileName "C:\export.zip" -Legacy
$h = @{
    Name = 'x'
    Expression = { $_.Name.ToUpper() }
}
Get-CsUser | Select-Object @{Name='Sip';Expression={$_.SipAddress}}
$list = New-Object System.Collections.ArrayList
[void]$list.Add(1)
$x = $null
if (-not $x) { 'null' }
$a = @(1, 2, 3)
$a += 4
Write-Host ("Total: " + $a.Count)
$env:TEMP
$date = Get-Date -Format "yyyy-MM-dd"
Start-Sleep -Seconds 5
$obj = [pscustomobject]@{ A = 1; B = 'two' }
$s = "a,b,c".Split(',')
$t = $s[0].Trim().ToLower()
$m = 'abc' -match '^a(b)'
$Matches[1]
Write-Output "Line1`nLine2"
$q = @"
Here $t
"@
function Test-It {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline = $true)] $InputObject)
    process { $InputObject }
}
1..3 | Test-It
try {
    Get-CsUser -Identity nobody -ErrorAction Stop
} catch [Microsoft.Rtc.Management.AD.ManagementException] {
    Write-Error $_
} finally {
    "done"
}
$i = 0; while ($i -lt 3) { $i++ }
do { $i-- } until ($i -le 0)
for ($k = 0; $k -lt 2; $k++) { $k }
Get-CsUser | ? {$_.Enabled} | % {$_.SipAddress}
$names = $users | ForEach-Object { $_.DisplayName } | Sort-Object -Unique
$ErrorActionPreference = 'Stop'
exit 0
"#;
    let s = parse(text, SourceId(0)).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(s.statements.len(), 41);
    let p = s.param_block.expect("param block");
    assert_eq!(p.attributes[0].name, "CmdletBinding");
    assert_eq!(p.params.len(), 2);
    assert_eq!(p.params[1].type_name.as_deref(), Some("switch"));
}

// ───────────────────────── spans ─────────────────────────

#[test]
fn spans_point_at_the_source() {
    let text = "Get-User -Identity $u.Name\n$x = 'a' + 1";
    let s = parse(text, SourceId(3)).expect("parses");
    let StatementKind::Pipeline(p) = &s.statements[0].kind else {
        panic!("pipeline expected")
    };
    let PipelineElement::Command(c) = &p.elements[0] else {
        panic!("command expected")
    };
    assert_eq!(&text[c.name_span.range()], "Get-User");
    let CommandArg::Parameter { span, .. } = &c.args[0] else {
        panic!("parameter expected")
    };
    assert_eq!(&text[span.range()], "-Identity");
    let CommandArg::Value(v) = &c.args[1] else {
        panic!("value expected")
    };
    assert_eq!(&text[v.span.range()], "$u.Name");
    assert_eq!(v.span.source, SourceId(3));
    let StatementKind::Assignment { value, .. } = &s.statements[1].kind else {
        panic!("assignment expected")
    };
    assert_eq!(&text[value.span.range()], "'a' + 1");
    assert_eq!(&text[s.statements[1].span.range()], "$x = 'a' + 1");
}
