//! Chat messages: `Add-ChatMessage`, the history `Set-ChatRoom -Messages N -MessagesBefore
//! DATE` describes, `Clear-ChatRoom -EndDate` and `Remove-CsPersistentChatMessage`.
//!
//! Messages are objects of their own kind (`<room>#<n>`); a room keeps counters of them
//! (`Messages`, the text bytes in `ContentMB`, the newest number), which every operation here
//! keeps in step and [`Model::recount_messages`] rebuilds after loading. History described by
//! count is one entry standing for `N` identical messages (a run), posted the second before
//! the date given, without author or text: a selection takes a run whole or not at all.
//!
//! Rules: `unknown_room`, `unknown_user`, `clear_needs_end_date`, `message_range_empty`,
//! `no_messages_matched`.

use super::idmap::key;
use super::objects::{ChatMessage, MessageState};
use super::timestamp::Timestamp;
use super::{Model, ModelError, ModelWarning, Origin, Outcome};
use std::collections::HashMap;

/// The text a replaced message shows when `Remove-CsPersistentChatMessage` is given neither
/// `-Remove` nor `-ReplaceMessage` (coexist's wording of the product's default notice).
pub const DEFAULT_REPLACEMENT: &str = "An administrator has replaced this message.";

/// `Add-ChatMessage`: one message posted in a room.
#[derive(Debug, Clone)]
pub struct AddMessage {
    /// The room (`pool\name` or a bare name).
    pub room: String,
    /// The author: a user's SIP address or display name, or a federated address.
    pub author: String,
    /// The text.
    pub text: String,
    /// When it was posted.
    pub posted: Timestamp,
}

/// How several keywords of `-Filter` combine (`-MatchClause`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MatchClause {
    /// Every keyword appears in the text.
    #[default]
    All,
    /// At least one keyword appears.
    Or,
    /// The whole phrase appears, words in order.
    Exact,
}

impl MatchClause {
    /// Every value, in the reference's order.
    pub const ALL: &'static [MatchClause] =
        &[MatchClause::All, MatchClause::Or, MatchClause::Exact];

    /// The name scripts write.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchClause::All => "All",
            MatchClause::Or => "Or",
            MatchClause::Exact => "Exact",
        }
    }

    /// Parses a name case-insensitively.
    pub fn parse(text: &str) -> Option<MatchClause> {
        MatchClause::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(text))
    }
}

impl std::fmt::Display for MatchClause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The keywords of `-Filter`: blank-separated words, or one phrase with `Exact`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keywords {
    /// The text as given.
    pub text: String,
    /// How the words combine.
    pub clause: MatchClause,
    /// Whether case matters (`-CaseSensitive $true`); by default it does not.
    pub case_sensitive: bool,
}

impl Keywords {
    /// Whether a message text matches.
    pub fn matches(&self, text: &str) -> bool {
        let fold = |s: &str| {
            if self.case_sensitive {
                s.to_string()
            } else {
                s.to_lowercase()
            }
        };
        let (text, wanted) = (fold(text), fold(&self.text));
        let mut words = wanted.split_whitespace();
        match self.clause {
            MatchClause::All => words.all(|w| text.contains(w)),
            MatchClause::Or => words.any(|w| text.contains(w)),
            MatchClause::Exact => {
                let phrase = words.collect::<Vec<_>>().join(" ");
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                !phrase.is_empty() && text.contains(&phrase)
            }
        }
    }
}

/// What `Remove-CsPersistentChatMessage` does with the messages it selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageAction {
    /// Deletes them (`-Remove`).
    Remove,
    /// Replaces their text (`-ReplaceMessage`, or [`DEFAULT_REPLACEMENT`] when `None`).
    Replace(Option<String>),
}

/// `Remove-CsPersistentChatMessage`: which messages of a room, and what to do with them.
#[derive(Debug, Clone)]
pub struct RemoveMessages {
    /// The room (`pool\name` or a bare name).
    pub room: String,
    /// Posted on or after this instant.
    pub start: Option<Timestamp>,
    /// Posted on or before this instant.
    pub end: Option<Timestamp>,
    /// Posted by this user (SIP address, with or without `sip:`, or display name).
    pub author: Option<String>,
    /// Containing these keywords.
    pub keywords: Option<Keywords>,
    /// Delete or replace.
    pub action: MessageAction,
}

impl RemoveMessages {
    /// The criteria as the parameters that gave them, for the `no_messages_matched` help.
    fn criteria(&self) -> String {
        let mut parts = Vec::new();
        if let Some(start) = self.start {
            parts.push(format!("-StartDate {start}"));
        }
        if let Some(end) = self.end {
            parts.push(format!("-EndDate {end}"));
        }
        if let Some(author) = &self.author {
            parts.push(format!("-UserUri {author}"));
        }
        if let Some(k) = &self.keywords {
            parts.push(format!("-Filter '{}' -MatchClause {}", k.text, k.clause));
        }
        if parts.is_empty() {
            "no criteria: every message".to_string()
        } else {
            parts.join(" ")
        }
    }
}

/// Whether two SIP addresses are the same, ignoring case and the `sip:` prefix.
fn same_address(a: &str, b: &str) -> bool {
    let bare = |s: &str| {
        s.get(..4)
            .filter(|p| p.eq_ignore_ascii_case("sip:"))
            .map_or(s, |_| &s[4..])
            .to_string()
    };
    bare(a).eq_ignore_ascii_case(&bare(b))
}

impl Model {
    /// `Add-ChatMessage`: the author must be a known user or a federated address.
    pub fn add_message(&mut self, req: AddMessage, origin: Origin) -> Result<Outcome, ModelError> {
        let room = self.find_room(&req.room, None, "Room")?.identity.clone();
        let author = self
            .resolve_principals(std::slice::from_ref(&req.author), "Author")?
            .remove(0);
        let message = ChatMessage {
            identity: String::new(),
            room,
            posted: req.posted,
            author: Some(author.sip().to_string()),
            text: req.text,
            state: MessageState::Posted,
            count: 1,
            created: origin,
            changed: origin,
        };
        let identity = self.post(message);
        Ok(Outcome::of(identity))
    }

    /// The history `Set-ChatRoom -Messages N -MessagesBefore DATE` describes: the room's
    /// earlier described history is replaced by one run of `count` messages posted the
    /// second before `before` (none for 0). Messages added one by one stay.
    pub(crate) fn describe_history(
        &mut self,
        room: &str,
        count: u64,
        before: Timestamp,
        origin: Origin,
    ) {
        self.data
            .messages
            .retain(|m| !(m.author.is_none() && in_room(m, room)));
        self.recount_room(room);
        if count > 0 {
            self.post(ChatMessage {
                identity: String::new(),
                room: room.to_string(),
                posted: before.minus_seconds(1),
                author: None,
                text: String::new(),
                state: MessageState::Posted,
                count,
                created: origin,
                changed: origin,
            });
        }
    }

    /// `Clear-ChatRoom -EndDate`: deletes the messages posted on or before `end_date`.
    pub fn clear_room(
        &mut self,
        identity: &str,
        end_date: Option<Timestamp>,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let identity = self.find_room(identity, None, "Identity")?.identity.clone();
        let Some(end) = end_date else {
            return Err(ModelError::ClearNeedsEndDate { room: identity });
        };
        let before = self.data.messages.len();
        self.data
            .messages
            .retain(|m| !(m.posted <= end && in_room(m, &identity)));
        if self.data.messages.len() != before {
            self.recount_room(&identity);
            if let Some(room) = self.data.rooms.get_mut(&identity) {
                room.changed = origin;
            }
        }
        Ok(Outcome::of(identity))
    }

    /// `Remove-CsPersistentChatMessage`: selects the room's messages posted in
    /// `start..=end`, by `author`, with the keywords, then deletes or replaces them.
    pub fn remove_messages(
        &mut self,
        req: RemoveMessages,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let room = self
            .find_room(&req.room, None, "Identity")?
            .identity
            .clone();
        if let (Some(start), Some(end)) = (req.start, req.end) {
            if start > end {
                return Err(ModelError::MessageRangeEmpty {
                    room,
                    start: start.to_string(),
                    end: end.to_string(),
                });
            }
        }
        let author = req.author.as_deref().map(|a| {
            self.find_user(a, "UserUri")
                .map_or_else(|_| a.to_string(), |u| u.sip_address.clone())
        });
        let selected = |m: &ChatMessage| {
            in_room(m, &room)
                && req.start.is_none_or(|s| m.posted >= s)
                && req.end.is_none_or(|e| m.posted <= e)
                && author
                    .as_deref()
                    .is_none_or(|a| m.author.as_deref().is_some_and(|by| same_address(by, a)))
                && req.keywords.as_ref().is_none_or(|k| k.matches(&m.text))
        };
        let mut matched = 0usize;
        match &req.action {
            MessageAction::Remove => self.data.messages.retain(|m| {
                let hit = selected(m);
                matched += usize::from(hit);
                !hit
            }),
            MessageAction::Replace(text) => {
                let text = text.as_deref().unwrap_or(DEFAULT_REPLACEMENT);
                for m in self.data.messages.iter_mut().filter(|m| selected(m)) {
                    matched += 1;
                    m.text = text.to_string();
                    m.state = MessageState::Replaced;
                    m.changed = origin;
                }
            }
        }
        let mut outcome = Outcome::of(room.clone());
        if matched == 0 {
            outcome.warnings.push(ModelWarning::NoMessagesMatched {
                room,
                action: match req.action {
                    MessageAction::Remove => "removed",
                    MessageAction::Replace(_) => "replaced",
                },
                criteria: req.criteria(),
            });
        } else {
            self.recount_room(&room);
            if let Some(r) = self.data.rooms.get_mut(&room) {
                r.changed = origin;
            }
        }
        Ok(outcome)
    }

    /// Every chat message (and run of described history), in the order they were added.
    pub fn messages(&self) -> &super::IdMap<ChatMessage> {
        &self.data.messages
    }

    /// The messages of `room` (an exact room identity), oldest entry first.
    pub fn room_messages<'a>(&'a self, room: &'a str) -> impl Iterator<Item = &'a ChatMessage> {
        self.data.messages.iter().filter(move |m| in_room(m, room))
    }

    /// Deletes the messages of every room `doomed` names (by room identity).
    pub(crate) fn drop_messages(&mut self, doomed: impl Fn(&str) -> bool) {
        self.data.messages.retain(|m| !doomed(&m.room));
    }

    /// Moves a renamed room's messages to its new identity, numbers kept.
    pub(crate) fn rename_room_messages(&mut self, old: &str, new: &str) {
        if !self.data.messages.iter().any(|m| in_room(m, old)) {
            return;
        }
        let messages = std::mem::take(&mut self.data.messages);
        for mut m in messages.iter().cloned() {
            if in_room(&m, old) {
                let number = m
                    .identity
                    .rsplit_once('#')
                    .map_or("", |(_, n)| n)
                    .to_string();
                m.room = new.to_string();
                m.identity = format!("{new}#{number}");
            }
            self.data.messages.insert(m);
        }
    }

    /// Rebuilds every room's counters from the messages (after loading a state file), and
    /// turns the history of state files written before messages were objects (`Messages`
    /// with `MessagesBefore`) into runs.
    pub(crate) fn recount_messages(&mut self) {
        let mut legacy = Vec::new();
        for room in self.data.rooms.iter_mut() {
            if let Some(before) = room
                .legacy_history
                .take()
                .and_then(|d| Timestamp::parse(&d))
            {
                legacy.push((room.identity.clone(), room.messages, before));
            }
            room.messages = 0;
            room.text_bytes = 0;
            room.last_message = 0;
        }
        let mut counters: HashMap<String, (u64, u64, u64)> = HashMap::new();
        for m in self.data.messages.iter() {
            let entry = counters.entry(key(&m.room).into_owned()).or_default();
            entry.0 += m.count;
            entry.1 += m.text_bytes();
            entry.2 = entry.2.max(number_of(&m.identity));
        }
        for room in self.data.rooms.iter_mut() {
            if let Some(&(messages, bytes, last)) = counters.get(key(&room.identity).as_ref()) {
                room.messages = messages;
                room.text_bytes = bytes;
                room.last_message = last;
            }
        }
        for (room, count, before) in legacy {
            self.describe_history(&room, count, before, Origin::Loaded);
        }
    }

    /// Adds a message to its room under the room's next number; returns its identity.
    fn post(&mut self, mut message: ChatMessage) -> String {
        let Some(room) = self.data.rooms.get_mut(&message.room) else {
            return String::new();
        };
        room.last_message += 1;
        room.messages += message.count;
        room.text_bytes += message.text_bytes();
        message.identity = format!("{}#{}", room.identity, room.last_message);
        let identity = message.identity.clone();
        self.data.messages.insert(message);
        identity
    }

    /// Recomputes one room's message count and text bytes from its messages.
    fn recount_room(&mut self, room: &str) {
        let (count, bytes) = self
            .room_messages(room)
            .fold((0, 0), |(c, b), m| (c + m.count, b + m.text_bytes()));
        if let Some(r) = self.data.rooms.get_mut(room) {
            r.messages = count;
            r.text_bytes = bytes;
        }
    }
}

/// Whether `message` was posted in `room`. Messages hold their room's identity as the room
/// writes it, so an ASCII case-insensitive comparison finds them without allocating.
fn in_room(message: &ChatMessage, room: &str) -> bool {
    message.room.eq_ignore_ascii_case(room)
}

/// The number at the end of a message identity (`…#12` → 12).
fn number_of(identity: &str) -> u64 {
    identity
        .rsplit_once('#')
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keywords(text: &str, clause: MatchClause, case_sensitive: bool) -> Keywords {
        Keywords {
            text: text.to_string(),
            clause,
            case_sensitive,
        }
    }

    #[test]
    fn keywords_match_all_any_or_the_exact_phrase() {
        let text = "Fabrikam signs with Contoso next week";
        assert!(keywords("contoso fabrikam", MatchClause::All, false).matches(text));
        assert!(!keywords("contoso tailspin", MatchClause::All, false).matches(text));
        assert!(keywords("contoso tailspin", MatchClause::Or, false).matches(text));
        assert!(!keywords("tailspin litware", MatchClause::Or, false).matches(text));
        assert!(keywords("signs with contoso", MatchClause::Exact, false).matches(text));
        assert!(!keywords("contoso with signs", MatchClause::Exact, false).matches(text));
        assert!(!keywords("contoso", MatchClause::All, true).matches(text));
        assert!(keywords("Contoso", MatchClause::All, true).matches(text));
    }

    #[test]
    fn addresses_compare_without_case_or_prefix() {
        assert!(same_address("sip:Ann@contoso.com", "ann@CONTOSO.com"));
        assert!(!same_address("sip:ann@contoso.com", "sip:bob@contoso.com"));
        assert_eq!(number_of("pchat\\Deals#12"), 12);
        assert_eq!(number_of("pchat\\Room#1#3"), 3);
    }
}
