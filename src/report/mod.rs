//! **Front end.** Pictures of the model for people: the topology diagram (`coexist diagram`,
//! `Show-Topology`) and the HTML rehearsal report (`coexist plan --report`). It reads the model
//! through its public queries and the session's results; it never parses, binds or checks a
//! rule itself.
//!
//! | File | Job |
//! |---|---|
//! | `topology.rs` | what a diagram shows, read once from the model (counts, blockers) |
//! | `layout.rs` | the layout-rs adapter: boxes and links laid out and drawn as SVG |
//! | `palette.rs` | one colour per server version |
//! | `svg.rs`, `dot.rs`, `mermaid.rs`, `tree.rs` | the four renderings of a topology |
//! | `moves.rs` | users and chat data that moved between two models, as arrows |
//! | `access.rs` | the access matrix before and after: who loses chat |
//! | `html.rs`, `templates/report.html` | the rehearsal report page |

pub mod access;
pub mod dot;
pub mod html;
pub mod layout;
pub mod mermaid;
pub mod moves;
pub mod palette;
pub mod svg;
pub mod topology;
pub mod tree;

use crate::model::Model;
use crate::state::StateError;
use std::path::Path;
pub use topology::Topology;

/// Writes a picture or report to `path`: the one place this front end writes files
/// (atomically, through [`crate::state::write_text_atomic`]), so a file-access gate can take
/// it over in one spot.
pub fn write_file(path: &Path, text: &str) -> Result<(), StateError> {
    crate::state::write_text_atomic(path, text)
}

/// How a topology is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiagramFormat {
    /// An SVG picture laid out by coexist.
    Svg,
    /// Graphviz DOT text.
    Dot,
    /// A Mermaid flowchart.
    Mermaid,
    /// A compact text tree.
    Text,
}

impl DiagramFormat {
    /// Every format, for `Show-Topology -Format`.
    pub const ALL: &'static [DiagramFormat] = &[
        DiagramFormat::Svg,
        DiagramFormat::Dot,
        DiagramFormat::Mermaid,
        DiagramFormat::Text,
    ];

    /// The name scripts and the command line write (`Svg`, `Dot`, `Mermaid`, `Text`).
    pub fn as_str(self) -> &'static str {
        match self {
            DiagramFormat::Svg => "Svg",
            DiagramFormat::Dot => "Dot",
            DiagramFormat::Mermaid => "Mermaid",
            DiagramFormat::Text => "Text",
        }
    }

    /// The format a file name's extension asks for (`.svg`, `.dot`/`.gv`, `.mmd`/`.mermaid`,
    /// `.txt`), if it asks for one.
    pub fn from_path(path: &std::path::Path) -> Option<DiagramFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(DiagramFormat::Svg),
            "dot" | "gv" => Some(DiagramFormat::Dot),
            "mmd" | "mermaid" => Some(DiagramFormat::Mermaid),
            "txt" => Some(DiagramFormat::Text),
            _ => None,
        }
    }

    /// Draws `model` in this format.
    pub fn render(self, model: &Model) -> String {
        let topology = Topology::of(model);
        match self {
            DiagramFormat::Svg => svg::render(&topology),
            DiagramFormat::Dot => dot::render(&topology),
            DiagramFormat::Mermaid => mermaid::render(&topology),
            DiagramFormat::Text => tree::render(&topology),
        }
    }
}

/// The model a script leaves, for the unit tests of this front end.
#[cfg(test)]
pub(crate) fn model_of(script: &str) -> Model {
    let settings = crate::session::Settings {
        error_format: crate::diag::ErrorFormat::Json,
        output_format: crate::output::OutputFormat::Text,
        width: 100,
        dry_run: false,
        timeout: None,
    };
    let mut session = crate::session::Session::new(
        Model::default(),
        settings,
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    );
    let outcome = session.run_source("test.ps1", script);
    assert_eq!(outcome.errors, 0, "the test script runs cleanly");
    session.into_model()
}
