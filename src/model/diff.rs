//! The dry-run plan: the net difference between the model before and after a run.
//!
//! Terraform-style: an object created then changed is one add, created then removed is
//! nothing, changed and changed back is nothing. Items are ordered by kind (model.md's order)
//! then by identity (case-insensitive).

use super::idmap::{key, IdMap, Identified};
use super::objects::Kind;
use super::view::ObjectView;
use super::Model;

/// What happened to one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Created.
    Add,
    /// Changed: `(property, old, new)` for each property that differs.
    Change(Vec<(String, String, String)>),
    /// Removed.
    Remove,
}

/// One line of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanItem {
    /// The object's kind.
    pub kind: Kind,
    /// Its identity (as written in the model that has it; `after` for changes).
    pub identity: String,
    /// What happened.
    pub change: Change,
}

impl std::fmt::Display for PlanItem {
    /// The plan line without indentation: `+ ChatRoom pchat.contoso.com\Sales`,
    /// `~ User sip:ann@contoso.com (RegistrarPool: a -> b)`, `- Site Dublin`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.change {
            Change::Add => write!(f, "+ {} {}", self.kind, self.identity),
            Change::Remove => write!(f, "- {} {}", self.kind, self.identity),
            Change::Change(props) => {
                write!(f, "~ {} {} (", self.kind, self.identity)?;
                for (i, (name, old, new)) in props.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{name}: {old} -> {new}")?;
                }
                f.write_str(")")
            }
        }
    }
}

/// How many objects a plan adds, changes and removes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanCounts {
    /// Objects added.
    pub add: usize,
    /// Objects changed.
    pub change: usize,
    /// Objects removed.
    pub remove: usize,
}

impl PlanCounts {
    /// Counts the items of a plan.
    pub fn of(items: &[PlanItem]) -> PlanCounts {
        let mut counts = PlanCounts::default();
        for item in items {
            match item.change {
                Change::Add => counts.add += 1,
                Change::Change(_) => counts.change += 1,
                Change::Remove => counts.remove += 1,
            }
        }
        counts
    }
}

impl std::fmt::Display for PlanCounts {
    /// `Plan: 3 to add, 120 to change, 1 to remove.` or `No changes.`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if *self == PlanCounts::default() {
            f.write_str("No changes.")
        } else {
            write!(
                f,
                "Plan: {} to add, {} to change, {} to remove.",
                self.add, self.change, self.remove
            )
        }
    }
}

/// The net difference from `before` to `after`.
pub fn diff(before: &Model, after: &Model) -> Vec<PlanItem> {
    super::kinds::diff_all(&before.data, &after.data)
}

/// The plan items of one kind's map, sorted by identity.
pub(crate) fn diff_map<T: ObjectView + Identified + PartialEq>(
    before: &IdMap<T>,
    after: &IdMap<T>,
    out: &mut Vec<PlanItem>,
) {
    let start = out.len();
    for old in before.iter() {
        match after.get(old.id()) {
            None => out.push(PlanItem {
                kind: old.kind(),
                identity: old.id().to_string(),
                change: Change::Remove,
            }),
            Some(new) if new != old => {
                let changes = changed_properties(old, new);
                if !changes.is_empty() {
                    out.push(PlanItem {
                        kind: new.kind(),
                        identity: new.id().to_string(),
                        change: Change::Change(changes),
                    });
                }
            }
            Some(_) => {}
        }
    }
    for new in after.iter() {
        if !before.contains(new.id()) {
            out.push(PlanItem {
                kind: new.kind(),
                identity: new.id().to_string(),
                change: Change::Add,
            });
        }
    }
    out[start..].sort_by(|x, y| key(&x.identity).cmp(&key(&y.identity)));
}

fn changed_properties<T: ObjectView>(old: &T, new: &T) -> Vec<(String, String, String)> {
    let (o, n) = (old.properties(), new.properties());
    o.into_iter()
        .zip(n)
        .filter(|((_, ov), (_, nv))| ov != nv)
        .map(|((name, ov), (_, nv))| (name.to_string(), ov.to_string(), nv.to_string()))
        .collect()
}
