//! The table of object kinds: the one place a new kind is added.
//!
//! Each row names a kind, its Rust type (which describes its properties by implementing
//! [`ObjectView`]) and the field of the saved model that holds its objects. From the table come
//! [`Kind`] (in plan order), the saved model [`Data`] (the state file's `model` object),
//! [`ObjectRef`], [`Model::objects`], [`Model::object`] and the plan diff over every kind.

use super::diff::{diff_map, PlanItem};
use super::idmap::IdMap;
use super::view::{ObjectView, Prop};
use super::{
    ChatAddin, ChatCategory, ChatEndpoint, ChatPool, ChatRoom, FederatedDomain, Model,
    PersistentChatPolicy, Pool, Site, User,
};
use serde::{Deserialize, Serialize};

macro_rules! kinds {
    ($($(#[$doc:meta])* $kind:ident: $ty:ty => $field:ident,)+) => {
        /// The kinds of model objects, in the order plans and docs list them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Kind {
            $($(#[$doc])* $kind,)+
        }

        impl Kind {
            /// Every kind, in plan order.
            pub const ALL: &'static [Kind] = &[$(Kind::$kind),+];

            /// The kind's name (`ChatRoom`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$kind => stringify!($kind),)+
                }
            }

            /// Parses a kind name case-insensitively.
            pub fn parse(text: &str) -> Option<Kind> {
                Kind::ALL.iter().copied().find(|k| k.as_str().eq_ignore_ascii_case(text))
            }

            /// The names of the kind's properties, in table order.
            pub fn property_names(self) -> Vec<&'static str> {
                match self {
                    $(Kind::$kind => <$ty as ObjectView>::PROPS.iter().map(|p| p.name).collect(),)+
                }
            }

            /// Checks a recorded value: `None` when `name` is no recorded property of the kind,
            /// else whether the value converts (and what the property takes if not).
            pub fn check_recorded(self, name: &str, value: &Prop) -> Option<Result<(), String>> {
                match self {
                    $(Kind::$kind => super::view::check_recorded::<$ty>(name, value),)+
                }
            }

            /// The names of the kind's recorded properties (stored by cmdlets, no rules).
            pub fn recorded_names(self) -> Vec<&'static str> {
                match self {
                    $(Kind::$kind => super::view::recorded_names::<$ty>().collect(),)+
                }
            }
        }

        impl std::fmt::Display for Kind {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// The saved part of the model: every object, by kind.
        #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
        #[serde(rename_all = "PascalCase", default)]
        pub(crate) struct Data {
            $(pub(crate) $field: IdMap<$ty>,)+
        }

        /// A borrowed object of any kind, for code that handles kinds uniformly.
        #[derive(Debug, Clone, Copy)]
        pub enum ObjectRef<'a> {
            $($(#[$doc])* $kind(&'a $ty),)+
        }

        impl<'a> ObjectRef<'a> {
            /// The object's kind.
            pub fn kind(self) -> Kind {
                match self {
                    $(ObjectRef::$kind(_) => Kind::$kind,)+
                }
            }

            /// The identity as written.
            pub fn identity(self) -> &'a str {
                match self {
                    $(ObjectRef::$kind(o) => o.identity(),)+
                }
            }

            /// Every property, default display set first.
            pub fn properties(self) -> Vec<(&'static str, Prop)> {
                match self {
                    $(ObjectRef::$kind(o) => o.properties(),)+
                }
            }

            /// One property's value (name case-insensitive).
            pub fn property(self, name: &str) -> Option<Prop> {
                match self {
                    $(ObjectRef::$kind(o) => o.property(name),)+
                }
            }

            /// Where the object was created: a statement of the session, the state file, or
            /// built in.
            pub fn created(self) -> super::Origin {
                match self {
                    $(ObjectRef::$kind(o) => o.created,)+
                }
            }

            /// How many leading properties form the default display set.
            pub fn default_display(self) -> usize {
                match self {
                    $(ObjectRef::$kind(_) => <$ty as ObjectView>::DEFAULT_DISPLAY,)+
                }
            }
        }

        impl Model {
            /// Every object of `kind`, in insertion order.
            pub fn objects(&self, kind: Kind) -> Vec<ObjectRef<'_>> {
                match kind {
                    $(Kind::$kind => self.data.$field.iter().map(ObjectRef::$kind).collect(),)+
                }
            }

            /// The object of `kind` with exactly this identity (case-insensitive).
            pub fn object(&self, kind: Kind, identity: &str) -> Option<ObjectRef<'_>> {
                match kind {
                    $(Kind::$kind => self.data.$field.get(identity).map(ObjectRef::$kind),)+
                }
            }

            /// How many objects of `kind` there are.
            pub fn count(&self, kind: Kind) -> usize {
                match kind {
                    $(Kind::$kind => self.data.$field.len(),)+
                }
            }
        }

        /// The plan items of every kind, in plan order.
        pub(crate) fn diff_all(before: &Data, after: &Data) -> Vec<PlanItem> {
            let mut items = Vec::new();
            $(diff_map(&before.$field, &after.$field, &mut items);)+
            items
        }
    };
}

kinds! {
    /// A [`Site`].
    Site: Site => sites,
    /// A registrar [`Pool`].
    Pool: Pool => pools,
    /// A [`ChatPool`].
    ChatPool: ChatPool => chat_pools,
    /// A [`ChatEndpoint`].
    ChatEndpoint: ChatEndpoint => chat_endpoints,
    /// A [`FederatedDomain`] (allowed domain).
    FederatedDomain: FederatedDomain => federated_domains,
    /// A [`PersistentChatPolicy`].
    PersistentChatPolicy: PersistentChatPolicy => policies,
    /// A [`User`].
    User: User => users,
    /// A [`ChatCategory`].
    ChatCategory: ChatCategory => categories,
    /// A [`ChatRoom`].
    ChatRoom: ChatRoom => rooms,
    /// A [`ChatAddin`].
    ChatAddin: ChatAddin => addins,
    // ---- Surface: configuration, pool state, sites and allowed domains ----
    /// A [`PersistentChatConfiguration`](super::PersistentChatConfiguration).
    PersistentChatConfiguration: super::PersistentChatConfiguration => chat_configurations,
    /// A [`PersistentChatComplianceConfiguration`](super::PersistentChatComplianceConfiguration).
    PersistentChatComplianceConfiguration: super::PersistentChatComplianceConfiguration => compliance_configurations,
    // ---- Surface: Active Directory, selection and principals ----
    /// An [`AdAccount`](super::AdAccount) (Active Directory user account).
    ADAccount: super::AdAccount => ad_accounts,
    /// An [`AdOrganizationalUnit`](super::AdOrganizationalUnit).
    ADOrganizationalUnit: super::AdOrganizationalUnit => ad_organizational_units,
    /// An [`AdGroup`](super::AdGroup).
    ADGroup: super::AdGroup => ad_groups,
    // ---- Surface: messages, rooms and categories ----
    /// A [`ChatMessage`](super::ChatMessage) (or a run of identical ones).
    ChatMessage: super::ChatMessage => messages,
}
