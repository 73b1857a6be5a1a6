//! `dist/manifest.json`: what a build made from what, file by file and notice by notice, and
//! the index page made from it. A later build reads it to take what did not change
//! (`incremental`), and `fsn manifest merge` joins the manifests of shards (`merge`).

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// `dist/manifest.json`: what was built from what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Manifest {
    pub(crate) fsn_version: String,
    pub(crate) typst_version: String,
    /// Hash of the embedded PDF template: its main file followed by the template module.
    pub(crate) template_sha256: String,
    /// Files, sorted by path.
    pub(crate) files: Vec<ManifestFile>,
    /// The notices the files were made from, sorted by folder, with what the next build needs
    /// to know of each without loading it. Absent in manifests of earlier versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) notices: Vec<NoticeRecord>,
}

/// A notice as a build found it: the fingerprint of its files (see `fingerprint`) and each
/// language's composed document, by hash. A later build whose fingerprint of the notice is
/// the same takes this instead of loading and composing the notice again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct NoticeRecord {
    /// The notice's folder, relative to the repository, with `/`.
    pub(crate) dir: String,
    pub(crate) id: String,
    pub(crate) fingerprint: String,
    pub(crate) draft_languages: Vec<String>,
    /// Every language the build composed, its shard's or not.
    pub(crate) langs: Vec<Composed>,
}

/// One built file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ManifestFile {
    /// Path relative to the output folder, with `/`.
    pub(crate) path: String,
    pub(crate) notice: String,
    pub(crate) lang: String,
    pub(crate) format: String,
    pub(crate) bytes: usize,
    pub(crate) sha256: String,
    /// Pages, for PDFs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) pages: Option<usize>,
    /// The files it was made from, with their hashes.
    #[serde(with = "shared_sources")]
    pub(crate) sources: Sources,
    /// SHA-256 over everything the file's bytes depend on; a later build reuses the file
    /// while it is unchanged (see `incremental`). Absent in manifests of earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) input_sha256: Option<String>,
    /// Title and date line, for the index page.
    pub(crate) title: String,
    pub(crate) date_line: String,
}

/// A source file and its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SourceHash {
    pub(crate) path: String,
    pub(crate) sha256: String,
}

/// The sources of one document: one list in memory for its PDF's and HTML page's manifest
/// entries and its notice's record, written out in each (a catalogue's manifest is mostly
/// these lists, issue 17).
pub(crate) type Sources = Arc<[SourceHash]>;

/// Serde for [`Sources`] as a plain list (serde's own `Arc` support would switch a feature
/// on in a dependency typst shares, and compile it twice).
mod shared_sources {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{SourceHash, Sources};

    pub(super) fn serialize<S: Serializer>(sources: &Sources, to: S) -> Result<S::Ok, S::Error> {
        sources[..].serialize(to)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Sources, D::Error> {
        Vec::<SourceHash>::deserialize(from).map(Sources::from)
    }
}

/// What composing one notice × language left: the document itself is dropped (unless kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Composed {
    pub(crate) lang: String,
    /// A stale or unreviewed message makes the language a draft.
    pub(crate) review_draft: bool,
    /// SHA-256 of the composed document, as the renderers get it.
    pub(crate) document_sha256: String,
    /// The files it is made from, for the manifest.
    #[serde(with = "shared_sources")]
    pub(crate) sources: Sources,
    /// Title and date line, for the manifest.
    pub(crate) title: String,
    pub(crate) date_line: String,
}

/// Where a built file goes inside the output folder, with `/`.
pub(super) fn output_path(notice: &str, lang: &str, extension: &str) -> String {
    format!("{notice}/{notice}_{lang}.{extension}")
}

/// The manifest as JSON. A catalogue's runs to tens of megabytes: it is measured first and
/// written into a buffer of its size, instead of one grown by doubling.
pub(super) fn manifest_json(manifest: &Manifest) -> Vec<u8> {
    /// Counts the bytes written to it.
    struct Length(usize);

    impl std::io::Write for Length {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    let mut length = Length(0);
    serde_json::to_writer_pretty(&mut length, manifest).expect("the manifest serialises");
    let mut json = Vec::with_capacity(length.0 + 1);
    serde_json::to_writer_pretty(&mut json, manifest).expect("the manifest serialises");
    json.push(b'\n');
    json
}

/// The index page: one row per notice × language, linking its files.
pub(super) fn index_page(manifest: &Manifest) -> String {
    let mut entries: Vec<fsn_html::IndexEntry> = Vec::new();
    for file in &manifest.files {
        let label = file.format.to_uppercase();
        match entries.last_mut() {
            Some(last) if last.notice_id == file.notice && last.lang == file.lang => {
                last.files.push((label, file.path.clone()));
            }
            _ => entries.push(fsn_html::IndexEntry {
                notice_id: file.notice.clone(),
                lang: file.lang.clone(),
                title: file.title.clone(),
                date_line: file.date_line.clone(),
                files: vec![(label, file.path.clone())],
            }),
        }
    }
    fsn_html::index("Field safety notices", &entries)
}

/// Every typst file of the PDF layouts, as one text: a change to any of them changes the hash.
pub(super) fn template_text() -> String {
    let layouts = fsn_pdf::LAYOUTS.iter().map(|(_, text)| *text);
    [fsn_pdf::MAIN, fsn_pdf::TEMPLATE]
        .into_iter()
        .chain(layouts)
        .collect()
}

pub(crate) fn sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lowercase hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// A path with `/` separators, the same on every system.
pub(super) fn slash_path(path: &Path) -> String {
    path.components()
        .map(|component| component.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}
