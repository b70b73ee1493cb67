//! Migration from legacy Group Chat to Persistent Chat: Move-ChatData, Export/Import-ChatData,
//! Test-Decommission and Get-MigrationStatus.
//!
//! Rules: `migration_source_not_legacy`, `migration_target_not_persistent`,
//! `migration_forest_mismatch`, `migration_source_running`, `migration_target_running`,
//! `already_migrated`, `target_has_legacy_data`, `flattened_name_too_long`,
//! `invitations_reset_on_import`, `root_managers_to_all_rooms`,
//! `federated_principals_disabled`, `migration_order`, `overwritten_on_import`,
//! `files_not_migrated`, `legacy_endpoint_missing`, `decommission_blocked`.

use super::content::MAX_NAME;
use super::idmap::key;
use super::objects::{contains, scoped, ChatPoolKind, ChatPoolState, RoomInvitations, Version};
use super::timestamp::Timestamp;
use super::{
    ChatAddin, ChatCategory, ChatMessage, ChatPool, ChatRoom, Model, ModelError, ModelWarning,
    Origin, Outcome,
};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// A chat pool's categories, rooms and add-ins as `Export-ChatData` writes them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChatData {
    /// The exported chat pool's FQDN.
    pub source: String,
    /// Its kind.
    pub kind: ChatPoolKind,
    /// Its forest.
    pub forest: String,
    /// Its categories.
    pub categories: Vec<ChatCategory>,
    /// Its rooms.
    pub rooms: Vec<ChatRoom>,
    /// Its add-ins.
    pub addins: Vec<ChatAddin>,
    /// The messages of its rooms.
    #[serde(default)]
    pub messages: Vec<ChatMessage>,
}

/// What `Export-CsPersistentChatData -Level` exports (coexist's reading of the levels†).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportLevel {
    /// Categories, add-ins, rooms and messages (the default).
    #[default]
    All,
    /// The principals: categories and rooms with their lists, add-ins; no messages.
    User,
    /// Categories only.
    Category,
    /// Categories, add-ins and rooms; no messages.
    RoomDirectory,
    /// The rooms' content: categories, add-ins, rooms and messages.
    Content,
}

impl ExportLevel {
    /// Every level, in the reference's order.
    pub const ALL: &'static [ExportLevel] = &[
        ExportLevel::All,
        ExportLevel::User,
        ExportLevel::Category,
        ExportLevel::RoomDirectory,
        ExportLevel::Content,
    ];

    /// The name scripts write.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportLevel::All => "All",
            ExportLevel::User => "User",
            ExportLevel::Category => "Category",
            ExportLevel::RoomDirectory => "RoomDirectory",
            ExportLevel::Content => "Content",
        }
    }

    /// Parses a name case-insensitively.
    pub fn parse(text: &str) -> Option<ExportLevel> {
        ExportLevel::ALL
            .iter()
            .copied()
            .find(|l| l.as_str().eq_ignore_ascii_case(text))
    }

    fn rooms(self) -> bool {
        self != ExportLevel::Category
    }

    fn messages(self) -> bool {
        matches!(self, ExportLevel::All | ExportLevel::Content)
    }
}

impl std::fmt::Display for ExportLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How `Export-CsPersistentChatData` narrows an export.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// What to export.
    pub level: ExportLevel,
    /// Only these categories (`pool\name` or bare names) with their sub-categories and
    /// rooms; a sub-category brings the parents its flattened name needs. Empty: all.
    pub scope: Vec<String>,
    /// Only messages posted on or after this instant.
    pub start: Option<Timestamp>,
}

/// Why a legacy chat pool cannot be decommissioned yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockerReason {
    /// Its data has not been migrated.
    NotMigrated,
    /// A user's legacy client is still configured for it.
    UserConfigured,
    /// The Persistent Chat pool that received its data has no endpoint for legacy clients.
    EndpointMissing,
}

/// One thing that blocks decommissioning a legacy chat pool (`Test-Decommission` output).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blocker {
    /// The legacy chat pool.
    pub chat_pool: String,
    /// What blocks it.
    pub reason: BlockerReason,
    /// The object concerned: the pool, the user, or the target pool.
    pub object: String,
}

impl Blocker {
    /// The rule code behind this blocker.
    pub fn code(&self) -> &'static str {
        match self.reason {
            BlockerReason::NotMigrated | BlockerReason::UserConfigured => {
                "coexist::model::decommission_blocked"
            }
            BlockerReason::EndpointMissing => "coexist::model::legacy_endpoint_missing",
        }
    }

    /// Whether it makes `Remove-ChatPool` fail (`decommission_blocked`).
    pub fn blocks_removal(&self) -> bool {
        self.reason != BlockerReason::EndpointMissing
    }

    /// One phrase for messages (`not migrated yet`).
    pub fn description(&self) -> String {
        match self.reason {
            BlockerReason::NotMigrated => "its data is not migrated yet".to_string(),
            BlockerReason::UserConfigured => {
                format!("the legacy client of {} is configured for it", self.object)
            }
            BlockerReason::EndpointMissing => format!(
                "{} has no Persistent Chat endpoint for legacy clients",
                self.object
            ),
        }
    }
}

/// One chat pool's line of `Get-MigrationStatus`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatPoolStatus {
    /// The chat pool.
    pub fqdn: String,
    /// Its kind.
    pub kind: ChatPoolKind,
    /// Its state.
    pub state: ChatPoolState,
    /// Where its data went (legacy pools).
    pub migrated_into: Option<String>,
    /// Whose data it received (Persistent Chat pools).
    pub received_from: Vec<String>,
}

/// `Get-MigrationStatus` data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MigrationStatus {
    /// Registrar pools per version (every version listed).
    pub pools_by_version: Vec<(Version, usize)>,
    /// Users per registrar pool: (pool, version, users).
    pub users_per_pool: Vec<(String, Version, usize)>,
    /// Every chat pool's migration state.
    pub chat_pools: Vec<ChatPoolStatus>,
    /// What blocks decommissioning the legacy chat pools.
    pub blockers: Vec<Blocker>,
}

/// What an import will do, computed before anything changes.
struct ImportPlan {
    categories: Vec<ChatCategory>,
    rooms: Vec<ChatRoom>,
    addins: Vec<ChatAddin>,
    messages: Vec<ChatMessage>,
    warnings: Vec<ModelWarning>,
}

impl Model {
    /// `Move-ChatData -Source -Target`: migrates a stopped legacy pool's data into a stopped
    /// Persistent Chat pool; the source becomes `Migrated`.
    pub fn move_chat_data(
        &mut self,
        source: &str,
        target: &str,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let src = self.find_chat_pool(source, "Source")?.clone();
        let dst = self.find_chat_pool(target, "Target")?.clone();
        if !src.is_legacy() {
            return Err(ModelError::MigrationSourceNotLegacy {
                pool: src.fqdn,
                kind: src.kind,
                legacy_pool: self.unmigrated_legacy_pool(),
                param: "Source",
            });
        }
        self.check_import_target(&dst, "Target")?;
        let (sf, tf) = (
            self.forest_of_chat_pool(&src.fqdn).to_string(),
            self.forest_of_chat_pool(&dst.fqdn).to_string(),
        );
        if !sf.eq_ignore_ascii_case(&tf) {
            return Err(ModelError::MigrationForestMismatch {
                source_pool: src.fqdn,
                source_forest: sf,
                target: dst.fqdn,
                target_forest: tf,
            });
        }
        if src.state == ChatPoolState::Running {
            return Err(ModelError::MigrationSourceRunning {
                pool: src.fqdn,
                param: "Source",
            });
        }
        check_target_stopped(&dst, "Target")?;
        check_not_migrated(&src, "Source")?;
        let data = self.snapshot(&src);
        self.import_checked(&dst, &data, origin)
    }

    /// `Export-ChatData`: the pool's data as a [`ChatData`], narrowed by `options` (changes
    /// nothing). With `legacy` (or for a Group Chat pool) the source rules of a migration
    /// apply.
    pub fn export_chat_data(
        &self,
        chat_pool: &str,
        legacy: bool,
        options: &ExportOptions,
    ) -> Result<ChatData, ModelError> {
        let src = self.find_chat_pool(chat_pool, "ChatPool")?;
        if legacy && !src.is_legacy() {
            return Err(ModelError::MigrationSourceNotLegacy {
                pool: src.fqdn.clone(),
                kind: src.kind,
                legacy_pool: self.unmigrated_legacy_pool(),
                param: "ChatPool",
            });
        }
        if src.is_legacy() {
            if src.state == ChatPoolState::Running {
                return Err(ModelError::MigrationSourceRunning {
                    pool: src.fqdn.clone(),
                    param: "ChatPool",
                });
            }
            check_not_migrated(src, "ChatPool")?;
        }
        let mut data = self.snapshot(src);
        self.narrow_export(&mut data, options)?;
        Ok(data)
    }

    /// `Export-CsPersistentChatData -DisableExportedNodes`: disables the exported rooms in
    /// the source (categories have no disabled state in the model).
    pub fn disable_exported(&mut self, data: &ChatData, origin: Origin) -> Outcome {
        let mut outcome = Outcome::of(data.source.clone());
        for exported in &data.rooms {
            if let Some(room) = self.data.rooms.get_mut(&exported.identity) {
                if !room.disabled {
                    room.disabled = true;
                    room.changed = origin;
                    outcome.identities.push(room.identity.clone());
                }
            }
        }
        outcome
    }

    /// Applies `-Level`, `-Scope` and `-StartDate` to a snapshot.
    fn narrow_export(
        &self,
        data: &mut ChatData,
        options: &ExportOptions,
    ) -> Result<(), ModelError> {
        if !options.scope.is_empty() {
            let mut wanted: Vec<String> = Vec::new();
            for name in &options.scope {
                let category = self.find_category(name, Some(&data.source), "Scope")?;
                wanted.push(category.identity.clone());
            }
            let under_wanted = |c: &ChatCategory| {
                category_path(&data.categories, c)
                    .iter()
                    .any(|a| contains(&wanted, &a.identity))
            };
            let in_scope: Vec<String> = data
                .categories
                .iter()
                .filter(|c| under_wanted(c))
                .map(|c| c.identity.clone())
                .collect();
            let needed: Vec<String> = data
                .categories
                .iter()
                .filter(|c| contains(&in_scope, &c.identity))
                .flat_map(|c| category_path(&data.categories, c))
                .map(|c| c.identity.clone())
                .collect();
            data.categories.retain(|c| contains(&needed, &c.identity));
            data.rooms.retain(|r| contains(&in_scope, &r.category));
        }
        if !options.level.rooms() {
            data.rooms.clear();
            data.addins.clear();
        }
        if options.level.messages() {
            let rooms: HashSet<String> = data
                .rooms
                .iter()
                .map(|r| key(&r.identity).into_owned())
                .collect();
            data.messages.retain(|m| {
                rooms.contains(key(&m.room).as_ref())
                    && options.start.is_none_or(|start| m.posted >= start)
            });
        } else {
            data.messages.clear();
        }
        Ok(())
    }

    /// `Import-ChatData`: imports exported data into a stopped Persistent Chat pool, as
    /// `Move-ChatData` does; a legacy source still in the model becomes `Migrated`.
    pub fn import_chat_data(
        &mut self,
        chat_pool: &str,
        data: &ChatData,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let dst = self.find_chat_pool(chat_pool, "ChatPool")?.clone();
        self.check_import_target(&dst, "ChatPool")?;
        let tf = self.forest_of_chat_pool(&dst.fqdn).to_string();
        if !data.forest.eq_ignore_ascii_case(&tf) {
            return Err(ModelError::MigrationForestMismatch {
                source_pool: data.source.clone(),
                source_forest: data.forest.clone(),
                target: dst.fqdn,
                target_forest: tf,
            });
        }
        check_target_stopped(&dst, "ChatPool")?;
        if data.kind.is_legacy() {
            if let Some(src) = self.data.chat_pools.get(&data.source) {
                check_not_migrated(src, "ChatPool")?;
            }
        }
        self.import_checked(&dst, data, origin)
    }

    /// `Test-Decommission`: the blockers of one chat pool, or of every legacy pool.
    pub fn test_decommission(&self, chat_pool: Option<&str>) -> Result<Vec<Blocker>, ModelError> {
        match chat_pool {
            Some(name) => {
                let chat = self.find_chat_pool(name, "ChatPool")?;
                Ok(if chat.is_legacy() {
                    self.decommission_blockers(&chat.fqdn)
                } else {
                    Vec::new()
                })
            }
            None => Ok(self
                .data
                .chat_pools
                .iter()
                .filter(|c| c.is_legacy())
                .flat_map(|c| self.decommission_blockers(&c.fqdn))
                .collect()),
        }
    }

    /// `Get-MigrationStatus`: the summary, plus `pool_capacity` warnings that hold now.
    pub fn migration_status(&self) -> (MigrationStatus, Vec<ModelWarning>) {
        let pools_by_version = Version::ALL
            .iter()
            .map(|&v| (v, self.data.pools.iter().filter(|p| p.version == v).count()))
            .collect();
        let users_per_pool = self
            .data
            .pools
            .iter()
            .map(|p| (p.fqdn.clone(), p.version, self.users_on(&p.fqdn)))
            .collect();
        let chat_pools = self
            .data
            .chat_pools
            .iter()
            .map(|c| ChatPoolStatus {
                fqdn: c.fqdn.clone(),
                kind: c.kind,
                state: c.state,
                migrated_into: c.migrated_into.clone(),
                received_from: c.received_from.clone(),
            })
            .collect();
        let blockers = self.test_decommission(None).unwrap_or_default();
        let warnings = self
            .data
            .chat_pools
            .iter()
            .filter(|c| {
                c.kind == ChatPoolKind::PersistentChat
                    && self.users_on(&c.home_pool) > super::topology::capacity_limit(c.servers())
            })
            .map(|c| self.capacity_warning_for(c, ""))
            .collect();
        (
            MigrationStatus {
                pools_by_version,
                users_per_pool,
                chat_pools,
                blockers,
            },
            warnings,
        )
    }

    /// What blocks decommissioning the legacy pool `fqdn`.
    pub(crate) fn decommission_blockers(&self, fqdn: &str) -> Vec<Blocker> {
        let Some(chat) = self.data.chat_pools.get(fqdn) else {
            return Vec::new();
        };
        let blocker = |reason, object: &str| Blocker {
            chat_pool: chat.fqdn.clone(),
            reason,
            object: object.to_string(),
        };
        let mut blockers = Vec::new();
        if chat.state != ChatPoolState::Migrated {
            blockers.push(blocker(BlockerReason::NotMigrated, &chat.fqdn));
        }
        for user in self.data.users.iter() {
            if user
                .group_chat_pool
                .as_deref()
                .is_some_and(|p| p.eq_ignore_ascii_case(&chat.fqdn))
            {
                blockers.push(blocker(BlockerReason::UserConfigured, &user.sip_address));
            }
        }
        if let Some(target) = chat
            .migrated_into
            .as_deref()
            .and_then(|t| self.data.chat_pools.get(t))
        {
            if target.endpoint.is_empty() {
                blockers.push(blocker(BlockerReason::EndpointMissing, &target.fqdn));
            }
        }
        blockers
    }

    /// `migration_target_not_persistent`.
    fn check_import_target(&self, dst: &ChatPool, param: &'static str) -> Result<(), ModelError> {
        if dst.kind != ChatPoolKind::PersistentChat {
            return Err(ModelError::MigrationTargetNotPersistent {
                pool: dst.fqdn.clone(),
                kind: dst.kind,
                persistent_pool: self
                    .data
                    .chat_pools
                    .iter()
                    .find(|c| c.kind == ChatPoolKind::PersistentChat)
                    .map(|c| c.fqdn.clone()),
                param,
            });
        }
        Ok(())
    }

    /// A legacy Group Chat pool not migrated yet, for help texts.
    fn unmigrated_legacy_pool(&self) -> Option<String> {
        self.data
            .chat_pools
            .iter()
            .find(|c| c.is_legacy() && c.state != ChatPoolState::Migrated)
            .map(|c| c.fqdn.clone())
    }

    fn snapshot(&self, src: &ChatPool) -> ChatData {
        let on = |p: &str| p.eq_ignore_ascii_case(&src.fqdn);
        ChatData {
            source: src.fqdn.clone(),
            kind: src.kind,
            forest: self.forest_of_chat_pool(&src.fqdn).to_string(),
            categories: self
                .data
                .categories
                .iter()
                .filter(|c| on(&c.chat_pool))
                .cloned()
                .collect(),
            rooms: self
                .data
                .rooms
                .iter()
                .filter(|r| on(&r.chat_pool))
                .cloned()
                .collect(),
            addins: self
                .data
                .addins
                .iter()
                .filter(|a| on(&a.chat_pool))
                .cloned()
                .collect(),
            messages: self
                .data
                .messages
                .iter()
                .filter(|m| {
                    self.data
                        .rooms
                        .get(&m.room)
                        .is_some_and(|r| on(&r.chat_pool))
                })
                .cloned()
                .collect(),
        }
    }

    /// Plans (`flattened_name_too_long` may fail it), then applies an import.
    fn import_checked(
        &mut self,
        dst: &ChatPool,
        data: &ChatData,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let plan = self.plan_import(dst, data, origin)?;
        let mut identities = vec![dst.fqdn.clone()];
        for c in plan.categories {
            identities.push(c.identity.clone());
            self.data.categories.insert(c);
        }
        for a in plan.addins {
            identities.push(a.identity.clone());
            self.data.addins.insert(a);
        }
        let arriving: HashSet<String> = plan
            .rooms
            .iter()
            .map(|r| key(&r.identity).into_owned())
            .collect();
        self.drop_messages(|room| arriving.contains(key(room).as_ref()));
        for r in plan.rooms {
            identities.push(r.identity.clone());
            self.data.rooms.insert(r);
        }
        for m in plan.messages {
            self.data.messages.insert(m);
        }
        self.recount_messages();
        if data.kind.is_legacy() {
            if let Some(target) = self.data.chat_pools.get_mut(&dst.fqdn) {
                if !contains(&target.received_from, &data.source) {
                    target.received_from.push(data.source.clone());
                }
                target.changed = origin;
            }
            if let Some(src) = self.data.chat_pools.get_mut(&data.source) {
                src.state = ChatPoolState::Migrated;
                src.migrated_into = Some(dst.fqdn.clone());
                src.migrated = origin;
                src.changed = origin;
                identities.push(src.fqdn.clone());
            }
        }
        Ok(Outcome {
            warnings: plan.warnings,
            identities,
        })
    }

    fn plan_import(
        &self,
        dst: &ChatPool,
        data: &ChatData,
        origin: Origin,
    ) -> Result<ImportPlan, ModelError> {
        let legacy = data.kind.is_legacy();
        let source_cat = |id: &str| find_category(&data.categories, id);
        let flat_name = |cat: &ChatCategory| {
            category_path(&data.categories, cat)
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join("_")
        };
        let mut too_long = Vec::new();
        let mut first_long: Option<String> = None;
        let mut federated: Vec<String> = Vec::new();
        let mut strip = |list: &[String]| -> Vec<String> {
            let mut kept = Vec::with_capacity(list.len());
            for p in list {
                if self.user_by_sip(p).is_some() || !self.is_federated(p) {
                    kept.push(p.clone());
                } else if !contains(&federated, p) {
                    federated.push(p.clone());
                }
            }
            kept
        };
        let mut categories = Vec::new();
        let mut cat_map: Vec<(String, String)> = Vec::new(); // source id -> target id
        for cat in &data.categories {
            let name = flat_name(cat);
            if name.chars().count() > MAX_NAME {
                too_long.push(cat.identity.clone());
                first_long.get_or_insert_with(|| name.clone());
                continue;
            }
            let identity = scoped(&dst.fqdn, &name);
            cat_map.push((cat.identity.clone(), identity.clone()));
            categories.push(ChatCategory {
                identity,
                name,
                chat_pool: dst.fqdn.clone(),
                description: cat.description.clone(),
                allowed_members: strip(&cat.allowed_members),
                denied_members: strip(&cat.denied_members),
                creators: strip(&cat.creators),
                invitations: cat.invitations,
                file_upload: cat.file_upload,
                chat_history: cat.chat_history,
                parent_category: None,
                managers: Vec::new(),
                created: origin,
                changed: origin,
            });
        }
        let target_cat = |source: &str| {
            cat_map
                .iter()
                .find(|(s, _)| s.eq_ignore_ascii_case(source))
                .map(|(_, t)| t.clone())
        };
        let addins: Vec<ChatAddin> = data
            .addins
            .iter()
            .map(|a| ChatAddin {
                identity: scoped(&dst.fqdn, &a.name),
                name: a.name.clone(),
                chat_pool: dst.fqdn.clone(),
                url: a.url.clone(),
                created: origin,
                changed: origin,
            })
            .collect();
        let mut rooms = Vec::new();
        let mut messages = Vec::new();
        let mut by_room: HashMap<String, Vec<&ChatMessage>> = HashMap::new();
        for m in &data.messages {
            by_room
                .entry(key(&m.room).into_owned())
                .or_default()
                .push(m);
        }
        let mut reset = Vec::new();
        let mut files = Vec::new();
        // Root category id -> (managers, migrated rooms).
        let mut root_rooms: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
        for room in data.rooms.iter().filter(|r| !r.disabled) {
            let Some(cat) = source_cat(&room.category) else {
                continue;
            };
            let chain = category_path(&data.categories, cat);
            let name = if chain.len() > 1 {
                format!("{}_{}", flat_name(cat), room.name)
            } else {
                room.name.clone()
            };
            if name.chars().count() > MAX_NAME {
                too_long.push(room.identity.clone());
                first_long.get_or_insert_with(|| name.clone());
                continue;
            }
            let Some(category) = target_cat(&cat.identity) else {
                continue;
            };
            let identity = scoped(&dst.fqdn, &name);
            let mut managers = strip(&room.managers);
            let root = chain[0];
            if legacy && !root.managers.is_empty() {
                for m in &root.managers {
                    if !contains(&managers, m) {
                        managers.push(m.clone());
                    }
                }
                match root_rooms
                    .iter_mut()
                    .find(|(id, _, _)| id.eq_ignore_ascii_case(&root.identity))
                {
                    Some(entry) => entry.2.push(identity.clone()),
                    None => root_rooms.push((
                        root.identity.clone(),
                        root.managers.clone(),
                        vec![identity.clone()],
                    )),
                }
            }
            let mut invitations = room.invitations;
            if invitations == RoomInvitations::True && !cat.invitations {
                invitations = RoomInvitations::False;
                reset.push(identity.clone());
            }
            if legacy && cat.file_upload {
                files.push(room.identity.clone());
            }
            rooms.push(ChatRoom {
                identity: identity.clone(),
                name,
                chat_pool: dst.fqdn.clone(),
                category,
                room_type: room.room_type,
                privacy: room.privacy,
                members: strip(&room.members),
                managers,
                presenters: strip(&room.presenters),
                invitations,
                disabled: false,
                addin: room
                    .addin
                    .as_deref()
                    .map(|a| scoped(&dst.fqdn, super::content::name_of(a))),
                description: room.description.clone(),
                content_mb: room.content_mb,
                messages: 0,
                text_bytes: 0,
                last_message: 0,
                legacy_history: None,
                created: origin,
                changed: origin,
            });
            messages.extend(
                by_room
                    .get(key(&room.identity).as_ref())
                    .into_iter()
                    .flatten()
                    .map(|m| ChatMessage {
                        identity: format!(
                            "{identity}#{}",
                            m.identity.rsplit_once('#').map_or("", |(_, n)| n)
                        ),
                        room: identity.clone(),
                        created: origin,
                        changed: origin,
                        ..(*m).clone()
                    }),
            );
        }
        if !too_long.is_empty() {
            let flattened = first_long.unwrap_or_default();
            return Err(ModelError::FlattenedNameTooLong {
                names: too_long,
                length: flattened.chars().count(),
                flattened,
            });
        }
        let mut warnings = Vec::new();
        let previous: Vec<String> = dst
            .received_from
            .iter()
            .filter(|s| !s.eq_ignore_ascii_case(&data.source))
            .cloned()
            .collect();
        if legacy && !previous.is_empty() {
            let previous_origin = self
                .data
                .chat_pools
                .get(&previous[0])
                .map_or(Origin::Loaded, |c| c.migrated);
            warnings.push(ModelWarning::TargetHasLegacyData {
                target: dst.fqdn.clone(),
                previous,
                previous_origin,
            });
        }
        if let Some(first) = reset.first() {
            let category = rooms
                .iter()
                .find(|r| r.identity.eq_ignore_ascii_case(first))
                .map(|r| r.category.clone())
                .unwrap_or_default();
            warnings.push(ModelWarning::InvitationsResetOnImport {
                rooms: reset,
                category,
            });
        }
        for (category, managers, rooms) in root_rooms {
            warnings.push(ModelWarning::RootManagersToAllRooms {
                category,
                managers,
                rooms,
            });
        }
        if !federated.is_empty() {
            warnings.push(ModelWarning::FederatedPrincipalsDisabled {
                principals: federated,
            });
        }
        if legacy {
            let forest = self.forest_of_chat_pool(&dst.fqdn).to_string();
            let legacy_pools: Vec<(String, usize)> = self
                .data
                .pools
                .iter()
                .filter(|p| p.version.is_legacy())
                .filter(|p| self.forest_of_pool(&p.fqdn).eq_ignore_ascii_case(&forest))
                .map(|p| (p.fqdn.clone(), self.users_on(&p.fqdn)))
                .filter(|(_, n)| *n > 0)
                .collect();
            if !legacy_pools.is_empty() {
                let on_legacy =
                    |p: &str| legacy_pools.iter().any(|(l, _)| l.eq_ignore_ascii_case(p));
                let named: Vec<&super::User> = self
                    .data
                    .users
                    .iter()
                    .filter(|u| on_legacy(&u.registrar_pool))
                    .take(super::warning::NAMED_USERS)
                    .collect();
                let first_on_ocs = named.first().is_some_and(|u| {
                    self.data
                        .pools
                        .get(&u.registrar_pool)
                        .is_some_and(|p| p.version == Version::Ocs2007R2)
                });
                let names = named.iter().map(|u| u.sip_address.clone()).collect();
                let lync2013_pool = self
                    .data
                    .pools
                    .iter()
                    .filter(|p| p.version == Version::Lync2013)
                    .find(|p| self.forest_of_pool(&p.fqdn).eq_ignore_ascii_case(&forest))
                    .map(|p| p.fqdn.clone());
                warnings.push(ModelWarning::MigrationOrder {
                    names,
                    lync2013_pool,
                    first_on_ocs,
                    users: legacy_pools.iter().map(|(_, n)| n).sum(),
                    pools: legacy_pools.into_iter().map(|(p, _)| p).collect(),
                });
            }
        }
        let mut overwritten: Vec<String> = Vec::new();
        overwritten.extend(
            categories
                .iter()
                .filter(|c| self.data.categories.contains(&c.identity))
                .map(|c| c.identity.clone()),
        );
        overwritten.extend(
            rooms
                .iter()
                .filter(|r| self.data.rooms.contains(&r.identity))
                .map(|r| r.identity.clone()),
        );
        overwritten.extend(
            addins
                .iter()
                .filter(|a| self.data.addins.contains(&a.identity))
                .map(|a| a.identity.clone()),
        );
        if !overwritten.is_empty() {
            warnings.push(ModelWarning::OverwrittenOnImport { items: overwritten });
        }
        for room in files {
            warnings.push(ModelWarning::FilesNotMigrated { room });
        }
        if legacy && dst.endpoint.is_empty() {
            let domain = |sip: &str| sip.split_once('@').map(|(_, d)| d.to_string());
            let sip_domain = self
                .data
                .chat_endpoints
                .iter()
                .find_map(|e| domain(&e.sip_address))
                .or_else(|| self.data.users.iter().find_map(|u| domain(&u.sip_address)))
                .or_else(|| dst.fqdn.split_once('.').map(|(_, d)| d.to_string()));
            warnings.push(ModelWarning::LegacyEndpointMissing {
                target: dst.fqdn.clone(),
                sip_domain,
            });
        }
        Ok(ImportPlan {
            categories,
            rooms,
            addins,
            messages,
            warnings,
        })
    }
}

/// `migration_target_running`.
fn check_target_stopped(dst: &ChatPool, param: &'static str) -> Result<(), ModelError> {
    if dst.state == ChatPoolState::Running {
        return Err(ModelError::MigrationTargetRunning {
            pool: dst.fqdn.clone(),
            param,
        });
    }
    Ok(())
}

/// `already_migrated`.
fn check_not_migrated(src: &ChatPool, param: &'static str) -> Result<(), ModelError> {
    if src.state == ChatPoolState::Migrated || src.migrated_into.is_some() {
        return Err(ModelError::AlreadyMigrated {
            pool: src.fqdn.clone(),
            into: src.migrated_into.clone(),
            migrated: src.migrated,
            param,
        });
    }
    Ok(())
}

fn find_category<'a>(categories: &'a [ChatCategory], id: &str) -> Option<&'a ChatCategory> {
    categories
        .iter()
        .find(|c| c.identity.eq_ignore_ascii_case(id))
}

/// The chain of parent categories of `cat`, root first (bounded against cycles).
fn category_path<'a>(
    categories: &'a [ChatCategory],
    cat: &'a ChatCategory,
) -> Vec<&'a ChatCategory> {
    let mut chain = vec![];
    let mut current = Some(cat);
    while let Some(c) = current {
        if chain.len() > categories.len() {
            break;
        }
        chain.push(c);
        current = c
            .parent_category
            .as_deref()
            .and_then(|p| find_category(categories, p));
    }
    chain.reverse();
    chain
}
