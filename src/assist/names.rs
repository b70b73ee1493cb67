//! The snapshot of names the line editor's helper reads: commands, variables and the live
//! object names of the model. It is rebuilt from the session before each prompt, so the
//! helper never borrows the session or the model.

use crate::cmdlets::registry;
use crate::model::Model;

/// Which kind of model object a parameter names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    /// Sites.
    Site,
    /// Registrar pools (FQDNs).
    Pool,
    /// Chat pools (FQDNs).
    ChatPool,
    /// Users (SIP addresses).
    User,
    /// Persistent Chat policies.
    Policy,
    /// Chat categories (`pool\name`).
    Category,
    /// Chat rooms (`pool\name`).
    Room,
    /// Chat add-ins.
    Addin,
    /// Federated domains.
    FederatedDomain,
}

/// Every name the completer, hinter and highlighter may offer or recognise.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Script functions defined in the session.
    pub functions: Vec<String>,
    /// Variable names (without `$`).
    pub variables: Vec<String>,
    /// Site identities.
    pub sites: Vec<String>,
    /// Registrar pool FQDNs.
    pub pools: Vec<String>,
    /// Chat pool FQDNs.
    pub chat_pools: Vec<String>,
    /// User SIP addresses.
    pub users: Vec<String>,
    /// Policy identities.
    pub policies: Vec<String>,
    /// Category identities (`pool\name`).
    pub categories: Vec<String>,
    /// Room identities (`pool\name`).
    pub rooms: Vec<String>,
    /// Add-in identities.
    pub addins: Vec<String>,
    /// Federated domain identities.
    pub federated_domains: Vec<String>,
}

impl Names {
    /// The names of `model` plus the given variables and functions.
    pub fn from_model(model: &Model, variables: Vec<String>, functions: Vec<String>) -> Self {
        Names {
            functions,
            variables,
            sites: model.sites().iter().map(|s| s.identity.clone()).collect(),
            pools: model.pools().iter().map(|p| p.fqdn.clone()).collect(),
            chat_pools: model.chat_pools().iter().map(|p| p.fqdn.clone()).collect(),
            users: model
                .users()
                .iter()
                .map(|u| u.sip_address.clone())
                .collect(),
            policies: model
                .policies()
                .iter()
                .map(|p| p.identity.clone())
                .collect(),
            categories: model
                .categories()
                .iter()
                .map(|c| c.identity.clone())
                .collect(),
            rooms: model.rooms().iter().map(|r| r.identity.clone()).collect(),
            addins: model.addins().iter().map(|a| a.identity.clone()).collect(),
            federated_domains: model
                .federated_domains()
                .iter()
                .map(|d| d.identity.clone())
                .collect(),
        }
    }

    /// Adds the names of `other` that are not here yet (in any casing).
    pub fn merge(&mut self, other: Names) {
        fn add(into: &mut Vec<String>, from: Vec<String>) {
            let mut seen: std::collections::HashSet<String> =
                into.iter().map(|n| n.to_ascii_lowercase()).collect();
            into.extend(
                from.into_iter()
                    .filter(|name| seen.insert(name.to_ascii_lowercase())),
            );
        }
        // Destructured, so that a new kind of name cannot be forgotten here.
        let Names {
            functions,
            variables,
            sites,
            pools,
            chat_pools,
            users,
            policies,
            categories,
            rooms,
            addins,
            federated_domains,
        } = other;
        add(&mut self.functions, functions);
        add(&mut self.variables, variables);
        add(&mut self.sites, sites);
        add(&mut self.pools, pools);
        add(&mut self.chat_pools, chat_pools);
        add(&mut self.users, users);
        add(&mut self.policies, policies);
        add(&mut self.categories, categories);
        add(&mut self.rooms, rooms);
        add(&mut self.addins, addins);
        add(&mut self.federated_domains, federated_domains);
    }

    /// The live names of one object kind.
    pub fn objects(&self, kind: ObjectKind) -> &[String] {
        match kind {
            ObjectKind::Site => &self.sites,
            ObjectKind::Pool => &self.pools,
            ObjectKind::ChatPool => &self.chat_pools,
            ObjectKind::User => &self.users,
            ObjectKind::Policy => &self.policies,
            ObjectKind::Category => &self.categories,
            ObjectKind::Room => &self.rooms,
            ObjectKind::Addin => &self.addins,
            ObjectKind::FederatedDomain => &self.federated_domains,
        }
    }

    /// Whether `name` is a cmdlet, alias or function of the session (any casing).
    pub fn is_command(&self, name: &str) -> bool {
        registry::lookup(name).is_some()
            || self.functions.iter().any(|f| f.eq_ignore_ascii_case(name))
    }

    /// Every command name: cmdlets, aliases, then functions.
    pub fn commands(&self) -> Vec<String> {
        registry::command_names()
            .into_iter()
            .map(str::to_string)
            .chain(self.functions.iter().cloned())
            .collect()
    }
}

/// The object kind a parameter of a cmdlet names, if it is identity-like.
///
/// `cmdlet` is the canonical name, `param` the canonical parameter name.
pub fn object_kind(cmdlet: &str, param: &str) -> Option<ObjectKind> {
    let noun = cmdlet.split_once('-').map_or("", |(_, n)| n);
    let param = param.to_ascii_lowercase();
    match param.as_str() {
        "homepool" | "pool" => Some(ObjectKind::Pool),
        "chatpool" => Some(ObjectKind::ChatPool),
        "policyname" => Some(ObjectKind::Policy),
        "category" | "parentcategory" => Some(ObjectKind::Category),
        "room" => Some(ObjectKind::Room),
        "user" => Some(ObjectKind::User),
        "site" => Some(ObjectKind::Site),
        "source" => Some(ObjectKind::ChatPool),
        "target" if noun == "ChatData" => Some(ObjectKind::ChatPool),
        "target" => Some(ObjectKind::Pool),
        // A New- cmdlet names an object that does not exist yet.
        "identity" | "name" | "fqdn" if cmdlet.starts_with("New-") => None,
        "identity" | "name" | "fqdn" => match noun {
            "PersistentChatPolicy" if cmdlet.starts_with("Grant-") => Some(ObjectKind::User),
            "User" | "LegacyUser" => Some(ObjectKind::User),
            "PersistentChatPolicy" => Some(ObjectKind::Policy),
            "Pool" => Some(ObjectKind::Pool),
            "ChatPool" => Some(ObjectKind::ChatPool),
            "Site" => Some(ObjectKind::Site),
            "ChatRoom" => Some(ObjectKind::Room),
            "ChatCategory" => Some(ObjectKind::Category),
            "ChatAddin" => Some(ObjectKind::Addin),
            "FederatedDomain" => Some(ObjectKind::FederatedDomain),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_adds_only_the_names_not_there_in_any_casing() {
        let mut names = Names {
            pools: vec!["A.contoso.com".into()],
            ..Names::default()
        };
        names.merge(Names {
            pools: vec!["a.contoso.com".into(), "b.contoso.com".into()],
            users: vec!["sip:x@contoso.com".into()],
            ..Names::default()
        });
        assert_eq!(names.pools, vec!["A.contoso.com", "b.contoso.com"]);
        assert_eq!(names.users, vec!["sip:x@contoso.com"]);
    }

    #[test]
    fn identity_like_parameters_map_to_object_kinds() {
        assert_eq!(object_kind("Move-User", "Target"), Some(ObjectKind::Pool));
        assert_eq!(
            object_kind("Move-ChatData", "Target"),
            Some(ObjectKind::ChatPool)
        );
        assert_eq!(object_kind("Set-User", "Identity"), Some(ObjectKind::User));
        assert_eq!(
            object_kind("Grant-PersistentChatPolicy", "Identity"),
            Some(ObjectKind::User)
        );
        assert_eq!(
            object_kind("Remove-PersistentChatPolicy", "Identity"),
            Some(ObjectKind::Policy)
        );
        assert_eq!(
            object_kind("Grant-PersistentChatPolicy", "PolicyName"),
            Some(ObjectKind::Policy)
        );
        assert_eq!(
            object_kind("New-ChatPool", "HomePool"),
            Some(ObjectKind::Pool)
        );
        assert_eq!(
            object_kind("Get-ChatRoom", "Identity"),
            Some(ObjectKind::Room)
        );
        assert_eq!(object_kind("Where-Object", "Property"), None);
        assert_eq!(object_kind("New-Pool", "Fqdn"), None);
    }
}
