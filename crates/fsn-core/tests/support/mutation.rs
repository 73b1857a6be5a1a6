//! Mutations of texts and the span check shared by the property tests of fsn-core and
//! fsn-l10n (each includes this file with `#[path]`).

use fsn_core::Diagnostic;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Checks that every located diagnostic lies within `text` (on char boundaries when
/// `strict`) and that it can be shown in the short form; `strict` off tolerates the known faults of Fluent syntax
/// error spans (one byte long, so they may split a multi-byte char, or end one byte past the
/// end of the text): see `ftl_syntax_error_spans_are_in_bounds_and_on_char_boundaries`.
pub(crate) fn assert_spans_within(
    text: &str,
    diagnostics: &[Diagnostic],
    strict: bool,
) -> Result<(), TestCaseError> {
    let slack = usize::from(!strict);
    for diagnostic in diagnostics {
        if let Some(location) = &diagnostic.location {
            let span = &location.span;
            prop_assert!(
                span.start <= span.end && span.end <= text.len() + slack,
                "span {span:?} outside a text of {} bytes: {diagnostic:?}",
                text.len()
            );
            prop_assert!(
                !strict || (text.is_char_boundary(span.start) && text.is_char_boundary(span.end)),
                "span {span:?} not on char boundaries: {diagnostic:?}"
            );
        }
        let _ = diagnostic.short();
    }
    Ok(())
}

/// An edit of a text: replace the chars `start..start + len` (positions taken modulo the
/// text's length) by `insert`. `len == 0` inserts, an empty `insert` deletes.
#[derive(Debug, Clone)]
pub(crate) struct Mutation {
    pub(crate) start: usize,
    pub(crate) len: usize,
    pub(crate) insert: String,
}

pub(crate) fn mutation() -> impl Strategy<Value = Mutation> {
    // Replacement text is biased toward characters that mean something to TOML, Fluent and
    // Markdown, with some arbitrary Unicode mixed in.
    let insert = prop_oneof![
        Just(String::new()),
        "[\\[\\]{}=\"'#.,\\-\n \t$*<>\\\\a-z0-9]{1,8}",
        any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ];
    (any::<usize>(), 0usize..32, insert).prop_map(|(start, len, insert)| Mutation {
        start,
        len,
        insert,
    })
}

pub(crate) fn apply(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for mutation in mutations {
        let start = mutation.start % (chars.len() + 1);
        let end = (start + mutation.len).min(chars.len());
        chars.splice(start..end, mutation.insert.chars());
    }
    chars.into_iter().collect()
}
