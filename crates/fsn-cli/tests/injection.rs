//! User text that looks like typst or HTML stays text: it is printed literally in the PDF and
//! escaped in the HTML, never evaluated.
//!
//! See: issue 6 (no injection).

use crate::common::{NOTICE, Sandbox, pdf_text};

/// Renders the notice in English to `out/`, which must succeed.
fn render_english(sandbox: &Sandbox) {
    let output = sandbox.fsn(&[
        "render",
        &format!("notices/{NOTICE}"),
        "--lang",
        "en",
        "--out",
        "out",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Each becomes a catalog number of its own, so it lands in one table cell, unwrapped.
const TYPST_LOOKALIKES: [&str; 8] = [
    "#read(\"/etc/passwd\")",
    "#import \"@preview/x:0.1.0\": *",
    "#panic(\"boom\")",
    "]) #let x = 1",
    "$x^2$",
    "@ref <label>",
    "a \\ b",
    "// comment /* c */",
];

#[test]
fn typst_lookalike_text_is_printed_literally() {
    let sandbox = Sandbox::new();
    let catalog: Vec<String> = TYPST_LOOKALIKES
        .iter()
        .map(|text| format!("{text:?}"))
        .collect();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace(
            "catalog = [\"20086130\"]",
            &format!("catalog = [{}]", catalog.join(", ")),
        )
    });
    render_english(&sandbox);

    let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_en.pdf"))).unwrap();
    // pdftotext guesses spaces from glyph positions ("a \ b" comes out as "a\b"): compare
    // without whitespace.
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let text = squeeze(&pdf_text(&pdf));
    for lookalike in TYPST_LOOKALIKES {
        assert!(
            text.contains(&squeeze(lookalike)),
            "{lookalike:?} is not in the PDF text:\n{text}"
        );
    }
    assert!(!text.contains("root:"), "a file was read into the PDF");

    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_en.html"))).unwrap();
    assert!(html.contains("#read(&quot;/etc/passwd&quot;)"));
    assert!(html.contains("@ref &lt;label&gt;"));
}

#[test]
fn html_lookalike_text_is_escaped_or_dropped() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace(
            "name = \"Illumina DRAGEN Server for NextSeq 550Dx\"",
            "name = \"<script>alert(1)</script><img src=x onerror=alert(2)></style>\"",
        )
    });
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replacen(
            "intro = ",
            "intro = [click](javascript:alert(3)) <iframe src=\"https://evil.example\"></iframe> ",
            1,
        )
    });
    render_english(&sandbox);
    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_en.html"))).unwrap();
    let lower = html.to_lowercase();
    // `onerror=` may appear as escaped text; without `<img` it is no attribute.
    for forbidden in ["<script", "<img", "<iframe", "javascript:"] {
        assert!(
            !lower.contains(forbidden),
            "{forbidden:?} reached the HTML as markup"
        );
    }
    assert_eq!(
        lower.matches("</style>").count(),
        1,
        "user text closed the stylesheet"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        html.contains("click"),
        "the link text stays, without its target"
    );

    // The PDF shows the same text literally.
    let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_en.pdf"))).unwrap();
    assert!(pdf_text(&pdf).contains("<script>alert(1)</script>"));
}

/// A messages file that is a symbolic link out of the repository is refused, not read.
/// See: issue 6 (paths cannot escape the repository).
#[test]
fn a_symlink_out_of_the_repository_is_refused() {
    let sandbox = Sandbox::new();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.ftl");
    std::fs::write(&secret, "intro = the secret\n").unwrap();
    let link = sandbox.path(&format!("notices/{NOTICE}/locales/en.ftl"));
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let output = sandbox.fsn(&["render", &format!("notices/{NOTICE}"), "--out", "out"]);
    let message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(
        message.contains("fsn::project::outside_repository"),
        "{message}"
    );
    assert!(!message.contains("the secret"), "{message}");
    assert!(sandbox.written().is_empty());
}
