//! The state composition carries through one document: the language's catalog, the
//! notice's variables, the problems found and the pictures shown so far.

use std::collections::BTreeSet;

use crate::base::diagnostic::Diagnostic;
use crate::base::limits;
use crate::document::Inline;
use crate::document::image::Image;
use crate::l10n::{Catalog, Variables};
use crate::model::Text;

pub(super) struct Composer<'a> {
    pub(super) catalog: &'a Catalog,
    pub(super) vars: Variables,
    pub(super) diagnostics: Vec<Diagnostic>,
    /// Messages already reported as too long: a message used twice is reported once.
    pub(super) too_long: BTreeSet<String>,
    /// The pictures the document shows so far.
    pub(super) images: Vec<Image>,
}

impl Composer<'_> {
    pub(super) fn text(&mut self, id: &str) -> String {
        let text = self.catalog.text(id, &self.vars, &mut self.diagnostics);
        self.check_size(id, &text);
        text
    }

    pub(super) fn inline(&mut self, id: &str) -> Inline {
        crate::l10n::markdown::inline(&self.text(id))
    }

    /// Refuses, before layout, a message too long to lay out or a word too long for a PDF
    /// string, at the message's definition: typst would fail later without saying which
    /// message (issue 12, D16 and E).
    pub(super) fn check_size(&mut self, id: &str, text: &str) {
        let chars = text.chars().count();
        let word = limits::longest_word(text);
        let (problem, help) = if chars > limits::MAX_MESSAGE_CHARS {
            (
                format!(
                    "has {chars} characters; at most {} are laid out",
                    limits::MAX_MESSAGE_CHARS
                ),
                "split the message; the limit keeps one notice's layout within about 1 GB of memory",
            )
        } else if word > limits::MAX_WORD_CHARS {
            (
                format!(
                    "has a word of {word} characters; at most {} fit in a PDF",
                    limits::MAX_WORD_CHARS
                ),
                "break the word with spaces (a PDF/A string holds at most 32,767 bytes)",
            )
        } else {
            return;
        };
        if !self.too_long.insert(id.to_owned()) {
            return;
        }
        let mut diagnostic = Diagnostic::error(
            "fsn::compose::message_too_long",
            format!(
                "message `{id}` in locale `{}` {problem}",
                self.catalog.lang()
            ),
        )
        .with_help(help);
        let definition = self.catalog.files().iter().rev().find_map(|file| {
            crate::l10n::definition_span(file.text(), id).map(|span| (file, span))
        });
        if let Some((file, span)) = definition {
            diagnostic = diagnostic.at(file, span).with_label("defined here");
        }
        self.diagnostics.push(diagnostic);
    }

    pub(super) fn literal_or_message(&mut self, text: &Text) -> String {
        match text {
            Text::Literal(literal) => literal.clone(),
            Text::Message { message } => self.text(message),
        }
    }
}
