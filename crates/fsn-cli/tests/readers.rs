//! Readers that refuse what is broken, within bounds (issue 12: D3, D5, D7, D11, D15, D17):
//! every file of the repository is read through one gate that accepts regular files of a
//! bounded size inside the repository, and every Fluent text through one parser entry point
//! that refuses what would overflow its stack or what it cannot read as lines. Each case runs
//! under a time guard, so a reader that blocks (a named pipe) fails the test instead of
//! hanging it.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{copy_dir, repo_root};

const NOTICE: &str = "FSN2025-1682";

/// A copy of the repository's `locales/`, `issuers/` and `notices/`.
fn sandbox() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["locales", "issuers", "notices"] {
        copy_dir(&repo_root().join(folder), &dir.path().join(folder));
    }
    dir
}

/// Runs fsn in `dir`, killing it (and failing) if it takes more than 60 s.
fn fsn(dir: &Path, args: &[&str]) -> Output {
    use std::io::Read;

    let mut child = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drained as they come, so a long report cannot block the child on a full pipe.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).unwrap();
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("fsn {args:?} hung for 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn german(dir: &Path) -> std::path::PathBuf {
    dir.join(format!("notices/{NOTICE}/locales/de.ftl"))
}

/// Exits 1 with `expected` in its report, and no panic or signal.
fn assert_refused(output: &Output, expected: &str) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains(expected), "expected {expected:?} in\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// The commands that read the German messages: the notice's check, the translators' lint
/// and the XLIFF export.
const READERS: [&[&str]; 3] = [
    &["check", "notices/FSN2025-1682"],
    &["check", "--locales"],
    &["xliff", "export", "--lang", "de"],
];

#[cfg(unix)]
#[test]
fn a_named_pipe_or_a_folder_in_a_file_s_place_says_what_it_is() {
    let dir = sandbox();
    let path = german(dir.path());
    std::fs::remove_file(&path).unwrap();
    let status = Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(status.success());
    for args in READERS {
        let output = fsn(dir.path(), args);
        assert_refused(&output, "de.ftl is a named pipe (FIFO), not a file");
        assert!(!stderr(&output).contains("does not exist"), "{args:?}");
    }
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    for args in READERS {
        let output = fsn(dir.path(), args);
        assert_refused(&output, "de.ftl is a folder, not a file");
    }
}

#[cfg(unix)]
#[test]
fn a_link_to_a_device_or_outside_the_repository_is_refused() {
    let dir = sandbox();
    let path = german(dir.path());
    std::fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
    for args in READERS {
        let output = fsn(dir.path(), args);
        assert_refused(&output, "leads outside the repository");
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = sandbox();
    // Sparse: 17 MiB of zeros on disk cost nothing.
    let file = std::fs::File::create(german(dir.path())).unwrap();
    file.set_len(17 << 20).unwrap();
    for args in READERS {
        let output = fsn(dir.path(), args);
        assert_refused(&output, "de.ftl is 17 MB, more than the limit of 16 MB");
    }
}

#[test]
fn old_mac_line_endings_are_named_not_reported_as_missing_messages() {
    let dir = sandbox();
    let path = german(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace('\n', "\r")).unwrap();
    for args in READERS {
        let output = fsn(dir.path(), args);
        assert_refused(&output, "the file has old Mac line endings");
        let err = stderr(&output);
        assert!(!err.contains("missing_message"), "{args:?}: {err}");
    }
}

#[test]
fn unclosed_braces_in_many_messages_are_not_deep_nesting() {
    let dir = sandbox();
    let path = german(dir.path());
    let mut text = std::fs::read_to_string(&path).unwrap();
    for n in 0..101 {
        text.push_str(&format!("broken-{n} = {{\n"));
    }
    std::fs::write(&path, text).unwrap();
    let output = fsn(dir.path(), &["check", "--locales"]);
    assert_refused(&output, "syntax error");
    assert!(!stderr(&output).contains("nested more than"));
}

#[test]
fn placeables_nested_ten_thousand_deep_are_refused_by_every_reader() {
    let dir = sandbox();
    let path = german(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let deep = format!(
        "deep = {}\"x\"{}\n",
        "{ ".repeat(10_000),
        " }".repeat(10_000)
    );
    std::fs::write(&path, format!("{text}{deep}")).unwrap();
    for args in READERS {
        let output = fsn(dir.path(), args);
        assert_refused(&output, "placeables nested more than 100 deep");
    }
}

/// 20,000 broken lines used to take 26 s and print 6.5 MB: the errors of a file are capped.
#[test]
fn the_syntax_errors_of_a_file_are_capped() {
    let dir = sandbox();
    let path = german(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let bad: String = (0..20_000).map(|n| format!("bad line {n}\n")).collect();
    std::fs::write(&path, format!("{text}{bad}")).unwrap();
    let output = fsn(dir.path(), &["check", "--locales", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let findings = findings.as_array().unwrap();
    // The notice's check and the lint each report the file: each at most 50 times.
    for code in ["fsn::l10n::syntax", "fsn::lint::syntax"] {
        let located = findings
            .iter()
            .filter(|finding| {
                finding["code"] == code
                    && finding["file"]
                        .as_str()
                        .is_some_and(|file| file.ends_with("de.ftl"))
            })
            .count();
        assert!((1..=50).contains(&located), "{located} × {code}");
    }
    let summaries = findings
        .iter()
        .filter(|finding| {
            finding["message"]
                .as_str()
                .unwrap()
                .contains("19950 more fluent syntax errors")
        })
        .count();
    // The same summary from both is reported once (issue 13: a refused file was reported twice).
    assert_eq!(summaries, 1, "{findings:?}");
    let output = fsn(dir.path(), &["check", &format!("notices/{NOTICE}")]);
    assert_refused(&output, "19950 more fluent syntax errors");
    assert!(
        output.stderr.len() < 100_000,
        "{} bytes",
        output.stderr.len()
    );
}

/// `ESC ] 0 ; title BEL ESC [ 2 J` in a notice.toml comment retitled the terminal and
/// cleared the screen when the error excerpt echoed the line.
#[test]
fn terminal_escapes_in_error_excerpts_are_neutralised() {
    let dir = sandbox();
    let path = dir.path().join(format!("notices/{NOTICE}/notice.toml"));
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "issued = 2025-01-16",
        "issued = 2025-01-16 # \u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}2J",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let output = fsn(dir.path(), &["check", &format!("notices/{NOTICE}")]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("issued = 2025-01-16 #"),
        "no excerpt in\n{err}"
    );
    assert!(
        !err.contains(['\u{1b}', '\u{7}', '\u{9b}']),
        "raw control characters in\n{err:?}"
    );
}

/// NUL, ESC and DEL in a message failed the PDF with an unlocated error and went raw into
/// the HTML: they are located errors of the check and of the lint.
#[test]
fn control_characters_in_messages_are_located_errors() {
    let dir = sandbox();
    let path = german(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "Illumina informiert Sie",
        "Illumina\u{0} informiert\u{1b}[2J Sie\u{7f}",
        1,
    );
    let line = text[..text.find("intro = Illumina").unwrap()]
        .matches('\n')
        .count() as u64
        + 1;
    std::fs::write(&path, text).unwrap();
    for args in [
        &["check", "notices/FSN2025-1682", "--format", "json"][..],
        &["check", "--locales", "--format", "json"],
    ] {
        let output = fsn(dir.path(), args);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        // `--locales` checks the notice too: the same place may be reported by both.
        let mut located: Vec<(u64, u64)> = findings
            .as_array()
            .unwrap()
            .iter()
            .filter(|finding| finding["code"] == "fsn::l10n::control_character")
            .map(|finding| {
                assert!(finding["file"].as_str().unwrap().ends_with("de.ftl"));
                (
                    finding["line"].as_u64().unwrap(),
                    finding["column"].as_u64().unwrap(),
                )
            })
            .collect();
        located.sort_unstable();
        located.dedup();
        assert_eq!(located, [(line, 17), (line, 29), (line, 37)], "{args:?}");
    }
}
