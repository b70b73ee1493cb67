//! User and policy cmdlets: creation forms, pipeline binding by value and by property name,
//! warnings with spans, Get-User filters.

mod domain_support;

use coexist::cmdlets::command::Warning;
use coexist::eval::value::Value;
use coexist::span::{SourceId, Span};
use coexist::syntax::ast::{
    Command, CommandArg, Expr, ExprKind, Pipeline, PipelineElement, ScriptBlock, ScriptBlockBody,
    Statement, StatementKind, VarRef, VarScope,
};
use domain_support::*;
use std::sync::Arc;

fn sp() -> Span {
    Span::new(SourceId(0), 0, 1)
}

fn expr(kind: ExprKind) -> Expr {
    Expr { kind, span: sp() }
}

/// `{Name -op value [-join Name -op value]…}` as the parser builds it (a command named after
/// the property).
fn opath(first: &str, rest: Vec<CommandArg>) -> Value {
    let command = Command {
        name: first.to_string(),
        name_span: sp(),
        args: rest,
        span: sp(),
    };
    Value::ScriptBlock(Arc::new(ScriptBlock {
        param_block: None,
        body: ScriptBlockBody::Statements(vec![Statement {
            kind: StatementKind::Pipeline(Pipeline {
                elements: vec![PipelineElement::Command(command)],
                span: sp(),
            }),
            span: sp(),
        }]),
        span: sp(),
    }))
}

fn op(name: &str) -> CommandArg {
    CommandArg::Parameter {
        name: name.to_string(),
        value: None,
        span: sp(),
    }
}

fn val(kind: ExprKind) -> CommandArg {
    CommandArg::Value(expr(kind))
}

/// `{ $_.Enabled }`-like: any block that is not OPATH-shaped.
fn script_block() -> Value {
    Value::ScriptBlock(Arc::new(ScriptBlock {
        param_block: None,
        body: ScriptBlockBody::Statements(vec![Statement {
            kind: StatementKind::Pipeline(Pipeline {
                elements: vec![PipelineElement::Expression(expr(ExprKind::Variable(
                    VarRef {
                        scope: VarScope::Default,
                        name: "_".into(),
                    },
                )))],
                span: sp(),
            }),
            span: sp(),
        }]),
        span: sp(),
    }))
}

#[test]
fn new_user_takes_a_sip_address_or_a_name_with_an_address() {
    let mut h = TestHost::world();
    h.ok(
        "Enable-CsUser",
        vec![
            p("Identity"),
            s("Ken Myer"),
            p("RegistrarPool"),
            s(L13),
            p("SipAddress"),
            s("sip:kenmyer@contoso.com"),
        ],
    );
    h.ok(
        "New-User",
        vec![
            s("Pat Lee"),
            p("SipAddressType"),
            s("FirstLastName"),
            p("SipDomain"),
            s("contoso.com"),
            p("Pool"),
            s(L13),
        ],
    );
    let ken = h.ok("Get-User", vec![s("Ken Myer")]);
    assert_eq!(text(&ken[0], "SipAddress"), "sip:kenmyer@contoso.com");
    assert_eq!(text(&ken[0], "RegistrarPool"), L13);
    let pat = h.ok("Get-User", vec![s("patlee@contoso.com")]);
    assert_eq!(text(&pat[0], "DisplayName"), "Pat Lee");
    assert!(matches!(prop(&pat[0], "Enabled"), Value::Bool(true)));

    // A bad address is blamed on the argument that gave it.
    let call = h.run(
        "New-User",
        vec![
            s("Joe"),
            p("SipAddress"),
            s("joe-at-contoso"),
            p("Pool"),
            s(L13),
        ],
    );
    let (code, span) = call.model_error();
    assert_eq!(code, "coexist::model::invalid_sip_address");
    assert_eq!(span, call.spans[2]);
    let call = h.run("New-User", vec![s("joe-at-contoso"), p("Pool"), s(L13)]);
    let (code, span) = call.model_error();
    assert_eq!(code, "coexist::model::invalid_sip_address");
    assert_eq!(span, call.spans[0]);
    // Duplicate: blamed on the address.
    let call = h.run("New-User", vec![s(ANN), p("Pool"), s(L13)]);
    assert_eq!(
        call.model_error(),
        ("coexist::model::duplicate_user", call.spans[0])
    );
}

#[test]
fn user_objects_bind_to_move_user_by_property_name() {
    let mut h = TestHost::world();
    let bob = h.ok("Get-User", vec![s("Bob Jones")]);
    let out = h
        .pipe(bob, "Move-CsUser", vec![p("Target"), s(L13)])
        .result
        .unwrap();
    assert!(out.is_empty());
    let bob = h.ok("Get-User", vec![s(BOB)]);
    assert_eq!(text(&bob[0], "RegistrarPool"), L13);

    // Any object with a SipAddress property binds (the parameter's alias).
    let row = object(&[("SipAddress", BOB)]);
    h.pipe(vec![row], "Move-User", vec![p("Target"), s(L10)])
        .result
        .unwrap();
    assert_eq!(
        text(&h.ok("Get-User", vec![s(BOB)])[0], "RegistrarPool"),
        L10
    );

    // A string binds by value.
    h.pipe(
        vec![Value::str(BOB)],
        "Move-User",
        vec![p("Target"), s(L13)],
    )
    .result
    .unwrap();
    assert_eq!(
        text(&h.ok("Get-User", vec![s(BOB)])[0], "RegistrarPool"),
        L13
    );
}

#[test]
fn move_rule_failures_blame_the_target() {
    let mut h = TestHost::world();
    let call = h.run("Move-User", vec![s(ANN), p("Target"), s(L13)]);
    assert_eq!(
        call.model_error(),
        ("coexist::model::already_homed", call.spans[2])
    );
    let call = h.run("Move-User", vec![s(ANN), p("Target"), s(PC)]);
    assert_eq!(
        call.model_error(),
        ("coexist::model::not_a_registrar", call.spans[2])
    );
    let call = h.run(
        "Move-User",
        vec![s("sip:nobody@contoso.com"), p("Target"), s(L10)],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::unknown_user", call.spans[0])
    );
    let call = h.run("Move-User", vec![p("Target"), s(L10)]);
    assert_eq!(call.runtime_error().0, "coexist::bind::missing_mandatory");
}

#[test]
fn policies_grant_and_warn_on_the_identity() {
    let mut h = TestHost::world();
    h.ok(
        "New-CsPersistentChatPolicy",
        vec![
            s("PChatOn"),
            p("EnablePersistentChat"),
            v(Value::Bool(true)),
        ],
    );
    // Bob is on Lync 2010: the grant works but has no effect yet.
    let call = h.run(
        "Grant-PersistentChatPolicy",
        vec![p("Identity"), s(BOB), p("PolicyName"), s("PChatOn")],
    );
    call.result.as_ref().unwrap();
    assert_eq!(warning_codes(&h), ["coexist::model::policy_without_effect"]);
    match &h.warnings[0] {
        Warning::Model { span, .. } => assert_eq!(*span, call.spans[1]),
        other => panic!("{other:?}"),
    }
    // By value from the pipeline.
    h.pipe(
        vec![Value::str(ANN)],
        "Grant-CsPersistentChatPolicy",
        vec![p("PolicyName"), s("PChatOn")],
    )
    .result
    .unwrap();
    assert_eq!(
        text(&h.ok("Get-User", vec![s(ANN)])[0], "PersistentChatPolicy"),
        "PChatOn"
    );
    // A granted policy is not removed without -Force.
    let call = h.run("Remove-PersistentChatPolicy", vec![s("PChatOn")]);
    assert_eq!(
        call.model_error(),
        ("coexist::model::policy_in_use", call.spans[0])
    );
    // $null unassigns.
    h.ok(
        "Grant-PersistentChatPolicy",
        vec![s(ANN), p("PolicyName"), v(Value::Null)],
    );
    assert_eq!(
        text(&h.ok("Get-User", vec![s(ANN)])[0], "PersistentChatPolicy"),
        ""
    );
    h.ok(
        "Remove-PersistentChatPolicy",
        vec![s("PChatOn"), p("Force")],
    );
    assert_eq!(
        text(&h.ok("Get-User", vec![s(BOB)])[0], "PersistentChatPolicy"),
        ""
    );
    // Only tag policies are granted: blamed on -PolicyName.
    let call = h.run(
        "Grant-PersistentChatPolicy",
        vec![s(ANN), p("PolicyName"), s("Global")],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::grant_needs_tag_policy", call.spans[2])
    );
    let global = h.ok("Get-PersistentChatPolicy", vec![s("Global")]);
    assert!(matches!(
        prop(&global[0], "EnablePersistentChat"),
        Value::Bool(false)
    ));
}

#[test]
fn get_user_selects_by_wildcard_pool_and_filter() {
    let mut h = TestHost::world();
    assert_eq!(h.ok("Get-User", vec![]).len(), 2);
    assert_eq!(
        text(&h.ok("Get-User", vec![s("*Smith")])[0], "SipAddress"),
        ANN
    );
    assert_eq!(
        text(&h.ok("Get-User", vec![s("bob*")])[0], "SipAddress"),
        BOB
    );
    assert_eq!(
        text(&h.ok("Get-User", vec![p("Pool"), s(L10)])[0], "SipAddress"),
        BOB
    );
    let call = h.run(
        "Get-User",
        vec![p("RegistrarPool"), s("lync2011.contoso.com")],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::unknown_pool", call.spans[1])
    );

    // OPATH-style filter, as real scripts write it.
    let filter = opath(
        "RegistrarPool",
        vec![op("eq"), val(ExprKind::String(L10.into()))],
    );
    let out = h.ok("Get-CsUser", vec![p("Filter"), v(filter)]);
    assert_eq!(out.len(), 1);
    assert_eq!(text(&out[0], "SipAddress"), BOB);
    let either = opath(
        "DisplayName",
        vec![
            op("like"),
            val(ExprKind::String("Ann*".into())),
            op("or"),
            val(ExprKind::BareWord("RegistrarPool".into())),
            op("eq"),
            val(ExprKind::String(L10.into())),
        ],
    );
    assert_eq!(h.ok("Get-User", vec![p("Filter"), v(either)]).len(), 2);
    assert_eq!(
        h.blocks, 0,
        "OPATH filters are evaluated without the interpreter"
    );

    // Any other block runs per object through the host.
    h.ok(
        "Set-User",
        vec![s(BOB), p("Enabled"), v(Value::Bool(false))],
    );
    let out = h.ok("Get-User", vec![p("Filter"), v(script_block())]);
    assert_eq!(h.blocks, 2);
    assert_eq!(out.len(), 1);
    assert_eq!(text(&out[0], "SipAddress"), ANN);
}

#[test]
fn set_user_points_the_legacy_client_and_clears_it() {
    let mut h = TestHost::world();
    h.ok("Set-CsUser", vec![s(BOB), p("GroupChatPool"), s(GC)]);
    assert_eq!(
        text(&h.ok("Get-User", vec![s(BOB)])[0], "GroupChatPool"),
        GC
    );
    let call = h.run(
        "Set-User",
        vec![s(BOB), p("GroupChatPool"), s("gc2.contoso.com")],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::unknown_chat_pool", call.spans[2])
    );
    h.ok("Set-User", vec![s(BOB), p("GroupChatPool"), v(Value::Null)]);
    assert_eq!(
        prop(&h.ok("Get-User", vec![s(BOB)])[0], "GroupChatPool").to_display_string(),
        ""
    );
    h.ok("Disable-CsUser", vec![s("Bob Jones")]);
    assert_eq!(h.ok("Get-User", vec![]).len(), 1);
}

#[test]
fn legacy_users_move_with_move_legacy_user() {
    let mut h = TestHost::new();
    h.ok("New-Site", vec![s("Redmond")]);
    h.ok(
        "New-Pool",
        vec![
            s("ocs.contoso.com"),
            p("Version"),
            s("Ocs2007R2"),
            p("Site"),
            s("Redmond"),
        ],
    );
    h.ok(
        "New-Pool",
        vec![s(L13), p("Version"), s("Lync2013"), p("Site"), s("Redmond")],
    );
    h.ok("New-User", vec![s(BOB), p("Pool"), s("ocs.contoso.com")]);
    let call = h.run("Move-CsUser", vec![s(BOB), p("Target"), s(L13)]);
    assert_eq!(
        call.model_error(),
        ("coexist::model::use_move_legacy_user", call.spans[0])
    );
    h.ok(
        "Move-CsLegacyUser",
        vec![s(BOB), p("Target"), s(L13), p("PassThru")],
    );
    assert_eq!(
        text(&h.ok("Get-User", vec![s(BOB)])[0], "RegistrarPool"),
        L13
    );
}

#[test]
fn federated_domains_admit_members_on_legacy_pools_only() {
    let mut h = TestHost::world();
    h.ok("New-CsAllowedDomain", vec![s("fabrikam.com")]);
    assert_eq!(
        text(&h.ok("Get-FederatedDomain", vec![])[0], "Identity"),
        "fabrikam.com"
    );
    h.ok(
        "New-ChatCategory",
        vec![
            s("Partners"),
            p("ChatPool"),
            s(GC),
            p("AllowedMembers"),
            v(strings(&["sip:eve@fabrikam.com"])),
        ],
    );
    let call = h.run(
        "New-ChatCategory",
        vec![
            s("Partners"),
            p("ChatPool"),
            s(PC),
            p("AllowedMembers"),
            v(strings(&["sip:eve@fabrikam.com"])),
        ],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::federation_unsupported", call.spans[4])
    );
    h.ok("Remove-CsAllowedDomain", vec![s("fabrikam.com")]);
    assert!(h.ok("Get-FederatedDomain", vec![]).is_empty());
    // Endpoints are removed by their SIP address or their pool's FQDN.
    h.ok(
        "New-ChatEndpoint",
        vec![
            p("ChatPool"),
            s(PC),
            p("SipAddress"),
            s("sip:ocschat@contoso.com"),
        ],
    );
    assert_eq!(
        h.ok(
            "Get-CsPersistentChatEndpoint",
            vec![s("ocschat@contoso.com")]
        )
        .len(),
        1
    );
    h.ok("Remove-ChatEndpoint", vec![s(PC)]);
    assert!(h.ok("Get-ChatEndpoint", vec![]).is_empty());
}
