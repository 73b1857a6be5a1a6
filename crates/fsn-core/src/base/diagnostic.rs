//! Source files and the diagnostics that point into them.
//!
//! Every problem fsn reports about user input is a [`Diagnostic`]: a stable code, a lowercase
//! message, an optional hint, and where it happened (file and byte range). Stages push
//! diagnostics into a list and carry on, so one run reports everything it can find.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::{LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// The text of one input file, with the name it is reported under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    path: PathBuf,
    text: Arc<str>,
    /// The text as excerpts show it, when it holds control characters: each replaced by a
    /// visible character of the same length in bytes, so spans still fit.
    shown: Option<Arc<str>>,
}

impl SourceFile {
    /// Wraps text read from `path`.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> Arc<Self> {
        let text: Arc<str> = text.into();
        Arc::new(Self {
            path: path.into(),
            shown: neutralize_controls(&text).map(Arc::from),
            text,
        })
    }

    /// Decodes the bytes read from `path` as UTF-8, naming the file in the error; a
    /// byte-order mark is dropped. Reading is the repository gate's job
    /// ([`crate::repo::read_text`]).
    pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<Arc<Self>, Diagnostic> {
        let text = String::from_utf8(bytes).map_err(|err| {
            let offset = err.utf8_error().valid_up_to();
            Diagnostic::error(
                "fsn::io::not_utf8",
                format!(
                    "{} is not valid UTF-8 (first bad byte at offset {offset})",
                    path.display()
                ),
            )
            .with_help("save the file with UTF-8 encoding")
        })?;
        // A byte-order mark is invisible to authors and would read as text: drop it.
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_owned)
            .unwrap_or(text);
        Ok(Self::new(path, text))
    }

    /// The path the file is reported under.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        // Excerpts echo the input to a terminal: they show the neutralised text.
        let shown: &str = self.shown.as_deref().unwrap_or(&self.text);
        let inner = shown.read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            escape_controls(self.path.display().to_string()),
            inner.data(),
            *inner.span(),
            inner.line(),
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// Shows control characters from the input as `\u{1b}` escapes, so a diagnostic can't clear a
/// terminal or hide text: messages quote user input.
fn escape_controls(text: String) -> String {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return text;
    }
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The text with each control character other than tab and line ends replaced by one that
/// shows and has the same length in UTF-8: `?` for C0 controls and DEL (also a lone carriage
/// return, which would move the cursor), `¿` for C1 controls. `None` when there is none.
fn neutralize_controls(text: &str) -> Option<String> {
    let mut chars = text.chars().peekable();
    let mut out = String::new();
    let mut changed = false;
    while let Some(c) = chars.next() {
        let kept = match c {
            '\n' | '\t' => true,
            '\r' => chars.peek() == Some(&'\n'),
            _ => !c.is_control(),
        };
        if kept {
            out.push(c);
        } else {
            changed = true;
            out.push(if c.len_utf8() == 1 { '?' } else { '¿' });
        }
    }
    changed.then_some(out)
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; does not stop a build.
    Warning,
    /// The input is wrong; nothing is written.
    Error,
}

/// A place in a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file.
    pub file: Arc<SourceFile>,
    /// Byte range within the file.
    pub span: Range<usize>,
}

/// A problem found in the input, with where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code, e.g. `fsn::validate::missing_message`.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Lowercase message naming the thing and where.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// Where in the input, when known.
    pub location: Option<Location>,
    /// Text of the label under the source excerpt.
    pub label: Option<String>,
}

impl Diagnostic {
    /// An error with no location yet.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: Severity::Error,
            message: escape_controls(message.into()),
            help: None,
            location: None,
            label: None,
        }
    }

    /// A warning with no location yet.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, message)
        }
    }

    /// Attaches a hint.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(escape_controls(help.into()));
        self
    }

    /// Attaches a location.
    pub fn at(mut self, file: &Arc<SourceFile>, span: Range<usize>) -> Self {
        self.location = Some(Location {
            file: Arc::clone(file),
            span,
        });
        self
    }

    /// Attaches the label shown under the source excerpt.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Whether this is an error (as opposed to a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// One line, `file:line:col: severity: message`, for logs and lint output.
    pub fn short(&self) -> String {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match &self.location {
            Some(location) => {
                let (line, column) = location.file.line_col(location.span.start);
                format!(
                    "{}:{line}:{column}: {severity}: {}",
                    escape_controls(location.file.path().display().to_string()),
                    self.message
                )
            }
            None => format!("{severity}: {}", self.message),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.location
            .as_ref()
            .map(|location| &*location.file as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let location = self.location.as_ref()?;
        let span = location.span.clone();
        let label = LabeledSpan::new_with_span(self.label.clone(), span);
        Some(Box::new(std::iter::once(label)))
    }
}

/// A value and the problems found while making it: the one shape of a stage's result when
/// it always produces something (typst's `Warned` is the model). Whether an error among the
/// problems makes the value unusable is the caller's decision.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Outcome<T> {
    /// What the stage made.
    pub value: T,
    /// Everything wrong or doubtful on the way, errors and warnings, each located.
    pub problems: Vec<Diagnostic>,
}

impl<T> Outcome<T> {
    /// Whether any of the problems is an error.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Diagnostic::is_error)
    }
}

/// Many diagnostics in one report, e.g. everything wrong with one notice.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Whether any of them is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Adds one.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// The diagnostics, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.0
            .iter()
            .filter(|diagnostic| diagnostic.is_error())
            .count()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Self(vec![diagnostic])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.error_count();
        let warnings = self.0.len() - errors;
        write!(f, "{errors} error(s), {warnings} warning(s)")
    }
}

impl std::error::Error for Diagnostics {}

impl miette::Diagnostic for Diagnostics {
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        Some(Box::new(
            self.0
                .iter()
                .map(|diagnostic| diagnostic as &dyn miette::Diagnostic),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let file = SourceFile::new("x.toml", "a = 1\nè = \"x\"\n");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(6), (2, 1));
        // Byte 9 is the "=" after the two-byte "è" and a space: the third character.
        assert_eq!(file.line_col(9), (2, 3));
    }

    #[test]
    fn control_characters_are_escaped() {
        let diagnostic = Diagnostic::error("fsn::test", "id `x\u{1b}[2J\u{0}`");
        assert_eq!(diagnostic.message, "id `x\\u{1b}[2J\\u{0}`");
    }

    #[test]
    fn excerpts_show_control_characters_neutralised_in_place() {
        let text = "a = 1 # \u{1b}]0;title\u{7}\u{1b}[2J\u{9b}2J\r\nb = 2\r\n";
        let file = SourceFile::new("x.toml", text);
        let span: SourceSpan = (8..9).into();
        let excerpt = file.read_span(&span, 1, 1).unwrap();
        let shown = std::str::from_utf8(excerpt.data()).unwrap();
        assert_eq!(shown, "a = 1 # ?]0;title??[2J¿2J\r\nb = 2\r\n");
        // Same length, so every span still points at the same place.
        assert_eq!(shown.len(), text.len());
        assert_eq!(file.text(), text);
    }

    #[test]
    fn short_form_names_file_line_and_column() {
        let file = SourceFile::new("notices/x/notice.toml", "id = 1\nissued = x\n");
        let diagnostic = Diagnostic::error("fsn::test", "bad date").at(&file, 16..17);
        assert_eq!(
            diagnostic.short(),
            "notices/x/notice.toml:2:10: error: bad date"
        );
    }
}
