//! `notices/<id>/notice.toml` as written: the notice, its products and its letter's parts.

use std::collections::BTreeMap;

use super::blocks::RawSection;
use super::form::RawForm;
use super::lots::{LotPlacement, RawLot};
use super::text::Text;
use crate::base::date::EntryStyle;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `notices/<id>/notice.toml`, as written.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawNotice {
    /// Notice identifier, e.g. `FSN2025-1682`; must match the folder name. 1 to 64 ASCII
    /// letters, digits, '-' and '_', starting with a letter or digit (it names files).
    #[schemars(extend("pattern" = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"))]
    pub id: String,
    /// The issuer's internal document reference, e.g. `M-AMR-01719`.
    pub reference: Option<String>,
    /// Issue date, a TOML local date (`2025-01-16`).
    #[schemars(with = "String", extend("format" = "date"))]
    pub issued: toml::value::Datetime,
    /// How the issue date is printed.
    #[serde(default)]
    pub date_style: DateStyle,
    /// How the reply form asks for a hand-written date: `numeric` (the language's own
    /// order and separators, "GG/MM/AAAA") or `abbreviated-month` ("GG-MMM-AAAA").
    #[serde(default)]
    pub form_date_style: EntryStyle,
    /// The regional variant whose CLDR date formats a language prints, by language, e.g.
    /// `{ en = "en-GB", pt = "pt-PT" }`; it overrides the issuer's choice for that language.
    /// Without either, `en` dates are Irish English (`en-IE`: "Thursday 16 January 2025",
    /// "DD/MM/YYYY") and `pt` dates European Portuguese (`pt-PT`). The messages stay those of
    /// the language.
    #[serde(default)]
    pub date_locale: BTreeMap<String, String>,
    /// Key of the issuer, the folder name under `issuers/`: 1 to 64 lowercase ASCII letters,
    /// digits and '-', starting with a letter or digit.
    #[schemars(extend("pattern" = "^[a-z0-9][a-z0-9-]{0,63}$"))]
    pub issuer: String,
    /// Languages the notice is published in, e.g. `["it", "de", "en"]`. Every messages file
    /// of these must be marked reviewed for `fsn build` to publish them.
    pub languages: Vec<String>,
    /// Languages being translated: rendered on request with a DRAFT watermark, built only with
    /// `--allow-draft`, never published silently.
    #[serde(default)]
    pub draft_languages: Vec<String>,
    /// The language the notice is written in, which its translations are made from and
    /// reviewed against (default `en`); one of `languages` or `draft-languages`.
    #[serde(default = "default_source_language")]
    pub source_language: String,
    /// Message of the recall label printed beside the title.
    pub label: Option<String>,
    /// Messages of the title lines, largest first.
    pub titles: Vec<String>,
    /// Message of the salutation.
    #[serde(default = "default_salutation")]
    pub salutation: String,
    /// Message of the intended-use line in the footer, e.g. `intended-use-ivd`.
    pub intended_use: Option<String>,
    /// Keys of the issuer's signatories who sign this notice, in order.
    pub signatories: Vec<String>,
    /// Regulatory profiles `fsn check` and `fsn build` apply, e.g. `["eu-ivdr"]`: names of
    /// `profiles/<name>.toml`.
    #[serde(default)]
    pub profiles: Vec<String>,
    /// What kind of notice this is: `new`, `update`, `follow-up` or `other`.
    pub fsn_type: Option<FsnType>,
    /// The notice this one updates or follows up.
    pub previous_notice: Option<RawPreviousNotice>,
    /// The manufacturer's identifier of the field safety corrective action, e.g. `FSCA-2026-001`.
    pub fsca_id: Option<String>,
    /// The countries where the action is taken, ISO 3166-1 alpha-2 codes, e.g. `["IT", "DE"]`.
    #[serde(default)]
    pub countries: Vec<String>,
    /// The date by which customers must reply, a TOML local date.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub reply_by: Option<toml::value::Datetime>,
    /// Messages naming who the notice is for the attention of, e.g. `attention-lab-managers`.
    #[serde(default)]
    pub attention: Vec<String>,
    /// Whether users must inform patients (or lay users) of the action.
    pub inform_patients: Option<bool>,
    /// Message naming the type of action, e.g. `action-type-software-update`.
    pub action_type: Option<String>,
    /// What the US recall letter calls the action, which its marking says (21 CFR 7.49(b)):
    /// `recall` (the default) or `correction`. Only the `us-recall` layout prints it.
    pub us_action: Option<UsAction>,
    /// How the notice is laid out: `letter` (the default), `eu-2018` (the European
    /// Commission's FSN template) or `us-recall` (a US recall letter). Default: the issuer's
    /// `layout`.
    pub layout: Option<Layout>,
    /// Layout of the affected-products table.
    #[serde(default)]
    pub product_table: RawProductTable,
    /// The affected products.
    pub products: Vec<RawProduct>,
    /// The letter, section by section.
    pub sections: Vec<RawSection>,
    /// Message of the greeting before the signatures.
    #[serde(default = "default_closing")]
    pub closing: String,
    /// The "why you received this notice" box.
    #[serde(default)]
    pub recipient_notice: RawAside,
    /// The reply form.
    pub form: Option<RawForm>,
}

fn default_source_language() -> String {
    "en".to_owned()
}

fn default_salutation() -> String {
    "salutation".to_owned()
}

fn default_closing() -> String {
    "closing".to_owned()
}

/// How a notice prints its issue date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DateStyle {
    /// The language's long form with weekday, e.g. "Giovedì 16 gennaio 2025".
    #[default]
    Long,
    /// Day, abbreviated English month in capitals, year: "04MAY2022", the same in every
    /// language, as older notices print it.
    Compact,
}

/// A layout of the notice: the order, numbering and fixed wording of its parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// A letter: the notice's sections in the order written (the printed Illumina notices).
    #[default]
    Letter,
    /// The European Commission's FSN template (December 2018): a header table, four numbered
    /// sections filled by section role, the transmission paragraph, a customer reply form and
    /// a distributor/importer reply form.
    #[serde(rename = "eu-2018")]
    Eu2018,
    /// A US recall letter (21 CFR 7.49, FDA's model recall letter): marked "URGENT: MEDICAL
    /// DEVICE RECALL" (or CORRECTION, after `us-action`), with the model letter's headings;
    /// its wording is in English only.
    UsRecall,
}

/// What a US recall letter calls its action, as the marking of FDA's model letters does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum UsAction {
    /// A recall: "URGENT: MEDICAL DEVICE RECALL".
    #[default]
    Recall,
    /// A correction, the device repaired, adjusted, relabelled or inspected where it is
    /// rather than removed (21 CFR 806.2): "URGENT: MEDICAL DEVICE CORRECTION".
    Correction,
}

/// What kind of field safety notice this is (the EU template's "type of FSN").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FsnType {
    /// The first notice of an action.
    New,
    /// Replaces an earlier notice of the same action.
    Update,
    /// Follows up an earlier notice of the same action.
    FollowUp,
    /// Anything else.
    Other,
}

/// The notice an update or follow-up refers to.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawPreviousNotice {
    /// Its reference, e.g. `FSN2024-1562`.
    pub reference: String,
    /// Its issue date.
    #[schemars(with = "String", extend("format" = "date"))]
    pub issued: toml::value::Datetime,
    /// Message stating the key new information of this notice.
    pub key_information: Option<String>,
}

/// A boxed aside: a heading and paragraphs, all messages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawAside {
    /// Message of the heading.
    pub heading: String,
    /// Messages of the paragraphs.
    pub paragraphs: Vec<String>,
}

impl Default for RawAside {
    fn default() -> Self {
        Self {
            heading: "why-heading".to_owned(),
            paragraphs: vec![
                "why-body-contact".to_owned(),
                "why-body-marketing".to_owned(),
            ],
        }
    }
}

/// Columns and headings of the affected-products table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawProductTable {
    /// Columns, in order.
    pub columns: Vec<Column>,
    /// Message of the caption above the table.
    pub caption: String,
    /// Also print each UDI-DI of the `udi-di` column as a GS1 DataMatrix, with its element
    /// string `(01)…` under it.
    #[serde(default)]
    pub udi_barcodes: bool,
    /// Print a product's catalog numbers on one line, joined by this text (e.g. `"/"`),
    /// instead of one per line.
    pub catalog_separator: Option<String>,
    /// Where the products' lots and serial numbers print: `auto` (under the product table up
    /// to 40 rows, else in an annex), `table` or `annex`.
    #[serde(default)]
    pub lots: LotPlacement,
    /// Also print, for each lot of a product with one UDI-DI, the GS1 DataMatrix of its UDI:
    /// `(01)` GTIN, `(17)` expiry date when given, `(10)` lot.
    #[serde(default)]
    pub lot_barcodes: bool,
}

impl Default for RawProductTable {
    fn default() -> Self {
        Self {
            columns: vec![Column::Name, Column::Catalog, Column::UdiDi],
            caption: "product-table-caption".to_owned(),
            udi_barcodes: false,
            catalog_separator: None,
            lots: LotPlacement::Auto,
            lot_barcodes: false,
        }
    }
}

/// A column of the affected-products table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Column {
    /// Product name.
    Name,
    /// Catalog number(s).
    Catalog,
    /// UDI-DI(s).
    UdiDi,
    /// Software or firmware version(s).
    Version,
    /// Which serial numbers are affected, e.g. "all units below M0500".
    Serials,
}

impl Column {
    /// The shared message holding the column's heading.
    pub fn heading_message(self) -> &'static str {
        match self {
            Self::Name => "product-table-name",
            Self::Catalog => "product-table-catalog",
            Self::UdiDi => "product-table-udi-di",
            Self::Version => "product-table-version",
            Self::Serials => "product-table-serials",
        }
    }
}

/// One affected product.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawProduct {
    /// Name as printed in the product table.
    pub name: Text,
    /// Shorter name used in the reply form; defaults to `name`.
    pub short_name: Option<Text>,
    /// Catalog numbers.
    pub catalog: Vec<String>,
    /// UDI-DIs (GTIN-14), or `"not-available"`.
    pub udi_di: RawUdiDi,
    /// With `udi-di = "not-available"`: message stating why the product has no UDI-DI.
    pub udi_di_reason: Option<String>,
    /// Software or firmware versions.
    #[serde(default)]
    pub versions: Vec<String>,
    /// Which serial numbers are affected, shown in the `serials` column.
    pub serial_hint: Option<Text>,
    /// Affected lots, serial numbers and serial ranges, each with optional expiry and
    /// manufacture dates: `{ lot = "L2301", expiry = 2026-03-31 }`, `{ serial = "SN0042" }`,
    /// `{ first = "CON000001", last = "CON005472" }`.
    #[serde(default)]
    pub lots: Vec<RawLot>,
}

/// The UDI-DIs of a product, or the statement that it has none.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum RawUdiDi {
    /// One or more GTIN-14 device identifiers.
    List(Vec<String>),
    /// A keyword; only `"not-available"` is valid.
    #[schemars(with = "NotAvailable")]
    Keyword(String),
}

/// The keyword of a product without UDI-DI (schema only: the model keeps the string to
/// report a misspelling with its place).
#[derive(JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[expect(dead_code, reason = "describes the schema; never constructed")]
enum NotAvailable {
    NotAvailable,
}
