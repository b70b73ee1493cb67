//! Pipelines: one object at a time through every stage, `begin`/`end`, warnings and verbose
//! text, and state kept across runs of one interpreter (the REPL).

mod eval_support;
use coexist::eval::{with_large_stack, CollectOutput, Interpreter};
use coexist::model::Model;
use coexist::span::SourceId;
use eval_support::{check, run};

#[test]
fn objects_stream_one_at_a_time() {
    check(
        "1..3 | ForEach-Object { Write-Host \"a$_\"; $_ } | ForEach-Object { Write-Host \"b$_\" }",
        "a1\nb1\na2\nb2\na3\nb3",
    );
}

#[test]
fn begin_process_end_of_cmdlets() {
    check(
        "1, 2 | ForEach-Object -Begin { 'start' } -Process { $_ * 10 } -End { 'end' }",
        "start\n10\n20\nend",
    );
    check(
        "1..5 | Sort-Object -Descending | Select-Object -First 2",
        "5\n4",
    );
    check("@() | ForEach-Object { 'never' }", "");
    check("$null | ForEach-Object { 'once' }", "once");
}

#[test]
fn expressions_enumerate_into_the_pipeline() {
    check("$a = 1, 2, 3; $a | ForEach-Object { $_ + 1 }", "2\n3\n4");
    check("@{ a = 1 } | ForEach-Object { $_.a }", "1");
    check("$r = 1, 2 | ForEach-Object { $_ }; $r.Count", "2");
    check("$r = 1 | ForEach-Object { $_ }; $r -is [int]", "True");
    check("$r = @() | ForEach-Object { $_ }; $null -eq $r", "True");
}

#[test]
fn break_and_continue_leave_foreach_object_blocks() {
    check(
        "foreach ($i in 1..3) { 1..3 | ForEach-Object { if ($_ -eq 2) { break }; \"$i$_\" } }; 'after'",
        "11\nafter",
    );
    check(
        ":outer foreach ($i in 1..2) { 1..3 | ForEach-Object { if ($_ -eq 2) { continue outer }; \"$i$_\" } }",
        "11\n21",
    );
    check(
        "1..3 | ForEach-Object { if ($_ -eq 2) { return }; $_ }",
        "1\n3",
    );
}

#[test]
fn warnings_follow_warning_action() {
    let (text, outcome) = run("Write-Warning 'careful'; 'next'");
    assert_eq!(text, "warning: careful\nnext\n");
    assert_eq!(outcome.warnings, 1);
    let (text, outcome) = run("Write-Warning 'careful' -WarningAction SilentlyContinue");
    assert_eq!(text, "");
    assert_eq!(outcome.warnings, 0);
    let (text, outcome) = run("$WarningPreference = 'SilentlyContinue'; Write-Warning 'careful'");
    assert_eq!(text, "");
    assert_eq!(outcome.warnings, 0);
}

#[test]
fn verbose_text_follows_preference() {
    check("Write-Verbose 'quiet'", "");
    check("Write-Verbose 'loud' -Verbose", "VERBOSE: loud");
    check(
        "$VerbosePreference = 'Continue'; Write-Verbose 'pref'",
        "VERBOSE: pref",
    );
    check(
        "$VerbosePreference = 'Continue'; Write-Verbose 'off' -Verbose:$false",
        "",
    );
}

#[test]
fn state_persists_across_runs() {
    let texts = with_large_stack(|| {
        let mut interp = Interpreter::new(Model::default());
        let mut texts = Vec::new();
        for (i, line) in ["$x = 40", "function add2($n) { $n + 2 }", "add2 $x"]
            .iter()
            .enumerate()
        {
            let script = coexist::syntax::parse(line, SourceId(i as u32)).expect("parses");
            let mut out = CollectOutput::default();
            interp.run(&script, &mut out);
            texts.extend(out.values.iter().map(|v| v.to_display_string()));
        }
        let has_fn = interp.function_names().iter().any(|f| f == "add2");
        let has_var = interp.variable_names().iter().any(|v| v == "x");
        (texts, has_fn, has_var)
    });
    assert_eq!(texts.0, vec!["42".to_string()]);
    assert!(texts.1 && texts.2);
}

#[test]
fn nested_parentheses_around_commands() {
    check("function r($n) { $n }; ((r 1))", "1");
}

#[test]
fn nested_parentheses_around_commands_with_paren_args() {
    check("function r($n) { $n }; ((r (1)))", "1");
}
