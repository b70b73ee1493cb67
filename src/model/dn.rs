//! Distinguished names (`CN=Ken Myer,OU=Sales,DC=contoso,DC=com`): splitting, canonical
//! spelling, the domain and forest a name lies in.

/// The relative names of a DN, outermost last, as `(ATTR, value)` with the attribute
/// upper-cased and both parts trimmed; `None` when a part is not `attr=value`. A comma
/// escaped with a backslash (`CN=Myer\, Ken`) stays in its value.
pub fn parts(dn: &str) -> Option<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in dn.chars() {
        if escaped {
            current.push(c);
            escaped = false;
        } else if c == '\\' {
            current.push(c);
            escaped = true;
        } else if c == ',' {
            out.push(part(&current)?);
            current.clear();
        } else {
            current.push(c);
        }
    }
    out.push(part(&current)?);
    Some(out)
}

fn part(text: &str) -> Option<(String, String)> {
    let (attr, value) = text.split_once('=')?;
    let (attr, value) = (attr.trim(), value.trim());
    let ok = !attr.is_empty()
        && !value.is_empty()
        && attr.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then(|| (attr.to_ascii_uppercase(), value.to_string()))
}

/// The canonical spelling of a DN (`CN=x,OU=y,DC=a,DC=b`), or `None` when it is not one.
pub fn canonical(dn: &str) -> Option<String> {
    Some(join(&parts(dn)?))
}

fn join(parts: &[(String, String)]) -> String {
    parts
        .iter()
        .map(|(a, v)| format!("{a}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Whether the text is a DN naming a domain only (`DC=contoso,DC=com`).
pub fn is_domain(dn: &str) -> bool {
    parts(dn).is_some_and(|p| p.iter().all(|(a, _)| a == "DC"))
}

/// The domain part of a DN (`DC=contoso,DC=com`), empty when it has none.
pub fn domain_of(dn: &str) -> String {
    let parts = parts(dn).unwrap_or_default();
    let start = parts
        .iter()
        .rposition(|(a, _)| a != "DC")
        .map_or(0, |i| i + 1);
    join(&parts[start..])
}

/// The DNS name of a DN's domain (`contoso.com`), lower-case; also its forest's name.
pub fn dns_name(dn: &str) -> String {
    parts(dn)
        .unwrap_or_default()
        .iter()
        .filter(|(a, _)| a == "DC")
        .map(|(_, v)| v.to_lowercase())
        .collect::<Vec<_>>()
        .join(".")
}

/// The domain DN of a DNS name (`contoso.com` → `DC=contoso,DC=com`).
pub fn domain_dn(dns: &str) -> String {
    dns.split('.')
        .filter(|l| !l.is_empty())
        .map(|l| format!("DC={l}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// The NetBIOS-style name of a DN's domain (its first label, `CONTOSO`).
pub fn netbios(dn: &str) -> String {
    dns_name(dn)
        .split('.')
        .next()
        .unwrap_or_default()
        .to_uppercase()
}

/// The DN of a child: `ATTR=name,parent`.
pub fn child(attr: &str, name: &str, parent: &str) -> String {
    format!("{attr}={},{parent}", name.trim())
}

/// The parent of a DN (everything after its first part), empty for a single part.
pub fn parent(dn: &str) -> String {
    parts(dn).map_or(String::new(), |p| join(&p[1..]))
}

/// Whether `dn` equals `ancestor` or lies under it (case-insensitive).
pub fn is_under(dn: &str, ancestor: &str) -> bool {
    let (dn, ancestor) = (dn.to_lowercase(), ancestor.to_lowercase());
    dn == ancestor || dn.ends_with(&format!(",{ancestor}"))
}

/// `dn` with its `old` ancestor (or itself) replaced by `new`; `None` when not under `old`.
pub fn rebase(dn: &str, old: &str, new: &str) -> Option<String> {
    if dn.eq_ignore_ascii_case(old) {
        return Some(new.to_string());
    }
    let cut = dn.len().checked_sub(old.len() + 1)?;
    let (head, tail) = (dn.get(..cut)?, dn.get(cut..)?);
    (tail.len() == old.len() + 1 && tail[1..].eq_ignore_ascii_case(old) && tail.starts_with(','))
        .then(|| format!("{head},{new}"))
}

/// A case-insensitive match where `*` stands for any run of characters (the only wildcard
/// the AD identities take).
pub fn star_match(pattern: &str, text: &str) -> bool {
    let (pattern, text) = (pattern.to_lowercase(), text.to_lowercase());
    let pieces: Vec<&str> = pattern.split('*').collect();
    if pieces.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for piece in &pieces[1..pieces.len() - 1] {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_split_and_spelled_canonically() {
        assert_eq!(
            canonical("cn=Ken Myer, ou=Sales ,dc=contoso,dc=com").as_deref(),
            Some("CN=Ken Myer,OU=Sales,DC=contoso,DC=com")
        );
        assert_eq!(canonical("Ken Myer"), None);
        assert_eq!(canonical("CN=,DC=x"), None);
        assert_eq!(
            parts(r"CN=Myer\, Ken,DC=x").unwrap()[0].1,
            r"Myer\, Ken".to_string()
        );
    }

    #[test]
    fn domains_and_forests_come_from_the_dc_parts() {
        let dn = "CN=Ken,OU=Sales,DC=Contoso,DC=com";
        assert_eq!(domain_of(dn), "DC=Contoso,DC=com");
        assert_eq!(dns_name(dn), "contoso.com");
        assert_eq!(netbios(dn), "CONTOSO");
        assert_eq!(domain_dn("contoso.com"), "DC=contoso,DC=com");
        assert!(is_domain("DC=contoso,DC=com"));
        assert!(!is_domain(dn));
        assert_eq!(parent(dn), "OU=Sales,DC=Contoso,DC=com");
    }

    #[test]
    fn ancestors_are_rebased() {
        let dn = "CN=Ken,OU=Sales,DC=x";
        assert!(is_under(dn, "ou=sales,dc=x"));
        assert!(!is_under(dn, "OU=Ales,DC=x"));
        assert_eq!(
            rebase(dn, "OU=Sales,DC=x", "OU=Sales,OU=EMEA,DC=x").as_deref(),
            Some("CN=Ken,OU=Sales,OU=EMEA,DC=x")
        );
        assert_eq!(rebase(dn, "OU=Ales,DC=x", "OU=B,DC=x"), None);
    }

    #[test]
    fn stars_match_any_run() {
        assert!(star_match("ken*", "Ken Myer"));
        assert!(star_match("*myer", "Ken Myer"));
        assert!(star_match("k*n*r", "Ken Myer"));
        assert!(!star_match("k*z", "Ken Myer"));
        assert!(star_match("Ken Myer", "ken myer"));
    }
}
