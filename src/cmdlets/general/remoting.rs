//! New-, Import-, Enter-, Exit-, Remove- and Get-PSSession and New-PSSessionOption: the remoting
//! preamble of real Lync scripts (`New-PSSession -ConnectionUri https://pool/OcsPowershell`,
//! `Import-PSSession`).
//! coexist *is* the shell being rehearsed, so these connect to it: one note on stderr per
//! session, no effect, nothing is ever connected. A session to anything but a Lync pool's
//! management URL (an Exchange server, say) is `coexist::eval::unsupported`.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::object::UNSUPPORTED;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::{PsObject, Value};

/// The note the preamble commands print once per session.
pub const NOTE: &str =
    "coexist is the shell being rehearsed: module imports and remote sessions connect to it";

/// The path of a Lync pool's remote PowerShell endpoint.
const LYNC_ENDPOINT: &str = "/OcsPowershell";

/// Prints [`NOTE`] (once per session).
pub fn note(host: &mut dyn Host) {
    host.note("preamble", NOTE);
}

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        new_pssession(),
        new_pssession_option(),
        import_pssession(),
        enter_pssession(),
        exit_pssession(),
        remove_pssession(),
        get_pssession(),
    ]
}

/// A parameter accepted for compatibility, with no effect.
fn accepted(name: &str, kind: ParamKind, description: &str) -> ParamSpec {
    ParamSpec::new(name, kind, description)
}

/// The parameters that name where a session goes.
fn target_params(signature: Signature) -> Signature {
    signature
        .param(
            accepted(
                "ConnectionUri",
                ParamKind::String,
                "The pool's management URL, https://<pool>/OcsPowershell.",
            )
            .aliases(&["URI", "CU"]),
        )
        .param(
            accepted(
                "ComputerName",
                ParamKind::StringList,
                "The server to connect to.",
            )
            .aliases(&["Cn"])
            .position(0),
        )
        .param(accepted(
            "Credential",
            ParamKind::Any,
            "The account to connect as (not used).",
        ))
        .param(accepted(
            "Authentication",
            ParamKind::String,
            "How to authenticate (not used).",
        ))
        .param(accepted(
            "ConfigurationName",
            ParamKind::String,
            "The session configuration; Microsoft.Exchange is not supported.",
        ))
        .param(accepted(
            "SessionOption",
            ParamKind::Any,
            "Session options (not used).",
        ))
        .param(accepted("Port", ParamKind::Int, "The port (not used)."))
        .param(accepted(
            "UseSSL",
            ParamKind::Switch,
            "Use HTTPS (not used).",
        ))
        .param(accepted(
            "AllowRedirection",
            ParamKind::Switch,
            "Follow redirections (not used).",
        ))
}

fn new_pssession() -> CmdletSpec {
    CmdletSpec {
        name: "New-PSSession",
        aliases: &["nsn"],
        synopsis: "Opens a session to the Lync shell: in coexist, the shell being rehearsed.",
        description: "Accepts a Lync pool's management URL (https://<pool>/OcsPowershell) or a \
            server name and outputs a session object for Import-PSSession; nothing is \
            connected. Other endpoints (an Exchange server) are coexist::eval::unsupported.",
        signature: target_params(Signature::new()).param(accepted(
            "Name",
            ParamKind::String,
            "The session's name.",
        )),
        examples: vec![Example {
            description: "The usual first lines of a Lync script.",
            script: "$session = New-PSSession -ConnectionUri https://lyncpool.contoso.com/OcsPowershell -Authentication NegotiateWithImplicitCredential\n\
                     Import-PSSession $session -AllowClobber | Out-Null\n$session.State",
            output: Some("Opened\n"),
        }],
        mutating: false,
        factory: || Box::new(NewPsSession),
    }
}

/// New-PSSession.
struct NewPsSession;

impl Command for NewPsSession {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        check_target(args)?;
        note(host);
        let computer = match args.string("ConnectionUri") {
            Some(uri) => uri_host(&uri).to_string(),
            None => args
                .string("ComputerName")
                .unwrap_or_else(|| "localhost".into()),
        };
        let name = args.string("Name").unwrap_or_else(|| "Session1".into());
        let configuration = args
            .string("ConfigurationName")
            .unwrap_or_else(|| "Microsoft.PowerShell".into());
        let session = PsObject::new("System.Management.Automation.Runspaces.PSSession")
            .with("Id", Value::Int(1))
            .with("Name", Value::str(name))
            .with("ComputerName", Value::str(computer))
            .with("State", Value::str("Opened"))
            .with("ConfigurationName", Value::str(configuration))
            .with("Availability", Value::str("Available"));
        out.push(Value::object(session));
        Ok(())
    }
}

/// Refuses a session to anything but a Lync pool's management endpoint.
fn check_target(args: &Bound) -> Result<(), CommandError> {
    let unsupported = |what: String, param: &str| -> CommandError {
        RuntimeError::new(UNSUPPORTED, format!("{} to {what}: coexist rehearses only the Lync Server management shell", args.command), args.span_of(param))
            .with_help("connect to a Lync pool's https://<pool>/OcsPowershell, or run this part of the script in the real shell")
            .into()
    };
    if let Some(configuration) = args.string("ConfigurationName") {
        if configuration.to_ascii_lowercase().contains("exchange") {
            return Err(unsupported(configuration, "ConfigurationName"));
        }
    }
    if let Some(uri) = args.string("ConnectionUri") {
        let path = uri_path(&uri).trim_end_matches('/');
        if !path.eq_ignore_ascii_case(LYNC_ENDPOINT) {
            return Err(unsupported(uri, "ConnectionUri"));
        }
    }
    Ok(())
}

/// The host part of a URL (`https://pool.contoso.com/OcsPowershell` → `pool.contoso.com`).
fn uri_host(uri: &str) -> &str {
    let rest = uri.split_once("://").map_or(uri, |(_, rest)| rest);
    let host = rest.split('/').next().unwrap_or(rest);
    host.split(':').next().unwrap_or(host)
}

/// The path part of a URL (`/OcsPowershell`).
fn uri_path(uri: &str) -> &str {
    let rest = uri.split_once("://").map_or(uri, |(_, rest)| rest);
    rest.find('/').map_or("", |i| &rest[i..])
}

fn new_pssession_option() -> CmdletSpec {
    let mut signature = Signature::new();
    for (name, what) in [
        ("SkipCACheck", "Do not check the certificate's issuer"),
        ("SkipCNCheck", "Do not check the certificate's name"),
        (
            "SkipRevocationCheck",
            "Do not check the certificate's revocation",
        ),
        ("NoEncryption", "Do not encrypt"),
        ("NoCompression", "Do not compress"),
        ("NoMachineProfile", "Do not load the user's profile"),
        ("UseUTF16", "Encode in UTF-16"),
    ] {
        signature = signature.param(accepted(
            name,
            ParamKind::Switch,
            &format!("{what} (recorded, no effect)."),
        ));
    }
    for name in [
        "OperationTimeout",
        "OpenTimeout",
        "CancelTimeout",
        "IdleTimeout",
        "MaximumRedirection",
    ] {
        signature = signature.param(accepted(
            name,
            ParamKind::Int,
            "A limit in milliseconds or a count (recorded, no effect).",
        ));
    }
    for name in [
        "ProxyAccessType",
        "ProxyAuthentication",
        "Culture",
        "UICulture",
    ] {
        signature = signature.param(accepted(
            name,
            ParamKind::String,
            "A proxy or culture setting (recorded, no effect).",
        ));
    }
    signature = signature.param(accepted(
        "ProxyCredential",
        ParamKind::Any,
        "The proxy's account (not used).",
    ));
    CmdletSpec {
        name: "New-PSSessionOption",
        aliases: &[],
        synopsis: "Makes the options object New-PSSession -SessionOption takes.",
        description: "Outputs a PSSessionOption object holding the switches and limits given \
            (SkipCACheck, SkipCNCheck, SkipRevocationCheck, OperationTimeout, …), so the \
            remoting preamble of Lync scripts runs; coexist connects nothing, so they have no \
            effect.",
        signature,
        examples: vec![Example {
            description: "The options of a lab pool with a self-signed certificate.",
            script: "$so = New-PSSessionOption -SkipCACheck -SkipCNCheck -SkipRevocationCheck\n\
                     $s = New-PSSession -ConnectionUri https://lyncpool.contoso.com/OcsPowershell -SessionOption $so\n\
                     $so.SkipCACheck",
            output: Some("True\n"),
        }],
        mutating: false,
        factory: || Box::new(NewPsSessionOption),
    }
}

/// New-PSSessionOption.
struct NewPsSessionOption;

impl Command for NewPsSessionOption {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let mut option = PsObject::new("System.Management.Automation.Remoting.PSSessionOption");
        for name in [
            "SkipCACheck",
            "SkipCNCheck",
            "SkipRevocationCheck",
            "NoEncryption",
            "NoCompression",
            "NoMachineProfile",
            "UseUTF16",
        ] {
            option = option.with(name, Value::Bool(args.switch(name)));
        }
        for name in [
            "OperationTimeout",
            "OpenTimeout",
            "CancelTimeout",
            "IdleTimeout",
            "MaximumRedirection",
            "ProxyAccessType",
            "ProxyAuthentication",
            "Culture",
            "UICulture",
        ] {
            if let Some(value) = args.get(name) {
                option = option.with(name, value.clone());
            }
        }
        out.push(Value::object(option));
        Ok(())
    }
}

fn import_pssession() -> CmdletSpec {
    CmdletSpec {
        name: "Import-PSSession",
        aliases: &["ipsn"],
        synopsis: "Imports the Lync cmdlets of a session: in coexist they are already there.",
        description: "Accepts the session New-PSSession made and does nothing else: coexist \
            provides the Lync cmdlets itself. -Prefix (renamed cmdlets) is not supported.",
        signature: Signature::new()
            .param(
                accepted("Session", ParamKind::Any, "The session to import from.")
                    .position(0)
                    .mandatory(),
            )
            .param(accepted(
                "AllowClobber",
                ParamKind::Switch,
                "Lets imported cmdlets hide local ones (no effect).",
            ))
            .param(accepted(
                "DisableNameChecking",
                ParamKind::Switch,
                "Hides verb warnings (no effect).",
            ))
            .param(accepted(
                "CommandName",
                ParamKind::StringList,
                "Imports only these cmdlets (no effect: all are there).",
            ))
            .param(accepted(
                "Module",
                ParamKind::StringList,
                "Imports only these modules' cmdlets (no effect).",
            ))
            .param(accepted(
                "FormatTypeName",
                ParamKind::StringList,
                "Formatting types to import (no effect).",
            ))
            .param(accepted(
                "Prefix",
                ParamKind::String,
                "A prefix for the cmdlet nouns (not supported).",
            )),
        examples: vec![Example {
            description: "Import the pool's cmdlets, as scripts do before using them.",
            script: "Import-PSSession (New-PSSession -ConnectionUri https://lyncpool.contoso.com/OcsPowershell) -AllowClobber",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(ImportPsSession),
    }
}

/// Import-PSSession.
struct ImportPsSession;

impl Command for ImportPsSession {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if let Some(prefix) = args.string("Prefix") {
            return Err(RuntimeError::new(
                UNSUPPORTED,
                format!("Import-PSSession -Prefix {prefix}: coexist does not rename cmdlets"),
                args.span_of("Prefix"),
            )
            .with_help("remove -Prefix and call the cmdlets by their real names (Get-CsUser)")
            .into());
        }
        note(host);
        Ok(())
    }
}

fn enter_pssession() -> CmdletSpec {
    CmdletSpec {
        name: "Enter-PSSession",
        aliases: &["etsn"],
        synopsis: "Enters a session to the Lync shell: in coexist, the shell being rehearsed.",
        description: "Accepts the same targets as New-PSSession (or a session) and does \
            nothing else; the following commands run in coexist.",
        signature: target_params(Signature::new()).param(accepted(
            "Session",
            ParamKind::Any,
            "The session to enter.",
        )),
        examples: vec![Example {
            description: "Accepted and ignored.",
            script: "Enter-PSSession -ComputerName lyncfe01.contoso.com",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(Preamble { check: true }),
    }
}

fn exit_pssession() -> CmdletSpec {
    CmdletSpec {
        name: "Exit-PSSession",
        aliases: &["exsn"],
        synopsis: "Leaves an entered session (no effect in coexist).",
        description: "Accepted so scripts that enter and leave a session run unchanged.",
        signature: Signature::new(),
        examples: vec![Example {
            description: "Accepted and ignored.",
            script: "Exit-PSSession",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(Preamble { check: false }),
    }
}

fn remove_pssession() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-PSSession",
        aliases: &["rsn"],
        synopsis: "Closes a session (no effect in coexist, which connected nothing).",
        description: "Accepts sessions from the pipeline or by -Id, -Name or -ComputerName, as \
            the last lines of Lync scripts pass them, and does nothing else.",
        signature: Signature::new()
            .param(
                accepted("Session", ParamKind::Any, "The sessions to close.")
                    .position(0)
                    .from_pipeline(),
            )
            .param(accepted("Id", ParamKind::Any, "The sessions' ids."))
            .param(accepted(
                "Name",
                ParamKind::StringList,
                "The sessions' names.",
            ))
            .param(accepted(
                "ComputerName",
                ParamKind::StringList,
                "The sessions' servers.",
            )),
        examples: vec![Example {
            description: "The last line of a Lync script.",
            script: "Get-PSSession | Remove-PSSession",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(Preamble { check: false }),
    }
}

fn get_pssession() -> CmdletSpec {
    CmdletSpec {
        name: "Get-PSSession",
        aliases: &["gsn"],
        synopsis: "Lists open sessions: none in coexist, which connects nothing.",
        description: "Outputs nothing: New-PSSession opens no connection to list.",
        signature: Signature::new()
            .param(accepted("Name", ParamKind::StringList, "Session names.").position(0))
            .param(accepted("Id", ParamKind::Any, "Session ids."))
            .param(accepted(
                "ComputerName",
                ParamKind::StringList,
                "Session servers.",
            )),
        examples: vec![Example {
            description: "No sessions to list.",
            script: "@(Get-PSSession).Count",
            output: Some("0\n"),
        }],
        mutating: false,
        factory: || Box::new(Preamble { check: false }),
    }
}

/// Enter-, Exit-, Remove- and Get-PSSession: the note, nothing else.
struct Preamble {
    /// Check the target as New-PSSession does.
    check: bool,
}

impl Command for Preamble {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if self.check {
            check_target(args)?;
        }
        note(host);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_into_host_and_path() {
        let uri = "https://lyncpool.contoso.com:443/OcsPowershell/";
        assert_eq!(uri_host(uri), "lyncpool.contoso.com");
        assert_eq!(uri_path(uri), "/OcsPowershell/");
        assert_eq!(uri_path("lyncpool"), "");
    }
}
