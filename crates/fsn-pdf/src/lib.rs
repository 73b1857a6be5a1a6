//! PDF backend of fsn: lays out a composed [`Document`] with embedded typst.
//!
//! The typst world is sealed: it serves the built-in main file and template, the document as
//! `/data.json`, and the fonts compiled into this crate. It opens no file on disk, imports no
//! package and reads no clock, so the same notice gives the same bytes on every machine.

mod world;

use fsn_core::Document;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use self::world::{MAIN, TEMPLATE, Typesetter};

/// The typst version fsn embeds (pinned exactly in the workspace manifest).
pub const TYPST_VERSION: &str = "0.15.1";

/// A PDF and what typst said while making it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
    /// typst's warnings, e.g. a glyph missing from every font.
    pub warnings: Vec<String>,
}

/// Why a document could not be laid out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum PdfError {
    /// typst rejected the template or the data.
    #[error("typst could not lay out the notice: {}", .0.join("; "))]
    #[diagnostic(
        code(fsn::pdf::layout),
        help("this is a bug in fsn's template; please report it with the notice")
    )]
    Layout(Vec<String>),
    /// The text needs characters no embedded font has: they would print as empty boxes.
    /// The caller knows the sources and says where each character is written.
    #[error("no embedded font has a glyph for {}", glyph_list(.0))]
    #[diagnostic(
        code(fsn::pdf::missing_glyphs),
        help("add a font covering them to fonts/ and to the font list in templates/notice.typ")
    )]
    MissingGlyphs(Vec<char>),
    /// The PDF writer failed.
    #[error("could not write the PDF: {}", .0.join("; "))]
    #[diagnostic(code(fsn::pdf::export))]
    Export(Vec<String>),
}

/// Renders a document to PDF/A-2b and PDF/UA-1 (tagged, accessible) with a shared
/// typesetter.
///
/// Build the [`Typesetter`] once and pass it to every call: it holds the fonts and the
/// template, and typst's caches make later documents faster.
///
/// ```
/// use fsn_core::Repository;
/// use fsn_pdf::Typesetter;
///
/// let repository = Repository::open("../..")?; // the repository of this crate
/// let notice = repository.load(&repository.notice_dir("FSN2025-1682"))?;
/// let document = notice.compose("it")?;
/// let pdf = fsn_pdf::pdf(&Typesetter::new(), &document)?;
/// assert!(pdf.bytes.starts_with(b"%PDF-"));
/// assert!(pdf.pages > 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn pdf(typesetter: &Typesetter, document: &Document) -> Result<Pdf, PdfError> {
    let paged = typeset(typesetter, document)?;
    let issued = datetime_of(&document.meta.issued);
    let options = PdfOptions {
        // A stable document id: same notice and language, same id.
        ident: Smart::Custom(format!("{}/{}", document.meta.notice_id, document.lang)),
        timestamp: issued.map(Timestamp::new_utc),
        // PDF/A-2b for regulatory archiving; typst checks conformance while writing and fails
        // rather than produce a file that only claims it.
        // PDF/UA-1 too: typst then refuses a picture without alternative text, a document
        // without title or language, and other gaps a screen reader would fall into.
        standards: PdfStandards::new(&[PdfStandard::A_2b, PdfStandard::Ua_1])
            .map_err(|err| PdfError::Export(vec![err.message().to_string()]))?,
        tagged: true,
        ..PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&paged.document, &options)
        .map_err(|errors| PdfError::Export(messages(&errors)))?;
    Ok(Pdf {
        bytes,
        pages: paged.document.pages().len(),
        warnings: paged.warnings,
    })
}

/// Drops typst's memoised results not used by the last `max_age` documents. typst keeps every
/// result for reuse; a build of many documents calls this after each one so memory stays flat.
pub fn trim_caches(max_age: usize) {
    typst::comemo::evict(max_age);
}

/// A laid-out document and typst's warnings.
pub struct Typeset {
    /// Pages, ready to export.
    pub document: PagedDocument,
    /// Warnings.
    pub warnings: Vec<String>,
}

/// Lays out a document without exporting it (for page counts and benchmarks).
pub fn typeset(typesetter: &Typesetter, document: &Document) -> Result<Typeset, PdfError> {
    let value =
        serde_json::to_value(document).map_err(|err| PdfError::Layout(vec![err.to_string()]))?;
    let mut text = String::new();
    collect_strings(&value, &mut text);
    let missing = typesetter.missing_glyphs(&text);
    let data = serde_json::to_vec(&value).map_err(|err| PdfError::Layout(vec![err.to_string()]))?;
    if !missing.is_empty() {
        return Err(PdfError::MissingGlyphs(missing));
    }
    typeset_world(typesetter, data, &document.images, &document.meta.issued)
}

/// Characters as `漢 (U+6F22), 字 (U+5B57)`.
pub fn glyph_list(chars: &[char]) -> String {
    chars
        .iter()
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Appends every string of a JSON value, separated by newlines.
fn collect_strings(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::String(text) => {
            out.push_str(text);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| collect_strings(item, out)),
        serde_json::Value::Object(fields) => fields
            .values()
            .for_each(|field| collect_strings(field, out)),
        _ => {}
    }
}

/// Lays out a document already serialised to the template's JSON: typst alone, without fsn's
/// composition (the benchmark's baseline).
pub fn typeset_data(
    typesetter: &Typesetter,
    data: Vec<u8>,
    issued: &str,
) -> Result<Typeset, PdfError> {
    typeset_world(typesetter, data, &[], issued)
}

fn typeset_world(
    typesetter: &Typesetter,
    data: Vec<u8>,
    images: &[fsn_core::document::Image],
    issued: &str,
) -> Result<Typeset, PdfError> {
    let world = typesetter.world(data, images, datetime_of(issued));
    let warned = typst::compile::<PagedDocument>(&world);
    let warnings = messages(&warned.warnings);
    let document = warned
        .output
        .map_err(|errors| PdfError::Layout(messages(&errors[..])))?;
    Ok(Typeset { document, warnings })
}

fn datetime_of(iso: &str) -> Option<Datetime> {
    let mut parts = iso.split('-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    Datetime::from_ymd(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

fn messages(diagnostics: &[SourceDiagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|diagnostic| {
            let severity = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let hints: String = diagnostic
                .hints
                .iter()
                .map(|hint| format!(" (hint: {})", hint.v))
                .collect();
            format!("{severity}: {}{hints}", diagnostic.message)
        })
        .collect()
}
