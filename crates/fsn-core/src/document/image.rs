//! Pictures as the backends get them: the bytes and their format, checked and read when the
//! notice was loaded.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

/// The picture formats fsn prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageFormat {
    /// Portable Network Graphics.
    Png,
    /// JPEG (JFIF or Exif); serialised as its extension, `jpg`.
    #[serde(rename = "jpg")]
    Jpeg,
    /// Scalable Vector Graphics.
    Svg,
}

impl ImageFormat {
    /// The file extension typst recognises the format by (also its serialised name).
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Svg => "svg",
        }
    }

    /// The media type, for `data:` URIs.
    pub fn mime(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Svg => "image/svg+xml",
        }
    }
}

/// A checked picture: its format and bytes. Only the format is serialised; backends get the
/// bytes from [`crate::Document::images`] directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Image {
    /// What the bytes are.
    pub format: ImageFormat,
    /// The file's bytes, as read.
    #[serde(skip)]
    pub bytes: Arc<[u8]>,
}

/// The pictures a notice prints, read and checked when it is loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Images {
    /// By (language, file name), with the path read; the language is empty for the shared
    /// version.
    figures: BTreeMap<(String, String), (PathBuf, Image)>,
    /// The issuer's logo, with its path.
    logo: Option<(PathBuf, Image)>,
}

impl Images {
    /// The picture `file` of a figure in `lang`: the language's own version, else the shared
    /// one.
    pub fn figure(&self, lang: &str, file: &str) -> Option<&Image> {
        self.figure_file(lang, file).map(|(_, image)| image)
    }

    fn figure_file(&self, lang: &str, file: &str) -> Option<&(PathBuf, Image)> {
        self.figures
            .get(&(lang.to_owned(), file.to_owned()))
            .or_else(|| self.figures.get(&(String::new(), file.to_owned())))
    }

    /// Whether the version of figure `file` for `lang` (empty: the shared one) is held.
    pub fn has_figure(&self, lang: &str, file: &str) -> bool {
        self.figures
            .contains_key(&(lang.to_owned(), file.to_owned()))
    }

    /// Holds the version of figure `file` for `lang` (empty: the shared one), read from `path`.
    pub fn add_figure(&mut self, lang: String, file: String, path: PathBuf, image: Image) {
        self.figures.insert((lang, file), (path, image));
    }

    /// Holds the issuer's logo, read from `path`.
    pub fn set_logo(&mut self, path: PathBuf, image: Image) {
        self.logo = Some((path, image));
    }

    /// The issuer's logo.
    pub fn logo(&self) -> Option<&Image> {
        self.logo.as_ref().map(|(_, image)| image)
    }

    /// The files a document in `lang` shows (each figure's version for `lang`, the logo), with
    /// their bytes: sources of the document, for manifests.
    pub fn files(&self, lang: &str) -> Vec<(&Path, &[u8])> {
        let mut names: Vec<&str> = self.figures.keys().map(|(_, name)| name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let mut files: Vec<(&Path, &[u8])> = names
            .into_iter()
            .filter_map(|name| self.figure_file(lang, name))
            .chain(&self.logo)
            .map(|(path, image)| (path.as_path(), &image.bytes[..]))
            .collect();
        files.sort_by_key(|(path, _)| *path);
        files
    }
}
