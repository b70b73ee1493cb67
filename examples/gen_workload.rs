//! Writes the benchmark workload of `performance.md`: a Group Chat 2010 → Persistent Chat
//! migration script for N users.
//!
//! ```text
//! cargo run --release --example gen_workload -- --users 100000 --out target/bench/workload-100k.ps1
//! cargo run --release --example gen_workload -- --check target/bench/workload-100k.ps1
//! ```
//!
//! `--check FILE` parses a file once and prints its size, the parse time and MB/s (run it
//! under `/usr/bin/time -v` for the parse's peak memory).
//!
//! The script: 3 sites, a Lync 2010 and two Lync 2013 pools, a Group Chat 2010 pool and a
//! Persistent Chat pool with its endpoint, a tag policy, N `New-User` (on the 2010 pool),
//! 1 000 categories and 1 000 rooms with members on the legacy pool, N `Move-User` to
//! Lync 2013, N `Grant-PersistentChatPolicy`, then the data migration.

use std::io::{self, BufWriter, Write};

/// Categories and rooms in every workload.
const ROOMS: usize = 1_000;
/// Users allowed in each category (room members are the first three).
const ALLOWED_PER_CATEGORY: usize = 5;

/// Writes the workload for `users` users (at least [`ALLOWED_PER_CATEGORY`]) to `out`.
pub fn write_workload(users: usize, out: &mut impl Write) -> io::Result<()> {
    let users = users.max(ALLOWED_PER_CATEGORY);
    let sip = |i: usize| format!("sip:user{i}@contoso.com");
    writeln!(
        out,
        "# coexist benchmark workload: {users} users, {ROOMS} rooms"
    )?;
    writeln!(out, "New-Site -Identity Redmond")?;
    writeln!(out, "New-Site -Identity Dublin")?;
    writeln!(out, "New-Site -Identity Tokyo")?;
    writeln!(
        out,
        "New-Pool -Fqdn lync2010.contoso.com -Version Lync2010 -Site Redmond -Edition Enterprise"
    )?;
    writeln!(
        out,
        "New-Pool -Fqdn lync2013.contoso.com -Version Lync2013 -Site Dublin -Edition Enterprise"
    )?;
    writeln!(
        out,
        "New-Pool -Fqdn lync2013b.contoso.com -Version Lync2013 -Site Tokyo -Edition Standard"
    )?;
    writeln!(out, "New-ChatPool -Fqdn gc2010.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010 -FileStore \\\\fs01\\groupchat")?;
    writeln!(out, "New-ChatPool -Fqdn pchat.contoso.com -HomePool lync2013.contoso.com -Kind PersistentChat -FileStore \\\\fs01\\pchat")?;
    writeln!(
        out,
        "New-ChatEndpoint -ChatPool pchat.contoso.com -SipAddress sip:ocschat@contoso.com"
    )?;
    writeln!(out, "New-PersistentChatPolicy -Identity Tag:ChatUsers -EnablePersistentChat $true -Description \"Persistent Chat for migrated users\"")?;
    writeln!(out)?;
    writeln!(out, "# Users on the legacy pool")?;
    for i in 1..=users {
        writeln!(
            out,
            "New-User -Identity {} -DisplayName \"User {i}\" -Pool lync2010.contoso.com",
            sip(i)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "# Legacy categories and rooms")?;
    for c in 0..ROOMS {
        let allowed: Vec<String> = (0..ALLOWED_PER_CATEGORY)
            .map(|k| sip((c * ALLOWED_PER_CATEGORY + k) % users + 1))
            .collect();
        writeln!(
            out,
            "New-ChatCategory -Name Category{c} -ChatPool gc2010.contoso.com -AllowedMembers {} -Creators {}",
            allowed.join(", "),
            allowed[0]
        )?;
        writeln!(
            out,
            "New-ChatRoom -Name Room{c} -Category gc2010.contoso.com\\Category{c} -Privacy Closed -Description 'Room {c}'"
        )?;
        writeln!(
            out,
            "Set-ChatRoom -Identity gc2010.contoso.com\\Room{c} -Members @{{Add='{}','{}','{}'}} -Managers @{{Add='{}'}}",
            allowed[0], allowed[1], allowed[2], allowed[0]
        )?;
    }
    writeln!(out)?;
    writeln!(out, "# Move users to Lync 2013 and enable Persistent Chat")?;
    for i in 1..=users {
        writeln!(
            out,
            "Move-User -Identity {} -Target lync2013.contoso.com",
            sip(i)
        )?;
    }
    for i in 1..=users {
        writeln!(
            out,
            "Grant-PersistentChatPolicy -Identity {} -PolicyName ChatUsers",
            sip(i)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "# Data migration")?;
    writeln!(out, "Stop-ChatPool -Identity gc2010.contoso.com")?;
    writeln!(out, "Stop-ChatPool -Identity pchat.contoso.com")?;
    writeln!(
        out,
        "Move-ChatData -Source gc2010.contoso.com -Target pchat.contoso.com"
    )?;
    writeln!(out, "Start-ChatPool -Identity pchat.contoso.com")?;
    writeln!(
        out,
        "$blockers = @(Test-Decommission -ChatPool gc2010.contoso.com)"
    )?;
    writeln!(out, "if ($blockers.Count -gt 0) {{ Write-Warning \"$($blockers.Count) decommission blockers\" }}")?;
    writeln!(out, "Get-MigrationStatus")?;
    Ok(())
}

/// Parses `path` once and prints size, time and throughput.
fn check(path: &str) -> io::Result<()> {
    let text = std::fs::read_to_string(path)?;
    let start = std::time::Instant::now();
    let result = coexist::syntax::parse(&text, coexist::span::SourceId(0));
    let elapsed = start.elapsed();
    let mb = text.len() as f64 / 1e6;
    match &result {
        Ok(script) => println!(
            "{path}: {mb:.1} MB, {} statements, parsed in {:.3} s = {:.1} MB/s",
            script.statements.len(),
            elapsed.as_secs_f64(),
            mb / elapsed.as_secs_f64()
        ),
        Err(errors) => println!(
            "{path}: {} syntax errors, first: {}",
            errors.len(),
            errors[0]
        ),
    }
    Ok(())
}

fn main() -> io::Result<()> {
    let mut users = 100_000;
    let mut out: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--users" => {
                users = args
                    .next()
                    .and_then(|v| v.replace('_', "").parse().ok())
                    .ok_or_else(|| io::Error::other("--users needs a number"))?;
            }
            "--out" => out = args.next(),
            "--check" => {
                let path = args
                    .next()
                    .ok_or_else(|| io::Error::other("--check needs a file"))?;
                return check(&path);
            }
            other => {
                return Err(io::Error::other(format!(
                    "unknown argument `{other}` (use --users N, --out FILE or --check FILE)"
                )))
            }
        }
    }
    let path = out.unwrap_or_else(|| format!("target/bench/workload-{users}.ps1"));
    if let Some(dir) = std::path::Path::new(&path).parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut w = BufWriter::new(std::fs::File::create(&path)?);
    write_workload(users, &mut w)?;
    w.flush()?;
    let size = std::fs::metadata(&path)?.len();
    println!("wrote {path} ({:.1} MB, {users} users)", size as f64 / 1e6);
    Ok(())
}
