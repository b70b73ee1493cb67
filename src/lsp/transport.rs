//! JSON-RPC over a byte stream with `Content-Length` framing (the LSP base protocol).
//!
//! lsp-server's own stdio transport ends the connection at the first message that is not
//! valid JSON; a language server must instead answer it with a JSON-RPC error and go on. So
//! frames are read here, on a thread that turns each into an [`Incoming`], and parsed into
//! lsp-server's [`Message`] only once they are known to be JSON.

use lsp_server::{ErrorCode, Message};
use std::io::{BufRead, Write};
use std::sync::mpsc::{Receiver, Sender};

/// A frame larger than this is skipped unread (and answered with an error).
pub const MAX_FRAME_BYTES: usize = 256 * 1024 * 1024;

/// One frame from the client.
#[derive(Debug)]
pub enum Incoming {
    /// A well-formed request, response or notification.
    Message(Message),
    /// A frame that is not a JSON-RPC message: answer with `code` (and `id`, if it had one).
    Malformed {
        /// The request id, when the frame was a JSON object with one.
        id: Option<serde_json::Value>,
        /// `ParseError` or `InvalidRequest`.
        code: ErrorCode,
        /// What was wrong.
        message: String,
    },
}

/// Reads frames from `input` on a new thread; the receiver ends when the input does.
pub fn spawn_reader(input: impl BufRead + Send + 'static) -> Receiver<Incoming> {
    let (sender, receiver) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("lsp-reader".into())
        .spawn(move || read_all(input, &sender));
    if let Err(e) = spawned {
        eprintln!("coexist lsp: cannot start the reader thread: {e}");
    }
    receiver
}

/// What one frame held.
enum Frame {
    /// The body, not yet parsed.
    Body(Vec<u8>),
    /// A body of this many bytes, over [`MAX_FRAME_BYTES`], skipped.
    TooLarge(usize),
}

/// Reads frames until the input ends or the receiver is gone.
fn read_all(mut input: impl BufRead, sender: &Sender<Incoming>) {
    loop {
        let incoming = match read_frame(&mut input) {
            Ok(Some(Frame::Body(body))) => parse(&body),
            Ok(Some(Frame::TooLarge(length))) => Incoming::Malformed {
                id: None,
                code: ErrorCode::InvalidRequest,
                message: format!(
                    "a message of {length} bytes is over the limit of {MAX_FRAME_BYTES} bytes"
                ),
            },
            Ok(None) => return,
            Err(e) => {
                eprintln!("coexist lsp: {e}");
                continue;
            }
        };
        if sender.send(incoming).is_err() {
            return;
        }
    }
}

/// A header problem: the frame is skipped.
#[derive(Debug)]
struct FrameError(String);

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads one frame's body; `Ok(None)` at the end of the input.
fn read_frame(input: &mut impl BufRead) -> Result<Option<Frame>, FrameError> {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    loop {
        let mut line = Vec::new();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => return Ok(None),
            Ok(_) => {}
            Err(e) => return Err(FrameError(format!("cannot read the input: {e}"))),
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        if let Some((name, value)) = text.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().ok();
            }
        }
    }
    let Some(length) = length else {
        return Err(FrameError(
            "skipped a header without a valid Content-Length".into(),
        ));
    };
    let mut body = std::io::Read::take(&mut *input, length as u64);
    if length > MAX_FRAME_BYTES {
        return match std::io::copy(&mut body, &mut std::io::sink()) {
            Ok(_) => Ok(Some(Frame::TooLarge(length))),
            Err(e) => Err(FrameError(format!("cannot read a message body: {e}"))),
        };
    }
    let mut bytes = Vec::with_capacity(length.min(1 << 20));
    match std::io::Read::read_to_end(&mut body, &mut bytes) {
        Ok(_) => Ok(Some(Frame::Body(bytes))),
        Err(e) => Err(FrameError(format!("cannot read a message body: {e}"))),
    }
}

/// Turns a frame body into a message, or says why it is none.
fn parse(body: &[u8]) -> Incoming {
    let value: serde_json::Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(e) => {
            return Incoming::Malformed {
                id: None,
                code: ErrorCode::ParseError,
                message: format!("the message is not valid JSON: {e}"),
            }
        }
    };
    let id = value.get("id").cloned();
    match serde_json::from_value::<Message>(value) {
        Ok(message) => Incoming::Message(message),
        Err(e) => Incoming::Malformed {
            id,
            code: ErrorCode::InvalidRequest,
            message: format!(
                "the message is not a JSON-RPC request, response or notification: {e}"
            ),
        },
    }
}

/// Writes one message with its `Content-Length` header and flushes.
pub fn write_frame(output: &mut dyn Write, body: &serde_json::Value) -> std::io::Result<()> {
    let text = body.to_string();
    write!(output, "Content-Length: {}\r\n\r\n{text}", text.len())?;
    output.flush()
}

/// The JSON of `message` with the `"jsonrpc": "2.0"` member the protocol requires.
pub fn to_json(message: &Message) -> serde_json::Value {
    let mut value = serde_json::to_value(message).unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("jsonrpc".into(), "2.0".into());
    }
    value
}

/// A JSON-RPC error response to a frame that had no usable id (`id: null`) or a raw one.
pub fn error_response(
    id: Option<serde_json::Value>,
    code: ErrorCode,
    message: &str,
) -> serde_json::Value {
    serde_json::json!({
        "jsonrpc": "2.0",
        "id": id.unwrap_or(serde_json::Value::Null),
        "error": {"code": code as i32, "message": message},
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(bytes: &[u8]) -> Vec<Incoming> {
        let receiver = spawn_reader(std::io::Cursor::new(bytes.to_vec()));
        receiver.iter().collect()
    }

    fn frame(body: &str) -> Vec<u8> {
        format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
    }

    #[test]
    fn well_formed_and_malformed_frames_in_one_stream() {
        let mut bytes = frame(r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#);
        bytes.extend(frame("{not json"));
        bytes.extend(frame(r#"{"jsonrpc":"2.0","id":7}"#));
        bytes.extend(b"X-Nothing: 1\r\n\r\n");
        bytes.extend(frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
        let got = frames(&bytes);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(
            matches!(&got[0], Incoming::Message(Message::Request(r)) if r.method == "shutdown")
        );
        assert!(matches!(
            &got[1],
            Incoming::Malformed {
                id: None,
                code: ErrorCode::ParseError,
                ..
            }
        ));
        assert!(matches!(
            &got[2],
            Incoming::Malformed { id: Some(id), code: ErrorCode::InvalidRequest, .. } if id == 7
        ));
        assert!(
            matches!(&got[3], Incoming::Message(Message::Notification(n)) if n.method == "exit")
        );
    }

    #[test]
    fn binary_body_is_a_parse_error_not_the_end() {
        let mut bytes = b"Content-Length: 4\r\n\r\n\xff\x00\xfe\x01".to_vec();
        bytes.extend(frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
        let got = frames(&bytes);
        assert!(matches!(
            &got[0],
            Incoming::Malformed {
                code: ErrorCode::ParseError,
                ..
            }
        ));
        assert!(matches!(&got[1], Incoming::Message(_)));
    }

    #[test]
    fn written_frames_carry_their_length() {
        let mut out = Vec::new();
        write_frame(&mut out, &serde_json::json!({"a": "é"})).expect("writes");
        assert_eq!(
            out,
            b"Content-Length: 10\r\n\r\n{\"a\":\"\xc3\xa9\"}".to_vec()
        );
    }
}
