//! `Show-Topology`: the deployment as a picture (SVG, DOT, Mermaid) or a text tree, drawn by
//! [`crate::report`] from the same model every other cmdlet uses.
//!
//! Without `-Path` it outputs the drawing as one string (the text tree by default: no
//! terminal coexist runs in shows images). With `-Path` it writes the file the way every
//! writing cmdlet does (through the file gate, [`write_file`]: contained, atomically, or a
//! What-if line under `-WhatIf` and in a dry run), in the format `-Format` names or the
//! file's extension implies (SVG when neither says).

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::files::write_file;
use crate::cmdlets::domain::params::{example, param};
use crate::cmdlets::domain::run::{Ctx, Run};
use crate::cmdlets::file_io;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::value::Value;
use crate::report::DiagramFormat;
use std::path::Path;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![show_topology()]
}

fn show_topology() -> CmdletSpec {
    let formats: Vec<&str> = DiagramFormat::ALL.iter().map(|f| f.as_str()).collect();
    CmdletSpec {
        name: "Show-Topology",
        aliases: &[],
        synopsis: "Draws the deployment: forests and sites, pools by version, chat pools under their home pools, blockers marked.",
        description: "Pools are grouped by site and forest and coloured by version; each chat \
            pool shows its kind, state, endpoints, categories and rooms; users are counted per \
            pool; a pool that cannot be decommissioned or is beyond its capacity is outlined in \
            red and names why (Test-Decommission's blockers, Remove-Pool's rule, pool_capacity). \
            Without -Path the drawing is output as text: the tree by default, since coexist \
            shows no images in a terminal. With -Path it is written to that file in -Format, \
            or the format the extension names (.svg, .dot, .gv, .mmd, .mermaid, .txt), else \
            SVG; under -WhatIf or in a dry run nothing is written.",
        signature: Signature::new()
            .param(
                param("Path", ParamKind::String, "The file to write the drawing to.").position(0),
            )
            .param(
                param(
                    "Format",
                    ParamKind::String,
                    "Svg, Dot, Mermaid or Text (default: Text on screen; from the extension, else Svg, for -Path).",
                )
                .values(&formats),
            ),
        examples: vec![
            example(
                "The deployment as a text tree.",
                concat!(topology_setup!(), "Show-Topology"),
                Some(concat!(
                    "Forest corp.local\n",
                    "└─ Site Redmond\n",
                    "   ├─ lync2010.contoso.com  Lync 2010 · Enterprise · 0 users\n",
                    "   └─ lync2013.contoso.com  Lync 2013 · Enterprise · 0 users\n",
                )),
            ),
            example(
                "Preview writing the picture for a change board.",
                concat!(topology_setup!(), "Show-Topology topology.svg -WhatIf"),
                Some("What if: Performing the operation \"Output to File\" on target \"topology.svg\".\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_show_topology)),
    }
}

fn run_show_topology(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let chosen = b.string("Format").and_then(|f| {
        DiagramFormat::ALL
            .iter()
            .copied()
            .find(|d| d.as_str().eq_ignore_ascii_case(&f))
    });
    if !b.has("Path") {
        let format = chosen.unwrap_or(DiagramFormat::Text);
        out.push(Value::str(
            format.render(host.model()).trim_end_matches('\n'),
        ));
        return Ok(());
    }
    let file = file_io::resolve_param(host, b, "Path")?;
    let format = chosen
        .or_else(|| DiagramFormat::from_path(Path::new(file.typed())))
        .unwrap_or(DiagramFormat::Svg);
    let text = format.render(host.model());
    write_file(host, b, &file, &text)
}
