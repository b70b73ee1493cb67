//! Tab completion as a plain function over (line, cursor, names): cmdlet names and aliases,
//! parameters not yet given, ValidateSet values, live object names for identity-like
//! parameters, and variables after `$`.

use super::context::{analyse, WordKind};
use super::names::{object_kind, Names};

/// The completions of the word before `pos`: where the word starts and the replacements,
/// best first (prefix matches before substring matches, both case-insensitive).
pub fn complete(line: &str, pos: usize, names: &Names) -> (usize, Vec<String>) {
    let ctx = analyse(line, pos);
    let word = ctx.word;
    let candidates: Vec<String> = match &ctx.kind {
        WordKind::Command => names.commands(),
        WordKind::Variable => names.variables.iter().map(|v| format!("${v}")).collect(),
        WordKind::Parameter => match ctx.command {
            None => Vec::new(),
            Some(spec) => {
                let typed = word.trim_start_matches('-');
                spec.signature
                    .params
                    .iter()
                    .filter(|p| !ctx.given.iter().any(|g| p.answers_to(g)))
                    .flat_map(|p| {
                        // An alias is offered only when it, not the name, matches what is typed.
                        let alias = (!starts_with_ci(&p.name, typed))
                            .then(|| p.aliases.iter().find(|a| starts_with_ci(a, typed)))
                            .flatten();
                        std::iter::once(format!("-{}", p.name))
                            .chain(alias.map(|a| format!("-{a}")))
                    })
                    .collect()
            }
        },
        WordKind::Value(param) => {
            let spec_param = ctx
                .command
                .zip(param.as_deref())
                .and_then(|(spec, p)| spec.signature.find(p).map(|p| (spec, p)));
            match spec_param {
                None => Vec::new(),
                Some((_, p)) if !p.values.is_empty() => p.values.clone(),
                Some((spec, p)) => object_kind(spec.name, &p.name)
                    .map(|kind| names.objects(kind).iter().map(|n| quote(n)).collect())
                    .unwrap_or_default(),
            }
        }
    };
    (ctx.word_start, rank(word, candidates))
}

/// Prefix matches first, then substring matches; duplicates (any casing) removed.
fn rank(word: &str, candidates: Vec<String>) -> Vec<String> {
    let bare = word.trim_matches(['\'', '"']);
    let mut seen = std::collections::HashSet::new();
    let mut unique: Vec<String> = candidates
        .into_iter()
        .filter(|c| seen.insert(c.to_ascii_lowercase()))
        .collect();
    let lower = bare.to_ascii_lowercase();
    let mut prefix: Vec<String> = Vec::new();
    let mut inner: Vec<String> = Vec::new();
    for c in unique.drain(..) {
        let key = c.trim_start_matches('\'').to_ascii_lowercase();
        if key.starts_with(&lower) {
            prefix.push(c);
        } else if !lower.is_empty() && key.contains(lower.trim_start_matches(['-', '$'])) {
            inner.push(c);
        }
    }
    if prefix.is_empty() {
        inner
    } else {
        prefix
    }
}

/// Case-insensitive `starts_with`.
fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.is_char_boundary(prefix.len())
        && text[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Quotes a value that would not survive as a bareword.
fn quote(name: &str) -> String {
    let special = |c: char| c.is_whitespace() || "'\"`$,;(){}|&<>".contains(c);
    if name.chars().any(special) || name.starts_with(['@', '#']) {
        format!("'{}'", name.replace('\'', "''"))
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        Names {
            variables: vec!["users".into(), "target".into()],
            functions: vec!["Invoke-Wave".into()],
            pools: vec!["lync2013.contoso.com".into(), "lync2010.contoso.com".into()],
            chat_pools: vec!["pchat.contoso.com".into()],
            users: vec!["sip:ann@contoso.com".into(), "sip:bob@contoso.com".into()],
            policies: vec!["Global".into(), "Sales Policy".into()],
            rooms: vec!["pchat.contoso.com\\Sales".into()],
            categories: vec!["pchat.contoso.com\\General".into()],
            ..Names::default()
        }
    }

    fn done(line: &str) -> Vec<String> {
        complete(line, line.len(), &names()).1
    }

    #[test]
    fn cmdlet_names_and_aliases_in_any_casing() {
        assert_eq!(
            complete("Move-Us", 7, &names()),
            (0, vec!["Move-User".into()])
        );
        assert!(done("move-csu").contains(&"Move-CsUser".to_string()));
        assert!(done("Get-User | move-").contains(&"Move-User".to_string()));
        assert!(done("invoke-w").contains(&"Invoke-Wave".to_string()));
        // Substring matches when no prefix matches.
        assert!(done("ChatRoo").contains(&"New-ChatRoom".to_string()));
    }

    #[test]
    fn parameters_not_yet_given() {
        let got = done("Move-User -Identity ann -");
        assert!(got.contains(&"-Target".to_string()), "{got:?}");
        assert!(!got.contains(&"-Identity".to_string()), "{got:?}");
        assert_eq!(done("Move-User -ta"), vec!["-Target".to_string()]);
        // An alias is offered when only it matches.
        assert!(done("New-User -Regis").contains(&"-RegistrarPool".to_string()));
    }

    #[test]
    fn validate_set_values() {
        let got = done("New-Pool -Version ");
        assert_eq!(got, vec!["Ocs2007R2", "Lync2010", "Lync2013"]);
        assert_eq!(done("New-Pool -Version l"), vec!["Lync2010", "Lync2013"]);
        assert_eq!(done("Get-User -ErrorAction Sil"), vec!["SilentlyContinue"]);
    }

    #[test]
    fn live_object_names() {
        assert_eq!(
            done("Move-User -Identity sip:ann@contoso.com -Target lync2013"),
            vec!["lync2013.contoso.com"]
        );
        assert_eq!(done("New-ChatPool -HomePool ").len(), 2);
        assert_eq!(done("Set-User sip:b"), vec!["sip:bob@contoso.com"]);
        assert_eq!(
            done("Grant-PersistentChatPolicy -Identity sip:ann@contoso.com -PolicyName Sal"),
            vec!["'Sales Policy'"]
        );
        assert_eq!(
            done("Get-ChatRoom -Identity pchat"),
            vec!["pchat.contoso.com\\Sales"]
        );
        assert_eq!(
            done("New-ChatRoom -Name R -Category "),
            vec!["pchat.contoso.com\\General"]
        );
        assert_eq!(done("Move-ChatData -Source "), vec!["pchat.contoso.com"]);
    }

    #[test]
    fn variables_after_dollar() {
        assert_eq!(done("$us"), vec!["$users"]);
        assert_eq!(done("Move-User -Target $t"), vec!["$target"]);
        assert_eq!(complete("x; $u", 5, &names()).0, 3);
    }
}
