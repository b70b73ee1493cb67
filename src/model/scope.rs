//! XDS identities: the scopes that name configuration settings, policies and pool states.
//!
//! The real cmdlets name a collection of settings by where it applies: `Global`,
//! `Site:<site>`, `Service:<role>:<pool>` (`Service:PersistentChatServer:pchat.contoso.com`)
//! or, for policies, `Tag:<name>`. `Get-/Set-CsPersistentChatState` write the service without
//! its `Service:` prefix (`PersistentChatServer:pchat.contoso.com`). [`Scope::parse`] reads every
//! form once; each operation then accepts the forms its cmdlet takes and reports the others as
//! `invalid_scope`.

use std::fmt;

/// The role name of the Persistent Chat service in service identities.
pub const CHAT_SERVICE: &str = "PersistentChatServer";

/// A parsed XDS identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// `Global` (any casing).
    Global,
    /// `Site:<name>`.
    Site(String),
    /// `Service:<role>:<pool>`, or `<role>:<pool>` without the `Service:` prefix.
    Service {
        /// The service role (`PersistentChatServer`, `Registrar`, …).
        role: String,
        /// The pool FQDN.
        fqdn: String,
    },
    /// `Tag:<name>`: a per-user policy.
    Tag(String),
    /// A name without a scope prefix (`RedmondPolicy`, `pchat.contoso.com`).
    Bare(String),
}

impl Scope {
    /// Reads an identity; prefixes are case-insensitive and surrounding spaces ignored. Any
    /// `prefix:rest` that is not `Site:`, `Tag:` or `Service:` is read as `<role>:<pool>`.
    pub fn parse(text: &str) -> Scope {
        let text = text.trim();
        if text.eq_ignore_ascii_case("global") {
            return Scope::Global;
        }
        let Some((prefix, rest)) = text.split_once(':') else {
            return Scope::Bare(text.to_string());
        };
        if prefix.eq_ignore_ascii_case("site") {
            Scope::Site(rest.to_string())
        } else if prefix.eq_ignore_ascii_case("tag") {
            Scope::Tag(rest.to_string())
        } else if prefix.eq_ignore_ascii_case("service") {
            match rest.split_once(':') {
                Some((role, fqdn)) => Scope::service(role, fqdn),
                None => Scope::service("", rest),
            }
        } else {
            Scope::service(prefix, rest)
        }
    }

    fn service(role: &str, fqdn: &str) -> Scope {
        Scope::Service {
            role: role.to_string(),
            fqdn: fqdn.to_string(),
        }
    }

    /// The pool of a Persistent Chat service scope (`[Service:]PersistentChatServer:<fqdn>`).
    pub fn chat_service(&self) -> Option<&str> {
        match self {
            Scope::Service { role, fqdn } if role.eq_ignore_ascii_case(CHAT_SERVICE) => Some(fqdn),
            _ => None,
        }
    }

    /// The identity of the Persistent Chat service of `fqdn`, as configuration settings name it.
    pub fn chat_service_identity(fqdn: &str) -> String {
        format!("Service:{CHAT_SERVICE}:{fqdn}")
    }
}

impl fmt::Display for Scope {
    /// The canonical identity: `Global`, `Site:Redmond`, `Service:PersistentChatServer:pool`,
    /// `Tag:name`, or the bare name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Global => f.write_str("Global"),
            Scope::Site(site) => write!(f, "Site:{site}"),
            Scope::Service { role, fqdn } => write!(f, "Service:{role}:{fqdn}"),
            Scope::Tag(tag) => write!(f, "Tag:{tag}"),
            Scope::Bare(name) => f.write_str(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_is_read_once() {
        assert_eq!(Scope::parse(" GLOBAL "), Scope::Global);
        assert_eq!(Scope::parse("site:Redmond"), Scope::Site("Redmond".into()));
        assert_eq!(Scope::parse("tag:PChatOn"), Scope::Tag("PChatOn".into()));
        assert_eq!(Scope::parse("PChatOn"), Scope::Bare("PChatOn".into()));
        let service = Scope::parse("service:PersistentChatServer:pchat.contoso.com");
        assert_eq!(service.chat_service(), Some("pchat.contoso.com"));
        let state_form = Scope::parse("persistentchatserver:pchat.contoso.com");
        assert_eq!(state_form.chat_service(), Some("pchat.contoso.com"));
        assert_eq!(
            service.to_string(),
            "Service:PersistentChatServer:pchat.contoso.com"
        );
    }

    #[test]
    fn other_services_are_no_chat_service() {
        let registrar = Scope::parse("Service:Registrar:lync.contoso.com");
        assert_eq!(registrar.chat_service(), None);
        assert_eq!(registrar.to_string(), "Service:Registrar:lync.contoso.com");
        assert_eq!(Scope::parse("service:pchat").chat_service(), None);
    }
}
