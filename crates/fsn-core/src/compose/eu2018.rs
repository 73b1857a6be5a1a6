//! The European Commission's FSN template (December 2018) as a layout: a header table, four
//! numbered sections, the transmission paragraph after the signatures, a customer reply form
//! and a distributor/importer reply form.
//!
//! The notice's sections are placed by their first role: problem, hazard, risk and background
//! under 2 (reason for the FSCA); user actions, manufacturer actions and patient management
//! under 3 (type of action); contacts under 4 (general information); transmission after the
//! signatures; sections without a role open the notice before 1. Each section with a heading
//! is numbered within its part, e.g. "2.1". The affected-products table is printed once, in 1.
//! See: issue 14.

use super::composer::Composer;
use super::facts::{lines, yes_no};
use crate::document::{Block, Field, Form};
use crate::model::{FormRole, RawBlock, RawFormElement, RawSection, SectionRole};
use crate::validate::Notice;

/// Where a section of the notice goes in the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Before section 1.
    Opening,
    /// 2. Reason for the FSCA.
    Reason,
    /// 3. Type of action to mitigate the risk.
    Action,
    /// 4. General information.
    General,
    /// The transmission paragraph.
    Transmission,
}

fn part(section: &RawSection) -> Part {
    match section.role.first() {
        None => Part::Opening,
        Some(
            SectionRole::Problem
            | SectionRole::Hazard
            | SectionRole::Risk
            | SectionRole::FailureSigns
            | SectionRole::Background,
        ) => Part::Reason,
        Some(
            SectionRole::UserActions
            | SectionRole::ManufacturerActions
            | SectionRole::PatientManagement,
        ) => Part::Action,
        Some(SectionRole::Contacts) => Part::General,
        Some(SectionRole::Transmission) => Part::Transmission,
    }
}

/// How the headings of the notice's sections are printed within a part.
#[derive(Debug, Clone, Copy)]
pub(super) enum Headings {
    /// Numbered within the part, e.g. "2.1 …".
    Numbered(usize),
    /// As written.
    Plain,
    /// Unnumbered headings inside the part.
    Unnumbered,
    /// Left out: the template's own heading stands for them.
    Omitted,
}

/// A numbered heading of the template, e.g. "1. Device information".
fn numbered(number: usize, text: String) -> Block {
    Block::Heading {
        text: format!("{number}. {text}"),
    }
}

impl Composer<'_> {
    /// The body, and the blocks after the signatures.
    pub(super) fn eu_2018_body(
        &mut self,
        notice: &Notice,
        date_line: &str,
    ) -> (Vec<Block>, Vec<Block>) {
        let mut body = vec![Block::Fields {
            rows: self.header(notice, date_line),
        }];
        body.push(Block::Paragraph {
            content: self.inline(&notice.salutation),
        });
        self.sections(
            notice,
            |s| part(s) == Part::Opening,
            Headings::Plain,
            &mut body,
        );

        body.push(numbered(1, self.text("eu-section-device")));
        body.push(Block::ProductTable(self.product_table(notice)));
        self.udi_reasons(notice, &mut body);

        body.push(numbered(2, self.text("eu-section-reason")));
        self.sections(
            notice,
            |s| part(s) == Part::Reason,
            Headings::Numbered(2),
            &mut body,
        );

        body.push(numbered(3, self.text("eu-section-action")));
        self.sections(
            notice,
            |s| part(s) == Part::Action,
            Headings::Numbered(3),
            &mut body,
        );
        let rows = self.reply_and_patients(notice);
        body.push(Block::Fields { rows });

        body.push(numbered(4, self.text("eu-section-general")));
        let mut rows = self.fsn_type(notice);
        rows.extend(self.manufacturer(notice));
        body.push(Block::Fields { rows });
        body.push(Block::Paragraph {
            content: self.inline("eu-authority-informed"),
        });
        self.sections(
            notice,
            |s| part(s) == Part::General,
            Headings::Numbered(4),
            &mut body,
        );
        if let Some(attachments) = self.attachments(notice) {
            body.push(Block::Fields {
                rows: vec![attachments],
            });
        }

        let after = self.transmission(notice, "eu-section-transmission", "eu-transmission");
        (body, after)
    }

    /// The layout's transmission heading over the notice's `transmission` sections, or over
    /// the layout's own wording when the notice has none.
    pub(super) fn transmission(
        &mut self,
        notice: &Notice,
        heading: &str,
        fallback: &str,
    ) -> Vec<Block> {
        let mut after = vec![Block::Heading {
            text: self.text(heading),
        }];
        let before = after.len();
        self.sections(
            notice,
            |s| part(s) == Part::Transmission,
            Headings::Omitted,
            &mut after,
        );
        if after.len() == before {
            after.push(Block::Paragraph {
                content: self.inline(fallback),
            });
        }
        after
    }

    /// The header table: commercial names, FSCA identifier, type of action, date, audience,
    /// contacts.
    fn header(&mut self, notice: &Notice, date_line: &str) -> Vec<Field> {
        let mut rows = vec![self.commercial_names(notice)];
        rows.extend(self.fsca_id(notice));
        rows.extend(self.action_type(notice));
        rows.push(self.field("field-date", date_line));
        rows.extend(self.attention(notice));
        if !notice.issuer.contacts.is_empty() {
            let contacts: Vec<String> = notice
                .issuer
                .contacts
                .iter()
                .map(|contact| format!("{} {}", self.text(&contact.label), contact.email))
                .collect();
            rows.push(Field {
                label: self.text("field-contact"),
                value: lines(contacts),
            });
        }
        rows
    }

    /// The products' names, one per line.
    pub(super) fn commercial_names(&mut self, notice: &Notice) -> Field {
        let names: Vec<String> = notice
            .products
            .iter()
            .map(|product| self.literal_or_message(&product.name))
            .collect();
        Field {
            label: self.text("field-commercial-name"),
            value: lines(names),
        }
    }

    /// The notice's sections that `wanted` picks, with their blocks. The product table is
    /// left out: the layouts print it in a part of its own.
    pub(super) fn sections(
        &mut self,
        notice: &Notice,
        wanted: impl Fn(&RawSection) -> bool,
        headings: Headings,
        out: &mut Vec<Block>,
    ) {
        let mut count = 0;
        for section in notice.sections.iter().filter(|s| wanted(s)) {
            if let Some(heading) = &section.heading {
                match headings {
                    Headings::Numbered(number) => {
                        count += 1;
                        let text = self.text(heading);
                        out.push(Block::Subheading {
                            text: format!("{number}.{count} {text}"),
                        });
                    }
                    Headings::Plain => out.push(Block::Heading {
                        text: self.text(heading),
                    }),
                    Headings::Unnumbered => out.push(Block::Subheading {
                        text: self.text(heading),
                    }),
                    Headings::Omitted => {}
                }
            }
            for block in &section.blocks {
                if !matches!(block, RawBlock::ProductTable) {
                    out.push(self.block(block, notice));
                }
            }
        }
    }

    /// Why a product has no UDI-DI, product by product.
    pub(super) fn udi_reasons(&mut self, notice: &Notice, out: &mut Vec<Block>) {
        let rows: Vec<Field> = notice
            .products
            .iter()
            .filter_map(|product| {
                let reason = product.udi_di_reason.as_deref()?;
                Some(Field {
                    label: self.literal_or_message(&product.name),
                    value: self.inline(reason),
                })
            })
            .collect();
        if !rows.is_empty() {
            out.push(Block::Fields { rows });
        }
    }

    /// Whether a reply is required and by when, and whether patients must be informed.
    fn reply_and_patients(&mut self, notice: &Notice) -> Vec<Field> {
        let required = notice.form.is_some() || notice.regulatory.reply_by.is_some();
        let mut rows = vec![self.message_field("field-reply-required", yes_no(required))];
        rows.extend(self.reply_by(notice));
        rows.extend(self.inform_patients(notice));
        rows
    }

    /// The reply forms the notice comes with.
    fn attachments(&mut self, notice: &Notice) -> Option<Field> {
        let form = notice.form.as_ref()?;
        let mut names = vec![self.text(&form.heading)];
        if has_distributor_part(notice) {
            names.push(self.text("eu-distributor-form"));
        }
        Some(Field {
            label: self.text("field-attachments"),
            value: lines(names),
        })
    }

    /// The customer reply form (every element but the distributor's) and, when the notice
    /// asks distributors anything, the distributor/importer reply form (their elements and
    /// those without a role, such as the person and the signature).
    pub(super) fn eu_2018_forms(&mut self, notice: &Notice) -> (Option<Form>, Vec<Form>) {
        let Some(raw) = &notice.form else {
            return (None, Vec::new());
        };
        let mut customer = self.form(raw, notice);
        let all = std::mem::take(&mut customer.elements);
        let mut elements = Vec::new();
        for (element, composed) in raw.elements.iter().zip(all) {
            if is_distributor_part(element) {
                elements.push(composed);
            } else {
                if element.role().is_none() {
                    elements.push(composed.clone());
                }
                customer.elements.push(composed);
            }
        }
        if !has_distributor_part(notice) {
            return (Some(customer), Vec::new());
        }
        let heading = self.text("eu-distributor-form");
        let distributor = Form {
            intro: vec![Block::Paragraph {
                content: self.inline("eu-distributor-form-intro"),
            }],
            title: heading.clone(),
            heading,
            elements,
            // Distributors answer by the same date as customers.
            reply_by: customer.reply_by.clone(),
        };
        (Some(customer), vec![distributor])
    }
}

fn is_distributor_part(element: &RawFormElement) -> bool {
    element.role() == Some(FormRole::DistributorReply)
}

fn has_distributor_part(notice: &Notice) -> bool {
    notice
        .form
        .as_ref()
        .is_some_and(|form| form.elements.iter().any(is_distributor_part))
}
