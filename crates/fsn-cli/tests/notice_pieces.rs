//! Pieces of a notice beyond the Illumina letters, as readers see them in the PDF's text and
//! the HTML: nested lists, catalog numbers on one line, questions with other answer boxes, the
//! issuer's document number pattern in the footer, and UDI barcodes. The barcodes on the PDF
//! page are rasterised by poppler and read back by libdmtx (`dmtxread`, Debian package
//! dmtx-utils), an independent decoder, in GS1 mode.
//!
//! See: issue 15 (images and barcodes, richer lists and form pieces, the issuer's conventions).

use std::process::Command;

use crate::common::{self, NOTICE, Sandbox};

/// The customer actions of the real notice, rewritten as three levels of lists.
const NESTED: &str = r#"{ steps = [
    { text = "customer-actions-download", steps = [
      { text = "customer-actions-verification-form", bullets = ["customer-actions-note"] },
      "adverse-event-reporting",
    ] },
    "closing-remarks",
  ] }"#;

#[test]
fn three_levels_of_lists_in_pdf_and_html() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen(
            r#"{ bullets = ["customer-actions-download"] },"#,
            &format!("{NESTED},"),
            1,
        )
        .replacen(
            r#"  { paragraph = "customer-actions-verification-form" },"#,
            "",
            1,
        )
        .replacen(r#"  { note = "customer-actions-note" },"#, "", 1)
        .replacen(r#"  { paragraph = "adverse-event-reporting" },"#, "", 1)
        .replacen(r#"  { paragraph = "closing-remarks" },"#, "", 1)
    });
    let run = sandbox.render("en", "pdf,html");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_en.html"))).unwrap();
    let outer = html.find("<ol>").expect("the numbered steps");
    let lettered = html[outer..]
        .find(r#"<ol type="a">"#)
        .expect("lettered sub-steps")
        + outer;
    let bullets = html[lettered..]
        .find("<ul>")
        .expect("bullets under a sub-step")
        + lettered;
    let closing = html.find("Illumina takes security very seriously").unwrap();
    assert!(outer < lettered && lettered < bullets && bullets < closing);
    assert_eq!(
        html[outer..].matches("</ol>").count(),
        2,
        "both numbered lists closed"
    );

    let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_en.pdf"))).unwrap();
    let text = common::pdf_text(&pdf);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let starts = |prefix: &str| lines.iter().any(|line| line.starts_with(prefix));
    assert!(starts("1. "), "the first step is numbered:\n{text}");
    assert!(
        starts("a. ") && starts("b. "),
        "the sub-steps are lettered:\n{text}"
    );
    assert!(
        starts("2. "),
        "the numbering goes on after the sub-steps:\n{text}"
    );
}

#[test]
fn catalog_numbers_on_one_line_and_other_answer_boxes() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen(
            "caption = \"product-table-caption\"",
            "caption = \"product-table-caption\"\ncatalog-separator = \"/\"",
            1,
        )
        .replacen(
            "catalog = [\"20068232\"]",
            "catalog = [\"DX-410-1001\", \"15036706\"]",
            1,
        )
        .replacen(
            "questions = [\"form-q-received\", \"form-q-users-informed\", \"form-q-remediation-done\"]",
            "questions = [\"form-q-received\", \"form-q-users-informed\", \"form-q-remediation-done\"]\n\
             answers = \"yes-no-not-applicable\"",
            1,
        )
        .replacen(
            "questions = [\"form-q-customers-identified\", \"form-q-customers-informed\"]",
            "questions = [\"form-q-customers-identified\", \"form-q-customers-informed\"]\n\
             answers = \"yes\"",
            1,
        )
    });
    let run = sandbox.render("de", "pdf,html");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_de.html"))).unwrap();
    assert!(html.contains("DX-410-1001/15036706"), "one cell, one line");
    let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_de.pdf"))).unwrap();
    let text = common::pdf_text(&pdf);
    assert!(text.contains("DX-410-1001/15036706"), "{text}");

    // Customer questions: ja, nein, nicht zutreffend; distributor questions: ja alone.
    let boxes_after = |anchor: &str| {
        let start = html
            .find(anchor)
            .unwrap_or_else(|| panic!("{anchor} not in the HTML"));
        let row_end = html[start..].find("</tr>").unwrap() + start;
        html[start..row_end].to_owned()
    };
    let received = boxes_after("Ich bestätige den Erhalt");
    assert!(
        received.contains("Ja") && received.contains("Nein"),
        "{received}"
    );
    assert!(received.contains("Nicht zutreffend"), "{received}");
    let identified = boxes_after(&first_words(&sandbox, "form-q-customers-identified"));
    assert!(identified.contains("Ja"), "{identified}");
    assert!(
        !identified.contains("Nein"),
        "a yes box alone: {identified}"
    );
}

/// The first words of a message of the notice's German file, to find it in the page.
fn first_words(sandbox: &Sandbox, id: &str) -> String {
    let text =
        std::fs::read_to_string(sandbox.path(&format!("notices/{NOTICE}/locales/de.ftl"))).unwrap();
    let line = text
        .lines()
        .find(|line| line.starts_with(&format!("{id} =")))
        .unwrap_or_else(|| panic!("{id} not in de.ftl"));
    let value = line.split_once('=').unwrap().1.trim();
    value
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

fn with_pattern(pattern: &str) -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.edit("issuers/illumina/issuer.toml", |text| {
        text.replacen(
            "short-name = \"Illumina\"\n",
            &format!("short-name = \"Illumina\"\ndocument-number = \"{pattern}\"\n"),
            1,
        )
    });
    sandbox
}

#[test]
fn the_footer_prints_the_issuers_pattern_per_language() {
    let sandbox = with_pattern("{notice-id} {language-code} ({reference})");
    let run = sandbox.render("de,it", "pdf,html");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for (lang, code) in [("de", "DEU"), ("it", "ITA")] {
        let expected = format!("{NOTICE} {code} (M-AMR-01719)");
        let html =
            std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_{lang}.html"))).unwrap();
        assert!(html.contains(&expected), "{lang}: HTML lacks {expected}");
        let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_{lang}.pdf"))).unwrap();
        let text = common::pdf_text(&pdf);
        let pages = text.matches(&expected).count();
        assert!(
            pages >= 4,
            "{lang}: {expected} on {pages} page(s), not on every page"
        );
    }
}

#[test]
fn a_placeholder_fsn_cannot_fill_is_a_located_error() {
    let sandbox = with_pattern("{notice-id} {lang3}");
    let run = sandbox.render("de", "html");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("fsn::validate::document_number"),
        "{stderr}"
    );
    assert!(stderr.contains("unknown placeholder `{lang3}`"), "{stderr}");
    assert!(
        stderr.contains("issuers/illumina/issuer.toml:5:"),
        "{stderr}"
    );
    assert!(sandbox.written().is_empty(), "nothing written");
}

const EXAMPLE: &str = "examples/notices/EXAMPLE-0001";

#[test]
fn the_pdf_symbols_decode_to_the_products_udis() {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args([
            "render", EXAMPLE, "--lang", "de", "--format", "pdf,html", "--out",
        ])
        .arg(out.path())
        .current_dir(common::repo_root())
        .status()
        .unwrap();
    assert!(status.success());

    let pdf = out.path().join("EXAMPLE-0001_de.pdf");
    let page = out.path().join("page");
    let rasterised = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&pdf)
        .arg(&page)
        .status()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(rasterised.success());
    assert_eq!(
        common::decode_datamatrix(&page.with_extension("png"), 2),
        ["#0100816270020125", "#0100816270020637"],
        "one GS1 DataMatrix (FNC1 first, then AI 01 and the GTIN-14) per UDI-DI"
    );

    let html = std::fs::read_to_string(out.path().join("EXAMPLE-0001_de.html")).unwrap();
    assert_eq!(
        html.matches("<svg ").count(),
        2,
        "one inline symbol per UDI-DI"
    );
    for gtin in ["00816270020637", "00816270020125"] {
        assert!(html.contains(&format!(r#"aria-label="(01){gtin}""#)));
        assert!(html.contains(&format!("<figcaption>(01){gtin}</figcaption>")));
    }
    let text = common::pdf_text(&std::fs::read(&pdf).unwrap());
    assert!(
        text.contains("(01)00816270020637"),
        "the human-readable line"
    );
}
