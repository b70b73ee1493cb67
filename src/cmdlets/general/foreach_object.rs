//! ForEach-Object: runs a script block for each input object, or reads one member of it.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::general::property::property;
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;
use std::sync::Arc;

/// ForEach-Object's spec.
pub fn spec() -> CmdletSpec {
    let signature = Signature {
        params: vec![
            ParamSpec::new(
                "Process",
                ParamKind::ScriptBlock,
                "The block to run for each input object, with $_ set to it.",
            )
            .position(0)
            .mandatory()
            .sets(&["ScriptBlock"]),
            ParamSpec::new(
                "Begin",
                ParamKind::ScriptBlock,
                "A block to run once before the first input object.",
            )
            .sets(&["ScriptBlock"]),
            ParamSpec::new(
                "End",
                ParamKind::ScriptBlock,
                "A block to run once after the last input object.",
            )
            .sets(&["ScriptBlock"]),
            ParamSpec::new(
                "MemberName",
                ParamKind::String,
                "The property to output from each input object.",
            )
            .position(0)
            .mandatory()
            .sets(&["Member"]),
            ParamSpec::new("InputObject", ParamKind::Any, "The objects to process.")
                .from_pipeline(),
        ],
        default_set: Some("ScriptBlock".into()),
    };
    CmdletSpec {
        name: "ForEach-Object",
        aliases: &["%", "foreach"],
        synopsis: "Runs a script block for each pipeline object.",
        description: "`ForEach-Object { … }` runs the block with $_ set to each input object \
            and outputs what it outputs; -Begin and -End blocks run once before and after. \
            `ForEach-Object Name` outputs each object's Name property (properties only: \
            methods are not called this way).",
        signature,
        examples: vec![
            Example {
                description: "Double each number.",
                script: "1, 2, 3 | ForEach-Object { $_ * 2 }",
                output: Some("2\n4\n6\n"),
            },
            Example {
                description: "Begin and End blocks run once.",
                script: "1, 2 | % -Begin { 'start' } -Process { $_ } -End { 'done' }",
                output: Some("start\n1\n2\ndone\n"),
            },
            Example {
                description: "Read one property of each object.",
                script: "'ab', 'abc' | ForEach-Object Length",
                output: Some("2\n3\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(ForEachObject::default()),
    }
}

/// ForEach-Object.
#[derive(Default)]
struct ForEachObject {
    /// Whether the `-Begin` block has run.
    begun: bool,
    /// The `-End` block, kept from the arguments for [`Command::end`].
    end: Option<Arc<crate::syntax::ast::ScriptBlock>>,
}

impl ForEachObject {
    /// Runs `-Begin` once: from [`Command::begin`], or before the first input if the
    /// interpreter did not call it.
    fn begin(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        if self.begun {
            return Ok(());
        }
        self.begun = true;
        if let Some(Value::ScriptBlock(end)) = args.get("End") {
            self.end = Some(end.clone());
        }
        if let Some(Value::ScriptBlock(begin)) = args.get("Begin") {
            out.extend(host.invoke_block(begin, &Value::Null)?);
        }
        Ok(())
    }
}

impl Command for ForEachObject {
    fn begin(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        ForEachObject::begin(self, host, args, out)
    }

    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        self.begin(host, args, out)?;
        let input = args.get("InputObject").cloned().unwrap_or_default();
        match (args.get("Process"), args.string("MemberName")) {
            (Some(Value::ScriptBlock(block)), _) => out.extend(host.invoke_block(block, &input)?),
            (_, Some(member)) => {
                if let Some(value) = property(&input, &member) {
                    out.extend(value.enumerate());
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, host: &mut dyn Host, out: &mut Vec<Value>) -> Result<(), CommandError> {
        if let Some(end) = self.end.take() {
            out.extend(host.invoke_block(&end, &Value::Null)?);
        }
        Ok(())
    }
}
