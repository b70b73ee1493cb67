//! Where the REPL keeps its history: `history.txt` in the user's data directory
//! (`~/.local/share/coexist` on Linux, `~/Library/Application Support/coexist` on macOS,
//! `%APPDATA%\coexist\data` on Windows), or `$COEXIST_HISTORY` when set.

use std::path::PathBuf;

/// Environment variable overriding the history file (tests, shared machines).
pub const HISTORY_ENV: &str = "COEXIST_HISTORY";

/// The history file, if a data directory can be found.
pub fn history_file() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(HISTORY_ENV) {
        return Some(PathBuf::from(path));
    }
    directories::ProjectDirs::from("", "", "coexist").map(|d| d.data_dir().join("history.txt"))
}
