//! Pictures: figures of a notice and the issuer's logo, read through the repository and
//! checked before any backend sees them.
//!
//! A picture's format is told by its bytes, not its name: PNG and JPEG by their signatures
//! and dimensions (a small file may unpack into a huge bitmap, so the pixel count is bounded
//! too), SVG by reading it as XML whose root is `<svg>`. typst and the browser decode them;
//! this only makes sure they get what the name promises, within the limits.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::limits;
use crate::model::RawBlock;
use crate::project::Repository;
use crate::toml_spans::{Key, TomlSpans};
use crate::validate::Notice;

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

/// Where pictures are read from and where problems are reported.
pub(crate) struct Sources<'a> {
    pub repository: &'a Repository,
    pub notice_dir: &'a Path,
    pub issuer_dir: &'a Path,
    pub notice_file: &'a Arc<SourceFile>,
    pub issuer_file: &'a Arc<SourceFile>,
    /// The languages being loaded.
    pub langs: &'a [String],
}

/// Reads every picture `notice` prints in `langs`: each figure's shared version and each
/// language's own, and the logo. A figure needs a version for every language loaded.
pub(crate) fn load(notice: &Notice, from: &Sources<'_>) -> (Images, Vec<Diagnostic>) {
    let mut images = Images::default();
    let mut diagnostics = Vec::new();
    let notice_spans = TomlSpans::new(from.notice_file.text());
    let figures_dir = from.notice_dir.join("figures");
    let mut total: u64 = 0;
    for (index, section) in notice.sections.iter().enumerate() {
        for (position, block) in section.blocks.iter().enumerate() {
            let RawBlock::Figure(figure) = block else {
                continue;
            };
            let path: [Key<'_>; 5] = [
                "sections".into(),
                index.into(),
                "blocks".into(),
                position.into(),
                "figure".into(),
            ];
            let at =
                |diagnostic: Diagnostic| diagnostic.at(from.notice_file, notice_spans.span(&path));
            let name = &figure.figure;
            let shared = figures_dir.join(name);
            let mut wanted: Vec<(String, PathBuf)> = Vec::new();
            for lang in from.langs {
                let own = figures_dir.join(lang).join(name);
                if std::fs::symlink_metadata(&own).is_ok() {
                    wanted.push((lang.clone(), own));
                } else if !wanted.iter().any(|(key, _)| key.is_empty()) {
                    wanted.push((String::new(), shared.clone()));
                }
            }
            for (lang, file) in wanted {
                if images.figures.contains_key(&(lang.clone(), name.clone())) {
                    continue;
                }
                if std::fs::symlink_metadata(&file).is_err() {
                    diagnostics.push(at(Diagnostic::error(
                        "fsn::image::missing",
                        format!("figure `{name}` not found: there is no {}", file.display()),
                    )
                    .with_help(format!(
                        "put the picture in {} (or a language's own version in figures/<lang>/)",
                        figures_dir.display()
                    ))));
                    continue;
                }
                match read(from.repository, &file) {
                    Ok(image) => {
                        total += image.bytes.len() as u64;
                        images.figures.insert((lang, name.clone()), (file, image));
                    }
                    Err(diagnostic) => diagnostics.push(at(diagnostic)),
                }
            }
        }
    }
    if total > limits::MAX_NOTICE_IMAGE_BYTES {
        diagnostics.push(
            Diagnostic::error(
                "fsn::image::too_large",
                format!(
                    "the figures of notice {} take {} MB; at most {} MB are printed",
                    notice.id,
                    total.div_ceil(1 << 20),
                    limits::MAX_NOTICE_IMAGE_BYTES >> 20
                ),
            )
            .at(from.notice_file, notice_spans.span(&["sections".into()]))
            .with_help("make the pictures smaller (fewer pixels, or SVG), or use fewer of them"),
        );
    }
    if let Some(logo) = &notice.issuer.logo {
        let span = TomlSpans::new(from.issuer_file.text()).span(&["logo".into(), "file".into()]);
        let file = from.issuer_dir.join(&logo.file);
        let picture = if std::fs::symlink_metadata(&file).is_err() {
            Err(Diagnostic::error(
                "fsn::image::missing",
                format!(
                    "the issuer's logo is not there: there is no {}",
                    file.display()
                ),
            )
            .with_help("put the logo in the issuer's folder, or correct `file`"))
        } else {
            read(from.repository, &file)
        };
        match picture {
            Ok(image) => images.logo = Some((file, image)),
            Err(diagnostic) => diagnostics.push(diagnostic.at(from.issuer_file, span)),
        }
    }
    (images, diagnostics)
}

/// Reads one picture through the repository's gate and checks what it is.
fn read(repository: &Repository, path: &Path) -> Result<Image, Diagnostic> {
    let bytes = repository.read_bytes(path, limits::MAX_IMAGE_BYTES)?;
    let format = sniff(&bytes).map_err(|problem| {
        Diagnostic::error(
            "fsn::image::unsupported",
            format!("{} {problem}", path.display()),
        )
        .with_help("save the picture as PNG, JPEG or SVG")
    })?;
    Ok(Image {
        format,
        bytes: bytes.into(),
    })
}

/// What a picture's bytes are, or what is wrong with them (a phrase after the file's name).
pub fn sniff(bytes: &[u8]) -> Result<ImageFormat, String> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.starts_with(PNG) {
        let (width, height) = png_size(bytes).ok_or("is a PNG file without a valid header")?;
        check_pixels(width, height)?;
        return Ok(ImageFormat::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        let (width, height) =
            jpeg_size(bytes).ok_or("is a JPEG file without a valid frame header")?;
        check_pixels(width, height)?;
        return Ok(ImageFormat::Jpeg);
    }
    let other: [(&[u8], &str); 6] = [
        (b"GIF8", "GIF"),
        (b"RIFF", "WebP (or another RIFF format)"),
        (b"%PDF", "PDF"),
        (b"BM", "BMP"),
        (b"II*\0", "TIFF"),
        (b"MM\0*", "TIFF"),
    ];
    if let Some((_, name)) = other.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(format!("is a {name} picture, which fsn does not print"));
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if text.trim_ascii_start().starts_with(b"<") {
        check_svg(text)?;
        return Ok(ImageFormat::Svg);
    }
    Err("is not a PNG, JPEG or SVG picture".to_owned())
}

fn check_pixels(width: u32, height: u32) -> Result<(), String> {
    let pixels = u64::from(width) * u64::from(height);
    if width == 0 || height == 0 {
        return Err("has no pixels".to_owned());
    }
    if pixels > limits::MAX_IMAGE_PIXELS {
        return Err(format!(
            "has {width} × {height} pixels; at most {} million are printed",
            limits::MAX_IMAGE_PIXELS / 1_000_000
        ));
    }
    Ok(())
}

/// Width and height from the PNG header chunk, which must come first.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let header = bytes.get(8..24)?;
    if &header[4..8] != b"IHDR" {
        return None;
    }
    let number = |at: usize| u32::from_be_bytes(header[at..at + 4].try_into().unwrap_or([0; 4]));
    Some((number(8), number(12)))
}

/// Width and height from the first frame header (SOFn) of a JPEG file.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        // Markers may be padded with any number of 0xFF bytes.
        while *bytes.get(at)? == 0xFF && *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        let length = usize::from(u16::from_be_bytes([
            *bytes.get(at + 2)?,
            *bytes.get(at + 3)?,
        ]));
        match marker {
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let height = u16::from_be_bytes([*bytes.get(at + 5)?, *bytes.get(at + 6)?]);
                let width = u16::from_be_bytes([*bytes.get(at + 7)?, *bytes.get(at + 8)?]);
                return Some((u32::from(width), u32::from(height)));
            }
            // Image data before any frame header: not a picture typst can read.
            0xDA | 0xD9 => return None,
            _ if length < 2 => return None,
            _ => at += 2 + length,
        }
    }
}

/// An SVG file: well-formed XML, no entity declarations, an `<svg>` root element, no bitmaps.
fn check_svg(bytes: &[u8]) -> Result<(), String> {
    use quick_xml::events::Event;

    let text = std::str::from_utf8(bytes).map_err(|err| {
        format!(
            "looks like SVG but is not UTF-8 (byte {})",
            err.valid_up_to()
        )
    })?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut root: Option<String> = None;
    let mut depth: usize = 0;
    loop {
        let event = reader.read_event().map_err(|err| {
            format!(
                "is not a well-formed SVG file ({err} at byte {})",
                reader.error_position()
            )
        })?;
        let element = match &event {
            Event::DocType(doctype) if doctype.as_ref().contains("<!ENTITY") => {
                return Err("declares XML entities, which fsn does not read in SVG".to_owned());
            }
            Event::Start(element) | Event::Empty(element) => element,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        // A bitmap inside an SVG escapes the pixel bound, and a linked one is a file the
        // sandbox refuses: a logo or figure with a bitmap is saved as PNG or JPEG instead.
        if element.local_name().into_inner() == "image" {
            return Err(
                "embeds or links a bitmap (<image>); save the picture as PNG or JPEG \
                        instead"
                    .to_owned(),
            );
        }
        if depth == 0 {
            if root.is_some() {
                return Err("is not a well-formed SVG file (more than one root element)".to_owned());
            }
            root = Some(element.local_name().into_inner().to_owned());
        }
        depth += usize::from(matches!(event, Event::Start(_)));
    }
    if depth > 0 {
        return Err("is not a well-formed SVG file (it ends inside an element)".to_owned());
    }
    match root.as_deref() {
        Some("svg") => Ok(()),
        Some(other) => Err(format!(
            "is XML whose root is <{other}>, not an SVG picture"
        )),
        None => Err("is not an SVG picture (no root element)".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(height.to_be_bytes());
        bytes.extend([8, 2, 0, 0, 0]);
        bytes
    }

    /// SOI, an APP0 segment, then a baseline frame header of `width` × `height`.
    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8];
        bytes.extend(height.to_be_bytes());
        bytes.extend(width.to_be_bytes());
        bytes.extend([1, 1, 0x11, 0]);
        bytes
    }

    #[test]
    fn formats_are_told_by_their_bytes() {
        assert_eq!(sniff(&png(320, 180)), Ok(ImageFormat::Png));
        assert_eq!(sniff(&jpeg(640, 480)), Ok(ImageFormat::Jpeg));
        let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#;
        assert_eq!(sniff(svg), Ok(ImageFormat::Svg));
        assert_eq!(sniff(b"\xEF\xBB\xBF <svg></svg>"), Ok(ImageFormat::Svg));
    }

    #[test]
    fn broken_huge_and_foreign_pictures_are_refused() {
        let refused = |bytes: &[u8], phrase: &str| {
            let problem = sniff(bytes).unwrap_err();
            assert!(problem.contains(phrase), "{problem}");
        };
        refused(&png(20_000, 20_000), "20000 × 20000 pixels");
        refused(&png(0, 10), "no pixels");
        refused(&png(10, 10)[..20], "without a valid header");
        refused(&jpeg(1, 1)[..10], "without a valid frame header");
        refused(b"GIF89a....", "GIF");
        refused(b"%PDF-1.7", "PDF");
        refused(b"hello", "not a PNG, JPEG or SVG");
        refused(b"<svg><g></svg>", "well-formed");
        refused(b"<svg><g>", "ends inside an element");
        refused(b"<html></html>", "root is <html>");
        refused(b"<svg/><svg/>", "more than one root");
        refused(
            b"<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg>&a;</svg>",
            "entities",
        );
        refused(b"<svg>\xFF</svg>", "not UTF-8");
        refused(b"<svg><image href=\"x.png\"/></svg>", "bitmap");
    }
}
