//! Test-Path, New-Item, Get-Item, Get-ChildItem, Copy-Item, Remove-Item and Resolve-Path: files and folders as items, through the
//! session's file gate. Only the contained folders can be tested, created or removed, and a
//! contained folder itself can never be removed. Links cannot be created.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::file_io::{self, FileArg};
use crate::cmdlets::general::compare::wildcard_match;
use crate::cmdlets::general::content::{file_args, literal_path_param, path_param};
use crate::cmdlets::general::object::UNSUPPORTED;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::{PsObject, Value};
use crate::files::{Content, Entry, Mode, WriteHow};

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        test_path(),
        new_item(),
        get_item(),
        get_child_item(),
        copy_item(),
        remove_item(),
        resolve_path(),
    ]
}

fn test_path() -> CmdletSpec {
    CmdletSpec {
        name: "Test-Path",
        aliases: &[],
        synopsis: "Tells whether a file or folder exists.",
        description: "Outputs True or False for each path: whether something is there, or with \
            -PathType Leaf a file, Container a folder. -IsValid only checks that the path names \
            a place coexist may use. In a dry run files and folders made or removed earlier in \
            the run count as made or removed. A path outside the contained folders is an error, \
            not False.",
        signature: Signature::new()
            .param(path_param("The paths to test.").from_pipeline())
            .param(literal_path_param())
            .param(
                ParamSpec::new(
                    "PathType",
                    ParamKind::Enum,
                    "What must be there: Any, Leaf (a file) or Container (a folder).",
                )
                .aliases(&["Type"])
                .values(&["Any", "Container", "Leaf"]),
            )
            .param(ParamSpec::new(
                "IsValid",
                ParamKind::Switch,
                "Only checks that the path is one coexist may use.",
            )),
        examples: vec![Example {
            description: "Create the log folder unless it exists.",
            script: "if (-not (Test-Path logs -PathType Container)) { New-Item logs -ItemType Directory | Out-Null }\n\
                     Test-Path logs\nTest-Path logs -PathType Leaf",
            output: Some("True\nFalse\n"),
        }],
        mutating: false,
        factory: || Box::new(TestPath),
    }
}

/// Test-Path.
struct TestPath;

impl Command for TestPath {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let files = file_args(host, args)?;
        let mode = file_io::read_mode(host, args);
        let wanted = args.string("PathType");
        for file in files {
            if args.switch("IsValid") {
                out.push(Value::Bool(true));
                continue;
            }
            let entry = file_io::gate(host, file.span)?.entry(&file.path, mode);
            let found = match (entry, wanted.as_deref()) {
                (Some(Entry::File), Some("Container")) => false,
                (Some(Entry::Folder), Some("Leaf")) => false,
                (found, _) => found.is_some(),
            };
            out.push(Value::Bool(found));
        }
        Ok(())
    }
}

fn new_item() -> CmdletSpec {
    CmdletSpec {
        name: "New-Item",
        aliases: &["ni", "mkdir", "md"],
        synopsis: "Creates a file or a folder.",
        description: "-ItemType Directory creates the folder and any missing folders above it; \
            File (the default) creates a file holding -Value. An existing item is an error \
            unless -Force, which keeps an existing folder and replaces a file. Links are not \
            supported. Under -WhatIf or in a dry run nothing is created, but later commands in \
            the run see the item.",
        signature: Signature::new()
            .param(path_param("Where to create the item."))
            .param(ParamSpec::new(
                "Name",
                ParamKind::String,
                "The new item's name, under -Path (default: the working folder).",
            ))
            .param(
                ParamSpec::new(
                    "ItemType",
                    ParamKind::Enum,
                    "File or Directory (links are not supported).",
                )
                .aliases(&["Type"])
                .values(&[
                    "File",
                    "Directory",
                    "SymbolicLink",
                    "Junction",
                    "HardLink",
                ]),
            )
            .param(
                ParamSpec::new("Value", ParamKind::Any, "The new file's content.").from_pipeline(),
            )
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Keeps an existing folder, replaces an existing file, creates missing folders.",
            )),
        examples: vec![Example {
            description: "A folder for the run's reports, and an empty marker file in it.",
            script: "New-Item -ItemType Directory -Path reports -Force | Out-Null\n\
                     (New-Item -Path reports -Name started.txt -ItemType File).Name",
            output: Some("started.txt\n"),
        }],
        mutating: true,
        factory: || Box::new(NewItem),
    }
}

/// New-Item.
struct NewItem;

impl Command for NewItem {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let kind = args.string("ItemType").unwrap_or_else(|| "File".into());
        if kind != "File" && kind != "Directory" {
            return Err(RuntimeError::new(
                UNSUPPORTED,
                format!("New-Item cannot create a {kind}: coexist creates files and folders only"),
                args.span_of("ItemType"),
            )
            .with_help("use -ItemType Directory or -ItemType File")
            .into());
        }
        for file in targets(host, args)? {
            let folder = kind == "Directory";
            let action = if folder {
                "Create Directory"
            } else {
                "Create File"
            };
            let mode = file_io::change_mode(host, args, action, &file);
            let force = args.switch("Force");
            let gate = file_io::gate(host, file.span)?;
            let result = match gate.entry(&file.path, mode) {
                Some(Entry::Folder) if folder && force => Ok(()),
                Some(Entry::File) if !folder && force => write_item(gate, &file, args, mode),
                Some(_) => Err(crate::files::FileError::Exists {
                    path: file.typed().to_string(),
                }),
                None if folder => gate.create_folder(&file.path, mode),
                None => write_item(gate, &file, args, mode),
            };
            result.map_err(|e| file_io::file_error(e, file.span))?;
            out.push(item_object(&file, folder, mode, host));
        }
        Ok(())
    }
}

/// Writes the file New-Item makes: `-Value` as text (missing folders made with `-Force`).
fn write_item(
    gate: &mut crate::files::FileGate,
    file: &FileArg,
    args: &Bound,
    mode: Mode,
) -> Result<(), crate::files::FileError> {
    let text = args
        .get("Value")
        .map(Value::to_display_string)
        .unwrap_or_default();
    let content = Content::Text(&text, None);
    gate.write(
        &file.path,
        content,
        WriteHow::Replace,
        args.switch("Force"),
        mode,
    )
}

/// The items New-Item makes: each `-Path` (joined with `-Name` when given).
fn targets(host: &mut dyn Host, args: &Bound) -> Result<Vec<FileArg>, CommandError> {
    let name = args.string("Name");
    let mut named = crate::cmdlets::general::content::paths(args);
    if named.is_empty() {
        match &name {
            Some(_) => named.push((".".into(), "Name")),
            None => return Err(file_io::no_path(args, "Path")),
        }
    }
    named
        .into_iter()
        .map(|(path, param)| {
            let typed = match &name {
                Some(name) => crate::cmdlets::general::path::join(&path, name),
                None => path,
            };
            let span = if name.is_some() {
                args.span_of("Name")
            } else {
                args.span_of(param)
            };
            file_io::resolve(host, &typed, span)
        })
        .collect()
}

/// The object New-Item outputs for a file or folder (PowerShell's FileInfo / DirectoryInfo,
/// reduced to the properties scripts read).
fn item_object(file: &FileArg, folder: bool, mode: Mode, host: &mut dyn Host) -> Value {
    let length = if folder {
        Value::Null
    } else {
        file_io::gate(host, file.span)
            .ok()
            .and_then(|g| g.read(&file.path, mode).ok())
            .map_or(Value::Int(0), |b| Value::Int(b.len() as i64))
    };
    let path = file.path.path();
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut object = PsObject::new(if folder {
        "System.IO.DirectoryInfo"
    } else {
        "System.IO.FileInfo"
    })
    .with("Mode", Value::str(if folder { "d-----" } else { "-a----" }))
    .with("Length", length)
    .with("Name", Value::str(name))
    .with("FullName", Value::str(path.display().to_string()))
    .with("PSIsContainer", Value::Bool(folder));
    object.default_display = 3;
    Value::object(object)
}

fn get_item() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Item",
        aliases: &["gi"],
        synopsis: "Outputs a file or folder as an item: Name, FullName, Length, Mode.",
        description: "Outputs PowerShell's FileInfo / DirectoryInfo reduced to the properties \
            scripts read (Mode, Length, Name, FullName, PSIsContainer) for each existing path. \
            A missing item is an error; in a dry run, files made earlier in the run are there \
            with their would-be length.",
        signature: Signature::new()
            .param(path_param("The files or folders.").from_pipeline())
            .param(literal_path_param())
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Accepted for PowerShell compatibility.",
            )),
        examples: vec![Example {
            description: "The size of a log file.",
            script: "Set-Content moves.log 'moved sip:ann@contoso.com'\n(Get-Item moves.log).Name",
            output: Some("moves.log\n"),
        }],
        mutating: false,
        factory: || Box::new(GetItem),
    }
}

/// Get-Item.
struct GetItem;

impl Command for GetItem {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        for file in file_args(host, args)? {
            let mode = file_io::read_mode(host, args);
            let entry = file_io::gate(host, file.span)?.entry(&file.path, mode);
            let Some(entry) = entry else {
                let missing = crate::files::FileError::NotFound {
                    path: file.typed().to_string(),
                    reason: "it does not exist".into(),
                };
                return Err(file_io::file_error(missing, file.span));
            };
            out.push(item_object(&file, entry == Entry::Folder, mode, host));
        }
        Ok(())
    }
}

fn get_child_item() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ChildItem",
        aliases: &["gci", "dir", "ls"],
        synopsis: "Lists the files and folders in a folder, as items.",
        description: "Outputs an item (Mode, Length, Name, FullName, PSIsContainer) for each \
            entry directly in each -Path folder (default: the working folder), folders first, \
            then files, each in name order. -Filter keeps names matching a wildcard, -File and \
            -Directory one kind. Only the contained folders can be listed; -Recurse is not \
            supported. In a dry run, files the run only pretended to write are listed too.",
        signature: Signature::new()
            .param(path_param("The folders to list.").from_pipeline())
            .param(literal_path_param())
            .param(
                ParamSpec::new("Filter", ParamKind::String, "A wildcard the names must match.")
                    .position(1),
            )
            .param(ParamSpec::new("File", ParamKind::Switch, "Lists files only."))
            .param(ParamSpec::new(
                "Directory",
                ParamKind::Switch,
                "Lists folders only.",
            ))
            .param(ParamSpec::new(
                "Recurse",
                ParamKind::Switch,
                "Lists sub-folders too (not supported).",
            ))
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Accepted for PowerShell compatibility.",
            )),
        examples: vec![Example {
            description: "The CSV files waiting in an input folder.",
            script: "New-Item -ItemType Directory inbox | Out-Null\n\
                     Set-Content inbox/wave2.csv 'Sip'\nSet-Content inbox/wave1.csv 'Sip'\nSet-Content inbox/notes.txt 'x'\n\
                     Get-ChildItem inbox -Filter *.csv | ForEach-Object { $_.Name }",
            output: Some("wave1.csv\nwave2.csv\n"),
        }],
        mutating: false,
        factory: || Box::new(GetChildItem),
    }
}

/// Get-ChildItem.
struct GetChildItem;

impl Command for GetChildItem {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if args.switch("Recurse") {
            return Err(RuntimeError::new(
                UNSUPPORTED,
                "Get-ChildItem -Recurse: coexist lists one folder at a time",
                args.span_of("Recurse"),
            )
            .with_help("list each folder with its own Get-ChildItem")
            .into());
        }
        let folders = if crate::cmdlets::general::content::paths(args).is_empty() {
            vec![file_io::resolve(host, ".", args.command_span)?]
        } else {
            file_args(host, args)?
        };
        let pattern = args.string("Filter");
        for folder in folders {
            let mode = file_io::read_mode(host, args);
            let entries = file_io::gate(host, folder.span)?
                .list(&folder.path, mode)
                .map_err(|e| file_io::file_error(e, folder.span))?;
            let is_file =
                file_io::gate(host, folder.span)?.entry(&folder.path, mode) == Some(Entry::File);
            for (name, entry) in entries {
                let keep = pattern
                    .as_deref()
                    .is_none_or(|p| wildcard_match(p, &name, false))
                    && !(args.switch("File") && entry == Entry::Folder)
                    && !(args.switch("Directory") && entry == Entry::File);
                if !keep {
                    continue;
                }
                let typed = if is_file {
                    folder.typed().to_string()
                } else {
                    crate::cmdlets::general::path::join(folder.typed(), &name)
                };
                let item = file_io::resolve(host, &typed, folder.span)?;
                out.push(item_object(&item, entry == Entry::Folder, mode, host));
            }
        }
        Ok(())
    }
}

fn copy_item() -> CmdletSpec {
    CmdletSpec {
        name: "Copy-Item",
        aliases: &["copy", "cp", "cpi"],
        synopsis: "Copies a file, as scripts do to keep a backup before changing it.",
        description: "Copies each -Path file to -Destination (into it, under the same name, when \
            it is a folder), replacing a file already there. Both ends must be inside the \
            contained folders. Folders are not copied (-Recurse is not supported). Under \
            -WhatIf or in a dry run it prints `What if: Performing the operation \"Copy File\"` \
            and later reads in the run see the would-be copy.",
        signature: Signature::new()
            .param(path_param("The files to copy.").from_pipeline())
            .param(literal_path_param())
            .param(
                ParamSpec::new("Destination", ParamKind::String, "The new file or its folder.")
                    .position(1)
                    .mandatory(),
            )
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Accepted for PowerShell compatibility.",
            ))
            .param(ParamSpec::new(
                "PassThru",
                ParamKind::Switch,
                "Outputs the new file as an item.",
            )),
        examples: vec![Example {
            description: "Keep a copy of the input before a run.",
            script: "Set-Content wave1.csv 'SipAddress'\nCopy-Item wave1.csv wave1.csv.bak\nGet-Content wave1.csv.bak",
            output: Some("SipAddress\n"),
        }],
        mutating: true,
        factory: || Box::new(CopyItem),
    }
}

/// Copy-Item.
struct CopyItem;

impl Command for CopyItem {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let destination = args.string("Destination").unwrap_or_default();
        for source in file_args(host, args)? {
            let mode = file_io::read_mode(host, args);
            let entry = file_io::gate(host, source.span)?.entry(&source.path, mode);
            if entry == Some(Entry::Folder) {
                return Err(RuntimeError::new(
                    UNSUPPORTED,
                    format!(
                        "Copy-Item of the folder {}: coexist copies files only",
                        source.typed()
                    ),
                    source.span,
                )
                .with_help("copy the files one by one")
                .into());
            }
            let bytes = file_io::read_bytes(host, args, &source)?;
            let mut target = file_io::resolve(host, &destination, args.span_of("Destination"))?;
            if file_io::gate(host, target.span)?.entry(&target.path, mode) == Some(Entry::Folder) {
                let name = source
                    .path
                    .path()
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let inside = crate::cmdlets::general::path::join(&destination, &name);
                target = file_io::resolve(host, &inside, args.span_of("Destination"))?;
            }
            let what = format!("Item: {} Destination: {}", source.typed(), target.typed());
            let write = if host.should_process(args, "Copy File", &what) && !host.dry_run() {
                Mode::Real
            } else {
                Mode::Pretend
            };
            file_io::gate(host, target.span)?
                .write(
                    &target.path,
                    Content::Bytes(&bytes),
                    WriteHow::Replace,
                    false,
                    write,
                )
                .map_err(|e| file_io::file_error(e, target.span))?;
            if args.switch("PassThru") {
                out.push(item_object(&target, false, write, host));
            }
        }
        Ok(())
    }
}

fn remove_item() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-Item",
        aliases: &["ri", "rm", "del", "erase", "rd", "rmdir"],
        synopsis: "Removes files and folders inside the contained folders.",
        description: "Removes each file, or folder (one with content only with -Recurse). A \
            contained folder itself (the script's or the working folder) cannot be removed, nor \
            anything outside them. Under -WhatIf or in a dry run it prints `What if: Performing \
            the operation \"Remove File\"` (or \"Remove Directory\") and removes nothing, but \
            later commands in the run see the item gone.",
        signature: Signature::new()
            .param(path_param("The files and folders to remove.").from_pipeline())
            .param(literal_path_param())
            .param(
                ParamSpec::new(
                    "Recurse",
                    ParamKind::Switch,
                    "Removes folders with their content.",
                )
                .aliases(&["r"]),
            )
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Accepted for PowerShell compatibility (hidden files are removed anyway).",
            )),
        examples: vec![Example {
            description: "Remove the previous run's report before writing a new one.",
            script: "Set-Content old-report.csv 'x'\n\
                     Remove-Item old-report.csv\nTest-Path old-report.csv",
            output: Some("False\n"),
        }],
        mutating: true,
        factory: || Box::new(RemoveItem),
    }
}

/// Remove-Item.
struct RemoveItem;

impl Command for RemoveItem {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        for file in file_args(host, args)? {
            let seen = file_io::read_mode(host, args);
            let entry = file_io::gate(host, file.span)?.entry(&file.path, seen);
            let action = if entry == Some(Entry::Folder) {
                "Remove Directory"
            } else {
                "Remove File"
            };
            let mode = file_io::change_mode(host, args, action, &file);
            file_io::gate(host, file.span)?
                .remove(&file.path, args.switch("Recurse"), mode)
                .map_err(|e| file_io::file_error(e, file.span))?;
        }
        Ok(())
    }
}

fn resolve_path() -> CmdletSpec {
    CmdletSpec {
        name: "Resolve-Path",
        aliases: &["rvpa"],
        synopsis: "Outputs the full path of an existing file or folder.",
        description: "Outputs an object whose Path property is the absolute path (with \
            -Relative, the path relative to the working folder). The item must exist (in a dry \
            run, or have been made earlier in the run).",
        signature: Signature::new()
            .param(path_param("The paths to resolve.").from_pipeline())
            .param(literal_path_param())
            .param(ParamSpec::new(
                "Relative",
                ParamKind::Switch,
                "Outputs the path relative to the working folder, as text.",
            )),
        examples: vec![Example {
            description: "The relative form of a file's path.",
            script: "Set-Content users.csv 'SipAddress'\nResolve-Path users.csv -Relative",
            output: Some(if cfg!(windows) {
                ".\\users.csv\n"
            } else {
                "./users.csv\n"
            }),
        }],
        mutating: false,
        factory: || Box::new(ResolvePath),
    }
}

/// Resolve-Path.
struct ResolvePath;

impl Command for ResolvePath {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        for file in file_args(host, args)? {
            let mode = file_io::read_mode(host, args);
            let gate = file_io::gate(host, file.span)?;
            if gate.entry(&file.path, mode).is_none() {
                let missing = crate::files::FileError::NotFound {
                    path: file.typed().to_string(),
                    reason: "it does not exist".into(),
                };
                return Err(file_io::file_error(missing, file.span));
            }
            let full = file.path.path();
            if args.switch("Relative") {
                let relative = full.strip_prefix(gate.base()).unwrap_or(full);
                let sep = std::path::MAIN_SEPARATOR;
                out.push(Value::str(format!(".{sep}{}", relative.display())));
            } else {
                let info = PsObject::new("System.Management.Automation.PathInfo")
                    .with("Path", Value::str(full.display().to_string()));
                out.push(Value::object(info));
            }
        }
        Ok(())
    }
}
