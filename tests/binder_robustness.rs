//! Bad input never panics the binder: every registered signature gets a deterministic stream
//! of random argument lists (names, prefixes, unknown names, attached values, values of every
//! type, pipeline input) and must answer with a bound result or a coded error.

use coexist::cmdlets::registry;
use coexist::eval::binder::{bind_arguments, bind_input, Arg, CODES};
use coexist::eval::value::{Hashtable, PsObject, Value};
use coexist::span::{SourceId, Span};

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn value(rng: &mut Rng) -> Value {
    match rng.below(9) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::Int(rng.next() as i64),
        3 => Value::Double(f64::from_bits(rng.next())),
        4 => Value::str(["", "x", "Lync2013", "true", "42", "ÿ€𝄞", "-Force"][rng.below(7)]),
        5 => Value::array((0..rng.below(3)).map(|_| Value::str("a")).collect()),
        6 => Value::hashtable(Hashtable::default()),
        7 => Value::object(
            PsObject::new("User")
                .with("SipAddress", Value::str("sip:a@b"))
                .with("Identity", Value::Int(1)),
        ),
        _ => Value::array(vec![Value::Null]),
    }
}

fn name(rng: &mut Rng, names: &[String]) -> String {
    let base = &names[rng.below(names.len())];
    match rng.below(5) {
        0 => String::new(),
        1 => "Zz".to_string(),
        2 => base
            .chars()
            .take(1 + rng.below(base.len().max(1)))
            .collect(),
        3 => base.to_uppercase(),
        _ => base.clone(),
    }
}

#[test]
fn random_arguments_bind_or_fail_with_a_code() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let span = Span::new(SourceId(0), 0, 4);
    for spec in registry::all() {
        let names: Vec<String> = spec
            .signature
            .params
            .iter()
            .flat_map(|p| std::iter::once(p.name.clone()).chain(p.aliases.iter().cloned()))
            .collect();
        for _ in 0..300 {
            let args: Vec<Arg> = (0..rng.below(6))
                .map(|_| match rng.below(3) {
                    0 => Arg::Value {
                        value: value(&mut rng),
                        span,
                    },
                    1 => Arg::Parameter {
                        name: name(&mut rng, &names),
                        span,
                        attached: None,
                    },
                    _ => Arg::Parameter {
                        name: name(&mut rng, &names),
                        span,
                        attached: Some((value(&mut rng), span)),
                    },
                })
                .collect();
            let expects_input = rng.below(2) == 0;
            match bind_arguments(&spec.signature, spec.name, &args, span, expects_input) {
                Ok(base) if expects_input => {
                    if let Err(e) = bind_input(&spec.signature, &base, &value(&mut rng), span) {
                        assert!(CODES.contains(&e.code), "{}: {}", spec.name, e.code);
                    }
                }
                Ok(_) => {}
                Err(e) => assert!(CODES.contains(&e.code), "{}: {}", spec.name, e.code),
            }
        }
    }
}
