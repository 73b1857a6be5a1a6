//! Writing the XLIFF document: one `<file>` per layer, one `<unit>` per pattern.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_syntax::ast;

use super::format::{FLUENT_NOTE, FLUENT_UNIT, NAMESPACE};
use super::glossary::{self, protect};
use super::layers::{Layer, layers, target_path};
use super::segment::{Piece, UnitSource, has_select_with_text, parse, pieces, unit_sources};
use crate::glossary::Glossary;
use crate::review::{self, Reviews};
use fsn_core::base::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use fsn_core::repo::Repository;

/// What [`export_with`] writes: everything by default.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// Only the files these notice folders are made from: their own, their issuer's and the
    /// shared ones. Empty: every file.
    pub notices: Vec<PathBuf>,
    /// Only the units a translator has work on: untranslated, or translated but not reviewed
    /// against today's source (unreviewed, edited or stale).
    pub needs_work: bool,
}

/// Writes the XLIFF 2.0 document of every layer of `source_lang`, with the translations of
/// `target_lang` where they exist.
pub fn export(
    repository: &Repository,
    source_lang: &str,
    target_lang: &str,
) -> Result<String, Diagnostics> {
    export_with(
        repository,
        source_lang,
        target_lang,
        &ExportOptions::default(),
    )
}

/// [`export`], limited to what `options` select. A selection with no unit is refused: an XLIFF
/// document holds at least one.
pub fn export_with(
    repository: &Repository,
    source_lang: &str,
    target_lang: &str,
    options: &ExportOptions,
) -> Result<String, Diagnostics> {
    let root = repository.root();
    // Both languages become parts of paths read: only the repository's own, canonically spelled.
    let mut problems = Diagnostics::default();
    for (lang, what) in [(source_lang, "source locale"), (target_lang, "language")] {
        if let Err(diagnostic) = repository.check_language(lang, what) {
            problems.push(diagnostic);
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let mut layers = layers(repository, source_lang);
    if layers.is_empty() {
        return Err(Diagnostic::error(
            "fsn::xliff::no_source",
            format!("source locale `{source_lang}` has no .ftl files"),
        )
        .with_help("pass --source-locale with a language under locales/")
        .into());
    }
    if !options.notices.is_empty() {
        let wanted = notice_files(repository, &options.notices, source_lang)?;
        // The shared files every notice loads, and the notices' own, issuers' and optional ones.
        let everyones =
            |original: &str| original.starts_with("locales/") && original.matches('/').count() == 2;
        layers.retain(|layer| everyones(&layer.original) || wanted.contains(&layer.original));
    }
    let mut body = String::new();
    let reviews = Reviews::new(repository);
    for layer in &layers {
        let source = match repository.read(&root.join(&layer.original)) {
            Ok(file) => file,
            Err(diagnostic) => {
                problems.push(diagnostic);
                continue;
            }
        };
        // Something else in the translation's place (a folder, a pipe) is named by the read.
        let target = target_path(&layer.original, source_lang, target_lang)
            .map(|path| root.join(path))
            .filter(|path| repository.exists(path))
            .map(|path| repository.read(&path))
            .transpose();
        let target = match target {
            Ok(target) => target,
            Err(diagnostic) => {
                problems.push(diagnostic);
                continue;
            }
        };
        let glossary = match glossary::for_layer(repository, &layer.original) {
            Ok(glossary) => glossary,
            Err(found) => {
                problems.0.extend(found.0);
                continue;
            }
        };
        let states = target
            .as_ref()
            .map(|target| review_states(&reviews, &source, target, source_lang, target_lang))
            .unwrap_or_default();
        let file = FileExport {
            layer,
            target_lang,
            states: &states,
            glossary: &glossary,
            needs_work: options.needs_work,
        };
        file.write(&mut body, &source, target.as_ref(), &mut problems);
    }
    if problems.has_errors() {
        return Err(problems);
    }
    if body.is_empty() {
        let what = if options.needs_work {
            format!("no message of the selection needs work in `{target_lang}`")
        } else {
            format!("the selected `{source_lang}` files have no messages")
        };
        return Err(Diagnostic::error("fsn::xliff::nothing_to_export", format!("nothing to export: {what}"))
            .with_help("every translation is reviewed against today's source; `fsn status` shows the languages' state")
            .into());
    }
    let mut xml = String::new();
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">",
        attr(source_lang),
        attr(target_lang)
    );
    xml.push_str(&body);
    xml.push_str("</xliff>\n");
    Ok(xml)
}

/// The source files (repository-relative) of the notices in `dirs` and of their issuers.
fn notice_files(
    repository: &Repository,
    dirs: &[PathBuf],
    source_lang: &str,
) -> Result<Vec<String>, Diagnostics> {
    let mut problems = Diagnostics::default();
    let mut files = Vec::new();
    for dir in dirs {
        let notice = match repository.raw_notice(dir) {
            Ok(notice) => notice,
            Err(found) => {
                problems.0.extend(found.0);
                continue;
            }
        };
        let key = dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push(format!("notices/{key}/locales/{source_lang}.ftl"));
        files.push(format!(
            "issuers/{}/locales/{source_lang}.ftl",
            notice.issuer
        ));
        // The shared wording only some notices load, if this one does.
        for wording in repository.optional_wording_of(&notice) {
            files.push(format!("locales/{source_lang}/{wording}"));
        }
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(files)
    }
}

/// How each translated unit of a file stands in its review record (`id`, `id.attr`, `-term`),
/// so the XLIFF tells a CAT tool what is reviewed and what changed in the source since.
fn review_states(
    reviews: &Reviews<'_>,
    source: &SourceFile,
    target: &SourceFile,
    source_lang: &str,
    target_lang: &str,
) -> HashMap<String, review::State> {
    let layer = review::Layer {
        kind: review::LayerKind::Shared,
        lang: target_lang.to_owned(),
        file: target.path().to_path_buf(),
        source_language: source_lang.to_owned(),
        sources: vec![source.path().to_path_buf()],
    };
    // A record that cannot be read leaves the units "translated"; `fsn check` reports it.
    reviews
        .file(&layer)
        .map(|review| {
            review
                .messages
                .iter()
                .map(|message| (message.key.clone(), message.state.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// One layer's `<file>` element, as the options and the layer's review and glossary have it.
struct FileExport<'a> {
    layer: &'a Layer,
    target_lang: &'a str,
    states: &'a HashMap<String, review::State>,
    glossary: &'a Glossary,
    needs_work: bool,
}

impl FileExport<'_> {
    /// Appends the `<file>` to `xml`, unless none of its units is selected.
    fn write(
        &self,
        xml: &mut String,
        source: &Arc<SourceFile>,
        target: Option<&Arc<SourceFile>>,
        problems: &mut Diagnostics,
    ) {
        let parsed = parse(source.text());
        let target_parsed = target.map(|file| (file, parse(file.text())));
        let refused = [Some((source, &parsed))]
            .into_iter()
            .chain(
                target_parsed
                    .as_ref()
                    .map(|(file, parsed)| Some((*file, parsed))),
            )
            .flatten()
            .filter_map(|(file, parsed)| {
                parsed
                    .as_ref()
                    .err()
                    .map(|refused| refused.diagnostic(file))
            })
            .collect::<Vec<_>>();
        if !refused.is_empty() {
            problems.0.extend(refused);
            return;
        }
        let Ok((resource, errors)) = parsed else {
            return;
        };
        if errors > 0 {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::source_syntax",
                    format!("{} has fluent syntax errors", source.path().display()),
                )
                .with_help("fix them (see `fsn check --locales`) before exporting"),
            );
            return;
        }
        let target_resource =
            target_parsed.and_then(|(_, parsed)| parsed.ok().map(|(resource, _)| resource));
        let target_units: HashMap<String, &ast::Pattern<&str>> = target_resource
            .as_ref()
            .map(|resource| {
                unit_sources(resource)
                    .into_iter()
                    .map(|unit| (unit.id, unit.pattern))
                    .collect()
            })
            .unwrap_or_default();

        let mut units = String::new();
        for unit in &unit_sources(&resource) {
            let target = target_units.get(&unit.id);
            let state = self.states.get(&unit.id);
            if self.needs_work && target.is_some() && state == Some(&review::State::Reviewed) {
                continue;
            }
            let fluent = has_select_with_text(unit.pattern);
            let source_pieces = pieces(unit.pattern, fluent);
            let target_pieces = target.map(|pattern| pieces(pattern, fluent));
            self.write_unit(
                &mut units,
                unit,
                fluent,
                &source_pieces,
                target_pieces.as_deref(),
                state,
            );
        }
        if units.is_empty() {
            return;
        }
        let _ = writeln!(
            xml,
            "  <file id=\"{}\" original=\"{}\">",
            attr(&self.layer.id),
            attr(&self.layer.original)
        );
        let file_notes: Vec<String> = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::ResourceComment(comment) | ast::Entry::Comment(comment) => {
                    Some(comment_text(comment))
                }
                _ => None,
            })
            .collect();
        if !file_notes.is_empty() {
            xml.push_str("    <notes>\n");
            for note in &file_notes {
                let _ = writeln!(
                    xml,
                    "      <note category=\"comment\">{}</note>",
                    text(note)
                );
            }
            xml.push_str("    </notes>\n");
        }
        xml.push_str(&units);
        xml.push_str("  </file>\n");
    }

    fn write_unit(
        &self,
        xml: &mut String,
        unit: &UnitSource<'_, '_>,
        fluent: bool,
        source: &[Piece],
        target: Option<&[Piece]>,
        review: Option<&review::State>,
    ) {
        let _ = write!(
            xml,
            "    <unit id=\"{}\" canResegment=\"no\"",
            attr(&unit.id)
        );
        if fluent {
            let _ = write!(xml, " type=\"{FLUENT_UNIT}\" xml:space=\"preserve\"");
        }
        xml.push_str(">\n");
        let mut notes = Vec::new();
        if let Some(comment) = unit.comment {
            notes.push(("comment", comment_text(comment)));
        }
        if let Some(group) = unit.group {
            notes.push(("group", comment_text(group)));
        }
        if fluent {
            notes.push(("fsn", FLUENT_NOTE.to_owned()));
        }
        // A CAT tool shows what changed: the source text the translation was reviewed against.
        if let (Some(_), Some(review::State::Stale { reviewed_against })) = (target, review) {
            notes.push((
                "fsn:stale",
                format!(
                    "the source changed since this translation was reviewed; it was: {reviewed_against}"
                ),
            ));
        }
        if !notes.is_empty() {
            xml.push_str("      <notes>\n");
            for (category, note) in &notes {
                let _ = writeln!(
                    xml,
                    "        <note category=\"{category}\">{}</note>",
                    text(note)
                );
            }
            xml.push_str("      </notes>\n");
        }
        // One data element per distinct code, the source's first.
        let mut data: Vec<&str> = Vec::new();
        for piece in source.iter().chain(target.unwrap_or_default()) {
            if let Piece::Code(code) = piece
                && !data.contains(&code.as_str())
            {
                data.push(code);
            }
        }
        if !data.is_empty() {
            xml.push_str("      <originalData>\n");
            for (index, code) in data.iter().enumerate() {
                let _ = writeln!(
                    xml,
                    "        <data id=\"d{}\">{}</data>",
                    index + 1,
                    text(code)
                );
            }
            xml.push_str("      </originalData>\n");
        }
        let data_id = |code: &str| data.iter().position(|d| *d == code).unwrap_or(0) + 1;
        // `reviewed` only for a translation reviewed against today's source and unchanged since;
        // stale, edited and unreviewed ones are `translated`.
        let state = match (target, review) {
            (None, _) => "initial",
            (Some(_), Some(review::State::Reviewed)) => "reviewed",
            (Some(_), _) => "translated",
        };
        let _ = writeln!(xml, "      <segment state=\"{state}\">");
        // Source codes are numbered in order; a target code takes the id of an unused source code
        // with the same data, so CAT tools pair them.
        let mut source_ids: Vec<(usize, usize)> = Vec::new();
        let mut next = 1;
        // Do-not-translate terms of the source, locked in both segments; the target may hold a
        // term in a form the glossary approves for its language.
        let source_text: String = source
            .iter()
            .filter_map(|piece| match piece {
                Piece::Text(value) => Some(value.as_str()),
                Piece::Code(_) => None,
            })
            .collect();
        let terms: Vec<(&str, &str)> = self
            .glossary
            .terms_in(self.target_lang)
            .filter(|term| !term.text.is_empty() && source_text.contains(term.text.as_str()))
            .map(|term| (term.text.as_str(), term.text.as_str()))
            .collect();
        let forms: Vec<(&str, &str)> = self
            .glossary
            .terms_in(self.target_lang)
            .filter(|term| terms.iter().any(|(text, _)| *text == term.text))
            .flat_map(|term| {
                Glossary::forms(term, self.target_lang).map(|form| (form, term.text.as_str()))
            })
            .collect();
        let mut marks: Vec<(String, &str)> = Vec::new();
        xml.push_str("        <source>");
        for piece in source {
            match piece {
                Piece::Text(value) => write_protected(xml, value, &terms, |term| {
                    let id = format!("m{}", marks.len() + 1);
                    marks.push((id.clone(), term));
                    id
                }),
                Piece::Code(code) => {
                    let d = data_id(code);
                    write_ph(xml, next, d, code);
                    source_ids.push((next, d));
                    next += 1;
                }
            }
        }
        xml.push_str("</source>\n");
        if let Some(target) = target {
            xml.push_str("        <target>");
            let mut unused = source_ids.clone();
            let mut unused_marks = marks.clone();
            let mut next_mark = marks.len() + 1;
            for piece in target {
                match piece {
                    Piece::Text(value) => write_protected(xml, value, &forms, |term| {
                        match unused_marks.iter().position(|(_, of)| *of == term) {
                            Some(position) => unused_marks.remove(position).0,
                            None => {
                                next_mark += 1;
                                format!("m{}", next_mark - 1)
                            }
                        }
                    }),
                    Piece::Code(code) => {
                        let d = data_id(code);
                        let id = match unused.iter().position(|(_, data)| *data == d) {
                            Some(position) => unused.remove(position).0,
                            None => {
                                next += 1;
                                next - 1
                            }
                        };
                        write_ph(xml, id, d, code);
                    }
                }
            }
            xml.push_str("</target>\n");
        }
        xml.push_str("      </segment>\n    </unit>\n");
    }
}

/// Writes `value` with each occurrence of a form of `terms` (`(form, term)`) inside a
/// `<mrk translate="no">`, whose id `mark_id` gives for the term.
fn write_protected<'t>(
    xml: &mut String,
    value: &str,
    terms: &[(&str, &'t str)],
    mut mark_id: impl FnMut(&'t str) -> String,
) {
    let forms: Vec<&str> = terms.iter().map(|(form, _)| *form).collect();
    for (protected, run) in protect(value, &forms) {
        let term = terms
            .iter()
            .find(|(form, _)| *form == run)
            .map(|(_, term)| *term);
        match term {
            Some(term) if protected => {
                let id = mark_id(term);
                let _ = write!(xml, "<mrk id=\"{id}\" translate=\"no\">{}</mrk>", text(run));
            }
            _ => xml.push_str(&text(run)),
        }
    }
}

fn write_ph(xml: &mut String, id: usize, data: usize, code: &str) {
    let _ = write!(
        xml,
        "<ph id=\"{id}\" dataRef=\"d{data}\" disp=\"{}\"/>",
        attr(code)
    );
}

fn comment_text(comment: &ast::Comment<&str>) -> String {
    comment.content.join("\n")
}

/// Escapes text content.
fn text(value: &str) -> String {
    quick_xml::escape::escape(value).into_owned()
}

/// Escapes an attribute value; line breaks as character references, so they survive
/// attribute-value normalisation.
fn attr(value: &str) -> String {
    quick_xml::escape::escape(value)
        .replace('\n', "&#10;")
        .replace('\t', "&#9;")
}
