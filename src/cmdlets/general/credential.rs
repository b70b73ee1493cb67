//! ConvertTo-SecureString and `New-Object System.Management.Automation.PSCredential`: the
//! credential lines of a remoting preamble (`$pw = ConvertTo-SecureString $text -AsPlainText
//! -Force; $cred = New-Object PSCredential -ArgumentList $user, $pw`). coexist connects
//! nothing, so a secure string keeps only its length (the text itself is dropped at once) and a
//! credential only its user name; both print as PowerShell prints them.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::binder::INVALID_VALUE;
use crate::eval::error::RuntimeError;
use crate::eval::value::{PsObject, Value};

/// The type name of a secure string.
const SECURE_STRING: &str = "System.Security.SecureString";

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![convert_to_secure_string()]
}

fn convert_to_secure_string() -> CmdletSpec {
    CmdletSpec {
        name: "ConvertTo-SecureString",
        aliases: &[],
        synopsis: "Makes a SecureString for a credential: coexist keeps only its length.",
        description: "With -AsPlainText (and -Force, as PowerShell requires) turns text into a \
            SecureString object; without it, the text is an encrypted string as \
            ConvertFrom-SecureString writes it (-Key and -SecureKey are accepted). The text is \
            not kept: coexist connects nothing, so the object holds only its Length and prints \
            as System.Security.SecureString.",
        signature: Signature::new()
            .param(
                ParamSpec::new("String", ParamKind::String, "The text to convert.")
                    .position(0)
                    .mandatory()
                    .from_pipeline(),
            )
            .param(ParamSpec::new(
                "AsPlainText",
                ParamKind::Switch,
                "The text is plain text (needs -Force).",
            ))
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Confirms plain text is meant.",
            ))
            .param(ParamSpec::new(
                "Key",
                ParamKind::Any,
                "The key of an encrypted string (accepted, not used).",
            ))
            .param(ParamSpec::new(
                "SecureKey",
                ParamKind::Any,
                "The secure key of an encrypted string (accepted, not used).",
            )),
        examples: vec![Example {
            description: "The credential of a remoting preamble.",
            script: "$pw = ConvertTo-SecureString 'Pa55word!' -AsPlainText -Force\n\
                     $cred = New-Object System.Management.Automation.PSCredential -ArgumentList 'CONTOSO\\lyncadmin', $pw\n\
                     $cred.UserName\n$pw.Length",
            output: Some("CONTOSO\\lyncadmin\n9\n"),
        }],
        mutating: false,
        factory: || Box::new(ConvertToSecureString),
    }
}

/// ConvertTo-SecureString.
struct ConvertToSecureString;

impl Command for ConvertToSecureString {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if args.switch("AsPlainText") && !args.switch("Force") {
            return Err(RuntimeError::new(
                INVALID_VALUE,
                "ConvertTo-SecureString -AsPlainText needs -Force, to confirm plain text is meant",
                args.span_of("AsPlainText"),
            )
            .with_help("add -Force")
            .into());
        }
        let length = args.string("String").map_or(0, |s| s.chars().count());
        out.push(secure_string(length));
        Ok(())
    }
}

/// A SecureString of `length` characters.
fn secure_string(length: usize) -> Value {
    Value::object(PsObject::new(SECURE_STRING).with("Length", Value::Int(length as i64)))
}

/// `New-Object System.Management.Automation.PSCredential -ArgumentList user, password`: a
/// credential with the user name; the password must be a SecureString (as in PowerShell).
pub fn new_credential(arguments: &[Value]) -> Result<Value, String> {
    let [user, password] = arguments else {
        return Err(format!(
            "a PSCredential takes two arguments (user name, SecureString), not {}",
            arguments.len()
        ));
    };
    let is_secure = matches!(password, Value::Object(o) if o.borrow().type_name == SECURE_STRING);
    if !is_secure {
        return Err(
            "the password of a PSCredential must be a SecureString: use \
             ConvertTo-SecureString"
                .into(),
        );
    }
    Ok(Value::object(
        PsObject::new("System.Management.Automation.PSCredential")
            .with("UserName", Value::str(user.to_display_string()))
            .with("Password", password.clone()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_need_a_user_and_a_secure_string() {
        let cred = new_credential(&[Value::str("CONTOSO\\admin"), secure_string(8)]).unwrap();
        assert_eq!(
            crate::eval::methods::get_member(&cred, "UserName").to_display_string(),
            "CONTOSO\\admin"
        );
        assert!(new_credential(&[Value::str("u"), Value::str("plain")]).is_err());
        assert!(new_credential(&[Value::str("u")]).is_err());
    }
}
