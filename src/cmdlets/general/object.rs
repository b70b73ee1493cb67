//! New-Object and Add-Member: building report objects the PowerShell 2.0 way
//! (`New-Object PSObject -Property @{…}`, `$o | Add-Member NoteProperty Name value`).
//!
//! New-Object creates property bags (`PSObject`, `PSCustomObject`), empty hashtables and
//! empty lists (`System.Collections.ArrayList`, `System.Collections.Generic.List[…]`); other
//! .NET or COM types are outside coexist's language (`coexist::eval::unsupported`).

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::{Hashtable, PsObject, Value};

/// A .NET type or member kind coexist does not model.
///
/// Resolution: use a `PSObject`/`[pscustomobject]`, a hashtable or an array instead.
pub const UNSUPPORTED: &str = "coexist::eval::unsupported";

/// Add-Member of a property the object already has, without `-Force`.
///
/// Resolution: add `-Force` to replace it, or assign it: `$o.Name = value`.
pub const MEMBER_EXISTS: &str = "coexist::eval::member_exists";

/// The member kinds Add-Member accepts (only `NoteProperty` is modelled).
const MEMBER_TYPES: &[&str] = &[
    "NoteProperty",
    "AliasProperty",
    "ScriptProperty",
    "CodeProperty",
    "ScriptMethod",
    "CodeMethod",
    "PropertySet",
    "MemberSet",
];

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![new_object(), add_member()]
}

fn new_object() -> CmdletSpec {
    CmdletSpec {
        name: "New-Object",
        aliases: &[],
        synopsis: "Creates a property bag, an empty hashtable or an empty list.",
        description: "`New-Object PSObject -Property @{…}` creates an object with the \
            hashtable's keys as properties (in the order written); `System.Collections.Hashtable` \
            and `System.Collections.ArrayList` (or `Generic.List[…]`) create empty \
            collections; `System.Management.Automation.PSCredential -ArgumentList user, \
            securestring` a credential (see ConvertTo-SecureString). Other types are not \
            modelled.",
        signature: Signature::new()
            .param(
                ParamSpec::new(
                    "TypeName",
                    ParamKind::String,
                    "The type to create, e.g. PSObject.",
                )
                .position(0)
                .mandatory(),
            )
            .param(
                ParamSpec::new(
                    "Property",
                    ParamKind::Hashtable,
                    "Properties to give the new object.",
                )
                .position(1),
            )
            .param(
                ParamSpec::new(
                    "ArgumentList",
                    ParamKind::Any,
                    "Constructor arguments (a PSCredential's user name and SecureString).",
                )
                .aliases(&["Args"]),
            ),
        examples: vec![Example {
            description: "A report object.",
            script: "New-Object PSObject -Property @{User='sip:ann@contoso.com'; Moved=$true}",
            output: Some(
                "\nUser                Moved\n----                -----\nsip:ann@contoso.com True\n\n",
            ),
        }],
        mutating: false,
        factory: || Box::new(NewObject),
    }
}

/// New-Object.
struct NewObject;

impl Command for NewObject {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let type_name = args.string("TypeName").unwrap_or_default();
        let lower = type_name.trim().to_ascii_lowercase();
        let short = lower
            .strip_prefix("system.management.automation.")
            .or_else(|| lower.strip_prefix("system."))
            .unwrap_or(&lower);
        let value = match short {
            "psobject" | "pscustomobject" | "object" => {
                let mut obj = PsObject::new("PSCustomObject");
                if let Some(Value::Hashtable(table)) = args.get("Property") {
                    for (k, v) in table.borrow().iter() {
                        obj.set(&k.to_display_string(), v.clone());
                    }
                }
                Value::object(obj)
            }
            "collections.hashtable" | "hashtable" => Value::hashtable(Hashtable::default()),
            "pscredential" => {
                let arguments = args
                    .get("ArgumentList")
                    .map(Value::enumerate)
                    .unwrap_or_default();
                crate::cmdlets::general::credential::new_credential(&arguments).map_err(|why| {
                    RuntimeError::new(INVALID_VALUE, why, args.span_of("ArgumentList"))
                })?
            }
            _ if crate::eval::lists::kind_of_type(&type_name).is_some() => {
                let kind = crate::eval::lists::kind_of_type(&type_name)
                    .unwrap_or(crate::eval::lists::ListKind::ArrayList);
                crate::eval::lists::new_list(kind, Vec::new())
            }
            _ => {
                return Err(RuntimeError::new(
                    UNSUPPORTED,
                    format!("New-Object cannot create a {type_name}: coexist does not model .NET or COM objects"),
                    args.span_of("TypeName"),
                )
                .with_help("use New-Object PSObject -Property @{…}, [pscustomobject]@{…}, a hashtable or an array")
                .into())
            }
        };
        out.push(value);
        Ok(())
    }
}

fn add_member() -> CmdletSpec {
    let signature = Signature {
        params: vec![
            ParamSpec::new(
                "InputObject",
                ParamKind::Any,
                "The object to add the property to.",
            )
            .mandatory()
            .from_pipeline(),
            ParamSpec::new(
                "MemberType",
                ParamKind::Enum,
                "The kind of member (NoteProperty).",
            )
            .aliases(&["Type"])
            .values(MEMBER_TYPES)
            .position(0)
            .mandatory()
            .sets(&["Member"]),
            ParamSpec::new("Name", ParamKind::String, "The new property's name.")
                .position(1)
                .mandatory()
                .sets(&["Member"]),
            ParamSpec::new("Value", ParamKind::Any, "The new property's value.")
                .position(2)
                .sets(&["Member"]),
            ParamSpec::new(
                "NotePropertyName",
                ParamKind::String,
                "The new property's name (PowerShell 3.0 form).",
            )
            .position(0)
            .mandatory()
            .sets(&["NoteProperty"]),
            ParamSpec::new(
                "NotePropertyValue",
                ParamKind::Any,
                "The new property's value (PowerShell 3.0 form).",
            )
            .position(1)
            .sets(&["NoteProperty"]),
            ParamSpec::new(
                "NotePropertyMembers",
                ParamKind::Hashtable,
                "Several properties at once, as a hashtable.",
            )
            .mandatory()
            .sets(&["NotePropertyMembers"]),
            ParamSpec::new(
                "PassThru",
                ParamKind::Switch,
                "Outputs the object after adding the property.",
            ),
            ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Replaces a property of the same name.",
            ),
        ],
        default_set: Some("Member".into()),
    };
    CmdletSpec {
        name: "Add-Member",
        aliases: &[],
        synopsis: "Adds a note property to an object.",
        description: "Adds a property to a property bag (`-MemberType NoteProperty -Name … \
            -Value …`, `-NotePropertyName … -NotePropertyValue …`, or \
            `-NotePropertyMembers @{…}`); other member kinds are not modelled.",
        signature,
        examples: vec![Example {
            description: "Add a property to a report object.",
            script: "$o = New-Object PSObject; $o | Add-Member NoteProperty Pool 'pchat'; $o.Pool",
            output: Some("pchat\n"),
        }],
        mutating: false,
        factory: || Box::new(AddMember),
    }
}

/// Add-Member.
struct AddMember;

impl Command for AddMember {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if let Some(kind) = args.string("MemberType") {
            if kind != "NoteProperty" {
                return Err(RuntimeError::new(
                    UNSUPPORTED,
                    format!("Add-Member cannot add a {kind}: coexist models note properties only"),
                    args.span_of("MemberType"),
                )
                .with_help("add a NoteProperty holding the value instead")
                .into());
            }
        }
        let mut members: Vec<(String, Value)> = Vec::new();
        if let Some(name) = args
            .string("Name")
            .or_else(|| args.string("NotePropertyName"))
        {
            let value = args
                .get("Value")
                .or_else(|| args.get("NotePropertyValue"))
                .cloned()
                .unwrap_or_default();
            members.push((name, value));
        }
        if let Some(Value::Hashtable(table)) = args.get("NotePropertyMembers") {
            for (k, v) in table.borrow().iter() {
                members.push((k.to_display_string(), v.clone()));
            }
        }
        let input = args.get("InputObject").cloned().unwrap_or_default();
        let Value::Object(obj) = &input else {
            return Err(RuntimeError::new(
                UNSUPPORTED,
                "Add-Member can add properties to objects only, not to this value",
                args.span_of("InputObject"),
            )
            .with_help("create the object with New-Object PSObject or [pscustomobject]@{…} first")
            .into());
        };
        for (name, value) in members {
            let exists = obj.borrow().get(&name).is_some();
            if exists && !args.switch("Force") {
                return Err(RuntimeError::new(
                    MEMBER_EXISTS,
                    format!("the object already has a property {name}"),
                    args.span_of("Name"),
                )
                .with_help(format!(
                    "add -Force to replace it, or assign it: $object.{name} = …"
                ))
                .into());
            }
            obj.borrow_mut().set(&name, value);
        }
        if args.switch("PassThru") {
            out.push(input.clone());
        }
        Ok(())
    }
}
