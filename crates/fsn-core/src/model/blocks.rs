//! The letter's sections and their blocks as written, and how a figure block is told apart
//! from the one-key blocks (`{ paragraph = "id" }`).
//!
//! A figure is a table of several keys, `{ figure = "serial-label.png", alt = "…" }`, which
//! serde's externally tagged enum cannot read: blocks are read here, a figure by its keys and
//! every other block by [`RawBlock`]'s own derived code, so its errors keep their places.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::figure::RawFigure;

/// What a section of the letter says, for regulatory profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SectionRole {
    /// Description of the problem.
    Problem,
    /// The hazard it gives rise to.
    Hazard,
    /// The risk to patients, users or others.
    Risk,
    /// What users must do.
    UserActions,
    /// What the manufacturer does.
    ManufacturerActions,
    /// Recommendations for patients' management.
    PatientManagement,
    /// The request to pass the notice on to everyone who needs to know.
    Transmission,
    /// How to recognise that the device may fail (FDA's model recall letter).
    FailureSigns,
    /// Whom to contact.
    Contacts,
    /// Further information.
    Background,
}

impl SectionRole {
    /// The role as written in `notice.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Problem => "problem",
            Self::Hazard => "hazard",
            Self::Risk => "risk",
            Self::UserActions => "user-actions",
            Self::ManufacturerActions => "manufacturer-actions",
            Self::PatientManagement => "patient-management",
            Self::Transmission => "transmission",
            Self::FailureSigns => "failure-signs",
            Self::Contacts => "contacts",
            Self::Background => "background",
        }
    }
}

/// `role = "hazard"` or `role = ["problem", "hazard"]`: one role or several.
fn one_or_many_roles<'de, D>(deserializer: D) -> Result<Vec<SectionRole>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    // Untagged enums hide the variant's own error; try the shapes one by one instead.
    let value = toml::Value::deserialize(deserializer)?;
    let roles = match value {
        toml::Value::String(_) => SectionRole::deserialize(value).map(|role| vec![role]),
        toml::Value::Array(_) => Vec::<SectionRole>::deserialize(value),
        _ => {
            return Err(serde::de::Error::custom(
                "expected a role, e.g. \"hazard\", or a list of roles",
            ));
        }
    };
    roles.map_err(|err| serde::de::Error::custom(err.message().trim_end()))
}

/// Schema of `role` on a section: one role or a list.
#[derive(JsonSchema)]
#[serde(untagged)]
#[expect(dead_code, reason = "describes the schema; never constructed")]
enum SectionRoles {
    One(SectionRole),
    Many(Vec<SectionRole>),
}

/// A section of the letter: an optional heading and its blocks.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSection {
    /// Message of the heading.
    pub heading: Option<String>,
    /// The blocks, in order.
    #[serde(deserialize_with = "blocks")]
    #[schemars(with = "Vec<BlockSchema>")]
    pub blocks: Vec<RawBlock>,
    /// What the section says, for regulatory profiles: one role or a list.
    #[serde(default, deserialize_with = "one_or_many_roles")]
    #[schemars(with = "Option<SectionRoles>")]
    pub role: Vec<SectionRole>,
}

/// A block of the letter. Each names its messages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RawBlock {
    /// `{ paragraph = "id" }`: a paragraph.
    Paragraph(String),
    /// `{ bullets = ["id", …] }`: a bulleted list.
    Bullets(Vec<RawListItem>),
    /// `{ steps = ["id", …] }`: a numbered list.
    Steps(Vec<RawListItem>),
    /// `{ note = "id" }`: a highlighted note.
    Note(String),
    /// `"product-table"`: the table of affected products.
    ProductTable,
    /// `{ figure = "file.png", alt = "id", caption = "id" }`: a picture (read by
    /// [`RawFigure`], being a table of several keys).
    #[serde(skip)]
    Figure(RawFigure),
}

/// A list item: a message, or a message followed by paragraphs and a nested list inside the
/// item.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
pub enum RawListItem {
    /// Just the item's message.
    Message(String),
    /// The item's message, then the paragraphs and the list under it.
    WithParagraphs {
        /// Message of the item.
        text: String,
        /// Messages of the paragraphs under it.
        #[serde(default)]
        paragraphs: Vec<String>,
        /// A bulleted list inside the item, after its paragraphs.
        bullets: Option<Vec<RawListItem>>,
        /// A numbered list inside the item, after its paragraphs.
        steps: Option<Vec<RawListItem>>,
        /// The date by which the action must be done, a TOML local date; printed after the
        /// item's text as "– by 30/04/2026".
        #[schemars(with = "Option<String>", extend("format" = "date"))]
        deadline: Option<toml::value::Datetime>,
    },
}

/// Every block of the letter with its place, `sections[section].blocks[position]`, in
/// reading order: the one walk over the letter's blocks that validation, the pictures, the
/// optional wording and composition share.
pub fn letter_blocks(sections: &[RawSection]) -> impl Iterator<Item = (usize, usize, &RawBlock)> {
    sections.iter().enumerate().flat_map(|(section, raw)| {
        raw.blocks
            .iter()
            .enumerate()
            .map(move |(position, block)| (section, position, block))
    })
}

/// The blocks of a section: `deserialize_with` of [`RawSection::blocks`].
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
    use serde::Deserialize;

    use super::*;

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
