//! The conformance cases of `language.md` (Tiers A and B), with expected output written by
//! hand from PowerShell 5.1's documented behaviour.

mod eval_support;
use eval_support::{check, run};

// ---- Tier A ----

#[test]
fn command_names_and_parameters_are_case_insensitive_and_abbreviable() {
    check("Write-Output 5", "5");
    check("write-output 5", "5");
    check("WRITE-OUTPUT 5", "5");
    check("Write-Output -InputObject 5", "5");
    check("Write-Output -inputobject 5", "5");
    check("Write-Output -Inp 5", "5");
    check("Microsoft.PowerShell.Utility\\Write-Output 5", "5");
    check("echo 5", "5");
}

#[test]
fn expandable_and_verbatim_strings() {
    check("$name = 'World'; \"Hello $name\"", "Hello World");
    check("$name = 'World'; 'Hello $name'", "Hello $name");
    check("\"a`tb\"", "a\tb");
    check("$u = @{ Name = 'ann' }; \"$($u.Name)\"", "ann");
    check("$n = 'x'; \"${n}y\"", "xy");
    check("$a = 1, 2, 3; \"[$a]\"", "[1 2 3]");
    check("\"sum: $(1 + 2)\"", "sum: 3");
}

#[test]
fn numbers_and_barewords() {
    check("1kb", "1024");
    check("0x10", "16");
    check("Write-Output 16p", "16p");
    check("Write-Output pool01.contoso.com", "pool01.contoso.com");
    check(
        "$user = 'ann'; Write-Output sip:$user@contoso.com",
        "sip:ann@contoso.com",
    );
    check("2mb / 1kb", "2048");
}

#[test]
fn pipelines_arrays_and_subexpressions() {
    check("1, 2, 3 | ForEach-Object { $_ * 2 }", "2\n4\n6");
    check("1, 2, 3 | ForEach-Object { $PSItem + 1 }", "2\n3\n4");
    check("@().Count", "0");
    check("@(1).Count", "1");
    check("@(1, 2).Count", "2");
    check("$x = @(); $x.Count", "0");
    check("(1, 2, 3).Count", "3");
    check("@(@(1, 2)).Count", "2");
    check("1, 2, 3 | Where-Object { $_ -gt 1 }", "2\n3");
}

#[test]
fn comparison_operators() {
    check("'abc' -like 'a*'", "True");
    check("'ABC' -eq 'abc'", "True");
    check("'ABC' -ceq 'abc'", "False");
    check("'ABC' -ieq 'abc'", "True");
    check("1, 2, 3 -gt 1", "2\n3");
    check("$null -eq $x", "True");
    check("$x = 1, 2; $null -eq $x", "False");
}

// ---- Tier B ----

#[test]
fn tier_b_cases() {
    check("$a = 1,2,3; $a[-1]", "3");
    check("try { throw 'x' } catch { $_.Exception.Message }", "x");
    check("[int]'5' + 1", "6");
    check("function f { param($n = 2) $n * 3 }; f", "6");
    check(
        ":o foreach ($i in 1..2) { foreach ($j in 1..2) { if ($j -eq 2) { continue o }; \"$i$j\" } }",
        "11\n21",
    );
}

#[test]
fn tier_b_statements() {
    check(
        "if (1 -gt 2) { 'a' } elseif (2 -gt 1) { 'b' } else { 'c' }",
        "b",
    );
    check("if ($false) { 'a' } else { 'c' }", "c");
    check("$i = 0; while ($i -lt 3) { $i; $i++ }", "0\n1\n2");
    check("$i = 0; do { $i++ } while ($i -lt 5); $i", "5");
    check("$i = 0; do { $i++ } until ($i -ge 5); $i", "5");
    check("for ($i = 0; $i -lt 3; $i++) { $i }", "0\n1\n2");
    check(
        "foreach ($x in 1..5) { if ($x % 2) { continue }; $x }",
        "2\n4",
    );
    check(
        "foreach ($x in 1..5) { if ($x -eq 3) { break }; $x }",
        "1\n2",
    );
    check("$x = if ($true) { 'yes' } else { 'no' }; $x", "yes");
}

#[test]
fn tier_b_casts_and_indexing() {
    check("[string]42", "42");
    check("[long]'7' * 2", "14");
    check("[double]'1.5' + 1", "2.5");
    check("[bool]0", "False");
    check("[bool]'x'", "True");
    check("([array]5).Count", "1");
    check("$h = [hashtable]@{ a = 1 }; $h.a", "1");
    check("([string[]](1, 2))[1].Length", "1");
    check("([int[]]('1', '2'))[0] + 1", "2");
    check("$a = 10, 20, 30, 40; $a[1..2]", "20\n30");
    check("$a = 10, 20, 30, 40; $a[0, 2]", "10\n30");
    check("$h = @{ k = 'v' }; $h['k']", "v");
    check("$s = 'hello'; $s[0]", "h");
    check(
        "$o = [pscustomobject]@{ Name = 'ann'; Age = 5 }; $o.Age",
        "5",
    );
}

#[test]
fn tier_b_methods() {
    check("'Hello'.ToLower()", "hello");
    check("'Hello'.ToUpper()", "HELLO");
    check("'Hello'.Contains('ell')", "True");
    check("'Hello'.Length", "5");
    check("(1, 2, 3).Count", "3");
    check("(1, 2, 3).Contains(2)", "True");
    check("$h = @{}; $h.Add('a', 1); $h.ContainsKey('A')", "True");
}

#[test]
fn tier_b_increments_and_compound_assignment() {
    check("$i = 1; $i++; $i", "2");
    check("$i = 1; $i--; $i", "0");
    check("$i = 1; ++$i; $i", "2");
    check("$i = 1; --$i; $i", "0");
    check("$i = 5; $i += 2; $i -= 1; $i *= 3; $i /= 2; $i", "9");
    check("$i = 7; $i %= 4; $i", "3");
    check("$s = 'a'; $s += 'b'; $s", "ab");
    check("$a = @(); $a += 1; $a += 2; $a.Count", "2");
    check("$h = @{}; $h.n = 1; $h.n += 1; $h.n", "2");
    check("$a = 1, 2; $a[0] += 10; $a[0]", "11");
    check("$i = 1; $j = $i++; \"$i $j\"", "2 1");
}

#[test]
fn tier_b_functions() {
    check("function Add-Two($a, $b) { $a + $b }; Add-Two 2 3", "5");
    check("function f([int]$a, [int]$b) { $a + $b }; f '2' '3'", "5");
    check("function f { param($x) $x }; f -x 4", "4");
    check(
        "function f { param($First, $Second) \"$First-$Second\" }; f -Sec b -Fir a",
        "a-b",
    );
    check(
        "function f { param([switch]$Force) if ($Force) { 'yes' } else { 'no' } }; f; f -Force",
        "no\nyes",
    );
    check("function f { 1; 2; 3 }; (f).Count", "3");
    check("function f { [void]'x'; 1 }; @(f).Count", "1");
    check("function f { $null }; @(f).Count", "1");
    check("function f { 1; return 2; 3 }; f", "1\n2");
    check("function f { $args.Count }; f a b c", "3");
    check("function f { return }; $null -eq (f)", "True");
    check(
        "function fact($n) { if ($n -le 1) { 1 } else { $n * (fact ($n - 1)) } }; fact 5",
        "120",
    );
    check("function F-Case { 'hit' }; f-case; F-CASE", "hit\nhit");
}

#[test]
fn tier_b_advanced_functions() {
    check(
        "function f { [CmdletBinding()] param([Parameter(Mandatory = $true, Position = 0)][string]$Name) \"hi $Name\" }; f bob",
        "hi bob",
    );
    check(
        "function f { param([Parameter(ValueFromPipeline = $true)]$x) process { $x + 1 } }; 1, 2 | f",
        "2\n3",
    );
    check(
        "function f { param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { \"n=$Name\" } }; [pscustomobject]@{ Name = 'a' } | f",
        "n=a",
    );
    check(
        "function f { begin { 'b' } process { $_ * 2 } end { 'e' } }; 1, 2 | f",
        "b\n2\n4\ne",
    );
    check(
        "function f { $input | ForEach-Object { $_ + 1 } }; 1, 2 | f",
        "2\n3",
    );
    check(
        "function f { param([ValidateSet('a', 'b')]$v) $v }; f A",
        "a",
    );
    check("function f { param([Alias('n')]$Name) $Name }; f -n x", "x");
    check(
        "function f { [CmdletBinding()] param() 'ok' }; f -ErrorAction Stop",
        "ok",
    );
}

#[test]
fn tier_b_function_binding_errors() {
    let (text, outcome) = run("function f { param([Parameter(Mandatory)]$Name) $Name }; f; 'next'");
    assert!(text.contains("coexist::bind::missing_mandatory"), "{text}");
    assert!(text.trim_end().ends_with("next"), "{text}");
    assert_eq!(outcome.errors, 1);
    let (text, _) = run("function f { param([ValidateSet('a', 'b')]$v) $v }; f c");
    assert!(text.contains("coexist::bind::"), "{text}");
    let (text, _) = run("function f { param([ValidateNotNullOrEmpty()]$v) $v }; f ''");
    assert!(text.contains("coexist::bind::"), "{text}");
}

#[test]
fn tier_b_exit_stops_the_script() {
    let (text, outcome) = run("'a'; exit 3; 'b'");
    assert_eq!(text.trim_end(), "a");
    assert_eq!(outcome.exit_code, Some(3));
    let (_, outcome) = run("'a'");
    assert_eq!(outcome.exit_code, None);
}

#[test]
fn tier_b_backtick_continuation_and_comments() {
    check("Write-Output `\n  5 # trailing\n<# block #> 'x'", "5\nx");
}

#[test]
fn script_param_block_gets_defaults_without_arguments() {
    check(
        "param($Name = 'pool', [int]$Count)\n\"$Name $Count\"",
        "pool 0",
    );
    let (text, outcome) = run("param([Parameter(Mandatory)]$Name)\n'ran'");
    assert!(text.contains("coexist::bind::missing_mandatory"), "{text}");
    assert!(!text.contains("ran"), "{text}");
    assert_eq!(outcome.errors, 1);
}

#[test]
fn functions_take_precedence_over_cmdlets() {
    check("function Write-Output { 'mine' }; Write-Output x", "mine");
    check(
        "function f { param($a, $b) $PSBoundParameters.Count }; f -a 1",
        "1",
    );
}

#[test]
fn simple_functions_take_input_as_dollar_underscore() {
    check(
        "function f { param($x) process { \"[$x][$_]\" } }; 1, 2 | f -x k",
        "[k][1]\n[k][2]",
    );
    let (text, _) = run("function f { [CmdletBinding()] param($x) process { $_ } }; 1 | f -x k");
    assert!(text.contains("coexist::bind::input_not_bound"), "{text}");
}
