//! Help for the Fluent syntax errors writers actually make, where the parser's own message
//! ("Expected one of \"a-zA-Z\"") names a symptom, not the rule.

/// The help for a syntax error at byte `at` of `text`, when the line there breaks a rule
/// writers commonly trip over; `None` keeps the generic help.
///
/// The one recognised today: a continuation line that starts with `[`, `*` or `.`, typically
/// a Markdown link wrapped onto a new line. Fluent reads those characters at the start of a
/// line as a variant key, the default variant or an attribute, however far it is indented.
pub fn syntax_help(text: &str, at: usize) -> Option<String> {
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    let content = line.trim_start_matches(' ');
    if content.len() == line.len() {
        return None;
    }
    let first = content.chars().next()?;
    let reads_as = match first {
        '[' => "a variant key `[key]`",
        '*' => "the default variant `*[key]`",
        '.' if !is_attribute(&content[1..]) => "an attribute `.name = …`",
        _ => return None,
    };
    // Inside a placeable the same line is a variant of a select expression: a different error.
    if !in_text(text, line_start) {
        return None;
    }
    let mut rewritten = format!("{{\"{first}\"}}{}", &content[1..]);
    if let Some((cut, _)) = rewritten.char_indices().nth(40) {
        rewritten.truncate(cut);
        rewritten = format!("{}…", rewritten.trim_end());
    }
    Some(format!(
        "a line of a message may not start with `{first}`, however far it is indented: Fluent \
         reads it as {reads_as}, and the message ends on the line before. Join the line to the \
         one before it, or write the character as a string literal: `{rewritten}`"
    ))
}

/// Whether `rest` (after a line's leading `.`) is an attribute: an identifier, then `=`.
fn is_attribute(rest: &str) -> bool {
    let name_end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && rest[name_end..].trim_start_matches(' ').starts_with('=')
}

/// Whether the line starting at `line_start` continues the text of an entry, not a placeable:
/// the entry begins at the last line before it that starts in the first column, and every
/// brace opened since is closed. String literals inside placeables may hold braces.
fn in_text(text: &str, line_start: usize) -> bool {
    let before = &text[..line_start];
    let entry_start = before
        .trim_end_matches('\n')
        .rmatch_indices('\n')
        .map(|(newline, _)| newline + 1)
        .chain([0])
        .find(|&start| before[start..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '-'));
    let Some(entry_start) = entry_start else {
        return false;
    };
    let mut depth = 0_usize;
    let mut in_string = false;
    let mut escaped = false;
    for c in before[entry_start..].chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' if depth > 0 => in_string = !in_string,
            _ if in_string => {}
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The help for each error the Fluent parser reports in `text`.
    fn helps(text: &str) -> Vec<Option<String>> {
        let (_, errors) = fluent_syntax::parser::parse(text).expect_err("a syntax error");
        errors
            .iter()
            .map(|error| syntax_help(text, error.pos.start))
            .collect()
    }

    #[test]
    fn a_wrapped_link_gets_the_rule_and_the_fix() {
        let helps = helps("intro = Read the notice at\n    [our site](https://example.com).\n");
        let help = helps[0].as_deref().unwrap();
        assert!(help.contains("may not start with `[`"), "{help}");
        assert!(
            help.contains("{\"[\"}our site](https://example.com"),
            "{help}"
        );
    }

    #[test]
    fn star_and_dot_lines_are_explained() {
        let star = helps("note = Keep the\n    *original* box.\n");
        assert!(
            star[0].as_deref().unwrap().contains("default variant"),
            "{star:?}"
        );
        let dot = helps("note = Version 2\n    .1 or later.\n");
        assert!(
            dot[0].as_deref().unwrap().contains("an attribute"),
            "{dot:?}"
        );
    }

    #[test]
    fn other_errors_keep_the_generic_help() {
        // A tab, a broken select (its variant lines start with `[` and `*`), a bad attribute.
        for text in [
            "a = b\n\tc\n",
            "n = { $count ->\n    [one] one\n   *[other] many\n",
            "n = { $count ->\n    [one] one\n    [other] many\n}\n",
            "label = Text\n    .title =\n",
        ] {
            assert_eq!(helps(text), vec![None; helps(text).len()], "{text:?}");
        }
    }

    #[test]
    fn an_offset_past_the_end_is_no_line() {
        assert_eq!(syntax_help("a = b", 99), None);
    }
}
