//! The translators' lint (`fsn check --locales`, issue 5): one small broken fixture per rule
//! under `tests/fixtures/lint/<rule>/`, each an English source and one translation, and the
//! real repository, which must lint without errors.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use fsn_core::l10n::FtlFile;
use fsn_core::{Diagnostic, SourceFile};
use fsn_l10n::lint::{KnownVariables, lint_pair};

fn fixture_dir(rule: &str) -> PathBuf {
    common::repo_root().join("tests/fixtures/lint").join(rule)
}

/// Lints a fixture's `en.ftl` against its other `.ftl` file, whose name is the language.
fn lint_fixture(rule: &str) -> Vec<Diagnostic> {
    let dir = fixture_dir(rule);
    let read = |path: &Path| FtlFile::parse(SourceFile::read(path).unwrap()).0;
    let target = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.file_name().is_some_and(|name| name != "en.ftl"))
        .unwrap();
    let lang = target.file_stem().unwrap().to_str().unwrap().to_owned();
    let variables = KnownVariables::with_links(["privacy"]);
    lint_pair(
        &read(&dir.join("en.ftl")),
        &read(&target),
        &lang,
        &variables,
    )
}

/// Asserts that the fixture of `rule` yields only `fsn::lint::<rule>` findings, at least one
/// naming `id`, located in `file` of the fixture.
fn assert_fires(rule: &str, id: &str, file: &str) {
    let found = lint_fixture(rule);
    let code = format!("fsn::lint::{rule}");
    let shorts: Vec<String> = found.iter().map(Diagnostic::short).collect();
    assert!(!found.is_empty(), "{rule}: nothing found");
    assert!(
        found.iter().all(|diagnostic| diagnostic.code == code),
        "{rule}: other findings too: {shorts:#?}"
    );
    let hit = found
        .iter()
        .find(|diagnostic| diagnostic.message.contains(&format!("`{id}`")))
        .unwrap_or_else(|| panic!("{rule}: no finding names `{id}`: {shorts:#?}"));
    let location = hit.location.as_ref().expect("located");
    assert_eq!(
        location.file.path().file_name().unwrap(),
        file,
        "{rule}: {shorts:#?}"
    );
    assert!(!location.span.is_empty(), "{rule}: empty span");
    assert!(hit.help.is_some(), "{rule}: no help");
    assert!(
        hit.message.starts_with(char::is_lowercase),
        "{rule}: message not lowercase: {}",
        hit.message
    );
}

#[test]
fn clean_pair_yields_nothing() {
    let found = lint_fixture("clean");
    let shorts: Vec<String> = found.iter().map(Diagnostic::short).collect();
    assert!(found.is_empty(), "{shorts:#?}");
}

#[test]
fn missing_message_is_an_error_at_the_source() {
    assert_fires("missing_message", "only-in-source", "en.ftl");
    let found = lint_fixture("missing_message");
    assert!(found[0].is_error());
    assert_eq!(found[0].label.as_deref(), Some("missing in de"));
    assert_eq!(
        found[0].short(),
        format!(
            "{}:2:1: error: message `only-in-source` is missing in de",
            fixture_dir("missing_message").join("en.ftl").display()
        )
    );
}

#[test]
fn obsolete_message_is_a_warning() {
    assert_fires("obsolete_message", "only-in-target", "de.ftl");
    assert!(!lint_fixture("obsolete_message")[0].is_error());
}

#[test]
fn missing_attribute() {
    assert_fires("missing_attribute", "hello.title", "en.ftl");
}

#[test]
fn obsolete_attribute() {
    assert_fires("obsolete_attribute", "hello.tooltip", "de.ftl");
}

#[test]
fn duplicate_message() {
    assert_fires("duplicate_message", "hello", "de.ftl");
    let found = lint_fixture("duplicate_message");
    assert_eq!(found.len(), 1);
    // The second definition, on line 2.
    assert!(
        found[0].short().contains("de.ftl:2:1:"),
        "{}",
        found[0].short()
    );
}

#[test]
fn syntax_error_names_line_and_column() {
    assert_fires("syntax", "broken", "de.ftl");
    let found = lint_fixture("syntax");
    assert!(
        found[0].short().contains("de.ftl:2:"),
        "{}",
        found[0].short()
    );
}

#[test]
fn empty_value() {
    assert_fires("empty_value", "empty", "de.ftl");
}

#[test]
fn unknown_variable_is_an_error() {
    assert_fires("unknown_variable", "hello", "de.ftl");
    let found = lint_fixture("unknown_variable");
    assert!(
        found[0].message.contains("$customer"),
        "{}",
        found[0].message
    );
    assert!(found[0].is_error());
}

#[test]
fn missing_variable_is_a_warning() {
    assert_fires("missing_variable", "hello", "de.ftl");
    assert!(!lint_fixture("missing_variable")[0].is_error());
}

#[test]
fn extra_variable_is_a_warning() {
    assert_fires("extra_variable", "hello", "de.ftl");
    assert!(!lint_fixture("extra_variable")[0].is_error());
}

#[test]
fn unknown_reference() {
    assert_fires("unknown_reference", "bye", "de.ftl");
    let found = lint_fixture("unknown_reference");
    assert!(found[0].message.contains("`helo`"), "{}", found[0].message);
}

#[test]
fn missing_plural_category_follows_cldr() {
    assert_fires("missing_plural_category", "items", "pl.ftl");
    let found = lint_fixture("missing_plural_category");
    assert!(
        found[0].message.contains("few, many"),
        "{}",
        found[0].message
    );
    assert!(!found[0].is_error());
}

#[test]
fn format_error_catches_cycles() {
    assert_fires("format_error", "first", "de.ftl");
    let found = lint_fixture("format_error");
    assert!(found.iter().all(Diagnostic::is_error));
}

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
