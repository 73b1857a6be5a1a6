//! Where a notice names a message: every reference validation finds, for the loader to look
//! up in each language's catalog.

use std::sync::Arc;

use crate::base::diagnostic::SourceFile;

/// Where a message is referenced, so a missing message can be reported there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRef {
    /// The message id.
    pub id: String,
    /// The file that names it.
    pub file: Arc<SourceFile>,
    /// Where in that file.
    pub span: std::ops::Range<usize>,
}
