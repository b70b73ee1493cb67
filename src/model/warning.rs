//! [`ModelWarning`]: one variant per `coexist::model::…` warning code.
//!
//! A warning never stops an operation; a warning that lists objects is only raised when its
//! list is not empty.

use super::error::{codes, list};
use super::objects::Version;
use super::Origin;
use thiserror::Error;

/// A model rule's warning: the operation was applied.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ModelWarning {
    // ---- The real Lync surface ----
    /// A parameter of a real cmdlet that has no effect in a rehearsal was given.
    /// Resolution: none needed: the real shell uses it; coexist only notes it.
    #[error("-{parameter} of {cmdlet} has no effect in a rehearsal: coexist accepts it and models nothing of it")]
    NotModelledParameter {
        /// The cmdlet, as the reference names it.
        cmdlet: String,
        /// The parameter, as the cmdlet table names it.
        parameter: String,
    },
    /// A real Lync Server cmdlet that coexist does not model was skipped.
    /// Resolution: none needed when the cmdlet does not touch chat; otherwise rehearse that step by hand.
    #[error("{cmdlet} is a real Lync Server cmdlet that coexist does not model: the statement was skipped")]
    NotModelledCmdlet {
        /// The cmdlet, as the reference names it.
        cmdlet: String,
    },
    /// A Persistent Chat pool serves more users than documented.
    /// Resolution: add active servers (`Set-ChatPool -Servers`), up to 4.
    #[error("Persistent Chat pool {chat_pool} serves {users} users homed on {home_pool}, beyond the documented capacity of {limit} for {servers} active server{}", if *.servers == 1 { "" } else { "s" })]
    PoolCapacity {
        /// The chat pool.
        chat_pool: String,
        /// Its home pool.
        home_pool: String,
        /// Users homed on the home pool.
        users: usize,
        /// Its active servers.
        servers: u32,
        /// The documented capacity (20 000 per server, at most 80 000).
        limit: usize,
        /// Where the chat pool was last changed.
        chat_pool_origin: Origin,
        /// The parameter of the operation that crossed the line (`Servers`, `RegistrarPool`,
        /// `Target`), or empty for the whole command.
        param: &'static str,
    },
    /// A policy granted to a user not on Lync 2013 has no effect yet.
    /// Resolution: move the user to a Lync 2013 pool.
    #[error("{user} is homed on {} pool {pool}: the Persistent Chat policy has no effect until the user moves to Lync Server 2013", .version.product())]
    PolicyWithoutEffect {
        /// The user.
        user: String,
        /// The user's pool.
        pool: String,
        /// Its version.
        version: Version,
        /// An existing Lync Server 2013 pool to move the user to, if any.
        lync2013_pool: Option<String>,
    },
    /// Principals were taken out of member lists.
    /// Resolution: none needed; re-add them where they are allowed if that was not intended.
    #[error("removed from member lists: {}", list(.dropped))]
    MembersDropped {
        /// `principal from object (List)` entries.
        dropped: Vec<String>,
        /// The parameter whose change dropped them (`Identity`, `Category`, `AllowedMembers`).
        param: &'static str,
    },
    /// The target already received another legacy pool's data.
    /// Resolution: migrate each legacy pool into its own Persistent Chat pool.
    #[error("Persistent Chat pool {target} already holds data migrated from {}", list(.previous))]
    TargetHasLegacyData {
        /// The target.
        target: String,
        /// The legacy pools it received data from.
        previous: Vec<String>,
        /// Where the first of them was migrated.
        previous_origin: Origin,
    },
    /// Rooms with invitations on, under a category with them off, imported with invitations off.
    /// Resolution: turn invitations on in the category if they are wanted.
    #[error("imported with invitations False because their category has them off: {}", list(.rooms))]
    InvitationsResetOnImport {
        /// The rooms (target identities).
        rooms: Vec<String>,
        /// The (flattened) category of the first room, on the target.
        category: String,
    },
    /// Managers of a legacy root category became managers of every room under it.
    /// Resolution: review the managers of those rooms after migration.
    #[error("managers of root category {category} ({}) become managers of {}", list(.managers), list(.rooms))]
    RootManagersToAllRooms {
        /// The legacy root category.
        category: String,
        /// Its managers.
        managers: Vec<String>,
        /// The migrated rooms under it.
        rooms: Vec<String>,
    },
    /// Federated users in migrated rooms become disabled principals.
    /// Resolution: tell those users; they lose access to the migrated rooms.
    #[error("federated principals become disabled and lose access: {}", list(.principals))]
    FederatedPrincipalsDisabled {
        /// The federated principals.
        principals: Vec<String>,
    },
    /// Users are still homed on legacy registrar pools.
    /// Resolution: move users to Lync Server 2013 first; migrate Group Chat last.
    #[error("{} still homed on legacy {} {}; Group Chat should be migrated last", who(*.users, .names), if .pools.len() == 1 { "pool" } else { "pools" }, list(.pools))]
    MigrationOrder {
        /// How many users are on legacy pools.
        users: usize,
        /// The first few of them (SIP addresses).
        names: Vec<String>,
        /// A Lync Server 2013 pool of the forest to move them to, if any.
        lync2013_pool: Option<String>,
        /// Whether the first named user is on OCS 2007 R2 (moved with `Move-LegacyUser`).
        first_on_ocs: bool,
        /// The legacy registrar pools.
        pools: Vec<String>,
    },
    /// Target items with the same names were overwritten.
    /// Resolution: rename one side before migrating if both are wanted.
    #[error("overwritten on the target: {}", list(.items))]
    OverwrittenOnImport {
        /// The target identities overwritten.
        items: Vec<String>,
    },
    /// Files uploaded to a legacy room are not migrated.
    /// Resolution: copy the files by hand if they are needed.
    #[error("files uploaded to {room} are not migrated")]
    FilesNotMigrated {
        /// The legacy room.
        room: String,
    },
    /// The target has no Persistent Chat endpoint for legacy clients.
    /// Resolution: `New-ChatEndpoint -ChatPool <target> -SipAddress sip:ocschat@<domain>`.
    #[error("Persistent Chat pool {target} has no Persistent Chat endpoint: legacy clients will need manual reconfiguration")]
    LegacyEndpointMissing {
        /// The target.
        target: String,
        /// The users' SIP domain (`contoso.com`), if the model has users.
        sip_domain: Option<String>,
    },
    // ---- Surface: Active Directory, selection and principals ----
    /// `Move-CsUser -Force` moves the user without their server-side data.
    /// Resolution: move without -Force to keep contacts and meetings.
    #[error("{user} was moved with -Force: their contact list and scheduled meetings are not moved and are lost")]
    MoveDiscardsData {
        /// The user moved.
        user: String,
    },
    // ---- Surface: configuration, pool state, sites and allowed domains ----
    /// A Persistent Chat pool was left without active servers.
    /// Resolution: add an active server again (`Set-CsPersistentChatActiveServer -ActiveServers @{Add=…}`).
    #[error(
        "Persistent Chat pool {chat_pool} has no active server left: it accepts no new connections"
    )]
    NoActiveServers {
        /// The chat pool.
        chat_pool: String,
        /// A computer of the pool to make active again, if it has any.
        computer: Option<String>,
        /// The parameter that emptied the list (`ActiveServers` or `Swap`).
        param: &'static str,
    },
    // ---- Surface: messages, rooms and categories ----
    /// `Remove-CsPersistentChatMessage` found no message matching its criteria.
    /// Resolution: check the room, dates, author and keywords.
    #[error("no message of room {room} matches the criteria: nothing was {action}")]
    NoMessagesMatched {
        /// The room.
        room: String,
        /// `removed` or `replaced`.
        action: &'static str,
        /// The criteria as given, for the help (`-UserUri sip:ann@contoso.com`).
        criteria: String,
    },
}

codes!(ModelWarning {
    NotModelledParameter => "coexist::model::not_modelled_parameter",
    NotModelledCmdlet => "coexist::model::not_modelled_cmdlet",
    PoolCapacity => "coexist::model::pool_capacity",
    PolicyWithoutEffect => "coexist::model::policy_without_effect",
    MembersDropped => "coexist::model::members_dropped",
    TargetHasLegacyData => "coexist::model::target_has_legacy_data",
    InvitationsResetOnImport => "coexist::model::invitations_reset_on_import",
    RootManagersToAllRooms => "coexist::model::root_managers_to_all_rooms",
    FederatedPrincipalsDisabled => "coexist::model::federated_principals_disabled",
    MigrationOrder => "coexist::model::migration_order",
    OverwrittenOnImport => "coexist::model::overwritten_on_import",
    FilesNotMigrated => "coexist::model::files_not_migrated",
    LegacyEndpointMissing => "coexist::model::legacy_endpoint_missing",
    // ---- Surface: Active Directory, selection and principals ----
    MoveDiscardsData => "coexist::model::move_discards_data",
    // ---- Surface: configuration, pool state, sites and allowed domains ----
    NoActiveServers => "coexist::model::no_active_servers",
    // ---- Surface: messages, rooms and categories ----
    NoMessagesMatched => "coexist::model::no_messages_matched",
});

/// How many users [`ModelWarning::MigrationOrder`] names before "and N more".
pub(crate) const NAMED_USERS: usize = 3;

/// `sip:ann@contoso.com is` / `3 users (sip:a, sip:b, sip:c) are` / `… and 2 more) are`.
fn who(users: usize, names: &[String]) -> String {
    match names {
        [only] if users == 1 => format!("{only} is"),
        _ => {
            let more = users.saturating_sub(names.len());
            let shown = names.join(", ");
            if more > 0 {
                format!("{users} users ({shown} and {more} more) are")
            } else {
                format!("{users} users ({shown}) are")
            }
        }
    }
}
