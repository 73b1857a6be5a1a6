//! JSON Schemas of `notice.toml` and `issuer.toml`, generated from the model's types.
//!
//! Editors that understand JSON Schema for TOML (taplo, Even Better TOML) use them to complete
//! and check notices as they are typed. The generated files are committed under `schemas/`; a
//! test fails when they no longer match the types.

use schemars::schema_for;

use crate::model::{RawIssuer, RawNotice};

/// The schema of `notice.toml`, as pretty-printed JSON with a final newline.
pub fn notice_schema() -> String {
    to_json(serde_json::to_value(schema_for!(RawNotice)))
}

/// The schema of `issuer.toml`, as pretty-printed JSON with a final newline.
pub fn issuer_schema() -> String {
    to_json(serde_json::to_value(schema_for!(RawIssuer)))
}

fn to_json(value: Result<serde_json::Value, serde_json::Error>) -> String {
    let value = value.expect("a generated schema is valid JSON");
    let mut json = serde_json::to_string_pretty(&value).expect("JSON values serialise");
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_knows_the_fields_and_kinds() {
        let schema = notice_schema();
        for needle in [
            "\"date-style\"",
            "\"product-checklist\"",
            "\"action-checklist\"",
            "\"not-available\"",
            "\"format\": \"date\"",
        ] {
            assert!(schema.contains(needle), "the schema lacks {needle}");
        }
    }
}
