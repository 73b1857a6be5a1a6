//! The do-not-translate terms of a layer in the XLIFF document: each occurrence in a source
//! segment is exported inside `<mrk translate="no">` so a CAT tool locks it, and a changed
//! target must still hold it (or the glossary's approved rendering for its language).

use std::path::Path;

use crate::glossary::Glossary;
use fsn_core::base::diagnostic::Diagnostics;
use fsn_core::repo::Repository;

/// The glossary that applies to the source file `original` (see `Layer::original`):
/// an issuer's own for its layer, the issuer's and the notice's for a notice's layer, and every
/// issuer's for the shared layer, whose messages all issuers' notices use (as `fsn check`
/// compares them).
pub(super) fn for_layer(repository: &Repository, original: &str) -> Result<Glossary, Diagnostics> {
    let parts: Vec<&str> = original.split('/').collect();
    match parts.as_slice() {
        ["issuers", key, ..] => {
            Glossary::load(repository, Some(&repository.issuer_folder(key)), None)
        }
        ["notices", key, ..] => {
            let dir = repository.notice_dir(key);
            let issuer = notice_issuer(repository, &dir)?;
            let issuer_dir = issuer.map(|key| repository.issuer_folder(&key));
            Glossary::load(repository, issuer_dir.as_deref(), Some(&dir))
        }
        _ => {
            let mut all = Glossary::default();
            for dir in repository.issuer_dirs() {
                all = all.merged(&Glossary::load(repository, Some(&dir), None)?);
            }
            Ok(all)
        }
    }
}

/// The issuer of the notice in `dir`; none for a folder without a `notice.toml`.
fn notice_issuer(repository: &Repository, dir: &Path) -> Result<Option<String>, Diagnostics> {
    if !repository.holds_notice(dir) {
        return Ok(None);
    }
    Ok(Some(repository.raw_notice(dir)?.issuer))
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
