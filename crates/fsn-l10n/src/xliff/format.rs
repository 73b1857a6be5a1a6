//! What fsn's XLIFF documents are made of besides the standard's elements: the namespace,
//! and fsn's own unit type for patterns exported as Fluent syntax.

/// The XLIFF 2.0 namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The `type` of a unit exported as Fluent syntax (a select expression with text).
pub const FLUENT_UNIT: &str = "fsn:fluent";
/// The note on a unit exported as Fluent syntax.
pub const FLUENT_NOTE: &str = "contains a select expression: edit the Fluent syntax";
