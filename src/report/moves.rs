//! What moved between the model before a run and after it: users whose registrar pool changed
//! (counted per pair of pools) and legacy chat data that reached a Persistent Chat pool
//! (counted in the categories and rooms the target gained), drawn as arrows between pools.
//!
//! Both come from comparing the two models, as the plan does: a user the script creates and
//! then moves is an added user, not a move.

use super::layout::{self, Direction, Drawing, Link, NodeBox};
use super::palette;
use super::topology::{categories_text, plural};
use crate::model::idmap::key;
use crate::model::Model;
use indexmap::IndexMap;

/// One arrow of the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Movement {
    /// The pool things left.
    pub from: String,
    /// The pool they reached.
    pub to: String,
    /// What moved.
    pub what: Moved,
}

/// What a [`Movement`] carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    /// Users moved from one registrar pool to another.
    Users(usize),
    /// A legacy pool's data migrated: the categories and rooms the target gained in the run.
    ChatData {
        /// Categories the target gained.
        categories: usize,
        /// Rooms the target gained.
        rooms: usize,
    },
}

impl Movement {
    /// The arrow's label: `60 users`, `2 categories, 3 rooms`.
    pub fn label(&self) -> String {
        match self.what {
            Moved::Users(n) => plural(n, "user"),
            Moved::ChatData { categories, rooms } => {
                format!("{}, {}", categories_text(categories), plural(rooms, "room"))
            }
        }
    }
}

impl std::fmt::Display for Movement {
    /// `60 users lync2010.contoso.com → lync2013.contoso.com`, or
    /// `chat data gc2010.contoso.com → pchat.contoso.com: 2 categories, 3 rooms`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.what {
            Moved::Users(_) => write!(f, "{} {} → {}", self.label(), self.from, self.to),
            Moved::ChatData { .. } => {
                write!(f, "chat data {} → {}: {}", self.from, self.to, self.label())
            }
        }
    }
}

/// Every movement from `before` to `after`: user moves first, then chat data migrations.
pub fn movements(before: &Model, after: &Model) -> Vec<Movement> {
    let mut users: IndexMap<(String, String), Movement> = IndexMap::new();
    for user in after.users().iter() {
        let Some(old) = before.users().get(&user.sip_address) else {
            continue;
        };
        if old
            .registrar_pool
            .eq_ignore_ascii_case(&user.registrar_pool)
        {
            continue;
        }
        let pair = (
            key(&old.registrar_pool).into_owned(),
            key(&user.registrar_pool).into_owned(),
        );
        let entry = users.entry(pair).or_insert_with(|| Movement {
            from: old.registrar_pool.clone(),
            to: user.registrar_pool.clone(),
            what: Moved::Users(0),
        });
        if let Moved::Users(n) = &mut entry.what {
            *n += 1;
        }
    }
    let mut moves: Vec<Movement> = users.into_values().collect();
    for target in after.chat_pools().iter() {
        let earlier: &[String] = before
            .chat_pools()
            .get(&target.fqdn)
            .map_or(&[], |c| c.received_from.as_slice());
        let sources = target
            .received_from
            .iter()
            .filter(|s| !earlier.iter().any(|e| e.eq_ignore_ascii_case(s)));
        for source in sources {
            moves.push(Movement {
                from: source.clone(),
                to: target.fqdn.clone(),
                what: Moved::ChatData {
                    categories: gained(
                        before
                            .categories()
                            .iter()
                            .map(|c| (&c.chat_pool, &c.identity)),
                        after
                            .categories()
                            .iter()
                            .map(|c| (&c.chat_pool, &c.identity)),
                        &target.fqdn,
                    ),
                    rooms: gained(
                        before.rooms().iter().map(|r| (&r.chat_pool, &r.identity)),
                        after.rooms().iter().map(|r| (&r.chat_pool, &r.identity)),
                        &target.fqdn,
                    ),
                },
            });
        }
    }
    moves
}

/// How many `(chat pool, identity)` items on `pool` are in `after` but not in `before`.
fn gained<'a>(
    before: impl Iterator<Item = (&'a String, &'a String)>,
    after: impl Iterator<Item = (&'a String, &'a String)>,
    pool: &str,
) -> usize {
    let on_pool = |(p, _): &(&String, &String)| p.eq_ignore_ascii_case(pool);
    let old: std::collections::HashSet<String> = before
        .filter(on_pool)
        .map(|(_, id)| key(id).into_owned())
        .collect();
    after
        .filter(on_pool)
        .filter(|(_, id)| !old.contains(key(id).as_ref()))
        .count()
}

/// The movements as arrows between pool boxes, laid out left to right; `None` when nothing
/// moved.
pub fn picture(moves: &[Movement], before: &Model, after: &Model) -> Option<String> {
    if moves.is_empty() {
        return None;
    }
    let mut names: IndexMap<String, String> = IndexMap::new();
    for m in moves {
        for pool in [&m.from, &m.to] {
            names
                .entry(key(pool).into_owned())
                .or_insert_with(|| pool.clone());
        }
    }
    let boxes: Vec<NodeBox> = names.values().map(|n| pool_box(n, before, after)).collect();
    let links: Vec<Link> = moves
        .iter()
        .map(|m| Link {
            from: names.get_index_of(key(&m.from).as_ref()).unwrap_or(0),
            to: names.get_index_of(key(&m.to).as_ref()).unwrap_or(0),
            label: m.label(),
            arrow: true,
            class: match m.what {
                Moved::Users(_) => "user-move",
                Moved::ChatData { .. } => "chat-migration",
            },
        })
        .collect();
    let drawing = layout::lay_out(&boxes, &links, Direction::Right, "moves");
    let framed = super::svg::stack(&[drawing]);
    let with_marker = Drawing {
        body: format!("{}{}", layout::arrow_marker("moves"), framed.body),
        ..framed
    };
    Some(super::svg::document(
        &with_marker,
        &format!("Movements: {}", plural(moves.len(), "arrow")),
    ))
}

/// A pool of the movement picture, coloured as in the topology, with whether the run kept it.
fn pool_box(fqdn: &str, before: &Model, after: &Model) -> NodeBox {
    let in_before = exists(before, fqdn);
    let in_after = exists(after, fqdn);
    let status = match (in_before, in_after) {
        (true, true) => "before and after",
        (false, true) => "added by this run",
        (true, false) => "removed by this run",
        (false, false) => "created and removed in this run",
    };
    let model = if in_after { after } else { before };
    let (colors, class) = if let Some(pool) = model.pools().get(fqdn) {
        (
            palette::pool(Some(pool.version)),
            format!("pool {}", palette::version_class(Some(pool.version))),
        )
    } else if let Some(chat) = model.chat_pools().get(fqdn) {
        (
            palette::chat_pool(chat.kind),
            format!("chat-pool {}", chat.kind.as_str().to_ascii_lowercase()),
        )
    } else {
        (palette::pool(None), "missing".to_string())
    };
    NodeBox {
        lines: vec![fqdn.to_string(), status.to_string()],
        colors,
        class,
        title: Some(format!("{fqdn}: {status}")),
        rounded: model.chat_pools().get(fqdn).is_some(),
        dashed: !in_after,
        outline: None,
    }
}

fn exists(model: &Model, fqdn: &str) -> bool {
    model.pools().get(fqdn).is_some() || model.chat_pools().get(fqdn).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model_of;

    const SETUP: &str = "New-Site S\n\
        New-Pool a.contoso.com -Version Lync2013 -Site S\n\
        New-Pool b.contoso.com -Version Lync2013 -Site S\n\
        1..3 | ForEach-Object { New-User \"sip:a$_@contoso.com\" -Pool a.contoso.com }\n\
        1..2 | ForEach-Object { New-User \"sip:b$_@contoso.com\" -Pool b.contoso.com }\n";

    #[test]
    fn moves_are_counted_per_pair_of_pools_both_ways() {
        let before = model_of(SETUP);
        let after = model_of(&format!(
            "{SETUP}Move-User sip:a1@contoso.com -Target b.contoso.com\n\
             Move-User sip:a2@contoso.com -Target b.contoso.com\n\
             Move-User sip:b1@contoso.com -Target a.contoso.com\n\
             New-User sip:new@contoso.com -Pool a.contoso.com\n\
             Move-User sip:new@contoso.com -Target b.contoso.com\n"
        ));
        let moves = movements(&before, &after);
        let lines: Vec<String> = moves.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "2 users a.contoso.com → b.contoso.com",
                "1 user b.contoso.com → a.contoso.com"
            ]
        );
        // Arrows both ways between two pools still lay out.
        let svg = picture(&moves, &before, &after).unwrap();
        roxmltree::Document::parse(&svg).unwrap();
        assert!(svg.contains(">2 users<") && svg.contains(">1 user<"));
        assert!(picture(&[], &before, &after).is_none());
    }

    #[test]
    fn chat_data_counts_what_the_target_gained() {
        let setup = "New-Site S\n\
            New-Pool l10.contoso.com -Version Lync2010 -Site S\n\
            New-Pool l13.contoso.com -Version Lync2013 -Site S\n\
            New-ChatPool gc.contoso.com -HomePool l10.contoso.com -Kind GroupChat2010\n\
            New-ChatPool pc.contoso.com -HomePool l13.contoso.com -FileStore \\\\fs\\pc\n\
            New-ChatCategory Sales -ChatPool gc.contoso.com\n\
            New-ChatRoom Deals -Category gc.contoso.com\\Sales\n\
            New-ChatRoom Leads -Category gc.contoso.com\\Sales\n";
        let before = model_of(setup);
        let after = model_of(&format!(
            "{setup}Stop-ChatPool gc.contoso.com\nStop-ChatPool pc.contoso.com\n\
             Move-ChatData -Source gc.contoso.com -Target pc.contoso.com\n"
        ));
        let moves = movements(&before, &after);
        assert_eq!(
            moves.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["chat data gc.contoso.com → pc.contoso.com: 1 category, 2 rooms"]
        );
        assert!(
            movements(&after, &after).is_empty(),
            "a migration is reported once"
        );
    }
}
