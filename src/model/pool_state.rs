//! A Persistent Chat pool's computers, active servers and back-end state
//! (`Set-CsPersistentChatActiveServer`, `Get-/Set-CsPersistentChatState`).
//!
//! A chat pool has 1–8 computers; at most 4 of them are active (they accept new connections),
//! the others stand by. Scripts that give only counts (`New-ChatPool -Servers 2
//! -StandbyServers 1`) get generated computer names: the pool's first DNS label numbered from
//! 01 (`pchat01.contoso.com`, `pchat02.contoso.com`, …); a single-computer or collocated pool's
//! one computer is the pool FQDN itself.
//!
//! Rules: `unknown_service`, `invalid_scope`, `not_a_pool_computer`, `server_limit`,
//! `no_active_servers`, `failover_without_backup`.

use super::objects::{contains, ChatPoolKind, PoolState};
use super::rooms::ListEdit;
use super::scope::{Scope, CHAT_SERVICE};
use super::{ChatPool, Model, ModelError, ModelWarning, Named, Origin, Outcome};

/// Active servers a Persistent Chat pool has at most.
pub const MAX_ACTIVE_SERVERS: usize = 4;

/// The identity forms the pool-state cmdlets take, as `invalid_scope` lists them.
const STATE_FORMS: &str =
    "PersistentChatServer:<pool FQDN>, the pool FQDN, or Global for the only Persistent Chat pool";

/// How `Set-CsPersistentChatActiveServer` changes the active servers.
#[derive(Debug, Clone, PartialEq)]
pub enum ActiveServersChange {
    /// `-ActiveServers a, b`, `@{Add=…; Remove=…; Replace=…}` or `$null` (an empty list).
    List(ListEdit),
    /// `-Swap`: the active servers stand by and the standby computers become active.
    Swap,
}

/// The computers and active servers a pool gets from `New-/Set-ChatPool`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout<'a> {
    /// The pool's FQDN.
    pub fqdn: &'a str,
    /// Whether the pool's one computer is the pool FQDN itself (single-computer or collocated).
    pub single: bool,
    /// The current computers and active servers (empty for a new pool).
    pub computers: &'a [String],
    /// The currently active servers.
    pub active: &'a [String],
}

impl Layout<'_> {
    /// The computers and active servers after `-Computers`, `-Servers` and `-StandbyServers`.
    ///
    /// With `computers`, they become the pool's computers; the active servers are the current
    /// ones still listed, topped up in list order to `servers` (default: the current count,
    /// or up to 4 for a new pool). Without, the pool is resized to `servers` active and
    /// `standby` standby computers, keeping current computers (active ones first) and
    /// generating names for the rest.
    pub fn arrange(
        &self,
        computers: Option<Vec<String>>,
        servers: Option<u32>,
        standby: Option<u32>,
    ) -> (Vec<String>, Vec<String>) {
        let current_active = self.active.len();
        let current_standby = self.computers.len().saturating_sub(current_active);
        let fresh = self.computers.is_empty();
        let (chosen, active_count) = match computers {
            Some(list) => {
                let list = dedupe(list);
                let default = if fresh {
                    list.len().min(MAX_ACTIVE_SERVERS)
                } else {
                    current_active.clamp(1, list.len().max(1))
                };
                let n = servers.map_or(default, to_usize);
                (list, n)
            }
            None => {
                let n = servers.map_or(if fresh { 1 } else { current_active }, to_usize);
                let m = standby.map_or(current_standby, to_usize);
                (self.resized(n.saturating_add(m)), n)
            }
        };
        let mut active: Vec<String> = chosen
            .iter()
            .filter(|c| contains(self.active, c))
            .take(active_count)
            .cloned()
            .collect();
        for computer in &chosen {
            if active.len() >= active_count {
                break;
            }
            if !contains(&active, computer) {
                active.push(computer.clone());
            }
        }
        let ordered = in_order(&chosen, &active);
        (chosen, ordered)
    }

    /// `total` computers: the current ones (active first, then standby), then generated names.
    fn resized(&self, total: usize) -> Vec<String> {
        let mut names: Vec<String> = self
            .active
            .iter()
            .chain(self.computers.iter().filter(|c| !contains(self.active, c)))
            .take(total)
            .cloned()
            .collect();
        let mut n = 0;
        while names.len() < total {
            let candidate = if self.single && n == 0 {
                self.fqdn.to_string()
            } else {
                numbered(self.fqdn, n + 1)
            };
            n += 1;
            if !contains(&names, &candidate) && !contains(self.computers, &candidate) {
                names.push(candidate);
            }
        }
        // Keep the pool's own order for the computers it already had.
        let mut ordered: Vec<String> = self
            .computers
            .iter()
            .filter(|c| contains(&names, c))
            .cloned()
            .collect();
        ordered.extend(names.into_iter().filter(|c| !contains(self.computers, c)));
        ordered
    }
}

/// `pchat.contoso.com`, 2 → `pchat02.contoso.com`.
fn numbered(fqdn: &str, n: usize) -> String {
    match fqdn.split_once('.') {
        Some((host, domain)) => format!("{host}{n:02}.{domain}"),
        None => format!("{fqdn}{n:02}"),
    }
}

/// Trimmed, non-empty, first spelling of each name kept.
fn dedupe(list: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for name in list {
        let name = name.trim().to_string();
        if !name.is_empty() && !contains(&out, &name) {
            out.push(name);
        }
    }
    out
}

/// The members of `subset` in `order`'s order, spelled as in `order`.
fn in_order(order: &[String], subset: &[String]) -> Vec<String> {
    order
        .iter()
        .filter(|c| contains(subset, c))
        .cloned()
        .collect()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn to_usize(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

impl Model {
    /// The Persistent Chat pool a pool-state identity names: `PersistentChatServer:<fqdn>`
    /// (with or without `Service:`), the bare FQDN, or `Global`/none for the only Persistent
    /// Chat pool (`ambiguous_name` when there are several). Other forms are `invalid_scope`;
    /// anything but a Persistent Chat pool is `unknown_service`.
    pub fn find_chat_service_by_identity(
        &self,
        identity: Option<&str>,
        cmdlet: &str,
    ) -> Result<&ChatPool, ModelError> {
        const P: &str = "Identity";
        let text = identity.map(str::trim).unwrap_or("");
        let scope = Scope::parse(text);
        if text.is_empty() || scope == Scope::Global {
            return self.only_chat_service();
        }
        let fqdn = match &scope {
            Scope::Bare(fqdn) => fqdn.as_str(),
            other => match other.chat_service() {
                Some(fqdn) => fqdn,
                None => {
                    return Err(ModelError::InvalidScope {
                        identity: text.to_string(),
                        cmdlet: cmdlet.to_string(),
                        forms: STATE_FORMS,
                        example: self.state_example(),
                    })
                }
            },
        };
        self.find_chat_service(fqdn, text, P)
    }

    /// The model's only Persistent Chat pool.
    fn only_chat_service(&self) -> Result<&ChatPool, ModelError> {
        let pools: Vec<&ChatPool> = self
            .data
            .chat_pools
            .iter()
            .filter(|c| c.kind == ChatPoolKind::PersistentChat)
            .collect();
        match pools.as_slice() {
            [only] => Ok(only),
            [] => self.find_chat_service("", "Global", "Identity"),
            several => Err(ModelError::AmbiguousName {
                kind: super::Kind::ChatPool,
                name: "Global".to_string(),
                matches: several
                    .iter()
                    .map(|c| Named {
                        identity: state_identity(&c.fqdn),
                        origin: c.created,
                    })
                    .collect(),
                param: "Identity",
            }),
        }
    }

    /// A pool-state identity of the model, for `invalid_scope`'s help.
    fn state_example(&self) -> String {
        let fqdn = self
            .data
            .chat_pools
            .iter()
            .find(|c| c.kind == ChatPoolKind::PersistentChat)
            .map_or("pchat.contoso.com", |c| c.fqdn.as_str());
        state_identity(fqdn)
    }

    /// Gives the chat pools of an older state file (server counts, no computers) generated
    /// computers.
    pub(crate) fn upgrade_saved_counts(&mut self) {
        for chat in self.data.chat_pools.iter_mut() {
            let (servers, standby) = (chat.saved_servers.take(), chat.saved_standby_servers.take());
            if chat.computers.is_empty() {
                let layout = Layout {
                    fqdn: &chat.fqdn,
                    single: chat.pool_type == super::objects::PoolType::SingleComputer
                        || chat.fqdn.eq_ignore_ascii_case(&chat.home_pool),
                    ..Layout::default()
                };
                let arranged = layout.arrange(None, servers.or(Some(1)), standby);
                (chat.computers, chat.active_servers) = arranged;
            }
        }
    }

    /// `Set-CsPersistentChatState`: the pool uses its primary (`Normal`) or its backup
    /// (`FailedOver`) back end; `None` changes nothing. The outcome names the pool's FQDN.
    pub fn set_pool_state(
        &mut self,
        identity: Option<&str>,
        state: Option<PoolState>,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let chat = self.find_chat_service_by_identity(identity, "Set-CsPersistentChatState")?;
        let Some(state) = state else {
            return Ok(Outcome::of(chat.fqdn.clone()));
        };
        if state == PoolState::FailedOver && chat.backup_back_end.is_none() {
            return Err(ModelError::FailoverWithoutBackup {
                chat_pool: chat.fqdn.clone(),
                chat_pool_origin: chat.changed,
            });
        }
        let fqdn = chat.fqdn.clone();
        let chat = self.data.chat_pools.get_mut(&fqdn).expect("found above");
        if chat.pool_state != state {
            chat.pool_state = state;
            chat.changed = origin;
        }
        Ok(Outcome::of(fqdn))
    }

    /// `Set-CsPersistentChatActiveServer`: changes which computers of the pool are active. The
    /// outcome names the pool's FQDN.
    pub fn set_active_servers(
        &mut self,
        identity: Option<&str>,
        change: ActiveServersChange,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let chat =
            self.find_chat_service_by_identity(identity, "Set-CsPersistentChatActiveServer")?;
        let param = match change {
            ActiveServersChange::List(_) => "ActiveServers",
            ActiveServersChange::Swap => "Swap",
        };
        let wanted: Vec<String> = match change {
            ActiveServersChange::Swap => chat.standby().cloned().collect(),
            ActiveServersChange::List(ListEdit::Set(list)) => list,
            ActiveServersChange::List(ListEdit::Edit {
                add,
                remove,
                replace,
            }) => {
                let mut list = replace.unwrap_or_else(|| chat.active_servers.clone());
                list.retain(|c| !contains(&remove, c));
                list.extend(add);
                list
            }
        };
        let wanted = dedupe(wanted);
        let strangers: Vec<String> = wanted
            .iter()
            .filter(|c| !contains(&chat.computers, c))
            .cloned()
            .collect();
        if !strangers.is_empty() {
            return Err(ModelError::NotAPoolComputer {
                chat_pool: chat.fqdn.clone(),
                servers: strangers,
                computers: chat.computers.clone(),
                chat_pool_origin: chat.changed,
            });
        }
        if wanted.len() > MAX_ACTIVE_SERVERS {
            return Err(ModelError::ServerLimit {
                chat_pool: chat.fqdn.clone(),
                servers: to_u32(wanted.len()),
                standby: to_u32(chat.computers.len().saturating_sub(wanted.len())),
                param,
            });
        }
        let before = chat.clone();
        let mut after = chat.clone();
        after.active_servers = in_order(&chat.computers, &wanted);
        after.changed = origin;
        let mut warnings = Vec::new();
        if after.active_servers.is_empty() {
            warnings.push(ModelWarning::NoActiveServers {
                chat_pool: after.fqdn.clone(),
                computer: after.computers.first().cloned(),
                param,
            });
        } else {
            warnings.extend(self.capacity_warning(&after, Some(&before), param));
        }
        let fqdn = after.fqdn.clone();
        self.data.chat_pools.insert(after);
        Ok(Outcome::of(fqdn).with_warnings(warnings))
    }
}

/// `PersistentChatServer:<fqdn>`: how the pool-state cmdlets show a pool.
pub fn state_identity(fqdn: &str) -> String {
    format!("{CHAT_SERVICE}:{fqdn}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn counts_alone_get_numbered_computers() {
        let layout = Layout {
            fqdn: "pchat.contoso.com",
            ..Layout::default()
        };
        let (computers, active) = layout.arrange(None, Some(2), Some(1));
        assert_eq!(
            computers,
            names(&[
                "pchat01.contoso.com",
                "pchat02.contoso.com",
                "pchat03.contoso.com"
            ])
        );
        assert_eq!(
            active,
            names(&["pchat01.contoso.com", "pchat02.contoso.com"])
        );
    }

    #[test]
    fn a_single_computer_pool_is_its_own_computer() {
        let layout = Layout {
            fqdn: "se.contoso.com",
            single: true,
            ..Layout::default()
        };
        let (computers, active) = layout.arrange(None, None, None);
        assert_eq!(computers, names(&["se.contoso.com"]));
        assert_eq!(active, computers);
    }

    #[test]
    fn resizing_keeps_computers_and_promotes_standby_ones_first() {
        let computers = names(&["a.contoso.com", "b.contoso.com", "c.contoso.com"]);
        let active = names(&["b.contoso.com"]);
        let layout = Layout {
            fqdn: "pchat.contoso.com",
            single: false,
            computers: &computers,
            active: &active,
        };
        let (after, now_active) = layout.arrange(None, Some(3), Some(1));
        assert_eq!(
            after,
            names(&[
                "a.contoso.com",
                "b.contoso.com",
                "c.contoso.com",
                "pchat01.contoso.com"
            ])
        );
        assert_eq!(
            now_active,
            names(&["a.contoso.com", "b.contoso.com", "c.contoso.com"])
        );
    }

    #[test]
    fn given_computers_keep_the_active_ones_still_listed() {
        let computers = names(&["a.contoso.com", "b.contoso.com"]);
        let active = names(&["b.contoso.com"]);
        let layout = Layout {
            fqdn: "pchat.contoso.com",
            single: false,
            computers: &computers,
            active: &active,
        };
        let list = names(&["c.contoso.com", "B.contoso.com", "c.contoso.com"]);
        let (after, now_active) = layout.arrange(Some(list), None, None);
        assert_eq!(after, names(&["c.contoso.com", "B.contoso.com"]));
        assert_eq!(now_active, names(&["B.contoso.com"]));
    }
}
