//! The codes of the lint's findings: `fsn::lint::*`.

/// In the source, not in the translation.
pub const MISSING_MESSAGE: &str = "fsn::lint::missing_message";
/// The source overrides a lower layer's message here, the translation does not.
pub const MISSING_OVERRIDE: &str = "fsn::lint::missing_override";
/// In the translation, not in the source.
pub const OBSOLETE_MESSAGE: &str = "fsn::lint::obsolete_message";
/// An attribute in the source, not in the translation.
pub const MISSING_ATTRIBUTE: &str = "fsn::lint::missing_attribute";
/// An attribute in the translation, not in the source.
pub const OBSOLETE_ATTRIBUTE: &str = "fsn::lint::obsolete_attribute";
/// An id defined twice in one layer.
pub const DUPLICATE_MESSAGE: &str = "fsn::lint::duplicate_message";
/// Text the Fluent parser cannot read (a Junk entry).
pub const SYNTAX: &str = "fsn::lint::syntax";
/// A message or attribute whose value is empty, or a message with no value.
pub const EMPTY_VALUE: &str = "fsn::lint::empty_value";
/// A `{ $variable }` fsn does not provide.
pub const UNKNOWN_VARIABLE: &str = "fsn::lint::unknown_variable";
/// A variable the source uses and the translation omits.
pub const MISSING_VARIABLE: &str = "fsn::lint::missing_variable";
/// A variable the translation uses and the source does not (one fsn provides).
pub const EXTRA_VARIABLE: &str = "fsn::lint::extra_variable";
/// A `{ message }` or `{ -term }` reference to an id the catalog lacks.
pub const UNKNOWN_REFERENCE: &str = "fsn::lint::unknown_reference";
/// A plural select expression without every CLDR category of the language.
pub const MISSING_PLURAL_CATEGORY: &str = "fsn::lint::missing_plural_category";
/// A message that fails to format with fsn's variables.
pub const FORMAT_ERROR: &str = "fsn::lint::format_error";
/// A layer has a source file but no file in a language that needs one.
pub const MISSING_FILE: &str = "fsn::lint::missing_file";
/// A layer has translations but no source file to compare them with.
pub const NO_SOURCE: &str = "fsn::lint::no_source";

// The content checks (QA, see `qa`).

/// A link target or e-mail address of the source that the translation lacks or changed.
pub const URL_CHANGED: &str = "fsn::lint::url_changed";
/// The digit groups (catalog, lot and step numbers, dates, versions) differ from the source.
pub const NUMBER_MISMATCH: &str = "fsn::lint::number_mismatch";
/// The message and term references differ from the source's.
pub const REFERENCE_MISMATCH: &str = "fsn::lint::reference_mismatch";
/// The links, bold and italic spans differ from the source's, or a `**` is left open.
pub const MARKDOWN_MISMATCH: &str = "fsn::lint::markdown_mismatch";
/// The translation is the source text, unchanged.
pub const UNTRANSLATED: &str = "fsn::lint::untranslated";
/// A do-not-translate term of the glossary is missing from the translation.
pub const GLOSSARY_TERM: &str = "fsn::lint::glossary_term";
