//! What `diag/` needs beyond the message: the parameter the primary label points at, the
//! secondary labels, and help naming a concrete fix taken from the model.

use super::error::{list, names, Related};
use super::objects::ChatPoolKind;
use super::{ModelError, ModelWarning, Origin};

fn did_you_mean(suggestion: &Option<String>) -> Option<String> {
    suggestion.as_ref().map(|s| format!("did you mean {s}?"))
}

fn or_create(suggestion: &Option<String>, create: &str) -> Option<String> {
    did_you_mean(suggestion).or_else(|| Some(create.to_string()))
}

impl ModelError {
    /// The canonical cmdlet parameter the primary label should point at.
    pub fn param(&self) -> Option<&'static str> {
        use ModelError::*;
        Some(match self {
            DuplicateSite { .. } | SiteInUse { .. } | PoolInUse { .. } | ChatPoolInUse { .. } => {
                "Identity"
            }
            UnknownSite { param, .. }
            | AmbiguousName { param, .. }
            | DuplicateFqdn { param, .. }
            | UnknownPool { param, .. }
            | UnknownChatPool { param, .. }
            | NotARegistrar { param, .. }
            | ServerLimit { param, .. }
            | SingleComputerPool { param, .. }
            | UnknownUser { param, .. }
            | InvalidSipAddress { param, .. }
            | UnknownPolicy { param, .. }
            | UnknownCategory { param, .. }
            | CategoryNestingUnsupported { param, .. }
            | CrossPoolReference { param, .. }
            | UnknownRoom { param, .. }
            | RoomNameTooLong { param, .. }
            | MemberNotAllowed { param, .. }
            | PresenterInNormalRoom { param, .. }
            | FederationUnsupported { param, .. }
            | DuplicateEndpoint { param, .. }
            | UnknownAddin { param, .. }
            | MigrationSourceNotLegacy { param, .. }
            | MigrationTargetNotPersistent { param, .. }
            | MigrationSourceRunning { param, .. }
            | MigrationTargetRunning { param, .. }
            | AlreadyMigrated { param, .. }
            | CreatorNotAllowed { param, .. } => param,
            HomePoolVersion { .. } => "HomePool",
            ThreeVersionCoexistence { .. } => "Version",
            CrossForestMove { .. } => "Target",
            FileStoreRequired { .. } => "FileStore",
            DuplicateUser { .. } => "Identity",
            AlreadyHomed { .. } => "Target",
            UseMoveLegacyUser { .. } => "Identity",
            DuplicatePolicy { .. } | GlobalPolicyExists { .. } | SitePolicyUnknownSite { .. } => {
                "Identity"
            }
            GrantNeedsTagPolicy { .. } => "PolicyName",
            PolicyInUse { .. } => "Identity",
            DuplicateCategory { .. } | DuplicateRoom { .. } | DuplicateAddin { .. } => "Name",
            CategoryNotEmpty { .. } | AddinInUse { .. } => "Identity",
            RoomNameIsCategory { .. } => "Name",
            PresenterNotMember { .. } => "Presenters",
            InvitationsDeniedByCategory { .. } => "Invitations",
            ClearNeedsEndDate { .. } => "Identity",
            InvalidAddinUrl { .. } => "Url",
            MigrationForestMismatch { .. } => "Target",
            FlattenedNameTooLong { .. } => "Source",
            DecommissionBlocked { .. } => "Identity",
            // ---- Surface: Active Directory, selection and principals ----
            DuplicateAdObject { param, .. }
            | UnknownOu { param, .. }
            | UnknownGroup { param, .. }
            | UnknownAdAccount { param, .. }
            | SipAddressRequired { param, .. }
            | InvalidTelUri { param, .. }
            | OnlineMoveNotModelled { param, .. } => param,
            SipDomainRequired { .. } => "SipAddressType",
            SipAddressManyUsers { .. } => "SipAddress",
            // ---- Surface: configuration, pool state, sites and allowed domains ----
            ChatHistoryOutOfRange { .. } => "DefaultChatHistory",
            RunIntervalOutOfRange { .. } => "RunInterval",
            InvalidScope { .. } => "Identity",
            UnknownService { param, .. }
            | UnknownSettings { param, .. }
            | InvalidProxyFqdn { param, .. } => param,
            DuplicateSettings { .. } | DuplicateDomain { .. } => "Identity",
            FailoverWithoutBackup { .. } => "PoolState",
            NotAPoolComputer { .. } => "ActiveServers",
            NotAPersistentChatPool { .. } => "DefaultPersistentChatPool",
            // ---- Surface: messages, rooms and categories ----
            MessageRangeEmpty { .. } => "StartDate",
            UnknownEndpoint { param, .. } => param,
        })
    }

    /// The text of the primary label on the argument named by [`ModelError::param`].
    pub fn label(&self) -> String {
        use ModelError::*;
        match self {
            DuplicateSite { .. }
            | DuplicateFqdn { .. }
            | DuplicateUser { .. }
            | DuplicatePolicy { .. }
            | DuplicateCategory { .. }
            | DuplicateRoom { .. }
            | DuplicateAddin { .. } => "already exists".to_string(),
            UnknownSite { .. } => "no such site".to_string(),
            UnknownPool { .. } => "no such pool".to_string(),
            UnknownChatPool { .. } => "no such chat pool".to_string(),
            UnknownUser { .. } => "no such user".to_string(),
            UnknownPolicy { .. } => "no such policy".to_string(),
            UnknownCategory { .. } => "no such category".to_string(),
            UnknownRoom { .. } => "no such chat room".to_string(),
            UnknownAddin { .. } => "no such add-in".to_string(),
            SitePolicyUnknownSite { site, .. } => format!("no site {site}"),
            AmbiguousName { matches, .. } => format!("matches {} objects", matches.len()),
            SiteInUse { pools, .. } => format!("hosts {} pool{}", pools.len(), plural(pools.len())),
            NotARegistrar { .. } => "this is a chat pool".to_string(),
            HomePoolVersion { home_version, .. } => {
                format!("this pool runs {}", home_version.product())
            }
            ThreeVersionCoexistence { version, .. } => {
                format!("a third version ({}) in this forest", version.short())
            }
            CrossForestMove(c) => format!("this pool is in forest {}", c.to_forest),
            PoolInUse {
                user_count,
                chat_pools,
                ..
            } => match (user_count, chat_pools.len()) {
                (0, n) => format!("homes {n} chat pool{}", plural(n)),
                (u, 0) => format!("homes {u} user{}", plural(*u)),
                (u, n) => format!(
                    "homes {u} user{} and {n} chat pool{}",
                    plural(*u),
                    plural(n)
                ),
            },
            ChatPoolInUse { content, .. } => {
                format!("still has {} item{}", content.len(), plural(content.len()))
            }
            PolicyInUse { users, .. } => {
                format!("granted to {} user{}", users.len(), plural(users.len()))
            }
            AddinInUse { rooms, .. } => {
                format!("used by {} room{}", rooms.len(), plural(rooms.len()))
            }
            CategoryNotEmpty { rooms, .. } => {
                format!("still has {} room{}", rooms.len(), plural(rooms.len()))
            }
            ServerLimit { param, .. } if *param == "StandbyServers" => {
                "at most 4 standby servers".to_string()
            }
            ServerLimit { .. } => "1 to 4 active servers".to_string(),
            SingleComputerPool { param, .. } if *param == "StandbyServers" => {
                "no standby servers here".to_string()
            }
            SingleComputerPool { .. } => "one server only".to_string(),
            FileStoreRequired { file_store, .. } => match file_store {
                Some(_) => "not a UNC path".to_string(),
                None => "no -FileStore".to_string(),
            },
            InvalidSipAddress { .. } => "not sip:name@domain".to_string(),
            AlreadyHomed { .. } => "the user's current pool".to_string(),
            UseMoveLegacyUser { version, .. } => format!("homed on {}", version.short()),
            GlobalPolicyExists { .. } => "always exists".to_string(),
            GrantNeedsTagPolicy { .. } => "not a per-user policy".to_string(),
            CategoryNestingUnsupported { .. } => "legacy Group Chat pools only".to_string(),
            CreatorNotAllowed {
                denied: true,
                creators,
                ..
            } => format!("denies {}", list(creators)),
            CreatorNotAllowed { creators, .. } => format!("{} not allowed", list(creators)),
            CrossPoolReference { reference_pool, .. } => format!("on {reference_pool}"),
            RoomNameTooLong { length, .. } => format!("{length} characters"),
            RoomNameIsCategory { .. } => "a category's name".to_string(),
            MemberNotAllowed { principals, .. } => format!("{} not allowed", list(principals)),
            PresenterInNormalRoom { .. } => "only Auditorium rooms have presenters".to_string(),
            PresenterNotMember { presenters, .. } => format!("{} not a member", list(presenters)),
            FederationUnsupported { principals, .. } => format!("federated: {}", list(principals)),
            DuplicateEndpoint { existing_sip, .. } => format!("{existing_sip} exists"),
            InvitationsDeniedByCategory { .. } => "the category has invitations off".to_string(),
            ClearNeedsEndDate { .. } => "no -EndDate".to_string(),
            InvalidAddinUrl { .. } => "not http(s)".to_string(),
            MigrationSourceNotLegacy { kind, .. } | MigrationTargetNotPersistent { kind, .. } => {
                format!("this is a {} pool", kind.product())
            }
            MigrationForestMismatch { target_forest, .. } => {
                format!("this pool is in forest {target_forest}")
            }
            MigrationSourceRunning { .. } | MigrationTargetRunning { .. } => {
                "still running".to_string()
            }
            AlreadyMigrated { into, .. } => match into {
                Some(t) => format!("already migrated into {t}"),
                None => "already migrated".to_string(),
            },
            FlattenedNameTooLong { length, .. } => {
                format!("a flattened name has {length} characters")
            }
            // ---- Surface: Active Directory, selection and principals ----
            DuplicateAdObject { .. } => "already taken".to_string(),
            UnknownOu { .. } => "no such OU or container".to_string(),
            UnknownGroup { .. } => "no such group".to_string(),
            UnknownAdAccount { .. } => "no such account".to_string(),
            SipAddressRequired { .. } => "no SIP address for this account".to_string(),
            SipDomainRequired { .. } => "needs -SipDomain".to_string(),
            SipAddressManyUsers { accounts, .. } => {
                format!("one address for {} accounts", accounts.len())
            }
            InvalidTelUri { .. } => "not tel:+digits[;ext=digits]".to_string(),
            OnlineMoveNotModelled { .. } => "a hosting provider".to_string(),
            // ---- Surface: configuration, pool state, sites and allowed domains ----
            ChatHistoryOutOfRange { value } => format!("{value} is not 1 to 500"),
            RunIntervalOutOfRange { .. } => "outside 00:01:00 to 30.00:00:00".to_string(),
            InvalidScope { .. } => "not a form this cmdlet takes".to_string(),
            UnknownService {
                actually: Some(what),
                ..
            } => format!("this is {}", what.1),
            UnknownService {
                any_service: true, ..
            } => "no such service".to_string(),
            UnknownService { .. } => "no such Persistent Chat pool".to_string(),
            DuplicateSettings { .. } => "already exists".to_string(),
            UnknownSettings { noun, .. } => format!("no such {noun}"),
            FailoverWithoutBackup { .. } => "the pool has no backup back end".to_string(),
            NotAPoolComputer { servers, .. } => format!("{} not in Computers", list(servers)),
            NotAPersistentChatPool { what, .. } => format!("this is {what}"),
            DuplicateDomain { .. } => "already allowed".to_string(),
            InvalidProxyFqdn { why, .. } => why.to_string(),
            // ---- Surface: messages, rooms and categories ----
            MessageRangeEmpty { end, .. } => format!("after the end date {end}"),
            UnknownEndpoint { .. } => "no such endpoint".to_string(),
            DecommissionBlocked { blockers, .. } => {
                format!("{} blocker{}", blockers.len(), plural(blockers.len()))
            }
        }
    }

    /// Secondary labels on the statements that made the conflicting facts true.
    pub fn related(&self) -> Vec<Related> {
        use ModelError::*;
        match self {
            DuplicateSite { site, existing } => {
                vec![Related::new(*existing, format!("{site} was created here"))]
            }
            SiteInUse { site, pools } => pools
                .iter()
                .map(|p| {
                    Related::new(
                        p.origin,
                        format!("{} was created here in {site}", p.identity),
                    )
                })
                .collect(),
            DuplicateFqdn {
                fqdn,
                existing_kind,
                existing,
                ..
            } => vec![Related::new(
                *existing,
                format!("{fqdn} was created here as a {existing_kind}"),
            )],
            NotARegistrar {
                fqdn,
                chat_pool_origin,
                ..
            } => vec![Related::new(
                *chat_pool_origin,
                format!("{fqdn} was created here as a chat pool"),
            )],
            HomePoolVersion {
                home_pool,
                home_version,
                home_origin,
                ..
            } => vec![Related::new(
                *home_origin,
                format!("{home_pool} was created here as {home_version}"),
            )],
            ThreeVersionCoexistence { others, .. } => others
                .iter()
                .map(|p| Related::new(p.origin, format!("{} was created here", p.identity)))
                .collect(),
            CrossForestMove(c) => vec![Related::new(
                c.target_origin,
                format!("{} was created here in forest {}", c.target, c.to_forest),
            )],
            DuplicateUser { sip, existing }
            | DuplicateCategory {
                category: sip,
                existing,
            }
            | DuplicateRoom {
                room: sip,
                existing,
            }
            | DuplicateAddin {
                addin: sip,
                existing,
            }
            | DuplicatePolicy {
                policy: sip,
                existing,
            } => vec![Related::new(*existing, format!("{sip} was created here"))],
            DuplicateEndpoint {
                existing_sip,
                existing,
                ..
            } => vec![Related::new(
                *existing,
                format!("{existing_sip} was created here"),
            )],
            RoomNameIsCategory {
                category,
                category_origin,
                ..
            } => vec![Related::new(
                *category_origin,
                format!("category {category} was created here"),
            )],
            MemberNotAllowed {
                category,
                category_origin,
                ..
            } => vec![Related::new(
                *category_origin,
                format!("the allowed members of {category} were set here"),
            )],
            InvitationsDeniedByCategory {
                category,
                category_origin,
                ..
            } => vec![Related::new(
                *category_origin,
                format!("{category} was last set here (invitations off)"),
            )],
            AmbiguousName { matches, .. } => matches
                .iter()
                .take(3)
                .map(|m| Related::new(m.origin, format!("{} was created here", m.identity)))
                .collect(),
            PoolInUse {
                pool,
                users,
                chat_pools,
                ..
            } => users
                .iter()
                .take(1)
                .map(|u| Related::new(u.origin, format!("{} was created here", u.identity)))
                .chain(chat_pools.iter().take(1).map(|c| {
                    Related::new(
                        c.origin,
                        format!("{} was created here, homed on {pool}", c.identity),
                    )
                }))
                .collect(),
            ChatPoolInUse { content, .. } => content
                .iter()
                .take(1)
                .map(|c| Related::new(c.origin, format!("{} was created here", c.identity)))
                .collect(),
            SingleComputerPool {
                chat_pool,
                limited_by,
                why,
                ..
            } => {
                let text = if limited_by.identity.eq_ignore_ascii_case(chat_pool) {
                    if why.contains("single-computer") {
                        format!("{chat_pool} was created here as a SingleComputer pool")
                    } else {
                        format!("{chat_pool} was created here on its Standard Edition server")
                    }
                } else {
                    format!(
                        "{} was created here as a Standard Edition pool",
                        limited_by.identity
                    )
                };
                vec![Related::new(limited_by.origin, text)]
            }
            PolicyInUse {
                policy,
                users,
                granted,
                ..
            } => users
                .first()
                .map(|u| Related::new(*granted, format!("{policy} was granted to {u} here")))
                .into_iter()
                .collect(),
            CategoryNotEmpty {
                rooms, room_origin, ..
            } => rooms
                .first()
                .map(|r| Related::new(*room_origin, format!("{r} was created here")))
                .into_iter()
                .collect(),
            AddinInUse {
                rooms, room_origin, ..
            } => rooms
                .first()
                .map(|r| {
                    Related::new(
                        *room_origin,
                        format!("{r}, which uses it, was last set here"),
                    )
                })
                .into_iter()
                .collect(),
            CrossPoolReference {
                reference,
                reference_pool,
                reference_origin,
                ..
            } => reference_origin
                .map(|o| {
                    Related::new(
                        o,
                        format!("{reference} was created here on {reference_pool}"),
                    )
                })
                .into_iter()
                .collect(),
            AlreadyMigrated {
                pool,
                into,
                migrated,
                ..
            } => vec![Related::new(
                *migrated,
                match into {
                    Some(t) => format!("{pool} was migrated into {t} here"),
                    None => format!("{pool} was migrated here"),
                },
            )],
            UseMoveLegacyUser {
                user,
                pool,
                user_origin,
                ..
            } => vec![Related::new(
                *user_origin,
                format!("{user} was created here on {pool}"),
            )],
            // ---- Surface: Active Directory, selection and principals ----
            DuplicateAdObject {
                existing,
                existing_origin,
                ..
            } => vec![Related::new(
                *existing_origin,
                format!("{existing} was created here"),
            )],
            // ---- Surface: configuration, pool state, sites and allowed domains ----
            DuplicateSettings {
                identity, existing, ..
            } => vec![Related::new(
                *existing,
                format!("{identity} was created here"),
            )],
            DuplicateDomain { domain, existing } => {
                vec![Related::new(*existing, format!("{domain} was added here"))]
            }
            FailoverWithoutBackup {
                chat_pool,
                chat_pool_origin,
            } => vec![Related::new(
                *chat_pool_origin,
                format!("{chat_pool} was last set here, without -BackupBackEnd"),
            )],
            NotAPoolComputer {
                chat_pool,
                computers,
                chat_pool_origin,
                ..
            } => vec![Related::new(
                *chat_pool_origin,
                format!(
                    "{chat_pool} was given its computers here: {}",
                    list(computers)
                ),
            )],
            NotAPersistentChatPool {
                fqdn, what, origin, ..
            } => vec![Related::new(
                *origin,
                format!("{fqdn} was created here as {what}"),
            )],
            UnknownService {
                actually: Some(what),
                ..
            } => {
                let (fqdn, kind, origin) = what.as_ref();
                vec![Related::new(
                    *origin,
                    format!("{fqdn} was created here as {kind}"),
                )]
            }
            // ---- Surface: messages, rooms and categories ----
            _ => Vec::new(),
        }
    }

    /// The existing identity closest to the one given, when replacing the argument with it
    /// is a mechanical fix (the did-you-mean of the help).
    pub fn suggestion(&self) -> Option<&str> {
        use ModelError::*;
        match self {
            UnknownSite { suggestion, .. }
            | UnknownPool { suggestion, .. }
            | UnknownChatPool { suggestion, .. }
            | UnknownUser { suggestion, .. }
            | UnknownPolicy { suggestion, .. }
            | UnknownCategory { suggestion, .. }
            | UnknownRoom { suggestion, .. }
            | UnknownAddin { suggestion, .. }
            | UnknownOu { suggestion, .. }
            | UnknownGroup { suggestion, .. }
            | UnknownAdAccount { suggestion, .. } => suggestion.as_deref(),
            _ => None,
        }
    }

    /// Help that names a concrete fix, taken from the model where it can be.
    pub fn help(&self) -> Option<String> {
        use ModelError::*;
        match self {
            DuplicateSite { site, .. } => Some(format!("use the existing site {site}, or choose another name")),
            UnknownSite { suggestion, site, .. } => or_create(suggestion, &format!("create it first: New-Site -Identity {site}")),
            SiteInUse { pools, .. } => Some(format!("remove its pools first: {}", list(&names(pools)))),
            AmbiguousName { matches, .. } => Some(match matches.first() {
                Some(first) => format!("give the full identity, e.g. {}", first.identity),
                None => "give the full identity".to_string(),
            }),
            DuplicateFqdn { .. } => Some("choose another FQDN; only a SingleComputer Persistent Chat pool collocated on its Standard Edition home pool shares that pool's FQDN".to_string()),
            UnknownPool { suggestion, pool, .. } => or_create(suggestion, &format!("create it first with New-Pool -Fqdn {pool}")),
            UnknownChatPool { suggestion, chat_pool, .. } => or_create(suggestion, &format!("create it first with New-ChatPool -Fqdn {chat_pool}")),
            NotARegistrar { home_pool, .. } => Some(format!("name a registrar pool instead, e.g. {home_pool}, the chat pool's home pool")),
            HomePoolVersion { kind, home_version, matching_pool, .. } => {
                let mut help = match matching_pool {
                    Some(p) => format!("home it on a {} pool ({p} exists)", kind.home_version().short()),
                    None => format!("create a {} pool to home it on", kind.home_version().short()),
                };
                if *kind == ChatPoolKind::PersistentChat {
                    let legacy = ChatPoolKind::for_version(*home_version);
                    help.push_str(&format!(", or, to model the existing {} pool, add -Kind {legacy}", legacy.product()));
                }
                Some(help)
            }
            ThreeVersionCoexistence { forest, .. } => Some(format!("decommission the Lync Server 2010 or the OCS 2007 R2 pools of {forest} first, or put this pool in a site of another forest")),
            CrossForestMove(c) => Some(match &c.same_forest_pool {
                Some(p) => format!("move the user within forest {}, e.g. to {p}", c.from_forest),
                None => format!("move the user to a pool in forest {}", c.from_forest),
            }),
            PoolInUse { users, chat_pools, move_to, from_ocs, .. } => Some(if !users.is_empty() {
                format!(
                    "move its users first ({} {} -Target {})",
                    if *from_ocs { "Move-LegacyUser" } else { "Move-User" },
                    users[0].identity,
                    move_to.as_deref().unwrap_or("<pool>")
                )
            } else {
                format!("remove its chat pools first: {}", list(&names(chat_pools)))
            }),
            ChatPoolInUse { chat_pool, .. } => Some(format!("remove the content first, or Remove-ChatPool {chat_pool} -Force to remove it too")),
            ServerLimit { .. } => Some("use -Servers 1 to 4 and -StandbyServers 0 to 4".to_string()),
            FileStoreRequired { pool_type, .. } => Some(match pool_type {
                super::PoolType::MultipleComputer => "add -FileStore \\\\fileserver\\pchat (a UNC share)".to_string(),
                super::PoolType::SingleComputer => "add -FileStore with a UNC share or a local path".to_string(),
            }),
            SingleComputerPool { .. } => Some("use -Servers 1 -StandbyServers 0, or a standalone MultipleComputer pool on an Enterprise Edition pool".to_string()),
            DuplicateUser { sip, .. } => Some(format!("use Set-User {sip} to change the existing user")),
            UnknownUser { suggestion, user, .. } => or_create(suggestion, &format!("create the user first with New-User -Identity {user}")),
            InvalidSipAddress { value, .. } => Some(match value.split_once('@') {
                Some(_) if !value.to_ascii_lowercase().starts_with("sip:") => format!("write it as sip:{value}"),
                _ => "write it as sip:name@domain".to_string(),
            }),
            AlreadyHomed { .. } => Some("choose another target pool, or drop the move".to_string()),
            UseMoveLegacyUser { user, right, .. } => Some(format!("use {right} {user} -Target <pool> (alias {})", if *right == "Move-User" { "Move-CsUser" } else { "Move-CsLegacyUser" })),
            DuplicatePolicy { policy, .. } => Some(format!("change it with Set-PersistentChatPolicy -Identity {policy}")),
            UnknownPolicy { suggestion, policy, .. } => or_create(suggestion, &format!("create it first with New-PersistentChatPolicy -Identity {policy}")),
            GlobalPolicyExists { enable } => Some(match enable {
                Some(v) => format!("change it with Set-PersistentChatPolicy -Identity Global -EnablePersistentChat ${v}"),
                None => "change it with Set-PersistentChatPolicy -Identity Global".to_string(),
            }),
            SitePolicyUnknownSite { suggestion, site } => or_create(suggestion, &format!("create the site first: New-Site -Identity {site}")),
            GrantNeedsTagPolicy { .. } => Some("grant a per-user policy (Tag:<name>), or $null to unassign; site and global policies apply by themselves".to_string()),
            PolicyInUse { policy, .. } => Some(format!("grant $null to its users first, or Remove-PersistentChatPolicy {policy} -Force")),
            DuplicateCategory { category, .. } => Some(format!("choose another name, or change it with Set-ChatCategory {category}")),
            UnknownCategory { suggestion, category, .. } => or_create(suggestion, &format!("create it first with New-ChatCategory -Name {category}")),
            CategoryNestingUnsupported { param, .. } => Some(format!("drop -{param}: Persistent Chat categories are flat and have no managers")),
            CreatorNotAllowed { creators, denied: true, .. } => Some(format!("remove {} from -DeniedMembers, or from -Creators", list(creators))),
            CreatorNotAllowed { creators, .. } => Some(format!("add {} to -AllowedMembers (and not to -DeniedMembers)", list(creators))),
            CategoryNotEmpty { category, .. } => Some(format!("remove or move the rooms of {category} first")),
            CrossPoolReference { chat_pool, .. } => Some(format!("use one on {chat_pool}, the room's own chat pool")),
            DuplicateRoom { room, .. } => Some(format!("choose another name, or change it with Set-ChatRoom {room}")),
            UnknownRoom { suggestion, room, .. } => or_create(suggestion, &format!("create it first with New-ChatRoom -Name {room}")),
            RoomNameTooLong { .. } => Some("shorten the name to 256 characters or fewer".to_string()),
            RoomNameIsCategory { .. } => Some("choose a room name that no category of the pool has".to_string()),
            MemberNotAllowed { category, principals, .. } => Some(format!("allow them first: Set-ChatCategory {category} -AllowedMembers … (add {})", list(principals))),
            PresenterInNormalRoom { room, .. } => Some(format!("make it an auditorium (Set-ChatRoom {room} -Type Auditorium), or drop the presenters")),
            PresenterNotMember { presenters, .. } => Some(format!("add {} to -Members too", list(presenters))),
            FederationUnsupported { .. } => Some("drop the federated SIP addresses; only legacy Group Chat pools accept them".to_string()),
            DuplicateEndpoint { existing_sip, .. } => Some(format!("remove the existing endpoint first (Remove-ChatEndpoint {existing_sip}), or use another SIP address")),
            InvitationsDeniedByCategory { category, .. } => Some(format!("use -Invitations Inherit or False, or turn invitations on with Set-ChatCategory {category} -Invitations $true")),
            ClearNeedsEndDate { room } => Some(format!("add -EndDate: Clear-ChatRoom {room} -EndDate 2013-01-01")),
            UnknownAddin { suggestion, addin, .. } => or_create(suggestion, &format!("create it first with New-ChatAddin -Name {addin}")),
            DuplicateAddin { addin, .. } => Some(format!("choose another name; {addin} exists")),
            InvalidAddinUrl { .. } => Some("give an http:// or https:// URL, e.g. https://addins.contoso.com/app".to_string()),
            AddinInUse { addin, .. } => Some(format!("Remove-ChatAddin {addin} -Force detaches it from the rooms")),
            MigrationSourceNotLegacy { legacy_pool, param, .. } => Some(match legacy_pool {
                Some(p) => format!("name a legacy Group Chat pool as -{param}, e.g. {p}"),
                None => format!("name a legacy Group Chat pool (Kind GroupChat2010 or GroupChat2007R2) as -{param}"),
            }),
            MigrationTargetNotPersistent { persistent_pool, param, .. } => Some(match persistent_pool {
                Some(p) => format!("name a Persistent Chat pool as -{param}, e.g. {p}"),
                None => format!("create a Persistent Chat pool (New-ChatPool) and name it as -{param}"),
            }),
            MigrationForestMismatch { source_forest, .. } => Some(format!("migrate into a Persistent Chat pool of forest {source_forest}")),
            MigrationSourceRunning { pool, .. } => Some(format!("stop it first: Stop-ChatPool {pool}")),
            MigrationTargetRunning { pool, .. } => Some(format!("Stop-ChatPool {pool} before the import and Start-ChatPool {pool} after it")),
            AlreadyMigrated { .. } => Some("nothing to do: a legacy pool migrates once".to_string()),
            FlattenedNameTooLong { names, .. } => Some(format!("shorten the legacy category or room names before migrating, starting with {}", super::error::shorten(names.first().map_or("", String::as_str)))),
            DecommissionBlocked { pool, not_migrated, target, configured_user, .. } => {
                let to = target.as_deref().unwrap_or("<Persistent Chat pool>");
                let mut steps = Vec::new();
                if *not_migrated {
                    steps.push(format!("migrate it first: Move-ChatData -Source {pool} -Target {to}"));
                }
                if let Some(user) = configured_user {
                    steps.push(format!("point legacy clients elsewhere: Set-User {user} -GroupChatPool {to}"));
                }
                Some(steps.join("; then "))
            }
            // ---- Surface: Active Directory, selection and principals ----
            DuplicateAdObject { what, existing, .. } => Some(if *what == "distinguished name" {
                format!("give the new object another -Name, or another -Path than that of {existing}")
            } else {
                format!("choose another {what}, or change {existing} with Set-ADUser")
            }),
            UnknownOu { suggestion, .. } => or_create(suggestion, "create it first with New-ADOrganizationalUnit -Name <name> -Path <parent DN>; a domain (DC=…) and its CN=Users container always exist"),
            UnknownGroup { suggestion, .. } => or_create(suggestion, "create it first with New-ADGroup -Name <name> -GroupScope Global -Path <OU DN>"),
            UnknownAdAccount { suggestion, .. } => or_create(suggestion, "describe the account first with New-ADUser -Name <name> -SamAccountName <logon> -UserPrincipalName <upn>"),
            SipAddressRequired { .. } => Some("add -SipAddress sip:<name>@<domain>, or -SipAddressType SamAccountName -SipDomain <domain>".to_string()),
            SipDomainRequired { .. } => Some("add -SipDomain <your SIP domain>, e.g. -SipDomain contoso.com".to_string()),
            SipAddressManyUsers { .. } => Some("name a single account in -Identity, or drop -SipAddress and use -SipAddressType with -SipDomain to build one address per account".to_string()),
            InvalidTelUri { .. } => Some("write it as tel:+14255550100, or tel:+14255550100;ext=100".to_string()),
            OnlineMoveNotModelled { .. } => Some("rehearse moves between on-premises registrar pools; run the move to the online service for real".to_string()),
            // ---- Surface: configuration, pool state, sites and allowed domains ----
            ChatHistoryOutOfRange { value } => Some(format!("give 1 to 500 messages, e.g. -DefaultChatHistory {}", (*value).clamp(1, 500))),
            RunIntervalOutOfRange { value } => Some(format!(
                "give 00:01:00 to 30.00:00:00, e.g. -RunInterval {}",
                if value.ticks() < super::settings::MIN_RUN_INTERVAL.ticks() { "00:01:00" } else { "30.00:00:00" }
            )),
            InvalidScope { example, .. } => Some(format!("write it as -Identity {example}")),
            UnknownService { suggestion, any_service, .. } => did_you_mean(suggestion).or_else(|| Some(if *any_service {
                "Get-CsService without -Identity lists the services of the topology".to_string()
            } else {
                "name a Persistent Chat pool (Get-ChatPool -Kind PersistentChat lists them), or create one with New-ChatPool".to_string()
            })),
            DuplicateSettings { cmdlet_noun, identity, .. } => Some(format!("change them with Set-{cmdlet_noun} -Identity {identity}")),
            UnknownSettings { suggestion, cmdlet_noun, identity, .. } => {
                let create = format!("create it first with New-{cmdlet_noun} -Identity {identity}");
                Some(match suggestion {
                    Some(s) => format!("{create}, or did you mean {s}?"),
                    None => create,
                })
            }
            FailoverWithoutBackup { chat_pool, .. } => Some(format!("give it a backup back end first: Set-ChatPool {chat_pool} -BackupBackEnd <SQL instance>")),
            NotAPoolComputer { computers, .. } => Some(format!("name computers of the pool: {}", list(computers))),
            NotAPersistentChatPool { persistent_pool, .. } => Some(match persistent_pool {
                Some(p) => format!("name a Persistent Chat pool, e.g. -DefaultPersistentChatPool {p}"),
                None => "create a Persistent Chat pool with New-ChatPool first".to_string(),
            }),
            DuplicateDomain { domain, .. } => Some(format!("change it with Set-CsAllowedDomain -Identity {domain}, or drop the statement")),
            InvalidProxyFqdn { .. } => Some("write a DNS name such as sip.fabrikam.com: two or more labels, no scheme, port or path".to_string()),
            // ---- Surface: messages, rooms and categories ----
            MessageRangeEmpty { start, end, .. } => Some(format!("swap the dates (-StartDate {end} -EndDate {start}), or drop one of them")),
            UnknownEndpoint { suggestion, .. } => or_create(suggestion, "Get-CsPersistentChatEndpoint lists the endpoints"),
        }
    }
}

impl ModelWarning {
    /// The canonical cmdlet parameter the label should point at, if a specific one.
    pub fn param(&self) -> Option<&'static str> {
        use ModelWarning::*;
        match self {
            NotModelledParameter { .. } | NotModelledCmdlet { .. } => None,
            PoolCapacity { param, .. } | MembersDropped { param, .. } => {
                Some(*param).filter(|p| !p.is_empty())
            }
            PolicyWithoutEffect { .. } => Some("Identity"),
            TargetHasLegacyData { .. }
            | OverwrittenOnImport { .. }
            | LegacyEndpointMissing { .. } => Some("Target"),
            // ---- Surface: Active Directory, selection and principals ----
            MoveDiscardsData { .. } => Some("Force"),
            // ---- Surface: configuration, pool state, sites and allowed domains ----
            NoActiveServers { param, .. } => Some(*param),
            // ---- Surface: messages, rooms and categories ----
            NoMessagesMatched { .. } => Some("Identity"),
            InvitationsResetOnImport { .. }
            | RootManagersToAllRooms { .. }
            | FederatedPrincipalsDisabled { .. }
            | FilesNotMigrated { .. }
            | MigrationOrder { .. } => Some("Source"),
        }
    }

    /// The text of the primary label on the argument named by [`ModelWarning::param`].
    pub fn label(&self) -> String {
        use ModelWarning::*;
        match self {
            NotModelledParameter { .. } => "not modelled".to_string(),
            NotModelledCmdlet { .. } => "skipped: not modelled".to_string(),
            PoolCapacity { servers, limit, .. } => format!(
                "{servers} active server{} serve{} up to {limit} users",
                plural(*servers as usize),
                if *servers == 1 { "s" } else { "" }
            ),
            PolicyWithoutEffect { version, .. } => format!("homed on {}", version.short()),
            MembersDropped { dropped, .. } => format!(
                "{} list entr{} dropped",
                dropped.len(),
                if dropped.len() == 1 { "y" } else { "ies" }
            ),
            TargetHasLegacyData { previous, .. } => {
                format!("already holds data from {}", list(previous))
            }
            InvitationsResetOnImport { rooms, .. } => format!(
                "{} room{} imported with invitations False",
                rooms.len(),
                plural(rooms.len())
            ),
            RootManagersToAllRooms { rooms, .. } => match rooms.len() {
                1 => "1 room gets the root managers".to_string(),
                n => format!("{n} rooms get the root managers"),
            },
            FederatedPrincipalsDisabled { principals, .. } => format!(
                "{} federated principal{} disabled",
                principals.len(),
                plural(principals.len())
            ),
            MigrationOrder { users: 1, .. } => "1 user still on a legacy pool".to_string(),
            MigrationOrder { users, .. } => format!("{users} users still on legacy pools"),
            OverwrittenOnImport { items, .. } => {
                format!("{} item{} overwritten", items.len(), plural(items.len()))
            }
            FilesNotMigrated { .. } => "uploaded files stay behind".to_string(),
            LegacyEndpointMissing { .. } => "no Persistent Chat endpoint".to_string(),
            // ---- Surface: Active Directory, selection and principals ----
            MoveDiscardsData { .. } => "contacts and meetings are lost".to_string(),
            // ---- Surface: configuration, pool state, sites and allowed domains ----
            NoActiveServers { .. } => "no active server left".to_string(),
            // ---- Surface: messages, rooms and categories ----
            NoMessagesMatched { .. } => "no message matched".to_string(),
        }
    }

    /// Secondary labels.
    pub fn related(&self) -> Vec<Related> {
        match self {
            ModelWarning::PoolCapacity {
                chat_pool,
                servers,
                chat_pool_origin,
                ..
            } => vec![Related::new(
                *chat_pool_origin,
                format!(
                    "{chat_pool} was given {servers} active server{} here",
                    plural(*servers as usize)
                ),
            )],
            ModelWarning::TargetHasLegacyData {
                target,
                previous,
                previous_origin,
            } => previous
                .first()
                .map(|p| {
                    Related::new(
                        *previous_origin,
                        format!("{p} was migrated into {target} here"),
                    )
                })
                .into_iter()
                .collect(),
            // ---- Surface: Active Directory, selection and principals ----
            // ---- Surface: configuration, pool state, sites and allowed domains ----
            // ---- Surface: messages, rooms and categories ----
            _ => Vec::new(),
        }
    }

    /// How to act on the warning.
    pub fn help(&self) -> Option<String> {
        use ModelWarning::*;
        Some(match self {
            NotModelledParameter { .. } => "nothing to do: the real shell will use it; coexist warns once per run".to_string(),
            NotModelledCmdlet { cmdlet } => format!("nothing to do if {cmdlet} does not change chat, users or topology; otherwise describe its effect with coexist cmdlets"),
            PoolCapacity { chat_pool, servers, users, .. } => {
                let needed = users.div_ceil(super::topology::USERS_PER_SERVER).min(4);
                if *servers < 4 && *users <= super::topology::USERS_PER_POOL {
                    format!("Set-ChatPool {chat_pool} -Servers {needed}")
                } else {
                    "home some users on another Lync 2013 pool with its own Persistent Chat pool".to_string()
                }
            }
            PolicyWithoutEffect { user, lync2013_pool, .. } => match lync2013_pool {
                Some(p) => format!("move the user to Lync Server 2013: Move-User {user} -Target {p}"),
                None => format!("move {user} to a Lync Server 2013 pool (Move-User -Target …)"),
            },
            MembersDropped { .. } => "re-add them where they are allowed, if that was not intended".to_string(),
            TargetHasLegacyData { .. } => "migrate each legacy pool into its own Persistent Chat pool".to_string(),
            InvitationsResetOnImport { category, .. } => format!("if they are wanted, turn invitations on in the category: Set-ChatCategory {category} -Invitations $true"),
            RootManagersToAllRooms { .. } => "review the managers of those rooms after migration".to_string(),
            FederatedPrincipalsDisabled { .. } => "tell those users: Persistent Chat does not support federation".to_string(),
            MigrationOrder { names, lync2013_pool, first_on_ocs, .. } => match names.first() {
                Some(user) => format!(
                    "move users to Lync Server 2013 first ({} {user} -Target {}); migrate Group Chat last",
                    if *first_on_ocs { "Move-LegacyUser" } else { "Move-User" },
                    lync2013_pool.as_deref().unwrap_or("<Lync 2013 pool>")
                ),
                None => "move users to Lync Server 2013 first (Move-User); migrate Group Chat last".to_string(),
            },
            OverwrittenOnImport { .. } => "rename one side before migrating if both are wanted".to_string(),
            FilesNotMigrated { .. } => "copy the files by hand if they are needed".to_string(),
            LegacyEndpointMissing { target, sip_domain } => format!(
                "New-ChatEndpoint -ChatPool {target} -SipAddress sip:ocschat@{}",
                sip_domain.as_deref().unwrap_or("<your SIP domain>")
            ),
            // ---- Surface: Active Directory, selection and principals ----
            MoveDiscardsData { .. } => "move without -Force to keep the user's contacts and meetings".to_string(),
            // ---- Surface: configuration, pool state, sites and allowed domains ----
            NoActiveServers { chat_pool, computer, .. } => match computer {
                Some(c) => format!("make a server active again: Set-CsPersistentChatActiveServer -Identity PersistentChatServer:{chat_pool} -ActiveServers @{{Add=\"{c}\"}}"),
                None => format!("give {chat_pool} computers and active servers again (Set-ChatPool -Computers)"),
            },
            // ---- Surface: messages, rooms and categories ----
            NoMessagesMatched { room, criteria, .. } => format!("Get-ChatMessage -Room {room} lists the room's messages; loosen the criteria ({criteria}) if they should match"),
        })
    }
}

/// `s` for counts other than one.
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The label for an origin that is not a span, as diagnostics show it.
pub fn origin_note(origin: Origin) -> Option<&'static str> {
    match origin {
        Origin::Span(_) => None,
        Origin::Loaded => Some("defined in the state file"),
        Origin::Builtin => Some("built in"),
    }
}
