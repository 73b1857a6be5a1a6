//! Composition: a checked [`Notice`] and one language's [`Catalog`] become a [`Document`].
//!
//! This is where message ids turn into text and products into table rows. It knows nothing of
//! pages or markup; layout is the backends' business. The notice's layout (`letter`, `eu-2018`
//! or `us-recall`) decides the order, numbering and headings of the parts, so every backend
//! renders the same structure.

pub mod barcode;
mod composer;
mod eu2018;
mod facts;
pub mod loaded;
mod us_recall;

use self::composer::Composer;

use self::barcode::udi_barcode;
use crate::base::date::{IsoDate, entry_placeholder};
use crate::base::diagnostic::{Diagnostic, Outcome};
use crate::base::language_code::three_letter_code;
use crate::base::limits;
use crate::document::Barcode;
use crate::document::{
    Annex, Aside, Block, Contact, Document, Footer, Form, FormElement, ImageRef, Inline, ListItem,
    Logo, LotTable, Meta, NestedList, PageLabelPart, PageTheme, ProductTable, Question, Signatory,
    Span,
};
use crate::document::{CheckLine, ChecklistStep};
use crate::l10n::{Catalog, Variables};
use crate::model::{ChecklistLine, RawChecklistStep};
use crate::model::{
    Column, DateStyle, Layout, RawBlock, RawForm, RawFormElement, RawListItem, Text,
};
use crate::validate::lots::{Lot, LotId};
use crate::validate::{Notice, PatternPart, Product, document_number_parts};

/// Stand-ins for the page numbers inside the formatted "page X of Y" label. They are Unicode
/// private-use characters, which no translation contains.
const PAGE_MARK: char = '\u{E000}';
const TOTAL_MARK: char = '\u{E001}';

/// Composes the notice in the catalog's language. Missing messages show as `{id}` and are
/// reported; the caller decides whether they are fatal ([`LoadedNotice::compose`] makes them
/// errors).
///
/// ```
/// let repository = fsn_core::Repository::open("../..")?;
/// let loaded = repository.load(&repository.notice_dir("FSN2025-1682"))?;
/// let catalog = loaded.catalog("it").expect("the notice is published in Italian");
/// let composed = fsn_core::compose(&loaded.notice, catalog);
/// assert!(!composed.has_errors());
/// assert_eq!(composed.value.lang, "it");
/// # Ok::<(), fsn_core::Diagnostics>(())
/// ```
///
/// [`LoadedNotice::compose`]: crate::LoadedNotice::compose
pub fn compose(notice: &Notice, catalog: &Catalog) -> Outcome<Document> {
    let mut composer = Composer {
        catalog,
        vars: variables(notice),
        diagnostics: Vec::new(),
        too_long: std::collections::BTreeSet::new(),
        images: Vec::new(),
    };
    let lang = catalog.lang().to_string();
    let date_line = composer.date(notice, notice.date_locale(&lang));
    // Messages may name the date as printed, e.g. "Il { $issued }, Illumina le ha inviato…".
    composer.vars.set("issued", &date_line);
    let date_format = composer.date_format(notice, notice.date_locale(&lang));
    composer.vars.set("date-format", date_format);
    let document = composer.document(notice, date_line);
    let mut diagnostics = composer.diagnostics;
    let chars = text_chars(&document);
    if chars > limits::MAX_DOCUMENT_CHARS {
        diagnostics.push(
            Diagnostic::error(
                "fsn::compose::too_large",
                format!(
                    "notice {} in `{}` has {chars} characters of text; at most {} are laid out",
                    notice.id,
                    document.lang,
                    limits::MAX_DOCUMENT_CHARS
                ),
            )
            .with_help(
                "split the notice or shorten its messages; the limit keeps one notice's layout \
                 within about 1 GB of memory (docs/SECURITY.md, \"The limits\")",
            ),
        );
    }
    Outcome {
        value: document,
        problems: diagnostics,
    }
}

/// Characters in every string of a document.
fn text_chars(document: &Document) -> usize {
    fn walk(value: &serde_json::Value) -> usize {
        match value {
            serde_json::Value::String(text) => text.chars().count(),
            serde_json::Value::Array(items) => items.iter().map(walk).sum(),
            serde_json::Value::Object(fields) => fields.values().map(walk).sum(),
            _ => 0,
        }
    }
    serde_json::to_value(document).map_or(0, |value| walk(&value))
}

/// Names of the variables every message may use, besides `link-<key>` for each issuer link.
/// The lint checks translations against this list; `variables` must set exactly these.
pub const STANDARD_VARIABLES: [&str; 7] = [
    "notice-id",
    "reference",
    "issuer",
    "issuer-name",
    "year",
    "issued",
    "date-format",
];

/// The variables every message may use (but `issued` and `date-format`, which depend on the
/// language).
pub(crate) fn variables(notice: &Notice) -> Variables {
    let mut vars = Variables::default();
    vars.set("notice-id", &notice.id);
    vars.set("reference", notice.reference.as_deref().unwrap_or(""));
    vars.set("issuer", &notice.issuer.short_name);
    vars.set("issuer-name", &notice.issuer.name);
    vars.set("year", notice.issued.year.to_string());
    for (key, url) in &notice.issuer.links {
        vars.set(format!("link-{key}"), url);
    }
    vars
}

/// The footer's document number: the issuer's pattern filled in (validation made sure it
/// can be), or the id with the reference in brackets.
fn document_number(notice: &Notice, lang: &str) -> String {
    let reference = notice.reference.as_deref().unwrap_or_default();
    match &notice.issuer.document_number {
        // One pass over the pattern: a value is never searched for placeholders again.
        Some(pattern) => document_number_parts(pattern)
            .into_iter()
            .map(|part| match part {
                PatternPart::Literal(text) => text.to_owned(),
                PatternPart::Placeholder("notice-id") => notice.id.clone(),
                PatternPart::Placeholder("reference") => reference.to_owned(),
                PatternPart::Placeholder("language-code") => {
                    three_letter_code(lang).unwrap_or_else(|| lang.to_ascii_uppercase())
                }
                // Validation refused any other placeholder and a stray brace.
                PatternPart::Placeholder(_) | PatternPart::Stray => String::new(),
            })
            .collect(),
        None if reference.is_empty() => notice.id.clone(),
        None => format!("{} ({reference})", notice.id),
    }
}

impl Composer<'_> {
    fn document(&mut self, notice: &Notice, date_line: String) -> Document {
        let lang = self.catalog.lang().to_string();
        let mut titles: Vec<String> = notice.titles.iter().map(|id| self.text(id)).collect();
        let (body, after_signatures) = match notice.layout {
            Layout::Letter => (self.letter_body(notice), Vec::new()),
            Layout::Eu2018 => self.eu_2018_body(notice, &date_line),
            Layout::UsRecall => {
                titles = self.us_recall_titles(notice, titles);
                self.us_recall_body(notice, &date_line)
            }
        };
        let mut document = Document {
            meta: Meta {
                title: format!(
                    "{} – {}",
                    notice.id,
                    titles.last().cloned().unwrap_or_default()
                ),
                author: notice.issuer.name.clone(),
                subject: titles.join(" – "),
                notice_id: notice.id.clone(),
                issued: notice.issued.to_string(),
            },
            lang,
            letterhead: notice.issuer.short_name.clone(),
            logo: self.logo(notice),
            draft: !self.catalog.drafts().is_empty(),
            date_line,
            label: notice.label.as_deref().map(|id| self.text(id)),
            titles,
            body,
            closing: self.text(&notice.closing),
            signatories: notice
                .signatories
                .iter()
                .map(|signatory| Signatory {
                    name: signatory.name.clone(),
                    title: self.text(&signatory.title),
                })
                .collect(),
            recipient_notice: Some(Aside {
                heading: self.text(&notice.recipient_notice.heading),
                paragraphs: notice
                    .recipient_notice
                    .paragraphs
                    .iter()
                    .map(|id| self.inline(id))
                    .collect(),
            }),
            after_signatures,
            footer: self.footer(notice),
            layout: notice.layout,
            form: None,
            more_forms: Vec::new(),
            theme: self.theme(notice),
            annex: lots_in_annex(notice).then(|| Annex {
                heading: self.text("annex-lots-heading"),
                table: self.lot_table(notice),
            }),
            // Taken once the forms are composed: they may show pictures too.
            images: Vec::new(),
        };
        match notice.layout {
            Layout::Letter | Layout::UsRecall => {
                document.form = notice.form.as_ref().map(|form| self.form(form, notice));
            }
            Layout::Eu2018 => (document.form, document.more_forms) = self.eu_2018_forms(notice),
        }
        document.images = std::mem::take(&mut self.images);
        document
    }

    /// The letter: salutation and sections as written, with the regulatory facts the notice
    /// sets before them and the manufacturer's registration data after them.
    fn letter_body(&mut self, notice: &Notice) -> Vec<Block> {
        let mut body = Vec::new();
        let facts = self.letter_facts(notice);
        if !facts.is_empty() {
            body.push(Block::Fields { rows: facts });
        }
        body.push(Block::Paragraph {
            content: self.inline(&notice.salutation),
        });
        for section in &notice.sections {
            if let Some(heading) = &section.heading {
                body.push(Block::Heading {
                    text: self.text(heading),
                });
            }
            for block in &section.blocks {
                body.push(self.block(block, notice));
            }
        }
        if facts::has_registration(notice) {
            let rows = self.manufacturer(notice);
            body.push(Block::Fields { rows });
        }
        body
    }

    fn theme(&mut self, notice: &Notice) -> PageTheme {
        let theme = &notice.issuer.theme;
        PageTheme {
            accent: theme.accent.clone(),
            letterhead: theme
                .letterhead
                .iter()
                .map(|line| self.literal_or_message(line))
                .collect(),
            footer: theme
                .footer
                .iter()
                .map(|line| match line {
                    Text::Literal(literal) => vec![Span::plain(literal.clone())],
                    Text::Message { message } => self.inline(message),
                })
                .collect(),
        }
    }

    fn logo(&mut self, notice: &Notice) -> Option<Logo> {
        let logo = notice.issuer.logo.as_ref()?;
        let image = notice.images.logo()?.clone();
        let width_mm = logo
            .width
            .as_deref()
            .and_then(|width| {
                crate::model::figure::width_mm(width, crate::model::figure::MAX_LOGO_WIDTH_MM).ok()
            })
            .unwrap_or(crate::model::figure::DEFAULT_LOGO_WIDTH_MM);
        Some(Logo {
            image: self.add_image(image),
            width_mm,
        })
    }

    fn date(&mut self, notice: &Notice, lang: &str) -> String {
        let formatted = match notice.date_style {
            DateStyle::Long => notice.issued.long(lang),
            DateStyle::Compact => notice.issued.compact(),
        };
        formatted.unwrap_or_else(|message| {
            self.diagnostics
                .push(Diagnostic::error("fsn::compose::date", message));
            notice.issued.to_string()
        })
    }

    /// The placeholder of a hand-written date on the form, e.g. "GG/MM/AAAA".
    fn date_format(&mut self, notice: &Notice, lang: &str) -> String {
        entry_placeholder(lang, notice.form_date_style).unwrap_or_else(|message| {
            self.diagnostics
                .push(Diagnostic::error("fsn::compose::date_format", message));
            String::new()
        })
    }

    fn block(&mut self, block: &RawBlock, notice: &Notice) -> Block {
        match block {
            RawBlock::Paragraph(id) => Block::Paragraph {
                content: self.inline(id),
            },
            RawBlock::Note(id) => Block::Note {
                content: self.inline(id),
            },
            RawBlock::Bullets(items) => Block::List {
                ordered: false,
                items: self.list_items(items, notice),
            },
            RawBlock::Steps(items) => Block::List {
                ordered: true,
                items: self.list_items(items, notice),
            },
            RawBlock::ProductTable => Block::ProductTable(self.product_table(notice)),
            RawBlock::Figure(figure) => self.figure(figure, notice),
        }
    }

    /// A figure in this language: its own picture if it has one, else the shared one.
    fn figure(&mut self, figure: &crate::model::figure::RawFigure, notice: &Notice) -> Block {
        let lang = self.catalog.lang().to_string();
        let image = notice.images.figure(&lang, &figure.figure).cloned();
        let image = match image {
            Some(image) => self.add_image(image),
            // Loading reads every figure or fails; only a notice composed without loading
            // (tests, benchmarks) gets here.
            None => {
                self.diagnostics.push(Diagnostic::error(
                    "fsn::compose::figure",
                    format!("figure `{}` was not read for `{lang}`", figure.figure),
                ));
                ImageRef {
                    index: 0,
                    format: crate::document::image::ImageFormat::Png,
                }
            }
        };
        let alt = self.text(&figure.alt);
        if alt.trim().is_empty() {
            self.empty_description(&figure.alt);
        }
        Block::Figure {
            image,
            alt,
            caption: figure.caption.as_deref().map(|id| self.text(id)),
            width_mm: figure.width.as_deref().and_then(|width| {
                crate::model::figure::width_mm(width, crate::model::figure::MAX_FIGURE_WIDTH_MM)
                    .ok()
            }),
        }
    }

    /// A figure's description is what a screen reader says instead of the picture: an empty
    /// one is an error at the message's definition (typst would refuse it under PDF/UA, without
    /// saying which message).
    fn empty_description(&mut self, id: &str) {
        let mut diagnostic = Diagnostic::error(
            "fsn::compose::empty_alt",
            format!(
                "message `{id}` in locale `{}` is empty, but describes a figure",
                self.catalog.lang()
            ),
        )
        .with_help("say what the picture shows, for readers who cannot see it");
        let definition = self.catalog.files().iter().rev().find_map(|file| {
            crate::l10n::definition_span(file.text(), id).map(|span| (file, span))
        });
        if let Some((file, span)) = definition {
            diagnostic = diagnostic.at(file, span).with_label("defined here");
        }
        self.diagnostics.push(diagnostic);
    }

    /// A picture of the document, the same picture once.
    fn add_image(&mut self, image: crate::document::image::Image) -> ImageRef {
        let format = image.format;
        let index = match self.images.iter().position(|known| known == &image) {
            Some(index) => index,
            None => {
                self.images.push(image);
                self.images.len() - 1
            }
        };
        ImageRef { index, format }
    }

    fn list_items(&mut self, items: &[RawListItem], notice: &Notice) -> Vec<ListItem> {
        items
            .iter()
            .map(|item| match item {
                RawListItem::Message(id) => ListItem {
                    content: self.inline(id),
                    paragraphs: Vec::new(),
                    list: None,
                },
                RawListItem::WithParagraphs {
                    text,
                    paragraphs,
                    bullets,
                    steps,
                    deadline,
                } => ListItem {
                    content: self.with_deadline(text, deadline.as_ref(), notice),
                    paragraphs: paragraphs.iter().map(|id| self.inline(id)).collect(),
                    list: match (bullets, steps) {
                        (Some(items), _) => Some((false, items)),
                        (None, Some(items)) => Some((true, items)),
                        (None, None) => None,
                    }
                    .map(|(ordered, items)| NestedList {
                        ordered,
                        items: self.list_items(items, notice),
                    }),
                },
            })
            .collect()
    }

    fn product_table(&mut self, notice: &Notice) -> ProductTable {
        let columns = &notice.product_table.columns;
        let separator = notice.product_table.catalog_separator.as_deref();
        let mut table = ProductTable {
            caption: self.text(&notice.product_table.caption),
            headings: columns
                .iter()
                .map(|column| self.text(column.heading_message()))
                .collect(),
            rows: notice
                .products
                .iter()
                .map(|product| {
                    columns
                        .iter()
                        .map(|column| self.cell(product, *column, separator))
                        .collect()
                })
                .collect(),
            barcode_column: None,
            barcodes: Vec::new(),
            lots: None,
            lots_reference: None,
        };
        if lots_in_annex(notice) {
            table.lots_reference = Some(self.inline("annex-lots-reference"));
        } else if notice
            .products
            .iter()
            .any(|product| !product.lots.is_empty())
        {
            table.lots = Some(Box::new(self.lot_table(notice)));
        }
        if notice.product_table.udi_barcodes {
            table.barcode_column = columns.iter().position(|column| *column == Column::UdiDi);
            table.barcodes = notice
                .products
                .iter()
                .map(|product| self.barcodes(product))
                .collect();
        }
        table
    }

    /// The GS1 DataMatrix of each of a product's UDI-DIs (none for "not-available").
    fn barcodes(&mut self, product: &Product) -> Vec<Barcode> {
        let gtins = product.udi_di.iter().flatten();
        gtins
            .filter_map(|gtin| {
                udi_barcode(gtin)
                    .inspect_err(|message| {
                        self.diagnostics
                            .push(Diagnostic::error("fsn::compose::barcode", message.clone()));
                    })
                    .ok()
            })
            .collect()
    }

    fn cell(
        &mut self,
        product: &Product,
        column: Column,
        catalog_separator: Option<&str>,
    ) -> Vec<String> {
        match column {
            Column::Name => vec![self.literal_or_message(&product.name)],
            Column::Catalog => match catalog_separator {
                Some(separator) => vec![product.catalog.join(separator)],
                None => product.catalog.clone(),
            },
            Column::UdiDi => match &product.udi_di {
                Some(list) => list.clone(),
                None => vec![self.text("udi-di-not-available")],
            },
            Column::Version => product.versions.clone(),
            Column::Serials => match &product.serial_hint {
                Some(hint) => vec![self.literal_or_message(hint)],
                None => Vec::new(),
            },
        }
    }

    fn footer(&mut self, notice: &Notice) -> Footer {
        let page_label = self.catalog.text_with(
            "page-label",
            &self.vars,
            &[
                ("page", &PAGE_MARK.to_string()),
                ("total", &TOTAL_MARK.to_string()),
            ],
            &mut self.diagnostics,
        );
        Footer {
            contacts: notice
                .issuer
                .contacts
                .iter()
                .map(|contact| Contact {
                    label: self.text(&contact.label),
                    email: contact.email.clone(),
                })
                .collect(),
            legal: self.inline("legal"),
            document_number: document_number(notice, &self.catalog.lang().to_string()),
            page_label: split_page_label(&page_label),
            intended_use: notice.intended_use.as_deref().map(|id| self.text(id)),
        }
    }

    fn form(&mut self, form: &RawForm, notice: &Notice) -> Form {
        Form {
            heading: self.text(&form.heading),
            intro: form
                .intro
                .iter()
                .map(|id| Block::Paragraph {
                    content: self.inline(id),
                })
                .collect(),
            title: self.text("form-title"),
            reply_by: notice.regulatory.reply_by.map(|date| {
                let date = self.lot_date(notice, Some(date));
                self.text_with_date("form-reply-by", &date)
            }),
            elements: form
                .elements
                .iter()
                .map(|element| self.form_element(element, notice))
                .collect(),
        }
    }

    fn form_element(&mut self, element: &RawFormElement, notice: &Notice) -> FormElement {
        match element {
            RawFormElement::TextField { label, .. } => FormElement::TextField {
                label: self.text(label),
            },
            RawFormElement::Person {
                heading, fields, ..
            } => FormElement::Person {
                heading: self.text(heading),
                fields: self.texts(fields),
            },
            RawFormElement::Table {
                headings,
                product_rows,
                rows,
                ..
            } => FormElement::Table {
                headings: self.texts(headings),
                rows: self.row_labels(notice, *product_rows, rows),
            },
            RawFormElement::ProductChecklist {
                headings,
                hint,
                extra_rows,
                ..
            } => FormElement::ProductChecklist {
                headings: self.texts(headings),
                hint: hint.as_deref().map(|id| self.text(id)),
                rows: self.row_labels(notice, true, extra_rows),
            },
            RawFormElement::Questions {
                heading,
                not_applicable,
                questions,
                answers,
                ..
            } => {
                let choices: Vec<String> =
                    answers.messages().iter().map(|id| self.text(id)).collect();
                FormElement::Questions {
                    heading: self.text(heading),
                    not_applicable: not_applicable.then(|| self.text("form-not-applicable")),
                    questions: questions
                        .iter()
                        .map(|id| Question {
                            text: self.inline(id),
                            choices: choices.clone(),
                        })
                        .collect(),
                }
            }
            RawFormElement::Choice {
                question, options, ..
            } => FormElement::Choice(Question {
                text: self.inline(question),
                choices: self.texts(options),
            }),
            RawFormElement::Acknowledgement { text, .. } => FormElement::Acknowledgement {
                text: self.inline(text),
            },
            RawFormElement::ActionChecklist {
                heading,
                steps,
                reasons,
                other_reason,
                ..
            } => FormElement::ActionChecklist {
                heading: self.text(heading),
                steps: steps
                    .iter()
                    .map(|step| self.checklist_step(step, notice))
                    .collect(),
                reasons: self.texts(reasons),
                other_reason: other_reason.then(|| self.text("form-other-reason")),
            },
            RawFormElement::Quantities {
                columns, per_lot, ..
            } => {
                let first = if *per_lot {
                    "form-destruction-lot"
                } else {
                    "form-destruction-product"
                };
                let mut headings = vec![self.text(first)];
                headings.extend(
                    columns
                        .iter()
                        .map(|column| self.text(column.heading_message())),
                );
                let rows = if *per_lot {
                    self.destruction_rows(notice)
                        .into_iter()
                        .map(|[product, lot]| {
                            if lot.is_empty() {
                                product
                            } else {
                                format!("{product}: {lot}")
                            }
                        })
                        .collect()
                } else {
                    self.row_labels(notice, true, &[])
                };
                FormElement::Table { headings, rows }
            }
            RawFormElement::DestructionCertificate {
                heading,
                statement,
                blank_rows,
                signature,
                ..
            } => FormElement::DestructionCertificate {
                heading: self.text(heading),
                statement: self.inline(statement),
                headings: crate::model::DESTRUCTION_COLUMNS
                    .iter()
                    .map(|id| self.text(id))
                    .collect(),
                rows: self.destruction_rows(notice),
                blank_rows: *blank_rows,
                signature: self.texts(signature),
            },
            RawFormElement::Signature { fields, .. } => FormElement::Signature {
                fields: self.texts(fields),
            },
            RawFormElement::Date { .. } => FormElement::TextField {
                label: self.text("form-date"),
            },
        }
    }

    fn texts(&mut self, ids: &[String]) -> Vec<String> {
        ids.iter().map(|id| self.text(id)).collect()
    }

    /// Row labels: the products' short names (when asked for), then further rows.
    fn row_labels(&mut self, notice: &Notice, products: bool, rows: &[Text]) -> Vec<String> {
        let product_rows = notice
            .products
            .iter()
            .filter(|_| products)
            .map(|product| &product.short_name);
        product_rows
            .chain(rows)
            .map(|text| self.literal_or_message(text))
            .collect()
    }
}

/// Whether the notice's lots print in the annex: as its placement says, and always when the
/// letter has no product table to print them under.
fn lots_in_annex(notice: &Notice) -> bool {
    let rows: usize = notice
        .products
        .iter()
        .map(|product| product.lots.len())
        .sum();
    let placed = crate::model::blocks::letter_blocks(&notice.sections)
        .any(|(_, _, block)| matches!(block, RawBlock::ProductTable));
    rows > 0 && (!placed || crate::validate::lots::in_annex(notice.product_table.lots, rows))
}

/// Lots and serial numbers: the lot table and the certificate of destruction's rows.
impl Composer<'_> {
    fn lot_table(&mut self, notice: &Notice) -> LotTable {
        let entries: Vec<(&Product, &Lot)> = notice
            .products
            .iter()
            .flat_map(|product| product.lots.iter().map(move |lot| (product, lot)))
            .collect();
        let has = |wanted: fn(&Lot) -> bool| entries.iter().any(|(_, lot)| wanted(lot));
        let lots = has(|lot| matches!(lot.id, LotId::Lot(_)));
        let serials = has(|lot| !matches!(lot.id, LotId::Lot(_)));
        let expiry = has(|lot| lot.expiry.is_some());
        let manufactured = has(|lot| lot.manufactured.is_some());
        let columns = [
            (true, "lot-table-product"),
            (lots, "lot-table-lot"),
            (serials, "lot-table-serial"),
            (expiry, "lot-table-expiry"),
            (manufactured, "lot-table-manufactured"),
        ];
        let mut headings: Vec<String> = columns
            .iter()
            .filter(|(shown, _)| *shown)
            .map(|(_, id)| self.text(id))
            .collect();
        let mut rows = Vec::with_capacity(entries.len());
        for (product, lot) in &entries {
            let (lot_text, serial_text) = match &lot.id {
                LotId::Lot(number) => (number.clone(), String::new()),
                LotId::Serial(number) => (String::new(), number.clone()),
                LotId::Range(first, last) => (String::new(), self.serial_range(first, last)),
            };
            let cells = [
                (true, self.literal_or_message(&product.name)),
                (lots, lot_text),
                (serials, serial_text),
                (expiry, self.lot_date(notice, lot.expiry)),
                (manufactured, self.lot_date(notice, lot.manufactured)),
            ];
            rows.push(
                cells
                    .into_iter()
                    .filter(|(shown, _)| *shown)
                    .map(|(_, text)| text)
                    .collect(),
            );
        }
        let mut table = LotTable {
            caption: self.text("lot-table-caption"),
            barcode_column: None,
            barcodes: Vec::new(),
            headings: Vec::new(),
            rows,
        };
        if notice.product_table.lot_barcodes {
            table.barcode_column = Some(headings.len());
            headings.push(self.text("lot-table-udi"));
            table.barcodes = entries
                .iter()
                .map(|(product, lot)| self.lot_barcode(product, lot))
                .collect();
        }
        table.headings = headings;
        table
    }

    /// The UDI symbol of a lot of a product with one UDI-DI; serial numbers get none.
    fn lot_barcode(&mut self, product: &Product, lot: &Lot) -> Option<Barcode> {
        let LotId::Lot(number) = &lot.id else {
            return None;
        };
        let gtin = product.udi_di.as_ref()?.first()?;
        barcode::lot_udi_barcode(gtin, lot.expiry, number)
            .inspect_err(|message| {
                self.diagnostics
                    .push(Diagnostic::error("fsn::compose::barcode", message.clone()));
            })
            .ok()
    }

    /// A step of an action checklist: its lines with their own wording or the shared one,
    /// serial write-ins where the notice puts them, and its deadline.
    fn checklist_step(&mut self, step: &RawChecklistStep, notice: &Notice) -> ChecklistStep {
        let detailed = match step {
            RawChecklistStep::Message(text) => (text, None, None, None, None, None),
            RawChecklistStep::Detailed {
                text,
                done,
                not_done,
                alternative,
                serials,
                deadline,
            } => (
                text,
                done.as_ref(),
                not_done.as_ref(),
                alternative.as_ref(),
                serials.as_deref(),
                deadline.as_ref(),
            ),
        };
        let (text, done, not_done, alternative, serials, deadline) = detailed;
        let serials = serials.unwrap_or(&[ChecklistLine::Done]);
        let mut line = |id: &str, kind: ChecklistLine| CheckLine {
            label: self.text(id),
            write_in: serials
                .contains(&kind)
                .then(|| self.text("form-serial-numbers")),
        };
        let done = line(
            done.map_or("form-done", String::as_str),
            ChecklistLine::Done,
        );
        let alternative = alternative.map(|id| line(id, ChecklistLine::Alternative));
        let not_done = line(
            not_done.map_or("form-not-done", String::as_str),
            ChecklistLine::NotDone,
        );
        let deadline = deadline
            .and_then(|value| crate::validate::lots::local_date(value).ok())
            .map(|date| {
                let date = self.lot_date(notice, Some(date));
                self.text_with_date("deadline-by", &date)
            });
        ChecklistStep {
            text: self.inline(text),
            deadline,
            alternative_mark: alternative.as_ref().map(|_| self.text("form-or")),
            done,
            alternative,
            not_done,
        }
    }

    /// A list item's text, followed by its deadline ("– by 30/04/2026", bold) when it has one.
    fn with_deadline(
        &mut self,
        text: &str,
        deadline: Option<&toml::value::Datetime>,
        notice: &Notice,
    ) -> Inline {
        let mut content = self.inline(text);
        let date = deadline.and_then(|value| crate::validate::lots::local_date(value).ok());
        if let Some(date) = date {
            let date = self.lot_date(notice, Some(date));
            let deadline = self.text_with_date("deadline-by", &date);
            content.push(crate::document::Span::plain(" – "));
            content.push(crate::document::Span::styled(deadline, true, false, None));
        }
        content
    }

    /// A message that names a date, e.g. "by 30/04/2026".
    fn text_with_date(&mut self, id: &str, date: &str) -> String {
        let text = self
            .catalog
            .text_with(id, &self.vars, &[("date", date)], &mut self.diagnostics);
        self.check_size(id, &text);
        text
    }

    /// "CON000001 through CON005472" in the document's language.
    fn serial_range(&mut self, first: &str, last: &str) -> String {
        let text = self.catalog.text_with(
            "lot-serial-range",
            &self.vars,
            &[("first", first), ("last", last)],
            &mut self.diagnostics,
        );
        self.check_size("lot-serial-range", &text);
        text
    }

    /// A date of the lot table in the language's numeric CLDR form; empty when not given.
    fn lot_date(&mut self, notice: &Notice, date: Option<IsoDate>) -> String {
        let Some(date) = date else {
            return String::new();
        };
        let lang = self.catalog.lang().to_string();
        date.numeric(notice.date_locale(&lang))
            .unwrap_or_else(|message| {
                self.diagnostics
                    .push(Diagnostic::error("fsn::compose::date", message));
                date.to_string()
            })
    }

    /// The certificate of destruction's given rows: product and lot (or serial numbers) per
    /// entry, or one row per product when the notice lists no lots.
    fn destruction_rows(&mut self, notice: &Notice) -> Vec<[String; 2]> {
        let mut rows = Vec::new();
        for product in &notice.products {
            let name = self.literal_or_message(&product.short_name);
            if product.lots.is_empty() {
                rows.push([name.clone(), String::new()]);
            }
            for lot in &product.lots {
                let id = match &lot.id {
                    LotId::Lot(number) | LotId::Serial(number) => number.clone(),
                    LotId::Range(first, last) => self.serial_range(first, last),
                };
                rows.push([name.clone(), id]);
            }
        }
        rows
    }
}

/// Splits a formatted page label at the page-number stand-ins.
fn split_page_label(label: &str) -> Vec<PageLabelPart> {
    let mut parts = Vec::new();
    let mut text = String::new();
    for c in label.chars() {
        let mark = match c {
            PAGE_MARK => PageLabelPart::Page,
            TOTAL_MARK => PageLabelPart::Total,
            _ => {
                text.push(c);
                continue;
            }
        };
        if !text.is_empty() {
            parts.push(PageLabelPart::Text(std::mem::take(&mut text)));
        }
        parts.push(mark);
    }
    if !text.is_empty() {
        parts.push(PageLabelPart::Text(text));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_variables_are_the_ones_composition_sets() {
        let repository =
            crate::Repository::open(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
                .unwrap();
        let root = repository.root().to_path_buf();
        let loaded = repository.load(&root.join("notices/FSN2025-1682")).unwrap();
        let mut names = variables(&loaded.notice).names();
        names.extend(["issued".to_owned(), "date-format".to_owned()]);
        names.retain(|name| !name.starts_with("link-"));
        names.sort();
        let mut expected: Vec<String> = STANDARD_VARIABLES.map(String::from).to_vec();
        expected.sort();
        assert_eq!(names, expected);
    }

    #[test]
    fn page_label_splits_around_the_numbers() {
        let label = format!("Pagina {PAGE_MARK} di {TOTAL_MARK}");
        assert_eq!(
            split_page_label(&label),
            vec![
                PageLabelPart::Text("Pagina ".into()),
                PageLabelPart::Page,
                PageLabelPart::Text(" di ".into()),
                PageLabelPart::Total,
            ]
        );
    }
}
