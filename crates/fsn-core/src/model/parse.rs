//! Reading `notice.toml`, `issuer.toml` and profiles from TOML text, with every shape error
//! located and, where it can be, several reported in one run.

use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::base::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::model::{RawAside, RawForm, RawListItem, RawProductTable, RawUdiDi, Text};

/// Parses a TOML file into `T`, turning syntax and shape errors into located diagnostics.
///
/// serde stops at the first shape error. To report the others in the same run, the value at
/// fault is taken out of the parsed tree and the rest is read again, up to a bound; an author
/// fixing a notice sees every wrong field at once, not one per run.
pub fn parse_toml<T: DeserializeOwned>(file: &Arc<SourceFile>) -> Result<T, Diagnostics> {
    /// Enough for any real file; bounds the work on hostile input.
    const MAX_SHAPE_ERRORS: usize = 50;

    let (mut tree, syntax_errors) = toml::de::DeTable::parse_recoverable(file.text());
    if !syntax_errors.is_empty() {
        return Err(Diagnostics(
            syntax_errors
                .iter()
                .map(|error| toml_diagnostic("fsn::toml::syntax", error, file))
                .collect(),
        ));
    }
    let mut diagnostics = Diagnostics::default();
    let mut removed_keys: Vec<String> = Vec::new();
    for _ in 0..MAX_SHAPE_ERRORS {
        let error = match T::deserialize(toml::de::Deserializer::from(tree.clone())) {
            Ok(value) if diagnostics.0.is_empty() => return Ok(value),
            Ok(_) => break,
            Err(error) => error,
        };
        // The same error again means taking values out did not get past it: stop.
        let repeated = diagnostics.0.last().is_some_and(|last| {
            last.message == humanize(error.message())
                && last.location.as_ref().map(|location| location.span.clone()) == error.span()
        });
        if repeated {
            break;
        }
        let Some(span) = error.span() else {
            diagnostics.push(toml_diagnostic("fsn::toml::schema", &error, file));
            break;
        };
        let span = refine_span::<T>(&tree, span, error.message());
        // A field is "missing" because an earlier error took out its value: already reported.
        let consequence = removed_keys.iter().any(|key| {
            error
                .message()
                .starts_with(&format!("missing field `{key}`"))
        });
        if !consequence {
            diagnostics
                .push(toml_diagnostic("fsn::toml::schema", &error, file).at(file, span.clone()));
        }
        match remove_value_at(tree.get_mut(), &span) {
            Some(key) => removed_keys.extend(key),
            None => break,
        }
    }
    Err(diagnostics)
}

/// How many items `refine_span` tries before it settles for the list's place.
const MAX_TRIES: usize = 32;

/// A sharper place for an error serde reports at a whole list: tables told apart by a field
/// (`kind = "date"`) are read from a buffered copy, so their errors carry the span of the
/// list, not of the item. For an unknown field, the culprit is the item whose copy of that
/// key, taken out, makes the error go without leaving the field missing.
fn refine_span<T: DeserializeOwned>(
    tree: &toml::Spanned<toml::de::DeTable<'_>>,
    span: std::ops::Range<usize>,
    message: &str,
) -> std::ops::Range<usize> {
    let Some(field) = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
    else {
        return span;
    };
    let Some(items) = find_list_at(tree.get_ref(), &span) else {
        return span;
    };
    let candidates = items.iter().filter_map(|item| match item.get_ref() {
        toml::de::DeValue::Table(entries) => entries
            .iter()
            .find(|(key, _)| key.get_ref() == field)
            .map(|(key, _)| key.span()),
        _ => None,
    });
    let missing = format!("missing field `{field}`");
    // Each try reads the whole file again: a few dozen bound the work on hostile input.
    for candidate in candidates.take(MAX_TRIES) {
        let mut trial = tree.clone();
        if remove_value_at(trial.get_mut(), &candidate).is_none() {
            continue;
        }
        match T::deserialize(toml::de::Deserializer::from(trial)) {
            Ok(_) => return candidate,
            Err(error) if error.message() != message && !error.message().starts_with(&missing) => {
                return candidate;
            }
            Err(_) => {}
        }
    }
    span
}

/// The list whose span, or whose first item's span, is `span`.
fn find_list_at<'t, 'a>(
    table: &'t toml::de::DeTable<'a>,
    span: &std::ops::Range<usize>,
) -> Option<&'t toml::de::DeArray<'a>> {
    table
        .iter()
        .find_map(|(_, value)| find_list_within(value, span))
}

fn find_list_within<'t, 'a>(
    value: &'t toml::Spanned<toml::de::DeValue<'a>>,
    span: &std::ops::Range<usize>,
) -> Option<&'t toml::de::DeArray<'a>> {
    match value.get_ref() {
        toml::de::DeValue::Array(items) => {
            let here = value.span() == *span
                || items
                    .iter()
                    .next()
                    .is_some_and(|first| first.span() == *span);
            if here {
                Some(items)
            } else {
                items.iter().find_map(|item| find_list_within(item, span))
            }
        }
        toml::de::DeValue::Table(table) => find_list_at(table, span),
        _ => None,
    }
}

/// Takes the innermost entry or array item at `span` out of the tree. Returns `Some` when
/// something was removed, with the key's name when it was a table entry.
fn remove_value_at(
    table: &mut toml::de::DeTable<'_>,
    span: &std::ops::Range<usize>,
) -> Option<Option<String>> {
    for (_, value) in table.iter_mut() {
        if let Some(removed) = remove_within(value.get_mut(), span) {
            return Some(removed);
        }
    }
    let key = table
        .iter()
        .find(|(key, value)| {
            key.span() == *span
                || value.span() == *span
                || (key.span().start <= span.start && span.end <= value.span().end)
        })
        .map(|(key, _)| key.clone())?;
    table.remove(&key)?;
    Some(Some(key.get_ref().to_string()))
}

fn remove_within(
    value: &mut toml::de::DeValue<'_>,
    span: &std::ops::Range<usize>,
) -> Option<Option<String>> {
    let toml::de::DeValue::Table(table) = value else {
        let toml::de::DeValue::Array(array) = value else {
            return None;
        };
        let mut drop_item = None;
        let mut removed = None;
        for (index, item) in array.iter_mut().enumerate() {
            if item.span() == *span {
                drop_item = Some(index);
                removed = Some(None);
                break;
            }
            if let Some(key) = remove_within(item.get_mut(), span) {
                // An item left empty (`{ paragraf = "x" }` without its only key) goes too.
                let emptied =
                    matches!(item.get_ref(), toml::de::DeValue::Table(table) if table.is_empty());
                drop_item = emptied.then_some(index);
                removed = Some(key);
                break;
            }
        }
        if let Some(position) = drop_item {
            let mut kept = toml::de::DeArray::new();
            for (index, item) in array.iter().enumerate() {
                if index != position {
                    kept.push(item.clone());
                }
            }
            *array = kept;
        }
        return removed;
    };
    remove_value_at(table, span)
}

/// serde's wording, minus the names of Rust types, in the words of notices/README.md.
fn humanize(message: &str) -> String {
    // serde words its errors with the Rust names of the types; each phrase names its type
    // through `shape!`, so renaming a type fails to compile here rather than changing what
    // authors read.
    macro_rules! shape {
        (untagged $ty:ident, $to:expr) => {{
            let _ = std::marker::PhantomData::<$ty>;
            (
                concat!(
                    "data did not match any variant of untagged enum ",
                    stringify!($ty)
                ),
                $to,
            )
        }};
        (struct $ty:ident, $to:expr) => {{
            let _ = std::marker::PhantomData::<$ty>;
            (concat!("expected struct ", stringify!($ty)), $to)
        }};
    }
    const PHRASES: [(&str, &str); 10] = [
        shape!(untagged Text, "expected text: \"literal\" or { message = \"id\" }"),
        shape!(untagged RawUdiDi, "expected a list of UDI-DIs, or \"not-available\""),
        shape!(
            untagged RawListItem,
            "expected a list item: \"id\" or { text = \"id\", paragraphs = [\"id\", …], \
             bullets = […] or steps = […] }"
        ),
        (
            "wanted exactly 1 element, found 0 elements",
            "a block names exactly one kind, e.g. { paragraph = \"id\" }",
        ),
        (
            "wanted exactly 1 element, more than 1 element",
            "a block names exactly one kind, e.g. { paragraph = \"id\" }",
        ),
        ("expected a sequence", "expected a list"),
        shape!(struct RawProductTable, "expected a table"),
        shape!(struct RawForm, "expected a table"),
        shape!(struct RawAside, "expected a table"),
        ("as i128", ""),
    ];
    let mut message = message.trim_end_matches('\n').to_owned();
    for (from, to) in PHRASES {
        message = message.replace(from, to);
    }
    message.trim_end().to_owned()
}

fn toml_diagnostic(
    code: &'static str,
    error: &toml::de::Error,
    file: &Arc<SourceFile>,
) -> Diagnostic {
    let message = humanize(error.message());
    let help = if message.starts_with("unknown field") {
        "remove the field or correct its spelling; see notices/README.md for the fields"
    } else if message.starts_with("missing field") {
        "add the field; see notices/README.md for the fields"
    } else if code == "fsn::toml::syntax" {
        "see https://toml.io for the syntax"
    } else {
        "see notices/README.md for the expected shape"
    };
    let diagnostic = Diagnostic::error(code, message).with_help(help);
    match error.span() {
        Some(span) => diagnostic.at(file, span),
        None => diagnostic,
    }
}
