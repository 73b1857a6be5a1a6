//! The tests of fsn-html, in one binary: pages of real and hostile documents, and a property
//! test that message text never becomes markup.

mod notice;
mod properties;

#[path = "../../fsn-core/tests/support/frozen.rs"]
mod frozen;
