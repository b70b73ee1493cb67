//! Conformance cases of `language.md` Tier C (the constructs real admin scripts use), with
//! expected output written by hand from PowerShell 5.1's documented behaviour.

mod eval_support;
use eval_support::{check, run};

// ---- switch ----

#[test]
fn switch_runs_every_matching_clause_and_default_otherwise() {
    check(
        "switch (3) { 1 { 'one' } 3 { 'three' } default { 'other' } }",
        "three",
    );
    check("switch (7) { 1 { 'one' } default { 'other' } }", "other");
    // Several clauses can match one value; all of them run, in order.
    check(
        "switch ('a') { 'a' { 'first' } 'A' { 'second' } }",
        "first\nsecond",
    );
    // A bare word is a string; numbers compare with strings as -eq does.
    check("switch ('5') { 5 { 'five' } }", "five");
    check("switch ('red') { red { 'R' } blue { 'B' } }", "R");
}

#[test]
fn switch_over_an_array_runs_each_element() {
    check(
        "switch (1, 5, 9) { { $_ -gt 4 } { \"big $_\" } 5 { 'five' } default { \"small $PSItem\" } }",
        "small 1\nbig 5\nfive\nbig 9",
    );
    // An empty array runs nothing; $null runs once.
    check("switch (@()) { default { 'never' } }", "");
    check("switch ($null) { $null { 'null' } }", "null");
}

#[test]
fn switch_modes() {
    check(
        "switch -wildcard ('sip:ann@contoso.com') { 'sip:*' { 'sip' } '*@fabrikam.com' { 'f' } '*@contoso.com' { 'c' } }",
        "sip\nc",
    );
    check(
        "switch -regex ('user42') { '^user(\\d+)$' { \"n=$($Matches[1])\" } }",
        "n=42",
    );
    check(
        "switch -regex ('ann') { '^(?<first>a)' { $Matches.first } }",
        "a",
    );
    // Without -wildcard a `*` is a plain character.
    check(
        "switch -exact ('a*') { 'a*' { 'exact' } 'ab' { 'no' } }",
        "exact",
    );
    check(
        "switch ('abc') { 'a*' { 'pattern' } default { 'plain' } }",
        "plain",
    );
    check("switch ('B') { 'b' { 'lower' } }", "lower");
    check(
        "switch -casesensitive ('B') { 'b' { 'lower' } 'B' { 'upper' } }",
        "upper",
    );
    check(
        "switch -regex -casesensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }",
        "upper",
    );
}

#[test]
fn switch_break_and_continue() {
    // break leaves the switch; continue goes on with the next element.
    check(
        "switch (1, 2, 3) { 2 { 'two'; break } default { \"d$_\" } }",
        "d1\ntwo",
    );
    check(
        "switch (1, 2, 3) { 2 { continue } default { \"e$_\" } }",
        "e1\ne3",
    );
    // break inside a switch inside a loop leaves only the switch.
    check(
        "foreach ($i in 1..2) { switch ($i) { 1 { break } }; \"after $i\" }",
        "after 1\nafter 2",
    );
    // A labelled break leaves the loop named.
    check(
        ":outer foreach ($i in 1..3) { switch ($i) { 2 { break outer } }; \"i$i\" }",
        "i1",
    );
    check(
        ":sw switch (1, 2) { 1 { 'one' } default { break sw } }",
        "one",
    );
}

#[test]
fn switch_is_a_value_and_restores_dollar_underscore() {
    check("$x = switch ('b') { 'a' { 1 } 'B' { 2 } }; \"x=$x\"", "x=2");
    check("$r = switch (1, 2) { default { $_ * 10 } }; $r.Count", "2");
    check(
        "1 | ForEach-Object { switch ('x') { 'x' { \"in $_\" } }; \"out $_\" }",
        "in x\nout 1",
    );
}

#[test]
fn switch_on_several_lines_with_a_label_and_options() {
    check(
        "$level = 'Warn'\nswitch -Wildcard ($level)\n{\n    'E*' { 'error' }\n    'W*'\n    {\n        'warning'\n    }\n    Default { 'info' }\n}",
        "warning",
    );
}

// ---- & and . ----

#[test]
fn call_operator_runs_blocks_and_command_names() {
    check("& { 'in block' }", "in block");
    check("$sb = { param($a, $b) $a + $b }; & $sb 1 2", "3");
    check("$cmd = 'Write-Output'; & $cmd hello", "hello");
    check("& 'Write-Output' -InputObject quoted", "quoted");
    check("function Get-Two { 2 }; $name = 'Get-Two'; & $name", "2");
    check(
        "$p = @{ InputObject = 'splat' }; & Write-Output @p",
        "splat",
    );
    check("1, 2 | & { process { $_ * 3 } }", "3\n6");
}

#[test]
fn call_operator_scope_and_dot_sourcing() {
    // `&` runs in a child scope; `.` in the caller's.
    check("$v = 1; & { $v = 2 }; $v", "1");
    check("$v = 1; . { $v = 2 }; $v", "2");
    check(". { function Inner { 'inner' } }; Inner", "inner");
}

// ---- assignment as a value ----

#[test]
fn assignment_used_as_a_value() {
    check("if ($u = 5) { \"u=$u\" }", "u=5");
    check("if ($u = $null) { 'yes' } else { 'no' }", "no");
    check("($a = 5)", "5");
    check("$a = $b = 1; \"$a $b\"", "1 1");
    check(
        "$lines = 'x', 'y'; $i = 0; while (($line = $lines[$i]) -ne $null) { $line; $i++ }",
        "x\ny",
    );
    check("$n = 0; while ($n -lt 2) { $n++ }; ($n += 3)", "5");
}

// ---- calls of script functions ----

#[test]
fn script_functions_called_with_parentheses_and_positional_values() {
    check("function F($x) { \"F:$x\" }; F(3)", "F:3");
    // Parentheses after a name pass one argument: here an array of two.
    check("function F($x) { $x.Count }; F(1, 2)", "2");
    check("function F($x, $y) { \"$x-$y\" }; F 1 2", "1-2");
    check("function F($x, $y) { \"$x-$y\" }; F -y b -x a", "a-b");
    // Values beyond the declared parameters land in $args.
    check("function F($x) { \"$x|$args\" }; F 1 2 3", "1|2 3");
    check("function F { $args.Count }; F a b", "2");
    check("function F() { param() 'empty' }; F", "empty");
}

// ---- numbers followed by members ----

#[test]
fn member_access_after_a_number() {
    // `6.2.9200.0` in expression mode is the number 6.2 and two member lookups: $null.
    check("$null -eq 6.2.9200.0", "True");
    check("(6.2).GetType().Name", "Double");
    // In argument mode it is a string.
    check("Write-Output 6.2.9200.0", "6.2.9200.0");
}

#[test]
fn parse_errors_stay_errors() {
    let (text, _) = run("switch (1) { 1 }");
    assert!(text.contains("syntax"), "{text}");
}

// ---- -split ----

#[test]
fn split_with_a_count_and_options() {
    check("'a,b,c' -split ','", "a\nb\nc");
    check("'a,b,c' -split ',', 2", "a\nb,c");
    check("'a,b,c,d' -split ',', 3", "a\nb\nc,d");
    check("'a.b.c' -split '.', 0, 'SimpleMatch'", "a\nb\nc");
    check("('a.b' -split '.').Count", "4");
    check("'aXbxc' -split 'x'", "a\nb\nc");
    check("'aXbxc' -isplit 'x'", "a\nb\nc");
    check("'aXbxc' -csplit 'x'", "aXb\nc");
    check("'aXbxc' -csplit 'x', 0, 'IgnoreCase'", "a\nb\nc");
    check(
        "'aXbxc' -csplit 'x', 0, 'SimpleMatch, IgnoreCase'",
        "a\nb\nc",
    );
    // Groups in the pattern are kept between the pieces; ExplicitCapture keeps named ones only.
    check("'a1b2c' -split '(\\d)'", "a\n1\nb\n2\nc");
    check("'a1b' -split '(\\d)', 0, 'ExplicitCapture'", "a\nb");
    check("'a1b' -split '(?<n>\\d)', 0, 'ExplicitCapture'", "a\n1\nb");
    check("(\"x1`ny2\" -split '\\d$', 0, 'Multiline').Count", "3");
    check("(\"a`nb\" -split 'a.b', 0, 'Singleline').Count", "2");
    check(
        "'a1b' -split ' \\d  # a digit', 0, 'IgnorePatternWhitespace'",
        "a\nb",
    );
    check(
        "'a,b' -split ',', 0, 'RegexMatch, CultureInvariant'",
        "a\nb",
    );
    let (text, _) = run("'a,b' -split ',', 0, 'Sideways'");
    assert!(text.contains("error: coexist::eval::conversion"), "{text}");
}

#[test]
fn split_with_a_script_block_and_unary_split() {
    check("'a,b;c' -split { $_ -eq ',' -or $_ -eq ';' }", "a\nb\nc");
    check("'a,b;c' -split { $_ -eq ',' -or $_ -eq ';' }, 2", "a\nb;c");
    check("-split '  one two   three '", "one\ntwo\nthree");
    check("(-split 'one two').Count", "2");
}

// ---- typed catch ----

#[test]
fn typed_catch_matches_the_exception_and_its_base_classes() {
    check(
        "try { 1 / 0 } catch [System.ArithmeticException] { $_.Exception.GetType().FullName }",
        "System.DivideByZeroException",
    );
    check(
        "try { throw 'x' } catch { $_.Exception.GetType().FullName }",
        "System.Management.Automation.RuntimeException",
    );
    check(
        "try { throw 'x' } catch { $_.Exception.GetType().Name }",
        "RuntimeException",
    );
    check(
        "try { Get-Nothing } catch [System.Management.Automation.CommandNotFoundException] { 'not found' }",
        "not found",
    );
    check(
        "try { Write-Output -Bogus 1 } catch [System.Management.Automation.ParameterBindingException] { 'binding' }",
        "binding",
    );
    check(
        "try { Get-Content missing-file.txt -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { 'no item' }",
        "no item",
    );
    check(
        "try { Import-Module NoSuchModule -ErrorAction Stop } catch [System.IO.FileNotFoundException] { 'no module' }",
        "no module",
    );
    check(
        "try { Get-Content ../../../outside.txt -ErrorAction Stop } catch [System.UnauthorizedAccessException] { 'refused' }",
        "refused",
    );
    check(
        "try { '{' | ConvertFrom-Json -ErrorAction Stop } catch [System.ArgumentException] { 'bad json' }",
        "bad json",
    );
    check(
        "try { Get-CsUser -Identity nobody -ErrorAction Stop } catch [Microsoft.Rtc.Management.AD.ManagementException] { $_.Exception.GetType().Name }",
        "ManagementException",
    );
}

#[test]
fn catch_clauses_are_tried_in_order_and_may_list_several_types() {
    check(
        "try { throw 'x' } catch [System.IO.IOException], [System.Management.Automation.RuntimeException] { 'two types' }",
        "two types",
    );
    check(
        "try { 1 / 0 } catch [System.IO.IOException] { 'io' } catch [DivideByZeroException] { 'short name' } catch { 'any' }",
        "short name",
    );
    check(
        "try { Get-Nothing } catch [System.ArgumentException] { 'arg' } catch { 'fallback' }",
        "fallback",
    );
    // No clause matches: the error goes on to the outer try.
    check(
        "try { try { 1 / 0 } catch [System.IO.IOException] { 'inner' } } catch [System.Exception] { 'outer' }",
        "outer",
    );
}

// ---- $PSCmdlet, $MyInvocation, $PSBoundParameters ----

#[test]
fn bound_parameters_and_invocation() {
    let f = "function F { [CmdletBinding()] param($A, $B = 2, [switch]$C) ";
    check(&format!("{f} $PSBoundParameters.Count }}; F -A 1"), "1");
    check(&format!("{f} $PSBoundParameters.Count }}; F -A 1 -C"), "2");
    check(
        &format!("{f} $PSBoundParameters.ContainsKey('B') }}; F -A 1"),
        "False",
    );
    check(&format!("{f} $PSBoundParameters['A'] }}; F -A x"), "x");
    check(
        &format!("{f} $PSBoundParameters.Keys -join ',' }}; F -B 1 -A 2 -Verbose"),
        "B,A,Verbose",
    );
    check(
        &format!(
            "{f} $null = $PSBoundParameters.Remove('A'); $PSBoundParameters.Count }}; F -A 1 -B 3"
        ),
        "1",
    );
    check(
        "function G($Name) { \"G:$Name\" }; function F { param($Name) G @PSBoundParameters }; F -Name ann",
        "G:ann",
    );
    check(
        "function Get-Thing { $MyInvocation.MyCommand.Name }; Get-Thing",
        "Get-Thing",
    );
    check(
        "function F { $MyInvocation.Line }\n  F  # the call",
        "  F  # the call",
    );
    check(
        "function F { param($X) $MyInvocation.BoundParameters['X'] }; F -X 7",
        "7",
    );
    check(
        "function F { [CmdletBinding()] param() $PSCmdlet.GetType().FullName }; F",
        "System.Management.Automation.PSScriptCmdlet",
    );
}

#[test]
fn should_process_follows_what_if() {
    let f = "function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param($Name) \
             if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { \"removed $Name\" } }; ";
    check(&format!("{f} Remove-Thing a"), "removed a");
    check(
        &format!("{f} Remove-Thing b -WhatIf"),
        "What if: Performing the operation \"Remove\" on target \"b\".",
    );
    check(&format!("{f} Remove-Thing c -WhatIf:$false"), "removed c");
    check(
        &format!("{f} $WhatIfPreference = $true; Remove-Thing d"),
        "What if: Performing the operation \"Remove\" on target \"d\".",
    );
    // One argument: the action is the function's name.
    check(
        "function Set-Thing { [CmdletBinding(SupportsShouldProcess)] param() $PSCmdlet.ShouldProcess('t') }; Set-Thing -WhatIf",
        "What if: Performing the operation \"Set-Thing\" on target \"t\".\nFalse",
    );
    // -Confirm is accepted (no prompt, as for cmdlets); without SupportsShouldProcess
    // -WhatIf is not a parameter.
    check(&format!("{f} Remove-Thing e -Confirm:$false"), "removed e");
    let (text, _) = run("function F { [CmdletBinding()] param() 1 }; F -WhatIf");
    assert!(text.contains("coexist::bind::unknown_parameter"), "{text}");
}

#[test]
fn pscmdlet_errors_and_messages() {
    let record = "(try { throw 'bad row' } catch { $_ })";
    check(
        &format!(
            "function F {{ [CmdletBinding()] param() $PSCmdlet.WriteError({record}) }}; F; 'next'"
        ),
        "error: coexist::eval::thrown: bad row\nnext",
    );
    // ThrowTerminatingError ends the function call; the script goes on.
    check(
        &format!("function F {{ [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError({record}); 'never' }}; F; 'next'"),
        "error: coexist::eval::thrown: bad row\nnext",
    );
    check(
        &format!("function F {{ [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError({record}) }}; try {{ F }} catch {{ \"caught $_\" }}"),
        "caught bad row",
    );
    check(
        "function F { [CmdletBinding()] param() $PSCmdlet.WriteVerbose('detail'); 'done' }; F -Verbose",
        "VERBOSE: detail\ndone",
    );
    check(
        "function F { [CmdletBinding()] param() $PSCmdlet.WriteVerbose('detail'); 'done' }; F",
        "done",
    );
    // Nobody can answer ShouldContinue in a batch run.
    let (text, _) = run(
        "function F { [CmdletBinding()] param() $PSCmdlet.ShouldContinue('Delete all?', 'Cleanup') }; F",
    );
    assert!(
        text.contains("error: coexist::eval::interactive_only"),
        "{text}"
    );
}

// ---- parse gaps from public scripts ----

#[test]
fn constructs_found_in_public_admin_scripts() {
    // `$Using:` in a script block reads the caller's variable.
    check(
        "$account = 'ann'; & { \"user $Using:account\" }",
        "user ann",
    );
    // A generic type's arity written with a backtick.
    check(
        "function F { param([System.Collections.ObjectModel.ReadOnlyCollection`1[string]]$Rooms) 'parsed' }; F",
        "parsed",
    );
    // A script function's value used in an assignment.
    check(
        "function Clean($s) { $s.Trim() }; $site = @{ Name = ' x ' }; $site.Name = Clean($site.Name); \"[$($site.Name)]\"",
        "[x]",
    );
}

#[test]
fn several_targets_share_a_collection() {
    check("$first, $rest = 1, 2, 3; \"$first|$rest\"", "1|2 3");
    check("$a, $b = 'x'; \"[$a][$b]\"", "[x][]");
    check(
        "function Test-Csv { 'rows', 'columns' }; if ($rows, $cols = Test-Csv) { \"$rows/$cols\" }",
        "rows/columns",
    );
}
