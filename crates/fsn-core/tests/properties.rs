//! Property tests: the parsers and formatters of fsn-core never panic on hostile input, and the
//! diagnostics they return point inside the text they were given.
//!
//! Each property runs a bounded number of cases so the whole file stays well under ten seconds.
//!
//! See: issue 6 (hostile and broken input).

use std::path::{Path, PathBuf};

use fsn_core::diagnostic::Diagnostic;
use fsn_core::l10n::{Catalog, FtlFile, Variables};
use fsn_core::markdown::inline;
use fsn_core::project::parse_toml;
use fsn_core::validate::is_valid_gtin14;
use fsn_core::{RawNotice, Repository, SourceFile};
use proptest::prelude::*;

const NOTICE: &str = "FSN2025-1682";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn real_notice_toml() -> String {
    std::fs::read_to_string(repo_root().join(format!("notices/{NOTICE}/notice.toml"))).unwrap()
}

fn real_ftl() -> String {
    std::fs::read_to_string(repo_root().join(format!("notices/{NOTICE}/locales/it.ftl"))).unwrap()
}

/// Checks that every located diagnostic lies within `text` and on char boundaries, and that
/// it can be shown in the short form.
fn assert_spans_in_bounds(text: &str, diagnostics: &[Diagnostic]) -> Result<(), TestCaseError> {
    assert_spans_within(text, diagnostics, true)
}

/// Like [`assert_spans_in_bounds`]; `strict` off tolerates the known faults of Fluent syntax
/// error spans (one byte long, so they may split a multi-byte char, or end one byte past the
/// end of the text): see `ftl_syntax_error_spans_are_in_bounds_and_on_char_boundaries`.
fn assert_spans_within(
    text: &str,
    diagnostics: &[Diagnostic],
    strict: bool,
) -> Result<(), TestCaseError> {
    let slack = usize::from(!strict);
    for diagnostic in diagnostics {
        if let Some(location) = &diagnostic.location {
            let span = &location.span;
            prop_assert!(
                span.start <= span.end && span.end <= text.len() + slack,
                "span {span:?} outside a text of {} bytes: {diagnostic:?}",
                text.len()
            );
            prop_assert!(
                !strict || (text.is_char_boundary(span.start) && text.is_char_boundary(span.end)),
                "span {span:?} not on char boundaries: {diagnostic:?}"
            );
        }
        let _ = diagnostic.short();
    }
    Ok(())
}

/// An edit of a text: replace the chars `start..start + len` (positions taken modulo the
/// text's length) by `insert`. `len == 0` inserts, an empty `insert` deletes.
#[derive(Debug, Clone)]
struct Mutation {
    start: usize,
    len: usize,
    insert: String,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Replacement text is biased toward characters that mean something to TOML, Fluent and
    // Markdown, with some arbitrary Unicode mixed in.
    let insert = prop_oneof![
        Just(String::new()),
        "[\\[\\]{}=\"'#.,\\-\n \t$*<>\\\\a-z0-9]{1,8}",
        any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ];
    (any::<usize>(), 0usize..32, insert).prop_map(|(start, len, insert)| Mutation {
        start,
        len,
        insert,
    })
}

fn apply(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for mutation in mutations {
        let start = mutation.start % (chars.len() + 1);
        let end = (start + mutation.len).min(chars.len());
        chars.splice(start..end, mutation.insert.chars());
    }
    chars.into_iter().collect()
}

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
                std::fs::read_to_string(repo_root().join("issuers/illumina/issuer.toml")).unwrap();
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
                prop_assert!(fsn_core::markdown::safe_link(&link).is_some());
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

/// A throwaway copy of the repository's inputs, removed when dropped.
struct TempRepo(PathBuf);

impl TempRepo {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!(
            "fsn-properties-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        for folder in ["locales", "issuers", "notices"] {
            copy_dir(&repo_root().join(folder), &dir.join(folder));
        }
        Self(dir)
    }
}

impl Drop for TempRepo {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
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

// The XLIFF reader (issue 12: D1, D4, D6, D10, D14). `xliff::import` only returns the files
// it would write, and the command writes them only when it returns no error: so "never writes
// when it fails" is "an error returns nothing", and what a success returns must stay inside
// the target language's layers of the repository.

fn xliff_fixture() -> PathBuf {
    repo_root().join("tests/fixtures/xliff/repo")
}

/// The fixture's French export with one translation changed, so a clean import writes one file.
fn changed_export(repository: &Repository) -> String {
    let xml = fsn_core::xliff::export(repository, "en", "fr").unwrap();
    assert_eq!(xml.matches("<target>Utilisez").count(), 1);
    xml.replacen("<target>Utilisez", "<target>Mettez", 1)
}

/// Imports `xml`: never panics, every diagnostic lies in its file, and what a success would
/// write is a French file of the repository's layers.
fn check_import(repository: &Repository, xml: &str) -> Result<bool, TestCaseError> {
    match fsn_core::xliff::import(repository, "in.xlf", xml) {
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
        let result = fsn_core::xliff::import(&repository, "in.xlf", &whole[..at]);
        assert!(result.is_err(), "a cut at byte {at} was accepted");
    }
    assert_eq!(
        fsn_core::xliff::import(&repository, "in.xlf", whole)
            .unwrap()
            .len(),
        1
    );
}

/// A clean export imports back as a no-op, for the fixture and every language of the
/// repository.
#[test]
fn a_clean_export_reimports_as_a_no_op() {
    let fixture = Repository::open(xliff_fixture()).unwrap();
    let xml = fsn_core::xliff::export(&fixture, "en", "fr").unwrap();
    assert_eq!(
        fsn_core::xliff::import(&fixture, "fr.xlf", &xml).unwrap(),
        []
    );
    let repository = Repository::open(repo_root()).unwrap();
    for lang in repository.shared_languages() {
        if lang == "en" {
            continue;
        }
        let xml = fsn_core::xliff::export(&repository, "en", &lang).unwrap();
        let imported = fsn_core::xliff::import(&repository, "x.xlf", &xml).unwrap();
        assert_eq!(imported, [], "{lang}");
    }
}
