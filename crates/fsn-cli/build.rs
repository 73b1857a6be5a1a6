//! Gives the binary a build identity, `FSN_BUILD_ID`: a hash over everything compiled into
//! the files `fsn build` writes, so that an incremental build reuses a file only when the fsn
//! that made it would make it again (issue 17).
//!
//! Hashed: the workspace's manifests and `Cargo.lock` (every dependency's version, typst's
//! included), each crate's `src/`, `build.rs` and `data/`, the templates and fonts the binary
//! embeds, and the compiler, target and optimisation settings. Tests and benches are left out:
//! they change no output. Hashing the sources here once costs nothing at run time, where
//! hashing the binary itself read 245 MB on every build.
//!
//! The hash is std's SipHash, run twice with different prefixes for 128 bits. It only has to
//! tell one build of these sources from another, never resist an attacker: whoever can edit
//! the sources can change the output anyway.

use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let workspace = manifest_dir
        .parent()
        .and_then(Path::parent)
        .expect("the crate lives in <workspace>/crates/<crate>");

    let mut inputs = vec![
        workspace.join("Cargo.toml"),
        workspace.join("Cargo.lock"),
        workspace.join("templates"),
        workspace.join("fonts"),
    ];
    let mut crates: Vec<PathBuf> = std::fs::read_dir(workspace.join("crates"))
        .expect("the workspace has crates/")
        .map(|entry| entry.expect("crates/ can be listed").path())
        .collect();
    crates.sort();
    for crate_dir in crates {
        for part in ["Cargo.toml", "build.rs", "src", "data"] {
            inputs.push(crate_dir.join(part));
        }
    }

    let mut files = Vec::new();
    for input in inputs.iter().filter(|input| input.exists()) {
        // A folder is scanned whole by cargo: any file changed, added or removed reruns this.
        // (A path that does not exist would rerun it on every build.)
        println!("cargo:rerun-if-changed={}", input.display());
        collect_files(input, &mut files);
    }
    files.sort();

    let compiler = std::process::Command::new(std::env::var_os("RUSTC").unwrap_or("rustc".into()))
        .arg("-vV")
        .output()
        .map(|output| output.stdout)
        .unwrap_or_default();
    let mut settings = compiler;
    for variable in [
        "TARGET",
        "PROFILE",
        "OPT_LEVEL",
        "DEBUG",
        "CARGO_CFG_TARGET_FEATURE",
        "CARGO_ENCODED_RUSTFLAGS",
    ] {
        println!("cargo:rerun-if-env-changed={variable}");
        settings.extend(variable.bytes());
        settings.push(0);
        settings.extend(std::env::var(variable).unwrap_or_default().bytes());
        settings.push(0);
    }

    let halves = [b'a', b'b'].map(|prefix| {
        let mut hasher = DefaultHasher::new();
        hasher.write_u8(prefix);
        hasher.write(&settings);
        for file in &files {
            let relative = file.strip_prefix(workspace).unwrap_or(file);
            hasher.write(relative.to_string_lossy().as_bytes());
            hasher.write_u8(0);
            let bytes = std::fs::read(file).unwrap_or_else(|err| {
                panic!(
                    "cannot read {} for the build identity: {err}",
                    file.display()
                )
            });
            hasher.write_usize(bytes.len());
            hasher.write(&bytes);
        }
        hasher.finish()
    });
    println!(
        "cargo:rustc-env=FSN_BUILD_ID={:016x}{:016x}",
        halves[0], halves[1]
    );
}

/// Every file under `path` (or `path` itself).
fn collect_files(path: &Path, files: &mut Vec<PathBuf>) {
    let metadata = std::fs::metadata(path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    if metadata.is_file() {
        files.push(path.to_path_buf());
    } else if metadata.is_dir() {
        for entry in std::fs::read_dir(path).expect("a source folder can be listed") {
            collect_files(&entry.expect("a source folder can be listed").path(), files);
        }
    }
}
