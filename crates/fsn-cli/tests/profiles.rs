//! Regulatory profiles end to end: every rule of every profile under `profiles/` has a fixture
//! in `tests/fixtures/profiles/` that breaks the clean example notice so the rule fires, with
//! its code, its place and its source; the example passes `eu-mdr` with no finding; the report
//! on a printed notice is readable, and the same in JSON.
//!
//! See: issue 14 (fsn knows what a field safety notice must say).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common::{self, Sandbox, Undo};
use serde::Deserialize;

/// The example written to pass `eu-mdr` cleanly; the fixtures start from it.
const EXAMPLE: &str = "examples/notices/EXAMPLE-0002";

/// One fixture: edits of the example and the findings they must cause.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// The diagnostic code every expected finding has.
    code: String,
    /// The file the findings point into (`notice.toml` or `issuer.toml`).
    file: String,
    /// Where they point, one-based.
    line: usize,
    column: usize,
    /// `"<profile> <rule id>"` of each finding.
    expect: Vec<String>,
    /// Text replacements, each of the first occurrence, in files relative to the repository.
    #[serde(default)]
    edits: Vec<Edit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: String,
    find: String,
    replace: String,
}

/// A finding as `fsn check --format json` prints it.
#[derive(Debug, Clone, Deserialize)]
struct Finding {
    code: String,
    severity: String,
    message: String,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    help: Option<String>,
}

/// A sandbox holding the example, with its own `profiles = [...]` taken out so that only the
/// profile under test applies.
fn example_sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    common::copy_dir(&common::repo_root().join(EXAMPLE), &sandbox.path(EXAMPLE));
    sandbox.edit(&format!("{EXAMPLE}/notice.toml"), |text| {
        text.replace("profiles = [\"eu-mdr\"]\n", "")
    });
    sandbox
}

fn check_json(sandbox: &Sandbox, notice: &str, profile: &str) -> Vec<Finding> {
    let output = sandbox.fsn(&["check", notice, "--profile", profile, "--format", "json"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(&stdout).unwrap_or_else(|err| {
        panic!(
            "{profile}: not JSON ({err}):\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// `(profile, rule id) -> source` of every rule under `profiles/`.
fn rules() -> BTreeMap<(String, String), String> {
    #[derive(Deserialize)]
    struct Profile {
        rules: Vec<Rule>,
    }
    #[derive(Deserialize)]
    struct Rule {
        id: String,
        source: String,
    }
    let mut rules = BTreeMap::new();
    for entry in std::fs::read_dir(common::repo_root().join("profiles")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.extension().is_none_or(|ext| ext != "toml") || name.ends_with("-languages") {
            continue;
        }
        let profile: Profile = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for rule in profile.rules {
            rules.insert((name.clone(), rule.id), rule.source);
        }
    }
    rules
}

fn cases() -> Vec<(String, Case)> {
    let dir = common::repo_root().join("tests/fixtures/profiles");
    let mut cases: Vec<(String, Case)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let case = toml::from_str(&std::fs::read_to_string(&path).unwrap())
                .unwrap_or_else(|err| panic!("{name}: bad fixture: {err}"));
            (name, case)
        })
        .collect();
    cases.sort_by(|a, b| a.0.cmp(&b.0));
    cases
}

fn split(expected: &str) -> (&str, &str) {
    expected
        .split_once(' ')
        .unwrap_or_else(|| panic!("`{expected}` is not \"<profile> <rule>\""))
}

fn is_of_rule(finding: &Finding, profile: &str, rule: &str) -> bool {
    finding.message.contains(&format!("[{profile} {rule}; "))
}

/// Every rule of every profile has a fixture, and each fixture makes its rules fire at the
/// place it names, with the rule's source in the message.
#[test]
fn every_profile_rule_fails_its_fixture() {
    let rules = rules();
    let cases = cases();
    let covered: BTreeSet<(String, String)> = cases
        .iter()
        .flat_map(|(_, case)| &case.expect)
        .map(|expected| {
            let (profile, rule) = split(expected);
            (profile.to_owned(), rule.to_owned())
        })
        .collect();
    let uncovered: Vec<_> = rules.keys().filter(|key| !covered.contains(*key)).collect();
    assert!(
        uncovered.is_empty(),
        "rules without a fixture: {uncovered:?}"
    );

    // What each profile finds in the unedited example: a fixture with edits must add its
    // finding, not find one that was there already.
    let base = example_sandbox();
    let profiles: BTreeSet<&str> = rules.keys().map(|(profile, _)| profile.as_str()).collect();
    let base_findings: BTreeMap<&str, Vec<Finding>> = profiles
        .iter()
        .map(|profile| (*profile, check_json(&base, EXAMPLE, profile)))
        .collect();

    let top_level = base.top_level();
    // One sandbox per thread, each case's edits undone after it.
    common::in_parallel(&cases, example_sandbox, |sandbox, (name, case)| {
        let mut undo = Undo::default();
        for edit in &case.edits {
            undo.save(&sandbox.path(&edit.file));
            sandbox.edit(&edit.file, |text| {
                assert!(
                    text.contains(&edit.find),
                    "{name}: {:?} not found",
                    edit.find
                );
                text.replacen(&edit.find, &edit.replace, 1)
            });
        }
        for expected in &case.expect {
            let (profile, rule) = split(expected);
            let source = rules
                .get(&(profile.to_owned(), rule.to_owned()))
                .unwrap_or_else(|| panic!("{name}: no rule `{rule}` in profile {profile}"));
            if !case.edits.is_empty() {
                let before = &base_findings[profile];
                assert!(
                    !before
                        .iter()
                        .any(|finding| is_of_rule(finding, profile, rule)),
                    "{name}: {expected} fires on the unedited example already: {before:#?}"
                );
            }
            let findings = check_json(sandbox, EXAMPLE, profile);
            let finding = findings
                .iter()
                .find(|finding| is_of_rule(finding, profile, rule))
                .unwrap_or_else(|| panic!("{name}: {expected} did not fire: {findings:#?}"));
            assert_eq!(finding.code, case.code, "{name}: {expected}");
            assert!(
                finding.message.contains(source.as_str()),
                "{name}: {expected}: the message does not cite {source:?}: {}",
                finding.message
            );
            let file = finding.file.as_deref().unwrap_or_default();
            assert!(
                Path::new(file).ends_with(&case.file),
                "{name}: {expected} points into {file}"
            );
            assert_eq!(
                (finding.line, finding.column),
                (Some(case.line), Some(case.column)),
                "{name}: {expected}: {}",
                finding.message
            );
            assert!(finding.help.is_some(), "{name}: {expected} has no help");
            assert!(
                ["error", "warning"].contains(&finding.severity.as_str()),
                "{name}"
            );
        }
        undo.restore();
        assert_eq!(sandbox.top_level(), top_level, "{name}: left behind");
    });
}

/// The example passes eu-mdr (which it names itself) without a finding, in its four languages.
#[test]
fn the_example_passes_eu_mdr_with_no_finding() {
    let sandbox = Sandbox::new();
    common::copy_dir(&common::repo_root().join(EXAMPLE), &sandbox.path(EXAMPLE));
    assert!(sandbox.path(&format!("{EXAMPLE}/notice.toml")).exists());
    let findings = check_json(&sandbox, EXAMPLE, "eu-mdr");
    assert!(findings.is_empty(), "{findings:#?}");
    let output = sandbox.fsn(&["check", EXAMPLE]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        stdout.trim(),
        "ok EXAMPLE-0002 (en, de, fr, it) against eu-mdr: 0 error(s), 0 warning(s)"
    );
}

/// The example renders to PDF and HTML in English, German, French and Italian; its messages are
/// unreviewed, so each is marked DRAFT.
#[test]
fn the_example_renders_in_four_languages() {
    let sandbox = Sandbox::new();
    common::copy_dir(&common::repo_root().join(EXAMPLE), &sandbox.path(EXAMPLE));
    let output = sandbox.fsn(&[
        "render",
        EXAMPLE,
        "--lang",
        "en,de,fr,it",
        "--format",
        "pdf,html",
        "--out",
        "out",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for lang in ["en", "de", "fr", "it"] {
        let html = std::fs::read_to_string(sandbox.path(&format!("out/EXAMPLE-0002_{lang}.html")))
            .unwrap();
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(html.contains("class=\"draft\""), "{lang}: not marked draft");
        let pdf = std::fs::read(sandbox.path(&format!("out/EXAMPLE-0002_{lang}.pdf"))).unwrap();
        let text = common::pdf_text(&pdf);
        assert!(text.contains("VP-200"), "{lang}: {text}");
    }
}

/// A notice naming a profile it fails cannot be built; the same notice without the profile can.
#[test]
fn a_profile_the_notice_names_stops_the_build() {
    let sandbox = example_sandbox();
    sandbox.edit(&format!("{EXAMPLE}/notice.toml"), |text| {
        text.replace("issuer = ", "profiles = [\"us-fda\"]\nissuer = ")
    });
    let output = sandbox.fsn(&[
        "build",
        "--notice",
        EXAMPLE,
        "--format",
        "html",
        "--allow-draft",
        "--out",
        "dist",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fsn::profile::marking"), "{stderr}");
    assert!(stderr.contains("21 CFR 7.49(b)"), "{stderr}");
    assert!(!sandbox.path("dist").exists());
}

/// An issuer's own rules are a profile file: "every notice has a distributor reply form".
#[test]
fn an_issuer_profile_needs_no_code() {
    let sandbox = example_sandbox();
    std::fs::write(
        sandbox.path("profiles/example-medical.toml"),
        r#"title = "Example Medical: house rules"

[[rules]]
id = "distributor-reply"
severity = "error"
source = "Example Medical SOP-042 §3"
check = { form = "distributor-reply" }
message = "the notice has no distributor reply"
help = "add role = \"distributor-reply\" to the distributors' questions of the form"
"#,
    )
    .unwrap();
    let findings = check_json(&sandbox, EXAMPLE, "example-medical");
    assert!(findings.is_empty(), "{findings:#?}");
    sandbox.edit(&format!("{EXAMPLE}/notice.toml"), |text| {
        text.replace("role = \"distributor-reply\"\n", "")
    });
    let findings = check_json(&sandbox, EXAMPLE, "example-medical");
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].code, "fsn::profile::missing_form");
    assert!(
        findings[0]
            .message
            .ends_with("[example-medical distributor-reply; Example Medical SOP-042 §3]"),
        "{}",
        findings[0].message
    );
}

/// An unknown profile is named, with the ones there are.
#[test]
fn an_unknown_profile_lists_the_known_ones() {
    let sandbox = example_sandbox();
    let output = sandbox.fsn(&["check", EXAMPLE, "--profile", "eu-mdd"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("there is no profile `eu-mdd`"), "{stderr}");
    assert!(
        stderr.contains("available profiles: au-tga, eu-ivdr, eu-mdr, uk-mhra, us-fda"),
        "{stderr}"
    );
}

/// `fsn check --profile eu-ivdr notices/FSN2025-1682`: a readable report, and the same findings
/// in JSON for CI.
#[test]
fn the_report_on_a_printed_notice_is_readable_and_the_same_in_json() {
    let sandbox = Sandbox::new();
    let notice = "notices/FSN2025-1682";
    let output = sandbox.fsn(&["check", notice, "--profile", "eu-ivdr"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // The product without UDI-DI and without a stated reason is an error under the IVDR.
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stdout.starts_with("fails FSN2025-1682 (it, de, en) against eu-ivdr: "),
        "{stdout}"
    );
    assert!(
        stderr.contains("product 2 is \"not-available\" without `udi-di-reason`"),
        "{stderr}"
    );
    assert!(stderr.contains("IVDR 2017/746 Art. 84(8)"), "{stderr}");
    assert!(
        stderr.contains("notices/FSN2025-1682/notice.toml:"),
        "{stderr}"
    );

    // The text report wraps long lines: compare without whitespace and frame characters.
    let squeeze = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '│' | '·'))
            .collect()
    };
    let report = squeeze(&stderr);
    let json = check_json(&sandbox, notice, "eu-ivdr");
    assert!(!json.is_empty());
    for finding in &json {
        assert!(finding.code.starts_with("fsn::profile::"), "{finding:?}");
        assert!(
            report.contains(&squeeze(&finding.message)),
            "the text report lacks {:?}",
            finding.message
        );
    }
}

/// A draft language is not published: it does not cover a country's language.
#[test]
fn a_draft_language_does_not_cover_a_country() {
    let sandbox = example_sandbox();
    sandbox.edit(&format!("{EXAMPLE}/notice.toml"), |text| {
        text.replace(
            "languages = [\"en\", \"de\", \"fr\", \"it\"]",
            "languages = [\"en\", \"fr\", \"it\"]\ndraft-languages = [\"de\"]",
        )
    });
    let findings = check_json(&sandbox, EXAMPLE, "eu-mdr");
    let missing: Vec<&str> = findings
        .iter()
        .filter(|finding| finding.code == "fsn::profile::language_coverage")
        .map(|finding| finding.message.as_str())
        .collect();
    // AT, CH, DE and LU require German; FR and IT are covered.
    assert_eq!(missing.len(), 4, "{findings:#?}");
    assert!(
        missing[0].contains("AT (Austria) requires de, missing de"),
        "{}",
        missing[0]
    );
    assert!(
        missing[0].contains("official-languages fallback"),
        "{}",
        missing[0]
    );
}

/// A marking rule reports a published language it has no wording for, unless told to skip it.
#[test]
fn a_marking_without_wording_for_a_language_says_so() {
    let sandbox = example_sandbox();
    let profile = |other: &str| {
        format!(
            r#"title = "English title only"

[[rules]]
id = "title"
severity = "warning"
source = "test"
message = "the title is not the English one"
help = "add it"
[rules.check.marking]
other-languages = "{other}"
texts.en = ["Urgent Field Safety Notice"]
"#
        )
    };
    std::fs::write(
        sandbox.path("profiles/english-title.toml"),
        profile("report"),
    )
    .unwrap();
    let findings = check_json(&sandbox, EXAMPLE, "english-title");
    let langs: Vec<&str> = findings
        .iter()
        .filter_map(|finding| finding.message.split("no wording in `").nth(1))
        .filter_map(|rest| rest.split('`').next())
        .collect();
    assert_eq!(langs, ["de", "fr", "it"], "{findings:#?}");
    std::fs::write(sandbox.path("profiles/english-title.toml"), profile("skip")).unwrap();
    assert!(check_json(&sandbox, EXAMPLE, "english-title").is_empty());
}
