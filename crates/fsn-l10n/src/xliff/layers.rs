//! The layers of a language as XLIFF files: where each source `.ftl` file is, what its
//! `<file>` is called, and where its translation goes.

use std::path::Path;

use fsn_core::Repository;
use fsn_core::l10n::wording::OPTIONAL_WORDING_DIRS;

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
    let mut out = Vec::new();
    let shared_dir = repository.shared_dir(lang);
    for path in repository.ftl_files(&shared_dir) {
        let name = file_name(&path);
        let stem = name.trim_end_matches(".ftl");
        out.push(Layer {
            id: format!("shared-{}", nmtoken(stem)),
            original: format!("locales/{lang}/{name}"),
        });
    }
    // The wording only some notices load: translated like the rest of the shared layer.
    for sub in OPTIONAL_WORDING_DIRS {
        for path in repository.ftl_files(&shared_dir.join(sub)) {
            let name = file_name(&path);
            let stem = name.trim_end_matches(".ftl");
            out.push(Layer {
                id: format!("shared-{sub}-{}", nmtoken(stem)),
                original: format!("locales/{lang}/{sub}/{name}"),
            });
        }
    }
    let issuers = repository.issuer_dirs().into_iter();
    let notices = repository.notice_folders().into_iter();
    let folders = (issuers.map(|dir| ("issuer", "issuers", dir)))
        .chain(notices.map(|dir| ("notice", "notices", dir)));
    for (kind, folder, dir) in folders {
        if repository.is_file(&repository.messages_file(&dir, lang)) {
            let key = file_name(&dir);
            out.push(Layer {
                id: format!("{kind}-{}", nmtoken(&key)),
                original: format!("{folder}/{key}/locales/{lang}.ftl"),
            });
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
                && OPTIONAL_WORDING_DIRS.contains(sub)
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
