//! The `fsn` binary on good and broken input: what it writes, what it says, how it exits.
//!
//! Each broken case starts from a copy of the repository with one fault, runs the command,
//! and checks the exit status, that the message names the file and place, and that nothing
//! was written.

use std::process::Output;

use crate::common::{self, NOTICE, Sandbox, read_tree};

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs a broken case and checks the common promises; returns standard error.
fn assert_fails_cleanly(sandbox: &Sandbox, output: &Output) -> String {
    let message = stderr(output);
    assert!(
        !output.status.success(),
        "fsn succeeded on broken input:\n{message}"
    );
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(
        sandbox.written().is_empty(),
        "files were written: {:?}\n{message}",
        sandbox.written()
    );
    assert!(message.contains("nothing was written"), "{message}");
    assert!(!message.contains("panicked"), "{message}");
    message
}

/// A draft language renders on request, for review, marked DRAFT.
#[test]
fn a_draft_language_renders_with_its_watermark() {
    let sandbox = Sandbox::new();
    let output = sandbox.render("fr", "html");
    assert!(output.status.success(), "{}", stderr(&output));
    let html = std::fs::read_to_string(sandbox.path("out/FSN2025-1682_fr.html")).unwrap();
    assert!(html.contains("<html lang=\"fr\">") && html.contains("<body class=\"draft\">"));
}

#[test]
fn render_writes_pdf_and_html_per_language() {
    let sandbox = Sandbox::new();
    let output = sandbox.render("it,en", "pdf,html");
    assert!(output.status.success(), "{}", stderr(&output));
    let mut written: Vec<String> = sandbox
        .written()
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "FSN2025-1682_en.html",
            "FSN2025-1682_en.pdf",
            "FSN2025-1682_it.html",
            "FSN2025-1682_it.pdf"
        ]
    );
    let pdf = std::fs::read(sandbox.path("out/FSN2025-1682_it.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn build_writes_every_language_of_every_notice() {
    let sandbox = Sandbox::new();
    let output = sandbox.fsn(&["build", "--format", "html"]);
    assert!(output.status.success(), "{}", stderr(&output));
    for lang in ["it", "de", "en"] {
        let path = sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_{lang}.html"));
        assert!(path.is_file(), "{} missing", path.display());
    }
}

/// An unknown or misspelt language among others, and `--jobs 0`, are errors that say what
/// is valid, with nothing written (issue 24, B: `--lang de,xx` built German and exit 0).
#[test]
fn build_refuses_unknown_languages_and_no_jobs() {
    let sandbox = Sandbox::new();
    for langs in ["de,xx", "de,DE", "de,../../x"] {
        let output = sandbox.fsn(&["build", "--format", "html", "--lang", langs]);
        let message = assert_fails_cleanly(&sandbox, &output);
        assert!(message.contains("fsn::l10n::unknown_language"), "{message}");
        assert!(message.contains("the repository's languages"), "{message}");
    }
    let output = sandbox.fsn(&["build", "--format", "html", "--jobs", "0"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("must be at least 1"),
        "{}",
        stderr(&output)
    );
    assert!(sandbox.written().is_empty());
}

#[test]
fn toml_syntax_error_names_file_line_and_column() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace("reference = \"M-AMR-01719\"", "reference = \"M-AMR-01719")
    });
    let message = assert_fails_cleanly(&sandbox, &sandbox.render("it", "pdf"));
    assert!(message.contains("fsn::toml::syntax"), "{message}");
    assert!(
        message.contains("notices/FSN2025-1682/notice.toml:4:"),
        "{message}"
    );
}

#[test]
fn unknown_field_is_named_with_its_place() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace(
            "issuer = \"illumina\"",
            "issuer = \"illumina\"\ncolour = \"red\"",
        )
    });
    let message = assert_fails_cleanly(&sandbox, &sandbox.render("it", "pdf"));
    assert!(message.contains("unknown field `colour`"), "{message}");
    assert!(
        message.contains("notices/FSN2025-1682/notice.toml:7:1"),
        "{message}"
    );
}

#[test]
fn missing_required_field_is_named() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace("issued = 2025-01-16\n", "")
    });
    let message = assert_fails_cleanly(&sandbox, &sandbox.render("it", "pdf"));
    assert!(message.contains("missing field `issued`"), "{message}");
    assert!(
        message.contains("notices/FSN2025-1682/notice.toml"),
        "{message}"
    );
}

#[test]
fn message_missing_in_one_locale_points_at_the_reference() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/locales/de.ftl"), |text| {
        let start = text.find("\nsummary-no-reports =").unwrap() + 1;
        let end = start + text[start..].find("\n\n").unwrap();
        format!("{}{}", &text[..start], &text[end + 1..])
    });
    let message = assert_fails_cleanly(&sandbox, &sandbox.render("de", "pdf,html"));
    assert!(
        message.contains("message `summary-no-reports` is missing in locale `de`"),
        "{message}"
    );
    assert!(
        message.contains("notices/FSN2025-1682/notice.toml:"),
        "{message}"
    );
    assert!(
        message.contains("locales/de.ftl"),
        "the hint names the file to edit:\n{message}"
    );
}

/// Renames `summary-no-reports` in the notice's `lang` file, so that language lacks it.
fn misname_summary_no_reports(sandbox: &Sandbox, lang: &str) {
    sandbox.edit(&format!("notices/{NOTICE}/locales/{lang}.ftl"), |text| {
        text.replace("\nsummary-no-reports =", "\nsummary-no-report =")
    });
}

/// Rendering one language reads and checks that language only, so an author can review the
/// Italian while the German is being edited; `fsn check` and `fsn build` still refuse the gap.
#[test]
fn a_gap_in_one_language_stops_check_and_build_but_not_another_language() {
    let sandbox = Sandbox::new();
    misname_summary_no_reports(&sandbox, "de");
    let output = sandbox.render("it", "pdf");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(sandbox.path("out/FSN2025-1682_it.pdf").is_file());

    for args in [
        vec!["check", "notices/FSN2025-1682"],
        vec!["build", "--out", "dist", "--format", "html"],
    ] {
        let output = sandbox.fsn(&args);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {message}");
        assert!(
            message.contains("message `summary-no-reports` is missing in locale `de`"),
            "{args:?}: {message}"
        );
    }
    assert!(!sandbox.path("dist").exists(), "a failed build wrote dist/");
}

#[test]
fn unknown_language_lists_the_available_ones() {
    let sandbox = Sandbox::new();
    let message = assert_fails_cleanly(&sandbox, &sandbox.render("ja", "pdf"));
    assert!(message.contains("not published in `ja`"), "{message}");
    assert!(message.contains("it, de, en, fr, es"), "{message}");
}

#[test]
fn invalid_udi_di_check_digit_is_refused() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace("00816270020637", "00816270020638")
    });
    let message = assert_fails_cleanly(&sandbox, &sandbox.render("it", "pdf"));
    assert!(message.contains("is not a valid GTIN-14"), "{message}");
}

#[test]
fn a_failed_build_leaves_previous_output_alone() {
    let sandbox = Sandbox::new();
    let first = sandbox.fsn(&["build", "--format", "html"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let path = sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_it.html"));
    let before = std::fs::read(&path).unwrap();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace("id = ", "idd = ")
    });
    let second = sandbox.fsn(&["build", "--format", "html"]);
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// A document that fails while rendering (here: text no embedded font can print) fails the
/// build after the other documents were already rendered and staged: none of them appears,
/// no temporary and no folder is left, and the message names the notice and language.
#[test]
fn a_document_failing_to_render_fails_the_whole_build() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replace(
            "Illumina is contacting you",
            "Illumina 漢字 is contacting you",
        )
    });
    // The change is reviewed in every language, so the build gets as far as rendering.
    for lang in ["en", "de", "it"] {
        let args = [
            "review",
            "--lang",
            lang,
            "--notice",
            NOTICE,
            "--message",
            "intro",
        ];
        let review = sandbox.fsn(&[&args[..], &["--by", "test"]].concat());
        assert!(review.status.success(), "{}", stderr(&review));
    }
    let output = sandbox.fsn(&["build", "--notice", NOTICE, "--format", "pdf"]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(
        message.contains(&format!("{NOTICE} (en)")) && message.contains("U+6F22"),
        "{message}"
    );
    let dist = sandbox.path("dist");
    assert!(
        !dist.exists(),
        "left behind: {:?}",
        read_tree(&dist)
            .iter()
            .map(|(name, _)| name)
            .collect::<Vec<_>>()
    );
}

/// See: issue 7 (byte-reproducible builds, a manifest, shards that merge into the whole).
#[test]
fn builds_are_reproducible_and_shards_merge_into_the_whole() {
    let sandbox = Sandbox::new();
    let first = sandbox.fsn(&["build", "--out", "one", "--quiet"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second = sandbox.fsn(&["build", "--out", "two", "--jobs", "1", "--quiet"]);
    assert!(second.status.success(), "{}", stderr(&second));
    let one = read_tree(&sandbox.path("one"));
    assert!(
        one == read_tree(&sandbox.path("two")),
        "two builds of the same sources differ"
    );
    let names: Vec<&str> = one.iter().map(|(name, _)| name.as_str()).collect();
    assert!(
        names.contains(&"manifest.json") && names.contains(&"index.html"),
        "{names:?}"
    );
    assert_eq!(
        names.iter().filter(|name| name.ends_with(".pdf")).count(),
        9,
        "{names:?}"
    );

    let manifest: serde_json::Value = serde_json::from_slice(
        &one.iter()
            .find(|(name, _)| name == "manifest.json")
            .unwrap()
            .1,
    )
    .unwrap();
    let files = manifest["files"].as_array().unwrap();
    assert_eq!(files.len(), 18);
    let pdf = files
        .iter()
        .find(|file| file["path"] == "FSN2025-1682/FSN2025-1682_de.pdf")
        .unwrap();
    assert_eq!(pdf["pages"], 4);
    assert!(
        pdf["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|source| source["path"] == "locales/de/notice.ftl")
    );

    for shard in ["1/2", "2/2"] {
        let out = format!("shard{}", &shard[..1]);
        let output = sandbox.fsn(&["build", "--out", &out, "--shard", shard, "--quiet"]);
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let merge = sandbox.fsn(&[
        "manifest",
        "merge",
        "shard1/manifest.json",
        "shard2/manifest.json",
        "--out",
        "merged",
    ]);
    assert!(merge.status.success(), "{}", stderr(&merge));
    for name in ["manifest.json", "index.html"] {
        let merged = std::fs::read(sandbox.path(&format!("merged/{name}"))).unwrap();
        let whole = std::fs::read(sandbox.path(&format!("one/{name}"))).unwrap();
        assert!(
            merged == whole,
            "merged {name} differs from a whole build's"
        );
    }
}

/// See: issue 4 (`fsn check` reports every problem in one run, not only the first).
#[test]
fn check_reports_every_shape_error_in_one_run() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace(
            "issuer = \"illumina\"",
            "issuer = \"illumina\"\ncolour = \"red\"",
        )
        .replace("catalog = [\"20086130\"]", "catalog = 20086130")
        .replace("kind = \"date\"", "kind = \"signature-pad\"")
        .replace(
            "{ paragraph = \"summary-risk\" },",
            "{ paragraf = \"summary-risk\" },",
        )
    });
    let output = sandbox.fsn(&["check"]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    for expected in [
        "unknown field `colour`",
        "invalid type: integer `20086130`, expected a list",
        "unknown variant `signature-pad`",
        "unknown variant `paragraf`",
    ] {
        assert!(
            message.contains(expected),
            "{expected:?} not reported:\n{message}"
        );
    }
    // Only the four faults: no echoes such as "missing field" for the values taken out.
    assert!(message.contains("fsn: 4 error(s)"), "{message}");
}

/// See: issue 5 (a language not reviewed is never published silently).
#[test]
fn a_language_not_reviewed_is_refused_unless_built_as_a_draft() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/locales/de.ftl"), |text| {
        text.replacen("### status: reviewed", "### status: draft", 1)
    });
    let status = sandbox.fsn(&["status"]);
    let table = String::from_utf8_lossy(&status.stdout).into_owned();
    let row = table
        .lines()
        .find(|line| line.starts_with(NOTICE) && line.contains(" de "))
        .unwrap();
    assert!(row.contains("draft") && row.ends_with("no"), "{table}");

    let refused = sandbox.fsn(&["build", "--notice", NOTICE, "--format", "html"]);
    let message = stderr(&refused);
    assert_eq!(refused.status.code(), Some(1), "{message}");
    assert!(
        message.contains("FSN2025-1682 (de) is not reviewed"),
        "{message}"
    );
    assert!(
        message.contains("notices/FSN2025-1682/locales/de.ftl"),
        "{message}"
    );
    assert!(
        !sandbox.path("dist").exists(),
        "a refused build wrote files"
    );

    let drafted = sandbox.fsn(&["build", "--notice", NOTICE, "--allow-draft"]);
    assert!(drafted.status.success(), "{}", stderr(&drafted));
    let html =
        std::fs::read_to_string(sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_de.html"))).unwrap();
    assert!(html.contains("<body class=\"draft\">"));
    let reviewed =
        std::fs::read_to_string(sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_it.html"))).unwrap();
    assert!(
        reviewed.contains("<body>"),
        "a reviewed language is marked draft"
    );
    let pdf = std::fs::read(sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_de.pdf"))).unwrap();
    // The watermark is rotated; the layout mode of pdftotext leaves rotated text out.
    let pages = common::pdf_text_raw(&pdf);
    assert_eq!(
        pages.matches("DRAFT").count(),
        4,
        "one DRAFT mark per page:\n{pages}"
    );
}

/// See: issue 4 (`fsn new` creates a skeleton with every section that validates at once).
#[test]
fn a_new_notice_validates_renders_as_a_draft_and_is_not_published() {
    let sandbox = Sandbox::new();
    let created = sandbox.fsn(&["new", "FSN2026-0001", "--lang", "it,en"]);
    assert!(created.status.success(), "{}", stderr(&created));
    for file in ["notice.toml", "locales/it.ftl", "locales/en.ftl"] {
        assert!(
            sandbox
                .path(&format!("notices/FSN2026-0001/{file}"))
                .is_file(),
            "{file} missing"
        );
    }
    let check = sandbox.fsn(&["check", "notices/FSN2026-0001"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let render = sandbox.fsn(&[
        "render",
        "notices/FSN2026-0001",
        "--lang",
        "en",
        "--format",
        "html",
        "--out",
        "out",
    ]);
    assert!(render.status.success(), "{}", stderr(&render));
    let html = std::fs::read_to_string(sandbox.path("out/FSN2026-0001_en.html")).unwrap();
    assert!(html.contains("<body class=\"draft\">") && html.contains("TODO"));
    let build = sandbox.fsn(&["build", "--notice", "FSN2026-0001"]);
    assert_eq!(
        build.status.code(),
        Some(1),
        "an unreviewed skeleton was published"
    );
    let again = sandbox.fsn(&["new", "FSN2026-0001"]);
    assert_eq!(
        again.status.code(),
        Some(1),
        "an existing notice was overwritten"
    );
}

/// `--notice` takes a folder as well as an id, so the example builds beside the notices.
#[test]
fn build_takes_a_notice_folder_outside_notices() {
    let root = common::repo_root();
    let out = tempfile::tempdir().unwrap();
    let example = root.join("examples/notices/EXAMPLE-0001");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args([
            "build", "--quiet", "--lang", "en", "--format", "html", "--root",
        ])
        .arg(&root)
        .arg("--notice")
        .arg(&example)
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        out.path()
            .join("EXAMPLE-0001/EXAMPLE-0001_en.html")
            .is_file()
    );
    assert!(!out.path().join("FSN2025-1682").exists());
}

/// A message the drafts lack is one warning naming them all, not one per language; the
/// published languages still check clean and the draft itself does not render.
#[test]
fn a_gap_in_draft_languages_is_one_warning() {
    let sandbox = Sandbox::new();
    for lang in ["fr", "es"] {
        misname_summary_no_reports(&sandbox, lang);
    }
    let output = sandbox.fsn(&["check", "notices/FSN2025-1682"]);
    let message = stderr(&output);
    assert!(output.status.success(), "{message}");
    assert_eq!(
        message.matches("fsn::l10n::missing_in_drafts").count(),
        1,
        "{message}"
    );
    assert!(
        message.contains("message `summary-no-reports` is missing in draft language(s) fr, es"),
        "{message}"
    );
    assert_fails_cleanly(&sandbox, &sandbox.render("fr", "pdf"));
}
