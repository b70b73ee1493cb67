//! Get-Content, Set-Content, Add-Content, Out-File and Tee-Object: reading and writing text
//! files through the session's file gate ([`crate::cmdlets::file_io`]).
//!
//! Lines are written with the platform's line end; without `-Encoding` files are written as
//! UTF-8 without a byte order mark (see [`crate::files::encoding`] for every name). The
//! writing cmdlets collect their input and write once at the end, so a file is replaced in one
//! atomic step; `-Append` adds to the end without rewriting what is there.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::file_io::{self, FileArg, WriteOptions};
use crate::cmdlets::general::collect::Collect;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::convert;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::files::encoding::NEWLINE;
use crate::files::{Content, Encoding, WriteHow};

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        get_content(),
        set_content(),
        add_content(),
        out_file(),
        tee_object(),
    ]
}

/// `-Path`: the files, positional, from the pipeline's `Path`/`FullName` property.
pub(crate) fn path_param(description: &str) -> ParamSpec {
    ParamSpec::new("Path", ParamKind::StringList, description)
        .aliases(&["FullName", "FilePath"])
        .position(0)
        .from_pipeline_by_property_name()
}

/// `-LiteralPath`: the same files, never read as wildcards.
pub(crate) fn literal_path_param() -> ParamSpec {
    ParamSpec::new(
        "LiteralPath",
        ParamKind::StringList,
        "The files, used exactly as typed (coexist reads -Path the same way).",
    )
    .aliases(&["PSPath", "LP"])
}

/// The paths given with `-Path` or `-LiteralPath`, each with the parameter it came from.
pub(crate) fn paths(b: &Bound) -> Vec<(String, &'static str)> {
    ["Path", "LiteralPath"]
        .into_iter()
        .flat_map(|param| {
            b.get(param)
                .map(convert::to_string_list)
                .unwrap_or_default()
                .into_iter()
                .map(move |p| (p, param))
        })
        .collect()
}

/// The files named by `-Path`/`-LiteralPath`, resolved by the gate; none is a binding error.
pub(crate) fn file_args(host: &mut dyn Host, b: &Bound) -> Result<Vec<FileArg>, CommandError> {
    let named = paths(b);
    if named.is_empty() {
        return Err(file_io::no_path(b, "Path"));
    }
    named
        .iter()
        .map(|(typed, param)| file_io::resolve(host, typed, b.span_of(param)))
        .collect()
}

fn get_content() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Content",
        aliases: &["gc", "cat", "type"],
        synopsis: "Reads a text file, one output string per line.",
        description: "Reads each file (UTF-8 with or without a byte order mark, UTF-16 and \
            UTF-32 with one, else Windows-1252) and outputs its lines without their line ends. \
            -Raw outputs the whole text as one string; -TotalCount and -Tail keep the first or \
            last lines. In a dry run a file written earlier in the same run reads as it would \
            be.",
        signature: Signature::new()
            .param(path_param("The files to read."))
            .param(literal_path_param())
            .param(
                ParamSpec::new("TotalCount", ParamKind::Int, "Reads only the first lines.")
                    .aliases(&["First", "Head"]),
            )
            .param(
                ParamSpec::new("Tail", ParamKind::Int, "Reads only the last lines.")
                    .aliases(&["Last"]),
            )
            .param(ParamSpec::new(
                "Raw",
                ParamKind::Switch,
                "Outputs the whole text as one string.",
            ))
            .param(ParamSpec::new(
                "ReadCount",
                ParamKind::Int,
                "Lines per output array (0: all lines in one array; 1, the default: one string each).",
            ))
            .param(file_io::encoding_param()),
        examples: vec![
            Example {
                description: "Write a list of pools, then read it back line by line.",
                script: "'lync2010.contoso.com', 'lync2013.contoso.com' | Set-Content pools.txt\n\
                         Get-Content pools.txt | ForEach-Object { \"pool: $_\" }",
                output: Some("pool: lync2010.contoso.com\npool: lync2013.contoso.com\n"),
            },
            Example {
                description: "The last line of a log, and the whole file as one string.",
                script: "'start', 'moved ann', 'done' | Set-Content run.log\n\
                         Get-Content run.log -Tail 1\n\
                         (Get-Content run.log -Raw).Length",
                output: Some(if cfg!(windows) { "done\n24\n" } else { "done\n21\n" }),
            },
        ],
        mutating: false,
        factory: || Box::new(GetContent),
    }
}

/// Get-Content.
struct GetContent;

impl Command for GetContent {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let encoding = file_io::encoding_arg(args);
        for file in file_args(host, args)? {
            if encoding == Some(Encoding::Byte) {
                let bytes = file_io::read_bytes(host, args, &file)?;
                let values = bytes.into_iter().map(|b| Value::Int(i64::from(b)));
                emit(args, values.collect(), out)?;
                continue;
            }
            let text = file_io::read_text(host, args, &file, encoding)?;
            if args.switch("Raw") {
                out.push(if text.is_empty() {
                    Value::Null
                } else {
                    Value::str(text)
                });
                continue;
            }
            emit(
                args,
                lines(&text).into_iter().map(Value::str).collect(),
                out,
            )?;
        }
        Ok(())
    }
}

/// Outputs `items` as -TotalCount, -Tail and -ReadCount ask.
fn emit(args: &Bound, mut items: Vec<Value>, out: &mut Vec<Value>) -> Result<(), CommandError> {
    if let Some(first) = count(args, "TotalCount")? {
        items.truncate(first);
    }
    if let Some(last) = count(args, "Tail")? {
        items.drain(..items.len().saturating_sub(last));
    }
    match args.get("ReadCount").map(convert::to_int) {
        Some(Ok(n)) if n <= 0 => out.push(Value::array(items)),
        Some(Ok(n)) if n > 1 => {
            let size = usize::try_from(n).unwrap_or(usize::MAX);
            out.extend(items.chunks(size).map(|c| Value::array(c.to_vec())));
        }
        _ => out.extend(items),
    }
    Ok(())
}

/// A count parameter (`-TotalCount`, `-Tail`): none when absent or negative (PowerShell's
/// "all").
fn count(args: &Bound, param: &str) -> Result<Option<usize>, CommandError> {
    match args.get(param) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => {
            let n = convert::to_int(value).map_err(|_| {
                RuntimeError::new(
                    INVALID_VALUE,
                    format!("-{param} needs a number of lines"),
                    args.span_of(param),
                )
            })?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// The lines of `text` without their ends (`\r\n`, `\n` or `\r`); a final line end starts no
/// extra empty line.
pub(crate) fn lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['\r', '\n']) {
            Some(i) => {
                lines.push(&rest[..i]);
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
            }
            None => {
                lines.push(rest);
                rest = "";
            }
        }
    }
    lines
}

/// The signature of Set-Content and Add-Content.
fn content_signature(value: &str) -> Signature {
    Signature::new()
        .param(path_param("The files to write."))
        .param(literal_path_param())
        .param(
            ParamSpec::new("Value", ParamKind::Any, value)
                .position(1)
                .from_pipeline(),
        )
        .param(ParamSpec::new(
            "NoNewline",
            ParamKind::Switch,
            "Writes the values one after another, without line ends.",
        ))
        .param(ParamSpec::new(
            "Force",
            ParamKind::Switch,
            "Accepted for PowerShell compatibility (read-only files are not overridden).",
        ))
        .param(file_io::encoding_param())
}

fn set_content() -> CmdletSpec {
    CmdletSpec {
        name: "Set-Content",
        aliases: &["sc"],
        synopsis: "Replaces a file's content with the given values, one line each.",
        description: "Collects the values (from -Value or the pipeline), converts each to text \
            and writes them as lines, replacing the file in one atomic step. Under -WhatIf or \
            in a dry run it prints `What if: Performing the operation \"Output to File\"` and \
            writes nothing; later reads in the same run see what it would have written.",
        signature: content_signature("The values to write, one line each."),
        examples: vec![Example {
            description: "Write two lines, then count them.",
            script:
                "Set-Content -Path moved.txt -Value 'sip:ann@contoso.com', 'sip:bob@contoso.com'\n\
                     (Get-Content moved.txt).Count",
            output: Some("2\n"),
        }],
        mutating: true,
        factory: || Box::new(Collect::new("Value", set_content_end)),
    }
}

fn add_content() -> CmdletSpec {
    CmdletSpec {
        name: "Add-Content",
        aliases: &["ac"],
        synopsis: "Appends the given values to a file, one line each.",
        description: "Like Set-Content, but adds the lines to the end of the file (creating it \
            when missing) without rewriting what is already there; a file that starts with a \
            byte order mark keeps its encoding.",
        signature: content_signature("The values to append, one line each."),
        examples: vec![Example {
            description: "A log written line by line.",
            script: "Add-Content run.log 'moving ann'\nAdd-Content run.log 'moving bob'\n\
                     Get-Content run.log",
            output: Some("moving ann\nmoving bob\n"),
        }],
        mutating: true,
        factory: || Box::new(Collect::new("Value", add_content_end)),
    }
}

/// Set-Content's end: writes the collected values, replacing the file.
fn set_content_end(
    host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    write_values(host, b, values, WriteHow::Replace, out)
}

/// Add-Content's end: appends the collected values.
fn add_content_end(
    host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    write_values(host, b, values, WriteHow::Append, out)
}

/// Writes `values` as lines (or as bytes with `-Encoding Byte`) to every file named.
fn write_values(
    host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    how: WriteHow,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let values: Vec<Value> = values.iter().flat_map(Value::enumerate).collect();
    let encoding = file_io::encoding_arg(b);
    let bytes;
    let text;
    let content = if encoding == Some(Encoding::Byte) {
        bytes = byte_values(b, &values)?;
        Content::Bytes(&bytes)
    } else {
        let texts: Vec<String> = values.iter().map(Value::to_display_string).collect();
        text = if b.switch("NoNewline") {
            texts.concat()
        } else {
            texts.iter().map(|t| format!("{t}{NEWLINE}")).collect()
        };
        Content::Text(&text, encoding)
    };
    let options = WriteOptions {
        how,
        create_folders: false,
    };
    for file in file_args(host, b)? {
        file_io::write(host, b, &file, content, options)?;
    }
    if b.switch("PassThru") {
        out.extend(values);
    }
    Ok(())
}

/// `-Encoding Byte` values: numbers from 0 to 255.
fn byte_values(b: &Bound, values: &[Value]) -> Result<Vec<u8>, CommandError> {
    values
        .iter()
        .map(|v| {
            convert::to_int(v)
                .ok()
                .and_then(|n| u8::try_from(n).ok())
                .ok_or_else(|| {
                    RuntimeError::new(
                        INVALID_VALUE,
                        format!(
                            "-Encoding Byte writes numbers from 0 to 255, not '{}'",
                            v.to_display_string()
                        ),
                        b.span_of("Value"),
                    )
                    .into()
                })
        })
        .collect()
}

fn out_file() -> CmdletSpec {
    CmdletSpec {
        name: "Out-File",
        aliases: &[],
        synopsis: "Writes objects to a file as the console shows them.",
        description: "Collects the input and writes the text the console would print for it \
            (tables, lists, one line per string), -Width columns wide (default: the output \
            width). -Append adds to the end of the file, -NoClobber refuses to replace one. \
            Under -WhatIf or in a dry run it prints `What if: Performing the operation \"Output \
            to File\"` and writes nothing.",
        signature: Signature::new()
            .param(
                ParamSpec::new("FilePath", ParamKind::String, "The file to write.")
                    .aliases(&["Path"])
                    .position(0)
                    .mandatory(),
            )
            .param(
                ParamSpec::new("LiteralPath", ParamKind::String, "The file, used as typed.")
                    .aliases(&["PSPath", "LP"]),
            )
            .param(
                ParamSpec::new("InputObject", ParamKind::Any, "The objects to write.")
                    .from_pipeline(),
            )
            .params(file_io::append_params())
            .param(ParamSpec::new(
                "NoNewline",
                ParamKind::Switch,
                "Writes no line end after the text.",
            ))
            .param(ParamSpec::new(
                "Width",
                ParamKind::Int,
                "Columns per line for tables and lists.",
            ))
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Accepted for PowerShell compatibility.",
            ))
            .param(file_io::encoding_param()),
        examples: vec![Example {
            description: "Save a report table, then show the file.",
            script: "[pscustomobject]@{User='sip:ann@contoso.com'; Moved=$true} | Out-File report.txt\n\
                     Get-Content report.txt",
            output: Some("\nUser                Moved\n----                -----\nsip:ann@contoso.com True\n\n"),
        }],
        mutating: true,
        factory: || Box::new(Collect::new("InputObject", out_file_end)),
    }
}

/// Out-File's end: writes the console text of the collected input.
fn out_file_end(
    host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    _out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let width = match b.get("Width").map(convert::to_int) {
        Some(Ok(w)) if w >= 10 => usize::try_from(w).unwrap_or(usize::MAX),
        _ => host.width(),
    };
    let mut text = crate::format::render(&values, width);
    if b.switch("NoNewline") {
        text = text.trim_end_matches('\n').replace('\n', "");
    }
    if NEWLINE != "\n" {
        text = text.replace('\n', NEWLINE);
    }
    let param = if b.has("LiteralPath") {
        "LiteralPath"
    } else {
        "FilePath"
    };
    let file = file_io::resolve_param(host, b, param)?;
    let content = Content::Text(&text, file_io::encoding_arg(b));
    file_io::write(host, b, &file, content, WriteOptions::from_switches(b))
}

fn tee_object() -> CmdletSpec {
    CmdletSpec {
        name: "Tee-Object",
        aliases: &["tee"],
        synopsis: "Writes objects to a file as Out-File does and passes them on down the pipeline.",
        description: "Collects the input, writes the text the console would print for it to \
            -FilePath (-Append adds to the end), then outputs every object unchanged. Under \
            -WhatIf or in a dry run the file is only pretended; the objects still pass on. \
            -Variable is not supported.",
        signature: Signature::new()
            .param(
                ParamSpec::new("FilePath", ParamKind::String, "The file to write.")
                    .aliases(&["Path"])
                    .position(0)
                    .mandatory(),
            )
            .param(
                ParamSpec::new("LiteralPath", ParamKind::String, "The file, used as typed.")
                    .aliases(&["PSPath", "LP"]),
            )
            .param(
                ParamSpec::new(
                    "InputObject",
                    ParamKind::Any,
                    "The objects to save and pass on.",
                )
                .from_pipeline(),
            )
            .param(ParamSpec::new(
                "Append",
                ParamKind::Switch,
                "Adds to the end of the file instead of replacing it.",
            )),
        examples: vec![Example {
            description: "Log a summary line and show it too.",
            script: "\"Moved 3 users\" | Tee-Object -FilePath moves.log\nGet-Content moves.log",
            output: Some("Moved 3 users\nMoved 3 users\n"),
        }],
        mutating: true,
        factory: || Box::new(Collect::new("InputObject", tee_object_end)),
    }
}

/// Tee-Object's end: the file as Out-File writes it, then the objects, unchanged.
fn tee_object_end(
    host: &mut dyn Host,
    b: &Bound,
    values: Vec<Value>,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    out_file_end(host, b, values.clone(), out)?;
    out.extend(values);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn lines_split_on_every_line_end_without_a_trailing_empty_line() {
        assert_eq!(lines("a\r\nb\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(lines("a\n"), ["a"]);
        assert_eq!(lines("a\n\nb\n"), ["a", "", "b"]);
        assert!(lines("").is_empty());
        assert_eq!(lines("\n"), [""]);
    }
}
