//! The topology as Graphviz DOT text: forests and sites as clusters, pools coloured by version,
//! each chat pool linked under its home pool, blockers as a red border and a tooltip. For
//! people who render with Graphviz themselves; coexist never runs it.

use super::layout::Colors;
use super::svg::{chat_pool_box, pool_box, FONT_FAMILY};
use super::topology::Topology;
use std::fmt::Write;

/// The topology as a DOT `graph`.
pub fn render(topology: &Topology) -> String {
    let mut out = String::from("graph topology {\n");
    let _ = writeln!(
        out,
        "  graph [fontname=\"{FONT_FAMILY}\", fontsize=12, labeljust=l];"
    );
    let _ = writeln!(
        out,
        "  node [shape=box, style=filled, fontname=\"{FONT_FAMILY}\", fontsize=11];"
    );
    out.push_str("  edge [color=\"#607d8b\"];\n");
    for (f, forest) in topology.forests.iter().enumerate() {
        let _ = writeln!(out, "  subgraph cluster_f{f} {{");
        let _ = writeln!(
            out,
            "    label={}; style=rounded; color=\"#546e7a\";",
            quote(&format!("Forest {}", forest.name))
        );
        for (s, site) in forest.sites.iter().enumerate() {
            let _ = writeln!(out, "    subgraph cluster_f{f}_s{s} {{");
            let _ = writeln!(
                out,
                "      label={}; style=\"rounded,filled\"; fillcolor=\"#fafafa\"; color=\"#90a4ae\";",
                quote(&format!("Site {}", site.name))
            );
            if site.pools.is_empty() {
                let _ = writeln!(
                    out,
                    "      \"f{f}_s{s}_empty\" [label=\"no pools\", shape=plaintext, style=\"\"];"
                );
            }
            for pool in &site.pools {
                let node = pool_box(pool);
                let style = if node.dashed {
                    "filled,dashed"
                } else {
                    "filled"
                };
                let _ = writeln!(
                    out,
                    "      {} [{}];",
                    quote(&pool.fqdn),
                    attributes(&node.lines, node.colors, style, node.outline, &node.title)
                );
                for chat in &pool.chat_pools {
                    let node = chat_pool_box(chat, pool);
                    let style = if node.dashed {
                        "rounded,filled,dashed"
                    } else {
                        "rounded,filled"
                    };
                    let _ = writeln!(
                        out,
                        "      {} [{}];",
                        quote(&chat.fqdn),
                        attributes(&node.lines, node.colors, style, node.outline, &node.title)
                    );
                    let _ = writeln!(out, "      {} -- {};", quote(&pool.fqdn), quote(&chat.fqdn));
                }
            }
            out.push_str("    }\n");
        }
        out.push_str("  }\n");
    }
    out.push_str("}\n");
    out
}

/// A node's attribute list.
fn attributes(
    lines: &[String],
    colors: Colors,
    style: &str,
    outline: Option<&str>,
    title: &Option<String>,
) -> String {
    let mut attrs = format!(
        "label={}, style=\"{style}\", fillcolor=\"{}\", color=\"{}\"",
        quote(&lines.join("\n")),
        colors.fill,
        outline.unwrap_or(colors.stroke)
    );
    if outline.is_some() {
        attrs.push_str(", penwidth=3");
    }
    if let Some(title) = title {
        let _ = write!(attrs, ", tooltip={}", quote(title));
    }
    attrs
}

/// A DOT double-quoted string: `"` and `\` escaped, new lines as `\n`.
fn quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::palette;

    #[test]
    fn quoting_escapes_quotes_backslashes_and_new_lines() {
        assert_eq!(quote("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
    }

    #[test]
    fn blocked_nodes_get_the_red_border() {
        let attrs = attributes(
            &["x".into()],
            palette::pool(None),
            "filled",
            Some(palette::BLOCKED),
            &None,
        );
        assert!(attrs.contains(palette::BLOCKED) && attrs.contains("penwidth=3"));
    }
}
