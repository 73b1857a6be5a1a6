//! Figures and the issuer's logo as written in `notice.toml` and `issuer.toml`, and how a
//! figure block is told apart from the one-key blocks (`{ paragraph = "id" }`).
//!
//! A figure is a table of several keys, `{ figure = "serial-label.png", alt = "…" }`, which
//! serde's externally tagged enum cannot read: blocks are read here, a figure by its keys and
//! every other block by [`RawBlock`]'s own derived code, so its errors keep their places.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::model::RawBlock;

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

/// The blocks of a section: `deserialize_with` of [`crate::model::RawSection::blocks`].
pub(crate) fn blocks<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<RawBlock>, D::Error> {
    let blocks = Vec::<AnyBlock>::deserialize(deserializer)?;
    Ok(blocks.into_iter().map(|block| block.0).collect())
}

/// Schema of a block: one of the one-key blocks, or a figure.
#[derive(JsonSchema)]
#[serde(untagged)]
#[expect(dead_code, reason = "describes the schema; never constructed")]
pub(crate) enum BlockSchema {
    Kind(RawBlock),
    Figure(RawFigure),
}

const FIGURE_FIELDS: &[&str] = &["figure", "alt", "caption", "width"];
const ONE_KIND: &str = "a block names exactly one kind, e.g. { paragraph = \"id\" }";

struct AnyBlock(RawBlock);

impl<'de> Deserialize<'de> for AnyBlock {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BlockVisitor).map(AnyBlock)
    }
}

struct BlockVisitor;

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = RawBlock;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a block, e.g. { paragraph = \"id\" } or \"product-table\"")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<RawBlock, E> {
        RawBlock::deserialize(value.into_deserializer())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawBlock, A::Error> {
        let Some(first) = map.next_key_seed(KindSeed)? else {
            return Err(de::Error::custom(ONE_KIND));
        };
        match first {
            Kind::Figure(field) => figure(field, map).map(RawBlock::Figure),
            Kind::Tagged(variant) => {
                let block = RawBlock::deserialize(OneEntry {
                    variant,
                    map: &mut map,
                })?;
                match map.next_key::<de::IgnoredAny>()? {
                    Some(_) => Err(de::Error::custom(ONE_KIND)),
                    None => Ok(block),
                }
            }
        }
    }
}

/// The first key of a block table: a figure's field or a block kind.
enum Kind {
    Figure(String),
    Tagged(String),
}

struct KindSeed;

impl<'de> DeserializeSeed<'de> for KindSeed {
    type Value = Kind;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Kind, D::Error> {
        let key = String::deserialize(deserializer)?;
        if FIGURE_FIELDS.contains(&key.as_str()) {
            return Ok(Kind::Figure(key));
        }
        // An unknown kind is reported here, while reading the key, so the error points at it.
        // Read as a bare name, a known kind fails differently (it wants its value).
        let as_name: Result<RawBlock, de::value::Error> =
            RawBlock::deserialize(key.as_str().into_deserializer());
        match as_name {
            Err(error) if error.to_string().starts_with("unknown variant") => {
                Err(de::Error::custom(error))
            }
            _ => Ok(Kind::Tagged(key)),
        }
    }
}

/// Reads a figure's fields, in any order, after its first key.
fn figure<'de, A: MapAccess<'de>>(first: String, mut map: A) -> Result<RawFigure, A::Error> {
    let mut fields: [Option<String>; 4] = Default::default();
    let mut key = Some(first);
    while let Some(name) = key {
        let Some(slot) = FIGURE_FIELDS.iter().position(|field| *field == name) else {
            return Err(de::Error::unknown_field(&name, FIGURE_FIELDS));
        };
        fields[slot] = Some(map.next_value()?);
        key = map.next_key()?;
    }
    let [figure, alt, caption, width] = fields;
    Ok(RawFigure {
        figure: figure.ok_or_else(|| <A::Error as de::Error>::missing_field("figure"))?,
        alt: alt.ok_or_else(|| {
            <A::Error as de::Error>::custom(
                "missing field `alt`: a figure needs a message describing it for readers who \
                 cannot see it",
            )
        })?,
        caption,
        width,
    })
}

/// A block table's one entry, handed to [`RawBlock`]'s derived code as an enum.
struct OneEntry<'m, A> {
    variant: String,
    map: &'m mut A,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for OneEntry<'_, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

impl<'de, A: MapAccess<'de>> de::EnumAccess<'de> for OneEntry<'_, A> {
    type Error = A::Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), A::Error> {
        let variant = seed.deserialize(self.variant.as_str().into_deserializer())?;
        Ok((variant, self))
    }
}

impl<'de, A: MapAccess<'de>> de::VariantAccess<'de> for OneEntry<'_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        Err(de::Error::custom(format!(
            "write the block as \"{}\", a string, not as a table",
            self.variant
        )))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, A::Error> {
        Err(de::Error::custom(ONE_KIND))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, A::Error> {
        Err(de::Error::custom(ONE_KIND))
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

    #[derive(Debug, Deserialize)]
    struct Section {
        #[serde(deserialize_with = "blocks")]
        blocks: Vec<RawBlock>,
    }

    fn read(text: &str) -> Result<Vec<RawBlock>, String> {
        toml::from_str::<Section>(text)
            .map(|section| section.blocks)
            .map_err(|err| err.message().to_owned())
    }

    #[test]
    fn figures_and_one_key_blocks_are_read_alike() {
        let blocks = read(
            "blocks = [\"product-table\", { note = \"n\" }, \
             { alt = \"a\", figure = \"f.png\", width = \"4cm\" }]",
        )
        .unwrap();
        assert_eq!(blocks[0], RawBlock::ProductTable);
        assert_eq!(blocks[1], RawBlock::Note("n".to_owned()));
        assert_eq!(
            blocks[2],
            RawBlock::Figure(RawFigure {
                figure: "f.png".to_owned(),
                alt: "a".to_owned(),
                caption: None,
                width: Some("4cm".to_owned()),
            })
        );
        assert!(
            read("blocks = [{ figure = \"f.png\" }]")
                .unwrap_err()
                .starts_with("missing field `alt`")
        );
        assert!(
            read("blocks = [{ figure = \"f.png\", alt = \"a\", size = 1 }]")
                .unwrap_err()
                .starts_with("unknown field `size`")
        );
        assert!(
            read("blocks = [{ table = \"x\" }]")
                .unwrap_err()
                .starts_with("unknown variant `table`")
        );
        assert_eq!(
            read("blocks = [{ note = \"a\", paragraph = \"b\" }]").unwrap_err(),
            ONE_KIND
        );
        assert_eq!(read("blocks = [{ }]").unwrap_err(), ONE_KIND);
    }
}
