//! A PDF that cannot be made, said in the author's terms: notice, language, message and file;
//! and what typst warned about while making one.
//!
//! The PDF backend sees only the composed document, never TOML or Fluent. When it refuses a
//! character no font can print, the character is looked up in the files the document was
//! made from, and each place it is written is reported with the message that holds it.
//!
//! See: issue 12, D16 (missing-glyph errors named the character, not the message or file).

use std::sync::Arc;

use fsn_core::{Diagnostic, Diagnostics, Document, SourceFile};
use fsn_pdf::PdfError;

/// The diagnostics for a PDF that failed, located where the sources allow.
pub(crate) fn diagnose(
    error: &PdfError,
    document: &Document,
    sources: &[Arc<SourceFile>],
) -> Diagnostics {
    let which = format!("{} ({})", document.meta.notice_id, document.lang);
    let PdfError::MissingGlyphs(chars) = error else {
        let help = miette::Diagnostic::help(error).map(|help| help.to_string());
        let mut diagnostic = Diagnostic::error("fsn::pdf::layout", format!("{which}: {error}"));
        if let Some(help) = help {
            diagnostic = diagnostic.with_help(help);
        }
        return diagnostic.into();
    };
    let help = "no embedded font covers it: replace the character, or add a font covering it to \
                fonts/ and to the font list in templates/notice.typ";
    let mut diagnostics = Diagnostics::default();
    for &c in chars {
        let glyph = fsn_pdf::glyph_list(&[c]);
        let mut found = false;
        for source in sources {
            let Some(offset) = source.text().find(c) else {
                continue;
            };
            found = true;
            let message = match message_at(source, offset) {
                Some(id) => {
                    format!("{which}: no embedded font has a glyph for {glyph} in message `{id}`")
                }
                None => format!("{which}: no embedded font has a glyph for {glyph}"),
            };
            diagnostics.push(
                Diagnostic::error("fsn::pdf::missing_glyphs", message)
                    .at(source, offset..offset + c.len_utf8())
                    .with_label("no font has this character")
                    .with_help(help),
            );
        }
        if !found {
            diagnostics.push(
                Diagnostic::error(
                    "fsn::pdf::missing_glyphs",
                    format!("{which}: no embedded font has a glyph for {glyph}"),
                )
                .with_help(help),
            );
        }
    }
    diagnostics
}

/// Prints what typst warned about while making a document's PDF, one line per warning.
pub(crate) fn print_warnings(document: &Document, warnings: &[String]) {
    for warning in warnings {
        eprintln!(
            "fsn: {} ({}): typst {warning}",
            document.meta.notice_id, document.lang
        );
    }
}

/// The id of the Fluent message whose definition holds `offset`, for `.ftl` files: the last
/// line before it that starts an entry (`id =` at the start of a line).
fn message_at(source: &SourceFile, offset: usize) -> Option<String> {
    if source.path().extension().is_none_or(|ext| ext != "ftl") {
        return None;
    }
    let before = &source.text()[..offset];
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    // The offset's own line up to it, then the lines above, nearest first.
    std::iter::once(&before[line_start..])
        .chain(before[..line_start].lines().rev())
        .find_map(entry_id)
        .map(str::to_owned)
}

/// `id` when the line starts a Fluent message or term: `id = …` at its start.
fn entry_id(line: &str) -> Option<&str> {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    let id = &line[..end];
    let starts = id
        .trim_start_matches('-')
        .starts_with(|c: char| c.is_ascii_alphabetic());
    (starts && line[end..].trim_start().starts_with('=')).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_holding_an_offset_is_found() {
        let text = "### status: reviewed\n\nintro = Hello\n    more 漢 text\n\nclosing = Bye 字\n";
        let file = SourceFile::new("notices/X/locales/en.ftl", text);
        assert_eq!(
            message_at(&file, text.find('漢').unwrap()).as_deref(),
            Some("intro")
        );
        assert_eq!(
            message_at(&file, text.find('字').unwrap()).as_deref(),
            Some("closing")
        );
        let toml = SourceFile::new("notices/X/notice.toml", "name = \"漢\"\n");
        assert_eq!(message_at(&toml, 9), None);
        assert_eq!(entry_id("-brand = X"), Some("-brand"));
        assert_eq!(entry_id("    continued = no"), None);
    }
}
