//! Save-Topology / Import-Topology and Export-/Import-ChatData through the interpreter, in a
//! temp dir: round trips, and missing or corrupt files as coded errors on the path argument.

use coexist::cmdlets::command::CommandError;
use coexist::eval::{with_large_stack, CollectOutput, Interpreter};
use coexist::model::Model;
use coexist::span::SourceId;
use std::path::Path;

/// What a run reported, in a form that can leave the interpreter's thread.
struct Ran {
    /// The model afterwards.
    model: Model,
    /// Output values as text.
    values: Vec<String>,
    /// Errors as (code, byte range of the span).
    errors: Vec<(&'static str, std::ops::Range<usize>)>,
    /// What-if lines as (action, target).
    what_if: Vec<(String, String)>,
}

/// Runs `script` on an empty model, its files contained to `dir` (and the working folder).
fn run(dir: &Path, script: String) -> Ran {
    let dir = dir.to_path_buf();
    with_large_stack(move || {
        let parsed = coexist::syntax::parse(&script, SourceId(0)).expect("the script parses");
        let mut interp = Interpreter::new(Model::default());
        interp.files_mut().allow(&dir);
        let mut out = CollectOutput::default();
        interp.run(&parsed, &mut out);
        let errors = out
            .errors
            .iter()
            .map(|e| match e {
                CommandError::Runtime(e) => (e.code, e.span),
                CommandError::Model { error, span } => (error.code(), *span),
                other => panic!("unexpected {other:?}"),
            })
            .map(|(code, span)| (code, span.start as usize..span.end as usize))
            .collect();
        Ran {
            model: interp.into_model(),
            values: out.values.iter().map(|v| v.to_display_string()).collect(),
            errors,
            what_if: out.what_if,
        }
    })
}

/// A path as a single-quoted script literal.
fn quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "''"))
}

/// The one error's code and the script text its span covers.
fn the_error<'a>(ran: &Ran, script: &'a str) -> (&'static str, &'a str) {
    assert_eq!(ran.errors.len(), 1, "{:?}", ran.errors);
    let (code, range) = &ran.errors[0];
    (code, &script[range.clone()])
}

const CHAT_SETUP: &str = "New-Site Redmond
New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010
New-ChatPool pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\\\fs01\\pchat
New-ChatCategory Sales -ChatPool gc.contoso.com
New-ChatRoom Deals -Category gc.contoso.com\\Sales
Stop-ChatPool gc.contoso.com; Stop-ChatPool pchat.contoso.com
";

#[test]
fn save_then_import_restores_the_saved_model() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nested").join("topology.json");
    let script = format!(
        "New-Site Redmond\nSave-Topology {f}\nNew-Site Dublin\nImport-Topology -Path {f}\n(Get-Site).Identity\n",
        f = quoted(&file)
    );
    let out = run(dir.path(), script);
    let model = &out.model;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.values, ["Redmond"]);
    // The file is a state file, the same text --state would write for that model.
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text, coexist::state::to_text(model));
    assert_eq!(
        coexist::state::to_text(&coexist::state::load(&file).unwrap()),
        text
    );
}

#[test]
fn a_missing_corrupt_or_newer_state_file_is_an_error_on_the_path_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let corrupt = dir.path().join("corrupt.json");
    std::fs::write(&corrupt, "{ \"format\": \"coexist-state\", ").unwrap();
    let newer = dir.path().join("newer.json");
    std::fs::write(
        &newer,
        "{\"format\":\"coexist-state\",\"version\":99,\"model\":{}}",
    )
    .unwrap();
    let cases = [
        (
            dir.path().join("missing.json"),
            "coexist::eval::file_not_found",
        ),
        (corrupt, "coexist::state::invalid"),
        (newer, "coexist::state::newer_version"),
    ];
    for (file, code) in cases {
        let path = quoted(&file);
        let script =
            format!("New-Site Redmond\nImport-Topology -Path {path}\n(Get-Site).Identity\n");
        let out = run(dir.path(), script.clone());
        assert_eq!(the_error(&out, &script), (code, path.as_str()), "{script}");
        assert_eq!(out.values, ["Redmond"], "{script}");
    }
}

#[test]
fn export_then_import_by_db_instance_migrates_like_move_chat_data() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chat.json");
    let script = format!(
        "{CHAT_SETUP}Export-CsPersistentChatData -DBInstance gc.contoso.com\\rtc -Legacy -FileName {f}\n\
         Import-CsPersistentChatData -DBInstance pchat.contoso.com\\rtc -FileName {f}\n\
         (Get-ChatRoom -ChatPool pchat.contoso.com).Identity\n(Get-ChatPool gc.contoso.com).State\n",
        f = quoted(&file)
    );
    let out = run(dir.path(), script);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.values, ["pchat.contoso.com\\Deals", "Migrated"]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"format\": \"coexist-chat-data\""), "{text}");
}

#[test]
fn the_export_checks_the_source_rules_and_writes_nothing_when_they_fail() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chat.json");
    let script = format!(
        "{CHAT_SETUP}Start-ChatPool gc.contoso.com\n\
         Export-ChatData -DBInstance gc.contoso.com\\rtc -Legacy -FileName {f}\n",
        f = quoted(&file)
    );
    let out = run(dir.path(), script.clone());
    assert_eq!(
        the_error(&out, &script),
        (
            "coexist::model::migration_source_running",
            "gc.contoso.com\\rtc"
        )
    );
    assert!(!file.exists());
}

#[test]
fn a_missing_or_foreign_chat_data_file_is_an_error_on_the_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let state_file = dir.path().join("state.json");
    std::fs::write(&state_file, coexist::state::to_text(&Model::default())).unwrap();
    let cases = [
        (
            dir.path().join("missing.json"),
            "coexist::eval::file_not_found",
        ),
        (state_file, "coexist::state::invalid"),
    ];
    for (file, code) in cases {
        let path = quoted(&file);
        let script =
            format!("{CHAT_SETUP}Import-ChatData -ChatPool pchat.contoso.com -FileName {path}\n");
        let out = run(dir.path(), script.clone());
        assert_eq!(the_error(&out, &script), (code, path.as_str()), "{script}");
    }
}

#[test]
fn what_if_writes_nothing_and_the_import_reads_what_the_export_would_have_written() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("whatif").join("chat.json");
    let script = format!(
        "{CHAT_SETUP}Export-ChatData -ChatPool gc.contoso.com -Legacy -FileName {f} -WhatIf\n\
         Import-ChatData -ChatPool pchat.contoso.com -FileName {f} -WhatIf\n\
         Save-Topology {t} -WhatIf\n\
         @(Get-ChatRoom -ChatPool pchat.contoso.com).Count\n",
        f = quoted(&file),
        t = quoted(&dir.path().join("topology.json")),
    );
    let out = run(dir.path(), script);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let actions: Vec<&str> = out.what_if.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(
        actions,
        ["Output to File", "Import-ChatData", "Output to File"]
    );
    assert_eq!(out.what_if[0].1, file.display().to_string());
    assert_eq!(out.values, ["0"]);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn files_outside_the_contained_folders_are_refused_and_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("topology.json");
    let escape = format!(
        "{}/../{}/topology.json",
        dir.path().display(),
        elsewhere.path().file_name().unwrap().to_string_lossy()
    );
    for path in [quoted(&target), quoted(Path::new(&escape))] {
        let script = format!("New-Site Redmond\nSave-Topology {path}\nImport-Topology {path}\n");
        let out = run(dir.path(), script.clone());
        let codes: Vec<&str> = out.errors.iter().map(|(code, _)| *code).collect();
        assert_eq!(
            codes,
            [
                "coexist::eval::path_not_allowed",
                "coexist::eval::path_not_allowed"
            ],
            "{script}"
        );
        assert_eq!(&script[out.errors[0].1.clone()], path.as_str());
    }
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
}
