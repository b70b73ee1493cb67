//! Binding of pipeline input: by value, by property name (and alias), coercion, and errors.

use coexist::cmdlets::spec::{ParamKind, ParamSpec, Signature};
use coexist::eval::binder::{self, bind_arguments, bind_input, Arg};
use coexist::eval::value::{PsObject, Value};
use coexist::span::{SourceId, Span};

fn sp(start: usize, end: usize) -> Span {
    Span::new(SourceId(0), start, end)
}

const CMD: Span = Span {
    source: SourceId(0),
    start: 20,
    end: 40,
};

/// The span of the upstream pipeline element.
const INPUT: Span = Span {
    source: SourceId(0),
    start: 0,
    end: 17,
};

/// A Move-User-like signature: -Identity by value and by property name (alias SipAddress).
fn move_user() -> Signature {
    Signature::new()
        .param(
            ParamSpec::new("Identity", ParamKind::String, "The user.")
                .aliases(&["SipAddress"])
                .position(0)
                .mandatory()
                .from_pipeline()
                .from_pipeline_by_property_name(),
        )
        .param(
            ParamSpec::new("Target", ParamKind::String, "The pool.")
                .mandatory()
                .from_pipeline_by_property_name(),
        )
        .with_common(true)
}

fn user(sip: &str) -> Value {
    Value::object(
        PsObject::new("User")
            .with("SipAddress", Value::str(sip))
            .with("DisplayName", Value::str("Ann")),
    )
}

fn target_args() -> Vec<Arg> {
    vec![
        Arg::Parameter {
            name: "Target".into(),
            span: sp(30, 37),
            attached: None,
        },
        Arg::Value {
            value: Value::str("lync2013.contoso.com"),
            span: sp(38, 58),
        },
    ]
}

#[test]
fn a_string_binds_by_value() {
    let sig = move_user();
    let base = bind_arguments(&sig, "Move-User", &target_args(), CMD, true).unwrap();
    let bound = bind_input(&sig, &base, &Value::str("sip:ann@contoso.com"), INPUT).unwrap();
    assert_eq!(
        bound.string("Identity").as_deref(),
        Some("sip:ann@contoso.com")
    );
    assert_eq!(bound.span_of("Identity"), INPUT);
    assert_eq!(
        bound.string("Target").as_deref(),
        Some("lync2013.contoso.com")
    );
    // The base binding is reused unchanged for the next input.
    assert!(!base.has("Identity"));
}

#[test]
fn an_object_binds_by_property_name_through_an_alias() {
    let sig = move_user();
    let base = bind_arguments(&sig, "Move-User", &target_args(), CMD, true).unwrap();
    let bound = bind_input(&sig, &base, &user("sip:ann@contoso.com"), INPUT).unwrap();
    assert_eq!(
        bound.string("Identity").as_deref(),
        Some("sip:ann@contoso.com")
    );
}

#[test]
fn several_properties_can_bind_from_one_object() {
    let sig = move_user();
    let base = bind_arguments(&sig, "Move-User", &[], CMD, true).unwrap();
    let input = Value::object(
        PsObject::new("PSCustomObject")
            .with("Identity", Value::str("sip:bob@contoso.com"))
            .with("Target", Value::str("pool02")),
    );
    let bound = bind_input(&sig, &base, &input, INPUT).unwrap();
    assert_eq!(
        bound.string("Identity").as_deref(),
        Some("sip:bob@contoso.com")
    );
    assert_eq!(bound.string("Target").as_deref(), Some("pool02"));
}

#[test]
fn a_number_binds_to_a_string_parameter_with_coercion() {
    let sig = move_user();
    let base = bind_arguments(&sig, "Move-User", &target_args(), CMD, true).unwrap();
    let bound = bind_input(&sig, &base, &Value::Int(42), INPUT).unwrap();
    assert_eq!(bound.string("Identity").as_deref(), Some("42"));
}

#[test]
fn exact_type_wins_over_coercion() {
    let sig = Signature::new()
        .param(ParamSpec::new("Count", ParamKind::Int, "A number.").from_pipeline())
        .param(ParamSpec::new("Name", ParamKind::String, "A name.").from_pipeline());
    let base = bind_arguments(&sig, "Test-X", &[], CMD, true).unwrap();
    let bound = bind_input(&sig, &base, &Value::str("7"), INPUT).unwrap();
    assert!(bound.has("Name") && !bound.has("Count"));
    let bound = bind_input(&sig, &base, &Value::Int(7), INPUT).unwrap();
    assert!(bound.has("Count") && !bound.has("Name"));
}

#[test]
fn input_that_fits_nowhere_is_reported_on_the_input() {
    let sig = Signature::new().param(
        ParamSpec::new("Identity", ParamKind::String, "The user.")
            .mandatory()
            .from_pipeline_by_property_name(),
    );
    let base = bind_arguments(&sig, "Remove-User", &[], CMD, true).unwrap();
    let err = bind_input(&sig, &base, &Value::Int(5), INPUT).unwrap_err();
    assert_eq!(err.code, binder::INPUT_NOT_BOUND);
    assert_eq!(err.span, INPUT);
    assert!(err.message.contains("Remove-User"), "{}", err.message);
    assert!(err.help.unwrap_or_default().contains("-Identity"));
}

#[test]
fn a_command_without_pipeline_parameters_rejects_input() {
    let sig = Signature::new().param(ParamSpec::new("Name", ParamKind::String, "A name."));
    let base = bind_arguments(&sig, "New-Site", &[], CMD, true).unwrap();
    let err = bind_input(&sig, &base, &Value::str("x"), INPUT).unwrap_err();
    assert_eq!(err.code, binder::INPUT_NOT_BOUND);
    assert_eq!(
        err.help.as_deref(),
        Some("New-Site takes no pipeline input; pass the value as an argument")
    );
}

#[test]
fn a_parameter_given_as_argument_does_not_take_input() {
    let sig = move_user();
    let mut args = target_args();
    args.push(Arg::Value {
        value: Value::str("sip:ann@contoso.com"),
        span: sp(60, 79),
    });
    let base = bind_arguments(&sig, "Move-User", &args, CMD, true).unwrap();
    let err = bind_input(&sig, &base, &Value::str("sip:bob@contoso.com"), INPUT).unwrap_err();
    assert_eq!(err.code, binder::INPUT_NOT_BOUND);
}

#[test]
fn mandatory_parameters_are_checked_after_input() {
    let sig = move_user();
    let base = bind_arguments(&sig, "Move-User", &[], CMD, true).unwrap();
    let err = bind_input(&sig, &base, &Value::str("sip:ann@contoso.com"), INPUT).unwrap_err();
    assert_eq!(err.code, binder::MISSING_MANDATORY);
    assert_eq!(
        err.message,
        "Move-User needs the mandatory parameter -Target"
    );
    assert_eq!(err.span, CMD);
}

#[test]
fn pipeline_values_are_validated_like_arguments() {
    let sig = Signature::new().param(
        ParamSpec::new("Version", ParamKind::Enum, "Version.")
            .values(&["Lync2010", "Lync2013"])
            .from_pipeline(),
    );
    let base = bind_arguments(&sig, "Test-X", &[], CMD, true).unwrap();
    let bound = bind_input(&sig, &base, &Value::str("lync2013"), INPUT).unwrap();
    assert_eq!(bound.string("Version").as_deref(), Some("Lync2013"));
    // A value of the right type that fails validation says why.
    let err = bind_input(&sig, &base, &Value::str("Lync2099"), INPUT).unwrap_err();
    assert_eq!(err.code, binder::INVALID_VALUE);
    assert_eq!(err.span, INPUT);
    // Other types only bind by coercion; when that fails too, the input is not bound.
    let err = bind_input(&sig, &base, &Value::Int(3), INPUT).unwrap_err();
    assert_eq!(err.code, binder::INPUT_NOT_BOUND);
}
