//! The second issuer and its example notices (issue 15, items 5 and 6): Example Medical's own
//! look reaches the PDF and the HTML, and its example notices check and render in English,
//! German, French and Italian.

use std::path::Path;
use std::process::Command;

use crate::common;

/// Renders a notice of the repository into `out`.
fn render(notice: &str, langs: &str, out: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args([
            "render", notice, "--lang", langs, "--format", "pdf,html", "--out",
        ])
        .arg(out)
        .current_dir(common::repo_root())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{notice}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Pixels of page 1 (rasterised by poppler at 50 dpi) within a few steps of `rgb`.
fn pixels_of_colour(pdf: &Path, rgb: [u8; 3]) -> usize {
    let output = Command::new("pdftoppm")
        .args(["-r", "50", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .output()
        .expect("pdftoppm (poppler-utils) runs");
    // Binary PPM: "P6\n<width> <height>\n255\n" and then RGB triples.
    let data = output.stdout;
    let mut header_lines = 0;
    let start = data
        .iter()
        .position(|&byte| {
            header_lines += usize::from(byte == b'\n');
            header_lines == 3
        })
        .unwrap()
        + 1;
    data[start..]
        .chunks_exact(3)
        .filter(|pixel| {
            pixel
                .iter()
                .zip(rgb)
                .all(|(&have, want)| have.abs_diff(want) <= 6)
        })
        .count()
}

/// See: issue 15, item 5. `[theme]` of issuer.toml: the accent colours the letterhead and the
/// headings, the letterhead lines stand beside the name and the footer line is on every page.
#[test]
fn the_issuer_theme_reaches_the_pdf_and_the_html() {
    let out = tempfile::tempdir().unwrap();
    render("examples/notices/EXAMPLE-0002", "de", out.path());
    render("notices/FSN2025-1682", "de", out.path());

    let pdf = out.path().join("EXAMPLE-0002_de.pdf");
    let text = common::pdf_text(&std::fs::read(&pdf).unwrap());
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|page| !page.trim().is_empty())
        .collect();
    assert!(pages.len() >= 2, "{text}");
    let first = pages[0];
    for line in [
        "Musterstraße 1 · 12345 Musterstadt",
        "Deutschland",
        "www.example.com",
    ] {
        assert!(
            first.contains(line),
            "letterhead line {line:?} missing:\n{first}"
        );
    }
    for (number, page) in pages.iter().enumerate() {
        assert!(
            page.contains("erfundener Hersteller"),
            "page {} lacks the footer line:\n{page}",
            number + 1
        );
    }
    // Example Medical's green, and none of Illumina's blue; the other way round for Illumina.
    let green = [0x1d, 0x6b, 0x4f];
    let blue = [0x0b, 0x5b, 0x8c];
    assert!(pixels_of_colour(&pdf, green) > 100, "no green on page 1");
    assert_eq!(pixels_of_colour(&pdf, blue), 0, "Illumina's blue on page 1");
    let illumina = out.path().join("FSN2025-1682_de.pdf");
    assert!(pixels_of_colour(&illumina, blue) > 100, "no blue on page 1");
    assert_eq!(pixels_of_colour(&illumina, green), 0);

    let html = std::fs::read_to_string(out.path().join("EXAMPLE-0002_de.html")).unwrap();
    assert!(html.contains(r#"<main class="page" style="--accent: #1d6b4f">"#));
    assert!(html.contains(
        r#"<p class="letterhead-lines">Musterstraße 1 · 12345 Musterstadt<br>Deutschland<br>www.example.com</p>"#
    ), "{html}");
    assert!(html.contains(r#"<p class="theme-footer">Example Medical GmbH ist ein <strong>erfundener Hersteller</strong>"#), "{html}");
    let html = std::fs::read_to_string(out.path().join("FSN2025-1682_de.html")).unwrap();
    assert!(html.contains(r#"<main class="page" style="--accent: #0b5b8c">"#));
    assert!(!html.contains(r#"class="letterhead-lines""#));
}

/// The reagent-lot recall and the instrument correction of the second issuer.
const RECALL: &str = "examples/notices/EXAMPLE-0003";
const CORRECTION: &str = "examples/notices/EXAMPLE-0004";

/// Asserts that `parts` occur in `text` in this order; runs of white space count as one space.
fn assert_in_order(text: &str, parts: &[&str], what: &str) {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut from = 0;
    for part in parts {
        let found = text[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{what}: {part:?} not found after byte {from} in:\n{text}"));
        from += found + part.len();
    }
}

/// See: issue 15, item 6. Both example notices pass `fsn check` with the eu-ivdr profile they
/// name and render in English, German, French and Italian, each showing the pieces it was
/// written for: lots with expiry dates, deadlines, quantities per lot, a certificate of
/// destruction and DataMatrix symbols in the recall; serial ranges, a figure with its
/// description, steps nested three deep and yes / no / not applicable answers in the correction.
#[test]
fn the_example_notices_check_and_render_in_four_languages() {
    let out = tempfile::tempdir().unwrap();
    for notice in [RECALL, CORRECTION] {
        let check = Command::new(env!("CARGO_BIN_EXE_fsn"))
            .args(["check", notice])
            .current_dir(common::repo_root())
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&check.stdout);
        assert!(check.status.success(), "{notice}: {said}");
        assert!(
            said.contains("(en, de, fr, it) against eu-ivdr: 0 error(s), 0 warning(s)"),
            "{notice}: {said}"
        );
        render(notice, "en,de,fr,it", out.path());
    }
    let text = |name: &str| {
        common::pdf_text_raw(&std::fs::read(out.path().join(format!("{name}.pdf"))).unwrap())
    };
    let html =
        |name: &str| std::fs::read_to_string(out.path().join(format!("{name}.html"))).unwrap();

    // The recall, language by language: a lot with its expiry and manufacture dates, the
    // destroy step with its deadline, the reply deadline, the certificate with a row per lot.
    for (lang, lot, destroy, reply, certificate) in [
        (
            "en",
            "CRP2605A 28/02/2027 02/03/2026",
            "by 18/12/2026",
            "Please return this form by 11/12/2026.",
            "Certificate of Destruction",
        ),
        (
            "de",
            "CRP2605A 28.02.2027 02.03.2026",
            "bis 18.12.2026",
            "Bitte senden Sie dieses Formular bis 11.12.2026 zurück.",
            "Vernichtungsbescheinigung",
        ),
        (
            "fr",
            "CRP2605A 28/02/2027 02/03/2026",
            "avant le 18/12/2026",
            "Veuillez renvoyer ce formulaire avant le 11/12/2026.",
            "Certificat de destruction",
        ),
        (
            "it",
            "CRP2605A 28/02/2027 02/03/2026",
            "entro il 18/12/2026",
            "Restituire il presente modulo entro il 11/12/2026.",
            "Certificato di distruzione",
        ),
    ] {
        let name = format!("EXAMPLE-0003_{lang}");
        assert_in_order(
            &text(&name),
            &[lot, "CRQ2607C", destroy, reply, certificate, "CRQ2607C"],
            &name,
        );
        let page = html(&name);
        assert!(
            page.contains(r#"<table class="lots">"#),
            "{name}: no lot table"
        );
        assert_eq!(
            page.matches("<svg ").count(),
            7,
            "{name}: a symbol per product and per lot"
        );
    }
    let pdf = out.path().join("EXAMPLE-0003_en.pdf");
    let page = out.path().join("page");
    assert!(
        Command::new("pdftoppm")
            .args(["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&pdf)
            .arg(&page)
            .status()
            .expect("pdftoppm (poppler-utils) runs")
            .success()
    );
    let symbols = common::decode_datamatrix(&page.with_extension("png"), 2);
    let decoded = symbols.join("\n");
    let printed = [
        "#0104012345000313",
        "#0104012345000320",
        "#01040123450003131727022810CRP2605A",
        "#01040123450003131727033110CRP2606B",
        "#01040123450003131727043010CRP2607A",
        "#01040123450003201727022810CRQ2605A",
        "#01040123450003201727043010CRQ2607C",
    ];
    assert_eq!(symbols.len(), 2, "{decoded}");
    for symbol in &symbols {
        assert!(
            printed.contains(&symbol.as_str()),
            "{symbol} is no UDI of the notice"
        );
    }

    // The correction: a serial range, the figure and its description, steps a. and i., the
    // questions with a third answer.
    for (lang, range, alt, not_applicable) in [
        (
            "en",
            "CA6-001200 through CA6-001874",
            "Rear panel of the analyser",
            "Not applicable",
        ),
        (
            "de",
            "CA6-001200 bis CA6-001874",
            "Rückseite des Analysegeräts",
            "Nicht zutreffend",
        ),
        (
            "fr",
            "de CA6-001200 à CA6-001874",
            "Panneau arrière de l’analyseur",
            "Sans objet",
        ),
        (
            "it",
            "da CA6-001200 a CA6-001874",
            "Pannello posteriore dell’analizzatore",
            "Non applicabile",
        ),
    ] {
        let name = format!("EXAMPLE-0004_{lang}");
        let pdf_text = text(&name);
        assert_in_order(
            &pdf_text,
            &[range, "1. ", "a. ", "b. ", "c. ", "i. ", "ii. ", "2. "],
            &name,
        );
        let words = pdf_text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words.matches(not_applicable).count(), 2, "{name}: {words}");
        let page = html(&name);
        let figure = &page[page.find(r#"<figure class="figure">"#).expect("the figure")..];
        let figure = &figure[..figure.find("</figure>").unwrap()];
        assert!(
            figure.contains(r#"src="data:image/svg+xml;base64,"#),
            "{name}: {figure}"
        );
        assert!(
            figure.contains(&format!(r#"alt="{alt}"#)),
            "{name}: {figure}"
        );
    }
}
