//! Chat content, migration and access cmdlets through the binder and a fake host.

mod domain_support;

use coexist::cmdlets::command::Warning;
use coexist::eval::value::Value;
use domain_support::*;

const CARL: &str = "sip:carl@contoso.com";

/// The world plus category Sales (Ann, Bob allowed) and room Deals on the Persistent Chat pool,
/// and Carl on lync2013 (not allowed).
fn sales() -> TestHost {
    let mut h = TestHost::world();
    h.ok("New-User", vec![s(CARL), p("Pool"), s(L13)]);
    h.ok(
        "New-CsPersistentChatCategory",
        vec![
            p("Name"),
            s("Sales"),
            p("PersistentChatPoolFqdn"),
            s(PC),
            p("AllowedMembers"),
            v(strings(&[ANN, BOB])),
        ],
    );
    h.ok("New-ChatRoom", vec![s("Deals"), p("Category"), s("Sales")]);
    h.warnings.clear();
    h
}

#[test]
fn rooms_are_created_in_their_category_and_edited_with_hashtables() {
    let mut h = sales();
    let room = h.ok("Get-ChatRoom", vec![s("Deals")]);
    assert_eq!(type_name(&room[0]), "ChatRoom");
    assert_eq!(text(&room[0], "Identity"), format!("{PC}\\Deals"));
    assert_eq!(text(&room[0], "Privacy"), "Closed");
    h.ok(
        "Set-CsPersistentChatRoom",
        vec![s("Deals"), p("Members"), v(table(&[("Add", &[ANN, BOB])]))],
    );
    h.ok(
        "Set-ChatRoom",
        vec![s("Deals"), p("Members"), v(table(&[("Remove", &[BOB])]))],
    );
    let members = prop(&h.ok("Get-ChatRoom", vec![s("Deals")])[0], "Members");
    assert_eq!(
        members.to_display_string(),
        ANN,
        "list properties are arrays of strings"
    );
    assert!(matches!(members, Value::Array(_)));
    // A whole list replaces.
    h.ok(
        "Set-ChatRoom",
        vec![s("Deals"), p("Members"), v(strings(&[BOB]))],
    );
    assert_eq!(
        text(&h.ok("Get-ChatRoom", vec![s("Deals")])[0], "Members"),
        BOB
    );
}

#[test]
fn content_rule_failures_point_at_their_argument() {
    let mut h = sales();
    let before = h.model.clone();
    let call = h.run(
        "Set-ChatRoom",
        vec![s("Deals"), p("Members"), v(table(&[("Add", &[CARL])]))],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::member_not_allowed", call.spans[2])
    );
    let call = h.run(
        "Set-ChatRoom",
        vec![s("Deals"), p("Presenters"), v(strings(&[ANN]))],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::presenter_in_normal_room", call.spans[2])
    );
    let call = h.run("New-ChatRoom", vec![s("Deals2"), p("Category"), s("Sale")]);
    assert_eq!(
        call.model_error(),
        ("coexist::model::unknown_category", call.spans[2])
    );
    let call = h.run(
        "New-ChatAddin",
        vec![s("Wiki"), p("ChatPool"), s(PC), p("Url"), s("ftp://wiki")],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::invalid_addin_url", call.spans[4])
    );
    let call = h.run(
        "Set-ChatRoom",
        vec![s("Deals"), p("Members"), v(table(&[("Frob", &[ANN])]))],
    );
    assert_eq!(
        call.runtime_error(),
        ("coexist::bind::invalid_value", call.spans[2])
    );
    let call = h.run("Clear-ChatRoom", vec![s("Deals")]);
    assert_eq!(call.model_error().0, "coexist::model::clear_needs_end_date");
    let call = h.run(
        "Clear-ChatRoom",
        vec![s("Deals"), p("EndDate"), s("someday")],
    );
    assert_eq!(
        call.runtime_error(),
        ("coexist::bind::conversion", call.spans[2])
    );
    // Two chat pools and no -ChatPool: which one is meant?
    let call = h.run("New-ChatCategory", vec![s("Support")]);
    assert_eq!(call.runtime_error().0, "coexist::bind::missing_mandatory");
    assert!(h.model == before);
}

#[test]
fn narrowing_a_category_and_removing_a_user_report_members_dropped() {
    let mut h = sales();
    h.ok(
        "Set-ChatRoom",
        vec![s("Deals"), p("Members"), v(strings(&[ANN, BOB]))],
    );
    h.ok(
        "Set-ChatCategory",
        vec![
            s("Sales"),
            p("AllowedMembers"),
            v(table(&[("Remove", &[BOB])])),
        ],
    );
    assert_eq!(warning_codes(&h), ["coexist::model::members_dropped"]);
    let allowed = text(
        &h.ok("Get-ChatCategory", vec![s("Sales")])[0],
        "AllowedMembers",
    );
    assert_eq!(allowed, ANN);
    let call = h.run("Remove-User", vec![s(ANN)]);
    call.result.as_ref().unwrap();
    assert_eq!(warning_codes(&h).len(), 2);
    match &h.warnings[1] {
        Warning::Model { span, warning } => {
            assert_eq!(warning.code(), "coexist::model::members_dropped");
            let inside = span.start > call.command_span.start && span.end <= call.command_span.end;
            assert!(
                inside,
                "members_dropped blames the -Identity argument, not the whole command"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        text(&h.ok("Get-ChatRoom", vec![s("Deals")])[0], "Members"),
        ""
    );
}

#[test]
fn legacy_data_is_migrated_and_decommissioning_is_tested() {
    let mut h = TestHost::world();
    h.ok(
        "New-ChatCategory",
        vec![
            s("Eng"),
            p("ChatPool"),
            s(GC),
            p("AllowedMembers"),
            v(strings(&[BOB])),
        ],
    );
    h.ok(
        "New-ChatRoom",
        vec![s("Builds"), p("Category"), s(&format!("{GC}\\Eng"))],
    );
    h.ok(
        "Set-ChatRoom",
        vec![
            s("Builds"),
            p("Messages"),
            v(Value::Int(10)),
            p("MessagesBefore"),
            s("1/31/2013"),
        ],
    );
    let blockers = h.ok("Test-Decommission", vec![]);
    assert_eq!(blockers.len(), 1);
    assert_eq!(type_name(&blockers[0]), "DecommissionBlocker");
    assert_eq!(
        text(&blockers[0], "Code"),
        "coexist::model::decommission_blocked"
    );
    assert!(h.warnings.is_empty(), "Test-Decommission is a query");

    let call = h.run(
        "Move-ChatData",
        vec![p("Source"), s(GC), p("Target"), s(PC)],
    );
    assert_eq!(
        call.model_error(),
        ("coexist::model::migration_source_running", call.spans[1])
    );
    h.ok("Stop-ChatPool", vec![s(GC)]);
    h.ok("Stop-ChatPool", vec![s(PC)]);
    let call = h.run(
        "Move-ChatData",
        vec![p("Source"), s(GC), p("Target"), s(PC), p("PassThru")],
    );
    let out = call.result.as_ref().unwrap();
    assert_eq!(text(&out[0], "Fqdn"), PC);
    let codes = warning_codes(&h);
    assert!(
        codes.contains(&"coexist::model::legacy_endpoint_missing"),
        "{codes:?}"
    );
    let endpoint_warning = h.warnings.iter().find_map(|w| match w {
        Warning::Model { warning, span } if warning.code().ends_with("legacy_endpoint_missing") => {
            Some(*span)
        }
        _ => None,
    });
    assert_eq!(endpoint_warning, Some(call.spans[3]));
    assert_eq!(
        h.ok("Get-ChatRoom", vec![s(&format!("{PC}\\Builds"))])
            .len(),
        1
    );
    assert_eq!(
        text(&h.ok("Get-ChatPool", vec![s(GC)])[0], "State"),
        "Migrated"
    );
    let status = h.ok("Get-MigrationStatus", vec![]);
    assert!(matches!(prop(&status[0], "Lync2013Pools"), Value::Int(1)));
    assert_eq!(text(&status[0], "MigratedChatPools"), GC);
}

#[test]
fn access_queries_return_objects_and_report_nothing() {
    let mut h = TestHost::world();
    let r = h.ok(
        "Test-ChatAccess",
        vec![
            p("User"),
            s(ANN),
            p("Client"),
            s("Lync2013"),
            p("ChatPool"),
            s(PC),
        ],
    );
    assert_eq!(type_name(&r[0]), "ChatAccess");
    assert!(matches!(prop(&r[0], "Allowed"), Value::Bool(false)));
    assert_eq!(text(&r[0], "Reason"), "coexist::access::policy_disabled");
    h.ok(
        "Set-PersistentChatPolicy",
        vec![s("Global"), p("EnablePersistentChat"), v(Value::Bool(true))],
    );
    let users = h.ok("Get-User", vec![]);
    let rows = h
        .pipe(users, "Test-ChatAccess", vec![p("ChatPool"), s(PC)])
        .result
        .unwrap();
    let reasons: Vec<String> = rows.iter().map(|r| text(r, "Reason")).collect();
    assert_eq!(reasons, ["", "coexist::access::user_not_on_lync2013"]);
    let call = h.run("Test-ChatAccess", vec![s(ANN)]);
    assert_eq!(call.runtime_error().0, "coexist::bind::missing_mandatory");
    let call = h.run("Test-ChatAccess", vec![s(ANN), p("Room"), s("Nowhere")]);
    assert_eq!(
        call.model_error(),
        ("coexist::model::unknown_room", call.spans[2])
    );
    let matrix = h.ok("Get-AccessMatrix", vec![]);
    assert_eq!(matrix.len(), 4, "one row per user and client");
    assert_eq!(h.ok("Get-AccessMatrix", vec![s("Ann*")]).len(), 2);
    assert!(h.warnings.is_empty() && h.whatif.is_empty());
}
