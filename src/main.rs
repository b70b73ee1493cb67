//! The `coexist` binary: parses the command line and drives a [`Session`].

use clap::Parser;
use coexist::cli::{Cli, Command, ErrorFormatArg, RunArgs};
use coexist::diag::{Diag, ErrorFormat, Severity};
use coexist::input::{self, ReadError, TextError};
use coexist::model::Model;
use coexist::output::OutputFormat;
use coexist::plan;
use coexist::report::DiagramFormat;
use coexist::session::{Outcome, Session, Settings, EXIT_INTERRUPTED};
use coexist::span::{SourceMap, Span};
use coexist::state::{self, StateError};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

/// Exit code: the script reported an error.
const EXIT_ERROR: u8 = 1;
/// Exit code: usage or syntax error, nothing executed.
const EXIT_USAGE: u8 = 2;
/// Exit code: the state file is unreadable, invalid, newer or locked.
const EXIT_STATE: u8 = 3;

/// Stack size of the thread that parses and evaluates (deep but bounded recursion).
const STACK_SIZE: usize = 256 * 1024 * 1024;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || dispatch(cli))
        .expect("spawning the interpreter thread");
    worker.join().unwrap_or(ExitCode::from(EXIT_ERROR))
}

fn dispatch(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Run(args)) => run(&args, args.dry_run, None),
        Some(Command::Plan(args)) => run(&args.run, true, args.report.as_deref()),
        Some(Command::Check {
            scripts,
            error_format,
        }) => check(&scripts, error_format),
        Some(Command::Explain { code }) => explain(&code),
        Some(Command::Lsp) => ExitCode::from(coexist::lsp::run().clamp(0, 255) as u8),
        Some(Command::Diagram {
            state,
            format,
            output,
        }) => diagram(&state, format, output.as_deref()),
        Some(Command::Repl {
            state,
            no_history,
            timeout,
        }) => repl(state, no_history, timeout),
        Some(Command::Help {
            cmdlet,
            full,
            examples,
        }) => help(cmdlet.as_deref(), full, examples),
        None if std::io::stdin().is_terminal() => repl(None, false, None),
        None => run(
            &RunArgs::with_defaults("-".into(), ErrorFormatArg::Human),
            false,
            None,
        ),
    }
}

fn error_format(arg: ErrorFormatArg) -> ErrorFormat {
    match arg {
        ErrorFormatArg::Json => ErrorFormat::Json,
        ErrorFormatArg::Human => ErrorFormat::Human {
            color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            width: terminal_width(),
        },
    }
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 20)
        .unwrap_or(120)
}

/// Reads a script file (or stdin for `-`), reporting a coded diagnostic when it cannot.
fn read_script(path: &Path, session: &mut Session) -> Option<String> {
    let bytes = if path.as_os_str() == "-" {
        input::read_from(std::io::stdin(), input::MAX_SCRIPT_BYTES)
    } else {
        input::read_file(path, input::MAX_SCRIPT_BYTES)
    };
    let name = path.display();
    let diag = match bytes.map(input::script_text) {
        Ok(Ok(text)) => return Some(text),
        Err(ReadError::Io(e)) => Diag::new(
            "coexist::syntax::unreadable_file",
            Severity::Error,
            format!("cannot read {name}: {e}"),
        ),
        Err(e @ ReadError::TooLarge { .. }) => Diag::new(
            "coexist::syntax::too_large",
            Severity::Error,
            format!("{name} is too large to run: {e}"),
        )
        .with_help(Some(
            "split the script into several runs over the same --state file".into(),
        )),
        Ok(Err(TextError::InvalidUtf8 { offset })) => Diag::new(
            "coexist::syntax::invalid_utf8",
            Severity::Error,
            format!("{name} is not UTF-8 text (invalid byte at offset {offset})"),
        )
        .with_help(Some("save the script as UTF-8 (with or without BOM)".into())),
        Ok(Err(TextError::InvalidUtf16)) => Diag::new(
            "coexist::syntax::invalid_utf8",
            Severity::Error,
            format!("{name} starts with a UTF-16 byte order mark but is not UTF-16 text"),
        )
        .with_help(Some("save the script as UTF-8 (with or without BOM)".into())),
        Ok(Err(TextError::NulCharacter { offset, line })) => Diag::new(
            "coexist::syntax::nul_character",
            Severity::Error,
            format!("{name} contains a NUL character (line {line}, offset {offset}): it is not a script"),
        )
        .with_help(Some(
            "a binary file, or UTF-16 text without a byte order mark: save the script as UTF-8"
                .into(),
        )),
    };
    session.report(&diag);
    None
}

fn new_session(model: Model, args: &RunArgs, dry_run: bool) -> Session {
    let settings = Settings {
        error_format: error_format(args.error_format),
        output_format: args.format,
        width: terminal_width(),
        dry_run,
        timeout: args.timeout.map(std::time::Duration::from_secs),
    };
    Session::new(
        model,
        settings,
        Box::new(std::io::stdout()),
        Box::new(std::io::stderr()),
    )
}

/// Reports a state-file problem (exit 3), pointing into the file for JSON errors.
fn state_failure(error: &StateError, format: ErrorFormatArg) -> ExitCode {
    let mut sources = SourceMap::default();
    let mut diag = Diag::new(error.code(), Severity::Error, error.to_string())
        .with_help(Some(error.help().to_string()));
    if let StateError::Invalid {
        path,
        text: Some(text),
        position: Some((line, column)),
        ..
    } = error
    {
        let offset = offset_of(text, *line, *column);
        let id = sources.add(path.display().to_string(), text.as_str());
        diag = diag.with_primary(Span::new(id, offset, offset), "here");
    }
    eprint!("{}", error_format(format).render(&diag, &sources));
    ExitCode::from(EXIT_STATE)
}

/// The byte offset of a 1-based line and column (serde_json counts columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// `run`, `plan` (`dry_run`) and `plan --report` (`report`: the HTML file to write).
fn run(args: &RunArgs, dry_run: bool, report: Option<&Path>) -> ExitCode {
    // A dry run takes no lock and never writes; a real run holds the lock until it has saved.
    let _lock = match (&args.state, dry_run) {
        (Some(path), false) => match state::lock(path) {
            Ok(lock) => Some(lock),
            Err(e) => return state_failure(&e, args.error_format),
        },
        _ => None,
    };
    let model = match &args.state {
        Some(path) => match state::load(path) {
            Ok(model) => model,
            Err(e) => return state_failure(&e, args.error_format),
        },
        None => Model::default(),
    };
    let before = dry_run.then(|| model.clone());
    let mut session = new_session(model, args, dry_run);
    contain_files(&mut session, args);
    session.set_progress_bars(std::io::stderr().is_terminal());
    // Without a console (some CI runners) there is no Ctrl-C to catch: run on regardless.
    let _ = session.stop_on_ctrl_c(true);
    let interrupt = session.interrupt_flag();
    if report.is_some() {
        session.record_diagnostics();
    }
    let Some(text) = read_script(&args.script, &mut session) else {
        return ExitCode::from(EXIT_USAGE);
    };
    let name = script_name(&args.script);
    let outcome = session.run_script(&name, &text, &args.args);
    if outcome.interrupted || interrupt.load(std::sync::atomic::Ordering::SeqCst) {
        // Ctrl-C, even after the last statement: no plan of a half run, and nothing saved.
        if !outcome.interrupted {
            session.report(&Diag::new(
                "coexist::eval::interrupted",
                Severity::Error,
                "The run was stopped by Ctrl-C after its last statement; nothing was saved.",
            ));
        }
        session.summarize(&name, &outcome);
        return ExitCode::from(EXIT_INTERRUPTED as u8);
    }
    if let (Some(before), false) = (&before, outcome.syntax_failed) {
        let items = coexist::model::diff::diff(before, session.model());
        let plan = match args.format {
            OutputFormat::Text => plan::render_text(&items),
            OutputFormat::Json => plan::render_json(&items),
        };
        session.print(&plan);
    }
    session.summarize(&name, &outcome);
    let code = exit_code(&outcome, args.deny_warnings);
    if let (Some(path), Some(before)) = (report, &before) {
        if let Err(e) = write_report(path, args, &name, &text, before, &session, &outcome) {
            return output_failure(&e, "report", args.error_format);
        }
    }
    let reported_error =
        outcome.syntax_failed || outcome.errors > 0 || (args.deny_warnings && outcome.warnings > 0);
    if let (Some(path), false, false) = (&args.state, dry_run, reported_error) {
        if let Err(e) = state::save(path, session.model()) {
            return state_failure(&e, args.error_format);
        }
    }
    code
}

/// The folders and files the script may touch besides the working folder (language.md):
/// the script's folder, the state file and every script argument that is not a parameter
/// name (`coexist run s.ps1 -- -Path /data/users.csv` names `/data/users.csv`).
fn contain_files(session: &mut Session, args: &RunArgs) {
    if args.script.as_os_str() != "-" {
        session.set_script_path(&args.script);
    }
    if let Some(state) = &args.state {
        session.allow_path(state);
    }
    for word in args.args.iter().filter(|w| !w.starts_with('-')) {
        session.allow_path(Path::new(word));
    }
}

/// `plan --report FILE`: the rehearsal as one HTML file (the state file is never written).
fn write_report(
    path: &Path,
    args: &RunArgs,
    script_name: &str,
    script_text: &str,
    before: &Model,
    session: &Session,
    outcome: &Outcome,
) -> Result<(), StateError> {
    let state = args
        .state
        .as_deref()
        .map(|p| coexist::report::html::StateInput {
            path: p.display().to_string(),
            bytes: std::fs::read(p).ok(),
        });
    let rehearsal = coexist::report::html::Rehearsal {
        script_name,
        script_text,
        state,
        before,
        after: session.model(),
        diagnostics: session.recorded(),
        sources: session.sources(),
        errors: outcome.errors,
        warnings: outcome.warnings,
        syntax_failed: outcome.syntax_failed,
        exit_code: exit_code_number(outcome, args.deny_warnings),
        generated_at: coexist::report::html::timestamp(report_time()),
    };
    let page = coexist::report::html::render(&rehearsal).map_err(|e| StateError::WriteFailed {
        path: path.to_path_buf(),
        reason: format!("the page could not be rendered: {e}"),
    })?;
    coexist::report::write_file(path, &page)
}

/// Seconds since 1970 for the report's time: `SOURCE_DATE_EPOCH` when set (reproducible
/// reports, as reproducible builds use it), else the clock.
fn report_time() -> i64 {
    coexist::cmdlets::general::clock::unix_now().0
}

/// `coexist diagram`: draws the state file's deployment to stdout or `output`.
fn diagram(state_file: &Path, format: DiagramFormat, output: Option<&Path>) -> ExitCode {
    let model = match state::read_text(state_file).and_then(|t| state::parse(state_file, &t)) {
        Ok(model) => model,
        Err(e) => return state_failure(&e, ErrorFormatArg::Human),
    };
    let picture = format.render(&model);
    match output {
        None => {
            print!("{picture}");
            ExitCode::SUCCESS
        }
        Some(path) => match coexist::report::write_file(path, &picture) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => output_failure(&e, "diagram", ErrorFormatArg::Human),
        },
    }
}

/// Reports that an output file (`what`: diagram, report) could not be written: exit 1.
fn output_failure(error: &StateError, what: &str, format: ErrorFormatArg) -> ExitCode {
    let message = match error {
        StateError::WriteFailed { path, reason } => {
            format!("cannot write the {what} {}: {reason}", path.display())
        }
        other => other.to_string(),
    };
    let diag =
        Diag::new(error.code(), Severity::Error, message).with_help(Some(error.help().to_string()));
    eprint!(
        "{}",
        error_format(format).render(&diag, &SourceMap::default())
    );
    ExitCode::from(EXIT_ERROR)
}

fn script_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

/// The exit code of a finished run (cli.md "Exit codes").
fn exit_code(outcome: &Outcome, deny_warnings: bool) -> ExitCode {
    ExitCode::from(exit_code_number(outcome, deny_warnings))
}

/// [`exit_code`] as a number (the report shows it).
fn exit_code_number(outcome: &Outcome, deny_warnings: bool) -> u8 {
    if outcome.syntax_failed {
        return EXIT_USAGE;
    }
    if let Some(code) = outcome.exit_code {
        return code.clamp(0, 255) as u8;
    }
    if outcome.errors > 0 || (deny_warnings && outcome.warnings > 0) {
        return EXIT_ERROR;
    }
    0
}

fn check(scripts: &[std::path::PathBuf], format: ErrorFormatArg) -> ExitCode {
    let args = RunArgs::with_defaults("-".into(), format);
    let mut session = new_session(Model::default(), &args, false);
    let mut failed = false;
    for path in scripts {
        match read_script(path, &mut session) {
            None => failed = true,
            Some(text) => failed |= !session.check_source(&script_name(path), &text),
        }
    }
    if failed {
        ExitCode::from(EXIT_USAGE)
    } else {
        ExitCode::SUCCESS
    }
}

/// `coexist repl`: takes the state file's lock for the whole session, loads it, runs the REPL.
fn repl(
    state_file: Option<std::path::PathBuf>,
    no_history: bool,
    timeout: Option<u64>,
) -> ExitCode {
    let _lock = match &state_file {
        Some(path) => match state::lock(path) {
            Ok(lock) => Some(lock),
            Err(e) => return state_failure(&e, ErrorFormatArg::Human),
        },
        None => None,
    };
    let model = match &state_file {
        Some(path) => match state::load(path) {
            Ok(model) => model,
            Err(e) => return state_failure(&e, ErrorFormatArg::Human),
        },
        None => Model::default(),
    };
    let options = coexist::repl::ReplOptions {
        state: state_file,
        no_history,
        timeout: timeout.map(std::time::Duration::from_secs),
        error_format: error_format(ErrorFormatArg::Human),
        width: terminal_width(),
        color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let code = coexist::repl::run(model, &options);
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// `coexist help [CMDLET]`: the same text as Get-Help.
fn help(cmdlet: Option<&str>, full: bool, examples: bool) -> ExitCode {
    match coexist::cmdlets::general::help::command_line_help(cmdlet, full, examples) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn explain(code: &str) -> ExitCode {
    match coexist::explain::explain(code) {
        Some(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: no rule has the code `{code}`; `coexist explain` knows the codes listed in docs/rules.md");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
