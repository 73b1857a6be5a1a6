//! Review recorded against a source (issue 13) through the library, on a repository of the
//! frozen notice: a source changed after its translation was reviewed makes the translation
//! stale, a new record clears it, and records read back as written.

use fsn_core::{Repository, SourceFile};
use fsn_l10n::review::{LayerKind, NoticeRef, Record, Reviews, STALE, State, mark_reviewed};

use crate::frozen::{self, NOTICE};

/// The English note the German and Italian translations were reviewed against, and its
/// first words changed.
const NOTE: &str = "immediately disconnect the network cable";
const CHANGED: &str = "disconnect the network cable at once";

#[test]
fn a_source_changed_after_review_makes_its_translation_stale_until_reviewed_again() {
    let root = tempfile::tempdir().unwrap();
    frozen::repository_in(root.path());
    let repository = Repository::open(root.path()).unwrap();
    let dir = repository.notice_dir(NOTICE);
    let loaded = repository.load(&dir).unwrap();
    assert_eq!(
        Reviews::new(&repository).publish_problems(&loaded, "de"),
        [],
        "the frozen German is reviewed"
    );

    let english = dir.join("locales/en.ftl");
    let text = std::fs::read_to_string(&english).unwrap();
    assert_eq!(text.matches(NOTE).count(), 1);
    std::fs::write(&english, text.replace(NOTE, CHANGED)).unwrap();

    // A new repository: the first one keeps the files it parsed.
    let repository = Repository::open(root.path()).unwrap();
    let loaded = repository.load(&dir).unwrap();
    let reviews = Reviews::new(&repository);
    let files = reviews.notice(NoticeRef::of(&loaded), "de").unwrap();
    let german = files
        .iter()
        .find(|file| file.layer.kind == LayerKind::Notice)
        .expect("the notice's own German file");
    assert_eq!(german.layer.source_language, "en");
    let stale: Vec<(&str, &State)> = german
        .messages
        .iter()
        .filter(|message| message.state != State::Reviewed)
        .map(|message| (message.key.as_str(), &message.state))
        .collect();
    let [("customer-actions-note", State::Stale { reviewed_against })] = stale[..] else {
        panic!("{stale:#?}");
    };
    assert!(reviewed_against.contains(NOTE), "{reviewed_against}");
    assert_eq!(german.counts(), (1, 0));
    let problems = reviews.publish_problems(&loaded, "de");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].code, STALE);
    assert!(
        problems[0].message.contains("customer-actions-note"),
        "{}",
        problems[0].message
    );
    let findings = german.diagnostics(true, Some(NOTICE));
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert!(findings[0].is_error());

    // Reviewed again: the new record covers the file as it is, and reads back as written.
    let record = german.reviewed(&[], "test", "2026-12-01");
    assert!(!german.is_current_with(&german.record));
    assert!(german.is_current_with(&record));
    assert_eq!(record.messages["customer-actions-note"].by, "test");
    let written = record.to_toml("de.ftl");
    let read = Record::parse(&SourceFile::new("de.review.toml", written)).unwrap();
    assert_eq!(read, record);
}

#[test]
fn marking_a_file_reviewed_sets_its_status_line_once() {
    assert_eq!(
        mark_reviewed("### status: draft\n\nhello = Hallo\n").as_deref(),
        Some("### status: reviewed\n\nhello = Hallo\n")
    );
    assert_eq!(
        mark_reviewed("### status: reviewed\n\nhello = Hallo\n"),
        None
    );
}
