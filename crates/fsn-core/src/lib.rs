//! The core of fsn: the notice model, validation, localisation and composition.
//!
//! Data flows one way, a folder per stage, each using only the stages above it:
//!
//! ```text
//! base      diagnostics, spans, limits, names, dates, the bounded XML reader (no I/O)
//! model     notice.toml / issuer.toml text → RawNotice, RawIssuer      (model::parse)
//! validate  RawNotice + RawIssuer → Notice, every problem located      (validate::validate)
//! l10n      .ftl files → one layered Catalog per language               (l10n::Catalog)
//! document  the renderer-neutral Document: the backends' only input
//! compose   Notice + Catalog → Document                                 (compose::compose)
//! profile   regulatory rules over a loaded notice; reads nothing        (profile::enforce)
//! repo      the file system: the read gate, and Repository::load, the pipeline in order
//! ```
//!
//! Backends (fsn-pdf, fsn-html) take a [`Document`] and never see TOML, Fluent or the disk.
//! The translators' workflow on top of it (lint, review records, XLIFF) is the `fsn-l10n`
//! crate. `docs/ARCHITECTURE.md` walks through the stages.

pub mod base;
pub mod compose;
pub mod document;
pub mod l10n;
pub mod model;
pub mod profile;
pub mod repo;
pub mod validate;

pub use self::base::diagnostic::{Diagnostic, Diagnostics, Location, Severity, SourceFile};
pub use self::compose::compose;
pub use self::compose::loaded::LoadedNotice;
pub use self::document::Document;
pub use self::model::RawNotice;
pub use self::repo::Repository;
pub use self::validate::{Notice, validate};
