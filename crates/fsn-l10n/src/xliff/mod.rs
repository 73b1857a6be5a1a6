//! XLIFF 2.0 exchange of the Fluent messages with translators' CAT tools: export every `.ftl`
//! layer of the source locale with the target locale's translations, and import the targets back
//! into the target locale's `.ftl` files.
//!
//! One `<file>` per source `.ftl` file (`original` is its repository-relative path), one `<unit>`
//! per message value and per attribute (`msg-id`, `msg-id.attr`; terms as `-term`). Placeables
//! become `<ph>` codes whose Fluent text is kept in `<originalData>`, so a CAT tool protects them.
//! A pattern with a select expression whose variants hold text is exported as Fluent syntax in a
//! unit of `type="fsn:fluent"`, which the import parses instead of reading codes.
//!
//! Do-not-translate terms of the layer's glossary (`issuers/<key>/glossary.toml`, a notice's
//! own on top) are wrapped in `<mrk translate="no">` in source and target, and the import
//! refuses a changed target that lost one. Fluent terms (`{ -brand }`) are placeables, so
//! they are `<ph>` codes like variables: locked, and rebuilt from the source on import.
//!
//! Import rewrites only what changed: an unchanged target keeps the file's bytes, a changed one
//! replaces the value (or attribute) in place, and a new one is inserted in the source file's
//! order with the source's comment. Damaged placeholders refuse the whole file.

mod export;
mod format;
mod glossary;
mod import;
mod layers;
mod read;
mod rewrite;
mod segment;
mod targets;

pub use export::{ExportOptions, export, export_with};
pub use format::{FLUENT_NOTE, FLUENT_UNIT, NAMESPACE};
pub use import::{ImportOptions, ImportedFile, import, import_with};
pub use layers::{Layer, layers, target_path};
