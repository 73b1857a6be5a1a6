//! A composed document rendered to PDF: a file of the pages typst laid out, with the
//! document's text, page furniture on every page, the PDF/A and PDF/UA parts a reader needs in
//! its bytes, and every character in an embedded font or a refusal naming it.

use fsn_pdf::PdfError;

use crate::common::{TYPESETTER, frozen_document, repo_root};
use crate::poppler::{pdf_text, poppler};

/// `text` with every run of white space made one space: pdftotext breaks lines where the
/// layout does.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[test]
fn a_document_renders_to_a_pdf_of_its_pages_and_its_text() {
    let document = frozen_document("en");
    let pdf = fsn_pdf::pdf(&TYPESETTER, &document).unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF-"), "{:?}", &pdf.bytes[..16]);
    assert!(pdf.bytes.trim_ascii_end().ends_with(b"%%EOF"));
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);

    // The pages the result counts are the file's, as poppler reads them, and the layout's.
    let info = poppler("pdfinfo", &[], &pdf.bytes, &[]);
    let pages: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap_or_else(|| panic!("no page count in\n{info}"))
        .trim()
        .parse()
        .unwrap();
    assert_eq!(pdf.pages, pages);
    assert!(pages >= 2, "{pages} page(s)");
    let typeset = fsn_pdf::typeset(&TYPESETTER, &document).unwrap();
    assert_eq!(typeset.document.pages().len(), pages);

    let text = squeezed(&pdf_text(&pdf.bytes));
    for shown in document
        .titles
        .iter()
        .chain([&document.date_line, &document.closing])
    {
        assert!(text.contains(&squeezed(shown)), "{shown:?} not in\n{text}");
    }
}

/// What PDF/A-2b and PDF/UA-1 ask of the file itself, read from its bytes: the XMP metadata
/// stream claiming both, uncompressed as PDF/A requires; an output intent for the colours; a
/// structure tree marked as such; and the document's language.
#[test]
fn the_file_carries_what_pdf_a_and_pdf_ua_ask_for() {
    let document = frozen_document("de");
    let bytes = fsn_pdf::pdf(&TYPESETTER, &document).unwrap().bytes;
    for part in [
        &b"<pdfaid:part>2</pdfaid:part>"[..],
        b"<pdfaid:conformance>B</pdfaid:conformance>",
        b"<pdfuaid:part>1</pdfuaid:part>",
        b"/OutputIntents",
        b"/GTS_PDFA1",
        b"/StructTreeRoot",
        b"/Marked true",
        b"/Lang(de)",
    ] {
        assert!(
            contains(&bytes, part),
            "no {} in the file",
            String::from_utf8_lossy(part)
        );
    }
}

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

/// A character no embedded font has is refused before layout, by the layout step too, as a
/// value naming each such character once; text the fonts cover has none.
#[test]
fn a_character_no_font_has_is_named_before_layout() {
    assert_eq!(
        TYPESETTER.missing_glyphs("Ærøskøbing, Αθήνα, Київ"),
        Vec::<char>::new()
    );
    assert_eq!(TYPESETTER.missing_glyphs("漢字 and 漢"), ['漢', '字']);

    let mut document = frozen_document("en");
    document.closing.push_str(" 漢字");
    document.titles.push("漢".to_owned());
    let err = fsn_pdf::typeset(&TYPESETTER, &document).err();
    assert_eq!(err, Some(PdfError::MissingGlyphs(vec!['漢', '字'])));
}
