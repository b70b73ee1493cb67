//! The file cmdlets in a dry run ([`Host::dry_run`]): they print their `Output to File` What-if
//! line and write nothing (the temp directory stays empty), yet a later import in the same
//! run reads what the export would have written; a real run writes the same files.

mod domain_support;

use coexist::cmdlets::command::{Bound, CommandError, Host, Warning};
use coexist::cmdlets::registry;
use coexist::eval::binder::{bind_arguments, Arg};
use coexist::eval::value::Value;
use coexist::files::FileGate;
use coexist::model::Model;
use coexist::span::{SourceId, Span};
use coexist::syntax::ast::ScriptBlock;
use domain_support::{p, s, TestHost, A, GC, PC};
use std::path::Path;
use std::sync::Arc;

/// A host that is (or is not) a dry run, recording What-if lines; its files are contained to
/// the temp folder of the test.
struct DryHost {
    model: Model,
    dry_run: bool,
    whatif: Vec<(String, String)>,
    files: FileGate,
}

impl Host for DryHost {
    fn model(&mut self) -> &mut Model {
        &mut self.model
    }
    fn warn(&mut self, _warning: Warning) {}
    fn write_host(&mut self, _text: &str) {}
    fn invoke_block(
        &mut self,
        _block: &Arc<ScriptBlock>,
        _input: &Value,
    ) -> Result<Vec<Value>, CommandError> {
        Ok(Vec::new())
    }
    fn should_process(&mut self, bound: &Bound, action: &str, target: &str) -> bool {
        let what_if = self.what_if(bound);
        if what_if || self.dry_run {
            self.whatif.push((action.to_string(), target.to_string()));
        }
        !what_if
    }
    fn dry_run(&self) -> bool {
        self.dry_run
    }
    fn width(&self) -> usize {
        120
    }
    fn files(&mut self) -> Option<&mut FileGate> {
        Some(&mut self.files)
    }
}

impl DryHost {
    /// The domain tests' world with both chat pools stopped, a category and a room on gc.
    fn world(dir: &Path, dry_run: bool) -> Self {
        let mut h = TestHost::world();
        h.ok("New-ChatCategory", vec![s("Sales"), p("ChatPool"), s(GC)]);
        h.ok(
            "New-ChatRoom",
            vec![s("Deals"), p("Category"), s("gc.contoso.com\\Sales")],
        );
        h.ok("Stop-ChatPool", vec![s(GC)]);
        h.ok("Stop-ChatPool", vec![s(PC)]);
        DryHost {
            model: h.model,
            dry_run,
            whatif: Vec::new(),
            files: FileGate::new(dir, []),
        }
    }

    /// Binds `args` to `command` (argument i gets the span 10i..10i+5) and runs it.
    #[allow(clippy::result_large_err)]
    fn run(&mut self, command: &str, args: Vec<A>) -> Result<Vec<Value>, CommandError> {
        let spec = registry::lookup(command).expect("the command exists");
        let args: Vec<Arg> = args
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let span = Span::new(SourceId(0), 10 * i, 10 * i + 5);
                match a {
                    A::P(name) => Arg::Parameter {
                        name: name.to_string(),
                        span,
                        attached: None,
                    },
                    A::S(text) => Arg::Value {
                        value: Value::str(text),
                        span,
                    },
                    A::V(value) => Arg::Value { value, span },
                }
            })
            .collect();
        let span = Span::new(SourceId(0), 0, 900);
        let bound = bind_arguments(&spec.signature, spec.name, &args, span, false)?;
        let mut out = Vec::new();
        (spec.factory)().process(self, &bound, &mut out)?;
        Ok(out)
    }
}

fn path(p: &Path) -> A {
    s(&p.display().to_string())
}

fn entries(dir: &Path) -> usize {
    std::fs::read_dir(dir).unwrap().count()
}

/// The two-step migration and a Save-Topology, in the given mode; returns the host.
fn migrate(dir: &Path, dry_run: bool) -> DryHost {
    let chat = dir.join("out").join("chat.json");
    let topology = dir.join("topology.json");
    let mut h = DryHost::world(dir, dry_run);
    h.run(
        "Export-CsPersistentChatData",
        vec![
            p("DBInstance"),
            s("gc.contoso.com\\rtc"),
            p("Legacy"),
            p("FileName"),
            path(&chat),
        ],
    )
    .expect("the export runs");
    h.run(
        "Import-CsPersistentChatData",
        vec![
            p("DBInstance"),
            s("pchat.contoso.com\\rtc"),
            p("FileName"),
            path(&chat),
        ],
    )
    .expect("the import runs");
    h.run("Save-Topology", vec![path(&topology)])
        .expect("the save runs");
    h
}

#[test]
fn a_dry_run_prints_output_to_file_writes_nothing_and_still_imports() {
    let dir = tempfile::tempdir().unwrap();
    let h = migrate(dir.path(), true);
    assert_eq!(entries(dir.path()), 0, "the dry run wrote a file");
    let chat = dir.path().join("out").join("chat.json");
    let topology = dir.path().join("topology.json");
    assert_eq!(
        h.whatif,
        [
            ("Output to File".to_string(), chat.display().to_string()),
            ("Import-ChatData".to_string(), PC.to_string()),
            ("Output to File".to_string(), topology.display().to_string()),
        ]
    );
    // The import read what the export would have written: the room is in the clone.
    assert!(h.model.rooms().get("pchat.contoso.com\\Deals").is_some());
}

#[test]
fn a_real_run_writes_the_files_the_dry_run_only_announced() {
    let dir = tempfile::tempdir().unwrap();
    let h = migrate(dir.path(), false);
    assert!(h.whatif.is_empty());
    assert!(dir.path().join("out").join("chat.json").is_file());
    let saved = coexist::state::load(&dir.path().join("topology.json")).unwrap();
    assert_eq!(
        coexist::state::to_text(&saved),
        coexist::state::to_text(&h.model)
    );
}

#[test]
fn in_a_dry_run_a_file_nobody_wrote_is_a_coded_error_on_its_argument() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = DryHost::world(dir.path(), true);
    let missing = dir.path().join("never-exported.json");
    let result = h.run(
        "Import-ChatData",
        vec![p("ChatPool"), s(PC), p("FileName"), path(&missing)],
    );
    match result {
        Err(CommandError::Runtime(e)) => {
            assert_eq!(e.code, "coexist::eval::file_not_found");
            // The fourth argument, the file name.
            assert_eq!((e.span.start, e.span.end), (30, 35));
            assert!(e.message.contains("does not exist"), "{}", e.message);
        }
        other => panic!("expected a runtime error, got {other:?}"),
    }
    assert_eq!(entries(dir.path()), 0);
}
