//! The state file: the model saved as versioned JSON between runs.
//!
//! `{ "format": "coexist-state", "version": 1, "model": { … } }`. Saving is atomic (a temp file
//! in the same directory, flushed to disk, then renamed over the old file), and an advisory lock
//! on `<file>.lock` keeps two writers apart. This is the only module that reads or writes state
//! files; it reports failures as [`StateError`]s with `coexist::state::…` codes.

use crate::model::Model;
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The `format` tag of every state file.
pub const FORMAT: &str = "coexist-state";
/// The newest format version this build reads and the one it writes.
pub const VERSION: u32 = 1;

/// Why a state file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// The file exists but cannot be read.
    ///
    /// Resolution: check the path and permissions.
    #[error("cannot read state file {path}: {reason}")]
    Unreadable {
        /// The state file.
        path: PathBuf,
        /// The I/O error.
        reason: String,
    },
    /// The file is not a valid coexist state file.
    ///
    /// Resolution: restore the file from version control or a backup.
    #[error("{path} is not a valid coexist state file: {reason}")]
    Invalid {
        /// The state file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
        /// The file's text, when it was read.
        text: Option<String>,
        /// 1-based line and column of a JSON error.
        position: Option<(usize, usize)>,
    },
    /// The file was written by a newer coexist.
    ///
    /// Resolution: upgrade coexist.
    #[error(
        "{path} has state format version {found}; this coexist reads version {VERSION} and older"
    )]
    NewerVersion {
        /// The state file.
        path: PathBuf,
        /// The version in the file.
        found: u64,
    },
    /// Another process holds the lock.
    ///
    /// Resolution: wait for the other run to finish.
    #[error("state file {path} is locked by another coexist ({holder})")]
    Locked {
        /// The state file.
        path: PathBuf,
        /// What the lock file says about its holder.
        holder: String,
    },
    /// Writing failed; the old file is untouched.
    ///
    /// Resolution: check free space and permissions of the directory.
    #[error("cannot write state file {path}: {reason}")]
    WriteFailed {
        /// The state file.
        path: PathBuf,
        /// The I/O error.
        reason: String,
    },
}

impl StateError {
    /// The stable diagnostic code.
    pub fn code(&self) -> &'static str {
        match self {
            StateError::Unreadable { .. } => "coexist::state::unreadable",
            StateError::Invalid { .. } => "coexist::state::invalid",
            StateError::NewerVersion { .. } => "coexist::state::newer_version",
            StateError::Locked { .. } => "coexist::state::locked",
            StateError::WriteFailed { .. } => "coexist::state::write_failed",
        }
    }

    /// How to fix it.
    pub fn help(&self) -> &'static str {
        match self {
            StateError::Unreadable { .. } => "check the path and its permissions",
            StateError::Invalid { .. } => "restore the file from version control or a backup; coexist never writes a partial file",
            StateError::NewerVersion { .. } => "use the coexist release that wrote this file, or a newer one",
            StateError::Locked { .. } => "wait for the other run to finish (the lock is released when it exits)",
            StateError::WriteFailed { .. } => "check free space and permissions; the previous state file is untouched",
        }
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    model: &'a Model,
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

#[derive(Deserialize)]
struct Loaded {
    model: Model,
}

fn invalid(
    path: &Path,
    reason: impl Into<String>,
    text: &str,
    e: Option<&serde_json::Error>,
) -> StateError {
    StateError::Invalid {
        path: path.to_path_buf(),
        reason: reason.into(),
        text: Some(text.to_string()),
        position: e.map(|e| (e.line(), e.column())),
    }
}

/// Loads the model from `path`; a file that does not exist is an empty model.
pub fn load(path: &Path) -> Result<Model, StateError> {
    let text = match std::fs::read(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Model::default()),
        Err(e) => {
            return Err(StateError::Unreadable {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })
        }
        Ok(bytes) => String::from_utf8(bytes).map_err(|e| StateError::Invalid {
            path: path.to_path_buf(),
            reason: format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
            text: None,
            position: None,
        })?,
    };
    parse(path, &text)
}

/// Parses the text of a state file.
pub fn parse(path: &Path, text: &str) -> Result<Model, StateError> {
    let header: Header =
        serde_json::from_str(text).map_err(|e| invalid(path, e.to_string(), text, Some(&e)))?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(invalid(
            path,
            format!("the \"format\" field is not \"{FORMAT}\""),
            text,
            None,
        ));
    }
    match header.version {
        None => {
            return Err(invalid(
                path,
                "the \"version\" field is missing",
                text,
                None,
            ))
        }
        Some(v) if v > u64::from(VERSION) => {
            return Err(StateError::NewerVersion {
                path: path.to_path_buf(),
                found: v,
            })
        }
        Some(_) => {}
    }
    let loaded: Loaded =
        serde_json::from_str(text).map_err(|e| invalid(path, e.to_string(), text, Some(&e)))?;
    Ok(loaded.model)
}

/// The JSON text of a state file holding `model` (stable key order, trailing newline).
pub fn to_text(model: &Model) -> String {
    let envelope = Envelope {
        format: FORMAT,
        version: VERSION,
        model,
    };
    let mut text = serde_json::to_string_pretty(&envelope).unwrap_or_default();
    text.push('\n');
    text
}

/// The steps of an atomic save, named so tests can fail each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStep {
    /// Creating the temp file beside the target.
    CreateTemp,
    /// Writing the text.
    Write,
    /// Flushing it to disk.
    Sync,
    /// Renaming it over the target.
    Rename,
}

/// Saves `model` to `path` atomically.
pub fn save(path: &Path, model: &Model) -> Result<(), StateError> {
    save_with_checkpoints(path, model, &mut |_| Ok(()))
}

/// Saves atomically, calling `checkpoint` before each step; an error from it aborts the save
/// as a failing step would. The target is either the old file or the complete new one.
pub fn save_with_checkpoints(
    path: &Path,
    model: &Model,
    checkpoint: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
) -> Result<(), StateError> {
    write_text_with_checkpoints(path, &to_text(model), checkpoint)
}

/// Writes `text` to `path` with the same atomic steps as [`save`] (temp file beside the target,
/// flush to disk, rename): other files coexist writes (`Save-Topology`, `Export-ChatData`)
/// are never left half written either. The directory must exist.
pub fn write_text_atomic(path: &Path, text: &str) -> Result<(), StateError> {
    write_text_with_checkpoints(path, text, &mut |_| Ok(()))
}

/// [`write_text_atomic`] with a checkpoint before each step, as [`save_with_checkpoints`].
pub fn write_text_with_checkpoints(
    path: &Path,
    text: &str,
    checkpoint: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
) -> Result<(), StateError> {
    write_bytes_with_checkpoints(path, text.as_bytes(), checkpoint)
}

/// Writes `bytes` to `path` with the same atomic steps as [`save`]: the file gate's writes
/// (`crate::files`) in any encoding. The directory must exist.
pub fn write_bytes_atomic(path: &Path, bytes: &[u8]) -> Result<(), StateError> {
    write_bytes_with_checkpoints(path, bytes, &mut |_| Ok(()))
}

/// [`write_bytes_atomic`] with a checkpoint before each step, as [`save_with_checkpoints`].
pub fn write_bytes_with_checkpoints(
    path: &Path,
    bytes: &[u8],
    checkpoint: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
) -> Result<(), StateError> {
    let failed = |e: std::io::Error| StateError::WriteFailed {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    checkpoint(SaveStep::CreateTemp).map_err(failed)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".coexist-").suffix(".tmp");
    // A new file gets the permissions any program's new file gets (the umask applies), not
    // tempfile's owner-only default; a file that is replaced keeps its own.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&dir).map_err(failed)?;
    if let Ok(meta) = std::fs::metadata(path) {
        std::fs::set_permissions(temp.path(), meta.permissions()).map_err(failed)?;
    }
    checkpoint(SaveStep::Write).map_err(failed)?;
    temp.write_all(bytes).map_err(failed)?;
    checkpoint(SaveStep::Sync).map_err(failed)?;
    temp.as_file().sync_all().map_err(failed)?;
    checkpoint(SaveStep::Rename).map_err(failed)?;
    temp.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

/// Reads a UTF-8 text file coexist wrote (`Import-Topology`, `Import-ChatData`). Unlike
/// [`load`], a missing file is an error: [`StateError::Unreadable`] saying it does not exist
/// (the same words on every platform); bytes that are not UTF-8 are [`StateError::Invalid`].
pub fn read_text(path: &Path) -> Result<String, StateError> {
    let bytes = std::fs::read(path).map_err(|e| StateError::Unreadable {
        path: path.to_path_buf(),
        reason: if e.kind() == std::io::ErrorKind::NotFound {
            "the file does not exist".to_string()
        } else {
            e.to_string()
        },
    })?;
    String::from_utf8(bytes).map_err(|e| StateError::Invalid {
        path: path.to_path_buf(),
        reason: format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
        text: None,
        position: None,
    })
}

/// An exclusive advisory lock on a state file, held until dropped.
#[derive(Debug)]
pub struct StateLock {
    file: File,
}

impl Drop for StateLock {
    /// Unlocks explicitly: a child process forked by another thread may briefly share the
    /// descriptor, and the lock must not outlive this guard because of it.
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// The lock file of a state file: `<file>.lock` beside it.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    path.with_file_name(name)
}

/// Takes the writer's lock of `path`, failing at once (not waiting) when another process holds it.
pub fn lock(path: &Path) -> Result<StateLock, StateError> {
    let lock_file = lock_path(path);
    let unreadable = |e: std::io::Error| StateError::Unreadable {
        path: lock_file.clone(),
        reason: e.to_string(),
    };
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_file)
        .map_err(unreadable)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            return Err(StateError::Locked {
                path: path.to_path_buf(),
                holder: if holder.is_empty() {
                    format!("lock file {}", lock_file.display())
                } else {
                    format!("{holder}; lock file {}", lock_file.display())
                },
            });
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(unreadable(e)),
    }
    let holder = format!("process {}", std::process::id());
    // Rewriting the same holder would only cost a truncate (a journal commit on most file
    // systems) on every lock: the file gate locks each file a script appends to, per append.
    let mut current = String::new();
    let _ = file.read_to_string(&mut current);
    if current != holder {
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = file.write_all(holder.as_bytes());
        let _ = file.flush();
    }
    Ok(StateLock { file })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::topology::NewSite;
    use crate::model::Origin;

    fn sample() -> Model {
        let mut model = Model::default();
        model
            .new_site(
                NewSite {
                    name: "Redmond".into(),
                    forest: None,
                },
                Origin::Loaded,
            )
            .unwrap();
        model
    }

    #[test]
    fn save_then_load_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("prod.json");
        save(&path, &sample()).unwrap();
        assert_eq!(to_text(&load(&path).unwrap()), to_text(&sample()));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("{\n  \"format\": \"coexist-state\",\n  \"version\": 1,"));
    }

    #[test]
    fn a_missing_file_is_an_empty_model() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load(&dir.path().join("none.json")).unwrap(),
            Model::default()
        );
    }

    #[test]
    fn a_failure_at_every_save_step_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("prod.json");
        save(&path, &Model::default()).unwrap();
        let before = std::fs::read(&path).unwrap();
        for step in [
            SaveStep::CreateTemp,
            SaveStep::Write,
            SaveStep::Sync,
            SaveStep::Rename,
        ] {
            let result = save_with_checkpoints(&path, &sample(), &mut |s| {
                if s == step {
                    Err(std::io::Error::other("injected failure"))
                } else {
                    Ok(())
                }
            });
            assert!(
                matches!(result, Err(StateError::WriteFailed { .. })),
                "{step:?}"
            );
            assert_eq!(
                std::fs::read(&path).unwrap(),
                before,
                "{step:?} changed the file"
            );
            let leftovers: Vec<_> = std::fs::read_dir(dir.path())
                .unwrap()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
                .collect();
            assert!(leftovers.is_empty(), "{step:?} left a temp file");
        }
    }

    #[test]
    fn newer_versions_and_foreign_files_are_rejected() {
        let path = Path::new("prod.json");
        let newer = r#"{"format":"coexist-state","version":2,"model":{}}"#;
        assert!(matches!(
            parse(path, newer),
            Err(StateError::NewerVersion { found: 2, .. })
        ));
        let foreign = r#"{"format":"other","version":1,"model":{}}"#;
        assert!(matches!(
            parse(path, foreign),
            Err(StateError::Invalid { .. })
        ));
        let broken = "{\n  \"format\": \"coexist-state\",\n  \"version\": 1,\n  \"model\": {\n";
        match parse(path, broken) {
            Err(StateError::Invalid {
                position: Some((line, _)),
                ..
            }) => assert_eq!(line, 5),
            other => panic!("expected a JSON error with a position, got {other:?}"),
        }
    }

    #[test]
    fn text_files_are_written_atomically_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chat.json");
        write_text_atomic(&path, "{}\n").unwrap();
        assert_eq!(read_text(&path).unwrap(), "{}\n");
        let result = write_text_with_checkpoints(&path, "[]\n", &mut |s| {
            if s == SaveStep::Rename {
                Err(std::io::Error::other("injected failure"))
            } else {
                Ok(())
            }
        });
        assert!(matches!(result, Err(StateError::WriteFailed { .. })));
        assert_eq!(read_text(&path).unwrap(), "{}\n");
        match read_text(&dir.path().join("none.json")) {
            Err(StateError::Unreadable { reason, .. }) => {
                assert_eq!(reason, "the file does not exist")
            }
            other => panic!("expected Unreadable, got {other:?}"),
        }
        std::fs::write(&path, [0x7b, 0xff]).unwrap();
        assert!(matches!(read_text(&path), Err(StateError::Invalid { .. })));
    }

    #[test]
    fn new_files_get_default_permissions_and_replaced_files_keep_theirs() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain.txt");
        std::fs::write(&plain, "x").unwrap();
        let written = dir.path().join("written.json");
        write_text_atomic(&written, "{}").unwrap();
        let perms = |p: &Path| std::fs::metadata(p).unwrap().permissions();
        assert_eq!(perms(&written), perms(&plain));
        let mut read_only = perms(&written);
        read_only.set_readonly(true);
        std::fs::set_permissions(&written, read_only).unwrap();
        // Replacing a read-only file is allowed (rename), and it stays read-only.
        if write_text_atomic(&written, "[]").is_ok() {
            assert!(perms(&written).readonly());
        }
        let mut writable = perms(&written);
        #[allow(clippy::permissions_set_readonly_false)]
        writable.set_readonly(false);
        std::fs::set_permissions(&written, writable).unwrap();
    }

    #[test]
    fn a_second_lock_fails_naming_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("prod.json");
        let first = lock(&path).unwrap();
        match lock(&path) {
            Err(StateError::Locked { holder, .. }) => {
                assert!(
                    holder.contains(&format!("process {}", std::process::id())),
                    "{holder}"
                )
            }
            other => panic!("expected Locked, got {other:?}"),
        }
        drop(first);
        assert!(lock(&path).is_ok());
    }
}
