//! Lots and serial numbers of the affected products as written: a product may list lots
//! (`{ lot = "L2301", expiry = 2026-03-31 }`), single serial numbers (`{ serial = "SN0042" }`)
//! and serial ranges (`{ first = "CON000001", last = "CON005472" }`).

use schemars::JsonSchema;
use serde::Deserialize;

/// A lot, a serial number or a range of serial numbers of a product, as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawLot {
    /// Lot (batch) number, as on the label, e.g. `"L2301A"`.
    pub lot: Option<String>,
    /// A single serial number, e.g. `"SN0042"`.
    pub serial: Option<String>,
    /// First serial number of a range, e.g. `"CON000001"`; with `last`.
    pub first: Option<String>,
    /// Last serial number of a range, e.g. `"CON005472"`; with `first`.
    pub last: Option<String>,
    /// Expiry date, a TOML local date (`2026-03-31`).
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub expiry: Option<toml::value::Datetime>,
    /// Manufacture date, a TOML local date.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub manufactured: Option<toml::value::Datetime>,
}

/// Where the table of lots and serial numbers prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LotPlacement {
    /// Under the product table up to 40 rows, in the annex above.
    #[default]
    Auto,
    /// Under the product table, however long (it breaks across pages, its header repeated).
    Table,
    /// In "Annex A" after the letter, before the reply form; the letter refers to it.
    Annex,
}
