//! Which deployment a document is rehearsed against, and the state files loaded for it.
//!
//! The state file is the client setting `coexist.state` if given, else `state = "…"` in the
//! nearest `coexist.toml` in the document's folder or above it (the workspace root's, as a
//! rule); relative paths are resolved against the folder of the file that names them (the
//! workspace root for the setting). Without either, a document runs against an empty model.
//! State files are only ever read here: never locked, never written.

use crate::diag::{Diag, Severity};
use crate::model::Model;
use crate::state::{self, StateError};
use lsp_types::Uri;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::SystemTime;

/// The workspace file naming the state file.
pub const CONFIG_FILE: &str = "coexist.toml";

/// Code of a `coexist.toml` that cannot be read or parsed.
pub const INVALID_CONFIG: &str = "coexist::lsp::invalid_config";

/// What identifies one version of a state file: its path, modification time and length.
pub type Stamp = (PathBuf, Option<SystemTime>, u64);

/// The parts of `coexist.toml` the server reads; other keys are ignored.
#[derive(Debug, serde::Deserialize)]
struct ConfigFile {
    /// The state file, relative to `coexist.toml`'s folder.
    state: Option<PathBuf>,
}

/// The deployment of a document: which state file (if any), and what went wrong finding or
/// reading it (shown at the top of the document).
#[derive(Debug, Default)]
pub struct Deployment {
    /// The state file's identity, `None` for an empty model.
    pub stamp: Option<Stamp>,
    /// Problems with `coexist.toml` or the state file.
    pub problems: Vec<Diag>,
}

/// The client's workspace: its root, the `coexist.state` setting and the state files read.
#[derive(Debug, Default)]
pub struct Workspace {
    /// The first workspace folder (or `rootUri`).
    root: Option<PathBuf>,
    /// `coexist.state` from the client, as given.
    state_setting: Option<PathBuf>,
    /// State files read, by stamp.
    loaded: HashMap<Stamp, Result<Model, StateError>>,
}

impl Workspace {
    /// A workspace rooted at `root`.
    pub fn new(root: Option<PathBuf>) -> Self {
        Workspace {
            root,
            ..Workspace::default()
        }
    }

    /// Reads the `coexist.state` setting from `initializationOptions` or the settings of
    /// `workspace/didChangeConfiguration` (`{"coexist": {"state": …}}` or `{"state": …}`).
    /// Returns whether it changed.
    pub fn configure(&mut self, settings: &serde_json::Value) -> bool {
        let section = settings.get("coexist").unwrap_or(settings);
        let state = section
            .get("state")
            .and_then(serde_json::Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .map(PathBuf::from);
        let changed = state != self.state_setting;
        self.state_setting = state;
        changed
    }

    /// The deployment of the document at `uri`.
    pub fn deployment(&self, uri: &Uri) -> Deployment {
        let mut deployment = Deployment::default();
        let document = file_path(uri);
        let path = match &self.state_setting {
            Some(setting) => Some(resolve(
                self.root
                    .as_deref()
                    .or(document.as_deref().and_then(Path::parent)),
                setting,
            )),
            None => {
                let start = document
                    .as_deref()
                    .and_then(Path::parent)
                    .or(self.root.as_deref());
                match start.and_then(find_config) {
                    None => None,
                    Some(config) => match read_config(&config) {
                        Ok(state) => state,
                        Err(problem) => {
                            deployment.problems.push(*problem);
                            None
                        }
                    },
                }
            }
        };
        deployment.stamp = path.map(|path| {
            let meta = std::fs::metadata(&path).ok();
            let modified = meta.as_ref().and_then(|m| m.modified().ok());
            let len = meta.map_or(0, |m| m.len());
            (path, modified, len)
        });
        if let Some(stamp) = &deployment.stamp {
            if let Some(Err(e)) = self.loaded.get(stamp) {
                deployment.problems.push(state_problem(e));
            }
        }
        deployment
    }

    /// The model of a deployment (a copy): the state file's, or an empty one when it has
    /// none or cannot be read (the deployment's problems say why).
    pub fn model(&mut self, deployment: &mut Deployment) -> Model {
        let Some(stamp) = &deployment.stamp else {
            return Model::default();
        };
        let loaded = self
            .loaded
            .entry(stamp.clone())
            .or_insert_with(|| state::load(&stamp.0));
        match loaded {
            Ok(model) => model.clone(),
            Err(e) => {
                let problem = state_problem(e);
                if !deployment.problems.contains(&problem) {
                    deployment.problems.push(problem);
                }
                Model::default()
            }
        }
    }

    /// Forgets state files no document uses any more.
    pub fn retain(&mut self, in_use: &[&Stamp]) {
        self.loaded.retain(|stamp, _| in_use.contains(&stamp));
    }
}

/// The problem of a state file that cannot be used, as a diagnostic.
fn state_problem(error: &StateError) -> Diag {
    Diag::new(
        error.code(),
        Severity::Error,
        format!("{error}; the document is rehearsed against an empty model"),
    )
    .with_help(Some(error.help().to_string()))
}

/// `path` resolved against `base` when it is relative.
fn resolve(base: Option<&Path>, path: &Path) -> PathBuf {
    match base {
        Some(base) if path.is_relative() => base.join(path),
        _ => path.to_path_buf(),
    }
}

/// The nearest `coexist.toml` in `dir` or above it.
fn find_config(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(CONFIG_FILE))
        .find(|candidate| candidate.is_file())
}

/// The state file a `coexist.toml` names (resolved), or why it cannot be read.
fn read_config(config: &Path) -> Result<Option<PathBuf>, Box<Diag>> {
    let problem =
        |what: String| {
            Box::new(Diag::new(INVALID_CONFIG, Severity::Error, what).with_help(Some(
            "write the state file's path as `state = \"prod.json\"` (relative to coexist.toml)"
                .into(),
        )))
        };
    let text = std::fs::read_to_string(config)
        .map_err(|e| problem(format!("cannot read {}: {e}", config.display())))?;
    let parsed: ConfigFile = toml::from_str(&text).map_err(|e| {
        problem(format!(
            "{} is not valid: {}",
            config.display(),
            e.message()
        ))
    })?;
    Ok(parsed.state.map(|state| resolve(config.parent(), &state)))
}

/// The local path of a `file:` URI (percent-decoded), if it is one.
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // An authority (`file://host/…`) other than localhost names another machine.
    let path = match rest.find('/') {
        Some(0) => rest,
        Some(i) if rest[..i].eq_ignore_ascii_case("localhost") => &rest[i..],
        _ => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let decoded = percent_decode(path)?;
    // `/C:/x` on Windows is `C:/x`.
    let windows_drive = cfg!(windows)
        && decoded.len() >= 3
        && decoded.as_bytes()[0] == b'/'
        && decoded.as_bytes()[2] == b':';
    let decoded = if windows_drive {
        &decoded[1..]
    } else {
        &decoded[..]
    };
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of an absolute path.
pub fn file_uri(path: &Path) -> Option<Uri> {
    let text = path.to_string_lossy().replace('\\', "/");
    let text = if text.starts_with('/') {
        text
    } else {
        format!("/{text}")
    };
    let mut uri = String::from("file://");
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~:".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    Uri::from_str(&uri).ok()
}

/// Decodes `%XX` escapes; `None` when the result is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(text: &str) -> Uri {
        Uri::from_str(text).expect("a URI")
    }

    #[cfg(unix)]
    #[test]
    fn file_uris_and_paths_round_trip_with_escapes() {
        let path = Path::new("/tmp/My Scripts/migration é.ps1");
        let u = file_uri(path).expect("uri");
        assert_eq!(
            u.as_str(),
            "file:///tmp/My%20Scripts/migration%20%C3%A9.ps1"
        );
        assert_eq!(file_path(&u).as_deref(), Some(path));
        assert_eq!(
            file_path(&uri("file://localhost/a/b.ps1")).as_deref(),
            Some(Path::new("/a/b.ps1"))
        );
        assert_eq!(file_path(&uri("untitled:Untitled-1")), None);
        assert_eq!(file_path(&uri("file://server/share/a.ps1")), None);
    }

    #[test]
    fn the_nearest_config_names_the_state_file_relative_to_itself() {
        let dir = tempfile::tempdir().expect("temp dir");
        let scripts = dir.path().join("scripts");
        std::fs::create_dir_all(&scripts).expect("mkdir");
        std::fs::write(
            dir.path().join(CONFIG_FILE),
            "# deployment\nstate = \"prod.json\"\n",
        )
        .expect("write");
        let doc = file_uri(&scripts.join("a.ps1")).expect("uri");
        let workspace = Workspace::new(None);
        let deployment = workspace.deployment(&doc);
        assert!(deployment.problems.is_empty(), "{:?}", deployment.problems);
        let stamp = deployment.stamp.expect("a state file");
        assert_eq!(stamp.0, dir.path().join("prod.json"));
        // A state file rewritten with other content is another deployment (re-read).
        std::fs::write(dir.path().join("prod.json"), "{}").expect("write");
        let written = workspace.deployment(&doc).stamp;
        std::fs::write(dir.path().join("prod.json"), "{ }").expect("write");
        let rewritten = workspace.deployment(&doc).stamp;
        assert_ne!(written, rewritten);
        assert_ne!(written, Some(stamp));
    }

    #[test]
    fn the_setting_wins_and_a_bad_config_or_state_file_is_a_problem() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join(CONFIG_FILE), "state = [").expect("write");
        let doc = file_uri(&dir.path().join("a.ps1")).expect("uri");
        let mut workspace = Workspace::new(Some(dir.path().to_path_buf()));
        let deployment = workspace.deployment(&doc);
        assert_eq!(deployment.problems[0].code, INVALID_CONFIG);
        assert!(deployment.stamp.is_none());

        std::fs::write(dir.path().join("bad.json"), "{ not json").expect("write");
        assert!(workspace.configure(&serde_json::json!({"coexist": {"state": "bad.json"}})));
        let mut deployment = workspace.deployment(&doc);
        assert!(deployment.problems.is_empty());
        let model = workspace.model(&mut deployment);
        assert_eq!(model, Model::default());
        assert_eq!(deployment.problems[0].code, "coexist::state::invalid");
        assert!(!workspace.configure(&serde_json::json!({"state": "bad.json"})));
    }
}
