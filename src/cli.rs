//! The command line (clap derive): commands, options and their documentation.

use crate::output::OutputFormat;
use crate::report::DiagramFormat;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Rehearse Lync Server / Skype for Business chat migrations before touching production.
#[derive(Debug, Parser)]
#[command(name = "coexist", version, about, disable_help_subcommand = true)]
pub struct Cli {
    /// What to do; without a command, a script is read from stdin.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How diagnostics are written to stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ErrorFormatArg {
    /// Graphical reports (plain when NO_COLOR is set or stderr is not a terminal).
    Human,
    /// One JSON object per line.
    Json,
}

/// Options shared by `run` and `plan`.
#[derive(Debug, Clone, clap::Args)]
pub struct RunArgs {
    /// The script to run (`-` reads stdin).
    pub script: PathBuf,
    /// Load the model from this state file (created if absent) and save it after a run that
    /// reported no error.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Run against a clone of the model: print What-if lines and the plan, write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Stop the run after this many seconds (`coexist::eval::timeout`, exit 1).
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<u64>,
    /// Count warnings as errors (exit 1).
    #[arg(long)]
    pub deny_warnings: bool,
    /// How diagnostics are written.
    #[arg(long, value_enum, default_value = "human")]
    pub error_format: ErrorFormatArg,
    /// How output objects are written.
    #[arg(long, value_enum, default_value = "text")]
    pub format: OutputFormat,
    /// Arguments bound to the script's param() block.
    #[arg(last = true)]
    pub args: Vec<String>,
}

impl RunArgs {
    /// The options of a plain `coexist run SCRIPT` with the given diagnostics format.
    pub fn with_defaults(script: PathBuf, error_format: ErrorFormatArg) -> Self {
        RunArgs {
            script,
            state: None,
            dry_run: false,
            timeout: None,
            deny_warnings: false,
            error_format,
            format: OutputFormat::Text,
            args: Vec::new(),
        }
    }
}

/// Options of `plan`: those of `run`, and the HTML report.
#[derive(Debug, Clone, clap::Args)]
pub struct PlanArgs {
    /// The options `run` takes.
    #[command(flatten)]
    pub run: RunArgs,
    /// Also write the rehearsal as one self-contained HTML file for a change board: topology
    /// before and after, moves, the plan, every diagnostic, access changes, hashes.
    #[arg(long, value_name = "FILE.html")]
    pub report: Option<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a script against the coexistence model.
    Run(RunArgs),
    /// Show what a script would change: the same as `run --dry-run`.
    Plan(PlanArgs),
    /// Parse scripts only and report every syntax error; run nothing.
    Check {
        /// Script files.
        #[arg(required = true)]
        scripts: Vec<PathBuf>,
        /// How diagnostics are written.
        #[arg(long, value_enum, default_value = "human")]
        error_format: ErrorFormatArg,
    },
    /// Start the interactive session (the default when stdin is a terminal).
    Repl {
        /// Load the model from this state file (created if absent) and save it after each
        /// successful statement that changed it.
        #[arg(long, value_name = "FILE")]
        state: Option<PathBuf>,
        /// Do not read or write the history file.
        #[arg(long)]
        no_history: bool,
    },
    /// Show the help of a cmdlet (as Get-Help), or list the cmdlets.
    Help {
        /// A cmdlet or alias (wildcards list matches); none lists every cmdlet.
        cmdlet: Option<String>,
        /// Show every section, with parameters and examples.
        #[arg(long)]
        full: bool,
        /// Show only the examples.
        #[arg(long)]
        examples: bool,
    },
    /// Serve the Language Server Protocol on stdin/stdout: diagnostics from a dry run while
    /// typing, completion, hover, signature help, definitions, code actions. Writes no file.
    Lsp,
    /// Draw the deployment of a state file: forests and sites, pools by version, chat pools
    /// under their home pools, users and rooms counted, blockers marked.
    Diagram {
        /// The state file to draw (it must exist).
        #[arg(long, value_name = "FILE")]
        state: PathBuf,
        /// The picture's format.
        #[arg(long, value_enum, default_value = "svg")]
        format: DiagramFormat,
        /// Write the picture to this file instead of stdout.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Explain the rule behind a diagnostic code.
    Explain {
        /// A code such as `coexist::model::home_pool_version` or just `home_pool_version`.
        code: String,
    },
}
