//! Composition: a checked [`Notice`] and one language's [`Catalog`] become a [`Document`].
//!
//! This is where message ids turn into text and products into table rows. It knows nothing of
//! pages or markup; layout is the backends' business.

use crate::date::entry_placeholder;
use crate::diagnostic::Diagnostic;
use crate::document::{
    Aside, Block, Contact, Document, Footer, Form, FormElement, Inline, ListItem, Meta,
    PageLabelPart, ProductTable, Question, Signatory,
};
use crate::l10n::{Catalog, Variables};
use crate::model::{Column, DateStyle, RawBlock, RawForm, RawFormElement, RawListItem, Text};
use crate::validate::{Notice, Product};

/// Stand-ins for the page numbers inside the formatted "page X of Y" label. They are Unicode
/// private-use characters, which no translation contains.
const PAGE_MARK: char = '\u{E000}';
const TOTAL_MARK: char = '\u{E001}';

/// Composes the notice in the catalog's language. Missing messages show as `{id}` and are
/// reported; the caller decides whether they are fatal.
pub fn compose(notice: &Notice, catalog: &Catalog) -> (Document, Vec<Diagnostic>) {
    let mut composer = Composer {
        catalog,
        vars: variables(notice),
        diagnostics: Vec::new(),
    };
    let lang = catalog.lang().to_string();
    let date_line = composer.date(notice, notice.date_locale(&lang));
    // Messages may name the date as printed, e.g. "Il { $issued }, Illumina le ha inviato…".
    composer.vars.set("issued", &date_line);
    let date_format = composer.date_format(notice, notice.date_locale(&lang));
    composer.vars.set("date-format", date_format);
    let document = composer.document(notice, date_line);
    (document, composer.diagnostics)
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
fn variables(notice: &Notice) -> Variables {
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

struct Composer<'a> {
    catalog: &'a Catalog,
    vars: Variables,
    diagnostics: Vec<Diagnostic>,
}

impl Composer<'_> {
    fn text(&mut self, id: &str) -> String {
        self.catalog.text(id, &self.vars, &mut self.diagnostics)
    }

    fn inline(&mut self, id: &str) -> Inline {
        self.catalog.inline(id, &self.vars, &mut self.diagnostics)
    }

    fn literal_or_message(&mut self, text: &Text) -> String {
        match text {
            Text::Literal(literal) => literal.clone(),
            Text::Message { message } => self.text(message),
        }
    }

    fn document(&mut self, notice: &Notice, date_line: String) -> Document {
        let lang = self.catalog.lang().to_string();
        let titles: Vec<String> = notice.titles.iter().map(|id| self.text(id)).collect();
        let mut body = vec![Block::Paragraph {
            content: self.inline(&notice.salutation),
        }];
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
        Document {
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
            footer: self.footer(notice),
            form: notice.form.as_ref().map(|form| self.form(form, notice)),
        }
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
                items: self.list_items(items),
            },
            RawBlock::Steps(items) => Block::List {
                ordered: true,
                items: self.list_items(items),
            },
            RawBlock::ProductTable => Block::ProductTable(self.product_table(notice)),
        }
    }

    fn list_items(&mut self, items: &[RawListItem]) -> Vec<ListItem> {
        items
            .iter()
            .map(|item| match item {
                RawListItem::Message(id) => ListItem {
                    content: self.inline(id),
                    paragraphs: Vec::new(),
                },
                RawListItem::WithParagraphs { text, paragraphs } => ListItem {
                    content: self.inline(text),
                    paragraphs: paragraphs.iter().map(|id| self.inline(id)).collect(),
                },
            })
            .collect()
    }

    fn product_table(&mut self, notice: &Notice) -> ProductTable {
        let columns = &notice.product_table.columns;
        ProductTable {
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
                        .map(|column| self.cell(product, *column))
                        .collect()
                })
                .collect(),
        }
    }

    fn cell(&mut self, product: &Product, column: Column) -> Vec<String> {
        match column {
            Column::Name => vec![self.literal_or_message(&product.name)],
            Column::Catalog => product.catalog.clone(),
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
            document_number: match &notice.reference {
                Some(reference) => format!("{} ({reference})", notice.id),
                None => notice.id.clone(),
            },
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
            elements: form
                .elements
                .iter()
                .map(|element| self.form_element(element, notice))
                .collect(),
        }
    }

    fn form_element(&mut self, element: &RawFormElement, notice: &Notice) -> FormElement {
        match element {
            RawFormElement::TextField { label } => FormElement::TextField {
                label: self.text(label),
            },
            RawFormElement::Person { heading, fields } => FormElement::Person {
                heading: self.text(heading),
                fields: self.texts(fields),
            },
            RawFormElement::Table {
                headings,
                product_rows,
                rows,
            } => FormElement::Table {
                headings: self.texts(headings),
                rows: self.row_labels(notice, *product_rows, rows),
            },
            RawFormElement::ProductChecklist {
                headings,
                hint,
                extra_rows,
            } => FormElement::ProductChecklist {
                headings: self.texts(headings),
                hint: hint.as_deref().map(|id| self.text(id)),
                rows: self.row_labels(notice, true, extra_rows),
            },
            RawFormElement::Questions {
                heading,
                not_applicable,
                questions,
            } => {
                let choices = vec![self.text("form-yes"), self.text("form-no")];
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
            RawFormElement::Choice { question, options } => FormElement::Choice(Question {
                text: self.inline(question),
                choices: self.texts(options),
            }),
            RawFormElement::Acknowledgement { text } => FormElement::Acknowledgement {
                text: self.inline(text),
            },
            RawFormElement::ActionChecklist {
                heading,
                steps,
                reasons,
            } => {
                let mut reasons = self.texts(reasons);
                reasons.push(self.text("form-other-reason"));
                FormElement::ActionChecklist {
                    heading: self.text(heading),
                    steps: steps.iter().map(|id| self.inline(id)).collect(),
                    done: self.text("form-done"),
                    serial_numbers: self.text("form-serial-numbers"),
                    not_done: self.text("form-not-done"),
                    reasons,
                }
            }
            RawFormElement::Signature { fields } => FormElement::Signature {
                fields: self.texts(fields),
            },
            RawFormElement::Date {} => FormElement::TextField {
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
