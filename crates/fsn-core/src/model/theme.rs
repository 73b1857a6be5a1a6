//! `[theme]` in `issuer.toml` as written: the accent colour and the lines of the letterhead
//! and the footer.

use schemars::JsonSchema;
use serde::Deserialize;

use super::text::Text;

/// The accent of an issuer that sets none: the blue of the Illumina letterhead.
pub const DEFAULT_ACCENT: &str = "#0b5b8c";

/// Lines the letterhead has room for beside the issuer's name.
pub const MAX_LETTERHEAD_LINES: usize = 4;

/// Lines the footer has room for under the contacts and the legal line.
pub const MAX_FOOTER_LINES: usize = 3;

/// `[theme]` in `issuer.toml`: how the issuer's notices look.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawTheme {
    /// Colour of the letterhead, the title, headings, links, notes and the reply form's title
    /// row: `"#rrggbb"` or `"#rgb"`. Default `"#0b5b8c"`.
    pub accent: Option<String>,
    /// Lines beside the issuer's name at the head of every page, e.g. the postal address; each
    /// literal (`"Musterstraße 1"`) or a message (`{ message = "letterhead-country" }`). At most 4.
    #[serde(default)]
    pub letterhead: Vec<Text>,
    /// Lines at the foot of every page, under the contacts and the legal line, e.g. the
    /// registered office; literal or a message (which may use inline Markdown). At most 3.
    #[serde(default)]
    pub footer: Vec<Text>,
}
