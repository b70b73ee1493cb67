//! Growable lists: `System.Collections.ArrayList` and `System.Collections.Generic.List[T]`.
//!
//! A list is an ordinary shared array ([`Value::Array`]) that is registered here as growable,
//! so it enumerates, indexes, counts and prints as every array does, while `.Add()`,
//! `.AddRange()`, `.Insert()`, `.Remove()`, `.RemoveAt()` and `.Clear()` change it in place
//! (on a plain array they fail with "Collection was of a fixed size", as in PowerShell).
//! `ArrayList.Add` returns the new item's index, which scripts discard with `[void]` or
//! `| Out-Null`; `List[T].Add` returns nothing.
//!
//! The registry holds weak references, keyed by the array's allocation: an allocation cannot be
//! reused while a weak reference to it lives, and dead entries are dropped as new lists are
//! made. It is per thread, as values are (they are `Rc`).

use crate::eval::operators::{equals, OpError};
use crate::eval::unwind::codes;
use crate::eval::value::Value;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The items of an array value.
type Items = Rc<RefCell<Vec<Value>>>;

/// Which .NET list a growable array stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// `System.Collections.ArrayList`: `.Add` returns the index.
    ArrayList,
    /// `System.Collections.Generic.List[T]`: `.Add` returns nothing.
    Generic,
}

/// A registered list: a weak reference to its items, and its kind.
type Entry = (Weak<RefCell<Vec<Value>>>, ListKind);

thread_local! {
    static LISTS: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// The list kind a written type name stands for (`System.Collections.ArrayList`,
/// `Collections.Generic.List[string]`, `System.Collections.Generic.List``1[…]`).
pub fn kind_of_type(name: &str) -> Option<ListKind> {
    let lower = name.trim().to_ascii_lowercase();
    let short = lower.strip_prefix("system.").unwrap_or(&lower);
    if short == "collections.arraylist" {
        Some(ListKind::ArrayList)
    } else if short.starts_with("collections.generic.list[")
        || short.starts_with("collections.generic.list`1")
    {
        Some(ListKind::Generic)
    } else {
        None
    }
}

/// A new growable list holding `items`.
pub fn new_list(kind: ListKind, items: Vec<Value>) -> Value {
    let value = Value::array(items);
    if let Value::Array(rc) = &value {
        LISTS.with(|lists| {
            let mut lists = lists.borrow_mut();
            lists.retain(|(weak, _)| weak.strong_count() > 0);
            lists.push((Rc::downgrade(rc), kind));
        });
    }
    value
}

/// Whether `items` is a growable list, and which.
pub fn kind(items: &Items) -> Option<ListKind> {
    LISTS.with(|lists| {
        lists
            .borrow()
            .iter()
            .find(|(weak, _)| std::ptr::eq(weak.as_ptr(), Rc::as_ptr(items)))
            .map(|(_, kind)| *kind)
    })
}

/// `[System.Collections.ArrayList]value` and `[System.Collections.Generic.List[T]]value`: a new
/// list holding the value's items. `None` when `type_name` is no list type.
pub fn cast(value: &Value, type_name: &str) -> Option<Value> {
    let kind = kind_of_type(type_name)?;
    Some(new_list(kind, value.enumerate().into_iter().collect()))
}

/// The .NET type name of a list.
pub fn type_name(kind: ListKind) -> &'static str {
    match kind {
        ListKind::ArrayList => "System.Collections.ArrayList",
        ListKind::Generic => "System.Collections.Generic.List`1",
    }
}

/// Whether `name` (lower case) is a method [`call`] handles.
pub fn is_change(name: &str) -> bool {
    matches!(
        name,
        "add" | "addrange" | "insert" | "remove" | "removeat" | "clear" | "toarray" | "tostring"
    )
}

/// Calls a list method ([`is_change`]); any other name is method-not-found, as the array
/// methods (`Contains`, `IndexOf`, …) are the caller's.
pub fn call(items: &Items, kind: ListKind, name: &str, args: &[Value]) -> Result<Value, OpError> {
    let count = |n: usize| -> Result<(), OpError> {
        if args.len() == n {
            Ok(())
        } else {
            Err(OpError::new(
                codes::METHOD_NOT_FOUND,
                format!(
                    "Cannot find an overload for \"{name}\" and the argument count: \"{}\".",
                    args.len()
                ),
            ))
        }
    };
    let index_arg = |i: usize, len: usize| -> Result<usize, OpError> {
        crate::eval::convert::to_int(&args[i])
            .ok()
            .and_then(|n| usize::try_from(n).ok())
            .filter(|n| *n <= len)
            .ok_or_else(|| {
                OpError::new(
                    codes::INVALID_OPERATION,
                    format!("Exception calling \"{name}\": Index was out of range. Must be non-negative and less than the size of the collection."),
                )
            })
    };
    match name.to_ascii_lowercase().as_str() {
        "add" => count(1).map(|()| {
            let mut items = items.borrow_mut();
            items.push(args[0].clone());
            match kind {
                ListKind::ArrayList => Value::Int(items.len() as i64 - 1),
                ListKind::Generic => Value::Null,
            }
        }),
        "addrange" => count(1).map(|()| {
            let more = args[0].enumerate();
            items.borrow_mut().extend(more);
            Value::Null
        }),
        "insert" => count(2).and_then(|()| {
            let len = items.borrow().len();
            let at = index_arg(0, len)?;
            items.borrow_mut().insert(at, args[1].clone());
            Ok(Value::Null)
        }),
        "remove" => count(1).map(|()| {
            let mut items = items.borrow_mut();
            let found = items.iter().position(|i| equals(i, &args[0], false));
            if let Some(at) = found {
                items.remove(at);
            }
            match kind {
                ListKind::ArrayList => Value::Null,
                ListKind::Generic => Value::Bool(found.is_some()),
            }
        }),
        "removeat" => count(1).and_then(|()| {
            let len = items.borrow().len();
            let at = index_arg(0, len.saturating_sub(1))?;
            if len == 0 {
                return Err(OpError::new(
                    codes::INVALID_OPERATION,
                    format!("Exception calling \"{name}\": Index was out of range. Must be non-negative and less than the size of the collection."),
                ));
            }
            items.borrow_mut().remove(at);
            Ok(Value::Null)
        }),
        "clear" => count(0).map(|()| {
            items.borrow_mut().clear();
            Value::Null
        }),
        "toarray" => count(0).map(|()| Value::array(items.borrow().clone())),
        "tostring" => count(0).map(|()| Value::str(type_name(kind))),
        _ => Err(OpError::new(
            codes::METHOD_NOT_FOUND,
            format!(
                "Method invocation failed because [{}] does not contain a method named '{name}'.",
                type_name(kind)
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(value: &Value) -> Items {
        match value {
            Value::Array(rc) => rc.clone(),
            _ => panic!("a list is an array"),
        }
    }

    #[test]
    fn array_lists_grow_and_return_indexes() {
        let list = new_list(ListKind::ArrayList, Vec::new());
        let rc = items(&list);
        assert_eq!(kind(&rc), Some(ListKind::ArrayList));
        let first = call(&rc, ListKind::ArrayList, "Add", &[Value::str("a")]);
        assert!(matches!(first, Ok(Value::Int(0))));
        let second = call(&rc, ListKind::ArrayList, "add", &[Value::str("b")]);
        assert!(matches!(second, Ok(Value::Int(1))));
        call(
            &rc,
            ListKind::ArrayList,
            "Insert",
            &[Value::Int(0), Value::str("z")],
        )
        .unwrap();
        // .NET compares with Equals: case matters.
        call(&rc, ListKind::ArrayList, "Remove", &[Value::str("A")]).unwrap();
        assert_eq!(list.to_display_string(), "z a b");
        call(&rc, ListKind::ArrayList, "Remove", &[Value::str("a")]).unwrap();
        assert_eq!(list.to_display_string(), "z b");
        assert!(call(&rc, ListKind::ArrayList, "RemoveAt", &[Value::Int(5)]).is_err());
        assert!(call(&rc, ListKind::ArrayList, "Frob", &[]).is_err());
        assert!(is_change("add") && !is_change("contains"));
    }

    #[test]
    fn generic_lists_add_nothing_and_plain_arrays_are_not_lists() {
        let list = new_list(ListKind::Generic, vec![Value::Int(1)]);
        let rc = items(&list);
        let added = call(&rc, ListKind::Generic, "Add", &[Value::Int(2)]);
        assert!(matches!(added, Ok(Value::Null)));
        call(
            &rc,
            ListKind::Generic,
            "AddRange",
            &[Value::array(vec![Value::Int(3)])],
        )
        .unwrap();
        assert_eq!(list.to_display_string(), "1 2 3");
        let plain = Value::array(Vec::new());
        assert_eq!(kind(&items(&plain)), None);
        assert_eq!(
            kind_of_type("System.Collections.Generic.List[string]"),
            Some(ListKind::Generic)
        );
        assert_eq!(
            kind_of_type("collections.arraylist"),
            Some(ListKind::ArrayList)
        );
        assert_eq!(kind_of_type("System.Collections.Hashtable"), None);
        let cast_list = cast(
            &Value::array(vec![Value::Int(7)]),
            "System.Collections.ArrayList",
        )
        .unwrap();
        assert_eq!(kind(&items(&cast_list)), Some(ListKind::ArrayList));
    }
}
