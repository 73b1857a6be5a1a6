//! What every stage shares and none owns: diagnostics with their spans, limits, the name
//! rules, dates, countries and language codes, and the bounded XML reader. Nothing here reads
//! a file.

pub mod country;
pub mod date;
pub mod diagnostic;
pub mod language_code;
pub mod limits;
pub mod names;
pub mod toml_spans;
pub mod xml;
