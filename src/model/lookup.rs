//! Finding objects: by identity, by bare name on a chat pool, users by SIP address (with or
//! without `sip:`) or display name, with did-you-mean suggestions for unknown names.

use super::idmap::{IdMap, Identified};
use super::objects::{scoped, split_scoped, Kind, PolicyId};
use super::{
    ChatAddin, ChatCategory, ChatPool, ChatRoom, Model, ModelError, Named, Origin,
    PersistentChatPolicy, Pool, Site, User,
};

/// The closest candidate to `name` (Jaro-Winkler ≥ 0.8, case-insensitive), for "did you mean".
pub fn suggest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let wanted = name.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = strsim::jaro_winkler(&wanted, &candidate.to_lowercase());
        if score >= 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c.to_string())
}

fn ids<T: Identified>(map: &IdMap<T>) -> impl Iterator<Item = &str> {
    map.iter().map(|o| o.id())
}

/// A resolved principal of a member list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    /// A known user (its SIP address as stored).
    User(String),
    /// A SIP address in a federated domain, without a user object.
    Federated(String),
}

impl Principal {
    /// The SIP address.
    pub fn sip(&self) -> &str {
        match self {
            Principal::User(s) | Principal::Federated(s) => s,
        }
    }
}

impl Model {
    /// The site named `name`, or `unknown_site`.
    pub fn find_site(&self, name: &str, param: &'static str) -> Result<&Site, ModelError> {
        self.data
            .sites
            .get(name)
            .ok_or_else(|| ModelError::UnknownSite {
                site: name.to_string(),
                suggestion: suggest(name, ids(&self.data.sites)),
                param,
            })
    }

    /// The registrar pool `fqdn`: `not_a_registrar` for a chat pool, else `unknown_pool`.
    pub fn find_pool(&self, fqdn: &str, param: &'static str) -> Result<&Pool, ModelError> {
        if let Some(pool) = self.data.pools.get(fqdn) {
            return Ok(pool);
        }
        if let Some(chat) = self.data.chat_pools.get(fqdn) {
            return Err(ModelError::NotARegistrar {
                fqdn: chat.fqdn.clone(),
                home_pool: chat.home_pool.clone(),
                chat_pool_origin: chat.created,
                param,
            });
        }
        Err(ModelError::UnknownPool {
            pool: fqdn.to_string(),
            suggestion: suggest(fqdn, ids(&self.data.pools)),
            param,
        })
    }

    /// The chat pool `fqdn`, or `unknown_chat_pool`.
    pub fn find_chat_pool(&self, fqdn: &str, param: &'static str) -> Result<&ChatPool, ModelError> {
        self.data
            .chat_pools
            .get(fqdn)
            .ok_or_else(|| ModelError::UnknownChatPool {
                chat_pool: fqdn.to_string(),
                suggestion: suggest(fqdn, ids(&self.data.chat_pools)),
                param,
            })
    }

    /// The chat pool whose back-end SQL instance is `instance` (`-DBInstance`), or
    /// `unknown_chat_pool`.
    pub fn find_chat_pool_by_back_end(
        &self,
        instance: &str,
        param: &'static str,
    ) -> Result<&ChatPool, ModelError> {
        self.data
            .chat_pools
            .iter()
            .find(|c| c.back_end.eq_ignore_ascii_case(instance))
            .ok_or_else(|| ModelError::UnknownChatPool {
                chat_pool: instance.to_string(),
                suggestion: suggest(
                    instance,
                    self.data.chat_pools.iter().map(|c| c.back_end.as_str()),
                ),
                param,
            })
    }

    /// A user by SIP address (with or without `sip:`) or display name; `ambiguous_name` when
    /// a display name matches several users, else `unknown_user`.
    pub fn find_user(&self, query: &str, param: &'static str) -> Result<&User, ModelError> {
        let index = self.find_user_index(query, param)?;
        Ok(self.data.users.at(index).expect("index from the same map"))
    }

    /// Like [`Model::find_user`], returning the user's position in [`Model::users`].
    pub(crate) fn find_user_index(
        &self,
        query: &str,
        param: &'static str,
    ) -> Result<usize, ModelError> {
        let by_sip = if query
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("sip:"))
        {
            self.data.users.index_of(query)
        } else {
            self.data.users.index_of(&format!("sip:{query}"))
        };
        if let Some(index) = by_sip {
            return Ok(index);
        }
        let matches: Vec<(usize, &User)> = self
            .data
            .users
            .iter()
            .enumerate()
            .filter(|(_, u)| u.display_name.eq_ignore_ascii_case(query))
            .collect();
        match matches.len() {
            1 => Ok(matches[0].0),
            0 => self
                .user_by_account(query)
                .ok_or_else(|| ModelError::UnknownUser {
                    user: query.to_string(),
                    suggestion: suggest(
                        query,
                        self.data
                            .users
                            .iter()
                            .flat_map(|u| [u.sip_address.as_str(), u.display_name.as_str()]),
                    ),
                    param,
                }),
            _ => Err(ModelError::AmbiguousName {
                kind: Kind::User,
                name: query.to_string(),
                matches: matches
                    .iter()
                    .map(|(_, u)| Named {
                        identity: u.sip_address.clone(),
                        origin: u.created,
                    })
                    .collect(),
                param,
            }),
        }
    }

    /// The user enabled on the one account a DN, UPN or `domain\sam` names, if any.
    fn user_by_account(&self, query: &str) -> Option<usize> {
        if query.contains('*') {
            return None;
        }
        match self.resolve_accounts(query).as_slice() {
            [super::directory::AccountRef::Described(i)] => {
                let sip = self.data.ad_accounts.at(*i)?.sip_address.as_deref()?;
                self.data.users.index_of(sip)
            }
            [super::directory::AccountRef::Implied(u)] => Some(*u),
            _ => None,
        }
    }

    /// A user by SIP address, with or without the `sip:` prefix.
    pub fn user_by_sip(&self, sip: &str) -> Option<&User> {
        if sip.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("sip:")) {
            self.data.users.get(sip)
        } else {
            self.data.users.get(&format!("sip:{sip}"))
        }
    }

    /// A Persistent Chat policy by identity (`Global`, `Site:X`, `Tag:X` or a bare tag).
    pub fn find_policy(
        &self,
        identity: &str,
        param: &'static str,
    ) -> Result<&PersistentChatPolicy, ModelError> {
        let id = PolicyId::parse(identity).identity();
        self.data
            .policies
            .get(&id)
            .ok_or_else(|| ModelError::UnknownPolicy {
                policy: id.clone(),
                suggestion: suggest(&id, ids(&self.data.policies)),
                param,
            })
    }

    /// A category by `pool\name`, or bare name (on `chat_pool` when given).
    pub fn find_category(
        &self,
        name: &str,
        chat_pool: Option<&str>,
        param: &'static str,
    ) -> Result<&ChatCategory, ModelError> {
        find_scoped(
            &self.data.categories,
            name,
            chat_pool,
            (Kind::ChatCategory, |c| c.created),
            param,
        )
        .map_err(|e| {
            e.unwrap_or_else(|| ModelError::UnknownCategory {
                category: name.to_string(),
                suggestion: suggest_scoped(&self.data.categories, name),
                param,
            })
        })
    }

    /// A room by `pool\name`, or bare name (on `chat_pool` when given).
    pub fn find_room(
        &self,
        name: &str,
        chat_pool: Option<&str>,
        param: &'static str,
    ) -> Result<&ChatRoom, ModelError> {
        let kind = (
            Kind::ChatRoom,
            (|r: &ChatRoom| r.created) as fn(&ChatRoom) -> Origin,
        );
        find_scoped(&self.data.rooms, name, chat_pool, kind, param).map_err(|e| {
            e.unwrap_or_else(|| ModelError::UnknownRoom {
                room: name.to_string(),
                suggestion: suggest_scoped(&self.data.rooms, name),
                param,
            })
        })
    }

    /// An add-in by `pool\name`, or bare name (on `chat_pool` when given).
    pub fn find_addin(
        &self,
        name: &str,
        chat_pool: Option<&str>,
        param: &'static str,
    ) -> Result<&ChatAddin, ModelError> {
        let kind = (
            Kind::ChatAddin,
            (|a: &ChatAddin| a.created) as fn(&ChatAddin) -> Origin,
        );
        find_scoped(&self.data.addins, name, chat_pool, kind, param).map_err(|e| {
            e.unwrap_or_else(|| ModelError::UnknownAddin {
                addin: name.to_string(),
                suggestion: suggest_scoped(&self.data.addins, name),
                param,
            })
        })
    }

    /// Resolves member-list entries to principals: users (by SIP or display name) or SIP
    /// addresses of federated domains; anything else is `unknown_user`. Duplicates collapse.
    pub fn resolve_principals(
        &self,
        entries: &[String],
        param: &'static str,
    ) -> Result<Vec<Principal>, ModelError> {
        let mut out: Vec<Principal> = Vec::with_capacity(entries.len());
        for entry in entries {
            let principal = match self.user_by_sip(entry) {
                Some(user) => Principal::User(user.sip_address.clone()),
                None if self.is_federated(entry) => Principal::Federated(with_sip_prefix(entry)),
                None => Principal::User(self.find_user(entry, param)?.sip_address.clone()),
            };
            if !out
                .iter()
                .any(|p| p.sip().eq_ignore_ascii_case(principal.sip()))
            {
                out.push(principal);
            }
        }
        Ok(out)
    }

    /// Whether `sip` (with or without `sip:`) is an address in a federated domain.
    pub fn is_federated(&self, sip: &str) -> bool {
        let address = sip
            .get(..4)
            .filter(|p| p.eq_ignore_ascii_case("sip:"))
            .map_or(sip, |_| &sip[4..]);
        match address.split_once('@') {
            Some((local, domain)) if !local.is_empty() => {
                self.data.federated_domains.contains(domain)
            }
            _ => false,
        }
    }
}

/// `sip:` + the address, unless it already has the prefix.
pub(crate) fn with_sip_prefix(text: &str) -> String {
    if text.len() >= 4 && text[..4].eq_ignore_ascii_case("sip:") {
        format!("sip:{}", &text[4..])
    } else {
        format!("sip:{text}")
    }
}

/// Looks a scoped object up. `Err(None)` means not found; `Err(Some(e))` is `ambiguous_name`.
fn find_scoped<'a, T: Identified>(
    map: &'a IdMap<T>,
    name: &str,
    chat_pool: Option<&str>,
    (kind, created): (Kind, fn(&T) -> Origin),
    param: &'static str,
) -> Result<&'a T, Option<ModelError>> {
    if split_scoped(name).is_some() {
        return map.get(name).ok_or(None);
    }
    if let Some(pool) = chat_pool {
        return map.get(&scoped(pool, name)).ok_or(None);
    }
    let matches: Vec<&T> = map
        .iter()
        .filter(|o| split_scoped(o.id()).is_some_and(|(_, n)| n.eq_ignore_ascii_case(name)))
        .collect();
    match matches.len() {
        0 => Err(None),
        1 => Ok(matches[0]),
        _ => Err(Some(ModelError::AmbiguousName {
            kind,
            name: name.to_string(),
            matches: matches
                .iter()
                .map(|o| Named {
                    identity: o.id().to_string(),
                    origin: created(o),
                })
                .collect(),
            param,
        })),
    }
}

fn suggest_scoped<T: Identified>(map: &IdMap<T>, name: &str) -> Option<String> {
    if split_scoped(name).is_some() {
        suggest(name, ids(map))
    } else {
        let best = suggest(
            name,
            map.iter()
                .filter_map(|o| split_scoped(o.id()).map(|(_, n)| n)),
        )?;
        map.iter()
            .find(|o| split_scoped(o.id()).is_some_and(|(_, n)| n == best))
            .map(|o| o.id().to_string())
    }
}
