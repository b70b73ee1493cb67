//! What a dry run (or `-WhatIf`) would have done to files, kept in the session so later reads
//! in the same run see it while the disk stays untouched.
//!
//! Each entry overrides the disk for its path: a file with its would-be bytes, a folder, or a
//! removal. A removed or replaced folder hides what the disk has under it; a pretended file
//! under a folder makes that folder exist.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One pretended change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pretended {
    /// A file and the bytes it would hold.
    File(Vec<u8>),
    /// A folder; `hides_disk` when it replaced a removal, so the disk's old contents are gone.
    Folder {
        /// The disk's entries under it do not show.
        hides_disk: bool,
    },
    /// A file or folder removed.
    Removed,
}

/// What the store says about a path, when it says anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen<'a> {
    /// A pretended file with these bytes.
    File(&'a [u8]),
    /// A pretended folder (or one implied by something pretended under it).
    Folder,
    /// Nothing is there (removed, or under a removed folder or a file).
    Absent,
}

/// The store of pretended changes, keyed by normal absolute path.
#[derive(Debug, Clone, Default)]
pub struct PretendStore {
    entries: BTreeMap<PathBuf, Pretended>,
}

impl PretendStore {
    /// What the store says about `path`; `None` means "ask the disk".
    pub fn seen(&self, path: &Path) -> Option<Seen<'_>> {
        if let Some(entry) = self.entries.get(path) {
            return Some(match entry {
                Pretended::File(bytes) => Seen::File(bytes),
                Pretended::Folder { .. } => Seen::Folder,
                Pretended::Removed => Seen::Absent,
            });
        }
        if self
            .below(path)
            .any(|(_, e)| !matches!(e, Pretended::Removed))
        {
            return Some(Seen::Folder);
        }
        for ancestor in path.ancestors().skip(1) {
            match self.entries.get(ancestor) {
                Some(Pretended::Removed | Pretended::File(_)) => return Some(Seen::Absent),
                Some(Pretended::Folder { hides_disk: true }) => return Some(Seen::Absent),
                Some(Pretended::Folder { hides_disk: false }) => return None,
                None => {}
            }
        }
        None
    }

    /// Records a pretended file.
    pub fn file(&mut self, path: &Path, bytes: Vec<u8>) {
        self.entries
            .insert(path.to_path_buf(), Pretended::File(bytes));
    }

    /// Records a pretended folder.
    pub fn folder(&mut self, path: &Path) {
        let hides_disk = matches!(self.entries.get(path), Some(Pretended::Removed));
        self.entries
            .insert(path.to_path_buf(), Pretended::Folder { hides_disk });
    }

    /// Records a removal of `path` and everything under it.
    pub fn remove(&mut self, path: &Path) {
        self.forget(path);
        self.entries.insert(path.to_path_buf(), Pretended::Removed);
    }

    /// Drops what the store says about `path` and everything under it (after a real change).
    pub fn forget(&mut self, path: &Path) {
        let under: Vec<PathBuf> = self.below(path).map(|(p, _)| p.clone()).collect();
        for p in under {
            self.entries.remove(&p);
        }
        self.entries.remove(path);
    }

    /// Names directly under the folder `path` that the store adds (`true`) or removes (`false`).
    pub fn children<'a>(
        &'a self,
        path: &'a Path,
    ) -> impl Iterator<Item = (&'a std::ffi::OsStr, bool)> + 'a {
        self.below(path).filter_map(move |(p, e)| {
            let rest = p.strip_prefix(path).ok()?;
            let mut parts = rest.components();
            let first = parts.next()?.as_os_str();
            let direct = parts.next().is_none();
            match e {
                Pretended::Removed if direct => Some((first, false)),
                Pretended::Removed => None,
                _ => Some((first, true)),
            }
        })
    }

    /// Entries strictly under `path`.
    fn below<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = (&'a PathBuf, &'a Pretended)> {
        self.entries
            .range(path.to_path_buf()..)
            .skip_while(move |(p, _)| p.as_path() == path)
            .take_while(move |(p, _)| p.starts_with(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PathBuf {
        PathBuf::from(if cfg!(windows) {
            format!("C:{s}")
        } else {
            s.to_string()
        })
    }

    #[test]
    fn a_pretended_file_is_seen_and_implies_its_folders() {
        let mut store = PretendStore::default();
        store.file(&p("/w/out/report.csv"), b"a".to_vec());
        assert_eq!(store.seen(&p("/w/out/report.csv")), Some(Seen::File(b"a")));
        assert_eq!(store.seen(&p("/w/out")), Some(Seen::Folder));
        assert_eq!(store.seen(&p("/w")), Some(Seen::Folder));
        assert_eq!(store.seen(&p("/w/out/report.csv/x")), Some(Seen::Absent));
        assert_eq!(store.seen(&p("/w/other.csv")), None);
        assert_eq!(store.seen(&p("/w/out-old")), None);
    }

    #[test]
    fn a_removal_hides_the_disk_below_until_a_new_folder_or_file() {
        let mut store = PretendStore::default();
        store.file(&p("/w/logs/new.log"), Vec::new());
        store.remove(&p("/w/logs"));
        assert_eq!(store.seen(&p("/w/logs")), Some(Seen::Absent));
        assert_eq!(store.seen(&p("/w/logs/old.log")), Some(Seen::Absent));
        assert_eq!(store.seen(&p("/w/logs/new.log")), Some(Seen::Absent));
        store.folder(&p("/w/logs"));
        assert_eq!(store.seen(&p("/w/logs")), Some(Seen::Folder));
        assert_eq!(store.seen(&p("/w/logs/old.log")), Some(Seen::Absent));
        store.file(&p("/w/logs/again.log"), b"x".to_vec());
        assert_eq!(store.seen(&p("/w/logs/again.log")), Some(Seen::File(b"x")));
    }

    #[test]
    fn forgetting_drops_everything_under_a_path() {
        let mut store = PretendStore::default();
        store.file(&p("/w/a/1"), Vec::new());
        store.file(&p("/w/a/2"), Vec::new());
        store.file(&p("/w/ab"), Vec::new());
        store.forget(&p("/w/a"));
        assert_eq!(store.seen(&p("/w/a/1")), None);
        assert_eq!(store.seen(&p("/w/ab")), Some(Seen::File(b"")));
    }

    #[test]
    fn children_lists_direct_names_added_and_removed() {
        let mut store = PretendStore::default();
        store.file(&p("/w/a.txt"), Vec::new());
        store.file(&p("/w/sub/deep.txt"), Vec::new());
        store.remove(&p("/w/gone.txt"));
        let mut names: Vec<(String, bool)> = store
            .children(&p("/w"))
            .map(|(n, added)| (n.to_string_lossy().into_owned(), added))
            .collect();
        names.sort();
        assert_eq!(
            names,
            vec![
                ("a.txt".to_string(), true),
                ("gone.txt".to_string(), false),
                ("sub".to_string(), true)
            ]
        );
    }
}
