//! The error matrix: non-terminating and terminating errors, `-ErrorAction`
//! (Continue / Stop / SilentlyContinue / Ignore) inside and outside `try`, `$Error`, `$?`,
//! `throw`, and the interpreter's own error codes.

mod eval_support;
use coexist::eval::RunOptions;
use eval_support::{check, check_error, errors_of, run, run_with};

const WRITE_ERROR: &str = "coexist::eval::write_error";

#[test]
fn continue_outside_try_reports_and_goes_on() {
    let (text, outcome) = run("Write-Error 'bad'; 'next'");
    assert_eq!(text, format!("error: {WRITE_ERROR}: bad\nnext\n"));
    assert_eq!(outcome.errors, 1);
}

#[test]
fn continue_inside_try_is_not_caught() {
    let (text, outcome) = run("try { Write-Error 'bad'; 'next' } catch { 'caught' }");
    assert_eq!(text, format!("error: {WRITE_ERROR}: bad\nnext\n"));
    assert_eq!(outcome.errors, 1);
}

#[test]
fn stop_outside_try_ends_the_script() {
    let (text, outcome) = run("Write-Error 'bad' -ErrorAction Stop; 'next'");
    assert_eq!(text, format!("error: {WRITE_ERROR}: bad\n"));
    assert_eq!(outcome.errors, 1);
}

#[test]
fn stop_inside_try_is_caught() {
    let (text, outcome) = run(
        "try { Write-Error 'bad' -ErrorAction Stop; 'next' } catch { \"caught: $($_.Exception.Message)\" }; 'after'",
    );
    assert_eq!(text, "caught: bad\nafter\n");
    assert_eq!(outcome.errors, 0);
}

#[test]
fn silently_continue_records_without_reporting() {
    let (text, outcome) = run("Write-Error 'bad' -ErrorAction SilentlyContinue; $?; $Error.Count");
    assert_eq!(text, "False\n1\n");
    assert_eq!(outcome.errors, 0);
    let (text, outcome) =
        run("try { Write-Error 'bad' -ErrorAction SilentlyContinue; 'next' } catch { 'caught' }");
    assert_eq!(text, "next\n");
    assert_eq!(outcome.errors, 0);
}

#[test]
fn ignore_drops_the_error() {
    let (text, outcome) = run("Write-Error 'bad' -ErrorAction Ignore; $Error.Count");
    assert_eq!(text, "0\n");
    assert_eq!(outcome.errors, 0);
    let (text, _) = run("try { Write-Error 'bad' -ErrorAction Ignore; 'next' } catch { 'caught' }");
    assert_eq!(text, "next\n");
}

#[test]
fn preference_variable_applies_to_every_command() {
    check(
        "$ErrorActionPreference = 'Stop'; try { Write-Error 'bad'; 'next' } catch { 'caught' }",
        "caught",
    );
    let (text, outcome) =
        run("$ErrorActionPreference = 'SilentlyContinue'; Write-Error 'bad'; 'next'");
    assert_eq!(text, "next\n");
    assert_eq!(outcome.errors, 0);
    // A command's own -ErrorAction wins over the preference.
    check(
        "$ErrorActionPreference = 'Stop'; Write-Error 'bad' -ErrorAction SilentlyContinue; 'next'",
        "next",
    );
}

#[test]
fn error_variable_collects() {
    check(
        "Write-Error 'bad' -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.Count; $ev[0].Exception.Message",
        "1\nbad",
    );
    check(
        "Write-Error 'a' -EA SilentlyContinue -ErrorVariable ev; Write-Error 'b' -EA SilentlyContinue -ErrorVariable +ev; $ev.Count",
        "2",
    );
}

#[test]
fn throwing_function_in_the_matrix() {
    let (text, outcome) = run("function fail { throw 'f' }; fail; 'next'");
    assert_eq!(text, "error: coexist::eval::thrown: f\n");
    assert_eq!(outcome.errors, 1);
    check(
        "function fail { throw 'f' }; try { fail; 'no' } catch { \"caught $_\" }",
        "caught f",
    );
}

#[test]
fn pipeline_errors_are_per_object() {
    let (text, outcome) =
        run("1, 2, 3 | ForEach-Object { if ($_ -eq 2) { Write-Error \"bad $_\" } else { $_ } }");
    assert_eq!(text, format!("error: {WRITE_ERROR}: bad 2\n1\n3\n"));
    assert_eq!(outcome.errors, 1);
}

#[test]
fn runtime_errors_end_the_statement_only() {
    let (text, outcome) = run("1 / 0; 'after'");
    assert_eq!(
        text,
        "error: coexist::eval::divide_by_zero: Attempted to divide by zero.\nafter\n"
    );
    assert_eq!(outcome.errors, 1);
    let (text, _) = run("function f { 1 / 0; 'inside' }; f; 'after'");
    assert!(text.ends_with("inside\nafter\n"), "{text}");
    let (text, _) = run("$x = 1; $x = 1 / 0; $x");
    assert!(text.ends_with("1\n"), "{text}");
}

#[test]
fn try_catches_runtime_errors_by_type() {
    check(
        "try { 1 / 0 } catch { $_.Exception.Message }",
        "Attempted to divide by zero.",
    );
    check(
        "try { 1 / 0 } catch [System.DivideByZeroException] { 'dz' } catch { 'other' }",
        "dz",
    );
    check(
        "try { throw 'x' } catch [DivideByZeroException] { 'dz' } catch { 'other' }",
        "other",
    );
    check(
        "try { [int]'x' } catch [System.Management.Automation.RuntimeException] { 'rt' }",
        "rt",
    );
    check(
        "try { throw 'x' } catch { $_.FullyQualifiedErrorId }",
        "coexist::eval::thrown",
    );
    check(
        "try { Get-Nothing } catch { $_.FullyQualifiedErrorId }",
        "coexist::eval::unknown_command",
    );
}

#[test]
fn uncaught_typed_catch_propagates() {
    let (text, outcome) = run("try { throw 'x' } catch [DivideByZeroException] { 'dz' }; 'after'");
    assert_eq!(text, "error: coexist::eval::thrown: x\n");
    assert_eq!(outcome.errors, 1);
}

#[test]
fn finally_always_runs() {
    check("try { 'a' } finally { 'f' }", "a\nf");
    check("try { throw 'x' } catch { 'c' } finally { 'f' }", "c\nf");
    // The finally block runs while the error unwinds, before it reaches the top and is reported.
    let (text, _) = run("try { throw 'x' } finally { 'f' }");
    assert_eq!(text, "f\nerror: coexist::eval::thrown: x\n");
    check(
        "foreach ($i in 1..3) { try { if ($i -eq 2) { break } ; $i } finally { \"f$i\" } }",
        "1\nf1\nf2",
    );
}

#[test]
fn rethrow_and_nested_try() {
    check(
        "try { try { throw 'in' } catch { throw } } catch { \"outer $_\" }",
        "outer in",
    );
    check(
        "try { try { throw 'in' } catch { throw $_ } } catch { $_.Exception.Message }",
        "in",
    );
    check(
        "try { try { 1 / 0 } finally { 'f' } } catch { 'c' }",
        "f\nc",
    );
}

#[test]
fn throw_objects() {
    check("try { throw 42 } catch { $_.Exception.Message }", "42");
    check(
        "try { throw @{ code = 7 } } catch { $_.TargetObject.code }",
        "7",
    );
    let (text, _) = run("throw");
    assert_eq!(text, "error: coexist::eval::thrown: ScriptHalted\n");
}

#[test]
fn error_list_is_newest_first_and_status_variable() {
    check(
        "1 / 0; try { throw 'x' } catch { }; $Error.Count; $Error[0].Exception.Message",
        "error: coexist::eval::divide_by_zero: Attempted to divide by zero.\n2\nx",
    );
    check("'a'; $?", "a\nTrue");
    check(
        "1 / 0; $?",
        "error: coexist::eval::divide_by_zero: Attempted to divide by zero.\nFalse",
    );
}

#[test]
fn unknown_command_suggests() {
    let text = check_error("Write-Outpt 1", "coexist::eval::unknown_command");
    assert!(text.contains("Write-Outpt"), "{text}");
    let errors = errors_of("function Get-Thing { }; Get-Thng");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "coexist::eval::unknown_command");
    assert_eq!(errors[0].2.as_deref(), Some("Did you mean 'Get-Thing'?"));
    let errors = errors_of("Write-Outpt 1");
    assert_eq!(errors[0].2.as_deref(), Some("Did you mean 'Write-Output'?"));
}

#[test]
fn recursion_ends_in_an_error_not_a_crash() {
    let (text, outcome) = run("function r($n) { r ($n + 1) }; r 0; 'not reached'");
    assert!(
        text.starts_with("error: coexist::eval::recursion_limit:"),
        "{text}"
    );
    assert!(!text.contains("not reached"), "{text}");
    assert_eq!(outcome.errors, 1);
    check("function r { r }; try { r } catch { 'caught' }", "caught");
}

#[test]
fn deadline_stops_the_run() {
    let options = RunOptions {
        deadline: Some(std::time::Instant::now()),
        ..RunOptions::default()
    };
    let (text, outcome) = run_with("while ($true) { }", options.clone());
    assert!(text.starts_with("error: coexist::eval::timeout:"), "{text}");
    assert_eq!(outcome.errors, 1);
    let (text, _) = run_with("try { while ($true) { } } catch { 'caught' }", options);
    assert!(
        !text.contains("caught"),
        "a timeout cannot be caught: {text}"
    );
}

#[test]
fn invoke_expression_runs_what_parses_and_refuses_what_does_not() {
    check("Invoke-Expression '$x = 20'; $x + 1", "21");
    check_error("Invoke-Expression 'if ('", "coexist::eval::unsupported");
    check_error("$s = 'iex $s'; iex $s", "coexist::eval::recursion_limit");
}

#[test]
fn error_records_know_their_line() {
    check(
        "'a'\ntry {\n    1 / 0\n} catch { \"line $($_.InvocationInfo.ScriptLineNumber) col $($_.InvocationInfo.OffsetInLine): $($_.InvocationInfo.Line.Trim())\" }",
        "a\nline 3 col 5: 1 / 0",
    );
}

#[test]
fn error_list_is_capped() {
    check(
        "for ($i = 0; $i -lt 300; $i++) { try { throw 'x' } catch { } }; $Error.Count",
        "256",
    );
}

#[test]
fn rethrown_records_keep_their_code() {
    check(
        "try { try { Write-Error 'w' -ErrorAction Stop } catch { throw $_ } } catch { $_.FullyQualifiedErrorId }",
        "coexist::eval::write_error",
    );
}

#[test]
fn stop_preference_makes_statement_errors_end_the_script() {
    let (text, outcome) = run("$ErrorActionPreference = 'Stop'; 1 / 0; 'after'");
    assert_eq!(
        text,
        "error: coexist::eval::divide_by_zero: Attempted to divide by zero.\n"
    );
    assert_eq!(outcome.errors, 1);
    let (text, _) =
        run("$ErrorActionPreference = 'Stop'; function f { 1 / 0; 'inside' }; f; 'after'");
    assert_eq!(
        text,
        "error: coexist::eval::divide_by_zero: Attempted to divide by zero.\n"
    );
    check(
        "$ErrorActionPreference = 'Stop'; try { 1 / 0; 'no' } catch { 'caught' }; 'after'",
        "caught\nafter",
    );
}

#[test]
fn throw_dollar_underscore_rethrows_the_original_error() {
    check(
        "try { try { Write-Output -Bogus 1 } catch { throw $_ } } catch { $_.FullyQualifiedErrorId }",
        "coexist::bind::unknown_parameter",
    );
    let (text, outcome) = run("try { Write-Output -Bogus 1 } catch { throw $_ }");
    assert!(
        text.starts_with("error: coexist::bind::unknown_parameter:"),
        "{text}"
    );
    assert_eq!(outcome.errors, 1);
}

#[test]
fn deep_recursion_on_a_small_stack_is_still_an_error() {
    // Not inside `with_large_stack`: the test thread's 2 MiB stack. The interpreter's stack
    // budget stops the recursion before the stack overflows.
    let script = "function r($n) { $a = @(r ($n + 1)); $a }; r 0; 'not reached'";
    let parsed = coexist::syntax::parse(script, coexist::span::SourceId(0)).expect("parses");
    let mut interp = coexist::eval::Interpreter::new(coexist::model::Model::default());
    let mut out = coexist::eval::CollectOutput::default();
    let outcome = interp.run(&parsed, &mut out);
    assert_eq!(outcome.errors, 1);
    let (code, _) = coexist::eval::unwind::error_parts(&out.errors[0]);
    assert_eq!(code, "coexist::eval::recursion_limit");
    assert!(out.values.is_empty());
}

#[test]
fn silently_continue_preference_hides_statement_errors() {
    let (text, outcome) = run(
        "$ErrorActionPreference = 'SilentlyContinue'; Get-Nothing; 1 / 0; 'next'; $Error.Count",
    );
    assert_eq!(text, "next\n2\n");
    assert_eq!(outcome.errors, 0);
    // A throw still ends the script and is reported.
    let (text, outcome) = run("$ErrorActionPreference = 'SilentlyContinue'; throw 'x'; 'next'");
    assert_eq!(text, "error: coexist::eval::thrown: x\n");
    assert_eq!(outcome.errors, 1);
}
