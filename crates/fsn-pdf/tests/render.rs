//! A composed document rendered to PDF: page furniture on every page, and every character in
//! an embedded font or a refusal naming it.

use crate::common::{TYPESETTER, frozen_document, repo_root};
use crate::poppler::pdf_text;

#[test]
fn every_page_has_the_footer() {
    let document = frozen_document("it");
    let pdf = fsn_pdf::pdf(&TYPESETTER, &document).unwrap();
    let text = pdf_text(&pdf.bytes);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|page| !page.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), pdf.pages);
    for (index, page) in pages.iter().enumerate() {
        let label = format!("Pagina {} di {}", index + 1, pdf.pages);
        assert!(page.contains(&label), "page {} lacks {label:?}", index + 1);
        assert!(
            page.contains("FSN2025-1682 (M-AMR-01719)"),
            "page {} lacks the document number",
            index + 1
        );
        assert!(
            page.contains("techsupport@illumina.com"),
            "page {} lacks the contacts",
            index + 1
        );
    }
}

/// Every language of the example, the 24 official EU languages among them, prints every
/// character with an embedded font: no empty boxes ("tofu"). Text a font lacks fails the PDF.
/// See: issue 5 (fonts for Latin Extended, Greek and Cyrillic).
#[test]
fn every_language_of_the_example_has_every_glyph() {
    let root = repo_root();
    let repository = fsn_core::Repository::open(&root).unwrap();
    let loaded = repository
        .load(&root.join("examples/notices/EXAMPLE-0001"))
        .unwrap();
    for lang in loaded.languages() {
        let document = loaded.compose(lang).unwrap();
        let pdf =
            fsn_pdf::pdf(&TYPESETTER, &document).unwrap_or_else(|err| panic!("{lang}: {err}"));
        assert!(pdf.warnings.is_empty(), "{lang}: {:?}", pdf.warnings);
    }
    let mut document = frozen_document("en");
    document.titles.push("漢字".to_owned());
    let err = fsn_pdf::pdf(&TYPESETTER, &document).unwrap_err();
    assert!(err.to_string().contains("漢 (U+6F22)"), "{err}");
}
