//! Derived views: read-only objects the real cmdlets show but the model does not store (a
//! pool's Persistent Chat state, `Get-CsPool`'s pools, `Get-CsService`'s services). They are
//! built from the stored objects when asked for, and described by the same `prop!` tables as
//! the stored kinds, so `Get-*` output, `Where-Object` and `-Instance` read them alike.

use super::objects::{ChatPoolKind, PoolState};
use super::pool_state::state_identity;
use super::view::{prop, Prop, PropDef};
use super::Model;

/// A derived view's description: its type name and property table.
pub trait Record: Sized + 'static {
    /// The type name scripts see (`PersistentChatState`).
    const TYPE_NAME: &'static str;
    /// Every property, default display set first; `Identity` included.
    const PROPS: &'static [PropDef<Self>];
    /// How many leading properties form the default display set.
    const DEFAULT_DISPLAY: usize;

    /// The identity `-Identity` and `-Filter` match.
    fn identity(&self) -> &str;

    /// Every property with its value, in table order.
    fn properties(&self) -> Vec<(&'static str, Prop)> {
        Self::PROPS
            .iter()
            .map(|p| (p.name, (p.get)(self)))
            .collect()
    }
}

/// A Persistent Chat pool's back-end state (`Get-CsPersistentChatState`).
#[derive(Debug, Clone, PartialEq)]
pub struct PersistentChatState {
    /// `PersistentChatServer:<pool FQDN>`.
    pub identity: String,
    /// Primary (`Normal`) or backup (`FailedOver`) back end.
    pub pool_state: PoolState,
}

impl Record for PersistentChatState {
    const TYPE_NAME: &'static str = "PersistentChatState";
    const DEFAULT_DISPLAY: usize = 2;
    const PROPS: &'static [PropDef<Self>] =
        &[prop!("Identity", identity), prop!("PoolState", pool_state)];

    fn identity(&self) -> &str {
        &self.identity
    }
}

impl Model {
    /// The state of every Persistent Chat pool, in model order.
    pub fn persistent_chat_states(&self) -> Vec<PersistentChatState> {
        self.data
            .chat_pools
            .iter()
            .filter(|c| c.kind == ChatPoolKind::PersistentChat)
            .map(|c| PersistentChatState {
                identity: state_identity(&c.fqdn),
                pool_state: c.pool_state,
            })
            .collect()
    }
}
