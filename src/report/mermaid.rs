//! The topology as a Mermaid flowchart: forests and sites as subgraphs, pools coloured by
//! version with `style` lines, chat pools rounded under their home pool, blockers as a red
//! border and a `%%` comment naming them (Mermaid has no static tooltips).

use super::layout::NodeBox;
use super::svg::{chat_pool_box, pool_box};
use super::topology::Topology;
use std::fmt::Write;

/// The topology as a Mermaid `flowchart`.
pub fn render(topology: &Topology) -> String {
    let mut out = String::from("flowchart TB\n");
    let mut styles = String::new();
    let mut next = 0;
    let mut node = |out: &mut String, b: &NodeBox, indent: &str| {
        let id = format!("n{next}");
        next += 1;
        let text = label(&b.lines);
        let shape = if b.rounded {
            format!("(\"{text}\")")
        } else {
            format!("[\"{text}\"]")
        };
        let _ = writeln!(out, "{indent}{id}{shape}");
        if b.outline.is_some() {
            for line in b.title.iter().flat_map(|t| t.lines().skip(1)) {
                let _ = writeln!(out, "{indent}%% {id}: {line}");
            }
        }
        let _ = write!(
            styles,
            "  style {id} fill:{},stroke:{},stroke-width:{}",
            b.colors.fill,
            b.outline.unwrap_or(b.colors.stroke),
            if b.outline.is_some() { "3px" } else { "1px" }
        );
        styles.push_str(if b.dashed {
            ",stroke-dasharray:6 3\n"
        } else {
            "\n"
        });
        id
    };
    for (f, forest) in topology.forests.iter().enumerate() {
        let _ = writeln!(
            out,
            "  subgraph f{f}[\"{}\"]",
            escape(&format!("Forest {}", forest.name))
        );
        for (s, site) in forest.sites.iter().enumerate() {
            let _ = writeln!(
                out,
                "    subgraph f{f}s{s}[\"{}\"]",
                escape(&format!("Site {}", site.name))
            );
            if site.pools.is_empty() {
                let _ = writeln!(out, "      f{f}s{s}empty[\"no pools\"]");
            }
            for pool in &site.pools {
                let home = node(&mut out, &pool_box(pool), "      ");
                for chat in &pool.chat_pools {
                    let id = node(&mut out, &chat_pool_box(chat, pool), "      ");
                    let _ = writeln!(out, "      {home} --- {id}");
                }
            }
            out.push_str("    end\n");
        }
        out.push_str("  end\n");
    }
    out.push_str(&styles);
    out
}

/// Box lines as one label: the first bold, lines joined with `<br/>`.
fn label(lines: &[String]) -> String {
    let mut parts = lines.iter().map(|l| escape(l));
    let first = parts
        .next()
        .map(|l| format!("<b>{l}</b>"))
        .unwrap_or_default();
    std::iter::once(first)
        .chain(parts)
        .collect::<Vec<_>>()
        .join("<br/>")
}

/// Text inside a quoted Mermaid label: quotes and angle brackets as Mermaid's entity codes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_escape_what_mermaid_would_read_as_syntax() {
        assert_eq!(escape("a\"<b>#"), "a#quot;#lt;b#gt;#35;");
        assert_eq!(label(&["x".into(), "y".into()]), "<b>x</b><br/>y");
    }
}
