//! XLIFF 2.0 exchange (issue 5) through the library: which file each layer's translation lives
//! in, and an import that changes one translation rewrites that message of that file only.
//! The command, its options and its refusals are tested in fsn-cli
//! (`crates/fsn-cli/tests/xliff.rs`), the reader's robustness in `xliff_properties.rs`.

use fsn_core::Repository;
use fsn_l10n::xliff::{export, import, layers, target_path};

use crate::repo_root;

#[test]
fn every_layer_is_translated_into_its_own_file() {
    for (original, translation) in [
        ("locales/en/notice.ftl", "locales/de/notice.ftl"),
        (
            "locales/en/pieces/lots-and-forms.ftl",
            "locales/de/pieces/lots-and-forms.ftl",
        ),
        (
            "issuers/illumina/locales/en.ftl",
            "issuers/illumina/locales/de.ftl",
        ),
        (
            "notices/FSN2025-1682/locales/en.ftl",
            "notices/FSN2025-1682/locales/de.ftl",
        ),
    ] {
        assert_eq!(
            target_path(original, "en", "de").as_deref(),
            Some(translation),
            "{original}"
        );
    }
    for (original, target) in [
        // Not one of the layers, or not a file of the source language.
        ("README.md", "de"),
        ("locales/en/other/notice.ftl", "de"),
        ("notices/FSN2025-1682/locales/fr.ftl", "de"),
        ("notices/FSN2025-1682/notes/en.ftl", "de"),
        // Paths that climb or name no folder, and languages that are paths.
        ("locales/en/../../notice.ftl", "de"),
        ("notices//locales/en.ftl", "de"),
        ("locales/en/notice.ftl", "../de"),
        ("locales/en/notice.ftl", "en"),
    ] {
        assert_eq!(
            target_path(original, "en", target),
            None,
            "{original} → {target}"
        );
    }
}

#[test]
fn a_changed_translation_rewrites_that_message_only() {
    let fixture = repo_root().join("tests/fixtures/xliff/repo");
    let repository = Repository::open(&fixture).unwrap();
    let found: Vec<(String, String)> = layers(&repository, "en")
        .into_iter()
        .map(|layer| (layer.id, layer.original))
        .collect();
    assert_eq!(
        found,
        [
            ("shared-notice".into(), "locales/en/notice.ftl".into()),
            ("notice-N1".into(), "notices/N1/locales/en.ftl".into()),
        ]
    );

    let xml = export(&repository, "en", "fr").unwrap();
    assert_eq!(xml.matches("<target>Utilisez").count(), 1);
    let changed = xml.replacen("<target>Utilisez", "<target>Mettez", 1);
    let files = import(&repository, "fr.xlf", &changed).unwrap();
    let [file] = &files[..] else {
        panic!("{files:#?}");
    };
    let french = fixture.join("locales/fr/notice.ftl");
    assert_eq!(file.path, french);
    assert_eq!((file.changed, file.added), (1, 0));
    let before = std::fs::read_to_string(&french).unwrap();
    assert_eq!(
        file.text,
        before.replacen("escaping = Utilisez", "escaping = Mettez", 1)
    );
}
