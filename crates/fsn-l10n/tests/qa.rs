//! The content checks of a translation against its source (issue 13, part 3) through the
//! library: one broken fixture per rule under `tests/fixtures/lint/<rule>/` (an English
//! source, a German translation, and a glossary where the rule needs one), checked with
//! `lint_content`.

use std::path::{Path, PathBuf};

use fsn_core::l10n::FtlFile;
use fsn_core::{Diagnostic, Repository};
use fsn_l10n::lint::{Glossary, lint_content};

use crate::repo_root;

fn fixture_dir(rule: &str) -> PathBuf {
    repo_root().join("tests/fixtures/lint").join(rule)
}

/// The content checks of a fixture's `de.ftl` against its `en.ftl`.
fn check(rule: &str, published: bool) -> Vec<Diagnostic> {
    let dir = fixture_dir(rule);
    let read = |path: &Path| FtlFile::parse(fsn_core::repo::read_text(path).unwrap()).0;
    let repository = Repository::open(repo_root()).unwrap();
    let glossary = Glossary::load(&repository, None, Some(&dir)).unwrap();
    lint_content(
        &read(&dir.join("en.ftl")),
        &read(&dir.join("de.ftl")),
        "de",
        published,
        &glossary,
    )
}

/// Asserts that the fixture of `rule` yields exactly one finding, `fsn::lint::<rule>`,
/// naming `id` at `line:column` of de.ftl, with excerpts and a fix; an error in a published
/// language and a warning in a draft. Returns the finding.
fn assert_fires(rule: &str, id: &str, line: usize, column: usize) -> Diagnostic {
    let found = check(rule, true);
    let shorts: Vec<String> = found.iter().map(Diagnostic::short).collect();
    assert_eq!(found.len(), 1, "{rule}: {shorts:#?}");
    let hit = &found[0];
    assert_eq!(hit.code, format!("fsn::lint::{rule}"), "{shorts:#?}");
    assert!(hit.is_error(), "{rule}: not an error where published");
    assert!(
        hit.message.starts_with(&format!("`{id}` in de")),
        "{}",
        hit.message
    );
    let location = hit.location.as_ref().expect("located");
    assert_eq!(location.file.path().file_name().unwrap(), "de.ftl");
    assert_eq!(
        location.file.line_col(location.span.start),
        (line, column),
        "{rule}"
    );
    assert_eq!(&location.file.text()[location.span.clone()], id);
    let help = hit.help.as_deref().unwrap();
    assert!(
        help.contains("source: ") && help.contains("translation: "),
        "{help}"
    );

    let drafted = check(rule, false);
    assert_eq!(drafted.len(), 1);
    assert!(!drafted[0].is_error(), "{rule}: an error in a draft");
    hit.clone()
}

#[test]
fn a_changed_link_target_is_reported() {
    let hit = assert_fires("url_changed", "contact", 2, 1);
    assert!(
        hit.message.contains("`https://example.com/support`"),
        "{}",
        hit.message
    );
    // The unchanged e-mail address is not.
    assert!(!hit.message.contains("techsupport@"), "{}", hit.message);
}

#[test]
fn other_numbers_are_reported_but_not_other_separators() {
    let hit = assert_fires("number_mismatch", "catalog", 2, 1);
    assert!(
        hit.message.contains("lacks 20068232 and adds 20068223"),
        "{}",
        hit.message
    );
}

#[test]
fn a_dropped_term_reference_is_reported() {
    let hit = assert_fires("reference_mismatch", "intro", 3, 1);
    assert!(hit.message.contains("drops { -brand }"), "{}", hit.message);
}

#[test]
fn an_unclosed_bold_is_reported() {
    let hit = assert_fires("markdown_mismatch", "note", 2, 1);
    assert!(hit.message.contains("2 unmatched `*`"), "{}", hit.message);
}

#[test]
fn a_message_left_in_english_is_reported_unless_it_is_glossary_text() {
    // `product` is identical too, but holds nothing but a glossary term and a placeable.
    assert_fires("untranslated", "action", 2, 1);
}

#[test]
fn a_glossary_term_must_stay_unless_the_rendering_is_approved() {
    // `software` uses the approved German rendering; `product` drops the ™.
    let hit = assert_fires("glossary_term", "product", 3, 1);
    assert!(hit.message.contains("`DRAGEN™`"), "{}", hit.message);
}
