//! notices/README.md, the authors' guide, explains every key of `notice.toml` and
//! `issuer.toml`, every value a key with a fixed set of values takes, and every variable a
//! message may use. The keys and values come from the JSON Schemas generated from `RawNotice`
//! and `RawIssuer` (every nested table, through `$ref`), the variables from compose's list. A
//! field added to the model fails here, by name, until the guide says what it does.
//!
//! See: issue 22 (docs a newcomer reads).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

/// Where the guide turns from `notice.toml` to `issuer.toml`: a notice's keys are looked for
/// before it, an issuer's after it.
const ISSUER_HEADING: &str = "## `issuers/<key>/issuer.toml`";

/// The guide, split into its `notice.toml` and its `issuer.toml` part.
fn guide() -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../notices/README.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text
        .find(ISSUER_HEADING)
        .unwrap_or_else(|| panic!("notices/README.md has no heading {ISSUER_HEADING:?}"));
    (text[..at].to_owned(), text[at..].to_owned())
}

/// What a schema allows: each key, and each fixed string value, with the first place it occurs
/// (`products[].lots[]`, `signatories.<key>`).
#[derive(Default)]
struct Allowed {
    keys: BTreeMap<String, String>,
    values: BTreeMap<String, String>,
}

fn allowed(schema: &str) -> Allowed {
    let root: Value = serde_json::from_str(schema).unwrap();
    let mut allowed = Allowed::default();
    walk(&root, &root, "", &mut allowed, &mut BTreeSet::new());
    assert!(
        allowed.keys.len() > 10,
        "the schema walk found only {:?}",
        allowed.keys
    );
    allowed
}

fn walk(
    root: &Value,
    node: &Value,
    path: &str,
    allowed: &mut Allowed,
    seen: &mut BTreeSet<String>,
) {
    let Some(node) = node.as_object() else {
        return;
    };
    if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
        let name = reference
            .strip_prefix("#/$defs/")
            .unwrap_or_else(|| panic!("a reference outside $defs: {reference}"));
        // Each definition once: list items nest in list items.
        if seen.insert(name.to_owned()) {
            let definition = &root["$defs"][name];
            assert!(definition.is_object(), "no definition {name}");
            walk(root, definition, path, allowed, seen);
        }
    }
    let place = if path.is_empty() {
        "the top level"
    } else {
        path
    };
    let values = node.get("enum").into_iter().flat_map(|values| {
        values
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
    });
    for value in values.chain(node.get("const").and_then(Value::as_str)) {
        allowed
            .values
            .entry(value.to_owned())
            .or_insert_with(|| place.to_owned());
    }
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        for (key, value) in properties {
            allowed
                .keys
                .entry(key.clone())
                .or_insert_with(|| place.to_owned());
            let inner = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            walk(root, value, &inner, allowed, seen);
        }
    }
    if let Some(items) = node.get("items") {
        walk(root, items, &format!("{path}[]"), allowed, seen);
    }
    if let Some(values) = node.get("additionalProperties") {
        walk(root, values, &format!("{path}.<key>"), allowed, seen);
    }
    for alternatives in ["oneOf", "anyOf", "allOf"] {
        for alternative in node
            .get(alternatives)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            walk(root, alternative, path, allowed, seen);
        }
    }
}

/// The guide's prose (inline code spans, fenced blocks left out) and its TOML examples.
struct Parts {
    code_spans: Vec<String>,
    toml_lines: Vec<String>,
}

fn parts(text: &str) -> Parts {
    let mut prose = String::new();
    let mut toml_lines = Vec::new();
    let mut fence: Option<&str> = None;
    for line in text.lines() {
        match (fence, line.trim_start().strip_prefix("```")) {
            (None, Some(language)) => fence = Some(language.trim()),
            (Some(_), Some(_)) => fence = None,
            (Some("toml"), None) => toml_lines.push(line.to_owned()),
            (Some(_), None) => {}
            (None, None) => {
                prose.push_str(line);
                prose.push('\n');
            }
        }
    }
    let code_spans = prose
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    Parts {
        code_spans,
        toml_lines,
    }
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// `key` written as a TOML key in `line`: `key = …`, `key.message = …`, `[key]`, `[[a.key]]`,
/// `{ key = … }`, also in a comment (`# key = …`, a default shown commented out).
fn toml_key_in(line: &str, key: &str) -> bool {
    line.match_indices(key).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + key.len()..].trim_start().chars().next();
        before.is_none_or(|c| c.is_whitespace() || "{[,.".contains(c))
            && !line[at + key.len()..].starts_with(is_name_char)
            && matches!(after, Some('=' | '.' | ']'))
    })
}

/// `key` explained in the guide: in a TOML example, or as inline code (`key`, `key = …`).
fn documents_key(parts: &Parts, key: &str) -> bool {
    parts.toml_lines.iter().any(|line| toml_key_in(line, key))
        || parts.code_spans.iter().any(|span| {
            span.strip_prefix(key).is_some_and(|rest| {
                rest.is_empty() || rest.trim_start().starts_with('=') || rest.starts_with('.')
            })
        })
}

/// `value` shown in the guide as a TOML string (`"eu-2018"`) or as inline code (`eu-2018`).
fn documents_value(text: &str, parts: &Parts, value: &str) -> bool {
    text.contains(&format!("\"{value}\"")) || parts.code_spans.iter().any(|span| span == value)
}

fn undocumented(file: &str, schema: &str, text: &str) -> Vec<String> {
    let allowed = allowed(schema);
    let parts = parts(text);
    let keys = allowed
        .keys
        .iter()
        .filter(|(key, _)| !documents_key(&parts, key))
        .map(|(key, place)| format!("{file}: key `{key}` (at {place})"));
    let values = allowed
        .values
        .iter()
        .filter(|(value, _)| !documents_value(text, &parts, value))
        .map(|(value, place)| format!("{file}: value \"{value}\" (of {place})"));
    keys.chain(values).collect()
}

#[test]
fn the_guide_documents_every_key_and_value_of_notice_and_issuer_files() {
    let (notice_part, issuer_part) = guide();
    let mut missing = undocumented(
        "notice.toml",
        &fsn_core::model::schema::notice_schema(),
        &notice_part,
    );
    missing.extend(undocumented(
        "issuer.toml",
        &fsn_core::model::schema::issuer_schema(),
        &issuer_part,
    ));
    assert!(
        missing.is_empty(),
        "notices/README.md does not explain (the notice.toml part before {ISSUER_HEADING:?}, \
         the issuer.toml part after it):\n  {}",
        missing.join("\n  ")
    );
}

#[test]
fn the_guide_documents_every_standard_message_variable() {
    let (notice_part, issuer_part) = guide();
    let text = notice_part + &issuer_part;
    let mentions = |variable: &str| {
        text.match_indices(&format!("${variable}"))
            .any(|(at, found)| !text[at + found.len()..].starts_with(is_name_char))
    };
    let mut missing: Vec<String> = fsn_core::compose::STANDARD_VARIABLES
        .iter()
        .filter(|variable| !mentions(variable))
        .map(|variable| format!("{{ ${variable} }}"))
        .collect();
    // One per link of the issuer (compose's `variables`).
    if !text.contains("{ $link-<key> }") {
        missing.push("{ $link-<key> }".to_owned());
    }
    assert!(
        missing.is_empty(),
        "notices/README.md does not explain the message variables {missing:?}"
    );
}

#[test]
fn a_key_counts_only_where_it_is_one() {
    let parts = parts(
        "Write `reply-by` or `document-number = \"{notice-id}\"`, not date.\n\
         ```toml\n\
         [previous-notice]\n\
         name.message = \"x\"\n\
         # form-date-style = \"numeric\"   # the caption = below\n\
         [[form.elements]]\n\
         ```\n",
    );
    for key in [
        "reply-by",
        "document-number",
        "previous-notice",
        "name",
        "form-date-style",
        "form",
        "elements",
    ] {
        assert!(documents_key(&parts, key), "{key}");
    }
    for key in ["date", "notice-id", "reply", "style", "numeric"] {
        assert!(!documents_key(&parts, key), "{key}");
    }
}
