//! `fsn new` for every combination of its options: what it writes validates, renders, and
//! holds what was asked for and nothing else.
//!
//! See: issue 16 (`fsn new` asks instead of emitting a fixed example).

use crate::common::{self, Sandbox};

/// One way to call `fsn new`.
#[derive(Debug, Clone, Copy)]
struct Choice {
    recall: bool,
    no_label: bool,
    ivd: bool,
    no_form: bool,
    /// 0: the kind's titles; 1: a shared title; 2: a title the notice writes itself.
    titles: usize,
    /// Languages and issuer vary along with the rest (each value is met many times).
    langs: &'static str,
    issuer: &'static str,
}

impl Choice {
    fn args(&self, id: &str) -> Vec<String> {
        let mut args: Vec<String> = ["new", id, "--lang", self.langs, "--issuer", self.issuer]
            .map(str::to_owned)
            .to_vec();
        args.extend(["--date".to_owned(), "2026-12-01".to_owned()]);
        if self.recall {
            args.extend(["--kind".to_owned(), "recall".to_owned()]);
        }
        for (set, flag) in [
            (self.no_label, "--no-label"),
            (self.ivd, "--ivd"),
            (self.no_form, "--no-form"),
        ] {
            if set {
                args.push(flag.to_owned());
            }
        }
        match self.titles {
            1 => args.extend([
                "--title".to_owned(),
                "title-quality-notification".to_owned(),
            ]),
            2 => args.extend(["--title".to_owned(), "title-own".to_owned()]),
            _ => {}
        }
        args
    }

    fn expected_titles(&self) -> &'static str {
        match (self.titles, self.recall) {
            (1, _) => r#"titles = ["title-quality-notification"]"#,
            (2, _) => r#"titles = ["title-own"]"#,
            (_, true) => r#"titles = ["title-urgent-device-recall"]"#,
            (_, false) => r#"titles = ["title-urgent-safety-notice"]"#,
        }
    }
}

fn every_choice() -> Vec<Choice> {
    let languages = ["en", "it,en", "de,fr,en", "de,it"];
    let issuers = ["illumina", "example-medical"];
    let mut choices = Vec::new();
    for bits in 0..16_usize {
        for titles in 0..3 {
            let n = choices.len();
            choices.push(Choice {
                recall: bits & 1 != 0,
                no_label: bits & 2 != 0,
                ivd: bits & 4 != 0,
                no_form: bits & 8 != 0,
                titles,
                langs: languages[n % languages.len()],
                issuer: issuers[(n / languages.len()) % issuers.len()],
            });
        }
    }
    choices
}

#[test]
fn every_combination_validates_renders_and_holds_only_what_was_asked() {
    let sandbox = Sandbox::new();
    for (index, choice) in every_choice().iter().enumerate() {
        let id = format!("NEW-{index:03}");
        let run = |args: &[String]| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let output = sandbox.fsn(&args);
            assert!(
                output.status.success(),
                "{choice:?}: fsn {}\n{}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr)
            );
        };
        run(&choice.args(&id));
        let dir = format!("notices/{id}");
        run(&["check".to_owned(), dir.clone()]);
        let first = choice.langs.split(',').next().unwrap().to_owned();
        // The HTML of every combination; the PDF of one in four (typst is the slow part).
        let formats = if index % 4 == 0 { "pdf,html" } else { "html" };
        run(&[
            "render".to_owned(),
            dir.clone(),
            "--lang".to_owned(),
            first.clone(),
            "--format".to_owned(),
            formats.to_owned(),
            "--out".to_owned(),
            "out".to_owned(),
        ]);
        let html =
            std::fs::read_to_string(sandbox.path(&format!("out/{id}_{first}.html"))).unwrap();
        assert!(
            html.contains("TODO"),
            "{choice:?}: the skeleton's text is shown"
        );

        let toml = std::fs::read_to_string(sandbox.path(&format!("{dir}/notice.toml"))).unwrap();
        let has = |text: &str| toml.lines().any(|line| line.starts_with(text));
        assert_eq!(
            has("label = \"label-"),
            choice.recall && !choice.no_label,
            "{choice:?}: label"
        );
        assert!(has(choice.expected_titles()), "{choice:?}: titles\n{toml}");
        assert_eq!(
            has("intended-use = "),
            choice.ivd,
            "{choice:?}: intended use"
        );
        assert_eq!(has("[form]"), !choice.no_form, "{choice:?}: form");
        assert!(has("issued = 2026-12-01"), "{choice:?}: date");
        for lang in choice.langs.split(',') {
            let ftl = std::fs::read_to_string(sandbox.path(&format!("{dir}/locales/{lang}.ftl")))
                .unwrap();
            let defines = |id: &str| ftl.lines().any(|line| line.starts_with(&format!("{id} =")));
            assert_eq!(
                defines("title-own"),
                choice.titles == 2,
                "{choice:?}: own title"
            );
            assert_eq!(
                defines("form-intro"),
                !choice.no_form,
                "{choice:?}: form messages"
            );
        }
    }
}

#[test]
fn refuses_what_it_cannot_make() {
    let sandbox = Sandbox::new();
    for (args, code) in [
        (
            &["new", "X-1", "--date", "2026-02-30"][..],
            "fsn::new::bad_date",
        ),
        (
            &["new", "X-1", "--title", "Urgent!"][..],
            "fsn::new::bad_title",
        ),
        (
            &["new", "X-1", "--signatory", "nobody"][..],
            "fsn::new::unknown_signatory",
        ),
        (
            &["new", "X-1", "--title", "a", "--title", "a"][..],
            "--title",
        ),
        (
            &[
                "new",
                "X-1",
                "--issuer",
                "example-medical",
                "--lang",
                "sv,en",
            ][..],
            "issuer `example-medical` has no messages in `sv`",
        ),
    ] {
        let output = sandbox.fsn(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(code), "{args:?}: {stderr}");
        assert!(
            !sandbox.path("notices/X-1").exists(),
            "{args:?}: wrote a notice"
        );
    }
}

/// See: issue 15, item 3. Either issuer is a starting point: the skeleton checks and renders,
/// and asks only for the wording the issuer's layer does not already give (Illumina's standard
/// form questions and the line on the authorities come from issuers/illumina/locales).
#[test]
fn starts_from_either_issuer_and_asks_only_for_what_the_issuer_lacks() {
    let sandbox = Sandbox::new();
    let shared_by_illumina = [
        "issuer-actions-authorities",
        "form-q-received",
        "form-q-customers-informed",
    ];
    for (id, issuer) in [("X-ILLUMINA", "illumina"), ("X-EXAMPLE", "example-medical")] {
        let dir = format!("notices/{id}");
        for args in [
            vec![
                "new",
                id,
                "--issuer",
                issuer,
                "--lang",
                "de,en",
                "--date",
                "2026-12-01",
            ],
            vec!["check", &dir],
            vec![
                "render", &dir, "--lang", "de", "--format", "pdf,html", "--out", "out",
            ],
        ] {
            let output = sandbox.fsn(&args);
            assert!(
                output.status.success(),
                "fsn {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        for lang in ["de", "en"] {
            let ftl = std::fs::read_to_string(sandbox.path(&format!("{dir}/locales/{lang}.ftl")))
                .unwrap();
            for message in shared_by_illumina {
                let asked = ftl
                    .lines()
                    .any(|line| line.starts_with(&format!("{message} =")));
                assert_eq!(asked, issuer != "illumina", "{issuer} {lang}: {message}");
            }
        }
        let text =
            common::pdf_text(&std::fs::read(sandbox.path(&format!("out/{id}_de.pdf"))).unwrap());
        let letterhead = if issuer == "illumina" {
            "Illumina"
        } else {
            "Example Medical"
        };
        assert!(text.contains(letterhead), "{issuer}: {text}");
    }
    let illumina =
        String::from_utf8_lossy(&std::fs::read(sandbox.path("out/X-ILLUMINA_de.html")).unwrap())
            .into_owned();
    assert!(
        illumina.contains("Ich bestätige den Erhalt von X-ILLUMINA"),
        "the issuer's wording"
    );
}
