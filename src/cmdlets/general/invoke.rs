//! Invoke-Expression: runs script text in the caller's scope, through the same interpreter,
//! commands and file gate as the script itself, so it can do nothing the script could not.
//! Text coexist cannot parse is `coexist::eval::unsupported`.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![invoke_expression()]
}

fn invoke_expression() -> CmdletSpec {
    CmdletSpec {
        name: "Invoke-Expression",
        aliases: &["iex"],
        synopsis: "Runs a string as script text, in the current scope.",
        description: "Parses the text and runs it as if it were written in its place: its \
            variables and functions stay defined afterwards, its output goes down the pipeline, \
            and it follows the same rules (contained files, no programs started). Text that \
            does not parse is coexist::eval::unsupported.",
        signature: Signature::new().param(
            ParamSpec::new("Command", ParamKind::String, "The script text to run.")
                .position(0)
                .mandatory()
                .from_pipeline(),
        ),
        examples: vec![Example {
            description: "A command line built from a template.",
            script: "$pool = 'lync2013.contoso.com'\n\
                     Invoke-Expression \"`$target = '$pool'\"\n$target",
            output: Some("lync2013.contoso.com\n"),
        }],
        mutating: false,
        factory: || Box::new(InvokeExpression),
    }
}

/// Invoke-Expression.
struct InvokeExpression;

impl Command for InvokeExpression {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let text = args.string("Command").unwrap_or_default();
        out.extend(host.invoke_expression(&text, args.span_of("Command"))?);
        Ok(())
    }
}
