//! Members, methods, statics and indexing.

mod eval_support;
use eval_support::{check, check_error};

#[test]
fn count_and_length_on_any_value() {
    check("$null.Count", "0");
    check("(5).Count", "1");
    check("'abc'.Count", "1");
    check("'abc'.Length", "3");
    check("(1, 2).Length", "2");
    check("@{ a = 1; b = 2 }.Count", "2");
    check("$x = [pscustomobject]@{ Name = 'n' }; $x.Count", "1");
}

#[test]
fn member_enumeration() {
    check(
        "$u = [pscustomobject]@{ Name = 'ann' }, [pscustomobject]@{ Name = 'bob' }; $u.Name",
        "ann\nbob",
    );
    check("$u = @([pscustomobject]@{ Name = 'ann' }); $u.Name", "ann");
    check("(1, 2, 3).Missing", "");
}

#[test]
fn string_methods() {
    check("'  x  '.Trim()", "x");
    check("'xxaxx'.Trim('x')", "a");
    check("'  x'.TrimStart()", "x");
    check("'x  '.TrimEnd() + '|'", "x|");
    check("'a,b;c'.Split(',;')", "a\nb\nc");
    check("'Hello'.Replace('l', 'L')", "HeLLo");
    check("'Hello'.Substring(1)", "ello");
    check("'Hello'.Substring(1, 2)", "el");
    check("'Hello'.IndexOf('l')", "2");
    check("'Hello'.StartsWith('He')", "True");
    check("'Hello'.EndsWith('lo')", "True");
    check("'7'.PadLeft(3, '0')", "007");
    check("'7'.PadRight(3) + '|'", "7  |");
    check("'abc'.ToUpper().ToLower()", "abc");
    check_error("'abc'.Substring(5)", "coexist::eval::not_indexable");
    check_error("'abc'.Frobnicate()", "coexist::eval::method_not_found");
    check_error("$null.ToUpper()", "coexist::eval::method_not_found");
}

#[test]
fn hashtable_members() {
    check("$h = @{ a = 1 }; $h.a", "1");
    check("$h = @{ a = 1 }; $h['A']", "1");
    check("$h = @{ a = 1; b = 2 }; $h.Keys", "a\nb");
    check("$h = @{ a = 1; b = 2 }; $h.Values", "1\n2");
    check("$h = @{ a = 1 }; $h.Remove('a'); $h.Count", "0");
    check("$h = @{}; $h['x'] = 5; $h.x", "5");
    check("$h = @{}; $h.x = 5; $h.ContainsKey('x')", "True");
    check_error(
        "$h = @{ a = 1 }; $h.Add('a', 2)",
        "coexist::eval::invalid_operation",
    );
}

#[test]
fn object_properties() {
    check("$o = [pscustomobject]@{ a = 1 }; $o.a = 2; $o.a", "2");
    check("$o = [pscustomobject]@{ a = 1 }; $o.A", "1");
    check("$o = [pscustomobject]@{ a = 1 }; $p = 'a'; $o.$p", "1");
}

#[test]
fn statics() {
    check("[math]::Round(2.5)", "2");
    check("[math]::Round(3.14159, 2)", "3.14");
    check("[math]::Max(3, 9)", "9");
    check("[math]::Min(3, 9)", "3");
    check("[math]::Floor(2.7)", "2");
    check("[math]::Ceiling(2.1)", "3");
    check("[math]::Abs(-4)", "4");
    check("[string]::IsNullOrEmpty('')", "True");
    check("[string]::IsNullOrEmpty('x')", "False");
    check("[string]::Join(',', @('a', 'b'))", "a,b");
    check("[int]::MaxValue", "2147483647");
    check("[int]::Parse('5') + 1", "6");
    check_error("[int]::Parse('x')", "coexist::eval::conversion");
    check_error("[math]::Frob(1)", "coexist::eval::method_not_found");
}

#[test]
fn indexing() {
    check("$a = 1, 2, 3; $a[0]", "1");
    check("$a = 1, 2, 3; $a[-1]", "3");
    check("$a = 1, 2, 3; $a[5]", "");
    check("$a = 1, 2, 3; $a[0] = 9; $a", "9\n2\n3");
    check("$a = 1, 2, 3; $b = $a; $b[0] = 9; $a[0]", "9");
    check("'abc'[-1]", "c");
    check_error("$null[0]", "coexist::eval::not_indexable");
    check_error("$a = 1, 2; $a[5] = 1", "coexist::eval::not_indexable");
}

#[test]
fn array_methods_and_script_block_methods() {
    check("(1, 2, 3).ForEach({ $_ * 10 })", "10\n20\n30");
    check("(1, 2, 3).Where({ $_ -ne 2 })", "1\n3");
    check("$b = { 'ran' }; $b.Invoke()", "ran");
    check("$f = { param($a, $b) $a + $b }; $f.Invoke(2, 3)", "5");
    check("$g = { $args[0] * 2 }; $g.Invoke(4)", "8");
    check("$x = 1; $h = { $x = 5; $x }; $h.Invoke(); $x", "5\n1");
}

#[test]
fn self_containing_values_do_not_recurse_forever() {
    check("$a = @(1, 2); $a[0] = $a; \"$a\"", "System.Object[] 2");
    check("$a = @(1, 2); $a[0] = $a; $a.Missing", "");
    check(
        "$o = [pscustomobject]@{ a = 1 }; $o.a = $o; \"$o\".Length -gt 0",
        "True",
    );
    check("\"$(1, (2, 3))\"", "1 System.Object[]");
}
