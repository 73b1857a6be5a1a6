//! Layouts end to end: the example notice in the EU Commission template's layout (`eu-2018`)
//! renders its numbered sections, header table, transmission paragraph and two reply forms
//! in order, in PDF and HTML, with no heading alone at a page foot; the template's wording
//! exists in every language with every glyph; and the letter stays as it was, printing the
//! regulatory facts only where a notice sets them.
//!
//! See: issue 14, item 3 (the EU Commission template as a second layout).

use crate::common::{self, Sandbox};
use fsn_core::Repository;
use fsn_core::document::{Block, Document, Layout};

/// The example written in the `eu-2018` layout.
const EXAMPLE: &str = "examples/notices/EXAMPLE-0002";

/// The example written in the `us-recall` layout.
const US_EXAMPLE: &str = "examples/notices/EXAMPLE-0005";

/// A4 in points, and the bottom margin of the layouts (3.8 cm): what lies above it is the body.
const PAGE_WIDTH: &str = "595";
const BODY_HEIGHT: &str = "734";

fn example_sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    for example in [EXAMPLE, US_EXAMPLE] {
        common::copy_dir(&common::repo_root().join(example), &sandbox.path(example));
    }
    sandbox
}

fn render(sandbox: &Sandbox, notice: &str, lang: &str, format: &str) -> Vec<u8> {
    let output = sandbox.fsn(&[
        "render", notice, "--lang", lang, "--format", format, "--out", "out",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let name = notice.rsplit('/').next().unwrap();
    std::fs::read(sandbox.path(&format!("out/{name}_{lang}.{format}"))).unwrap()
}

/// An example composed in one language, from the repository.
fn example(notice: &str, lang: &str) -> Document {
    let root = common::repo_root();
    let repository = Repository::open(&root).unwrap();
    let loaded = repository.load(&root.join(notice)).unwrap();
    loaded.compose(lang).unwrap()
}

/// Whitespace collapsed to single spaces, so that text wrapped over lines still matches.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line of the rotated DRAFT watermark, which pdftotext prints letter by letter.
fn is_watermark(line: &str) -> bool {
    line.chars().all(|c| c == ' ' || "DRAFT".contains(c))
}

/// Asserts that `wanted` occur in `text` in this order.
fn assert_in_order(text: &str, wanted: &[&str], what: &str) {
    let mut from = 0;
    for piece in wanted {
        match text[from..].find(piece) {
            Some(at) => from += at + piece.len(),
            None => panic!("{what}: `{piece}` not found after position {from} in:\n{text}"),
        }
    }
}

#[test]
fn the_eu_2018_pdf_follows_the_template_in_english() {
    let sandbox = example_sandbox();
    let text = squeeze(&common::pdf_text_raw(&render(
        &sandbox, EXAMPLE, "en", "pdf",
    )));
    assert_in_order(
        &text,
        &[
            "Urgent Field Safety Notice",
            "Commercial name",
            "Exemplar VP-200 Volumetric Infusion Pump",
            "FSCA identifier",
            "FSCA-EM-2026-004",
            "Type of action",
            "Software update, with interim checks by users",
            "For the attention of",
            "Heads of nursing",
            "1. Device information",
            "Table 1: Affected Products",
            "The docking station was placed on the market before the UDI obligation",
            "2. Reason for the field safety corrective action (FSCA)",
            "2.1 Description of the problem",
            "2.2 Risk to patients",
            "3. Type of action to mitigate the risk",
            "3.1 Actions you must take",
            "3.2 Actions taken by Example Medical",
            "3.3 Patients already treated",
            "Customer reply required",
            "Reply by",
            "Friday 15 May 2026",
            "Patients or lay users must be informed",
            "4. General information",
            "Type of FSN",
            "New FSN",
            "Manufacturer",
            "Example Medical GmbH",
            "Musterstraße 1",
            "Single registration number (SRN)",
            "DE-MF-000000001",
            "The competent (regulatory) authority of your country has been informed",
            "4.1 Contact",
            "Attachments",
            "Erika Mustermann",
            "Transmission of this field safety notice",
            "Please pass this notice on to everyone in your organisation",
            "Customer Reply Form",
            "We have read and understood this notice.",
            "Distributor/importer reply form",
            "We have identified the customers to whom we supplied affected pumps.",
        ],
        "en",
    );
    // The table of products is printed once, in section 1; each form keeps its own part.
    assert_eq!(text.matches("Table 1: Affected Products").count(), 1);
    let distributor = text.find("Distributor/importer reply form If").unwrap();
    assert!(!text[distributor..].contains("We have read and understood this notice."));
    assert!(
        text[..distributor]
            .rfind("We have identified the customers")
            .is_none(),
        "the distributor's questions are not on the customer's form"
    );
}

#[test]
fn the_eu_2018_pdf_follows_the_template_in_german() {
    let sandbox = example_sandbox();
    let text = squeeze(&common::pdf_text_raw(&render(
        &sandbox, EXAMPLE, "de", "pdf",
    )));
    assert_in_order(
        &text,
        &[
            "Handelsname",
            "FSCA-Kennung",
            "Art der Maßnahme",
            "1. Angaben zum Produkt",
            "2. Grund für die Sicherheitskorrekturmaßnahme im Feld (FSCA)",
            "2.1 Beschreibung des Problems",
            "3. Art der Maßnahme zur Minderung des Risikos",
            "3.1 Von Ihnen zu ergreifende Maßnahmen",
            "Antwort bis",
            "4. Allgemeine Informationen",
            "Einmalige Registrierungsnummer (SRN)",
            "Die zuständige (Regulierungs-)Behörde Ihres Landes",
            "Weitergabe dieser Sicherheitsmitteilung",
            "Antwortformular für Händler/Importeure",
        ],
        "de",
    );
}

/// Every heading of the examples, in every language, is followed on its page by what it heads:
/// the last line above the footer of no page is a heading.
#[test]
fn no_heading_ends_a_page_of_the_layout_examples() {
    let sandbox = example_sandbox();
    let cases = [
        (EXAMPLE, "en", 4),
        (EXAMPLE, "de", 4),
        (EXAMPLE, "fr", 4),
        (EXAMPLE, "it", 4),
        (US_EXAMPLE, "en", 3),
    ];
    for (notice, lang, min_pages) in cases {
        let document = example(notice, lang);
        let forms = document.form.iter().chain(&document.more_forms);
        let mut headings: Vec<String> = document
            .body
            .iter()
            .chain(&document.after_signatures)
            .filter_map(|block| match block {
                Block::Heading { text } | Block::Subheading { text } => Some(squeeze(text)),
                _ => None,
            })
            .collect();
        headings.extend(forms.map(|form| squeeze(&form.heading)));
        assert!(headings.len() > 8, "{lang}: {headings:?}");
        let pdf = render(&sandbox, notice, lang, "pdf");
        let pages: usize = common::poppler("pdfinfo", &[], &pdf, &[])
            .lines()
            .find_map(|line| line.strip_prefix("Pages:"))
            .and_then(|count| count.trim().parse().ok())
            .unwrap();
        assert!(pages >= min_pages, "{notice} {lang}: {pages} pages");
        for page in 1..=pages {
            let page = page.to_string();
            let body = common::poppler(
                "pdftotext",
                &[
                    "-f",
                    &page,
                    "-l",
                    &page,
                    "-x",
                    "0",
                    "-y",
                    "0",
                    "-W",
                    PAGE_WIDTH,
                    "-H",
                    BODY_HEIGHT,
                    "-layout",
                    "-enc",
                    "UTF-8",
                ],
                &pdf,
                &["-"],
            );
            let last = body
                .lines()
                .rev()
                .map(squeeze)
                .find(|line| !line.is_empty() && !is_watermark(line))
                .unwrap_or_default();
            assert!(
                !headings
                    .iter()
                    .any(|heading| last.ends_with(heading.as_str())),
                "{notice} {lang}: page {page} ends with the heading `{last}`"
            );
        }
    }
}

#[test]
fn the_eu_2018_html_has_the_same_structure() {
    let sandbox = example_sandbox();
    let html = String::from_utf8(render(&sandbox, EXAMPLE, "fr", "html")).unwrap();
    assert_in_order(
        &html,
        &[
            "<table class=\"fields\">",
            "<th scope=\"row\">Identifiant de la FSCA</th><td>FSCA-EM-2026-004</td>",
            "<h2>1. Informations sur le dispositif</h2>",
            "<h2>2. Raison de la mesure corrective de sécurité (FSCA)</h2>",
            "<h3>2.1 ",
            "<h2>3. Type de mesure visant à atténuer le risque</h2>",
            "<h2>4. Informations générales</h2>",
            "<th scope=\"row\">Site web</th><td><a href=\"https://www.example.com\"",
            "class=\"signatories\"",
            "<h2>Transmission de cet avis de sécurité</h2>",
            "id=\"reply-form-heading\"",
            "id=\"reply-form-heading-2\">Formulaire de réponse des distributeurs/importateurs</h2>",
        ],
        "fr html",
    );
}

/// The example renders in its four languages to PDF/A-2b with every glyph, and to HTML.
#[test]
fn the_eu_2018_example_renders_in_four_languages() {
    let sandbox = example_sandbox();
    for lang in ["en", "de", "fr", "it"] {
        let pdf = render(&sandbox, EXAMPLE, lang, "pdf");
        let xmp = String::from_utf8_lossy(&pdf).into_owned();
        assert!(
            xmp.contains("<pdfaid:part>2</pdfaid:part>"),
            "{lang}: not PDF/A-2"
        );
        let html = String::from_utf8(render(&sandbox, EXAMPLE, lang, "html")).unwrap();
        assert!(html.contains("<h2>4. "), "{lang}");
        assert_eq!(example(EXAMPLE, lang).layout, Layout::Eu2018);
    }
}

/// Every language has the layouts' wording, with the same messages as English, and the
/// embedded fonts have every glyph of it.
#[test]
fn the_layout_wording_exists_in_every_language() {
    let locales = common::repo_root().join("locales");
    let ids = |lang: &str| -> Vec<String> {
        let path = locales
            .join(lang)
            .join(fsn_core::l10n::wording::LAYOUT_WORDING);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{lang}: {err}"));
        let missing = common::TYPESETTER.missing_glyphs(&text);
        assert!(missing.is_empty(), "{lang}: no glyph for {missing:?}");
        text.lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .filter(|id| !id.starts_with([' ', '#']))
            .map(str::to_owned)
            .collect()
    };
    let english = ids("en");
    assert!(english.len() >= 30);
    let langs = Repository::open(common::repo_root())
        .unwrap()
        .shared_languages();
    assert_eq!(langs.len(), 24);
    for lang in langs {
        assert_eq!(ids(&lang), english, "{lang}");
    }
}

/// The printed notices compose as before: no facts, no numbered parts, one form, and they do
/// not load the layouts' draft wording, so they stay publishable.
#[test]
fn the_letter_of_the_printed_notices_is_unchanged() {
    let root = common::repo_root();
    let repository = Repository::open(&root).unwrap();
    for notice in ["FSN2022-1230", "FSN2024-1562", "FSN2025-1682"] {
        let loaded = repository.load(&repository.notice_dir(notice)).unwrap();
        for lang in &loaded.notice.languages {
            let document = loaded.compose(lang).unwrap();
            assert_eq!(document.layout, Layout::Letter);
            assert!(!document.draft, "{notice} {lang}");
            assert!(
                document
                    .body
                    .iter()
                    .all(|block| !matches!(block, Block::Fields { .. } | Block::Subheading { .. })),
                "{notice} {lang}"
            );
            assert!(document.after_signatures.is_empty() && document.more_forms.is_empty());
            let layout_file = loaded.sources(lang).iter().any(|file| {
                file.path()
                    .ends_with(fsn_core::l10n::wording::LAYOUT_WORDING)
            });
            assert!(!layout_file, "{notice} {lang} loads the layouts' wording");
        }
    }
}

/// A letter prints the regulatory facts it sets before the salutation, and the issuer's
/// registration data after the sections; in the PDF as in the HTML.
#[test]
fn a_letter_prints_the_facts_it_sets() {
    let sandbox = Sandbox::new();
    let notice = "notices/FSN2025-1682";
    sandbox.edit(&format!("{notice}/notice.toml"), |text| {
        text.replace(
            "issuer = \"illumina\"",
            "issuer = \"illumina\"\nfsca-id = \"FSCA-IL-7\"\nreply-by = 2025-02-28\n\
             fsn-type = \"update\"\n\
             previous-notice = { reference = \"FSN2024-1562\", issued = 2024-11-05 }",
        )
    });
    sandbox.edit("issuers/illumina/issuer.toml", |text| {
        text.replacen(
            "\n[",
            "\nsrn = \"US-MF-000012345\"\nwebsite = \"https://www.illumina.com\"\n\n[",
            1,
        )
    });
    let html = String::from_utf8(render(&sandbox, notice, "it", "html")).unwrap();
    assert_in_order(
        &html,
        &[
            "<th scope=\"row\">Identificativo della FSCA</th><td>FSCA-IL-7</td>",
            "<th scope=\"row\">Tipo di FSN</th><td>Aggiornamento di un FSN precedente</td>",
            "<th scope=\"row\">FSN precedente (riferimento, data)</th><td>FSN2024-1562, Martedì 5 novembre 2024</td>",
            "<th scope=\"row\">Risposta entro</th><td>Venerdì 28 febbraio 2025</td>",
            "Gentile cliente",
            "<th scope=\"row\">Fabbricante</th><td>Illumina, Inc.</td>",
            "<th scope=\"row\">Numero di registrazione unico (SRN)</th><td>US-MF-000012345</td>",
            "class=\"signatories\"",
        ],
        "it html",
    );
    let text = squeeze(&common::pdf_text_raw(&render(
        &sandbox, notice, "it", "pdf",
    )));
    assert_in_order(
        &text,
        &["FSCA-IL-7", "Gentile cliente", "US-MF-000012345"],
        "it pdf",
    );
}

/// The issuer's layout is the default of its notices.
#[test]
fn the_issuer_chooses_the_layout_of_its_notices() {
    let sandbox = Sandbox::new();
    sandbox.edit("issuers/illumina/issuer.toml", |text| {
        text.replacen("\n[", "\nlayout = \"eu-2018\"\n\n[", 1)
    });
    let html = String::from_utf8(render(&sandbox, "notices/FSN2025-1682", "en", "html")).unwrap();
    assert_in_order(
        &html,
        &[
            "<h2>1. Device information</h2>",
            "<h2>4. General information</h2>",
        ],
        "en html",
    );
}

/// The US example is marked as 21 CFR 7.49(b) asks, then follows the headings of FDA's model
/// recall letter, with the request to pass it on after the signatures; the notice's own title
/// that says the same as the marking is not repeated.
#[test]
fn the_us_recall_pdf_follows_the_model_letter() {
    let sandbox = example_sandbox();
    let text = squeeze(&common::pdf_text_raw(&render(
        &sandbox, US_EXAMPLE, "en", "pdf",
    )));
    assert_in_order(
        &text,
        &[
            "URGENT: MEDICAL DEVICE RECALL",
            "Exemplar PM-3 Patient Monitor, software version 2.4.0",
            "Date",
            "Tuesday, June 2, 2026",
            "Dear Customer,",
            "Affected products",
            "Table 1: Affected Products",
            "Reason for the recall",
            "the SpO₂ alarm can stay silent",
            "Risk to health",
            "How to recognize that the device may fail",
            "crossed-out speaker",
            "Actions you must take",
            "Reply by",
            "Tuesday, June 30, 2026",
            "Actions taken by Example Medical",
            "Reporting adverse events",
            "MedWatch",
            "Contact for questions",
            "Erika Mustermann",
            "Passing on this recall",
            "Recall Response Form",
        ],
        "us-recall",
    );
    assert!(!text.contains("Urgent Medical Device Recall"), "{text}");
    // The notice's own section headings give way to the model letter's.
    assert!(!text.contains("Signs of the failure"), "{text}");
}

/// The same structure in HTML, and the example passes `us-fda` with no finding.
#[test]
fn the_us_recall_example_is_clean_and_has_the_same_html_structure() {
    let sandbox = example_sandbox();
    let output = sandbox.fsn(&["check", US_EXAMPLE]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "ok EXAMPLE-0005 (en) against us-fda: 0 error(s), 0 warning(s)"
    );
    let html = String::from_utf8(render(&sandbox, US_EXAMPLE, "en", "html")).unwrap();
    assert_in_order(
        &html,
        &[
            "URGENT: MEDICAL DEVICE RECALL",
            "<h2>Affected products</h2>",
            "<h2>Reason for the recall</h2>",
            "<h2>Risk to health</h2>",
            "<h2>How to recognize that the device may fail</h2>",
            "<h2>Actions you must take</h2>",
            "<h2>Reporting adverse events</h2>",
            "<a href=\"https://www.fda.gov/medwatch\"",
            "<h2>Contact for questions</h2>",
            "class=\"signatories\"",
            "<h2>Passing on this recall</h2>",
            "id=\"reply-form-heading\">Recall Response Form</h2>",
        ],
        "us html",
    );
    assert!(!html.contains("reply-form-heading-2"));
}

/// The US wording is English only: a us-recall notice in another language names the
/// messages it misses, where to add them.
#[test]
fn the_us_recall_layout_in_another_language_says_what_is_missing() {
    let sandbox = example_sandbox();
    sandbox.edit(&format!("{US_EXAMPLE}/notice.toml"), |text| {
        text.replace(
            "layout = \"us-recall\"",
            "layout = \"us-recall\"\ndraft-languages = [\"de\"]",
        )
    });
    std::fs::copy(
        sandbox.path(&format!("{US_EXAMPLE}/locales/en.ftl")),
        sandbox.path(&format!("{US_EXAMPLE}/locales/de.ftl")),
    )
    .unwrap();
    let output = sandbox.fsn(&[
        "render", US_EXAMPLE, "--lang", "de", "--format", "html", "--out", "out",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("message `us-marking-recall` is missing in locale `de`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("locales/de/layouts/regulatory.ftl"),
        "{stderr}"
    );
}

/// The marking says what the notice's `us-action` is, "URGENT: MEDICAL DEVICE RECALL" or
/// "URGENT: MEDICAL DEVICE CORRECTION", and so do the layout's headings that name the action,
/// in the PDF and the HTML alike; with its own wording saying the same, each passes `us-fda`,
/// and a correction's letter says "recall" nowhere.
#[test]
fn the_us_marking_follows_the_action() {
    for (action, marking, reason, passing_on, form, other) in [
        (
            "recall",
            "URGENT: MEDICAL DEVICE RECALL",
            "Reason for the recall",
            "Passing on this recall",
            "Recall Response Form",
            "correction",
        ),
        (
            "correction",
            "URGENT: MEDICAL DEVICE CORRECTION",
            "Reason for the correction",
            "Passing on this correction",
            "Correction Response Form",
            "recall",
        ),
    ] {
        let sandbox = example_sandbox();
        sandbox.edit(&format!("{US_EXAMPLE}/notice.toml"), |text| {
            let with_action = format!("layout = \"us-recall\"\nus-action = \"{action}\"");
            // The example's own first title says "recall": here the marking alone says which.
            text.replacen("layout = \"us-recall\"", &with_action, 1)
                .replacen("\"title-urgent-device-recall\", ", "", 1)
        });
        if action == "correction" {
            // The notice's own wording is the author's to change (us-fda action-wording).
            sandbox.edit(&format!("{US_EXAMPLE}/locales/en.ftl"), |text| {
                text.replace("Recall Response Form", form)
                    .replace("is recalling", "is correcting")
                    .replace("this recall", "this correction")
            });
        }
        let output = sandbox.fsn(&["check", US_EXAMPLE]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && stderr.is_empty(),
            "{action}: {stderr}"
        );
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).trim(),
            "ok EXAMPLE-0005 (en) against us-fda: 0 error(s), 0 warning(s)",
            "{action}"
        );

        let pdf = squeeze(&common::pdf_text_raw(&render(
            &sandbox, US_EXAMPLE, "en", "pdf",
        )));
        let title = "Exemplar PM-3 Patient Monitor, software version 2.4.0";
        assert_in_order(
            &pdf,
            &[
                marking,
                title,
                "Affected products",
                reason,
                passing_on,
                form,
            ],
            action,
        );
        let html = String::from_utf8(render(&sandbox, US_EXAMPLE, "en", "html")).unwrap();
        let heading = format!("<h1><span class=\"title-lead\">{marking}</span>");
        let (reason, passing_on) = (
            format!("<h2>{reason}</h2>"),
            format!("<h2>{passing_on}</h2>"),
        );
        let form = format!("id=\"reply-form-heading\">{form}</h2>");
        assert_in_order(
            &html,
            &[
                &heading,
                title,
                "<h2>Affected products</h2>",
                &reason,
                &passing_on,
                &form,
            ],
            action,
        );
        // The page's style names its red `--recall`; what it says is in the body.
        let body = html.split_once("<body").map_or("", |(_, body)| body);
        for (format, printed) in [("pdf", pdf.as_str()), ("html", body)] {
            assert!(
                !printed.to_lowercase().contains(other),
                "{action}: the {format} says {other}:\n{printed}"
            );
        }
    }
}

/// `us-action` in a notice of another layout would change nothing: a located warning says so.
#[test]
fn a_us_action_outside_the_us_layout_is_a_warning() {
    let sandbox = example_sandbox();
    sandbox.edit(&format!("{EXAMPLE}/notice.toml"), |text| {
        text.replacen(
            "layout = \"eu-2018\"",
            "layout = \"eu-2018\"\nus-action = \"correction\"",
            1,
        )
    });
    let output = sandbox.fsn(&["check", EXAMPLE, "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(output.status.success(), "{findings:#}");
    let finding = &findings[0];
    assert_eq!(findings.as_array().map(Vec::len), Some(1), "{findings:#}");
    assert_eq!(finding["code"], "fsn::validate::us_action_not_printed");
    assert_eq!(finding["severity"], "warning");
    assert_eq!(
        (&finding["line"], &finding["column"]),
        (&5.into(), &13.into())
    );
    assert!(
        finding["help"]
            .as_str()
            .unwrap()
            .contains("layout = \"us-recall\""),
        "{finding:#}"
    );
}

/// A correction whose title and form still say "recall" prints them under the CORRECTION
/// marking: `us-fda` warns at each, in notice.toml or where the message is defined, and says
/// how to fix it.
#[test]
fn a_correction_that_says_recall_is_a_located_warning() {
    let sandbox = example_sandbox();
    sandbox.edit(&format!("{US_EXAMPLE}/notice.toml"), |text| {
        text.replacen(
            "layout = \"us-recall\"",
            "layout = \"us-recall\"\nus-action = \"correction\"",
            1,
        )
    });
    let output = sandbox.fsn(&["check", US_EXAMPLE, "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(output.status.success(), "{findings:#}");
    let places: Vec<(&str, &str, u64, u64)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| {
            assert_eq!(
                finding["code"], "fsn::profile::action_wording",
                "{finding:#}"
            );
            assert_eq!(finding["severity"], "warning");
            assert!(
                finding["help"].as_str().unwrap().contains("us-action"),
                "{finding:#}"
            );
            let message = finding["message"].as_str().unwrap();
            let what = ["title 1", "the form's heading", "the form's title"]
                .into_iter()
                .find(|what| message.contains(&format!("{what} in `en` (\"")))
                .unwrap_or_else(|| panic!("{message}"));
            let file = finding["file"].as_str().unwrap();
            let file = file.rsplit('/').next().unwrap();
            let line = finding["line"].as_u64().unwrap();
            (what, file, line, finding["column"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(
        places,
        [
            ("title 1", "notice.toml", 13, 11),
            ("the form's heading", "notice.toml", 70, 11),
            ("the form's title", "en.ftl", 49, 1),
        ],
        "{findings:#}"
    );
}
