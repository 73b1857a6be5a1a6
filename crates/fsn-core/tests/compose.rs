//! Snapshots of the composed text: every notice of the repository in every language, and the
//! example that uses every element. A change in wording, order or structure shows up here as a
//! diff to review (`cargo insta review`, or `INSTA_UPDATE=always` and `git diff`).

use std::path::{Path, PathBuf};

use fsn_core::Repository;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn snapshot_notice(repository: &Repository, dir: &Path) {
    let loaded = repository
        .load(dir)
        .unwrap_or_else(|diagnostics| panic!("{}: {diagnostics:#?}", dir.display()));
    for lang in loaded.languages() {
        let document = loaded
            .compose(lang)
            .unwrap_or_else(|diagnostics| panic!("{lang}: {diagnostics:#?}"));
        let name = format!("{}_{lang}", loaded.notice.id);
        insta::assert_yaml_snapshot!(name, document);
    }
}

#[test]
fn every_notice_in_every_language() {
    let repository = Repository::open(root()).unwrap();
    let dirs = repository.notice_dirs().unwrap();
    assert!(
        dirs.len() >= 3,
        "expected the three real notices, found {dirs:?}"
    );
    for dir in dirs {
        snapshot_notice(&repository, &dir);
    }
}

#[test]
fn the_example_with_every_element() {
    let repository = Repository::open(root()).unwrap();
    snapshot_notice(&repository, &root().join("examples/notices/EXAMPLE-0001"));
}

/// The examples of the other layouts: the EU template's order, numbering and forms
/// (EXAMPLE-0002, `eu-2018`) and the US recall letter's (EXAMPLE-0005, `us-recall`).
#[test]
fn the_examples_of_the_other_layouts() {
    let repository = Repository::open(root()).unwrap();
    for example in ["EXAMPLE-0002", "EXAMPLE-0005"] {
        snapshot_notice(&repository, &root().join("examples/notices").join(example));
    }
}
