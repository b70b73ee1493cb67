//! Snapshots of an interpreter between two top-level statements, so a front end can run a
//! script again from the first statement that changed (the language server's incremental dry
//! run) instead of from the top.
//!
//! A snapshot is a deep copy: arrays, hashtables and objects are reference types that later
//! statements may change in place (`$list.Add(…)`, `$h.Key = …`), so sharing them with the
//! running interpreter would let the future leak into the saved past. Sharing *between*
//! variables is kept: `$b = $a` before the snapshot still names one array after a restore.

use crate::eval::function::FunctionSignature;
use crate::eval::interp::Interpreter;
use crate::eval::scope::Scopes;
use crate::eval::value::{Hashtable, PsObject, Value};
use crate::model::Model;
use crate::syntax::ast::FunctionDef;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

/// The state an interpreter carries from one top-level statement to the next: the model,
/// variables and functions, strict mode, `$?` and the once-per-run notices.
pub struct Snapshot {
    model: Model,
    scopes: Scopes,
    strict: bool,
    last_ok: bool,
    script_params_bound: bool,
    notices: HashSet<String>,
    signatures: HashMap<usize, (Arc<FunctionDef>, Rc<FunctionSignature>)>,
}

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Snapshot").finish_non_exhaustive()
    }
}

impl Snapshot {
    /// The model as it stood when the snapshot was taken.
    pub fn model(&self) -> &Model {
        &self.model
    }
}

impl Interpreter {
    /// A deep copy of the state between two top-level statements (see the module docs).
    /// Only meaningful between statements: a run in progress is not captured.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            model: self.model.clone(),
            scopes: self.scopes.deep_copy(&mut ValueCopier::default()),
            strict: self.strict,
            last_ok: self.last_ok,
            script_params_bound: self.script_params_bound,
            notices: self.notices.clone(),
            signatures: self.signatures.clone(),
        }
    }

    /// Puts the interpreter back into the state of `snapshot`, which stays usable for later
    /// restores. Run options and registered source texts are kept.
    pub fn restore(&mut self, snapshot: &Snapshot) {
        self.model = snapshot.model.clone();
        self.scopes = snapshot.scopes.deep_copy(&mut ValueCopier::default());
        self.strict = snapshot.strict;
        self.last_ok = snapshot.last_ok;
        self.current_ok = snapshot.last_ok;
        self.script_params_bound = snapshot.script_params_bound;
        self.notices = snapshot.notices.clone();
        self.signatures = snapshot.signatures.clone();
    }
}

/// Deep-copies values, copying each shared array, hashtable or object once so that values
/// sharing it before share the copy after (cycles included).
#[derive(Default)]
pub(crate) struct ValueCopier {
    /// Address of an original reference cell → its copy.
    copies: HashMap<usize, Value>,
}

impl ValueCopier {
    /// The copy of `value`.
    pub(crate) fn copy(&mut self, value: &Value) -> Value {
        match value {
            Value::Null
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Double(_)
            | Value::String(_)
            | Value::ScriptBlock(_) => value.clone(),
            Value::Array(items) => self.copy_shared(items, Value::Array, |copier, items| {
                items.iter().map(|v| copier.copy(v)).collect()
            }),
            Value::Hashtable(table) => {
                self.copy_shared(table, Value::Hashtable, |copier, table| {
                    let mut copy = Hashtable::default();
                    for (k, v) in table.iter() {
                        copy.insert(copier.copy(k), copier.copy(v));
                    }
                    copy
                })
            }
            Value::Object(object) => {
                self.copy_shared(object, Value::Object, |copier, object| PsObject {
                    type_name: object.type_name.clone(),
                    properties: object
                        .properties
                        .iter()
                        .map(|(k, v)| (k.clone(), copier.copy(v)))
                        .collect(),
                    default_display: object.default_display,
                })
            }
        }
    }

    /// The copy of a shared cell: the one made earlier, or a new cell (registered before its
    /// contents are copied, so a value that contains itself finds it) filled by `fill`.
    fn copy_shared<T: Default>(
        &mut self,
        original: &Rc<RefCell<T>>,
        wrap: fn(Rc<RefCell<T>>) -> Value,
        fill: impl FnOnce(&mut Self, &T) -> T,
    ) -> Value {
        let key = Rc::as_ptr(original) as *const () as usize;
        if let Some(copy) = self.copies.get(&key) {
            return copy.clone();
        }
        let cell = Rc::new(RefCell::new(T::default()));
        self.copies.insert(key, wrap(Rc::clone(&cell)));
        let contents = fill(self, &original.borrow());
        *cell.borrow_mut() = contents;
        wrap(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::interp::CollectOutput;
    use crate::span::SourceId;

    fn run(interp: &mut Interpreter, text: &str) -> Vec<String> {
        let script = crate::syntax::parse(text, SourceId(0)).expect("parses");
        let mut out = CollectOutput::default();
        interp.run(&script, &mut out);
        out.values.iter().map(Value::to_display_string).collect()
    }

    #[test]
    fn restore_undoes_later_changes_in_place_and_keeps_sharing() {
        let mut interp = Interpreter::new(Model::default());
        run(
            &mut interp,
            "$a = @(1, 2); $b = $a; $h = @{k = 1}; New-Site S1",
        );
        let saved = interp.snapshot();
        run(
            &mut interp,
            "$a[0] = 7; $h.Add('n', 2); $c = 'new'; New-Site S2",
        );
        assert_eq!(run(&mut interp, "$b[0]; $h.Count"), vec!["7", "2"]);
        interp.restore(&saved);
        assert_eq!(run(&mut interp, "$b[0]; $h.Count; $c"), vec!["1", "1"]);
        assert_eq!(interp.model().sites().len(), 1);
        // $a and $b still share one array after the restore.
        assert_eq!(run(&mut interp, "$a[1] = 9; $b[1]"), vec!["9"]);
        // The snapshot itself was not changed by running after the restore.
        interp.restore(&saved);
        assert_eq!(run(&mut interp, "$b[1]"), vec!["2"]);
    }

    #[test]
    fn cyclic_values_copy_without_looping() {
        let mut interp = Interpreter::new(Model::default());
        run(&mut interp, "$h = @{}; $h.self = $h");
        let saved = interp.snapshot();
        interp.restore(&saved);
        assert_eq!(run(&mut interp, "$h.self.self.Count"), vec!["1"]);
    }
}
