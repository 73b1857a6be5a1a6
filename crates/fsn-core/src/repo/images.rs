//! Pictures: figures of a notice and the issuer's logo, read through the repository gate and
//! checked ([`crate::validate::pictures`]) before any backend sees them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::repository::Repository;
use crate::base::diagnostic::{Diagnostic, SourceFile};
use crate::base::limits;
use crate::base::toml_spans::{Key, TomlSpans};
use crate::document::image::{Image, Images};
use crate::model::RawBlock;
use crate::model::blocks::letter_blocks;
use crate::validate::Notice;
use crate::validate::pictures::sniff;

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
    for (index, position, block) in letter_blocks(&notice.sections) {
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
        let at = |diagnostic: Diagnostic| diagnostic.at(from.notice_file, notice_spans.span(&path));
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
            if images.has_figure(&lang, name) {
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
                    images.add_figure(lang, name.clone(), file, image);
                }
                Err(diagnostic) => diagnostics.push(at(diagnostic)),
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
            Ok(image) => images.set_logo(file, image),
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
