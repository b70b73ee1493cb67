//! Chat rooms: New/Set/Remove-ChatRoom (their messages are in `messages.rs`).
//!
//! Rules: `duplicate_room`, `unknown_room`, `room_name_too_long`, `room_name_is_category`,
//! `cross_pool_reference`, `member_not_allowed`, `presenter_in_normal_room`,
//! `presenter_not_member`, `federation_unsupported`, `invitations_denied_by_category`,
//! `members_dropped`, `unknown_addin`.

use super::content::{check_federation, check_name_length, drop_disallowed};
use super::lookup::Principal;
use super::objects::{contains, scoped, split_scoped, Privacy, RoomInvitations, RoomType};
use super::timestamp::Timestamp;
use super::view::{store_recorded, Recorded};
use super::{ChatCategory, ChatRoom, Model, ModelError, ModelWarning, Origin, Outcome};

/// `New-ChatRoom` (members, managers and presenters are added with `Set-ChatRoom`).
#[derive(Debug, Clone, Default)]
pub struct NewRoom {
    /// The name within the chat pool.
    pub name: String,
    /// The category (`pool\name` or a bare name).
    pub category: String,
    /// The chat pool, when given.
    pub chat_pool: Option<String>,
    /// Type (default Normal).
    pub room_type: Option<RoomType>,
    /// Privacy (default Closed).
    pub privacy: Option<Privacy>,
    /// Recorded properties (Description).
    pub recorded: Recorded,
    /// Invitations (default Inherit).
    pub invitations: Option<RoomInvitations>,
    /// Disabled (default false).
    pub disabled: Option<bool>,
    /// Add-in (`pool\name` or a bare name on the room's pool).
    pub addin: Option<String>,
}

/// A change to a member list: a whole new list, or `@{Add=…; Remove=…; Replace=…}`.
#[derive(Debug, Clone, PartialEq)]
pub enum ListEdit {
    /// The list becomes exactly these principals.
    Set(Vec<String>),
    /// Replace (if given) first, then Remove, then Add.
    Edit {
        /// Principals to add.
        add: Vec<String>,
        /// Principals to remove.
        remove: Vec<String>,
        /// A whole new list, applied first.
        replace: Option<Vec<String>>,
    },
}

/// `Set-ChatRoom`: `None` leaves a property unchanged.
#[derive(Debug, Clone, Default)]
pub struct SetRoom {
    /// `pool\name` or a bare name.
    pub identity: String,
    /// A new name on the same chat pool.
    pub name: Option<String>,
    /// Move the room to another category of its pool.
    pub category: Option<String>,
    /// New type.
    pub room_type: Option<RoomType>,
    /// New privacy.
    pub privacy: Option<Privacy>,
    /// Recorded properties (Description).
    pub recorded: Recorded,
    /// New invitation setting.
    pub invitations: Option<RoomInvitations>,
    /// Disable or enable.
    pub disabled: Option<bool>,
    /// New add-in (`Some(None)` detaches it).
    pub addin: Option<Option<String>>,
    /// Members change.
    pub members: Option<ListEdit>,
    /// Managers change.
    pub managers: Option<ListEdit>,
    /// Presenters change.
    pub presenters: Option<ListEdit>,
    /// History described by count: `N` messages posted before the instant.
    pub messages: Option<(u64, Timestamp)>,
    /// Megabytes of content not described message by message.
    pub content_mb: Option<u32>,
}

/// One list after an edit: the principals and which of them are new.
struct Edited {
    list: Vec<String>,
    added: Vec<Principal>,
}

impl Model {
    /// `New-ChatRoom`.
    pub fn new_room(&mut self, req: NewRoom, origin: Origin) -> Result<Outcome, ModelError> {
        let chat_pool = match &req.chat_pool {
            Some(name) => Some(self.find_chat_pool(name, "ChatPool")?.fqdn.clone()),
            None => None,
        };
        let category = self
            .find_category(&req.category, chat_pool.as_deref(), "Category")?
            .clone();
        let pool = category.chat_pool.clone();
        let identity = scoped(&pool, &req.name);
        if let Some(given) = &chat_pool {
            if !given.eq_ignore_ascii_case(&pool) {
                return Err(ModelError::CrossPoolReference {
                    chat_pool: given.clone(),
                    reference: category.identity.clone(),
                    reference_pool: pool,
                    reference_origin: Some(category.created),
                    param: "Category",
                });
            }
        }
        let addin = self.room_addin(req.addin.as_deref(), &pool)?;
        if let Some(existing) = self.data.rooms.get(&identity) {
            return Err(ModelError::DuplicateRoom {
                room: existing.identity.clone(),
                existing: existing.created,
            });
        }
        check_name_length(&req.name, "Name")?;
        self.check_not_category_name(&pool, &req.name)?;
        let invitations = req.invitations.unwrap_or(RoomInvitations::Inherit);
        check_invitations(&identity, invitations, &category)?;
        let addin = addin.map_err(|e| *e)?;
        let mut room = ChatRoom {
            identity: identity.clone(),
            name: req.name,
            chat_pool: pool,
            category: category.identity.clone(),
            room_type: req.room_type.unwrap_or(RoomType::Normal),
            privacy: req.privacy.unwrap_or(Privacy::Closed),
            members: Vec::new(),
            managers: Vec::new(),
            presenters: Vec::new(),
            invitations,
            disabled: req.disabled.unwrap_or(false),
            addin,
            description: String::new(),
            content_mb: 0,
            messages: 0,
            text_bytes: 0,
            last_message: 0,
            legacy_history: None,
            created: origin,
            changed: origin,
        };
        store_recorded(&mut room, &req.recorded);
        self.data.rooms.insert(room);
        Ok(Outcome::of(identity))
    }

    /// `Set-ChatRoom`.
    pub fn set_room(&mut self, req: SetRoom, origin: Origin) -> Result<Outcome, ModelError> {
        let old = self.find_room(&req.identity, None, "Identity")?.clone();
        let pool = old.chat_pool.clone();
        let legacy = self
            .data
            .chat_pools
            .get(&pool)
            .is_some_and(|c| c.is_legacy());
        let members = self.edit_list(&old.members, req.members.as_ref(), "Members")?;
        let managers = self.edit_list(&old.managers, req.managers.as_ref(), "Managers")?;
        let presenters = self.edit_list(&old.presenters, req.presenters.as_ref(), "Presenters")?;
        let old_category = self.data.categories.get(&old.category).cloned();
        let category = match &req.category {
            Some(name) => self.find_category(name, Some(&pool), "Category")?.clone(),
            None => match old_category.clone() {
                Some(c) => c,
                None => self.find_category(&old.category, None, "Category")?.clone(),
            },
        };
        if !category.chat_pool.eq_ignore_ascii_case(&pool) {
            return Err(ModelError::CrossPoolReference {
                chat_pool: pool,
                reference: category.identity.clone(),
                reference_pool: category.chat_pool.clone(),
                reference_origin: Some(category.created),
                param: "Category",
            });
        }
        let addin = match &req.addin {
            Some(a) => Some(self.room_addin(a.as_deref(), &pool)?),
            None => None,
        };
        let mut room = old.clone();
        if let Some(name) = req.name.as_deref().filter(|n| *n != old.name) {
            room.identity = self.check_room_rename(&old, name)?;
            room.name = name.to_string();
        }
        room.members = members.list;
        room.managers = managers.list;
        room.presenters = presenters.list;
        room.category = category.identity.clone();
        for (edited, param) in [
            (&members.added, "Members"),
            (&managers.added, "Managers"),
            (&presenters.added, "Presenters"),
        ] {
            let principals: Vec<String> = edited
                .iter()
                .map(|p| p.sip().to_string())
                .filter(|p| !category.allows(p))
                .collect();
            if !principals.is_empty() {
                return Err(ModelError::MemberNotAllowed {
                    room: room.identity.clone(),
                    category: category.identity.clone(),
                    category_origin: category.changed,
                    principals,
                    param,
                });
            }
        }
        if let Some(t) = req.room_type {
            room.room_type = t;
        }
        if room.room_type == RoomType::Normal && !room.presenters.is_empty() {
            return Err(ModelError::PresenterInNormalRoom {
                room: room.identity.clone(),
                param: if req.presenters.is_some() {
                    "Presenters"
                } else {
                    "Type"
                },
            });
        }
        let category_changed = !old.category.eq_ignore_ascii_case(&category.identity);
        let mut dropped = Vec::new();
        if category_changed {
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
        }
        let presenters_out: Vec<String> = room
            .presenters
            .iter()
            .filter(|p| !contains(&room.members, p))
            .cloned()
            .collect();
        if !presenters_out.is_empty() {
            return Err(ModelError::PresenterNotMember {
                room: room.identity.clone(),
                presenters: presenters_out,
            });
        }
        check_federation(
            &pool,
            legacy,
            &[
                (&members.added, "Members"),
                (&managers.added, "Managers"),
                (&presenters.added, "Presenters"),
            ],
        )?;
        if let Some(inv) = req.invitations {
            room.invitations = inv;
        }
        if req.invitations.is_some() || category_changed {
            check_invitations(&room.identity, room.invitations, &category)?;
        }
        if let Some(addin) = addin {
            room.addin = addin.map_err(|e| *e)?;
        }
        if let Some(p) = req.privacy {
            room.privacy = p;
        }
        store_recorded(&mut room, &req.recorded);
        if let Some(d) = req.disabled {
            room.disabled = d;
        }
        if let Some(mb) = req.content_mb {
            room.content_mb = mb;
        }
        room.changed = origin;
        let identity = room.identity.clone();
        self.data.rooms.replace(&old.identity, room);
        if !identity.eq_ignore_ascii_case(&old.identity) {
            self.rename_room_messages(&old.identity, &identity);
        }
        if let Some((count, before)) = req.messages {
            self.describe_history(&identity, count, before, origin);
        }
        let mut outcome = Outcome::of(identity);
        if !dropped.is_empty() {
            outcome.warnings.push(ModelWarning::MembersDropped {
                dropped,
                param: "Category",
            });
        }
        Ok(outcome)
    }

    /// `Remove-ChatRoom`: the room and its messages.
    pub fn remove_room(&mut self, identity: &str, _origin: Origin) -> Result<Outcome, ModelError> {
        let identity = self.find_room(identity, None, "Identity")?.identity.clone();
        self.data.rooms.remove(&identity);
        self.drop_messages(|room| room.eq_ignore_ascii_case(&identity));
        Ok(Outcome::of(identity))
    }

    /// The identity a room renamed to `name` gets (`duplicate_room`, `room_name_too_long`,
    /// `room_name_is_category`).
    fn check_room_rename(&self, old: &ChatRoom, name: &str) -> Result<String, ModelError> {
        let identity = scoped(&old.chat_pool, name);
        if !identity.eq_ignore_ascii_case(&old.identity) {
            if let Some(existing) = self.data.rooms.get(&identity) {
                return Err(ModelError::DuplicateRoom {
                    room: existing.identity.clone(),
                    existing: existing.created,
                });
            }
        }
        check_name_length(name, "Name")?;
        self.check_not_category_name(&old.chat_pool, name)?;
        Ok(identity)
    }

    /// `room_name_is_category`.
    fn check_not_category_name(&self, pool: &str, name: &str) -> Result<(), ModelError> {
        if let Some(cat) = self.data.categories.get(&scoped(pool, name)) {
            return Err(ModelError::RoomNameIsCategory {
                name: name.to_string(),
                category: cat.identity.clone(),
                category_origin: cat.created,
            });
        }
        Ok(())
    }

    /// Resolves a room's add-in. `cross_pool_reference` is returned at once; `unknown_addin`
    /// comes back inside `Ok` so the caller reports it in model.md's order.
    #[allow(clippy::type_complexity)]
    fn room_addin(
        &self,
        name: Option<&str>,
        pool: &str,
    ) -> Result<Result<Option<String>, Box<ModelError>>, ModelError> {
        let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
            return Ok(Ok(None));
        };
        if let Some((addin_pool, _)) = split_scoped(name) {
            if !addin_pool.eq_ignore_ascii_case(pool) {
                return Err(ModelError::CrossPoolReference {
                    chat_pool: pool.to_string(),
                    reference: name.to_string(),
                    reference_pool: addin_pool.to_string(),
                    reference_origin: self.data.addins.get(name).map(|a| a.created),
                    param: "Addin",
                });
            }
        }
        Ok(self
            .find_addin(name, Some(pool), "Addin")
            .map(|a| Some(a.identity.clone()))
            .map_err(Box::new))
    }

    /// Applies a [`ListEdit`] to `old`, resolving principals (`unknown_user`).
    fn edit_list(
        &self,
        old: &[String],
        edit: Option<&ListEdit>,
        param: &'static str,
    ) -> Result<Edited, ModelError> {
        let mut list: Vec<String> = old.to_vec();
        let mut incoming: Vec<Principal> = Vec::new();
        match edit {
            None => {}
            Some(ListEdit::Set(items)) => {
                incoming = self.resolve_principals(items, param)?;
                list = incoming.iter().map(|p| p.sip().to_string()).collect();
            }
            Some(ListEdit::Edit {
                add,
                remove,
                replace,
            }) => {
                if let Some(items) = replace {
                    let resolved = self.resolve_principals(items, param)?;
                    list = resolved.iter().map(|p| p.sip().to_string()).collect();
                    incoming.extend(resolved);
                }
                for entry in remove {
                    let sip = self
                        .find_user(entry, param)
                        .map(|u| u.sip_address.clone())
                        .unwrap_or_else(|_| super::lookup::with_sip_prefix(entry));
                    list.retain(|p| {
                        !p.eq_ignore_ascii_case(&sip) && !p.eq_ignore_ascii_case(entry)
                    });
                    incoming.retain(|p| !p.sip().eq_ignore_ascii_case(&sip));
                }
                for principal in self.resolve_principals(add, param)? {
                    if !contains(&list, principal.sip()) {
                        list.push(principal.sip().to_string());
                    }
                    incoming.push(principal);
                }
            }
        }
        let added = incoming
            .into_iter()
            .filter(|p| !contains(old, p.sip()))
            .collect();
        Ok(Edited { list, added })
    }
}

/// `invitations_denied_by_category`.
fn check_invitations(
    room: &str,
    invitations: RoomInvitations,
    category: &ChatCategory,
) -> Result<(), ModelError> {
    if invitations == RoomInvitations::True && !category.invitations {
        return Err(ModelError::InvitationsDeniedByCategory {
            room: room.to_string(),
            category: category.identity.clone(),
            category_origin: category.changed,
        });
    }
    Ok(())
}

/// The criteria of `Get-CsPersistentChatRoom` besides `-Identity` and `-Filter` (surface.md
/// §3); each given one must hold (AND).
#[derive(Debug, Clone, Default)]
pub struct RoomQuery {
    /// Rooms using this add-in (`pool\name` or a bare name).
    pub addin: Option<String>,
    /// Rooms in this category (`pool\name` or a bare name).
    pub category: Option<String>,
    /// Rooms on this chat pool.
    pub chat_pool: Option<String>,
    /// Disabled (true) or enabled (false) rooms.
    pub disabled: Option<bool>,
    /// Rooms with this invitation setting.
    pub invitations: Option<RoomInvitations>,
    /// Rooms this user manages (room managers, and on legacy pools category managers).
    pub manager: Option<String>,
    /// Rooms this user is a member of (a room without members of its own inherits its
    /// category's membership).
    pub member: Option<String>,
    /// Rooms with this privacy.
    pub privacy: Option<Privacy>,
    /// Rooms of this type.
    pub room_type: Option<RoomType>,
    /// Rooms whose content exceeds this many megabytes.
    pub content_exceeds_mb: Option<u64>,
}

impl Model {
    /// The rooms `query` selects, in model order. Named categories, add-ins, chat pools and
    /// users must exist (`unknown_category`, `unknown_addin`, `unknown_chat_pool`,
    /// `unknown_user`).
    pub fn select_rooms(&self, query: &RoomQuery) -> Result<Vec<&ChatRoom>, ModelError> {
        let chat_pool = match &query.chat_pool {
            Some(p) => Some(self.find_chat_pool(p, "ChatPool")?.fqdn.clone()),
            None => None,
        };
        let category = match &query.category {
            Some(c) => Some(self.find_category(c, None, "Category")?.identity.clone()),
            None => None,
        };
        let addin = match &query.addin {
            Some(a) => Some(self.find_addin(a, None, "Addin")?.identity.clone()),
            None => None,
        };
        let manager = match &query.manager {
            Some(u) => Some(self.find_user(u, "Manager")?.sip_address.clone()),
            None => None,
        };
        let member = match &query.member {
            Some(u) => Some(self.find_user(u, "Member")?.sip_address.clone()),
            None => None,
        };
        let same =
            |a: &str, b: &Option<String>| b.as_deref().is_none_or(|b| a.eq_ignore_ascii_case(b));
        Ok(self
            .data
            .rooms
            .iter()
            .filter(|r| same(&r.chat_pool, &chat_pool) && same(&r.category, &category))
            .filter(|r| addin.is_none() || r.addin.as_deref().is_some_and(|a| same(a, &addin)))
            .filter(|r| query.disabled.is_none_or(|d| r.disabled == d))
            .filter(|r| query.invitations.is_none_or(|i| r.invitations == i))
            .filter(|r| query.privacy.is_none_or(|p| r.privacy == p))
            .filter(|r| query.room_type.is_none_or(|t| r.room_type == t))
            .filter(|r| {
                query
                    .content_exceeds_mb
                    .is_none_or(|mb| r.content_megabytes() > mb)
            })
            .filter(|r| {
                manager
                    .as_deref()
                    .is_none_or(|m| self.is_room_manager(r, m))
            })
            .filter(|r| member.as_deref().is_none_or(|m| self.is_room_member(r, m)))
            .collect())
    }
}
