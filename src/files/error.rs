//! Why the gate refused or failed a file access, with the stable codes scripts and tests see.

/// A path outside the contained folders (the script's folder, the working folder, paths
/// named on the command line).
///
/// Resolution: put the file under one of the folders the help lists, or name it on the
/// command line (`coexist run script.ps1 -- -Path /data/users.csv`).
pub const PATH_NOT_ALLOWED: &str = "coexist::eval::path_not_allowed";

/// A file larger than the read limit ([`crate::files::DEFAULT_READ_LIMIT`]).
///
/// Resolution: split the file, or read a smaller extract.
pub const FILE_TOO_LARGE: &str = "coexist::eval::file_too_large";

/// A file or folder that does not exist (in a dry run: nor was written earlier in it).
///
/// Resolution: check the path; create the folder first with `New-Item -ItemType Directory`.
pub const FILE_NOT_FOUND: &str = "coexist::eval::file_not_found";

/// A file that exists where the command was told not to replace one (`-NoClobber`,
/// `New-Item` without `-Force`).
///
/// Resolution: choose another name, or add `-Force` to replace it.
pub const FILE_EXISTS: &str = "coexist::eval::file_exists";

/// A file another coexist is writing (it holds `<file>.lock`).
///
/// Resolution: wait for the other run to finish; the lock is released when it exits.
pub const FILE_LOCKED: &str = "coexist::eval::file_locked";

/// The operating system refused a read, write or removal (permissions, a folder where a file
/// was expected, a folder that is not empty, a full disk).
///
/// Resolution: the message carries the system's reason; a failed write leaves the old file.
pub const FILE_IO: &str = "coexist::eval::file_io";

/// Every code the gate reports.
pub const CODES: &[&str] = &[
    PATH_NOT_ALLOWED,
    FILE_TOO_LARGE,
    FILE_NOT_FOUND,
    FILE_EXISTS,
    FILE_LOCKED,
    FILE_IO,
];

/// A refused or failed file access. `path` is always the path as the script typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Outside every contained folder.
    NotAllowed {
        /// The path as typed.
        path: String,
        /// Why, in words (`it is outside the contained folders`).
        reason: String,
        /// The contained folders as shown to the user (relative to the working folder where
        /// they are under it).
        roots: Vec<String>,
    },
    /// Larger than the read limit; nothing was read.
    TooLarge {
        /// The path as typed.
        path: String,
        /// Its size in bytes (at least this many).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file, or the folder it should be written in, does not exist.
    NotFound {
        /// The path as typed.
        path: String,
        /// What is missing, e.g. `the folder logs does not exist`; empty when it is the file.
        reason: String,
    },
    /// Exists where it must not.
    Exists {
        /// The path as typed.
        path: String,
    },
    /// Another process holds the lock.
    Locked {
        /// The path as typed.
        path: String,
        /// Who holds it: `another coexist (process 4242; lock file …)`.
        holder: String,
    },
    /// The operating system refused.
    Io {
        /// The path as typed.
        path: String,
        /// `read`, `write`, `remove` or `create`.
        action: &'static str,
        /// The system's reason.
        reason: String,
    },
}

impl FileError {
    /// The stable diagnostic code.
    pub fn code(&self) -> &'static str {
        match self {
            FileError::NotAllowed { .. } => PATH_NOT_ALLOWED,
            FileError::TooLarge { .. } => FILE_TOO_LARGE,
            FileError::NotFound { .. } => FILE_NOT_FOUND,
            FileError::Exists { .. } => FILE_EXISTS,
            FileError::Locked { .. } => FILE_LOCKED,
            FileError::Io { .. } => FILE_IO,
        }
    }

    /// One sentence saying what went wrong.
    pub fn message(&self) -> String {
        match self {
            FileError::NotAllowed { path, reason, .. } => {
                format!("coexist may not touch {path}: {reason}")
            }
            FileError::TooLarge { path, size, limit } => format!(
                "{path} has {size} bytes ({}), over the read limit of {limit} bytes ({}); \
                 nothing was read",
                bytes(*size),
                bytes(*limit)
            ),
            FileError::NotFound { path, reason } if reason.is_empty() => {
                format!("{path} does not exist")
            }
            FileError::NotFound { path, reason } => format!("cannot find {path}: {reason}"),
            FileError::Exists { path } => format!("{path} already exists"),
            FileError::Locked { path, holder } => format!("{path} is locked by {holder}"),
            FileError::Io {
                path,
                action,
                reason,
            } => format!("cannot {action} {path}: {reason}"),
        }
    }

    /// How to fix it.
    pub fn help(&self) -> String {
        match self {
            FileError::NotAllowed { roots, .. } => format!(
                "scripts may read and write only under {}; name other files on the command \
                 line (coexist run script.ps1 -- -Path FILE)",
                match roots.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("{} and {last}", rest.join(", "))
                    }
                    _ => roots.join(""),
                }
            ),
            FileError::TooLarge { .. } => {
                "split the file, or give coexist an extract of the rows the script needs".into()
            }
            FileError::NotFound { reason, .. } if reason.contains("folder") => {
                "create the folder first: New-Item -ItemType Directory <folder>".into()
            }
            FileError::NotFound { .. } => "check the path (relative paths start at the working \
                folder); a dry run sees the files on disk and those written earlier in the run"
                .into(),
            FileError::Exists { .. } => "choose another name, or add -Force to replace it".into(),
            FileError::Locked { .. } => {
                "wait for the other run to finish (the lock is released when it exits)".into()
            }
            FileError::Io { action: "use", .. } => "name a file, not a folder".into(),
            FileError::Io { action: "read", .. } => "check the path and its permissions".into(),
            FileError::Io {
                action: "remove", ..
            } => "check the path and its permissions".into(),
            FileError::Io { .. } => {
                "check the path, its permissions and free space; a failed write leaves the old \
                 file as it was"
                    .into()
            }
        }
    }
}

/// `300 MiB`, `12 KiB`, `17 bytes`.
fn bytes(n: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = KIB * 1024;
    const GIB: u64 = MIB * 1024;
    match n {
        n if n >= GIB => format!("{:.1} GiB", n as f64 / GIB as f64),
        n if n >= MIB => format!("{} MiB", n / MIB),
        n if n >= KIB => format!("{} KiB", n / KIB),
        n => format!("{n} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_eval_codes() {
        let mut codes = CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), CODES.len());
        assert!(CODES.iter().all(|c| c.starts_with("coexist::eval::")));
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(bytes(17), "17 bytes");
        assert_eq!(bytes(300 * 1024 * 1024), "300 MiB");
        assert_eq!(bytes(3 * 1024 * 1024 * 1024 / 2), "1.5 GiB");
    }
}
