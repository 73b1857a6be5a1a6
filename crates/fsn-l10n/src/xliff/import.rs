//! Importing the targets of an XLIFF document: checking their placeholders and rewriting
//! only what changed in the target locale's `.ftl` files.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_syntax::ast;

use super::read::{ReadDocument, ReadFile, ReadPiece, ReadUnit, read, xml_error};
use super::segment::{
    Piece, UnitSource, has_select_with_text, normalize, parse, pieces, unit_sources, write_pattern,
};
use super::target_path;
use crate::lint::Glossary;
use fsn_core::base::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use fsn_core::repo::Repository;

/// A target file rewritten by [`import`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFile {
    /// Where it goes, under the repository root.
    pub path: PathBuf,
    /// Its new text.
    pub text: String,
    /// Units whose translation changed.
    pub changed: usize,
    /// Units newly translated (inserted).
    pub added: usize,
}

/// Reads an XLIFF 2.0 document (`name` is how diagnostics call it) and returns the target
/// files it changes, with their new text. Refuses, with a diagnostic per problem and nothing
/// returned, a document with damaged placeholders or targets that do not parse as Fluent.
pub fn import(
    repository: &Repository,
    name: &str,
    xml: &str,
) -> Result<Vec<ImportedFile>, Diagnostics> {
    import_with(repository, name, xml, ImportOptions::default())
}

/// How [`import_with`] treats what the document was made from.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Accept translations of a source text that changed after the export. They land in the
    /// files like any changed translation, so they stay unreviewed until `fsn review`.
    pub accept_stale: bool,
}

/// [`import`], with options. A unit whose `<source>` is not today's source text is refused
/// (a translation of an outdated text) unless `options.accept_stale`.
pub fn import_with(
    repository: &Repository,
    name: &str,
    xml: &str,
    options: ImportOptions,
) -> Result<Vec<ImportedFile>, Diagnostics> {
    let xlf = SourceFile::new(name, xml);
    let document = read(&xlf)?;
    check_languages(repository, &xlf, &document)?;
    let root = repository.root();
    let mut problems = Diagnostics::default();
    let mut out = Vec::new();
    for file in &document.files {
        let Some(target) =
            target_path(&file.original, &document.source_lang, &document.target_lang)
        else {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::unknown_file",
                    format!(
                        "`<file original=\"{}\">` is not a `{}` .ftl file of fsn's layers",
                        file.original, document.source_lang
                    ),
                )
                .at(&xlf, file.span.clone())
                .with_help("originals look like locales/<lang>/x.ftl, issuers/<key>/locales/<lang>.ftl or notices/<id>/locales/<lang>.ftl"),
            );
            continue;
        };
        let source = match repository.read(&root.join(&file.original)) {
            Ok(source) => source,
            Err(diagnostic) => {
                problems.push(diagnostic);
                continue;
            }
        };
        // The file written must be inside the repository too, whatever links lie on its way.
        let target_file = root.join(&target);
        if let Err(diagnostic) = repository.check_inside(&target_file) {
            problems.push(diagnostic);
            continue;
        }
        let existing = if std::fs::symlink_metadata(&target_file).is_ok() {
            match repository.read(&target_file) {
                Ok(file) => Some(file),
                Err(diagnostic) => {
                    problems.push(diagnostic);
                    continue;
                }
            }
        } else {
            None
        };
        let glossary = match super::glossary::for_layer(repository, &file.original) {
            Ok(glossary) => glossary,
            Err(found) => {
                problems.0.extend(found.0);
                continue;
            }
        };
        let layer = LayerImport {
            lang: &document.target_lang,
            glossary: &glossary,
            options,
        };
        match import_file(&xlf, file, &source, existing.as_ref(), &target, &layer) {
            Ok(Some(mut imported)) => {
                imported.path = target_file;
                out.push(imported);
            }
            Ok(None) => {}
            Err(diagnostics) => problems.0.extend(diagnostics),
        }
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(out)
    }
}

/// srcLang and trgLang name languages of the repository, spelled as it spells them, and
/// differ: they become parts of the paths written.
fn check_languages(
    repository: &Repository,
    xlf: &Arc<SourceFile>,
    document: &ReadDocument,
) -> Result<(), Diagnostics> {
    let mut problems = Diagnostics::default();
    for (lang, what) in [
        (&document.source_lang, "srcLang"),
        (&document.target_lang, "trgLang"),
    ] {
        if let Err(diagnostic) = repository.check_language(lang, what) {
            problems.push(diagnostic.at(xlf, document.root_span.clone()));
        }
    }
    if problems.0.is_empty() && document.source_lang == document.target_lang {
        return Err(xml_error(
            xlf,
            document.root_span.start,
            format!(
                "srcLang and trgLang are both `{}`: the import would overwrite the source",
                document.source_lang
            ),
        ));
    }
    if problems.0.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Where an entry of a file is, in bytes.
struct Located {
    /// Start of its attached comment, or of its id.
    start: usize,
    /// Just after the `=` of the id line.
    head_end: usize,
    /// Start of each attribute's line, by name.
    attributes: Vec<(String, usize)>,
    /// After the entry's last line.
    end: usize,
}

fn offset(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize)
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |newline| newline + 1)
}

fn locate(text: &str, entry: &ast::Entry<&str>) -> Option<Located> {
    let (name, term, attributes, comment) = match entry {
        ast::Entry::Message(message) => (
            message.id.name,
            false,
            &message.attributes,
            message.comment.is_some(),
        ),
        ast::Entry::Term(term) => (term.id.name, true, &term.attributes, term.comment.is_some()),
        _ => return None,
    };
    let id_at = offset(text, name).checked_sub(usize::from(term))?;
    if id_at > text.len() {
        return None;
    }
    let head_end = id_at + text[id_at..].find('=')? + 1;
    let mut start = line_start(text, id_at);
    if comment {
        while start > 0 {
            let previous = line_start(text, start - 1);
            let line = &text[previous..start];
            if line.starts_with('#') && !line.starts_with("##") {
                start = previous;
            } else {
                break;
            }
        }
    }
    let mut end = text[head_end..]
        .find('\n')
        .map_or(text.len(), |at| head_end + at + 1);
    let mut probe = end;
    while probe < text.len() {
        let next = text[probe..]
            .find('\n')
            .map_or(text.len(), |at| probe + at + 1);
        let line = &text[probe..next];
        if line.trim().is_empty() {
            probe = next;
            continue;
        }
        if line.starts_with([' ', '}']) {
            end = next;
            probe = next;
        } else {
            break;
        }
    }
    let attributes = attributes
        .iter()
        .map(|attribute| {
            (
                attribute.id.name.to_owned(),
                line_start(text, offset(text, attribute.id.name)),
            )
        })
        .collect();
    Some(Located {
        start,
        head_end,
        attributes,
        end,
    })
}

/// The placeholders of a unit as `fsn xliff export` numbers them (`d1`, `d2`, …): the distinct
/// codes of today's source, then those only today's translation has. They are rebuilt here,
/// never taken from the document's `<originalData>`, which only has to agree with them.
fn data_table(source: &[Piece], old: Option<&[Piece]>) -> BTreeMap<String, String> {
    let mut codes: Vec<&str> = Vec::new();
    for piece in source.iter().chain(old.unwrap_or_default()) {
        if let Piece::Code(code) = piece
            && !codes.contains(&code.as_str())
        {
            codes.push(code);
        }
    }
    codes
        .into_iter()
        .enumerate()
        .map(|(index, code)| (format!("d{}", index + 1), code.to_owned()))
        .collect()
}

/// Refuses `<data>` elements that disagree with the rebuilt placeholders: changing one must
/// not change a message's placeable (`{ $issuer }` into `{ other-message }`).
fn check_original_data(
    xlf: &Arc<SourceFile>,
    unit: &ReadUnit,
    table: &BTreeMap<String, String>,
    problems: &mut Vec<Diagnostic>,
) {
    let mut data: Vec<_> = unit.data.iter().collect();
    data.sort_by_key(|(_, data)| data.span.start);
    for (id, data) in data {
        let problem = match table.get(id) {
            Some(code) if *code == data.value => continue,
            Some(code) => format!(
                "unit `{}`: <data id=\"{id}\"> holds `{}`, but the placeholder {id} of the source is `{code}`",
                unit.id, data.value
            ),
            None => format!(
                "unit `{}`: <data id=\"{id}\"> is not a placeholder of the source",
                unit.id
            ),
        };
        problems.push(
            Diagnostic::error("fsn::xliff::original_data", problem)
                .at(xlf, data.span.clone())
                .with_help("placeholders come from the source and cannot be changed in the XLIFF file; export again"),
        );
    }
}

/// Resolves a read segment to pieces, checking its codes against `table` (see
/// [`data_table`]). `expected` is the source's codes (data ids with their counts); `None`
/// skips the count check.
fn resolve(
    xlf: &Arc<SourceFile>,
    unit: &ReadUnit,
    read: &[ReadPiece],
    table: &BTreeMap<String, String>,
    expected: Option<&BTreeMap<String, usize>>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Piece> {
    let mut raw = Vec::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut last_span = unit.span.clone();
    for piece in read {
        match piece {
            ReadPiece::Text(value) => {
                if !unit.fluent && value.contains(['{', '}']) {
                    problems.push(
                        Diagnostic::error(
                            "fsn::xliff::literal_brace",
                            format!(
                                "unit `{}`: the target has a literal `{{` or `}}` outside the placeholders",
                                unit.id
                            ),
                        )
                        .at(xlf, unit.span.clone())
                        .with_help("restore the placeholder the CAT tool shows, or remove the brace"),
                    );
                }
                if let Some(c) = value
                    .chars()
                    .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
                {
                    problems.push(
                        Diagnostic::error(
                            "fsn::xliff::control_character",
                            format!(
                                "unit `{}`: the target holds the control character {}",
                                unit.id,
                                c.escape_unicode()
                            ),
                        )
                        .at(xlf, unit.span.clone())
                        .with_help("remove it; messages are text"),
                    );
                }
                raw.push(Piece::Text(value.clone()));
            }
            ReadPiece::Ph { data_ref, span } => {
                last_span = span.clone();
                let Some(data) = data_ref.as_ref().and_then(|id| table.get(id)) else {
                    problems.push(
                        Diagnostic::error(
                            "fsn::xliff::unknown_data_ref",
                            format!(
                                "unit `{}`: a `<ph>` has {} dataRef",
                                unit.id,
                                data_ref
                                    .as_ref()
                                    .map_or("no".to_owned(), |id| format!("the unknown `{id}`"))
                            ),
                        )
                        .at(xlf, span.clone())
                        .with_help("copy the placeholder from the source segment"),
                    );
                    continue;
                };
                *counts
                    .entry(data_ref.clone().unwrap_or_default())
                    .or_default() += 1;
                raw.push(Piece::Code(data.clone()));
            }
        }
    }
    if let Some(expected) = expected {
        for (data_ref, want) in expected {
            let have = counts.get(data_ref).copied().unwrap_or(0);
            if have != *want {
                let what = if have < *want {
                    "missing"
                } else {
                    "duplicated"
                };
                let code = table.get(data_ref).map_or("", String::as_str);
                problems.push(
                    Diagnostic::error(
                        "fsn::xliff::placeholder",
                        format!(
                            "unit `{}`: placeholder `{code}` ({data_ref}) is {what} in the target ({have} instead of {want})",
                            unit.id
                        ),
                    )
                    .at(xlf, last_span.clone())
                    .with_help("each placeholder of the source must appear once in the target"),
                );
            }
        }
    }
    if unit.fluent {
        let value: String = raw
            .iter()
            .map(|piece| match piece {
                Piece::Text(value) | Piece::Code(value) => value.as_str(),
            })
            .collect();
        let value = value.replace("\r\n", "\n");
        let trimmed: Vec<&str> = value
            .trim_matches('\n')
            .lines()
            .map(str::trim_end)
            .collect();
        return vec![Piece::Text(trimmed.join("\n"))];
    }
    normalize(raw)
}

/// Whether the text of a unit's `<source>` is today's source text (placeholders aside, runs of
/// white space counted as one space, as the review records count them).
fn same_text(xliff_source: &[ReadPiece], today: &[Piece]) -> bool {
    let collapse = |text: String| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let exported: String = xliff_source
        .iter()
        .filter_map(|piece| match piece {
            ReadPiece::Text(text) => Some(text.as_str()),
            ReadPiece::Ph { .. } => None,
        })
        .collect();
    let current: String = today
        .iter()
        .filter_map(|piece| match piece {
            Piece::Text(text) => Some(text.as_str()),
            Piece::Code(_) => None,
        })
        .collect();
    collapse(exported) == collapse(current)
}

/// What a file's targets are checked with besides its source.
struct LayerImport<'a> {
    /// The target language.
    lang: &'a str,
    /// The layer's do-not-translate terms.
    glossary: &'a Glossary,
    options: ImportOptions,
}

/// The text of pieces, placeholders left out.
fn plain_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .filter_map(|piece| match piece {
            Piece::Text(text) => Some(text.as_str()),
            Piece::Code(_) => None,
        })
        .collect()
}

fn import_file(
    xlf: &Arc<SourceFile>,
    file: &ReadFile,
    source: &Arc<SourceFile>,
    existing: Option<&Arc<SourceFile>>,
    target_rel: &str,
    layer: &LayerImport<'_>,
) -> Result<Option<ImportedFile>, Vec<Diagnostic>> {
    let (source_resource, _) =
        parse(source.text()).map_err(|refused| vec![refused.diagnostic(source)])?;
    let source_units = unit_sources(&source_resource);
    let old_text = existing.map_or("", |file| file.text());
    let (old_resource, old_errors) = match existing {
        Some(file) => parse(old_text).map_err(|refused| vec![refused.diagnostic(file)])?,
        None => (ast::Resource { body: Vec::new() }, 0),
    };
    let old_units: HashMap<String, (&ast::Pattern<&str>, usize)> = unit_sources(&old_resource)
        .into_iter()
        .map(|unit| (unit.id, (unit.pattern, unit.entry)))
        .collect();
    let mut problems = Vec::new();

    // The new or changed translations, by unit id.
    let mut wanted: HashMap<String, Vec<Piece>> = HashMap::new();
    for unit in &file.units {
        let Some(target) = &unit.target else { continue };
        let Some(source_unit) = source_units.iter().find(|s| s.id == unit.id) else {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::unknown_unit",
                    format!("unit `{}` is not in {}", unit.id, source.path().display()),
                )
                .at(xlf, unit.span.clone())
                .with_help("export again: the source has changed since"),
            );
            continue;
        };
        if unit.fluent != has_select_with_text(source_unit.pattern) {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::unit_type",
                    format!(
                        "unit `{}`: its type does not match the source's (select expression)",
                        unit.id
                    ),
                )
                .at(xlf, unit.span.clone())
                .with_help("export again: the source has changed since"),
            );
            continue;
        }
        let before = problems.len();
        // The placeholders are today's: the source's codes, each with its count, and the
        // document's `<originalData>` only checked against them.
        let source_pieces = self::pieces(source_unit.pattern, unit.fluent);
        let old = old_units
            .get(&unit.id)
            .map(|(pattern, _)| self::pieces(pattern, unit.fluent));
        let table = data_table(&source_pieces, old.as_deref());
        check_original_data(xlf, unit, &table, &mut problems);
        let mut expected: BTreeMap<String, usize> = BTreeMap::new();
        for piece in &source_pieces {
            if let Piece::Code(code) = piece
                && let Some((id, _)) = table.iter().find(|(_, data)| *data == code)
            {
                *expected.entry(id.clone()).or_default() += 1;
            }
        }
        let pieces = resolve(xlf, unit, target, &table, None, &mut problems);
        if problems.len() > before {
            continue;
        }
        if pieces.is_empty() {
            continue;
        }
        if old.as_ref() == Some(&pieces) {
            continue;
        }
        // A changed translation must be a translation of today's source.
        if !layer.options.accept_stale && !same_text(&unit.source, &source_pieces) {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::stale_source",
                    format!(
                        "unit `{}` was translated from a source text that has changed since the export",
                        unit.id
                    ),
                )
                .at(xlf, unit.span.clone())
                .with_help(
                    "export again and translate today's source; or import with --accept-stale \
                     (the message then stays unreviewed until `fsn review`)",
                ),
            );
            continue;
        }
        // Changed or new: the placeholders must be the source's, each once.
        let checked = resolve(xlf, unit, target, &table, Some(&expected), &mut problems);
        if problems.len() > before {
            continue;
        }
        let lacking = layer.glossary.lacking(
            layer.lang,
            &plain_text(&source_pieces),
            &plain_text(&checked),
        );
        if !lacking.is_empty() {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::glossary_term",
                    format!(
                        "unit `{}`: the target lacks the do-not-translate term(s) {}",
                        unit.id,
                        lacking
                            .iter()
                            .map(|term| format!("`{term}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
                .at(xlf, unit.target_span.clone().unwrap_or_else(|| unit.span.clone()))
                .with_help(format!(
                    "keep each locked term (<mrk translate=\"no\">) as the source writes it, or have an approved {} rendering added to the glossary",
                    layer.lang
                )),
            );
            continue;
        }
        if unit.fluent
            && let Err(problem) = fluent_parses(&checked)
        {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::fluent_syntax",
                    format!(
                        "unit `{}`: the target is not valid Fluent syntax{problem}",
                        unit.id
                    ),
                )
                .at(xlf, unit.span.clone())
                .with_help("edit the variants only; keep `{ … ->`, `[key]`, `*[other]` and `}`"),
            );
            continue;
        }
        wanted.insert(unit.id.clone(), checked);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if wanted.is_empty() {
        return Ok(None);
    }

    // Edits on the old text: (start, end, replacement), applied from the end.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut changed = 0;
    let mut added = 0;
    let located: HashMap<usize, Located> = old_resource
        .body
        .iter()
        .enumerate()
        .filter_map(|(index, entry)| Some((index, locate(old_text, entry)?)))
        .collect();
    let fluent_of = |id: &str| {
        source_units
            .iter()
            .find(|unit| unit.id == id)
            .is_some_and(|unit| has_select_with_text(unit.pattern))
    };
    // Entries of the source, in order, grouped.
    let mut entries: Vec<usize> = source_units.iter().map(|unit| unit.entry).collect();
    entries.dedup();
    let mut last_end: Option<usize> = None;
    let mut pending: Vec<String> = Vec::new();
    for &entry in &entries {
        let units: Vec<&UnitSource<'_, '_>> =
            source_units.iter().filter(|u| u.entry == entry).collect();
        let entry_id = units[0].id.split('.').next().unwrap_or_default().to_owned();
        let old_entry = old_resource.body.iter().position(|e| match e {
            ast::Entry::Message(m) => m.id.name == entry_id,
            ast::Entry::Term(t) => format!("-{}", t.id.name) == entry_id,
            _ => false,
        });
        match old_entry.and_then(|index| located.get(&index)) {
            Some(location) => {
                // Flush new entries before this one.
                if !pending.is_empty() {
                    let at = last_end.unwrap_or(location.start);
                    edits.push((at, at, insertion(&pending, old_text, at)));
                    pending.clear();
                }
                for unit in &units {
                    let Some(pieces) = wanted.get(&unit.id) else {
                        continue;
                    };
                    let fluent = fluent_of(&unit.id);
                    match unit.attribute {
                        None => {
                            let value_end = location
                                .attributes
                                .first()
                                .map_or(location.end, |(_, at)| *at);
                            let written =
                                write_pattern(&format!("{entry_id} = "), "    ", pieces, fluent);
                            let value = &written[entry_id.len() + 2..];
                            edits.push((location.head_end, value_end, value.to_owned()));
                        }
                        Some(name) => {
                            let written = write_pattern(
                                &format!("    .{name} = "),
                                "        ",
                                pieces,
                                fluent,
                            );
                            match location.attributes.iter().position(|(n, _)| n == name) {
                                Some(i) => {
                                    let start = location.attributes[i].1;
                                    let end = location
                                        .attributes
                                        .get(i + 1)
                                        .map_or(location.end, |(_, at)| *at);
                                    edits.push((start, end, written));
                                }
                                None => {
                                    edits.push((location.end, location.end, written));
                                }
                            }
                        }
                    }
                    if old_units.contains_key(&unit.id) {
                        changed += 1;
                    } else {
                        added += 1;
                    }
                }
                last_end = Some(location.end);
            }
            None => {
                let mut body = String::new();
                if let Some(comment) = units[0].comment {
                    for line in &comment.content {
                        if line.is_empty() {
                            body.push_str("#\n");
                        } else {
                            let _ = writeln!(body, "# {line}");
                        }
                    }
                }
                let mut any = false;
                for unit in &units {
                    let Some(pieces) = wanted.get(&unit.id) else {
                        continue;
                    };
                    let fluent = fluent_of(&unit.id);
                    if unit.attribute.is_none() {
                        body.push_str(&write_pattern(
                            &format!("{entry_id} = "),
                            "    ",
                            pieces,
                            fluent,
                        ));
                    } else {
                        if !any {
                            let _ = writeln!(body, "{entry_id} =");
                        }
                        let name = unit.attribute.unwrap_or_default();
                        body.push_str(&write_pattern(
                            &format!("    .{name} = "),
                            "        ",
                            pieces,
                            fluent,
                        ));
                    }
                    any = true;
                    added += 1;
                }
                if any {
                    pending.push(body);
                }
            }
        }
    }
    if !pending.is_empty() {
        let at = last_end.unwrap_or(old_text.len());
        edits.push((at, at, insertion(&pending, old_text, at)));
    }
    edits.sort_by_key(|(start, end, _)| (*start, *end));
    let mut text = old_text.to_owned();
    for (start, end, replacement) in edits.into_iter().rev() {
        text.replace_range(start..end, &replacement);
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let new_errors = parse(&text).map_or(usize::MAX, |(_, errors)| errors);
    if new_errors > old_errors {
        return Err(vec![
            Diagnostic::error(
                "fsn::xliff::result_syntax",
                format!(
                    "importing {} would make {target_rel} invalid Fluent",
                    file.original
                ),
            )
            .at(xlf, file.span.clone())
            .with_help("check the targets of this file for Fluent syntax"),
        ]);
    }
    if text == old_text {
        return Ok(None);
    }
    Ok(Some(ImportedFile {
        path: PathBuf::from(target_rel),
        text,
        changed,
        added,
    }))
}

/// New entries to insert at `at`: each on its own, a blank line before those with comments.
fn insertion(entries: &[String], old_text: &str, at: usize) -> String {
    let mut out = String::new();
    if at > 0 && !old_text[..at].ends_with('\n') {
        out.push('\n');
    }
    for entry in entries {
        if entry.starts_with('#') && at > 0 {
            out.push('\n');
        }
        out.push_str(entry);
    }
    if at < old_text.len() && entries.iter().any(|entry| entry.starts_with('#')) {
        out.push('\n');
    }
    out
}

/// Whether a fluent unit's target parses as one message; the error says why not.
fn fluent_parses(pieces: &[Piece]) -> Result<(), String> {
    let Some(Piece::Text(value)) = pieces.first() else {
        return Err(String::new());
    };
    let text = write_pattern("x = ", "    ", &[Piece::Text(value.clone())], true);
    match parse(&text) {
        Ok((resource, 0)) => {
            let one = resource.body.len() == 1
                && matches!(&resource.body[0], ast::Entry::Message(m) if m.value.is_some());
            if one { Ok(()) } else { Err(String::new()) }
        }
        Ok(_) => Err(String::new()),
        Err(refused) => Err(format!(": {}", refused.message())),
    }
}
