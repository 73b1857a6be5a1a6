//! Which optional shared wording a notice prints: the layouts' and the regulatory facts'
//! messages, and those of lots and form pieces, each a layer loaded only for the notices that
//! print it.

use crate::model::blocks::letter_blocks;
use crate::model::{RawIssuer, RawNotice};

/// The shared wording of the regulatory facts and of the layouts other than the letter,
/// under `locales/<lang>/`. It is a layer of its own, loaded only for notices that print it,
/// so that its draft translations do not make every letter a draft.
pub const LAYOUT_WORDING: &str = "layouts/regulatory.ftl";

/// The folders under `locales/<lang>/` that hold shared wording only some notices load.
pub const OPTIONAL_WORDING_DIRS: [&str; 2] = ["layouts", "pieces"];

/// The wording of the `us-recall` layout, under `locales/en/` only.
pub const US_RECALL_WORDING: &str = "layouts/us-recall.ftl";

/// The wording of lots, serial numbers and the form pieces that came with them (quantities,
/// the certificate of destruction, checklist alternatives, deadlines, the reply-by line),
/// under `locales/<lang>/`. Like the layouts' wording it is loaded only for notices that
/// print it, so that its translations, drafts until reviewed, keep no other notice from
/// being published.
pub const LOTS_AND_FORMS_WORDING: &str = "pieces/lots-and-forms.ftl";

/// The optional wording a notice prints: [`LAYOUT_WORDING`] for a layout other than the
/// letter or a regulatory fact the letter prints when it is set (see `compose`), the layout's
/// own, and [`LOTS_AND_FORMS_WORDING`] when it uses those pieces. A piece missed here fails
/// loudly: composition reports the messages it cannot find.
pub fn optional_wording(raw: &RawNotice, issuer: &RawIssuer) -> Vec<&'static str> {
    use crate::model::Layout;
    let mut wording = match raw.layout.or(issuer.layout).unwrap_or_default() {
        Layout::UsRecall => vec![LAYOUT_WORDING, US_RECALL_WORDING],
        Layout::Eu2018 => vec![LAYOUT_WORDING],
        Layout::Letter if prints_facts(raw, issuer) => vec![LAYOUT_WORDING],
        Layout::Letter => Vec::new(),
    };
    if uses_lots_or_form_pieces(raw) {
        wording.push(LOTS_AND_FORMS_WORDING);
    }
    wording
}

/// Whether the notice prints any of [`LOTS_AND_FORMS_WORDING`]'s messages.
fn uses_lots_or_form_pieces(raw: &RawNotice) -> bool {
    use crate::model::{RawBlock, RawChecklistStep, RawFormElement, RawListItem};

    fn has_deadline(items: &[RawListItem]) -> bool {
        items.iter().any(|item| match item {
            RawListItem::Message(_) => false,
            RawListItem::WithParagraphs {
                bullets,
                steps,
                deadline,
                ..
            } => {
                deadline.is_some()
                    || bullets.as_deref().is_some_and(has_deadline)
                    || steps.as_deref().is_some_and(has_deadline)
            }
        })
    }
    let lots = raw.products.iter().any(|product| !product.lots.is_empty());
    let list_deadlines = letter_blocks(&raw.sections).any(|(_, _, block)| match block {
        RawBlock::Bullets(items) | RawBlock::Steps(items) => has_deadline(items),
        RawBlock::Paragraph(_)
        | RawBlock::Note(_)
        | RawBlock::ProductTable
        | RawBlock::Figure(_) => false,
    });
    let form_pieces = raw.form.as_ref().is_some_and(|form| {
        raw.reply_by.is_some()
            || form.elements.iter().any(|element| match element {
                RawFormElement::Quantities { .. }
                | RawFormElement::DestructionCertificate { .. } => true,
                RawFormElement::ActionChecklist { steps, .. } => steps.iter().any(|step| {
                    matches!(step, RawChecklistStep::Detailed { alternative, deadline, .. }
                        if alternative.is_some() || deadline.is_some())
                }),
                RawFormElement::TextField { .. }
                | RawFormElement::Person { .. }
                | RawFormElement::Table { .. }
                | RawFormElement::ProductChecklist { .. }
                | RawFormElement::Questions { .. }
                | RawFormElement::Choice { .. }
                | RawFormElement::Acknowledgement { .. }
                | RawFormElement::Signature { .. }
                | RawFormElement::Date { .. } => false,
            })
    });
    lots || list_deadlines || form_pieces
}

/// Whether a letter prints regulatory facts.
fn prints_facts(raw: &RawNotice, issuer: &RawIssuer) -> bool {
    raw.fsn_type.is_some()
        || raw.previous_notice.is_some()
        || raw.fsca_id.is_some()
        || raw.action_type.is_some()
        || raw.reply_by.is_some()
        || !raw.attention.is_empty()
        || raw.inform_patients.is_some()
        || issuer.srn.is_some()
        || !issuer.address.is_empty()
        || issuer.website.is_some()
}
