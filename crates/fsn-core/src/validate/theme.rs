//! The issuer's look as data (issue 15): the accent colour and the lines of the letterhead
//! and the footer, from `[theme]` in `issuer.toml`, checked here before composition hands
//! them to the renderers.

use std::ops::Range;
use std::sync::Arc;

use crate::base::diagnostic::{Diagnostic, Outcome, SourceFile};
use crate::base::toml_spans::{Key, TomlSpans};
use crate::model::Text;
use crate::model::theme::{DEFAULT_ACCENT, MAX_FOOTER_LINES, MAX_LETTERHEAD_LINES, RawTheme};

/// Contrast with white below which white text on the accent (the reply form's title row) is
/// hard to read: WCAG 2's 4.5:1 for normal text.
const MIN_CONTRAST: f64 = 4.5;

/// The issuer's look, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Theme {
    /// The accent colour as `#rrggbb`, lowercase.
    pub accent: String,
    /// Letterhead lines.
    pub letterhead: Vec<Text>,
    /// Footer lines.
    pub footer: Vec<Text>,
}

impl Default for Theme {
    fn default() -> Self {
        Self {
            accent: DEFAULT_ACCENT.to_owned(),
            letterhead: Vec::new(),
            footer: Vec::new(),
        }
    }
}

/// Checks `[theme]` of `file`: the colour's syntax (an error), its contrast with white (a
/// warning) and the number of lines (errors), each located in the file.
pub fn check(raw: &RawTheme, file: &Arc<SourceFile>) -> Outcome<Theme> {
    let spans = TomlSpans::new(file.text());
    let at = |path: &[Key<'_>]| -> Range<usize> { spans.span(path) };
    let mut diagnostics = Vec::new();
    let accent = match &raw.accent {
        None => DEFAULT_ACCENT.to_owned(),
        Some(written) => match parse_colour(written) {
            Ok(colour) => {
                let contrast = contrast_with_white(colour);
                if contrast < MIN_CONTRAST {
                    diagnostics.push(
                        Diagnostic::warning(
                            "fsn::validate::accent_contrast",
                            format!(
                                "the accent `{written}` has a contrast of {contrast:.1}:1 with white, below {MIN_CONTRAST}:1"
                            ),
                        )
                        .at(file, at(&["theme".into(), "accent".into()]))
                        .with_help("the reply form prints white text on the accent; choose a darker colour"),
                    );
                }
                hex(colour)
            }
            Err(problem) => {
                diagnostics.push(
                    Diagnostic::error(
                        "fsn::validate::bad_colour",
                        format!("the accent `{written}` is not a colour: {problem}"),
                    )
                    .at(file, at(&["theme".into(), "accent".into()]))
                    .with_help("write it as \"#rrggbb\" (or \"#rgb\") in hexadecimal, e.g. accent = \"#0b5b8c\""),
                );
                DEFAULT_ACCENT.to_owned()
            }
        },
    };
    for (name, lines, max) in [
        ("letterhead", &raw.letterhead, MAX_LETTERHEAD_LINES),
        ("footer", &raw.footer, MAX_FOOTER_LINES),
    ] {
        if lines.len() > max {
            diagnostics.push(
                Diagnostic::error(
                    "fsn::validate::theme_lines",
                    format!(
                        "the {name} has {} lines; it has room for {max}",
                        lines.len()
                    ),
                )
                .at(file, at(&["theme".into(), name.into(), max.into()]))
                .with_help(format!("join lines or leave some out (at most {max})")),
            );
        }
    }
    let theme = Theme {
        accent,
        letterhead: raw.letterhead.clone(),
        footer: raw.footer.clone(),
    };
    Outcome {
        value: theme,
        problems: diagnostics,
    }
}

/// Where each message the theme names is referenced: (id, path in `issuer.toml`).
pub fn message_paths(raw: &RawTheme) -> Vec<(String, Vec<Key<'static>>)> {
    let mut out = Vec::new();
    for (name, lines) in [("letterhead", &raw.letterhead), ("footer", &raw.footer)] {
        for (index, line) in lines.iter().enumerate() {
            if let Text::Message { message } = line {
                let path = vec!["theme".into(), name.into(), index.into(), "message".into()];
                out.push((message.clone(), path));
            }
        }
    }
    out
}

/// `#rrggbb` or `#rgb` as red, green and blue.
fn parse_colour(text: &str) -> Result<[u8; 3], String> {
    let Some(digits) = text.strip_prefix('#') else {
        return Err("it does not start with `#`".to_owned());
    };
    if let Some(bad) = digits.chars().find(|c| !c.is_ascii_hexdigit()) {
        return Err(format!("`{bad}` is not a hexadecimal digit"));
    }
    let channel = |at: usize, width: usize| {
        let value = u8::from_str_radix(&digits[at..at + width], 16).unwrap_or_default();
        if width == 1 { value * 17 } else { value }
    };
    match digits.len() {
        6 => Ok([channel(0, 2), channel(2, 2), channel(4, 2)]),
        3 => Ok([channel(0, 1), channel(1, 1), channel(2, 1)]),
        n => Err(format!("it has {n} digits, not 6 (or 3)")),
    }
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// WCAG 2's contrast ratio of a colour with white.
fn contrast_with_white(colour: [u8; 3]) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = colour;
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    1.05 / (luminance + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(toml: &str) -> (Theme, Vec<String>) {
        let file = SourceFile::new("issuers/x/issuer.toml", toml);
        let raw: RawTheme = toml::from_str::<toml::Table>(toml)
            .unwrap()
            .get("theme")
            .map(|theme| theme.clone().try_into().unwrap())
            .unwrap_or_default();
        let Outcome {
            value: theme,
            problems: diagnostics,
        } = check(&raw, &file);
        (theme, diagnostics.iter().map(Diagnostic::short).collect())
    }

    #[test]
    fn colours_are_read_in_both_forms_and_normalised() {
        assert_eq!(parse_colour("#0B5B8C"), Ok([11, 91, 140]));
        assert_eq!(parse_colour("#fa0"), Ok([255, 170, 0]));
        assert_eq!(
            checked("[theme]\naccent = \"#1A4D2E\"\n").0.accent,
            "#1a4d2e"
        );
        assert_eq!(checked("name = \"x\"\n").0, Theme::default());
    }

    #[test]
    fn a_bad_colour_is_a_located_error() {
        let (_, errors) = checked("[theme]\naccent = \"#12345g\"\n");
        assert_eq!(
            errors,
            [
                "issuers/x/issuer.toml:2:10: error: the accent `#12345g` is not a colour: `g` is not a hexadecimal digit"
            ]
        );
        let (_, errors) = checked("[theme]\naccent = \"blue\"\n");
        assert!(
            errors[0].ends_with("it does not start with `#`"),
            "{errors:?}"
        );
        let (_, errors) = checked("[theme]\naccent = \"#1234\"\n");
        assert!(
            errors[0].ends_with("it has 4 digits, not 6 (or 3)"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_pale_accent_is_a_warning() {
        let (_, warnings) = checked("[theme]\naccent = \"#ffdd00\"\n");
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].contains("warning: the accent `#ffdd00` has a contrast of 1.3:1"),
            "{warnings:?}"
        );
        assert!(checked("[theme]\naccent = \"#0b5b8c\"\n").1.is_empty());
    }

    #[test]
    fn too_many_lines_are_located_at_the_first_one_too_many() {
        let (_, errors) = checked("[theme]\nfooter = [\"a\", \"b\", \"c\",\n  \"d\"]\n");
        assert_eq!(
            errors,
            ["issuers/x/issuer.toml:3:3: error: the footer has 4 lines; it has room for 3"]
        );
    }
}
