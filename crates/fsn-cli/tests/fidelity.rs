//! The rendered notices against the printed originals: text, pages, leftovers, determinism.
//!
//! See: issue 3 (FSN2025-1682 in it/de/en, PDF and HTML).

use crate::common::{self, TYPESETTER, compose, fidelity, pdf_text, seed};

const MIN_RECALL: f64 = 0.97;
const MIN_PRECISION: f64 = 0.85;

fn check_against_seed(notice: &str, lang: &str, expected_pages: Option<usize>) {
    let seed_name = format!("{notice}_{lang}.txt");
    let document = compose(notice, lang);
    let pdf = fsn_pdf::pdf(&TYPESETTER, &document).unwrap();
    assert!(
        pdf.warnings.is_empty(),
        "typst warnings: {:?}",
        pdf.warnings
    );
    let text = pdf_text(&pdf.bytes);
    let score = fidelity(&text, &seed(&seed_name));
    eprintln!(
        "{notice} {lang}: recall {:.3} precision {:.3} pages {}; missing {:?}; extra {:?}",
        score.recall,
        score.precision,
        pdf.pages,
        &score.missing[..score.missing.len().min(15)],
        &score.extra[..score.extra.len().min(15)],
    );
    assert!(
        score.recall >= MIN_RECALL,
        "{lang}: recall {:.3} < {MIN_RECALL}; missing {:?}",
        score.recall,
        score.missing
    );
    assert!(
        score.precision >= MIN_PRECISION,
        "{lang}: precision {:.3} < {MIN_PRECISION}; extra {:?}",
        score.precision,
        score.extra
    );
    if let Some(expected) = expected_pages {
        assert_eq!(pdf.pages, expected, "{notice} {lang}: page count");
    }
}

/// The printed Italian notice has 5 pages, the German 4, for the same content: the Italian
/// original sets its letter in larger type over 4 pages. fsn uses one layout for every
/// language, which sets the letter in 2 pages and the form in 2, as the German original does;
/// so the Italian rendering has 4 pages, one fewer than its original.
#[test]
fn italian_pdf_matches_the_printed_notice() {
    check_against_seed("FSN2025-1682", "it", Some(4));
}

#[test]
fn german_pdf_matches_the_printed_notice() {
    check_against_seed("FSN2025-1682", "de", Some(4));
}

/// See: issue 4. The seed of FSN2022-1230 has no page furniture to count pages by.
#[test]
fn local_run_manager_notice_matches_the_printed_notice() {
    check_against_seed("FSN2022-1230", "it", None);
}

/// See: issue 4.
#[test]
fn network_protocol_notice_matches_the_printed_notice() {
    check_against_seed("FSN2024-1562", "it", Some(5));
}

/// Leftovers that would show a translation gap: message ids, placeholders, question marks,
/// Fluent's isolation marks.
fn assert_no_leftovers(text: &str, what: &str) {
    for leftover in [
        "{", "}", "???", "\u{2068}", "\u{2069}", "\u{E000}", "\u{E001}",
    ] {
        assert!(!text.contains(leftover), "{what} contains {leftover:?}");
    }
    for id in [
        "salutation",
        "product-table",
        "form-",
        "why-",
        "section-",
        "title-",
        "label-recall",
    ] {
        assert!(
            !text.contains(id),
            "{what} contains the message id fragment {id:?}"
        );
    }
}

#[test]
fn english_pdf_and_html_have_no_leftovers() {
    let document = compose("FSN2025-1682", "en");
    let pdf = fsn_pdf::pdf(&TYPESETTER, &document).unwrap();
    let text = pdf_text(&pdf.bytes);
    assert!(text.contains("Dear Customer"), "{text}");
    assert!(text.contains("Page 1 of"), "{text}");
    assert_no_leftovers(&text, "English PDF");

    let html = fsn_html::html(&document);
    assert!(html.contains("lang=\"en\""));
    // CSS uses braces and class names use ids' words: check the visible text only.
    let body = html
        .split("</style>")
        .nth(1)
        .expect("the page has a stylesheet");
    assert_no_leftovers(&common::strip_tags(body), "English HTML");
}

#[test]
fn rendering_twice_gives_identical_bytes() {
    let document = compose("FSN2025-1682", "de");
    let first = fsn_pdf::pdf(&TYPESETTER, &document).unwrap().bytes;
    // A fresh typesetter too: nothing may depend on caches or the clock.
    let second = fsn_pdf::pdf(&fsn_pdf::Typesetter::new(), &document)
        .unwrap()
        .bytes;
    assert!(first == second, "two renders of the same notice differ");
    assert_eq!(fsn_html::html(&document), fsn_html::html(&document));
}

/// Every notice in every language it lists, drafts included, composes with no gap, prints
/// every character and keeps the shape of the Italian original: one page more or less at most
/// (a translation that overflows the layout shows up here first).
/// See: issue 5 (French, Spanish and the other EU languages for every notice).
#[test]
fn every_notice_renders_in_every_language() {
    let root = common::repo_root();
    let repository = fsn_core::Repository::open(&root).unwrap();
    for dir in repository.notice_dirs().unwrap() {
        let loaded = repository.load(&dir).unwrap();
        let id = loaded.notice.id.clone();
        let mut pages = Vec::new();
        let langs = loaded.languages().iter().chain(loaded.draft_languages());
        for lang in langs {
            let document = loaded
                .compose(lang)
                .unwrap_or_else(|err| panic!("{id} ({lang}): {err:?}"));
            let pdf = fsn_pdf::pdf(&TYPESETTER, &document)
                .unwrap_or_else(|err| panic!("{id} ({lang}): {err}"));
            assert!(pdf.warnings.is_empty(), "{id} ({lang}): {:?}", pdf.warnings);
            let html = fsn_html::html(&document);
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{id} ({lang})"
            );
            assert_no_heading_ends_a_page(&document, &common::pdf_text(&pdf.bytes));
            pages.push((lang, pdf.pages));
        }
        let italian = pages
            .iter()
            .find_map(|(lang, count)| (lang.as_str() == "it").then_some(*count))
            .unwrap_or_else(|| panic!("{id} is not in Italian"));
        for (lang, count) in pages {
            assert!(
                count.abs_diff(italian) <= 1,
                "{id} ({lang}): {count} pages, Italian {italian}"
            );
        }
    }
}

/// A section heading is never the last line of a page's body: it moves to the next page with
/// the text it introduces (the footer starts at the first contact's label).
fn assert_no_heading_ends_a_page(document: &fsn_core::Document, text: &str) {
    let headings: Vec<&str> = document
        .body
        .iter()
        .filter_map(|block| match block {
            fsn_core::document::Block::Heading { text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let footer = &document.footer.contacts[0].label;
    for (index, page) in text.split('\u{c}').enumerate() {
        let body = page.split(footer.as_str()).next().unwrap_or(page);
        let Some(last) = body.lines().map(str::trim).rfind(|line| !line.is_empty()) else {
            continue;
        };
        assert!(
            !headings.iter().any(|heading| heading.ends_with(last)),
            "{} ({}): page {} ends with the heading `{last}`",
            document.meta.notice_id,
            document.lang,
            index + 1
        );
    }
}
