//! The core of fsn: the notice model, validation, localisation and composition.
//!
//! Data flows one way: TOML text → [`RawNotice`] → validated [`Notice`] → localised
//! [`Document`] per language. Backends take a [`Document`] and never see TOML or Fluent.
//! The translators' workflow on top of it (lint, review records, XLIFF) is the `fsn-l10n`
//! crate.

pub mod barcode;
pub mod compose;
pub mod country;
pub mod date;
pub mod diagnostic;
pub mod document;
pub mod figure;
pub mod ftl_help;
pub mod image;
pub mod l10n;
pub mod language_code;
pub mod limits;
pub mod lots;
pub mod markdown;
pub mod model;
pub mod names;
pub mod profile;
pub mod project;
pub mod regulatory;
pub mod schema;
pub mod theme;
pub mod toml_spans;
pub mod validate;
pub mod xml;

pub use self::compose::compose;
pub use self::diagnostic::{Diagnostic, Diagnostics, Location, Severity, SourceFile};
pub use self::document::Document;
pub use self::model::RawNotice;
pub use self::project::{LoadedNotice, Repository};
pub use self::validate::{Notice, validate};
