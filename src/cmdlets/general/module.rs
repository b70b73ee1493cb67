//! Import-Module and Add-PSSnapin: the Lync, Skype for Business and ActiveDirectory modules
//! are accepted as "connect to the shell being rehearsed" (one note per session, no effect);
//! any other module is an error. Get-Module lists those three, as the checks at the top of
//! real scripts (`if (Get-Module -ListAvailable Lync)`) expect. Set-StrictMode, another
//! preamble line, is accepted.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::compare::wildcard_match;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::{PsObject, Value};

/// A module or snap-in coexist does not provide.
///
/// Resolution: remove the import, or the cmdlets that need that module.
pub const UNKNOWN_MODULE: &str = "coexist::eval::unknown_module";

/// Module names coexist accepts (a path to `Lync.psd1` counts as `Lync`).
pub const PROVIDED: &[&str] = &["Lync", "SkypeForBusiness", "ActiveDirectory"];

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![
        import_module(),
        add_pssnapin(),
        get_module(),
        set_strict_mode(),
    ]
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

fn get_module() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Module",
        aliases: &["gmo"],
        synopsis: "Lists the modules coexist provides: Lync, SkypeForBusiness and ActiveDirectory.",
        description: "Outputs a module object (Name, ModuleType, Description) for each provided \
            module whose name matches -Name (wildcards; all three without -Name), with or \
            without -ListAvailable: coexist is the shell those modules belong to. Any other \
            name outputs nothing, as PowerShell does for a module that is not there.",
        signature: Signature::new()
            .param(
                ParamSpec::new("Name", ParamKind::StringList, "Module names (wildcards).")
                    .position(0)
                    .from_pipeline(),
            )
            .param(ParamSpec::new(
                "ListAvailable",
                ParamKind::Switch,
                "Lists installed modules, loaded or not (the same three).",
            ))
            .param(ParamSpec::new(
                "All",
                ParamKind::Switch,
                "Lists every module (the same three).",
            )),
        examples: vec![Example {
            description: "The check before importing the Lync module.",
            script: "if (Get-Module -Name Lync -ListAvailable) { 'Lync tools found' }\n@(Get-Module -Name Exchange*).Count",
            output: Some("Lync tools found\n0\n"),
        }],
        mutating: false,
        factory: || Box::new(GetModule),
    }
}

/// Get-Module.
struct GetModule;

impl Command for GetModule {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let patterns = args
            .get("Name")
            .map(crate::eval::convert::to_string_list)
            .unwrap_or_else(|| vec!["*".to_string()]);
        for module in PROVIDED {
            if patterns
                .iter()
                .any(|p| wildcard_match(module_name(p.trim()), module, false))
            {
                out.push(Value::object(
                    PsObject::new("System.Management.Automation.PSModuleInfo")
                        .with("Name", Value::str(*module))
                        .with("ModuleType", Value::str("Manifest"))
                        .with(
                            "Description",
                            Value::str("provided by coexist, the shell being rehearsed"),
                        ),
                ));
            }
        }
        Ok(())
    }
}

fn set_strict_mode() -> CmdletSpec {
    CmdletSpec {
        name: "Set-StrictMode",
        aliases: &[],
        synopsis: "Accepted so script preambles run; coexist applies no strict-mode checks.",
        description: "Accepts -Version (1.0, 2.0, 3.0, Latest) and -Off and does nothing \
            else: an unset variable still reads as $null, as without strict mode.",
        signature: Signature::new()
            .param(ParamSpec::new(
                "Version",
                ParamKind::String,
                "The strict-mode version (accepted, no effect).",
            ))
            .param(ParamSpec::new(
                "Off",
                ParamKind::Switch,
                "Turns strict mode off (no effect).",
            )),
        examples: vec![Example {
            description: "The first line of many scripts.",
            script: "Set-StrictMode -Version Latest",
            output: Some(""),
        }],
        mutating: false,
        factory: || Box::new(Accept),
    }
}

/// Set-StrictMode: accepted, nothing to do.
struct Accept;

impl Command for Accept {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        _args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        Ok(())
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
