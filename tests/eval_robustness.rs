//! Every operator, cast, member and index applied to every kind of value: each statement
//! either produces a value or a coded error, and nothing panics.

mod eval_support;
use eval_support::run;

const VALUES: &[&str] = &[
    "$null",
    "$true",
    "5",
    "2.5",
    "'s'",
    "'12'",
    "@(1, 'a')",
    "@()",
    "@{ a = 1 }",
    "{ 1 }",
    "([pscustomobject]@{ a = 1 })",
];

const BINARY: &[&str] = &[
    "+",
    "-",
    "*",
    "/",
    "%",
    "-eq",
    "-ne",
    "-gt",
    "-ge",
    "-lt",
    "-le",
    "-like",
    "-notlike",
    "-match",
    "-notmatch",
    "-contains",
    "-notcontains",
    "-in",
    "-notin",
    "-replace",
    "-split",
    "-join",
    "-f",
    "-and",
    "-or",
    "-xor",
    "..",
    "-ceq",
    "-ilike",
];

const UNARY: &[&str] = &["-not ", "!", "-", "-join ", "-split ", ","];

const POSTFIX: &[&str] = &[
    ".Count",
    ".Length",
    ".Missing",
    "[0]",
    "[-1]",
    "['a']",
    "[0, 1]",
    ".ToString()",
    ".GetType().Name",
    ".Contains('a')",
    ".Trim()",
    ".Frob(1)",
];

const CASTS: &[&str] = &[
    "[int]",
    "[long]",
    "[double]",
    "[string]",
    "[bool]",
    "[array]",
    "[hashtable]",
    "[string[]]",
    "[int[]]",
    "[pscustomobject]",
    "[char]",
    "[scriptblock]",
];

fn assert_runs(script: &str, statements: usize) {
    let (text, outcome) = run(script);
    assert!(
        !text.starts_with("syntax:"),
        "the generated script must parse:\n{text}"
    );
    // Every statement is reported on: output lines plus errors cover at least one per statement
    // that failed; the run itself must reach its end marker.
    assert!(
        text.trim_end().ends_with("END"),
        "run stopped early:\n{text}"
    );
    assert!(outcome.errors <= statements);
}

#[test]
fn binary_operators_on_every_pair() {
    let mut script = String::new();
    let mut n = 0;
    for op in BINARY {
        for l in VALUES {
            for r in VALUES {
                script.push_str(&format!("$null = {l} {op} {r}\n"));
                n += 1;
            }
        }
    }
    script.push_str("'END'\n");
    assert_runs(&script, n);
}

#[test]
fn unary_postfix_and_casts_on_every_value() {
    let mut script = String::new();
    let mut n = 0;
    for v in VALUES {
        for op in UNARY {
            script.push_str(&format!("$null = {op}{v}\n"));
            n += 1;
        }
        for p in POSTFIX {
            script.push_str(&format!("$null = ({v}){p}\n"));
            n += 1;
        }
        for c in CASTS {
            script.push_str(&format!("$null = {c}({v})\n"));
            n += 1;
        }
        for t in [
            "[int]",
            "[string]",
            "[array]",
            "[hashtable]",
            "[pscustomobject]",
        ] {
            script.push_str(&format!("$null = {v} -is {t}; $null = {v} -as {t}\n"));
            n += 1;
        }
        script.push_str(&format!("$x = {v}; $x++; $x += {v}; \"$x\" | Out-Null\n"));
        script.push_str(&format!("foreach ($i in {v}) {{ $null = $i }}\n"));
        script.push_str(&format!("{v} | ForEach-Object {{ $null = $_ }}\n"));
        n += 3;
    }
    script.push_str("'END'\n");
    assert_runs(&script, n);
}

#[test]
fn assignment_targets_on_every_value() {
    let mut script = String::new();
    let mut n = 0;
    for v in VALUES {
        script.push_str(&format!("$t = {v}; $t.p = 1\n"));
        script.push_str(&format!("$t = {v}; $t[0] = 1\n"));
        script.push_str(&format!("$t = {v}; $t['k'] = 1\n"));
        script.push_str(&format!("$t = {v}; $t[0] += 1\n"));
        n += 4;
    }
    script.push_str("'END'\n");
    assert_runs(&script, n);
}
