//! The tests of the `fsn` command, in one binary: each module runs the binary (or the library
//! it is made of, end to end) on copies of the repository. The crates below test their own
//! parts: fsn-core the model and composition, fsn-l10n the lint, review and XLIFF, fsn-pdf
//! and fsn-html their output.

mod common;

mod bad_input;
mod browser;
mod build_once;
mod ci_recipes;
mod cli;
mod examples;
mod fidelity;
mod hostile_use;
mod images;
mod incremental;
mod injection;
mod issuer_layer;
mod kill;
mod layouts;
mod library;
mod limits;
mod lint;
mod locale;
mod lots_and_forms;
mod markdown;
mod new;
mod notice_pieces;
mod preview;
mod profiles;
mod qa;
mod readers;
mod review;
mod xliff;
