//! A migration-style script end to end: script parameters, an advanced pipeline function
//! with begin/process/end, warnings, non-terminating errors, `$Error`, hashtables, `-f`,
//! try/catch/finally and `exit`.

mod eval_support;
use eval_support::run;

const SCRIPT: &str = include_str!("eval_script.ps1");

#[test]
fn migration_style_script() {
    let (text, outcome) = run(SCRIPT);
    let expected = "\
error: coexist::eval::write_error: sip:bob@contoso.com is disabled
warning: sip:cy@contoso.com already on lync2013.contoso.com
Moved 1 user(s)
Result: 1 -> sip:ann@contoso.com
Failed: sip:bob@contoso.com is disabled
lync2010.contoso.com        1
lync2013.contoso.com        2
caught: cannot handle sip:bob@contoso.com
done
";
    assert_eq!(text, expected, "\n--- got ---\n{text}");
    assert_eq!(outcome.exit_code, Some(1));
    assert_eq!(outcome.errors, 1);
    assert_eq!(outcome.warnings, 1);
}
