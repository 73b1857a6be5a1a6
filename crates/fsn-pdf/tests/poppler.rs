//! PDFs read back with tools other than typst: poppler's (Debian package poppler-utils) for
//! text, metadata and structure, and the file's bytes for what poppler does not print. Shared
//! by the tests of fsn-pdf and fsn-cli (fsn-cli's include this file with `#[path]`).

/// The text of a PDF, as `pdftotext -layout` extracts it.
pub(crate) fn pdf_text(pdf: &[u8]) -> String {
    pdftotext(pdf, "-layout")
}

/// The text of a PDF in content order (`pdftotext -raw`), which keeps rotated text.
#[allow(dead_code, reason = "fsn-cli's tests use it")]
pub(crate) fn pdf_text_raw(pdf: &[u8]) -> String {
    pdftotext(pdf, "-raw")
}

fn pdftotext(pdf: &[u8], mode: &str) -> String {
    poppler("pdftotext", &[mode, "-enc", "UTF-8"], pdf, &["-"])
}

/// What a poppler tool (Debian package poppler-utils) prints for a PDF: `tool`, `args`, the
/// PDF's path, then `after`.
pub(crate) fn poppler(tool: &str, args: &[&str], pdf: &[u8], after: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notice.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = std::process::Command::new(tool)
        .args(args)
        .arg(&path)
        .args(after)
        .output()
        .unwrap_or_else(|err| {
            panic!("{tool} is needed for this test (Debian package poppler-utils): {err}")
        });
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The alternative texts of the PDF's `Figure` structure elements, in file order, read from
/// the file's bytes (poppler's `pdfinfo -struct` does not print them). typst writes structure
/// elements uncompressed, each `/Alt` a literal string or UTF-16 hex string.
pub(crate) fn figure_alts(pdf: &[u8]) -> Vec<String> {
    let mut alts = Vec::new();
    let mut rest = pdf;
    while let Some(at) = find(rest, b"/S/Figure") {
        rest = &rest[at..];
        let end = find(rest, b"endobj").unwrap_or(rest.len());
        let object = &rest[..end];
        if let Some(alt) = find(object, b"/Alt") {
            alts.push(pdf_string(&object[alt + 4..]));
        }
        rest = &rest[end..];
    }
    alts
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// A PDF string at the start of `bytes`: `(literal)` with backslash escapes, or `<hex>`.
fn pdf_string(bytes: &[u8]) -> String {
    if bytes[0] == b'<' {
        let hex: Vec<u8> = bytes[1..]
            .iter()
            .take_while(|byte| **byte != b'>')
            .copied()
            .collect();
        let raw: Vec<u8> = hex
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
            .collect();
        let units: Vec<u16> = raw[2..]
            .chunks(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        return String::from_utf16(&units).unwrap();
    }
    let mut out = Vec::new();
    let mut depth = 0;
    let mut bytes = bytes[1..].iter();
    while let Some(&byte) = bytes.next() {
        match byte {
            b'\\' => out.push(*bytes.next().unwrap()),
            b'(' => {
                depth += 1;
                out.push(byte);
            }
            b')' if depth == 0 => break,
            b')' => {
                depth -= 1;
                out.push(byte);
            }
            _ => out.push(byte),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
