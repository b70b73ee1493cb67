//! The colours of the pictures, one per server version, so OCS 2007 R2, Lync 2010 and Lync
//! 2013 read the same in the SVG, the DOT and the Mermaid text. A chat pool takes its home
//! version's colour, lighter.

use super::layout::Colors;
use crate::model::objects::{ChatPoolKind, Version};

/// The border of a pool with blockers.
pub const BLOCKED: &str = "#c62828";

/// Colours of a registrar pool of `version` (`None`: a pool missing from the model).
pub fn pool(version: Option<Version>) -> Colors {
    match version {
        Some(Version::Ocs2007R2) => Colors {
            fill: "#e9dcc9",
            stroke: "#8d6e4a",
        },
        Some(Version::Lync2010) => Colors {
            fill: "#fbd9a5",
            stroke: "#c77c0e",
        },
        Some(Version::Lync2013) => Colors {
            fill: "#c9def7",
            stroke: "#2f6db5",
        },
        None => Colors {
            fill: "#eeeeee",
            stroke: "#9e9e9e",
        },
    }
}

/// Colours of a chat pool of `kind`: its home version's, lighter.
pub fn chat_pool(kind: ChatPoolKind) -> Colors {
    match kind.home_version() {
        Version::Ocs2007R2 => Colors {
            fill: "#f6f0e7",
            stroke: "#8d6e4a",
        },
        Version::Lync2010 => Colors {
            fill: "#fff0d9",
            stroke: "#c77c0e",
        },
        Version::Lync2013 => Colors {
            fill: "#eaf3fd",
            stroke: "#2f6db5",
        },
    }
}

/// A CSS class naming a version: `ocs2007r2`, `lync2010`, `lync2013` (`missing` for none).
pub fn version_class(version: Option<Version>) -> String {
    version.map_or("missing".to_string(), |v| v.as_str().to_ascii_lowercase())
}
