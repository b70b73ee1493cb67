//! [`IdMap`]: objects keyed by identity, compared case-insensitively, in insertion order.
//!
//! The key is the lower-cased identity; the object keeps its identity as written. The map
//! serializes as a plain list of objects (the keys are derived), so state files stay small and
//! diff well.

use indexmap::IndexMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast, non-cryptographic hasher (the Fx hash of rustc) for identity keys.
///
/// The model hashes only identities from the administrator's own scripts and state files, so
/// resistance to crafted collisions is not needed; speed on 100 000 users is.
#[derive(Debug, Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i.into());
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The Fx state run through murmur3's 64-bit finalizer, so low and high bits (bucket
    /// index and tag) both depend on every input byte.
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// Builds [`FxHasher`]s.
pub type FxBuild = BuildHasherDefault<FxHasher>;

/// An object with an identity.
pub trait Identified {
    /// The identity as written (`sip:Ann@contoso.com`, `pchat.contoso.com\Sales`).
    fn id(&self) -> &str;
}

/// The lookup key for an identity: lower-cased, borrowed when already lower-case ASCII.
pub fn key(identity: &str) -> Cow<'_, str> {
    if identity
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(identity.to_lowercase())
    } else {
        Cow::Borrowed(identity)
    }
}

/// Objects keyed by case-insensitive identity, kept in insertion order.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMap<T> {
    map: IndexMap<String, T, FxBuild>,
}

impl<T> Default for IdMap<T> {
    fn default() -> Self {
        IdMap {
            map: IndexMap::default(),
        }
    }
}

impl<T: Identified> IdMap<T> {
    /// The object with this identity (any casing).
    pub fn get(&self, identity: &str) -> Option<&T> {
        self.map.get(key(identity).as_ref())
    }

    /// The object with this identity, mutable.
    pub fn get_mut(&mut self, identity: &str) -> Option<&mut T> {
        self.map.get_mut(key(identity).as_ref())
    }

    /// The position of the object with this identity.
    pub fn index_of(&self, identity: &str) -> Option<usize> {
        self.map.get_index_of(key(identity).as_ref())
    }

    /// The object at `index` (see [`IdMap::index_of`]).
    pub fn at(&self, index: usize) -> Option<&T> {
        self.map.get_index(index).map(|(_, v)| v)
    }

    /// The object at `index`, mutable.
    pub fn at_mut(&mut self, index: usize) -> Option<&mut T> {
        self.map.get_index_mut(index).map(|(_, v)| v)
    }

    /// Whether an object with this identity exists.
    pub fn contains(&self, identity: &str) -> bool {
        self.map.contains_key(key(identity).as_ref())
    }

    /// Inserts `value`, replacing an object with the same identity in place.
    pub fn insert(&mut self, value: T) {
        let k = key(value.id()).into_owned();
        self.map.insert(k, value);
    }

    /// Puts `value` in the place of the object `old` names (a rename keeps the position);
    /// inserts it at the end when there is no such object.
    pub fn replace(&mut self, old: &str, value: T) {
        match self.map.get_index_of(key(old).as_ref()) {
            Some(index) => {
                self.map.shift_remove_index(index);
                let k = key(value.id()).into_owned();
                self.map.shift_insert(index, k, value);
            }
            None => self.insert(value),
        }
    }

    /// Removes and returns the object with this identity, keeping the others' order.
    pub fn remove(&mut self, identity: &str) -> Option<T> {
        self.map.shift_remove(key(identity).as_ref())
    }

    /// Objects in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.map.values()
    }

    /// Objects in insertion order, mutable.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.map.values_mut()
    }

    /// Number of objects.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there are no objects.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Keeps only the objects for which `keep` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        self.map.retain(|_, v| keep(v));
    }
}

impl<T: Serialize> Serialize for IdMap<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.map.values())
    }
}

impl<'de, T: Deserialize<'de> + Identified> Deserialize<'de> for IdMap<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<T>::deserialize(deserializer)?;
        let mut map = IdMap::default();
        for item in items {
            if map.contains(item.id()) {
                return Err(serde::de::Error::custom(format!(
                    "duplicate identity `{}`",
                    item.id()
                )));
            }
            map.insert(item);
        }
        Ok(map)
    }
}
