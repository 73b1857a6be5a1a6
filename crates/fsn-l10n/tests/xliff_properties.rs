//! Property tests of the XLIFF reader: the import never panics on hostile input, refuses every
//! broken structure, and the diagnostics it returns point inside the text they were given.
//!
//! Each property runs a bounded number of cases so the whole file stays well under ten seconds.
//!
//! See: issue 6 (hostile and broken input), issue 12 (the XLIFF reader).

use std::path::PathBuf;

use fsn_core::Repository;
use fsn_core::base::diagnostic::Diagnostic;
use proptest::prelude::*;

use crate::{repo_root, schema};

/// Cases per property: the given default, or `FSN_FUZZ_CASES` for a long run
/// (`scripts/fuzz.sh`).
fn cases(default: u32) -> u32 {
    std::env::var("FSN_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default)
}

#[path = "../../fsn-core/tests/support/mutation.rs"]
mod mutation;
use mutation::{Mutation, apply, assert_spans_within, mutation};

/// Every located diagnostic lies within its own file, on char boundaries.
fn assert_located_in_bounds(diagnostics: &[Diagnostic]) -> Result<(), TestCaseError> {
    for diagnostic in diagnostics {
        if let Some(location) = &diagnostic.location {
            let strict = true;
            assert_spans_within(
                location.file.text(),
                std::slice::from_ref(diagnostic),
                strict,
            )?;
        }
    }
    Ok(())
}

// The XLIFF reader (issue 12: D1, D4, D6, D10, D14). `xliff::import` only returns the files
// it would write, and the command writes them only when it returns no error: so "never writes
// when it fails" is "an error returns nothing", and what a success returns must stay inside
// the target language's layers of the repository.

fn xliff_fixture() -> PathBuf {
    repo_root().join("tests/fixtures/xliff/repo")
}

/// The fixture's French export with one translation changed, so a clean import writes one file.
fn changed_export(repository: &Repository) -> String {
    let xml = fsn_l10n::xliff::export(repository, "en", "fr").unwrap();
    assert_eq!(xml.matches("<target>Utilisez").count(), 1);
    xml.replacen("<target>Utilisez", "<target>Mettez", 1)
}

/// Imports `xml`: never panics, every diagnostic lies in its file, and what a success would
/// write is a French file of the repository's layers.
fn check_import(repository: &Repository, xml: &str) -> Result<bool, TestCaseError> {
    match fsn_l10n::xliff::import(repository, "in.xlf", xml) {
        Err(diagnostics) => {
            prop_assert!(diagnostics.has_errors(), "an error without diagnostics");
            assert_located_in_bounds(&diagnostics.0)?;
            Ok(false)
        }
        Ok(files) => {
            let root = repository.root();
            for file in &files {
                let relative = file.path.strip_prefix(root);
                prop_assert!(relative.is_ok(), "{:?} outside {:?}", file.path, root);
                let relative = relative.unwrap().to_string_lossy().replace('\\', "/");
                prop_assert!(
                    relative.starts_with("locales/fr/") || relative.ends_with("/locales/fr.ftl"),
                    "{relative} is not a French layer"
                );
                prop_assert!(!relative.split('/').any(|part| part == ".."), "{relative}");
            }
            Ok(true)
        }
    }
}

/// A change to the structure of a whole document.
#[derive(Debug, Clone)]
enum Structural {
    /// Appends a second root (one of a few spellings).
    ExtraRoot(usize),
    /// Cuts the document at this char (modulo its length).
    Truncate(usize),
    /// Repeats the n-th element of a kind right after itself.
    Duplicate(&'static str, usize),
    /// Replaces the value of the n-th attribute.
    Attribute(usize, String),
    /// Random edits of the text.
    Edit(Vec<Mutation>),
}

/// Elements a document may hold once per parent (per file, unit or segment): repeating one is
/// an error. Elements outside this list (notes) may repeat.
const ONCE: [&str; 7] = [
    "file",
    "unit",
    "segment",
    "source",
    "target",
    "originalData",
    "data",
];

fn structural() -> impl Strategy<Value = Structural> {
    let element = prop::sample::select(vec![
        "file",
        "unit",
        "segment",
        "source",
        "target",
        "originalData",
        "data",
        "notes",
        "note",
        "ph",
    ]);
    prop_oneof![
        (0usize..4).prop_map(Structural::ExtraRoot),
        any::<usize>().prop_map(Structural::Truncate),
        (element, any::<usize>()).prop_map(|(name, n)| Structural::Duplicate(name, n)),
        (
            any::<usize>(),
            prop_oneof![
                Just(String::new()),
                Just("fr".to_owned()),
                Just("FR".to_owned()),
                Just("..".to_owned()),
                Just("../../x".to_owned()),
                Just("d1".to_owned()),
                Just("escaping".to_owned()),
                Just("locales/en/notice.ftl".to_owned()),
                "[a-zA-Z0-9./{}$ -]{0,12}",
            ]
        )
            .prop_map(|(n, value)| Structural::Attribute(n, value)),
        prop::collection::vec(mutation(), 1..4).prop_map(Structural::Edit),
    ]
}

/// Byte ranges of each element named `name`: from `<name` to its `</name>` or `/>`.
fn elements(xml: &str, name: &str) -> Vec<std::ops::Range<usize>> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = xml[from..].find(&open) {
        let start = from + found;
        from = start + open.len();
        // `<note` must not match `<notes`.
        if !xml[from..].starts_with([' ', '>', '/']) {
            continue;
        }
        let tag_end = start + xml[start..].find('>').unwrap() + 1;
        let end = if xml[..tag_end].ends_with("/>") {
            tag_end
        } else {
            tag_end + xml[tag_end..].find(&close).unwrap() + close.len()
        };
        out.push(start..end);
    }
    out
}

/// Applies a structural change; returns the document and whether the import must refuse it.
fn restructure(xml: &str, change: &Structural) -> (String, bool) {
    match change {
        Structural::ExtraRoot(kind) => {
            let extra = [
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"/>",
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\"></xliff>",
                "<other/>",
                xml,
            ][*kind];
            (format!("{xml}{extra}"), true)
        }
        Structural::Truncate(at) => {
            let chars: Vec<char> = xml.trim_end().chars().collect();
            let cut: String = chars[..at % chars.len()].iter().collect();
            (cut, true)
        }
        Structural::Duplicate(name, n) => {
            let found = elements(xml, name);
            if found.is_empty() {
                return (xml.to_owned(), false);
            }
            let range = found[n % found.len()].clone();
            let doubled = format!(
                "{}{}{}",
                &xml[..range.end],
                &xml[range.clone()],
                &xml[range.end..]
            );
            (doubled, ONCE.contains(name))
        }
        Structural::Attribute(n, value) => {
            let mut at = 0;
            let mut starts = Vec::new();
            while let Some(found) = xml[at..].find("=\"") {
                starts.push(at + found + 2);
                at += found + 2;
            }
            let start = starts[n % starts.len()];
            let end = start + xml[start..].find('"').unwrap();
            (format!("{}{value}{}", &xml[..start], &xml[end..]), false)
        }
        Structural::Edit(mutations) => (apply(xml, mutations), false),
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Extra roots, truncation, duplicated elements, changed attributes and random edits of a
    /// real export: the import never panics, refuses every broken structure, and what it
    /// accepts stays in the target language's files.
    #[test]
    fn xliff_import_refuses_broken_structure_and_never_panics(change in structural()) {
        let repository = Repository::open(xliff_fixture()).unwrap();
        let xml = changed_export(&repository);
        let (mutated, must_fail) = restructure(&xml, &change);
        let accepted = check_import(&repository, &mutated)?;
        prop_assert!(!(must_fail && accepted), "accepted {change:?}:\n{mutated}");
    }

    #[test]
    fn xliff_import_never_panics_on_arbitrary_text(text in any::<String>()) {
        let repository = Repository::open(xliff_fixture()).unwrap();
        check_import(&repository, &text)?;
    }
}

/// A truncated file was imported up to where it ended (D6): a cut anywhere is refused.
#[test]
fn an_export_cut_anywhere_is_refused() {
    let repository = Repository::open(xliff_fixture()).unwrap();
    let xml = changed_export(&repository);
    let whole = xml.trim_end();
    for (at, _) in whole.char_indices() {
        let result = fsn_l10n::xliff::import(&repository, "in.xlf", &whole[..at]);
        assert!(result.is_err(), "a cut at byte {at} was accepted");
    }
    assert_eq!(
        fsn_l10n::xliff::import(&repository, "in.xlf", whole)
            .unwrap()
            .len(),
        1
    );
}

/// A clean export is valid XLIFF 2.0 and imports back as a no-op, for the fixture and every
/// language of the repository.
#[test]
fn a_clean_export_reimports_as_a_no_op() {
    let fixture = Repository::open(xliff_fixture()).unwrap();
    let xml = fsn_l10n::xliff::export(&fixture, "en", "fr").unwrap();
    schema::check(&xml).unwrap();
    assert_eq!(
        fsn_l10n::xliff::import(&fixture, "fr.xlf", &xml).unwrap(),
        []
    );
    let repository = Repository::open(repo_root()).unwrap();
    for lang in repository.shared_languages() {
        if lang == "en" {
            continue;
        }
        let xml = fsn_l10n::xliff::export(&repository, "en", &lang).unwrap();
        if let Err(problems) = schema::check(&xml) {
            panic!("{lang}: the export is not valid XLIFF 2.0:\n{problems}");
        }
        let imported = fsn_l10n::xliff::import(&repository, "x.xlf", &xml).unwrap();
        assert_eq!(imported, [], "{lang}");
    }
}
