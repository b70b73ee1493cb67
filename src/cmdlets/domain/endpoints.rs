//! Persistent Chat endpoint cmdlets (`*-CsPersistentChatEndpoint`): the contact objects
//! legacy Group Chat clients look up. A chat pool may have several.

use crate::cmdlets::command::{Bound, CommandError, Host};
use crate::cmdlets::domain::output::get;
use crate::cmdlets::domain::params::{chat_pool, example, force, param};
use crate::cmdlets::domain::run::{apply, recorded, required, Change, Ctx, Run};
use crate::cmdlets::general::compare::{has_wildcard, wildcard_match};
use crate::cmdlets::spec::{CmdletSpec, ParamKind, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;
use crate::model::endpoints::NewChatEndpoint;
use crate::model::objects::Kind;
use crate::model::view::ObjectRef;
use crate::model::ChatEndpoint;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![new_endpoint(), get_endpoint(), remove_endpoint()]
}

fn new_endpoint() -> CmdletSpec {
    CmdletSpec {
        name: "New-ChatEndpoint",
        aliases: &["New-CsPersistentChatEndpoint"],
        synopsis: "Gives a Persistent Chat pool an endpoint: a contact legacy clients look up.",
        description: "The endpoint carries a SIP address legacy Group Chat clients were \
            configured with (e.g. sip:ocschat@contoso.com), so they find the new pool after \
            migration. A chat pool may have several endpoints; each SIP address is used once \
            (no other endpoint or user has it).",
        signature: Signature::new()
            .param(
                param(
                    "SipAddress",
                    ParamKind::String,
                    "The endpoint's SIP address (the legacy lookup address).",
                )
                .aliases(&["Identity"])
                .position(0)
                .mandatory(),
            )
            .param(chat_pool("The Persistent Chat pool the endpoint serves.").mandatory())
            .param(
                param(
                    "DisplayName",
                    ParamKind::String,
                    "The contact's display name.",
                )
                .recorded(),
            ),
        examples: vec![example(
            "Keep the legacy lookup address working.",
            concat!(
                chat_setup!(),
                "New-CsPersistentChatEndpoint -SipAddress sip:ocschat@contoso.com -PersistentChatPoolFqdn pchat.contoso.com -DisplayName 'Group Chat'\n\
                 (Get-ChatPool pchat.contoso.com).Endpoint"
            ),
            Some("sip:ocschat@contoso.com\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_new_endpoint)),
    }
}

fn run_new_endpoint(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let req = NewChatEndpoint {
        sip_address: required(b, "SipAddress")?,
        chat_pool: required(b, "ChatPool")?,
        recorded: recorded(b, Kind::ChatEndpoint)?,
    };
    let change = Change::new(Kind::ChatEndpoint, req.sip_address.clone());
    apply(host, b, out, change, |m, o| m.new_chat_endpoint(req, o))
}

fn get_endpoint() -> CmdletSpec {
    CmdletSpec {
        name: "Get-ChatEndpoint",
        aliases: &["Get-CsPersistentChatEndpoint"],
        synopsis: "Returns the Persistent Chat endpoints.",
        description: "Without -Identity every endpoint. -ChatPool keeps the endpoints of one \
            pool; -Filter takes an OPATH block ({DisplayName -like '*chat*'}) or a wildcard \
            pattern matched against SIP address and display name; -OU keeps the endpoints \
            whose contact lies under that container (endpoint contacts live in the \
            configuration container CN=Application Contacts,CN=RTC Service,CN=Services, \
            CN=Configuration of the forest, never in a user OU); -ResultSize limits the count.",
        signature: Signature::new()
            .param(
                param(
                    "Identity",
                    ParamKind::String,
                    "The endpoint's SIP address; wildcards (* and ?) select several.",
                )
                .position(0)
                .from_pipeline()
                .from_pipeline_by_property_name(),
            )
            .param(chat_pool("Keeps the endpoints of this chat pool."))
            .param(param(
                "Filter",
                ParamKind::Any,
                "An OPATH block, or a wildcard pattern on SIP address and display name.",
            ))
            .param(param(
                "LdapFilter",
                ParamKind::String,
                "An LDAP filter on the endpoint contacts' attributes.",
            ))
            .param(param(
                "OU",
                ParamKind::String,
                "Keeps the endpoints whose contact lies under this container.",
            ))
            .param(param(
                "ResultSize",
                ParamKind::Any,
                "Returns at most this many endpoints (a number, or Unlimited).",
            ))
            .param(
                param(
                    "Credential",
                    ParamKind::Any,
                    "The account to query Active Directory with.",
                )
                .noted(),
            )
            .param(
                param(
                    "DomainController",
                    ParamKind::String,
                    "The domain controller to query.",
                )
                .noted(),
            ),
        examples: vec![example(
            "Show the endpoints of a pool.",
            concat!(
                chat_setup!(),
                "New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com -SipAddress sip:ocschat@contoso.com\n\
                 New-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com -SipAddress sip:gc@contoso.com\n\
                 Get-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com | ForEach-Object { $_.SipAddress }"
            ),
            Some("sip:ocschat@contoso.com\nsip:gc@contoso.com\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_endpoint)),
    }
}

fn run_get_endpoint(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let pool = b.string("ChatPool").filter(|p| !p.is_empty());
    let pattern = match b.get("Filter") {
        Some(Value::ScriptBlock(_)) | None => None,
        Some(v) => Some(v.to_display_string()),
    };
    let ou = b.string("OU").filter(|o| !o.trim().is_empty());
    let limit = result_size(b)?;
    let contacts: Vec<(String, String)> = {
        let model = host.model();
        model
            .chat_endpoints()
            .iter()
            .map(|e| (e.sip_address.to_ascii_lowercase(), contact_dn(model, e)))
            .collect()
    };
    let first = out.len();
    get(host, b, out, Kind::ChatEndpoint, |o| {
        let ObjectRef::ChatEndpoint(e) = o else {
            return false;
        };
        let dn = contacts
            .iter()
            .find(|(sip, _)| sip.eq_ignore_ascii_case(&e.sip_address))
            .map_or("", |(_, dn)| dn.as_str());
        pool.as_deref()
            .is_none_or(|p| e.chat_pool.eq_ignore_ascii_case(p))
            && pattern.as_deref().is_none_or(|p| pattern_matches(p, e))
            && ou.as_deref().is_none_or(|ou| under(dn, ou))
    })?;
    if let Some(limit) = limit {
        out.truncate(first + limit);
    }
    Ok(())
}

/// The distinguished name of an endpoint's contact: the configuration container of its
/// chat pool's forest (`corp.local` → `DC=corp,DC=local`).
fn contact_dn(model: &crate::model::Model, endpoint: &ChatEndpoint) -> String {
    let forest = model.forest_of_chat_pool(&endpoint.chat_pool);
    let domain: Vec<String> = forest.split('.').map(|p| format!("DC={p}")).collect();
    let local = endpoint
        .sip_address
        .trim_start_matches("sip:")
        .split('@')
        .next()
        .unwrap_or_default();
    format!(
        "CN={local},CN=Application Contacts,CN=RTC Service,CN=Services,CN=Configuration,{}",
        domain.join(",")
    )
}

/// Whether `dn` is `container` or lies under it (case-insensitive, spaces after commas
/// ignored).
fn under(dn: &str, container: &str) -> bool {
    let norm = |s: &str| {
        s.split(',')
            .map(|p| p.trim().to_ascii_lowercase())
            .collect::<Vec<_>>()
    };
    let (dn, container) = (norm(dn), norm(container));
    dn.len() >= container.len() && dn[dn.len() - container.len()..] == container[..]
}

/// `-Filter` text: a wildcard pattern (or plain text, matched whole) on the SIP address (with
/// or without `sip:`) or the display name.
fn pattern_matches(pattern: &str, endpoint: &ChatEndpoint) -> bool {
    let sip = &endpoint.sip_address;
    let bare = sip.get(4..).unwrap_or(sip);
    let name = endpoint.display_name.as_deref().unwrap_or_default();
    let hit = |text: &str| {
        if has_wildcard(pattern) {
            wildcard_match(pattern, text, false)
        } else {
            text.eq_ignore_ascii_case(pattern)
        }
    };
    hit(sip) || hit(bare) || hit(name)
}

/// `-ResultSize`: a whole number from 0, or `Unlimited`.
pub(crate) fn result_size(b: &Bound) -> Result<Option<usize>, CommandError> {
    let Some(value) = b.get("ResultSize") else {
        return Ok(None);
    };
    let text = value.to_display_string();
    if text.trim().eq_ignore_ascii_case("unlimited") {
        return Ok(None);
    }
    match text.trim().parse::<u32>() {
        Ok(n) => Ok(Some(n as usize)),
        Err(_) => Err(RuntimeError::new(
            INVALID_VALUE,
            format!("-ResultSize takes a whole number from 0 to 4294967295, or Unlimited; '{text}' is not one"),
            b.span_of("ResultSize"),
        )
        .with_help("e.g. -ResultSize 100, or -ResultSize Unlimited")
        .into()),
    }
}

fn remove_endpoint() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-ChatEndpoint",
        aliases: &["Remove-CsPersistentChatEndpoint"],
        synopsis: "Removes Persistent Chat endpoints.",
        description: "-Identity is the endpoint's SIP address, or a chat pool's FQDN to remove \
            every endpoint of that pool; Get-ChatEndpoint output pipes in.",
        signature: Signature::new()
            .param(
                param(
                    "Identity",
                    ParamKind::String,
                    "The endpoint's SIP address, or its chat pool.",
                )
                .position(0)
                .mandatory()
                .from_pipeline()
                .from_pipeline_by_property_name(),
            )
            .param(force("Accepted; removing an endpoint asks for nothing in a script.")),
        examples: vec![example(
            "Remove the endpoints of a pool.",
            concat!(
                chat_setup!(),
                "New-ChatEndpoint -ChatPool pchat.contoso.com -SipAddress sip:ocschat@contoso.com\n\
                 Get-CsPersistentChatEndpoint -PersistentChatPoolFqdn pchat.contoso.com | Remove-CsPersistentChatEndpoint\n\
                 @(Get-ChatEndpoint).Count"
            ),
            Some("0\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_endpoint)),
    }
}

fn run_remove_endpoint(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    let id = required(b, "Identity")?;
    let change = Change::new(Kind::ChatEndpoint, id.clone());
    apply(host, b, out, change, |m, o| m.remove_chat_endpoint(&id, o))
}

#[cfg(test)]
mod tests {
    use super::under;

    #[test]
    fn a_contact_lies_under_its_containers() {
        let dn = "CN=gc,CN=Application Contacts,CN=RTC Service,CN=Services,CN=Configuration,DC=contoso,DC=com";
        assert!(under(dn, "CN=Configuration,DC=contoso,DC=com"));
        assert!(under(dn, "cn=configuration, dc=contoso, dc=com"));
        assert!(under(dn, "DC=contoso,DC=com"));
        assert!(!under(dn, "OU=Sales,DC=contoso,DC=com"));
    }
}
