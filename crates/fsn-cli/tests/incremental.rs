//! Incremental builds: a rebuild takes unchanged documents from the previous build and gives
//! the bytes of a clean build of the same sources.
//!
//! See: issue 17, item 1.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{NOTICE, Sandbox, read_tree};

/// Three notices in three languages, PDF and HTML: 18 documents.
const BUILD: [&str; 6] = [
    "build",
    "--lang",
    "it,de,en",
    "--allow-draft",
    "--jobs",
    "1",
];

/// Asserts that two output folders hold the same files with the same bytes.
fn assert_same_tree(built: &Path, clean: &Path) {
    let (built, clean) = (read_tree(built), read_tree(clean));
    let names = |tree: &[(String, Vec<u8>)]| -> Vec<String> {
        tree.iter().map(|(name, _)| name.clone()).collect()
    };
    assert_eq!(names(&built), names(&clean));
    for ((name, built), (_, clean)) in built.iter().zip(&clean) {
        assert!(built == clean, "{name} differs from the clean build's");
    }
}

/// The paths whose bytes differ between two trees of the same files.
fn changed(before: &[(String, Vec<u8>)], after: &[(String, Vec<u8>)]) -> Vec<String> {
    assert_eq!(before.len(), after.len());
    before
        .iter()
        .zip(after)
        .filter(|((name, _), _)| name.contains('/'))
        .filter(|((_, old), (_, new))| old != new)
        .map(|((name, _), _)| name.clone())
        .collect()
}

fn succeeded(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    stderr
}

/// Builds into `out` and returns (rendered, reused) from the summary line.
fn build(sandbox: &Sandbox, out: &str, more: &[&str]) -> (usize, usize) {
    let stderr = succeeded(&sandbox.fsn(&[&BUILD[..], &["--out", out], more].concat()));
    counts(&stderr)
}

fn counts(stderr: &str) -> (usize, usize) {
    let number_before = |marker: &str| -> usize {
        let head = &stderr[..stderr
            .find(marker)
            .unwrap_or_else(|| panic!("no `{marker}` in {stderr}"))];
        let digits = head.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap();
        digits.parse().unwrap()
    };
    (
        number_before(" rendered, "),
        number_before(" reused from the previous build"),
    )
}

fn edit_message(sandbox: &Sandbox, file: &str, id: &str) {
    sandbox.edit(file, |text| {
        let at = text
            .find(&format!("\n{id} = "))
            .expect("the message is there")
            + 1;
        let end = at + text[at..].find('\n').unwrap();
        format!("{} (edited){}", &text[..end], &text[end..])
    });
}

#[test]
fn a_rebuild_without_changes_renders_nothing_and_changes_no_byte() {
    let sandbox = Sandbox::new();
    assert_eq!(build(&sandbox, "dist", &[]), (18, 0));
    let first = read_tree(&sandbox.path("dist"));
    assert_eq!(build(&sandbox, "dist", &[]), (0, 18));
    assert_eq!(read_tree(&sandbox.path("dist")), first);
    // --force renders everything again, to the same bytes.
    assert_eq!(build(&sandbox, "dist", &["--force"]), (18, 0));
    assert_eq!(read_tree(&sandbox.path("dist")), first);
}

/// A translator fixes one message of one notice in one language: one PDF and one HTML page
/// are rendered again, and the output is byte for byte a clean build's, manifest and index
/// included.
#[test]
fn one_message_in_one_language_renders_one_pdf_and_one_html() {
    let sandbox = Sandbox::new();
    build(&sandbox, "dist", &[]);
    let before = read_tree(&sandbox.path("dist"));
    edit_message(
        &sandbox,
        &format!("notices/{NOTICE}/locales/it.ftl"),
        "summary-no-reports",
    );
    assert_eq!(build(&sandbox, "dist", &[]), (2, 16));
    assert_eq!(
        changed(&before, &read_tree(&sandbox.path("dist"))),
        [
            format!("{NOTICE}/{NOTICE}_it.html"),
            format!("{NOTICE}/{NOTICE}_it.pdf")
        ]
    );
    build(&sandbox, "clean", &[]);
    assert_same_tree(&sandbox.path("dist"), &sandbox.path("clean"));
}

/// A shared message printed by two of the three notices, changed and reviewed, renders
/// again the documents whose bytes change, and no others: not the third notice's, though it
/// reads the same file.
#[test]
fn a_shared_message_renders_only_the_documents_that_print_it() {
    let sandbox = Sandbox::new();
    build(&sandbox, "dist", &[]);
    let before = read_tree(&sandbox.path("dist"));
    edit_message(
        &sandbox,
        "locales/it/notice.ftl",
        "title-urgent-safety-notice",
    );
    // Unreviewed, the change would make every notice's Italian a draft.
    sandbox.review(&["it"]);
    let (rendered, reused) = build(&sandbox, "dist", &[]);
    let changed = changed(&before, &read_tree(&sandbox.path("dist")));
    assert_eq!(rendered, changed.len(), "{changed:?}");
    assert_eq!(rendered + reused, 18);
    assert!(
        changed
            .iter()
            .all(|name| name.ends_with("_it.pdf") || name.ends_with("_it.html")),
        "{changed:?}"
    );
    // FSN2022-1230 does not print the message.
    assert_eq!(
        changed,
        [
            "FSN2024-1562/FSN2024-1562_it.html",
            "FSN2024-1562/FSN2024-1562_it.pdf",
            "FSN2025-1682/FSN2025-1682_it.html",
            "FSN2025-1682/FSN2025-1682_it.pdf"
        ]
    );
    build(&sandbox, "clean", &[]);
    assert_same_tree(&sandbox.path("dist"), &sandbox.path("clean"));
}

/// A file changed by hand in the output folder is rendered again, not kept, even when the
/// change keeps its size.
#[test]
fn a_file_changed_in_the_output_is_rendered_again() {
    let sandbox = Sandbox::new();
    build(&sandbox, "dist", &[]);
    let pdf = sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_de.pdf"));
    std::fs::write(&pdf, b"%PDF- not the build's").unwrap();
    let html = sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_it.html"));
    let mut same_size = std::fs::read(&html).unwrap();
    let last = same_size.len() - 1;
    same_size[last] ^= 0x20;
    std::fs::write(&html, same_size).unwrap();
    assert_eq!(build(&sandbox, "dist", &[]), (2, 16));
    build(&sandbox, "clean", &[]);
    assert_same_tree(&sandbox.path("dist"), &sandbox.path("clean"));
}

/// Shards rebuilt incrementally and merged give the clean single build's bytes.
#[test]
fn incremental_shards_merge_into_the_clean_single_build() {
    let sandbox = Sandbox::new();
    let shards = ["1/3", "2/3", "3/3"];
    let build_shards = || -> (usize, usize) {
        shards
            .iter()
            .enumerate()
            .map(|(index, shard)| build(&sandbox, &format!("shard{index}"), &["--shard", shard]))
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d))
    };
    assert_eq!(build_shards(), (18, 0));
    edit_message(
        &sandbox,
        &format!("notices/{NOTICE}/locales/de.ftl"),
        "summary-no-reports",
    );
    assert_eq!(build_shards(), (2, 16));

    // The merge job: each shard's files, then `fsn manifest merge`.
    let merged = sandbox.path("merged");
    let mut manifests = Vec::new();
    for index in 0..shards.len() {
        let shard = sandbox.path(&format!("shard{index}"));
        for (name, bytes) in read_tree(&shard) {
            if name != "manifest.json" {
                let target = merged.join(&name);
                std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                std::fs::write(target, bytes).unwrap();
            }
        }
        manifests.push(shard.join("manifest.json"));
    }
    let merge = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(["manifest", "merge"])
        .args(&manifests)
        .arg("--out")
        .arg(&merged)
        .output()
        .unwrap();
    succeeded(&merge);
    build(&sandbox, "clean", &[]);
    assert_same_tree(&merged, &sandbox.path("clean"));
}

/// `fsn build --verbose`'s count of notices taken unchanged from the previous build, without
/// loading them, and of all notices.
fn unchanged_notices(sandbox: &Sandbox, out: &str, more: &[&str]) -> (usize, usize) {
    unchanged_notices_in(sandbox, &[&BUILD[..], &["--out", out], more].concat())
}

fn unchanged_notices_in(sandbox: &Sandbox, build: &[&str]) -> (usize, usize) {
    let stderr = succeeded(&sandbox.fsn(&[build, &["--verbose"]].concat()));
    // "… (3 of 3 notices unchanged since the previous build, not loaded) …"
    let line = stderr
        .lines()
        .find(|line| line.contains("notices unchanged"))
        .unwrap_or_else(|| panic!("no count of unchanged notices in {stderr}"));
    let (before, after) = line.split_once(" of ").unwrap();
    let number = |text: &str| -> usize { text.parse().unwrap() };
    let unchanged = before.rsplit(['(', ' ']).next().unwrap();
    let all = after.split(' ').next().unwrap();
    (number(unchanged), number(all))
}

/// A rebuild does not load, review-check or compose a notice none of whose files changed (nor
/// the shared locales, issuers or profiles): the previous build's record of it stands in.
/// Any change to those folders sends the notices it may concern through loading again.
#[test]
fn notices_whose_files_did_not_change_are_not_loaded_again() {
    let sandbox = Sandbox::new();
    assert_eq!(unchanged_notices(&sandbox, "dist", &[]), (0, 3));
    assert_eq!(unchanged_notices(&sandbox, "dist", &[]), (3, 3));
    // Another selection of languages composes other documents: nothing is taken on trust.
    let italian = ["build", "--lang", "it", "--allow-draft", "--out", "dist"];
    assert_eq!(unchanged_notices_in(&sandbox, &italian), (0, 3));
    assert_eq!(unchanged_notices(&sandbox, "dist", &[]), (0, 3));
    assert_eq!(unchanged_notices(&sandbox, "dist", &[]), (3, 3));

    edit_message(
        &sandbox,
        &format!("notices/{NOTICE}/locales/it.ftl"),
        "summary-no-reports",
    );
    assert_eq!(unchanged_notices(&sandbox, "dist", &[]), (2, 3));
    // Even a file no build reads changes the fingerprint of its notice's folder.
    std::fs::write(sandbox.path(&format!("notices/{NOTICE}/notes.txt")), "x").unwrap();
    assert_eq!(unchanged_notices(&sandbox, "dist", &[]), (2, 3));
    edit_message(
        &sandbox,
        "locales/it/notice.ftl",
        "title-urgent-safety-notice",
    );
    assert_eq!(unchanged_notices(&sandbox, "dist", &[]), (0, 3));
    // --force loads and renders everything.
    assert_eq!(unchanged_notices(&sandbox, "dist", &["--force"]), (0, 3));
    build(&sandbox, "clean", &[]);
    assert_same_tree(&sandbox.path("dist"), &sandbox.path("clean"));
}

/// Each kind of change a notice's documents can follow from, made one after another, each
/// rebuilt incrementally and compared byte for byte with a clean build of the same sources
/// (HTML only: the fingerprints are the same for every format).
#[test]
fn every_kind_of_change_rebuilds_to_a_clean_builds_bytes() {
    let sandbox = Sandbox::new();
    let html = ["--format", "html"];
    build(&sandbox, "dist", &html);
    let notice = format!("notices/{NOTICE}");
    let changes: [(&str, &dyn Fn()); 6] = [
        ("the notice's date", &|| {
            sandbox.edit(&format!("{notice}/notice.toml"), |text| {
                text.replacen("issued = 2025-01-16", "issued = 2025-01-17", 1)
            })
        }),
        ("the issuer's data", &|| {
            sandbox.edit("issuers/illumina/issuer.toml", |text| {
                text.replacen("name = \"Illumina, Inc.\"", "name = \"Illumina Inc.\"", 1)
            })
        }),
        ("a review record removed: German becomes a draft", &|| {
            std::fs::remove_file(sandbox.path(&format!("{notice}/locales/de.review.toml"))).unwrap()
        }),
        ("a new shared messages file", &|| {
            std::fs::write(
                sandbox.path("locales/it/extra.ftl"),
                "extra-message = Altro\n",
            )
            .unwrap()
        }),
        ("the issuer's own wording", &|| {
            sandbox.edit("issuers/illumina/locales/en.ftl", |text| {
                format!("{text}\n")
            })
        }),
        ("a profile", &|| {
            let profiles = sandbox.path("profiles");
            let first = std::fs::read_dir(&profiles)
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .find(|path| path.extension().is_some_and(|ext| ext == "toml"))
                .expect("a profile");
            let mut text = std::fs::read_to_string(&first).unwrap();
            text.push_str("\n# edited\n");
            std::fs::write(first, text).unwrap();
        }),
    ];
    for (round, (what, change)) in changes.iter().enumerate() {
        change();
        build(&sandbox, "dist", &html);
        let clean = format!("clean{round}");
        build(&sandbox, &clean, &html);
        let (built, clean) = (
            read_tree(&sandbox.path("dist")),
            read_tree(&sandbox.path(&clean)),
        );
        assert!(
            built == clean,
            "after {what}, the rebuild differs from a clean build"
        );
    }
}
