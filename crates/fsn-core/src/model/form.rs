//! The reply form as written: its elements, quantities and checklists.

use schemars::JsonSchema;
use serde::Deserialize;

use super::text::Text;

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
