//! Import-Csv, Export-Csv, ConvertFrom-Csv and ConvertTo-Csv, as Windows PowerShell 5.1 writes
//! and reads CSV.
//!
//! Writing: a `#TYPE <type>` line first unless `-NoTypeInformation`; a header of the first
//! object's properties; every field in double quotes (quotes inside doubled) except `$null`,
//! which is an empty field; arrays and hashtables as their .NET type names (`System.Object[]`),
//! strings as their `Length`, a hashtable as its own .NET properties, as 5.1 does.
//! `-Append` writes rows in the existing file's column order (a missing property is an error
//! unless `-Force`). `-UseCulture` uses `,`, the invariant culture's list separator.
//!
//! Reading (the `csv` crate): a leading `#TYPE` line is skipped, blank lines are skipped,
//! fields may be quoted across lines; an empty header name becomes `H1`, `H2`, …; a repeated
//! one is `coexist::eval::invalid_csv`; missing fields are `$null`, extra fields are dropped.
//! Every value is a string.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::file_io::{self, FileArg, WriteOptions};
use crate::cmdlets::general::collect::{joined_lines, Collect};
use crate::cmdlets::general::content::{file_args, literal_path_param, path_param};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::{format_double, PsObject, Value};
use crate::files::encoding::NEWLINE;
use crate::files::{Content, WriteHow};
use crate::span::Span;

/// A CSV text that cannot become objects (a header named twice).
///
/// Resolution: rename the column in the file, or give names with `-Header`.
pub const INVALID_CSV: &str = "coexist::eval::invalid_csv";

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        import_csv(),
        export_csv(),
        convert_from_csv(),
        convert_to_csv(),
    ]
}

/// `-Delimiter`.
fn delimiter_param() -> ParamSpec {
    ParamSpec::new(
        "Delimiter",
        ParamKind::String,
        "The character between fields (default ,).",
    )
    .position(1)
}

/// `-UseCulture`.
fn use_culture_param() -> ParamSpec {
    ParamSpec::new(
        "UseCulture",
        ParamKind::Switch,
        "Uses the culture's list separator (, in coexist's invariant culture).",
    )
}

/// `-Header`.
fn header_param() -> ParamSpec {
    ParamSpec::new(
        "Header",
        ParamKind::StringList,
        "Column names to use instead of the first line (which is then data).",
    )
}

/// `-NoTypeInformation`.
fn no_type_param() -> ParamSpec {
    ParamSpec::new(
        "NoTypeInformation",
        ParamKind::Switch,
        "Leaves out the #TYPE line Windows PowerShell writes first.",
    )
    .aliases(&["NTI"])
}

/// The delimiter `-Delimiter` names (one character), else `,`.
fn delimiter(b: &Bound) -> Result<u8, CommandError> {
    let Some(text) = b.string("Delimiter") else {
        return Ok(b',');
    };
    match text.as_bytes() {
        [byte] if byte.is_ascii() && *byte != b'"' && *byte != b'\n' => Ok(*byte),
        _ => Err(RuntimeError::new(
            INVALID_VALUE,
            format!("-Delimiter needs one ASCII character other than a quote, not '{text}'"),
            b.span_of("Delimiter"),
        )
        .with_help("e.g. -Delimiter ';' or -Delimiter \"`t\"")
        .into()),
    }
}

// ---- writing ----

/// The name `#TYPE` gives a value's type.
fn type_name(value: &Value) -> String {
    match value {
        Value::Object(o) => match o.borrow().type_name.as_str() {
            "PSCustomObject" => "System.Management.Automation.PSCustomObject".into(),
            other => other.to_string(),
        },
        Value::Hashtable(_) => "System.Collections.Hashtable".into(),
        Value::String(_) => "System.String".into(),
        Value::Int(_) => "System.Int32".into(),
        Value::Double(_) => "System.Double".into(),
        Value::Bool(_) => "System.Boolean".into(),
        Value::Array(_) => "System.Object[]".into(),
        _ => "System.Object".into(),
    }
}

/// The properties CSV sees on a value, in order, as (name, field text or `None` for `$null`).
fn fields(value: &Value) -> Vec<(String, Option<String>)> {
    match value {
        Value::Object(o) => o
            .borrow()
            .properties
            .iter()
            .map(|(k, v)| (k.clone(), field_text(v)))
            .collect(),
        Value::String(s) => vec![("Length".into(), Some(s.chars().count().to_string()))],
        Value::Hashtable(t) => {
            let count = t.borrow().len().to_string();
            [
                ("IsReadOnly", "False"),
                ("IsFixedSize", "False"),
                ("IsSynchronized", "False"),
                ("Keys", "System.Collections.Hashtable+KeyCollection"),
                ("Values", "System.Collections.Hashtable+ValueCollection"),
                ("SyncRoot", "System.Object"),
                ("Count", count.as_str()),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), Some(v.to_string())))
            .collect()
        }
        _ => Vec::new(),
    }
}

/// A property value as a CSV field, as .NET's `ToString` gives it.
fn field_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Array(_) => Some("System.Object[]".into()),
        Value::Double(d) => Some(format_double(*d)),
        other => Some(other.to_display_string()),
    }
}

/// One CSV line: every field quoted, `None` left empty.
fn line<'a>(fields: impl Iterator<Item = Option<&'a str>>, delimiter: u8) -> String {
    let parts: Vec<String> = fields
        .map(|f| f.map_or_else(String::new, |t| format!("\"{}\"", t.replace('"', "\"\""))))
        .collect();
    parts.join(&char::from(delimiter).to_string())
}

/// Turns objects into CSV lines, header first (after the `#TYPE` line when asked).
struct CsvWriter {
    delimiter: u8,
    type_line: bool,
    columns: Option<Vec<String>>,
    /// Missing properties are empty fields instead of errors (`-Append -Force`).
    lenient: bool,
}

impl CsvWriter {
    /// A writer whose header comes from the first object.
    fn new(delimiter: u8, type_line: bool) -> Self {
        CsvWriter {
            delimiter,
            type_line,
            columns: None,
            lenient: true,
        }
    }

    /// A writer continuing a file whose header is `columns`.
    fn continuing(delimiter: u8, columns: Vec<String>, lenient: bool) -> Self {
        CsvWriter {
            delimiter,
            type_line: false,
            columns: Some(columns),
            lenient,
        }
    }

    /// The lines for one object (with the type and header lines before the first); the name
    /// of a column the object lacks when that is not allowed.
    fn lines(&mut self, value: &Value) -> Result<Vec<String>, String> {
        let fields = fields(value);
        let mut out = Vec::new();
        if self.columns.is_none() {
            if self.type_line {
                out.push(format!("#TYPE {}", type_name(value)));
            }
            let names: Vec<String> = fields.iter().map(|(k, _)| k.clone()).collect();
            out.push(line(names.iter().map(|n| Some(n.as_str())), self.delimiter));
            self.columns = Some(names);
        }
        let columns = self.columns.as_deref().unwrap_or_default();
        let mut row = Vec::with_capacity(columns.len());
        for column in columns {
            match fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(column)) {
                Some((_, text)) => row.push(text.as_deref()),
                None if self.lenient => row.push(None),
                None => return Err(column.clone()),
            }
        }
        out.push(line(row.into_iter(), self.delimiter));
        Ok(out)
    }
}

fn export_csv() -> CmdletSpec {
    CmdletSpec {
        name: "Export-Csv",
        aliases: &["epcsv"],
        synopsis: "Writes objects to a CSV file, one row per object.",
        description: "Collects the input objects and writes a #TYPE line (unless \
            -NoTypeInformation), a header of the first object's properties and one row per \
            object, every field quoted, as Windows PowerShell 5.1 does. -Append adds rows in the \
            existing file's column order; -NoClobber refuses to replace a file. Under -WhatIf or \
            in a dry run it prints `What if: Performing the operation \"Output to File\"` and \
            writes nothing; later reads in the run see the rows.",
        signature: Signature::new()
            .param(path_param("The CSV file to write."))
            .param(literal_path_param())
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The objects to write.")
                    .mandatory()
                    .from_pipeline(),
            )
            .param(delimiter_param())
            .param(use_culture_param())
            .param(no_type_param())
            .param(
                ParamSpec::new(
                    "IncludeTypeInformation",
                    ParamKind::Switch,
                    "Writes the #TYPE line (the default, as in Windows PowerShell).",
                )
                .aliases(&["ITI"]),
            )
            .params(file_io::append_params())
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "With -Append, writes empty fields for properties an object lacks.",
            ))
            .param(file_io::encoding_param()),
        examples: vec![
            Example {
                description: "Save a report without the #TYPE line and read it back.",
                script: "[pscustomobject]@{User='sip:ann@contoso.com'; Pool='lync2013'} |\n    \
                         Export-Csv moved.csv -NoTypeInformation\nGet-Content moved.csv",
                output: Some("\"User\",\"Pool\"\n\"sip:ann@contoso.com\",\"lync2013\"\n"),
            },
            Example {
                description: "Add a row to an existing report.",
                script: "[pscustomobject]@{User='ann'; Pool='p1'} | Export-Csv moved.csv -NoTypeInformation\n\
                         [pscustomobject]@{Pool='p2'; User='bob'} | Export-Csv moved.csv -Append\n\
                         Get-Content moved.csv -Tail 1",
                output: Some("\"bob\",\"p2\"\n"),
            },
        ],
        mutating: true,
        factory: || Box::new(Collect::new("InputObject", export_csv_end)),
    }
}

/// Export-Csv's end: writes the collected objects to every file named.
fn export_csv_end(
    host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let delimiter = delimiter(b)?;
    for file in file_args(host, b)? {
        let mut options = WriteOptions::from_switches(b);
        let mut writer = match existing_header(host, b, &file, delimiter)? {
            Some(columns) if options.how == WriteHow::Append => {
                CsvWriter::continuing(delimiter, columns, b.switch("Force"))
            }
            _ => {
                if options.how == WriteHow::Append {
                    options.how = WriteHow::Replace;
                }
                CsvWriter::new(delimiter, !b.switch("NoTypeInformation"))
            }
        };
        let mut text = String::new();
        for value in &values {
            let lines = writer
                .lines(value)
                .map_err(|column| mismatch(b, &file, &column))?;
            for l in lines {
                text.push_str(&l);
                text.push_str(NEWLINE);
            }
        }
        let content = Content::Text(&text, file_io::encoding_arg(b));
        file_io::write(host, b, &file, content, options)?;
    }
    if b.switch("PassThru") {
        out.extend(values);
    }
    Ok(())
}

/// The header of the CSV file `-Append` continues, if it has one (as the run sees the file).
fn existing_header(
    host: &mut dyn Host,
    b: &Bound,
    file: &FileArg,
    delimiter: u8,
) -> Result<Option<Vec<String>>, CommandError> {
    if !b.switch("Append") {
        return Ok(None);
    }
    let text = match file_io::read_text(host, b, file, file_io::encoding_arg(b)) {
        Ok(text) => text,
        Err(CommandError::Runtime(e)) if e.code == crate::files::error::FILE_NOT_FOUND => {
            return Ok(None)
        }
        Err(e) => return Err(e),
    };
    let table = parse(&text, delimiter, None).map_err(|e| csv_error(e, file.span))?;
    Ok(table.and_then(|t| (!t.columns.is_empty()).then_some(t.columns)))
}

/// `-Append` of an object without one of the file's columns.
fn mismatch(b: &Bound, file: &FileArg, column: &str) -> CommandError {
    RuntimeError::new(
        INVALID_CSV,
        format!(
            "cannot append to {}: an object has no property for its column \"{column}\"",
            file.typed()
        ),
        b.span_of("InputObject"),
    )
    .with_help("add -Force to write an empty field for missing properties")
    .into()
}

fn convert_to_csv() -> CmdletSpec {
    CmdletSpec {
        name: "ConvertTo-Csv",
        aliases: &[],
        synopsis: "Converts objects to CSV lines, one string per line.",
        description: "Outputs what Export-Csv would write, as strings: a #TYPE line (unless \
            -NoTypeInformation), the header from the first object, then one line per object.",
        signature: Signature::new()
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The objects to convert.")
                    .position(0)
                    .mandatory()
                    .from_pipeline(),
            )
            .param(delimiter_param())
            .param(use_culture_param())
            .param(no_type_param()),
        examples: vec![Example {
            description: "Semicolon-separated lines for a spreadsheet.",
            script: "[pscustomobject]@{Room='Sales'; Members=2} | ConvertTo-Csv -Delimiter ';' -NoTypeInformation",
            output: Some("\"Room\";\"Members\"\n\"Sales\";\"2\"\n"),
        }],
        mutating: false,
        factory: || Box::new(ConvertToCsv { writer: None }),
    }
}

/// ConvertTo-Csv: streams lines, the header with the first object.
struct ConvertToCsv {
    writer: Option<CsvWriter>,
}

impl Command for ConvertToCsv {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let writer = match &mut self.writer {
            Some(writer) => writer,
            None => self.writer.insert(CsvWriter::new(
                delimiter(args)?,
                !args.switch("NoTypeInformation"),
            )),
        };
        let value = args.get("InputObject").cloned().unwrap_or_default();
        let lines = writer.lines(&value).unwrap_or_default();
        out.extend(lines.into_iter().map(Value::str));
        Ok(())
    }
}

// ---- reading ----

/// Parsed CSV: the column names and the rows as objects.
struct Table {
    columns: Vec<String>,
    rows: Vec<Value>,
}

/// Why a CSV text cannot become objects: the message and the 1-based line.
#[derive(Debug)]
struct CsvProblem {
    message: String,
    line: u64,
}

/// Parses CSV `text`; `None` when it holds no header line.
fn parse(
    text: &str,
    delimiter: u8,
    header: Option<&[String]>,
) -> Result<Option<Table>, CsvProblem> {
    let mut body = text;
    let mut skipped = 0;
    let first = body.lines().next().unwrap_or("");
    if first
        .get(..5)
        .is_some_and(|t| t.eq_ignore_ascii_case("#TYPE"))
    {
        body = &body[first.len()..];
        body = body
            .strip_prefix("\r\n")
            .or_else(|| body.strip_prefix('\n'))
            .unwrap_or(body);
        skipped = 1;
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let mut records = reader.records();
    let columns = match header {
        Some(names) => names.to_vec(),
        None => match records.next() {
            None => return Ok(None),
            Some(record) => {
                let record = record.map_err(|e| problem(&e, skipped))?;
                let line = record.position().map_or(1, |p| p.line()) + skipped;
                column_names(record.iter(), line)?
            }
        },
    };
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| problem(&e, skipped))?;
        let mut object = PsObject::new("PSCustomObject");
        for (i, column) in columns.iter().enumerate() {
            let value = record.get(i).map_or(Value::Null, Value::str);
            object.properties.insert(column.clone(), value);
        }
        rows.push(Value::object(object));
    }
    Ok(Some(Table { columns, rows }))
}

/// A header record's names: empty ones become `H1`, `H2`, …; a repeated one is a problem.
fn column_names<'a>(
    names: impl Iterator<Item = &'a str>,
    line: u64,
) -> Result<Vec<String>, CsvProblem> {
    let mut columns: Vec<String> = Vec::new();
    let mut unnamed = 0;
    for name in names {
        let name = if name.is_empty() {
            unnamed += 1;
            format!("H{unnamed}")
        } else {
            name.to_string()
        };
        if columns.iter().any(|c| c.eq_ignore_ascii_case(&name)) {
            return Err(CsvProblem {
                message: format!("the column \"{name}\" is named twice in the header"),
                line,
            });
        }
        columns.push(name);
    }
    Ok(columns)
}

fn problem(error: &csv::Error, skipped: u64) -> CsvProblem {
    CsvProblem {
        message: error.to_string(),
        line: error.position().map_or(1, |p| p.line()) + skipped,
    }
}

/// A CSV problem as a coded error on `span`.
fn csv_error(problem: CsvProblem, span: Span) -> CommandError {
    RuntimeError::new(
        INVALID_CSV,
        format!("line {}: {}", problem.line, problem.message),
        span,
    )
    .with_help("rename the column in the file, or name the columns with -Header")
    .into()
}

/// The `-Header` names, if given.
fn header_arg(b: &Bound) -> Result<Option<Vec<String>>, CommandError> {
    let Some(value) = b.get("Header") else {
        return Ok(None);
    };
    let names = crate::eval::convert::to_string_list(value);
    column_names(names.iter().map(String::as_str), 1)
        .map(Some)
        .map_err(|p| csv_error(p, b.span_of("Header")))
}

fn import_csv() -> CmdletSpec {
    CmdletSpec {
        name: "Import-Csv",
        aliases: &["ipcsv"],
        synopsis: "Reads a CSV file as objects, one per row, with the header's names as properties.",
        description: "Reads each file (any encoding Get-Content reads) and outputs one object \
            per row; every value is a string. A #TYPE line is skipped; -Header names the columns \
            when the file has no header line. In a dry run a file written earlier in the run \
            reads as it would be. Files over the read limit are refused before reading.",
        signature: Signature::new()
            .param(path_param("The CSV files to read."))
            .param(literal_path_param())
            .param(delimiter_param())
            .param(use_culture_param())
            .param(header_param())
            .param(file_io::encoding_param()),
        examples: vec![Example {
            description: "Enable the users listed in a CSV file (here written first).",
            script: "Set-Content users.csv 'SipAddress,Pool', 'sip:ann@contoso.com,lync2013.contoso.com'\n\
                     Import-Csv users.csv | ForEach-Object { \"$($_.SipAddress) -> $($_.Pool)\" }",
            output: Some("sip:ann@contoso.com -> lync2013.contoso.com\n"),
        }],
        mutating: false,
        factory: || Box::new(ImportCsv),
    }
}

/// Import-Csv.
struct ImportCsv;

impl Command for ImportCsv {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let delimiter = delimiter(args)?;
        let header = header_arg(args)?;
        for file in file_args(host, args)? {
            let text = file_io::read_text(host, args, &file, file_io::encoding_arg(args))?;
            let table =
                parse(&text, delimiter, header.as_deref()).map_err(|e| csv_error(e, file.span))?;
            out.extend(table.map(|t| t.rows).unwrap_or_default());
        }
        Ok(())
    }
}

fn convert_from_csv() -> CmdletSpec {
    CmdletSpec {
        name: "ConvertFrom-Csv",
        aliases: &[],
        synopsis: "Converts CSV text to objects, one per row.",
        description: "Joins the input strings as lines and reads them as Import-Csv reads a \
            file: the first line (or -Header) names the properties.",
        signature: Signature::new()
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The CSV lines.")
                    .position(0)
                    .mandatory()
                    .from_pipeline(),
            )
            .param(delimiter_param())
            .param(use_culture_param())
            .param(header_param()),
        examples: vec![Example {
            description: "A move list kept in the script itself.",
            script: "$moves = @'\nUser,Target\nsip:ann@contoso.com,lync2013.contoso.com\n\
                     sip:bob@contoso.com,lync2013.contoso.com\n'@ | ConvertFrom-Csv\n\
                     \"$($moves.Count) moves, the last for $($moves[-1].User)\"",
            output: Some("2 moves, the last for sip:bob@contoso.com\n"),
        }],
        mutating: false,
        factory: || Box::new(Collect::new("InputObject", convert_from_csv_end)),
    }
}

/// ConvertFrom-Csv's end: the collected strings joined as lines, read as one CSV text.
fn convert_from_csv_end(
    _host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let table = parse(
        &joined_lines(&values),
        delimiter(b)?,
        header_arg(b)?.as_deref(),
    )
    .map_err(|e| csv_error(e, b.span_of("InputObject")))?;
    out.extend(table.map(|t| t.rows).unwrap_or_default());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(table: &Table, column: &str) -> Vec<String> {
        table
            .rows
            .iter()
            .map(|row| match row {
                Value::Object(o) => match o.borrow().get(column) {
                    None | Some(Value::Null) => "<null>".into(),
                    Some(v) => v.to_display_string(),
                },
                _ => String::new(),
            })
            .collect()
    }

    #[test]
    fn quoted_fields_type_lines_and_blank_lines_read_like_powershell() {
        let text = "#TYPE System.Management.Automation.PSCustomObject\r\n\"Name\",\"Note\"\r\n\r\n\"Ann\",\"says \"\"hi\"\"\"\r\nBob,\"two\nlines\"\r\n";
        let table = parse(text, b',', None).unwrap().unwrap();
        assert_eq!(table.columns, ["Name", "Note"]);
        assert_eq!(texts(&table, "Name"), ["Ann", "Bob"]);
        assert_eq!(texts(&table, "Note"), ["says \"hi\"", "two\nlines"]);
    }

    #[test]
    fn short_rows_get_nulls_long_rows_lose_extras_and_empty_names_are_numbered() {
        let table = parse("a,,\n1\n1,2,3,4\n", b',', None).unwrap().unwrap();
        assert_eq!(table.columns, ["a", "H1", "H2"]);
        assert_eq!(texts(&table, "H1"), ["<null>", "2"]);
        assert_eq!(texts(&table, "H2"), ["<null>", "3"]);
    }

    #[test]
    fn a_repeated_header_is_a_problem_with_its_line() {
        let error = parse("#TYPE x\nName,name\n", b',', None).err().unwrap();
        assert_eq!(error.line, 2);
        assert!(error.message.contains("named twice"), "{}", error.message);
        assert!(parse("", b',', None).unwrap().is_none());
    }

    #[test]
    fn writing_quotes_every_field_but_nulls() {
        let object = PsObject::new("PSCustomObject")
            .with("Name", Value::str("O\"Brien"))
            .with("Note", Value::Null)
            .with("Pools", Value::array(vec![Value::str("a")]))
            .with("Ratio", Value::Double(0.5));
        let mut writer = CsvWriter::new(b';', true);
        assert_eq!(
            writer.lines(&Value::object(object)).unwrap(),
            [
                "#TYPE System.Management.Automation.PSCustomObject",
                "\"Name\";\"Note\";\"Pools\";\"Ratio\"",
                "\"O\"\"Brien\";;\"System.Object[]\";\"0.5\"",
            ]
        );
        let mut strings = CsvWriter::new(b',', false);
        assert_eq!(
            strings.lines(&Value::str("abc")).unwrap(),
            ["\"Length\"", "\"3\""]
        );
    }

    #[test]
    fn appending_needs_every_column_unless_lenient() {
        let object = Value::object(PsObject::new("PSCustomObject").with("A", Value::Int(1)));
        let columns = vec!["A".to_string(), "B".to_string()];
        let mut strict = CsvWriter::continuing(b',', columns.clone(), false);
        assert_eq!(strict.lines(&object), Err("B".to_string()));
        let mut lenient = CsvWriter::continuing(b',', columns, true);
        assert_eq!(lenient.lines(&object).unwrap(), ["\"1\","]);
    }
}
