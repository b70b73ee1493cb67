//! The transcript `Start-Transcript` opened: where it goes and what the run printed since.

use crate::files::{ContainedPath, Mode};

/// An open transcript. Its file is rewritten whole (atomically) each time it is flushed: at
/// the end of every run (each batch run, each REPL entry) and at `Stop-Transcript`.
#[derive(Debug, Clone)]
pub struct Transcript {
    path: ContainedPath,
    mode: Mode,
    prefix: Vec<u8>,
    text: String,
}

impl Transcript {
    /// A transcript to `path` starting with `header`; `prefix` is what the file held before
    /// (`-Append`), kept in front. In [`Mode::Pretend`] it is written to the pretend store.
    pub fn new(path: ContainedPath, mode: Mode, prefix: Vec<u8>, header: &str) -> Self {
        Transcript {
            path,
            mode,
            prefix,
            text: header.to_string(),
        }
    }

    /// Where the transcript goes.
    pub fn path(&self) -> &ContainedPath {
        &self.path
    }

    /// Adds what the run printed.
    pub fn record(&mut self, printed: &str) {
        self.text.push_str(printed);
    }

    /// The file's path, mode and bytes: the prefix, then the text, then `footer`.
    pub(crate) fn file_bytes(&self, footer: Option<&str>) -> (ContainedPath, Mode, Vec<u8>) {
        let mut bytes = self.prefix.clone();
        bytes.extend_from_slice(self.text.as_bytes());
        if let Some(footer) = footer {
            bytes.extend_from_slice(footer.as_bytes());
        }
        (self.path.clone(), self.mode, bytes)
    }
}
