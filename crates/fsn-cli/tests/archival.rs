//! What a published PDF carries for archiving and accessibility, read back with poppler's tools
//! rather than taken from typst's word: PDF/A-2b identification, a tagged structure, the
//! document's metadata, and one bookmark per section.
//!
//! See: issue 7 (PDF/A-2b, tagged PDF, metadata, bookmarks).

mod common;

use common::{TYPESETTER, compose, poppler};
use fsn_core::Document;
use fsn_core::document::Block;

/// The value of a `Name: value` line of `pdfinfo`.
fn info_field<'a>(info: &'a str, name: &str) -> &'a str {
    info.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
        .unwrap_or_else(|| panic!("pdfinfo printed no {name}:\n{info}"))
        .trim()
}

/// The bookmark titles of `pdftohtml -xml`, in order, whatever their level.
fn bookmarks(xml: &str) -> Vec<String> {
    xml.split("<item ")
        .skip(1)
        .map(|item| {
            let title = &item[item.find('>').unwrap() + 1..item.find("</item>").unwrap()];
            title
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

/// The section headings of the letter, then the form's: what the bookmarks must list.
fn section_headings(document: &Document) -> Vec<String> {
    let mut headings: Vec<String> = document
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Heading { text } => Some(text.clone()),
            _ => None,
        })
        .collect();
    headings.extend(document.form.iter().map(|form| form.heading.clone()));
    headings
}

#[test]
fn published_pdfs_are_pdfa_tagged_described_and_bookmarked() {
    for (notice, lang) in [
        ("FSN2025-1682", "it"),
        ("FSN2024-1562", "de"),
        ("FSN2022-1230", "en"),
    ] {
        let document = compose(notice, lang);
        let pdf = fsn_pdf::pdf(&TYPESETTER, &document).unwrap().bytes;
        let context = format!("{notice} ({lang})");

        let info = poppler("pdfinfo", &["-isodates"], &pdf, &[]);
        assert_eq!(info_field(&info, "Title"), document.meta.title, "{context}");
        assert_eq!(
            info_field(&info, "Author"),
            document.meta.author,
            "{context}"
        );
        assert_eq!(
            info_field(&info, "Subject"),
            document.meta.subject,
            "{context}"
        );
        assert_eq!(info_field(&info, "Keywords"), notice, "{context}");
        assert_eq!(info_field(&info, "Tagged"), "yes", "{context}");
        // The notice's own date, not the build's: the bytes must not depend on the clock.
        let issued = format!("{}T00:00:00Z", document.meta.issued);
        assert_eq!(info_field(&info, "CreationDate"), issued, "{context}");
        assert_eq!(info_field(&info, "ModDate"), issued, "{context}");

        let xmp = poppler("pdfinfo", &["-meta"], &pdf, &[]);
        for claim in [
            "<pdfaid:part>2</pdfaid:part>".to_owned(),
            "<pdfaid:conformance>B</pdfaid:conformance>".to_owned(),
            format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>"),
        ] {
            assert!(xmp.contains(&claim), "{context}: no {claim} in\n{xmp}");
        }

        let outline = poppler("pdftohtml", &["-stdout", "-xml", "-i", "-q"], &pdf, &[]);
        let expected = section_headings(&document);
        assert!(expected.len() >= 3, "{context}: {expected:?}");
        assert_eq!(bookmarks(&outline), expected, "{context}");
    }
}
