//! The OASIS XLIFF 2.0 core schema for the tests, which validate every export against it with
//! `xmllint`. Shared by fsn-l10n's tests and fsn-cli's (through `#[path]`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the OASIS XLIFF 2.0 core schema is: Debian's php-symfony-translation ships it
/// unchanged, with the W3C's xml.xsd it imports (.ci/run installs it); `FSN_XLIFF_SCHEMAS`
/// names another folder holding `xliff-core-2.0.xsd` and `xml.xsd`.
fn schema_dir() -> PathBuf {
    std::env::var_os("FSN_XLIFF_SCHEMAS").map_or_else(
        || PathBuf::from("/usr/share/php/Symfony/Component/Translation/Resources/schemas"),
        PathBuf::from,
    )
}

/// The core schema laid out as OASIS publishes it (`xml.xsd` under
/// `informativeCopiesOf3rdPartySchemas/w3c/`, where its import points), once per test run.
/// A missing schema or `xmllint` fails the test: the validation is part of it.
fn schema() -> &'static Path {
    static SCHEMA: std::sync::OnceLock<(tempfile::TempDir, PathBuf)> = std::sync::OnceLock::new();
    let (_, path) = SCHEMA.get_or_init(|| {
        let from = schema_dir();
        let core = std::fs::read_to_string(from.join("xliff-core-2.0.xsd")).unwrap_or_else(|err| {
            panic!(
                "the XLIFF 2.0 core schema is missing in {} ({err}): install Debian's \
                 php-symfony-translation (.ci/run does) or set FSN_XLIFF_SCHEMAS",
                from.display()
            )
        });
        assert!(
            core.contains("XLIFF Version 2.0")
                && core.contains("targetNamespace=\"urn:oasis:names:tc:xliff:document:2.0\""),
            "{} is not the XLIFF 2.0 core schema",
            from.display()
        );
        let dir = tempfile::tempdir().unwrap();
        let w3c = dir.path().join("informativeCopiesOf3rdPartySchemas/w3c");
        std::fs::create_dir_all(&w3c).unwrap();
        std::fs::copy(from.join("xml.xsd"), w3c.join("xml.xsd")).unwrap();
        let path = dir.path().join("xliff_core_2.0.xsd");
        std::fs::write(&path, core).unwrap();
        (dir, path)
    });
    path
}

/// Validates `xml` with `xmllint --schema`; the error is what xmllint said.
pub(crate) fn check(xml: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.xlf");
    std::fs::write(&file, xml).unwrap();
    let output = Command::new("xmllint")
        .arg("--noout")
        .arg("--nonet")
        .arg("--schema")
        .arg(schema())
        .arg(&file)
        .output()
        .unwrap_or_else(|err| {
            panic!("xmllint is needed to validate exports ({err}): install libxml2-utils")
        });
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}
