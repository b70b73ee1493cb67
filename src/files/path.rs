//! Paths as scripts type them, made absolute and normal without touching the filesystem.
//!
//! PowerShell accepts `\` and `/` as separators on every platform, so `.\users.csv` and
//! `$PSScriptRoot\logs\run.log` name the same files on Linux as on Windows. `~` is the home
//! folder. `.` and `..` are folded away lexically, so `logs\..\..\etc\passwd` is seen for what
//! it is before anything is opened. A Windows drive path (`C:\Temp`) is absolute; on a machine
//! without drives it names no file coexist may touch.

use std::path::{Component, Path, PathBuf};

/// Why a typed path cannot be turned into a path on this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathProblem {
    /// Nothing but spaces.
    Empty,
    /// A drive-qualified path (`C:\Temp\x.csv`) on a platform without drives.
    WindowsDrive,
}

/// The absolute, lexically normal form of `typed`, relative paths taken from `base`.
pub fn absolute(typed: &str, base: &Path) -> Result<PathBuf, PathProblem> {
    let text = typed.trim();
    if text.is_empty() {
        return Err(PathProblem::Empty);
    }
    if !cfg!(windows) && has_drive(text) {
        return Err(PathProblem::WindowsDrive);
    }
    let text = separators(text);
    let path = match home_relative(&text) {
        Some(path) => path,
        None => PathBuf::from(text.as_ref()),
    };
    let joined = if path.is_absolute() {
        path
    } else {
        base.join(path)
    };
    Ok(normal(&joined))
}

/// `C:`, `C:\…`, `c:/…`: a Windows drive letter.
fn has_drive(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
}

/// The text with `\` read as a separator (already one on Windows).
fn separators(text: &str) -> std::borrow::Cow<'_, str> {
    if cfg!(windows) || !text.contains('\\') {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.replace('\\', "/"))
    }
}

/// `~` and `~/rest` under the home folder.
fn home_relative(text: &str) -> Option<PathBuf> {
    let rest = match text.strip_prefix('~') {
        Some("") => "",
        Some(rest) if rest.starts_with(['/', '\\']) => &rest[1..],
        _ => return None,
    };
    let home = directories::BaseDirs::new()?.home_dir().to_path_buf();
    Some(if rest.is_empty() {
        home
    } else {
        home.join(rest)
    })
}

/// Folds `.` and `..` away; `..` at the root stays at the root, as the operating system does.
pub fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => out.push(component.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => out.push(name),
        }
    }
    out
}

/// Whether `path` is `root` or lies under it (component by component; letter case is
/// ignored on Windows, whose file names ignore it).
pub fn is_within(path: &Path, root: &Path) -> bool {
    let mut inner = path.components();
    for part in root.components() {
        match inner.next() {
            Some(other) if same_component(other, part) => {}
            _ => return false,
        }
    }
    true
}

fn same_component(a: Component<'_>, b: Component<'_>) -> bool {
    if cfg!(windows) {
        a.as_os_str().to_string_lossy().to_lowercase()
            == b.as_os_str().to_string_lossy().to_lowercase()
    } else {
        a == b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> PathBuf {
        if cfg!(windows) {
            PathBuf::from(r"C:\work\scripts")
        } else {
            PathBuf::from("/work/scripts")
        }
    }

    fn abs(typed: &str) -> PathBuf {
        absolute(typed, &base()).unwrap()
    }

    #[test]
    fn relative_paths_join_the_base_and_backslashes_separate() {
        assert_eq!(abs("users.csv"), base().join("users.csv"));
        assert_eq!(abs(r".\in\users.csv"), base().join("in").join("users.csv"));
        assert_eq!(abs("./in/users.csv"), base().join("in").join("users.csv"));
    }

    #[test]
    fn dot_dot_is_folded_before_anything_is_opened() {
        assert_eq!(abs(r"logs\..\users.csv"), base().join("users.csv"));
        assert_eq!(
            abs(r"..\..\etc\passwd"),
            normal(&base().join("../../etc/passwd"))
        );
        assert!(!is_within(&abs(r"..\other\x.csv"), &base()));
        assert!(is_within(&abs(r"a\..\b\x.csv"), &base()));
    }

    #[test]
    fn dot_dot_stops_at_the_root() {
        let root = base().ancestors().last().unwrap().to_path_buf();
        let deep = "../".repeat(20) + "x";
        assert_eq!(abs(&deep), root.join("x"));
    }

    #[test]
    fn blank_paths_and_foreign_drives_are_problems() {
        assert_eq!(absolute("  ", &base()), Err(PathProblem::Empty));
        if !cfg!(windows) {
            assert_eq!(
                absolute(r"C:\Temp\x.csv", &base()),
                Err(PathProblem::WindowsDrive)
            );
            assert_eq!(absolute("c:x", &base()), Err(PathProblem::WindowsDrive));
        }
    }

    #[test]
    fn within_compares_whole_components() {
        let root = base();
        assert!(is_within(&root, &root));
        assert!(is_within(&root.join("a"), &root));
        let sibling = PathBuf::from(format!("{}-old", root.display())).join("a");
        assert!(!is_within(&sibling, &root));
        assert!(!is_within(root.parent().unwrap(), &root));
    }

    #[test]
    fn home_is_expanded() {
        if let Some(dirs) = directories::BaseDirs::new() {
            assert_eq!(abs("~"), normal(dirs.home_dir()));
            assert_eq!(abs("~/x.txt"), normal(&dirs.home_dir().join("x.txt")));
        }
        assert_eq!(abs("~x"), base().join("~x"));
    }
}
