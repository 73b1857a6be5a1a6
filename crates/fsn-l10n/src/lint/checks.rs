//! The checks: of one file, of duplicates and references within a layer, of a translation
//! against its source, and of a composed catalog formatted as a build would.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::codes::{
    DUPLICATE_MESSAGE, EMPTY_VALUE, EXTRA_VARIABLE, FORMAT_ERROR, MISSING_ATTRIBUTE,
    MISSING_MESSAGE, MISSING_OVERRIDE, MISSING_PLURAL_CATEGORY, MISSING_VARIABLE,
    OBSOLETE_ATTRIBUTE, OBSOLETE_MESSAGE, SYNTAX, UNKNOWN_REFERENCE, UNKNOWN_VARIABLE,
};
use super::parsed::{Entry, Ids, Parsed, ids};
use super::qa::{SourceCache, check_translation, escalate_for_publishing};
use super::variables::KnownVariables;
use crate::glossary::Glossary;
use fsn_core::base::diagnostic::Diagnostic;
use fsn_core::l10n::{Catalog, FtlFile};

/// Checks each file of an issuer's or a notice's layer on its own and its references in the
/// catalog it is composed into (the lower layers plus the file), then duplicates across them.
pub(super) fn check_layer(
    files: &[&Parsed<'_>],
    lower: &[&Parsed<'_>],
    lang: &str,
    variables: &KnownVariables,
    scope: &str,
    out: &mut Vec<Diagnostic>,
) {
    for file in files {
        check_file(file, lang, variables, out);
        let mut catalog = lower.to_vec();
        catalog.push(file);
        check_references(file, &ids(&catalog), lang, scope, out);
    }
    check_duplicates(files, lang, out);
}

/// One translated layer against the same layer of its source, with what decides how strictly it
/// is checked.
pub(super) struct Translation<'a, 'p> {
    pub(super) source: &'a [&'a Parsed<'p>],
    pub(super) target: &'a [&'a Parsed<'p>],
    pub(super) lang: &'a str,
    /// The layers below the source and below the translation, where an override falls back to.
    pub(super) source_lower: &'a [&'a Parsed<'p>],
    pub(super) target_lower: &'a [&'a Parsed<'p>],
    pub(super) variables: &'a KnownVariables,
    /// Some notice publishes the language: what a draft may leave for later is an error.
    pub(super) published: bool,
    pub(super) glossary: &'a Glossary,
}

impl Translation<'_, '_> {
    /// Compares the translation with its source, makes a dropped variable an error where the
    /// language is published, then runs the content checks (QA).
    pub(super) fn check(&self, cache: &mut SourceCache, out: &mut Vec<Diagnostic>) {
        let start = out.len();
        compare(
            self.source,
            self.target,
            self.lang,
            &ids(self.source_lower),
            &ids(self.target_lower),
            self.variables,
            out,
        );
        if self.published {
            escalate_for_publishing(&mut out[start..]);
        }
        check_translation(
            self.source,
            self.target,
            self.lang,
            self.published,
            self.glossary,
            cache,
            out,
        );
    }
}

/// Checks one file on its own: syntax, empty values, unknown variables, plural categories.
pub(super) fn check_file(
    file: &Parsed<'_>,
    lang: &str,
    variables: &KnownVariables,
    out: &mut Vec<Diagnostic>,
) {
    out.extend(file.problems.iter().cloned());
    for error in &file.errors {
        let id = junk_id(file.file.text(), error);
        let what = match id {
            Some(id) => format!(
                "message `{id}` in {lang} has a syntax error: {}",
                error.kind
            ),
            None => format!("syntax error in {lang}: {}", error.kind),
        };
        out.push(
            Diagnostic::error(SYNTAX, what)
                .at(file.file, clamp(file.file.text(), error.pos.clone()))
                .with_help(fsn_core::l10n::ftl_help::syntax_help(file.file.text(), error.pos.start).unwrap_or_else(|| "fix the syntax (see https://projectfluent.org/fluent/guide/); until then the message is missing".to_owned())),
        );
    }
    let categories = plural_categories(lang);
    for entry in file.entries() {
        let at = file.at(entry.name, entry.term);
        let kind = entry.kind();
        match entry.value {
            None => out.push(
                Diagnostic::error(
                    EMPTY_VALUE,
                    format!("{kind} `{}` in {lang} has no value", entry.id),
                )
                .at(file.file, at.clone())
                .with_help("fsn shows only a message's value; write it after `=`"),
            ),
            Some(value) if is_empty(value) => out.push(
                Diagnostic::error(
                    EMPTY_VALUE,
                    format!("{kind} `{}` in {lang} is empty", entry.id),
                )
                .at(file.file, at.clone())
                .with_help("translate the message; an empty value prints nothing"),
            ),
            Some(_) => {}
        }
        for attribute in entry.attributes {
            if is_empty(&attribute.value) {
                out.push(
                    Diagnostic::error(
                        EMPTY_VALUE,
                        format!(
                            "attribute `{}.{}` in {lang} is empty",
                            entry.id, attribute.id.name
                        ),
                    )
                    .at(file.file, file.span(attribute.id.name))
                    .with_help("translate the attribute, or remove it"),
                );
            }
        }
        let refs = entry.refs();
        // A term's variables are its parameters, given where it is referenced.
        if !entry.term {
            let mut reported = HashSet::new();
            for name in &refs.variables {
                if !variables.allows(&entry.id, name) && reported.insert(*name) {
                    out.push(
                        Diagnostic::error(
                            UNKNOWN_VARIABLE,
                            format!(
                                "message `{}` in {lang} uses the variable `${name}`, which fsn does not provide",
                                entry.id
                            ),
                        )
                        .at(file.file, file.span(name))
                        .with_label("unknown variable")
                        .with_help(format!(
                            "use one of: {}",
                            variables.names().map(|name| format!("${name}")).collect::<Vec<_>>().join(", ")
                        )),
                    );
                }
            }
        }
        if let Some(categories) = &categories {
            for keys in &refs.selects {
                let plural = keys.iter().any(|key| {
                    key.parse::<f64>().is_ok()
                        || icu_plurals::PluralCategory::get_for_cldr_string(key).is_some()
                });
                let missing: Vec<&str> = categories
                    .iter()
                    .copied()
                    .filter(|category| !keys.contains(category))
                    .collect();
                if plural && !missing.is_empty() {
                    out.push(
                        Diagnostic::warning(
                            MISSING_PLURAL_CATEGORY,
                            format!(
                                "{kind} `{}` in {lang} has no variant for the plural categories {}",
                                entry.id,
                                missing.join(", ")
                            ),
                        )
                        .at(file.file, at.clone())
                        .with_help(format!(
                            "{lang} distinguishes {}; add a variant for each",
                            categories.join(", ")
                        )),
                    );
                }
            }
        }
    }
}

/// A parser error's range inside the text and on character boundaries: the parser's ranges
/// may pass the end of the file or split a character.
fn clamp(text: &str, range: Range<usize>) -> Range<usize> {
    let floor = |mut offset: usize| {
        offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    let start = floor(range.start);
    start..floor(range.end).max(start)
}

/// The message id at the start of the text a syntax error skipped, if it looks like one.
fn junk_id<'t>(text: &'t str, error: &fluent_syntax::parser::ParserError) -> Option<&'t str> {
    let range = error.slice.clone().unwrap_or(error.pos.clone());
    let junk = text.get(clamp(text, range))?;
    let line = junk
        .lines()
        .find(|line| !line.trim().is_empty() && !line.starts_with('#'))?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim();
    let plain = !id.is_empty()
        && id
            .trim_start_matches('-')
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    plain.then_some(id)
}

/// CLDR cardinal plural categories of a language, or `None` if it has no rules.
fn plural_categories(lang: &str) -> Option<Vec<&'static str>> {
    let locale: icu_locale_core::Locale = lang.parse().ok()?;
    let rules = icu_plurals::PluralRules::try_new_cardinal((&locale).into()).ok()?;
    let mut categories: Vec<&'static str> = rules
        .categories()
        .map(|category| match category {
            icu_plurals::PluralCategory::Zero => "zero",
            icu_plurals::PluralCategory::One => "one",
            icu_plurals::PluralCategory::Two => "two",
            icu_plurals::PluralCategory::Few => "few",
            icu_plurals::PluralCategory::Many => "many",
            icu_plurals::PluralCategory::Other => "other",
        })
        .collect();
    categories.dedup();
    Some(categories)
}

/// Whether a pattern holds nothing but white space and empty string literals.
fn is_empty(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        ast::PatternElement::Placeable { .. } => false,
    })
}

/// Ids defined twice within one layer (one file, or the shared files of a language).
pub(super) fn check_duplicates(files: &[&Parsed<'_>], lang: &str, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<String, &Path> = HashMap::new();
    for file in files {
        for entry in file.entries() {
            match first.get(&entry.id) {
                Some(path) => {
                    let where_ = if *path == file.file.path() {
                        "in this file".to_owned()
                    } else {
                        format!("in {}", path.display())
                    };
                    out.push(
                        Diagnostic::error(
                            DUPLICATE_MESSAGE,
                            format!("{} `{}` in {lang} is defined twice", entry.kind(), entry.id),
                        )
                        .at(file.file, file.at(entry.name, entry.term))
                        .with_label(format!("defined before {where_}"))
                        .with_help("keep one definition; only one of them would be used"),
                    );
                }
                None => {
                    first.insert(entry.id.clone(), file.file.path());
                }
            }
        }
    }
}

/// References to messages and terms that the catalog the file is composed into lacks.
pub(super) fn check_references(
    file: &Parsed<'_>,
    catalog: &Ids,
    lang: &str,
    scope: &str,
    out: &mut Vec<Diagnostic>,
) {
    for entry in file.entries() {
        for (id, attribute, name) in entry.refs().references {
            let problem = match (catalog.get(&id), attribute) {
                (None, _) => format!("`{id}`, which does not exist in {scope}"),
                (Some(attributes), Some(attribute)) if !attributes.contains(attribute) => {
                    format!("`{id}.{attribute}`, an attribute that does not exist")
                }
                _ => continue,
            };
            let term = id.starts_with('-');
            out.push(
                Diagnostic::error(
                    UNKNOWN_REFERENCE,
                    format!(
                        "{} `{}` in {lang} refers to {problem}",
                        entry.kind(),
                        entry.id
                    ),
                )
                .at(file.file, file.at(name, term))
                .with_label("unknown reference")
                .with_help("correct the id, or define it in this file or a layer below"),
            );
        }
    }
}

/// Compares one layer of a translation with the same layer of the source. `source_lower` and
/// `target_lower` are the ids of the layers below, where an override falls back to.
pub(super) fn compare(
    source: &[&Parsed<'_>],
    target: &[&Parsed<'_>],
    lang: &str,
    source_lower: &Ids,
    target_lower: &Ids,
    variables: &KnownVariables,
    out: &mut Vec<Diagnostic>,
) {
    // A file the parser was not given has no entries: it is reported once, not per message.
    if source.iter().chain(target).any(|file| file.refused) {
        return;
    }
    let target_entries: HashMap<String, (&Parsed<'_>, Entry<'_, '_>)> = target
        .iter()
        .flat_map(|file| {
            file.entries()
                .map(move |entry| (entry.id.clone(), (*file, entry)))
        })
        .collect();
    let mut source_ids = HashSet::new();
    for file in source {
        for entry in file.entries() {
            source_ids.insert(entry.id.clone());
            let kind = entry.kind();
            let Some((target_file, translated)) = target_entries.get(&entry.id) else {
                let at = file.at(entry.name, entry.term);
                let diagnostic = if target_lower.contains_key(&entry.id) {
                    Diagnostic::warning(
                        MISSING_OVERRIDE,
                        format!(
                            "{kind} `{}` is reworded here in the source but not in {lang}",
                            entry.id
                        ),
                    )
                    .with_help(format!(
                        "{lang} shows the wording of a lower layer; translate this one"
                    ))
                } else {
                    Diagnostic::error(
                        MISSING_MESSAGE,
                        format!("{kind} `{}` is missing in {lang}", entry.id),
                    )
                    .with_help(format!("translate it in the {lang} file of this layer"))
                };
                out.push(
                    diagnostic
                        .at(file.file, at)
                        .with_label(format!("missing in {lang}")),
                );
                continue;
            };
            let target_at = target_file.at(translated.name, translated.term);
            for attribute in entry.attributes {
                let name = attribute.id.name;
                if !translated
                    .attributes
                    .iter()
                    .any(|other| other.id.name == name)
                {
                    out.push(
                        Diagnostic::error(
                            MISSING_ATTRIBUTE,
                            format!("attribute `{}.{name}` is missing in {lang}", entry.id),
                        )
                        .at(file.file, file.span(name))
                        .with_label(format!("missing in {lang}"))
                        .with_help(format!("translate the attribute in the {lang} file")),
                    );
                }
            }
            for attribute in translated.attributes {
                let name = attribute.id.name;
                if !entry.attributes.iter().any(|other| other.id.name == name) {
                    out.push(
                        Diagnostic::warning(
                            OBSOLETE_ATTRIBUTE,
                            format!(
                                "attribute `{}.{name}` in {lang} is not in the source",
                                entry.id
                            ),
                        )
                        .at(target_file.file, target_file.span(name))
                        .with_help("remove it, or add it to the source first"),
                    );
                }
            }
            if entry.term {
                continue;
            }
            let source_vars: BTreeSet<&str> = entry.refs().variables.into_iter().collect();
            let target_vars: BTreeSet<&str> = translated.refs().variables.into_iter().collect();
            for name in source_vars.difference(&target_vars) {
                out.push(
                    Diagnostic::warning(
                        MISSING_VARIABLE,
                        format!(
                            "message `{}` in {lang} does not use `${name}`, which the source uses",
                            entry.id
                        ),
                    )
                    .at(target_file.file, target_at.clone())
                    .with_help(format!(
                        "check the translation; the source shows `{{ ${name} }}` here"
                    )),
                );
            }
            for name in target_vars.difference(&source_vars) {
                // A variable fsn does not provide is reported as unknown by the file check.
                if !variables.allows(&entry.id, name) {
                    continue;
                }
                out.push(
                    Diagnostic::warning(
                        EXTRA_VARIABLE,
                        format!(
                            "message `{}` in {lang} uses `${name}`, which the source does not",
                            entry.id
                        ),
                    )
                    .at(target_file.file, target_file.span(name))
                    .with_help("check the translation against the source"),
                );
            }
        }
    }
    for file in target {
        for entry in file.entries() {
            if source_ids.contains(&entry.id) || source_lower.contains_key(&entry.id) {
                // An override of a lower layer that only this language needs is fine.
                continue;
            }
            out.push(
                Diagnostic::warning(
                    OBSOLETE_MESSAGE,
                    format!(
                        "{} `{}` in {lang} is not in the source",
                        entry.kind(),
                        entry.id
                    ),
                )
                .at(file.file, file.at(entry.name, entry.term))
                .with_help("remove it, or add it to the source first"),
            );
        }
    }
}

/// Formats every message of a composed catalog (layers earliest first), built as a build
/// builds it (`Catalog::new`), with fsn's variables, and reports what fails in the build's
/// words. References and variables are left to the static checks, which know where they are.
pub(super) fn check_formatting(
    layers: &[&[&Parsed<'_>]],
    lang: &str,
    variables: &KnownVariables,
    out: &mut Vec<Diagnostic>,
) {
    let Ok(langid) = lang.parse::<LanguageIdentifier>() else {
        return;
    };
    let files: Vec<Vec<&FtlFile>> = layers
        .iter()
        .map(|layer| layer.iter().map(|file| file.ftl()).collect())
        .collect();
    let files: Vec<&[&FtlFile]> = files.iter().map(Vec::as_slice).collect();
    let (catalog, _duplicates_reported_elsewhere) = Catalog::new(langid, &files);
    // The definition that wins, for locating errors.
    let mut winners: HashMap<&str, (&Parsed<'_>, &str)> = HashMap::new();
    for (index, layer) in layers.iter().enumerate() {
        for file in layer.iter() {
            for entry in file.entries() {
                if entry.term {
                    continue;
                }
                if index == 0 && winners.contains_key(entry.name) {
                    continue;
                }
                winners.insert(entry.name, (file, entry.name));
            }
        }
    }
    let mut ids: Vec<&&str> = winners.keys().collect();
    ids.sort();
    for id in ids {
        let (file, name) = winners[id];
        for found in catalog.format_problems(id, &variables.values(id)) {
            if found.unknown_reference {
                continue;
            }
            out.push(
                Diagnostic::error(
                    FORMAT_ERROR,
                    format!("message `{id}` in {lang} {}", found.problem),
                )
                .at(file.file, file.span(name))
                .with_label("fails when formatted")
                .with_help("fix the message so it formats; a build would stop here"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(plural_categories("de").unwrap(), ["one", "other"]);
        assert!(plural_categories("pl").unwrap().contains(&"few"));
    }
}
