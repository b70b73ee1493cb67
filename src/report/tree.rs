//! The topology as a compact text tree, for terminals that cannot show a picture:
//!
//! ```text
//! Forest corp.local
//! └─ Site Redmond
//!    ├─ lync2010.contoso.com  Lync 2010 · Enterprise · 60 users
//!    │  ├─ ⚠ pool lync2010.contoso.com still homes … [coexist::model::pool_in_use]
//!    │  └─ gc2010.contoso.com  Lync Server 2010 Group Chat · Running · 2 categories, 3 rooms
//!    └─ lync2013.contoso.com  Lync 2013 · Enterprise · 0 users
//! ```

use super::topology::{plural, Finding, Topology};

/// The topology as text lines ending in a new line.
pub fn render(topology: &Topology) -> String {
    if topology.is_empty() {
        return "The model holds no sites, pools or chat pools.\n".to_string();
    }
    let mut out = Tree::default();
    for forest in &topology.forests {
        out.line("", &format!("Forest {}", forest.name));
        let last_site = forest.sites.len().saturating_sub(1);
        for (s, site) in forest.sites.iter().enumerate() {
            let site_prefix = branch("", s == last_site);
            out.line(&site_prefix.0, &format!("Site {}", site.name));
            if site.pools.is_empty() {
                out.line(&format!("{}└─ ", site_prefix.1), "no pools");
            }
            let last_pool = site.pools.len().saturating_sub(1);
            for (p, pool) in site.pools.iter().enumerate() {
                let pool_prefix = branch(&site_prefix.1, p == last_pool);
                out.line(
                    &pool_prefix.0,
                    &format!(
                        "{}  {} · {}",
                        pool.fqdn,
                        pool.caption(),
                        plural(pool.users, "user")
                    ),
                );
                let children = pool.blockers.len() + pool.chat_pools.len();
                let mut child = 0;
                for finding in &pool.blockers {
                    child += 1;
                    out.finding(&pool_prefix.1, child == children, finding);
                }
                for chat in &pool.chat_pools {
                    child += 1;
                    let chat_prefix = branch(&pool_prefix.1, child == children);
                    let mut text =
                        format!("{}  {} · {}", chat.fqdn, chat.caption(), chat.content());
                    for endpoint in &chat.endpoints {
                        text.push_str(" · endpoint ");
                        text.push_str(endpoint);
                    }
                    out.line(&chat_prefix.0, &text);
                    let last = chat.blockers.len().saturating_sub(1);
                    for (i, finding) in chat.blockers.iter().enumerate() {
                        out.finding(&chat_prefix.1, i == last, finding);
                    }
                }
            }
        }
    }
    out.text
}

/// The prefix of a child line and the prefix its own children continue with.
fn branch(parent: &str, last: bool) -> (String, String) {
    if last {
        (format!("{parent}└─ "), format!("{parent}   "))
    } else {
        (format!("{parent}├─ "), format!("{parent}│  "))
    }
}

#[derive(Default)]
struct Tree {
    text: String,
}

impl Tree {
    fn line(&mut self, prefix: &str, text: &str) {
        self.text.push_str(prefix);
        self.text.push_str(text);
        self.text.push('\n');
    }

    fn finding(&mut self, parent: &str, last: bool, finding: &Finding) {
        let (prefix, _) = branch(parent, last);
        self.line(&prefix, &format!("⚠ {finding}"));
    }
}
