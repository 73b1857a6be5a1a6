//! The README's two commands compile each dependency once: `cargo test --workspace` after
//! `cargo run -p fsn-cli` finds every crate the first built, with the same features.
//!
//! cargo compiles a crate again when the features switched on for it differ, and then every
//! crate above it (for most crates here, typst). Dev-dependencies switch on features of crates
//! the binary shares with them; crates/fsn-cli/Cargo.toml pins those features on the binary's
//! own dependencies. This test asks cargo which features each build resolves and fails on a
//! difference, naming the crate, so a new dev-dependency cannot bring the second build back.
//!
//! See: issue 17, item 3 (a first run that builds once).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Crate name and version → the feature sets cargo resolves for it (two when it is also a
/// build-time dependency with other features: those are compiled apart anyway).
type Features = BTreeMap<String, BTreeSet<String>>;

/// `cargo tree` over `packages` following `edges`, as {crate → feature sets}.
fn resolved(packages: &[&str], edges: &str) -> Features {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = Command::new(env!("CARGO"))
        .arg("tree")
        .args(packages)
        .args(["--edges", edges, "--prefix", "none", "--format", "{p}|{f}"])
        .args(["--locked", "--offline"])
        .current_dir(workspace)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo tree failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut features = Features::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        // "name v1.2.3 (path)|a,b" or "name v1.2.3|a,b" (a "(*)" marks a repeat).
        let Some((package, set)) = line.split_once('|') else {
            continue;
        };
        let mut words = package.split_whitespace();
        let (Some(name), Some(version)) = (words.next(), words.next()) else {
            continue;
        };
        let set = set.trim_end_matches(" (*)").trim().to_owned();
        features
            .entry(format!("{name} {version}"))
            .or_default()
            .insert(set);
    }
    features
}

#[test]
fn the_test_build_reuses_the_first_builds_dependencies() {
    // What `cargo run -p fsn-cli` compiles, and which of it runs in the program.
    let run = resolved(&["-p", "fsn-cli"], "normal,build");
    let run_target = resolved(&["-p", "fsn-cli"], "normal,no-proc-macro");
    // What `cargo test --workspace` compiles, and which of it runs in the tests.
    let test = resolved(&["--workspace"], "normal,build,dev");
    let test_target = resolved(&["--workspace"], "normal,dev,no-proc-macro");
    assert!(
        run.contains_key(&format!("fsn-cli v{}", env!("CARGO_PKG_VERSION"))),
        "cargo tree listed no fsn-cli: {:?}",
        run.keys().take(5).collect::<Vec<_>>()
    );
    assert!(run.len() > 100, "typst's tree is missing: {}", run.len());

    let mut split = Vec::new();
    for (package, sets) in &test {
        let Some(first) = run.get(package) else {
            // Only the tests use it: compiled once, by the second command.
            continue;
        };
        for set in sets.difference(first) {
            // A test-only copy of a crate the binary uses only at build time (e.g. fastrand:
            // typst's macros use it without features, tempfile with): compiled apart anyway.
            let test_only_copy = !run_target.contains_key(package)
                && test_target
                    .get(package)
                    .is_some_and(|sets| sets.contains(set));
            if !test_only_copy {
                split.push(format!(
                    "{package}: the tests switch on [{set}], the binary has {first:?}"
                ));
            }
        }
    }
    assert!(
        split.is_empty(),
        "`cargo test --workspace` would compile these again after `cargo run -p fsn-cli`, \
         with everything above them; pin the features in crates/fsn-cli/Cargo.toml:\n{}",
        split.join("\n")
    );
}
