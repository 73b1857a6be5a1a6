//! The text a review is recorded against: a Fluent pattern written out in one canonical form,
//! its fingerprint, and a word diff of two such texts.

use std::fmt::Write as _;

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

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

/// The fingerprint of a normalised text: the first 16 hex digits (64 bits) of its SHA-256.
pub fn fingerprint(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().take(8).fold(
        String::with_capacity(16),
        |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        },
    )
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

/// Word diffs longer than this many word pairs are shown as a whole replacement: the table
/// the diff needs grows with the product of the lengths.
const MAX_DIFF_CELLS: usize = 1_000_000;

/// The old and the new text side by side, word by word: words only in the old text marked
/// `[-…-]`, words only in the new one `{+…+}` (the markers of `git diff --word-diff`).
pub fn word_diff(old: &str, new: &str) -> (String, String) {
    let old_words: Vec<&str> = old.split_whitespace().collect();
    let new_words: Vec<&str> = new.split_whitespace().collect();
    let (n, m) = (old_words.len(), new_words.len());
    if n.saturating_mul(m) > MAX_DIFF_CELLS {
        return (mark(&old_words, "[-", "-]"), mark(&new_words, "{+", "+}"));
    }
    // Longest common subsequence, filled from the end.
    let mut lcs = vec![vec![0_u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old_words[i] == new_words[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut old_out, mut new_out) = (Side::default(), Side::default());
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && old_words[i] == new_words[j] {
            old_out.word(old_words[i], false, "[-", "-]");
            new_out.word(new_words[j], false, "{+", "+}");
            i += 1;
            j += 1;
        } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            old_out.word(old_words[i], true, "[-", "-]");
            i += 1;
        } else {
            new_out.word(new_words[j], true, "{+", "+}");
            j += 1;
        }
    }
    (old_out.finish("-]"), new_out.finish("+}"))
}

fn mark(words: &[&str], open: &str, close: &str) -> String {
    if words.is_empty() {
        String::new()
    } else {
        format!("{open}{}{close}", words.join(" "))
    }
}

/// One side of a word diff, with runs of changed words marked once.
#[derive(Default)]
struct Side {
    text: String,
    in_change: bool,
}

impl Side {
    fn word(&mut self, word: &str, changed: bool, open: &str, close: &str) {
        if self.in_change && !changed {
            self.text.push_str(close);
        }
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        if changed && !self.in_change {
            self.text.push_str(open);
        }
        self.in_change = changed;
        self.text.push_str(word);
    }

    fn finish(mut self, close: &str) -> String {
        if self.in_change {
            self.text.push_str(close);
        }
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(source: &str) -> String {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let ast::Entry::Message(message) = &resource.body[0] else {
            panic!("not a message");
        };
        normalise(message.value.as_ref().unwrap())
    }

    #[test]
    fn rewrapping_keeps_the_text_and_a_word_changes_it() {
        let one = value("a = Disconnect the\n    network cable { $issuer }.\n");
        let two = value("a = Disconnect the network\n  cable { $issuer }.\n");
        assert_eq!(one, "Disconnect the network cable { $issuer }.");
        assert_eq!(one, two);
        assert_ne!(
            fingerprint(&one),
            fingerprint(&value("a = Keep the network cable { $issuer }.\n"))
        );
        assert_eq!(fingerprint(&one).len(), 16);
    }

    #[test]
    fn placeables_are_written_in_one_form() {
        assert_eq!(
            value(
                "a = {$n ->\n [one] one {-brand}\n *[other] {NUMBER($n, minimumFractionDigits: 2)}\n}\n"
            ),
            "{ $n -> [one] one { -brand } *[other] { NUMBER($n, minimumFractionDigits: 2) } }"
        );
    }

    #[test]
    fn the_word_diff_marks_runs_of_changed_words() {
        let (old, new) = word_diff(
            "Immediately disconnect the network cable.",
            "Do NOT disconnect the network cable; keep it running.",
        );
        assert_eq!(old, "[-Immediately-] disconnect the network [-cable.-]");
        assert_eq!(
            new,
            "{+Do NOT+} disconnect the network {+cable; keep it running.+}"
        );
        assert_eq!(word_diff("same", "same"), ("same".into(), "same".into()));
    }
}
