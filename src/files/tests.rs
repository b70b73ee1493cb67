//! The gate against a temporary folder: containment, the read limit, real and pretended
//! writes, locks and removals.

use super::*;

/// A gate whose working folder is a fresh temporary folder.
fn gate() -> (tempfile::TempDir, FileGate) {
    let dir = tempfile::tempdir().unwrap();
    let gate = FileGate::new(dir.path(), []);
    (dir, gate)
}

fn text(content: &str) -> Content<'_> {
    Content::Text(content, None)
}

#[test]
fn paths_under_the_roots_resolve_and_others_are_refused() {
    let (dir, mut gate) = gate();
    let inside = gate.resolve(r"in\users.csv").unwrap();
    assert_eq!(inside.typed(), r"in\users.csv");
    assert_eq!(
        inside.path(),
        path::normal(dir.path()).join("in").join("users.csv")
    );
    for escape in [r"..\x.csv", "../../etc/passwd", "/etc/passwd", "in/../../x"] {
        let error = gate.resolve(escape).unwrap_err();
        assert_eq!(error.code(), error::PATH_NOT_ALLOWED, "{escape}");
        assert!(
            error.help().contains("only under the working folder"),
            "{}",
            error.help()
        );
    }
    let named = tempfile::tempdir().unwrap();
    let file = named.path().join("users.csv");
    gate.allow(&file);
    assert!(gate.resolve(&file.display().to_string()).is_ok());
    let sibling = named.path().join("other.csv");
    assert!(gate.resolve(&sibling.display().to_string()).is_err());
}

#[test]
fn files_above_the_limit_are_refused_before_reading() {
    let (dir, mut gate) = gate();
    std::fs::write(dir.path().join("small.csv"), "0123456789").unwrap();
    let small = gate.resolve("small.csv").unwrap();
    gate.set_read_limit(10);
    assert_eq!(gate.read(&small, Mode::Real).unwrap().len(), 10);
    gate.set_read_limit(9);
    match gate.read(&small, Mode::Real) {
        Err(FileError::TooLarge { size, limit, .. }) => assert_eq!((size, limit), (10, 9)),
        other => panic!("expected TooLarge, got {other:?}"),
    }
    // A sparse file just over the default limit: refused from its size, not read.
    gate.set_read_limit(DEFAULT_READ_LIMIT);
    let big = std::fs::File::create(dir.path().join("big.csv")).unwrap();
    big.set_len(DEFAULT_READ_LIMIT + 1).unwrap();
    let error = gate.read(&gate.resolve("big.csv").unwrap(), Mode::Real);
    assert!(
        matches!(error, Err(FileError::TooLarge { .. })),
        "{error:?}"
    );
}

#[test]
fn folders_and_missing_files_are_not_read() {
    let (dir, gate) = gate();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let sub = gate.resolve("sub").unwrap();
    assert_eq!(
        gate.read(&sub, Mode::Real).unwrap_err().code(),
        error::FILE_IO
    );
    let missing = gate.resolve("none.csv").unwrap();
    assert_eq!(
        gate.read(&missing, Mode::Real).unwrap_err().code(),
        error::FILE_NOT_FOUND
    );
}

#[test]
fn real_writes_replace_append_and_refuse_to_clobber() {
    let (dir, mut gate) = gate();
    let log = gate.resolve("run.log").unwrap();
    gate.write(&log, text("one\n"), WriteHow::Replace, false, Mode::Real)
        .unwrap();
    gate.write(&log, text("two\n"), WriteHow::Append, false, Mode::Real)
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("run.log")).unwrap(),
        "one\ntwo\n"
    );
    let error = gate
        .write(&log, text("x"), WriteHow::CreateNew, false, Mode::Real)
        .unwrap_err();
    assert_eq!(error.code(), error::FILE_EXISTS);
    let fresh = gate.resolve("fresh.log").unwrap();
    gate.write(&fresh, text("new"), WriteHow::Append, false, Mode::Real)
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("fresh.log")).unwrap(),
        "new"
    );
}

#[test]
fn appending_keeps_the_encoding_of_the_file_and_writes_one_mark() {
    let (dir, mut gate) = gate();
    let file = gate.resolve("wide.txt").unwrap();
    let wide = Content::Text("Zoë\n", Some(Encoding::Utf16Le));
    gate.write(&file, wide, WriteHow::Replace, false, Mode::Real)
        .unwrap();
    gate.write(&file, text("Ann\n"), WriteHow::Append, false, Mode::Real)
        .unwrap();
    let bytes = std::fs::read(dir.path().join("wide.txt")).unwrap();
    assert_eq!(&bytes[..2], &[0xFF, 0xFE]);
    assert_eq!(encoding::decode(&bytes, None), "Zoë\nAnn\n");
}

#[test]
fn a_missing_folder_fails_unless_folders_are_created() {
    let (dir, mut gate) = gate();
    let deep = gate.resolve("out/today/report.csv").unwrap();
    let error = gate
        .write(&deep, text("x"), WriteHow::Replace, false, Mode::Real)
        .unwrap_err();
    assert_eq!(error.code(), error::FILE_NOT_FOUND);
    assert!(
        error.message().contains("does not exist"),
        "{}",
        error.message()
    );
    gate.write(&deep, text("x"), WriteHow::Replace, true, Mode::Real)
        .unwrap();
    assert!(dir.path().join("out/today/report.csv").is_file());
}

#[test]
fn pretended_writes_leave_the_disk_alone_and_are_read_back() {
    let (dir, mut gate) = gate();
    std::fs::write(dir.path().join("log.txt"), "disk\n").unwrap();
    let log = gate.resolve("log.txt").unwrap();
    gate.write(&log, text("more\n"), WriteHow::Append, false, Mode::Pretend)
        .unwrap();
    let report = gate.resolve("out/report.csv").unwrap();
    gate.write(
        &report,
        text("a,b\n"),
        WriteHow::Replace,
        true,
        Mode::Pretend,
    )
    .unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("log.txt")).unwrap(),
        "disk\n"
    );
    assert!(!dir.path().join("out").exists());
    assert_eq!(gate.read(&log, Mode::Pretend).unwrap(), b"disk\nmore\n");
    assert_eq!(gate.read(&report, Mode::Pretend).unwrap(), b"a,b\n");
    assert_eq!(
        gate.entry(&gate.resolve("out").unwrap(), Mode::Pretend),
        Some(Entry::Folder)
    );
    // A real read never sees what was only pretended.
    assert_eq!(gate.read(&log, Mode::Real).unwrap(), b"disk\n");
    assert!(gate.read(&report, Mode::Real).is_err());
}

#[test]
fn listings_put_folders_first_and_see_what_was_pretended() {
    let (dir, mut gate) = gate();
    std::fs::create_dir(dir.path().join("zeta")).unwrap();
    std::fs::write(dir.path().join("b.csv"), "x").unwrap();
    std::fs::write(dir.path().join("old.log"), "x").unwrap();
    let names = |gate: &FileGate, mode| -> Vec<String> {
        let here = gate.resolve(".").unwrap();
        gate.list(&here, mode)
            .unwrap()
            .into_iter()
            .map(|(n, _)| n)
            .collect()
    };
    let log = gate.resolve("old.log").unwrap();
    gate.remove(&log, false, Mode::Pretend).unwrap();
    let new = gate.resolve("a.csv").unwrap();
    gate.write(&new, text("y"), WriteHow::Replace, false, Mode::Pretend)
        .unwrap();
    assert_eq!(names(&gate, Mode::Pretend), ["zeta", "a.csv", "b.csv"]);
    assert_eq!(names(&gate, Mode::Real), ["zeta", "b.csv", "old.log"]);
    // A real write leaves its lock file beside the file; listings do not show it.
    gate.write(&new, text("y"), WriteHow::Replace, false, Mode::Real)
        .unwrap();
    assert!(dir.path().join("a.csv.lock").exists());
    assert_eq!(
        names(&gate, Mode::Real),
        ["zeta", "a.csv", "b.csv", "old.log"]
    );
    assert!(gate
        .list(&gate.resolve("missing").unwrap(), Mode::Real)
        .is_err());
}

#[test]
fn pretended_removals_hide_files_without_removing_them() {
    let (dir, mut gate) = gate();
    std::fs::create_dir(dir.path().join("logs")).unwrap();
    std::fs::write(dir.path().join("logs/old.log"), "x").unwrap();
    let logs = gate.resolve("logs").unwrap();
    let error = gate.remove(&logs, false, Mode::Pretend).unwrap_err();
    assert!(error.message().contains("not empty"), "{}", error.message());
    gate.remove(&logs, true, Mode::Pretend).unwrap();
    assert_eq!(
        gate.entry(&gate.resolve("logs/old.log").unwrap(), Mode::Pretend),
        None
    );
    assert!(dir.path().join("logs/old.log").exists());
    gate.remove(&logs, true, Mode::Real).unwrap();
    assert!(!dir.path().join("logs").exists());
}

#[test]
fn a_contained_folder_itself_cannot_be_removed() {
    let (dir, mut gate) = gate();
    let root = gate.resolve(".").unwrap();
    assert_eq!(
        gate.remove(&root, true, Mode::Real).unwrap_err().code(),
        error::PATH_NOT_ALLOWED
    );
    assert!(dir.path().exists());
}

#[test]
fn a_held_lock_stops_a_write_naming_the_holder() {
    let (dir, mut gate) = gate();
    let report = gate.resolve("report.csv").unwrap();
    let held = crate::state::lock(&dir.path().join("report.csv")).unwrap();
    match gate.write(&report, text("x"), WriteHow::Replace, false, Mode::Real) {
        Err(FileError::Locked { holder, .. }) => {
            assert!(
                holder.contains(&format!("process {}", std::process::id())),
                "{holder}"
            )
        }
        other => panic!("expected Locked, got {other:?}"),
    }
    assert!(!dir.path().join("report.csv").exists());
    drop(held);
    gate.write(&report, text("x"), WriteHow::Replace, false, Mode::Real)
        .unwrap();
}

#[test]
fn a_transcript_is_rewritten_whole_and_closes_with_its_footer() {
    let (dir, mut gate) = gate();
    let path = gate.resolve("run.txt").unwrap();
    gate.open_transcript(Transcript::new(
        path,
        Mode::Real,
        b"old\n".to_vec(),
        "head\n",
    ));
    gate.transcript().unwrap().record("line 1\n");
    assert_eq!(
        gate.flush_transcript(None).unwrap().as_deref(),
        Some("run.txt")
    );
    let file = dir.path().join("run.txt");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "old\nhead\nline 1\n"
    );
    gate.transcript().unwrap().record("line 2\n");
    gate.flush_transcript(Some("end\n")).unwrap();
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "old\nhead\nline 1\nline 2\nend\n"
    );
    assert!(gate.transcript().is_none());
    assert_eq!(gate.flush_transcript(None).unwrap(), None);
}
