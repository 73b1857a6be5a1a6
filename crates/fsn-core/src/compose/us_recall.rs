//! A US recall letter as a layout: the marking 21 CFR 7.49(b) asks for ("URGENT: MEDICAL
//! DEVICE RECALL", or CORRECTION as the notice's `us-action` says) above the notice's titles,
//! and the headings of FDA's model recall letter: affected products, reason for the recall (or
//! correction), risk to health, how to recognize that the device may fail, actions to take, the
//! manufacturer's actions, reporting adverse events to MedWatch, contact for questions; the
//! request to pass the letter on follows the signatures.
//!
//! Sections are placed by their roles, as in the EU layout; a heading whose part has no
//! section is left out, but for the products, MedWatch and the contact. The wording is in
//! `locales/en/layouts/us-recall.ftl`, in English only: 7.49 concerns the US letter.
//! See: issue 14.

use super::composer::Composer;
use super::eu2018::Headings;
use crate::document::{Block, Field};
use crate::model::{RawSection, SectionRole, UsAction};
use crate::validate::Notice;

/// The messages of the letter that name its action, one set per `us-action`: a correction's
/// letter says "correction" wherever a recall's says "recall".
struct ActionWording {
    marking: &'static str,
    reason: &'static str,
    transmission: &'static str,
}

fn action_wording(action: UsAction) -> ActionWording {
    match action {
        UsAction::Recall => ActionWording {
            marking: "us-marking-recall",
            reason: "us-section-reason-recall",
            transmission: "us-section-transmission-recall",
        },
        UsAction::Correction => ActionWording {
            marking: "us-marking-correction",
            reason: "us-section-reason-correction",
            transmission: "us-section-transmission-correction",
        },
    }
}

/// Whether a section's first role is one of `roles`.
fn first_role_in(section: &RawSection, roles: &[SectionRole]) -> bool {
    section
        .role
        .first()
        .is_some_and(|role| roles.contains(role))
}

/// Letters and digits, lower case: "URGENT: MEDICAL DEVICE RECALL" and "Urgent Medical
/// Device Recall" say the same.
fn normalised(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Composer<'_> {
    /// The marking of the notice's action, then the notice's titles that do not repeat it.
    pub(super) fn us_recall_titles(&mut self, notice: &Notice, titles: Vec<String>) -> Vec<String> {
        let marking = self.text(action_wording(notice.regulatory.us_action).marking);
        let key = normalised(&marking);
        let mut all = vec![marking];
        all.extend(titles.into_iter().filter(|title| normalised(title) != key));
        all
    }

    /// The body, and the blocks after the signatures.
    pub(super) fn us_recall_body(
        &mut self,
        notice: &Notice,
        date_line: &str,
    ) -> (Vec<Block>, Vec<Block>) {
        use SectionRole::{
            Background, Contacts, FailureSigns, Hazard, ManufacturerActions, PatientManagement,
            Problem, Risk, UserActions,
        };
        let wording = action_wording(notice.regulatory.us_action);
        let mut rows = vec![self.commercial_names(notice)];
        rows.push(self.field("field-date", date_line));
        rows.extend(self.fsca_id(notice));
        rows.extend(self.attention(notice));
        let mut body = vec![Block::Fields { rows }];
        body.push(Block::Paragraph {
            content: self.inline(&notice.salutation),
        });
        self.sections(notice, |s| s.role.is_empty(), Headings::Plain, &mut body);

        body.push(Block::Heading {
            text: self.text("us-section-products"),
        });
        body.push(Block::ProductTable(self.product_table(notice)));
        self.udi_reasons(notice, &mut body);

        self.part(notice, wording.reason, &[Problem, Background], &mut body);
        self.part(notice, "us-section-risk", &[Hazard, Risk], &mut body);
        self.part(notice, "us-section-recognize", &[FailureSigns], &mut body);
        let actions = [UserActions, PatientManagement];
        self.part(notice, "us-section-actions", &actions, &mut body);
        let mut reply: Vec<Field> = self.reply_by(notice).into_iter().collect();
        reply.extend(self.inform_patients(notice));
        if !reply.is_empty() {
            body.push(Block::Fields { rows: reply });
        }
        let manufacturer = [ManufacturerActions];
        self.part(notice, "us-section-manufacturer", &manufacturer, &mut body);

        body.push(Block::Heading {
            text: self.text("us-section-reporting"),
        });
        body.push(Block::Paragraph {
            content: self.inline("us-medwatch"),
        });
        body.push(Block::Heading {
            text: self.text("us-section-contact"),
        });
        let contacts = |s: &RawSection| first_role_in(s, &[Contacts]);
        self.sections(notice, contacts, Headings::Omitted, &mut body);

        let after = self.transmission(notice, wording.transmission, "us-transmission");
        (body, after)
    }

    /// A heading of the model letter over the sections whose first role is one of `roles`;
    /// nothing when there is none.
    fn part(
        &mut self,
        notice: &Notice,
        heading: &str,
        roles: &[SectionRole],
        out: &mut Vec<Block>,
    ) {
        if !notice.sections.iter().any(|s| first_role_in(s, roles)) {
            return;
        }
        out.push(Block::Heading {
            text: self.text(heading),
        });
        // One section: the model letter's heading stands for its own. Several: each keeps its
        // heading inside the part.
        let count = notice
            .sections
            .iter()
            .filter(|s| first_role_in(s, roles))
            .count();
        let headings = if count == 1 {
            Headings::Omitted
        } else {
            Headings::Unnumbered
        };
        let wanted = |s: &RawSection| first_role_in(s, roles);
        self.sections(notice, wanted, headings, out);
    }
}
