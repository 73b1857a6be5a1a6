//! The one checker of validation: the files being checked, their spans, and what was found.
//! Every check is a method of [`Checker`]; a problem is put at a TOML path with
//! [`Checker::notice_error`], a message reference recorded with [`Checker::notice_ref`].

use std::sync::Arc;

use super::refs::MessageRef;
use crate::base::diagnostic::{Diagnostic, SourceFile};
use crate::base::toml_spans::{Key, TomlSpans};

/// The state of one validation.
pub(super) struct Checker<'a> {
    pub(super) notice_file: &'a Arc<SourceFile>,
    pub(super) notice_spans: TomlSpans<'a>,
    pub(super) issuer_file: &'a Arc<SourceFile>,
    pub(super) issuer_spans: TomlSpans<'a>,
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) refs: Vec<MessageRef>,
}

impl Checker<'_> {
    pub(super) fn notice_error(
        &mut self,
        path: &[Key<'_>],
        code: &'static str,
        message: String,
        help: &str,
    ) {
        let span = self.notice_spans.span(path);
        self.diagnostics.push(
            Diagnostic::error(code, message)
                .at(self.notice_file, span)
                .with_help(help),
        );
    }

    pub(super) fn notice_ref(&mut self, id: &str, path: &[Key<'_>]) {
        let span = self.notice_spans.span(path);
        self.refs.push(MessageRef {
            id: id.to_owned(),
            file: Arc::clone(self.notice_file),
            span,
        });
    }
}
