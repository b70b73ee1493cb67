//! `coexist diagram` and `coexist plan --report`, driven through the built binary: exit codes,
//! the files written (and not written), the report's content, and the report rendered by
//! headless Chromium (skipped, with a note, where Chromium is not installed).

use assert_cmd::Command;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn coexist(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("coexist").expect("the coexist binary is built");
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("SOURCE_DATE_EPOCH", "1796342400");
    cmd
}

fn script(name: &str) -> PathBuf {
    root().join("scripts").join(name)
}

/// A state file holding the main example's deployment before its migration (Part 1).
fn today_state(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(script("migrate-groupchat2010.ps1")).unwrap();
    let (part1, part2) = text.split_once("# --- Part 2").unwrap();
    std::fs::write(dir.join("today.ps1"), part1).unwrap();
    std::fs::write(dir.join("migrate.ps1"), format!("# --- Part 2{part2}")).unwrap();
    let state = dir.join("lab.json");
    coexist(dir)
        .args(["run", "today.ps1", "--state", "lab.json"])
        .assert()
        .success();
    state
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn diagram_draws_a_state_file_in_each_format() {
    let dir = tempfile::tempdir().unwrap();
    today_state(dir.path());
    let svg = coexist(dir.path())
        .args(["diagram", "--state", "lab.json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let svg = String::from_utf8(svg).unwrap();
    roxmltree::Document::parse(&svg).expect("the SVG on stdout is XML");
    for (format, start) in [
        ("dot", "graph topology {"),
        ("mermaid", "flowchart TB"),
        ("text", "Forest corp.local"),
    ] {
        let out = coexist(dir.path())
            .args(["diagram", "--state", "lab.json", "--format", format])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        assert!(
            String::from_utf8(out).unwrap().starts_with(start),
            "{format}"
        );
    }
    coexist(dir.path())
        .args(["diagram", "--state", "lab.json", "-o", "topo.svg"])
        .assert()
        .success()
        .stdout("");
    let written = std::fs::read_to_string(dir.path().join("topo.svg")).unwrap();
    assert_eq!(written, svg, "-o writes what stdout shows");
}

#[test]
fn diagram_of_a_missing_or_broken_state_file_exits_3_and_needs_state() {
    let dir = tempfile::tempdir().unwrap();
    coexist(dir.path())
        .args(["diagram", "--state", "absent.json"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("coexist::state::unreadable"))
        .stderr(predicates::str::contains("the file does not exist"));
    std::fs::write(dir.path().join("bad.json"), "{ not json").unwrap();
    coexist(dir.path())
        .args(["diagram", "--state", "bad.json"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("coexist::state::invalid"));
    coexist(dir.path())
        .args(["diagram"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--state <FILE>"));
}

#[test]
fn diagram_that_cannot_be_written_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    today_state(dir.path());
    coexist(dir.path())
        .args([
            "diagram",
            "--state",
            "lab.json",
            "-o",
            "no/such/dir/topo.svg",
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("coexist::state::write_failed"))
        .stderr(predicates::str::contains(
            "cannot write the diagram no/such/dir/topo.svg",
        ));
}

#[test]
fn plan_report_writes_only_the_report_and_fingerprints_script_and_state() {
    let dir = tempfile::tempdir().unwrap();
    let state = today_state(dir.path());
    let state_before = std::fs::read(&state).unwrap();
    let files_before = files_in(dir.path());
    let plain = coexist(dir.path())
        .args(["plan", "migrate.ps1", "--state", "lab.json"])
        .output()
        .unwrap();
    let with_report = coexist(dir.path())
        .args([
            "plan",
            "migrate.ps1",
            "--state",
            "lab.json",
            "--report",
            "plan.html",
        ])
        .output()
        .unwrap();
    assert_eq!(with_report.status.code(), plain.status.code());
    assert_eq!(
        with_report.stdout, plain.stdout,
        "stdout is the plan's, report or not"
    );
    assert_eq!(with_report.stderr, plain.stderr);
    assert_eq!(
        std::fs::read(&state).unwrap(),
        state_before,
        "state untouched"
    );
    let mut expected = files_before;
    expected.push("plan.html".into());
    expected.sort();
    assert_eq!(files_in(dir.path()), expected, "nothing else written");

    let html = std::fs::read_to_string(dir.path().join("plan.html")).unwrap();
    let script_text = std::fs::read(dir.path().join("migrate.ps1")).unwrap();
    assert!(html.contains(&format!("SHA-256 {}", hex_sha256(&script_text))));
    assert!(html.contains(&format!("SHA-256 {}", hex_sha256(&state_before))));
    assert!(
        html.contains("2026-12-04 00:00:00Z (UTC)"),
        "time from SOURCE_DATE_EPOCH"
    );
    for must in [
        "60 users lync2010.contoso.com → lync2013.contoso.com",
        "chat data gc2010.contoso.com → pchat.contoso.com: 2 categories, 3 rooms",
        "No legacy pool remains after this run",
        "Plan: 11 to add, 60 to change, 9 to remove.",
        "coexist::bind::missing_mandatory",
    ] {
        assert!(html.contains(must), "the report says {must:?}");
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The report is one self-contained file: no script, no stylesheet or image to fetch.
fn assert_self_contained(html: &str) {
    let lower = html.to_ascii_lowercase();
    for forbidden in [
        "<script", "<link", "<img", "<iframe", "@import", " src=", " href=", "url(http",
    ] {
        assert!(
            !lower.contains(forbidden),
            "the report contains {forbidden:?}"
        );
    }
    let mut rest = html;
    let mut pictures = 0;
    while let Some(start) = rest.find("<svg ") {
        let end = rest[start..].find("</svg>").expect("every <svg> closes") + start + 6;
        roxmltree::Document::parse(&rest[start..end]).expect("each inline SVG is XML");
        pictures += 1;
        rest = &rest[end..];
    }
    assert!(pictures >= 2, "before and after pictures");
}

#[test]
fn the_report_of_typical_mistakes_lists_every_diagnostic_of_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let mistakes = script("typical-mistakes.ps1");
    let run = coexist(root())
        .args(["run", "--error-format", "json"])
        .arg(&mistakes)
        .output()
        .unwrap();
    let run_codes: Vec<String> = String::from_utf8_lossy(&run.stderr)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["code"].as_str().map(str::to_string))
        .collect();
    assert_eq!(
        run_codes.len(),
        12,
        "typical-mistakes reports 11 errors and 1 warning"
    );
    let report = dir.path().join("mistakes.html");
    coexist(root())
        .arg("plan")
        .arg(&mistakes)
        .arg("--report")
        .arg(&report)
        .assert()
        .code(1);
    let html = std::fs::read_to_string(&report).unwrap();
    assert_self_contained(&html);
    let heading = regex::Regex::new(
        r#"<div class="diag (?:error|warning)">\s*<h3>(?:Error|Warning) <code>([^<]+)</code>"#,
    )
    .unwrap();
    let report_codes: Vec<String> = heading
        .captures_iter(&html)
        .map(|c| c[1].to_string())
        .collect();
    assert_eq!(report_codes, run_codes, "same diagnostics, same order");
    assert!(html.contains("Diagnostics (12)"));
    assert!(
        html.contains("help: did you mean -Target?"),
        "excerpts keep their help"
    );
}

/// Headless Chromium, if this machine has it (`.ci/run` installs Debian's package).
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|p| p.join(name))
                    .find(|p| p.is_file())
            })
        })
}

#[test]
fn the_main_example_report_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        // Written to the process's stderr, past the test harness's capture, so the skip shows.
        let _ = writeln!(
            std::io::stderr(),
            "NOTE: chromium is not installed: the report rendering test is skipped \
             (apt-get install chromium)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("plan.html");
    coexist(root())
        .arg("plan")
        .arg(script("migrate-groupchat2010.ps1"))
        .arg("--report")
        .arg(&report)
        .assert()
        .success();
    let html = std::fs::read_to_string(&report).unwrap();
    assert_self_contained(&html);
    let url = format!("file://{}", report.display());
    let shot = dir.path().join("plan.png");
    let headless = |extra: &[&str]| {
        std::process::Command::new(&browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--enable-logging=stderr",
                "--v=0",
            ])
            .arg(format!(
                "--user-data-dir={}",
                dir.path().join("profile").display()
            ))
            .args(extra)
            .arg(&url)
            .output()
            .expect("chromium starts")
    };
    let screenshot = headless(&[
        &format!("--screenshot={}", shot.display()),
        "--window-size=1280,2000",
    ]);
    let log = String::from_utf8_lossy(&screenshot.stderr);
    assert!(
        !log.contains(":CONSOLE"),
        "the page logged to the console:\n{log}"
    );
    let (width, height, distinct, inked) = png_summary(&shot);
    assert_eq!((width, height), (1280, 2000));
    assert!(
        distinct > 50,
        "a picture, not a blank page ({distinct} colours)"
    );
    assert!(inked > 2, "{inked}% of the pixels are not background");

    let dom = headless(&["--dump-dom"]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains("Topology before and after"));
    assert!(
        dom.matches("<svg ").count() >= 3,
        "before, after and the moves picture"
    );
}

/// Width, height, number of distinct colours and the percentage of pixels that differ from
/// the page background of a PNG.
fn png_summary(path: &Path) -> (u32, u32, usize, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(channels).collect();
    let background = pixels[0];
    let distinct: std::collections::HashSet<&[u8]> = pixels.iter().copied().collect();
    let inked = pixels.iter().filter(|p| **p != background).count() * 100 / pixels.len();
    (info.width, info.height, distinct.len(), inked)
}

#[test]
fn show_topology_writes_the_format_its_path_names_and_nothing_in_a_dry_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("draw.ps1"),
        "New-Site Redmond\nNew-Pool fe.contoso.com -Version Lync2013 -Site Redmond\n\
         Show-Topology topo.svg\nShow-Topology topo.gv\nShow-Topology topo.out -Format Mermaid\n\
         Show-Topology plain.txt\nShow-Topology unknown.ext\n",
    )
    .unwrap();
    coexist(dir.path())
        .args(["plan", "draw.ps1"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "What if: Performing the operation \"Output to File\" on target \"topo.svg\".",
        ));
    assert_eq!(
        files_in(dir.path()),
        ["draw.ps1"],
        "a dry run writes nothing"
    );
    coexist(dir.path())
        .args(["run", "draw.ps1"])
        .assert()
        .success();
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    roxmltree::Document::parse(&read("topo.svg")).expect("an SVG file");
    assert!(read("topo.gv").starts_with("graph topology {"));
    assert!(read("topo.out").starts_with("flowchart TB"));
    assert!(read("plain.txt").starts_with("Forest corp.local\n└─ Site Redmond"));
    roxmltree::Document::parse(&read("unknown.ext")).expect("SVG when nothing names a format");
}

#[test]
fn a_script_that_does_not_parse_still_gets_a_report_of_its_syntax_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("broken.ps1"),
        "New-Site Redmond\nif ($true {\n",
    )
    .unwrap();
    coexist(dir.path())
        .args(["plan", "broken.ps1", "--report", "broken.html"])
        .assert()
        .code(2);
    let html = std::fs::read_to_string(dir.path().join("broken.html")).unwrap();
    assert!(html.contains("The script does not parse (1 syntax error): nothing ran."));
    assert!(html.contains("coexist::syntax::"));
    assert!(html.contains("No changes."));
    coexist(dir.path())
        .args(["plan", "absent.ps1", "--report", "absent.html"])
        .assert()
        .code(2);
    assert!(
        !dir.path().join("absent.html").exists(),
        "no script, no report"
    );
}
