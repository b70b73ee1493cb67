//! The fact table of real Lync Server / Skype for Business Server cmdlet names
//! (`real_cmdlets.txt`, from Microsoft's cmdlet reference).
//!
//! A name in the table that no coexist command answers to is a real cmdlet outside the model:
//! the interpreter reports `coexist::model::not_modelled_cmdlet` once per run and skips the
//! statement, so the rest of an admin's script still runs. A name in neither place stays
//! `coexist::eval::unknown_command`.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The table's text: comment lines start with `#`, then one name per line.
const TABLE: &str = include_str!("real_cmdlets.txt");

/// Lower-cased name → the name as the reference spells it.
static NAMES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    TABLE
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|name| (name.to_ascii_lowercase(), name))
        .collect()
});

/// The reference's spelling of `name` when it is a real cmdlet (any casing, optionally
/// module-qualified as `Lync\…` or `SkypeForBusiness\…`).
pub fn real_cmdlet(name: &str) -> Option<&'static str> {
    let bare = match name.rsplit_once('\\') {
        Some((module, bare))
            if crate::cmdlets::registry::MODULES
                .iter()
                .any(|m| m.eq_ignore_ascii_case(module)) =>
        {
            bare
        }
        Some(_) => return None,
        None => name,
    };
    NAMES.get(&bare.to_ascii_lowercase()).copied()
}

/// Every real cmdlet name, in no particular order.
pub fn real_cmdlets() -> impl Iterator<Item = &'static str> {
    NAMES.values().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_names_in_any_casing_and_module() {
        assert_eq!(real_cmdlet("get-csvoicepolicy"), Some("Get-CsVoicePolicy"));
        assert_eq!(
            real_cmdlet("SkypeForBusiness\\Set-CsConferencingPolicy"),
            Some("Set-CsConferencingPolicy")
        );
        assert_eq!(real_cmdlet("Get-CsVoicePolicyy"), None);
        assert_eq!(real_cmdlet("Other\\Get-CsVoicePolicy"), None);
    }

    #[test]
    fn the_table_holds_every_in_scope_cmdlet() {
        for name in [
            "Set-CsPersistentChatState",
            "Get-CsAdUser",
            "Move-CsLegacyUser",
        ] {
            assert!(real_cmdlet(name).is_some(), "{name}");
        }
        assert!(real_cmdlets().count() > 800);
    }
}
