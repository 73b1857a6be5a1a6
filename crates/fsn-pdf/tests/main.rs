//! The tests of fsn-pdf through its public API, in one binary: composed documents rendered to
//! PDF and read back with other tools than typst (poppler, the file's bytes).

mod archival;
mod common;
mod poppler;
mod render;

#[path = "../../fsn-core/tests/support/frozen.rs"]
mod frozen;
