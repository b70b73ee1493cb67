//! Snapshot tests of the default display (`format::render`) and of Format-Table/-List's
//! renderers. Expected text is written by hand from PowerShell 5.1's documented format; each
//! line is shown with a leading `|` so blank lines and the absence of trailing spaces are exact.

use coexist::eval::value::{Hashtable, PsObject, Value};
use coexist::format::{render, render_list, render_table, DEFAULT_WIDTH};
use insta::assert_snapshot;

/// Each line of `text` prefixed with `|` (the last `|` stands for the text's final line end).
fn show(text: &str) -> String {
    text.split('\n')
        .map(|l| format!("|{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn s(text: &str) -> Value {
    Value::str(text)
}

fn obj(type_name: &str, props: &[(&str, Value)]) -> Value {
    let mut o = PsObject::new(type_name);
    for (k, v) in props {
        o = o.with(k, v.clone());
    }
    Value::object(o)
}

fn user(sip: &str, name: &str, policy: Value) -> Value {
    obj(
        "User",
        &[
            ("SipAddress", s(sip)),
            ("DisplayName", s(name)),
            ("RegistrarPool", s("lync2013.contoso.com")),
            ("Enabled", Value::Bool(true)),
            ("PersistentChatPolicy", policy),
        ],
    )
}

#[test]
fn scalars_print_one_per_line_and_null_prints_nothing() {
    let values = [
        s("a"),
        Value::Int(1),
        Value::Double(2.5),
        Value::Bool(true),
        Value::Null,
        Value::array(vec![s("b"), s("c")]),
    ];
    assert_eq!(render(&values, DEFAULT_WIDTH), "a\n1\n2.5\nTrue\nb\nc\n");
    assert_eq!(render(&[], DEFAULT_WIDTH), "");
    assert_eq!(render(&[Value::Null], DEFAULT_WIDTH), "");
}

#[test]
fn four_or_fewer_properties_make_a_table() {
    let values = [
        obj(
            "PSCustomObject",
            &[("Name", s("pchat.contoso.com")), ("Count", Value::Int(12))],
        ),
        obj(
            "PSCustomObject",
            &[("Name", s("lync")), ("Count", Value::Int(3))],
        ),
    ];
    assert_snapshot!(show(&render(&values, DEFAULT_WIDTH)), @r"
    |
    |Name              Count
    |----              -----
    |pchat.contoso.com    12
    |lync                  3
    |
    |
    ");
}

#[test]
fn five_or_more_properties_make_a_list() {
    let values = [
        user("sip:ann@contoso.com", "Ann Smith", Value::Null),
        user("sip:bob@contoso.com", "Bob Jones", s("Tag:Sales")),
    ];
    assert_snapshot!(show(&render(&values, DEFAULT_WIDTH)), @r"
    |
    |SipAddress           : sip:ann@contoso.com
    |DisplayName          : Ann Smith
    |RegistrarPool        : lync2013.contoso.com
    |Enabled              : True
    |PersistentChatPolicy :
    |
    |SipAddress           : sip:bob@contoso.com
    |DisplayName          : Bob Jones
    |RegistrarPool        : lync2013.contoso.com
    |Enabled              : True
    |PersistentChatPolicy : Tag:Sales
    |
    |
    ");
}

#[test]
fn the_default_display_set_decides_the_shape() {
    let mut pool = PsObject::new("ChatPool")
        .with("Identity", s("pchat.contoso.com"))
        .with("Kind", s("PersistentChat"))
        .with("HomePool", s("lync2013.contoso.com"))
        .with("State", s("Running"))
        .with("Servers", Value::Int(4))
        .with("FileStore", s("\\\\fs01\\pchat"));
    pool.default_display = 2;
    assert_snapshot!(show(&render(&[Value::object(pool)], DEFAULT_WIDTH)), @r"
    |
    |Identity          Kind
    |--------          ----
    |pchat.contoso.com PersistentChat
    |
    |
    ");
}

#[test]
fn wide_tables_are_narrowed_and_cut_with_dots() {
    let values = [
        obj(
            "ChatRoom",
            &[
                ("Identity", s("chat.contoso.com/Sales Announcements")),
                ("Members", Value::Int(12345)),
            ],
        ),
        obj(
            "ChatRoom",
            &[("Identity", s("short")), ("Members", Value::Int(7))],
        ),
    ];
    let text = render(&values, 30);
    assert!(text.lines().all(|l| l.chars().count() <= 30), "{text}");
    assert_snapshot!(show(&text), @r"
    |
    |Identity               Members
    |--------               -------
    |chat.contoso.com/Sa...   12345
    |short                        7
    |
    |
    ");
}

#[test]
fn columns_that_cannot_fit_are_dropped_from_the_right() {
    let values = [obj(
        "X",
        &[
            ("Alpha", s("aaaa")),
            ("Beta", s("bbbb")),
            ("Gamma", s("cccc")),
        ],
    )];
    assert_snapshot!(show(&render(&values, 10)), @r"
    |
    |Alpha Beta
    |----- ----
    |aaaa  bbbb
    |
    |
    ");
}

#[test]
fn runs_of_one_type_share_a_table_and_other_values_print_between() {
    let values = [
        s("first"),
        obj("Site", &[("Name", s("x"))]),
        obj("Site", &[("Name", s("y"))]),
        obj("Pool", &[("Fqdn", s("p")), ("Version", s("Lync2013"))]),
        s("last"),
    ];
    assert_snapshot!(show(&render(&values, DEFAULT_WIDTH)), @r"
    |first
    |
    |Name
    |----
    |x
    |y
    |
    |
    |Fqdn Version
    |---- -------
    |p    Lync2013
    |
    |last
    |
    ");
}

#[test]
fn hashtables_print_as_name_value_tables() {
    let mut table = Hashtable::default();
    table.insert(s("Add"), s("sip:a"));
    table.insert(s("Remove"), s("sip:b"));
    let mut second = Hashtable::default();
    second.insert(s("Replace"), Value::Int(1));
    let values = [Value::hashtable(table), Value::hashtable(second)];
    assert_snapshot!(show(&render(&values, DEFAULT_WIDTH)), @r"
    |
    |Name                           Value
    |----                           -----
    |Add                            sip:a
    |Remove                         sip:b
    |Replace                        1
    |
    |
    ");
}

#[test]
fn collections_in_cells_show_in_braces_up_to_four_items() {
    let values = [obj(
        "ChatRoom",
        &[
            ("Name", s("Sales")),
            ("Members", Value::array(vec![s("a"), s("b")])),
            ("Managers", Value::array((1..=6).map(Value::Int).collect())),
        ],
    )];
    assert_snapshot!(show(&render(&values, DEFAULT_WIDTH)), @r"
    |
    |Name  Members Managers
    |----  ------- --------
    |Sales {a, b}  {1, 2, 3, 4...}
    |
    |
    ");
}

#[test]
fn format_table_uses_the_given_properties() {
    let values = [
        user("sip:ann@contoso.com", "Ann", Value::Null),
        obj("PSCustomObject", &[("SipAddress", s("sip:x@contoso.com"))]),
    ];
    let props = ["DisplayName".to_string(), "SipAddress".to_string()];
    // render_table's text ends with the last row; printing it as a string adds one line end.
    assert_snapshot!(show(&render_table(&values, &props, DEFAULT_WIDTH)), @r"
    |
    |DisplayName SipAddress
    |----------- ----------
    |Ann         sip:ann@contoso.com
    |            sip:x@contoso.com
    |
    ");
}

#[test]
fn format_table_text_printed_as_a_string_matches_the_default_display() {
    let values = [
        obj(
            "PSCustomObject",
            &[("Name", s("a")), ("Size", Value::Int(1))],
        ),
        obj(
            "PSCustomObject",
            &[("Name", s("b")), ("Size", Value::Int(22))],
        ),
    ];
    let table = render_table(&values, &[], DEFAULT_WIDTH);
    assert_eq!(
        render(&[Value::str(&table)], DEFAULT_WIDTH),
        render(&values, DEFAULT_WIDTH)
    );
    let list = render_list(&[user("sip:a@b", "A", Value::Null)], &[], DEFAULT_WIDTH);
    assert_eq!(
        render(&[Value::str(&list)], DEFAULT_WIDTH),
        render(&[user("sip:a@b", "A", Value::Null)], DEFAULT_WIDTH)
    );
}

#[test]
fn format_list_star_shows_every_property_and_wraps_long_values() {
    let mut room = PsObject::new("ChatRoom")
        .with("Name", s("Sales"))
        .with("Description", s("Persistent Chat pool for Sales"));
    room.default_display = 1;
    let room = Value::object(room);
    assert_snapshot!(show(&render_list(std::slice::from_ref(&room), &["*".to_string()], 30)), @r"
    |
    |Name        : Sales
    |Description : Persistent Chat
    |              pool for Sales
    |
    ");
    assert_snapshot!(show(&render_list(&[room], &[], 30)), @r"
    |
    |Name : Sales
    |
    ");
}

#[test]
fn format_list_shows_hashtable_entries_and_scalars() {
    let mut table = Hashtable::default();
    table.insert(s("Add"), s("sip:a"));
    let values = [Value::hashtable(table), Value::Int(5)];
    assert_snapshot!(show(&render_list(&values, &[], DEFAULT_WIDTH)), @r"
    |
    |Name  : Add
    |Value : sip:a
    |
    |5
    ");
}

#[test]
fn formatted_scalars_print_as_they_would_unformatted() {
    let values = [s("x"), Value::Int(2)];
    let table = render_table(&values, &[], DEFAULT_WIDTH);
    assert_eq!(table, "x\n2");
    assert_eq!(
        render(&[Value::str(&table)], DEFAULT_WIDTH),
        render(&values, DEFAULT_WIDTH)
    );
    let list = render_list(&values, &[], DEFAULT_WIDTH);
    assert_eq!(
        render(&[Value::str(&list)], DEFAULT_WIDTH),
        render(&values, DEFAULT_WIDTH)
    );
}

#[test]
fn objects_without_properties_print_nothing() {
    let values = [obj("PSCustomObject", &[]), s("after")];
    assert_eq!(render(&values, DEFAULT_WIDTH), "after\n");
}

#[test]
fn headers_are_cut_like_cells_and_the_widest_column_shrinks_first() {
    let values = [obj(
        "X",
        &[
            ("DisplayName", s("a")),
            ("RegistrarPool", s("lync2013.contoso.com")),
        ],
    )];
    let text = render(&values, 20);
    assert_snapshot!(show(&text), @r"
    |
    |Display... Regist...
    |---------- ---------
    |a          lync20...
    |
    |
    ");
}
