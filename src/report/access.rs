//! "Who loses chat if we run this": the access matrix (`Get-AccessMatrix`) before and after a
//! run, compared per user and client. Only rows whose reachable chat pools differ are kept.

use crate::model::access::{AccessReason, AccessRow};
use crate::model::idmap::key;
use crate::model::objects::Client;
use crate::model::Model;
use std::collections::HashMap;

/// What a user reaches with one client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// The user is not in that model.
    Absent,
    /// The chat pools reached (empty: none), and why the others are not.
    Pools(Vec<String>, Vec<AccessReason>),
}

impl Reach {
    fn pools(&self) -> &[String] {
        match self {
            Reach::Absent => &[],
            Reach::Pools(pools, _) => pools,
        }
    }

    fn same_pools(&self, other: &Reach) -> bool {
        let (a, b) = (self.pools(), other.pools());
        a.len() == b.len()
            && a.iter()
                .all(|p| b.iter().any(|q| q.eq_ignore_ascii_case(p)))
    }
}

impl std::fmt::Display for Reach {
    /// `pchat.contoso.com`, `none (policy_disabled)`, `not in the deployment`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reach::Absent => f.write_str("not in the deployment"),
            Reach::Pools(pools, _) if !pools.is_empty() => f.write_str(&pools.join(", ")),
            Reach::Pools(_, reasons) => {
                let names: Vec<&str> = reasons
                    .iter()
                    .map(|r| r.code().trim_start_matches("coexist::access::"))
                    .collect();
                if names.is_empty() {
                    f.write_str("none")
                } else {
                    write!(f, "none ({})", names.join(", "))
                }
            }
        }
    }
}

/// How one user's access with one client changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// Reached a chat pool before, reaches none after.
    Loses,
    /// Reaches other chat pools than before.
    Changes,
    /// Reached none before, reaches one after.
    Gains,
}

/// One changed row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessChange {
    /// The user's SIP address.
    pub user: String,
    /// The client.
    pub client: Client,
    /// Before the run.
    pub before: Reach,
    /// After the run.
    pub after: Reach,
    /// Loses, changes or gains.
    pub verdict: Verdict,
}

/// Users reaching a chat pool with each client, before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientCount {
    /// The client.
    pub client: Client,
    /// Users reaching at least one chat pool before.
    pub before: usize,
    /// And after.
    pub after: usize,
}

/// The comparison of two access matrices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessComparison {
    /// Per client, users with chat before and after.
    pub counts: Vec<ClientCount>,
    /// Changed rows: losses first, then changes, then gains, each in user order.
    pub changes: Vec<AccessChange>,
}

/// Compares `Get-AccessMatrix` of `before` and `after`.
pub fn compare(before: &Model, after: &Model) -> AccessComparison {
    let old = by_user(before.access_matrix());
    let new = by_user(after.access_matrix());
    let counts = Client::ALL
        .iter()
        .map(|&client| ClientCount {
            client,
            before: with_chat(&old, client),
            after: with_chat(&new, client),
        })
        .collect();
    let mut order: Vec<(String, Client)> = before
        .users()
        .iter()
        .chain(
            after
                .users()
                .iter()
                .filter(|u| before.users().get(&u.sip_address).is_none()),
        )
        .flat_map(|u| Client::ALL.iter().map(|&c| (u.sip_address.clone(), c)))
        .collect();
    order.dedup();
    let mut changes: Vec<AccessChange> = order
        .into_iter()
        .filter_map(|(user, client)| {
            let k = (key(&user).into_owned(), client);
            let reach = |rows: &HashMap<(String, Client), AccessRow>| {
                rows.get(&k).map_or(Reach::Absent, |r| {
                    Reach::Pools(r.chat_pools.clone(), r.reasons.clone())
                })
            };
            let (b, a) = (reach(&old), reach(&new));
            if b.same_pools(&a) {
                return None;
            }
            let verdict = match (b.pools().is_empty(), a.pools().is_empty()) {
                (false, true) => Verdict::Loses,
                (true, false) => Verdict::Gains,
                _ => Verdict::Changes,
            };
            Some(AccessChange {
                user,
                client,
                before: b,
                after: a,
                verdict,
            })
        })
        .collect();
    changes.sort_by_key(|c| c.verdict);
    AccessComparison { counts, changes }
}

fn by_user(rows: Vec<AccessRow>) -> HashMap<(String, Client), AccessRow> {
    rows.into_iter()
        .map(|r| ((key(&r.user).into_owned(), r.client), r))
        .collect()
}

fn with_chat(rows: &HashMap<(String, Client), AccessRow>, client: Client) -> usize {
    rows.values()
        .filter(|r| r.client == client && !r.chat_pools.is_empty())
        .count()
}

/// The client as a board reads it.
pub fn client_name(client: Client) -> &'static str {
    match client {
        Client::Lync2013 => "Lync 2013 client",
        Client::GroupChatClient => "legacy Group Chat client",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model_of;

    const SETUP: &str = "New-Site S\n\
        New-Pool l10.contoso.com -Version Lync2010 -Site S\n\
        New-Pool l13.contoso.com -Version Lync2013 -Site S\n\
        New-ChatPool gc.contoso.com -HomePool l10.contoso.com -Kind GroupChat2010\n\
        New-ChatPool pc.contoso.com -HomePool l13.contoso.com -FileStore \\\\fs\\pc\n\
        Set-PersistentChatPolicy Global -EnablePersistentChat $true\n\
        New-User sip:ann@contoso.com -Pool l10.contoso.com\n\
        New-User sip:bob@contoso.com -Pool l13.contoso.com\n\
        Set-User sip:ann@contoso.com -GroupChatPool gc.contoso.com\n\
        Set-User sip:bob@contoso.com -GroupChatPool gc.contoso.com\n";

    #[test]
    fn losses_come_first_then_changes_then_gains() {
        let before = model_of(SETUP);
        let after = model_of(&format!(
            "{SETUP}Set-User sip:ann@contoso.com -GroupChatPool $null\n\
             Set-User sip:bob@contoso.com -GroupChatPool pc.contoso.com\n\
             Move-User sip:ann@contoso.com -Target l13.contoso.com\n"
        ));
        let comparison = compare(&before, &after);
        let rows: Vec<String> = comparison
            .changes
            .iter()
            .map(|c| {
                format!(
                    "{:?} {} {}: {} -> {}",
                    c.verdict, c.user, c.client, c.before, c.after
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                "Loses sip:ann@contoso.com GroupChatClient: gc.contoso.com -> none (not_configured)",
                "Changes sip:bob@contoso.com GroupChatClient: gc.contoso.com -> pc.contoso.com",
                "Gains sip:ann@contoso.com Lync2013: none (legacy_pool_for_lync2013_client, user_not_on_lync2013) -> pc.contoso.com",
            ]
        );
        let legacy = comparison
            .counts
            .iter()
            .find(|c| c.client == Client::GroupChatClient)
            .unwrap();
        assert_eq!((legacy.before, legacy.after), (2, 1));
    }

    #[test]
    fn new_users_without_access_are_not_changes() {
        let before = model_of(SETUP);
        let after = model_of(&format!(
            "{SETUP}New-User sip:cy@contoso.com -Pool l10.contoso.com\n"
        ));
        assert!(compare(&before, &after).changes.is_empty());
        assert_eq!(Reach::Absent.to_string(), "not in the deployment");
    }
}
