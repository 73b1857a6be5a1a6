//! Property tests: the parsers and formatters of fsn-core never panic on hostile input, and the
//! diagnostics they return point inside the text they were given. The texts they mutate are
//! those of the frozen copy of FSN2025-1682 (`tests/fixtures/frozen/`).
//!
//! Each property runs a bounded number of cases so the whole file stays well under ten seconds.
//!
//! See: issue 6 (hostile and broken input).

use std::path::PathBuf;

use fsn_core::base::diagnostic::Diagnostic;
use fsn_core::l10n::markdown::inline;
use fsn_core::l10n::{Catalog, FtlFile, Variables};
use fsn_core::model::parse::parse_toml;
use fsn_core::validate::is_valid_gtin14;
use fsn_core::{RawNotice, Repository, SourceFile};
use proptest::prelude::*;

use crate::frozen::{self, NOTICE};

fn real_notice_toml() -> String {
    std::fs::read_to_string(frozen::dir().join(format!("notices/{NOTICE}/notice.toml"))).unwrap()
}

fn real_ftl() -> String {
    std::fs::read_to_string(frozen::dir().join(format!("notices/{NOTICE}/locales/it.ftl"))).unwrap()
}

/// Checks that every located diagnostic lies within `text` and on char boundaries, and that
/// it can be shown in the short form.
fn assert_spans_in_bounds(text: &str, diagnostics: &[Diagnostic]) -> Result<(), TestCaseError> {
    assert_spans_within(text, diagnostics, true)
}

#[path = "support/mutation.rs"]
mod mutation;
use mutation::{apply, assert_spans_within, mutation};

/// GS1 check digit, written independently of `is_valid_gtin14`: weights 3,1,3,… counted from
/// the left of the 13 data digits of a GTIN-14.
fn gs1_check_digit(data: &[u8; 13]) -> u8 {
    let weighted: u32 = data
        .iter()
        .zip([3u32, 1].iter().cycle())
        .map(|(digit, weight)| u32::from(*digit) * weight)
        .sum();
    ((10 - weighted % 10) % 10) as u8
}

fn digits_to_string(digits: &[u8]) -> String {
    digits
        .iter()
        .map(|digit| char::from(b'0' + digit))
        .collect()
}

/// Parses a notice and, when it parses, validates it against the real issuer: neither may
/// panic, and every diagnostic points inside its file.
fn check_toml(text: &str) -> Result<(), TestCaseError> {
    let file = SourceFile::new("notice.toml", text);
    match parse_toml::<RawNotice>(&file) {
        Err(diagnostics) => {
            prop_assert!(!diagnostics.0.is_empty(), "an error without diagnostics");
            assert_spans_in_bounds(text, &diagnostics.0)?;
        }
        Ok(notice) => {
            let issuer_text =
                std::fs::read_to_string(frozen::dir().join("issuers/illumina/issuer.toml"))
                    .unwrap();
            let issuer_file = SourceFile::new("issuer.toml", issuer_text);
            let issuer = parse_toml::<fsn_core::model::RawIssuer>(&issuer_file).unwrap();
            let validated = fsn_core::validate(fsn_core::validate::Inputs {
                notice,
                notice_file: &file,
                folder_name: Some(NOTICE),
                issuer_key: "illumina",
                issuer,
                issuer_file: &issuer_file,
            });
            assert_located_in_bounds(&validated.diagnostics)?;
        }
    }
    Ok(())
}

fn check_ftl(text: &str) -> Result<(), TestCaseError> {
    let (file, diagnostics) = FtlFile::parse(SourceFile::new("it.ftl", text));
    assert_spans_within(text, &diagnostics, false)?;
    let (catalog, diagnostics) = Catalog::new("it".parse().unwrap(), &[&[&file]]);
    assert_spans_in_bounds(text, &diagnostics)?;
    let mut vars = Variables::default();
    vars.set("notice-id", NOTICE);
    vars.set("issuer", "Illumina");
    let ids: Vec<String> = file.message_ids().map(str::to_owned).collect();
    for id in &ids {
        let mut diagnostics = Vec::new();
        let spans = catalog.inline(id, &vars, &mut diagnostics);
        assert_spans_in_bounds(text, &diagnostics)?;
        for span in spans {
            if let Some(link) = span.link {
                prop_assert!(fsn_core::l10n::markdown::safe_link(&link).is_some());
            }
        }
    }
    Ok(())
}

/// Cases per property: the given default, or `FSN_FUZZ_CASES` for a long run
/// (`scripts/fuzz.sh`).
fn cases(default: u32) -> u32 {
    std::env::var("FSN_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default)
}

/// Text without Markdown metacharacters or line breaks. Markdown also trims a paragraph's
/// leading and trailing whitespace and reads `- `, `+ ` and `1. ` at the start as list markers
/// (rendered as "• " and kept as "1. " on purpose), so the text starts and ends with a
/// character that is neither.
const PLAIN_TEXT: &str = "([^*_\\[\\]<>`!#&\\\\\n\r\\s+\\-0-9]([^*_\\[\\]<>`!#&\\\\\n\r]{0,40}[^*_\\[\\]<>`!#&\\\\\n\r\\s])?)?";

/// Every link the Markdown of `text` yields is http, https or mailto.
fn links_are_safe(text: &str) -> Result<(), TestCaseError> {
    for span in inline(text) {
        if let Some(link) = span.link {
            let lower = link.to_ascii_lowercase();
            prop_assert!(
                lower.starts_with("http:")
                    || lower.starts_with("https:")
                    || lower.starts_with("mailto:"),
                "unsafe link {link:?} from {text:?}"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(256),
        // No regression files in the tree: a failure prints its minimal input.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn markdown_never_panics_and_links_are_safe(text in any::<String>()) {
        links_are_safe(&text)?;
    }

    #[test]
    fn markdown_links_are_safe_in_link_heavy_text(
        text in "([a-z ]{0,4}(\\[[a-z]{0,3}\\]\\(|<|\\]: ?)(javascript|JaVaScRiPt|data|vbscript|file|http|https|mailto| http|\\x00http)?:?[a-z/().%0-9]{0,8}[)>]?[\n ]?){1,6}"
    ) {
        links_are_safe(&text)?;
    }

    #[test]
    fn markdown_without_metacharacters_is_the_text(text in PLAIN_TEXT) {
        let plain = fsn_core::document::plain_text(&inline(&text));
        prop_assert_eq!(plain, text);
    }

    #[test]
    fn toml_parsing_never_panics_on_arbitrary_text(text in any::<String>()) {
        check_toml(&text)?;
    }

    #[test]
    fn toml_parsing_never_panics_on_a_mutated_notice(mutations in prop::collection::vec(mutation(), 1..4)) {
        let text = apply(&real_notice_toml(), &mutations);
        check_toml(&text)?;
    }

    #[test]
    fn ftl_parsing_and_formatting_never_panic_on_arbitrary_text(text in any::<String>()) {
        check_ftl(&text)?;
    }

    #[test]
    fn ftl_parsing_and_formatting_never_panic_on_a_mutated_file(mutations in prop::collection::vec(mutation(), 1..4)) {
        let text = apply(&real_ftl(), &mutations);
        check_ftl(&text)?;
    }

    #[test]
    fn gtin14_agrees_with_the_gs1_check_digit(data in prop::array::uniform14(0u8..10)) {
        let mut thirteen = [0u8; 13];
        thirteen.copy_from_slice(&data[..13]);
        let expected = data[13] == gs1_check_digit(&thirteen);
        prop_assert_eq!(is_valid_gtin14(&digits_to_string(&data)), expected);
    }

    #[test]
    fn flipping_one_digit_of_a_valid_gtin14_makes_it_invalid(
        data in prop::array::uniform13(0u8..10),
        position in 0usize..14,
        delta in 1u8..10,
    ) {
        let mut digits = data.to_vec();
        digits.push(gs1_check_digit(&data));
        prop_assert!(is_valid_gtin14(&digits_to_string(&digits)));
        digits[position] = (digits[position] + delta) % 10;
        prop_assert!(!is_valid_gtin14(&digits_to_string(&digits)), "{:?}", digits);
    }
}

/// A throwaway repository of the frozen notice, removed when dropped.
struct TempRepo(PathBuf);

impl TempRepo {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!(
            "fsn-properties-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        frozen::repository_in(&dir);
        Self(dir)
    }
}

impl Drop for TempRepo {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The `en.ftl` of the notice with the value of its `index`-th message (modulo their number)
/// replaced by `value`, written on one line.
fn substitute(ftl: &str, index: usize, value: &str) -> String {
    let lines: Vec<&str> = ftl.lines().collect();
    let starts: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| {
            line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains(" = ")
        })
        .map(|(number, _)| number)
        .collect();
    let start = starts[index % starts.len()];
    let mut end = start + 1;
    while end < lines.len() && lines[end].starts_with(' ') {
        end += 1;
    }
    let id = lines[start].split(" = ").next().unwrap();
    let mut out: Vec<String> = lines[..start]
        .iter()
        .map(|line| (*line).to_owned())
        .collect();
    out.push(format!("{id} = {value}"));
    out.extend(lines[end..].iter().map(|line| (*line).to_owned()));
    out.join("\n") + "\n"
}

#[test]
fn the_pipeline_never_panics_on_random_message_text() {
    let repo = TempRepo::new();
    let notice_dir = repo.0.join("notices").join(NOTICE);
    let ftl_path = notice_dir.join("locales/en.ftl");
    let original = std::fs::read_to_string(&ftl_path).unwrap();
    let config = ProptestConfig {
        cases: cases(128),
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let mut runner = proptest::test_runner::TestRunner::new(config);
    // Printable text, including Fluent's and Markdown's special characters.
    let strategy = (any::<usize>(), "[ -~\u{a0}-\u{17f}\u{2122}]{1,60}");
    runner
        .run(&strategy, |(index, value)| {
            std::fs::write(&ftl_path, substitute(&original, index, &value)).unwrap();
            let repository = Repository::open(&repo.0).unwrap();
            match repository.load(&notice_dir) {
                Ok(loaded) => {
                    for lang in ["it", "de", "en"] {
                        if let Err(diagnostics) = loaded.compose(lang) {
                            prop_assert!(diagnostics.has_errors());
                            assert_located_in_bounds(&diagnostics.0)?;
                        }
                    }
                }
                Err(diagnostics) => {
                    prop_assert!(diagnostics.has_errors());
                    assert_located_in_bounds(&diagnostics.0)?;
                }
            }
            Ok(())
        })
        .unwrap();
}

/// Like [`assert_spans_in_bounds`], for diagnostics about any file.
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

/// Fluent reports a syntax error as a one-byte range. It can start inside a multi-byte
/// character and split it, or, at the end of a file without a final newline, lie past the end
/// of the text (then `fsn check` shows the line without its underline). miette copes with both,
/// but a span must lie in the text and on char boundaries.
#[test]
fn ftl_syntax_error_spans_are_in_bounds_and_on_char_boundaries() {
    for text in ["🌀", "x = {™\n", "x = 1\n™ = 2\n", "A", "x = 1\nbroken"] {
        let (_, diagnostics) = FtlFile::parse(SourceFile::new("x.ftl", text));
        assert!(!diagnostics.is_empty(), "{text:?}");
        for diagnostic in &diagnostics {
            let span = &diagnostic.location.as_ref().unwrap().span;
            assert!(
                span.end <= text.len(),
                "{text:?}: span {span:?} past the end"
            );
            assert!(
                text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                "{text:?}: span {span:?} splits a char"
            );
        }
    }
}
