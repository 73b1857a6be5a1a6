//! fsn as a library: renders one notice in one language to PDF and HTML.
//!
//! ```sh
//! cargo run --example render -- notices/FSN2025-1682 it out/
//! ```
//!
//! Each step returns its errors as values: the same located [`fsn_core::Diagnostic`]s (code,
//! file, line, column, help) that `fsn render` prints. Here miette prints them as the CLI does.

use std::path::{Path, PathBuf};

use fsn_core::Repository;
use fsn_pdf::Typesetter;
use miette::{Context, IntoDiagnostic};

/// A notice rendered in one language.
pub struct Rendered {
    /// The PDF/A-2b file.
    pub pdf: Vec<u8>,
    /// The self-contained HTML page.
    pub html: String,
}

/// Loads the notice in `notice_dir` with its repository, composes it in `lang` and renders it.
pub fn render(notice_dir: &Path, lang: &str) -> miette::Result<Rendered> {
    let repository = Repository::discover(notice_dir)?;
    let notice = repository.load_languages(notice_dir, &[lang.to_owned()])?;
    let document = notice.compose(lang)?;
    let pdf = fsn_pdf::pdf(&Typesetter::new(), &document)?;
    let html = fsn_html::html(&document);
    Ok(Rendered {
        pdf: pdf.bytes,
        html,
    })
}

fn main() -> miette::Result<()> {
    let mut args = std::env::args().skip(1);
    let notice = PathBuf::from(args.next().unwrap_or_else(|| "notices/FSN2025-1682".into()));
    let lang = args.next().unwrap_or_else(|| "it".into());
    let out = PathBuf::from(args.next().unwrap_or_else(|| "out".into()));

    let rendered = render(&notice, &lang)?;

    let name = notice.file_name().unwrap_or_default().to_string_lossy();
    std::fs::create_dir_all(&out)
        .into_diagnostic()
        .wrap_err_with(|| format!("cannot create {}", out.display()))?;
    for (extension, bytes) in [
        ("pdf", &rendered.pdf[..]),
        ("html", rendered.html.as_bytes()),
    ] {
        let path = out.join(format!("{name}_{lang}.{extension}"));
        std::fs::write(&path, bytes)
            .into_diagnostic()
            .wrap_err_with(|| format!("cannot write {}", path.display()))?;
        println!("wrote {} ({} bytes)", path.display(), bytes.len());
    }
    Ok(())
}
