//! The quality bar for one diagnostic (cli.md): the full human-readable report of the ten most
//! common mistakes, as a user sees it with `NO_COLOR=1` — code first, one sentence, the label
//! on the offending argument, a secondary label on the statement that made the conflicting fact
//! true, and help naming a concrete fix.
//!
//! Each case writes a small `migrate.ps1` into a temp dir and runs `coexist run migrate.ps1`
//! there, so the report's `╭─[migrate.ps1:line:col]` header is stable.

use assert_cmd::Command;

/// A deployment most cases start from: one site, a Lync 2010 and a Lync 2013 pool.
const TOPOLOGY: &str = "\
New-Site -Identity Redmond
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
";

/// Runs `script` as `migrate.ps1` and returns the exit code and stderr.
fn report(script: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("migrate.ps1"), script).expect("script written");
    let output = Command::cargo_bin("coexist")
        .expect("the coexist binary is built")
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .args(["run", "migrate.ps1"])
        .output()
        .expect("coexist runs");
    format!(
        "exit: {}\n{}",
        output
            .status
            .code()
            .map_or("signal".to_string(), |c| c.to_string()),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Snapshots the report of `script` under `name`, after checking it carries `code`.
fn check(name: &str, code: &str, script: &str) {
    let text = report(script);
    assert!(
        text.contains(&format!("coexist::{code}")),
        "{name}: expected coexist::{code} in\n{text}"
    );
    insta::assert_snapshot!(name, text);
}

#[test]
fn unknown_pool_with_did_you_mean() {
    check(
        "unknown_pool",
        "model::unknown_pool",
        &format!(
            "{TOPOLOGY}Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2031.contoso.com\n"
        ),
    );
}

#[test]
fn home_pool_version() {
    check(
        "home_pool_version",
        "model::home_pool_version",
        &format!(
            "{TOPOLOGY}# Persistent Chat on the Lync 2010 pool
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2010.contoso.com -FileStore \\\\fs01\\pchat\n"
        ),
    );
}

#[test]
fn use_move_legacy_user() {
    check(
        "use_move_legacy_user",
        "model::use_move_legacy_user",
        "New-Site -Identity Redmond
New-Pool -Fqdn ocs.contoso.com -Version Ocs2007R2 -Site Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool ocs.contoso.com
Move-CsUser -Identity sip:bob@contoso.com -Target lync2013.contoso.com
",
    );
}

#[test]
fn member_not_allowed() {
    check(
        "member_not_allowed",
        "model::member_not_allowed",
        &format!(
            "{TOPOLOGY}New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\\\fs01\\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com -AllowedMembers sip:ann@contoso.com
New-CsPersistentChatRoom -Name Deals -Category pchat.contoso.com\\Sales
Set-CsPersistentChatRoom -Identity pchat.contoso.com\\Deals -Members sip:ann@contoso.com, sip:bob@contoso.com
"
        ),
    );
}

#[test]
fn presenter_not_member() {
    check(
        "presenter_not_member",
        "model::presenter_not_member",
        &format!(
            "{TOPOLOGY}New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\\\fs01\\pchat
Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2013.contoso.com
New-CsPersistentChatCategory -Name Sales -PersistentChatPoolFqdn pchat.contoso.com -AllowedMembers sip:ann@contoso.com, sip:bob@contoso.com
New-CsPersistentChatRoom -Name AllHands -Category pchat.contoso.com\\Sales -Type Auditorium
Set-CsPersistentChatRoom -Identity pchat.contoso.com\\AllHands -Members sip:ann@contoso.com -Presenters sip:bob@contoso.com
"
        ),
    );
}

#[test]
fn migration_source_running() {
    check(
        "migration_source_running",
        "model::migration_source_running",
        &format!(
            "{TOPOLOGY}New-ChatPool -Fqdn gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\\\fs01\\gc
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -FileStore \\\\fs01\\pchat
Stop-ChatPool -Identity pchat.contoso.com
Move-ChatData -Source gc.contoso.com -Target pchat.contoso.com
"
        ),
    );
}

#[test]
fn pool_in_use() {
    check(
        "pool_in_use",
        "model::pool_in_use",
        &format!(
            "{TOPOLOGY}Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2010.contoso.com
Enable-CsUser -Identity sip:bob@contoso.com -RegistrarPool lync2010.contoso.com
Remove-Pool -Identity lync2010.contoso.com
"
        ),
    );
}

#[test]
fn duplicate_user() {
    check(
        "duplicate_user",
        "model::duplicate_user",
        &format!(
            "{TOPOLOGY}Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
Enable-CsUser -Identity sip:Ann@Contoso.com -RegistrarPool lync2010.contoso.com
"
        ),
    );
}

#[test]
fn unknown_parameter() {
    check(
        "unknown_parameter",
        "bind::",
        "New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Verison Lync2013 -Site Redmond
",
    );
}

#[test]
fn invalid_validate_set_value() {
    check(
        "invalid_validate_set_value",
        "bind::",
        "New-Site -Identity Redmond
New-Pool -Fqdn lync2013.contoso.com -Version Lync2016 -Site Redmond
",
    );
}

#[test]
fn far_apart_labels_put_the_primary_snippet_first() {
    let filler = "# …\n".repeat(12);
    let text = report(&format!(
        "{TOPOLOGY}Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2013.contoso.com
{filler}Enable-CsUser -Identity sip:ann@contoso.com -RegistrarPool lync2010.contoso.com
"
    ));
    let primary = text.find("╭─[migrate.ps1:17:25]").expect("primary header");
    let created = text.find("was created here").expect("secondary label");
    assert!(primary < created, "primary snippet first:\n{text}");
    insta::assert_snapshot!("far_apart_labels", text);
}
