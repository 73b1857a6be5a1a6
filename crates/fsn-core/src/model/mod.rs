//! The notice as authored: the shapes of `notice.toml` and `issuer.toml`, before validation,
//! and reading them from TOML with every error located ([`parse`]).
//!
//! Prose never lives here. Wherever a notice shows words, the TOML names a Fluent message
//! (kebab-case id) and each language's `.ftl` file supplies the text. Only language-neutral
//! data — identifiers, catalog numbers, UDI-DIs, names of people and products — is literal.
//!
//! The files below depend on each other one way only: `text` and `figure` stand alone,
//! `blocks`, `form`, `lots` and `theme` use them, `notice` and `issuer` use those.

pub mod blocks;
pub mod figure;
pub mod form;
pub mod issuer;
pub mod lots;
pub mod notice;
pub mod parse;
pub mod schema;
pub mod text;
pub mod theme;

pub use self::blocks::{RawBlock, RawListItem, RawSection, SectionRole};
pub use self::figure::{RawFigure, RawLogo};
pub use self::form::{
    Answers, ChecklistLine, DESTRUCTION_COLUMNS, FormRole, Quantity, RawChecklistStep, RawForm,
    RawFormElement,
};
pub use self::issuer::{RawContact, RawIssuer, RawSignatory};
pub use self::lots::{LotPlacement, RawLot};
pub use self::notice::{
    Column, DateStyle, FsnType, Layout, RawAside, RawNotice, RawPreviousNotice, RawProduct,
    RawProductTable, RawUdiDi, UsAction,
};
pub use self::text::Text;
pub use self::theme::RawTheme;
pub use crate::base::date::EntryStyle;
