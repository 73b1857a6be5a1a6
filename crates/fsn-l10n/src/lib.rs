//! The translators' workflow of fsn, on top of `fsn-core`: the locale lint and its content
//! checks against the source ([`lint`]), review recorded against a source per message
//! ([`review`]), and XLIFF 2.0 exchange with CAT tools ([`xliff`]).
//!
//! Each reads the repository through `fsn_core`'s `Repository` and builds Fluent catalogs
//! through `fsn_core::l10n`; none writes a file (the caller writes what they return):
//!
//! ```text
//! lint::lint_repository   Repository → every layer's .ftl files → checks, layer by layer → Diagnostics
//! review::Reviews::file   a .ftl file + its sources + its .review.toml → FileReview → Record
//! xliff::export_with      Repository → the source locale's layers + translations → XLIFF text
//! xliff::import_with      XLIFF text → targets checked against today's sources → new .ftl texts
//! ```
//!
//! Two leaf modules hold what more than one of them uses: `glossary` (the do-not-translate
//! terms, for the lint and XLIFF) and `text` (a pattern in one canonical form, for the review
//! records and the lint's "untranslated" check).

mod glossary;
pub mod lint;
pub mod review;
mod text;
pub mod xliff;
