//! XLIFF 2.0 exchange of the Fluent messages with translators' CAT tools: export every `.ftl`
//! layer of the source locale with the target locale's translations, and import the targets back
//! into the target locale's `.ftl` files.
//!
//! One `<file>` per source `.ftl` file (`original` is its repository-relative path), one `<unit>`
//! per message value and per attribute (`msg-id`, `msg-id.attr`; terms as `-term`). Placeables
//! become `<ph>` codes whose Fluent text is kept in `<originalData>`, so a CAT tool protects them.
//! A pattern with a select expression whose variants hold text is exported as Fluent syntax in a
//! unit of `type="fsn:fluent"`, which the import parses instead of reading codes.
//!
//! Import rewrites only what changed: an unchanged target keeps the file's bytes, a changed one
//! replaces the value (or attribute) in place, and a new one is inserted in the source file's
//! order with the source's comment. Damaged placeholders refuse the whole file.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_syntax::ast;
use quick_xml::events::{BytesStart, Event};

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::project::Repository;

/// The XLIFF 2.0 namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The `type` of a unit exported as Fluent syntax (a select expression with text).
pub const FLUENT_UNIT: &str = "fsn:fluent";
/// The note on a unit exported as Fluent syntax.
pub const FLUENT_NOTE: &str = "contains a select expression: edit the Fluent syntax";
/// Lines of Fluent written by the import are wrapped at this width, as the repository's are.
const WIDTH: usize = 92;

/// One `.ftl` file of the source locale and where its translation lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    /// The `<file id>`: `shared-<stem>`, `issuer-<key>` or `notice-<id>`.
    pub id: String,
    /// The source file, relative to the repository root, with `/` separators.
    pub original: String,
}

/// The `.ftl` files of `lang` in every layer: shared, issuers, notices.
pub fn layers(repository: &Repository, lang: &str) -> Vec<Layer> {
    let root = repository.root();
    let mut out = Vec::new();
    for path in files_in(&root.join("locales").join(lang), |path| {
        path.extension().is_some_and(|ext| ext == "ftl")
    }) {
        let name = file_name(&path);
        let stem = name.trim_end_matches(".ftl");
        out.push(Layer {
            id: format!("shared-{}", nmtoken(stem)),
            original: format!("locales/{lang}/{name}"),
        });
    }
    for (kind, folder) in [("issuer", "issuers"), ("notice", "notices")] {
        for dir in files_in(&root.join(folder), Path::is_dir) {
            if dir.join("locales").join(format!("{lang}.ftl")).is_file() {
                let key = file_name(&dir);
                out.push(Layer {
                    id: format!("{kind}-{}", nmtoken(&key)),
                    original: format!("{folder}/{key}/locales/{lang}.ftl"),
                });
            }
        }
    }
    out
}

/// The repository-relative path of the translation of `original` (a source file of
/// `source_lang`) into `target_lang`, or `None` when `original` is not one of fsn's layers.
pub fn target_path(original: &str, source_lang: &str, target_lang: &str) -> Option<String> {
    let parts: Vec<&str> = original.split('/').collect();
    let safe = |part: &str| {
        !part.is_empty() && part != "." && part != ".." && !part.contains(['/', '\\', ':'])
    };
    if !parts.iter().all(|part| safe(part)) || !safe(target_lang) || target_lang == source_lang {
        return None;
    }
    match parts.as_slice() {
        ["locales", lang, name] if *lang == source_lang && name.ends_with(".ftl") => {
            Some(format!("locales/{target_lang}/{name}"))
        }
        [folder @ ("issuers" | "notices"), key, "locales", name]
            if *name == format!("{source_lang}.ftl") =>
        {
            Some(format!("{folder}/{key}/locales/{target_lang}.ftl"))
        }
        _ => None,
    }
}

/// Writes the XLIFF 2.0 document of every layer of `source_lang`, with the translations of
/// `target_lang` where they exist.
pub fn export(
    repository: &Repository,
    source_lang: &str,
    target_lang: &str,
) -> Result<String, Diagnostics> {
    let root = repository.root();
    let layers = layers(repository, source_lang);
    if layers.is_empty() {
        return Err(Diagnostic::error(
            "fsn::xliff::no_source",
            format!("source locale `{source_lang}` has no .ftl files"),
        )
        .with_help("pass --source-locale with a language under locales/")
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
    let mut problems = Diagnostics::default();
    for layer in &layers {
        let source = match SourceFile::read(&root.join(&layer.original)) {
            Ok(file) => file,
            Err(diagnostic) => {
                problems.push(diagnostic);
                continue;
            }
        };
        let target = target_path(&layer.original, source_lang, target_lang)
            .map(|path| root.join(path))
            .filter(|path| path.is_file())
            .map(|path| SourceFile::read(&path))
            .transpose();
        let target = match target {
            Ok(target) => target,
            Err(diagnostic) => {
                problems.push(diagnostic);
                continue;
            }
        };
        export_file(&mut xml, layer, &source, target.as_ref(), &mut problems);
    }
    xml.push_str("</xliff>\n");
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(xml)
    }
}

/// A piece of a segment: text, or a placeable as its Fluent text (`{ $var }`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Code(String),
}

/// A translatable pattern of a file: a message's value or one attribute.
struct UnitSource<'p, 'a> {
    /// `msg-id` or `msg-id.attr`.
    id: String,
    /// Index of the entry in the file's body.
    entry: usize,
    attribute: Option<&'a str>,
    pattern: &'p ast::Pattern<&'a str>,
    comment: Option<&'p ast::Comment<&'a str>>,
    group: Option<&'p ast::Comment<&'a str>>,
}

fn parse(text: &str) -> (ast::Resource<&str>, usize) {
    match fluent_syntax::parser::parse(text) {
        Ok(resource) => (resource, 0),
        Err((resource, errors)) => (resource, errors.len()),
    }
}

/// The patterns of a resource in file order, with their comments.
fn unit_sources<'p, 'a>(resource: &'p ast::Resource<&'a str>) -> Vec<UnitSource<'p, 'a>> {
    let mut out = Vec::new();
    let mut group = None;
    for (index, entry) in resource.body.iter().enumerate() {
        let (id, value, attributes, comment) = match entry {
            ast::Entry::Message(message) => (
                message.id.name.to_owned(),
                message.value.as_ref(),
                &message.attributes,
                message.comment.as_ref(),
            ),
            ast::Entry::Term(term) => (
                format!("-{}", term.id.name),
                Some(&term.value),
                &term.attributes,
                term.comment.as_ref(),
            ),
            ast::Entry::GroupComment(comment) => {
                group = Some(comment);
                continue;
            }
            _ => continue,
        };
        if let Some(pattern) = value {
            out.push(UnitSource {
                id: id.clone(),
                entry: index,
                attribute: None,
                pattern,
                comment,
                group,
            });
        }
        for attribute in attributes {
            out.push(UnitSource {
                id: format!("{id}.{}", attribute.id.name),
                entry: index,
                attribute: Some(attribute.id.name),
                pattern: &attribute.value,
                comment,
                group,
            });
        }
    }
    out
}

fn export_file(
    xml: &mut String,
    layer: &Layer,
    source: &Arc<SourceFile>,
    target: Option<&Arc<SourceFile>>,
    problems: &mut Diagnostics,
) {
    let (resource, errors) = parse(source.text());
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
    let units = unit_sources(&resource);
    if units.is_empty() {
        return;
    }
    let target_resource = target.map(|file| parse(file.text()).0);
    let target_units: HashMap<String, &ast::Pattern<&str>> = target_resource
        .as_ref()
        .map(|resource| {
            unit_sources(resource)
                .into_iter()
                .map(|unit| (unit.id, unit.pattern))
                .collect()
        })
        .unwrap_or_default();

    let _ = writeln!(
        xml,
        "  <file id=\"{}\" original=\"{}\">",
        attr(&layer.id),
        attr(&layer.original)
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
    for unit in &units {
        let fluent = has_select_with_text(unit.pattern);
        let source_pieces = pieces(unit.pattern, fluent);
        let target_pieces = target_units
            .get(&unit.id)
            .map(|pattern| pieces(pattern, fluent));
        write_unit(xml, unit, fluent, &source_pieces, target_pieces.as_deref());
    }
    xml.push_str("  </file>\n");
}

fn write_unit(
    xml: &mut String,
    unit: &UnitSource<'_, '_>,
    fluent: bool,
    source: &[Piece],
    target: Option<&[Piece]>,
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
    let state = if target.is_some() {
        "translated"
    } else {
        "initial"
    };
    let _ = writeln!(xml, "      <segment state=\"{state}\">");
    // Source codes are numbered in order; a target code takes the id of an unused source code
    // with the same data, so CAT tools pair them.
    let mut source_ids: Vec<(usize, usize)> = Vec::new();
    let mut next = 1;
    xml.push_str("        <source>");
    for piece in source {
        match piece {
            Piece::Text(value) => xml.push_str(&text(value)),
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
        for piece in target {
            match piece {
                Piece::Text(value) => xml.push_str(&text(value)),
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

/// Whether a pattern has a select expression with text in a variant: such a pattern is
/// exported as Fluent syntax, since its text cannot hide inside one code.
fn has_select_with_text(pattern: &ast::Pattern<&str>) -> bool {
    fn expression(outer: &ast::Expression<&str>) -> bool {
        match outer {
            ast::Expression::Select { variants, .. } => variants.iter().any(|variant| {
                variant.value.elements.iter().any(|element| match element {
                    ast::PatternElement::TextElement { value } => !value.trim().is_empty(),
                    ast::PatternElement::Placeable { expression: inner } => expression(inner),
                })
            }),
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression: inner }) => {
                expression(inner)
            }
            ast::Expression::Inline(_) => false,
        }
    }
    pattern.elements.iter().any(|element| match element {
        ast::PatternElement::Placeable { expression: inner } => expression(inner),
        ast::PatternElement::TextElement { .. } => false,
    })
}

/// A pattern as segment pieces: text with its line breaks unwrapped (they are not part of the
/// text, see `l10n::unwrap_lines`) and each placeable a code; or, for a `fluent` unit, the whole
/// pattern as Fluent syntax.
fn pieces(pattern: &ast::Pattern<&str>, fluent: bool) -> Vec<Piece> {
    if fluent {
        return vec![Piece::Text(fluent_pattern(pattern))];
    }
    let raw = pattern
        .elements
        .iter()
        .map(|element| match element {
            ast::PatternElement::TextElement { value } => Piece::Text((*value).to_owned()),
            ast::PatternElement::Placeable { expression } => {
                Piece::Code(fluent_placeable(expression))
            }
        })
        .collect();
    normalize(raw)
}

/// Merges adjacent texts, turns each run of white space holding a line break into one space,
/// and trims the ends.
fn normalize(raw: Vec<Piece>) -> Vec<Piece> {
    let mut merged: Vec<Piece> = Vec::new();
    for piece in raw {
        match (merged.last_mut(), piece) {
            (Some(Piece::Text(last)), Piece::Text(value)) => last.push_str(&value),
            (_, piece) => merged.push(piece),
        }
    }
    let count = merged.len();
    let mut out = Vec::new();
    for (index, piece) in merged.into_iter().enumerate() {
        let Piece::Text(value) = piece else {
            out.push(piece);
            continue;
        };
        let mut value = unwrap(&value);
        if index == 0 {
            value = value.trim_start().to_owned();
        }
        if index + 1 == count {
            value = value.trim_end().to_owned();
        }
        if !value.is_empty() {
            out.push(Piece::Text(value));
        }
    }
    out
}

fn unwrap(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut run = String::new();
    for c in value.chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        flush_run(&mut out, &mut run);
        out.push(c);
    }
    flush_run(&mut out, &mut run);
    out
}

fn flush_run(out: &mut String, run: &mut String) {
    if run.contains(['\n', '\r']) {
        out.push(' ');
    } else {
        out.push_str(run);
    }
    run.clear();
}

/// Fluent text of one placeable, e.g. `{ $notice-id }`; a select's lines are dedented.
fn fluent_placeable(expression: &ast::Expression<&str>) -> String {
    let pattern = ast::Pattern {
        elements: vec![ast::PatternElement::Placeable {
            expression: expression.clone(),
        }],
    };
    fluent_pattern(&pattern)
}

/// A pattern in Fluent syntax as it would follow `id =`, without the common indentation.
fn fluent_pattern(pattern: &ast::Pattern<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let serialized = fluent_syntax::serializer::serialize(&resource);
    let value = serialized
        .strip_prefix("x =")
        .unwrap_or(&serialized)
        .trim_end_matches('\n');
    match value.strip_prefix('\n') {
        Some(lines) => lines
            .split('\n')
            .map(|line| line.strip_prefix("    ").unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n"),
        None => value.strip_prefix(' ').unwrap_or(value).to_owned(),
    }
}

/// A Fluent pattern written after `prefix` (`id = ` or `    .attr = `), continuation lines
/// indented by `indent`, wrapped at [`WIDTH`], ending with a line break.
fn write_pattern(prefix: &str, indent: &str, pieces: &[Piece], fluent: bool) -> String {
    if fluent {
        let Some(Piece::Text(value)) = pieces.first() else {
            return format!("{}\n", prefix.trim_end());
        };
        let mut out = prefix.trim_end().to_owned();
        for line in value.lines() {
            out.push('\n');
            if !line.trim().is_empty() {
                out.push_str(indent);
                out.push_str(line.trim_end());
            }
        }
        out.push('\n');
        return out;
    }
    // Words: a break is allowed only at a space of text, never before a character Fluent would
    // read as syntax at the start of a line.
    let mut words: Vec<String> = vec![String::new()];
    for piece in pieces {
        match piece {
            Piece::Code(code) => words
                .last_mut()
                .expect("never empty")
                .push_str(&code.replace('\n', &format!("\n{indent}"))),
            Piece::Text(value) => {
                for (index, word) in value.split(' ').enumerate() {
                    let breakable = index > 0 && !word.starts_with(['[', '*', '.', '}']);
                    if index > 0 && breakable {
                        words.push(word.to_owned());
                    } else {
                        let last = words.last_mut().expect("never empty");
                        if index > 0 {
                            last.push(' ');
                        }
                        last.push_str(word);
                    }
                }
            }
        }
    }
    let mut out = prefix.to_owned();
    let mut column = prefix.chars().count();
    let mut first = true;
    for word in words {
        let width = word.chars().count();
        if first {
            first = false;
        } else if column + 1 + width > WIDTH && !word.is_empty() {
            out.push('\n');
            out.push_str(indent);
            column = indent.len();
        } else {
            out.push(' ');
            column += 1;
        }
        out.push_str(&word);
        column = word
            .rfind('\n')
            .map_or(column + width, |at| word[at + 1..].chars().count());
    }
    out.push('\n');
    out
}

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

/// A unit read from the XLIFF document.
struct ReadUnit {
    id: String,
    fluent: bool,
    data: HashMap<String, String>,
    source: Vec<ReadPiece>,
    target: Option<Vec<ReadPiece>>,
    /// Byte range of the `<unit>` start tag, for diagnostics.
    span: std::ops::Range<usize>,
}

#[derive(Debug, Clone)]
enum ReadPiece {
    Text(String),
    Ph {
        data_ref: Option<String>,
        span: std::ops::Range<usize>,
    },
}

struct ReadFile {
    original: String,
    units: Vec<ReadUnit>,
    span: std::ops::Range<usize>,
}

struct ReadDocument {
    source_lang: String,
    target_lang: String,
    files: Vec<ReadFile>,
}

/// Reads an XLIFF 2.0 document (`name` is how diagnostics call it) and returns the target
/// files it changes, with their new text. Refuses, with a diagnostic per problem and nothing
/// returned, a document with damaged placeholders or targets that do not parse as Fluent.
pub fn import(
    repository: &Repository,
    name: &str,
    xml: &str,
) -> Result<Vec<ImportedFile>, Diagnostics> {
    let xlf = SourceFile::new(name, xml);
    let document = read(&xlf)?;
    if document.source_lang == document.target_lang {
        return Err(xml_error(
            &xlf,
            0,
            format!(
                "srcLang and trgLang are both `{}`: the import would overwrite the source",
                document.source_lang
            ),
        ));
    }
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
        let source = match SourceFile::read(&root.join(&file.original)) {
            Ok(source) => source,
            Err(diagnostic) => {
                problems.push(diagnostic);
                continue;
            }
        };
        let target_file = root.join(&target);
        let existing = if target_file.is_file() {
            match SourceFile::read(&target_file) {
                Ok(file) => Some(file),
                Err(diagnostic) => {
                    problems.push(diagnostic);
                    continue;
                }
            }
        } else {
            None
        };
        match import_file(&xlf, file, &source, existing.as_ref(), &target) {
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

/// Resolves a read segment to pieces, checking its codes. `expected` is the source's codes
/// (data ids with their counts); `None` skips the count check.
fn resolve(
    xlf: &Arc<SourceFile>,
    unit: &ReadUnit,
    read: &[ReadPiece],
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
                raw.push(Piece::Text(value.clone()));
            }
            ReadPiece::Ph { data_ref, span } => {
                last_span = span.clone();
                let Some(data) = data_ref.as_ref().and_then(|id| unit.data.get(id)) else {
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
                let code = unit.data.get(data_ref).map_or("", String::as_str);
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

fn import_file(
    xlf: &Arc<SourceFile>,
    file: &ReadFile,
    source: &Arc<SourceFile>,
    existing: Option<&Arc<SourceFile>>,
    target_rel: &str,
) -> Result<Option<ImportedFile>, Vec<Diagnostic>> {
    let (source_resource, _) = parse(source.text());
    let source_units = unit_sources(&source_resource);
    let old_text = existing.map_or("", |file| file.text());
    let (old_resource, old_errors) = parse(old_text);
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
        let mut expected = BTreeMap::new();
        for piece in &unit.source {
            if let ReadPiece::Ph {
                data_ref: Some(id), ..
            } = piece
            {
                *expected.entry(id.clone()).or_default() += 1;
            }
        }
        let pieces = resolve(xlf, unit, target, None, &mut problems);
        if problems.len() > before {
            continue;
        }
        if pieces.is_empty() {
            continue;
        }
        let old = old_units
            .get(&unit.id)
            .map(|(pattern, _)| self::pieces(pattern, unit.fluent));
        if old.as_ref() == Some(&pieces) {
            continue;
        }
        // Changed or new: the placeholders must be the source's, each once.
        let checked = resolve(xlf, unit, target, Some(&expected), &mut problems);
        if problems.len() > before {
            continue;
        }
        if unit.fluent && !fluent_parses(&checked) {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::fluent_syntax",
                    format!("unit `{}`: the target is not valid Fluent syntax", unit.id),
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
    let (_, new_errors) = parse(&text);
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

fn fluent_parses(pieces: &[Piece]) -> bool {
    let Some(Piece::Text(value)) = pieces.first() else {
        return false;
    };
    let text = write_pattern("x = ", "    ", &[Piece::Text(value.clone())], true);
    match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => {
            resource.body.len() == 1
                && matches!(&resource.body[0], ast::Entry::Message(m) if m.value.is_some())
        }
        Err(_) => false,
    }
}

fn xml_error(xlf: &Arc<SourceFile>, at: usize, message: String) -> Diagnostics {
    let at = at.min(xlf.text().len());
    Diagnostic::error("fsn::xliff::xml", message)
        .at(xlf, at..at)
        .with_help("the file must be an XLIFF 2.0 document as `fsn xliff export` writes it")
        .into()
}

fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .filter_map(Result::ok)
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|value| value.into_owned())
        })
}

/// Where a read segment's text goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Source,
    Target,
}

/// Parses the XLIFF document into files and units.
fn read(xlf: &Arc<SourceFile>) -> Result<ReadDocument, Diagnostics> {
    let mut reader = quick_xml::Reader::from_str(xlf.text());
    reader.config_mut().trim_text_start = false;
    let mut document = ReadDocument {
        source_lang: String::new(),
        target_lang: String::new(),
        files: Vec::new(),
    };
    let mut seen_root = false;
    let mut side: Option<Side> = None;
    let mut data: Option<(String, String)> = None;
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(0);
        let event = reader.read_event().map_err(|err| {
            let at = usize::try_from(reader.error_position()).unwrap_or(0);
            xml_error(
                xlf,
                at,
                format!("the XLIFF file is not well-formed XML: {err}"),
            )
        })?;
        let after = usize::try_from(reader.buffer_position()).unwrap_or(0);
        let span = before..after;
        match event {
            Event::Eof => break,
            Event::Start(ref element) | Event::Empty(ref element) => {
                let empty = matches!(event, Event::Empty(_));
                let local = element.local_name();
                match local.as_ref() {
                    "xliff" => {
                        seen_root = true;
                        let version = attribute(element, "version").unwrap_or_default();
                        let namespace = attribute(element, "xmlns").unwrap_or_default();
                        if !version.starts_with("2.") || namespace != NAMESPACE {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                format!(
                                    "not an XLIFF 2 document (version `{version}`, namespace `{namespace}`)"
                                ),
                            ));
                        }
                        document.source_lang = attribute(element, "srcLang").unwrap_or_default();
                        document.target_lang = attribute(element, "trgLang").unwrap_or_default();
                        if document.source_lang.is_empty() || document.target_lang.is_empty() {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                "the <xliff> element lacks srcLang or trgLang".to_owned(),
                            ));
                        }
                    }
                    "file" => document.files.push(ReadFile {
                        original: attribute(element, "original").unwrap_or_default(),
                        units: Vec::new(),
                        span: span.clone(),
                    }),
                    "unit" => {
                        let Some(file) = document.files.last_mut() else {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                "a <unit> outside a <file>".to_owned(),
                            ));
                        };
                        file.units.push(ReadUnit {
                            id: attribute(element, "id").unwrap_or_default(),
                            fluent: attribute(element, "type").as_deref() == Some(FLUENT_UNIT),
                            data: HashMap::new(),
                            source: Vec::new(),
                            target: None,
                            span: span.clone(),
                        });
                    }
                    "data" => {
                        let id = attribute(element, "id").unwrap_or_default();
                        if empty {
                            current_unit(&mut document)
                                .map(|unit| unit.data.insert(id, String::new()));
                        } else {
                            data = Some((id, String::new()));
                        }
                    }
                    "source" => side = (!empty).then_some(Side::Source),
                    "target" => {
                        if let Some(unit) = current_unit(&mut document) {
                            unit.target.get_or_insert_with(Vec::new);
                        }
                        side = (!empty).then_some(Side::Target);
                    }
                    "ph" => {
                        let piece = ReadPiece::Ph {
                            data_ref: attribute(element, "dataRef"),
                            span: span.clone(),
                        };
                        push_piece(&mut document, side, piece);
                    }
                    "mrk" | "sm" | "em" | "segment" | "ignorable" | "originalData" => {}
                    "pc" | "sc" | "ec" if side.is_some() => {
                        let id = current_unit(&mut document)
                            .map(|unit| unit.id.clone())
                            .unwrap_or_default();
                        return Err(Diagnostic::error(
                            "fsn::xliff::placeholder",
                            format!(
                                "unit `{id}`: unexpected `<{}>` inline code; fsn exports only `<ph>`",
                                local.as_ref()
                            ),
                        )
                        .at(xlf, span)
                        .with_help("copy the placeholders from the source segment")
                        .into());
                    }
                    _ => {}
                }
            }
            Event::End(ref element) => match element.local_name().as_ref() {
                "source" | "target" => side = None,
                "data" => {
                    if let Some((id, value)) = data.take() {
                        current_unit(&mut document).map(|unit| unit.data.insert(id, value));
                    }
                }
                _ => {}
            },
            Event::Text(value) => {
                let value = value.xml10_content().into_owned();
                push_text(&mut document, side, &mut data, &value);
            }
            Event::CData(value) => {
                let value = value.xml10_content().into_owned();
                push_text(&mut document, side, &mut data, &value);
            }
            Event::GeneralRef(reference) => {
                let value = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match quick_xml::escape::resolve_predefined_entity(&reference) {
                        Some(value) => value.to_owned(),
                        None => {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                format!("unknown entity `&{};`", &*reference),
                            ));
                        }
                    },
                };
                push_text(&mut document, side, &mut data, &value);
            }
            _ => {}
        }
    }
    if !seen_root {
        return Err(xml_error(xlf, 0, "no <xliff> element".to_owned()));
    }
    Ok(document)
}

fn current_unit(document: &mut ReadDocument) -> Option<&mut ReadUnit> {
    document.files.last_mut()?.units.last_mut()
}

fn push_piece(document: &mut ReadDocument, side: Option<Side>, piece: ReadPiece) {
    let Some(unit) = current_unit(document) else {
        return;
    };
    match side {
        Some(Side::Source) => unit.source.push(piece),
        Some(Side::Target) => unit.target.get_or_insert_with(Vec::new).push(piece),
        None => {}
    }
}

fn push_text(
    document: &mut ReadDocument,
    side: Option<Side>,
    data: &mut Option<(String, String)>,
    value: &str,
) {
    if let Some((_, text)) = data {
        text.push_str(value);
        return;
    }
    push_piece(document, side, ReadPiece::Text(value.to_owned()));
}

fn files_in(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| keep(path))
        .collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// An XML NMTOKEN made of `value`: other characters become `_`.
fn nmtoken(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_paths_follow_the_layers_and_refuse_others() {
        assert_eq!(
            target_path("locales/en/notice.ftl", "en", "de").as_deref(),
            Some("locales/de/notice.ftl")
        );
        assert_eq!(
            target_path("notices/X/locales/en.ftl", "en", "de").as_deref(),
            Some("notices/X/locales/de.ftl")
        );
        assert_eq!(target_path("notices/../locales/en.ftl", "en", "de"), None);
        assert_eq!(target_path("/etc/passwd", "en", "de"), None);
        assert_eq!(target_path("locales/en/notice.ftl", "en", ".."), None);
        assert_eq!(target_path("locales/en/notice.ftl", "en", "a/b"), None);
        assert_eq!(target_path("locales/en/notice.ftl", "en", "en"), None);
    }

    #[test]
    fn patterns_unwrap_lines_and_make_placeables_codes() {
        let (resource, _) = parse("a = one\n    two { $x } three\n");
        let units = unit_sources(&resource);
        assert_eq!(
            pieces(units[0].pattern, false),
            [
                Piece::Text("one two ".into()),
                Piece::Code("{ $x }".into()),
                Piece::Text(" three".into())
            ]
        );
    }

    #[test]
    fn written_patterns_wrap_and_parse_back() {
        let words = "word ".repeat(40);
        let pieces = vec![
            Piece::Text(words.trim().to_owned()),
            Piece::Code("{ $x }".into()),
            Piece::Text(" .dot [bracket".into()),
        ];
        let text = write_pattern("a = ", "    ", &pieces, false);
        assert!(text.lines().all(|line| line.chars().count() <= WIDTH));
        let (resource, errors) = parse(&text);
        assert_eq!(errors, 0, "{text}");
        assert_eq!(pieces_of(&resource), pieces);
    }

    fn pieces_of(resource: &ast::Resource<&str>) -> Vec<Piece> {
        pieces(unit_sources(resource)[0].pattern, false)
    }
}
