//! The translators' lint (issue 5) through the library: one small broken fixture per rule
//! under `tests/fixtures/lint/<rule>/`, each an English source and one translation, linted
//! with `lint_pair`; and the real repository, which must lint without errors.

use std::path::{Path, PathBuf};

use fsn_core::l10n::FtlFile;
use fsn_core::{Diagnostic, Repository};
use fsn_l10n::lint::{KnownVariables, lint_pair, lint_repository};

use crate::repo_root;

fn fixture_dir(rule: &str) -> PathBuf {
    repo_root().join("tests/fixtures/lint").join(rule)
}

/// Lints a fixture's `en.ftl` against its other `.ftl` file, whose name is the language.
fn lint_fixture(rule: &str) -> Vec<Diagnostic> {
    let dir = fixture_dir(rule);
    let read = |path: &Path| FtlFile::parse(fsn_core::repo::read_text(path).unwrap()).0;
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

/// What `fsn check --locales` reports, asked of the library: the repository's locales against
/// English have no error.
#[test]
fn the_repository_lints_without_errors() {
    let repository = Repository::open(repo_root()).unwrap();
    let found = lint_repository(&repository, "en");
    let errors: Vec<String> = found
        .0
        .iter()
        .filter(|diagnostic| diagnostic.is_error())
        .map(Diagnostic::short)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
