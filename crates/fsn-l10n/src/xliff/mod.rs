//! XLIFF 2.0 exchange of the Fluent messages with translators' CAT tools: export every `.ftl`
//! layer of the source locale with the target locale's translations, and import the targets back
//! into the target locale's `.ftl` files.
//!
//! One `<file>` per source `.ftl` file (`original` is its repository-relative path), one `<unit>`
//! per message value and per attribute (`msg-id`, `msg-id.attr`; terms as `-term`). Placeables
//! become `<ph>` codes whose Fluent text is kept in `<originalData>`, so a CAT tool protects them.
//! A pattern with a select expression whose variants hold text is exported as Fluent syntax in a
//! unit of `type="fsn:fluent"`, which the import parses instead of reading codes.
//!
//! Do-not-translate terms of the layer's glossary (`issuers/<key>/glossary.toml`, a notice's
//! own on top) are wrapped in `<mrk translate="no">` in source and target, and the import
//! refuses a changed target that lost one. Fluent terms (`{ -brand }`) are placeables, so
//! they are `<ph>` codes like variables: locked, and rebuilt from the source on import.
//!
//! Import rewrites only what changed: an unchanged target keeps the file's bytes, a changed one
//! replaces the value (or attribute) in place, and a new one is inserted in the source file's
//! order with the source's comment. Damaged placeholders refuse the whole file.

use std::path::{Path, PathBuf};

use fsn_core::repo::Repository;

mod export;
mod glossary;
mod import;
mod read;
mod segment;

pub use export::{ExportOptions, export, export_with};
pub use import::{ImportOptions, ImportedFile, import, import_with};

/// The XLIFF 2.0 namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The `type` of a unit exported as Fluent syntax (a select expression with text).
pub const FLUENT_UNIT: &str = "fsn:fluent";
/// The note on a unit exported as Fluent syntax.
pub const FLUENT_NOTE: &str = "contains a select expression: edit the Fluent syntax";

/// One `.ftl` file of the source locale and where its translation lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    /// The `<file id>`: `shared-<stem>`, `issuer-<key>` or `notice-<id>`.
    pub id: String,
    /// The source file, relative to the repository root, with `/` separators.
    pub original: String,
}

/// The `.ftl` files of `lang` in every layer: shared, issuers, notices.
pub fn layers(repository: &Repository, lang: &str) -> Vec<Layer> {
    let root = repository.root();
    let mut out = Vec::new();
    for path in files_in(&root.join("locales").join(lang), |path| {
        path.extension().is_some_and(|ext| ext == "ftl")
    }) {
        let name = file_name(&path);
        let stem = name.trim_end_matches(".ftl");
        out.push(Layer {
            id: format!("shared-{}", nmtoken(stem)),
            original: format!("locales/{lang}/{name}"),
        });
    }
    // The wording only some notices load: translated like the rest of the shared layer.
    for sub in fsn_core::l10n::wording::OPTIONAL_WORDING_DIRS {
        for path in files_in(&root.join("locales").join(lang).join(sub), |path| {
            path.extension().is_some_and(|ext| ext == "ftl")
        }) {
            let name = file_name(&path);
            let stem = name.trim_end_matches(".ftl");
            out.push(Layer {
                id: format!("shared-{sub}-{}", nmtoken(stem)),
                original: format!("locales/{lang}/{sub}/{name}"),
            });
        }
    }
    for (kind, folder) in [("issuer", "issuers"), ("notice", "notices")] {
        for dir in files_in(&root.join(folder), Path::is_dir) {
            if dir.join("locales").join(format!("{lang}.ftl")).is_file() {
                let key = file_name(&dir);
                out.push(Layer {
                    id: format!("{kind}-{}", nmtoken(&key)),
                    original: format!("{folder}/{key}/locales/{lang}.ftl"),
                });
            }
        }
    }
    out
}

/// The repository-relative path of the translation of `original` (a source file of
/// `source_lang`) into `target_lang`, or `None` when `original` is not one of fsn's layers.
pub fn target_path(original: &str, source_lang: &str, target_lang: &str) -> Option<String> {
    let parts: Vec<&str> = original.split('/').collect();
    let safe = |part: &str| {
        !part.is_empty() && part != "." && part != ".." && !part.contains(['/', '\\', ':'])
    };
    if !parts.iter().all(|part| safe(part)) || !safe(target_lang) || target_lang == source_lang {
        return None;
    }
    match parts.as_slice() {
        ["locales", lang, name] if *lang == source_lang && name.ends_with(".ftl") => {
            Some(format!("locales/{target_lang}/{name}"))
        }
        ["locales", lang, sub, name]
            if *lang == source_lang
                && fsn_core::l10n::wording::OPTIONAL_WORDING_DIRS.contains(sub)
                && name.ends_with(".ftl") =>
        {
            Some(format!("locales/{target_lang}/{sub}/{name}"))
        }
        [folder @ ("issuers" | "notices"), key, "locales", name]
            if *name == format!("{source_lang}.ftl") =>
        {
            Some(format!("{folder}/{key}/locales/{target_lang}.ftl"))
        }
        _ => None,
    }
}

fn files_in(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| keep(path))
        .collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// An XML NMTOKEN made of `value`: other characters become `_`.
fn nmtoken(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_paths_follow_the_layers_and_refuse_others() {
        assert_eq!(
            target_path("locales/en/notice.ftl", "en", "de").as_deref(),
            Some("locales/de/notice.ftl")
        );
        assert_eq!(
            target_path("notices/X/locales/en.ftl", "en", "de").as_deref(),
            Some("notices/X/locales/de.ftl")
        );
        assert_eq!(target_path("notices/../locales/en.ftl", "en", "de"), None);
        assert_eq!(target_path("/etc/passwd", "en", "de"), None);
        assert_eq!(
            target_path("locales/en/pieces/lots-and-forms.ftl", "en", "de").as_deref(),
            Some("locales/de/pieces/lots-and-forms.ftl")
        );
        assert_eq!(target_path("locales/en/other/x.ftl", "en", "de"), None);
        assert_eq!(target_path("locales/en/notice.ftl", "en", ".."), None);
        assert_eq!(target_path("locales/en/notice.ftl", "en", "a/b"), None);
        assert_eq!(target_path("locales/en/notice.ftl", "en", "en"), None);
    }
}
