//! Language tables: the languages each country requires a field safety notice in, as data
//! (`profiles/eu-languages.toml`), each entry with its basis and source.

use std::collections::BTreeMap;

use serde::Deserialize;

use std::sync::Arc;

use crate::base::diagnostic::{Diagnostic, SourceFile};
use crate::base::toml_spans::TomlSpans;

/// `profiles/<name>.toml` holding a language table, as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LanguageTable {
    /// What the table covers.
    pub title: String,
    /// Where its entries come from, and what is still to be filled in.
    pub note: String,
    /// Country (ISO 3166-1 alpha-2) → its requirement.
    pub countries: BTreeMap<String, CountryLanguages>,
}

/// The languages one country requires.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CountryLanguages {
    /// The country's English short name.
    pub name: String,
    /// Languages (BCP 47) a notice must be published in, all of them.
    pub languages: Vec<String>,
    /// How the entry was established.
    pub basis: Basis,
    /// The source of the entry.
    pub source: String,
}

/// How a table entry was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The state's own requirement for field safety notices, as published.
    NationalRequirement,
    /// The state's requirement is not recorded: its official languages stand in.
    OfficialLanguagesFallback,
}

impl Basis {
    /// The basis as written in the table.
    pub fn name(self) -> &'static str {
        match self {
            Self::NationalRequirement => "national requirement",
            Self::OfficialLanguagesFallback => "official-languages fallback",
        }
    }
}

impl LanguageTable {
    /// Checks a language table as read: its keys are countries, its languages tags.
    pub fn checked(name: &str, file: &Arc<SourceFile>, table: Self) -> Result<Self, Diagnostic> {
        let spans = TomlSpans::new(file.text());
        for (code, entry) in &table.countries {
            let at = spans.span(&["countries".into(), code.as_str().into()]);
            if !crate::base::country::is_country(code) {
                return Err(Diagnostic::error(
                    "fsn::profile::bad_table",
                    format!(
                        "`{code}` in language table `{name}` is not an ISO 3166-1 alpha-2 code"
                    ),
                )
                .at(file, at)
                .with_help(
                    "key each entry by the country's code in capitals, e.g. [countries.IT]",
                ));
            }
            if let Some(bad) = entry
                .languages
                .iter()
                .find(|lang| lang.parse::<unic_langid::LanguageIdentifier>().is_err())
            {
                return Err(Diagnostic::error(
                    "fsn::profile::bad_table",
                    format!("`{bad}` for {code} in language table `{name}` is not a language tag"),
                )
                .at(file, at)
                .with_help("use BCP 47 tags such as `it`, `de` or `nl`"));
            }
        }
        Ok(table)
    }
}
