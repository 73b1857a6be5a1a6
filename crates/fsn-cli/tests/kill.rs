//! Fault injection: `fsn build` killed at random moments, with SIGKILL and with SIGINT.
//!
//! After every kill the output folder must be wholly the previous build or wholly the new
//! one, byte for byte; an interrupted run (SIGINT) must leave no temporary; and the next build
//! must remove whatever a killed one left and produce a folder whose manifest matches its
//! files exactly (every file listed, nothing else, sizes and SHA-256).
//!
//! See: issue 12, "Done when" (and D4, D8, D9).

#![cfg(unix)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{self, NOTICE, Sandbox};
use sha2::{Digest, Sha256};

/// How many builds are killed: SIGKILL and SIGINT in turn, at moments drawn from a fixed
/// seed, so a failure can be replayed.
const KILLS: usize = 24;
const SEED: u64 = 0x5eed_f5a1_2025_1682;

/// A tiny deterministic generator (xorshift64*): no crate needed for a few dozen draws.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A duration between zero and `max`.
    fn below(&mut self, max: Duration) -> Duration {
        let micros = u64::try_from(max.as_micros()).unwrap().max(1);
        // The high bits of xorshift64* are its good ones.
        Duration::from_micros((self.next() >> 16) % micros)
    }
}

/// Every file under `root`, by relative path, with its bytes.
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else {
                let name = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// Names that look like fsn's temporaries (`.NAME.fsn-PID.tmp`, `.bak`, `.old`), anywhere
/// under `root`.
fn temporaries(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.contains(".fsn-") {
                found.push(entry.path().display().to_string());
            } else if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            }
        }
    }
    found
}

/// The manifest lists exactly the files beside it (but itself and the index), with their
/// sizes and SHA-256.
fn assert_manifest_matches(out: &Path) {
    let files = tree(out);
    let manifest: serde_json::Value =
        serde_json::from_slice(&files["manifest.json"]).expect("manifest.json parses");
    let listed: BTreeMap<String, (u64, String)> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| {
            (
                file["path"].as_str().unwrap().to_owned(),
                (
                    file["bytes"].as_u64().unwrap(),
                    file["sha256"].as_str().unwrap().to_owned(),
                ),
            )
        })
        .collect();
    let present: BTreeMap<String, (u64, String)> = files
        .iter()
        .filter(|(name, _)| *name != "manifest.json" && *name != "index.html")
        .map(|(name, bytes)| {
            let sha: String = Sha256::digest(bytes)
                .iter()
                .map(|byte| format!("{byte:02x}"))
                .collect();
            (name.clone(), (bytes.len() as u64, sha))
        })
        .collect();
    assert_eq!(listed, present, "the manifest does not match the files");
    assert!(files.contains_key("index.html"));
}

const BUILD: [&str; 6] = ["build", "--notice", NOTICE, "--lang", "it,en", "--quiet"];

fn build(sandbox: &Sandbox, out: &str) {
    let output = sandbox.fsn(&[&BUILD[..], &["--out", out]].concat());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn builds_killed_at_random_moments_leave_the_old_or_the_new_output_whole() {
    let sandbox = Sandbox::new();
    // The previous build, and a stale file of it that the new one does not make.
    let stale = sandbox.fsn(&["build", "--notice", NOTICE, "--quiet", "--out", "dist"]);
    assert!(stale.status.success());
    let old = tree(&sandbox.path("dist"));
    assert!(old.keys().any(|name| name.ends_with("_de.pdf")));
    common::copy_dir(&sandbox.path("dist"), &sandbox.path("previous"));

    // The new build: other sources, fewer languages; its output, made once, is the yardstick.
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replacen("Illumina is contacting you", "Illumina contacts you", 1)
    });
    // The changed English and its translations, reviewed again, so the build publishes them.
    sandbox.review(&["en", "it"]);
    let started = Instant::now();
    build(&sandbox, "reference");
    let duration = started.elapsed();
    let new = tree(&sandbox.path("reference"));
    assert_ne!(old, new);
    assert_manifest_matches(&sandbox.path("reference"));

    let mut random = Random(SEED);
    let mut outcomes = BTreeMap::new();
    for round in 0..KILLS {
        // Start from the previous build each time, so every kill can catch the change.
        let dist = sandbox.path("dist");
        if tree(&dist) != old {
            std::fs::remove_dir_all(&dist).unwrap();
            common::copy_dir(&sandbox.path("previous"), &dist);
        }
        let signal = if round % 2 == 0 {
            libc::SIGKILL
        } else {
            libc::SIGINT
        };
        // Up to a little past the whole build, so some kills land during the commit.
        let delay = random.below(duration + duration / 4);
        let child = Command::new(env!("CARGO_BIN_EXE_fsn"))
            .args(BUILD)
            .args(["--out", "dist"])
            .current_dir(sandbox.path(""))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let pid = child.id();
        // SAFETY: the child is ours and has not been waited for, so its id is still its own.
        unsafe { libc::kill(pid as libc::pid_t, signal) };
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "round {round}: {stderr}");

        let after = tree(&dist);
        let outcome = if after == old {
            "old"
        } else if after == new {
            "new"
        } else {
            let names: Vec<&String> = after.keys().collect();
            panic!("round {round}: dist/ is neither the old build nor the new one: {names:?}");
        };
        *outcomes.entry((signal, outcome)).or_insert(0) += 1;
        if signal == libc::SIGINT {
            // Its own temporaries: those of a run killed before it are removed by a run that
            // gets as far as writing, which an early interrupt may not (checked below).
            let own = format!(".fsn-{pid}.");
            let left: Vec<String> = temporaries(&sandbox.path(""))
                .into_iter()
                .filter(|name| name.contains(&own))
                .collect();
            assert!(
                left.is_empty(),
                "round {round}: SIGINT left {left:?}\n{stderr}"
            );
        }
        if round % 4 == 3 {
            // The next run removes what killed ones left, and its output is whole.
            build(&sandbox, "dist");
            let left = temporaries(&sandbox.path(""));
            assert!(
                left.is_empty(),
                "round {round}: after the next run: {left:?}"
            );
            assert_eq!(tree(&dist), new, "round {round}");
            assert_manifest_matches(&dist);
        }
    }
    eprintln!("outcomes ((signal, output) → rounds): {outcomes:?}");
    assert_eq!(outcomes.values().sum::<usize>(), KILLS);
    build(&sandbox, "dist");
    assert!(temporaries(&sandbox.path("")).is_empty());
    assert_manifest_matches(&sandbox.path("dist"));
}
