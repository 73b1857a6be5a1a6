//! The content checks of a translation against its source (issue 13, part 3) as `fsn check
//! --locales` runs them over the real repository, which must pass them without errors. The
//! rules themselves are tested in fsn-l10n (`crates/fsn-l10n/tests/qa.rs`).

use crate::common;

/// The content checks run over the real repository too: its published languages have no
/// error from them (and dropping a variable in a published language is one).
#[test]
fn the_repository_passes_the_content_checks_and_a_dropped_variable_fails_it() {
    let sandbox = common::Sandbox::new();
    let output = sandbox.fsn(&["check", "--locales", "--format", "json"]);
    let all: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let errors: Vec<&serde_json::Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(output.status.success());

    sandbox.edit("notices/FSN2025-1682/locales/de.ftl", |text| {
        text.replacen("{ $notice-id } bezüglich", "bezüglich", 1)
    });
    let output = sandbox.fsn(&["check", "--locales", "--format", "json"]);
    let all: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let dropped = all
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["code"] == "fsn::lint::missing_variable")
        .unwrap_or_else(|| panic!("{all:#}"));
    assert_eq!(dropped["severity"], "error");
    assert_eq!(dropped["file"], "notices/FSN2025-1682/locales/de.ftl");
    assert_eq!(output.status.code(), Some(1));
}
