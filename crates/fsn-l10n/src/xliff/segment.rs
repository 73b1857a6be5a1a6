//! Fluent patterns as XLIFF segments and back: the translatable units of a file, their
//! patterns as pieces of text and placeable codes (the `<ph>` elements), and pieces written as
//! Fluent again. Shared by the export and the import.

use fluent_syntax::ast;

use fsn_core::l10n::{Refused, parse_fluent};

/// Lines of Fluent written by the import are wrapped at this width, as the repository's are.
const WIDTH: usize = 92;

/// A piece of a segment: text, or a placeable as its Fluent text (`{ $var }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
    Text(String),
    Code(String),
}

/// A translatable pattern of a file: a message's value or one attribute.
pub(super) struct UnitSource<'p, 'a> {
    /// `msg-id` or `msg-id.attr`.
    pub(super) id: String,
    /// Index of the entry in the file's body.
    pub(super) entry: usize,
    pub(super) attribute: Option<&'a str>,
    pub(super) pattern: &'p ast::Pattern<&'a str>,
    pub(super) comment: Option<&'p ast::Comment<&'a str>>,
    pub(super) group: Option<&'p ast::Comment<&'a str>>,
}

/// Parses Fluent text through fsn's one entry point for untrusted text (see
/// [`fsn_core::l10n::parse_fluent`]); returns the resource and how many syntax errors it has.
pub(super) fn parse(text: &str) -> Result<(ast::Resource<&str>, usize), Refused> {
    let syntax = parse_fluent(text)?;
    let errors = syntax.error_count();
    Ok((syntax.resource, errors))
}

/// The patterns of a resource in file order, with their comments.
pub(super) fn unit_sources<'p, 'a>(
    resource: &'p ast::Resource<&'a str>,
) -> Vec<UnitSource<'p, 'a>> {
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

/// Whether a pattern has a select expression with text in a variant: such a pattern is
/// exported as Fluent syntax, since its text cannot hide inside one code.
pub(super) fn has_select_with_text(pattern: &ast::Pattern<&str>) -> bool {
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
pub(super) fn pieces(pattern: &ast::Pattern<&str>, fluent: bool) -> Vec<Piece> {
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
pub(super) fn normalize(raw: Vec<Piece>) -> Vec<Piece> {
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
pub(super) fn write_pattern(prefix: &str, indent: &str, pieces: &[Piece], fluent: bool) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_unwrap_lines_and_make_placeables_codes() {
        let (resource, _) = parse("a = one\n    two { $x } three\n").unwrap();
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
        let (resource, errors) = parse(&text).unwrap();
        assert_eq!(errors, 0, "{text}");
        assert_eq!(pieces_of(&resource), pieces);
    }

    fn pieces_of(resource: &ast::Resource<&str>) -> Vec<Piece> {
        pieces(unit_sources(resource)[0].pattern, false)
    }
}
