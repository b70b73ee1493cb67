//! What a diagram shows, read once from the model: forests holding sites, sites holding
//! registrar pools, each pool with its users counted and the chat pools homed on it, and every
//! pool's blockers as the model's own rules state them. The DOT, Mermaid, SVG and text
//! renderers all draw this one description, so they cannot disagree.

use crate::model::idmap::key;
use crate::model::migration::{Blocker, BlockerReason};
use crate::model::objects::{ChatPoolKind, ChatPoolState, Edition, Version};
use crate::model::topology::DEFAULT_FOREST;
use crate::model::{Model, ModelWarning, Origin};
use std::collections::HashMap;

/// The deployment as a diagram sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Topology {
    /// Forests, in the order their first site was created.
    pub forests: Vec<Forest>,
}

/// An Active Directory forest: one deployment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forest {
    /// The forest name.
    pub name: String,
    /// Its sites, in creation order.
    pub sites: Vec<SiteNode>,
}

/// A site and the registrar pools in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteNode {
    /// The site name.
    pub name: String,
    /// Its registrar pools, in creation order.
    pub pools: Vec<PoolNode>,
}

/// A registrar pool with its users and chat pools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolNode {
    /// The pool FQDN.
    pub fqdn: String,
    /// Its version; `None` for a home pool a chat pool names that the model does not hold
    /// (only a hand-edited state file can say so).
    pub version: Option<Version>,
    /// Standard or Enterprise Edition (`None` with the version).
    pub edition: Option<Edition>,
    /// Users homed on it.
    pub users: usize,
    /// Chat pools homed on it, in creation order.
    pub chat_pools: Vec<ChatPoolNode>,
    /// What keeps it from being removed (legacy pools only).
    pub blockers: Vec<Finding>,
}

/// A chat pool with its content counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatPoolNode {
    /// The chat pool FQDN.
    pub fqdn: String,
    /// Persistent Chat or a Group Chat kind.
    pub kind: ChatPoolKind,
    /// Running, Stopped or Migrated.
    pub state: ChatPoolState,
    /// SIP addresses of its Persistent Chat endpoints.
    pub endpoints: Vec<String>,
    /// Its categories.
    pub categories: usize,
    /// Its rooms.
    pub rooms: usize,
    /// Decommission blockers (legacy pools) and capacity warnings (Persistent Chat pools).
    pub blockers: Vec<Finding>,
}

/// A rule that holds against a pool now, with its code and the model's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule's code, `coexist::model::…`.
    pub code: &'static str,
    /// What the rule says about this pool.
    pub text: String,
}

impl std::fmt::Display for Finding {
    /// `text [code]`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{}]", self.text, self.code)
    }
}

/// How many users a blocker list names before it says "and N more".
const USERS_NAMED: usize = 3;

impl Topology {
    /// Reads the topology of `model` through its public queries.
    pub fn of(model: &Model) -> Topology {
        let mut topology = Topology::default();
        let mut removal = RemovalProbe::new(model);
        for site in model.sites().iter() {
            topology.site_mut(&site.forest, &site.identity);
        }
        for pool in model.pools().iter() {
            let forest = model.forest_of_pool(&pool.fqdn).to_string();
            let blockers = if pool.version.is_legacy() {
                removal.blockers(&pool.fqdn)
            } else {
                Vec::new()
            };
            topology.site_mut(&forest, &pool.site).pools.push(PoolNode {
                fqdn: pool.fqdn.clone(),
                version: Some(pool.version),
                edition: Some(pool.edition),
                users: model.users_on(&pool.fqdn),
                chat_pools: Vec::new(),
                blockers,
            });
        }
        let content = ContentCounts::of(model);
        let capacity = model.migration_status().1;
        for chat in model.chat_pools().iter() {
            let node = ChatPoolNode {
                fqdn: chat.fqdn.clone(),
                kind: chat.kind,
                state: chat.state,
                endpoints: model
                    .chat_endpoints()
                    .iter()
                    .filter(|e| e.chat_pool.eq_ignore_ascii_case(&chat.fqdn))
                    .map(|e| e.sip_address.clone())
                    .collect(),
                categories: content.categories(&chat.fqdn),
                rooms: content.rooms(&chat.fqdn),
                blockers: chat_pool_findings(model, &chat.fqdn, &capacity),
            };
            topology
                .home_pool_mut(&chat.home_pool)
                .chat_pools
                .push(node);
        }
        topology
    }

    /// Every site, with its forest's name.
    pub fn sites(&self) -> impl Iterator<Item = (&Forest, &SiteNode)> {
        self.forests
            .iter()
            .flat_map(|f| f.sites.iter().map(move |s| (f, s)))
    }

    /// Every registrar pool.
    pub fn pools(&self) -> impl Iterator<Item = &PoolNode> {
        self.sites().flat_map(|(_, s)| s.pools.iter())
    }

    /// Every chat pool, with its home pool.
    pub fn chat_pools(&self) -> impl Iterator<Item = (&PoolNode, &ChatPoolNode)> {
        self.pools()
            .flat_map(|p| p.chat_pools.iter().map(move |c| (p, c)))
    }

    /// True when the model holds no site, pool or chat pool.
    pub fn is_empty(&self) -> bool {
        self.forests.is_empty()
    }

    /// The site `name` of `forest`, added (with its forest) if this is its first mention.
    fn site_mut(&mut self, forest: &str, name: &str) -> &mut SiteNode {
        let f = match self
            .forests
            .iter()
            .position(|f| f.name.eq_ignore_ascii_case(forest))
        {
            Some(i) => i,
            None => {
                self.forests.push(Forest {
                    name: forest.to_string(),
                    sites: Vec::new(),
                });
                self.forests.len() - 1
            }
        };
        let sites = &mut self.forests[f].sites;
        let s = match sites.iter().position(|s| s.name.eq_ignore_ascii_case(name)) {
            Some(i) => i,
            None => {
                sites.push(SiteNode {
                    name: name.to_string(),
                    pools: Vec::new(),
                });
                sites.len() - 1
            }
        };
        &mut sites[s]
    }

    /// The registrar pool `fqdn`; a pool the model does not hold is added, without a version,
    /// to a site of that name in the default forest so its chat pools still appear.
    fn home_pool_mut(&mut self, fqdn: &str) -> &mut PoolNode {
        let found = self.forests.iter().enumerate().find_map(|(f, forest)| {
            forest.sites.iter().enumerate().find_map(|(s, site)| {
                site.pools
                    .iter()
                    .position(|p| p.fqdn.eq_ignore_ascii_case(fqdn))
                    .map(|p| (f, s, p))
            })
        });
        match found {
            Some((f, s, p)) => &mut self.forests[f].sites[s].pools[p],
            None => {
                let site = self.site_mut(DEFAULT_FOREST, MISSING_SITE);
                site.pools.push(PoolNode {
                    fqdn: fqdn.to_string(),
                    version: None,
                    edition: None,
                    users: 0,
                    chat_pools: Vec::new(),
                    blockers: Vec::new(),
                });
                site.pools.last_mut().expect("just pushed")
            }
        }
    }
}

/// The site that holds home pools the model does not know.
pub const MISSING_SITE: &str = "(pools missing from the model)";

/// Categories and rooms per chat pool, counted in one pass.
struct ContentCounts {
    categories: HashMap<String, usize>,
    rooms: HashMap<String, usize>,
}

impl ContentCounts {
    fn of(model: &Model) -> Self {
        let mut categories = HashMap::new();
        for c in model.categories().iter() {
            *categories
                .entry(key(&c.chat_pool).into_owned())
                .or_default() += 1;
        }
        let mut rooms = HashMap::new();
        for r in model.rooms().iter() {
            *rooms.entry(key(&r.chat_pool).into_owned()).or_default() += 1;
        }
        ContentCounts { categories, rooms }
    }

    fn categories(&self, fqdn: &str) -> usize {
        self.categories
            .get(key(fqdn).as_ref())
            .copied()
            .unwrap_or(0)
    }

    fn rooms(&self, fqdn: &str) -> usize {
        self.rooms.get(key(fqdn).as_ref()).copied().unwrap_or(0)
    }
}

/// Asks the model whether `Remove-Pool` would succeed, on one scratch copy made on the first
/// question (a failed removal changes nothing; a successful one removes only that pool, which
/// does not change whether another pool homes users or chat pools).
struct RemovalProbe<'a> {
    model: &'a Model,
    scratch: Option<Model>,
}

impl<'a> RemovalProbe<'a> {
    fn new(model: &'a Model) -> Self {
        RemovalProbe {
            model,
            scratch: None,
        }
    }

    fn blockers(&mut self, fqdn: &str) -> Vec<Finding> {
        let scratch = self.scratch.get_or_insert_with(|| self.model.clone());
        match scratch.remove_pool(fqdn, Origin::default()) {
            Ok(_) => Vec::new(),
            Err(e) => vec![Finding {
                code: e.code(),
                text: e.to_string(),
            }],
        }
    }
}

/// A chat pool's decommission blockers (`Test-Decommission`) and capacity warnings
/// (`Get-MigrationStatus`), users who block it summarised in one finding.
fn chat_pool_findings(model: &Model, fqdn: &str, capacity: &[ModelWarning]) -> Vec<Finding> {
    let blockers = model.test_decommission(Some(fqdn)).unwrap_or_default();
    let (configured, others): (Vec<&Blocker>, Vec<&Blocker>) = blockers
        .iter()
        .partition(|b| b.reason == BlockerReason::UserConfigured);
    let mut findings: Vec<Finding> = others
        .iter()
        .map(|b| Finding {
            code: b.code(),
            text: b.description(),
        })
        .collect();
    if let Some(first) = configured.first() {
        let mut users: Vec<&str> = configured
            .iter()
            .take(USERS_NAMED)
            .map(|b| b.object.as_str())
            .collect();
        let more = configured.len().saturating_sub(USERS_NAMED);
        let more_text = format!("and {more} more");
        if more > 0 {
            users.push(&more_text);
        }
        findings.push(Finding {
            code: first.code(),
            text: if configured.len() == 1 {
                format!("the legacy client of {} is configured for it", first.object)
            } else {
                format!(
                    "the legacy clients of {} are configured for it: {}",
                    plural(configured.len(), "user"),
                    users.join(", ")
                )
            },
        });
    }
    findings.extend(
        capacity
            .iter()
            .filter(|w| matches!(w, ModelWarning::PoolCapacity { chat_pool, .. } if chat_pool.eq_ignore_ascii_case(fqdn)))
            .map(|w| Finding {
                code: w.code(),
                text: w.to_string(),
            }),
    );
    findings
}

/// `1 user`, `3 users`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `1 category`, `3 categories`.
pub fn categories_text(n: usize) -> String {
    if n == 1 {
        "1 category".to_string()
    } else {
        format!("{n} categories")
    }
}

impl PoolNode {
    /// `Lync 2013 · Enterprise`, or `not in the model`.
    pub fn caption(&self) -> String {
        match (self.version, self.edition) {
            (Some(v), Some(e)) => format!("{} · {}", v.short(), e),
            (Some(v), None) => v.short().to_string(),
            _ => "not in the model".to_string(),
        }
    }
}

impl ChatPoolNode {
    /// `Persistent Chat · Running`.
    pub fn caption(&self) -> String {
        format!("{} · {}", self.kind.product(), self.state)
    }

    /// `2 categories, 3 rooms`.
    pub fn content(&self) -> String {
        format!(
            "{}, {}",
            categories_text(self.categories),
            plural(self.rooms, "room")
        )
    }
}

impl PoolNode {
    /// The lines every picture writes in the pool's box.
    pub fn lines(&self) -> Vec<String> {
        vec![
            self.fqdn.clone(),
            self.caption(),
            plural(self.users, "user"),
        ]
    }

    /// The tooltip: product, edition, users, then each blocker.
    pub fn title(&self) -> String {
        let what = match (self.version, self.edition) {
            (Some(v), Some(e)) => format!("{}, {} Edition", v.product(), e),
            _ => "a home pool the model does not hold".to_string(),
        };
        let mut title = format!(
            "{}: {what}; {} homed",
            self.fqdn,
            plural(self.users, "user")
        );
        push_findings(&mut title, &self.blockers);
        title
    }
}

impl ChatPoolNode {
    /// The lines every picture writes in the chat pool's box.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![self.fqdn.clone(), self.caption()];
        match self.endpoints.as_slice() {
            [] if self.kind == ChatPoolKind::PersistentChat => lines.push("no endpoint".into()),
            [] => {}
            endpoints => lines.extend(endpoints.iter().map(|e| format!("endpoint {e}"))),
        }
        lines.push(self.content());
        lines
    }

    /// The tooltip: kind, state, content, then each blocker.
    pub fn title(&self, home: &PoolNode) -> String {
        let mut title = format!(
            "{}: {} pool homed on {}, {}; {}",
            self.fqdn,
            self.kind.product(),
            home.fqdn,
            self.state,
            self.content()
        );
        push_findings(&mut title, &self.blockers);
        title
    }
}

/// Appends one `⚠ …` line per finding.
fn push_findings(title: &mut String, findings: &[Finding]) {
    for finding in findings {
        title.push_str("\n⚠ ");
        title.push_str(&finding.to_string());
    }
}
