//! The dry-run plan summary: the net difference between the model before and after a run,
//! one line per object (`  + ChatRoom …`, `  ~ User … (Prop: old -> new)`, `  - …`), then
//! `Plan: N to add, N to change, N to remove.` or `No changes.`; or one JSON object.

use crate::model::diff::{Change, PlanItem};

fn counts(items: &[PlanItem]) -> (usize, usize, usize) {
    items
        .iter()
        .fold((0, 0, 0), |(a, c, r), item| match item.change {
            Change::Add => (a + 1, c, r),
            Change::Change(_) => (a, c + 1, r),
            Change::Remove => (a, c, r + 1),
        })
}

/// The plan as text lines for stdout.
pub fn render_text(items: &[PlanItem]) -> String {
    if items.is_empty() {
        return "No changes.\n".to_string();
    }
    let mut out = String::new();
    for item in items {
        let line = match &item.change {
            Change::Add => format!("  + {} {}\n", item.kind, item.identity),
            Change::Remove => format!("  - {} {}\n", item.kind, item.identity),
            Change::Change(props) => {
                let changes: Vec<String> = props
                    .iter()
                    .map(|(name, old, new)| format!("{name}: {} -> {}", shown(old), shown(new)))
                    .collect();
                format!(
                    "  ~ {} {} ({})\n",
                    item.kind,
                    item.identity,
                    changes.join(", ")
                )
            }
        };
        out.push_str(&line);
    }
    let (add, change, remove) = counts(items);
    out.push_str(&format!(
        "Plan: {add} to add, {change} to change, {remove} to remove.\n"
    ));
    out
}

/// An empty value shows as `(none)` so `A ->` never ends a line.
fn shown(value: &str) -> &str {
    if value.is_empty() {
        "(none)"
    } else {
        value
    }
}

/// The plan as one JSON object: `{"plan":{"add":N,"change":N,"remove":N,"items":[…]}}`.
pub fn render_json(items: &[PlanItem]) -> String {
    let (add, change, remove) = counts(items);
    let items: Vec<serde_json::Value> = items
        .iter()
        .map(|item| {
            let (action, properties) = match &item.change {
                Change::Add => ("add", Vec::new()),
                Change::Remove => ("remove", Vec::new()),
                Change::Change(props) => (
                    "change",
                    props
                        .iter()
                        .map(|(name, old, new)| serde_json::json!({"name": name, "old": old, "new": new}))
                        .collect(),
                ),
            };
            serde_json::json!({
                "kind": item.kind.to_string(),
                "identity": item.identity,
                "action": action,
                "properties": properties,
            })
        })
        .collect();
    let plan = serde_json::json!({"plan": {"add": add, "change": change, "remove": remove, "items": items}});
    format!("{plan}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn item(kind: Kind, identity: &str, change: Change) -> PlanItem {
        PlanItem {
            kind,
            identity: identity.into(),
            change,
        }
    }

    #[test]
    fn text_lists_each_object_then_the_totals() {
        let items = vec![
            item(Kind::ChatRoom, "pchat.contoso.com\\Sales", Change::Add),
            item(
                Kind::User,
                "sip:ann@contoso.com",
                Change::Change(vec![(
                    "RegistrarPool".into(),
                    "lync2010.contoso.com".into(),
                    "lync2013.contoso.com".into(),
                )]),
            ),
            item(Kind::ChatPool, "gc.contoso.com", Change::Remove),
        ];
        assert_eq!(
            render_text(&items),
            "  + ChatRoom pchat.contoso.com\\Sales\n  ~ User sip:ann@contoso.com (RegistrarPool: lync2010.contoso.com -> lync2013.contoso.com)\n  - ChatPool gc.contoso.com\nPlan: 1 to add, 1 to change, 1 to remove.\n"
        );
        assert_eq!(render_text(&[]), "No changes.\n");
    }

    #[test]
    fn json_has_counts_and_items() {
        let json: serde_json::Value =
            serde_json::from_str(&render_json(&[item(Kind::Site, "Redmond", Change::Add)]))
                .unwrap();
        assert_eq!(json["plan"]["add"], 1);
        assert_eq!(json["plan"]["items"][0]["kind"], "Site");
        assert_eq!(json["plan"]["items"][0]["action"], "add");
    }
}
