//! The real Lync surface coexist accepts without modelling (surface.md §1): noted parameters
//! and real cmdlets outside the model, each warned once per run.

mod eval_support;

use eval_support::run;

const SETUP: &str = "New-Site Redmond\n\
    New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond\n\
    Enable-CsUser sip:ann@contoso.com -RegistrarPool lync2013.contoso.com\n";

#[test]
fn not_modelled_parameter_passes() {
    let (text, outcome) = run(&format!("{SETUP}(Get-CsUser).SipAddress"));
    assert_eq!(text, "sip:ann@contoso.com\n");
    assert_eq!(outcome.warnings, 0);
}

#[test]
fn not_modelled_parameter_fails() {
    let (text, outcome) = run(&format!(
        "{SETUP}(Get-CsUser -DomainController dc1.contoso.com).SipAddress\n\
         (Get-CsUser -DomainController dc2.contoso.com).Count"
    ));
    assert_eq!(
        text,
        "warning: -DomainController of Get-CsUser has no effect in a rehearsal: coexist accepts it and models nothing of it\n\
         sip:ann@contoso.com\n1\n"
    );
    assert_eq!(
        outcome.warnings, 1,
        "once per run for each cmdlet and parameter"
    );
    assert_eq!(outcome.errors, 0);
}

#[test]
fn not_modelled_cmdlet_passes() {
    let (text, outcome) = run(&format!("{SETUP}@(Get-CsUser).Count"));
    assert_eq!(text, "1\n");
    assert_eq!(outcome.warnings, 0);
}

#[test]
fn not_modelled_cmdlet_fails() {
    let (text, outcome) = run(&format!(
        "{SETUP}$policies = Get-CsVoicePolicy\n\
         Get-CsVoicePolicy | Grant-CsVoicePolicy -PolicyName x\n\
         \"policies: $(@($policies | Where-Object {{ $_ }}).Count)\"\n\
         @(Get-CsUser).Count"
    ));
    assert_eq!(
        text,
        "warning: Get-CsVoicePolicy is a real Lync Server cmdlet that coexist does not model: the statement was skipped\n\
         warning: Grant-CsVoicePolicy is a real Lync Server cmdlet that coexist does not model: the statement was skipped\n\
         policies: 0\n1\n"
    );
    assert_eq!(outcome.warnings, 2, "once per run for each cmdlet");
    assert_eq!(outcome.errors, 0);
}

#[test]
fn a_name_that_is_no_real_cmdlet_stays_unknown() {
    let (text, outcome) = run("Get-CsVoicePolicyy");
    assert!(
        text.starts_with("error: coexist::eval::unknown_command"),
        "{text}"
    );
    assert_eq!(outcome.errors, 1);
}
