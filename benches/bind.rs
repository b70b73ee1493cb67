//! Binder throughput: one New-User-like call with named arguments, one pipeline input
//! bound by property name, and a registry lookup (the per-statement work of the 100k workload).

use coexist::cmdlets::registry;
use coexist::cmdlets::spec::{ParamKind, ParamSpec, Signature};
use coexist::eval::binder::{bind_arguments, bind_input, Arg};
use coexist::eval::value::{PsObject, Value};
use coexist::span::{SourceId, Span};
use divan::black_box;

fn main() {
    divan::main();
}

fn sp(start: usize) -> Span {
    Span::new(SourceId(0), start, start + 4)
}

fn new_user() -> Signature {
    Signature::new()
        .param(
            ParamSpec::new("Identity", ParamKind::String, "Who.")
                .position(0)
                .mandatory(),
        )
        .param(ParamSpec::new("DisplayName", ParamKind::String, "Name."))
        .param(
            ParamSpec::new("Pool", ParamKind::String, "Pool.")
                .aliases(&["RegistrarPool"])
                .mandatory(),
        )
        .param(ParamSpec::new("SipAddress", ParamKind::String, "Sip."))
        .param(ParamSpec::new("SipDomain", ParamKind::String, "Domain."))
        .param(
            ParamSpec::new("SipAddressType", ParamKind::Enum, "Type.").values(&[
                "EmailAddress",
                "UserPrincipalName",
                "SamAccountName",
                "FirstLastName",
            ]),
        )
        .with_common(true)
}

fn move_user() -> Signature {
    Signature::new()
        .param(
            ParamSpec::new("Identity", ParamKind::String, "Who.")
                .aliases(&["SipAddress"])
                .position(0)
                .mandatory()
                .from_pipeline()
                .from_pipeline_by_property_name(),
        )
        .param(ParamSpec::new("Target", ParamKind::String, "Where.").mandatory())
        .param(ParamSpec::new("Force", ParamKind::Switch, "Force."))
        .with_common(true)
}

fn named(name: &str, at: usize) -> Arg {
    Arg::Parameter {
        name: name.into(),
        span: sp(at),
        attached: None,
    }
}

fn value(text: &str, at: usize) -> Arg {
    Arg::Value {
        value: Value::str(text),
        span: sp(at),
    }
}

#[divan::bench]
fn bind_named_call(bencher: divan::Bencher) {
    let sig = new_user();
    let args = vec![
        named("Identity", 0),
        value("sip:user1@contoso.com", 10),
        named("DisplayName", 40),
        value("User One", 52),
        named("RegistrarPool", 70),
        value("lync2010.contoso.com", 85),
        named("SipAddressType", 110),
        value("emailaddress", 126),
    ];
    bencher.bench_local(|| {
        bind_arguments(black_box(&sig), "New-User", black_box(&args), sp(0), false)
    });
}

#[divan::bench]
fn bind_pipeline_input(bencher: divan::Bencher) {
    let sig = move_user();
    let args = vec![named("Target", 20), value("lync2013.contoso.com", 28)];
    let base = bind_arguments(&sig, "Move-User", &args, sp(0), true).unwrap_or_default();
    let user = Value::object(
        PsObject::new("User")
            .with("SipAddress", Value::str("sip:user1@contoso.com"))
            .with("DisplayName", Value::str("User One")),
    );
    bencher.bench_local(|| bind_input(black_box(&sig), black_box(&base), black_box(&user), sp(0)));
}

#[divan::bench]
fn registry_lookup(bencher: divan::Bencher) {
    let _ = registry::lookup("Where-Object");
    bencher.bench_local(|| registry::lookup(black_box("where-object")));
}
