//! Reading the XLIFF document into files, units and segments of text and `<ph>` codes.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use quick_xml::events::{BytesStart, Event};

use super::{FLUENT_UNIT, NAMESPACE};
use fsn_core::diagnostic::{Diagnostic, Diagnostics, SourceFile};

/// A unit read from the XLIFF document.
pub(super) struct ReadUnit {
    pub(super) id: String,
    pub(super) fluent: bool,
    /// The `<data>` elements by id. Not trusted: the import rebuilds the placeholders from the
    /// source and only checks these against them.
    pub(super) data: HashMap<String, ReadData>,
    pub(super) source: Vec<ReadPiece>,
    pub(super) target: Option<Vec<ReadPiece>>,
    /// Byte range of the `<target>` start tag, for diagnostics about the translation.
    pub(super) target_span: Option<Range<usize>>,
    /// Byte range of the `<unit>` start tag, for diagnostics.
    pub(super) span: Range<usize>,
    segments: usize,
}

/// The content of a `<data>` element and where it is.
pub(super) struct ReadData {
    pub(super) value: String,
    pub(super) span: Range<usize>,
}

#[derive(Debug, Clone)]
pub(super) enum ReadPiece {
    Text(String),
    Ph {
        data_ref: Option<String>,
        span: Range<usize>,
    },
}

pub(super) struct ReadFile {
    pub(super) original: String,
    pub(super) units: Vec<ReadUnit>,
    pub(super) span: Range<usize>,
}

pub(super) struct ReadDocument {
    pub(super) source_lang: String,
    pub(super) target_lang: String,
    /// Byte range of the `<xliff>` start tag.
    pub(super) root_span: Range<usize>,
    pub(super) files: Vec<ReadFile>,
}

pub(super) fn xml_error(xlf: &Arc<SourceFile>, at: usize, message: String) -> Diagnostics {
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

/// Refuses a start tag whose attributes do not parse (a duplicated one, a missing quote) or
/// whose values hold an unknown entity: the getter above would skip them silently.
fn check_attributes(
    xlf: &Arc<SourceFile>,
    element: &BytesStart<'_>,
    at: usize,
) -> Result<(), Diagnostics> {
    for attribute in element.attributes() {
        let value = attribute.map_err(|err| err.to_string()).and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|_| ())
                .map_err(|err| err.to_string())
        });
        if let Err(err) = value {
            return Err(xml_error(xlf, at, format!("a broken attribute: {err}")));
        }
    }
    Ok(())
}

/// A required attribute, non-empty.
fn required(
    xlf: &Arc<SourceFile>,
    element: &BytesStart<'_>,
    name: &str,
    at: usize,
) -> Result<String, Diagnostics> {
    match attribute(element, name) {
        Some(value) if !value.is_empty() => Ok(value),
        _ => Err(xml_error(
            xlf,
            at,
            format!(
                "a <{}> without its `{name}` attribute",
                element.local_name().as_ref()
            ),
        )),
    }
}

/// Where a read segment's text goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Source,
    Target,
}

/// The parent each element fsn reads must have: anything else is a document fsn did not write
/// and a CAT tool does not make (a `<unit>` outside a `<file>`, a `<target>` outside a
/// `<segment>`).
fn allowed_parents(element: &str) -> Option<&'static [&'static str]> {
    Some(match element {
        "file" => &["xliff"],
        "unit" => &["file", "group"],
        "group" => &["file", "group"],
        "segment" | "ignorable" | "originalData" => &["unit"],
        "source" | "target" => &["segment", "ignorable"],
        "data" => &["originalData"],
        _ => return None,
    })
}

/// Parses the XLIFF document into files and units. The document must be whole: one `<xliff>`
/// root, nothing after it, every element closed (a truncated file is refused, not read up to
/// where it ends), each `<file original>` and each `<unit id>` of a file once, one `<source>`
/// and at most one `<target>` per segment and one segment per unit.
pub(super) fn read(xlf: &Arc<SourceFile>) -> Result<ReadDocument, Diagnostics> {
    let mut reader = quick_xml::Reader::from_str(xlf.text());
    reader.config_mut().trim_text_start = false;
    let mut document = ReadDocument {
        source_lang: String::new(),
        target_lang: String::new(),
        root_span: 0..0,
        files: Vec::new(),
    };
    let mut seen_root = false;
    // Open elements, by local name, with where each started.
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut side: Option<Side> = None;
    let mut data: Option<(String, String, Range<usize>)> = None;
    // Within the current segment (or ignorable): whether a source and a target were read.
    let mut segment_sides = (false, false);
    let mut originals: HashMap<String, usize> = HashMap::new();
    let mut unit_ids: HashSet<String> = HashSet::new();
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
                let name = local.as_ref();
                check_attributes(xlf, element, span.start)?;
                if open.is_empty() && seen_root {
                    return Err(xml_error(
                        xlf,
                        span.start,
                        format!(
                            "a second root element <{}> after </xliff>: one XLIFF file holds one document",
                            name
                        ),
                    ));
                }
                if open.is_empty() && name != "xliff" {
                    return Err(xml_error(
                        xlf,
                        span.start,
                        format!("the root element is <{}>, not <xliff>", name),
                    ));
                }
                if let Some(parents) = allowed_parents(name) {
                    let parent = open.last().map(|(parent, _)| parent.as_str());
                    if !parents.iter().any(|p| Some(*p) == parent) {
                        return Err(xml_error(
                            xlf,
                            span.start,
                            format!("a <{}> outside a <{}>", name, parents.join("> or <")),
                        ));
                    }
                }
                match name {
                    "xliff" => {
                        if !open.is_empty() {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                "an <xliff> inside another element".to_owned(),
                            ));
                        }
                        seen_root = true;
                        document.root_span = span.clone();
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
                        document.source_lang = required(xlf, element, "srcLang", span.start)?;
                        document.target_lang = required(xlf, element, "trgLang", span.start)?;
                    }
                    "file" => {
                        let original = required(xlf, element, "original", span.start)?;
                        if let Some(first) = originals.insert(original.clone(), span.start) {
                            let (line, _) = xlf.line_col(first);
                            return Err(xml_error(
                                xlf,
                                span.start,
                                format!(
                                    "<file original=\"{original}\"> appears twice (first on line {line}): one copy's edits would be lost"
                                ),
                            ));
                        }
                        unit_ids.clear();
                        document.files.push(ReadFile {
                            original,
                            units: Vec::new(),
                            span: span.clone(),
                        });
                    }
                    "unit" => {
                        let id = required(xlf, element, "id", span.start)?;
                        if !unit_ids.insert(id.clone()) {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                format!(
                                    "<unit id=\"{id}\"> appears twice in its <file>: which one is meant?"
                                ),
                            ));
                        }
                        let Some(file) = document.files.last_mut() else {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                "a <unit> outside a <file>".to_owned(),
                            ));
                        };
                        file.units.push(ReadUnit {
                            id,
                            fluent: attribute(element, "type").as_deref() == Some(FLUENT_UNIT),
                            data: HashMap::new(),
                            source: Vec::new(),
                            target: None,
                            target_span: None,
                            span: span.clone(),
                            segments: 0,
                        });
                    }
                    "segment" | "ignorable" => {
                        segment_sides = (false, false);
                        if name == "segment"
                            && let Some(unit) = current_unit(&mut document)
                        {
                            unit.segments += 1;
                            if unit.segments > 1 {
                                return Err(xml_error(
                                    xlf,
                                    span.start,
                                    format!(
                                        "unit `{}` has more than one <segment>; fsn exports one and does not let it be split (canResegment=\"no\")",
                                        unit.id
                                    ),
                                ));
                            }
                        }
                    }
                    "data" => {
                        let id = required(xlf, element, "id", span.start)?;
                        if current_unit(&mut document)
                            .is_some_and(|unit| unit.data.contains_key(&id))
                        {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                format!("<data id=\"{id}\"> appears twice in its unit"),
                            ));
                        }
                        if empty {
                            if let Some(unit) = current_unit(&mut document) {
                                unit.data.insert(
                                    id,
                                    ReadData {
                                        value: String::new(),
                                        span: span.clone(),
                                    },
                                );
                            }
                        } else {
                            data = Some((id, String::new(), span.clone()));
                        }
                    }
                    "source" | "target" => {
                        let target = name == "target";
                        let seen = if target {
                            &mut segment_sides.1
                        } else {
                            &mut segment_sides.0
                        };
                        if *seen {
                            return Err(xml_error(
                                xlf,
                                span.start,
                                format!("a second <{}> in one segment", name),
                            ));
                        }
                        *seen = true;
                        if target && let Some(unit) = current_unit(&mut document) {
                            unit.target.get_or_insert_with(Vec::new);
                            unit.target_span = Some(span.clone());
                        }
                        side = (!empty).then_some(if target { Side::Target } else { Side::Source });
                    }
                    "ph" => {
                        let piece = ReadPiece::Ph {
                            data_ref: attribute(element, "dataRef"),
                            span: span.clone(),
                        };
                        push_piece(&mut document, side, piece);
                    }
                    "pc" | "sc" | "ec" if side.is_some() => {
                        let id = current_unit(&mut document)
                            .map(|unit| unit.id.clone())
                            .unwrap_or_default();
                        return Err(Diagnostic::error(
                            "fsn::xliff::placeholder",
                            format!(
                                "unit `{id}`: unexpected `<{}>` inline code; fsn exports only `<ph>`",
                                name
                            ),
                        )
                        .at(xlf, span)
                        .with_help("copy the placeholders from the source segment")
                        .into());
                    }
                    _ => {}
                }
                if !empty {
                    open.push((name.to_owned(), span.start));
                }
            }
            Event::End(ref element) => {
                let local = element.local_name();
                let name = local.as_ref();
                if open.pop().is_none() {
                    return Err(xml_error(
                        xlf,
                        span.start,
                        format!("an unmatched </{}>", name),
                    ));
                }
                match name {
                    "source" | "target" => side = None,
                    "data" => {
                        if let Some((id, value, at)) = data.take()
                            && let Some(unit) = current_unit(&mut document)
                        {
                            unit.data.insert(id, ReadData { value, span: at });
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(value) => {
                let value = value.xml10_content().into_owned();
                outside_root_text(xlf, &open, &value, span.start)?;
                push_text(&mut document, side, &mut data, &value);
            }
            Event::CData(value) => {
                let value = value.xml10_content().into_owned();
                outside_root_text(xlf, &open, "cdata", span.start)?;
                push_text(&mut document, side, &mut data, &value);
            }
            Event::GeneralRef(reference) => {
                outside_root_text(xlf, &open, "&", span.start)?;
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
            Event::DocType(_) => {
                return Err(xml_error(
                    xlf,
                    span.start,
                    "a <!DOCTYPE> declaration: XLIFF 2 documents have none".to_owned(),
                ));
            }
            _ => {}
        }
    }
    if let Some((name, at)) = open.last() {
        let (line, column) = xlf.line_col(*at);
        return Err(xml_error(
            xlf,
            xlf.text().len(),
            format!(
                "the file ends inside <{}> (opened on line {line}, column {column}): it is truncated",
                name
            ),
        ));
    }
    if !seen_root {
        return Err(xml_error(xlf, 0, "no <xliff> element".to_owned()));
    }
    Ok(document)
}

/// Text outside the root element may only be white space.
fn outside_root_text(
    xlf: &Arc<SourceFile>,
    open: &[(String, usize)],
    value: &str,
    at: usize,
) -> Result<(), Diagnostics> {
    if open.is_empty() && !value.trim().is_empty() {
        return Err(xml_error(
            xlf,
            at,
            "text outside the <xliff> element: the file is not one XLIFF document".to_owned(),
        ));
    }
    Ok(())
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
    data: &mut Option<(String, String, Range<usize>)>,
    value: &str,
) {
    if let Some((_, text, _)) = data {
        text.push_str(value);
        return;
    }
    push_piece(document, side, ReadPiece::Text(value.to_owned()));
}
