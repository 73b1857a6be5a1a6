//! The regulatory facts of a notice as labelled rows: FSCA identifier, type of action, FSN
//! type, previous notice, audience, reply deadline, patients, and the manufacturer's
//! registration data. Each row is printed only when the notice (or its issuer) sets the fact.
//! The labels are the shared wording of `locales/<lang>/layouts/regulatory.ftl`.

use super::composer::Composer;
use crate::document::{Field, Inline, Span};
use crate::model::FsnType;
use crate::validate::Notice;

/// Whether the issuer gives any registration data (SRN, address, website).
pub(super) fn has_registration(notice: &Notice) -> bool {
    let manufacturer = &notice.regulatory.manufacturer;
    manufacturer.srn.is_some() || !manufacturer.address.is_empty() || manufacturer.website.is_some()
}

/// Lines as inline content, joined by line breaks.
pub(super) fn lines(lines: impl IntoIterator<Item = String>) -> Inline {
    let mut inline = Vec::new();
    for line in lines {
        if !inline.is_empty() {
            inline.push(Span::plain("\n"));
        }
        inline.push(Span::plain(line));
    }
    inline
}

impl Composer<'_> {
    /// A row of plain text.
    pub(super) fn field(&mut self, label: &str, value: impl Into<String>) -> Field {
        Field {
            label: self.text(label),
            value: vec![Span::plain(value)],
        }
    }

    /// A row whose value is a message, e.g. "yes".
    pub(super) fn message_field(&mut self, label: &str, message: &str) -> Field {
        let value = self.inline(message);
        Field {
            label: self.text(label),
            value,
        }
    }

    /// A date as the notice prints dates in this language (CLDR, the notice's date locale).
    pub(super) fn long_date(
        &mut self,
        notice: &Notice,
        date: crate::base::date::IsoDate,
    ) -> String {
        let lang = self.catalog.lang().to_string();
        date.long(notice.date_locale(&lang))
            .unwrap_or_else(|message| {
                self.diagnostics
                    .push(crate::base::diagnostic::Diagnostic::error(
                        "fsn::compose::date",
                        message,
                    ));
                date.to_string()
            })
    }

    /// The facts the letter prints before its salutation.
    pub(super) fn letter_facts(&mut self, notice: &Notice) -> Vec<Field> {
        let mut rows = Vec::new();
        rows.extend(self.fsca_id(notice));
        rows.extend(self.action_type(notice));
        rows.extend(self.fsn_type(notice));
        rows.extend(self.attention(notice));
        rows.extend(self.reply_by(notice));
        rows.extend(self.inform_patients(notice));
        rows
    }

    pub(super) fn fsca_id(&mut self, notice: &Notice) -> Option<Field> {
        let id = notice.regulatory.fsca_id.as_deref()?;
        Some(self.field("field-fsca-id", id))
    }

    pub(super) fn action_type(&mut self, notice: &Notice) -> Option<Field> {
        let id = notice.regulatory.action_type.as_deref()?;
        Some(self.message_field("field-action-type", id))
    }

    /// The FSN type and, for an update or follow-up, the previous notice and what is new.
    pub(super) fn fsn_type(&mut self, notice: &Notice) -> Vec<Field> {
        let regulatory = &notice.regulatory;
        let mut rows = Vec::new();
        if let Some(kind) = regulatory.fsn_type {
            let message = match kind {
                FsnType::New => "fsn-type-new",
                FsnType::Update => "fsn-type-update",
                FsnType::FollowUp => "fsn-type-follow-up",
                FsnType::Other => "fsn-type-other",
            };
            rows.push(self.message_field("field-fsn-type", message));
        }
        if let Some(previous) = &regulatory.previous_notice {
            let date = self.long_date(notice, previous.issued);
            let value = format!("{}, {date}", previous.reference);
            rows.push(self.field("field-previous-notice", value));
            if let Some(id) = &previous.key_information {
                rows.push(self.message_field("field-key-information", id));
            }
        }
        rows
    }

    pub(super) fn attention(&mut self, notice: &Notice) -> Option<Field> {
        let audience = &notice.regulatory.attention;
        if audience.is_empty() {
            return None;
        }
        let names: Vec<String> = audience.iter().map(|id| self.text(id)).collect();
        Some(Field {
            label: self.text("field-attention"),
            value: lines(names),
        })
    }

    pub(super) fn reply_by(&mut self, notice: &Notice) -> Option<Field> {
        let date = notice.regulatory.reply_by?;
        let date = self.long_date(notice, date);
        Some(self.field("field-reply-by", date))
    }

    pub(super) fn inform_patients(&mut self, notice: &Notice) -> Option<Field> {
        let inform = notice.regulatory.inform_patients?;
        Some(self.message_field("field-inform-patients", yes_no(inform)))
    }

    /// The manufacturer's name and the registration data the issuer gives.
    pub(super) fn manufacturer(&mut self, notice: &Notice) -> Vec<Field> {
        let manufacturer = &notice.regulatory.manufacturer;
        let mut rows = vec![self.field("field-manufacturer", notice.issuer.name.clone())];
        if !manufacturer.address.is_empty() {
            rows.push(Field {
                label: self.text("field-address"),
                value: lines(manufacturer.address.iter().cloned()),
            });
        }
        if let Some(website) = &manufacturer.website {
            rows.push(Field {
                label: self.text("field-website"),
                value: vec![Span::styled(website, false, false, web_link(website))],
            });
        }
        if let Some(srn) = &manufacturer.srn {
            rows.push(self.field("field-srn", srn));
        }
        rows
    }
}

/// The shared message of a yes or a no.
pub(super) fn yes_no(value: bool) -> &'static str {
    if value { "form-yes" } else { "form-no" }
}

/// A website as a link target, when it is one composition lets through (`http`, `https`).
fn web_link(website: &str) -> Option<String> {
    let lower = website.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| website.to_owned())
}
