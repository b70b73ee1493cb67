//! Every example of every cmdlet spec (`CmdletSpec::examples`) runs as a test, through a
//! [`Session`] printing as `coexist run` does. An example with stated output must print exactly
//! that (on stdout, or on stdout then stderr for `Write-Verbose`-style host text); every
//! example must run without reporting an error. A failure names the cmdlet, the example's
//! description and its script.
//!
//! Domain examples assume a deployment ("Move Ann to lync2013"), as the real cmdlets' help
//! does. The examples do not say which, so each runs against the [`WORLDS`] in turn — empty,
//! a topology, with chat content, after the migration — and passes if it passes in one.

use coexist::cmdlets::registry;
use coexist::cmdlets::spec::Example;
use coexist::diag::ErrorFormat;
use coexist::model::Model;
use coexist::output::OutputFormat;
use coexist::session::{Session, Settings};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A writer whose bytes the test can read back.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

/// Sites, Lync 2010 and 2013 pools, the Group Chat 2010 pool `gc` and the Persistent Chat
/// pool `pchat`, users Ann (2010), Bob (2010) and Cat (2013), policy PChatOn.
const TOPOLOGY: &str = r"New-Site Redmond
New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-ChatPool gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010
New-ChatPool pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\fs01\pchat
New-User sip:ann@contoso.com -DisplayName 'Ann Smith' -Pool lync2010.contoso.com
New-User sip:bob@contoso.com -DisplayName 'Bob Jones' -Pool lync2010.contoso.com
New-User sip:cat@contoso.com -DisplayName 'Cat Lee' -Pool lync2013.contoso.com
New-PersistentChatPolicy PChatOn -EnablePersistentChat $true
";

/// Categories, an add-in, an endpoint and a policy grant on top of [`TOPOLOGY`].
const CATEGORIES: &str = r"New-ChatEndpoint -ChatPool pchat.contoso.com -SipAddress sip:ocschat@contoso.com
New-ChatCategory -Name Sales -ChatPool pchat.contoso.com -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com
New-ChatCategory -Name Old -ChatPool pchat.contoso.com
New-ChatCategory -Name Legacy -ChatPool gc.contoso.com
New-ChatAddin -Name Wiki -ChatPool pchat.contoso.com -Url https://wiki.contoso.com/chat
Grant-PersistentChatPolicy -Identity sip:cat@contoso.com -PolicyName PChatOn
";

/// Rooms on top of [`CATEGORIES`]: Deals (using the Wiki add-in) and the legacy Archive.
const ROOMS: &str = r"New-ChatRoom -Name Deals -Category pchat.contoso.com\Sales -Addin Wiki
New-ChatRoom -Name Archive -Category gc.contoso.com\Legacy
";

/// The Group Chat data moved to `pchat` on top of [`ROOMS`].
const MIGRATION: &str = r"Stop-ChatPool gc.contoso.com; Stop-ChatPool pchat.contoso.com
Move-ChatData -Source gc.contoso.com -Target pchat.contoso.com
Start-ChatPool pchat.contoso.com
";

/// An OCS 2007 R2 deployment next to Lync 2013 (three versions cannot coexist): Bob on OCS.
const LEGACY: &str = r"New-Site Redmond
New-Pool ocs.contoso.com -Version Ocs2007R2 -Site Redmond
New-Pool lync2013.contoso.com -Version Lync2013 -Site Redmond
New-User sip:bob@contoso.com -DisplayName 'Bob Jones' -Pool ocs.contoso.com
";

/// The deployments examples run against: a name and the scripts that build it.
const WORLDS: &[(&str, &[&str])] = &[
    ("empty", &[]),
    ("topology", &[TOPOLOGY]),
    ("categories", &[TOPOLOGY, CATEGORIES]),
    ("content", &[TOPOLOGY, CATEGORIES, ROOMS]),
    ("migrated", &[TOPOLOGY, CATEGORIES, ROOMS, MIGRATION]),
    ("legacy", &[LEGACY]),
];

/// The script that builds world number `n`.
fn world_script(n: usize) -> String {
    WORLDS[n].1.concat()
}

/// Runs `script` as `coexist run -` would after `setup`: (stdout, stderr, whether the example
/// reported anything). The setup must run cleanly. The example's files go to a fresh
/// temporary working folder.
fn run_example(setup: &str, script: &str) -> (String, String, bool) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let (out, err) = (Captured::default(), Captured::default());
    let settings = Settings {
        error_format: ErrorFormat::Human {
            color: false,
            width: 120,
        },
        output_format: OutputFormat::Text,
        width: 120,
        dry_run: false,
        timeout: None,
    };
    let mut session = Session::new(
        Model::default(),
        settings,
        Box::new(out.clone()),
        Box::new(err.clone()),
    );
    session.set_working_folder(folder.path());
    if !setup.is_empty() {
        let outcome = session.run_source("<world>", setup);
        assert!(
            !outcome.syntax_failed && outcome.errors == 0,
            "the world setup failed:\n{}",
            err.text()
        );
        out.0.borrow_mut().clear();
        err.0.borrow_mut().clear();
    }
    let outcome = session.run_source("<example>", script);
    let failed = outcome.syntax_failed || outcome.errors > 0;
    (out.text(), err.text(), failed)
}

/// Runs one example in each world; `None` when it passes in one, else the failure report
/// naming the cmdlet, the description and the script.
fn example_failure(cmdlet: &str, example: &Example) -> Option<String> {
    let mut tried = Vec::new();
    for (n, (world, _)) in WORLDS.iter().enumerate() {
        let (stdout, stderr, failed) = run_example(&world_script(n), example.script);
        let right_output = example
            .output
            .is_none_or(|want| want == stdout || want == format!("{stdout}{stderr}"));
        if !failed && right_output {
            return None;
        }
        tried.push(format!(
            "  in the {world} world: stdout {stdout:?}\n{stderr}"
        ));
    }
    Some(format!(
        "{cmdlet}: {}\n  script:\n    {}\n  expected output: {:?}\n{}",
        example.description,
        example.script.replace('\n', "\n    "),
        example.output.unwrap_or("(any, without errors)"),
        tried.join("\n")
    ))
}

#[test]
fn a_wrong_example_is_reported_with_cmdlet_description_and_script() {
    let wrong = Example {
        description: "Says hello.",
        script: "Write-Output 'hello'",
        output: Some("goodbye\n"),
    };
    let report =
        coexist::eval::interp::with_large_stack(|| example_failure("Write-Output", &wrong))
            .expect("a wrong output fails");
    assert!(report.starts_with("Write-Output: Says hello."), "{report}");
    assert!(report.contains("Write-Output 'hello'"), "{report}");
    let failing = Example {
        description: "Fails.",
        script: "Move-User -Identity nobody -Target nowhere",
        output: None,
    };
    assert!(
        coexist::eval::interp::with_large_stack(|| example_failure("Move-User", &failing))
            .is_some()
    );
    let right = Example {
        output: Some("hello\n"),
        ..wrong
    };
    assert!(
        coexist::eval::interp::with_large_stack(|| example_failure("Write-Output", &right))
            .is_none()
    );
}

#[test]
fn every_cmdlet_example_runs_and_prints_its_stated_output() {
    let failures = coexist::eval::interp::with_large_stack(|| {
        let mut failures = Vec::new();
        let mut count = 0;
        for spec in registry::all() {
            for example in &spec.examples {
                count += 1;
                failures.extend(example_failure(spec.name, example));
            }
        }
        assert!(count > 50, "only {count} examples found");
        failures
    });
    assert!(
        failures.is_empty(),
        "{} example(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
