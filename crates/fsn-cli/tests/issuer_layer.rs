//! The issuer's layer holds the wording its notices share (issue 15, item 5): no notice
//! repeats what the layers below give it, no message is written out alike in every notice of
//! an issuer, and the wording that moved there stayed reviewed.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use fsn_core::Repository;
use fsn_core::l10n::{Catalog, FtlFile, Variables};

use crate::common;

/// The `.ftl` files of a folder, sorted, parsed.
fn ftl_files(dir: &Path) -> Vec<FtlFile> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|entry| entry.unwrap().path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths.iter().map(|path| parse(path)).collect()
}

fn parse(path: &Path) -> FtlFile {
    let text = std::fs::read_to_string(path).unwrap();
    let (file, diagnostics) = FtlFile::parse(fsn_core::SourceFile::new(path, text));
    assert!(
        diagnostics.is_empty(),
        "{}: {diagnostics:?}",
        path.display()
    );
    file
}

/// Every message of a catalog, formatted (a variable shows as `{$name}`, the same on both
/// sides of a comparison).
fn texts(lang: &str, layers: &[&[&FtlFile]]) -> BTreeMap<String, String> {
    let (catalog, _) = Catalog::new(lang.parse().unwrap(), layers);
    let ids: Vec<String> = catalog.message_ids().map(str::to_owned).collect();
    ids.into_iter()
        .map(|id| {
            let text = catalog.text(&id, &Variables::default(), &mut Vec::new());
            (id, text)
        })
        .collect()
}

/// A notice's source-language messages, each formatted over the layers below it, and the
/// messages of those layers alone.
struct SourceWording {
    issuer: String,
    own: BTreeMap<String, String>,
    below: BTreeMap<String, String>,
}

fn source_wording(root: &Path) -> BTreeMap<String, SourceWording> {
    let repository = Repository::open(root).unwrap();
    let mut out = BTreeMap::new();
    for dir in repository.notice_dirs().unwrap() {
        let loaded = repository.load(&dir).unwrap();
        let notice = &loaded.notice;
        let lang = notice.source_language.as_str();
        let shared = ftl_files(&root.join("locales").join(lang));
        let issuer_file = root
            .join("issuers")
            .join(&notice.issuer.key)
            .join("locales")
            .join(format!("{lang}.ftl"));
        let issuer: Vec<FtlFile> = issuer_file
            .is_file()
            .then(|| parse(&issuer_file))
            .into_iter()
            .collect();
        let own = parse(&dir.join("locales").join(format!("{lang}.ftl")));
        let shared: Vec<&FtlFile> = shared.iter().collect();
        let issuer: Vec<&FtlFile> = issuer.iter().collect();
        let all = texts(lang, &[&shared, &issuer, &[&own]]);
        let own_ids: Vec<&str> = own.message_ids().collect();
        out.insert(
            notice.id.clone(),
            SourceWording {
                issuer: notice.issuer.key.clone(),
                own: all
                    .into_iter()
                    .filter(|(id, _)| own_ids.contains(&id.as_str()))
                    .collect(),
                below: texts(lang, &[&shared, &issuer]),
            },
        );
    }
    out
}

/// See: issue 15, item 5. A notice's own file words only what it words differently.
#[test]
fn notices_do_not_repeat_the_wording_of_the_layers_below() {
    let wording = source_wording(&common::repo_root());
    assert!(wording.len() >= 3, "{:?}", wording.keys());
    let mut repeated = Vec::new();
    for (notice, wording) in &wording {
        for (id, text) in &wording.own {
            if wording.below.get(id) == Some(text) {
                repeated.push(format!("{notice}: {id} = {text}"));
            }
        }
    }
    assert!(
        repeated.is_empty(),
        "repeats a lower layer:\n{}",
        repeated.join("\n")
    );
}

/// See: issue 15, item 5. Wording identical in every notice of an issuer is the issuer's.
#[test]
fn wording_alike_in_every_notice_of_an_issuer_lives_in_the_issuer_layer() {
    let wording = source_wording(&common::repo_root());
    let mut by_issuer: BTreeMap<&str, Vec<&SourceWording>> = BTreeMap::new();
    for notice in wording.values() {
        by_issuer.entry(&notice.issuer).or_default().push(notice);
    }
    assert!(by_issuer["illumina"].len() >= 3);
    let mut alike = Vec::new();
    for (issuer, notices) in by_issuer.iter().filter(|(_, notices)| notices.len() > 1) {
        for (id, text) in &notices[0].own {
            if notices[1..]
                .iter()
                .all(|other| other.own.get(id) == Some(text))
            {
                alike.push(format!("{issuer}: {id} = {text}"));
            }
        }
    }
    assert!(
        alike.is_empty(),
        "alike in every notice:\n{}",
        alike.join("\n")
    );
    // What moved is there, once, for every language of the issuer.
    let issuer = common::repo_root().join("issuers/illumina/locales");
    for lang in ["en", "de", "it", "fr", "sv"] {
        let file = parse(&issuer.join(format!("{lang}.ftl")));
        let ids: Vec<&str> = file.message_ids().collect();
        for id in [
            "form-q-received",
            "form-q-customers-informed",
            "issuer-actions-authorities",
        ] {
            assert!(ids.contains(&id), "{id} missing in {lang}: {ids:?}");
        }
    }
}

/// See: issue 15, item 5. The messages moved into the issuer's layer took their review records
/// with them: every published language of the Illumina notices is still publishable, with no
/// stale or unreviewed message, and prints the moved wording.
#[test]
fn wording_moved_to_the_issuer_stays_reviewed() {
    let root = common::repo_root();
    let output = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .arg("status")
        .current_dir(&root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&output.stdout);
    for notice in ["FSN2022-1230", "FSN2024-1562", "FSN2025-1682"] {
        for lang in ["it", "de", "en"] {
            let row: Vec<&str> = table
                .lines()
                .find(|line| {
                    let mut cells = line.split_whitespace();
                    cells.next() == Some(notice) && cells.next() == Some(lang)
                })
                .unwrap_or_else(|| panic!("no row for {notice} {lang}:\n{table}"))
                .split_whitespace()
                .collect();
            assert_eq!(row[3..], ["reviewed", "0", "0", "yes"], "{notice} {lang}");
        }
    }
    let document = common::compose("FSN2025-1682", "de");
    let json = serde_json::to_string(&document).unwrap();
    assert!(
        json.contains("Ich bestätige den Erhalt von FSN2025-1682"),
        "the issuer's form-q-received is missing"
    );
}
