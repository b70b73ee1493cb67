//! The rule table: every `coexist::model::…` code with its severity, what it says, why the
//! product (or coexist†) has it, and how to fix it. It feeds `docs/rules.md` and
//! `coexist explain CODE`.

/// Whether a rule rejects the operation or warns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The operation is rejected and nothing changes.
    Error,
    /// The operation is applied and a warning is reported.
    Warning,
}

/// One rule of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The stable code, `coexist::model::…`.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// The rule in one sentence.
    pub summary: &'static str,
    /// Why it holds (a † marks coexist's own modelling choices).
    pub why: &'static str,
    /// How to fix a script that breaks it.
    pub fix: &'static str,
}

/// The model.md section a rule belongs to, in order.
pub const SECTIONS: &[(&str, &str)] = &[
    ("Topology", "coexist::model::duplicate_site"),
    ("Users and policies", "coexist::model::duplicate_user"),
    (
        "Categories, rooms, add-ins",
        "coexist::model::duplicate_category",
    ),
    ("Migration", "coexist::model::migration_source_not_legacy"),
    (
        "The real Lync surface",
        "coexist::model::not_modelled_parameter",
    ),
];

const fn e(
    code: &'static str,
    summary: &'static str,
    why: &'static str,
    fix: &'static str,
) -> Rule {
    Rule {
        code,
        severity: Severity::Error,
        summary,
        why,
        fix,
    }
}

const fn w(
    code: &'static str,
    summary: &'static str,
    why: &'static str,
    fix: &'static str,
) -> Rule {
    Rule {
        code,
        severity: Severity::Warning,
        summary,
        why,
        fix,
    }
}

const DOC: &str = "Documented product behaviour.";
const OWN: &str =
    "† coexist's own modelling choice: the product documentation neither states nor forbids it.";

/// Every rule, in model.md's order (which is also the order in which they are checked).
pub fn rules() -> &'static [Rule] {
    RULES
}

static RULES: &[Rule] = &[
    // Topology
    e("coexist::model::duplicate_site", "Site names are unique.", OWN, "Choose another site name, or use the existing site."),
    e("coexist::model::unknown_site", "A referenced site must exist.", OWN, "Create the site with New-Site first, or fix the name (the help suggests the closest one)."),
    e("coexist::model::site_in_use", "A site that hosts pools cannot be removed.", OWN, "Remove the listed pools first."),
    e("coexist::model::ambiguous_name", "A bare name (a user's display name, or a category, room or add-in name without its pool) must match one object.", OWN, "Give the full identity: `pool\\name`, or the user's SIP address."),
    e("coexist::model::duplicate_fqdn", "An FQDN names at most one pool or chat pool, except a SingleComputer Persistent Chat pool collocated on a Standard Edition pool, which uses that pool's FQDN.", OWN, "Choose another FQDN."),
    e("coexist::model::unknown_pool", "A referenced registrar pool must exist.", DOC, "Create it with New-Pool first, or fix the FQDN (the help suggests the closest one)."),
    e("coexist::model::unknown_chat_pool", "A referenced chat pool must exist.", DOC, "Create it with New-ChatPool first, or fix the FQDN (the help suggests the closest one)."),
    e("coexist::model::not_a_registrar", "A chat pool's home pool, a user's registrar pool and a Move-User target must be a registrar pool, not a chat pool.", DOC, "Name the Front End or Standard Edition pool instead."),
    e("coexist::model::home_pool_version", "A chat pool's kind must match its home pool: Persistent Chat on Lync 2013, Group Chat 2010 on Lync 2010, Group Chat 2007 R2 on OCS 2007 R2.", DOC, "Home it on a pool of the matching version, or add -Kind GroupChat2010/GroupChat2007R2 to model an existing legacy Group Chat pool."),
    e("coexist::model::three_version_coexistence", "Within one forest, a Lync 2013 pool cannot coexist with both a Lync 2010 and an OCS 2007 R2 pool.", DOC, "Decommission one of the legacy versions first, or put the pool in a site of another forest."),
    e("coexist::model::cross_forest_move", "Move-User and Move-LegacyUser never cross forests: each forest is its own deployment.", DOC, "Move the user to a pool in its own forest."),
    e("coexist::model::pool_in_use", "A pool that homes users or chat pools cannot be removed.", OWN, "Move its users and remove or re-home its chat pools first."),
    e("coexist::model::chat_pool_in_use", "A Persistent Chat pool with categories, rooms, add-ins or an endpoint, or configured as a user's GroupChatPool, cannot be removed without -Force (which removes its content).", OWN, "Remove the content first, or add -Force."),
    e("coexist::model::server_limit", "A Persistent Chat pool has 1 to 4 active servers and at most 4 standby servers.", DOC, "Use -Servers 1..4 and -StandbyServers 0..4."),
    e("coexist::model::file_store_required", "Every Persistent Chat pool needs a -FileStore; a MultipleComputer pool needs a UNC path (\\\\host\\share).", DOC, "Add -FileStore \\\\fileserver\\share."),
    e("coexist::model::single_computer_pool", "A SingleComputer chat pool, or one collocated on a Standard Edition server, has exactly one server; a chat pool homed on a Standard Edition pool has no standby servers.", DOC, "Use -Servers 1 -StandbyServers 0, or a standalone MultipleComputer pool."),
    w("coexist::model::pool_capacity", "A Persistent Chat pool serving more than 20 000 users per active server, or more than 80 000, is beyond its documented capacity.", DOC, "Add active servers with Set-ChatPool -Servers, or spread users over more pools."),
    // Users and policies
    e("coexist::model::duplicate_user", "SIP addresses are unique.", DOC, "Use another SIP address, or change the existing user with Set-User."),
    e("coexist::model::unknown_user", "A referenced user must exist; a principal that is neither a user nor an address of a federated domain is unknown.", DOC, "Create the user with New-User first, or fix the name (the help suggests the closest one)."),
    e("coexist::model::invalid_sip_address", "A SIP address looks like sip:local@domain.", OWN, "Write it as sip:name@domain."),
    e("coexist::model::already_homed", "Move-User to the pool the user is already on.", OWN, "Choose another target, or drop the move."),
    e("coexist::model::use_move_legacy_user", "Users homed on OCS 2007 R2 are moved with Move-LegacyUser (Move-CsLegacyUser); users on Lync 2010/2013 with Move-User (Move-CsUser).", DOC, "Use the cmdlet the help names."),
    e("coexist::model::duplicate_policy", "Policy identities are unique.", DOC, "Change the existing policy with Set-PersistentChatPolicy."),
    e("coexist::model::unknown_policy", "A referenced policy must exist.", DOC, "Create it with New-PersistentChatPolicy first, or fix the name."),
    e("coexist::model::global_policy_exists", "The Global policy always exists and cannot be created; removing it resets it to defaults.", DOC, "Change it with Set-PersistentChatPolicy -Identity Global."),
    e("coexist::model::site_policy_unknown_site", "A Site:<name> policy needs an existing site.", DOC, "Create the site first, or fix the name."),
    e("coexist::model::grant_needs_tag_policy", "Only per-user (Tag:) policies can be granted; $null unassigns.", DOC, "Grant a Tag: policy, or $null."),
    e("coexist::model::policy_in_use", "A granted tag policy cannot be removed without -Force; with -Force its assignments are cleared (†).", DOC, "Grant $null to its users first, or add -Force."),
    w("coexist::model::policy_without_effect", "A policy granted to a user not homed on Lync 2013 has no effect until the user moves.", OWN, "Move the user to a Lync Server 2013 pool."),
    // Categories, rooms, add-ins
    e("coexist::model::duplicate_category", "Category names are unique per chat pool.", DOC, "Choose another name, or change it with Set-ChatCategory."),
    e("coexist::model::unknown_category", "A referenced category must exist.", DOC, "Create it with New-ChatCategory first, or fix the name."),
    e("coexist::model::category_nesting_unsupported", "-ParentCategory and category -Managers exist only on legacy Group Chat pools.", DOC, "Drop them on a Persistent Chat pool."),
    e("coexist::model::creator_not_allowed", "Creators must be allowed members that are not denied; denied always wins.", DOC, "Add the creators to -AllowedMembers and not to -DeniedMembers."),
    e("coexist::model::category_not_empty", "Only a category without rooms (or sub-categories) can be removed.", DOC, "Remove or move its rooms first."),
    e("coexist::model::cross_pool_reference", "A room's category and add-in (and a category's parent) must be on the same chat pool.", DOC, "Use a category or add-in of the room's own chat pool."),
    e("coexist::model::duplicate_room", "Room names are unique per chat pool.", DOC, "Choose another name, or change it with Set-ChatRoom."),
    e("coexist::model::unknown_room", "A referenced room must exist.", DOC, "Create it with New-ChatRoom first, or fix the name."),
    e("coexist::model::room_name_too_long", "Room and category names have at most 256 characters.", DOC, "Shorten the name."),
    e("coexist::model::room_name_is_category", "A room may not have the name of a category on its pool.", DOC, "Choose another room name."),
    e("coexist::model::member_not_allowed", "Every member, manager and presenter must be allowed by the room's category.", DOC, "Add them to the category's -AllowedMembers first."),
    e("coexist::model::presenter_in_normal_room", "Only Auditorium rooms have presenters.", DOC, "Use -Type Auditorium, or drop the presenters."),
    e("coexist::model::presenter_not_member", "Presenters must be members.", DOC, "Add the presenters to -Members too."),
    e("coexist::model::federation_unsupported", "Persistent Chat pools accept no federated principals.", DOC, "Drop the federated SIP addresses."),
    e("coexist::model::duplicate_endpoint", "An endpoint's SIP address is unique: no other endpoint or user has it (a chat pool may have several endpoints).", DOC, "Use another SIP address, or remove the existing endpoint first."),
    e("coexist::model::invitations_denied_by_category", "A room may inherit or disable invitations, not set True when its category has them off.", DOC, "Use -Invitations Inherit or False, or turn invitations on in the category."),
    w("coexist::model::members_dropped", "Removing a user, moving a room to another category or narrowing a category's members drops the members, managers and presenters no longer allowed.", DOC, "Re-add them where they are allowed, if that was not intended."),
    e("coexist::model::clear_needs_end_date", "Clear-ChatRoom requires -EndDate.", DOC, "Add -EndDate <date>."),
    e("coexist::model::duplicate_addin", "Add-in names are unique per chat pool.", DOC, "Choose another name."),
    e("coexist::model::unknown_addin", "A referenced add-in must exist.", DOC, "Create it with New-ChatAddin first, or fix the name."),
    e("coexist::model::invalid_addin_url", "An add-in URL is an http:// or https:// URL.", OWN, "Give an https:// URL."),
    e("coexist::model::addin_in_use", "An add-in used by rooms cannot be removed without -Force, which detaches it.", DOC, "Add -Force, or detach it from the rooms first."),
    // Migration
    e("coexist::model::migration_source_not_legacy", "The migration source must be a Group Chat (2007 R2 or 2010) pool.", DOC, "Name the legacy Group Chat pool as -Source."),
    e("coexist::model::migration_target_not_persistent", "The migration target must be a Persistent Chat pool.", DOC, "Name a Persistent Chat pool as -Target."),
    e("coexist::model::migration_forest_mismatch", "Source and target are in one forest.", DOC, "Migrate into a Persistent Chat pool of the source's forest."),
    e("coexist::model::migration_source_running", "The legacy pool's services must be stopped before its data is exported or moved.", DOC, "Stop-ChatPool the source first."),
    e("coexist::model::migration_target_running", "The target Persistent Chat pool's services must be stopped for the import.", DOC, "Stop-ChatPool the target, import, then Start-ChatPool it."),
    e("coexist::model::already_migrated", "A legacy pool migrates once, into a single Persistent Chat pool.", DOC, "Nothing to do: its data is already on the target."),
    w("coexist::model::target_has_legacy_data", "The Persistent Chat pool already received another legacy pool's data.", OWN, "Migrate each legacy pool into its own Persistent Chat pool."),
    e("coexist::model::flattened_name_too_long", "After flattening nested categories (`Parent_Child`), a category or room name exceeds 256 characters; nothing is imported.", DOC, "Shorten the legacy category or room names before migrating."),
    w("coexist::model::invitations_reset_on_import", "A room with invitations on whose (flattened) category has them off is imported with invitations False.", DOC, "Turn invitations on in the category if they are wanted."),
    w("coexist::model::root_managers_to_all_rooms", "Managers of a legacy root category become managers of every migrated room under it.", DOC, "Review the managers of those rooms."),
    w("coexist::model::federated_principals_disabled", "Federated users in migrated rooms become disabled principals and lose access.", DOC, "Tell those users; Persistent Chat does not support federation."),
    w("coexist::model::migration_order", "Users are still homed on legacy registrar pools: Group Chat should be migrated last.", DOC, "Move users to Lync Server 2013 first."),
    w("coexist::model::overwritten_on_import", "Target items with the same name are overwritten.", DOC, "Rename one side before migrating if both are wanted."),
    w("coexist::model::files_not_migrated", "Files uploaded to legacy rooms are not migrated (one warning per migrated room whose category has FileUpload on).", DOC, "Copy the files by hand if they are needed."),
    w("coexist::model::legacy_endpoint_missing", "The migration target has no Persistent Chat endpoint carrying the legacy lookup address: legacy clients need manual reconfiguration.", DOC, "New-ChatEndpoint -ChatPool <target> -SipAddress sip:ocschat@<domain>."),
    e("coexist::model::decommission_blocked", "A legacy pool that is not yet migrated, or that users' legacy clients are still configured for, cannot be removed; -Force does not bypass it.", OWN, "Migrate it with Move-ChatData and reconfigure users with Set-User -GroupChatPool."),
    // The real Lync surface (surface.md)
    w("coexist::model::not_modelled_parameter", "A parameter of a real cmdlet that has no effect in a rehearsal (-DomainController, -Credential, online-move parameters, …) is accepted and noted once per run for each cmdlet and parameter.", OWN, "Nothing to do: the real shell uses it."),
    w("coexist::model::not_modelled_cmdlet", "A real Lync Server cmdlet outside the model (voice, conferencing, response groups, …) is skipped with this warning, once per run for each cmdlet; a Get- of it outputs nothing, and the rest of the script runs.", OWN, "Nothing to do when it does not touch chat, users or topology; otherwise describe its effect with coexist cmdlets."),
    // -- Active Directory, selection and principals (surface.md §3-§5) --
    e("coexist::model::duplicate_ad_object", "An AD object's distinguished name is unique, an account's SamAccountName is unique in its domain and its UserPrincipalName in the forest.", OWN, "Choose another name, or change the existing account with Set-ADUser."),
    e("coexist::model::unknown_ou", "A -Path or -TargetPath names a domain (DC=…), its CN=Users container or an organizational unit described with New-ADOrganizationalUnit.", OWN, "Create the OU first with New-ADOrganizationalUnit, or fix the path."),
    e("coexist::model::unknown_group", "A referenced AD group must have been described with New-ADGroup.", OWN, "Create the group first with New-ADGroup, or fix the name."),
    e("coexist::model::unknown_ad_account", "Enable-CsUser and the AD cmdlets need an existing account, found by DN, UPN, domain\\sam, SIP address or display name; while a forest has no account described with New-ADUser, Enable-CsUser creates one silently (compatibility).", DOC, "Describe the account with New-ADUser, or fix the identity."),
    e("coexist::model::sip_address_required", "Enable-CsUser needs -SipAddress or a -SipAddressType whose source the account has (EmailAddress, UserPrincipalName, FirstLastName need those attributes).", DOC, "Add -SipAddress, or -SipAddressType with -SipDomain."),
    e("coexist::model::sip_domain_required", "-SipAddressType FirstLastName and SamAccountName build the address on -SipDomain, which is then required.", DOC, "Add -SipDomain."),
    e("coexist::model::sip_address_many_users", "One -SipAddress cannot be given to an -Identity that selects several accounts.", DOC, "Name one account, or build an address per account with -SipAddressType and -SipDomain."),
    e("coexist::model::invalid_tel_uri", "LineURI, PrivateLine and OnPremLineURI are tel:+digits with an optional ;ext=digits.", DOC, "Write it as tel:+14255550100 or tel:+14255550100;ext=100."),
    e("coexist::model::online_move_not_modelled", "A move whose target is a hosting provider (Skype for Business Online, Teams) is outside the model.", OWN, "Rehearse on-premises moves; run the online move for real."),
    w("coexist::model::move_discards_data", "Move-CsUser -Force moves the user without their contact list and scheduled meetings, which are lost.", DOC, "Move without -Force to keep them."),
    // -- Configuration, pool state, sites and allowed domains (surface.md §2, §5) --
    e("coexist::model::chat_history_out_of_range", "A Persistent Chat configuration's DefaultChatHistory is 1 to 500 messages.", DOC, "Give -DefaultChatHistory 1 to 500."),
    e("coexist::model::run_interval_out_of_range", "A compliance configuration's RunInterval is 00:01:00 (one minute) to 30.00:00:00 (30 days).", DOC, "Give -RunInterval between 00:01:00 and 30.00:00:00."),
    e("coexist::model::invalid_scope", "An identity must be one of the forms its cmdlet takes: Global, Site:<site> or Service:PersistentChatServer:<pool> for configurations; no Service: scope for policies; the bare site name for Set-CsSite.", DOC, "Write the identity in one of the forms the message lists."),
    e("coexist::model::unknown_service", "A [Service:]PersistentChatServer:<fqdn> identity must name a Persistent Chat pool (a Get-CsService identity a service of the topology).", DOC, "Name a Persistent Chat pool; Get-ChatPool -Kind PersistentChat lists them."),
    e("coexist::model::duplicate_settings", "New- of configuration settings that already exist is rejected; the Global settings always exist.", OWN, "Change them with the Set- cmdlet."),
    e("coexist::model::unknown_settings", "Set- and Remove- need existing settings (or an allowed domain that is listed); removing the Global settings resets them to their defaults.", OWN, "Create them with the New- cmdlet first, or fix the identity."),
    e("coexist::model::failover_without_backup", "A Persistent Chat pool fails over (PoolState FailedOver) only to a backup back end it has.", DOC, "Give the pool a backup back end first (Set-ChatPool -BackupBackEnd)."),
    e("coexist::model::not_a_pool_computer", "Every active server of a Persistent Chat pool is one of its computers.", DOC, "Name computers of the pool (its Computers property)."),
    w("coexist::model::no_active_servers", "A Persistent Chat pool whose active server list is emptied accepts no new connections (emptying it waives the one-active-server minimum).", DOC, "Add an active server again with Set-CsPersistentChatActiveServer."),
    e("coexist::model::not_a_persistent_chat_pool", "A site's DefaultPersistentChatPool is a Persistent Chat pool (a pool that does not exist is unknown_chat_pool).", DOC, "Name a Persistent Chat pool."),
    e("coexist::model::duplicate_domain", "A domain is listed as an allowed domain once.", DOC, "Change the listed domain with Set-CsAllowedDomain, or drop the statement."),
    e("coexist::model::invalid_proxy_fqdn", "An allowed domain and its ProxyFqdn are DNS names: two or more labels, no scheme, port or path.", OWN, "Write a DNS name such as sip.fabrikam.com."),
    // -- Messages, rooms and categories (surface.md §2, §5) --
    e("coexist::model::message_range_empty", "Remove-CsPersistentChatMessage with a -StartDate later than its -EndDate selects no message and is rejected.", OWN, "Swap the dates, or drop one of them."),
    e("coexist::model::unknown_endpoint", "A referenced Persistent Chat endpoint (a SIP address, or a chat pool for all of its endpoints) must exist.", OWN, "Fix the SIP address; Get-CsPersistentChatEndpoint lists the endpoints."),
    w("coexist::model::no_messages_matched", "Remove-CsPersistentChatMessage found no message of the room matching its dates, author and keywords; nothing changed.", OWN, "Check the criteria against the room's messages (Get-ChatMessage -Room <room>)."),
];

/// The rule with this code (with or without the `coexist::model::` prefix).
pub fn rule(code: &str) -> Option<&'static Rule> {
    let full = if code.starts_with("coexist::") {
        code.to_string()
    } else {
        format!("coexist::model::{code}")
    };
    RULES.iter().find(|r| r.code.eq_ignore_ascii_case(&full))
}

/// Access reason codes (values of `Test-ChatAccess`'s `Reason`) with their meaning.
pub const ACCESS_CODES: &[(&str, &str)] = &[
    (
        "coexist::access::user_disabled",
        "The user's account is disabled.",
    ),
    (
        "coexist::access::legacy_pool_for_lync2013_client",
        "The Lync 2013 client cannot use a legacy Group Chat pool.",
    ),
    (
        "coexist::access::user_not_on_lync2013",
        "The Lync 2013 client needs the user homed on a Lync Server 2013 pool.",
    ),
    (
        "coexist::access::policy_disabled",
        "The user's effective Persistent Chat policy disables Persistent Chat.",
    ),
    (
        "coexist::access::not_configured",
        "The legacy client is configured for another chat pool (Set-User -GroupChatPool).",
    ),
    (
        "coexist::access::not_a_member",
        "Closed and Secret rooms need membership; Open rooms need the category's permission.",
    ),
    (
        "coexist::access::room_disabled",
        "A disabled room can be neither found nor joined.",
    ),
];

/// The generated text of `docs/rules.md`.
pub fn rules_markdown() -> String {
    let mut out = String::new();
    out.push_str("# Model rules\n\n");
    out.push_str("<!-- Generated from src/model/rules.rs by `UPDATE_DOCS=1 cargo test`; do not edit. -->\n\n");
    out.push_str("Every rule of the coexistence model with its stable code. **E**: the operation is rejected and nothing changes. **W**: the operation is applied and a warning is reported. When one statement breaks several rules, the first in this list is reported. † marks coexist's own modelling choices.\n");
    for (i, (title, first)) in SECTIONS.iter().enumerate() {
        out.push_str(&format!(
            "\n## {title}\n\n| Code | Sev | Rule | Fix |\n|---|---|---|---|\n"
        ));
        let start = RULES.iter().position(|r| r.code == *first).unwrap_or(0);
        let end = SECTIONS
            .get(i + 1)
            .and_then(|(_, next)| RULES.iter().position(|r| r.code == *next))
            .unwrap_or(RULES.len());
        for r in &RULES[start..end] {
            let sev = match r.severity {
                Severity::Error => "E",
                Severity::Warning => "W",
            };
            let dagger = if r.why == OWN { " †" } else { "" };
            out.push_str(&format!(
                "| `{}` | {sev} | {}{dagger} | {} |\n",
                r.code.trim_start_matches("coexist::model::"),
                escape(r.summary),
                escape(r.fix)
            ));
        }
    }
    out.push_str("\n## Access reasons (`Test-ChatAccess`)\n\nValues of the `Reason` property, never diagnostics.\n\n| Code | Meaning |\n|---|---|\n");
    for (code, meaning) in ACCESS_CODES {
        out.push_str(&format!("| `{code}` | {meaning} |\n"));
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}
