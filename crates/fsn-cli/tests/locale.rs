//! Locale choices a notice or issuer makes, and what `fsn build` says about draft languages.
//!
//! See: issue 13, part 4 (EU English dates; a build of a draft-only language).

use crate::common::{NOTICE, Sandbox};

/// The date line and the reply form's date placeholder of the English HTML.
fn english_dates(sandbox: &Sandbox) -> String {
    let output = sandbox.render("en", "html");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_en.html"))).unwrap()
}

/// English dates are the EU's unless the issuer, then the notice, choose another variant.
#[test]
fn date_locale_of_the_notice_beats_the_issuer_beats_the_eu_default() {
    let sandbox = Sandbox::new();
    let html = english_dates(&sandbox);
    assert!(html.contains("Thursday 16 January 2025"), "en-IE date line");
    assert!(html.contains("DD/MM/YYYY") && !html.contains("MM/DD/YYYY"));

    sandbox.edit("issuers/illumina/issuer.toml", |text| {
        text.replace(
            "short-name = \"Illumina\"\n",
            "short-name = \"Illumina\"\ndate-locale = { en = \"en-GB\" }\n",
        )
    });
    let html = english_dates(&sandbox);
    assert!(
        html.contains("Thursday, 16 January 2025"),
        "en-GB date line"
    );

    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace(
            "issuer = \"illumina\"",
            "date-locale = { en = \"en-US\" }\nissuer = \"illumina\"",
        )
    });
    let html = english_dates(&sandbox);
    assert!(
        html.contains("Thursday, January 16, 2025"),
        "en-US date line"
    );
    assert!(html.contains("MM/DD/YYYY"));
    // The words stay English: only the dates are regional.
    assert!(html.contains("<html lang=\"en\">"));
}

/// An issuer's bad choice is reported in the issuer's file, with CLDR's variants to choose.
#[test]
fn a_bad_date_locale_of_the_issuer_is_located_and_lists_the_variants() {
    let sandbox = Sandbox::new();
    sandbox.edit("issuers/illumina/issuer.toml", |text| {
        text.replace(
            "short-name = \"Illumina\"\n",
            "short-name = \"Illumina\"\ndate-locale = { pt = \"en-GB\" }\n",
        )
    });
    let output = sandbox.fsn(&["check", &format!("notices/{NOTICE}")]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("fsn::validate::bad_date_locale"),
        "{stderr}"
    );
    assert!(
        stderr.contains("date-locale `en-GB` for `pt` is not a locale of that language"),
        "{stderr}"
    );
    assert!(stderr.contains("issuer.toml:"), "{stderr}");
    assert!(stderr.contains("pt-PT"), "the help lists pt-PT:\n{stderr}");
}

/// `--lang pl` where every notice has Polish only as a draft says so, not "no notice matched".
#[test]
fn build_of_a_draft_only_language_names_it_and_the_way_to_build_it() {
    let sandbox = Sandbox::new();
    let output = sandbox.fsn(&["build", "--lang", "pl", "--out", "dist"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fsn::build::nothing"), "{stderr}");
    assert!(
        stderr.contains("pl (in FSN2022-1230, FSN2024-1562, FSN2025-1682)"),
        "{stderr}"
    );
    assert!(stderr.contains("--allow-draft"), "{stderr}");

    // A language the repository does not have is refused, listing those it has (issue 24, B).
    let output = sandbox.fsn(&["build", "--lang", "ja", "--out", "dist"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fsn::l10n::unknown_language"), "{stderr}");
    assert!(stderr.contains("the repository's languages"), "{stderr}");
}

/// The translators' check explains a wrapped Markdown link as rendering does (the bad-input
/// corpus has the rendering side).
#[test]
fn check_locales_explains_a_line_starting_with_a_bracket() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replacen(
            "\n    servers are specified",
            "\n    [servers](https://www.illumina.com) are specified",
            1,
        )
    });
    let output = sandbox.fsn(&["check", "--locales"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fsn::lint::syntax"), "{stderr}");
    assert!(stderr.contains("may not start with `[`"), "{stderr}");
    assert!(
        stderr.contains("{\"[\"}servers](https://www.illumina.com)"),
        "{stderr}"
    );
}
