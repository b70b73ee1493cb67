//! `coexist lsp` driven over stdio with JSON-RPC, as an editor would: the life cycle,
//! diagnostics of the dry run while typing, completion, hover, definition, bad input, and the
//! promise to write no file.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

/// Longest wait for one message before the test fails (a hang guard, not a speed check).
const PATIENCE: Duration = Duration::from_secs(60);

/// A client talking to one `coexist lsp` process.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
}

impl Client {
    /// Starts the server in `dir` and initializes it with `dir` as the workspace root.
    fn start(dir: &Path, options: Value) -> Client {
        let mut client = Client::spawn(dir);
        let root = uri(dir);
        let result = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root,
                "capabilities": {},
                "initializationOptions": options,
            }),
        );
        assert_eq!(result["result"]["serverInfo"]["name"], "coexist");
        client.notify("initialized", json!({}));
        client
    }

    /// Starts the server without initializing it.
    fn spawn(dir: &Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_coexist"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("coexist lsp starts");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, messages) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_frame(&mut reader) {
                if sender.send(message).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            messages,
            next_id: 1,
        }
    }

    fn raw(&mut self, body: &[u8]) {
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        self.stdin.write_all(header.as_bytes()).expect("write");
        self.stdin.write_all(body).expect("write");
        self.stdin.flush().expect("flush");
    }

    fn send(&mut self, message: Value) {
        self.raw(message.to_string().as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(|m| m["id"] == id && m.get("method").is_none())
    }

    /// The next message that satisfies `wanted` (others are dropped).
    fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self
                .messages
                .recv_timeout(PATIENCE)
                .expect("the server answers");
            if wanted(&message) {
                return message;
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "powershell", "version": 1, "text": text}}),
        );
    }

    /// Ends the session politely and returns the exit code.
    fn shut_down(mut self) -> i32 {
        let response = self.request("shutdown", Value::Null);
        assert!(response["result"].is_null() && response.get("error").is_none());
        self.notify("exit", Value::Null);
        self.exit_code()
    }

    fn exit_code(mut self) -> i32 {
        drop(self.stdin);
        self.child
            .wait()
            .expect("exits")
            .code()
            .expect("an exit code")
    }
}

fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn uri(path: &Path) -> String {
    let path = path.canonicalize().expect("an existing path");
    format!("file://{}", path.display()).replace(' ', "%20")
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn position(line: u64, character: u64) -> Value {
    json!({"line": line, "character": character})
}

/// A workspace whose `coexist.toml` names a state file with a site and a pool.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("setup.ps1"),
        "New-Site -Identity Redmond\nNew-Pool -Fqdn statepool.contoso.com -Version Lync2013 -Site Redmond\n",
    )
    .expect("write");
    let status = Command::new(env!("CARGO_BIN_EXE_coexist"))
        .args(["run", "setup.ps1", "--state", "prod.json"])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .status()
        .expect("runs");
    assert!(status.success());
    std::fs::write(dir.path().join("coexist.toml"), "state = \"prod.json\"\n").expect("write");
    dir
}

const SCRIPT: &str = "# Lync 2013 pilot\n\
New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond\n\
New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2010.contoso.com -FileStore \\\\fs\\pchat\n\
New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Redmond\n";

#[test]
fn an_editing_session_from_initialize_to_exit() {
    let dir = workspace();
    let mut client = Client::start(dir.path(), Value::Null);
    let doc = format!("{}/pilot.ps1", uri(dir.path()));
    client.open(&doc, SCRIPT);

    // A model error of the dry run: its code, the argument's range, the pool's creation as
    // related information, and the rule's help in the message.
    let diagnostics = client.diagnostics(&doc);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let d = &diagnostics[0];
    assert_eq!(d["code"], "coexist::model::home_pool_version");
    assert_eq!(d["severity"], 1);
    assert_eq!(d["range"]["start"], position(2, 47));
    assert_eq!(d["range"]["end"], position(2, 67));
    let related = d["relatedInformation"]
        .as_array()
        .expect("related information");
    assert_eq!(related[0]["location"]["uri"], doc.as_str());
    assert_eq!(related[0]["location"]["range"]["start"]["line"], 1);
    assert!(d["message"].as_str().unwrap().contains("help: "), "{d}");

    // Hover over the diagnostic's argument explains the rule.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": position(2, 50)}),
    );
    let text = hover["result"]["contents"]["value"]
        .as_str()
        .expect("hover text");
    assert!(text.contains("coexist::model::home_pool_version"), "{text}");

    // An incremental change homes the chat pool on the Lync 2013 pool: the error is gone.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": doc, "version": 2},
            "contentChanges": [{"range": {"start": position(2, 47), "end": position(2, 67)}, "text": "statepool.contoso.com"}],
        }),
    );
    assert_eq!(client.diagnostics(&doc), Vec::<Value>::new());

    // Typing on: completion of a cmdlet name, then of a pool after -Target.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": doc, "version": 3},
            "contentChanges": [{"range": {"start": position(4, 0), "end": position(4, 0)}, "text": "Move-Us"}],
        }),
    );
    let completion = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": doc}, "position": position(4, 7)}),
    );
    let found = labels(&completion);
    assert!(found.contains(&"Move-User".to_string()), "{found:?}");
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": doc, "version": 4},
            "contentChanges": [{"range": {"start": position(4, 0), "end": position(4, 7)}, "text": "Move-CsUser -Identity sip:ann@contoso.com -Target "}],
        }),
    );
    let completion = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": doc}, "position": position(4, 50)}),
    );
    let found = labels(&completion);
    for pool in [
        "lync2010.contoso.com",
        "lync2013.contoso.com",
        "statepool.contoso.com",
    ] {
        assert!(found.contains(&pool.to_string()), "{pool} in {found:?}");
    }
    assert!(
        !found.contains(&"pchat.contoso.com".to_string()),
        "a chat pool is no -Target"
    );

    // Hover on the alias Move-CsUser: the cmdlet's synopsis from its table.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": position(4, 3)}),
    );
    let text = hover["result"]["contents"]["value"]
        .as_str()
        .expect("hover text");
    assert!(
        text.starts_with("**Move-User** (alias Move-CsUser"),
        "{text}"
    );
    assert!(text.contains("Moves a user"), "{text}");

    // Definition of a pool name: the statement that created it.
    let definition = client.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": doc}, "position": position(3, 20)}),
    );
    assert_eq!(definition["result"]["uri"], doc.as_str());
    assert_eq!(definition["result"]["range"]["start"], position(3, 0));
    // …and of a pool of the state file: its entry there.
    let definition = client.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": doc}, "position": position(2, 50)}),
    );
    let target = definition["result"]["uri"].as_str().expect("a location");
    assert!(target.ends_with("/prod.json"), "{target}");

    // Bad input: not JSON, not a message, an unknown method. The server goes on.
    client.raw(b"{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ");
    let error = client.wait_for(|m| m.get("error").is_some());
    assert_eq!(error["error"]["code"], -32700);
    assert!(error["id"].is_null());
    client.send(json!({"jsonrpc": "2.0", "id": 98}));
    let error = client.wait_for(|m| m["id"] == 98);
    assert_eq!(error["error"]["code"], -32600);
    let unknown = client.request("coexist/unknownMethod", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    let bad_params = client.request("textDocument/hover", json!({"nonsense": true}));
    assert_eq!(bad_params["error"]["code"], -32602);

    assert_eq!(client.shut_down(), 0);
}

fn labels(completion: &Value) -> Vec<String> {
    completion["result"]
        .as_array()
        .expect("a completion list")
        .iter()
        .map(|i| i["label"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_life_cycle_rules() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut client = Client::spawn(dir.path());
    let early = client.request("textDocument/hover", json!({}));
    assert_eq!(early["error"]["code"], -32002, "before initialize");
    client.notify("exit", Value::Null);
    assert_eq!(client.exit_code(), 1, "exit without shutdown");

    let mut client = Client::start(dir.path(), Value::Null);
    client.request("shutdown", Value::Null);
    let late = client.request("textDocument/hover", json!({}));
    assert_eq!(late["error"]["code"], -32600, "after shutdown");
    client.notify("exit", Value::Null);
    assert_eq!(client.exit_code(), 0);

    let client = Client::start(dir.path(), Value::Null);
    assert_eq!(client.exit_code(), 1, "input closed without exit");
}

/// (code, line, column) of each diagnostic, 1-based, columns in characters.
type Place = (String, u64, u64);

#[test]
fn typical_mistakes_shows_what_the_batch_run_reports_at_the_same_places() {
    let script = repo("scripts/typical-mistakes.ps1");
    let output = Command::new(env!("CARGO_BIN_EXE_coexist"))
        .args(["run", "--error-format", "json"])
        .arg(&script)
        .output()
        .expect("runs");
    let mut batch: Vec<Place> = String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|d| d.get("code").is_some())
        .map(|d| {
            let label = &d["labels"][0];
            (
                d["code"].as_str().unwrap().to_string(),
                label["line"].as_u64().unwrap(),
                label["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(batch.len() >= 10, "{batch:?}");

    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(&script).expect("reads");
    let mut client = Client::start(dir.path(), Value::Null);
    let doc = format!("{}/typical-mistakes.ps1", uri(dir.path()));
    client.open(&doc, &text);
    let lines: Vec<&str> = text.split('\n').collect();
    let mut editor: Vec<Place> = client
        .diagnostics(&doc)
        .iter()
        .map(|d| {
            let start = &d["range"]["start"];
            let line = start["line"].as_u64().unwrap();
            let utf16 = start["character"].as_u64().unwrap() as usize;
            let column = chars_before(lines[line as usize], utf16);
            (
                d["code"].as_str().unwrap().to_string(),
                line + 1,
                column as u64 + 1,
            )
        })
        .collect();
    batch.sort();
    editor.sort();
    assert_eq!(editor, batch);
    assert_eq!(client.shut_down(), 0);
}

/// How many characters of `line` come before UTF-16 column `utf16`.
fn chars_before(line: &str, utf16: usize) -> usize {
    let mut units = 0;
    line.chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= utf16
        })
        .count()
}

#[test]
fn a_dry_run_in_the_editor_writes_no_file() {
    let dir = workspace();
    let state_before = std::fs::read(dir.path().join("prod.json")).expect("state file");
    let files_before = files(dir.path());
    let mut client = Client::start(dir.path(), Value::Null);
    let doc = format!("{}/writes.ps1", uri(dir.path()));
    client.open(
        &doc,
        "New-ChatPool -Fqdn pchat.contoso.com -HomePool statepool.contoso.com -FileStore \\\\fs\\p\n\
         New-Site -Identity Dublin\n\
         Save-Topology -Path topology.json\n\
         Export-ChatData -ChatPool pchat.contoso.com -FileName chat.json\n\
         Get-Site | Export-Csv -Path sites.csv\n\
         Get-Site | Out-File -FilePath sites.txt\n\
         Set-Content -Path notes.txt -Value x\n",
    );
    client.diagnostics(&doc);
    assert_eq!(client.shut_down(), 0);
    assert_eq!(files(dir.path()), files_before);
    assert_eq!(
        std::fs::read(dir.path().join("prod.json")).expect("state"),
        state_before
    );
}

/// The names of the files in `dir`, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn huge_or_binary_documents_get_a_diagnostic_and_the_server_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut client = Client::start(dir.path(), Value::Null);
    let base = uri(dir.path());
    let binary = format!("{base}/binary.ps1");
    client.open(&binary, "New-Site A\n\u{0}\u{1}\u{2}PK\u{3}");
    let diagnostics = client.diagnostics(&binary);
    assert_eq!(diagnostics[0]["code"], "coexist::lsp::binary_document");
    assert_eq!(diagnostics[0]["range"]["start"], position(1, 0));

    let huge = format!("{base}/huge.ps1");
    client.open(&huge, &"# padding\n".repeat(1_700_000));
    let diagnostics = client.diagnostics(&huge);
    assert_eq!(diagnostics[0]["code"], "coexist::lsp::document_too_large");

    let broken = format!("{base}/broken.ps1");
    client.open(&broken, "if ($x -eq 1) {\n  New-Site A\n");
    let diagnostics = client.diagnostics(&broken);
    assert!(diagnostics[0]["code"]
        .as_str()
        .unwrap()
        .starts_with("coexist::syntax::"));
    assert_eq!(client.shut_down(), 0);
}

#[test]
fn the_client_setting_names_the_state_file() {
    let dir = workspace();
    std::fs::remove_file(dir.path().join("coexist.toml")).expect("remove");
    let mut client = Client::start(dir.path(), json!({"state": "prod.json"}));
    let doc = format!("{}/a.ps1", uri(dir.path()));
    let typo = "Move-User -Identity sip:x@contoso.com -Target statepool.contoso.co\n";
    client.open(&doc, typo);
    let diagnostics = client.diagnostics(&doc);
    assert_eq!(diagnostics[0]["code"], "coexist::model::unknown_pool");
    let message = diagnostics[0]["message"].as_str().unwrap();
    assert!(
        message.contains("did you mean statepool.contoso.com?"),
        "{message}"
    );

    // The did-you-mean is a quick fix.
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": doc},
            "range": diagnostics[0]["range"],
            "context": {"diagnostics": diagnostics},
        }),
    );
    let action = &actions["result"][0];
    assert_eq!(
        action["title"],
        "Replace statepool.contoso.co with statepool.contoso.com"
    );
    assert_eq!(action["kind"], "quickfix");
    let edits = &action["edit"]["changes"][doc.as_str()];
    assert_eq!(edits[0]["newText"], "statepool.contoso.com");
    assert_eq!(edits[0]["range"], diagnostics[0]["range"]);

    // A full-text change with the fix applied: the user is what is missing now.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": doc, "version": 2},
            "contentChanges": [{"text": typo.replace(".co\n", ".com\n")}],
        }),
    );
    let diagnostics = client.diagnostics(&doc);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["code"], "coexist::model::unknown_user");
    assert_eq!(client.shut_down(), 0);
}

#[test]
fn the_vscode_extension_starts_the_server_in_coexist_workspaces() {
    let text = std::fs::read_to_string(repo("editors/vscode/package.json")).expect("package.json");
    let manifest: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(
        manifest["activationEvents"],
        json!(["workspaceContains:coexist.toml"])
    );
    let main = manifest["main"].as_str().expect("main");
    let script = std::fs::read_to_string(repo("editors/vscode").join(main)).expect("extension.js");
    assert!(script.contains("args: ['lsp']"), "{script}");
    assert!(manifest["contributes"]["configuration"]["properties"]["coexist.state"].is_object());
}

#[test]
fn signature_help_and_document_symbols() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut client = Client::start(dir.path(), Value::Null);
    let doc = format!("{}/wave.ps1", uri(dir.path()));
    client.open(
        &doc,
        "function Invoke-Wave {\n    param($Pool)\n    Get-User -Pool $Pool\n}\nMove-User -Identity sip:a@contoso.com -Target \n",
    );
    client.diagnostics(&doc);
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": doc}}),
    );
    let symbols = symbols["result"].as_array().expect("symbols");
    assert_eq!(symbols.len(), 1);
    assert_eq!(symbols[0]["name"], "Invoke-Wave");
    assert_eq!(symbols[0]["kind"], 12, "a function");
    assert_eq!(symbols[0]["range"]["end"]["line"], 3);

    let help = client.request(
        "textDocument/signatureHelp",
        json!({"textDocument": {"uri": doc}, "position": position(4, 46)}),
    );
    let help = &help["result"];
    let active = &help["signatures"][help["activeSignature"].as_u64().unwrap() as usize];
    let label = active["label"].as_str().expect("a label");
    assert!(label.starts_with("Move-User "), "{label}");
    let parameter = &active["parameters"][help["activeParameter"].as_u64().unwrap() as usize];
    let offsets = parameter["label"].as_array().expect("offsets");
    let (start, end) = (
        offsets[0].as_u64().unwrap() as usize,
        offsets[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&label[start..end], "[-Target] <String>");
    assert_eq!(client.shut_down(), 0);
}
