//! Review recorded against a source, per message (issue 13): a translation reviewed against
//! an older source text is stale, and fsn says so everywhere until it is reviewed again.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use crate::common::{self, NOTICE, Sandbox};

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The row of `fsn status` for the notice in `lang`, split into cells.
fn status_row(sandbox: &Sandbox, lang: &str) -> Vec<String> {
    let output = sandbox.fsn(&["status"]);
    let table = stdout(&output);
    let heading: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        heading,
        [
            "notice",
            "lang",
            "messages",
            "review",
            "stale",
            "unreviewed",
            "publishable"
        ]
    );
    let row = table
        .lines()
        .find(|line| line.starts_with(NOTICE) && line.split_whitespace().nth(1) == Some(lang))
        .unwrap_or_else(|| panic!("no row for {lang}:\n{table}"));
    row.split_whitespace().map(str::to_owned).collect()
}

/// The findings of `fsn check --locales --format json` with this code.
fn findings(sandbox: &Sandbox, code: &str) -> (Output, Vec<serde_json::Value>) {
    let output = sandbox.fsn(&["check", "--locales", "--format", "json"]);
    let all: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("not JSON ({err}): {}", stdout(&output)));
    let found = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["code"] == code)
        .cloned()
        .collect();
    (output, found)
}

const OLD: &str = "immediately disconnect the network cable";
const NEW: &str = "do NOT disconnect the network cable; keep it running,";

/// See: issue 13. The English note of FSN2025-1682 is changed after the German and Italian
/// were reviewed: status counts it stale, check names it with the old and the new text,
/// build refuses it, and review clears it once the translations are redone.
#[test]
fn a_source_changed_after_review_makes_its_translations_stale_until_reviewed() {
    let sandbox = Sandbox::new();
    let de = status_row(&sandbox, "de");
    assert_eq!(&de[de.len() - 3..], ["0", "0", "yes"], "{de:?}");

    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replace(&format!("actor, {OLD}"), &format!("actor,\n    {NEW}"))
    });

    // Status: one stale message in each translation; the English itself changed after review.
    for lang in ["de", "it"] {
        let row = status_row(&sandbox, lang);
        assert_eq!(&row[row.len() - 3..], ["1", "0", "no"], "{lang}: {row:?}");
    }
    let en = status_row(&sandbox, "en");
    assert_eq!(&en[en.len() - 3..], ["0", "1", "no"], "{en:?}");
    let verbose = stdout(&sandbox.fsn(&["status", "--verbose"]));
    assert!(
        verbose.contains(&format!(
            "notices/{NOTICE}/locales/de.ftl: stale: customer-actions-note"
        )),
        "{verbose}"
    );
    assert!(
        verbose.contains(&format!(
            "notices/{NOTICE}/locales/en.ftl: unreviewed: customer-actions-note"
        )),
        "{verbose}"
    );

    // Check: an error at the German message, with the source then and now, word by word.
    let (output, stale) = findings(&sandbox, "fsn::review::stale");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let german = stale
        .iter()
        .find(|item| item["file"] == format!("notices/{NOTICE}/locales/de.ftl"))
        .unwrap_or_else(|| panic!("{stale:#?}"));
    assert_eq!(german["severity"], "error");
    assert_eq!(
        (&german["line"], &german["column"]),
        (&52.into(), &1.into())
    );
    let message = german["message"].as_str().unwrap();
    assert!(
        message.starts_with("`customer-actions-note` in de"),
        "{message}"
    );
    let help = german["help"].as_str().unwrap();
    assert!(
        help.contains("reviewed: ")
            && help.contains("[-immediately-] disconnect the network [-cable-]"),
        "{help}"
    );
    assert!(
        help.contains("now: ")
            && help.contains("{+do NOT+} disconnect the network {+cable; keep it running,+}"),
        "{help}"
    );
    assert!(
        help.contains(&format!(
            "fsn review --lang de --notice {NOTICE} --message customer-actions-note"
        )),
        "{help}"
    );
    // The draft languages are stale too, but only warned about.
    let french = stale
        .iter()
        .find(|item| item["file"] == format!("notices/{NOTICE}/locales/fr.ftl"));
    assert!(
        french.is_none(),
        "a draft without review record is not stale: {french:?}"
    );

    // Build: refused, nothing written; with --allow-draft, marked DRAFT.
    let refused = sandbox.fsn(&["build", "--notice", NOTICE, "--format", "html"]);
    let message = stderr(&refused);
    assert_eq!(refused.status.code(), Some(1), "{message}");
    assert!(
        message.contains(&format!(
            "{NOTICE} (de): notices/{NOTICE}/locales/de.ftl has 1 stale and 0 unreviewed message(s): customer-actions-note"
        )),
        "{message}"
    );
    assert!(
        !sandbox.path("dist").exists(),
        "a refused build wrote files"
    );
    let drafted = sandbox.fsn(&[
        "build",
        "--notice",
        NOTICE,
        "--format",
        "html",
        "--allow-draft",
        "--lang",
        "de",
    ]);
    assert!(drafted.status.success(), "{}", stderr(&drafted));
    let html =
        std::fs::read_to_string(sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_de.html"))).unwrap();
    assert!(html.contains("<body class=\"draft\">"));
    // `fsn render` marks it DRAFT too.
    let rendered = sandbox.render("de", "html");
    assert!(rendered.status.success(), "{}", stderr(&rendered));
    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_de.html"))).unwrap();
    assert!(html.contains("<body class=\"draft\">"));

    // Review: --show prints what changed and records nothing.
    let show = sandbox.fsn(&["review", "--lang", "de", "--notice", NOTICE, "--show"]);
    let shown = stdout(&show);
    assert!(show.status.success(), "{}", stderr(&show));
    assert!(
        shown.contains("`customer-actions-note` is stale"),
        "{shown}"
    );
    assert!(shown.contains("{+do NOT+}"), "{shown}");
    assert_eq!(status_row(&sandbox, "de")[4], "1");

    // The translators redo the message; each language's review is recorded; all clear.
    sandbox.edit(&format!("notices/{NOTICE}/locales/de.ftl"), |text| {
        text.replace(
            "ziehen Sie bitte unverzüglich das\n    Netzkabel heraus",
            "ziehen Sie das Netzkabel NICHT heraus, lassen Sie den Server laufen,",
        )
    });
    for lang in ["en", "de", "it"] {
        let review = sandbox.fsn(&[
            "review",
            "--lang",
            lang,
            "--notice",
            NOTICE,
            "--message",
            "customer-actions-note",
            "--by",
            "Erika Muster",
            "--date",
            "2026-12-01",
        ]);
        let said = stderr(&review);
        assert!(review.status.success(), "{lang}: {said}");
        assert!(said.contains("recorded 1 review(s)"), "{lang}: {said}");
        let row = status_row(&sandbox, lang);
        assert_eq!(&row[row.len() - 3..], ["0", "0", "yes"], "{lang}: {row:?}");
    }
    let record =
        std::fs::read_to_string(sandbox.path(&format!("notices/{NOTICE}/locales/de.review.toml")))
            .unwrap();
    assert!(
        record.contains("by = \"Erika Muster\"\ndate = \"2026-12-01\""),
        "{record}"
    );
    assert!(
        record.contains(NEW),
        "the record keeps the source reviewed against"
    );
    let (output, stale) = findings(&sandbox, "fsn::review::stale");
    assert!(
        stale.iter().all(|item| item["severity"] == "warning"),
        "{stale:#?}"
    );
    assert!(output.status.success(), "{}", stdout(&output));
    let built = sandbox.fsn(&["build", "--notice", NOTICE, "--format", "html"]);
    assert!(built.status.success(), "{}", stderr(&built));
}

/// A reviewed translation edited afterwards (by hand or by an XLIFF import) is unreviewed
/// until someone reviews the change: it is never published silently.
#[test]
fn a_translation_edited_after_review_is_unreviewed() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/locales/it.ftl"), |text| {
        text.replacen("scollegare", "ricollegare", 1)
    });
    let (output, unreviewed) = findings(&sandbox, "fsn::review::unreviewed");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(unreviewed.len(), 1, "{unreviewed:#?}");
    assert_eq!(
        unreviewed[0]["message"],
        "`customer-actions-note` in it changed after it was reviewed"
    );
    let refused = sandbox.fsn(&[
        "build", "--notice", NOTICE, "--lang", "it", "--format", "html",
    ]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("0 stale and 1 unreviewed"),
        "{}",
        stderr(&refused)
    );

    // Without --by and without a git user, fsn asks who reviewed.
    let anonymous = std::process::Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(["review", "--lang", "it", "--notice", NOTICE])
        .current_dir(sandbox.path(""))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert_eq!(anonymous.status.code(), Some(1), "{}", stderr(&anonymous));
    assert!(
        stderr(&anonymous).contains("pass --by"),
        "{}",
        stderr(&anonymous)
    );
    let named = sandbox.fsn(&[
        "review",
        "--lang",
        "it",
        "--notice",
        NOTICE,
        "--message",
        "customer-actions-note",
        "--by",
        "R",
    ]);
    assert!(named.status.success(), "{}", stderr(&named));
    assert!(stderr(&named).contains("recorded 1 review(s) in it (0 stale, 1 changed, 0 new)"));
    let built = sandbox.fsn(&[
        "build", "--notice", NOTICE, "--lang", "it", "--format", "html",
    ]);
    assert!(built.status.success(), "{}", stderr(&built));
}

/// A notice written in German is checked against German: no English file is asked for, and
/// its German is reviewed against itself.
#[test]
fn a_notice_written_in_german_is_checked_against_german() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        let start = text.find("languages = [").unwrap();
        let end = start + text[start..].find("\nlabel").unwrap();
        format!(
            "{}languages = [\"de\"]\nsource-language = \"de\"{}",
            &text[..start],
            &text[end..]
        )
    });
    for lang in ["en", "it", "fr"] {
        std::fs::remove_file(sandbox.path(&format!("notices/{NOTICE}/locales/{lang}.ftl")))
            .unwrap();
    }
    let output = sandbox.fsn(&["check", "--locales", "--format", "json"]);
    let json = stdout(&output);
    assert!(
        !json.contains(&format!("{NOTICE}/locales/en.ftl")),
        "{json}"
    );
    // Reviewed against English before, the German notice file now needs a review as the source.
    let row = status_row(&sandbox, "de");
    assert_eq!(row.last().unwrap(), "no", "{row:?}");
    let review = sandbox.fsn(&[
        "review", "--lang", "de", "--notice", NOTICE, "--by", "Autorin",
    ]);
    assert!(review.status.success(), "{}", stderr(&review));
    let row = status_row(&sandbox, "de");
    assert_eq!(&row[row.len() - 3..], ["0", "0", "yes"], "{row:?}");
}

/// A notice whose source language it does not list is refused with the fix.
#[test]
fn the_source_language_must_be_one_of_the_notices_languages() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen("label = ", "source-language = \"ja\"\nlabel = ", 1)
    });
    let output = sandbox.fsn(&["check", &format!("notices/{NOTICE}")]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(
        message.contains("fsn::validate::no_source_language"),
        "{message}"
    );
    assert!(message.contains("notice.toml:"), "{message}");
}

/// `fsn new` without English writes the notice's source language, so it checks clean.
#[test]
fn a_new_notice_without_english_names_its_source_language() {
    let sandbox = Sandbox::new();
    let created = sandbox.fsn(&["new", "FSN2026-0009", "--lang", "it,de"]);
    assert!(created.status.success(), "{}", stderr(&created));
    let toml = std::fs::read_to_string(sandbox.path("notices/FSN2026-0009/notice.toml")).unwrap();
    assert!(
        toml.contains("languages = [\"it\", \"de\"]\n")
            && toml.contains("\nsource-language = \"it\"\n"),
        "{toml}"
    );
    let check = sandbox.fsn(&["check", "notices/FSN2026-0009"]);
    assert!(check.status.success(), "{}", stderr(&check));
}

/// `fsn review --interactive` with `answers` on its standard input.
fn review_interactively(sandbox: &Sandbox, answers: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args([
            "review",
            "--lang",
            "de",
            "--notice",
            NOTICE,
            "--interactive",
            "--by",
            "Erika Muster",
            "--date",
            "2026-12-01",
        ])
        .current_dir(sandbox.path(""))
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answers.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// See: issue 13 (`fsn review --interactive`). Each stale or unreviewed message is shown
/// with what changed in its source since the review and its translation today, and only the
/// messages answered `y` are recorded; `q` stops, keeping what was answered.
#[test]
fn an_interactive_review_records_only_what_was_answered_yes() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replace(&format!("actor, {OLD}"), &format!("actor,\n    {NEW}"))
    });
    sandbox.edit(&format!("notices/{NOTICE}/locales/de.ftl"), |text| {
        text.replace(
            "ergreifen Sie bitte die folgenden",
            "ergreifen Sie die folgenden",
        )
    });
    assert_eq!(&status_row(&sandbox, "de")[4..6], ["1", "1"]);

    // q at once: nothing recorded.
    let quit = review_interactively(&sandbox, "q\n");
    assert!(quit.status.success(), "{}", stderr(&quit));
    assert!(
        stderr(&quit).contains("recorded 0 review(s)"),
        "{}",
        stderr(&quit)
    );
    assert_eq!(&status_row(&sandbox, "de")[4..6], ["1", "1"]);

    // An unknown answer asks again; n leaves the edited message, y records the stale one.
    let output = review_interactively(&sandbox, "maybe\nn\ny\n");
    let asked = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    let de = format!("notices/{NOTICE}/locales/de.ftl");
    assert!(
        asked.contains(&format!("[1/2] {de}:")) && asked.contains("`customer-actions-intro`"),
        "{asked}"
    );
    assert!(asked.contains("  changed after its review"), "{asked}");
    assert!(
        asked.contains("  translation:     Für alle betroffenen DRAGEN-Server, die in Tabelle 1 oben aufgeführt sind, ergreifen Sie die folgenden"),
        "{asked}"
    );
    assert!(
        asked.contains("answer y (reviewed), n (not now) or q (stop)"),
        "{asked}"
    );
    let note_line = std::fs::read_to_string(sandbox.path(&de))
        .unwrap()
        .lines()
        .position(|line| line.starts_with("customer-actions-note ="))
        .unwrap()
        + 1;
    assert!(
        asked.contains(&format!(
            "[2/2] {de}:{note_line}:1: `customer-actions-note`"
        )),
        "{asked}"
    );
    assert!(
        asked.contains("  stale: its source changed since the review"),
        "{asked}"
    );
    assert!(
        asked.contains("  source reviewed: ")
            && asked.contains("[-immediately-] disconnect the network [-cable-]"),
        "{asked}"
    );
    assert!(
        asked.contains("  source now:      ")
            && asked.contains("{+do NOT+} disconnect the network {+cable; keep it running,+}"),
        "{asked}"
    );
    assert!(
        asked.contains("  translation:     **HINWEIS:** Sollten Sie"),
        "{asked}"
    );
    assert_eq!(asked.matches("reviewed? [y/n/q] ").count(), 3, "{asked}");
    assert!(
        stderr(&output).contains("recorded 1 review(s)"),
        "{}",
        stderr(&output)
    );
    assert_eq!(&status_row(&sandbox, "de")[4..6], ["0", "1"]);
    let record =
        std::fs::read_to_string(sandbox.path(&format!("notices/{NOTICE}/locales/de.review.toml")))
            .unwrap();
    assert!(record.contains(NEW), "{record}");

    // The end of the input stops asking, as q does.
    let output = review_interactively(&sandbox, "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("[1/1]"), "{}", stdout(&output));
    assert_eq!(&status_row(&sandbox, "de")[4..6], ["0", "1"]);
}

/// The wording of lots and form pieces (`locales/<lang>/pieces/`) is loaded only by the
/// notices that print it, and `fsn review` reviews it with them: a reagent recall is a draft
/// in German until its reviewer has passed that file too, and then publishable.
#[test]
fn the_optional_wording_a_notice_prints_is_reviewed_with_it() {
    let sandbox = Sandbox::new();
    common::copy_dir(
        &common::repo_root().join("examples/notices/EXAMPLE-0003"),
        &sandbox.path("notices/EXAMPLE-0003"),
    );
    let row = |lang: &str| -> Vec<String> {
        let output = sandbox.fsn(&["status"]);
        stdout(&output)
            .lines()
            .find(|line| {
                line.starts_with("EXAMPLE-0003") && line.split_whitespace().nth(1) == Some(lang)
            })
            .unwrap_or_else(|| panic!("no row for {lang}"))
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(row("de").last().unwrap(), "no");
    let shown = sandbox.fsn(&[
        "review",
        "--lang",
        "de",
        "--notice",
        "EXAMPLE-0003",
        "--show",
    ]);
    assert!(
        stdout(&shown).contains("locales/de/pieces/lots-and-forms.ftl"),
        "{}",
        stdout(&shown)
    );
    let review = sandbox.fsn(&[
        "review",
        "--lang",
        "de",
        "--notice",
        "EXAMPLE-0003",
        "--by",
        "Reviewer",
        "--date",
        "2026-12-01",
    ]);
    assert!(review.status.success(), "{}", stderr(&review));
    assert!(
        sandbox
            .path("locales/de/pieces/lots-and-forms.review.toml")
            .is_file(),
        "{}",
        stderr(&review)
    );
    assert_eq!(row("de").last().unwrap(), "yes");
    // The printed notices never loaded that file: still publishable, as before.
    assert_eq!(status_row(&sandbox, "de").last().unwrap(), "yes");
}
