//! The one gate every file access of the language goes through (architecture.md, "Added
//! 2026-12-04"): file cmdlets, `Save-Topology`/`Import-Topology`, the chat data files and the
//! transcript.
//!
//! | File | Job |
//! |---|---|
//! | `path.rs` | typed path → absolute normal path, lexically (`..` folded before any access) |
//! | `encoding.rs` | `-Encoding` names, byte order marks, decoding and encoding |
//! | `pretend.rs` | the session's store of what a dry run would have written or removed |
//! | `transcript.rs` | the transcript `Start-Transcript` opened |
//! | `error.rs` | [`FileError`] and its codes |
//!
//! **Invariants.** A [`ContainedPath`] can only be made by [`FileGate::resolve`], so every
//! access was checked against the contained folders (the script's folder, the working folder,
//! paths named on the command line); anything else is `coexist::eval::path_not_allowed` and is
//! never opened. Only regular files are read, and none larger than the read limit
//! ([`DEFAULT_READ_LIMIT`]), checked before reading. Real writes take the state file's lock
//! discipline ([`crate::state::lock`]: `<file>.lock`, failing at once naming the holder) and
//! replace files atomically (temp file, flush, rename); appends only add bytes, so what was
//! written stays. In [`Mode::Pretend`] nothing on disk changes: writes go to the
//! [`PretendStore`], which later pretended reads consult first.
//!
//! Links already inside a contained folder are followed (the user put them there); scripts
//! cannot create links.

pub mod encoding;
pub mod error;
pub mod path;
pub mod pretend;
pub mod transcript;

pub use encoding::Encoding;
pub use error::FileError;
pub use transcript::Transcript;

use pretend::{PretendStore, Seen};
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};

/// Files larger than this are refused before reading: 256 MiB, far above any export of a
/// Lync deployment's users, far below what would exhaust a rehearsal machine's memory once
/// parsed into objects.
pub const DEFAULT_READ_LIMIT: u64 = 256 * 1024 * 1024;

/// A path the gate resolved and allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainedPath {
    typed: String,
    path: PathBuf,
}

impl ContainedPath {
    /// The path as the script typed it (for messages and What-if lines).
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// The absolute, normal path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder part of the path as typed (`logs` for `logs\run.log`, `.` for `run.log`).
    pub fn typed_folder(&self) -> &str {
        let trimmed = self.typed.trim_end_matches(['/', '\\']);
        match trimmed.rfind(['/', '\\']) {
            Some(0) => &trimmed[..1],
            Some(i) => &trimmed[..i],
            None => ".",
        }
    }
}

/// Whether an access is real or only pretended (a dry run, `-WhatIf`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Touch the disk; forget what was pretended about the path.
    Real,
    /// Leave the disk alone; read and write the session's pretend store.
    Pretend,
}

/// How a write treats an existing file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteHow {
    /// Replace it atomically.
    Replace,
    /// Replace it unless it exists (`-NoClobber`).
    CreateNew,
    /// Add to its end (created when missing).
    Append,
}

/// What is written.
#[derive(Debug, Clone, Copy)]
pub enum Content<'a> {
    /// Text in an encoding (`None`: UTF-8 without BOM, or when appending, the encoding the
    /// file's byte order mark announces).
    Text(&'a str, Option<Encoding>),
    /// Raw bytes.
    Bytes(&'a [u8]),
}

/// What is at a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A file.
    File,
    /// A folder.
    Folder,
}

/// The session's file gate: contained folders, read limit, pretend store, open transcript.
#[derive(Debug, Clone)]
pub struct FileGate {
    base: PathBuf,
    roots: Vec<PathBuf>,
    read_limit: u64,
    pretend: PretendStore,
    transcript: Option<Transcript>,
}

impl FileGate {
    /// A gate whose relative paths start at `base` (the working folder), allowing `base` and
    /// `roots`.
    pub fn new(base: &Path, roots: impl IntoIterator<Item = PathBuf>) -> Self {
        let base = path::normal(&std::path::absolute(base).unwrap_or_else(|_| base.into()));
        let mut gate = FileGate {
            roots: vec![base.clone()],
            base,
            read_limit: DEFAULT_READ_LIMIT,
            pretend: PretendStore::default(),
            transcript: None,
        };
        for root in roots {
            gate.allow(&root);
        }
        gate
    }

    /// A gate allowing only the process's working folder.
    pub fn working_folder() -> Self {
        FileGate::new(
            &std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            [],
        )
    }

    /// Makes relative paths start at `folder` (now contained too) instead of the working
    /// folder the gate was made with.
    pub fn set_base(&mut self, folder: &Path) {
        self.base = path::normal(&self.base.join(folder));
        let base = self.base.clone();
        self.allow(&base);
    }

    /// Adds a contained folder or file (relative paths start at the working folder).
    pub fn allow(&mut self, root: &Path) {
        let root = path::normal(&self.base.join(root));
        if !self.roots.contains(&root) {
            self.roots.push(root);
        }
    }

    /// The folder relative paths start at.
    pub fn base(&self) -> &Path {
        &self.base
    }

    /// The contained folders and files.
    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
    }

    /// Changes the read limit (tests use a small one instead of writing huge files).
    pub fn set_read_limit(&mut self, bytes: u64) {
        self.read_limit = bytes;
    }

    /// Checks `typed` against the contained folders.
    pub fn resolve(&self, typed: &str) -> Result<ContainedPath, FileError> {
        let not_allowed = |reason: &str| self.not_allowed(typed, reason);
        let resolved = path::absolute(typed, &self.base).map_err(|problem| match problem {
            path::PathProblem::Empty => not_allowed("an empty path names no file"),
            path::PathProblem::WindowsDrive => {
                not_allowed("a Windows drive path names no file on this machine")
            }
        })?;
        if !self
            .roots
            .iter()
            .any(|root| path::is_within(&resolved, root))
        {
            let climbs = typed.split(['/', '\\']).any(|part| part == "..");
            return Err(not_allowed(if climbs {
                "its .. steps lead outside the contained folders"
            } else {
                "it is outside the contained folders"
            }));
        }
        Ok(ContainedPath {
            typed: typed.to_string(),
            path: resolved,
        })
    }

    /// The refusal of `typed`, listing the contained folders as the user knows them.
    fn not_allowed(&self, typed: &str, reason: &str) -> FileError {
        let roots = self
            .roots
            .iter()
            .map(|root| match root.strip_prefix(&self.base) {
                Ok(rest) if rest.as_os_str().is_empty() => "the working folder".to_string(),
                Ok(rest) => rest.display().to_string(),
                Err(_) => root.display().to_string(),
            })
            .collect();
        FileError::NotAllowed {
            path: typed.to_string(),
            reason: reason.to_string(),
            roots,
        }
    }

    /// Whether `path` is a contained folder itself (or holds one), which no script may remove.
    pub fn holds_root(&self, path: &ContainedPath) -> bool {
        self.roots
            .iter()
            .any(|root| path::is_within(root, &path.path))
    }

    /// What is at `path`.
    pub fn entry(&self, path: &ContainedPath, mode: Mode) -> Option<Entry> {
        if mode == Mode::Pretend {
            match self.pretend.seen(&path.path) {
                Some(Seen::File(_)) => return Some(Entry::File),
                Some(Seen::Folder) => return Some(Entry::Folder),
                Some(Seen::Absent) => return None,
                None => {}
            }
        }
        let meta = std::fs::metadata(&path.path).ok()?;
        Some(if meta.is_dir() {
            Entry::Folder
        } else {
            Entry::File
        })
    }

    /// The names directly in the folder `path` with what each is, folders first, then files,
    /// each in name order; in a pretended mode, what the run pretended to write or remove
    /// counts. A missing folder is not found; a file is listed as itself. The `<file>.lock`
    /// files the gate keeps beside the files it writes are its own bookkeeping, not listed.
    pub fn list(
        &self,
        path: &ContainedPath,
        mode: Mode,
    ) -> Result<Vec<(String, Entry)>, FileError> {
        match self.entry(path, mode) {
            None => return Err(not_found(path, "it does not exist")),
            Some(Entry::File) => {
                let name = path
                    .path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                return Ok(vec![(name, Entry::File)]);
            }
            Some(Entry::Folder) => {}
        }
        let mut names: std::collections::BTreeSet<String> = std::fs::read_dir(&path.path)
            .map(|dir| {
                dir.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        if mode == Mode::Pretend {
            for (name, added) in self.pretend.children(&path.path) {
                let name = name.to_string_lossy().into_owned();
                if added {
                    names.insert(name);
                } else {
                    names.remove(&name);
                }
            }
        }
        let mut folders = Vec::new();
        let mut files = Vec::new();
        let locks: Vec<String> = names
            .iter()
            .filter(|n| n.strip_suffix(".lock").is_some_and(|f| names.contains(f)))
            .cloned()
            .collect();
        for lock in locks {
            names.remove(&lock);
        }
        for name in names {
            let child = ContainedPath {
                typed: format!("{}{}{name}", path.typed, std::path::MAIN_SEPARATOR),
                path: path.path.join(&name),
            };
            match self.entry(&child, mode) {
                Some(Entry::Folder) => folders.push((name, Entry::Folder)),
                Some(Entry::File) => files.push((name, Entry::File)),
                None => {}
            }
        }
        folders.extend(files);
        Ok(folders)
    }

    /// The bytes of the file at `path`, refusing folders, devices and files above the limit.
    pub fn read(&self, path: &ContainedPath, mode: Mode) -> Result<Vec<u8>, FileError> {
        if mode == Mode::Pretend {
            match self.pretend.seen(&path.path) {
                Some(Seen::File(bytes)) => return Ok(bytes.to_vec()),
                Some(Seen::Folder) => return Err(not_a_file(path)),
                Some(Seen::Absent) => return Err(not_found(path, "")),
                None => {}
            }
        }
        let io = |e: std::io::Error| io_error(path, "read", &e);
        let meta = match std::fs::metadata(&path.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(not_found(path, "")),
            Err(e) => return Err(io(e)),
            Ok(meta) => meta,
        };
        if !meta.is_file() {
            return Err(not_a_file(path));
        }
        self.check_size(path, meta.len())?;
        let mut bytes = Vec::new();
        std::fs::File::open(&path.path)
            .and_then(|f| f.take(self.read_limit + 1).read_to_end(&mut bytes))
            .map_err(io)?;
        self.check_size(path, bytes.len() as u64)?;
        Ok(bytes)
    }

    fn check_size(&self, path: &ContainedPath, size: u64) -> Result<(), FileError> {
        if size > self.read_limit {
            return Err(FileError::TooLarge {
                path: path.typed.clone(),
                size,
                limit: self.read_limit,
            });
        }
        Ok(())
    }

    /// Writes `content` to `path`; with `create_folders` the missing folders above it are
    /// created first, else a missing folder is `file_not_found`.
    pub fn write(
        &mut self,
        path: &ContainedPath,
        content: Content<'_>,
        how: WriteHow,
        create_folders: bool,
        mode: Mode,
    ) -> Result<(), FileError> {
        if self.entry(path, mode) == Some(Entry::Folder) {
            return Err(not_a_file(path));
        }
        self.prepare_folder(path, create_folders, mode)?;
        match mode {
            Mode::Pretend => {
                let existing = match how {
                    WriteHow::Replace => None,
                    WriteHow::CreateNew | WriteHow::Append => self.existing(path, mode)?,
                };
                if how == WriteHow::CreateNew && existing.is_some() {
                    return Err(FileError::Exists {
                        path: path.typed.clone(),
                    });
                }
                let bytes = match (how, existing) {
                    (WriteHow::Append, Some(old)) => {
                        let mut all = old.clone();
                        all.extend(encoded(content, Some(&old)));
                        all
                    }
                    _ => encoded(content, None),
                };
                self.pretend.file(&path.path, bytes);
            }
            Mode::Real => {
                let _lock = lock(path)?;
                let exists = self.entry(path, Mode::Real).is_some();
                match how {
                    WriteHow::CreateNew if exists => {
                        return Err(FileError::Exists {
                            path: path.typed.clone(),
                        })
                    }
                    WriteHow::Append if exists => append(path, content)?,
                    _ => crate::state::write_bytes_atomic(&path.path, &encoded(content, None))
                        .map_err(|e| state_error(path, e))?,
                }
                self.pretend.forget(&path.path);
            }
        }
        Ok(())
    }

    /// The bytes at `path`, or `None` when there is no file.
    fn existing(&self, path: &ContainedPath, mode: Mode) -> Result<Option<Vec<u8>>, FileError> {
        match self.read(path, mode) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(FileError::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Makes sure the folder `path` goes in exists (creating it when asked).
    fn prepare_folder(
        &mut self,
        path: &ContainedPath,
        create: bool,
        mode: Mode,
    ) -> Result<(), FileError> {
        let Some(folder) = path.path.parent() else {
            return Ok(());
        };
        let folder = ContainedPath {
            typed: folder.display().to_string(),
            path: folder.to_path_buf(),
        };
        match self.entry(&folder, mode) {
            Some(Entry::Folder) => Ok(()),
            Some(Entry::File) => Err(FileError::NotFound {
                path: path.typed.clone(),
                reason: format!("{} is a file, not a folder", path.typed_folder()),
            }),
            None if create => self.create_folder(&folder, mode).map_err(|e| match e {
                FileError::Io { reason, .. } => FileError::Io {
                    path: path.typed.clone(),
                    action: "create the folder of",
                    reason,
                },
                other => other,
            }),
            None => Err(FileError::NotFound {
                path: path.typed.clone(),
                reason: format!("the folder {} does not exist", path.typed_folder()),
            }),
        }
    }

    /// Creates the folder `path` and any missing folders above it.
    pub fn create_folder(&mut self, path: &ContainedPath, mode: Mode) -> Result<(), FileError> {
        match self.entry(path, mode) {
            Some(Entry::Folder) => return Ok(()),
            Some(Entry::File) => {
                return Err(FileError::Exists {
                    path: path.typed.clone(),
                })
            }
            None => {}
        }
        match mode {
            Mode::Pretend => self.pretend.folder(&path.path),
            Mode::Real => {
                std::fs::create_dir_all(&path.path).map_err(|e| io_error(path, "create", &e))?;
                self.pretend.forget(&path.path);
            }
        }
        Ok(())
    }

    /// Removes the file or folder at `path` (a folder with content only with `recurse`).
    pub fn remove(
        &mut self,
        path: &ContainedPath,
        recurse: bool,
        mode: Mode,
    ) -> Result<(), FileError> {
        if self.holds_root(path) {
            return Err(
                self.not_allowed(&path.typed, "it is a contained folder itself, or holds one")
            );
        }
        let entry = self.entry(path, mode).ok_or_else(|| not_found(path, ""))?;
        if entry == Entry::Folder && !recurse && !self.folder_is_empty(path, mode) {
            return Err(FileError::Io {
                path: path.typed.clone(),
                action: "remove",
                reason: "the folder is not empty (add -Recurse to remove it with its content)"
                    .into(),
            });
        }
        match mode {
            Mode::Pretend => self.pretend.remove(&path.path),
            Mode::Real => {
                let result = match entry {
                    Entry::Folder => std::fs::remove_dir_all(&path.path),
                    Entry::File => {
                        let _lock = lock(path)?;
                        std::fs::remove_file(&path.path)
                    }
                };
                result.map_err(|e| io_error(path, "remove", &e))?;
                self.pretend.forget(&path.path);
            }
        }
        Ok(())
    }

    /// Whether the folder `path` has nothing in it (as `mode` sees it).
    fn folder_is_empty(&self, path: &ContainedPath, mode: Mode) -> bool {
        let mut names: std::collections::BTreeMap<std::ffi::OsString, bool> = match mode {
            Mode::Pretend if self.pretend.seen(&path.path).is_some() => Default::default(),
            _ => std::fs::read_dir(&path.path)
                .map(|dir| {
                    dir.filter_map(Result::ok)
                        .map(|e| (e.file_name(), true))
                        .collect()
                })
                .unwrap_or_default(),
        };
        if mode == Mode::Pretend {
            for (name, added) in self.pretend.children(&path.path) {
                names.insert(name.to_os_string(), added);
            }
        }
        !names.values().any(|present| *present)
    }

    /// The open transcript, if `Start-Transcript` opened one.
    pub fn transcript(&mut self) -> Option<&mut Transcript> {
        self.transcript.as_mut()
    }

    /// Opens a transcript (replacing any open one, which `Start-Transcript` refuses first).
    pub fn open_transcript(&mut self, transcript: Transcript) {
        self.transcript = Some(transcript);
    }

    /// Ends the open transcript without writing it again.
    pub fn close_transcript(&mut self) -> Option<Transcript> {
        self.transcript.take()
    }

    /// Writes the open transcript's file as it stands. With a `footer` the transcript ends
    /// (`Stop-Transcript`); without, it stays open. Returns its path as typed, if one was open.
    pub fn flush_transcript(&mut self, footer: Option<&str>) -> Result<Option<String>, FileError> {
        let Some(transcript) = self.transcript.take() else {
            return Ok(None);
        };
        let (path, mode, bytes) = transcript.file_bytes(footer);
        let result = self.write(
            &path,
            Content::Bytes(&bytes),
            WriteHow::Replace,
            false,
            mode,
        );
        if footer.is_none() {
            self.transcript = Some(transcript);
        }
        result.map(|()| Some(path.typed().to_string()))
    }
}

/// The bytes `content` stands for; when appending to `existing` bytes, without a byte order
/// mark and, for text without an encoding, in the encoding the existing mark announces.
fn encoded(content: Content<'_>, existing: Option<&[u8]>) -> Vec<u8> {
    match content {
        Content::Bytes(bytes) => bytes.to_vec(),
        Content::Text(text, encoding) => match existing.filter(|b| !b.is_empty()) {
            Some(old) => encoding
                .or_else(|| Encoding::sniff(old))
                .unwrap_or(Encoding::Utf8 { bom: false })
                .encode(text),
            None => {
                let encoding = encoding.unwrap_or(Encoding::Utf8 { bom: false });
                let mut bytes = encoding.bom().to_vec();
                bytes.extend(encoding.encode(text));
                bytes
            }
        },
    }
}

/// Appends to an existing file in place (the bytes already there are never rewritten).
fn append(path: &ContainedPath, content: Content<'_>) -> Result<(), FileError> {
    let io = |e: std::io::Error| io_error(path, "write", &e);
    let mut head = Vec::new();
    std::fs::File::open(&path.path)
        .and_then(|f| f.take(4).read_to_end(&mut head))
        .map_err(io)?;
    let len = std::fs::metadata(&path.path).map_err(io)?.len();
    let bytes = encoded(content, (len > 0).then_some(head.as_slice()));
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path.path)
        .map_err(io)?;
    file.write_all(&bytes)
        .and_then(|()| file.flush())
        .map_err(io)
}

/// Takes the state file's lock discipline for `path`.
fn lock(path: &ContainedPath) -> Result<crate::state::StateLock, FileError> {
    crate::state::lock(&path.path).map_err(|e| state_error(path, e))
}

/// A state-module failure as the gate's error for `path`.
fn state_error(path: &ContainedPath, error: crate::state::StateError) -> FileError {
    use crate::state::StateError;
    match error {
        StateError::Locked { holder, .. } => FileError::Locked {
            path: path.typed.clone(),
            holder: if holder.starts_with(&format!("process {};", std::process::id())) {
                format!("this run, which holds it as its state file ({holder})")
            } else {
                format!("another coexist ({holder})")
            },
        },
        StateError::Unreadable { reason, .. } => FileError::Io {
            path: path.typed.clone(),
            action: "lock",
            reason,
        },
        StateError::WriteFailed { reason, .. } => FileError::Io {
            path: path.typed.clone(),
            action: "write",
            reason,
        },
        other => FileError::Io {
            path: path.typed.clone(),
            action: "write",
            reason: other.to_string(),
        },
    }
}

fn not_found(path: &ContainedPath, reason: &str) -> FileError {
    FileError::NotFound {
        path: path.typed.clone(),
        reason: reason.to_string(),
    }
}

fn not_a_file(path: &ContainedPath) -> FileError {
    FileError::Io {
        path: path.typed.clone(),
        action: "use",
        reason: "it is a folder or a device, not a file".into(),
    }
}

fn io_error(path: &ContainedPath, action: &'static str, e: &std::io::Error) -> FileError {
    FileError::Io {
        path: path.typed.clone(),
        action,
        reason: e.to_string(),
    }
}

#[cfg(test)]
mod tests;
