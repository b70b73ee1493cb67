//! Rendering cost of the default display: a 1 000-row table of 4-property objects and
//! 1 000 objects of 6 properties as a list.

use coexist::eval::value::{PsObject, Value};
use coexist::format::render;
use divan::black_box;

fn main() {
    divan::main();
}

fn users(n: usize, props: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let mut o = PsObject::new("User")
                .with("SipAddress", Value::str(format!("sip:user{i}@contoso.com")))
                .with("DisplayName", Value::str(format!("User {i}")))
                .with("RegistrarPool", Value::str("lync2013.contoso.com"))
                .with("Enabled", Value::Bool(true))
                .with("PersistentChatPolicy", Value::Null)
                .with("GroupChatPool", Value::Null);
            o.default_display = props;
            Value::object(o)
        })
        .collect()
}

#[divan::bench]
fn table_1000_rows(bencher: divan::Bencher) {
    let values = users(1000, 4);
    bencher.bench_local(|| render(black_box(&values), 120));
}

#[divan::bench]
fn list_1000_objects(bencher: divan::Bencher) {
    let values = users(1000, 6);
    bencher.bench_local(|| render(black_box(&values), 120));
}
