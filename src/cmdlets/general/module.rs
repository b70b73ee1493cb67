//! Import-Module and Add-PSSnapin: the Lync, Skype for Business and ActiveDirectory modules
//! are accepted as "connect to the shell being rehearsed" (one note per session, no effect);
//! any other module is an error.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;

/// A module or snap-in coexist does not provide.
///
/// Resolution: remove the import, or the cmdlets that need that module.
pub const UNKNOWN_MODULE: &str = "coexist::eval::unknown_module";

/// Module names coexist accepts (a path to `Lync.psd1` counts as `Lync`).
pub const PROVIDED: &[&str] = &["Lync", "SkypeForBusiness", "ActiveDirectory"];

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![import_module(), add_pssnapin()]
}

fn import_module() -> CmdletSpec {
    CmdletSpec {
        name: "Import-Module",
        aliases: &["ipmo"],
        synopsis:
            "Loads the Lync, SkypeForBusiness or ActiveDirectory module (coexist is that shell).",
        description: "Accepts `Lync`, `SkypeForBusiness` and `ActiveDirectory` (by name or by \
            the path of their .psd1), prints one note per session and does nothing else, since \
            coexist is the shell being rehearsed; any other module is reported as \
            coexist::eval::unknown_module.",
        signature: Signature::new()
            .param(
                ParamSpec::new("Name", ParamKind::StringList, "The modules to load.")
                    .position(0)
                    .mandatory()
                    .from_pipeline(),
            )
            .param(ParamSpec::new(
                "Force",
                ParamKind::Switch,
                "Reloads the module (no effect).",
            ))
            .param(ParamSpec::new(
                "Global",
                ParamKind::Switch,
                "Loads into the global scope (no effect).",
            ))
            .param(ParamSpec::new(
                "DisableNameChecking",
                ParamKind::Switch,
                "Hides verb warnings (no effect).",
            )),
        examples: vec![Example {
            description: "The first line of most Lync scripts is accepted.",
            script: "Import-Module Lync",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(LoadModule { noun: "module" }),
    }
}

fn add_pssnapin() -> CmdletSpec {
    CmdletSpec {
        name: "Add-PSSnapin",
        aliases: &[],
        synopsis: "Loads a snap-in; the Lync and SkypeForBusiness ones are already loaded.",
        description: "Accepts `Lync`, `SkypeForBusiness` and `ActiveDirectory`, prints one \
            note per session and does nothing else; any other snap-in is reported as \
            coexist::eval::unknown_module.",
        signature: Signature::new().param(
            ParamSpec::new("Name", ParamKind::StringList, "The snap-ins to load.")
                .position(0)
                .mandatory()
                .from_pipeline(),
        ),
        examples: vec![Example {
            description: "Accepted and ignored.",
            script: "Add-PSSnapin SkypeForBusiness",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(LoadModule { noun: "snap-in" }),
    }
}

/// Import-Module and Add-PSSnapin.
struct LoadModule {
    /// `module` or `snap-in`, for messages.
    noun: &'static str,
}

/// The module name a name or path stands for: `C:\…\Lync\Lync.psd1` → `Lync`.
fn module_name(text: &str) -> &str {
    let file = text.rsplit(['\\', '/']).next().unwrap_or(text);
    let lower = file.to_ascii_lowercase();
    for ext in [".psd1", ".psm1", ".dll"] {
        if lower.ends_with(ext) {
            return &file[..file.len() - ext.len()];
        }
    }
    file
}

impl Command for LoadModule {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let names = args
            .get("Name")
            .map(crate::eval::convert::to_string_list)
            .unwrap_or_default();
        for name in names {
            let module = module_name(name.trim());
            if !PROVIDED.iter().any(|p| p.eq_ignore_ascii_case(module)) {
                return Err(RuntimeError::new(
                    UNKNOWN_MODULE,
                    format!("coexist does not provide the {} {name}", self.noun),
                    args.span_of("Name"),
                )
                .with_help(format!(
                    "coexist accepts only the Lync, SkypeForBusiness and ActiveDirectory {}s; \
                     remove this line or the cmdlets that need {module}",
                    self.noun
                ))
                .into());
            }
        }
        crate::cmdlets::general::remoting::note(host);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_paths_name_their_module() {
        assert_eq!(
            module_name("C:\\Program Files\\Common Files\\Skype for Business Server 2015\\Modules\\SkypeForBusiness\\SkypeForBusiness.psd1"),
            "SkypeForBusiness"
        );
        assert_eq!(module_name("Lync"), "Lync");
        assert_eq!(module_name("./Lync.PSD1"), "Lync");
    }
}
