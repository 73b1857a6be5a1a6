//! The review record of one messages file: `<name>.review.toml` beside `<name>.ftl`.
//!
//! One table per message, attribute and term, sorted by key, so a re-review changes only
//! the lines of what was re-reviewed and `git diff` shows which source text changed. The
//! record sits beside the translation, not inside it: `fsn xliff import` and translators
//! rewrite `.ftl` files, and nobody edits a record by hand (`fsn review` writes it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use fsn_core::base::diagnostic::{Diagnostics, SourceFile};
use fsn_core::model::parse::parse_toml;

/// What one file's translations were reviewed against.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Record {
    /// The language of the source texts the translations were compared with.
    pub source_language: String,
    /// By key: `id` for a message's value, `id.attribute` for an attribute, `-id` for a term.
    #[serde(default)]
    pub messages: BTreeMap<String, Entry>,
}

/// The review of one message (or attribute, or term).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entry {
    /// Fingerprint of the source text reviewed against (see `review::fingerprint`).
    pub source: String,
    /// Fingerprint of the translation as reviewed: an edit after the review shows.
    pub translation: String,
    /// Who reviewed it.
    pub by: String,
    /// When, `YYYY-MM-DD`.
    pub date: String,
    /// The source text reviewed against, normalised: what `fsn check` compares today's
    /// source with, word by word, when it changed.
    pub source_text: String,
}

impl Record {
    /// Where the record of a messages file lives: `de.ftl` → `de.review.toml`.
    pub fn path_for(ftl: &Path) -> PathBuf {
        let stem = ftl
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        ftl.with_file_name(format!("{stem}.review.toml"))
    }

    /// Reads a record.
    pub fn parse(file: &Arc<SourceFile>) -> Result<Self, Diagnostics> {
        parse_toml(file)
    }

    /// The record as TOML, with a header naming the file it belongs to.
    pub fn to_toml(&self, ftl_name: &str) -> String {
        let mut out = format!(
            "# Review record of {ftl_name}, written by `fsn review`; do not edit it by hand.\n\
             # Per message: the source text it was reviewed against (and its fingerprint), the\n\
             # fingerprint of the translation as reviewed, who reviewed it and when.\n\
             source-language = {}\n",
            quote(&self.source_language)
        );
        for (key, entry) in &self.messages {
            out.push_str(&format!(
                "\n[messages.{}]\nsource = {}\ntranslation = {}\nby = {}\ndate = {}\nsource-text = {}\n",
                toml_key(key),
                quote(&entry.source),
                quote(&entry.translation),
                quote(&entry.by),
                quote(&entry.date),
                quote(&entry.source_text),
            ));
        }
        out
    }
}

/// A key as TOML writes it: bare when it can be, quoted otherwise (`"intro.title"`).
fn toml_key(key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare { key.to_owned() } else { quote(key) }
}

/// A TOML basic string.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_what_it_wrote() {
        let mut record = Record {
            source_language: "en".to_owned(),
            ..Record::default()
        };
        for key in ["intro", "intro.title", "-brand"] {
            record.messages.insert(
                key.to_owned(),
                Entry {
                    source: "0123456789abcdef".to_owned(),
                    translation: "fedcba9876543210".to_owned(),
                    by: "Anna \"QA\" Muster".to_owned(),
                    date: "2026-12-01".to_owned(),
                    source_text: "Read { $issuer }\\n \u{7} \"quoted\"".to_owned(),
                },
            );
        }
        let text = record.to_toml("de.ftl");
        assert!(text.contains("[messages.\"intro.title\"]"), "{text}");
        assert!(text.contains("[messages.-brand]"), "{text}");
        let file = SourceFile::new("de.review.toml", text);
        assert_eq!(Record::parse(&file).unwrap(), record);
    }

    #[test]
    fn the_record_sits_beside_its_file() {
        assert_eq!(
            Record::path_for(Path::new("locales/de/notice.ftl")),
            Path::new("locales/de/notice.review.toml")
        );
    }
}
