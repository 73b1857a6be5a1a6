//! Incremental builds: which files of the previous build in the output folder a new build
//! takes unchanged.
//!
//! A built file's bytes follow from two things: the composed `Document` it renders and the fsn
//! that renders it. The document holds every text it prints, whichever file and fallback
//! language each came from (the notice's, the issuer's or the shared locales), the notice's
//! and issuer's data, and the draft state the review records give. The fsn is named by its
//! build identity, a hash over typst's version, the template, the fonts and fsn's own code
//! taken when it was compiled (`fingerprint::BUILD_ID`); its version number alone would not
//! do, as it stays the same from one commit to the next. So a file's key hashes the build
//! identity, the format and the document, and a change to a shared message renders again
//! exactly the documents that print it.
//!
//! Learning a document's key means composing it; `fingerprint` spares that for the notices
//! whose files did not change since the previous build.
//!
//! See: issue 17.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fsn_core::Document;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::fingerprint::BUILD_ID;
use super::manifest::{NoticeRecord, hex, sha256};
use crate::options::Format;

/// The largest previous manifest read: far above any real catalogue's (some 4 kB per
/// document), and a bound on what a damaged output folder can make a build read.
pub(super) const MAX_MANIFEST_BYTES: u64 = 1 << 30;

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
pub(crate) fn input_key(format: Format, document_sha256: &str) -> String {
    let inputs = [
        ("build", BUILD_ID),
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

/// What a build needs of the previous build's manifest: of each file only what identifies
/// it (a catalogue's manifest is mostly the files' source lists), and the notices' records.
#[derive(Deserialize)]
struct PreviousManifest {
    files: Vec<PreviousFile>,
    #[serde(default)]
    notices: Vec<NoticeRecord>,
}

/// A file of the previous build.
#[derive(Deserialize)]
pub(crate) struct PreviousFile {
    path: String,
    pub(crate) bytes: usize,
    pub(crate) sha256: String,
    pub(crate) pages: Option<usize>,
    input_sha256: Option<String>,
}

/// The files and notices of the previous build.
#[derive(Default)]
pub(crate) struct Previous {
    out: PathBuf,
    files: HashMap<String, PreviousFile>,
    notices: HashMap<String, NoticeRecord>,
}

impl Previous {
    /// The build in `out`; a missing or unreadable manifest offers nothing to reuse.
    pub(crate) fn read(out: &Path) -> Self {
        let manifest = read_bounded(&out.join("manifest.json"), MAX_MANIFEST_BYTES)
            .and_then(|bytes| serde_json::from_slice::<PreviousManifest>(&bytes).ok());
        let Some(manifest) = manifest else {
            return Self::default();
        };
        Self {
            out: out.to_path_buf(),
            files: manifest
                .files
                .into_iter()
                .map(|file| (file.path.clone(), file))
                .collect(),
            notices: manifest
                .notices
                .into_iter()
                .map(|notice| (notice.dir.clone(), notice))
                .collect(),
        }
    }

    /// The previous build's record of the notice in `dir` (relative to the repository), if
    /// it was made from the files `fingerprint` hashes.
    pub(crate) fn notice(&self, dir: &str, fingerprint: &str) -> Option<&NoticeRecord> {
        self.notices
            .get(dir)
            .filter(|record| record.fingerprint == fingerprint)
    }

    /// The previous entry and file for `path` (relative to the output folder, with `/`) if
    /// it was built from the same inputs and is still there as that build wrote it: a plain
    /// file in a plain folder, with the size and SHA-256 the manifest records. Hashing costs
    /// a read of the file, but a file edited by hand in `dist/` must never be published again.
    pub(crate) fn reusable(&self, path: &str, key: &str) -> Option<(&PreviousFile, PathBuf)> {
        let file = self.files.get(path)?;
        if file.input_sha256.as_deref() != Some(key) {
            return None;
        }
        let on_disk = self.out.join(path);
        let folder = on_disk.parent()?;
        let plain_folder = fsn_core::repo::is_plain_dir(folder);
        let unchanged = || {
            read_bounded(&on_disk, file.bytes as u64)
                .is_some_and(|bytes| bytes.len() == file.bytes && sha256(&bytes) == file.sha256)
        };
        (plain_folder && unchanged()).then_some((file, on_disk))
    }
}

/// The bytes of the regular file at `path`, not a link, if it holds at most `limit` bytes.
/// The output folder is fsn's own, not the repository, but it is read within bounds too.
fn read_bounded(path: &Path, limit: u64) -> Option<Vec<u8>> {
    let plain = fsn_core::repo::is_plain_file(path);
    plain
        .then(|| fsn_core::repo::read_bounded(path, limit).ok())
        .flatten()
}
