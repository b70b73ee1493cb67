//! The REPL on a pseudo-terminal: Tab completes a partial cmdlet name, Ctrl-C cancels the
//! line, a `foreach` block typed over two lines runs once complete, Ctrl-D leaves, and
//! `Read-Host` / `Get-Credential` ask on the terminal (the password shown as `*`).
//! Skipped (with a note on stderr) where no pseudo-terminal can be opened.

#[cfg(unix)]
mod pty {
    use expectrl::{ControlCode, Eof, Expect, Session};
    use std::process::Command;
    use std::time::Duration;

    /// What the line editor writes when it starts reading a new line (it turns bracketed
    /// paste on); every redraw of the line shows the prompt text too, so that is no marker.
    const NEW_PROMPT: &str = "\u{1b}[?2004h";

    /// Starts `coexist repl --no-history` on a pty, or `None` when no pty is available.
    fn start() -> Option<expectrl::session::OsSession> {
        let mut command = Command::new(env!("CARGO_BIN_EXE_coexist"));
        command
            .args(["repl", "--no-history"])
            .env("NO_COLOR", "1")
            .env("TERM", "xterm");
        match Session::spawn(command) {
            Ok(mut session) => {
                session.set_expect_timeout(Some(Duration::from_secs(60)));
                Some(session)
            }
            Err(e) => {
                eprintln!("skipped: no pseudo-terminal ({e})");
                None
            }
        }
    }

    #[test]
    fn tab_completes_and_blocks_continue() {
        let Some(mut repl) = start() else {
            return;
        };
        repl.expect(NEW_PROMPT).expect("the prompt");
        // Tab completes the name; run as typed, "Move-Us" would be an unknown command.
        repl.send("Move-Us\t\r").expect("typing");
        repl.expect("coexist::bind::missing_mandatory")
            .expect("Tab completed Move-Us to Move-User, which then asked for -Target");
        // Ctrl-C cancels a line: it never runs. (Each key goes to a waiting prompt: keys sent
        // while an entry runs would meet a terminal in cooked mode.)
        repl.expect(NEW_PROMPT).expect("the next prompt");
        repl.send("Write-Output cancelled").expect("typing");
        repl.expect("Write-Output").expect("the line is echoed");
        repl.send(ControlCode::EndOfText).expect("Ctrl-C");
        repl.expect(NEW_PROMPT)
            .expect("a fresh prompt after Ctrl-C");
        // A block typed over two lines runs once complete.
        repl.send("foreach ($i in 1..2) {\r").expect("first line");
        repl.send("  $i * 21 }\r").expect("second line");
        let seen = repl.expect("42").expect("the block ran once complete");
        let before = String::from_utf8_lossy(seen.before()).into_owned();
        assert!(before.contains("21"), "{before}");
        assert!(
            !before.contains("\ncancelled"),
            "the cancelled line ran: {before}"
        );
        repl.expect(NEW_PROMPT).expect("the prompt again");
        repl.send(ControlCode::EndOfTransmission).expect("Ctrl-D");
        repl.expect(Eof).expect("Ctrl-D ends the session");
    }

    #[test]
    fn read_host_and_get_credential_ask_at_the_terminal() {
        let Some(mut repl) = start() else {
            return;
        };
        repl.expect(NEW_PROMPT).expect("the prompt");
        repl.send("\"pool: \" + (Read-Host 'Target pool')\r")
            .expect("typing");
        // The question is the prompt of a line editor of its own, already reading.
        repl.expect("Target pool: ").expect("Read-Host asks");
        repl.send("lync2013.contoso.com\r").expect("answering");
        repl.expect("pool: lync2013.contoso.com")
            .expect("the answer is the value");
        repl.expect(NEW_PROMPT).expect("the next prompt");
        repl.send(
            "$c = Get-Credential -Credential CONTOSO\\admin; $c.UserName, $c.Password.Length\r",
        )
        .expect("typing");
        repl.expect("Password for user CONTOSO\\admin: ")
            .expect("Get-Credential asks for the password");
        repl.send("s3cret\r").expect("answering");
        let seen = repl
            .expect("\n6")
            .expect("the password's length, not its text");
        let before = String::from_utf8_lossy(seen.before()).into_owned();
        assert!(
            !before.contains("s3cret"),
            "the password was echoed: {before}"
        );
        repl.expect(NEW_PROMPT).expect("the prompt again");
        repl.send(ControlCode::EndOfTransmission).expect("Ctrl-D");
        repl.expect(Eof).expect("Ctrl-D ends the session");
    }
}
