//! The second issuer and its example notices (issue 15, items 5 and 6): Example Medical's own
//! look reaches the PDF and the HTML, and its example notices check and render in English,
//! German, French and Italian.

mod common;

use std::path::Path;
use std::process::Command;

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
