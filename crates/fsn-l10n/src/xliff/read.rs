//! Reading the XLIFF document into files, units and segments of text and `<ph>` codes.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use quick_xml::events::{BytesRef, BytesStart, Event};

use super::format::{FLUENT_UNIT, NAMESPACE};
use fsn_core::base::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use fsn_core::base::xml::XmlReader;

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
    let mut reader = XmlReader::new(xlf.text());
    let mut walk = Walk::new(xlf);
    loop {
        let (event, span) = reader
            .next_event()
            .map_err(|err| xml_error(xlf, err.at, format!("the XLIFF file {}", err.message)))?;
        match event {
            Event::Eof => break,
            Event::Start(ref element) => walk.start(element, false, span)?,
            Event::Empty(ref element) => walk.start(element, true, span)?,
            Event::End(ref element) => walk.end(element.local_name().as_ref(), span.start)?,
            Event::Text(value) => walk.text(&value.xml10_content(), span.start)?,
            Event::CData(value) => {
                outside_root_text(xlf, &walk.open, "cdata", span.start)?;
                walk.push_text(&value.xml10_content());
            }
            Event::GeneralRef(reference) => walk.reference(&reference, span.start)?,
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
    walk.finish()
}

/// What the reader knows while it walks the document's events.
struct Walk<'x> {
    xlf: &'x Arc<SourceFile>,
    document: ReadDocument,
    seen_root: bool,
    /// Open elements, by local name, with where each started.
    open: Vec<(String, usize)>,
    /// Where text goes: the `<source>` or `<target>` being read.
    side: Option<Side>,
    /// The `<data>` being read: its id, its text so far, its span.
    data: Option<(String, String, Range<usize>)>,
    /// Within the current segment (or ignorable): whether a source and a target were read.
    segment_sides: (bool, bool),
    /// Each `<file original>` with where it was.
    originals: HashMap<String, usize>,
    /// The unit ids of the current file.
    unit_ids: HashSet<String>,
}

impl<'x> Walk<'x> {
    fn new(xlf: &'x Arc<SourceFile>) -> Self {
        Self {
            xlf,
            document: ReadDocument {
                source_lang: String::new(),
                target_lang: String::new(),
                root_span: 0..0,
                files: Vec::new(),
            },
            seen_root: false,
            open: Vec::new(),
            side: None,
            data: None,
            segment_sides: (false, false),
            originals: HashMap::new(),
            unit_ids: HashSet::new(),
        }
    }

    fn error(&self, at: usize, message: String) -> Diagnostics {
        xml_error(self.xlf, at, message)
    }

    /// A start tag (or an empty element): where it may be, then what it holds.
    fn start(
        &mut self,
        element: &BytesStart<'_>,
        empty: bool,
        span: Range<usize>,
    ) -> Result<(), Diagnostics> {
        let local = element.local_name();
        let name: &str = local.as_ref();
        let at = span.start;
        check_attributes(self.xlf, element, at)?;
        self.check_placement(name, at)?;
        match name {
            "xliff" => self.root(element, span)?,
            "file" => self.file(element, span)?,
            "unit" => self.unit(element, span)?,
            "segment" | "ignorable" => self.segment(name == "segment", at)?,
            "data" => self.data_start(element, empty, span)?,
            "source" | "target" => self.side_start(name == "target", empty, span)?,
            "ph" => {
                let piece = ReadPiece::Ph {
                    data_ref: attribute(element, "dataRef"),
                    span,
                };
                push_piece(&mut self.document, self.side, piece);
            }
            "pc" | "sc" | "ec" if self.side.is_some() => {
                let id = current_unit(&mut self.document)
                    .map(|unit| unit.id.clone())
                    .unwrap_or_default();
                return Err(Diagnostic::error(
                    "fsn::xliff::placeholder",
                    format!(
                        "unit `{id}`: unexpected `<{name}>` inline code; fsn exports only `<ph>`"
                    ),
                )
                .at(self.xlf, span)
                .with_help("copy the placeholders from the source segment")
                .into());
            }
            _ => {}
        }
        if !empty {
            self.open.push((name.to_owned(), at));
        }
        Ok(())
    }

    /// One root, first; each element fsn reads inside the parent it belongs in.
    fn check_placement(&self, name: &str, at: usize) -> Result<(), Diagnostics> {
        if self.open.is_empty() && self.seen_root {
            return Err(self.error(
                at,
                format!(
                    "a second root element <{name}> after </xliff>: one XLIFF file holds one document"
                ),
            ));
        }
        if self.open.is_empty() && name != "xliff" {
            return Err(self.error(at, format!("the root element is <{name}>, not <xliff>")));
        }
        if let Some(parents) = allowed_parents(name) {
            let parent = self.open.last().map(|(parent, _)| parent.as_str());
            if !parents.iter().any(|p| Some(*p) == parent) {
                return Err(self.error(
                    at,
                    format!("a <{name}> outside a <{}>", parents.join("> or <")),
                ));
            }
        }
        Ok(())
    }

    /// `<xliff>`: version 2, its namespace, and the two languages.
    fn root(&mut self, element: &BytesStart<'_>, span: Range<usize>) -> Result<(), Diagnostics> {
        if !self.open.is_empty() {
            return Err(self.error(span.start, "an <xliff> inside another element".to_owned()));
        }
        self.seen_root = true;
        self.document.root_span = span.clone();
        let version = attribute(element, "version").unwrap_or_default();
        let namespace = attribute(element, "xmlns").unwrap_or_default();
        if !version.starts_with("2.") || namespace != NAMESPACE {
            return Err(self.error(
                span.start,
                format!("not an XLIFF 2 document (version `{version}`, namespace `{namespace}`)"),
            ));
        }
        self.document.source_lang = required(self.xlf, element, "srcLang", span.start)?;
        self.document.target_lang = required(self.xlf, element, "trgLang", span.start)?;
        Ok(())
    }

    /// `<file original>`, each original once.
    fn file(&mut self, element: &BytesStart<'_>, span: Range<usize>) -> Result<(), Diagnostics> {
        let original = required(self.xlf, element, "original", span.start)?;
        if let Some(first) = self.originals.insert(original.clone(), span.start) {
            let (line, _) = self.xlf.line_col(first);
            return Err(self.error(
                span.start,
                format!(
                    "<file original=\"{original}\"> appears twice (first on line {line}): one copy's edits would be lost"
                ),
            ));
        }
        self.unit_ids.clear();
        self.document.files.push(ReadFile {
            original,
            units: Vec::new(),
            span,
        });
        Ok(())
    }

    /// `<unit id>`, each id once in its file.
    fn unit(&mut self, element: &BytesStart<'_>, span: Range<usize>) -> Result<(), Diagnostics> {
        let id = required(self.xlf, element, "id", span.start)?;
        if !self.unit_ids.insert(id.clone()) {
            return Err(self.error(
                span.start,
                format!("<unit id=\"{id}\"> appears twice in its <file>: which one is meant?"),
            ));
        }
        let Some(file) = self.document.files.last_mut() else {
            return Err(self.error(span.start, "a <unit> outside a <file>".to_owned()));
        };
        file.units.push(ReadUnit {
            id,
            fluent: attribute(element, "type").as_deref() == Some(FLUENT_UNIT),
            data: HashMap::new(),
            source: Vec::new(),
            target: None,
            target_span: None,
            span,
            segments: 0,
        });
        Ok(())
    }

    /// `<segment>` (one per unit) or `<ignorable>`.
    fn segment(&mut self, segment: bool, at: usize) -> Result<(), Diagnostics> {
        self.segment_sides = (false, false);
        if segment && let Some(unit) = current_unit(&mut self.document) {
            unit.segments += 1;
            if unit.segments > 1 {
                let message = format!(
                    "unit `{}` has more than one <segment>; fsn exports one and does not let it be split (canResegment=\"no\")",
                    unit.id
                );
                return Err(self.error(at, message));
            }
        }
        Ok(())
    }

    /// `<data id>` of `<originalData>`, each id once in its unit.
    fn data_start(
        &mut self,
        element: &BytesStart<'_>,
        empty: bool,
        span: Range<usize>,
    ) -> Result<(), Diagnostics> {
        let id = required(self.xlf, element, "id", span.start)?;
        if current_unit(&mut self.document).is_some_and(|unit| unit.data.contains_key(&id)) {
            return Err(self.error(
                span.start,
                format!("<data id=\"{id}\"> appears twice in its unit"),
            ));
        }
        if empty {
            if let Some(unit) = current_unit(&mut self.document) {
                unit.data.insert(
                    id,
                    ReadData {
                        value: String::new(),
                        span,
                    },
                );
            }
        } else {
            self.data = Some((id, String::new(), span));
        }
        Ok(())
    }

    /// `<source>` or `<target>`, each once per segment.
    fn side_start(
        &mut self,
        target: bool,
        empty: bool,
        span: Range<usize>,
    ) -> Result<(), Diagnostics> {
        let seen = if target {
            &mut self.segment_sides.1
        } else {
            &mut self.segment_sides.0
        };
        if *seen {
            let name = if target { "target" } else { "source" };
            return Err(self.error(span.start, format!("a second <{name}> in one segment")));
        }
        *seen = true;
        if target && let Some(unit) = current_unit(&mut self.document) {
            unit.target.get_or_insert_with(Vec::new);
            unit.target_span = Some(span);
        }
        self.side = (!empty).then_some(if target { Side::Target } else { Side::Source });
        Ok(())
    }

    /// An end tag: closes its element, and a `<data>`'s value or a segment side.
    fn end(&mut self, name: &str, at: usize) -> Result<(), Diagnostics> {
        if self.open.pop().is_none() {
            return Err(self.error(at, format!("an unmatched </{name}>")));
        }
        match name {
            "source" | "target" => self.side = None,
            "data" => {
                if let Some((id, value, at)) = self.data.take()
                    && let Some(unit) = current_unit(&mut self.document)
                {
                    unit.data.insert(id, ReadData { value, span: at });
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn text(&mut self, value: &str, at: usize) -> Result<(), Diagnostics> {
        outside_root_text(self.xlf, &self.open, value, at)?;
        self.push_text(value);
        Ok(())
    }

    /// A character reference or one of XML's five entities; any other is refused.
    fn reference(&mut self, reference: &BytesRef<'_>, at: usize) -> Result<(), Diagnostics> {
        outside_root_text(self.xlf, &self.open, "&", at)?;
        let value = match reference.resolve_char_ref() {
            Ok(Some(c)) => c.to_string(),
            _ => match quick_xml::escape::resolve_predefined_entity(reference) {
                Some(value) => value.to_owned(),
                None => {
                    return Err(self.error(at, format!("unknown entity `&{};`", &**reference)));
                }
            },
        };
        self.push_text(&value);
        Ok(())
    }

    fn push_text(&mut self, value: &str) {
        push_text(&mut self.document, self.side, &mut self.data, value);
    }

    /// The document once every event is read: whole, with its root.
    fn finish(self) -> Result<ReadDocument, Diagnostics> {
        if let Some((name, at)) = self.open.last() {
            let (line, column) = self.xlf.line_col(*at);
            return Err(self.error(
                self.xlf.text().len(),
                format!(
                    "the file ends inside <{name}> (opened on line {line}, column {column}): it is truncated"
                ),
            ));
        }
        if !self.seen_root {
            return Err(self.error(0, "no <xliff> element".to_owned()));
        }
        Ok(self.document)
    }
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
