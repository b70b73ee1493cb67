//! Binding of call-site arguments: names, prefixes, aliases, switches, positions, conversion,
//! validation, mandatory parameters, parameter sets and common parameters.

use coexist::cmdlets::command::Bound;
use coexist::cmdlets::registry;
use coexist::cmdlets::spec::{ParamKind, ParamSpec, Signature};
use coexist::eval::binder::{self, bind_arguments, Arg};
use coexist::eval::error::RuntimeError;
use coexist::eval::value::Value;
use coexist::span::{SourceId, Span};

/// A span `start..end` in source 0.
fn sp(start: usize, end: usize) -> Span {
    Span::new(SourceId(0), start, end)
}

/// `-name` at `at`.
fn p(name: &str, at: usize) -> Arg {
    Arg::Parameter {
        name: name.into(),
        span: sp(at, at + name.len() + 1),
        attached: None,
    }
}

/// `-name:value` at `at`.
fn pa(name: &str, value: Value, at: usize) -> Arg {
    Arg::Parameter {
        name: name.into(),
        span: sp(at, at + name.len() + 3),
        attached: Some((value, sp(at + name.len() + 2, at + name.len() + 3))),
    }
}

/// A string value at `at`.
fn v(text: &str, at: usize) -> Arg {
    Arg::Value {
        value: Value::str(text),
        span: sp(at, at + text.len()),
    }
}

/// Any value at `at`.
fn val(value: Value, at: usize) -> Arg {
    Arg::Value {
        value,
        span: sp(at, at + 1),
    }
}

/// The whole command's span in these tests.
const CMD: Span = Span {
    source: SourceId(0),
    start: 0,
    end: 8,
};

/// A New-Pool-like signature (as a domain cmdlet would declare it).
fn new_pool() -> Signature {
    Signature::new()
        .param(
            ParamSpec::new("Fqdn", ParamKind::String, "The pool's FQDN.")
                .aliases(&["Identity"])
                .position(0)
                .mandatory(),
        )
        .param(
            ParamSpec::new("Version", ParamKind::Enum, "Product version.")
                .values(&["Ocs2007R2", "Lync2010", "Lync2013"])
                .mandatory(),
        )
        .param(ParamSpec::new("Site", ParamKind::String, "The site.").mandatory())
        .param(
            ParamSpec::new("Edition", ParamKind::Enum, "Edition.")
                .values(&["Standard", "Enterprise"]),
        )
        .param(ParamSpec::new("Servers", ParamKind::Int, "Server count."))
        .param(ParamSpec::new(
            "FileUpload",
            ParamKind::Bool,
            "Allow uploads.",
        ))
        .param(ParamSpec::new("Members", ParamKind::StringList, "Members."))
        .param(ParamSpec::new("Description", ParamKind::String, "Text.").not_empty())
        .param(ParamSpec::new("Force", ParamKind::Switch, "Force."))
        .with_common(true)
}

/// Small extension for readability: `[ValidateNotNullOrEmpty]`.
trait NotEmpty {
    fn not_empty(self) -> Self;
}

impl NotEmpty for ParamSpec {
    fn not_empty(mut self) -> Self {
        self.not_null_or_empty = true;
        self
    }
}

fn bind(sig: &Signature, args: &[Arg]) -> Result<Bound, RuntimeError> {
    bind_arguments(sig, "New-Pool", args, CMD, false)
}

fn base_args() -> Vec<Arg> {
    vec![
        v("pool01", 9),
        p("Version", 20),
        v("Lync2013", 29),
        p("Site", 40),
        v("Redmond", 46),
    ]
}

fn with(extra: Vec<Arg>) -> Vec<Arg> {
    let mut args = base_args();
    args.extend(extra);
    args
}

fn text(bound: &Bound, name: &str) -> String {
    bound
        .get(name)
        .map(Value::to_display_string)
        .unwrap_or_default()
}

#[test]
fn names_ignore_case_and_accept_aliases_and_unique_prefixes() {
    let sig = new_pool();
    for name in ["Fqdn", "fqdn", "FQDN", "Identity", "ident", "Fq"] {
        let args = vec![
            p(name, 9),
            v("pool01", 20),
            p("vers", 30),
            v("Lync2013", 35),
            p("SITE", 45),
            v("x", 51),
        ];
        let bound = bind(&sig, &args).unwrap_or_else(|e| panic!("-{name}: {e:?}"));
        assert_eq!(text(&bound, "Fqdn"), "pool01", "-{name}");
        assert_eq!(bound.arg("Fqdn").map(|a| a.span), Some(sp(20, 26)));
        // Keys are canonical names.
        assert!(bound.args.contains_key("Fqdn") && bound.args.contains_key("Version"));
    }
}

#[test]
fn an_ambiguous_prefix_lists_the_candidates() {
    let err = bind(&new_pool(), &with(vec![p("E", 60)])).unwrap_err();
    assert_eq!(err.code, binder::AMBIGUOUS_PARAMETER);
    assert_eq!(err.span, sp(60, 62));
    for candidate in ["-Edition", "-ErrorAction", "-ErrorVariable"] {
        assert!(err.message.contains(candidate), "{}", err.message);
    }
}

#[test]
fn an_unknown_parameter_suggests_the_closest_name() {
    let err = bind(&new_pool(), &with(vec![p("Editon", 60), v("Standard", 68)])).unwrap_err();
    assert_eq!(err.code, binder::UNKNOWN_PARAMETER);
    assert_eq!(err.span, sp(60, 67));
    assert_eq!(err.message, "New-Pool has no parameter -Editon");
    assert_eq!(err.help.as_deref(), Some("did you mean -Edition?"));

    let err = bind(&new_pool(), &with(vec![p("Zzzz", 60)])).unwrap_err();
    assert_eq!(err.code, binder::UNKNOWN_PARAMETER);
    assert_eq!(
        err.help.as_deref(),
        Some("run Get-Help New-Pool to list its parameters")
    );
}

#[test]
fn a_switch_never_consumes_the_following_value() {
    let args = vec![
        p("Force", 9),
        v("pool01", 16),
        p("Version", 20),
        v("Lync2013", 29),
        p("Site", 40),
        v("x", 46),
    ];
    let bound = bind(&new_pool(), &args).unwrap();
    assert!(bound.switch("Force"));
    assert_eq!(text(&bound, "Fqdn"), "pool01");
}

#[test]
fn a_switch_takes_an_attached_value() {
    let bound = bind(
        &new_pool(),
        &with(vec![pa("Force", Value::Bool(false), 60)]),
    )
    .unwrap();
    assert!(bound.has("Force"));
    assert!(!bound.switch("Force"));
    let bound = bind(&new_pool(), &with(vec![pa("Force", Value::Bool(true), 60)])).unwrap();
    assert!(bound.switch("Force"));
}

#[test]
fn a_value_can_be_attached_with_a_colon() {
    let args = vec![
        pa("Fqdn", Value::str("pool02"), 9),
        p("Version", 20),
        v("Lync2010", 29),
        p("Site", 40),
        v("x", 46),
    ];
    let bound = bind(&new_pool(), &args).unwrap();
    assert_eq!(text(&bound, "Fqdn"), "pool02");
    assert_eq!(text(&bound, "Version"), "Lync2010");
}

#[test]
fn a_parameter_without_its_value_is_reported_on_its_name() {
    let err = bind(&new_pool(), &with(vec![p("Edition", 60)])).unwrap_err();
    assert_eq!(err.code, binder::MISSING_ARGUMENT);
    assert_eq!(err.span, sp(60, 68));
    assert!(err
        .help
        .as_deref()
        .unwrap_or("")
        .contains("Standard|Enterprise"));

    let err = bind(&new_pool(), &with(vec![p("Edition", 60), p("Force", 70)])).unwrap_err();
    assert_eq!(err.code, binder::MISSING_ARGUMENT);
}

#[test]
fn a_positional_value_with_no_slot_left_is_reported_on_the_value() {
    let err = bind(&new_pool(), &with(vec![v("extra", 60)])).unwrap_err();
    assert_eq!(err.code, binder::POSITIONAL_NOT_FOUND);
    assert_eq!(err.span, sp(60, 65));
    assert!(err.message.contains("\"extra\""), "{}", err.message);
}

#[test]
fn a_parameter_given_twice_is_reported_with_both_places() {
    let err = bind(&new_pool(), &with(vec![p("site", 60), v("Other", 66)])).unwrap_err();
    assert_eq!(err.code, binder::DUPLICATE_PARAMETER);
    assert_eq!(err.span, sp(60, 65));
    assert_eq!(
        err.labels,
        vec![(sp(46, 53), "first given here".to_string())]
    );
    // A name and its alias are the same parameter.
    let args = vec![p("Fqdn", 2), v("p1", 9), p("Identity", 60), v("p2", 70)];
    let err = bind(&new_pool(), &args).unwrap_err();
    assert_eq!(err.code, binder::DUPLICATE_PARAMETER);
    // Named binding comes first, so a positional value finds its slot taken.
    let err = bind(&new_pool(), &with(vec![p("Identity", 60), v("p2", 70)])).unwrap_err();
    assert_eq!(err.code, binder::POSITIONAL_NOT_FOUND);
    assert_eq!(err.span, sp(9, 15));
}

#[test]
fn a_missing_mandatory_parameter_is_named_on_the_command() {
    let args = vec![v("pool01", 9), p("Version", 20), v("Lync2013", 29)];
    let err = bind(&new_pool(), &args).unwrap_err();
    assert_eq!(err.code, binder::MISSING_MANDATORY);
    assert_eq!(err.span, CMD);
    assert_eq!(err.message, "New-Pool needs the mandatory parameter -Site");
}

#[test]
fn mandatory_pipeline_parameters_wait_for_input() {
    let sig = Signature::new()
        .param(
            ParamSpec::new("Identity", ParamKind::String, "Who.")
                .position(0)
                .mandatory()
                .from_pipeline(),
        )
        .param(ParamSpec::new("Target", ParamKind::String, "Where.").mandatory());
    let args = vec![p("Target", 9), v("pool", 17)];
    assert!(bind_arguments(&sig, "Move-User", &args, CMD, true).is_ok());
    let err = bind_arguments(&sig, "Move-User", &args, CMD, false).unwrap_err();
    assert_eq!(err.code, binder::MISSING_MANDATORY);
    // Non-pipeline mandatory parameters are still required.
    let err = bind_arguments(&sig, "Move-User", &[], CMD, true).unwrap_err();
    assert!(err.message.ends_with("-Target"), "{}", err.message);
}

#[test]
fn validate_set_binds_the_canonical_casing() {
    let bound = bind(
        &new_pool(),
        &with(vec![p("Edition", 60), v("enterPRISE", 69)]),
    )
    .unwrap();
    assert_eq!(text(&bound, "Edition"), "Enterprise");
}

#[test]
fn a_value_outside_the_set_lists_the_allowed_values_closest_first() {
    let args = vec![
        v("pool01", 9),
        p("Version", 20),
        v("Lync2012", 29),
        p("Site", 40),
        v("x", 46),
    ];
    let err = bind(&new_pool(), &args).unwrap_err();
    assert_eq!(err.code, binder::INVALID_VALUE);
    assert_eq!(err.span, sp(29, 37));
    assert_eq!(
        err.message,
        "\"Lync2012\" is not a valid value for -Version"
    );
    let help = err.help.unwrap_or_default();
    assert!(
        help.starts_with("did you mean Lync2010?") || help.starts_with("did you mean Lync2013?"),
        "{help}"
    );
    assert!(
        help.ends_with("allowed values: Ocs2007R2, Lync2010, Lync2013"),
        "{help}"
    );
}

#[test]
fn values_are_converted_to_the_parameter_kind() {
    let args = with(vec![
        p("Servers", 60),
        v("3", 69),
        p("FileUpload", 71),
        v("false", 83),
        p("Members", 90),
        v("sip:ann@contoso.com", 99),
    ]);
    let bound = bind(&new_pool(), &args).unwrap();
    assert!(matches!(bound.get("Servers"), Some(Value::Int(3))));
    assert!(matches!(bound.get("FileUpload"), Some(Value::Bool(false))));
    match bound.get("Members") {
        Some(Value::Array(items)) => assert_eq!(items.borrow().len(), 1),
        other => panic!("Members bound as {other:?}"),
    }
    let bound = bind(
        &new_pool(),
        &with(vec![p("Servers", 60), val(Value::Double(2.0), 69)]),
    )
    .unwrap();
    assert!(matches!(bound.get("Servers"), Some(Value::Int(2))));
}

#[test]
fn a_failed_conversion_is_reported_on_the_argument() {
    let err = bind(&new_pool(), &with(vec![p("Servers", 60), v("three", 69)])).unwrap_err();
    assert_eq!(err.code, binder::CONVERSION);
    assert_eq!(err.span, sp(69, 74));
    assert!(err.message.contains("-Servers"), "{}", err.message);

    let err = bind(&new_pool(), &with(vec![p("FileUpload", 60), v("yes", 72)])).unwrap_err();
    assert_eq!(err.code, binder::CONVERSION);
}

#[test]
fn not_null_or_empty_rejects_empty_values() {
    let err = bind(&new_pool(), &with(vec![p("Description", 60), v("", 73)])).unwrap_err();
    assert_eq!(err.code, binder::NULL_OR_EMPTY);
    assert_eq!(err.span, sp(73, 73));
    let err = bind(
        &new_pool(),
        &with(vec![p("Description", 60), val(Value::Null, 73)]),
    )
    .unwrap_err();
    assert_eq!(err.code, binder::NULL_OR_EMPTY);
    assert!(bind(&new_pool(), &with(vec![p("Description", 60), v("x", 73)])).is_ok());
}

#[test]
fn common_parameters_bind_under_their_canonical_names() {
    let args = with(vec![
        p("ea", 60),
        v("stop", 64),
        p("wi", 70),
        p("ErrorVariable", 74),
        v("errs", 89),
        p("vb", 94),
    ]);
    let bound = bind(&new_pool(), &args).unwrap();
    assert_eq!(text(&bound, "ErrorAction"), "Stop");
    assert!(bound.switch("WhatIf"));
    assert!(bound.switch("Verbose"));
    assert_eq!(text(&bound, "ErrorVariable"), "errs");
    let keys: Vec<&str> = bound.args.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        // Named arguments bind first, positional ones after.
        [
            "Version",
            "Site",
            "ErrorAction",
            "WhatIf",
            "ErrorVariable",
            "Verbose",
            "Fqdn"
        ]
    );
    let err = bind(
        &new_pool(),
        &with(vec![p("ErrorAction", 60), v("Sometimes", 73)]),
    )
    .unwrap_err();
    assert_eq!(err.code, binder::INVALID_VALUE);
}

#[test]
fn force_is_common_only_when_declared() {
    let sig = Signature::new().with_common(true);
    let err = bind_arguments(&sig, "Set-X", &[p("Force", 9)], CMD, false).unwrap_err();
    assert_eq!(err.code, binder::UNKNOWN_PARAMETER);
    let err = bind_arguments(
        &Signature::new().with_common(false),
        "Get-X",
        &[p("WhatIf", 9)],
        CMD,
        false,
    )
    .unwrap_err();
    assert_eq!(err.code, binder::UNKNOWN_PARAMETER);
}

#[test]
fn parameter_sets_are_chosen_from_the_arguments() {
    let spec = registry::lookup("Where-Object").unwrap();
    let sig = &spec.signature;
    let block = Value::ScriptBlock(std::sync::Arc::new(coexist::syntax::ast::ScriptBlock {
        param_block: None,
        body: coexist::syntax::ast::ScriptBlockBody::Statements(Vec::new()),
        span: sp(15, 20),
    }));
    // A script block goes to -FilterScript, a name to -Property, the next value to -Value.
    let bound = bind_arguments(sig, "Where-Object", &[val(block.clone(), 15)], CMD, true).unwrap();
    assert!(bound.has("FilterScript") && !bound.has("Property"));
    let bound = bind_arguments(
        sig,
        "Where-Object",
        &[v("Name", 15), p("EQ", 20), v("x", 24)],
        CMD,
        true,
    )
    .unwrap();
    assert_eq!(text(&bound, "Property"), "Name");
    assert_eq!(text(&bound, "Value"), "x");
    assert!(bound.switch("EQ"));
    // Parameters of two sets cannot be mixed.
    let args = [
        p("FilterScript", 2),
        val(block, 15),
        p("EQ", 20),
        v("x", 24),
    ];
    let err = bind_arguments(sig, "Where-Object", &args, CMD, true).unwrap_err();
    assert_eq!(err.code, binder::AMBIGUOUS_PARAMETER_SET);
    assert_eq!(err.span, sp(20, 23));
    // Nothing given: the default set's mandatory parameter is missing.
    let err = bind_arguments(sig, "Where-Object", &[], CMD, true).unwrap_err();
    assert_eq!(err.code, binder::MISSING_MANDATORY);
    assert!(err.message.ends_with("-FilterScript"), "{}", err.message);
}

#[test]
fn several_sets_fitting_equally_is_an_error_without_a_default() {
    let sig = Signature::new()
        .param(ParamSpec::new("A", ParamKind::String, "A.").sets(&["One"]))
        .param(ParamSpec::new("B", ParamKind::String, "B.").sets(&["Two"]))
        .param(ParamSpec::new("C", ParamKind::String, "C."));
    let err = bind_arguments(&sig, "Get-X", &[p("C", 9), v("c", 12)], CMD, false).unwrap_err();
    assert_eq!(err.code, binder::AMBIGUOUS_PARAMETER_SET);
    assert!(bind_arguments(&sig, "Get-X", &[p("A", 9), v("a", 12)], CMD, false).is_ok());
    let mut with_default = sig.clone();
    with_default.default_set = Some("Two".into());
    assert!(bind_arguments(&with_default, "Get-X", &[p("C", 9), v("c", 12)], CMD, false).is_ok());
}

#[test]
fn remaining_arguments_collect_into_one_array() {
    let spec = registry::lookup("echo").unwrap();
    let bound = bind_arguments(
        &spec.signature,
        "Write-Output",
        &[v("a", 5), v("b", 7), v("c", 9)],
        CMD,
        false,
    )
    .unwrap();
    match bound.arg("InputObject") {
        Some(arg) => {
            assert_eq!(arg.value.to_display_string(), "a b c");
            assert_eq!(arg.span, sp(5, 10));
        }
        None => panic!("InputObject not bound"),
    }
    let bound = bind_arguments(&spec.signature, "Write-Output", &[v("a", 5)], CMD, false).unwrap();
    assert!(matches!(bound.get("InputObject"), Some(Value::String(_))));
}

#[test]
fn a_string_positional_picks_the_string_parameter_of_its_slot() {
    let spec = registry::lookup("%").unwrap();
    let bound = bind_arguments(
        &spec.signature,
        "ForEach-Object",
        &[v("Name", 2)],
        CMD,
        true,
    )
    .unwrap();
    assert_eq!(text(&bound, "MemberName"), "Name");
}

#[test]
fn every_code_is_listed_once() {
    let mut codes: Vec<&str> = binder::CODES.to_vec();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), binder::CODES.len());
    assert!(binder::CODES
        .iter()
        .all(|c| c.starts_with("coexist::bind::")));
}
