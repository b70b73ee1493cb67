//! Get-Help and Get-Command, and the help text they (and `coexist help`, `docs/cmdlets.md`,
//! the REPL's hints) build from the cmdlet table.
//!
//! The text follows PowerShell's sections: NAME, SYNOPSIS, SYNTAX (one line per parameter
//! set, generated from the parameter specs), DESCRIPTION, PARAMETERS (`-Full`,
//! `-Parameter X`), EXAMPLES (`-Examples`, `-Full`), ALIASES and REMARKS.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::common::{COMMON, MUTATING};
use crate::cmdlets::registry;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamClass, ParamKind, ParamSpec, Signature};
use crate::eval::error::RuntimeError;
use crate::eval::value::{PsObject, Value};
use crate::eval::wildcard::Wildcard;

/// No cmdlet or alias has the name given to Get-Help.
pub const HELP_NOT_FOUND: &str = "coexist::eval::help_not_found";

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![get_help(), get_command()]
}

fn get_help() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Help",
        aliases: &["help", "man"],
        synopsis: "Shows the help of a cmdlet, generated from its table entry.",
        description: "Prints NAME, SYNOPSIS, SYNTAX (one line per parameter set), DESCRIPTION, \
            ALIASES and REMARKS; -Full adds every parameter and the examples, -Examples shows \
            only the examples, -Parameter shows one parameter. A name with wildcards lists the \
            matching cmdlets.",
        signature: Signature::new()
            .param(
                ParamSpec::new(
                    "Name",
                    ParamKind::String,
                    "The cmdlet or alias to describe (wildcards list matches).",
                )
                .position(0),
            )
            .param(ParamSpec::new(
                "Full",
                ParamKind::Switch,
                "Shows every section, with parameters and examples.",
            ))
            .param(ParamSpec::new(
                "Examples",
                ParamKind::Switch,
                "Shows only the name, synopsis and examples.",
            ))
            .param(ParamSpec::new(
                "Parameter",
                ParamKind::String,
                "Shows only the parameter of this name (wildcards allowed).",
            )),
        examples: vec![
            Example {
                description: "The syntax and description of a cmdlet, with its aliases.",
                script: "Get-Help Move-User",
                output: None,
            },
            Example {
                description: "Help on one parameter.",
                script: "Get-Help Start-Sleep -Parameter Seconds",
                output: Some(
                    "    -Seconds <Int32>\n        How many seconds to wait.\n\n        \
                     Required?                    true\n        \
                     Position?                    0\n        \
                     Accept pipeline input?       false\n        \
                     Parameter set name           Seconds\n        \
                     Aliases                      s\n",
                ),
            },
        ],
        mutating: false,
        factory: || Box::new(GetHelp),
    }
}

fn get_command() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Command",
        aliases: &["gcm"],
        synopsis: "Lists the cmdlets and aliases coexist knows.",
        description: "Filters by name pattern (wildcards), -Noun and -Verb. Aliases matched by \
            the pattern are listed as `Alias` entries naming their cmdlet.",
        signature: Signature::new()
            .param(
                ParamSpec::new(
                    "Name",
                    ParamKind::String,
                    "A name pattern such as *User* (wildcards allowed).",
                )
                .position(0),
            )
            .param(ParamSpec::new(
                "Noun",
                ParamKind::String,
                "Only cmdlets with this noun (wildcards allowed).",
            ))
            .param(ParamSpec::new(
                "Verb",
                ParamKind::String,
                "Only cmdlets with this verb (wildcards allowed).",
            )),
        examples: vec![
            Example {
                description: "The cmdlets that move things.",
                script: "Get-Command -Verb Move -Noun *User | ForEach-Object { $_.Name }",
                output: Some("Move-User\nMove-LegacyUser\n"),
            },
            Example {
                description: "A real Lync name is an alias of a coexist cmdlet.",
                script: "(Get-Command Move-CsUser).Name",
                output: Some("Move-CsUser -> Move-User\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(GetCommand),
    }
}

/// Get-Help.
struct GetHelp;

impl Command for GetHelp {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let Some(name) = args.string("Name") else {
            out.push(Value::str(overview()));
            return Ok(());
        };
        if Wildcard::has_wildcards(&name) {
            let pattern = Wildcard::new(&name, true);
            let list: Vec<String> = registry::all()
                .iter()
                .filter(|s| pattern.is_match(s.name))
                .map(|s| format!("{:<32}{}", s.name, s.synopsis))
                .collect();
            if !list.is_empty() {
                out.push(Value::str(list.join("\n")));
                return Ok(());
            }
        }
        let Some(spec) = registry::lookup(&name) else {
            return Err(not_found(&name, args).into());
        };
        let text = if let Some(param) = args.string("Parameter") {
            let pattern = Wildcard::new(&param, true);
            let found: Vec<&ParamSpec> = spec
                .signature
                .params
                .iter()
                .filter(|p| {
                    pattern.is_match(&p.name) || p.aliases.iter().any(|a| pattern.is_match(a))
                })
                .collect();
            if found.is_empty() {
                return Err(RuntimeError::new(
                    HELP_NOT_FOUND,
                    format!("{} has no parameter named {param}", spec.name),
                    args.span_of("Parameter"),
                )
                .with_help(format!(
                    "its parameters are {}",
                    spec.signature
                        .params
                        .iter()
                        .map(|p| format!("-{}", p.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .into());
            }
            found
                .iter()
                .map(|p| parameter_block(p))
                .collect::<Vec<_>>()
                .join("\n")
        } else if args.switch("Examples") {
            examples_text(spec)
        } else {
            help_text(spec, args.switch("Full"))
        };
        out.push(Value::str(text.trim_end()));
        Ok(())
    }
}

/// The error for an unknown name, with a did-you-mean.
fn not_found(name: &str, args: &Bound) -> RuntimeError {
    let error = RuntimeError::new(
        HELP_NOT_FOUND,
        format!("no cmdlet or alias is named {name}"),
        args.span_of("Name"),
    );
    let best = registry::command_names()
        .into_iter()
        .map(|n| {
            (
                strsim::jaro_winkler(&n.to_ascii_lowercase(), &name.to_ascii_lowercase()),
                n,
            )
        })
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((score, n)) if score > 0.8 => error.with_help(format!("did you mean {n}?")),
        _ => error.with_help("Get-Command lists every cmdlet; wildcards work: Get-Help *User*"),
    }
}

/// The text of `coexist help [CMDLET] [--full] [--examples]`: a cmdlet's help, the list of
/// cmdlets matching a wildcard name, or every cmdlet without a name. An unknown name is an
/// error message with a did-you-mean.
pub fn command_line_help(name: Option<&str>, full: bool, examples: bool) -> Result<String, String> {
    let listing = |pattern: &str| {
        let pattern = Wildcard::new(pattern, true);
        registry::all()
            .iter()
            .filter(|s| pattern.is_match(s.name))
            .map(|s| format!("{:<32}{}", s.name, s.synopsis))
            .collect::<Vec<_>>()
    };
    let Some(name) = name else {
        return Ok(format!(
            "{}\n\nType `coexist help CMDLET` (or Get-Help CMDLET in the REPL) for one cmdlet.",
            listing("*").join("\n")
        ));
    };
    if Wildcard::has_wildcards(name) {
        let list = listing(name);
        if !list.is_empty() {
            return Ok(list.join("\n"));
        }
    }
    match registry::lookup(name) {
        Some(spec) if examples => Ok(examples_text(spec).trim_end().to_string()),
        Some(spec) => Ok(help_text(spec, full).trim_end().to_string()),
        None => {
            let e = not_found(name, &Bound::default());
            Err(format!(
                "{}{}",
                e.message,
                e.help.map(|h| format!("; {h}")).unwrap_or_default()
            ))
        }
    }
}

/// What `Get-Help` alone prints.
fn overview() -> String {
    "TOPIC\n    coexist help\n\nSHORT DESCRIPTION\n    Shows help about coexist's cmdlets, \
     generated from the cmdlet table.\n\nLONG DESCRIPTION\n    Get-Help <cmdlet>             \
     the syntax and description of a cmdlet\n    Get-Help <cmdlet> -Examples   its examples\n    \
     Get-Help <cmdlet> -Full       everything, with every parameter\n    Get-Help *User*               \
     the cmdlets whose names match\n    Get-Command -Noun ChatRoom    the cmdlets of a noun\n"
        .to_string()
}

/// Get-Command.
struct GetCommand;

impl Command for GetCommand {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let name = args.string("Name").map(|n| Wildcard::new(&n, true));
        let noun = args.string("Noun").map(|n| Wildcard::new(&n, true));
        let verb = args.string("Verb").map(|n| Wildcard::new(&n, true));
        for spec in registry::all() {
            let (v, n) = spec.name.split_once('-').unwrap_or((spec.name, ""));
            if noun.as_ref().is_some_and(|w| !w.is_match(n))
                || verb.as_ref().is_some_and(|w| !w.is_match(v))
            {
                continue;
            }
            if name.as_ref().is_none_or(|w| w.is_match(spec.name)) {
                out.push(command_info("Cmdlet", spec.name, spec));
            }
            if let Some(pattern) = &name {
                for alias in spec.aliases.iter().filter(|a| pattern.is_match(a)) {
                    out.push(command_info(
                        "Alias",
                        &format!("{alias} -> {}", spec.name),
                        spec,
                    ));
                }
            }
        }
        Ok(())
    }
}

/// One `CommandInfo` object: CommandType, Name, Synopsis shown; Verb and Noun besides.
fn command_info(kind: &str, name: &str, spec: &CmdletSpec) -> Value {
    let (verb, noun) = spec.name.split_once('-').unwrap_or((spec.name, ""));
    let mut obj = PsObject::new("CommandInfo")
        .with("CommandType", Value::str(kind))
        .with("Name", Value::str(name))
        .with("Synopsis", Value::str(spec.synopsis))
        .with("Verb", Value::str(verb))
        .with("Noun", Value::str(noun))
        .with("Definition", Value::str(spec.name));
    obj.default_display = 3;
    Value::object(obj)
}

/// PowerShell's type name for a parameter kind, as SYNTAX shows it.
pub fn type_name(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::Any => "Object",
        ParamKind::String | ParamKind::Enum => "String",
        ParamKind::Int => "Int32",
        ParamKind::Bool => "Boolean",
        ParamKind::Switch => "SwitchParameter",
        ParamKind::StringList => "String[]",
        ParamKind::ScriptBlock => "ScriptBlock",
        ParamKind::Hashtable => "Hashtable",
    }
}

/// Whether `param` is one of the common parameters summed up as `[<CommonParameters>]`.
fn is_common(param: &ParamSpec) -> bool {
    COMMON.contains(&param.name.as_str())
}

/// The parameter set names of a signature, in first-seen order (one unnamed set if none).
pub fn parameter_sets(signature: &Signature) -> Vec<Option<String>> {
    let mut sets: Vec<Option<String>> = Vec::new();
    for p in &signature.params {
        for s in &p.sets {
            if !sets.iter().flatten().any(|x| x == s) {
                sets.push(Some(s.clone()));
            }
        }
    }
    if let Some(default) = &signature.default_set {
        if let Some(i) = sets.iter().position(|s| s.as_deref() == Some(default)) {
            let d = sets.remove(i);
            sets.insert(0, d);
        }
    }
    if sets.is_empty() {
        sets.push(None);
    }
    sets
}

/// The parameters of one set (all when `set` is `None`), positional ones first in slot order.
pub fn params_of_set<'a>(signature: &'a Signature, set: Option<&str>) -> Vec<&'a ParamSpec> {
    let mut params: Vec<&ParamSpec> = signature
        .params
        .iter()
        .filter(|p| p.sets.is_empty() || set.is_some_and(|s| p.sets.iter().any(|x| x == s)))
        .collect();
    params.sort_by_key(|p| (p.position.is_none(), p.position.unwrap_or(0)));
    params
}

/// One parameter as SYNTAX shows it: `[-Identity] <String>`, `-Target <String>`, `[-Force]`.
pub fn syntax_item(param: &ParamSpec) -> String {
    let name = if param.position.is_some() {
        format!("[-{}]", param.name)
    } else {
        format!("-{}", param.name)
    };
    let body = match param.kind {
        ParamKind::Switch => name,
        ParamKind::Enum if !param.values.is_empty() => {
            format!("{name} {{{}}}", param.values.join(" | "))
        }
        kind => format!("{name} <{}>", type_name(kind)),
    };
    if param.mandatory && param.kind != ParamKind::Switch {
        body
    } else {
        format!("[{body}]")
    }
}

/// The SYNTAX lines of a cmdlet, one per parameter set.
pub fn syntax_lines(spec: &CmdletSpec) -> Vec<String> {
    parameter_sets(&spec.signature)
        .iter()
        .map(|set| {
            let mut line = spec.name.to_string();
            let params = params_of_set(&spec.signature, set.as_deref());
            let has_common = params.iter().any(|p| is_common(p));
            for p in params.iter().filter(|p| !is_common(p)) {
                line.push(' ');
                line.push_str(&syntax_item(p));
            }
            if has_common {
                line.push_str(" [<CommonParameters>]");
            }
            line
        })
        .collect()
}

/// The PARAMETERS entry of one parameter.
pub fn parameter_block(param: &ParamSpec) -> String {
    let mut text = format!(
        "    -{} <{}>\n        {}\n\n",
        param.name,
        type_name(param.kind),
        param.description
    );
    let pipeline = match (param.pipeline.by_value, param.pipeline.by_property_name) {
        (false, false) => "false".to_string(),
        (true, false) => "true (ByValue)".to_string(),
        (false, true) => "true (ByPropertyName)".to_string(),
        (true, true) => "true (ByValue, ByPropertyName)".to_string(),
    };
    let class = match param.class {
        ParamClass::Modelled => None,
        other => Some(("In coexist", other.as_str().to_string())),
    };
    let rows = [
        ("Required?", param.mandatory.to_string()),
        (
            "Position?",
            param
                .position
                .map_or("named".to_string(), |p| p.to_string()),
        ),
        ("Accept pipeline input?", pipeline),
        (
            "Parameter set name",
            if param.sets.is_empty() {
                "(All)".to_string()
            } else {
                param.sets.join(", ")
            },
        ),
        (
            "Aliases",
            if param.aliases.is_empty() {
                "None".to_string()
            } else {
                param.aliases.join(", ")
            },
        ),
    ];
    for (label, value) in rows.into_iter().chain(class) {
        text.push_str(&format!("        {label:<28} {value}\n"));
    }
    if !param.values.is_empty() {
        text.push_str(&format!(
            "        {:<28} {}\n",
            "Accepted values",
            param.values.join(", ")
        ));
    }
    text
}

/// Indents every line of `text` by `n` spaces.
fn indent(text: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The EXAMPLES section body.
fn examples_body(spec: &CmdletSpec) -> String {
    let mut text = String::new();
    for (i, example) in spec.examples.iter().enumerate() {
        text.push_str(&format!(
            "    -------------------------- EXAMPLE {} --------------------------\n\n",
            i + 1
        ));
        text.push_str(&indent(&format!("PS> {}", example.script), 4));
        text.push_str("\n\n");
        text.push_str(&format!("    {}\n", example.description));
        if let Some(output) = example.output.filter(|o| !o.trim().is_empty()) {
            text.push('\n');
            text.push_str(&indent(output.trim_end(), 4));
            text.push('\n');
        }
        text.push('\n');
    }
    text
}

/// `Get-Help NAME -Examples`.
pub fn examples_text(spec: &CmdletSpec) -> String {
    format!(
        "\nNAME\n    {}\n\nSYNOPSIS\n    {}\n\nEXAMPLES\n{}",
        spec.name,
        spec.synopsis,
        examples_body(spec)
    )
}

/// `Get-Help NAME` (and with `full`, `Get-Help NAME -Full`).
pub fn help_text(spec: &CmdletSpec, full: bool) -> String {
    let mut text = format!(
        "\nNAME\n    {}\n\nSYNOPSIS\n    {}\n\nSYNTAX\n",
        spec.name, spec.synopsis
    );
    for line in syntax_lines(spec) {
        text.push_str(&format!("    {line}\n\n"));
    }
    text.push_str(&format!(
        "DESCRIPTION\n{}\n\n",
        indent(&wrap(spec.description, 88), 4)
    ));
    if full {
        text.push_str("PARAMETERS\n");
        for p in spec.signature.params.iter().filter(|p| !is_common(p)) {
            text.push_str(&parameter_block(p));
            text.push('\n');
        }
        text.push_str(&format!(
            "    <CommonParameters>\n        This cmdlet supports the common parameters: {}.\n\n",
            COMMON
                .iter()
                .map(|c| format!("-{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        if spec.mutating {
            text.push_str(&format!(
                "    It changes the model or files, so it also takes {}.\n\n",
                MUTATING
                    .iter()
                    .map(|c| format!("-{c}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        text.push_str("EXAMPLES\n");
        text.push_str(&examples_body(spec));
    }
    if !spec.aliases.is_empty() {
        text.push_str(&format!("ALIASES\n    {}\n\n", spec.aliases.join(", ")));
    }
    if !full {
        text.push_str(&format!(
            "REMARKS\n    To see the examples, type: \"Get-Help {0} -Examples\".\n    \
             For more information, type: \"Get-Help {0} -Full\".\n",
            spec.name
        ));
    }
    text
}

/// Wraps `text` at word boundaries to lines of at most `width` characters.
fn wrap(text: &str, width: usize) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(name: &str) -> &'static CmdletSpec {
        registry::lookup(name).expect("registered")
    }

    #[test]
    fn syntax_marks_positional_mandatory_and_switches() {
        let lines = syntax_lines(spec("Start-Sleep"));
        assert_eq!(
            lines,
            vec![
                "Start-Sleep [-Seconds] <Int32> [<CommonParameters>]",
                "Start-Sleep -Milliseconds <Int32> [<CommonParameters>]",
            ]
        );
        let item = syntax_item(&ParamSpec::new("Force", ParamKind::Switch, "F."));
        assert_eq!(item, "[-Force]");
        let item =
            syntax_item(&ParamSpec::new("Kind", ParamKind::String, "K.").values(&["A", "B"]));
        assert_eq!(item, "[-Kind {A | B}]");
    }

    #[test]
    fn help_has_powershell_sections() {
        let text = help_text(spec("Move-User"), false);
        for section in [
            "NAME",
            "SYNOPSIS",
            "SYNTAX",
            "DESCRIPTION",
            "ALIASES",
            "REMARKS",
        ] {
            assert!(
                text.contains(&format!("\n{section}\n")),
                "{section}: {text}"
            );
        }
        assert!(text.contains("Move-CsUser"));
        let full = help_text(spec("Move-User"), true);
        assert!(full.contains("\nPARAMETERS\n") && full.contains("-Target <String>"));
        assert!(full.contains("EXAMPLE 1"));
        let examples = examples_text(spec("Move-User"));
        assert!(examples.contains("PS> ") && !examples.contains("SYNTAX"));
    }

    #[test]
    fn parameter_block_lists_attributes() {
        let p = spec("Move-User")
            .signature
            .find("Identity")
            .expect("Identity");
        let block = parameter_block(p);
        assert!(block.contains("Required?"), "{block}");
        assert!(block.contains("Position?                    0"), "{block}");
    }
}
