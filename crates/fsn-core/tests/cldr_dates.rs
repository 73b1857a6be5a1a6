//! Every language's date line and form placeholder against CLDR as another implementation
//! prints it: `tests/fixtures/cldr-dates.json` is written by `scripts/cldr-date-fixture.py`
//! with Python's Babel (its own copy of CLDR and its own formatter), not by fsn.
//!
//! See: issue 13, part 4 (the Irish date line and the Maltese placeholder disagreed with
//! CLDR).

use std::collections::BTreeMap;
use std::path::Path;

use fsn_core::base::date::{EntryStyle, IsoDate, entry_placeholder};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    source: String,
    locales: BTreeMap<String, Expected>,
}

/// What CLDR prints for one locale.
#[derive(Deserialize)]
struct Expected {
    /// CLDR's full date pattern, for the failure message.
    full: String,
    /// CLDR's short date pattern, for the failure message.
    short: String,
    /// The short pattern with its fields replaced by the initials of CLDR's field names.
    placeholder: String,
    /// ISO date → the date formatted with the full pattern.
    dates: BTreeMap<String, String>,
}

fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn fixture() -> Fixture {
    let text = std::fs::read_to_string(repo_root().join("tests/fixtures/cldr-dates.json"))
        .expect("the fixture exists");
    serde_json::from_str(&text).expect("the fixture is valid JSON")
}

fn iso_date(text: &str) -> IsoDate {
    let parts: Vec<&str> = text.split('-').collect();
    IsoDate::new(
        parts[0].parse().unwrap(),
        parts[1].parse().unwrap(),
        parts[2].parse().unwrap(),
    )
    .unwrap()
}

/// fsn capitalises the date line: it opens the letter.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[test]
fn every_language_of_the_repository_is_in_the_fixture() {
    let fixture = fixture();
    let mut languages = 0;
    for entry in std::fs::read_dir(repo_root().join("locales")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            let lang = entry.file_name().to_string_lossy().into_owned();
            assert!(
                fixture.locales.contains_key(&lang),
                "{lang} is missing: run scripts/cldr-date-fixture.py"
            );
            languages += 1;
        }
    }
    assert_eq!(languages, 24, "the 24 official EU languages");
}

#[test]
fn date_lines_and_placeholders_are_cldrs() {
    let fixture = fixture();
    let mut wrong = Vec::new();
    for (locale, expected) in &fixture.locales {
        for (date, text) in &expected.dates {
            let printed = iso_date(date).long(locale).unwrap();
            if printed != capitalised(text) {
                wrong.push(format!(
                    "{locale} {date}: fsn `{printed}`, CLDR `{text}` ({})",
                    expected.full
                ));
            }
        }
        let placeholder = entry_placeholder(locale, EntryStyle::Numeric).unwrap();
        if placeholder != expected.placeholder {
            wrong.push(format!(
                "{locale}: fsn `{placeholder}`, CLDR `{}` ({})",
                expected.placeholder, expected.short
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} differences from {}:\n{}",
        wrong.len(),
        fixture.source,
        wrong.join("\n")
    );
}
