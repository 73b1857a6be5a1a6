//! The tests of fsn-l10n through its public API, in one binary: the lint and the content
//! checks, review records, XLIFF exchange, and property tests of the XLIFF reader.

use std::path::{Path, PathBuf};

mod lint;
mod qa;
mod review;
mod xliff;
mod xliff_properties;

#[path = "../../fsn-core/tests/support/frozen.rs"]
mod frozen;
mod schema;

/// The repository root (two levels above this crate).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}
