//! The parsed files the checks read: messages and terms located by byte range, and what
//! their patterns refer to.

use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast;

use fsn_core::base::diagnostic::{Diagnostic, SourceFile};
use fsn_core::l10n::{
    FtlFile, control_characters, definition_span, parse_fluent, syntax_diagnostics,
};

/// A file's text and its syntax tree, whose strings are slices of the text (so their byte
/// positions are known without the parser's spans).
pub(super) struct Parsed<'a> {
    pub(super) file: &'a Arc<SourceFile>,
    resource: ast::Resource<&'a str>,
    /// The first syntax errors (see [`fsn_core::l10n::MAX_SYNTAX_ERRORS`]).
    pub(super) errors: Vec<fluent_syntax::parser::ParserError>,
    /// What is wrong with the text before its syntax: control characters, how many syntax
    /// errors were not listed, and why the parser was not given the text at all.
    pub(super) problems: Vec<Diagnostic>,
    /// The text was not parsed (see [`fsn_core::l10n::refusal`]): it has no entries to compare.
    pub(super) refused: bool,
    /// The file as a build loads it into a catalog, parsed when first asked for.
    ftl: OnceCell<FtlFile>,
}

impl<'a> Parsed<'a> {
    pub(super) fn new(file: &'a Arc<SourceFile>) -> Self {
        let mut problems = control_characters(file);
        match parse_fluent(file.text()) {
            Ok(mut syntax) => {
                // The listed errors become the lint's own findings; only the count of the rest
                // is reported from here.
                let listed = std::mem::take(&mut syntax.errors);
                problems.extend(syntax_diagnostics(file, &syntax, |_| String::new()));
                Self {
                    file,
                    resource: syntax.resource,
                    errors: listed,
                    problems,
                    refused: false,
                    ftl: OnceCell::new(),
                }
            }
            Err(refused) => {
                problems.insert(0, refused.diagnostic(file));
                Self {
                    file,
                    resource: ast::Resource { body: Vec::new() },
                    errors: Vec::new(),
                    problems,
                    refused: true,
                    ftl: OnceCell::new(),
                }
            }
        }
    }

    /// The file as a build loads it (its problems are this file's own, reported by the lint's
    /// checks).
    pub(super) fn ftl(&self) -> &FtlFile {
        self.ftl
            .get_or_init(|| FtlFile::parse(Arc::clone(self.file)).0)
    }

    /// Byte range of a slice of this file's text.
    pub(super) fn span(&self, part: &str) -> Range<usize> {
        let text = self.file.text();
        let start = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if start <= text.len() && start + part.len() <= text.len() {
            start..start + part.len()
        } else {
            definition_span(text, part).unwrap_or(0..0)
        }
    }

    /// Messages and terms, in file order.
    pub(super) fn entries(&self) -> impl Iterator<Item = Entry<'_, 'a>> {
        self.resource.body.iter().filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(Entry {
                id: message.id.name.to_owned(),
                name: message.id.name,
                term: false,
                value: message.value.as_ref(),
                attributes: &message.attributes,
            }),
            ast::Entry::Term(term) => Some(Entry {
                id: format!("-{}", term.id.name),
                name: term.id.name,
                term: true,
                value: Some(&term.value),
                attributes: &term.attributes,
            }),
            _ => None,
        })
    }

    pub(super) fn at(&self, name: &str, term: bool) -> Range<usize> {
        let span = self.span(name);
        // A term's id includes its leading `-`.
        if term && span.start > 0 {
            span.start - 1..span.end
        } else {
            span
        }
    }
}

/// A message or term of a file.
pub(super) struct Entry<'p, 'a> {
    /// The id as references spell it: `name` for a message, `-name` for a term.
    pub(super) id: String,
    /// The name, a slice of the file's text.
    pub(super) name: &'a str,
    pub(super) term: bool,
    pub(super) value: Option<&'p ast::Pattern<&'a str>>,
    pub(super) attributes: &'p [ast::Attribute<&'a str>],
}

impl<'a> Entry<'_, 'a> {
    pub(super) fn kind(&self) -> &'static str {
        if self.term { "term" } else { "message" }
    }

    /// Every pattern: the value, then the attributes.
    fn patterns(&self) -> impl Iterator<Item = &ast::Pattern<&'a str>> {
        self.value
            .into_iter()
            .chain(self.attributes.iter().map(|attribute| &attribute.value))
    }

    pub(super) fn refs(&self) -> Refs<'a> {
        let mut refs = Refs::default();
        for pattern in self.patterns() {
            refs.pattern(pattern);
        }
        refs
    }
}

/// What a pattern refers to.
#[derive(Default)]
pub(super) struct Refs<'a> {
    pub(super) variables: Vec<&'a str>,
    /// `(id, attribute, the name's slice)`, terms with their `-`.
    pub(super) references: Vec<(String, Option<&'a str>, &'a str)>,
    /// The variant keys of each select expression.
    pub(super) selects: Vec<Vec<&'a str>>,
}

impl<'a> Refs<'a> {
    fn pattern(&mut self, pattern: &ast::Pattern<&'a str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&'a str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                self.selects.push(
                    variants
                        .iter()
                        .map(|variant| match &variant.key {
                            ast::VariantKey::Identifier { name } => *name,
                            ast::VariantKey::NumberLiteral { value } => *value,
                        })
                        .collect(),
                );
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&'a str>) {
        match inline {
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.references.push((
                    id.name.to_owned(),
                    attribute.as_ref().map(|attribute| attribute.name),
                    id.name,
                ));
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.references.push((
                    format!("-{}", id.name),
                    attribute.as_ref().map(|attribute| attribute.name),
                    id.name,
                ));
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            ast::InlineExpression::VariableReference { id } => self.variables.push(id.name),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&'a str>) {
        for argument in &arguments.positional {
            self.inline(argument);
        }
        for argument in &arguments.named {
            self.inline(&argument.value);
        }
    }
}

/// The ids of a catalog (messages and `-terms`), with their attributes.
pub(super) type Ids = HashMap<String, BTreeSet<String>>;

pub(super) fn ids(files: &[&Parsed<'_>]) -> Ids {
    let mut ids = Ids::new();
    for file in files {
        for entry in file.entries() {
            ids.entry(entry.id.clone()).or_default().extend(
                entry
                    .attributes
                    .iter()
                    .map(|attribute| attribute.id.name.to_owned()),
            );
        }
    }
    ids
}
