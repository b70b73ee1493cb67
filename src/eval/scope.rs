//! Variable and function scopes: a stack searched from the innermost scope outwards
//! (PowerShell's dynamic scoping). Index 0 is the global scope, which is also `$script:`.

use crate::eval::value::Value;
use crate::syntax::ast::FunctionDef;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// FNV-1a: variable names are short, and a script is trusted input, so a simple fast hash
/// beats SipHash on the interpreter's hottest lookups.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A name-keyed map with the FNV hash.
pub(crate) type NameMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// One scope: its variables and functions, keyed by lower-cased name.
#[derive(Debug, Default, Clone)]
pub(crate) struct Scope {
    /// Lower-cased name → value.
    pub vars: NameMap<Value>,
    /// Lower-cased name → definition.
    pub functions: NameMap<Arc<FunctionDef>>,
}

/// The scope stack. Never empty: the global scope is always at the bottom.
#[derive(Debug, Clone)]
pub(crate) struct Scopes {
    stack: Vec<Scope>,
}

/// The canonical (lower-cased, `$PSItem` → `$_`) key of a variable name. Borrowed when the
/// name is already lower case (the common case), so lookups do not allocate.
pub(crate) fn var_key(name: &str) -> Cow<'_, str> {
    if name.eq_ignore_ascii_case("psitem") {
        return Cow::Borrowed("_");
    }
    if name
        .bytes()
        .all(|b| !b.is_ascii_uppercase() && b.is_ascii())
    {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.to_lowercase())
    }
}

/// Sets `key` in `vars` without allocating when the variable already exists.
fn assign(vars: &mut NameMap<Value>, key: &str, value: Value) {
    match vars.get_mut(key) {
        Some(slot) => *slot = value,
        None => {
            vars.insert(key.to_string(), value);
        }
    }
}

impl Scopes {
    /// A stack holding only the global scope.
    pub fn new() -> Self {
        Scopes {
            stack: vec![Scope::default()],
        }
    }

    /// Looks a variable up from the innermost scope out.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.stack.iter().rev().find_map(|s| s.vars.get(key))
    }

    /// Looks a variable up in the global scope only.
    pub fn get_global(&self, key: &str) -> Option<&Value> {
        self.stack[0].vars.get(key)
    }

    /// Looks a variable up in the innermost scope only.
    pub fn get_local(&self, key: &str) -> Option<&Value> {
        self.stack.last().and_then(|s| s.vars.get(key))
    }

    /// Sets a variable in the innermost scope.
    pub fn set_local(&mut self, key: &str, value: Value) {
        assign(&mut self.top_mut().vars, key, value);
    }

    /// Sets a variable in the global (= script) scope.
    pub fn set_global(&mut self, key: &str, value: Value) {
        assign(&mut self.stack[0].vars, key, value);
    }

    /// Removes a variable from the innermost scope, returning its old value.
    pub fn remove_local(&mut self, key: &str) -> Option<Value> {
        self.top_mut().vars.remove(key)
    }

    /// Defines a function in the innermost scope.
    pub fn define_function(&mut self, def: Arc<FunctionDef>) {
        let key = def.name.to_lowercase();
        self.top_mut().functions.insert(key, def);
    }

    /// Finds a function from the innermost scope out.
    pub fn function(&self, name: &str) -> Option<Arc<FunctionDef>> {
        if self.stack.iter().all(|s| s.functions.is_empty()) {
            return None;
        }
        let key = name.to_lowercase();
        self.stack
            .iter()
            .rev()
            .find_map(|s| s.functions.get(&key).cloned())
    }

    /// Every visible variable name (original casing is not kept: lower case).
    pub fn variable_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .stack
            .iter()
            .flat_map(|s| s.vars.keys().cloned())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Every visible function name as written in its definition.
    pub fn function_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .stack
            .iter()
            .flat_map(|s| s.functions.values().map(|f| f.name.clone()))
            .collect();
        names.sort_by_key(|n| n.to_lowercase());
        names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        names
    }

    /// Enters a new child scope.
    pub fn push(&mut self, scope: Scope) {
        self.stack.push(scope);
    }

    /// Leaves the innermost scope (the global scope is never popped).
    pub fn pop(&mut self) -> Scope {
        if self.stack.len() > 1 {
            self.stack.pop().unwrap_or_default()
        } else {
            Scope::default()
        }
    }

    /// Number of scopes on the stack.
    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    /// Drops scopes above `depth` (after an unwinding error).
    pub fn truncate(&mut self, depth: usize) {
        self.stack.truncate(depth.max(1));
    }

    /// A copy whose variables are deep copies made by `copier` (see `snapshot.rs`).
    pub(crate) fn deep_copy(&self, copier: &mut crate::eval::snapshot::ValueCopier) -> Scopes {
        let stack = self
            .stack
            .iter()
            .map(|scope| Scope {
                vars: scope
                    .vars
                    .iter()
                    .map(|(k, v)| (k.clone(), copier.copy(v)))
                    .collect(),
                functions: scope.functions.clone(),
            })
            .collect();
        Scopes { stack }
    }

    fn top_mut(&mut self) -> &mut Scope {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inner_scopes_shadow_and_pop() {
        let mut s = Scopes::new();
        s.set_local("x", Value::Int(1));
        s.push(Scope::default());
        assert!(matches!(s.get("x"), Some(Value::Int(1))));
        s.set_local("x", Value::Int(2));
        assert!(matches!(s.get("x"), Some(Value::Int(2))));
        assert!(matches!(s.get_global("x"), Some(Value::Int(1))));
        s.pop();
        assert!(matches!(s.get("x"), Some(Value::Int(1))));
        s.pop();
        assert_eq!(s.depth(), 1);
    }

    #[test]
    fn psitem_is_underscore() {
        assert_eq!(var_key("PSItem"), "_");
        assert_eq!(var_key("Foo"), "foo");
    }
}
