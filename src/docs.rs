//! The generator of `docs/cmdlets.md`, the cmdlet reference, from the cmdlet table: an index,
//! then per cmdlet its synopsis, aliases, SYNTAX lines, description, parameter table and
//! examples. A test keeps the checked-in file equal to the generated text; run
//! `UPDATE_DOCS=1 cargo test --lib docs` to regenerate it.

use crate::cmdlets::general::help::{syntax_lines, type_name};
use crate::cmdlets::registry;
use crate::cmdlets::spec::{CmdletSpec, ParamClass};

/// The environment variable that makes the test rewrite `docs/cmdlets.md`.
pub const UPDATE_ENV: &str = "UPDATE_DOCS";

/// Escapes text for a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The GitHub anchor of a cmdlet's heading.
fn anchor(name: &str) -> String {
    name.to_ascii_lowercase()
}

/// The whole reference.
pub fn cmdlets_markdown() -> String {
    let specs = registry::all();
    let mut out = String::from(
        "# Cmdlet reference\n\nGenerated from the cmdlet table by `src/docs.rs`; do not edit by \
         hand. Regenerate with `UPDATE_DOCS=1 cargo test --lib docs`. In the shell, \
         `Get-Help CMDLET -Full` and `coexist help CMDLET` show the same text.\n\n\
         Every cmdlet also takes the common parameters -ErrorAction, -ErrorVariable, \
         -WarningAction, -Verbose and -Debug (`[<CommonParameters>]`); cmdlets that change \
         the model take -WhatIf, -Confirm and -PassThru.\n\n\
         The \"In coexist\" column classes the parameters of real Lync cmdlets: blank, \
         modelled (rules read it); *recorded*, a plain property of the object (shown by Get-, \
         kept in the state file, read by no rule); *noted*, accepted with no effect in a \
         rehearsal (the warning `not_modelled_parameter`, once per run).\n\n## Index\n\n\
         | Cmdlet | Aliases | Synopsis |\n|---|---|---|\n",
    );
    for spec in specs {
        out.push_str(&format!(
            "| [{}](#{}) | {} | {} |\n",
            spec.name,
            anchor(spec.name),
            cell(&spec.aliases.join(", ")),
            cell(spec.synopsis)
        ));
    }
    for spec in specs {
        out.push('\n');
        out.push_str(section(spec).trim_end());
        out.push('\n');
    }
    out
}

/// One cmdlet's section.
fn section(spec: &CmdletSpec) -> String {
    let mut out = format!("## {}\n\n{}\n\n", spec.name, spec.synopsis);
    if !spec.aliases.is_empty() {
        out.push_str(&format!(
            "Aliases: {}\n\n",
            spec.aliases
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out.push_str("```text\n");
    for line in syntax_lines(spec) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("```\n\n");
    out.push_str(spec.description);
    out.push_str("\n\n");
    let own: Vec<_> = spec
        .signature
        .params
        .iter()
        .filter(|p| !crate::cmdlets::common::COMMON.contains(&p.name.as_str()))
        .collect();
    if !own.is_empty() {
        out.push_str(
            "| Parameter | Type | Required | Position | Pipeline | Aliases | In coexist | Description |\n\
             |---|---|---|---|---|---|---|---|\n",
        );
        for p in own {
            let pipeline = match (p.pipeline.by_value, p.pipeline.by_property_name) {
                (false, false) => "",
                (true, false) => "by value",
                (false, true) => "by property name",
                (true, true) => "by value, by property name",
            };
            let mut description = p.description.clone();
            if !p.values.is_empty() {
                description.push_str(&format!(" Values: {}.", p.values.join(", ")));
            }
            out.push_str(&format!(
                "| -{} | {} | {} | {} | {} | {} | {} | {} |\n",
                p.name,
                type_name(p.kind),
                if p.mandatory { "yes" } else { "" },
                p.position.map(|n| n.to_string()).unwrap_or_default(),
                pipeline,
                cell(&p.aliases.join(", ")),
                match p.class {
                    ParamClass::Modelled => "",
                    other => other.as_str(),
                },
                cell(&description)
            ));
        }
        out.push('\n');
    }
    if !spec.examples.is_empty() {
        out.push_str("### Examples\n\n");
        for example in &spec.examples {
            out.push_str(&format!(
                "{}\n\n```powershell\n{}\n```\n\n",
                example.description, example.script
            ));
            if let Some(output) = example.output.filter(|o| !o.trim().is_empty()) {
                out.push_str(&format!("```text\n{}\n```\n\n", output.trim_end()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_cmdlets_md_is_up_to_date() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/cmdlets.md");
        let generated = cmdlets_markdown();
        if std::env::var_os(UPDATE_ENV).is_some() {
            std::fs::write(&path, &generated).expect("writing docs/cmdlets.md");
            return;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == generated,
            "docs/cmdlets.md is out of date with the cmdlet table; regenerate it with \
             `UPDATE_DOCS=1 cargo test --lib docs`"
        );
    }

    #[test]
    fn every_cmdlet_has_a_section_and_an_index_row() {
        let text = cmdlets_markdown();
        for spec in registry::all() {
            assert!(
                text.contains(&format!("\n## {}\n", spec.name)),
                "{}",
                spec.name
            );
            assert!(
                text.contains(&format!("| [{}](#", spec.name)),
                "{}",
                spec.name
            );
        }
    }
}
