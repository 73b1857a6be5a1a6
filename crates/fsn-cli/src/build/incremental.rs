//! Incremental builds: which files of the previous build in the output folder a new build
//! takes unchanged.
//!
//! A built file's bytes follow from two things: the composed `Document` it renders and the fsn
//! binary that renders it. The document holds every text it prints, whichever file and
//! fallback language each came from (the notice's, the issuer's or the shared locales), the
//! notice's and issuer's data, and the draft state the review records give. The binary holds
//! typst, the template, the fonts and fsn's own code; its version number alone would not do,
//! as it stays the same from one commit to the next. So a file's key hashes the binary, the
//! format and the document, and a change to a shared message renders again exactly the
//! documents that print it.
//!
//! See: issue 17.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use fsn_core::Document;
use sha2::{Digest, Sha256};

use super::{Manifest, ManifestFile, hex, sha256};
use crate::args::Format;

/// SHA-256 of the running fsn binary, or `None` when it cannot be read (nothing is then
/// reused, and the manifest records no keys).
pub(crate) fn binary_sha256() -> Option<String> {
    let mut file = std::fs::File::open(std::env::current_exe().ok()?).ok()?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 1 << 20];
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return Some(hex(&hasher.finalize())),
            Ok(read) => hasher.update(&buffer[..read]),
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

/// SHA-256 of a document as the renderers get it: its data, then the bytes of each picture
/// it prints (the data names a picture by index and format only).
pub(crate) fn document_sha256(document: &Document) -> String {
    let mut hasher = Sha256::new();
    hasher.update(serde_json::to_vec(document).expect("a document serialises"));
    for image in &document.images {
        hasher.update((image.bytes.len() as u64).to_le_bytes());
        hasher.update(&image.bytes);
    }
    hex(&hasher.finalize())
}

/// The key of one built file: SHA-256 over every input of its bytes, each with its name.
/// Another kind of input (an image the template reads, say) is one more line here.
pub(crate) fn input_key(binary: &str, format: Format, document_sha256: &str) -> String {
    let inputs = [
        ("binary", binary),
        ("format", format.extension()),
        ("document", document_sha256),
    ];
    let mut hasher = Sha256::new();
    for (name, value) in inputs {
        for part in [name, value] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
    }
    hex(&hasher.finalize())
}

/// The files of the previous build, by path, with their keys.
#[derive(Default)]
pub(crate) struct Previous {
    out: PathBuf,
    files: HashMap<String, ManifestFile>,
}

impl Previous {
    /// The build in `out`; a missing or unreadable manifest offers nothing to reuse.
    pub(crate) fn read(out: &Path) -> Self {
        let manifest = std::fs::read(out.join("manifest.json"))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Manifest>(&bytes).ok());
        Self {
            out: out.to_path_buf(),
            files: manifest
                .into_iter()
                .flat_map(|manifest| manifest.files)
                .map(|file| (file.path.clone(), file))
                .collect(),
        }
    }

    /// The previous entry and file for `path` (relative to the output folder, with `/`) if
    /// it was built from the same inputs and is still there as that build wrote it: a plain
    /// file in a plain folder, with the size and SHA-256 the manifest records. Hashing costs
    /// a read of the file, but a file edited by hand in `dist/` must never be published again.
    pub(crate) fn reusable(&self, path: &str, key: &str) -> Option<(&ManifestFile, PathBuf)> {
        let file = self.files.get(path)?;
        if file.input_sha256.as_deref() != Some(key) {
            return None;
        }
        let on_disk = self.out.join(path);
        let plain = |path: &Path, folder: bool| {
            std::fs::symlink_metadata(path).is_ok_and(|metadata| {
                let size_ok = folder || metadata.len() == file.bytes as u64;
                metadata.file_type().is_dir() == folder && metadata.is_file() != folder && size_ok
            })
        };
        let folder = on_disk.parent()?;
        let unchanged = || std::fs::read(&on_disk).is_ok_and(|bytes| sha256(&bytes) == file.sha256);
        (plain(folder, true) && plain(&on_disk, false) && unchanged()).then_some((file, on_disk))
    }
}
