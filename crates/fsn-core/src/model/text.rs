//! Words of the notice: a message of the notice's language files, or a literal.

use schemars::JsonSchema;
use serde::Deserialize;

/// Text that is either the same in every language or a Fluent message.
///
/// `name = "DRAGEN Server"` is literal; `name.message = "product-dragen"` is looked up.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
pub enum Text {
    /// Language-neutral text, shown as written.
    Literal(String),
    /// A message looked up in each language.
    Message {
        /// The message id.
        message: String,
    },
}
