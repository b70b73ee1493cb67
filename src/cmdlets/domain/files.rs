//! The domain cmdlets that write and read files: `Save-Topology` / `Import-Topology` (a state
//! file from inside the language, same format as `--state`) and `Export-ChatData` /
//! `Import-ChatData` (the two-step form of `Move-ChatData`, with the same rules and codes).
//!
//! Every access goes through the session's file gate ([`crate::cmdlets::file_io`]): paths are
//! contained, writes are atomic under the state file's lock discipline and, as in PowerShell,
//! stay written if the run later fails (cli.md). A missing parent folder is created, so a
//! rehearsal of a script that writes `.\export\chat.json` does not fail only because the
//! rehearsal machine lacks the folder.
//!
//! Under `-WhatIf` and in a dry run a writing cmdlet prints
//! `What if: Performing the operation "Output to File" on target "<path>".` and writes nothing;
//! what it would have written stays in the session, and a reading cmdlet under `-WhatIf` or in
//! a dry run reads that text before the disk, so `coexist plan` of the real export-then-import
//! script sees the exported data. A real write of the path drops the kept text; a real read
//! never sees it.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::params::{chat_pool, example, param};
use crate::cmdlets::domain::run::{
    apply, choice, list, missing, model_error, timestamp, Change, Ctx, Run,
};
use crate::cmdlets::file_io::{self, FileArg, WriteOptions};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::files::{Content, WriteHow};
use crate::model::migration::{ChatData, ExportLevel, ExportOptions};
use crate::model::objects::Kind;
use crate::model::{Model, ModelError, Outcome};
use crate::state::{self, StateError};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The `format` tag of a chat data file.
pub const CHAT_DATA_FORMAT: &str = "coexist-chat-data";
/// The newest chat data file version this build reads and the one it writes.
pub const CHAT_DATA_VERSION: u32 = 1;

/// Model parameter → cmdlet parameter, so rules about `-ChatPool` blame `-DBInstance` when
/// that is how the pool was named.
const RENAMES: &[(&str, &str)] = &[("ChatPool", "DBInstance")];

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        export_chat_data(),
        import_chat_data(),
        save_topology(),
        import_topology(),
    ]
}

/// `-DBInstance`: the pool's back-end SQL Server instance.
fn db_instance() -> crate::cmdlets::spec::ParamSpec {
    param(
        "DBInstance",
        ParamKind::String,
        "The chat pool's back-end SQL Server instance (its BackEnd, default <fqdn>\\rtc), instead of -ChatPool.",
    )
}

const LEVELS: &[&str] = &["All", "User", "Category", "RoomDirectory", "Content"];

fn export_chat_data() -> CmdletSpec {
    let mut signature = Signature::new()
        .param(chat_pool("The chat pool to export."))
        .param(db_instance())
        .param(param(
            "Legacy",
            ParamKind::Switch,
            "Export from a legacy Group Chat pool (2007 R2 or 2010).",
        ))
        .param(param("FileName", ParamKind::String, "The JSON file to write.").sets(&["FileName"]))
        .param(
            param(
                "AsBytes",
                ParamKind::Switch,
                "Outputs the data as bytes (for Import-ChatData -ByteInput) instead of writing a file.",
            )
            .sets(&["AsBytes"]),
        )
        .param(
            param(
                "Level",
                ParamKind::Enum,
                "What to export: All (default) or Content (everything, messages included), RoomDirectory or User (categories, add-ins and rooms), Category (categories only).",
            )
            .values(LEVELS),
        )
        .param(param(
            "Scope",
            ParamKind::StringList,
            "Only these categories (with their sub-categories and rooms).",
        ))
        .param(param(
            "StartDate",
            ParamKind::String,
            "Only the messages posted on or after this date.",
        ))
        .param(param(
            "DisableExportedNodes",
            ParamKind::Switch,
            "Disables the exported rooms on the source once the data is exported.",
        ))
        .param(param("DBName", ParamKind::String, "The name of the chat database.").noted())
        .param(param("Report", ParamKind::String, "A log file of the export.").noted());
    signature.default_set = Some("FileName".into());
    CmdletSpec {
        name: "Export-ChatData",
        aliases: &["Export-CsPersistentChatData"],
        synopsis: "Writes a chat pool's categories, rooms, add-ins and messages to a JSON file (or bytes) for Import-ChatData.",
        description: "The first step of the two-step migration: name the pool with -ChatPool or \
            -DBInstance (its back-end instance, as the real cmdlet does). With -Legacy (or for a \
            Group Chat pool) the source rules of Move-ChatData apply: the pool must be stopped and \
            not migrated yet. -Level, -Scope and -StartDate narrow what is exported (-StartDate \
            at any level). The model changes only with -DisableExportedNodes. Under -WhatIf or \
            in a dry run the file is not written; what it would hold is kept in memory for \
            Import-ChatData.",
        signature,
        examples: vec![
            example(
                "Preview exporting the stopped Group Chat pool by its back-end instance.",
                concat!(
                    chat_setup!(),
                    "Stop-ChatPool gc.contoso.com\n\
                     Export-CsPersistentChatData -DBInstance gc.contoso.com\\rtc -Legacy -FileName chat.json -WhatIf"
                ),
                Some("What if: Performing the operation \"Output to File\" on target \"chat.json\".\n"),
            ),
            example(
                "Copy one category's rooms between Persistent Chat pools as bytes.",
                concat!(
                    sales_setup!(),
                    "New-ChatPool pchat2.contoso.com -HomePool lync2013.contoso.com -FileStore \\\\fs01\\pchat2\n\
                     Stop-ChatPool pchat2.contoso.com\n\
                     $bytes = Export-CsPersistentChatData -DBInstance pchat.contoso.com\\rtc -Scope Sales -AsBytes\n\
                     Import-CsPersistentChatData -DBInstance pchat2.contoso.com\\rtc -ByteInput $bytes\n\
                     (Get-ChatRoom -ChatPool pchat2.contoso.com).Identity"
                ),
                Some("pchat2.contoso.com\\Deals\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_export_chat_data)),
    }
}

fn run_export_chat_data(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let how = pool_arg(b)?;
    let file = if b.switch("AsBytes") {
        None
    } else {
        Some(file_io::resolve_param(host, b, "FileName")?)
    };
    let options = ExportOptions {
        level: choice(b, "Level", ExportLevel::parse, ExportLevel::ALL)?.unwrap_or_default(),
        scope: list(b, "Scope").unwrap_or_default(),
        start: timestamp(b, "StartDate")?,
    };
    let data = {
        let model = host.model();
        how.resolve(model)
            .and_then(|fqdn| model.export_chat_data(&fqdn, b.switch("Legacy"), &options))
            .map_err(|e| model_error(b, RENAMES, e))?
    };
    let text = chat_data_to_text(&data);
    match &file {
        Some(file) => write_file(host, b, file, &text)?,
        None => out.push(Value::array(
            text.bytes().map(|byte| Value::Int(byte.into())).collect(),
        )),
    }
    if b.switch("DisableExportedNodes") {
        let change = Change::new(Kind::ChatPool, data.source.clone());
        apply(host, b, &mut Vec::new(), change, |m, o| {
            Ok(m.disable_exported(&data, o))
        })?;
    }
    Ok(())
}

fn import_chat_data() -> CmdletSpec {
    let mut signature = Signature::new()
        .param(chat_pool(
            "The Persistent Chat pool that receives the data.",
        ))
        .param(db_instance())
        .param(
            param(
                "FileName",
                ParamKind::String,
                "The JSON file Export-ChatData wrote.",
            )
            .mandatory()
            .sets(&["FileName"]),
        )
        .param(
            param(
                "ByteInput",
                ParamKind::Any,
                "The bytes Export-ChatData -AsBytes output.",
            )
            .mandatory()
            .from_pipeline()
            .sets(&["ByteInput"]),
        )
        .param(param("Report", ParamKind::String, "A log file of the import.").noted());
    signature.default_set = Some("FileName".into());
    CmdletSpec {
        name: "Import-ChatData",
        aliases: &["Import-CsPersistentChatData"],
        synopsis: "Imports what Export-ChatData wrote (a file, or bytes) into a stopped Persistent Chat pool.",
        description: "The second step of the two-step migration, with the rules, effects and \
            warnings of Move-ChatData: the target (-ChatPool or -DBInstance) must be a stopped \
            Persistent Chat pool in the source's forest; nested categories are flattened and \
            disabled rooms left out; rooms keep their messages; a legacy source still in the \
            model becomes Migrated. Under -WhatIf or in a dry run a file the same run only \
            pretended to export is read from memory.",
        signature,
        examples: vec![example(
            "Preview the two-step migration of the Group Chat pool.",
            concat!(
                chat_setup!(),
                "Stop-ChatPool gc.contoso.com; Stop-ChatPool pchat.contoso.com\n\
                 Export-CsPersistentChatData -DBInstance gc.contoso.com\\rtc -Legacy -FileName chat.json -WhatIf\n\
                 Import-CsPersistentChatData -DBInstance pchat.contoso.com\\rtc -FileName chat.json -WhatIf"
            ),
            Some(
                "What if: Performing the operation \"Output to File\" on target \"chat.json\".\n\
                 What if: Performing the operation \"Import-ChatData\" on target \"pchat.contoso.com\".\n",
            ),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_import_chat_data)),
    }
}

fn run_import_chat_data(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let how = pool_arg(b)?;
    let data = match b.get("ByteInput") {
        Some(bytes) => {
            let text = bytes_text(b, bytes)?;
            parse_chat_data(Path::new("ByteInput"), &text).map_err(|e| {
                let reason = match &e {
                    StateError::NewerVersion { found, .. } => format!(
                        "they hold chat data format version {found}; this coexist reads version {CHAT_DATA_VERSION} and older"
                    ),
                    _ => "they are not chat data Export-ChatData wrote".to_string(),
                };
                CommandError::from(
                    RuntimeError::new(
                        e.code(),
                        format!("cannot import the -ByteInput bytes: {reason}"),
                        b.span_of("ByteInput"),
                    )
                    .with_help(BYTES_HELP),
                )
            })?
        }
        None => {
            let file = file_io::resolve_param(host, b, "FileName")?;
            let text = file_io::read_text(host, b, &file, None)?;
            parse_chat_data(Path::new(file.typed()), &text)
                .map_err(|e| content_error(&file, "chat data file", e))?
        }
    };
    let change = Change::new(Kind::ChatPool, how.typed()).renames(RENAMES);
    apply(host, b, out, change, |m, o| {
        let fqdn = how.resolve(m)?;
        m.import_chat_data(&fqdn, &data, o)
    })
}

/// How to pass exported bytes, for the help of `-ByteInput` errors.
const BYTES_HELP: &str = "pass the whole array Export-CsPersistentChatData -AsBytes output: $bytes = Export-CsPersistentChatData … -AsBytes; Import-CsPersistentChatData … -ByteInput $bytes";

/// The text of `-ByteInput`: an array of byte values (0 to 255) holding UTF-8 text.
fn bytes_text(b: &Bound, value: &Value) -> Result<String, CommandError> {
    let invalid = |why: &str| -> CommandError {
        RuntimeError::new(
            INVALID_VALUE,
            format!("-ByteInput takes the bytes Export-ChatData -AsBytes output: {why}"),
            b.span_of("ByteInput"),
        )
        .with_help(BYTES_HELP)
        .into()
    };
    let bytes: Vec<u8> = value
        .clone()
        .into_items()
        .iter()
        .map(|item| match item {
            Value::Int(i) => u8::try_from(*i).ok(),
            _ => None,
        })
        .collect::<Option<_>>()
        .ok_or_else(|| invalid("an item is not a byte (a whole number from 0 to 255)"))?;
    String::from_utf8(bytes).map_err(|_| invalid("the bytes are not UTF-8 text"))
}

fn save_topology() -> CmdletSpec {
    CmdletSpec {
        name: "Save-Topology",
        aliases: &[],
        synopsis: "Writes the whole model to a state file, in the format of --state.",
        description: "The file is written atomically (a temp file beside it, flushed, then \
            renamed) and stays written if the run later fails. Under -WhatIf or in a dry run it \
            is not written; Import-Topology of the same path later in that run reads what it \
            would hold.",
        signature: Signature::new().param(
            param("Path", ParamKind::String, "The state file to write.")
                .position(0)
                .mandatory(),
        ),
        examples: vec![example(
            "Preview saving the model.",
            "New-Site Redmond\nSave-Topology topology.json -WhatIf",
            Some("What if: Performing the operation \"Output to File\" on target \"topology.json\".\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_save_topology)),
    }
}

fn run_save_topology(
    host: &mut Ctx<'_>,
    b: &Bound,
    _out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let file = file_io::resolve_param(host, b, "Path")?;
    let text = state::to_text(host.model());
    write_file(host, b, &file, &text)
}

fn import_topology() -> CmdletSpec {
    CmdletSpec {
        name: "Import-Topology",
        aliases: &[],
        synopsis: "Replaces the model with the one in a state file written by Save-Topology or --state.",
        description: "A missing, invalid or newer-version file is a coexist::state error on -Path \
            and leaves the model alone. Objects read from the file are reported as defined in \
            the state file.",
        signature: Signature::new().param(
            param("Path", ParamKind::String, "The state file to read.")
                .position(0)
                .mandatory(),
        ),
        examples: vec![example(
            "Preview saving the model and reading it back.",
            "New-Site Redmond\nSave-Topology topology.json -WhatIf\nImport-Topology topology.json -WhatIf",
            Some(
                "What if: Performing the operation \"Output to File\" on target \"topology.json\".\n\
                 What if: Performing the operation \"Import-Topology\" on target \"topology.json\".\n",
            ),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_import_topology)),
    }
}

fn run_import_topology(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let file = file_io::resolve_param(host, b, "Path")?;
    let text = file_io::read_text(host, b, &file, None)?;
    let model = state::parse(Path::new(file.typed()), &text)
        .map_err(|e| content_error(&file, "state file", e))?;
    let typed = file.typed().to_string();
    let change = Change::new(Kind::Site, typed.clone());
    apply(host, b, out, change, move |m, _origin| {
        *m = model;
        Ok(Outcome::of(typed))
    })
}

/// How a chat data cmdlet names its pool.
enum PoolArg {
    /// `-ChatPool FQDN`.
    Fqdn(String),
    /// `-DBInstance host\instance`.
    BackEnd(String),
}

impl PoolArg {
    /// The pool's FQDN in `model`, or `unknown_chat_pool` on the argument.
    fn resolve(&self, model: &Model) -> Result<String, ModelError> {
        match self {
            PoolArg::Fqdn(fqdn) => model
                .find_chat_pool(fqdn, "ChatPool")
                .map(|c| c.fqdn.clone()),
            PoolArg::BackEnd(instance) => model
                .find_chat_pool_by_back_end(instance, "DBInstance")
                .map(|c| c.fqdn.clone()),
        }
    }

    /// The argument as typed (the What-if target when the pool cannot be found).
    fn typed(&self) -> String {
        match self {
            PoolArg::Fqdn(s) | PoolArg::BackEnd(s) => s.clone(),
        }
    }
}

/// `-ChatPool` or `-DBInstance` (exactly one).
fn pool_arg(b: &Bound) -> Result<PoolArg, CommandError> {
    let given = |p: &str| b.string(p).filter(|s| !s.trim().is_empty());
    match (given("ChatPool"), given("DBInstance")) {
        (Some(_), Some(_)) => Err(RuntimeError::new(
            INVALID_VALUE,
            format!("{} takes -ChatPool or -DBInstance, not both", b.command),
            b.span_of("DBInstance"),
        )
        .with_help("name the pool once: -ChatPool <FQDN> or -DBInstance <server\\instance>")
        .into()),
        (Some(fqdn), None) => Ok(PoolArg::Fqdn(fqdn.trim().to_string())),
        (None, Some(instance)) => Ok(PoolArg::BackEnd(instance.trim().to_string())),
        (None, None) => Err(missing(
            b,
            "DBInstance",
            "<server\\instance> (the pool's BackEnd), or -ChatPool <FQDN>",
        )),
    }
}

/// Writes `text` to `file` (creating missing folders), or under `-WhatIf` / in a dry run
/// prints the `Output to File` What-if line and keeps the text in the session instead.
pub(crate) fn write_file(
    host: &mut Ctx<'_>,
    b: &Bound,
    file: &FileArg,
    text: &str,
) -> Result<(), CommandError> {
    let options = WriteOptions {
        how: WriteHow::Replace,
        create_folders: true,
    };
    file_io::write(host, b, file, Content::Text(text, None), options)
}

/// A file that was read but is not what the cmdlet reads, as a coded error on its argument.
fn content_error(file: &FileArg, what: &str, error: StateError) -> CommandError {
    let message = match &error {
        StateError::Invalid { reason, .. } => {
            format!("{} is not a valid coexist {what}: {reason}", file.typed())
        }
        StateError::NewerVersion { found, .. } => format!(
            "{} has {what} format version {found}; this coexist reads version {} and older",
            file.typed(),
            if what == "state file" {
                state::VERSION
            } else {
                CHAT_DATA_VERSION
            }
        ),
        StateError::TooLarge { reason, .. } => {
            format!(
                "{} is too large to be a coexist {what}: {reason}",
                file.typed()
            )
        }
        other => other.to_string(),
    };
    RuntimeError::new(error.code(), message, file.span)
        .with_help(error.help())
        .into()
}

#[derive(Serialize)]
struct ChatEnvelope<'a> {
    format: &'static str,
    version: u32,
    data: &'a ChatData,
}

#[derive(Deserialize)]
struct ChatHeader {
    format: Option<String>,
    version: Option<u64>,
}

#[derive(Deserialize)]
struct ChatLoaded {
    data: ChatData,
}

/// The JSON text of a chat data file: `{ "format": "coexist-chat-data", "version": 1,
/// "data": { … } }`, stable key order, trailing newline.
pub fn chat_data_to_text(data: &ChatData) -> String {
    let envelope = ChatEnvelope {
        format: CHAT_DATA_FORMAT,
        version: CHAT_DATA_VERSION,
        data,
    };
    let mut text = serde_json::to_string_pretty(&envelope).unwrap_or_default();
    text.push('\n');
    text
}

/// Parses the text of a chat data file (`coexist::state::invalid` / `newer_version` errors).
pub fn parse_chat_data(path: &Path, text: &str) -> Result<ChatData, StateError> {
    let invalid = |reason: String| StateError::Invalid {
        path: path.to_path_buf(),
        reason,
        text: Some(text.to_string()),
        position: None,
    };
    let header: ChatHeader = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
    if header.format.as_deref() != Some(CHAT_DATA_FORMAT) {
        return Err(invalid(format!(
            "the \"format\" field is not \"{CHAT_DATA_FORMAT}\" (write the file with Export-ChatData)"
        )));
    }
    match header.version {
        None => return Err(invalid("the \"version\" field is missing".to_string())),
        Some(v) if v > u64::from(CHAT_DATA_VERSION) => {
            return Err(StateError::NewerVersion {
                path: path.to_path_buf(),
                found: v,
            })
        }
        Some(_) => {}
    }
    let loaded: ChatLoaded = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
    Ok(loaded.data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::objects::ChatPoolKind;

    fn sample() -> ChatData {
        ChatData {
            source: "gc.contoso.com".into(),
            kind: ChatPoolKind::GroupChat2010,
            forest: "contoso.com".into(),
            categories: Vec::new(),
            rooms: Vec::new(),
            addins: Vec::new(),
            messages: Vec::new(),
        }
    }

    #[test]
    fn chat_data_round_trips_through_its_envelope() {
        let text = chat_data_to_text(&sample());
        assert!(text.starts_with("{\n  \"format\": \"coexist-chat-data\",\n  \"version\": 1,"));
        assert_eq!(
            parse_chat_data(Path::new("c.json"), &text).unwrap(),
            sample()
        );
    }

    #[test]
    fn foreign_broken_and_newer_chat_data_files_are_rejected() {
        let path = Path::new("c.json");
        let state = state::to_text(&Model::default());
        assert!(matches!(
            parse_chat_data(path, &state),
            Err(StateError::Invalid { .. })
        ));
        assert!(matches!(
            parse_chat_data(path, "{\"format\": \"coexist-chat-data\""),
            Err(StateError::Invalid { .. })
        ));
        assert!(matches!(
            parse_chat_data(path, "{\"format\": \"coexist-chat-data\", \"data\": {}}"),
            Err(StateError::Invalid { .. })
        ));
        let newer = "{\"format\": \"coexist-chat-data\", \"version\": 9, \"data\": {}}";
        assert!(matches!(
            parse_chat_data(path, newer),
            Err(StateError::NewerVersion { found: 9, .. })
        ));
    }
}
