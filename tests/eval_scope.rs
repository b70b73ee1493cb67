//! Scopes: dynamic scoping, `$script:`/`$global:`, read-only variables, strict mode.

mod eval_support;
use eval_support::{check, check_error, run};

#[test]
fn functions_see_callers_variables() {
    check("$x = 1; function f { $x }; f", "1");
    check("function a { $y = 5; b }; function b { $y }; a", "5");
}

#[test]
fn assignments_in_functions_are_local() {
    check("$x = 1; function f { $x = 2; $x }; f; $x", "2\n1");
    check("$x = 1; function f { $x += 1; $x }; f; $x", "2\n1");
}

#[test]
fn script_and_global_qualifiers() {
    check("$x = 1; function f { $script:x = 2 }; f; $x", "2");
    check("$x = 1; function f { $global:x = 3 }; f; $x", "3");
    check("function f { $script:counter++ }; f; f; $counter", "2");
    check("$x = 1; function f { $x = 5; $script:x }; f", "1");
}

#[test]
fn foreach_object_blocks_run_in_the_current_scope() {
    check("$sum = 0; 1..4 | ForEach-Object { $sum += $_ }; $sum", "10");
    check("$_ = 'outer'; 1 | ForEach-Object { $_ }; $_", "1\nouter");
}

#[test]
fn functions_are_case_insensitive_and_scoped() {
    check(
        "function Outer { function Inner { 'in' }; Inner }; Outer",
        "in",
    );
    let (text, _) = run("function Outer { function Inner { 'in' } }; Outer; Inner");
    assert!(text.contains("coexist::eval::unknown_command"), "{text}");
}

#[test]
fn variable_names_are_case_insensitive() {
    check("$Name = 'a'; $NAME", "a");
    check("$PSItem = 1; $_", "1");
}

#[test]
fn constants_and_env_are_read_only() {
    check_error("$env:COEXIST_TEST_VAR = 'x'", "coexist::eval::read_only");
    check_error("$true = 5", "coexist::eval::read_only");
    check("$null = 5; 'discarded'", "discarded");
    check("$env:COEXIST_SURELY_UNSET_VAR -eq $null", "True");
}

#[test]
fn undefined_variables_are_null_unless_strict() {
    check("$nope -eq $null", "True");
    check("\"[$nope]\"", "[]");
    check_error(
        "Set-StrictMode -Version Latest; $nope",
        "coexist::eval::unknown_variable",
    );
    check(
        "Set-StrictMode -Version Latest; Set-StrictMode -Off; $nope -eq $null",
        "True",
    );
}

#[test]
fn automatic_variables() {
    check("function f { $args[1] }; f a b", "b");
    check("$true; $false; $null", "True\nFalse");
    check("'x' -match 'x' | Out-Null; $Matches[0]", "x");
}

#[test]
fn reference_semantics_of_arrays_and_hashtables() {
    check("$h = @{}; $g = $h; $g.a = 1; $h.a", "1");
    check("$a = 1, 2; $b = $a; $b += 3; $a.Count", "2");
}
