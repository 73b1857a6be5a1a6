//! The tests of fsn-core through its public API, in one binary: the composed text of every
//! notice as snapshots, dates against CLDR, property tests of the parsers and the pipeline,
//! the documentation of every key, and the workspace's structure.

mod cldr_dates;
mod compose;
mod documented;
mod properties;
mod schema;
mod structure;

#[path = "support/frozen.rs"]
mod frozen;
