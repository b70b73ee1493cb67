//! The topology as one SVG picture: a legend, then each forest as a frame holding its sites as
//! frames, each site's pools and chat pools laid out by layout-rs ([`super::layout`]). Pools are
//! coloured by version, chat pools are rounded and hang under their home pool, and a pool with
//! blockers has a thick red border and names them in its tooltip.
//!
//! layout-rs lays out one graph without clusters, so each site's graph is laid out on its own
//! (a chat pool always lives in its home pool's site) and the frames are placed in rows.

use super::layout::{self, Colors, Direction, Drawing, Link, NodeBox};
use super::palette;
use super::topology::{ChatPoolNode, Forest, PoolNode, SiteNode, Topology};
use crate::model::objects::{ChatPoolKind, ChatPoolState, Version};
use std::fmt::Write;

/// Space inside a frame around its content.
const PAD: f64 = 12.0;
/// Height of a frame's title strip.
const TITLE_HEIGHT: f64 = 24.0;
/// Space between neighbouring frames.
const GAP: f64 = 16.0;
/// Frames wrap to a new row past this width.
const ROW_WIDTH: f64 = 1400.0;
/// The font every picture uses.
pub const FONT_FAMILY: &str = "Segoe UI, Helvetica, Arial, sans-serif";

/// The topology as a complete `<svg>` element (a file on its own, or inline in HTML).
pub fn render(topology: &Topology) -> String {
    let mut blocks = vec![legend()];
    if topology.is_empty() {
        blocks.push(text_block(
            "The model holds no sites, pools or chat pools.",
            "empty",
        ));
    }
    blocks.extend(topology.forests.iter().map(forest_block));
    let body = stack(&blocks);
    document(&body, &summary(topology))
}

/// Wraps a drawing in an `<svg>` element with a title (the picture's accessible name).
pub fn document(drawing: &Drawing, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" \
         viewBox=\"0 0 {w:.0} {h:.0}\" font-family=\"{FONT_FAMILY}\" font-size=\"{}\" \
         fill=\"#212121\" role=\"img\"><title>{}</title>\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{}</svg>\n",
        layout::FONT_SIZE,
        layout::xml_escape(title),
        drawing.body,
        w = drawing.width.ceil(),
        h = drawing.height.ceil(),
    )
}

/// `Topology: 1 forest, 2 sites, 3 pools, 1 chat pool`.
fn summary(topology: &Topology) -> String {
    use super::topology::plural;
    format!(
        "Topology: {}, {}, {}, {}",
        plural(topology.forests.len(), "forest"),
        plural(topology.sites().count(), "site"),
        plural(topology.pools().count(), "pool"),
        plural(topology.chat_pools().count(), "chat pool"),
    )
}

/// The box of a registrar pool.
pub fn pool_box(pool: &PoolNode) -> NodeBox {
    let blocked = !pool.blockers.is_empty();
    NodeBox {
        lines: pool.lines(),
        colors: palette::pool(pool.version),
        class: classes(&["pool", &palette::version_class(pool.version)], blocked),
        title: Some(pool.title()),
        rounded: false,
        dashed: pool.version.is_none(),
        outline: blocked.then_some(palette::BLOCKED),
    }
}

/// The box of a chat pool homed on `home`.
pub fn chat_pool_box(chat: &ChatPoolNode, home: &PoolNode) -> NodeBox {
    let blocked = !chat.blockers.is_empty();
    let kind = chat.kind.as_str().to_ascii_lowercase();
    let state = chat.state.as_str().to_ascii_lowercase();
    NodeBox {
        lines: chat.lines(),
        colors: palette::chat_pool(chat.kind),
        class: classes(&["chat-pool", &kind, &state], blocked),
        title: Some(chat.title(home)),
        rounded: true,
        dashed: chat.state == ChatPoolState::Migrated,
        outline: blocked.then_some(palette::BLOCKED),
    }
}

fn classes(names: &[&str], blocked: bool) -> String {
    let mut class = names.join(" ");
    if blocked {
        class.push_str(" blocked");
    }
    class
}

/// One site's pools and chat pools, laid out.
fn site_drawing(site: &SiteNode) -> Drawing {
    let mut boxes = Vec::new();
    let mut links = Vec::new();
    for pool in &site.pools {
        let home = boxes.len();
        boxes.push(pool_box(pool));
        for chat in &pool.chat_pools {
            links.push(Link {
                from: home,
                to: boxes.len(),
                label: String::new(),
                arrow: false,
                class: "homed-on",
            });
            boxes.push(chat_pool_box(chat, pool));
        }
    }
    layout::lay_out(&boxes, &links, Direction::Down, "topology")
}

fn site_block(forest: &Forest, site: &SiteNode) -> Drawing {
    let content = if site.pools.is_empty() {
        text_block("no pools", "no-pools")
    } else {
        site_drawing(site)
    };
    frame(
        &format!("Site {}", site.name),
        &format!("Site {} in forest {}", site.name, forest.name),
        "site",
        &[content],
        "#fafafa",
        "#90a4ae",
    )
}

fn forest_block(forest: &Forest) -> Drawing {
    let sites: Vec<Drawing> = forest.sites.iter().map(|s| site_block(forest, s)).collect();
    frame(
        &format!("Forest {}", forest.name),
        &format!(
            "Forest {}: one deployment ({})",
            forest.name,
            super::topology::plural(forest.sites.len(), "site")
        ),
        "forest",
        &sites,
        "#ffffff",
        "#546e7a",
    )
}

/// A titled frame around `children`, placed in rows.
fn frame(
    label: &str,
    title: &str,
    class: &str,
    children: &[Drawing],
    fill: &str,
    stroke: &str,
) -> Drawing {
    let content = rows(children);
    let label_width = label.chars().count() as f64 * layout::CHAR_WIDTH + 2.0 * PAD;
    let width = (content.width + 2.0 * PAD).max(label_width);
    let height = TITLE_HEIGHT + content.height + PAD;
    let mut body = String::new();
    let _ = write!(
        body,
        "<g class=\"{class}\"><title>{}</title>\
         <rect x=\"0.5\" y=\"0.5\" width=\"{:.1}\" height=\"{:.1}\" rx=\"6\" fill=\"{fill}\" \
         stroke=\"{stroke}\" stroke-width=\"1.2\"/>\
         <text x=\"{PAD}\" y=\"{:.1}\" font-weight=\"bold\" dominant-baseline=\"central\" \
         fill=\"{stroke}\">{}</text>\
         <g transform=\"translate({PAD},{TITLE_HEIGHT})\">{}</g></g>",
        layout::xml_escape(title),
        width - 1.0,
        height - 1.0,
        TITLE_HEIGHT / 2.0,
        layout::xml_escape(label),
        content.body,
    );
    Drawing {
        body,
        width,
        height,
    }
}

/// Places drawings left to right, wrapping into rows at [`ROW_WIDTH`].
fn rows(children: &[Drawing]) -> Drawing {
    let mut body = String::new();
    let (mut x, mut y, mut row_height, mut width) = (0.0_f64, 0.0_f64, 0.0_f64, 0.0_f64);
    for child in children {
        if x > 0.0 && x + child.width > ROW_WIDTH {
            x = 0.0;
            y += row_height + GAP;
            row_height = 0.0;
        }
        let _ = write!(
            body,
            "<g transform=\"translate({x:.1},{y:.1})\">{}</g>",
            child.body
        );
        width = width.max(x + child.width);
        row_height = row_height.max(child.height);
        x += child.width + GAP;
    }
    Drawing {
        body,
        width,
        height: y + row_height,
    }
}

/// Places drawings one below the other, with a margin around them.
pub fn stack(children: &[Drawing]) -> Drawing {
    let mut body = String::new();
    let mut y = GAP;
    let mut width: f64 = 0.0;
    for child in children {
        let _ = write!(
            body,
            "<g transform=\"translate({GAP},{y:.1})\">{}</g>",
            child.body
        );
        y += child.height + GAP;
        width = width.max(child.width);
    }
    Drawing {
        body,
        width: width + 2.0 * GAP,
        height: y,
    }
}

/// One line of text as a drawing.
pub fn text_block(text: &str, class: &str) -> Drawing {
    Drawing {
        body: format!(
            "<text class=\"{class}\" x=\"0\" y=\"{:.1}\" dominant-baseline=\"central\" \
             font-style=\"italic\">{}</text>",
            layout::LINE_HEIGHT / 2.0,
            layout::xml_escape(text)
        ),
        width: text.chars().count() as f64 * layout::CHAR_WIDTH,
        height: layout::LINE_HEIGHT,
    }
}

/// The key: one swatch per version, a chat pool, a migrated pool and a pool with blockers.
fn legend() -> Drawing {
    let pool = |v: Version| (v.short().to_string(), palette::pool(Some(v)), 2, "");
    let entries = [
        pool(Version::Ocs2007R2),
        pool(Version::Lync2010),
        pool(Version::Lync2013),
        (
            "chat pool".to_string(),
            palette::chat_pool(ChatPoolKind::PersistentChat),
            10,
            "",
        ),
        (
            "migrated".to_string(),
            palette::chat_pool(ChatPoolKind::GroupChat2010),
            10,
            " stroke-dasharray=\"6 3\"",
        ),
        (
            "blockers (hover)".to_string(),
            Colors {
                fill: "#ffffff",
                stroke: palette::BLOCKED,
            },
            2,
            " stroke-width=\"3\"",
        ),
    ];
    let mut body = String::from("<g class=\"legend\">");
    let mut x = 0.0;
    for (label, colors, rx, extra) in entries {
        let _ = write!(
            body,
            "<rect x=\"{x:.1}\" y=\"2\" width=\"22\" height=\"14\" rx=\"{}\" fill=\"{}\" \
             stroke=\"{}\"{extra}/><text x=\"{:.1}\" y=\"9\" dominant-baseline=\"central\">{}</text>",
            rx / 2,
            colors.fill,
            colors.stroke,
            x + 28.0,
            layout::xml_escape(&label),
        );
        x += 28.0 + label.chars().count() as f64 * layout::CHAR_WIDTH + 12.0;
    }
    body.push_str("</g>");
    Drawing {
        body,
        width: x,
        height: 18.0,
    }
}
