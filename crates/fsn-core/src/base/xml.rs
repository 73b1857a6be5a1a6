//! The one entry point for XML that fsn did not write: XLIFF files back from translators and
//! SVG pictures. Every reader walks its events through [`XmlReader`], which bounds what a
//! hostile or broken file can make fsn do: nesting is limited ([`MAX_XML_DEPTH`]), entity
//! declarations are refused (quick-xml expands none, and a file that relies on them would
//! read differently elsewhere), and every event and error carries its byte position so the
//! caller can point at file:line:col. The input itself has passed the repository's size gate.

use std::ops::Range;

pub use quick_xml::events;
use quick_xml::events::Event;

use crate::base::limits::MAX_XML_DEPTH;

/// Why a document was refused, and where (a byte offset into the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    /// Byte offset of the fault.
    pub at: usize,
    /// What is wrong, said of the file without naming it: "is not well-formed XML: …".
    pub message: String,
}

/// A pull reader over a whole document in memory.
pub struct XmlReader<'a> {
    reader: quick_xml::Reader<&'a [u8]>,
    depth: usize,
}

impl<'a> XmlReader<'a> {
    /// Reads `text`, keeping text nodes as written (leading white space included).
    pub fn new(text: &'a str) -> Self {
        let mut reader = quick_xml::Reader::from_str(text);
        reader.config_mut().trim_text_start = false;
        Self { reader, depth: 0 }
    }

    /// The next event with the byte range it was read from; `Event::Eof` at the end.
    pub fn next_event(&mut self) -> Result<(Event<'a>, Range<usize>), XmlError> {
        let position = |at: u64| usize::try_from(at).unwrap_or(usize::MAX);
        let before = position(self.reader.buffer_position());
        let event = self.reader.read_event().map_err(|err| XmlError {
            at: position(self.reader.error_position()),
            message: format!("is not well-formed XML: {err}"),
        })?;
        let span = before..position(self.reader.buffer_position());
        match &event {
            Event::Start(_) => {
                self.depth += 1;
                if self.depth > MAX_XML_DEPTH {
                    return Err(XmlError {
                        at: span.start,
                        message: format!("nests elements deeper than {MAX_XML_DEPTH} levels"),
                    });
                }
            }
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            Event::DocType(doctype) if doctype.as_ref().contains("<!ENTITY") => {
                return Err(XmlError {
                    at: span.start,
                    message: "declares XML entities, which fsn does not read".to_owned(),
                });
            }
            _ => {}
        }
        Ok((event, span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(text: &str) -> Result<usize, XmlError> {
        let mut reader = XmlReader::new(text);
        let mut events = 0;
        loop {
            match reader.next_event()? {
                (Event::Eof, _) => return Ok(events),
                _ => events += 1,
            }
        }
    }

    #[test]
    fn a_plain_document_reads_with_positions() {
        let mut reader = XmlReader::new("<a> <b/>x</a>");
        let (event, span) = reader.next_event().unwrap();
        assert!(matches!(event, Event::Start(_)));
        assert_eq!(span, 0..3);
        let (event, span) = reader.next_event().unwrap();
        assert!(matches!(event, Event::Text(_)), "{event:?}");
        assert_eq!(span, 3..4);
    }

    #[test]
    fn nesting_is_bounded() {
        let fits = "<a>".repeat(MAX_XML_DEPTH) + &"</a>".repeat(MAX_XML_DEPTH);
        assert!(read_all(&fits).is_ok());
        let deep = "<a>".repeat(MAX_XML_DEPTH + 1) + &"</a>".repeat(MAX_XML_DEPTH + 1);
        let error = read_all(&deep).unwrap_err();
        assert_eq!(error.at, 3 * MAX_XML_DEPTH);
        assert!(error.message.contains("nests elements deeper"), "{error:?}");
    }

    #[test]
    fn entity_declarations_are_refused_where_they_are() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY lol \"lol\">]><svg/>";
        let error = read_all(text).unwrap_err();
        assert_eq!(error.at, text.find("<!DOCTYPE").unwrap());
        assert!(read_all("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\"><svg/>").is_ok());
    }

    #[test]
    fn broken_documents_say_where() {
        let error = read_all("<a><b></a>").unwrap_err();
        assert!(
            error.message.starts_with("is not well-formed XML"),
            "{error:?}"
        );
        assert!(error.at >= 6, "{error:?}");
    }
}
