//! The bad-input corpus: each case in `tests/bad-input/` breaks one thing in a copy of a real
//! notice, the frozen FSN2025-1682 (`tests/fixtures/frozen/`). For every case, `fsn render`
//! must exit with status 1, write nothing, not panic, and report the expected diagnostic; what
//! it prints is kept as a snapshot to review.
//!
//! See: issue 3 (clear errors, nothing written) and issue 6 (the corpus).

use std::path::Path;

use crate::common::{self, NOTICE, Sandbox, Undo};
use serde::Deserialize;

/// One case: an edit of one file of the notice, and the diagnostic code it must cause.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// Path inside the notice folder, e.g. `notice.toml` or `locales/de.ftl`.
    file: String,
    /// Text to find (its first occurrence is replaced).
    find: String,
    /// Replacement text.
    replace: Option<String>,
    /// Replacement bytes, for encodings that are not UTF-8.
    replace_bytes: Option<Vec<u8>>,
    /// The diagnostic code that must be reported.
    expect: String,
    /// Files added to the notice folder first (pictures the edit names).
    #[serde(default)]
    files: Vec<NewFile>,
}

/// A file the case adds: its bytes (padded with zeros to `size`), or a symbolic link.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewFile {
    /// Path inside the notice folder, e.g. `figures/label.png`.
    path: String,
    #[serde(default)]
    bytes: Vec<u8>,
    text: Option<String>,
    size: Option<usize>,
    /// Makes the file a symbolic link to this target instead.
    link: Option<String>,
}

fn add_files(sandbox: &Sandbox, case: &Case, undo: &mut Undo) {
    for file in &case.files {
        let path = sandbox.path(&format!("notices/{NOTICE}/{}", file.path));
        undo.save(&path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        if let Some(target) = &file.link {
            #[cfg(unix)]
            std::os::unix::fs::symlink(target, &path).unwrap();
            continue;
        }
        let mut bytes = file.bytes.clone();
        bytes.extend(file.text.iter().flat_map(|text| text.bytes()));
        bytes.resize(file.size.unwrap_or(bytes.len()).max(bytes.len()), 0);
        std::fs::write(path, bytes).unwrap();
    }
}

fn apply(sandbox: &Sandbox, case: &Case, name: &str, undo: &mut Undo) {
    let path = sandbox.path(&format!("notices/{NOTICE}/{}", case.file));
    undo.save(&path);
    let bytes = std::fs::read(&path).unwrap();
    let find = case.find.as_bytes();
    let at = bytes
        .windows(find.len())
        .position(|window| window == find)
        .unwrap_or_else(|| panic!("{name}: {:?} not found in {}", case.find, case.file));
    let replacement = match (&case.replace, &case.replace_bytes) {
        (Some(text), None) => text.as_bytes().to_vec(),
        (None, Some(bytes)) => bytes.clone(),
        _ => panic!("{name}: give exactly one of replace and replace_bytes"),
    };
    let mut edited = bytes[..at].to_vec();
    edited.extend_from_slice(&replacement);
    edited.extend_from_slice(&bytes[at + find.len()..]);
    std::fs::write(path, edited).unwrap();
}

#[test]
fn every_bad_input_fails_cleanly_with_its_diagnostic() {
    let dir = common::repo_root().join("tests/bad-input");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 30,
        "the corpus shrank: {} cases",
        cases.len()
    );
    common::in_parallel(&cases, Sandbox::frozen, |sandbox, path| {
        check_case(sandbox, path)
    });
}

/// Runs one case in `sandbox`, then puts the sandbox back as it was for the next case.
fn check_case(sandbox: &Sandbox, path: &Path) {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let case: Case = toml::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|err| panic!("{name}: bad case file: {err}"));
    let mut undo = Undo::default();
    undo.save(&sandbox.path("out"));
    add_files(sandbox, &case, &mut undo);
    apply(sandbox, &case, &name, &mut undo);

    let output = sandbox.fsn(&["render", &format!("notices/{NOTICE}"), "--out", "out"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(1),
        "{name}: exit status\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{name}: panic\n{stderr}");
    assert!(
        sandbox.written().is_empty(),
        "{name}: wrote {:?}",
        sandbox.written()
    );
    assert!(
        stderr.contains(&case.expect),
        "{name}: expected {} in\n{stderr}",
        case.expect
    );

    // `fsn check` finds the same problem without rendering.
    let check = sandbox.fsn(&["check", &format!("notices/{NOTICE}")]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "{name}: fsn check exit status"
    );

    insta::with_settings!({ snapshot_suffix => name.clone(), description => case.find.clone() }, {
        insta::assert_snapshot!("bad_input", stderr);
    });
    undo.restore();
    assert_eq!(
        sandbox.top_level(),
        ["issuers", "locales", "notices", "profiles"],
        "{name}: left behind"
    );
}
