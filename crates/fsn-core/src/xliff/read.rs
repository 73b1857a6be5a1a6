//! Reading the XLIFF document into files, units and segments of text and `<ph>` codes.

use std::collections::HashMap;
use std::sync::Arc;

use quick_xml::events::{BytesStart, Event};

use super::{FLUENT_UNIT, NAMESPACE};
use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};

/// A unit read from the XLIFF document.
pub(super) struct ReadUnit {
    pub(super) id: String,
    pub(super) fluent: bool,
    pub(super) data: HashMap<String, String>,
    pub(super) source: Vec<ReadPiece>,
    pub(super) target: Option<Vec<ReadPiece>>,
    /// Byte range of the `<unit>` start tag, for diagnostics.
    pub(super) span: std::ops::Range<usize>,
}

#[derive(Debug, Clone)]
pub(super) enum ReadPiece {
    Text(String),
    Ph {
        data_ref: Option<String>,
        span: std::ops::Range<usize>,
    },
}

pub(super) struct ReadFile {
    pub(super) original: String,
    pub(super) units: Vec<ReadUnit>,
    pub(super) span: std::ops::Range<usize>,
}

pub(super) struct ReadDocument {
    pub(super) source_lang: String,
    pub(super) target_lang: String,
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

/// Where a read segment's text goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Source,
    Target,
}

/// Parses the XLIFF document into files and units.
pub(super) fn read(xlf: &Arc<SourceFile>) -> Result<ReadDocument, Diagnostics> {
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
