//! The declarative description of a command: its parameters, help and examples.
//!
//! One [`CmdletSpec`] per cmdlet is the single source that binding, `Get-Help`,
//! `Get-Command`, REPL completion, `docs/cmdlets.md` and the example tests all read.
//! Script functions build a [`Signature`] from their `param()` block, so the same
//! binder serves both.

use crate::cmdlets::command::Command;

/// What type a parameter's value is converted to when bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// Any value, unconverted.
    Any,
    /// Converted to a string.
    String,
    /// Converted to an integer.
    Int,
    /// Converted to a boolean (`$true`, `1`, `'true'`).
    Bool,
    /// A switch: present means true; `-Force:$false` sets false.
    Switch,
    /// A string restricted to [`ParamSpec::values`] (ValidateSet); bound in its canonical casing.
    Enum,
    /// A list of strings (one value becomes a one-item list).
    StringList,
    /// A script block.
    ScriptBlock,
    /// A hashtable.
    Hashtable,
}

/// How a parameter takes pipeline input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PipelineInput {
    /// `ValueFromPipeline`: the whole input object binds here.
    pub by_value: bool,
    /// `ValueFromPipelineByPropertyName`: the input's property of the same name (or an alias) binds here.
    pub by_property_name: bool,
}

/// What coexist does with a parameter of a real Lync cmdlet (surface.md §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParamClass {
    /// Model rules read it.
    #[default]
    Modelled,
    /// Stored as a plain property of the object: shown by `Get-*`, kept in the state file,
    /// read by no rule.
    Recorded,
    /// Accepted with no effect in a rehearsal (`-DomainController`, `-Credential`, …): the
    /// warning `coexist::model::not_modelled_parameter`, once per run per cmdlet and parameter.
    Noted,
}

impl ParamClass {
    /// The word help and the generated docs show (`modelled`, `recorded`, `noted`).
    pub fn as_str(self) -> &'static str {
        match self {
            ParamClass::Modelled => "modelled",
            ParamClass::Recorded => "recorded",
            ParamClass::Noted => "noted",
        }
    }
}

/// One parameter of a command.
#[derive(Debug, Clone)]
pub struct ParamSpec {
    /// Canonical name without the dash (`Identity`).
    pub name: String,
    /// Alternative names (`RegistrarPool`, `PersistentChatPoolFqdn`).
    pub aliases: Vec<String>,
    /// Value type.
    pub kind: ParamKind,
    /// Positional slot (0-based), if positional.
    pub position: Option<usize>,
    /// Whether binding fails without it (`coexist::bind::missing_mandatory`).
    pub mandatory: bool,
    /// Pipeline binding.
    pub pipeline: PipelineInput,
    /// ValidateSet values in canonical casing (for [`ParamKind::Enum`]).
    pub values: Vec<String>,
    /// `[ValidateNotNullOrEmpty]`.
    pub not_null_or_empty: bool,
    /// Parameter sets this parameter belongs to (empty: all sets).
    pub sets: Vec<String>,
    /// One line ending in a full stop.
    pub description: String,
    /// `ValueFromRemainingArguments`: positional arguments left over after the other
    /// positional parameters are bound collect here (as an array when there are several).
    pub remaining: bool,
    /// Modelled, recorded or noted.
    pub class: ParamClass,
}

impl ParamSpec {
    /// A new optional, named-only parameter.
    pub fn new(name: &str, kind: ParamKind, description: &str) -> Self {
        ParamSpec {
            name: name.to_string(),
            aliases: Vec::new(),
            kind,
            position: None,
            mandatory: false,
            pipeline: PipelineInput::default(),
            values: Vec::new(),
            not_null_or_empty: false,
            sets: Vec::new(),
            description: description.to_string(),
            remaining: false,
            class: ParamClass::Modelled,
        }
    }

    /// Adds aliases.
    pub fn aliases(mut self, aliases: &[&str]) -> Self {
        self.aliases.extend(aliases.iter().map(|a| a.to_string()));
        self
    }

    /// Makes the parameter positional at `index`.
    pub fn position(mut self, index: usize) -> Self {
        self.position = Some(index);
        self
    }

    /// Makes the parameter mandatory.
    pub fn mandatory(mut self) -> Self {
        self.mandatory = true;
        self
    }

    /// Accepts the whole pipeline input object.
    pub fn from_pipeline(mut self) -> Self {
        self.pipeline.by_value = true;
        self
    }

    /// Accepts the pipeline input's property of the same name.
    pub fn from_pipeline_by_property_name(mut self) -> Self {
        self.pipeline.by_property_name = true;
        self
    }

    /// Restricts the value to a ValidateSet (and makes the kind [`ParamKind::Enum`] unless it is a list).
    pub fn values(mut self, values: &[&str]) -> Self {
        self.values = values.iter().map(|v| v.to_string()).collect();
        if self.kind != ParamKind::StringList {
            self.kind = ParamKind::Enum;
        }
        self
    }

    /// Collects the positional arguments no other parameter takes (`ValueFromRemainingArguments`).
    pub fn remaining(mut self) -> Self {
        self.remaining = true;
        self
    }

    /// Marks the parameter as recorded: a plain property of the object, without rules.
    pub fn recorded(mut self) -> Self {
        self.class = ParamClass::Recorded;
        self
    }

    /// Marks the parameter as noted: accepted, no effect, one `not_modelled_parameter` warning.
    pub fn noted(mut self) -> Self {
        self.class = ParamClass::Noted;
        self
    }

    /// Puts the parameter in the named parameter sets.
    pub fn sets(mut self, sets: &[&str]) -> Self {
        self.sets = sets.iter().map(|s| s.to_string()).collect();
        self
    }

    /// True when `name` is this parameter's name or one of its aliases (case-insensitive).
    pub fn answers_to(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    }
}

/// The parameters of a command, in declaration order.
#[derive(Debug, Clone, Default)]
pub struct Signature {
    /// Declared parameters (common parameters are added by [`Signature::with_common`]).
    pub params: Vec<ParamSpec>,
    /// Default parameter set name, if the command has several.
    pub default_set: Option<String>,
}

impl Signature {
    /// An empty signature.
    pub fn new() -> Self {
        Signature::default()
    }

    /// Adds a parameter (builder style).
    pub fn param(mut self, param: ParamSpec) -> Self {
        self.params.push(param);
        self
    }

    /// Adds several parameters (builder style).
    pub fn params(mut self, params: impl IntoIterator<Item = ParamSpec>) -> Self {
        self.params.extend(params);
        self
    }

    /// Finds a parameter by exact name or alias (case-insensitive).
    pub fn find(&self, name: &str) -> Option<&ParamSpec> {
        self.params.iter().find(|p| p.answers_to(name))
    }
}

/// One example of a command, shown by `Get-Help -Examples` and run as a test.
#[derive(Debug, Clone)]
pub struct Example {
    /// What the example shows, one sentence.
    pub description: &'static str,
    /// Script text; it may set up state with earlier statements.
    pub script: &'static str,
    /// Expected text output (as `coexist run` prints it), or `None` to only check it runs cleanly.
    pub output: Option<&'static str>,
}

/// A command as registered: its name, aliases, signature, help, examples and factory.
pub struct CmdletSpec {
    /// Canonical `Verb-Noun` name.
    pub name: &'static str,
    /// Aliases, including the real Lync Management Shell names (`Move-CsUser`).
    pub aliases: &'static [&'static str],
    /// One sentence ending in a full stop.
    pub synopsis: &'static str,
    /// Longer help text.
    pub description: &'static str,
    /// Parameters.
    pub signature: Signature,
    /// Examples (1–3).
    pub examples: Vec<Example>,
    /// Whether the command changes the model (and so takes `-WhatIf`/`-Confirm`/`-PassThru`).
    pub mutating: bool,
    /// Creates a fresh instance for one pipeline run.
    pub factory: fn() -> Box<dyn Command>,
}

impl std::fmt::Debug for CmdletSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CmdletSpec")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}
