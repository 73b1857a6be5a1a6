//! Byte ranges of values in a TOML file, found by their path, for diagnostics after parsing.
//!
//! serde turns the file into typed data and forgets where things were; validation finds a
//! problem later (a bad check digit, a missing message) and asks this index where the offending
//! value was written.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

/// One step of a path into a TOML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key<'a> {
    /// A table key.
    Field(&'a str),
    /// An array index.
    Index(usize),
}

impl<'a> From<&'a str> for Key<'a> {
    fn from(field: &'a str) -> Self {
        Self::Field(field)
    }
}

impl From<usize> for Key<'_> {
    fn from(index: usize) -> Self {
        Self::Index(index)
    }
}

/// The parsed TOML tree with spans.
pub struct TomlSpans<'a> {
    root: Option<toml::Spanned<DeTable<'a>>>,
}

impl<'a> TomlSpans<'a> {
    /// Indexes a document; a document that does not parse has no spans.
    pub fn new(text: &'a str) -> Self {
        Self {
            root: DeTable::parse(text).ok(),
        }
    }

    /// The span of the value at `path`, or of the deepest ancestor that exists.
    pub fn span(&self, path: &[Key<'_>]) -> Range<usize> {
        let Some(root) = &self.root else { return 0..0 };
        let mut span = root.span();
        let mut table = Some(root.get_ref());
        let mut value: Option<&DeValue<'_>> = None;
        for key in path {
            let next = match (key, table, value) {
                (Key::Field(field), Some(table), _) => table.get(*field),
                (Key::Field(field), None, Some(value)) => value.get(*field),
                (Key::Index(index), _, Some(value)) => value.get(*index),
                _ => None,
            };
            let Some(next) = next else { break };
            span = next.span();
            table = None;
            value = Some(next.get_ref());
        }
        span
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "id = \"x\"\n[[products]]\ncatalog = [\"1\", \"22\"]\n";
        let spans = TomlSpans::new(text);
        let span = spans.span(&["products".into(), 0.into(), "catalog".into(), 1.into()]);
        assert_eq!(&text[span], "\"22\"");
        // A path that goes too far stops at the deepest existing value.
        let span = spans.span(&["id".into(), "nope".into()]);
        assert_eq!(&text[span], "\"x\"");
    }
}
