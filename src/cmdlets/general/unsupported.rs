//! The commands that would reach past the rehearsal: start programs, open network connections,
//! run jobs or remote commands, change the machine. Each binds its usual parameters (so the
//! real call line is accepted as written) and then fails with `coexist::eval::unsupported`
//! naming it; nothing is ever started or connected.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::object::UNSUPPORTED;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;

/// One command coexist refuses to run.
struct Refused {
    name: &'static str,
    aliases: &'static [&'static str],
    /// What it would do, completing "It would …".
    would: &'static str,
    /// Its parameters, the positional ones first in position order.
    positional: &'static [&'static str],
    named: &'static [&'static str],
    switches: &'static [&'static str],
    /// The example: the call wrapped so the error is caught.
    example: &'static str,
}

/// The refused commands.
const REFUSED: &[Refused] = &[
    Refused {
        name: "Start-Process",
        aliases: &["saps", "start"],
        would: "start a program",
        positional: &["FilePath", "ArgumentList"],
        named: &["Credential", "WorkingDirectory", "RedirectStandardError", "RedirectStandardInput", "RedirectStandardOutput", "Verb", "WindowStyle"],
        switches: &["LoadUserProfile", "NoNewWindow", "PassThru", "Wait", "UseNewEnvironment"],
        example: "try { Start-Process notepad.exe -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Invoke-Item",
        aliases: &["ii"],
        would: "open a file with its program",
        positional: &["Path"],
        named: &["LiteralPath", "Filter", "Include", "Exclude", "Credential"],
        switches: &[],
        example: "try { Invoke-Item report.csv -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Invoke-WebRequest",
        aliases: &["iwr", "curl", "wget"],
        would: "open a network connection",
        positional: &["Uri"],
        named: &["Method", "Body", "Headers", "ContentType", "OutFile", "InFile", "Credential", "Proxy", "ProxyCredential", "TimeoutSec", "UserAgent", "SessionVariable", "WebSession", "MaximumRedirection", "Certificate", "CertificateThumbprint", "TransferEncoding"],
        switches: &["UseBasicParsing", "UseDefaultCredentials", "DisableKeepAlive", "PassThru"],
        example: "try { Invoke-WebRequest https://lyncpool.contoso.com -UseBasicParsing -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Invoke-RestMethod",
        aliases: &["irm"],
        would: "open a network connection",
        positional: &["Uri"],
        named: &["Method", "Body", "Headers", "ContentType", "OutFile", "InFile", "Credential", "Proxy", "ProxyCredential", "TimeoutSec", "UserAgent", "SessionVariable", "WebSession", "MaximumRedirection", "Certificate", "CertificateThumbprint", "TransferEncoding"],
        switches: &["UseBasicParsing", "UseDefaultCredentials", "DisableKeepAlive", "PassThru"],
        example: "try { Invoke-RestMethod https://api.contoso.com/users -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Test-Connection",
        aliases: &[],
        would: "send network packets",
        positional: &["ComputerName"],
        named: &["Count", "Source", "BufferSize", "Delay", "TimeToLive", "Credential", "Throttle", "Impersonation", "DcomAuthentication"],
        switches: &["Quiet", "AsJob"],
        example: "try { Test-Connection lyncfe01 -Count 1 -Quiet -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Test-NetConnection",
        aliases: &["tnc"],
        would: "open a network connection",
        positional: &["ComputerName"],
        named: &["Port", "CommonTCPPort", "InformationLevel", "Hops"],
        switches: &["TraceRoute"],
        example: "try { Test-NetConnection lyncfe01 -Port 443 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Send-MailMessage",
        aliases: &[],
        would: "send mail over the network",
        positional: &["To", "Subject", "Body", "SmtpServer"],
        named: &["From", "Cc", "Bcc", "Attachments", "Credential", "Port", "Priority", "Encoding", "DeliveryNotificationOption"],
        switches: &["BodyAsHtml", "UseSsl"],
        example: "try { Send-MailMessage -To admin@contoso.com -From lync@contoso.com -Subject Done -SmtpServer smtp -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Invoke-Command",
        aliases: &["icm"],
        would: "run commands on another machine or in another process",
        positional: &["ScriptBlock", "ArgumentList"],
        named: &["ComputerName", "Session", "ConnectionUri", "Credential", "FilePath", "JobName", "ConfigurationName", "Authentication", "InputObject", "ThrottleLimit", "Port", "SessionOption"],
        switches: &["AsJob", "HideComputerName", "UseSSL", "NoNewScope"],
        example: "try { Invoke-Command -ComputerName lyncfe01 -ScriptBlock { hostname } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Start-Job",
        aliases: &["sajb"],
        would: "start a background process",
        positional: &["ScriptBlock", "ArgumentList"],
        named: &["Name", "Credential", "FilePath", "InitializationScript", "InputObject", "Authentication"],
        switches: &["RunAs32"],
        example: "try { Start-Job { Get-User } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Stop-Process",
        aliases: &["kill", "spps"],
        would: "stop a process",
        positional: &["Id"],
        named: &["Name", "InputObject"],
        switches: &["Force", "PassThru"],
        example: "try { Stop-Process -Name RtcHost -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Restart-Computer",
        aliases: &[],
        would: "restart a machine",
        positional: &["ComputerName"],
        named: &["Credential", "Timeout", "For", "Delay", "Protocol"],
        switches: &["Force", "Wait"],
        example: "try { Restart-Computer lyncfe01 -Force -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Get-WmiObject",
        aliases: &["gwmi"],
        would: "query a machine over the network",
        positional: &["Class", "Property"],
        named: &["ComputerName", "Namespace", "Filter", "Query", "Credential", "Authentication", "Impersonation"],
        switches: &["List"],
        example: "try { Get-WmiObject Win32_Service -ComputerName lyncfe01 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
    Refused {
        name: "Get-CimInstance",
        aliases: &["gcim"],
        would: "query a machine over the network",
        positional: &["ClassName"],
        named: &["ComputerName", "Namespace", "Filter", "Query", "CimSession", "Property", "OperationTimeoutSec"],
        switches: &["KeyOnly", "Shallow"],
        example: "try { Get-CimInstance Win32_Service -ComputerName lyncfe01 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }",
    },
];

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    REFUSED.iter().map(spec).collect()
}

fn spec(refused: &'static Refused) -> CmdletSpec {
    let mut signature = Signature::new();
    for (i, name) in refused.positional.iter().enumerate() {
        signature = signature.param(
            ParamSpec::new(
                name,
                ParamKind::Any,
                "Accepted so the call binds; never used.",
            )
            .position(i),
        );
    }
    for name in refused.named {
        signature = signature.param(ParamSpec::new(
            name,
            ParamKind::Any,
            "Accepted so the call binds; never used.",
        ));
    }
    for name in refused.switches {
        signature = signature.param(ParamSpec::new(
            name,
            ParamKind::Switch,
            "Accepted so the call binds; never used.",
        ));
    }
    CmdletSpec {
        name: refused.name,
        aliases: refused.aliases,
        synopsis: "Not run by coexist, which never starts programs or opens connections.",
        description: "Binds its arguments, then fails with coexist::eval::unsupported naming \
            the command; nothing is started, connected or changed. Rehearse the Lync part of \
            the script in coexist and run this part in the real shell.",
        signature,
        examples: vec![Example {
            description: "The refusal is an error a script can catch.",
            script: refused.example,
            output: Some("coexist::eval::unsupported\n"),
        }],
        mutating: false,
        factory: || Box::new(Refuse),
    }
}

/// Every refused command.
struct Refuse;

impl Command for Refuse {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let would = REFUSED
            .iter()
            .find(|r| r.name == args.command)
            .map_or("reach outside the rehearsal", |r| r.would);
        Err(RuntimeError::new(
            UNSUPPORTED,
            format!(
                "{} is not supported: it would {would}, and coexist never starts programs, opens \
                 network connections or changes the machine",
                args.command
            ),
            args.command_span,
        )
        .with_help("rehearse the Lync part of the script in coexist and run this command in the real shell")
        .into())
    }
}
