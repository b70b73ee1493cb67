//! Topology cmdlets through the binder and a fake host: success, rule failures blamed on the
//! argument, -WhatIf, dry runs, Get-* objects and filters.

mod domain_support;

use coexist::cmdlets::command::CommandError;
use coexist::eval::value::Value;
use domain_support::*;

#[test]
fn builds_a_topology_and_gets_it_back_as_objects() {
    let mut h = TestHost::world();
    let pools = h.ok("Get-Pool", vec![]);
    assert_eq!(pools.len(), 2, "Get-Pool returns registrar pools only");
    assert_eq!(type_name(&pools[0]), "Pool");
    assert_eq!(text(&pools[0], "Fqdn"), L10);
    assert_eq!(text(&pools[1], "Version"), "Lync2013");
    assert_eq!(text(&pools[1], "Edition"), "Enterprise");
    let chat = h.ok("Get-ChatPool", vec![s(PC)]);
    assert_eq!(chat.len(), 1);
    assert_eq!(text(&chat[0], "Kind"), "PersistentChat");
    assert_eq!(text(&chat[0], "BackEnd"), format!("{PC}\\rtc"));
    assert!(matches!(prop(&chat[0], "Servers"), Value::Int(1)));
    match &chat[0] {
        Value::Object(o) => assert_eq!(o.borrow().default_display, 4),
        _ => unreachable!(),
    }
    let sites = h.ok("Get-CsSite", vec![s("site:Redmond")]);
    assert_eq!(text(&sites[0], "Forest"), "corp.local");
}

#[test]
fn a_rule_failure_points_at_the_offending_argument_and_changes_nothing() {
    let mut h = TestHost::world();
    let before = h.model.clone();
    // Persistent Chat homed on a Lync 2010 pool: home_pool_version, blamed on -HomePool's value.
    let call = h.run(
        "New-ChatPool",
        vec![
            s("pchat2.contoso.com"),
            p("HomePool"),
            s(L10),
            p("FileStore"),
            s("\\\\fs\\x"),
        ],
    );
    let (code, span) = call.model_error();
    assert_eq!(code, "coexist::model::home_pool_version");
    assert_eq!(span, call.spans[2]);
    assert!(h.model == before);
    assert!(h.warnings.is_empty());

    // Unknown site: blamed on -Site's value.
    let call = h.run(
        "New-Pool",
        vec![
            s("x.contoso.com"),
            p("Version"),
            s("Lync2013"),
            p("Site"),
            s("Redmnd"),
        ],
    );
    let (code, span) = call.model_error();
    assert_eq!(code, "coexist::model::unknown_site");
    assert_eq!(span, call.spans[4]);

    // A rule without an argument of its own falls back to the command.
    let call = h.run("Remove-Pool", vec![s(L13)]);
    let (code, span) = call.model_error();
    assert_eq!(code, "coexist::model::pool_in_use");
    assert_eq!(span, call.spans[0], "pool_in_use blames -Identity");
}

#[test]
fn bad_counts_and_missing_mandatory_parameters_are_coded() {
    let mut h = TestHost::world();
    let call = h.run("Set-ChatPool", vec![s(PC), p("Servers"), v(Value::Int(-1))]);
    let (code, span) = call.runtime_error();
    assert_eq!(code, "coexist::bind::conversion");
    assert_eq!(span, call.spans[2]);
    let call = h.run(
        "New-Pool",
        vec![s("x.contoso.com"), p("Site"), s("Redmond")],
    );
    assert_eq!(call.runtime_error().0, "coexist::bind::missing_mandatory");
    let call = h.run(
        "New-Pool",
        vec![
            s("x.contoso.com"),
            p("Version"),
            s("Lync2015"),
            p("Site"),
            s("Redmond"),
        ],
    );
    assert_eq!(call.runtime_error().0, "coexist::bind::invalid_value");
}

#[test]
fn whatif_validates_prints_and_changes_nothing() {
    let mut h = TestHost::world();
    let before = h.model.clone();
    h.ok("New-Site", vec![s("Dublin"), p("WhatIf")]);
    assert!(h.model == before);
    assert_eq!(
        h.whatif,
        ["What if: Performing the operation \"New-Site\" on target \"Dublin\"."]
    );
    // A -WhatIf that breaks a rule reports the error and prints nothing.
    let call = h.run("New-Site", vec![s("Redmond"), p("WhatIf")]);
    assert_eq!(call.model_error().0, "coexist::model::duplicate_site");
    assert_eq!(h.whatif.len(), 1);
    // The alias typed is not what the What-if line names.
    h.ok(
        "New-CsPersistentChatEndpoint",
        vec![
            p("PersistentChatPoolFqdn"),
            s(PC),
            p("SipAddress"),
            s("sip:ocschat@contoso.com"),
            p("WhatIf"),
        ],
    );
    assert_eq!(
        h.whatif[1],
        "What if: Performing the operation \"New-ChatEndpoint\" on target \"sip:ocschat@contoso.com\"."
    );
    assert!(h.model == before);
}

#[test]
fn the_what_if_preference_changes_nothing_either() {
    let mut h = TestHost::world();
    h.what_if_preference = true;
    let before = h.model.clone();
    h.ok("Move-User", vec![s(BOB), p("Target"), s(L13)]);
    h.ok("Remove-ChatPool", vec![s(PC), p("Force")]);
    assert!(h.model == before);
    assert_eq!(h.whatif.len(), 2);
    assert!(h.warnings.is_empty());
}

#[test]
fn whatif_through_a_pipeline_validates_each_input_and_changes_nothing() {
    let mut h = TestHost::world();
    h.ok("New-User", vec![s("sip:cy@contoso.com"), p("Pool"), s(L10)]);
    let before = h.model.clone();
    let users = h.ok("Get-User", vec![p("Pool"), s(L10)]);
    assert_eq!(users.len(), 2);
    let call = h.pipe(users, "Move-User", vec![p("Target"), s(L13), p("WhatIf")]);
    call.result.unwrap();
    assert_eq!(
        h.whatif,
        [
            "What if: Performing the operation \"Move-User\" on target \"sip:bob@contoso.com\".",
            "What if: Performing the operation \"Move-User\" on target \"sip:cy@contoso.com\"."
        ]
    );
    assert!(h.model == before);
    // The would-be state carries from one input to the next: the second move of the same
    // user is already_homed.
    let bob = h.ok("Get-User", vec![s(BOB)]);
    let twice = vec![bob[0].clone(), bob[0].clone()];
    let call = h.pipe(twice, "Move-User", vec![p("Target"), s(L13), p("WhatIf")]);
    assert_eq!(call.model_error().0, "coexist::model::already_homed");
    assert!(h.model == before);
}

#[test]
fn a_dry_run_applies_and_prints_the_canonical_target() {
    let mut h = TestHost::world();
    h.dry_run = true;
    h.ok("Stop-ChatPool", vec![s("GC.contoso.com")]);
    assert_eq!(
        h.whatif,
        ["What if: Performing the operation \"Stop-ChatPool\" on target \"gc.contoso.com\"."]
    );
    let gc = h.ok("Get-ChatPool", vec![s(GC)]);
    assert_eq!(text(&gc[0], "State"), "Stopped");
}

#[test]
fn passthru_outputs_the_changed_object() {
    let mut h = TestHost::world();
    let out = h.ok(
        "Set-ChatPool",
        vec![s(PC), p("Servers"), v(Value::Int(3)), p("PassThru")],
    );
    assert_eq!(out.len(), 1);
    assert!(matches!(prop(&out[0], "Servers"), Value::Int(3)));
    assert!(h
        .ok("Set-ChatPool", vec![s(PC), p("Servers"), v(Value::Int(2))])
        .is_empty());
}

#[test]
fn force_does_not_bypass_decommission_blocked() {
    let mut h = TestHost::world();
    let before = h.model.clone();
    let call = h.run("Remove-ChatPool", vec![s(GC), p("Force")]);
    let (code, span) = call.model_error();
    assert_eq!(code, "coexist::model::decommission_blocked");
    assert_eq!(span, call.spans[0]);
    assert!(h.model == before);
    assert!(
        h.warnings.is_empty(),
        "a rejected statement reports no warnings"
    );
}

#[test]
fn get_with_wildcards_and_unknown_identities() {
    let mut h = TestHost::world();
    assert_eq!(h.ok("Get-Pool", vec![s("lync20*")]).len(), 2);
    assert_eq!(h.ok("Get-Pool", vec![s("*2013*")]).len(), 1);
    assert!(h.ok("Get-Pool", vec![s("nothing*")]).is_empty());
    assert_eq!(h.ok("Get-Pool", vec![p("Site"), s("Redmond")]).len(), 2);
    let call = h.run("Get-ChatPool", vec![s("pchat.contoso.co")]);
    let (code, span) = call.model_error();
    assert_eq!(code, "coexist::model::unknown_chat_pool");
    assert_eq!(span, call.spans[0]);
    assert_eq!(
        h.ok("Get-ChatPool", vec![p("Kind"), s("groupchat2010")])
            .len(),
        1
    );
    match h.run("Get-Pool", vec![s(PC)]).result {
        Err(CommandError::Model { error, .. }) => {
            assert_eq!(error.code(), "coexist::model::not_a_registrar")
        }
        other => panic!("{other:?}"),
    }
}
