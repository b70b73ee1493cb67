//! The one place that talks to `layout-rs`: lays out boxes and links as a layered graph and
//! draws them as SVG fragments through our own [`RenderBackend`], so every box can carry its
//! classes, its colours and a `<title>` tooltip (the crate's own SVG writer has no tooltips).
//!
//! The crate measures nothing: each box gets the size we compute from its lines of text, so a
//! drawing is the same on every machine whatever fonts it has.

use layout::core::base::Orientation;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;
use std::fmt::Write;

/// Font size of box text, in pixels.
pub const FONT_SIZE: f64 = 12.0;
/// Height of one line of text.
pub const LINE_HEIGHT: f64 = 15.0;
/// Estimated advance of one character (a sans-serif font averages about half its size; the
/// estimate errs wide so text never overflows its box).
pub const CHAR_WIDTH: f64 = 0.6 * FONT_SIZE;
/// Space between a box's border and its text.
const PADDING: f64 = 8.0;
/// Margin kept around a drawing.
const MARGIN: f64 = 4.0;

/// Fill and stroke colours of a box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colors {
    /// Fill colour (`#rrggbb`).
    pub fill: &'static str,
    /// Border colour.
    pub stroke: &'static str,
}

/// One box to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeBox {
    /// Its lines of text; the first is drawn bold.
    pub lines: Vec<String>,
    /// Its colours.
    pub colors: Colors,
    /// CSS classes, space-separated (they name what the box is: `pool lync2013 blocked`).
    pub class: String,
    /// Tooltip text, if any.
    pub title: Option<String>,
    /// Rounded corners (chat pools).
    pub rounded: bool,
    /// A dashed border (removed or migrated pools, pools missing from the model).
    pub dashed: bool,
    /// A thick border in this colour (a pool with blockers).
    pub outline: Option<&'static str>,
}

impl NodeBox {
    /// The box's width and height for its text.
    fn size(&self) -> Point {
        let longest = self
            .lines
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(1);
        Point::new(
            longest as f64 * CHAR_WIDTH + 2.0 * PADDING,
            self.lines.len().max(1) as f64 * LINE_HEIGHT + 2.0 * PADDING,
        )
    }
}

/// A line between two boxes (indexes into the box list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The box it starts at.
    pub from: usize,
    /// The box it ends at.
    pub to: usize,
    /// Text written on it (may be empty).
    pub label: String,
    /// An arrow head at `to`.
    pub arrow: bool,
    /// CSS class.
    pub class: &'static str,
}

/// Which way a graph's layers run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Layers one below the other.
    Down,
    /// Layers side by side.
    Right,
}

/// SVG elements with their extent, their top-left corner at (0, 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// The elements.
    pub body: String,
    /// Width in pixels.
    pub width: f64,
    /// Height in pixels.
    pub height: f64,
}

/// The id of the arrow-head marker a drawing with arrows refers to (see [`arrow_marker`]).
pub fn arrow_marker_id(prefix: &str) -> String {
    format!("{prefix}-arrow")
}

/// The `<defs>` with the arrow-head marker for drawings laid out with `prefix`.
pub fn arrow_marker(prefix: &str) -> String {
    format!(
        "<defs><marker id=\"{}\" markerWidth=\"10\" markerHeight=\"8\" refX=\"9\" refY=\"4\" \
         orient=\"auto\"><path d=\"M0,0 L10,4 L0,8 z\" fill=\"#37474f\"/></marker></defs>",
        arrow_marker_id(prefix)
    )
}

/// Lays out `boxes` and `links` with layout-rs and draws them. `prefix` names the arrow-head
/// marker (one per SVG document, so two pictures inlined in one HTML page do not clash).
pub fn lay_out(boxes: &[NodeBox], links: &[Link], direction: Direction, prefix: &str) -> Drawing {
    if boxes.is_empty() {
        return Drawing {
            body: String::new(),
            width: 0.0,
            height: 0.0,
        };
    }
    let orientation = match direction {
        Direction::Down => Orientation::TopToBottom,
        Direction::Right => Orientation::LeftToRight,
    };
    let mut graph = VisualGraph::new(orientation);
    let handles: Vec<_> = boxes
        .iter()
        .enumerate()
        .map(|(i, b)| {
            graph.add_node(Element::create_with_properties(
                ShapeKind::Box(String::new()),
                label_style(),
                orientation,
                b.size(),
                i.to_string(),
            ))
        })
        .collect();
    for (i, link) in links.iter().enumerate() {
        let (Some(&from), Some(&to)) = (handles.get(link.from), handles.get(link.to)) else {
            continue;
        };
        let end = if link.arrow {
            LineEndKind::Arrow
        } else {
            LineEndKind::None
        };
        let arrow = Arrow::with_properties(
            LineEndKind::None,
            end,
            LineStyleKind::Normal,
            &link.label,
            &label_style(),
            i.to_string(),
            &None,
            &None,
        );
        graph.add_edge(arrow, from, to);
    }
    let mut canvas = Canvas {
        boxes,
        links,
        marker: arrow_marker_id(prefix),
        body: String::new(),
        labels: String::new(),
        min: Point::new(f64::MAX, f64::MAX),
        max: Point::new(f64::MIN, f64::MIN),
    };
    graph.do_it(false, false, false, &mut canvas);
    canvas.finish()
}

/// The style layout-rs sizes edge labels with (colours are ours, not its).
fn label_style() -> StyleAttr {
    StyleAttr::new(
        layout::core::color::Color::fast("black"),
        1,
        None,
        0,
        FONT_SIZE as usize,
    )
}

/// Escapes text for XML content and attribute values.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Our [`RenderBackend`]: writes SVG elements, styling boxes and links from our own lists
/// (layout-rs hands back the index we gave each one as its "properties").
struct Canvas<'a> {
    boxes: &'a [NodeBox],
    links: &'a [Link],
    marker: String,
    body: String,
    /// Link labels, drawn last so no line crosses them.
    labels: String,
    min: Point,
    max: Point,
}

impl Canvas<'_> {
    fn grow(&mut self, p: Point) {
        self.min = Point::new(self.min.x.min(p.x), self.min.y.min(p.y));
        self.max = Point::new(self.max.x.max(p.x), self.max.y.max(p.y));
    }

    /// Moves everything so the drawing starts at (MARGIN, MARGIN).
    fn finish(self) -> Drawing {
        if self.min.x > self.max.x {
            return Drawing {
                body: String::new(),
                width: 0.0,
                height: 0.0,
            };
        }
        let (dx, dy) = (MARGIN - self.min.x, MARGIN - self.min.y);
        Drawing {
            body: format!(
                "<g transform=\"translate({dx:.1},{dy:.1})\">{}{}</g>",
                self.body, self.labels
            ),
            width: self.max.x - self.min.x + 2.0 * MARGIN,
            height: self.max.y - self.min.y + 2.0 * MARGIN,
        }
    }

    fn draw_box(&mut self, node: &NodeBox, xy: Point, size: Point) {
        let b = &mut self.body;
        let _ = write!(b, "<g class=\"{}\">", xml_escape(&node.class));
        if let Some(title) = &node.title {
            let _ = write!(b, "<title>{}</title>", xml_escape(title));
        }
        let (stroke, width) = match node.outline {
            Some(color) => (color, 3.0),
            None => (node.colors.stroke, 1.2),
        };
        let _ = write!(
            b,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{}\" \
             fill=\"{}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{}/>",
            xy.x,
            xy.y,
            size.x,
            size.y,
            if node.rounded { 10 } else { 2 },
            node.colors.fill,
            if node.dashed {
                " stroke-dasharray=\"6 3\""
            } else {
                ""
            },
        );
        let cx = xy.x + size.x / 2.0;
        let top = xy.y + size.y / 2.0 - node.lines.len() as f64 * LINE_HEIGHT / 2.0;
        for (i, line) in node.lines.iter().enumerate() {
            let y = top + (i as f64 + 0.5) * LINE_HEIGHT;
            let weight = if i == 0 { " font-weight=\"bold\"" } else { "" };
            let _ = write!(
                b,
                "<text x=\"{cx:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" \
                 dominant-baseline=\"central\"{weight}>{}</text>",
                xml_escape(line)
            );
        }
        b.push_str("</g>");
    }
}

impl RenderBackend for Canvas<'_> {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
        _clip: Option<ClipHandle>,
    ) {
        let Some(node) = properties
            .and_then(|p| p.parse::<usize>().ok())
            .and_then(|i| self.boxes.get(i))
        else {
            return;
        };
        self.grow(xy);
        self.grow(xy.add(size));
        self.draw_box(node, xy, size);
    }

    fn draw_line(
        &mut self,
        start: Point,
        stop: Point,
        _look: &StyleAttr,
        _properties: Option<String>,
    ) {
        self.grow(start);
        self.grow(stop);
        let _ = write!(
            self.body,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#607d8b\"/>",
            start.x, start.y, stop.x, stop.y
        );
    }

    fn draw_circle(
        &mut self,
        _xy: Point,
        _size: Point,
        _look: &StyleAttr,
        _properties: Option<String>,
    ) {
        // Only layout-rs's debug mode draws circles; our boxes are rectangles.
    }

    fn draw_text(&mut self, xy: Point, text: &str, _look: &StyleAttr) {
        // Box text is drawn with its box; what reaches here is a link's label.
        if text.is_empty() {
            return;
        }
        let width = text.chars().count() as f64 * CHAR_WIDTH + 6.0;
        let (x, y) = (xy.x - width / 2.0, xy.y - LINE_HEIGHT / 2.0);
        self.grow(Point::new(x, y));
        self.grow(Point::new(x + width, y + LINE_HEIGHT));
        let _ = write!(
            self.labels,
            "<g class=\"link-label\"><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" \
             height=\"{LINE_HEIGHT:.1}\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" dominant-baseline=\"central\" \
             font-style=\"italic\">{}</text></g>",
            xy.x,
            xy.y,
            xml_escape(text)
        );
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _dashed: bool,
        head: (bool, bool),
        _look: &StyleAttr,
        properties: Option<String>,
        _text: &str,
    ) {
        let [first, second, rest @ ..] = path else {
            return;
        };
        for (p, c) in path {
            self.grow(*p);
            self.grow(*c);
        }
        let class = properties
            .and_then(|p| p.parse::<usize>().ok())
            .and_then(|i| self.links.get(i))
            .map_or("link", |l| l.class);
        let mut d = format!(
            "M {:.1} {:.1} C {:.1} {:.1}, {:.1} {:.1}, {:.1} {:.1}",
            first.0.x,
            first.0.y,
            first.1.x,
            first.1.y,
            second.0.x,
            second.0.y,
            second.1.x,
            second.1.y
        );
        for (p, c) in rest {
            let _ = write!(d, " S {:.1} {:.1}, {:.1} {:.1}", p.x, p.y, c.x, c.y);
        }
        let end = if head.1 {
            format!(" marker-end=\"url(#{})\"", self.marker)
        } else {
            String::new()
        };
        let _ = write!(
            self.body,
            "<path class=\"{class}\" d=\"{d}\" fill=\"none\" stroke=\"#607d8b\" \
             stroke-width=\"1.5\"{end}/>"
        );
    }

    fn create_clip(&mut self, _xy: Point, _size: Point, _rounded_px: usize) -> ClipHandle {
        // Only record shapes ask for clips; we draw boxes only.
        0
    }
}
