//! Content checks of a translation against its source, as localisation QA runs them (issue
//! 13): link targets and e-mail addresses kept, the same numbers, the same message and term
//! references, the same Markdown structure, no text left untranslated, and the glossary's
//! do-not-translate terms kept verbatim. Errors where the language is published, warnings
//! in drafts.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast;
use pulldown_cmark::{Event, Parser, Tag};

use super::codes::{
    GLOSSARY_TERM, MARKDOWN_MISMATCH, MISSING_VARIABLE, NUMBER_MISMATCH, REFERENCE_MISMATCH,
    UNTRANSLATED, URL_CHANGED,
};
use super::parsed::{Entry, Parsed};
use crate::glossary::Glossary;
use crate::text::normalise;
use fsn_core::base::diagnostic::{Diagnostic, Severity, SourceFile};

/// What the checks read from a source pattern, kept across languages: every language is
/// compared with the same source (keyed by the pattern's address in the parsed file).
#[derive(Default)]
pub(super) struct SourceCache(HashMap<usize, Arc<Features>>);

impl SourceCache {
    fn get(&mut self, pattern: &ast::Pattern<&str>) -> Arc<Features> {
        let key = std::ptr::from_ref(pattern) as usize;
        Arc::clone(
            self.0
                .entry(key)
                .or_insert_with(|| Arc::new(Features::of(pattern))),
        )
    }
}

/// A pattern's plain text and what the checks compare in it.
struct Features {
    text: String,
    addresses: Vec<String>,
    markup: Markup,
}

impl Features {
    fn of(pattern: &ast::Pattern<&str>) -> Self {
        let text = plain(pattern);
        Self {
            addresses: addresses(&text),
            markup: Markup::of(&text),
            text,
        }
    }
}

/// Runs every content check on the messages a translation layer shares with its source.
pub(super) fn check_translation(
    source: &[&Parsed<'_>],
    target: &[&Parsed<'_>],
    lang: &str,
    published: bool,
    glossary: &Glossary,
    cache: &mut SourceCache,
    out: &mut Vec<Diagnostic>,
) {
    let mut sources: HashMap<String, Entry<'_, '_>> = HashMap::new();
    for file in source {
        for entry in file.entries() {
            sources.entry(entry.id.clone()).or_insert(entry);
        }
    }
    for file in target {
        for translated in file.entries() {
            let Some(original) = sources.get(&translated.id) else {
                continue;
            };
            let check = Check {
                file: file.file,
                lang,
                published,
                glossary,
            };
            check.references(original, &translated, file, out);
            let mut pairs = Vec::new();
            if let (Some(from), Some(to)) = (original.value, translated.value) {
                pairs.push((
                    translated.id.clone(),
                    from,
                    to,
                    file.at(translated.name, translated.term),
                ));
            }
            for attribute in translated.attributes {
                let name = attribute.id.name;
                if let Some(from) = original.attributes.iter().find(|a| a.id.name == name) {
                    pairs.push((
                        format!("{}.{name}", translated.id),
                        &from.value,
                        &attribute.value,
                        file.span(name),
                    ));
                }
            }
            for (key, from, to, at) in pairs {
                let from = (cache.get(from), from);
                check.pattern(&key, translated.term, from, to, at, out);
            }
        }
    }
}

/// Makes a dropped `$variable` an error where the language is published (the comparison
/// reports it as a warning, which fits a draft).
pub(super) fn escalate_for_publishing(found: &mut [Diagnostic]) {
    for diagnostic in found {
        if diagnostic.code == MISSING_VARIABLE {
            diagnostic.severity = Severity::Error;
        }
    }
}

struct Check<'c> {
    file: &'c Arc<SourceFile>,
    lang: &'c str,
    published: bool,
    glossary: &'c Glossary,
}

impl Check<'_> {
    fn report(
        &self,
        code: &'static str,
        message: String,
        help: String,
        at: Range<usize>,
        out: &mut Vec<Diagnostic>,
    ) {
        let diagnostic = if self.published {
            Diagnostic::error(code, message)
        } else {
            Diagnostic::warning(code, message)
        };
        out.push(diagnostic.at(self.file, at).with_help(help));
    }

    fn references(
        &self,
        original: &Entry<'_, '_>,
        translated: &Entry<'_, '_>,
        file: &Parsed<'_>,
        out: &mut Vec<Diagnostic>,
    ) {
        let name = |(id, attribute, _): &(String, Option<&str>, &str)| match attribute {
            Some(attribute) => format!("{id}.{attribute}"),
            None => id.clone(),
        };
        let mut wanted: Vec<String> = original.refs().references.iter().map(name).collect();
        let mut have: Vec<String> = translated.refs().references.iter().map(name).collect();
        wanted.sort();
        wanted.dedup();
        have.sort();
        have.dedup();
        let dropped: Vec<String> = wanted
            .iter()
            .filter(|id| !have.contains(id))
            .map(|id| format!("{{ {id} }}"))
            .collect();
        let added: Vec<String> = have
            .iter()
            .filter(|id| !wanted.contains(id))
            .map(|id| format!("{{ {id} }}"))
            .collect();
        if dropped.is_empty() && added.is_empty() {
            return;
        }
        let mut problems = Vec::new();
        if !dropped.is_empty() {
            problems.push(format!("drops {}", dropped.join(", ")));
        }
        if !added.is_empty() {
            problems.push(format!("adds {}", added.join(", ")));
        }
        self.report(
            REFERENCE_MISMATCH,
            format!(
                "`{}` in {} {} of the source",
                translated.id,
                self.lang,
                problems.join(" and ")
            ),
            format!(
                "refer to the same messages and terms as the source: {}\n  source:      {}\n  translation: {}",
                if wanted.is_empty() {
                    "none".to_owned()
                } else {
                    wanted
                        .iter()
                        .map(|id| format!("{{ {id} }}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
                excerpt(&original.value.map(plain_source).unwrap_or_default()),
                excerpt(&translated.value.map(plain_source).unwrap_or_default()),
            ),
            file.at(translated.name, translated.term),
            out,
        );
    }

    fn pattern(
        &self,
        key: &str,
        term: bool,
        (original, from): (Arc<Features>, &ast::Pattern<&str>),
        to: &ast::Pattern<&str>,
        at: Range<usize>,
        out: &mut Vec<Diagnostic>,
    ) {
        let translated = Features::of(to);
        let (source, target) = (&original.text, &translated.text);
        let lang = self.lang;
        let excerpts = || {
            format!(
                "\n  source:      {}\n  translation: {}",
                excerpt(source),
                excerpt(target)
            )
        };

        let lost = missing(&original.addresses, &translated.addresses);
        if !lost.is_empty() {
            self.report(
                URL_CHANGED,
                format!(
                    "`{key}` in {lang} lacks {} of the source",
                    quoted(&lost)
                ),
                format!(
                    "copy link targets and e-mail addresses unchanged (a link's visible text may be translated, its target not){}",
                    excerpts()
                ),
                at.clone(),
                out,
            );
        }

        if !numbers_match(source, target) {
            let lost = missing(&digit_groups(source), &digit_groups(target));
            let extra = missing(&digit_groups(target), &digit_groups(source));
            let mut what = Vec::new();
            if !lost.is_empty() {
                what.push(format!("lacks {}", lost.join(", ")));
            }
            if !extra.is_empty() {
                what.push(format!("adds {}", extra.join(", ")));
            }
            self.report(
                NUMBER_MISMATCH,
                format!(
                    "`{key}` in {lang} has other numbers than the source: it {}",
                    what.join(" and ")
                ),
                format!(
                    "keep every catalog, lot, serial, version, step and date number of the source (only the decimal and thousands separators may change){}",
                    excerpts()
                ),
                at.clone(),
                out,
            );
        }

        let (markup_from, markup_to) = (original.markup, translated.markup);
        if markup_from != markup_to {
            self.report(
                MARKDOWN_MISMATCH,
                format!(
                    "`{key}` in {lang} has {}, the source {}",
                    markup_to.describe(),
                    markup_from.describe()
                ),
                format!(
                    "mark up the same links, **bold** and *italic* spans as the source, each `**` and `*` closed{}",
                    excerpts()
                ),
                at.clone(),
                out,
            );
        }

        let lacking = self.glossary.lacking(lang, source, target);
        if !lacking.is_empty() {
            self.report(
                GLOSSARY_TERM,
                format!(
                    "`{key}` in {lang} lacks the do-not-translate term(s) {}",
                    quoted(&lacking.iter().map(|term| (*term).to_owned()).collect::<Vec<_>>())
                ),
                format!(
                    "write each term as the glossary has it (issuers/<key>/glossary.toml), or have an approved {lang} rendering added there{}",
                    excerpts()
                ),
                at.clone(),
                out,
            );
        }

        // A term is a shared name (`-brand`): the same in every language by design.
        if !term
            && source == target
            && normalise(from) == normalise(to)
            && self.translatable(source)
        {
            self.report(
                UNTRANSLATED,
                format!("`{key}` in {lang} is the source text, untranslated"),
                format!(
                    "translate it; text that stays as it is in every language belongs in the glossary or a Fluent term (`-name`){}",
                    excerpts()
                ),
                at,
                out,
            );
        }
    }

    /// Whether a text has words to translate, two or more, once glossary terms, addresses,
    /// numbers and placeables are taken out.
    fn translatable(&self, text: &str) -> bool {
        let mut rest = text.replace(PLACEABLE, " ");
        for address in addresses(text) {
            rest = rest.replace(&address, " ");
        }
        for term in self.glossary.terms_in(self.lang) {
            rest = rest.replace(&term.text, " ");
        }
        // One word is often the same in two languages ("No", "Name:"): not worth a report.
        rest.split(|c: char| !c.is_alphabetic())
            .filter(|word| word.chars().count() > 1)
            .nth(1)
            .is_some()
    }
}

/// The text of a pattern with its placeables as written (`{ -brand }`), for excerpts.
fn plain_source(pattern: &ast::Pattern<&str>) -> String {
    normalise(pattern)
}

/// What stands for a placeable in the plain text: Markdown reads `[text]({})` as a link.
const PLACEABLE: &str = "{}";

/// The text of a pattern with each placeable as `{}` (a string literal as its text, a
/// select expression as its default variant), each run of white space one space.
fn plain(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    push_pattern(&mut out, pattern);
    collapse_spaces(&out)
}

/// Each run of ASCII white space as one space, without the ones at either end.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, part) in text
        .split([' ', '\n', '\t', '\r'])
        .filter(|part| !part.is_empty())
        .enumerate()
    {
        if index > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

fn push_pattern(out: &mut String, pattern: &ast::Pattern<&str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    out.push_str(value);
                }
                ast::Expression::Select { variants, .. } => {
                    if let Some(default) = variants.iter().find(|variant| variant.default) {
                        push_pattern(out, &default.value);
                    }
                }
                ast::Expression::Inline(_) => out.push_str(PLACEABLE),
            },
        }
    }
}

/// The items of `wanted` that `have` lacks, counting repeats.
fn missing(wanted: &[String], have: &[String]) -> Vec<String> {
    let mut left: Vec<&String> = have.iter().collect();
    wanted
        .iter()
        .filter(|item| match left.iter().position(|other| other == item) {
            Some(at) => {
                left.swap_remove(at);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// At most 120 characters of a text, on one line.
fn excerpt(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(120) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line,
    }
}

/// Link targets and e-mail addresses, in order.
fn addresses(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    // Most messages have none: skip the scan (it runs over every message of every language).
    let candidates = ["://", "mailto:", "www.", "@"];
    if !candidates.iter().any(|candidate| text.contains(candidate)) {
        return found;
    }
    let stops = |c: char| c.is_whitespace() || "()<>\"'[]{}".contains(c);
    let mut offset = 0;
    while offset < text.len() {
        let rest = &text[offset..];
        let starts = ["https://", "http://", "mailto:", "www."]
            .iter()
            .any(|prefix| rest.starts_with(prefix));
        let boundary = text[..offset]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if starts && boundary {
            let end = rest.find(stops).unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            found.push(url.to_owned());
            offset += end.max(1);
            continue;
        }
        offset += rest.chars().next().map_or(1, char::len_utf8);
    }
    // E-mail addresses outside the links found.
    let mut links = found.clone();
    for (at, _) in text.match_indices('@') {
        let local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
        let domain = |c: char| c.is_ascii_alphanumeric() || ".-".contains(c);
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| local(*c))
            .last()
            .map_or(at, |(index, _)| index);
        let end = text[at + 1..]
            .char_indices()
            .find(|(_, c)| !domain(*c))
            .map_or(text.len(), |(index, _)| at + 1 + index);
        let address = text[start..end].trim_end_matches(['.', '-']);
        let host = &address[at - start + 1..];
        if start < at && host.contains('.') {
            let inside_link = links.iter().any(|link| link.contains(address));
            if !inside_link {
                found.push(address.to_owned());
                links.push(address.to_owned());
            }
        }
    }
    found
}

/// Runs of ASCII digits.
fn digit_groups(text: &str) -> Vec<String> {
    if !has_digits(text) {
        return Vec::new();
    }
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|group| !group.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Digits with the separators a locale may put inside a number (`1,000.5`, `1.000,5`,
/// `1 000,5`, `1'000`) taken out, so each number is one string.
fn joined_numbers(text: &str, spaces: bool) -> Vec<String> {
    let separator = |c: char| {
        matches!(c, '.' | ',' | '\'' | '\u{a0}' | '\u{202f}' | '\u{2009}') || (spaces && c == ' ')
    };
    let chars: Vec<char> = text.chars().collect();
    let mut numbers = Vec::new();
    let mut current = String::new();
    for (index, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if !current.is_empty()
            && separator(c)
            && chars.get(index + 1).is_some_and(char::is_ascii_digit)
        {
            continue;
        } else if !current.is_empty() {
            numbers.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        numbers.push(current);
    }
    numbers
}

fn has_digits(text: &str) -> bool {
    text.bytes().any(|byte| byte.is_ascii_digit())
}

/// Whether two texts hold the same numbers: the same digit groups, or the same numbers once
/// the separators a locale puts inside them are read as part of them.
fn numbers_match(source: &str, target: &str) -> bool {
    if !has_digits(source) && !has_digits(target) {
        return true;
    }
    let same = |mut one: Vec<String>, mut two: Vec<String>| {
        one.sort();
        two.sort();
        one == two
    };
    same(digit_groups(source), digit_groups(target))
        || same(joined_numbers(source, false), joined_numbers(target, false))
        || same(joined_numbers(source, true), joined_numbers(target, true))
}

/// The Markdown structure of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Markup {
    links: usize,
    bold: usize,
    italic: usize,
    /// `*` left as text (the parser splits them into events of their own): a bold or
    /// italic span not closed.
    open: usize,
}

impl Markup {
    fn of(text: &str) -> Self {
        let mut markup = Self {
            links: 0,
            bold: 0,
            italic: 0,
            open: 0,
        };
        // Without these characters there is no Markdown to count.
        if !text
            .bytes()
            .any(|byte| matches!(byte, b'*' | b'_' | b'[' | b'<'))
        {
            return markup;
        }
        for event in Parser::new(text) {
            match event {
                Event::Start(Tag::Link { .. }) => markup.links += 1,
                Event::Start(Tag::Strong) => markup.bold += 1,
                Event::Start(Tag::Emphasis) => markup.italic += 1,
                Event::Text(text) => markup.open += text.matches('*').count(),
                _ => {}
            }
        }
        markup
    }

    fn describe(self) -> String {
        let mut parts = vec![
            format!("{} link(s)", self.links),
            format!("{} bold", self.bold),
            format!("{} italic", self.italic),
        ];
        if self.open > 0 {
            parts.push(format!("{} unmatched `*`", self.open));
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_found_without_trailing_punctuation() {
        assert_eq!(
            addresses(
                "See [the page](https://example.com/a?b=1). Mail techsupport@illumina.com, or <mailto:x@y.org>."
            ),
            [
                "https://example.com/a?b=1",
                "mailto:x@y.org",
                "techsupport@illumina.com"
            ]
        );
    }

    #[test]
    fn locale_separators_do_not_change_numbers() {
        assert!(numbers_match(
            "1,000.5 mm on 01/16/2025",
            "1.000,5 mm am 16.01.2025"
        ));
        assert!(numbers_match("10000 units", "10 000 unités"));
        assert!(numbers_match("2.5", "2,5"));
        assert!(!numbers_match("catalog 20068232", "Katalog 20068223"));
        assert!(!numbers_match("steps 1 and 2", "Schritt 1"));
    }

    #[test]
    fn markup_counts_spans_and_open_bold() {
        let source = Markup::of("**Note:** see [here]({}) and *this*");
        assert_eq!(
            (source.links, source.bold, source.italic, source.open),
            (1, 1, 1, 0)
        );
        let broken = Markup::of("**Hinweis: siehe [hier]({}) und *dies*");
        assert_eq!(broken.open, 2);
        assert_ne!(source, broken);
    }
}
