//! Join-Path and Split-Path: path text only, both `\` and `/` read as separators, the
//! platform's separator written (as PowerShell on that platform does). Only `-Resolve` looks
//! at files, through the session's file gate.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::file_io;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::convert;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use std::path::MAIN_SEPARATOR;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![join_path(), split_path()]
}

const SEPARATORS: [char; 2] = ['/', '\\'];

/// `parent` and `child` joined with one separator between them.
pub fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        return child.to_string();
    }
    let parent = parent.trim_end_matches(SEPARATORS);
    let child = child.trim_start_matches(SEPARATORS);
    format!("{parent}{MAIN_SEPARATOR}{child}")
}

fn join_path() -> CmdletSpec {
    CmdletSpec {
        name: "Join-Path",
        aliases: &[],
        synopsis: "Joins a path and a child path with one separator.",
        description: "Joins each -Path with -ChildPath (and any further child paths), putting \
            exactly one separator between them. With -Resolve the result must exist and is \
            output as a full path.",
        signature: Signature::new()
            .param(
                ParamSpec::new("Path", ParamKind::StringList, "The parent paths.")
                    .aliases(&["PSPath"])
                    .position(0)
                    .mandatory()
                    .from_pipeline()
                    .from_pipeline_by_property_name(),
            )
            .param(
                ParamSpec::new("ChildPath", ParamKind::String, "The path to add.")
                    .position(1)
                    .mandatory(),
            )
            .param(
                ParamSpec::new(
                    "AdditionalChildPath",
                    ParamKind::StringList,
                    "More paths to add, in order.",
                )
                .remaining(),
            )
            .param(ParamSpec::new(
                "Resolve",
                ParamKind::Switch,
                "Outputs the full path of the joined item, which must exist.",
            )),
        examples: vec![Example {
            description: "A file beside the script, wherever the script was started from.",
            script: "Split-Path (Join-Path 'C:\\Scripts\\' '\\users.csv') -Leaf",
            output: Some("users.csv\n"),
        }],
        mutating: false,
        factory: || Box::new(JoinPath),
    }
}

/// Join-Path.
struct JoinPath;

impl Command for JoinPath {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let child = args.string("ChildPath").unwrap_or_default();
        let more = args
            .get("AdditionalChildPath")
            .map(convert::to_string_list)
            .unwrap_or_default();
        let parents = args
            .get("Path")
            .map(convert::to_string_list)
            .unwrap_or_default();
        for parent in parents {
            let joined = more
                .iter()
                .fold(join(&parent, &child), |path, next| join(&path, next));
            if args.switch("Resolve") {
                out.push(Value::str(resolved(host, args, &joined, "ChildPath")?));
            } else {
                out.push(Value::str(joined));
            }
        }
        Ok(())
    }
}

/// The full path of `typed`, which must exist (as the run sees files).
fn resolved(
    host: &mut dyn Host,
    args: &Bound,
    typed: &str,
    param: &str,
) -> Result<String, CommandError> {
    let file = file_io::resolve(host, typed, args.span_of(param))?;
    let mode = file_io::read_mode(host, args);
    if file_io::gate(host, file.span)?
        .entry(&file.path, mode)
        .is_none()
    {
        let missing = crate::files::FileError::NotFound {
            path: typed.to_string(),
            reason: "it does not exist".into(),
        };
        return Err(file_io::file_error(missing, file.span));
    }
    Ok(file.path.path().display().to_string())
}

/// The parts Split-Path can output, one per switch.
const PARTS: &[&str] = &[
    "Parent",
    "Leaf",
    "LeafBase",
    "Extension",
    "Qualifier",
    "NoQualifier",
    "IsAbsolute",
];

fn split_path() -> CmdletSpec {
    let mut signature = Signature::new().param(
        ParamSpec::new("Path", ParamKind::StringList, "The paths to split.")
            .aliases(&["PSPath"])
            .position(0)
            .mandatory()
            .from_pipeline()
            .from_pipeline_by_property_name(),
    );
    let descriptions = [
        "Outputs the parent folder (the default).",
        "Outputs the last part: the file or folder name.",
        "Outputs the file name without its extension.",
        "Outputs the extension, with its dot.",
        "Outputs the drive (C:).",
        "Outputs the path without its drive.",
        "Outputs True when the path is absolute.",
    ];
    for (part, description) in PARTS.iter().zip(descriptions) {
        signature = signature.param(ParamSpec::new(part, ParamKind::Switch, description));
    }
    signature = signature.param(ParamSpec::new(
        "Resolve",
        ParamKind::Switch,
        "Splits the full path of the item, which must exist.",
    ));
    CmdletSpec {
        name: "Split-Path",
        aliases: &[],
        synopsis: "Outputs a part of a path: its folder, name, extension or drive.",
        description: "Splits each path as text (both \\ and / separate): -Parent (the default), \
            -Leaf, -LeafBase, -Extension, -Qualifier, -NoQualifier or -IsAbsolute.",
        signature,
        examples: vec![
            Example {
                description: "The folder and the name of a file.",
                script:
                    "Split-Path 'C:\\Scripts\\users.csv'\nSplit-Path 'C:\\Scripts\\users.csv' -Leaf",
                output: Some("C:\\Scripts\nusers.csv\n"),
            },
            Example {
                description: "A log file named after the input file.",
                script: "(Split-Path 'D:\\In\\moves.csv' -LeafBase) + '.log'",
                output: Some("moves.log\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(SplitPath),
    }
}

/// Split-Path.
struct SplitPath;

impl Command for SplitPath {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let part = PARTS
            .iter()
            .copied()
            .find(|p| args.switch(p))
            .unwrap_or("Parent");
        for path in args
            .get("Path")
            .map(convert::to_string_list)
            .unwrap_or_default()
        {
            let path = if args.switch("Resolve") {
                resolved(host, args, &path, "Path")?
            } else {
                path
            };
            out.push(split(&path, part).ok_or_else(|| no_qualifier(args, &path))?);
        }
        Ok(())
    }
}

fn no_qualifier(args: &Bound, path: &str) -> CommandError {
    RuntimeError::new(
        INVALID_VALUE,
        format!("the path {path} has no drive qualifier"),
        args.span_of("Path"),
    )
    .with_help("-Qualifier works on paths such as C:\\Scripts\\users.csv")
    .into()
}

/// One part of `path`; `None` for `Qualifier` of a path without a drive.
fn split(path: &str, part: &str) -> Option<Value> {
    let qualifier = drive(path);
    let rest = &path[qualifier.len()..];
    let trimmed = match rest.trim_end_matches(SEPARATORS) {
        "" => rest,
        t => t,
    };
    let (parent, leaf) = match trimmed.rfind(SEPARATORS) {
        Some(i) => (&trimmed[..i], &trimmed[i + 1..]),
        None => ("", trimmed),
    };
    let dot = leaf.rfind('.').filter(|&i| i + 1 < leaf.len());
    Some(Value::str(match part {
        "Leaf" => leaf.to_string(),
        "LeafBase" => dot.map_or(leaf, |i| &leaf[..i]).to_string(),
        "Extension" => dot.map_or("", |i| &leaf[i..]).to_string(),
        "Qualifier" if qualifier.is_empty() => return None,
        "Qualifier" => qualifier.to_string(),
        "NoQualifier" => rest.to_string(),
        "IsAbsolute" => return Some(Value::Bool(rest.starts_with(SEPARATORS))),
        _ => match trimmed.rfind(SEPARATORS) {
            // `C:\x` → `C:\`, `\x` → `\`: the root keeps its separator.
            Some(0) => format!("{qualifier}{}", &trimmed[..1]),
            Some(_) => format!("{qualifier}{parent}"),
            None => String::new(),
        },
    }))
}

/// The drive qualifier at the start of `path` (`C:`), or "".
fn drive(path: &str) -> &str {
    let bytes = path.as_bytes();
    if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' {
        &path[..2]
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(path: &str, part: &str) -> String {
        split(path, part).unwrap().to_display_string()
    }

    #[test]
    fn join_puts_one_separator_between() {
        let s = MAIN_SEPARATOR;
        assert_eq!(
            join("C:\\Scripts\\", "\\users.csv"),
            format!("C:\\Scripts{s}users.csv")
        );
        assert_eq!(join("logs", "run.log"), format!("logs{s}run.log"));
        assert_eq!(join("", "run.log"), "run.log");
        assert_eq!(join("/", "tmp"), format!("{s}tmp"));
    }

    #[test]
    fn parents_keep_their_root() {
        assert_eq!(part("C:\\Scripts\\users.csv", "Parent"), "C:\\Scripts");
        assert_eq!(part("C:\\Scripts\\", "Parent"), "C:\\");
        assert_eq!(part("C:\\users.csv", "Parent"), "C:\\");
        assert_eq!(part("/var/log/x.log", "Parent"), "/var/log");
        assert_eq!(part("users.csv", "Parent"), "");
    }

    #[test]
    fn leaves_bases_and_extensions() {
        assert_eq!(part("D:\\In\\moves.2024.csv", "Leaf"), "moves.2024.csv");
        assert_eq!(part("D:\\In\\moves.2024.csv", "LeafBase"), "moves.2024");
        assert_eq!(part("D:\\In\\moves.2024.csv", "Extension"), ".csv");
        assert_eq!(part("D:/In/README", "Extension"), "");
        assert_eq!(part("logs\\", "Leaf"), "logs");
    }

    #[test]
    fn qualifiers_and_absoluteness() {
        assert_eq!(part("C:\\Scripts", "Qualifier"), "C:");
        assert_eq!(part("C:\\Scripts", "NoQualifier"), "\\Scripts");
        assert!(split("Scripts\\x", "Qualifier").is_none());
        assert_eq!(part("C:\\Scripts", "IsAbsolute"), "True");
        assert_eq!(part("/tmp", "IsAbsolute"), "True");
        assert_eq!(part(".\\x", "IsAbsolute"), "False");
    }
}
