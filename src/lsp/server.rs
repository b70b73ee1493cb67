//! The server loop: the protocol's life cycle (initialize, shutdown, exit), open documents,
//! the debounced dry runs and the dispatch of requests to the feature modules.
//!
//! Everything runs on the thread that calls [`serve`] (the interpreter's values are not
//! `Send`); only reading frames happens on a thread of its own. A request about a document
//! whose dry run is still pending runs it first, so answers reflect the latest text.

use super::actions::code_actions;
use super::completion::completion;
use super::diagnostics::{to_lsp, RulesDoc};
use super::document::{Document, Parsed, SOURCE};
use super::hover::hover;
use super::navigate::{definition, symbols};
use super::signature::signature_help;
use super::transport::{error_response, to_json, write_frame, Incoming};
use super::workspace::{file_path, Workspace};
use crate::assist::names::Names;
use crate::diag::{Diag, Severity};
use crate::model::Model;
use crate::session::rehearsal::Rehearsal;
use lsp_server::{ErrorCode, Message, Notification, Request, Response, ResponseError};
use lsp_types::notification::{self as notify, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    InitializeParams, InitializeResult, OneOf, PositionEncodingKind, PublishDiagnosticsParams,
    ServerCapabilities, ServerInfo, SignatureHelpOptions, TextDocumentSyncCapability,
    TextDocumentSyncKind, Uri,
};
use std::collections::HashMap;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How long after the last change a document's dry run starts.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// Code of a dry run that failed inside coexist (a bug: the document is analysed afresh
/// after its next change).
pub const INTERNAL_ERROR: &str = "coexist::lsp::internal_error";

/// Where the client is in the protocol's life cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before `initialize`.
    Starting,
    /// Between `initialize` and `shutdown`.
    Running,
    /// After `shutdown`: only `exit` is expected.
    ShutDown,
}

/// The server's state.
struct Server<'a> {
    output: &'a mut dyn Write,
    phase: Phase,
    workspace: Workspace,
    rules: RulesDoc,
    documents: HashMap<Uri, Document>,
}

/// Serves the client whose frames arrive on `incoming`, writing to `output`, until `exit`
/// (or the end of the input). Returns the process exit code: 0 after `shutdown` then
/// `exit`, 1 otherwise.
pub fn serve(incoming: &Receiver<Incoming>, output: &mut dyn Write) -> i32 {
    let mut server = Server {
        output,
        phase: Phase::Starting,
        workspace: Workspace::default(),
        rules: RulesDoc::default(),
        documents: HashMap::new(),
    };
    loop {
        let wait = server.next_due().map_or(Duration::from_secs(3600), |due| {
            due.saturating_duration_since(Instant::now())
        });
        match incoming.recv_timeout(wait) {
            Ok(Incoming::Message(message)) => {
                if let Some(code) = server.handle(message) {
                    return code;
                }
            }
            Ok(Incoming::Malformed { id, code, message }) => {
                eprintln!("coexist lsp: {message}");
                server.write(&error_response(id, code, &message));
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return 1,
        }
        server.rehearse_due();
    }
}

impl Server<'_> {
    fn write(&mut self, body: &serde_json::Value) {
        if let Err(e) = write_frame(self.output, body) {
            eprintln!("coexist lsp: cannot write to the client: {e}");
        }
    }

    fn send(&mut self, message: Message) {
        self.write(&to_json(&message));
    }

    fn notify<N: lsp_types::notification::Notification>(&mut self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params).into());
    }

    /// Handles one message; `Some(code)` when the server must exit.
    fn handle(&mut self, message: Message) -> Option<i32> {
        match message {
            Message::Request(request) => {
                let id = request.id.clone();
                let result = match self.phase {
                    Phase::Starting if request.method != req::Initialize::METHOD => Err(error(
                        ErrorCode::ServerNotInitialized,
                        "initialize was not sent yet",
                    )),
                    Phase::ShutDown => Err(error(
                        ErrorCode::InvalidRequest,
                        "the server is shut down: only exit is accepted",
                    )),
                    _ => catch_unwind(AssertUnwindSafe(|| self.request(request))).unwrap_or_else(
                        |_| {
                            Err(error(
                                ErrorCode::InternalError,
                                "coexist failed on this request",
                            ))
                        },
                    ),
                };
                let response = match result {
                    Ok(value) => Response::new_ok(id, value),
                    Err(e) => Response {
                        id,
                        response_result: Err(e),
                    },
                };
                self.send(response.into());
                None
            }
            Message::Notification(n) if n.method == notify::Exit::METHOD => {
                Some(if self.phase == Phase::ShutDown { 0 } else { 1 })
            }
            Message::Notification(n) if self.phase == Phase::Running => {
                if catch_unwind(AssertUnwindSafe(|| self.notification(n))).is_err() {
                    eprintln!("coexist lsp: coexist failed on a notification");
                }
                None
            }
            // Notifications before initialize or after shutdown, and responses (the server
            // sends no requests), are dropped.
            Message::Notification(_) | Message::Response(_) => None,
        }
    }

    fn request(&mut self, request: Request) -> Result<serde_json::Value, ResponseError> {
        let Request { method, params, .. } = request;
        match method.as_str() {
            req::Initialize::METHOD => self.initialize(parse::<req::Initialize>(params)?),
            req::Shutdown::METHOD => {
                self.phase = Phase::ShutDown;
                Ok(serde_json::Value::Null)
            }
            req::Completion::METHOD => {
                let p = parse::<req::Completion>(params)?;
                let position = p.text_document_position;
                let uri = position.text_document.uri;
                let names = self.names(&uri, position.position);
                reply(self.document(&uri)?, |doc| {
                    completion(doc, position.position, &names)
                })
            }
            req::HoverRequest::METHOD => {
                let p = parse::<req::HoverRequest>(params)?;
                let at = p.text_document_position_params;
                let doc = self.document(&at.text_document.uri)?;
                let models = models(doc);
                reply(doc, |doc| hover(doc, at.position, &models))
            }
            req::SignatureHelpRequest::METHOD => {
                let p = parse::<req::SignatureHelpRequest>(params)?;
                let at = p.text_document_position_params;
                reply(self.document(&at.text_document.uri)?, |doc| {
                    signature_help(doc, at.position)
                })
            }
            req::GotoDefinition::METHOD => {
                let p = parse::<req::GotoDefinition>(params)?;
                let at = p.text_document_position_params;
                let doc = self.document(&at.text_document.uri)?;
                let models = models(doc);
                let state = doc.rehearsal.as_ref().and_then(|(s, _)| s.as_ref());
                let state = state.map(|s| s.0.as_path());
                reply(doc, |doc| definition(doc, at.position, &models, state))
            }
            req::DocumentSymbolRequest::METHOD => {
                let p = parse::<req::DocumentSymbolRequest>(params)?;
                reply(self.document(&p.text_document.uri)?, symbols)
            }
            req::CodeActionRequest::METHOD => {
                let p = parse::<req::CodeActionRequest>(params)?;
                let rules = self.rules.clone();
                reply(self.document(&p.text_document.uri)?, |doc| {
                    code_actions(doc, p.range, &rules)
                })
            }
            _ => Err(error(
                ErrorCode::MethodNotFound,
                &format!("coexist lsp does not handle {method}"),
            )),
        }
    }

    fn initialize(&mut self, params: InitializeParams) -> Result<serde_json::Value, ResponseError> {
        #[allow(deprecated)] // rootUri: the fallback of clients without workspace folders.
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .map(|f| &f.uri)
            .or(params.root_uri.as_ref())
            .and_then(file_path);
        self.rules = RulesDoc::find(root.as_deref());
        self.workspace = Workspace::new(root);
        if let Some(options) = &params.initialization_options {
            self.workspace.configure(options);
        }
        self.phase = Phase::Running;
        let result = InitializeResult {
            capabilities: capabilities(),
            server_info: Some(ServerInfo {
                name: "coexist".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        };
        serde_json::to_value(result).map_err(|e| error(ErrorCode::InternalError, &e.to_string()))
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            notify::DidOpenTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidOpenTextDocumentParams>(n) {
                    let item = p.text_document;
                    let doc = Document::new(item.uri.clone(), item.version, item.text);
                    self.documents.insert(item.uri.clone(), doc);
                    self.changed(&item.uri, Instant::now());
                }
            }
            notify::DidChangeTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidChangeTextDocumentParams>(n) {
                    let uri = p.text_document.uri;
                    if let Some(doc) = self.documents.get_mut(&uri) {
                        doc.apply(p.text_document.version, p.content_changes);
                        self.changed(&uri, Instant::now() + DEBOUNCE);
                    }
                }
            }
            notify::DidCloseTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidCloseTextDocumentParams>(n) {
                    let uri = p.text_document.uri;
                    self.documents.remove(&uri);
                    self.notify::<notify::PublishDiagnostics>(PublishDiagnosticsParams {
                        uri,
                        diagnostics: Vec::new(),
                        version: None,
                    });
                    let in_use: Vec<_> = self
                        .documents
                        .values()
                        .filter_map(|d| d.rehearsal.as_ref().and_then(|(s, _)| s.as_ref()))
                        .collect();
                    self.workspace.retain(&in_use);
                }
            }
            notify::DidChangeConfiguration::METHOD => {
                if let Some(p) = params::<lsp_types::DidChangeConfigurationParams>(n) {
                    if self.workspace.configure(&p.settings) {
                        self.rehearse_all_soon();
                    }
                }
            }
            notify::DidChangeWatchedFiles::METHOD | notify::DidSaveTextDocument::METHOD => {
                self.rehearse_all_soon();
            }
            notify::Initialized::METHOD | notify::Cancel::METHOD | notify::SetTrace::METHOD => {}
            other if other.starts_with("$/") => {}
            other => eprintln!("coexist lsp: ignoring the notification {other}"),
        }
    }

    /// After a document's text changed: syntax problems are published at once, a dry run is
    /// due at `due` when the text parses.
    fn changed(&mut self, uri: &Uri, due: Instant) {
        let Some(doc) = self.documents.get_mut(uri) else {
            return;
        };
        match &doc.parsed {
            Parsed::Rejected(diags) => {
                doc.diagnostics = diags.clone();
                doc.due = None;
                self.publish(uri);
            }
            Parsed::Script(_) => doc.due = Some(due),
        }
    }

    /// Makes every open document's dry run due now (the deployment may have changed).
    fn rehearse_all_soon(&mut self) {
        let now = Instant::now();
        for doc in self.documents.values_mut() {
            if doc.script().is_some() {
                doc.due = Some(now);
            }
        }
    }

    fn next_due(&self) -> Option<Instant> {
        self.documents.values().filter_map(|d| d.due).min()
    }

    /// Runs the dry runs that are due.
    fn rehearse_due(&mut self) {
        let now = Instant::now();
        let due: Vec<Uri> = self
            .documents
            .iter()
            .filter(|(_, d)| d.due.is_some_and(|t| t <= now))
            .map(|(uri, _)| uri.clone())
            .collect();
        for uri in due {
            self.rehearse(&uri);
        }
    }

    /// Runs a document's dry run now (against its deployment, reloaded if its state file
    /// changed) and publishes the diagnostics.
    fn rehearse(&mut self, uri: &Uri) {
        let mut deployment = self.workspace.deployment(uri);
        let Some(doc) = self.documents.get_mut(uri) else {
            return;
        };
        doc.due = None;
        if doc.script().is_none() {
            return;
        }
        let current = doc
            .rehearsal
            .as_ref()
            .is_some_and(|(stamp, _)| *stamp == deployment.stamp);
        if !current {
            let model = self.workspace.model(&mut deployment);
            doc.rehearsal = Some((deployment.stamp.clone(), Rehearsal::new(model, SOURCE)));
        }
        let ran = catch_unwind(AssertUnwindSafe(|| doc.rehearse()));
        let mut diagnostics = deployment.problems;
        match ran {
            Ok(_) => {
                if let Some((_, rehearsal)) = &doc.rehearsal {
                    diagnostics.extend(rehearsal.diagnostics().cloned());
                }
            }
            Err(_) => {
                doc.rehearsal = None;
                diagnostics.push(Diag::new(
                    INTERNAL_ERROR,
                    Severity::Error,
                    "coexist failed while rehearsing this document; it tries again after the next change",
                ));
            }
        }
        doc.diagnostics = diagnostics;
        self.publish(uri);
    }

    fn publish(&mut self, uri: &Uri) {
        let Some(doc) = self.documents.get(uri) else {
            return;
        };
        let diagnostics = doc
            .diagnostics
            .iter()
            .map(|d| to_lsp(d, doc, &self.rules))
            .collect();
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version: Some(doc.version),
        };
        self.notify::<notify::PublishDiagnostics>(params);
    }

    /// The open document `uri`, its pending dry run done first.
    fn document(&mut self, uri: &Uri) -> Result<&Document, ResponseError> {
        if self.documents.get(uri).is_some_and(|d| d.due.is_some()) {
            self.rehearse(uri);
        }
        self.documents.get(uri).ok_or_else(|| {
            error(
                ErrorCode::InvalidParams,
                &format!("{} is not open", uri.as_str()),
            )
        })
    }

    /// The names completion offers at `position` of `uri`: the deployment's objects as the
    /// dry run left them and as they stood before the cursor's statement, the variables and
    /// functions the run defined.
    fn names(&mut self, uri: &Uri, position: lsp_types::Position) -> Names {
        let Ok(doc) = self.document(uri) else {
            return Names::default();
        };
        match &doc.rehearsal {
            Some((_, rehearsal)) => {
                let offset = doc.offset(position);
                let mut names = Names::from_model(
                    rehearsal.model(),
                    rehearsal.variable_names(),
                    rehearsal.function_names(),
                );
                names.merge(Names::from_model(
                    rehearsal.model_before(offset),
                    Vec::new(),
                    Vec::new(),
                ));
                names
            }
            None => {
                let mut deployment = self.workspace.deployment(uri);
                let model = self.workspace.model(&mut deployment);
                Names::from_model(&model, Vec::new(), Vec::new())
            }
        }
    }
}

/// The params of a notification; a notification with invalid params is logged and dropped
/// (the protocol gives no way to answer it).
fn params<P: serde::de::DeserializeOwned>(n: Notification) -> Option<P> {
    match serde_json::from_value(n.params) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("coexist lsp: invalid params for {}: {e}", n.method);
            None
        }
    }
}

/// The models a document's dry run went through, latest first (none before its first run).
fn models(doc: &Document) -> Vec<&Model> {
    doc.rehearsal
        .as_ref()
        .map(|(_, r)| r.models().collect())
        .unwrap_or_default()
}

/// What the server can do.
fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(
            TextDocumentSyncKind::INCREMENTAL,
        )),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["-".into(), "$".into()]),
            ..CompletionOptions::default()
        }),
        hover_provider: Some(lsp_types::HoverProviderCapability::Simple(true)),
        signature_help_provider: Some(SignatureHelpOptions {
            trigger_characters: Some(vec![" ".into(), "-".into()]),
            retrigger_characters: None,
            work_done_progress_options: Default::default(),
        }),
        definition_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::REFACTOR_REWRITE,
            ]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    }
}

/// The params of request `R`, or `InvalidParams`.
fn parse<R: lsp_types::request::Request>(
    params: serde_json::Value,
) -> Result<R::Params, ResponseError> {
    serde_json::from_value(params).map_err(|e| {
        error(
            ErrorCode::InvalidParams,
            &format!("invalid params for {}: {e}", R::METHOD),
        )
    })
}

/// `f(document)` as a response value.
fn reply<T: serde::Serialize>(
    document: &Document,
    f: impl FnOnce(&Document) -> T,
) -> Result<serde_json::Value, ResponseError> {
    serde_json::to_value(f(document)).map_err(|e| error(ErrorCode::InternalError, &e.to_string()))
}

fn error(code: ErrorCode, message: &str) -> ResponseError {
    ResponseError {
        code: code as i32,
        message: message.to_string(),
        data: None,
    }
}
