//! The committed JSON Schemas are the ones the model generates.
//!
//! See: issue 4 (a JSON Schema of notice.toml, with a test that fails when it is stale).

use fsn_core::model::schema::{issuer_schema, notice_schema};

#[test]
fn committed_schemas_are_up_to_date() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    for (name, fresh) in [
        ("notice.schema.json", notice_schema()),
        ("issuer.schema.json", issuer_schema()),
    ] {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            committed == fresh,
            "schemas/{name} is stale: run `cargo run -p fsn-cli -- schema --write` and commit it"
        );
    }
}
