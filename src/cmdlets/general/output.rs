//! Format-Table, Format-List, Out-String and Out-Null: the cmdlets that end a pipeline's
//! objects as text (or as nothing).

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::property::{parse_selectors, project, resolve_columns, Selector};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;
use crate::format;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![format_table(), format_list(), out_string(), out_null()]
}

/// The `-InputObject` parameter of this family.
fn input(description: &str) -> ParamSpec {
    ParamSpec::new("InputObject", ParamKind::Any, description).from_pipeline()
}

/// The `-Property` parameter of the Format cmdlets.
fn property_param() -> ParamSpec {
    ParamSpec::new(
        "Property",
        ParamKind::Any,
        "Properties to show: names (wildcards allowed) or @{Name=…; Expression={…}}.",
    )
    .position(0)
}

fn format_table() -> CmdletSpec {
    CmdletSpec {
        name: "Format-Table",
        aliases: &["ft"],
        synopsis: "Shows objects as a table.",
        description: "Collects the input objects and outputs the table as one string: the \
            given properties, else each object's default display properties. Column widths \
            come from the content; -AutoSize and -Wrap are accepted.",
        signature: Signature::new()
            .param(property_param())
            .param(ParamSpec::new(
                "AutoSize",
                ParamKind::Switch,
                "Sizes columns to their content (always done).",
            ))
            .param(ParamSpec::new(
                "Wrap",
                ParamKind::Switch,
                "Wraps long cell text (accepted; text is cut with ...).",
            ))
            .param(ParamSpec::new(
                "HideTableHeaders",
                ParamKind::Switch,
                "Leaves out the header and dashes lines.",
            ))
            .param(input("The objects to show.")),
        examples: vec![Example {
            description: "A table of chosen properties.",
            script: "'pchat', 'lync2013' | Format-Table Length",
            output: Some("\nLength\n------\n     5\n     8\n\n"),
        }],
        mutating: false,
        factory: || Box::new(Formatter::new(Layout::Table)),
    }
}

fn format_list() -> CmdletSpec {
    CmdletSpec {
        name: "Format-List",
        aliases: &["fl"],
        synopsis: "Shows each object as a list of properties.",
        description: "Collects the input objects and outputs `Name : value` lines as one \
            string: the given properties, `*` for all, else each object's default display \
            properties.",
        signature: Signature::new()
            .param(property_param())
            .param(input("The objects to show.")),
        examples: vec![Example {
            description: "A list of chosen properties.",
            script: "'pchat' | Format-List Length",
            output: Some("\nLength : 5\n\n"),
        }],
        mutating: false,
        factory: || Box::new(Formatter::new(Layout::List)),
    }
}

fn out_string() -> CmdletSpec {
    CmdletSpec {
        name: "Out-String",
        aliases: &[],
        synopsis: "Turns objects into the text they would print as.",
        description: "Collects the input objects and outputs their default display as one \
            string (each line a string with -Stream).",
        signature: Signature::new()
            .param(ParamSpec::new(
                "Stream",
                ParamKind::Switch,
                "Outputs each line as its own string.",
            ))
            .param(ParamSpec::new(
                "Width",
                ParamKind::Int,
                "Line width in characters (default: the output width).",
            ))
            .param(input("The objects to render.")),
        examples: vec![Example {
            description: "Render numbers as text.",
            script: "$text = 1, 2 | Out-String; $text.Length",
            output: Some("4\n"),
        }],
        mutating: false,
        factory: || Box::new(Formatter::new(Layout::Text)),
    }
}

fn out_null() -> CmdletSpec {
    CmdletSpec {
        name: "Out-Null",
        aliases: &[],
        synopsis: "Discards its input.",
        description: "Swallows every input object; use it to hide output you do not need.",
        signature: Signature::new().param(input("The objects to discard.")),
        examples: vec![Example {
            description: "Nothing is printed.",
            script: "'hidden' | Out-Null",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(OutNull),
    }
}

/// Out-Null.
struct OutNull;

impl Command for OutNull {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        _args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        Ok(())
    }
}

/// Which text a [`Formatter`] produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Format-Table.
    Table,
    /// Format-List.
    List,
    /// Out-String.
    Text,
}

/// Format-Table, Format-List and Out-String: collect, then render in `end`.
struct Formatter {
    layout: Layout,
    items: Vec<Value>,
    /// Parsed `-Property`, from the first call.
    selectors: Option<Vec<Selector>>,
    /// Switches remembered for `end`: -Stream, -HideTableHeaders.
    stream: bool,
    hide_headers: bool,
    /// -Width.
    width: Option<usize>,
}

impl Formatter {
    fn new(layout: Layout) -> Self {
        Formatter {
            layout,
            items: Vec::new(),
            selectors: None,
            stream: false,
            hide_headers: false,
            width: None,
        }
    }
}

impl Command for Formatter {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if self.selectors.is_none() {
            self.selectors = Some(match args.get("Property") {
                Some(v) => parse_selectors(v, args.span_of("Property"))?,
                None => Vec::new(),
            });
            self.stream = args.switch("Stream");
            self.hide_headers = args.switch("HideTableHeaders");
            if let Some(Value::Int(w)) = args.get("Width") {
                self.width = Some((*w).max(10) as usize);
            }
        }
        if let Some(input) = args.get("InputObject") {
            self.items.extend(input.enumerate());
        }
        Ok(())
    }

    fn end(&mut self, host: &mut dyn Host, out: &mut Vec<Value>) -> Result<(), CommandError> {
        let items = std::mem::take(&mut self.items);
        if items.is_empty() {
            return Ok(());
        }
        let width = self.width.unwrap_or_else(|| host.width());
        let selectors = self.selectors.clone().unwrap_or_default();
        let text = match self.layout {
            Layout::Text => format::render(&items, width),
            Layout::Table if selectors.is_empty() => format::render_table(&items, &[], width),
            Layout::Table => {
                let columns = resolve_columns(&selectors, &items[0]);
                let names: Vec<String> = columns.iter().map(|c| c.name().to_string()).collect();
                let mut projected = Vec::with_capacity(items.len());
                for item in &items {
                    projected.push(project(host, item, &columns)?);
                }
                format::render_table(&projected, &names, width)
            }
            Layout::List if selectors.is_empty() => format::render_list(&items, &[], width),
            Layout::List => {
                let mut projected = Vec::with_capacity(items.len());
                for item in &items {
                    let columns = resolve_columns(&selectors, item);
                    projected.push(project(host, item, &columns)?);
                }
                format::render_list(&projected, &[], width)
            }
        };
        let text = if self.hide_headers && self.layout == Layout::Table {
            strip_headers(&text)
        } else {
            text
        };
        if self.stream {
            out.extend(text.lines().map(Value::str));
        } else {
            out.push(Value::str(text));
        }
        Ok(())
    }
}

/// Removes the header and dashes lines that follow each blank line of a table.
fn strip_headers(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        out.push(lines[i]);
        if lines[i].is_empty() && i + 2 < lines.len() && lines[i + 2].starts_with('-') {
            i += 3;
        } else {
            i += 1;
        }
    }
    out.join("\n")
}
