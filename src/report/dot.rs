//! The topology as Graphviz DOT text: forests and sites as clusters, pools coloured by version,
//! each chat pool linked under its home pool, blockers as a red border and a tooltip. For
//! people who render with Graphviz themselves; coexist never runs it.

use super::layout::NodeBox;
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
                node_line(&mut out, &pool.fqdn, &pool_box(pool));
                for chat in &pool.chat_pools {
                    node_line(&mut out, &chat.fqdn, &chat_pool_box(chat, pool));
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

/// One node statement: the box's lines, colours, border and tooltip as DOT attributes.
fn node_line(out: &mut String, id: &str, node: &NodeBox) {
    let _ = writeln!(out, "      {} [{}];", quote(id), attributes(node));
}

/// A node's attribute list.
fn attributes(node: &NodeBox) -> String {
    let mut style = Vec::new();
    if node.rounded {
        style.push("rounded");
    }
    style.push("filled");
    if node.dashed {
        style.push("dashed");
    }
    let mut attrs = format!(
        "label={}, style=\"{}\", fillcolor=\"{}\", color=\"{}\"",
        quote(&node.lines.join("\n")),
        style.join(","),
        node.colors.fill,
        node.outline.unwrap_or(node.colors.stroke)
    );
    if node.outline.is_some() {
        attrs.push_str(", penwidth=3");
    }
    if let Some(title) = &node.title {
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
        let node = NodeBox {
            lines: vec!["x".into()],
            colors: palette::pool(None),
            class: String::new(),
            title: None,
            rounded: true,
            dashed: false,
            outline: Some(palette::BLOCKED),
        };
        let attrs = attributes(&node);
        assert!(attrs.contains(palette::BLOCKED) && attrs.contains("penwidth=3"));
        assert!(attrs.contains("style=\"rounded,filled\""));
    }
}
