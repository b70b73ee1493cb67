//! `coexist lsp`: a Language Server Protocol server over stdio, a front end beside the REPL.
//! Diagnostics come from the same parser and the same dry run as `coexist run --dry-run`
//! (through [`crate::session::rehearsal`]); completion and cursor analysis are the REPL's
//! ([`crate::assist`]); help text is `Get-Help`'s. Nothing here parses, binds or checks a
//! rule on its own.
//!
//! | File | Job |
//! |---|---|
//! | `transport.rs` | `Content-Length` framing; malformed frames become error responses |
//! | `server.rs` | life cycle, open documents, debounced dry runs, request dispatch |
//! | `workspace.rs` | `coexist.toml` / `coexist.state` → the state file; loaded models |
//! | `document.rs` | text, incremental changes, the parser's verdict, the rehearsal |
//! | `position.rs` | byte offsets ↔ LSP positions (UTF-16 columns) |
//! | `cursor.rs` | the command line around a cursor, the token under it |
//! | `diagnostics.rs` | `Diag` → LSP diagnostic (range, code, link, help, related places) |
//! | `completion.rs`, `hover.rs`, `signature.rs`, `navigate.rs`, `actions.rs` | one feature each |
//!
//! **Invariant:** the server never writes a file: dry runs keep what scripts would write in
//! memory, and state files are read, never locked or saved.

pub mod actions;
pub mod completion;
pub mod cursor;
pub mod diagnostics;
pub mod document;
pub mod hover;
pub mod navigate;
pub mod position;
pub mod server;
pub mod signature;
pub mod transport;
pub mod workspace;

/// Serves a client on stdin/stdout until it says `exit` (or closes stdin); returns the exit
/// code (0 after `shutdown`, else 1). Logs go to stderr.
pub fn run() -> i32 {
    let incoming = transport::spawn_reader(std::io::BufReader::new(std::io::stdin()));
    let mut stdout = std::io::stdout().lock();
    server::serve(&incoming, &mut stdout)
}
