//! The targets of one `<file>` checked before anything is written: each unit against today's
//! source (its type, its placeholders, whether its source text is still today's), its
//! do-not-translate terms kept, and a Fluent unit's target still Fluent.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast;

use super::read::{ReadFile, ReadPiece, ReadUnit};
use super::segment::{
    Piece, UnitSource, has_select_with_text, normalize, parse, pieces, write_pattern,
};
use crate::glossary::Glossary;
use fsn_core::base::diagnostic::{Diagnostic, SourceFile};

/// What a file's targets are checked with besides its source.
pub(super) struct LayerImport<'a> {
    /// The target language.
    pub(super) lang: &'a str,
    /// The layer's do-not-translate terms.
    pub(super) glossary: &'a Glossary,
    /// Accept translations of a source text that changed after the export.
    pub(super) accept_stale: bool,
}

/// The new or changed translations of a file's units, by unit id, each checked; every
/// problem found when one is not.
pub(super) fn checked_targets(
    xlf: &Arc<SourceFile>,
    file: &ReadFile,
    source: &SourceFile,
    source_units: &[UnitSource<'_, '_>],
    old_units: &HashMap<String, &ast::Pattern<&str>>,
    layer: &LayerImport<'_>,
) -> Result<HashMap<String, Vec<Piece>>, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut wanted = HashMap::new();
    for unit in &file.units {
        let Some(target) = &unit.target else { continue };
        let check = UnitCheck { xlf, unit, layer };
        let Some(source_unit) = check.source_unit(source, source_units, &mut problems) else {
            continue;
        };
        let old = (old_units.get(&unit.id)).map(|pattern| pieces(pattern, unit.fluent));
        if let Some(checked) = check.target(target, source_unit, old, &mut problems) {
            wanted.insert(unit.id.clone(), checked);
        }
    }
    if problems.is_empty() {
        Ok(wanted)
    } else {
        Err(problems)
    }
}

/// One unit of the document, checked in the layer it belongs to.
struct UnitCheck<'c> {
    xlf: &'c Arc<SourceFile>,
    unit: &'c ReadUnit,
    layer: &'c LayerImport<'c>,
}

impl UnitCheck<'_> {
    /// The unit of today's source this one translates, of the same type.
    fn source_unit<'s, 'p, 'a>(
        &self,
        source: &SourceFile,
        source_units: &'s [UnitSource<'p, 'a>],
        problems: &mut Vec<Diagnostic>,
    ) -> Option<&'s UnitSource<'p, 'a>> {
        let unit = self.unit;
        let Some(source_unit) = source_units.iter().find(|s| s.id == unit.id) else {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::unknown_unit",
                    format!("unit `{}` is not in {}", unit.id, source.path().display()),
                )
                .at(self.xlf, unit.span.clone())
                .with_help("export again: the source has changed since"),
            );
            return None;
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
                .at(self.xlf, unit.span.clone())
                .with_help("export again: the source has changed since"),
            );
            return None;
        }
        Some(source_unit)
    }

    /// The target as pieces when it is new or changed and passes every check; `None` when it
    /// is unchanged, empty, or refused (the reasons in `problems`). `old` is today's
    /// translation.
    fn target(
        &self,
        target: &[ReadPiece],
        source_unit: &UnitSource<'_, '_>,
        old: Option<Vec<Piece>>,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<Vec<Piece>> {
        let before = problems.len();
        // The placeholders are today's: the source's codes, each with its count, and the
        // document's `<originalData>` only checked against them.
        let source_pieces = pieces(source_unit.pattern, self.unit.fluent);
        let placeholders = Placeholders::new(&source_pieces, old.as_deref());
        self.check_original_data(&placeholders.table, problems);
        let resolved = self.resolve(target, &placeholders, false, problems);
        if problems.len() > before || resolved.is_empty() || old.as_ref() == Some(&resolved) {
            return None;
        }
        // A changed translation must be a translation of today's source.
        if !self.layer.accept_stale && !same_text(&self.unit.source, &source_pieces) {
            problems.push(self.stale_source());
            return None;
        }
        // Changed or new: the placeholders must be the source's, each once.
        let checked = self.resolve(target, &placeholders, true, problems);
        if problems.len() > before {
            return None;
        }
        if let Some(problem) = self.lacking_terms(&source_pieces, &checked) {
            problems.push(problem);
            return None;
        }
        if self.unit.fluent
            && let Err(problem) = fluent_parses(&checked)
        {
            problems.push(self.not_fluent(&problem));
            return None;
        }
        Some(checked)
    }

    fn stale_source(&self) -> Diagnostic {
        Diagnostic::error(
            "fsn::xliff::stale_source",
            format!(
                "unit `{}` was translated from a source text that has changed since the export",
                self.unit.id
            ),
        )
        .at(self.xlf, self.unit.span.clone())
        .with_help(
            "export again and translate today's source; or import with --accept-stale \
             (the message then stays unreviewed until `fsn review`)",
        )
    }

    /// The error for a target that lacks a do-not-translate term of its source, if it does.
    fn lacking_terms(&self, source: &[Piece], target: &[Piece]) -> Option<Diagnostic> {
        let (unit, lang) = (self.unit, self.layer.lang);
        let lacking = (self.layer.glossary).lacking(lang, &plain_text(source), &plain_text(target));
        if lacking.is_empty() {
            return None;
        }
        Some(
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
            .at(self.xlf, unit.target_span.clone().unwrap_or_else(|| unit.span.clone()))
            .with_help(format!(
                "keep each locked term (<mrk translate=\"no\">) as the source writes it, or have an approved {lang} rendering added to the glossary"
            )),
        )
    }

    fn not_fluent(&self, problem: &str) -> Diagnostic {
        Diagnostic::error(
            "fsn::xliff::fluent_syntax",
            format!(
                "unit `{}`: the target is not valid Fluent syntax{problem}",
                self.unit.id
            ),
        )
        .at(self.xlf, self.unit.span.clone())
        .with_help("edit the variants only; keep `{ … ->`, `[key]`, `*[other]` and `}`")
    }
}

/// A unit's placeholders as `fsn xliff export` numbers them (`d1`, `d2`, …): the distinct codes
/// of today's source, then those only today's translation has. They are rebuilt here, never
/// taken from the document's `<originalData>`, which only has to agree with them.
struct Placeholders {
    /// The code of each data id.
    table: BTreeMap<String, String>,
    /// How often today's source has each data id.
    expected: BTreeMap<String, usize>,
}

impl Placeholders {
    fn new(source: &[Piece], old: Option<&[Piece]>) -> Self {
        let mut codes: Vec<&str> = Vec::new();
        for piece in source.iter().chain(old.unwrap_or_default()) {
            if let Piece::Code(code) = piece
                && !codes.contains(&code.as_str())
            {
                codes.push(code);
            }
        }
        let table: BTreeMap<String, String> = codes
            .into_iter()
            .enumerate()
            .map(|(index, code)| (format!("d{}", index + 1), code.to_owned()))
            .collect();
        let mut expected: BTreeMap<String, usize> = BTreeMap::new();
        for piece in source {
            if let Piece::Code(code) = piece
                && let Some((id, _)) = table.iter().find(|(_, data)| *data == code)
            {
                *expected.entry(id.clone()).or_default() += 1;
            }
        }
        Self { table, expected }
    }
}

impl UnitCheck<'_> {
    /// Refuses `<data>` elements that disagree with the rebuilt placeholders: changing one must
    /// not change a message's placeable (`{ $issuer }` into `{ other-message }`).
    fn check_original_data(
        &self,
        table: &BTreeMap<String, String>,
        problems: &mut Vec<Diagnostic>,
    ) {
        let unit = self.unit;
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
                    .at(self.xlf, data.span.clone())
                    .with_help("placeholders come from the source and cannot be changed in the XLIFF file; export again"),
            );
        }
    }

    /// Resolves a read segment to pieces, checking its codes against the placeholders, and
    /// with `counted` that it has each of the source's as often as the source.
    fn resolve(
        &self,
        read: &[ReadPiece],
        placeholders: &Placeholders,
        counted: bool,
        problems: &mut Vec<Diagnostic>,
    ) -> Vec<Piece> {
        let unit = self.unit;
        let mut raw = Vec::new();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        let mut last_span = unit.span.clone();
        for piece in read {
            match piece {
                ReadPiece::Text(value) => {
                    self.check_text(value, problems);
                    raw.push(Piece::Text(value.clone()));
                }
                ReadPiece::Ph { data_ref, span } => {
                    last_span = span.clone();
                    let Some(data) = data_ref.as_ref().and_then(|id| placeholders.table.get(id))
                    else {
                        problems.push(
                            Diagnostic::error(
                                "fsn::xliff::unknown_data_ref",
                                format!(
                                    "unit `{}`: a `<ph>` has {} dataRef",
                                    unit.id,
                                    data_ref.as_ref().map_or("no".to_owned(), |id| format!(
                                        "the unknown `{id}`"
                                    ))
                                ),
                            )
                            .at(self.xlf, span.clone())
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
        if counted {
            self.check_counts(placeholders, &counts, &last_span, problems);
        }
        if unit.fluent {
            return vec![fluent_text(&raw)];
        }
        normalize(raw)
    }

    /// Refuses text a target may not hold outside its placeholders: a brace (a placeable
    /// typed by hand) and control characters.
    fn check_text(&self, value: &str, problems: &mut Vec<Diagnostic>) {
        let unit = self.unit;
        if !unit.fluent && value.contains(['{', '}']) {
            problems.push(
                Diagnostic::error(
                    "fsn::xliff::literal_brace",
                    format!(
                        "unit `{}`: the target has a literal `{{` or `}}` outside the placeholders",
                        unit.id
                    ),
                )
                .at(self.xlf, unit.span.clone())
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
                .at(self.xlf, unit.span.clone())
                .with_help("remove it; messages are text"),
            );
        }
    }

    /// Refuses a target that does not have each of the source's placeholders as often as the
    /// source: `counts` is how often it has each data id.
    fn check_counts(
        &self,
        placeholders: &Placeholders,
        counts: &BTreeMap<String, usize>,
        last_span: &Range<usize>,
        problems: &mut Vec<Diagnostic>,
    ) {
        for (data_ref, want) in &placeholders.expected {
            let have = counts.get(data_ref).copied().unwrap_or(0);
            if have != *want {
                let what = if have < *want {
                    "missing"
                } else {
                    "duplicated"
                };
                let code = placeholders.table.get(data_ref).map_or("", String::as_str);
                problems.push(
                    Diagnostic::error(
                        "fsn::xliff::placeholder",
                        format!(
                            "unit `{}`: placeholder `{code}` ({data_ref}) is {what} in the target ({have} instead of {want})",
                            self.unit.id
                        ),
                    )
                    .at(self.xlf, last_span.clone())
                    .with_help("each placeholder of the source must appear once in the target"),
                );
            }
        }
    }
}

/// A Fluent unit's target as one piece of text: its pieces joined, line ends made `\n`, blank
/// lines at either end and spaces at line ends taken off.
fn fluent_text(raw: &[Piece]) -> Piece {
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
    Piece::Text(trimmed.join("\n"))
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
