//! Fluent patterns as text: a pattern written out in one canonical form. The review records
//! the source texts a translation was reviewed against in this form, and the lint's
//! "untranslated" check compares a translation with its source in it.

use std::fmt::Write as _;

use fluent_syntax::ast;

/// A pattern written out as Fluent source, with every run of white space made one space.
///
/// fsn joins the lines of a value with spaces when it formats it, so rewrapping a paragraph
/// changes nothing a reader sees and must not make its translations stale; any other change
/// (a word, a placeable, a variant) does.
pub fn normalise(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    write_pattern(&mut out, pattern);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn write_pattern(out: &mut String, pattern: &ast::Pattern<&str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                out.push_str("{ ");
                write_expression(out, expression);
                out.push_str(" }");
            }
        }
    }
}

fn write_expression(out: &mut String, expression: &ast::Expression<&str>) {
    match expression {
        ast::Expression::Inline(inline) => write_inline(out, inline),
        ast::Expression::Select { selector, variants } => {
            write_inline(out, selector);
            out.push_str(" ->");
            for variant in variants {
                out.push(' ');
                if variant.default {
                    out.push('*');
                }
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name,
                    ast::VariantKey::NumberLiteral { value } => value,
                };
                let _ = write!(out, "[{key}] ");
                write_pattern(out, &variant.value);
            }
        }
    }
}

fn write_inline(out: &mut String, inline: &ast::InlineExpression<&str>) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            let _ = write!(out, "\"{value}\"");
        }
        ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            write_arguments(out, arguments);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.push_str(id.name);
            if let Some(attribute) = attribute {
                let _ = write!(out, ".{}", attribute.name);
            }
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let _ = write!(out, "-{}", id.name);
            if let Some(attribute) = attribute {
                let _ = write!(out, ".{}", attribute.name);
            }
            if let Some(arguments) = arguments {
                write_arguments(out, arguments);
            }
        }
        ast::InlineExpression::VariableReference { id } => {
            let _ = write!(out, "${}", id.name);
        }
        ast::InlineExpression::Placeable { expression } => {
            out.push_str("{ ");
            write_expression(out, expression);
            out.push_str(" }");
        }
    }
}

fn write_arguments(out: &mut String, arguments: &ast::CallArguments<&str>) {
    out.push('(');
    let mut first = true;
    for argument in &arguments.positional {
        if !first {
            out.push_str(", ");
        }
        first = false;
        write_inline(out, argument);
    }
    for argument in &arguments.named {
        if !first {
            out.push_str(", ");
        }
        first = false;
        let _ = write!(out, "{}: ", argument.name.name);
        write_inline(out, &argument.value);
    }
    out.push(')');
}

/// The normalised value of the first message of `source`, for tests.
#[cfg(test)]
pub(crate) fn normalised_value(source: &str) -> String {
    let resource = fluent_syntax::parser::parse(source).unwrap();
    let ast::Entry::Message(message) = &resource.body[0] else {
        panic!("not a message");
    };
    normalise(message.value.as_ref().unwrap())
}

#[cfg(test)]
mod tests {
    use super::normalised_value as value;

    #[test]
    fn placeables_are_written_in_one_form() {
        assert_eq!(
            value(
                "a = {$n ->\n [one] one {-brand}\n *[other] {NUMBER($n, minimumFractionDigits: 2)}\n}\n"
            ),
            "{ $n -> [one] one { -brand } *[other] { NUMBER($n, minimumFractionDigits: 2) } }"
        );
    }
}
