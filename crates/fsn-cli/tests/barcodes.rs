//! UDI barcodes as a reader sees them: the example notice asks for GS1 DataMatrix symbols in
//! its product table; its PDF page is rasterised by poppler and read back by libdmtx
//! (`dmtxread`, Debian package dmtx-utils), an independent decoder, in GS1 mode; its HTML
//! carries the same symbols as inline SVG with their element strings.
//!
//! See: issue 15 (UDI barcodes).

mod common;

use std::path::Path;
use std::process::Command;

const EXAMPLE: &str = "examples/notices/EXAMPLE-0001";

/// The GS1 element strings `dmtxread` finds on a PNG, FNC1 shown as `#`, sorted.
fn decode(png: &Path) -> Vec<String> {
    let output = Command::new("dmtxread")
        .args(["--newline", "--stop-after=2", "--milliseconds=60000", "--gs1=35"])
        .arg(png)
        .output()
        .unwrap_or_else(|err| {
            panic!("dmtxread is needed for this test (Debian package dmtx-utils): {err}")
        });
    let mut found: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    found.sort();
    found
}

#[test]
fn the_pdf_symbols_decode_to_the_products_udis() {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(["render", EXAMPLE, "--lang", "de", "--format", "pdf,html", "--out"])
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
        decode(&page.with_extension("png")),
        ["#0100816270020125", "#0100816270020637"],
        "one GS1 DataMatrix (FNC1 first, then AI 01 and the GTIN-14) per UDI-DI"
    );

    let html = std::fs::read_to_string(out.path().join("EXAMPLE-0001_de.html")).unwrap();
    assert_eq!(html.matches("<svg ").count(), 2, "one inline symbol per UDI-DI");
    for gtin in ["00816270020637", "00816270020125"] {
        assert!(html.contains(&format!(r#"aria-label="(01){gtin}""#)));
        assert!(html.contains(&format!("<figcaption>(01){gtin}</figcaption>")));
    }
    let text = common::pdf_text(&std::fs::read(&pdf).unwrap());
    assert!(text.contains("(01)00816270020637"), "the human-readable line");
}
