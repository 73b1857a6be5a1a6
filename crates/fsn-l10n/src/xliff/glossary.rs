//! The do-not-translate terms of a layer in the XLIFF document: each occurrence in a source
//! segment is exported inside `<mrk translate="no">` so a CAT tool locks it, and a changed
//! target must still hold it (or the glossary's approved rendering for its language).

use std::path::Path;

use crate::lint::Glossary;
use fsn_core::base::diagnostic::Diagnostics;
use fsn_core::model::RawNotice;
use fsn_core::Repository;
use fsn_core::model::parse::parse_toml;

/// The glossary that applies to the source file `original` (see [`super::Layer::original`]):
/// an issuer's own for its layer, the issuer's and the notice's for a notice's layer, and every
/// issuer's for the shared layer, whose messages all issuers' notices use (as `fsn check`
/// compares them).
pub(super) fn for_layer(repository: &Repository, original: &str) -> Result<Glossary, Diagnostics> {
    let root = repository.root();
    let parts: Vec<&str> = original.split('/').collect();
    match parts.as_slice() {
        ["issuers", key, ..] => {
            Glossary::load(repository, Some(&root.join("issuers").join(key)), None)
        }
        ["notices", key, ..] => {
            let dir = root.join("notices").join(key);
            let issuer = notice_issuer(repository, &dir)?;
            let issuer_dir = issuer.map(|key| root.join("issuers").join(key));
            Glossary::load(repository, issuer_dir.as_deref(), Some(&dir))
        }
        _ => {
            let mut all = Glossary::default();
            for dir in super::files_in(&root.join("issuers"), Path::is_dir) {
                all = all.merged(&Glossary::load(repository, Some(&dir), None)?);
            }
            Ok(all)
        }
    }
}

/// The issuer of the notice in `dir`; none for a folder without a `notice.toml`.
fn notice_issuer(repository: &Repository, dir: &Path) -> Result<Option<String>, Diagnostics> {
    let path = dir.join("notice.toml");
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let file = repository.read(&path)?;
    Ok(Some(parse_toml::<RawNotice>(&file)?.issuer))
}

/// `text` cut into runs, each `(protected, run)`: the protected runs are occurrences of
/// `terms`, the longest first where two start at the same place.
pub(super) fn protect<'t>(text: &'t str, terms: &[&str]) -> Vec<(bool, &'t str)> {
    let mut out = Vec::new();
    let mut plain_start = 0;
    let mut at = 0;
    while at < text.len() {
        let found = terms
            .iter()
            .filter(|term| !term.is_empty() && text[at..].starts_with(**term))
            .max_by_key(|term| term.len());
        match found {
            Some(term) => {
                if plain_start < at {
                    out.push((false, &text[plain_start..at]));
                }
                out.push((true, &text[at..at + term.len()]));
                at += term.len();
                plain_start = at;
            }
            None => {
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    if plain_start < text.len() {
        out.push((false, &text[plain_start..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_cut_out_longest_first() {
        assert_eq!(
            protect("Use MiSeqDx or MiSeq™ now", &["MiSeq", "MiSeqDx", "MiSeq™"]),
            vec![
                (false, "Use "),
                (true, "MiSeqDx"),
                (false, " or "),
                (true, "MiSeq™"),
                (false, " now"),
            ]
        );
        assert_eq!(protect("DRAGEN™", &["DRAGEN™"]), vec![(true, "DRAGEN™")]);
        assert_eq!(
            protect("none here", &["DRAGEN™"]),
            vec![(false, "none here")]
        );
    }
}
