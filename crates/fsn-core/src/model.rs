//! The notice as authored: the shapes of `notice.toml` and `issuer.toml`, before validation.
//!
//! Prose never lives here. Wherever a notice shows words, the TOML names a Fluent message
//! (kebab-case id) and each language's `.ftl` file supplies the text. Only language-neutral
//! data — identifiers, catalog numbers, UDI-DIs, names of people and products — is literal.

use std::collections::BTreeMap;

pub use crate::date::EntryStyle;
pub use crate::figure::{RawFigure, RawLogo};
pub use crate::lots::{LotPlacement, RawLot};

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

/// The boxes a question of a `questions` element offers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Answers {
    /// ☐ yes ☐ no (`form-yes`, `form-no`).
    #[default]
    YesNo,
    /// ☐ yes ☐ no ☐ not applicable (`form-yes`, `form-no`, `form-not-applicable`).
    YesNoNotApplicable,
    /// ☐ yes alone, for a confirmation (`form-yes`).
    Yes,
}

impl Answers {
    /// The shared messages of the boxes, in order.
    pub fn messages(self) -> &'static [&'static str] {
        match self {
            Self::YesNo => &["form-yes", "form-no"],
            Self::YesNoNotApplicable => &["form-yes", "form-no", "form-not-applicable"],
            Self::Yes => &["form-yes"],
        }
    }
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

/// What a section of the letter says, for regulatory profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SectionRole {
    /// Description of the problem.
    Problem,
    /// The hazard it gives rise to.
    Hazard,
    /// The risk to patients, users or others.
    Risk,
    /// What users must do.
    UserActions,
    /// What the manufacturer does.
    ManufacturerActions,
    /// Recommendations for patients' management.
    PatientManagement,
    /// The request to pass the notice on to everyone who needs to know.
    Transmission,
    /// How to recognise that the device may fail (FDA's model recall letter).
    FailureSigns,
    /// Whom to contact.
    Contacts,
    /// Further information.
    Background,
}

impl SectionRole {
    /// The role as written in `notice.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Problem => "problem",
            Self::Hazard => "hazard",
            Self::Risk => "risk",
            Self::UserActions => "user-actions",
            Self::ManufacturerActions => "manufacturer-actions",
            Self::PatientManagement => "patient-management",
            Self::Transmission => "transmission",
            Self::FailureSigns => "failure-signs",
            Self::Contacts => "contacts",
            Self::Background => "background",
        }
    }
}

/// What an element of the reply form is for, for regulatory profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FormRole {
    /// The recipient confirms having received and understood the notice.
    Acknowledgement,
    /// The customer (user) reply.
    CustomerReply,
    /// The distributor or importer reply.
    DistributorReply,
}

impl FormRole {
    /// The role as written in `notice.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Acknowledgement => "acknowledgement",
            Self::CustomerReply => "customer-reply",
            Self::DistributorReply => "distributor-reply",
        }
    }
}

/// `role = "hazard"` or `role = ["problem", "hazard"]`: one role or several.
fn one_or_many_roles<'de, D>(deserializer: D) -> Result<Vec<SectionRole>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    // Untagged enums hide the variant's own error; try the shapes one by one instead.
    let value = toml::Value::deserialize(deserializer)?;
    let roles = match value {
        toml::Value::String(_) => SectionRole::deserialize(value).map(|role| vec![role]),
        toml::Value::Array(_) => Vec::<SectionRole>::deserialize(value),
        _ => {
            return Err(serde::de::Error::custom(
                "expected a role, e.g. \"hazard\", or a list of roles",
            ));
        }
    };
    roles.map_err(|err| serde::de::Error::custom(err.message().trim_end()))
}

/// Schema of `role` on a section: one role or a list.
#[derive(JsonSchema)]
#[serde(untagged)]
#[expect(dead_code, reason = "describes the schema; never constructed")]
enum SectionRoles {
    One(SectionRole),
    Many(Vec<SectionRole>),
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

/// Text that is either the same in every language or a Fluent message.
///
/// `name = "DRAGEN Server"` is literal; `name.message = "product-dragen"` is looked up.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
pub enum Text {
    /// Language-neutral text, shown as written.
    Literal(String),
    /// A message looked up in each language.
    Message {
        /// The message id.
        message: String,
    },
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

/// A section of the letter: an optional heading and its blocks.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSection {
    /// Message of the heading.
    pub heading: Option<String>,
    /// The blocks, in order.
    #[serde(deserialize_with = "crate::figure::blocks")]
    #[schemars(with = "Vec<crate::figure::BlockSchema>")]
    pub blocks: Vec<RawBlock>,
    /// What the section says, for regulatory profiles: one role or a list.
    #[serde(default, deserialize_with = "one_or_many_roles")]
    #[schemars(with = "Option<SectionRoles>")]
    pub role: Vec<SectionRole>,
}

/// A block of the letter. Each names its messages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RawBlock {
    /// `{ paragraph = "id" }`: a paragraph.
    Paragraph(String),
    /// `{ bullets = ["id", …] }`: a bulleted list.
    Bullets(Vec<RawListItem>),
    /// `{ steps = ["id", …] }`: a numbered list.
    Steps(Vec<RawListItem>),
    /// `{ note = "id" }`: a highlighted note.
    Note(String),
    /// `"product-table"`: the table of affected products.
    ProductTable,
    /// `{ figure = "file.png", alt = "id", caption = "id" }`: a picture (read by
    /// [`crate::figure`], being a table of several keys).
    #[serde(skip)]
    Figure(RawFigure),
}

/// A list item: a message, or a message followed by paragraphs and a nested list inside the
/// item.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
pub enum RawListItem {
    /// Just the item's message.
    Message(String),
    /// The item's message, then the paragraphs and the list under it.
    WithParagraphs {
        /// Message of the item.
        text: String,
        /// Messages of the paragraphs under it.
        #[serde(default)]
        paragraphs: Vec<String>,
        /// A bulleted list inside the item, after its paragraphs.
        bullets: Option<Vec<RawListItem>>,
        /// A numbered list inside the item, after its paragraphs.
        steps: Option<Vec<RawListItem>>,
        /// The date by which the action must be done, a TOML local date; printed after the
        /// item's text as "– by 30/04/2026".
        #[schemars(with = "Option<String>", extend("format" = "date"))]
        deadline: Option<toml::value::Datetime>,
    },
}

/// The reply form.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawForm {
    /// Message of the page heading.
    #[serde(default = "default_form_heading")]
    pub heading: String,
    /// Messages of the paragraphs before the fields.
    pub intro: Vec<String>,
    /// The fields, in order.
    pub elements: Vec<RawFormElement>,
}

fn default_form_heading() -> String {
    "form-heading".to_owned()
}

/// One element of the reply form, chosen by `kind`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum RawFormElement {
    /// A labelled field to write in.
    TextField {
        /// Message of the label.
        label: String,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// Lines about the person filling in the form (by default name, title and date).
    Person {
        /// Message of the heading.
        #[serde(default = "default_person_heading")]
        heading: String,
        /// Messages of the lines to fill in.
        #[serde(default = "default_person_fields")]
        fields: Vec<String>,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// A table whose first column is given and whose other cells are written in.
    Table {
        /// Messages of the column headings.
        headings: Vec<String>,
        /// One row per product, labelled with its short name.
        #[serde(default, rename = "product-rows")]
        product_rows: bool,
        /// Further row labels.
        #[serde(default)]
        rows: Vec<Text>,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// Products to tick, with quantity and serial numbers written in.
    ProductChecklist {
        /// Messages of the column headings (product, quantity, serial numbers).
        headings: Vec<String>,
        /// Message of an instruction under the headings.
        hint: Option<String>,
        /// Rows after the products.
        #[serde(default, rename = "extra-rows")]
        extra_rows: Vec<Text>,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// Questions answered yes or no.
    Questions {
        /// Message of the heading.
        heading: String,
        /// Whether the group has a "not applicable" box (e.g. distributors only).
        #[serde(default, rename = "not-applicable")]
        not_applicable: bool,
        /// Messages of the questions.
        questions: Vec<String>,
        /// The boxes each question offers.
        #[serde(default)]
        answers: Answers,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// One question answered by ticking one of several options.
    Choice {
        /// Message of the question.
        question: String,
        /// Messages of the options.
        options: Vec<String>,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// A statement the customer ticks to acknowledge.
    Acknowledgement {
        /// Message of the statement.
        text: String,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// Steps each answered "done" (with serial numbers) or "not done" with a reason.
    ActionChecklist {
        /// Message of the heading.
        heading: String,
        /// The steps: a message, or a table with the step's own wording of its lines, an
        /// alternative, where serial numbers are written in, and a deadline.
        steps: Vec<RawChecklistStep>,
        /// Messages of the reasons a step may not have been done.
        reasons: Vec<String>,
        /// Whether "Other:" with a line to write in follows the reasons (default `true`).
        #[serde(default = "default_true", rename = "other-reason")]
        other_reason: bool,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// A certificate of destruction: a row per lot (or per product) with the quantity
    /// destroyed, the date and the method written in, then the signature.
    DestructionCertificate {
        /// Message of the heading.
        #[serde(default = "default_destruction_heading")]
        heading: String,
        /// Message of the statement the customer signs.
        #[serde(default = "default_destruction_statement")]
        statement: String,
        /// Empty rows after the given ones, for lots the notice does not list.
        #[serde(default, rename = "blank-rows")]
        blank_rows: usize,
        /// Messages of the signature cells.
        #[serde(default = "default_destruction_signature")]
        signature: Vec<String>,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// Quantities to write in (units returned, destroyed, on hand), per product or per lot.
    Quantities {
        /// The quantities asked for, in order (default all three).
        #[serde(default = "default_quantities")]
        columns: Vec<Quantity>,
        /// One row per lot or serial entry instead of one per product.
        #[serde(default, rename = "per-lot")]
        per_lot: bool,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// Cells for the signature and its date.
    Signature {
        /// Messages of the cells' labels.
        #[serde(default = "default_signature_fields")]
        fields: Vec<String>,
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
    /// A date to write in, labelled with the locale's date placeholder.
    // A struct variant, not a unit one: serde ignores unknown fields beside the tag of a unit
    // variant, and a misplaced field must be an error.
    Date {
        /// What the element is for, for regulatory profiles.
        role: Option<FormRole>,
    },
}

impl RawFormElement {
    /// What the element is for, when the notice says.
    pub fn role(&self) -> Option<FormRole> {
        match self {
            Self::TextField { role, .. }
            | Self::Person { role, .. }
            | Self::Table { role, .. }
            | Self::ProductChecklist { role, .. }
            | Self::Questions { role, .. }
            | Self::Choice { role, .. }
            | Self::Acknowledgement { role, .. }
            | Self::ActionChecklist { role, .. }
            | Self::DestructionCertificate { role, .. }
            | Self::Quantities { role, .. }
            | Self::Signature { role, .. }
            | Self::Date { role } => *role,
        }
    }
}

fn default_person_fields() -> Vec<String> {
    ["form-person-name", "form-person-title", "form-date"]
        .map(String::from)
        .to_vec()
}

fn default_signature_fields() -> Vec<String> {
    ["form-signature", "form-signature-date"]
        .map(String::from)
        .to_vec()
}

fn default_true() -> bool {
    true
}

fn default_quantities() -> Vec<Quantity> {
    vec![Quantity::Returned, Quantity::Destroyed, Quantity::OnHand]
}

/// A quantity the reply form asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Quantity {
    /// Units returned to the manufacturer.
    Returned,
    /// Units destroyed.
    Destroyed,
    /// Units still on hand.
    OnHand,
}

impl Quantity {
    /// The shared message of the column heading.
    pub fn heading_message(self) -> &'static str {
        match self {
            Self::Returned => "form-quantity-returned",
            Self::Destroyed => "form-quantity-destroyed",
            Self::OnHand => "form-quantity-on-hand",
        }
    }
}

/// A step of an action checklist: its message alone, or with its own wording.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
pub enum RawChecklistStep {
    /// The step's message; its lines are the shared "Done" (with serial numbers) and
    /// "Not done".
    Message(String),
    /// The step with its own lines.
    Detailed {
        /// Message of the step.
        text: String,
        /// Message of the "done" line (default `form-done`).
        done: Option<String>,
        /// Message of the "not done" line (default `form-not-done`).
        #[serde(rename = "not-done")]
        not_done: Option<String>,
        /// Message of an alternative line, printed after "OR:", e.g. "same instrument as in
        /// step 1".
        alternative: Option<String>,
        /// The lines that get a serial-number write-in (default `["done"]`).
        serials: Option<Vec<ChecklistLine>>,
        /// The date by which the step must be done, a TOML local date.
        #[schemars(with = "Option<String>", extend("format" = "date"))]
        deadline: Option<toml::value::Datetime>,
    },
}

/// A line of a checklist step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChecklistLine {
    /// The "done" line.
    Done,
    /// The alternative line.
    Alternative,
    /// The "not done" line.
    NotDone,
}

fn default_destruction_heading() -> String {
    "form-destruction-heading".to_owned()
}

fn default_destruction_statement() -> String {
    "form-destruction-statement".to_owned()
}

fn default_destruction_signature() -> Vec<String> {
    ["form-person-name", "form-signature", "form-signature-date"]
        .map(String::from)
        .to_vec()
}

/// The shared messages of the certificate of destruction's columns, in order.
pub const DESTRUCTION_COLUMNS: [&str; 5] = [
    "form-destruction-product",
    "form-destruction-lot",
    "form-destruction-quantity",
    "form-destruction-date",
    "form-destruction-method",
];

fn default_person_heading() -> String {
    "form-person-heading".to_owned()
}

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
    pub theme: crate::theme::RawTheme,
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
