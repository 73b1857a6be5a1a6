//! Figures and the issuer's logo as written in `notice.toml` and `issuer.toml`.

use schemars::JsonSchema;
use serde::Deserialize;

/// `{ figure = "file.png", alt = "msg-id", caption = "msg-id" }`: a picture in the letter.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawFigure {
    /// File name of the picture in the notice's `figures/` folder: PNG, JPEG or SVG, e.g.
    /// `serial-label.png`. A language's own version, `figures/<lang>/serial-label.png`, takes
    /// its place in that language.
    #[schemars(extend("pattern" = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.([pP][nN][gG]|[jJ][pP][eE]?[gG]|[sS][vV][gG])$"))]
    pub figure: String,
    /// Message describing the picture for readers who cannot see it (screen readers, the
    /// tagged PDF, the HTML `alt`). Required.
    pub alt: String,
    /// Message of the caption printed under the picture.
    pub caption: Option<String>,
    /// Printed width, e.g. `"8cm"` or `"60mm"` (units `mm`, `cm`, `in`, `pt`); at most the
    /// text width, 16.6 cm. Default: the picture's own size, shrunk to the text width.
    pub width: Option<String>,
}

/// `[logo]` of `issuer.toml`: the picture heading every page in place of the issuer's name.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawLogo {
    /// File name in the issuer's folder: `logo.svg` or `logo.png` (PNG, JPEG or SVG).
    #[schemars(extend("pattern" = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.([pP][nN][gG]|[jJ][pP][eE]?[gG]|[sS][vV][gG])$"))]
    pub file: String,
    /// Printed width, e.g. `"4cm"` (units `mm`, `cm`, `in`, `pt`), at most 8 cm. Default 4 cm.
    pub width: Option<String>,
}

/// The widest figure: the text width of an A4 page between fsn's margins.
pub const MAX_FIGURE_WIDTH_MM: f64 = 166.0;

/// The widest logo.
pub const MAX_LOGO_WIDTH_MM: f64 = 80.0;

/// The logo's width when the issuer gives none.
pub const DEFAULT_LOGO_WIDTH_MM: f64 = 40.0;

/// A width such as `"4cm"` in millimetres, or why it is not one.
pub fn width_mm(text: &str, max_mm: f64) -> Result<f64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let per_unit = match unit {
        "mm" => 1.0,
        "cm" => 10.0,
        "in" => 25.4,
        "pt" => 25.4 / 72.0,
        _ => {
            return Err(format!(
                "`{text}` is not a width: write a number and a unit, e.g. \"4cm\" (mm, cm, in or pt)"
            ));
        }
    };
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a width: `{number}` is not a number"))?;
    let mm = value * per_unit;
    if !(mm > 0.0 && mm <= max_mm) {
        return Err(format!(
            "width `{text}` is outside 0 to {max_mm} mm, the room on the page"
        ));
    }
    Ok(mm)
}

/// Checks a figure or logo file name: a plain name in its folder with a picture's extension,
/// so it can neither climb out of the folder nor name something that is not a picture.
pub fn check_file_name(name: &str) -> Result<(), String> {
    let plain = !name.is_empty()
        && name.len() <= 104
        && name
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-'))
        && name.as_bytes()[0].is_ascii_alphanumeric();
    if !plain {
        return Err(format!(
            "`{name}` is not a plain file name: use letters, digits, '.', '_' and '-' only, \
             starting with a letter or digit (no folders)"
        ));
    }
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    match extension.as_deref() {
        Some("png" | "jpg" | "jpeg" | "svg") => Ok(()),
        _ => Err(format!(
            "`{name}` does not end in .png, .jpg, .jpeg or .svg, the formats fsn prints"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_convert_to_millimetres_within_the_page() {
        assert_eq!(width_mm("4cm", 80.0), Ok(40.0));
        assert_eq!(width_mm("25.4mm", 80.0), Ok(25.4));
        assert_eq!(width_mm("1in", 80.0), Ok(25.4));
        assert!(width_mm("9cm", 80.0).is_err());
        assert!(width_mm("0mm", 80.0).is_err());
        assert!(width_mm("4", 80.0).is_err());
        assert!(width_mm("cm", 80.0).is_err());
        assert!(width_mm("4 px", 80.0).is_err());
    }

    #[test]
    fn file_names_are_plain_pictures() {
        assert!(check_file_name("serial-label.png").is_ok());
        assert!(check_file_name("Logo.SVG").is_ok());
        assert!(check_file_name("../x.png").is_err());
        assert!(check_file_name("sub/x.png").is_err());
        assert!(check_file_name(".hidden.png").is_err());
        assert!(check_file_name("x.gif").is_err());
        assert!(check_file_name("x").is_err());
    }
}
