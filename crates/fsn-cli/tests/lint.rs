//! The translators' lint as `fsn check --locales` runs it (issue 5): the real repository,
//! which must lint without errors, the JSON report, and the shared wording. The rules
//! themselves are tested in fsn-l10n (`crates/fsn-l10n/tests/lint.rs`).

use std::process::Command;

use crate::common;

fn fsn_in_repository(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(args)
        .current_dir(common::repo_root())
        .output()
        .unwrap()
}

#[test]
fn repository_lints_without_errors() {
    let output = fsn_in_repository(&["check", "--locales"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("ok locales against en"), "{stdout}");
}

#[test]
fn json_format_is_an_array_of_findings() {
    let output = fsn_in_repository(&["check", "--locales", "--format", "json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "not JSON ({err}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    let items = value.as_array().expect("an array");
    for item in items {
        for key in [
            "code", "severity", "message", "file", "line", "column", "help",
        ] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
        assert_ne!(item["severity"], "error", "{item}");
    }
}

#[test]
fn json_format_reports_errors_and_fails() {
    let sandbox = tempfile::tempdir().unwrap();
    let root = sandbox.path();
    for dir in ["locales/en", "locales/de", "notices"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
    }
    std::fs::write(root.join("locales/en/notice.ftl"), "a = A\nb = B\n").unwrap();
    std::fs::write(root.join("locales/de/notice.ftl"), "a = { $nope }\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(["check", "--locales", "--format", "json"])
        .current_dir(root)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes: Vec<&str> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"fsn::lint::missing_message"), "{codes:?}");
    assert!(codes.contains(&"fsn::lint::unknown_variable"), "{codes:?}");
    let missing = &value[codes
        .iter()
        .position(|c| *c == "fsn::lint::missing_message")
        .unwrap()];
    assert_eq!(missing["file"], "locales/en/notice.ftl");
    assert_eq!(missing["line"], 2);
    assert_eq!(missing["column"], 1);
}

/// An edit of a file's text.
type Edit = fn(String) -> String;

/// A messages file refused when read (a control character, more than the size limit) was
/// reported twice by `fsn check --locales`: once by the notice's check, once by the lint.
/// Each finding is reported once.
#[test]
fn a_refused_messages_file_is_reported_once() {
    let german = format!("notices/{}/locales/de.ftl", common::NOTICE);
    let control = |text: String| format!("{text}broken = a\u{1}b\n");
    let oversized = |text: String| format!("{text}# {}\n", "x".repeat(17 << 20));
    let cases: [(&str, Edit); 2] = [
        ("fsn::l10n::control_character", control),
        ("fsn::io::too_large", oversized),
    ];
    for (code, edit) in cases {
        let sandbox = common::Sandbox::new();
        sandbox.edit(&german, edit);
        let output = sandbox.fsn(&["check", "--locales", "--format", "json"]);
        assert_eq!(output.status.code(), Some(1));
        let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let refused: Vec<&serde_json::Value> = findings
            .as_array()
            .unwrap()
            .iter()
            .filter(|item| item["code"] == code)
            .collect();
        assert_eq!(refused.len(), 1, "{code}: {refused:#?}");
        assert!(refused[0].to_string().contains(&german), "{refused:#?}");
        let text = sandbox.fsn(&["check", "--locales"]);
        let err = String::from_utf8_lossy(&text.stderr);
        assert_eq!(err.matches(code).count(), 1, "{err}");
    }
}

/// The shared wording only some notices load (`locales/<lang>/pieces/`, `layouts/`) is linted
/// against its English original like the rest: a message dropped from the German file and a
/// reference to a message nobody defines are both found, at their file.
#[test]
fn the_optional_shared_wording_is_linted() {
    let sandbox = common::Sandbox::new();
    let german = "locales/de/pieces/lots-and-forms.ftl";
    sandbox.edit(german, |text| {
        let kept: Vec<&str> = text
            .lines()
            .filter(|line| !line.starts_with("form-or ="))
            .collect();
        format!(
            "{}\nbroken-reference = {{ no-such-message }}\n",
            kept.join("\n")
        )
    });
    let output = sandbox.fsn(&["check", "--locales", "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let about = |needle: &str| -> Vec<String> {
        findings
            .as_array()
            .unwrap()
            .iter()
            .filter(|item| item.to_string().contains(needle))
            .map(|item| format!("{} {}", item["code"], item["file"]))
            .collect()
    };
    let dropped = about("`form-or`");
    assert!(
        dropped
            .iter()
            .any(|finding| finding.contains("pieces/lots-and-forms.ftl")),
        "{dropped:?}"
    );
    let reference = about("no-such-message");
    assert!(
        reference.iter().any(|finding| finding.contains(german)),
        "{reference:?}"
    );
}

/// The optional wording joins the shared layer of the notices that load it, where an id
/// defined twice is refused: the lint finds an id repeated within such a file and one that a
/// shared file defines already, each where it is defined the second time.
#[test]
fn the_optional_shared_wording_has_no_duplicate_ids() {
    let sandbox = common::Sandbox::new();
    let us_recall = "locales/en/layouts/us-recall.ftl";
    let lots_de = "locales/de/pieces/lots-and-forms.ftl";
    // The line each duplicate is appended at.
    let next_line = |path: &str| {
        let text = std::fs::read_to_string(sandbox.path(path)).unwrap();
        assert!(text.ends_with('\n'), "{path}");
        text.lines().count() as u64 + 1
    };
    let (us_line, lots_line) = (next_line(us_recall), next_line(lots_de));
    sandbox.edit(us_recall, |text| {
        format!("{text}us-section-products = Products\n")
    });
    sandbox.edit(lots_de, |text| format!("{text}form-title = Formular\n"));
    let output = sandbox.fsn(&["check", "--locales", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let duplicates: Vec<(String, u64)> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["code"] == "fsn::lint::duplicate_message")
        .map(|item| {
            assert!(item["help"].is_string(), "{item}");
            (
                item["file"].as_str().unwrap().to_owned(),
                item["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        duplicates,
        [
            (lots_de.to_owned(), lots_line),
            (us_recall.to_owned(), us_line)
        ],
        "{findings:#}"
    );
}
