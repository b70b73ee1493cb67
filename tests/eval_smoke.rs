//! A first end-to-end check of the interpreter through the real parser.

mod eval_support;
use eval_support::check;

#[test]
fn smoke() {
    check("1 + 2", "3");
    check("$a = 1,2,3; $a[-1]", "3");
    check("1, 2, 3 | ForEach-Object { $_ * 2 }", "2\n4\n6");
}
