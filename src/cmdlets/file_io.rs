//! How cmdlets reach files: every path argument is resolved by the session's
//! [`FileGate`](crate::files::FileGate) (through [`Host::files`]), every failure becomes a coded
//! error on that argument, and writes follow the run's mode: under `-WhatIf` or in a dry run
//! they print their What-if line and go to the session's pretend store; reads then see it.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::spec::{ParamKind, ParamSpec};
use crate::eval::binder::{INVALID_VALUE, MISSING_MANDATORY};
use crate::eval::error::RuntimeError;
use crate::files::{
    encoding, ContainedPath, Content, Encoding, FileError, FileGate, Mode, WriteHow,
};
use crate::span::Span;

/// A path argument the gate allowed, with the span errors about it point at.
#[derive(Debug, Clone)]
pub struct FileArg {
    /// The allowed path.
    pub path: ContainedPath,
    /// The argument's span.
    pub span: Span,
}

impl FileArg {
    /// The path as the script typed it.
    pub fn typed(&self) -> &str {
        self.path.typed()
    }
}

/// The `-Encoding` parameter of the file cmdlets (PowerShell's names).
pub fn encoding_param() -> ParamSpec {
    ParamSpec::new(
        "Encoding",
        ParamKind::Enum,
        "The text encoding: UTF8NoBOM by default; UTF8 writes a byte order mark, Unicode is UTF-16.",
    )
    .values(encoding::NAMES)
}

/// `-Append` and `-NoClobber`, as [`WriteOptions::from_switches`] reads them.
pub fn append_params() -> [ParamSpec; 2] {
    [
        ParamSpec::new(
            "Append",
            ParamKind::Switch,
            "Adds to the end of the file instead of replacing it.",
        ),
        ParamSpec::new("NoClobber", ParamKind::Switch, "Fails if the file exists.")
            .aliases(&["NoOverwrite"]),
    ]
}

/// The encoding `-Encoding` names, if given.
pub fn encoding_arg(b: &Bound) -> Option<Encoding> {
    b.string("Encoding")
        .and_then(|name| Encoding::from_name(&name))
}

/// The session's gate, or a coded error when this host allows no file access.
pub fn gate(host: &mut dyn Host, span: Span) -> Result<&mut FileGate, CommandError> {
    host.files().ok_or_else(|| {
        RuntimeError::new(
            crate::files::error::PATH_NOT_ALLOWED,
            "this session allows no file access",
            span,
        )
        .with_help("run the script with coexist run, plan or the REPL")
        .into()
    })
}

/// Resolves `typed` (the argument at `span`) through the gate. Wildcards are not expanded:
/// a path with `*` or `?` is `coexist::eval::unsupported` rather than a file never found.
pub fn resolve(host: &mut dyn Host, typed: &str, span: Span) -> Result<FileArg, CommandError> {
    if typed.contains(['*', '?']) {
        return Err(RuntimeError::new(
            crate::eval::unwind::codes::UNSUPPORTED,
            format!("{typed} is a wildcard pattern: coexist reads and writes named files only"),
            span,
        )
        .with_help("name each file, e.g. in a foreach over a list of names")
        .into());
    }
    let path = gate(host, span)?
        .resolve(typed)
        .map_err(|e| file_error(e, span))?;
    Ok(FileArg { path, span })
}

/// Resolves the path bound to `param`; a missing or blank one is a binding error.
pub fn resolve_param(host: &mut dyn Host, b: &Bound, param: &str) -> Result<FileArg, CommandError> {
    match b.string(param).filter(|s| !s.trim().is_empty()) {
        Some(typed) => resolve(host, &typed, b.span_of(param)),
        None => Err(no_path(b, param)),
    }
}

/// The error for a path parameter that is missing (`missing_mandatory`) or blank
/// (`invalid_value`).
pub fn no_path(b: &Bound, param: &str) -> CommandError {
    let span = b.span_of(param);
    if !b.has(param) {
        return RuntimeError::new(
            MISSING_MANDATORY,
            format!("{} needs the parameter -{param}", b.command),
            span,
        )
        .with_help(format!("add -{param} <file path>"))
        .into();
    }
    RuntimeError::new(
        INVALID_VALUE,
        format!("-{param} needs a file path, not an empty string"),
        span,
    )
    .with_help(format!("e.g. -{param} .\\users.csv"))
    .into()
}

/// How reads see files: a dry run and `-WhatIf` see what was pretended earlier.
pub fn read_mode(host: &mut dyn Host, b: &Bound) -> Mode {
    if host.dry_run() || host.what_if(b) {
        Mode::Pretend
    } else {
        Mode::Real
    }
}

/// The bytes of `file`.
pub fn read_bytes(host: &mut dyn Host, b: &Bound, file: &FileArg) -> Result<Vec<u8>, CommandError> {
    let mode = read_mode(host, b);
    gate(host, file.span)?
        .read(&file.path, mode)
        .map_err(|e| file_error(e, file.span))
}

/// The text of `file`, decoded with `encoding` (else by its byte order mark).
pub fn read_text(
    host: &mut dyn Host,
    b: &Bound,
    file: &FileArg,
    encoding: Option<Encoding>,
) -> Result<String, CommandError> {
    read_bytes(host, b, file).map(|bytes| encoding::decode(&bytes, encoding))
}

/// How a write goes.
#[derive(Debug, Clone, Copy)]
pub struct WriteOptions {
    /// Replace, append or refuse to replace.
    pub how: WriteHow,
    /// Create missing folders above the file.
    pub create_folders: bool,
}

impl WriteOptions {
    /// Replace the file; its folder must exist.
    pub const REPLACE: WriteOptions = WriteOptions {
        how: WriteHow::Replace,
        create_folders: false,
    };

    /// `-Append` → append, `-NoClobber` → refuse to replace, else replace.
    pub fn from_switches(b: &Bound) -> Self {
        let how = if b.switch("Append") {
            WriteHow::Append
        } else if b.switch("NoClobber") {
            WriteHow::CreateNew
        } else {
            WriteHow::Replace
        };
        WriteOptions {
            how,
            create_folders: false,
        }
    }
}

/// Writes `content` to `file`: for real, or under `-WhatIf` or in a dry run printing
/// `What if: Performing the operation "Output to File" on target "<path>".` and keeping the
/// content in the session's pretend store.
pub fn write(
    host: &mut dyn Host,
    b: &Bound,
    file: &FileArg,
    content: Content<'_>,
    options: WriteOptions,
) -> Result<(), CommandError> {
    let mode = change_mode(host, b, "Output to File", file);
    gate(host, file.span)?
        .write(
            &file.path,
            content,
            options.how,
            options.create_folders,
            mode,
        )
        .map_err(|e| file_error(e, file.span))
}

/// Asks whether `action` may change `file` (printing the What-if line where one is due) and
/// says whether the change is real or pretended.
pub fn change_mode(host: &mut dyn Host, b: &Bound, action: &str, file: &FileArg) -> Mode {
    let allowed = host.should_process(b, action, file.typed());
    if allowed && !host.dry_run() {
        Mode::Real
    } else {
        Mode::Pretend
    }
}

/// A gate failure as a coded runtime error on `span`.
pub fn file_error(error: FileError, span: Span) -> CommandError {
    RuntimeError::new(error.code(), error.message(), span)
        .with_help(error.help())
        .into()
}
