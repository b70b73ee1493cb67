//! The real Lync surface coexist accepts without modelling (surface.md §1): real cmdlets
//! outside the model and parameters that have no effect in a rehearsal. Each is reported as a
//! warning once per run for each cmdlet (and parameter), so a long script is not flooded.

use crate::cmdlets::command::{Bound, Warning};
use crate::cmdlets::spec::{CmdletSpec, ParamClass};
use crate::eval::interp::Exec;
use crate::model::ModelWarning;
use crate::span::Span;

impl Exec<'_> {
    /// True the first time `key` is seen in this interpreter's life (a batch run, or a REPL
    /// session).
    fn first_notice(&mut self, key: String) -> bool {
        self.interp.notices.insert(key)
    }

    /// `coexist::model::not_modelled_cmdlet` for the real cmdlet `name` (as the reference
    /// spells it), once per run; the statement is skipped by the caller.
    pub(crate) fn skip_not_modelled_cmdlet(&mut self, name: &'static str, span: Span) {
        if self.first_notice(format!("cmdlet {}", name.to_ascii_lowercase())) {
            let warning = ModelWarning::NotModelledCmdlet {
                cmdlet: name.to_string(),
            };
            self.emit_warning(&Warning::Model { warning, span });
        }
    }

    /// `coexist::model::not_modelled_parameter` for each noted parameter bound in `bound`,
    /// once per run for each cmdlet and parameter, on the parameter's argument.
    pub(crate) fn note_unmodelled_parameters(&mut self, spec: &CmdletSpec, bound: &Bound) {
        let cmdlet = real_name(spec);
        for param in spec
            .signature
            .params
            .iter()
            .filter(|p| p.class == ParamClass::Noted)
        {
            let Some(arg) = bound.arg(&param.name) else {
                continue;
            };
            let key = format!("parameter {cmdlet} {}", param.name).to_ascii_lowercase();
            if self.first_notice(key) {
                let warning = ModelWarning::NotModelledParameter {
                    cmdlet: cmdlet.to_string(),
                    parameter: param.name.clone(),
                };
                self.emit_warning(&Warning::Model {
                    warning,
                    span: arg.span,
                });
            }
        }
    }
}

/// The name an admin knows the cmdlet by: its real Lync alias when it has one.
fn real_name(spec: &CmdletSpec) -> &'static str {
    spec.aliases
        .iter()
        .copied()
        .find(|a| crate::cmdlets::real::real_cmdlet(a).is_some())
        .unwrap_or(spec.name)
}
