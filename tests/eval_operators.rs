//! Operator table: PowerShell 5.1 semantics, expected values written by hand.

mod eval_support;
use eval_support::{check, check_error};

#[test]
fn arithmetic_left_operand_decides() {
    check("'1' + 1", "11");
    check("1 + '1'", "2");
    check("'ab' * 2", "abab");
    check("(1, 2) + (3, 4)", "1\n2\n3\n4");
    check("(1, 2) * 2", "1\n2\n1\n2");
    check("$h = @{ a = 1 } + @{ b = 2 }; $h.Count", "2");
    check("$null + 5", "5");
    check("$true + 1", "2");
    check("10 - 3 * 2", "4");
    check("(10 - 3) * 2", "14");
    check("-5 + 2", "-3");
    check("- '3'", "-3");
}

#[test]
fn division_and_overflow() {
    check("6 / 3", "2");
    check("7 / 2", "3.5");
    check("1 / 3", "0.333333333333333");
    check("7 % 3", "1");
    check("-7 % 3", "-1");
    check("0.1 + 0.2", "0.3");
    check("9223372036854775807 + 1", "9.22337203685478E+18");
    check("[long]::MaxValue * 2", "1.84467440737096E+19");
    check("1e20", "1E+20");
}

#[test]
fn arithmetic_errors() {
    check_error("1 / 0", "coexist::eval::divide_by_zero");
    check_error("5 % 0", "coexist::eval::divide_by_zero");
    check_error("1 + 'abc'", "coexist::eval::conversion");
    check_error(
        "@{ a = 1 } + @{ A = 2 }",
        "coexist::eval::invalid_operation",
    );
}

#[test]
fn equality_and_ordering() {
    check("1 -eq '1.0'", "True");
    check("'1.0' -eq 1", "False");
    check("'abc' -ne 'ABC'", "False");
    check("'abc' -cne 'ABC'", "True");
    check("10 -gt 9", "True");
    check("'10' -gt 9", "False");
    check("'b' -gt 'A'", "True");
    check("5 -ge 5", "True");
    check("4 -lt 5", "True");
    check("5 -le 4", "False");
    check("$null -eq $null", "True");
    check("0 -eq $null", "False");
    check("$true -eq 'yes'", "True");
}

#[test]
fn collections_on_the_left_filter() {
    check("1, 2, 3 -gt 1", "2\n3");
    check("'a', 'b', 'c' -eq 'B'", "b");
    check("'a', 'b', 'c' -ne 'b'", "a\nc");
    check("(1, 2, 3 -eq 5).Count", "0");
    check("'ann', 'bob', 'al' -like 'a*'", "ann\nal");
    check("'x1', 'y2' -match '\\d'", "x1\ny2");
    check("'a-b', 'c-d' -replace '-', '+'", "a+b\nc+d");
}

#[test]
fn containment() {
    check("1, 2, 3 -contains 2", "True");
    check("1, 2, 3 -contains '2'", "True");
    check("'a', 'b' -contains 'A'", "True");
    check("'a', 'b' -ccontains 'A'", "False");
    check("1, 2, 3 -notcontains 4", "True");
    check("2 -in 1, 2, 3", "True");
    check("4 -notin 1, 2, 3", "True");
}

#[test]
fn wildcards() {
    check("'abc' -like 'a*'", "True");
    check("'abc' -like 'A?C'", "True");
    check("'abc' -clike 'A*'", "False");
    check("'abc' -notlike '*d'", "True");
    check("'b7' -like '[a-c][0-9]'", "True");
    check("'sip:ann@contoso.com' -like 'sip:*@contoso.com'", "True");
}

#[test]
fn regex_match_sets_matches() {
    check("'Hello' -match 'l+'", "True");
    check("'Hello' -match 'l+'; $Matches[0]", "True\nll");
    check("'user42' -match '(?<n>\\d+)' | Out-Null; $Matches.n", "42");
    check("'ABC' -cmatch 'abc'", "False");
    check("'ABC' -notmatch 'x'", "True");
    check_error("'a' -match '('", "coexist::eval::invalid_operation");
}

#[test]
fn replace_split_join() {
    check(
        "'john smith' -replace '(\\w+) (\\w+)', '$2 $1'",
        "smith john",
    );
    check("'aaa' -replace 'A', 'b'", "bbb");
    check("'aaa' -creplace 'A', 'b'", "aaa");
    check("'abc' -replace 'b'", "ac");
    check("'a,b,c' -split ','", "a\nb\nc");
    check("'a1b2c' -split '\\d'", "a\nb\nc");
    check("'a,b,c' -split ',', 2", "a\nb,c");
    check("-split ' a  b '", "a\nb");
    check("'a', 'b' -join '-'", "a-b");
    check("-join ('a', 'b')", "ab");
    check("(1..3) -join ','", "1,2,3");
}

#[test]
fn ranges() {
    check("1..3", "1\n2\n3");
    check("3..1", "3\n2\n1");
    check("(1..10).Count", "10");
    check("-1..1", "-1\n0\n1");
}

#[test]
fn format_operator() {
    check("'{0}-{1}' -f 'a', 'b'", "a-b");
    check("'[{0,5}]' -f 'ab'", "[   ab]");
    check("'[{0,-5}]' -f 'ab'", "[ab   ]");
    check("'{0:N2}' -f 1234.567", "1,234.57");
    check("'{0:D3}' -f 7", "007");
    check("'{0:F1}' -f 2.25", "2.3");
    check("'{0:P0}' -f 0.5", "50 %");
    check("'{{{0}}}' -f 1", "{1}");
    check("'[{0}]' -f $null", "[]");
    check("'{0}-{1}' -f @(1, 2)", "1-2");
    check_error("'{1}' -f 'a'", "coexist::eval::invalid_operation");
}

#[test]
fn logical_operators() {
    check("$true -and $false", "False");
    check("$true -or $false", "True");
    check("$true -xor $true", "False");
    check("-not $true", "False");
    check("!0", "True");
    check("!''", "True");
    check("!@()", "True");
    check("$false -and (1 / 0)", "False");
    check("$true -or (1 / 0)", "True");
}

#[test]
fn type_operators() {
    check("5 -is [int]", "True");
    check("'5' -is [int]", "False");
    check("'5' -isnot [int]", "True");
    check("@(1) -is [array]", "True");
    check("@{} -is [hashtable]", "True");
    check("'5' -as [int]", "5");
    check("$null -eq ('x' -as [int])", "True");
    check("[pscustomobject]@{ a = 1 } -is [pscustomobject]", "True");
}

#[test]
fn casts() {
    check("[int]'  42 '", "42");
    check("[int]2.5", "2");
    check("[int]3.5", "4");
    check("[string]$null", "");
    check("([string]$null).Length", "0");
    check("[bool]'False'", "True");
    check("[int]$true", "1");
    check_error("[int]'abc'", "coexist::eval::conversion");
    check_error("[xml]'<a/>'", "coexist::eval::unsupported");
}

#[test]
fn huge_results_are_errors_not_crashes() {
    check_error("1..100000000", "coexist::eval::invalid_operation");
    check_error("'ab' * 100000000", "coexist::eval::invalid_operation");
    check_error("@(1, 2) * 100000000", "coexist::eval::invalid_operation");
    check_error("'{0,2000000}' -f 1", "coexist::eval::invalid_operation");
    check_error("'{0:N500}' -f 1", "coexist::eval::invalid_operation");
    check_error(
        "'x'.PadLeft(2000000000)",
        "coexist::eval::invalid_operation",
    );
    check_error("'ab' * -1", "coexist::eval::invalid_operation");
}
