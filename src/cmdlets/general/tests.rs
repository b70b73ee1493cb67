//! Tests of the general cmdlets, run through the registry and the binder against a fake
//! [`Host`] whose script blocks are Rust closures keyed by the block's span start (an
//! unregistered block outputs its input).

use crate::cmdlets::command::{Bound, CommandError, Host, Warning};
use crate::cmdlets::registry;
use crate::eval::binder::{bind_arguments, bind_input, Arg};
use crate::eval::error::RuntimeError;
use crate::eval::value::{Hashtable, PsObject, Value};
use crate::format;
use crate::model::Model;
use crate::span::{SourceId, Span};
use crate::syntax::ast::{ScriptBlock, ScriptBlockBody};
use std::collections::HashMap;
use std::sync::Arc;

/// A block's behaviour in the fake host.
type Behaviour = Box<dyn Fn(&Value) -> Vec<Value>>;

/// A fake interpreter.
#[derive(Default)]
struct FakeHost {
    model: Model,
    host_text: String,
    warnings: Vec<String>,
    blocks: HashMap<u32, Behaviour>,
    files: Option<crate::files::FileGate>,
}

impl Host for FakeHost {
    fn model(&mut self) -> &mut Model {
        &mut self.model
    }
    fn warn(&mut self, warning: Warning) {
        if let Warning::Text { message, .. } = warning {
            self.warnings.push(message);
        }
    }
    fn write_host(&mut self, text: &str) {
        self.host_text.push_str(text);
    }
    fn invoke_block(
        &mut self,
        block: &Arc<ScriptBlock>,
        input: &Value,
    ) -> Result<Vec<Value>, CommandError> {
        Ok(match self.blocks.get(&block.span.start) {
            Some(f) => f(input),
            None => vec![input.clone()],
        })
    }
    fn should_process(&mut self, _bound: &Bound, _action: &str, _target: &str) -> bool {
        true
    }
    fn width(&self) -> usize {
        format::DEFAULT_WIDTH
    }
    fn files(&mut self) -> Option<&mut crate::files::FileGate> {
        self.files.as_mut()
    }
}

impl FakeHost {
    /// Registers a block behaving as `f` and returns it as a value.
    fn block(&mut self, id: u32, f: impl Fn(&Value) -> Vec<Value> + 'static) -> Value {
        self.blocks.insert(id, Box::new(f));
        block_value(id)
    }
}

/// A script block value whose span starts at `id`.
fn block_value(id: u32) -> Value {
    Value::ScriptBlock(Arc::new(ScriptBlock {
        param_block: None,
        body: ScriptBlockBody::Statements(Vec::new()),
        span: Span::new(SourceId(0), id as usize, id as usize + 2),
    }))
}

fn sp(start: usize) -> Span {
    Span::new(SourceId(0), start, start + 1)
}

/// `-name`.
fn p(name: &str) -> Arg {
    Arg::Parameter {
        name: name.into(),
        span: sp(100),
        attached: None,
    }
}

/// A value argument.
fn a(value: Value) -> Arg {
    Arg::Value {
        value,
        span: sp(200),
    }
}

fn s(text: &str) -> Value {
    Value::str(text)
}

fn ints(items: &[i64]) -> Vec<Value> {
    items.iter().map(|i| Value::Int(*i)).collect()
}

/// What one pipeline run produced.
#[derive(Debug, Default)]
struct Run {
    out: Vec<Value>,
    errors: Vec<RuntimeError>,
}

impl Run {
    fn texts(&self) -> Vec<String> {
        self.out.iter().map(Value::to_display_string).collect()
    }
}

/// Runs `command args` with `input` piped in (None: the command starts the pipeline).
fn run(host: &mut FakeHost, command: &str, args: Vec<Arg>, input: Option<Vec<Value>>) -> Run {
    let spec = registry::lookup(command).unwrap_or_else(|| panic!("no command {command}"));
    let mut result = Run::default();
    let base = match bind_arguments(
        &spec.signature,
        spec.name,
        &args,
        Span::new(SourceId(0), 0, 10),
        input.is_some(),
    ) {
        Ok(b) => b,
        Err(e) => {
            result.errors.push(e);
            return result;
        }
    };
    let mut cmd = (spec.factory)();
    let record = |r: Result<(), CommandError>, errors: &mut Vec<RuntimeError>| match r {
        Ok(()) => {}
        Err(CommandError::Runtime(e)) => errors.push(*e),
        Err(other) => panic!("unexpected {other:?}"),
    };
    record(cmd.begin(host, &base, &mut result.out), &mut result.errors);
    match input {
        None => record(
            cmd.process(host, &base, &mut result.out),
            &mut result.errors,
        ),
        Some(items) => {
            for item in items {
                match bind_input(&spec.signature, &base, &item, sp(0)) {
                    Ok(bound) => record(
                        cmd.process(host, &bound, &mut result.out),
                        &mut result.errors,
                    ),
                    Err(e) => result.errors.push(e),
                }
            }
        }
    }
    record(cmd.end(host, &mut result.out), &mut result.errors);
    result
}

fn item(name: &str, size: i64) -> Value {
    Value::object(
        PsObject::new("Item")
            .with("Name", s(name))
            .with("Size", Value::Int(size))
            .with("Tags", Value::array(vec![s("x"), s(&name.to_uppercase())])),
    )
}

fn items() -> Vec<Value> {
    vec![
        item("apple", 3),
        item("banana", 7),
        item("Avocado", 5),
        item("cherry", 7),
    ]
}

fn names(run: &Run) -> Vec<String> {
    run.out
        .iter()
        .map(|v| match v {
            Value::Object(o) => o
                .borrow()
                .get("Name")
                .map(Value::to_display_string)
                .unwrap_or_default(),
            other => other.to_display_string(),
        })
        .collect()
}

#[test]
fn write_output_enumerates_its_arguments() {
    let mut host = FakeHost::default();
    let r = run(
        &mut host,
        "echo",
        vec![a(s("a")), a(s("b")), a(s("c"))],
        None,
    );
    assert_eq!(r.texts(), ["a", "b", "c"]);
    let r = run(
        &mut host,
        "Write-Output",
        vec![a(Value::array(ints(&[1, 2])))],
        None,
    );
    assert_eq!(r.out.len(), 2);
    let r = run(
        &mut host,
        "Write-Output",
        vec![a(Value::array(ints(&[1, 2]))), p("NoEnumerate")],
        None,
    );
    assert_eq!(r.out.len(), 1);
    let r = run(&mut host, "write", vec![], Some(ints(&[4, 5])));
    assert_eq!(r.texts(), ["4", "5"]);
}

#[test]
fn write_host_prints_joined_text() {
    let mut host = FakeHost::default();
    let args = vec![
        a(s("Pool")),
        a(Value::Int(1)),
        a(s("of")),
        a(Value::Int(3)),
        p("ForegroundColor"),
        a(s("green")),
    ];
    let r = run(&mut host, "Write-Host", args, None);
    assert!(r.out.is_empty() && r.errors.is_empty());
    assert_eq!(host.host_text, "Pool 1 of 3\n");
    run(
        &mut host,
        "Write-Host",
        vec![a(s("x")), p("NoNewline")],
        None,
    );
    run(
        &mut host,
        "Write-Host",
        vec![
            a(Value::array(vec![s("a"), s("b")])),
            p("Separator"),
            a(s(",")),
        ],
        None,
    );
    assert_eq!(host.host_text, "Pool 1 of 3\nxa,b\n");
}

#[test]
fn write_warning_and_write_error_report() {
    let mut host = FakeHost::default();
    run(&mut host, "Write-Warning", vec![a(s("careful"))], None);
    assert_eq!(host.warnings, ["careful"]);
    let r = run(&mut host, "Write-Error", vec![a(s("User not found"))], None);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].code, super::write::WRITE_ERROR);
    assert_eq!(r.errors[0].message, "User not found");
}

#[test]
fn write_verbose_prints_only_with_verbose() {
    let mut host = FakeHost::default();
    run(&mut host, "Write-Verbose", vec![a(s("quiet"))], None);
    run(
        &mut host,
        "Write-Verbose",
        vec![a(s("loud")), p("Verbose")],
        None,
    );
    assert_eq!(host.host_text, "VERBOSE: loud\n");
}

#[test]
fn write_debug_progress_and_clear_host() {
    let mut host = FakeHost::default();
    run(&mut host, "Write-Debug", vec![a(s("quiet"))], None);
    run(
        &mut host,
        "Write-Debug",
        vec![a(s("loud")), p("Debug")],
        None,
    );
    let args = vec![
        a(s("Moving")),
        a(s("1 of 2")),
        p("PercentComplete"),
        a(Value::Int(50)),
    ];
    let r = run(&mut host, "Write-Progress", args, None);
    assert!(r.out.is_empty() && r.errors.is_empty());
    let r = run(&mut host, "cls", vec![], None);
    assert!(r.out.is_empty() && r.errors.is_empty());
    assert_eq!(host.host_text, "DEBUG: loud\n");
}

#[test]
fn where_object_runs_the_block_per_object() {
    let mut host = FakeHost::default();
    let block = host.block(1, |v| {
        vec![Value::Bool(matches!(v, Value::Int(i) if *i > 3))]
    });
    let r = run(&mut host, "?", vec![a(block)], Some(ints(&[1, 2, 3, 4, 5])));
    assert_eq!(r.texts(), ["4", "5"]);
    let always = host.block(2, |_| vec![Value::Bool(true)]);
    let r = run(&mut host, "?", vec![a(always)], None);
    assert!(r.out.is_empty());
}

#[test]
fn where_object_property_form() {
    let mut host = FakeHost::default();
    let mut check = |args: Vec<Arg>, expected: &[&str]| {
        let r = run(&mut host, "Where-Object", args, Some(items()));
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        assert_eq!(names(&r), expected);
    };
    check(
        vec![a(s("Size")), p("GT"), a(Value::Int(5))],
        &["banana", "cherry"],
    );
    check(
        vec![a(s("Size")), p("ge"), a(s("5"))],
        &["banana", "Avocado", "cherry"],
    );
    check(vec![a(s("Name")), p("EQ"), a(s("APPLE"))], &["apple"]);
    check(vec![a(s("Name")), p("CEQ"), a(s("APPLE"))], &[]);
    check(
        vec![a(s("Name")), p("Like"), a(s("a*"))],
        &["apple", "Avocado"],
    );
    check(
        vec![a(s("Name")), p("NotLike"), a(s("a*"))],
        &["banana", "cherry"],
    );
    check(vec![a(s("Name")), p("Match"), a(s("an+a$"))], &["banana"]);
    check(
        vec![
            a(s("Name")),
            p("In"),
            a(Value::array(vec![s("cherry"), s("kiwi")])),
        ],
        &["cherry"],
    );
    check(
        vec![a(s("Tags")), p("Contains"), a(s("banana"))],
        &["banana"],
    );
    check(vec![p("Property"), a(s("Missing"))], &[]);
    check(
        vec![a(s("Size")), p("NE"), a(Value::Int(7))],
        &["apple", "Avocado"],
    );
}

#[test]
fn where_object_rejects_two_operators_and_bad_patterns() {
    let mut host = FakeHost::default();
    let r = run(
        &mut host,
        "where",
        vec![a(s("Size")), p("GT"), a(Value::Int(1)), p("LT")],
        Some(vec![item("a", 2)]),
    );
    assert_eq!(
        r.errors[0].code,
        crate::eval::binder::AMBIGUOUS_PARAMETER_SET
    );
    let r = run(
        &mut host,
        "where",
        vec![a(s("Name")), p("Match"), a(s("(unclosed"))],
        Some(vec![item("a", 2)]),
    );
    assert_eq!(r.errors[0].code, super::where_object::INVALID_REGEX);
    assert_eq!(r.errors[0].span, sp(200));
}

#[test]
fn foreach_object_runs_begin_process_and_end() {
    let mut host = FakeHost::default();
    let double = host.block(1, |v| {
        vec![Value::Int(crate::eval::convert::to_int(v).unwrap_or(0) * 2)]
    });
    let r = run(
        &mut host,
        "%",
        vec![a(double.clone())],
        Some(ints(&[1, 2, 3])),
    );
    assert_eq!(r.texts(), ["2", "4", "6"]);
    let begin = host.block(2, |_| vec![s("start")]);
    let end = host.block(3, |_| vec![s("done")]);
    let args = vec![
        p("Begin"),
        a(begin.clone()),
        p("Process"),
        a(double),
        p("End"),
        a(end.clone()),
    ];
    let r = run(&mut host, "ForEach-Object", args, Some(ints(&[1, 2])));
    assert_eq!(r.texts(), ["start", "2", "4", "done"]);
    // Begin and End run even without input.
    let args = vec![
        p("Begin"),
        a(begin),
        p("Process"),
        a(block_value(9)),
        p("End"),
        a(end),
    ];
    let r = run(&mut host, "ForEach-Object", args, Some(vec![]));
    assert_eq!(r.texts(), ["start", "done"]);
}

#[test]
fn foreach_object_member_name_reads_a_property() {
    let mut host = FakeHost::default();
    let r = run(&mut host, "foreach", vec![a(s("name"))], Some(items()));
    assert_eq!(r.texts(), ["apple", "banana", "Avocado", "cherry"]);
    let r = run(
        &mut host,
        "foreach",
        vec![a(s("Tags"))],
        Some(vec![item("a", 1)]),
    );
    assert_eq!(r.texts(), ["x", "A"]);
}

#[test]
fn select_object_picks_by_position() {
    let mut host = FakeHost::default();
    let r = run(
        &mut host,
        "select",
        vec![p("First"), a(Value::Int(2))],
        Some(ints(&[1, 2, 3, 4])),
    );
    assert_eq!(r.texts(), ["1", "2"]);
    let r = run(
        &mut host,
        "select",
        vec![p("Last"), a(Value::Int(2))],
        Some(ints(&[1, 2, 3, 4])),
    );
    assert_eq!(r.texts(), ["3", "4"]);
    let args = vec![p("Skip"), a(Value::Int(1)), p("First"), a(Value::Int(2))];
    let r = run(&mut host, "select", args, Some(ints(&[1, 2, 3, 4])));
    assert_eq!(r.texts(), ["2", "3"]);
    let input = vec![s("a"), s("b"), s("a"), s("c"), s("b")];
    let r = run(&mut host, "select", vec![p("Unique")], Some(input));
    assert_eq!(r.texts(), ["a", "b", "c"]);
}

#[test]
fn select_object_builds_objects_of_the_chosen_properties() {
    let mut host = FakeHost::default();
    let r = run(
        &mut host,
        "Select-Object",
        vec![a(Value::array(vec![s("size"), s("N*")]))],
        Some(items()),
    );
    let first = match &r.out[0] {
        Value::Object(o) => o.borrow().clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(first.type_name, "PSCustomObject");
    let keys: Vec<&String> = first.properties.keys().collect();
    assert_eq!(keys, ["Size", "Name"]);
    // Calculated properties: a block, and a property name with abbreviated keys.
    let upper = host.block(5, |v| {
        vec![s(&crate::cmdlets::general::property::property(v, "Name")
            .unwrap_or_default()
            .to_display_string()
            .to_uppercase())]
    });
    let mut calc = Hashtable::default();
    calc.insert(s("Name"), s("Loud"));
    calc.insert(s("Expression"), upper);
    let mut short = Hashtable::default();
    short.insert(s("n"), s("Weight"));
    short.insert(s("e"), s("Size"));
    let selectors = Value::array(vec![Value::hashtable(calc), Value::hashtable(short)]);
    let r = run(
        &mut host,
        "select",
        vec![a(selectors)],
        Some(vec![item("kiwi", 2)]),
    );
    let text = format::render(&r.out, 120);
    assert_eq!(text, "\nLoud Weight\n---- ------\nKIWI      2\n\n");
}

#[test]
fn select_object_expands_and_excludes() {
    let mut host = FakeHost::default();
    let r = run(
        &mut host,
        "select",
        vec![p("ExpandProperty"), a(s("Tags"))],
        Some(vec![item("a", 1)]),
    );
    assert_eq!(r.texts(), ["x", "A"]);
    let r = run(
        &mut host,
        "select",
        vec![p("ExpandProperty"), a(s("Nope"))],
        Some(vec![item("a", 1)]),
    );
    assert_eq!(r.errors[0].code, super::select_object::PROPERTY_NOT_FOUND);
    let r = run(
        &mut host,
        "select",
        vec![p("ExcludeProperty"), a(s("T*"))],
        Some(vec![item("a", 1)]),
    );
    match &r.out[0] {
        Value::Object(o) => assert_eq!(
            o.borrow().properties.keys().collect::<Vec<_>>(),
            ["Name", "Size"]
        ),
        other => panic!("{other:?}"),
    }
    let mut bad = Hashtable::default();
    bad.insert(s("Colour"), s("x"));
    let r = run(
        &mut host,
        "select",
        vec![a(Value::hashtable(bad))],
        Some(vec![item("a", 1)]),
    );
    assert_eq!(r.errors[0].code, crate::eval::binder::INVALID_VALUE);
}

#[test]
fn sort_object_sorts_stably_with_powershell_order() {
    let mut host = FakeHost::default();
    let r = run(&mut host, "sort", vec![], Some(ints(&[10, 9, 100, 1])));
    assert_eq!(r.texts(), ["1", "9", "10", "100"]);
    let r = run(
        &mut host,
        "sort",
        vec![p("Descending")],
        Some(vec![s("b"), s("C"), s("a")]),
    );
    assert_eq!(r.texts(), ["C", "b", "a"]);
    // Equal keys keep input order.
    let r = run(&mut host, "Sort-Object", vec![a(s("Size"))], Some(items()));
    assert_eq!(names(&r), ["apple", "Avocado", "banana", "cherry"]);
    let r = run(&mut host, "Sort-Object", vec![a(s("Name"))], Some(items()));
    assert_eq!(names(&r), ["apple", "Avocado", "banana", "cherry"]);
    let r = run(
        &mut host,
        "sort",
        vec![a(s("Size")), p("Unique")],
        Some(items()),
    );
    assert_eq!(names(&r), ["apple", "Avocado", "banana"]);
    // A hashtable key with its own direction.
    let mut by_size = Hashtable::default();
    by_size.insert(s("Expression"), s("Size"));
    by_size.insert(s("Descending"), Value::Bool(true));
    let keys = Value::array(vec![Value::hashtable(by_size), s("Name")]);
    let r = run(&mut host, "sort", vec![a(keys)], Some(items()));
    assert_eq!(names(&r), ["banana", "cherry", "Avocado", "apple"]);
}

#[test]
fn measure_object_counts_and_computes() {
    let mut host = FakeHost::default();
    let r = run(&mut host, "measure", vec![], Some(ints(&[1, 2, 3])));
    let text = format::render(&r.out, 120);
    assert_eq!(
        text,
        "\nCount    : 3\nAverage  :\nSum      :\nMaximum  :\nMinimum  :\nProperty :\n\n"
    );
    let args = vec![
        p("Sum"),
        p("Average"),
        p("Maximum"),
        p("Minimum"),
        p("Property"),
        a(s("Size")),
    ];
    let r = run(&mut host, "Measure-Object", args, Some(items()));
    let text = format::render(&r.out, 120);
    assert_eq!(
        text,
        "\nCount    : 4\nAverage  : 5.5\nSum      : 22\nMaximum  : 7\nMinimum  : 3\nProperty : Size\n\n"
    );
    let r = run(&mut host, "measure", vec![p("Sum")], Some(vec![s("x")]));
    assert_eq!(r.errors[0].code, super::measure_object::NOT_NUMERIC);
}

#[test]
fn group_object_groups_in_order_of_first_appearance() {
    let mut host = FakeHost::default();
    let r = run(&mut host, "group", vec![a(s("Size"))], Some(items()));
    let text = format::render(&r.out, 120);
    assert_eq!(
        text,
        "\nCount Name Group\n----- ---- -----\n    1 3    {apple}\n    2 7    {banana, cherry}\n    1 5    {Avocado}\n\n"
    );
    let input = vec![s("a"), s("A"), s("b")];
    let r = run(
        &mut host,
        "Group-Object",
        vec![p("NoElement")],
        Some(input.clone()),
    );
    assert_eq!(
        format::render(&r.out, 120),
        "\nCount Name\n----- ----\n    2 a\n    1 b\n\n"
    );
    let r = run(
        &mut host,
        "Group-Object",
        vec![p("CaseSensitive")],
        Some(input),
    );
    assert_eq!(r.out.len(), 3);
}

#[test]
fn new_object_builds_bags_and_empty_collections() {
    let mut host = FakeHost::default();
    let mut props = Hashtable::default();
    props.insert(s("User"), s("sip:ann@contoso.com"));
    props.insert(s("Moved"), Value::Bool(true));
    let args = vec![a(s("PSObject")), p("Property"), a(Value::hashtable(props))];
    let r = run(&mut host, "New-Object", args, None);
    assert_eq!(
        format::render(&r.out, 120),
        "\nUser                Moved\n----                -----\nsip:ann@contoso.com True\n\n"
    );
    let r = run(
        &mut host,
        "New-Object",
        vec![a(s("System.Collections.ArrayList"))],
        None,
    );
    assert!(matches!(&r.out[0], Value::Array(items) if items.borrow().is_empty()));
    let r = run(&mut host, "New-Object", vec![a(s("hashtable"))], None);
    assert!(matches!(&r.out[0], Value::Hashtable(_)));
    let r = run(
        &mut host,
        "New-Object",
        vec![a(s("-ComObject")), a(s("Excel.Application"))],
        None,
    );
    assert!(!r.errors.is_empty());
    let r = run(
        &mut host,
        "New-Object",
        vec![a(s("System.Net.WebClient"))],
        None,
    );
    assert_eq!(r.errors[0].code, super::object::UNSUPPORTED);
}

#[test]
fn add_member_adds_note_properties() {
    let mut host = FakeHost::default();
    let obj = Value::object(PsObject::new("PSCustomObject"));
    // Old form: MemberType, Name, Value by position.
    let args = vec![a(s("NoteProperty")), a(s("Pool")), a(s("pchat"))];
    let r = run(&mut host, "Add-Member", args, Some(vec![obj.clone()]));
    assert!(r.errors.is_empty() && r.out.is_empty(), "{:?}", r.errors);
    // PowerShell 3.0 form: a name that is not a member type binds to -NotePropertyName.
    let args = vec![a(s("Site")), a(s("Redmond")), p("PassThru")];
    let r = run(&mut host, "Add-Member", args, Some(vec![obj.clone()]));
    assert_eq!(r.out.len(), 1);
    let mut many = Hashtable::default();
    many.insert(s("Count"), Value::Int(2));
    let args = vec![p("NotePropertyMembers"), a(Value::hashtable(many))];
    run(&mut host, "Add-Member", args, Some(vec![obj.clone()]));
    match &obj {
        Value::Object(o) => {
            let keys: Vec<String> = o.borrow().properties.keys().cloned().collect();
            assert_eq!(keys, ["Pool", "Site", "Count"]);
        }
        other => panic!("{other:?}"),
    }
    // An existing property needs -Force.
    let args = vec![
        p("NotePropertyName"),
        a(s("pool")),
        p("NotePropertyValue"),
        a(s("x")),
    ];
    let r = run(
        &mut host,
        "Add-Member",
        args.clone(),
        Some(vec![obj.clone()]),
    );
    assert_eq!(r.errors[0].code, super::object::MEMBER_EXISTS);
    let mut forced = args;
    forced.push(p("Force"));
    let r = run(&mut host, "Add-Member", forced, Some(vec![obj.clone()]));
    assert!(r.errors.is_empty());
    // Other member kinds and non-objects are not modelled.
    let args = vec![a(s("ScriptMethod")), a(s("Go")), a(block_value(3))];
    let r = run(&mut host, "Add-Member", args, Some(vec![obj]));
    assert_eq!(r.errors[0].code, super::object::UNSUPPORTED);
    let args = vec![a(s("NoteProperty")), a(s("X")), a(s("y"))];
    let r = run(&mut host, "Add-Member", args, Some(vec![s("text")]));
    assert_eq!(r.errors[0].code, super::object::UNSUPPORTED);
}

#[test]
fn format_cmdlets_emit_one_string() {
    let mut host = FakeHost::default();
    let r = run(&mut host, "ft", vec![], Some(items()));
    assert_eq!(r.out.len(), 1);
    assert_eq!(format::render(&r.out, 120), format::render(&items(), 120));
    let r = run(
        &mut host,
        "Format-Table",
        vec![a(s("Name"))],
        Some(vec![item("kiwi", 1)]),
    );
    assert_eq!(r.texts(), ["\nName\n----\nkiwi\n"]);
    let r = run(
        &mut host,
        "fl",
        vec![a(s("*"))],
        Some(vec![item("kiwi", 1)]),
    );
    assert_eq!(r.texts(), ["\nName : kiwi\nSize : 1\nTags : {x, KIWI}\n"]);
    let r = run(
        &mut host,
        "ft",
        vec![p("HideTableHeaders")],
        Some(vec![item("kiwi", 1)]),
    );
    assert_eq!(r.texts(), ["\nkiwi    1 {x, KIWI}\n"]);
    let r = run(&mut host, "Out-String", vec![], Some(ints(&[1, 2])));
    assert_eq!(r.texts(), ["1\n2\n"]);
    let r = run(
        &mut host,
        "Out-String",
        vec![p("Stream")],
        Some(ints(&[1, 2])),
    );
    assert_eq!(r.texts(), ["1", "2"]);
    let r = run(&mut host, "Out-Null", vec![], Some(ints(&[1, 2])));
    assert!(r.out.is_empty());
    let r = run(&mut host, "ft", vec![], Some(vec![]));
    assert!(r.out.is_empty());
}

#[test]
fn import_module_accepts_only_the_lync_and_ad_modules() {
    let mut host = FakeHost::default();
    for name in [
        "Lync",
        "skypeforbusiness",
        "ActiveDirectory",
        "C:\\Modules\\Lync\\Lync.psd1",
    ] {
        let r = run(&mut host, "ipmo", vec![a(s(name))], None);
        assert!(r.errors.is_empty(), "{name}: {:?}", r.errors);
    }
    let r = run(&mut host, "Import-Module", vec![a(s("MSOnline"))], None);
    assert_eq!(r.errors[0].code, super::module::UNKNOWN_MODULE);
    assert_eq!(r.errors[0].span, sp(200));
    let r = run(
        &mut host,
        "Add-PSSnapin",
        vec![a(s("Quest.ActiveRoles"))],
        None,
    );
    assert_eq!(r.errors[0].code, super::module::UNKNOWN_MODULE);
}

#[test]
fn start_sleep_returns_at_once_and_get_date_formats() {
    let mut host = FakeHost::default();
    let r = run(&mut host, "Start-Sleep", vec![a(Value::Int(30))], None);
    assert!(r.out.is_empty() && r.errors.is_empty());
    let r = run(&mut host, "sleep", vec![p("ms"), a(Value::Int(500))], None);
    assert!(r.errors.is_empty());
    let r = run(&mut host, "Get-Date", vec![], None);
    let text = r.texts().remove(0);
    assert_eq!(text.len(), 19, "{text}");
    assert_eq!(&text[4..5], "-");
    let r = run(&mut host, "Get-Date", vec![p("Format"), a(s("yyyy"))], None);
    assert!(r.texts()[0].parse::<u32>().is_ok_and(|y| y >= 2024));
    let args = vec![a(s("2024-01-31")), p("Format"), a(s("dd/MM/yyyy"))];
    assert_eq!(
        run(&mut host, "Get-Date", args, None).texts(),
        ["31/01/2024"]
    );
    let r = run(&mut host, "Get-Date", vec![a(s("soon"))], None);
    assert_eq!(r.errors[0].code, crate::eval::binder::CONVERSION);
    assert_eq!(r.errors[0].span, sp(200));
}

#[test]
fn every_general_code_is_an_eval_code_listed_once() {
    let mut codes = super::CODES.to_vec();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), super::CODES.len());
    assert!(super::CODES
        .iter()
        .all(|c| c.starts_with("coexist::eval::")));
}

#[test]
fn random_arguments_and_input_never_panic() {
    // xorshift: deterministic.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut calc = Hashtable::default();
    calc.insert(s("e"), block_value(7));
    let pool = [
        Value::Null,
        Value::Bool(true),
        Value::Int(-3),
        Value::Double(f64::NAN),
        s(""),
        s("*"),
        s("(bad["),
        s("ÿ€𝄞"),
        Value::array(vec![s("Name"), Value::Null]),
        Value::hashtable(calc),
        block_value(7),
        item("x", 1),
    ];
    // The general cmdlets only: domain cmdlets report model errors this driver does not expect.
    // File cmdlets work in a temporary folder.
    let folder = tempfile::tempdir().unwrap();
    let gate = crate::files::FileGate::new(folder.path(), []);
    let general: Vec<&str> = super::specs().iter().map(|s| s.name).collect();
    for spec in registry::all().iter().filter(|s| general.contains(&s.name)) {
        let names: Vec<&str> = spec
            .signature
            .params
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        for _ in 0..200 {
            let mut args = Vec::new();
            for _ in 0..next(5) {
                if next(2) == 0 {
                    args.push(p(names[next(names.len())]));
                }
                args.push(a(pool[next(pool.len())].clone()));
            }
            let input = (next(2) == 0).then(|| {
                (0..next(4))
                    .map(|_| pool[next(pool.len())].clone())
                    .collect()
            });
            let mut host = FakeHost {
                files: Some(gate.clone()),
                ..FakeHost::default()
            };
            let _ = run(&mut host, spec.name, args, input);
        }
    }
}
