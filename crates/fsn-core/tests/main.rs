//! The tests of fsn-core through its public API, in one binary: the composed text of every
//! notice as snapshots, dates against CLDR, and property tests of the parsers and the pipeline.

mod cldr_dates;
mod compose;
mod properties;

#[path = "support/frozen.rs"]
mod frozen;
