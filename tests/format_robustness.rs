//! Rendering never panics and never exceeds the width for tables, whatever the values and
//! the width (down to 0).

use coexist::eval::value::{Hashtable, PsObject, Value};
use coexist::format::{render, render_list, render_table};

fn values() -> Vec<Value> {
    let mut table = Hashtable::default();
    table.insert(Value::str("k".repeat(40)), Value::str("v".repeat(200)));
    let long = PsObject::new("T")
        .with("A", Value::str("é".repeat(50)))
        .with("B", Value::Int(i64::MIN))
        .with("C", Value::Double(f64::NAN))
        .with("D", Value::array(vec![Value::Null; 9]))
        .with("E", Value::str("line one\nline two"));
    let narrow = PsObject::new("U")
        .with("Name", Value::str("x"))
        .with("Items", Value::hashtable(table.clone()));
    vec![
        Value::object(long),
        Value::object(narrow),
        Value::hashtable(table),
        Value::str(""),
        Value::Null,
        Value::object(PsObject::new("Empty")),
    ]
}

#[test]
fn any_width_renders_without_panicking() {
    let values = values();
    for width in 0..140 {
        let _ = render(&values, width);
        let _ = render_list(&values, &["*".to_string()], width);
        let table = render_table(&values[1..2], &[], width);
        if width >= 10 {
            assert!(
                table.lines().all(|l| l.chars().count() <= width),
                "width {width}:\n{table}"
            );
        }
    }
}
