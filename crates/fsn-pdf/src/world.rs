//! The sealed typst world: template, fonts and one document's data, nothing else.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The notice template, compiled into the binary: a module whose `notice(data)` lays out one
/// composed notice.
pub const TEMPLATE: &str = include_str!("../../../templates/notice.typ");

/// The main file typst compiles: it calls the template with the document's data. The template
/// itself reads no data, so typst evaluates it once and reuses it for every document.
pub const MAIN: &str = include_str!("../../../templates/main.typ");

/// The fonts the template uses, compiled into the binary so every machine renders alike.
/// Liberation Sans (SIL OFL 1.1) for text; DejaVu Sans (Bitstream Vera licence) for the
/// symbols Liberation Sans lacks (arrows, check marks, …) when a text uses them.
const FONTS: [&[u8]; 5] = [
    include_bytes!("../../../fonts/LiberationSans-Regular.ttf"),
    include_bytes!("../../../fonts/LiberationSans-Bold.ttf"),
    include_bytes!("../../../fonts/LiberationSans-Italic.ttf"),
    include_bytes!("../../../fonts/LiberationSans-BoldItalic.ttf"),
    include_bytes!("../../../fonts/DejaVuSans.ttf"),
];

fn project_file(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("a fixed, valid virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

static MAIN_ID: LazyLock<FileId> = LazyLock::new(|| project_file("/main.typ"));
static TEMPLATE_ID: LazyLock<FileId> = LazyLock::new(|| project_file("/notice.typ"));
static DATA_ID: LazyLock<FileId> = LazyLock::new(|| project_file("/data.json"));

/// Everything that is the same for every document: library, fonts, parsed main file and
/// template.
/// Build it once and share it; typst's caches then carry over from one document to the next.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    template: Source,
}

impl Typesetter {
    /// Loads the embedded fonts and template.
    pub fn new() -> Self {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Self {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main: Source::new(*MAIN_ID, MAIN.to_owned()),
            template: Source::new(*TEMPLATE_ID, TEMPLATE.to_owned()),
        }
    }

    /// Characters of `text` that no embedded font has a glyph for, in order of appearance,
    /// each once. typst would draw them as empty boxes ("tofu") without a word.
    pub fn missing_glyphs(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars() {
            let covered = c.is_whitespace()
                || c.is_control()
                || self
                    .fonts
                    .iter()
                    .any(|font| font.info().coverage.contains(c as u32));
            if !covered && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }

    /// A world for one document: its data and its pictures, each served as
    /// `/images/<index>.<extension>`, the path the template builds from the data.
    pub(crate) fn world(
        &self,
        data: Vec<u8>,
        images: &[fsn_core::document::Image],
        today: Option<Datetime>,
    ) -> DocumentWorld<'_> {
        let images = images
            .iter()
            .enumerate()
            .map(|(index, image)| {
                let path = format!("/images/{index}.{}", image.format.extension());
                (project_file(&path), Bytes::new(image.bytes.to_vec()))
            })
            .collect();
        DocumentWorld {
            base: self,
            data: Bytes::new(data),
            images,
            today,
        }
    }
}

impl Default for Typesetter {
    fn default() -> Self {
        Self::new()
    }
}

/// The world of one document: the shared base plus its data.
pub(crate) struct DocumentWorld<'a> {
    base: &'a Typesetter,
    data: Bytes,
    /// The document's pictures by their virtual paths; never a path from the notice.
    images: Vec<(FileId, Bytes)>,
    today: Option<Datetime>,
}

impl World for DocumentWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.base.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.base.book
    }

    fn main(&self) -> FileId {
        *MAIN_ID
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == *MAIN_ID {
            Ok(self.base.main.clone())
        } else if id == *TEMPLATE_ID {
            Ok(self.base.template.clone())
        } else {
            Err(refused(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA_ID {
            return Ok(self.data.clone());
        }
        self.images
            .iter()
            .find(|(image, _)| *image == id)
            .map(|(_, bytes)| bytes.clone())
            .ok_or_else(|| refused(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.base.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The notice's own date, never the clock: output must not depend on when it is built.
        self.today
    }
}

/// Anything but the main file, the template and the data is outside the sandbox.
fn refused(id: FileId) -> FileError {
    FileError::Other(Some(
        format!(
            "fsn serves only its main file, template, data and the document's pictures; {:?} \
             is outside the sandbox",
            id.get()
        )
        .into(),
    ))
}
