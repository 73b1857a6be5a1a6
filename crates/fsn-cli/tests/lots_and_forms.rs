//! Lots, serial numbers and the richer form pieces as readers see them: the text of the PDF in
//! order (pdftotext), the HTML's structure, and the lots' UDI barcodes read back by libdmtx
//! (`dmtxread`, Debian package dmtx-utils).
//!
//! See: issue 15, items 3 (lots, serials and dates) and 4 (form pieces).

use std::process::Command;

use crate::common::{self, NOTICE, Sandbox};

/// The first product of the notice, as written.
const FIRST_PRODUCT: &str = r#"udi-di = ["00816270020637"]
"#;

/// A sandbox whose first product lists `lots` (TOML array items) and whose product table has
/// `settings` (extra lines).
fn with_lots(lots: &str, settings: &str) -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen(
            FIRST_PRODUCT,
            &format!("{FIRST_PRODUCT}lots = [\n{lots}]\n"),
            1,
        )
        .replacen(
            "[product-table]\n",
            &format!("[product-table]\n{settings}"),
            1,
        )
    });
    sandbox
}

fn render(sandbox: &Sandbox, lang: &str) -> (String, String) {
    let run = sandbox.render(lang, "pdf,html");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_{lang}.pdf"))).unwrap();
    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_{lang}.html"))).unwrap();
    (common::pdf_text_raw(&pdf), html)
}

/// Asserts that `parts` occur in `text` in this order, each after the one before; line breaks
/// and runs of spaces count as one space, as a reader sees wrapped text.
fn assert_in_order(text: &str, parts: &[&str]) {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.as_str();
    let mut from = 0;
    for part in parts {
        let found = text[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} not found after byte {from} in:\n{text}"));
        from += found + part.len();
    }
}

/// `n` lots with expiry dates, as TOML array items.
fn many_lots(n: usize) -> String {
    (1..=n)
        .map(|i| {
            format!(
                "  {{ lot = \"LOT{i:04}\", expiry = 2027-01-{:02} }},\n",
                i % 28 + 1
            )
        })
        .collect()
}

const THREE_KINDS: &str = r#"  { lot = "L2301A", expiry = 2026-03-31, manufactured = 2024-03-01 },
  { serial = "SN0042" },
  { first = "CON000001", last = "CON005472", manufactured = 2023-05-02 },
"#;

#[test]
fn lots_serials_and_ranges_print_with_the_language_s_dates() {
    let sandbox = with_lots(THREE_KINDS, "");
    let (text, html) = render(&sandbox, "en");
    assert_in_order(
        &text,
        &[
            "Table 1: Affected Products",
            "Table 2: Affected Lots and Serial Numbers",
            "Product",
            "Lot",
            "Serial number",
            "Expiry date",
            "Manufacture date",
            "L2301A",
            "31/03/2026",
            "01/03/2024",
            "SN0042",
            "CON000001 through CON005472",
            "02/05/2023",
            "Issue Summary",
        ],
    );
    let table = &html[html.find(r#"<table class="lots">"#).expect("the lot table")..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(table.contains("<caption>Table 2: Affected Lots and Serial Numbers</caption>"));
    assert_eq!(table.matches(r#"<th scope="col">"#).count(), 5, "{table}");
    assert_eq!(
        table.matches("<tr>").count(),
        4,
        "a heading row and a row per entry"
    );
    assert!(table.contains("<td>CON000001 through CON005472</td>"));

    let (text, _) = render(&sandbox, "de");
    assert_in_order(
        &text,
        &[
            "Tabelle 2: Betroffene Chargen und Seriennummern",
            "31.03.2026",
            "01.03.2024",
            "CON000001 bis CON005472",
            "02.05.2023",
        ],
    );
}

#[test]
fn a_300_lot_table_repeats_its_heading_row_on_every_page() {
    let sandbox = with_lots(&many_lots(300), "lots = \"table\"\n");
    let (text, _) = render(&sandbox, "en");
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|page| page.contains("LOT0"))
        .collect();
    assert!(
        pages.len() >= 4,
        "300 rows take several pages: {}",
        pages.len()
    );
    for (index, page) in pages.iter().enumerate() {
        let heading = page.find("Expiry date").unwrap_or_else(|| {
            panic!(
                "page {} of the table has no heading row:\n{page}",
                index + 1
            )
        });
        let first_row = page.find("LOT0").unwrap();
        assert!(heading < first_row, "the heading row comes first:\n{page}");
    }
    for i in [1, 150, 300] {
        assert!(text.contains(&format!("LOT{i:04}")), "row {i} printed");
    }
    assert!(
        !text.contains("Annex A"),
        "`lots = \"table\"` keeps them in the letter"
    );
}

#[test]
fn a_long_lot_list_moves_to_an_annex_the_letter_refers_to() {
    // 41 rows: one more than `auto` keeps under the product table.
    let sandbox = with_lots(&many_lots(41), "");
    let (text, html) = render(&sandbox, "en");
    assert_in_order(
        &text,
        &[
            "Table 1: Affected Products",
            "The affected lots and serial numbers are listed in Annex A at the end of this letter.",
            "Issue Summary",
            "Why you are receiving this notice",
            "Annex A: Affected Lots and Serial Numbers",
            "Table 2: Affected Lots and Serial Numbers",
            "LOT0001",
            "LOT0041",
            "Verification Form",
        ],
    );
    let letter = html.find(r#"<article class="letter">"#).unwrap();
    let annex = html.find(r#"<section class="annex""#).expect("the annex");
    let form = html.find(r#"<section class="reply-form""#).unwrap();
    assert!(letter < annex && annex < form, "letter, annex, form");
    assert_eq!(html.matches(r#"<table class="lots">"#).count(), 1);
    assert!(html[annex..form].contains(r#"<table class="lots">"#));
}

#[test]
fn lot_barcodes_decode_to_gtin_expiry_and_lot() {
    let sandbox = with_lots(
        r#"  { lot = "L2301A", expiry = 2026-03-31 },
  { lot = "B-77/2" },
  { serial = "SN0042" },
"#,
        "lot-barcodes = true\n",
    );
    let (text, html) = render(&sandbox, "en");
    assert_in_order(
        &text,
        &["UDI", "(01)00816270020637", "(17)260331", "(10)L2301A"],
    );

    let page = sandbox.path("page");
    let rasterised = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile"])
        .arg(sandbox.path(&format!("out/{NOTICE}_en.pdf")))
        .arg(&page)
        .status()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(rasterised.success());
    // Up to three are looked for, over the whole page: a symbol for the serial number would
    // be found.
    assert_eq!(
        common::decode_datamatrix(&page.with_extension("png"), 3),
        [
            "#010081627002063710B-77/2",
            "#01008162700206371726033110L2301A",
        ],
        "one symbol per lot (none for a serial number): FNC1, (01) GTIN, (17) expiry, (10) lot"
    );
    assert!(html.contains(r#"aria-label="(01)00816270020637(17)260331(10)L2301A""#));
    assert_eq!(html.matches("<svg ").count(), 2, "a symbol per lot");
}

/// Form elements using each new piece, before the closing date of the real form.
const FORM_PIECES: &str = r#"[[form.elements]]
kind = "action-checklist"
heading = "form-customer-responses"
reasons = ["form-q-received"]
other-reason = false
steps = [
  "form-q-users-informed",
  { text = "form-q-remediation-done", done = "form-yes", not-done = "form-no", alternative = "form-not-applicable", serials = ["done", "alternative"], deadline = 2025-04-30 },
]

[[form.elements]]
kind = "quantities"
per-lot = true

[[form.elements]]
kind = "destruction-certificate"
blank-rows = 2

"#;

#[test]
fn form_pieces_print_in_order_in_pdf_and_html() {
    let sandbox = with_lots(THREE_KINDS, "");
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen(
            "[[form.elements]]\nkind = \"date\"\n",
            &format!("{FORM_PIECES}[[form.elements]]\nkind = \"date\"\n"),
            1,
        )
        .replacen(
            "\n[product-table]",
            "reply-by = 2025-02-28\n\n[product-table]",
            1,
        )
        .replacen(
            r#"{ bullets = ["customer-actions-download"] },"#,
            r#"{ steps = [{ text = "customer-actions-download", deadline = 2025-03-15 }] },"#,
            1,
        )
    });
    let (text, html) = render(&sandbox, "en");
    assert_in_order(
        &text,
        &[
            // A step of the letter with its deadline.
            "Download and follow the customer instructions",
            "https://support.illumina.com/support-content/bmc.html – by 15/03/2025",
            "Verification Form",
            "Please return this form by 28/02/2025.",
            // The plain step: shared wording, serial numbers after "Done", "Not done" with
            // the reasons and no "Other".
            "The information has been brought to the attention of",
            "Done Serial number(s)",
            "Not done:",
            // The worded step: its deadline, its own lines, the alternative after "OR:".
            "Customer Actions section have been implemented on",
            "– by 30/04/2025",
            "Yes Serial number(s)",
            "OR: Not applicable Serial number(s)",
            "No:",
            // Quantities per lot.
            "Lot or serial number",
            "Units returned",
            "Units on hand",
            "DRAGEN Server for NovaSeq 6000Dx: L2301A",
            "DRAGEN Server for NovaSeq 6000Dx: CON000001 through CON005472",
            // The certificate of destruction: a row per lot, then the signature.
            "Certificate of Destruction",
            "I confirm that the products listed below were destroyed as instructed in this notice.",
            "Product",
            "Quantity destroyed",
            "Method of destruction",
            "L2301A",
            "SN0042",
            "Illumina DRAGEN Server for",
            "Signature of the person",
        ],
    );
    assert!(!text.contains("Other:"), "`other-reason = false`");

    assert!(html.contains(
        r#"<p class="reply-by"><strong>Please return this form by 28/02/2025.</strong></p>"#
    ));
    assert!(html.contains(r#"<strong class="deadline">by 30/04/2025</strong>"#));
    assert!(
        html.contains("bmc.html</a> – <strong>by 15/03/2025</strong>"),
        "the letter's step"
    );
    assert!(html.contains(r#"<strong class="alternative">OR:</strong>"#));
    let certificate = &html[html.find("Certificate of Destruction").unwrap()..];
    assert_eq!(
        certificate
            .matches(r#"<tr class="destruction-row">"#)
            .count(),
        4 + 2,
        "three entries, the product without lots, two blank rows"
    );
    assert!(certificate.contains(r#"<tr class="signature">"#));
}

#[test]
fn existing_checklists_keep_their_shared_wording() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen(
            "[[form.elements]]\nkind = \"date\"\n",
            "[[form.elements]]\nkind = \"action-checklist\"\nheading = \"form-customer-responses\"\nsteps = [\"form-q-received\"]\nreasons = [\"form-q-users-informed\"]\n\n[[form.elements]]\nkind = \"date\"\n",
            1,
        )
    });
    let (text, _) = render(&sandbox, "it");
    assert_in_order(
        &text,
        &[
            "Eseguito",
            "Numero o numeri di serie",
            "Non eseguito:",
            "Altro:",
        ],
    );
}

/// The wording of lots and form pieces is loaded only by notices that print it, so its
/// translations, drafts until a translator reviews them, hold back no other notice: the
/// printed notices stay publishable and do not load it, and a notice with lots is a draft in
/// German until the German file is reviewed.
#[test]
fn the_wording_of_lots_and_form_pieces_makes_only_its_own_notices_drafts() {
    use fsn_core::Repository;
    use fsn_core::l10n::wording::LOTS_AND_FORMS_WORDING;

    let root = common::repo_root();
    let repository = Repository::open(&root).unwrap();
    let loads_pieces = |loaded: &fsn_core::LoadedNotice, lang: &str| {
        loaded
            .sources(lang)
            .iter()
            .any(|file| file.path().ends_with(LOTS_AND_FORMS_WORDING))
    };
    for notice in ["FSN2022-1230", "FSN2024-1562", "FSN2025-1682"] {
        let loaded = repository.load(&repository.notice_dir(notice)).unwrap();
        for lang in &loaded.notice.languages {
            assert!(!loads_pieces(&loaded, lang), "{notice} {lang}");
            assert!(!loaded.compose(lang).unwrap().draft, "{notice} {lang}");
        }
    }
    let recall = repository
        .load(&root.join("examples/notices/EXAMPLE-0003"))
        .unwrap();
    assert!(loads_pieces(&recall, "de"));
    let german = recall.compose("de").unwrap();
    assert!(german.draft);
    assert!(
        recall
            .unreviewed("de")
            .iter()
            .any(|file| file.path().ends_with(LOTS_AND_FORMS_WORDING)),
        "{:?}",
        recall.unreviewed("de")
    );
}
