//! The composed notice: a renderer-neutral tree of localised text, the one input of every backend.
//!
//! Every string here is final text in the document's language; backends lay it out and escape it,
//! they never look anything up. The tree is plain data and serialises to JSON, which is how the PDF
//! backend hands it to typst.

pub mod barcode;
pub mod image;

use serde::Serialize;

pub use self::barcode::Barcode;
pub use self::image::{Image, ImageFormat};
pub use crate::model::Layout;

/// A notice composed in one language, ready to render.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Document {
    /// BCP 47 tag of the language, e.g. `it`.
    pub lang: String,
    /// The layout the parts were composed for; the body already holds its order, numbering
    /// and headings, so a backend may use this for styling only. Left out of the JSON for the
    /// letter, the layout a document without it has.
    #[serde(skip_serializing_if = "is_letter")]
    pub layout: Layout,
    /// Not reviewed for publication: every page carries a DRAFT watermark.
    pub draft: bool,
    /// Document metadata (PDF info dictionary, HTML `<head>`).
    pub meta: Meta,
    /// The issuer's name as printed at the head of every page, e.g. "Illumina"; with a
    /// logo, the logo's alternative text.
    pub letterhead: String,
    /// The issuer's logo, printed in place of the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<Logo>,
    /// The pictures the document shows, referred to by their index (figures, logo). Only
    /// their formats are serialised.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
    /// The long date line at the top, e.g. "Giovedì 16 gennaio 2025".
    pub date_line: String,
    /// The recall label printed beside the title, e.g. "Richiamo".
    pub label: Option<String>,
    /// The title lines, largest first.
    pub titles: Vec<String>,
    /// The letter: salutation, introduction, product table, sections, closing.
    pub body: Vec<Block>,
    /// Greeting before the signatures, e.g. "Cordiali saluti,".
    pub closing: String,
    /// The people who sign the notice, shown side by side.
    pub signatories: Vec<Signatory>,
    /// Blocks after the signatures, e.g. the EU template's transmission paragraph.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub after_signatures: Vec<Block>,
    /// The "why you received this notice" box.
    pub recipient_notice: Option<Aside>,
    /// Printed at the foot of every page.
    pub footer: Footer,
    /// The reply form, which starts on a page of its own.
    pub form: Option<Form>,
    /// Further reply forms after it, each on a page of its own, e.g. the EU template's
    /// distributor/importer reply form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub more_forms: Vec<Form>,
    /// The issuer's look: accent colour, letterhead and footer lines.
    pub theme: PageTheme,
    /// The annex of lots and serial numbers, after the letter and before the form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annex: Option<Annex>,
}

/// The issuer's look, from `[theme]` in `issuer.toml`, localised.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PageTheme {
    /// The accent colour, `#rrggbb`.
    pub accent: String,
    /// Lines beside the issuer's name at the head of every page, e.g. the address.
    pub letterhead: Vec<String>,
    /// Lines at the foot of every page, under the legal line.
    pub footer: Vec<Inline>,
}

/// An annex after the letter: its heading and the table of lots and serial numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Annex {
    /// Heading, e.g. "Annex A: Affected Lots and Serial Numbers".
    pub heading: String,
    /// The table.
    pub table: LotTable,
}

/// The lots and serial numbers of the products, one row per entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct LotTable {
    /// Caption above the table, e.g. "Table 2: Affected Lots and Serial Numbers".
    pub caption: String,
    /// Column headings: product, then lot, serial number, expiry and manufacture date where
    /// any entry has one.
    pub headings: Vec<String>,
    /// The rows, a text per column (empty where an entry has no value).
    pub rows: Vec<Vec<String>>,
    /// With `lot-barcodes`: the index of the column of UDI symbols, after the text columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub barcode_column: Option<usize>,
    /// With `lot-barcodes`: per row, the GS1 DataMatrix of the lot's UDI, if it has one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub barcodes: Vec<Option<Barcode>>,
}

/// Metadata of the rendered file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Meta {
    /// Document title, e.g. "FSN2025-1682 – Avviso urgente di sicurezza".
    pub title: String,
    /// Author: the issuing company.
    pub author: String,
    /// Subject line, the notice's summary title.
    pub subject: String,
    /// Notice identifier, e.g. `FSN2025-1682`.
    pub notice_id: String,
    /// Issue date as ISO 8601 (`YYYY-MM-DD`); also the PDF creation date.
    pub issued: String,
}

/// A run of inline text with uniform styling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Span {
    /// The text, verbatim.
    pub text: String,
    /// Bold.
    #[serde(skip_serializing_if = "is_false")]
    pub strong: bool,
    /// Italic.
    #[serde(skip_serializing_if = "is_false")]
    pub emph: bool,
    /// Target of a hyperlink (only `http`, `https` and `mailto` survive composition).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl Span {
    /// Plain, unstyled text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            strong: false,
            emph: false,
            link: None,
        }
    }

    /// Builds a span with the given styles.
    pub fn styled(text: impl Into<String>, strong: bool, emph: bool, link: Option<String>) -> Self {
        Self {
            text: text.into(),
            strong,
            emph,
            link,
        }
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_letter(layout: &Layout) -> bool {
    *layout == Layout::Letter
}

/// Inline content: a paragraph's worth of spans. A span whose text is `"\n"` is a line break.
pub type Inline = Vec<Span>;

/// Joins the text of inline content, without styling.
pub fn plain_text(inline: &[Span]) -> String {
    inline.iter().map(|span| span.text.as_str()).collect()
}

/// A block of the letter or of the form's introduction.
#[derive(Debug, Clone, PartialEq, Serialize)]
// Enums are exhaustive on purpose: a new kind of block must be a compile error in every
// backend, not something a backend silently skips.
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    /// A section heading.
    Heading {
        /// The heading text.
        text: String,
    },
    /// A heading inside a section, e.g. "2.1 Description of the problem".
    Subheading {
        /// The heading text, number included.
        text: String,
    },
    /// Labelled values, one per row, e.g. "FSCA identifier: FSCA-2026-004".
    Fields {
        /// The rows, in order.
        rows: Vec<Field>,
    },
    /// A paragraph of running text.
    Paragraph {
        /// The paragraph.
        content: Inline,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered (1., 2., …) rather than bulleted.
        ordered: bool,
        /// The items.
        items: Vec<ListItem>,
    },
    /// A highlighted note, e.g. "NOTA: …".
    Note {
        /// The note, label included.
        content: Inline,
    },
    /// The table of affected products.
    ProductTable(ProductTable),
    /// A picture with its description and caption.
    Figure {
        /// The picture.
        image: ImageRef,
        /// Description for readers who cannot see it.
        alt: String,
        /// Caption under the picture.
        #[serde(skip_serializing_if = "Option::is_none")]
        caption: Option<String>,
        /// Printed width in millimetres; `None`: the picture's own size, at most the text
        /// width.
        #[serde(skip_serializing_if = "Option::is_none")]
        width_mm: Option<f64>,
    },
}

/// The issuer's logo in the letterhead.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Logo {
    /// The picture.
    pub image: ImageRef,
    /// Printed width in millimetres.
    pub width_mm: f64,
}

/// A picture of the document: its index in [`Document::images`] and its format, so a
/// backend can name it (`/images/0.png`) without looking it up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ImageRef {
    /// Index in [`Document::images`].
    pub index: usize,
    /// The picture's format.
    pub format: ImageFormat,
}

/// One row of a [`Block::Fields`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Field {
    /// The label, e.g. "FSCA identifier".
    pub label: String,
    /// The value; a span whose text is `"\n"` is a line break.
    pub value: Inline,
}

/// One item of a list: its text and any paragraphs that follow it inside the item.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ListItem {
    /// The item's first paragraph.
    pub content: Inline,
    /// Further paragraphs belonging to the item.
    pub paragraphs: Vec<Inline>,
    /// A list inside the item, after its paragraphs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<NestedList>,
}

/// A list inside a list item.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct NestedList {
    /// Numbered (`steps`) rather than bulleted.
    pub ordered: bool,
    /// Its items.
    pub items: Vec<ListItem>,
}

/// The table of affected products with its caption.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ProductTable {
    /// Caption above the table, e.g. "Tabella 1: Prodotti interessati".
    pub caption: String,
    /// Column headings, in column order.
    pub headings: Vec<String>,
    /// One row per product; each cell holds one or more lines.
    pub rows: Vec<Vec<Vec<String>>>,
    /// With `udi-barcodes`: the index of the UDI-DI column, whose cells show `barcodes`
    /// (each symbol with its text) instead of their lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub barcode_column: Option<usize>,
    /// Per row, the GS1 DataMatrix of each of the product's UDI-DIs; empty without
    /// `udi-barcodes`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub barcodes: Vec<Vec<Barcode>>,
    /// The products' lots and serial numbers, when they print under the table.
    #[serde(skip_serializing_if = "Option::is_none")]
    // Boxed: most tables have no lots, and a block stays small.
    pub lots: Option<Box<LotTable>>,
    /// When they print in the annex instead: the sentence that refers to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lots_reference: Option<Inline>,
}

/// Someone who signs the notice.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Signatory {
    /// Full name.
    pub name: String,
    /// Job title, localised.
    pub title: String,
}

/// A boxed aside with a heading, such as "why you received this notice".
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Aside {
    /// The heading.
    pub heading: String,
    /// The paragraphs.
    pub paragraphs: Vec<Inline>,
}

/// The page footer, the same on every page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Footer {
    /// Contact points, e.g. "Assistenza Tecnica:" and an e-mail address.
    pub contacts: Vec<Contact>,
    /// Copyright and trademark line.
    pub legal: Inline,
    /// Document number, e.g. "FSN2025-1682 (M-AMR-01719)".
    pub document_number: String,
    /// The "page X of Y" label, split around the two numbers only the layout knows.
    pub page_label: Vec<PageLabelPart>,
    /// Intended-use line, e.g. "For In Vitro Diagnostic Use. …".
    pub intended_use: Option<String>,
}

/// A contact point in the footer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Contact {
    /// Localised label, e.g. "Servizio clienti:".
    pub label: String,
    /// E-mail address.
    pub email: String,
}

/// A piece of the "page X of Y" label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "kebab-case")]
pub enum PageLabelPart {
    /// Literal text.
    Text(String),
    /// The current page number.
    Page,
    /// The total number of pages.
    Total,
}

/// The reply form the customer fills in and sends back.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Form {
    /// Heading of the form page, e.g. "Modulo di verifica".
    pub heading: String,
    /// Text before the form fields: salutation and instructions.
    pub intro: Vec<Block>,
    /// Title row of the form table.
    pub title: String,
    /// The reply deadline, e.g. "Please return this form by 31/03/2025.", when the notice
    /// sets `reply-by`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_by: Option<String>,
    /// The fields, in order.
    pub elements: Vec<FormElement>,
}

/// One element of the reply form.
#[derive(Debug, Clone, PartialEq, Serialize)]
// Exhaustive on purpose, like `Block`.
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FormElement {
    /// A labelled field to write in.
    TextField {
        /// The label.
        label: String,
    },
    /// Details of the person filling in the form.
    Person {
        /// Heading of the block.
        heading: String,
        /// Labels of the lines to fill in (name, title, date …).
        fields: Vec<String>,
    },
    /// A table whose first column is given and whose other cells are left to write in.
    Table {
        /// Column headings.
        headings: Vec<String>,
        /// Row labels of the first column.
        rows: Vec<String>,
    },
    /// Products to tick, with cells for quantity and serial numbers.
    ProductChecklist {
        /// Column headings.
        headings: Vec<String>,
        /// Instruction under the headings.
        hint: Option<String>,
        /// Row labels, each with a box to tick.
        rows: Vec<String>,
    },
    /// A group of questions answered by ticking one choice each.
    Questions {
        /// Heading of the group.
        heading: String,
        /// A "not applicable" box that opts out of the whole group.
        not_applicable: Option<String>,
        /// The questions.
        questions: Vec<Question>,
    },
    /// One question with several options, one to tick.
    Choice(Question),
    /// A statement with a box to tick.
    Acknowledgement {
        /// The statement.
        text: Inline,
    },
    /// Steps answered "done" with serial numbers, or "not done" with a reason.
    ActionChecklist {
        /// Heading of the checklist.
        heading: String,
        /// The steps.
        steps: Vec<ChecklistStep>,
        /// Reasons to tick after "not done".
        reasons: Vec<String>,
        /// Label of the "Other:" reason written in after them, if offered.
        other_reason: Option<String>,
    },
    /// A certificate of destruction: what was destroyed, when and how, and a signature.
    DestructionCertificate {
        /// Heading of the certificate.
        heading: String,
        /// The statement the signature confirms.
        statement: Inline,
        /// Column headings: product, lot, quantity destroyed, date, method.
        headings: Vec<String>,
        /// Rows with product and lot given; the other cells are written in.
        rows: Vec<[String; 2]>,
        /// Further empty rows to write in.
        blank_rows: usize,
        /// Labels of the signature cells.
        signature: Vec<String>,
    },
    /// Cells for signing and dating.
    Signature {
        /// Labels of the cells.
        fields: Vec<String>,
    },
}

/// A step of an action checklist with the lines to tick.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ChecklistStep {
    /// The step.
    pub text: Inline,
    /// Its deadline, e.g. "by 30/04/2026".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// The "done" line.
    pub done: CheckLine,
    /// An alternative line, printed after `alternative_mark`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative: Option<CheckLine>,
    /// The mark before the alternative, e.g. "OR:".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative_mark: Option<String>,
    /// The "not done" line; the reasons follow it.
    pub not_done: CheckLine,
}

/// A box to tick with its label and, where asked, a serial-number write-in.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CheckLine {
    /// The label.
    pub label: String,
    /// Label of the line to write serial numbers on, e.g. "Serial number(s)".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub write_in: Option<String>,
}

/// A question with its choices, e.g. yes / no.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Question {
    /// The question or statement.
    pub text: Inline,
    /// The boxes to tick.
    pub choices: Vec<String>,
}
