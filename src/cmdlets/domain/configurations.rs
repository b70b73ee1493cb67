//! Persistent Chat configuration and compliance configuration settings
//! (`New-/Get-/Set-/Remove-CsPersistentChatConfiguration` and
//! `…-CsPersistentChatComplianceConfiguration`), at Global, site or service scope.
//!
//! Both kinds share one handler per verb through [`SettingsCmdlets`]: its parameters and how
//! its modelled values are read. `Set-` without `-Identity` changes Global; `-Instance` objects
//! from `Get-` or `New- -InMemory` are stored under Set-'s rules, or New-'s when they do not
//! exist yet.

use crate::cmdlets::command::{Bound, CommandError};
use crate::cmdlets::domain::instance;
use crate::cmdlets::domain::params::{example, force, param};
use crate::cmdlets::domain::run::{apply, recorded, required, Change, Ctx, Run};
use crate::cmdlets::domain::xds;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec};
use crate::eval::binder::CONVERSION;
use crate::eval::convert;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::model::objects::{PersistentChatComplianceConfiguration, PersistentChatConfiguration};
use crate::model::settings::{ChatSettings, ComplianceSettings, Settings, SettingsRequest};
use crate::model::timespan::TimeSpan;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        new_configuration(),
        get_configuration(),
        set_configuration(),
        remove_configuration(),
        new_compliance(),
        get_compliance(),
        set_compliance(),
        remove_compliance(),
    ]
}

/// A kind of settings as its cmdlets see it.
trait SettingsCmdlets: Settings {
    /// What the settings are, for parameter descriptions (`The configuration`).
    const WHAT: &'static str;
    /// The parameters New- and Set- both take for its properties.
    fn params() -> Vec<ParamSpec>;
    /// The modelled values the call gives.
    fn modelled(b: &Bound) -> Result<Self::Modelled, CommandError>;
}

impl SettingsCmdlets for PersistentChatConfiguration {
    const WHAT: &'static str = "The Persistent Chat configuration";

    fn params() -> Vec<ParamSpec> {
        vec![
            param(
                "DefaultChatHistory",
                ParamKind::Int,
                "Messages a room shows when a user joins it: 1 to 500 (default 30).",
            ),
            param(
                "MaxFileSizeKB",
                ParamKind::Int,
                "The largest file users may upload, in KB (default 20000).",
            )
            .recorded(),
            param(
                "ParticipantUpdateLimit",
                ParamKind::Int,
                "Room size above which the participant list stops updating (default 75).",
            )
            .recorded(),
            param(
                "RoomManagementUrl",
                ParamKind::String,
                "The web page where users manage their rooms.",
            )
            .recorded(),
        ]
    }

    fn modelled(b: &Bound) -> Result<ChatSettings, CommandError> {
        Ok(ChatSettings {
            default_chat_history: match b.get("DefaultChatHistory") {
                Some(v) => {
                    Some(convert::to_int(v).map_err(|_| not_a(b, "DefaultChatHistory", "number"))?)
                }
                None => None,
            },
        })
    }
}

impl SettingsCmdlets for PersistentChatComplianceConfiguration {
    const WHAT: &'static str = "The compliance configuration";

    fn params() -> Vec<ParamSpec> {
        vec![
            param("RunInterval", ParamKind::Any, "How often the compliance adapter runs: 00:01:00 to 30.00:00:00 (default 00:15:00)."),
            param("AdapterType", ParamKind::String, "The .NET type of the compliance adapter; none: nothing is kept.").recorded(),
            param("AdapterName", ParamKind::String, "The adapter's name.").recorded(),
            param("AdapterOutputDirectory", ParamKind::String, "The folder the adapter writes to.").recorded(),
            param("AddChatRoomDetails", ParamKind::Bool, "Adds room details to the output.").recorded(),
            param("AddUserDetails", ParamKind::Bool, "Adds user details to the output.").recorded(),
            param("OneChatRoomPerOutputFile", ParamKind::Bool, "Writes one output file per room.").recorded(),
            param("CreateFileAttachmentsManifest", ParamKind::Bool, "Writes a manifest of the files posted.").recorded(),
            param("CustomConfiguration", ParamKind::String, "Settings of a custom adapter (XML).").recorded(),
        ]
    }

    fn modelled(b: &Bound) -> Result<ComplianceSettings, CommandError> {
        Ok(ComplianceSettings {
            run_interval: b.get("RunInterval").map(|v| time_span(b, v)).transpose()?,
        })
    }
}

/// A `-RunInterval` value: a number is ticks (as PowerShell converts it), text a time span.
fn time_span(b: &Bound, value: &Value) -> Result<TimeSpan, CommandError> {
    let parsed = match value {
        Value::Int(ticks) => Some(TimeSpan::from_ticks(*ticks)),
        other => TimeSpan::parse(&other.to_display_string()),
    };
    parsed.ok_or_else(|| not_a(b, "RunInterval", "time span such as 00:15:00 or 1.00:00:00"))
}

/// `coexist::bind::conversion` on `param`: its value is not a `what`.
fn not_a(b: &Bound, param: &str, what: &str) -> CommandError {
    let text = b
        .get(param)
        .map(Value::to_display_string)
        .unwrap_or_default();
    RuntimeError::new(
        CONVERSION,
        format!("cannot bind \"{text}\" to -{param}: it is not a {what}"),
        b.span_of(param),
    )
    .with_help(format!("give a {what}"))
    .into()
}

/// The request the call describes.
fn request<T: SettingsCmdlets>(
    b: &Bound,
    identity: String,
) -> Result<SettingsRequest<T::Modelled>, CommandError> {
    Ok(SettingsRequest {
        identity,
        modelled: T::modelled(b)?,
        recorded: recorded(b, T::KIND)?,
    })
}

fn run_new<T: SettingsCmdlets>(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let req = request::<T>(b, required(b, "Identity")?)?;
    let change = Change::new(T::KIND, req.identity.clone());
    instance::create(host, b, out, change, |m, o| m.new_settings::<T>(req, o))
}

fn run_get<T: SettingsCmdlets>(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    xds::get_objects(host, b, out, T::KIND, |m, id| {
        m.find_settings::<T>(id, "Get-")
    })
}

fn run_set<T: SettingsCmdlets>(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    instance::set_or_create(host, b, out, T::KIND, set_existing::<T>, run_new::<T>)
}

fn set_existing<T: SettingsCmdlets>(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let identity = xds::given_identity(b).unwrap_or_else(|| "Global".to_string());
    let req = request::<T>(b, identity)?;
    let change = Change::new(T::KIND, req.identity.clone());
    apply(host, b, out, change, |m, o| m.set_settings::<T>(req, o))
}

fn run_remove<T: SettingsCmdlets>(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let change = Change::new(T::KIND, id.clone());
    apply(host, b, out, change, |m, o| m.remove_settings::<T>(&id, o))
}

// ---- Signatures ----

/// `-Identity` of New- and Remove-: mandatory, position 0.
fn scope_identity(description: &str) -> ParamSpec {
    param("Identity", ParamKind::String, description)
        .position(0)
        .mandatory()
}

fn new_signature<T: SettingsCmdlets>() -> Vec<ParamSpec> {
    let mut params = vec![
        scope_identity("Site:<site> or Service:PersistentChatServer:<pool FQDN>: where the new settings apply."),
        param("InMemory", ParamKind::Switch, "Returns the new settings without storing them; store them later with Set- -Instance."),
        force("Suppresses confirmation prompts; no rule of this cmdlet needs it."),
    ];
    params.extend(T::params());
    params
}

fn get_signature() -> Vec<ParamSpec> {
    vec![
        xds::identity("Global, Site:<site> or Service:PersistentChatServer:<pool FQDN>: the settings to return."),
        xds::filter("site:* or service:*"),
        xds::local_store(),
    ]
}

fn set_signature<T: SettingsCmdlets>() -> Vec<ParamSpec> {
    let mut params = vec![
        xds::identity("The settings to change (default Global)."),
        xds::instance(T::WHAT),
        force("Suppresses confirmation prompts; no rule of this cmdlet needs it."),
    ];
    params.extend(T::params());
    params
}

fn remove_signature() -> Vec<ParamSpec> {
    vec![
        scope_identity("The settings to remove; Global is reset to its defaults.")
            .from_pipeline_by_property_name(),
        force("Suppresses confirmation prompts; no rule of this cmdlet needs it."),
    ]
}

// ---- Persistent Chat configuration ----

fn new_configuration() -> CmdletSpec {
    CmdletSpec {
        name: "New-CsPersistentChatConfiguration",
        aliases: &[],
        synopsis:
            "Creates Persistent Chat configuration settings for a site or a Persistent Chat pool.",
        description: "Configuration settings decide the chat history a room shows on joining \
            (DefaultChatHistory, 1 to 500), the largest file users may upload and when the \
            participant list stops updating. Global settings always exist; a pool uses its \
            service settings, else its site's, else Global. -InMemory returns the settings \
            without storing them.",
        signature: xds::signature(new_signature::<PersistentChatConfiguration>()),
        examples: vec![
            example(
                "Give the Redmond site its own settings with a longer chat history.",
                "New-Site Redmond\n\
                 New-CsPersistentChatConfiguration -Identity site:Redmond -DefaultChatHistory 50\n\
                 (Get-CsPersistentChatConfiguration site:Redmond).DefaultChatHistory",
                Some("50\n"),
            ),
            example(
                "Prepare settings in memory, change them, then store them.",
                "New-Site Redmond\n\
                 $settings = New-CsPersistentChatConfiguration -Identity site:Redmond -InMemory\n\
                 $settings.ParticipantUpdateLimit = 120\n\
                 Set-CsPersistentChatConfiguration -Instance $settings\n\
                 (Get-CsPersistentChatConfiguration site:Redmond).ParticipantUpdateLimit",
                Some("120\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_new::<PersistentChatConfiguration>)),
    }
}

fn get_configuration() -> CmdletSpec {
    CmdletSpec {
        name: "Get-CsPersistentChatConfiguration",
        aliases: &[],
        synopsis: "Returns Persistent Chat configuration settings.",
        description: "Without -Identity every collection, Global first; -Filter keeps those \
            whose identity matches a wildcard (site:*, service:*).",
        signature: xds::signature(get_signature()),
        examples: vec![example(
            "List the identities of every collection of settings.",
            "New-Site Redmond\nNew-CsPersistentChatConfiguration site:Redmond\n\
             Get-CsPersistentChatConfiguration | ForEach-Object { $_.Identity }",
            Some("Global\nSite:Redmond\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get::<PersistentChatConfiguration>)),
    }
}

fn set_configuration() -> CmdletSpec {
    CmdletSpec {
        name: "Set-CsPersistentChatConfiguration",
        aliases: &[],
        synopsis: "Changes Persistent Chat configuration settings.",
        description: "Without -Identity the Global settings change. Piped settings (from Get- or \
            New- -InMemory) bind to -Instance and are stored with the values the call adds.",
        signature: xds::signature(set_signature::<PersistentChatConfiguration>()),
        examples: vec![example(
            "Show 100 messages of history everywhere.",
            "Get-CsPersistentChatConfiguration | Set-CsPersistentChatConfiguration -DefaultChatHistory 100\n\
             (Get-CsPersistentChatConfiguration Global).DefaultChatHistory",
            Some("100\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_set::<PersistentChatConfiguration>)),
    }
}

fn remove_configuration() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-CsPersistentChatConfiguration",
        aliases: &[],
        synopsis: "Removes site or service Persistent Chat settings (Global is reset).",
        description: "The pools the settings applied to fall back to their site's settings, \
            then Global. Removing Global resets it to its defaults.",
        signature: xds::signature(remove_signature()),
        examples: vec![example(
            "Remove every site's settings.",
            "New-Site Redmond\nNew-CsPersistentChatConfiguration site:Redmond\n\
             Get-CsPersistentChatConfiguration -Filter site:* | Remove-CsPersistentChatConfiguration\n\
             @(Get-CsPersistentChatConfiguration).Count",
            Some("1\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove::<PersistentChatConfiguration>)),
    }
}

// ---- Compliance configuration ----

fn new_compliance() -> CmdletSpec {
    CmdletSpec {
        name: "New-CsPersistentChatComplianceConfiguration",
        aliases: &[],
        synopsis: "Creates Persistent Chat compliance settings for a site or a Persistent Chat pool.",
        description: "Compliance settings say how often the compliance adapter runs \
            (RunInterval, 00:01:00 to 30.00:00:00) and what it writes. Global settings always \
            exist. -InMemory returns the settings without storing them.",
        signature: xds::signature(new_signature::<PersistentChatComplianceConfiguration>()),
        examples: vec![example(
            "Run the adapter every half hour in Redmond.",
            "New-Site Redmond\n\
             New-CsPersistentChatComplianceConfiguration -Identity site:Redmond -RunInterval 00:30:00 -AddUserDetails $true\n\
             (Get-CsPersistentChatComplianceConfiguration site:Redmond).RunInterval",
            Some("00:30:00\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new::<PersistentChatComplianceConfiguration>)),
    }
}

fn get_compliance() -> CmdletSpec {
    CmdletSpec {
        name: "Get-CsPersistentChatComplianceConfiguration",
        aliases: &[],
        synopsis: "Returns Persistent Chat compliance settings.",
        description: "Without -Identity every collection, Global first; -Filter keeps those \
            whose identity matches a wildcard.",
        signature: xds::signature(get_signature()),
        examples: vec![example(
            "Show how often the adapter runs by default.",
            "(Get-CsPersistentChatComplianceConfiguration -Identity Global).RunInterval",
            Some("00:15:00\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get::<PersistentChatComplianceConfiguration>)),
    }
}

fn set_compliance() -> CmdletSpec {
    CmdletSpec {
        name: "Set-CsPersistentChatComplianceConfiguration",
        aliases: &[],
        synopsis: "Changes Persistent Chat compliance settings.",
        description: "Without -Identity the Global settings change; piped settings bind to \
            -Instance.",
        signature: xds::signature(set_signature::<PersistentChatComplianceConfiguration>()),
        examples: vec![example(
            "Run the adapter every ten minutes.",
            "Set-CsPersistentChatComplianceConfiguration -RunInterval 00:10:00\n\
             (Get-CsPersistentChatComplianceConfiguration).RunInterval",
            Some("00:10:00\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_set::<PersistentChatComplianceConfiguration>)),
    }
}

fn remove_compliance() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-CsPersistentChatComplianceConfiguration",
        aliases: &[],
        synopsis: "Removes site or service compliance settings (Global is reset).",
        description: "Removing Global resets it to its defaults.",
        signature: xds::signature(remove_signature()),
        examples: vec![example(
            "Reset the Global compliance settings.",
            "Set-CsPersistentChatComplianceConfiguration -RunInterval 1.00:00:00\n\
             Remove-CsPersistentChatComplianceConfiguration Global\n\
             (Get-CsPersistentChatComplianceConfiguration).RunInterval",
            Some("00:15:00\n"),
        )],
        mutating: true,
        factory: || {
            Box::new(Run::new(
                run_remove::<PersistentChatComplianceConfiguration>,
            ))
        },
    }
}
