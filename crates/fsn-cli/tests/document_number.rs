//! The issuer's document number in the footer: a pattern with the notice id, its reference
//! and the language's three-letter code, as printed notices have it ("FSN2023-1338 DEU
//! (M-AMR-00719)"); a pattern fsn cannot fill is a located error in issuer.toml.
//!
//! See: issue 15 (the issuer's own conventions as data).

mod common;

use common::{NOTICE, Sandbox};

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
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    for (lang, code) in [("de", "DEU"), ("it", "ITA")] {
        let expected = format!("{NOTICE} {code} (M-AMR-01719)");
        let html =
            std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_{lang}.html"))).unwrap();
        assert!(html.contains(&expected), "{lang}: HTML lacks {expected}");
        let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_{lang}.pdf"))).unwrap();
        let text = common::pdf_text(&pdf);
        let pages = text.matches(&expected).count();
        assert!(pages >= 4, "{lang}: {expected} on {pages} page(s), not on every page");
    }
}

#[test]
fn a_placeholder_fsn_cannot_fill_is_a_located_error() {
    let sandbox = with_pattern("{notice-id} {lang3}");
    let run = sandbox.render("de", "html");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fsn::validate::document_number"), "{stderr}");
    assert!(stderr.contains("unknown placeholder `{lang3}`"), "{stderr}");
    assert!(stderr.contains("issuers/illumina/issuer.toml:5:"), "{stderr}");
    assert!(sandbox.written().is_empty(), "nothing written");
}
