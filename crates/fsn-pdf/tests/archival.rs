//! What a published PDF carries for archiving and accessibility, read back with poppler's tools
//! rather than taken from typst's word: PDF/A-2b and PDF/UA-1 identification, a tagged
//! structure (headings, tables with header cells, figures with alternative text), the
//! document's metadata, and one bookmark per section.
//!
//! See: issue 7 (PDF/A-2b, tagged PDF, metadata, bookmarks); issue 15, 7 (PDF/UA-1).

use crate::common::{TYPESETTER, compose, repo_root};
use crate::poppler::{figure_alts, poppler};
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
            "<pdfuaid:part>1</pdfuaid:part>".to_owned(),
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

/// The structure elements `pdfinfo -struct` lists, in reading order, without their attributes.
fn structure(pdf: &[u8]) -> Vec<String> {
    poppler("pdfinfo", &["-struct"], pdf, &[])
        .lines()
        .filter(|line| !line.trim_start().starts_with('/'))
        .map(|line| {
            let name = line
                .trim_start()
                .split([' ', ':'])
                .next()
                .unwrap_or_default();
            format!("{}{name}", " ".repeat(line.len() - line.trim_start().len()))
        })
        .collect()
}

/// PDF/UA-1 asks that assistive technology can read the notice: its reading order is the
/// structure tree's, headings are headings, table cells know their header cells, and every
/// figure says what it shows. typst refuses to write a PDF/UA file without title, language
/// or alternative text; this checks the tree it wrote, with an independent reader.
#[test]
fn published_pdfs_are_pdf_ua_with_headed_tables_and_described_figures() {
    let document = compose("FSN2025-1682", "en");
    let pdf = fsn_pdf::pdf(&TYPESETTER, &document).unwrap().bytes;
    let tree = structure(&pdf);
    assert_eq!(
        tree.first().map(String::as_str),
        Some("Document"),
        "{tree:#?}"
    );

    // The product table: a header row of TH cells, one per column, before the body rows.
    let table = tree.iter().position(|line| line.trim() == "Table").unwrap();
    let cells = &tree[table..];
    let headers = cells.iter().take_while(|line| line.trim() != "TBody");
    assert_eq!(
        headers.filter(|line| line.trim() == "TH").count(),
        3,
        "a header cell per column (name, catalog, UDI-DI):\n{tree:#?}"
    );

    // The section headings, in the order of the letter: the tree's order is its reading order.
    let headings: Vec<String> = poppler("pdfinfo", &["-struct"], &pdf, &[])
        .lines()
        .filter_map(|line| line.trim().strip_prefix("H1 \""))
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect();
    assert_eq!(headings, section_headings(&document)[..headings.len()]);
    assert!(headings.len() >= 3, "{headings:?}");

    // The UDI barcodes are figures whose alternative text is their element string.
    let example = repo_root().join("examples/notices/EXAMPLE-0001");
    let repository = fsn_core::Repository::discover(&example).unwrap();
    let notice = repository.load(&example).unwrap();
    let document = notice.compose("de").unwrap();
    let pdf = fsn_pdf::pdf(&TYPESETTER, &document).unwrap().bytes;
    assert_eq!(
        figure_alts(&pdf),
        ["(01)00816270020637", "(01)00816270020125"]
    );
}
