//! ConvertTo-Html: the HTML page (or `-Fragment` table) PowerShell 5.1 builds from objects, one
//! line per output string, as admin scripts use it for reports mailed or saved with Out-File.
//! Columns are the `-Property` selectors (names, wildcards, calculated properties) or every
//! property of the first object; values are HTML-encoded.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::general::collect::Collect;
use crate::cmdlets::general::property::{
    parse_selectors, project, property_names, resolve_columns, Selector,
};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![convert_to_html()]
}

fn convert_to_html() -> CmdletSpec {
    CmdletSpec {
        name: "ConvertTo-Html",
        aliases: &[],
        synopsis: "Turns objects into an HTML table, or a whole XHTML page around one.",
        description: "Outputs the lines of an XHTML page (title `HTML TABLE` unless -Title; \
            -Head replaces the head's content; -PreContent and -PostContent go before and after \
            the table) holding one table row per object, or with -Fragment only the table. \
            Columns are -Property (names, wildcards, calculated properties) or every property \
            of the first object; -As List gives two-column name/value tables. Values are \
            HTML-encoded. Save it with Out-File or Set-Content.",
        signature: Signature::new()
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The objects to show.")
                    .from_pipeline(),
            )
            .param(
                ParamSpec::new("Property", ParamKind::Any, "The columns.").position(0),
            )
            .param(ParamSpec::new(
                "Fragment",
                ParamKind::Switch,
                "Outputs only the table.",
            ))
            .param(
                ParamSpec::new("As", ParamKind::Enum, "Table (default) or List.")
                    .values(&["Table", "List"]),
            )
            .param(ParamSpec::new("Title", ParamKind::String, "The page's title."))
            .param(
                ParamSpec::new("Head", ParamKind::StringList, "The head's content (replaces the title).")
                    .position(2),
            )
            .param(
                ParamSpec::new("Body", ParamKind::StringList, "Text after <body>, before the table.")
                    .position(1),
            )
            .param(ParamSpec::new(
                "PreContent",
                ParamKind::StringList,
                "Text before the table.",
            ))
            .param(ParamSpec::new(
                "PostContent",
                ParamKind::StringList,
                "Text after the table.",
            ))
            .param(ParamSpec::new(
                "CssUri",
                ParamKind::String,
                "A style sheet the page links to.",
            )),
        examples: vec![Example {
            description: "A table of users for a report page.",
            script: "[pscustomobject]@{Sip='sip:ann@contoso.com'; Pool='lync2013'} | ConvertTo-Html -Fragment",
            output: Some(
                "<table>\n<colgroup><col/><col/></colgroup>\n<tr><th>Sip</th><th>Pool</th></tr>\n\
                 <tr><td>sip:ann@contoso.com</td><td>lync2013</td></tr>\n</table>\n",
            ),
        }],
        mutating: false,
        factory: || Box::new(Collect::new("InputObject", convert_to_html_end)),
    }
}

/// `&`, `<`, `>` and `"` as HTML entities.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}

/// The text of a cell: arrays joined with spaces, as PowerShell shows a collection.
fn cell(value: &Value) -> String {
    encode(&value.to_display_string())
}

/// ConvertTo-Html's end: the lines of the page or fragment.
fn convert_to_html_end(
    host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let items: Vec<Value> = values.iter().flat_map(Value::enumerate).collect();
    let selectors = match b.get("Property") {
        Some(value) => parse_selectors(value, b.span_of("Property"))?,
        None => items
            .first()
            .map(property_names)
            .unwrap_or_default()
            .into_iter()
            .map(Selector::Name)
            .collect(),
    };
    let columns = items
        .first()
        .map(|first| resolve_columns(&selectors, first))
        .unwrap_or_default();
    let mut rows = Vec::with_capacity(items.len());
    for item in &items {
        rows.push(project(host, item, &columns)?);
    }
    let names: Vec<String> = columns.iter().map(|c| c.name().to_string()).collect();
    let list = b
        .string("As")
        .is_some_and(|a| a.eq_ignore_ascii_case("List"));
    let mut lines: Vec<String> = Vec::new();
    let strings = |param: &str| -> Vec<String> {
        b.get(param)
            .map(crate::eval::convert::to_string_list)
            .unwrap_or_default()
    };
    if !b.switch("Fragment") {
        lines.push("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"  \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">".into());
        lines.push("<html xmlns=\"http://www.w3.org/1999/xhtml\">".into());
        lines.push("<head>".into());
        let head = strings("Head");
        if head.is_empty() {
            let title = b.string("Title").unwrap_or_else(|| "HTML TABLE".into());
            lines.push(format!("<title>{}</title>", encode(&title)));
        } else {
            lines.extend(head);
        }
        if let Some(css) = b.string("CssUri") {
            lines.push(format!(
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"{}\" />",
                encode(&css)
            ));
        }
        lines.push("</head><body>".into());
        lines.extend(strings("Body"));
    }
    lines.extend(strings("PreContent"));
    if list {
        for row in &rows {
            lines.push("<table>".into());
            for name in &names {
                let value =
                    crate::cmdlets::general::property::property(row, name).unwrap_or_default();
                lines.push(format!(
                    "<tr><td>{}:</td><td>{}</td></tr>",
                    encode(name),
                    cell(&value)
                ));
            }
            lines.push("</table>".into());
        }
    } else if rows.is_empty() {
        // No object, no columns: an empty table, as PowerShell writes it.
        lines.push("<table>".into());
        lines.push("</table>".into());
    } else {
        lines.push("<table>".into());
        lines.push(format!(
            "<colgroup>{}</colgroup>",
            "<col/>".repeat(names.len())
        ));
        let header: String = names
            .iter()
            .map(|n| format!("<th>{}</th>", encode(n)))
            .collect();
        lines.push(format!("<tr>{header}</tr>"));
        for row in &rows {
            let cells: String = names
                .iter()
                .map(|n| {
                    let value =
                        crate::cmdlets::general::property::property(row, n).unwrap_or_default();
                    format!("<td>{}</td>", cell(&value))
                })
                .collect();
            lines.push(format!("<tr>{cells}</tr>"));
        }
        lines.push("</table>".into());
    }
    lines.extend(strings("PostContent"));
    if !b.switch("Fragment") {
        lines.push("</body></html>".into());
    }
    out.extend(lines.into_iter().map(Value::str));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn cells_are_html_encoded() {
        assert_eq!(encode("a<b> & \"c\""), "a&lt;b&gt; &amp; &quot;c&quot;");
    }
}
