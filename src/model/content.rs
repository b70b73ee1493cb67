//! Chat categories and add-ins (rooms are in `rooms.rs`).
//!
//! Rules: `duplicate_category`, `unknown_category`, `category_nesting_unsupported`,
//! `creator_not_allowed`, `category_not_empty`, `cross_pool_reference`, `room_name_too_long`,
//! `federation_unsupported`, `members_dropped`, `duplicate_addin`, `unknown_addin`,
//! `invalid_addin_url`, `addin_in_use`, `room_name_is_category` (a category renamed to a
//! room's name).

use super::lookup::Principal;
use super::objects::{contains, scoped, split_scoped, RoomInvitations};
use super::view::{store_recorded, Recorded};
use super::{ChatAddin, ChatCategory, Model, ModelError, ModelWarning, Origin, Outcome};

/// Names of categories and rooms have at most this many characters.
pub const MAX_NAME: usize = 256;

/// `New-ChatCategory`.
#[derive(Debug, Clone, Default)]
pub struct NewCategory {
    /// The name within the chat pool.
    pub name: String,
    /// The chat pool FQDN.
    pub chat_pool: String,
    /// AllowedMembers.
    pub allowed_members: Vec<String>,
    /// DeniedMembers.
    pub denied_members: Vec<String>,
    /// Creators.
    pub creators: Vec<String>,
    /// Invitations (default false).
    pub invitations: Option<bool>,
    /// FileUpload (default false).
    pub file_upload: Option<bool>,
    /// ChatHistory (default true).
    pub chat_history: Option<bool>,
    /// ParentCategory (legacy pools only).
    pub parent_category: Option<String>,
    /// Managers (legacy pools only).
    pub managers: Vec<String>,
    /// Recorded properties (Description).
    pub recorded: Recorded,
}

/// `Set-ChatCategory`: `None` leaves a property unchanged.
#[derive(Debug, Clone, Default)]
pub struct SetCategory {
    /// `pool\name` or a bare name.
    pub identity: String,
    /// A new name on the same chat pool (its rooms follow).
    pub name: Option<String>,
    /// New AllowedMembers.
    pub allowed_members: Option<Vec<String>>,
    /// New DeniedMembers.
    pub denied_members: Option<Vec<String>>,
    /// New Creators.
    pub creators: Option<Vec<String>>,
    /// New Invitations.
    pub invitations: Option<bool>,
    /// New FileUpload.
    pub file_upload: Option<bool>,
    /// New ChatHistory.
    pub chat_history: Option<bool>,
    /// New Managers (legacy pools only).
    pub managers: Option<Vec<String>>,
    /// Recorded properties (Description).
    pub recorded: Recorded,
}

/// `Set-ChatAddin`: `None` leaves a property unchanged.
#[derive(Debug, Clone, Default)]
pub struct SetAddin {
    /// `pool\name` or a bare name.
    pub identity: String,
    /// A new name on the same chat pool (rooms using it follow).
    pub name: Option<String>,
    /// A new http/https URL.
    pub url: Option<String>,
}

/// `New-ChatAddin`.
#[derive(Debug, Clone, Default)]
pub struct NewAddin {
    /// The name within the chat pool.
    pub name: String,
    /// The chat pool FQDN.
    pub chat_pool: String,
    /// The http/https URL.
    pub url: String,
}

/// Resolved principal lists of a category request.
struct Lists {
    allowed: Vec<Principal>,
    denied: Vec<Principal>,
    creators: Vec<Principal>,
    managers: Vec<Principal>,
}

fn sips(list: &[Principal]) -> Vec<String> {
    list.iter().map(|p| p.sip().to_string()).collect()
}

/// `room_name_too_long`.
pub(crate) fn check_name_length(name: &str, param: &'static str) -> Result<(), ModelError> {
    let length = name.chars().count();
    if length > MAX_NAME {
        return Err(ModelError::RoomNameTooLong { length, param });
    }
    Ok(())
}

/// `federation_unsupported`: on a Persistent Chat pool, no federated principal in `lists`.
pub(crate) fn check_federation(
    chat_pool: &str,
    legacy: bool,
    lists: &[(&[Principal], &'static str)],
) -> Result<(), ModelError> {
    if legacy {
        return Ok(());
    }
    for (list, param) in lists {
        let principals: Vec<String> = list
            .iter()
            .filter(|p| matches!(p, Principal::Federated(_)))
            .map(|p| p.sip().to_string())
            .collect();
        if !principals.is_empty() {
            return Err(ModelError::FederationUnsupported {
                chat_pool: chat_pool.to_string(),
                principals,
                param,
            });
        }
    }
    Ok(())
}

/// `creator_not_allowed`: creators ⊆ allowed − denied. Denied creators are reported first,
/// blamed on `-DeniedMembers` when this statement gave it.
fn check_creators(category: &ChatCategory, denied_given: bool) -> Result<(), ModelError> {
    let denied: Vec<String> = category
        .creators
        .iter()
        .filter(|c| contains(&category.denied_members, c))
        .cloned()
        .collect();
    if !denied.is_empty() {
        return Err(ModelError::CreatorNotAllowed {
            category: category.identity.clone(),
            creators: denied,
            denied: true,
            param: if denied_given {
                "DeniedMembers"
            } else {
                "Creators"
            },
        });
    }
    let creators: Vec<String> = category
        .creators
        .iter()
        .filter(|c| !category.allows(c))
        .cloned()
        .collect();
    if creators.is_empty() {
        Ok(())
    } else {
        Err(ModelError::CreatorNotAllowed {
            category: category.identity.clone(),
            creators,
            denied: false,
            param: "Creators",
        })
    }
}

impl Model {
    fn resolve_lists(
        &self,
        allowed: &[String],
        denied: &[String],
        creators: &[String],
        managers: &[String],
    ) -> Result<Lists, ModelError> {
        Ok(Lists {
            allowed: self.resolve_principals(allowed, "AllowedMembers")?,
            denied: self.resolve_principals(denied, "DeniedMembers")?,
            creators: self.resolve_principals(creators, "Creators")?,
            managers: self.resolve_principals(managers, "Managers")?,
        })
    }

    /// `New-ChatCategory`.
    pub fn new_category(
        &mut self,
        req: NewCategory,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let chat = self.find_chat_pool(&req.chat_pool, "ChatPool")?;
        let (pool, legacy) = (chat.fqdn.clone(), chat.is_legacy());
        let lists = self.resolve_lists(
            &req.allowed_members,
            &req.denied_members,
            &req.creators,
            &req.managers,
        )?;
        let identity = scoped(&pool, &req.name);
        if let Some(existing) = self.data.categories.get(&identity) {
            return Err(ModelError::DuplicateCategory {
                category: existing.identity.clone(),
                existing: existing.created,
            });
        }
        let parent = match &req.parent_category {
            Some(name) => {
                let found = self.find_category(name, Some(&pool), "ParentCategory")?;
                Some((found.identity.clone(), found.chat_pool.clone()))
            }
            None => None,
        };
        if !legacy {
            if parent.is_some() {
                return Err(ModelError::CategoryNestingUnsupported {
                    chat_pool: pool,
                    param: "ParentCategory",
                });
            }
            if !lists.managers.is_empty() {
                return Err(ModelError::CategoryNestingUnsupported {
                    chat_pool: pool,
                    param: "Managers",
                });
            }
        }
        let mut category = ChatCategory {
            identity: identity.clone(),
            name: req.name.clone(),
            chat_pool: pool.clone(),
            description: String::new(),
            allowed_members: sips(&lists.allowed),
            denied_members: sips(&lists.denied),
            creators: sips(&lists.creators),
            invitations: req.invitations.unwrap_or(false),
            file_upload: req.file_upload.unwrap_or(false),
            chat_history: req.chat_history.unwrap_or(true),
            parent_category: parent.as_ref().map(|(id, _)| id.clone()),
            managers: sips(&lists.managers),
            created: origin,
            changed: origin,
        };
        store_recorded(&mut category, &req.recorded);
        check_creators(&category, !lists.denied.is_empty())?;
        if let Some((parent_id, parent_pool)) = &parent {
            if !parent_pool.eq_ignore_ascii_case(&pool) {
                return Err(ModelError::CrossPoolReference {
                    chat_pool: pool,
                    reference: parent_id.clone(),
                    reference_pool: parent_pool.clone(),
                    reference_origin: self.data.categories.get(parent_id).map(|c| c.created),
                    param: "ParentCategory",
                });
            }
        }
        check_name_length(&req.name, "Name")?;
        check_federation(
            &pool,
            legacy,
            &[
                (&lists.allowed, "AllowedMembers"),
                (&lists.denied, "DeniedMembers"),
                (&lists.creators, "Creators"),
            ],
        )?;
        self.data.categories.insert(category);
        Ok(Outcome::of(identity))
    }

    /// `Set-ChatCategory`. Narrowing AllowedMembers/DeniedMembers drops the room members,
    /// managers and presenters no longer allowed (`members_dropped`).
    pub fn set_category(
        &mut self,
        req: SetCategory,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let old = self.find_category(&req.identity, None, "Identity")?.clone();
        let legacy = self
            .data
            .chat_pools
            .get(&old.chat_pool)
            .is_some_and(|c| c.is_legacy());
        let empty: &[String] = &[];
        let lists = self.resolve_lists(
            req.allowed_members.as_deref().unwrap_or(empty),
            req.denied_members.as_deref().unwrap_or(empty),
            req.creators.as_deref().unwrap_or(empty),
            req.managers.as_deref().unwrap_or(empty),
        )?;
        if !legacy && !lists.managers.is_empty() {
            return Err(ModelError::CategoryNestingUnsupported {
                chat_pool: old.chat_pool.clone(),
                param: "Managers",
            });
        }
        let mut category = old.clone();
        if let Some(name) = req.name.as_deref().filter(|n| *n != old.name) {
            category.identity = self.check_category_rename(&old, name)?;
            category.name = name.to_string();
        }
        store_recorded(&mut category, &req.recorded);
        if req.allowed_members.is_some() {
            category.allowed_members = sips(&lists.allowed);
        }
        if req.denied_members.is_some() {
            category.denied_members = sips(&lists.denied);
        }
        if req.creators.is_some() {
            category.creators = sips(&lists.creators);
        }
        if req.managers.is_some() {
            category.managers = sips(&lists.managers);
        }
        if let Some(v) = req.invitations {
            category.invitations = v;
        }
        if let Some(v) = req.file_upload {
            category.file_upload = v;
        }
        if let Some(v) = req.chat_history {
            category.chat_history = v;
        }
        check_creators(&category, req.denied_members.is_some())?;
        check_federation(
            &old.chat_pool,
            legacy,
            &[
                (&lists.allowed, "AllowedMembers"),
                (&lists.denied, "DeniedMembers"),
                (&lists.creators, "Creators"),
            ],
        )?;
        if !legacy && !category.invitations {
            // On a Persistent Chat pool no room keeps invitations on under a category with
            // them off (legacy pools keep such rooms at True until migration resets them).
            if let Some(room) = self.data.rooms.iter().find(|r| {
                r.category.eq_ignore_ascii_case(&old.identity)
                    && r.invitations == RoomInvitations::True
            }) {
                return Err(ModelError::InvitationsDeniedByCategory {
                    room: room.identity.clone(),
                    category: category.identity.clone(),
                    category_origin: old.changed,
                });
            }
        }
        category.changed = origin;
        let identity = category.identity.clone();
        if !identity.eq_ignore_ascii_case(&old.identity) {
            self.rename_category_references(&old.identity, &identity);
        }
        let mut dropped = Vec::new();
        for room in self.data.rooms.iter_mut() {
            if room.category.eq_ignore_ascii_case(&identity) {
                let before = dropped.len();
                dropped.extend(drop_disallowed(
                    &mut room.members,
                    &category,
                    &room.identity,
                    "Members",
                ));
                dropped.extend(drop_disallowed(
                    &mut room.managers,
                    &category,
                    &room.identity,
                    "Managers",
                ));
                dropped.extend(drop_disallowed(
                    &mut room.presenters,
                    &category,
                    &room.identity,
                    "Presenters",
                ));
                if dropped.len() > before {
                    room.changed = origin;
                }
            }
        }
        self.data.categories.replace(&old.identity, category);
        let mut outcome = Outcome::of(identity);
        if !dropped.is_empty() {
            outcome.warnings.push(ModelWarning::MembersDropped {
                dropped,
                param: if req.allowed_members.is_some() {
                    "AllowedMembers"
                } else {
                    "DeniedMembers"
                },
            });
        }
        Ok(outcome)
    }

    /// `Remove-ChatCategory`: only a category without rooms (or sub-categories).
    pub fn remove_category(
        &mut self,
        identity: &str,
        _origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let identity = self
            .find_category(identity, None, "Identity")?
            .identity
            .clone();
        let mut rooms: Vec<String> = self
            .data
            .rooms
            .iter()
            .filter(|r| r.category.eq_ignore_ascii_case(&identity))
            .map(|r| r.identity.clone())
            .collect();
        rooms.extend(
            self.data
                .categories
                .iter()
                .filter(|c| {
                    c.parent_category
                        .as_deref()
                        .is_some_and(|p| p.eq_ignore_ascii_case(&identity))
                })
                .map(|c| format!("sub-category {}", c.identity)),
        );
        if !rooms.is_empty() {
            let room_origin = self
                .data
                .rooms
                .iter()
                .find(|r| r.category.eq_ignore_ascii_case(&identity))
                .map_or(Origin::Loaded, |r| r.created);
            return Err(ModelError::CategoryNotEmpty {
                category: identity,
                rooms,
                room_origin,
            });
        }
        self.data.categories.remove(&identity);
        Ok(Outcome::of(identity))
    }

    /// `New-ChatAddin`.
    pub fn new_addin(&mut self, req: NewAddin, origin: Origin) -> Result<Outcome, ModelError> {
        let pool = self
            .find_chat_pool(&req.chat_pool, "ChatPool")?
            .fqdn
            .clone();
        let identity = scoped(&pool, &req.name);
        if let Some(existing) = self.data.addins.get(&identity) {
            return Err(ModelError::DuplicateAddin {
                addin: existing.identity.clone(),
                existing: existing.created,
            });
        }
        if !is_http_url(&req.url) {
            return Err(ModelError::InvalidAddinUrl { url: req.url });
        }
        self.data.addins.insert(ChatAddin {
            identity: identity.clone(),
            name: req.name,
            chat_pool: pool,
            url: req.url,
            created: origin,
            changed: origin,
        });
        Ok(Outcome::of(identity))
    }

    /// `Set-ChatAddin`: a new URL (`invalid_addin_url`) or name (`duplicate_addin`).
    pub fn set_addin(&mut self, req: SetAddin, origin: Origin) -> Result<Outcome, ModelError> {
        let old = self.find_addin(&req.identity, None, "Identity")?.clone();
        let mut addin = old.clone();
        if let Some(name) = req.name.as_deref().filter(|n| *n != old.name) {
            let identity = scoped(&old.chat_pool, name);
            if !identity.eq_ignore_ascii_case(&old.identity) {
                if let Some(existing) = self.data.addins.get(&identity) {
                    return Err(ModelError::DuplicateAddin {
                        addin: existing.identity.clone(),
                        existing: existing.created,
                    });
                }
            }
            addin.identity = identity;
            addin.name = name.to_string();
        }
        if let Some(url) = req.url {
            if !is_http_url(&url) {
                return Err(ModelError::InvalidAddinUrl { url });
            }
            addin.url = url;
        }
        addin.changed = origin;
        let identity = addin.identity.clone();
        if !identity.eq_ignore_ascii_case(&old.identity) {
            for room in self.data.rooms.iter_mut() {
                if room
                    .addin
                    .as_deref()
                    .is_some_and(|a| a.eq_ignore_ascii_case(&old.identity))
                {
                    room.addin = Some(identity.clone());
                    room.changed = origin;
                }
            }
        }
        self.data.addins.replace(&old.identity, addin);
        Ok(Outcome::of(identity))
    }

    /// The identity a category renamed to `name` gets (`duplicate_category`,
    /// `room_name_too_long`, `room_name_is_category` when a room of the pool has the name).
    fn check_category_rename(&self, old: &ChatCategory, name: &str) -> Result<String, ModelError> {
        let identity = scoped(&old.chat_pool, name);
        if !identity.eq_ignore_ascii_case(&old.identity) {
            if let Some(existing) = self.data.categories.get(&identity) {
                return Err(ModelError::DuplicateCategory {
                    category: existing.identity.clone(),
                    existing: existing.created,
                });
            }
        }
        check_name_length(name, "Name")?;
        if let Some(room) = self.data.rooms.get(&identity) {
            return Err(ModelError::RoomNameIsCategory {
                name: room.name.clone(),
                category: identity,
                category_origin: room.created,
            });
        }
        Ok(identity)
    }

    /// Points rooms and sub-categories of a renamed category at its new identity.
    fn rename_category_references(&mut self, old: &str, new: &str) {
        for room in self.data.rooms.iter_mut() {
            if room.category.eq_ignore_ascii_case(old) {
                room.category = new.to_string();
            }
        }
        for category in self.data.categories.iter_mut() {
            if category
                .parent_category
                .as_deref()
                .is_some_and(|p| p.eq_ignore_ascii_case(old))
            {
                category.parent_category = Some(new.to_string());
            }
        }
    }

    /// `Remove-ChatAddin`; with `force` it is detached from the rooms using it.
    pub fn remove_addin(
        &mut self,
        identity: &str,
        force: bool,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let identity = self
            .find_addin(identity, None, "Identity")?
            .identity
            .clone();
        let uses = |r: &super::ChatRoom| {
            r.addin
                .as_deref()
                .is_some_and(|a| a.eq_ignore_ascii_case(&identity))
        };
        let rooms: Vec<String> = self
            .data
            .rooms
            .iter()
            .filter(|r| uses(r))
            .map(|r| r.identity.clone())
            .collect();
        if !rooms.is_empty() && !force {
            let room_origin = self
                .data
                .rooms
                .iter()
                .find(|r| uses(r))
                .map_or(Origin::Loaded, |r| r.changed);
            return Err(ModelError::AddinInUse {
                addin: identity,
                rooms,
                room_origin,
            });
        }
        for room in self.data.rooms.iter_mut() {
            if uses(room) {
                room.addin = None;
                room.changed = origin;
            }
        }
        self.data.addins.remove(&identity);
        let mut outcome = Outcome::of(identity);
        outcome.identities.extend(rooms);
        Ok(outcome)
    }
}

/// Takes the principals `category` does not allow out of `list`; returns
/// `principal from room (List)` entries.
pub(crate) fn drop_disallowed(
    list: &mut Vec<String>,
    category: &ChatCategory,
    room: &str,
    name: &str,
) -> Vec<String> {
    let mut dropped = Vec::new();
    list.retain(|p| {
        let keep = category.allows(p);
        if !keep {
            dropped.push(format!("{p} from {room} ({name})"));
        }
        keep
    });
    dropped
}

/// `invalid_addin_url`: `http://host…` or `https://host…`.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !host.contains(char::is_whitespace)
    }) && !url.contains(char::is_whitespace)
}

/// The name part of a `pool\name` identity (the whole text when unscoped).
pub fn name_of(identity: &str) -> &str {
    split_scoped(identity).map_or(identity, |(_, n)| n)
}

/// Whether `principal` is listed in `list` (case-insensitive).
pub fn listed(list: &[String], principal: &str) -> bool {
    contains(list, principal)
}
