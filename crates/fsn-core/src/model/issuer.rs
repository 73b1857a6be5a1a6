//! `issuers/<key>/issuer.toml` as written: the company, its contacts and signatories.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use super::figure::RawLogo;
use super::notice::Layout;
use super::theme::RawTheme;

/// `issuers/<key>/issuer.toml`: the company behind notices, shared by all its notices.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawIssuer {
    /// Legal name, e.g. "Illumina, Inc.".
    pub name: String,
    /// Name used in running text, e.g. "Illumina".
    pub short_name: String,
    /// Web addresses messages may use as `{ $link-<key> }`.
    #[serde(default)]
    pub links: BTreeMap<String, String>,
    /// Single registration number in EUDAMED, e.g. `US-MF-000012345`.
    pub srn: Option<String>,
    /// Postal address, line by line.
    #[serde(default)]
    pub address: Vec<String>,
    /// Website, e.g. `https://www.illumina.com`.
    pub website: Option<String>,
    /// Contact points printed in the footer.
    pub contacts: Vec<RawContact>,
    /// People who may sign notices, by key.
    pub signatories: BTreeMap<String, RawSignatory>,
    /// How the footer names the document, from `{notice-id}`, `{reference}` and
    /// `{language-code}` (ISO 639-2/T in capitals: DEU, ITA, ENG), e.g.
    /// `"{notice-id} {language-code} ({reference})"`. Default: `{notice-id} ({reference})`, or
    /// the id alone for a notice without a reference.
    pub document_number: Option<String>,
    /// The regional variant whose CLDR date formats a language prints in the issuer's notices,
    /// by language, e.g. `{ en = "en-GB" }`; a notice's own `date-locale` overrides it.
    #[serde(default)]
    pub date_locale: BTreeMap<String, String>,
    /// How the issuer's notices look: accent colour, letterhead and footer lines.
    #[serde(default)]
    pub theme: RawTheme,
    /// The logo heading every page in place of the issuer's name, e.g.
    /// `[logo] file = "logo.svg", width = "4cm"`.
    pub logo: Option<RawLogo>,
    /// The layout of the issuer's notices unless a notice chooses its own: `letter` (the
    /// default), `eu-2018` or `us-recall`.
    pub layout: Option<Layout>,
}

/// A contact point of the issuer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawContact {
    /// Message of the label, e.g. `contact-technical-support`.
    pub label: String,
    /// E-mail address.
    pub email: String,
}

/// Someone who may sign the issuer's notices.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSignatory {
    /// Full name.
    pub name: String,
    /// Message of the job title.
    pub title: String,
}
