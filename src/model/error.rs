//! [`ModelError`]: one variant per `coexist::model::…` error code.
//!
//! Errors hold identities and the [`Origin`]s of related objects, never source text; `diag/`
//! turns them into miette reports using [`ModelError::param`] for the primary label,
//! [`ModelError::related`] for secondary labels and [`ModelError::help`] for the fix.

use super::objects::{ChatPoolKind, Kind, PoolType, Version};
use super::timespan::TimeSpan;
use super::Origin;
use thiserror::Error;

/// A secondary label: an object's origin and what to say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    /// Where the related fact was made true.
    pub origin: Origin,
    /// The label text (`lync2010.contoso.com was created here as Lync2010`).
    pub label: String,
}

impl Related {
    /// A related label.
    pub fn new(origin: Origin, label: impl Into<String>) -> Self {
        Related {
            origin,
            label: label.into(),
        }
    }
}

/// An object named in a diagnostic, with where it was defined.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    /// The object's identity.
    pub identity: String,
    /// Where it was created.
    pub origin: Origin,
}

/// The facts of a `cross_forest_move` error (boxed to keep [`ModelError`] small).
#[derive(Debug, Clone, PartialEq)]
pub struct CrossForest {
    /// The user.
    pub user: String,
    /// The target pool.
    pub target: String,
    /// The user's current forest.
    pub from_forest: String,
    /// The target's forest.
    pub to_forest: String,
    /// Where the target pool was created.
    pub target_origin: Origin,
    /// A registrar pool in the user's forest, if any.
    pub same_forest_pool: Option<String>,
}

/// Joins identities for a message: at most five, then "and N more".
pub(crate) fn list(items: &[String]) -> String {
    const SHOWN: usize = 5;
    if items.len() <= SHOWN {
        items.join(", ")
    } else {
        format!(
            "{}, and {} more",
            items[..SHOWN].join(", "),
            items.len() - SHOWN
        )
    }
}

/// Identities of [`Named`] objects.
pub(crate) fn names(items: &[Named]) -> Vec<String> {
    items.iter().map(|n| n.identity.clone()).collect()
}

/// Defines `code()` and `CODES` from one table so they cannot drift apart.
macro_rules! codes {
    ($ty:ident { $($variant:ident => $code:literal,)+ }) => {
        impl $ty {
            /// Every code of this type, in model.md's order.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// The stable diagnostic code (`coexist::model::…`).
            pub fn code(&self) -> &'static str {
                match self {
                    $($ty::$variant { .. } => $code,)+
                }
            }
        }
    };
}
pub(crate) use codes;

/// A model rule rejected an operation; the model is unchanged.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ModelError {
    // ---- Topology ----
    /// A site with this name already exists.
    /// Resolution: choose another name, or use the existing site.
    #[error("site {site} already exists")]
    DuplicateSite {
        /// The site name.
        site: String,
        /// Where the existing site was created.
        existing: Origin,
    },
    /// A referenced site does not exist.
    /// Resolution: create it with `New-Site` first, or fix the name.
    #[error("there is no site named {site}")]
    UnknownSite {
        /// The name given.
        site: String,
        /// The closest existing name.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A site that hosts pools cannot be removed.
    /// Resolution: remove or re-site its pools first.
    #[error("site {site} still hosts {}", list(&names(.pools)))]
    SiteInUse {
        /// The site.
        site: String,
        /// The pools it hosts.
        pools: Vec<Named>,
    },
    /// A bare name matches more than one object.
    /// Resolution: give the full identity (`pool\name`, or the SIP address).
    #[error("{name} matches more than one {kind}: {}", list(&names(.matches)))]
    AmbiguousName {
        /// What kind of object was looked up.
        kind: Kind,
        /// The bare name given.
        name: String,
        /// The full identities it matches, with where each was created.
        matches: Vec<Named>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// An FQDN already names a pool or chat pool.
    /// Resolution: choose another FQDN (only a single-computer Persistent Chat pool collocated
    /// on its Standard Edition home pool shares that pool's FQDN).
    #[error("{fqdn} already names a {existing_kind}")]
    DuplicateFqdn {
        /// The FQDN.
        fqdn: String,
        /// Whether a Pool or ChatPool has it.
        existing_kind: Kind,
        /// Where that object was created.
        existing: Origin,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A referenced registrar pool does not exist.
    /// Resolution: create it with `New-Pool` first, or fix the FQDN.
    #[error("there is no pool named {pool}")]
    UnknownPool {
        /// The FQDN given.
        pool: String,
        /// The closest existing FQDN.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A referenced chat pool does not exist.
    /// Resolution: create it with `New-ChatPool` first, or fix the FQDN.
    #[error("there is no chat pool named {chat_pool}")]
    UnknownChatPool {
        /// The FQDN given.
        chat_pool: String,
        /// The closest existing FQDN.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A chat pool was given where a registrar pool is needed.
    /// Resolution: name the Front End or Standard Edition pool instead.
    #[error("{fqdn} is a chat pool, not a registrar pool")]
    NotARegistrar {
        /// The chat pool FQDN given.
        fqdn: String,
        /// Its home pool, a registrar that would fit.
        home_pool: String,
        /// Where the chat pool was created.
        chat_pool_origin: Origin,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A chat pool's kind does not match its home pool's version.
    /// Resolution: home it on a pool of the matching version, or choose the matching `-Kind`.
    #[error("a {} pool must be homed on a {} pool", .kind.product(), .kind.home_version().product())]
    HomePoolVersion {
        /// The chat pool.
        chat_pool: String,
        /// Its kind.
        kind: ChatPoolKind,
        /// The home pool given.
        home_pool: String,
        /// The home pool's version.
        home_version: Version,
        /// Where the home pool was created.
        home_origin: Origin,
        /// An existing registrar pool of the right version, if any.
        matching_pool: Option<String>,
    },
    /// Lync Server 2013 would coexist with both Lync Server 2010 and OCS 2007 R2 in one forest.
    /// Resolution: retire one of the legacy versions first, or put the pool in another forest.
    #[error("Lync Server 2013 cannot coexist with both Lync Server 2010 and OCS 2007 R2 in forest {forest}")]
    ThreeVersionCoexistence {
        /// The new pool.
        pool: String,
        /// Its version.
        version: Version,
        /// The forest.
        forest: String,
        /// Existing pools of the two other versions (one of each).
        others: Vec<Named>,
    },
    /// A user move would cross forests.
    /// Resolution: move the user to a pool in its own forest.
    #[error("{} is in forest {} and cannot be moved to {} in forest {}", .0.user, .0.from_forest, .0.target, .0.to_forest)]
    CrossForestMove(Box<CrossForest>),
    /// A pool that homes users or chat pools cannot be removed.
    /// Resolution: move its users and remove or re-home its chat pools first.
    #[error("pool {pool} still homes {}", in_use(*.user_count, .users, .chat_pools))]
    PoolInUse {
        /// The pool.
        pool: String,
        /// The first users homed on it.
        users: Vec<Named>,
        /// How many users are homed on it.
        user_count: usize,
        /// Chat pools homed on it.
        chat_pools: Vec<Named>,
        /// Another registrar pool of the forest to move the users to (Lync 2013 first).
        move_to: Option<String>,
        /// Whether the pool runs OCS 2007 R2 (its users move with `Move-LegacyUser`).
        from_ocs: bool,
    },
    /// A Persistent Chat pool with content cannot be removed without `-Force`.
    /// Resolution: remove the content, or add `-Force` to remove it with the pool.
    #[error("chat pool {chat_pool} still has {}", list(&names(.content)))]
    ChatPoolInUse {
        /// The chat pool.
        chat_pool: String,
        /// Its categories, rooms, add-ins, endpoint and configured users (`category X`).
        content: Vec<Named>,
    },
    /// A Persistent Chat pool has 1..4 active and at most 4 standby servers.
    /// Resolution: use 1 to 4 active servers and 0 to 4 standby servers.
    #[error("a Persistent Chat pool has 1 to 4 active servers and at most 4 standby servers, not {servers} and {standby}")]
    ServerLimit {
        /// The chat pool.
        chat_pool: String,
        /// Active servers requested.
        servers: u32,
        /// Standby servers requested.
        standby: u32,
        /// The parameter at fault.
        param: &'static str,
    },
    /// A Persistent Chat pool needs a file store (UNC for a multiple-computer pool).
    /// Resolution: add `-FileStore \\host\share`.
    #[error("{}", file_store_message(.pool_type, .file_store))]
    FileStoreRequired {
        /// The chat pool.
        chat_pool: String,
        /// Its pool type.
        pool_type: PoolType,
        /// The path given, if any.
        file_store: Option<String>,
    },
    /// A single-computer or Standard Edition chat pool has too many servers.
    /// Resolution: use one server and no standby servers, or a multiple-computer pool.
    #[error("{chat_pool} {why}")]
    SingleComputerPool {
        /// The chat pool.
        chat_pool: String,
        /// What limits it (`is a single-computer pool and has one server`).
        why: &'static str,
        /// The object that sets the limit (the chat pool itself, or its Standard Edition
        /// home pool) and where it was created.
        limited_by: Box<Named>,
        /// Active servers requested.
        servers: u32,
        /// Standby servers requested.
        standby: u32,
        /// The parameter at fault.
        param: &'static str,
    },

    // ---- Users and policies ----
    /// A user with this SIP address already exists.
    /// Resolution: use another SIP address, or `Set-User` to change the existing user.
    #[error("user {sip} already exists")]
    DuplicateUser {
        /// The SIP address.
        sip: String,
        /// Where the existing user was created.
        existing: Origin,
    },
    /// A referenced user (or principal) does not exist.
    /// Resolution: create it with `New-User`, or fix the name.
    #[error("there is no user {user}")]
    UnknownUser {
        /// The name given.
        user: String,
        /// The closest existing SIP address or display name.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A SIP address must look like `sip:local@domain`.
    /// Resolution: write it as `sip:name@domain`.
    #[error("{value} is not a SIP address of the form sip:name@domain")]
    InvalidSipAddress {
        /// The text given.
        value: String,
        /// The parameter that held it.
        param: &'static str,
    },
    /// `Move-User` to the pool the user is already on.
    /// Resolution: choose another target pool, or drop the statement.
    #[error("{user} is already homed on {pool}")]
    AlreadyHomed {
        /// The user.
        user: String,
        /// The pool.
        pool: String,
    },
    /// The wrong move cmdlet for the user's current version.
    /// Resolution: use `Move-LegacyUser` for users on OCS 2007 R2, `Move-User` otherwise.
    #[error("{user} is homed on {} and is moved with {right}, not {used}", .version.product())]
    UseMoveLegacyUser {
        /// The user.
        user: String,
        /// Where the user was created.
        user_origin: Origin,
        /// The user's pool.
        pool: String,
        /// That pool's version.
        version: Version,
        /// The cmdlet used.
        used: &'static str,
        /// The cmdlet to use.
        right: &'static str,
    },
    /// A policy with this identity already exists.
    /// Resolution: use `Set-PersistentChatPolicy` to change it.
    #[error("Persistent Chat policy {policy} already exists")]
    DuplicatePolicy {
        /// The identity.
        policy: String,
        /// Where it was created.
        existing: Origin,
    },
    /// A referenced policy does not exist.
    /// Resolution: create it with `New-PersistentChatPolicy`, or fix the name.
    #[error("there is no Persistent Chat policy {policy}")]
    UnknownPolicy {
        /// The identity given.
        policy: String,
        /// The closest existing identity.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// The Global policy always exists.
    /// Resolution: change it with `Set-PersistentChatPolicy -Identity Global`.
    #[error("the Global Persistent Chat policy always exists and cannot be created")]
    GlobalPolicyExists {
        /// The `-EnablePersistentChat` value given, for the help's `Set-` command.
        enable: Option<bool>,
    },
    /// A site policy names a site that does not exist.
    /// Resolution: create the site first, or fix the name.
    #[error("there is no site {site} for policy Site:{site}")]
    SitePolicyUnknownSite {
        /// The site name.
        site: String,
        /// The closest existing site name.
        suggestion: Option<String>,
    },
    /// Only per-user (tag) policies can be granted.
    /// Resolution: grant a `Tag:` policy, or `$null` to unassign.
    #[error("only per-user (Tag:) policies can be granted, and {policy} is not one")]
    GrantNeedsTagPolicy {
        /// The policy given.
        policy: String,
    },
    /// A granted tag policy cannot be removed without `-Force`.
    /// Resolution: grant `$null` to its users first, or add `-Force`.
    #[error("Persistent Chat policy {policy} is granted to {}", list(.users))]
    PolicyInUse {
        /// The policy.
        policy: String,
        /// The users it is granted to.
        users: Vec<String>,
        /// Where the first user was last changed (its grant).
        granted: Origin,
    },

    // ---- Categories, rooms, add-ins ----
    /// A category with this name already exists on the chat pool.
    /// Resolution: choose another name, or `Set-ChatCategory`.
    #[error("category {category} already exists")]
    DuplicateCategory {
        /// The identity.
        category: String,
        /// Where it was created.
        existing: Origin,
    },
    /// A referenced category does not exist.
    /// Resolution: create it with `New-ChatCategory`, or fix the name.
    #[error("there is no category {category}")]
    UnknownCategory {
        /// The name given.
        category: String,
        /// The closest existing identity.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// Nested categories and category managers exist only on legacy Group Chat pools.
    /// Resolution: drop `-ParentCategory`/`-Managers` on a Persistent Chat pool.
    #[error("Persistent Chat pool {chat_pool} has no {}", if *.param == "ParentCategory" { "nested categories" } else { "category managers" })]
    CategoryNestingUnsupported {
        /// The chat pool.
        chat_pool: String,
        /// `ParentCategory` or `Managers`.
        param: &'static str,
    },
    /// Creators must be allowed members that are not denied.
    /// Resolution: add them to `-AllowedMembers` (and not to `-DeniedMembers`).
    #[error("{}", creator_message(.category, .creators, .denied))]
    CreatorNotAllowed {
        /// The category.
        category: String,
        /// The creators that are not allowed.
        creators: Vec<String>,
        /// Whether they are denied (denied always wins), rather than not allowed.
        denied: bool,
        /// The parameter at fault (`Creators` or `DeniedMembers`).
        param: &'static str,
    },
    /// Only a category without rooms can be removed.
    /// Resolution: remove or move its rooms first.
    #[error("category {category} still has rooms: {}", list(.rooms))]
    CategoryNotEmpty {
        /// The category.
        category: String,
        /// Its rooms.
        rooms: Vec<String>,
        /// Where the first room was created.
        room_origin: Origin,
    },
    /// A room's category, add-in or parent category is on another chat pool.
    /// Resolution: use one on the room's own chat pool.
    #[error("{reference} is on chat pool {reference_pool}, not on {chat_pool}")]
    CrossPoolReference {
        /// Its chat pool.
        chat_pool: String,
        /// The referenced object.
        reference: String,
        /// The referenced object's chat pool.
        reference_pool: String,
        /// Where the referenced object was created, when it exists.
        reference_origin: Option<Origin>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A room with this name already exists on the chat pool.
    /// Resolution: choose another name, or `Set-ChatRoom`.
    #[error("chat room {room} already exists")]
    DuplicateRoom {
        /// The identity.
        room: String,
        /// Where it was created.
        existing: Origin,
    },
    /// A referenced room does not exist.
    /// Resolution: create it with `New-ChatRoom`, or fix the name.
    #[error("there is no chat room {room}")]
    UnknownRoom {
        /// The name given.
        room: String,
        /// The closest existing identity.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// Room and category names have at most 256 characters.
    /// Resolution: shorten the name.
    #[error("names have at most 256 characters; this one has {length}")]
    RoomNameTooLong {
        /// The name's length in characters.
        length: usize,
        /// The parameter that held it.
        param: &'static str,
    },
    /// A room may not have the name of a category on its pool.
    /// Resolution: choose another room name.
    #[error("room name {name} is already the name of category {category}")]
    RoomNameIsCategory {
        /// The name.
        name: String,
        /// The category.
        category: String,
        /// Where the category was created.
        category_origin: Origin,
    },
    /// Members, managers and presenters must be allowed by the room's category.
    /// Resolution: add them to the category's `-AllowedMembers` first.
    #[error("{} not allowed by category {category}", are(.principals))]
    MemberNotAllowed {
        /// The room.
        room: String,
        /// Its category.
        category: String,
        /// Where the category was last changed.
        category_origin: Origin,
        /// The principals not allowed.
        principals: Vec<String>,
        /// The parameter that listed them.
        param: &'static str,
    },
    /// Only Auditorium rooms have presenters.
    /// Resolution: add `-Type Auditorium`, or drop the presenters.
    #[error("{room} is a Normal room; only Auditorium rooms have presenters")]
    PresenterInNormalRoom {
        /// The room.
        room: String,
        /// The parameter at fault.
        param: &'static str,
    },
    /// Presenters must be members.
    /// Resolution: add them to `-Members` too.
    #[error("presenters of {room} must be members: {}", list(.presenters))]
    PresenterNotMember {
        /// The room.
        room: String,
        /// The presenters that are not members.
        presenters: Vec<String>,
    },
    /// Persistent Chat pools accept no federated principals.
    /// Resolution: drop the federated SIP addresses.
    #[error("Persistent Chat pool {chat_pool} does not support federated principals: {}", list(.principals))]
    FederationUnsupported {
        /// The chat pool.
        chat_pool: String,
        /// The federated principals.
        principals: Vec<String>,
        /// The parameter that listed them.
        param: &'static str,
    },
    /// An endpoint's SIP address is unique: no other endpoint or user has it.
    /// Resolution: remove the existing endpoint, or use another SIP address.
    #[error("the SIP address {sip} is already in use")]
    DuplicateEndpoint {
        /// The SIP address given.
        sip: String,
        /// The existing endpoint's SIP address.
        existing_sip: String,
        /// Where it was created.
        existing: Origin,
        /// The parameter at fault.
        param: &'static str,
    },
    /// A room cannot turn invitations on when its category has them off.
    /// Resolution: use `-Invitations Inherit` or `False`, or turn them on in the category.
    #[error("category {category} has invitations off, so room {room} cannot set them to True")]
    InvitationsDeniedByCategory {
        /// The room.
        room: String,
        /// Its category.
        category: String,
        /// Where the category was last changed.
        category_origin: Origin,
    },
    /// `Clear-ChatRoom` requires `-EndDate`.
    /// Resolution: add `-EndDate <date>`.
    #[error("Clear-ChatRoom needs -EndDate: the date before which messages are removed")]
    ClearNeedsEndDate {
        /// The room.
        room: String,
    },
    /// An add-in with this name already exists on the chat pool.
    /// Resolution: choose another name.
    #[error("add-in {addin} already exists")]
    DuplicateAddin {
        /// The identity.
        addin: String,
        /// Where it was created.
        existing: Origin,
    },
    /// A referenced add-in does not exist.
    /// Resolution: create it with `New-ChatAddin`, or fix the name.
    #[error("there is no add-in {addin}")]
    UnknownAddin {
        /// The name given.
        addin: String,
        /// The closest existing identity.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// An add-in URL must be http:// or https://.
    /// Resolution: give an `https://` URL.
    #[error("{url} is not an http:// or https:// URL")]
    InvalidAddinUrl {
        /// The URL given.
        url: String,
    },
    /// An add-in used by rooms cannot be removed without `-Force`.
    /// Resolution: add `-Force` to detach it from the rooms.
    #[error("add-in {addin} is used by {}", list(.rooms))]
    AddinInUse {
        /// The add-in.
        addin: String,
        /// The rooms using it.
        rooms: Vec<String>,
        /// Where the first room was last changed.
        room_origin: Origin,
    },

    // ---- Migration ----
    /// The migration source must be a Group Chat pool.
    /// Resolution: name the legacy Group Chat pool as `-Source`.
    #[error("{pool} is a {} pool, not a legacy Group Chat pool", .kind.product())]
    MigrationSourceNotLegacy {
        /// The pool.
        pool: String,
        /// Its kind.
        kind: ChatPoolKind,
        /// An existing legacy Group Chat pool not yet migrated, for the help.
        legacy_pool: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// The migration target must be a Persistent Chat pool.
    /// Resolution: name a Persistent Chat pool as `-Target`.
    #[error("{pool} is a {} pool, not a Persistent Chat pool", .kind.product())]
    MigrationTargetNotPersistent {
        /// The pool.
        pool: String,
        /// Its kind.
        kind: ChatPoolKind,
        /// An existing Persistent Chat pool, for the help.
        persistent_pool: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// Source and target must be in one forest.
    /// Resolution: migrate into a Persistent Chat pool of the source's forest.
    #[error("{source_pool} is in forest {source_forest} and {target} in forest {target_forest}")]
    MigrationForestMismatch {
        /// The source pool.
        source_pool: String,
        /// Its forest.
        source_forest: String,
        /// The target pool.
        target: String,
        /// Its forest.
        target_forest: String,
    },
    /// The legacy pool's services must be stopped first.
    /// Resolution: `Stop-ChatPool` the source first.
    #[error("legacy chat pool {pool} is running; stop it before its data is exported or moved")]
    MigrationSourceRunning {
        /// The pool.
        pool: String,
        /// The parameter that named it.
        param: &'static str,
    },
    /// The target's services must be stopped for the import.
    /// Resolution: `Stop-ChatPool` the target, import, then `Start-ChatPool` it.
    #[error("Persistent Chat pool {pool} is running; stop it before the import")]
    MigrationTargetRunning {
        /// The pool.
        pool: String,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A legacy pool migrates once.
    /// Resolution: nothing to do; its data is already on the target.
    #[error("legacy chat pool {pool} was already migrated{}", .into.as_ref().map(|t| format!(" into {t}")).unwrap_or_default())]
    AlreadyMigrated {
        /// The pool.
        pool: String,
        /// Where its data went.
        into: Option<String>,
        /// Where it was migrated.
        migrated: Origin,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A flattened name would exceed 256 characters; nothing is imported.
    /// Resolution: shorten the legacy category or room names first.
    #[error("after flattening, {} would exceed 256 characters, e.g. {} ({} characters)", flattened_count(.names), shorten(.flattened), .length)]
    FlattenedNameTooLong {
        /// The legacy identities whose flattened names are too long.
        names: Vec<String>,
        /// The first flattened name (`Sales_EMEA_Deals`).
        flattened: String,
        /// Its length in characters.
        length: usize,
    },
    /// A legacy pool that is not migrated, or that legacy clients still use, stays.
    /// Resolution: migrate it (`Move-ChatData`) and reconfigure users (`Set-User -GroupChatPool`).
    #[error("legacy chat pool {pool} cannot be decommissioned: {}", list(.blockers))]
    DecommissionBlocked {
        /// The pool.
        pool: String,
        /// What blocks it.
        blockers: Vec<String>,
        /// Whether its data still has to be migrated.
        not_migrated: bool,
        /// A Persistent Chat pool to migrate into or point legacy clients at, if any.
        target: Option<String>,
        /// The first user whose legacy client is configured for it, if any.
        configured_user: Option<String>,
    },
    // ---- Surface: Active Directory, selection and principals ----
    /// A new AD object's distinguished name, SamAccountName or UserPrincipalName is taken.
    /// Resolution: choose another name, or change the existing object with Set-ADUser.
    #[error("{what} {value} is already taken by {existing}")]
    DuplicateAdObject {
        /// What is taken (`distinguished name`, `SamAccountName`, `UserPrincipalName`).
        what: &'static str,
        /// The value given.
        value: String,
        /// The DN of the object that holds it.
        existing: String,
        /// Where that object was created.
        existing_origin: Origin,
        /// The parameter that gave the value.
        param: &'static str,
    },
    /// A -Path or -TargetPath names no domain, CN=Users container or organizational unit.
    /// Resolution: create the OU with New-ADOrganizationalUnit first, or fix the path.
    #[error("there is no organizational unit or container {path}")]
    UnknownOu {
        /// The path given.
        path: String,
        /// The closest existing OU, if any.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A referenced AD group does not exist.
    /// Resolution: create it with New-ADGroup, or fix the name.
    #[error("there is no AD group {group}")]
    UnknownGroup {
        /// The group given.
        group: String,
        /// The closest existing group, if any.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// No AD account answers to the identity.
    /// Resolution: describe the account with New-ADUser, or fix the identity.
    #[error("there is no Active Directory account {account}")]
    UnknownAdAccount {
        /// The identity given.
        account: String,
        /// The closest existing account name, if any.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// Enable-CsUser was given neither -SipAddress nor a -SipAddressType it can use.
    /// Resolution: add -SipAddress, or -SipAddressType with -SipDomain.
    #[error("{account} needs a SIP address: {why}")]
    SipAddressRequired {
        /// The account.
        account: String,
        /// Why none could be made.
        why: String,
        /// The parameter at fault.
        param: &'static str,
    },
    /// -SipAddressType FirstLastName or SamAccountName builds the address on -SipDomain.
    /// Resolution: add -SipDomain.
    #[error("-SipAddressType {address_type} needs -SipDomain to build the SIP address")]
    SipDomainRequired {
        /// The address type given.
        address_type: String,
    },
    /// One -SipAddress cannot be given to several accounts.
    /// Resolution: name one account, or let -SipAddressType build an address for each.
    #[error("-SipAddress {sip} was given for {} accounts: a SIP address belongs to one user", .accounts.len())]
    SipAddressManyUsers {
        /// The address.
        sip: String,
        /// The accounts the identity selected.
        accounts: Vec<String>,
    },
    /// A line URI must be `tel:+digits` with an optional `;ext=digits`.
    /// Resolution: write it as tel:+14255550100 or tel:+14255550100;ext=100.
    #[error("{value} is not a tel: URI of the form tel:+digits[;ext=digits]")]
    InvalidTelUri {
        /// The text given.
        value: String,
        /// The parameter that held it.
        param: &'static str,
    },
    /// Moving users to a hosting provider (online) is outside the model.
    /// Resolution: rehearse only on-premises moves; run the online move for real.
    #[error("{target} is a hosting provider: moves to Skype for Business Online or Teams are not modelled")]
    OnlineMoveNotModelled {
        /// The target given.
        target: String,
        /// The parameter that named it.
        param: &'static str,
    },
    // ---- Surface: configuration, pool state, sites and allowed domains ----
    /// DefaultChatHistory is outside 1–500.
    /// Resolution: give a number of messages from 1 to 500.
    #[error("DefaultChatHistory takes 1 to 500 messages, not {value}")]
    ChatHistoryOutOfRange {
        /// The value given.
        value: i64,
    },
    /// RunInterval is outside one minute to 30 days.
    /// Resolution: give a time span from 00:01:00 to 30.00:00:00.
    #[error("RunInterval takes 00:01:00 to 30.00:00:00, not {value}")]
    RunIntervalOutOfRange {
        /// The value given.
        value: TimeSpan,
    },
    /// An identity is not one of the forms the cmdlet takes.
    /// Resolution: write the identity in one of the forms the message lists.
    #[error("{identity} is not an identity {cmdlet} takes: use {forms}")]
    InvalidScope {
        /// The identity given.
        identity: String,
        /// The cmdlet (`New-CsPersistentChatConfiguration`).
        cmdlet: String,
        /// The forms it takes (`Global, Site:<site> or …`).
        forms: &'static str,
        /// The identity written in a form it takes, for the help (`Site:Redmond`).
        example: String,
    },
    /// A service identity names no Persistent Chat pool (or no service at all).
    /// Resolution: name a Persistent Chat pool, `PersistentChatServer:<pool FQDN>`.
    #[error("{identity} names no {}", if *.any_service { "service" } else { "Persistent Chat pool" })]
    UnknownService {
        /// The identity given.
        identity: String,
        /// What the FQDN names instead, if anything: the FQDN, what it is (`a Lync Server 2010
        /// Group Chat pool`) and where that object was created.
        actually: Option<Box<(String, String, Origin)>>,
        /// The closest existing identity, for the help.
        suggestion: Option<String>,
        /// Whether any service was looked for (`Get-CsService`), not a Persistent Chat pool.
        any_service: bool,
        /// The parameter that named it.
        param: &'static str,
    },
    /// New- of settings that already exist (Global always exists).
    /// Resolution: change them with the Set- cmdlet instead.
    #[error("the {noun} {identity} already exists")]
    DuplicateSettings {
        /// What kind of settings (`Persistent Chat configuration`).
        noun: &'static str,
        /// The cmdlet noun (`CsPersistentChatConfiguration`), for the help's Set- command.
        cmdlet_noun: &'static str,
        /// The identity.
        identity: String,
        /// Where they were created.
        existing: Origin,
    },
    /// Set- or Remove- of settings that do not exist.
    /// Resolution: create them with the New- cmdlet first, or fix the identity.
    #[error("there is no {noun} {identity}")]
    UnknownSettings {
        /// What kind of settings (`Persistent Chat configuration`, `allowed domain`).
        noun: &'static str,
        /// The cmdlet noun (`CsPersistentChatConfiguration`), for the help's New- command.
        cmdlet_noun: &'static str,
        /// The identity given.
        identity: String,
        /// The closest existing identity.
        suggestion: Option<String>,
        /// The parameter that named it.
        param: &'static str,
    },
    /// A pool without a backup back end cannot fail over.
    /// Resolution: give the pool a backup back end (`Set-ChatPool -BackupBackEnd`) first.
    #[error("Persistent Chat pool {chat_pool} has no backup back end to fail over to")]
    FailoverWithoutBackup {
        /// The chat pool.
        chat_pool: String,
        /// Where it was last changed.
        chat_pool_origin: Origin,
    },
    /// An active server must be a computer of the pool.
    /// Resolution: name computers of the pool (its `Computers` property).
    #[error("{} not a computer of Persistent Chat pool {chat_pool}", are(.servers))]
    NotAPoolComputer {
        /// The chat pool.
        chat_pool: String,
        /// The entries that are no computer of it.
        servers: Vec<String>,
        /// The pool's computers.
        computers: Vec<String>,
        /// Where the pool's computers were last set.
        chat_pool_origin: Origin,
    },
    /// A site's default Persistent Chat pool must be a Persistent Chat pool.
    /// Resolution: name a Persistent Chat pool (`Get-ChatPool -Kind PersistentChat`).
    #[error("{fqdn} is {what}, not a Persistent Chat pool")]
    NotAPersistentChatPool {
        /// The FQDN given.
        fqdn: String,
        /// What it is (`a registrar pool`, `a Lync Server 2010 Group Chat pool`).
        what: String,
        /// Where that object was created.
        origin: Origin,
        /// An existing Persistent Chat pool, for the help.
        persistent_pool: Option<String>,
    },
    /// New-CsAllowedDomain of a domain that is already allowed.
    /// Resolution: change it with `Set-CsAllowedDomain`, or drop the statement.
    #[error("{domain} is already an allowed domain")]
    DuplicateDomain {
        /// The domain.
        domain: String,
        /// Where it was added.
        existing: Origin,
    },
    /// A domain or proxy FQDN must be a DNS name.
    /// Resolution: write a DNS name with at least two labels, without scheme or port.
    #[error("{value} is not a DNS name: {why}")]
    InvalidProxyFqdn {
        /// The text given.
        value: String,
        /// What is wrong with it.
        why: &'static str,
        /// The parameter that held it (`Identity`, `Domain` or `ProxyFqdn`).
        param: &'static str,
    },
    // ---- Surface: messages, rooms and categories ----
    /// A message selection whose start date is after its end date selects nothing.
    /// Resolution: swap the dates, or drop one of them.
    #[error("-StartDate {start} is after -EndDate {end}: no message can be posted in that range")]
    MessageRangeEmpty {
        /// The room.
        room: String,
        /// The start of the range (canonical text).
        start: String,
        /// The end of the range (canonical text).
        end: String,
    },
    /// A referenced Persistent Chat endpoint does not exist.
    /// Resolution: fix the SIP address; `Get-CsPersistentChatEndpoint` lists the endpoints.
    #[error("there is no Persistent Chat endpoint {endpoint}")]
    UnknownEndpoint {
        /// The SIP address (or chat pool) given.
        endpoint: String,
        /// The closest endpoint address, if any.
        suggestion: Option<String>,
        /// The parameter at fault.
        param: &'static str,
    },
}

codes!(ModelError {
    DuplicateSite => "coexist::model::duplicate_site",
    UnknownSite => "coexist::model::unknown_site",
    SiteInUse => "coexist::model::site_in_use",
    AmbiguousName => "coexist::model::ambiguous_name",
    DuplicateFqdn => "coexist::model::duplicate_fqdn",
    UnknownPool => "coexist::model::unknown_pool",
    UnknownChatPool => "coexist::model::unknown_chat_pool",
    NotARegistrar => "coexist::model::not_a_registrar",
    HomePoolVersion => "coexist::model::home_pool_version",
    ThreeVersionCoexistence => "coexist::model::three_version_coexistence",
    CrossForestMove => "coexist::model::cross_forest_move",
    PoolInUse => "coexist::model::pool_in_use",
    ChatPoolInUse => "coexist::model::chat_pool_in_use",
    ServerLimit => "coexist::model::server_limit",
    FileStoreRequired => "coexist::model::file_store_required",
    SingleComputerPool => "coexist::model::single_computer_pool",
    DuplicateUser => "coexist::model::duplicate_user",
    UnknownUser => "coexist::model::unknown_user",
    InvalidSipAddress => "coexist::model::invalid_sip_address",
    AlreadyHomed => "coexist::model::already_homed",
    UseMoveLegacyUser => "coexist::model::use_move_legacy_user",
    DuplicatePolicy => "coexist::model::duplicate_policy",
    UnknownPolicy => "coexist::model::unknown_policy",
    GlobalPolicyExists => "coexist::model::global_policy_exists",
    SitePolicyUnknownSite => "coexist::model::site_policy_unknown_site",
    GrantNeedsTagPolicy => "coexist::model::grant_needs_tag_policy",
    PolicyInUse => "coexist::model::policy_in_use",
    DuplicateCategory => "coexist::model::duplicate_category",
    UnknownCategory => "coexist::model::unknown_category",
    CategoryNestingUnsupported => "coexist::model::category_nesting_unsupported",
    CreatorNotAllowed => "coexist::model::creator_not_allowed",
    CategoryNotEmpty => "coexist::model::category_not_empty",
    CrossPoolReference => "coexist::model::cross_pool_reference",
    DuplicateRoom => "coexist::model::duplicate_room",
    UnknownRoom => "coexist::model::unknown_room",
    RoomNameTooLong => "coexist::model::room_name_too_long",
    RoomNameIsCategory => "coexist::model::room_name_is_category",
    MemberNotAllowed => "coexist::model::member_not_allowed",
    PresenterInNormalRoom => "coexist::model::presenter_in_normal_room",
    PresenterNotMember => "coexist::model::presenter_not_member",
    FederationUnsupported => "coexist::model::federation_unsupported",
    DuplicateEndpoint => "coexist::model::duplicate_endpoint",
    InvitationsDeniedByCategory => "coexist::model::invitations_denied_by_category",
    ClearNeedsEndDate => "coexist::model::clear_needs_end_date",
    DuplicateAddin => "coexist::model::duplicate_addin",
    UnknownAddin => "coexist::model::unknown_addin",
    InvalidAddinUrl => "coexist::model::invalid_addin_url",
    AddinInUse => "coexist::model::addin_in_use",
    MigrationSourceNotLegacy => "coexist::model::migration_source_not_legacy",
    MigrationTargetNotPersistent => "coexist::model::migration_target_not_persistent",
    MigrationForestMismatch => "coexist::model::migration_forest_mismatch",
    MigrationSourceRunning => "coexist::model::migration_source_running",
    MigrationTargetRunning => "coexist::model::migration_target_running",
    AlreadyMigrated => "coexist::model::already_migrated",
    FlattenedNameTooLong => "coexist::model::flattened_name_too_long",
    DecommissionBlocked => "coexist::model::decommission_blocked",
    // ---- Surface: Active Directory, selection and principals ----
    DuplicateAdObject => "coexist::model::duplicate_ad_object",
    UnknownOu => "coexist::model::unknown_ou",
    UnknownGroup => "coexist::model::unknown_group",
    UnknownAdAccount => "coexist::model::unknown_ad_account",
    SipAddressRequired => "coexist::model::sip_address_required",
    SipDomainRequired => "coexist::model::sip_domain_required",
    SipAddressManyUsers => "coexist::model::sip_address_many_users",
    InvalidTelUri => "coexist::model::invalid_tel_uri",
    OnlineMoveNotModelled => "coexist::model::online_move_not_modelled",
    // ---- Surface: configuration, pool state, sites and allowed domains ----
    ChatHistoryOutOfRange => "coexist::model::chat_history_out_of_range",
    RunIntervalOutOfRange => "coexist::model::run_interval_out_of_range",
    InvalidScope => "coexist::model::invalid_scope",
    UnknownService => "coexist::model::unknown_service",
    DuplicateSettings => "coexist::model::duplicate_settings",
    UnknownSettings => "coexist::model::unknown_settings",
    FailoverWithoutBackup => "coexist::model::failover_without_backup",
    NotAPoolComputer => "coexist::model::not_a_pool_computer",
    NotAPersistentChatPool => "coexist::model::not_a_persistent_chat_pool",
    DuplicateDomain => "coexist::model::duplicate_domain",
    InvalidProxyFqdn => "coexist::model::invalid_proxy_fqdn",
    // ---- Surface: messages, rooms and categories ----
    MessageRangeEmpty => "coexist::model::message_range_empty",
    UnknownEndpoint => "coexist::model::unknown_endpoint",
});

fn in_use(user_count: usize, users: &[Named], chat_pools: &[Named]) -> String {
    let mut parts = Vec::new();
    match users {
        [only] if user_count == 1 => parts.push(format!("user {}", only.identity)),
        _ if user_count > 0 => parts.push(format!("{user_count} users")),
        _ => {}
    }
    match chat_pools {
        [] => {}
        [only] => parts.push(format!("chat pool {}", only.identity)),
        many => parts.push(format!("chat pools {}", list(&names(many)))),
    }
    parts.join(" and ")
}

fn flattened_count(names: &[String]) -> String {
    match names.len() {
        1 => "a name".to_string(),
        n => format!("{n} names"),
    }
}

fn creator_message(category: &str, creators: &[String], denied: &bool) -> String {
    if *denied {
        format!(
            "{} denied in {category}, so cannot be {}: denied always wins",
            are(creators),
            if creators.len() == 1 {
                "a creator"
            } else {
                "creators"
            }
        )
    } else {
        format!(
            "creators of {category} must be allowed members: {}",
            list(creators)
        )
    }
}

/// A long name cut to its first and last characters (`Sales_EMEA_DDD…DDD_Deals`).
pub(crate) fn shorten(name: &str) -> String {
    const HEAD: usize = 30;
    const TAIL: usize = 12;
    let count = name.chars().count();
    if count <= HEAD + TAIL + 1 {
        return name.to_string();
    }
    let head: String = name.chars().take(HEAD).collect();
    let tail: String = name.chars().skip(count - TAIL).collect();
    format!("{head}…{tail}")
}

fn are(principals: &[String]) -> String {
    if principals.len() == 1 {
        format!("{} is", principals[0])
    } else {
        format!("{} are", list(principals))
    }
}

fn file_store_message(pool_type: &PoolType, file_store: &Option<String>) -> String {
    match file_store {
        None => "a Persistent Chat pool needs a file store (-FileStore)".to_string(),
        Some(path) => format!(
            "a {pool_type} Persistent Chat pool needs a UNC file store (\\\\host\\share), not {path}"
        ),
    }
}
