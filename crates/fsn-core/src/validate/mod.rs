//! Validation: a [`RawNotice`] and its issuer become a checked [`Notice`], or diagnostics.
//!
//! Everything wrong is collected in one pass, each problem pointing at the value in
//! `notice.toml` or `issuer.toml` that causes it.

mod checker;
pub mod lots;
pub mod pictures;
pub mod refs;
pub mod regulatory;
pub mod theme;

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use self::checker::Checker;
pub use self::refs::MessageRef;
use crate::base::date::{EU_DATE_LOCALES, EntryStyle, IsoDate};
use crate::base::diagnostic::{Diagnostic, SourceFile};
use crate::base::limits;
use crate::base::toml_spans::{Key, TomlSpans};
use crate::model::blocks::letter_blocks;
use crate::model::{
    ChecklistLine, Column, DateStyle, Layout, RawAside, RawBlock, RawChecklistStep, RawContact,
    RawForm, RawFormElement, RawIssuer, RawListItem, RawNotice, RawProduct, RawProductTable,
    RawSection, RawSignatory, RawUdiDi, Text,
};
use crate::validate::regulatory::Regulatory;

/// How deep lists may nest (a list, a list in one of its items, and one more).
pub const MAX_LIST_DEPTH: usize = 3;

/// A notice that passed validation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Notice {
    /// Identifier, e.g. `FSN2025-1682`.
    pub id: String,
    /// The issuer's document reference.
    pub reference: Option<String>,
    /// Issue date.
    pub issued: IsoDate,
    /// How the issue date is printed.
    pub date_style: DateStyle,
    /// How the reply form asks for a hand-written date.
    pub form_date_style: EntryStyle,
    /// The locale whose CLDR date formats a language prints, by language: the notice's
    /// `date-locale`, else the issuer's, else fsn's EU defaults.
    pub date_locales: BTreeMap<String, String>,
    /// Languages the notice is published in, as written.
    pub languages: Vec<String>,
    /// Languages being translated, not published.
    pub draft_languages: Vec<String>,
    /// The language the notice is written in and translated from.
    pub source_language: String,
    /// The issuing company.
    pub issuer: Issuer,
    /// Message of the recall label.
    pub label: Option<String>,
    /// Messages of the title lines.
    pub titles: Vec<String>,
    /// Message of the salutation.
    pub salutation: String,
    /// Message of the intended-use line.
    pub intended_use: Option<String>,
    /// Signatories, resolved from the issuer.
    pub signatories: Vec<RawSignatory>,
    /// Product table layout.
    pub product_table: RawProductTable,
    /// Affected products.
    pub products: Vec<Product>,
    /// The letter.
    pub sections: Vec<RawSection>,
    /// Message of the greeting before the signatures.
    pub closing: String,
    /// The "why you received this notice" box.
    pub recipient_notice: RawAside,
    /// The reply form.
    pub form: Option<RawForm>,
    /// The pictures of the figures and the logo, read when the notice is loaded (empty
    /// when it is only validated).
    pub images: crate::document::image::Images,
    /// Type, FSCA, countries, reply deadline, audience, manufacturer's SRN: for profiles.
    pub regulatory: Regulatory,
    /// The layout: the notice's, else the issuer's, else the letter.
    pub layout: Layout,
}

/// The company behind a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Issuer {
    /// Key, the folder under `issuers/`.
    pub key: String,
    /// Legal name.
    pub name: String,
    /// Name used in running text.
    pub short_name: String,
    /// Web addresses, exposed to messages as `$link-<key>`.
    pub links: BTreeMap<String, String>,
    /// Footer contacts.
    pub contacts: Vec<RawContact>,
    /// The footer's document number pattern, checked (see [`RawIssuer::document_number`]).
    pub document_number: Option<String>,
    /// Accent colour, letterhead and footer lines, checked.
    pub theme: crate::validate::theme::Theme,
    /// The logo, its file name and width checked.
    pub logo: Option<crate::model::figure::RawLogo>,
}

/// An affected product, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Product {
    /// Name in the product table.
    pub name: Text,
    /// Name in the reply form.
    pub short_name: Text,
    /// Catalog numbers.
    pub catalog: Vec<String>,
    /// UDI-DIs, valid GTIN-14s; `None` when the product has none.
    pub udi_di: Option<Vec<String>>,
    /// Software or firmware versions.
    pub versions: Vec<String>,
    /// Which serial numbers are affected.
    pub serial_hint: Option<Text>,
    /// Message stating why the product has no UDI-DI.
    pub udi_di_reason: Option<String>,
    /// Lots, serial numbers and serial ranges.
    pub lots: Vec<crate::validate::lots::Lot>,
}

/// The inputs of validation: the parsed files and their text.
pub struct Inputs<'a> {
    /// The notice as written.
    pub notice: RawNotice,
    /// `notice.toml`.
    pub notice_file: &'a Arc<SourceFile>,
    /// Name of the folder holding the notice, as the file system resolves it (not as typed:
    /// `notices/X/locales/..` is `X`); `None` only for text checked without a folder.
    pub folder_name: Option<&'a str>,
    /// The issuer's key, the folder under `issuers/`.
    pub issuer_key: &'a str,
    /// The issuer as written.
    pub issuer: RawIssuer,
    /// `issuer.toml`.
    pub issuer_file: &'a Arc<SourceFile>,
}

/// The result of validation: the notice (if it is sound), every message it names, and problems.
pub struct Validated {
    /// The checked notice, `None` when there were errors.
    pub notice: Option<Notice>,
    /// Every message the notice and issuer name, with where.
    pub message_refs: Vec<MessageRef>,
    /// Errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a notice and its issuer.
pub fn validate(inputs: Inputs<'_>) -> Validated {
    let mut check = Checker {
        notice_file: inputs.notice_file,
        notice_spans: TomlSpans::new(inputs.notice_file.text()),
        issuer_file: inputs.issuer_file,
        issuer_spans: TomlSpans::new(inputs.issuer_file.text()),
        diagnostics: Vec::new(),
        refs: Vec::new(),
    };
    let raw = inputs.notice;
    let issuer = inputs.issuer;

    if let Err(problem) = crate::base::names::check_notice_id(&raw.id) {
        check.notice_error(
            &["id".into()],
            "fsn::validate::bad_id",
            problem,
            crate::base::names::NOTICE_ID_RULE,
        );
    }
    if let Some(folder) = inputs.folder_name
        && folder != raw.id
    {
        check.notice_error(
            &["id".into()],
            "fsn::validate::id_mismatch",
            format!(
                "notice id `{}` does not match its folder `{folder}`",
                raw.id
            ),
            "rename the folder or the id so they are the same",
        );
    }

    let issued = check.issued(&raw.issued);
    let regulatory = check.regulatory(&raw, &issuer, issued);
    if raw.titles.is_empty() {
        check.notice_error(
            &["titles".into()],
            "fsn::validate::no_titles",
            "the notice has no title".to_owned(),
            "name its title messages, e.g. titles = [\"title-urgent-safety-notice\"]",
        );
    }
    check.languages(&raw.languages, &raw.draft_languages);
    check.source_language(&raw);
    let date_locales = check.date_locales(&raw.date_locale, &issuer.date_locale);
    check.products(&raw.products, &raw.product_table, &raw.sections);
    for problem in crate::validate::lots::check(&raw.products, &raw.product_table) {
        check.notice_error(&problem.path, problem.code, problem.message, &problem.help);
    }
    check.sections(&raw.sections);
    check.form(raw.form.as_ref());
    if let Some(issued) = issued {
        check.deadlines_not_before(issued, &raw);
    }
    let signatories = check.signatories(&raw.signatories, &issuer);
    check.document_number(&issuer, &raw);
    check.logo(issuer.logo.as_ref());
    check.collect_message_refs(&raw, &issuer);
    let theme = theme::check(&issuer.theme, inputs.issuer_file);
    check.diagnostics.extend(theme.problems);
    let theme = theme.value;
    for (id, path) in crate::validate::theme::message_paths(&issuer.theme) {
        let span = check.issuer_spans.span(&path);
        check.refs.push(MessageRef {
            id,
            file: Arc::clone(inputs.issuer_file),
            span,
        });
    }

    let products = raw.products.into_iter().map(Product::from).collect();
    let notice = issued
        .filter(|_| !check.diagnostics.iter().any(Diagnostic::is_error))
        .map(|issued| Notice {
            id: raw.id,
            reference: raw.reference,
            issued,
            date_style: raw.date_style,
            form_date_style: raw.form_date_style,
            date_locales,
            languages: raw.languages,
            draft_languages: raw.draft_languages,
            source_language: raw.source_language,
            issuer: Issuer {
                key: inputs.issuer_key.to_owned(),
                name: issuer.name,
                short_name: issuer.short_name,
                links: issuer.links,
                contacts: issuer.contacts,
                document_number: issuer.document_number,
                theme,
                logo: issuer.logo,
            },
            label: raw.label,
            titles: raw.titles,
            salutation: raw.salutation,
            intended_use: raw.intended_use,
            signatories,
            product_table: raw.product_table,
            products,
            sections: raw.sections,
            closing: raw.closing,
            recipient_notice: raw.recipient_notice,
            form: raw.form,
            images: crate::document::image::Images::default(),
            regulatory,
            layout: raw.layout.or(issuer.layout).unwrap_or_default(),
        });
    Validated {
        notice,
        message_refs: check.refs,
        diagnostics: check.diagnostics,
    }
}

impl Notice {
    /// The locale whose CLDR date formats `lang` prints, e.g. `en-IE` for `en`; `lang` itself
    /// when nothing chooses a regional variant for it.
    pub fn date_locale<'a>(&'a self, lang: &'a str) -> &'a str {
        self.date_locales.get(lang).map_or(lang, String::as_str)
    }
}

impl From<RawProduct> for Product {
    fn from(raw: RawProduct) -> Self {
        Self {
            short_name: raw.short_name.unwrap_or_else(|| raw.name.clone()),
            name: raw.name,
            catalog: raw.catalog,
            udi_di: match raw.udi_di {
                RawUdiDi::List(list) => Some(list),
                RawUdiDi::Keyword(_) => None,
            },
            versions: raw.versions,
            serial_hint: raw.serial_hint,
            udi_di_reason: raw.udi_di_reason,
            // Validation refused the notice if an entry does not convert.
            lots: raw
                .lots
                .iter()
                .filter_map(crate::validate::lots::Lot::from_raw)
                .collect(),
        }
    }
}

/// The regions of the EU member states, and Europe (`150`), for suggesting date locales.
const EU_REGIONS: [&str; 28] = [
    "150", "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// What is wrong with `date-locale.<lang> = "<locale>"`, as a message and a help.
fn date_locale_problem(lang: &str, locale: &str) -> Option<(String, String)> {
    let language_of = |tag: &str| {
        tag.parse::<unic_langid::LanguageIdentifier>()
            .ok()
            .map(|id| id.language.to_string())
    };
    let Some(language) = language_of(lang) else {
        return Some((
            format!("`{lang}` in date-locale is not a language tag"),
            "key each choice by a language of the notice, e.g. en = \"en-GB\"".to_owned(),
        ));
    };
    let message = if language_of(locale).as_deref() != Some(language.as_str()) {
        format!("date-locale `{locale}` for `{lang}` is not a locale of that language")
    } else if crate::base::date::has_date_formats(locale) {
        return None;
    } else {
        format!("CLDR has no date formats for `{locale}`")
    };
    let known: Vec<&str> = crate::base::date::regional_date_locales(&language).collect();
    // English has over a hundred variants: name the EU's and count the rest.
    let shown: Vec<&str> = known
        .iter()
        .copied()
        .filter(|variant| {
            known.len() <= 12
                || variant
                    .split('-')
                    .nth(1)
                    .is_some_and(|region| EU_REGIONS.contains(&region))
        })
        .collect();
    let help = match (known.len(), shown.len()) {
        (0, _) => format!("CLDR has no regional variants of `{language}`; remove the entry"),
        (all, some) if some < all => format!(
            "choose one of CLDR's {all} variants of `{language}`, e.g. {} \
             (all in crates/fsn-core/data/cldr-date-patterns.json)",
            shown.join(", ")
        ),
        _ => format!(
            "choose one of CLDR's variants of `{language}`: {}",
            known.join(", ")
        ),
    };
    Some((message, help))
}

/// Whether `gtin` is a GTIN-14: fourteen digits whose last is the GS1 check digit.
pub fn is_valid_gtin14(gtin: &str) -> bool {
    let digits: Vec<u32> = gtin.chars().filter_map(|c| c.to_digit(10)).collect();
    if gtin.len() != 14 || digits.len() != 14 {
        return false;
    }
    // GS1: from the right, excluding the check digit, weights alternate 3, 1, 3, …
    let sum: u32 = digits[..13]
        .iter()
        .rev()
        .enumerate()
        .map(|(position, digit)| digit * if position % 2 == 0 { 3 } else { 1 })
        .sum();
    (10 - sum % 10) % 10 == digits[13]
}

/// The years an issue date may fall in: a typo such as `0000-01-01` or `20250-01-16` would
/// otherwise print as "1 January 1 BC".
const ISSUED_YEARS: std::ops::RangeInclusive<u16> = 1900..=2999;

impl Checker<'_> {
    fn issued(&mut self, issued: &toml::value::Datetime) -> Option<IsoDate> {
        let path = ["issued".into()];
        let (Some(date), None, None) = (issued.date, issued.time, issued.offset) else {
            self.notice_error(
                &path,
                "fsn::validate::issued_not_a_date",
                format!("`issued` must be a date without time, found `{issued}`"),
                "write the issue date as YYYY-MM-DD, e.g. issued = 2025-01-16",
            );
            return None;
        };
        if !ISSUED_YEARS.contains(&date.year) {
            self.notice_error(
                &path,
                "fsn::validate::issued_out_of_range",
                format!(
                    "the issue date {issued} is outside the years {} to {}",
                    ISSUED_YEARS.start(),
                    ISSUED_YEARS.end()
                ),
                "write the date the notice is issued, e.g. issued = 2025-01-16",
            );
            return None;
        }
        match IsoDate::new(i32::from(date.year), date.month, date.day) {
            Ok(date) => Some(date),
            Err(message) => {
                self.notice_error(
                    &path,
                    "fsn::validate::bad_date",
                    message,
                    "use a real calendar date",
                );
                None
            }
        }
    }

    fn languages(&mut self, languages: &[String], drafts: &[String]) {
        if languages.is_empty() {
            self.notice_error(
                &["languages".into()],
                "fsn::validate::no_languages",
                "the notice lists no languages".to_owned(),
                "list the languages it is published in, e.g. languages = [\"it\", \"de\", \"en\"]",
            );
        }
        let mut seen = HashSet::new();
        let listed = languages
            .iter()
            .enumerate()
            .map(|(index, lang)| ("languages", index, lang));
        let drafted = drafts
            .iter()
            .enumerate()
            .map(|(index, lang)| ("draft-languages", index, lang));
        for (field, index, lang) in listed.chain(drafted) {
            let path = [field.into(), index.into()];
            let Ok(tag) = lang.parse::<unic_langid::LanguageIdentifier>() else {
                self.notice_error(
                    &path,
                    "fsn::validate::bad_language",
                    format!("`{lang}` is not a language tag"),
                    "use a BCP 47 tag such as `it`, `de` or `pt-BR`",
                );
                continue;
            };
            // `en` and `EN` are one language: two spellings would write the same files (on
            // a case-insensitive disk, over each other).
            let canonical = tag.to_string();
            if !seen.insert(canonical.clone()) {
                self.notice_error(
                    &path,
                    "fsn::validate::duplicate_language",
                    if canonical == *lang {
                        format!("language `{lang}` is listed twice")
                    } else {
                        format!(
                            "language `{lang}` is listed twice (as `{canonical}`: tags ignore case)"
                        )
                    },
                    "remove the repeated entry (a language is either published or a draft)",
                );
            } else if canonical != *lang {
                self.notice_error(
                    &path,
                    "fsn::validate::language_spelling",
                    format!("language `{lang}` is not written in its canonical form `{canonical}`"),
                    &format!("write `{canonical}`, as its folder under locales/ is named"),
                );
            }
        }
    }

    /// Translations are reviewed against the source language: the notice must have it.
    fn source_language(&mut self, raw: &RawNotice) {
        let lang = &raw.source_language;
        // A notice with no published language is reported on its own.
        let mut listed = raw.languages.iter().chain(&raw.draft_languages);
        if !raw.languages.is_empty() && !listed.any(|other| other == lang) {
            let field = if raw.source_language == "en" {
                "languages"
            } else {
                "source-language"
            };
            self.notice_error(
                &[field.into()],
                "fsn::validate::no_source_language",
                format!("the source language `{lang}` is not one of the notice's languages"),
                "add it to `languages`, or name the language the notice is written in: source-language = \"de\"",
            );
        }
    }

    /// fsn's EU defaults, overridden by the issuer's `date-locale`, overridden by the
    /// notice's; each choice must be a locale of its language that CLDR has date formats for.
    fn date_locales(
        &mut self,
        notice: &BTreeMap<String, String>,
        issuer: &BTreeMap<String, String>,
    ) -> BTreeMap<String, String> {
        let mut chosen: BTreeMap<String, String> = EU_DATE_LOCALES
            .iter()
            .map(|&(lang, locale)| (lang.to_owned(), locale.to_owned()))
            .collect();
        for (in_notice, choices) in [(false, issuer), (true, notice)] {
            for (lang, locale) in choices {
                match date_locale_problem(lang, locale) {
                    None => {
                        chosen.insert(lang.clone(), locale.clone());
                    }
                    Some((message, help)) => {
                        let path = ["date-locale".into(), lang.as_str().into()];
                        let (file, span) = if in_notice {
                            (self.notice_file, self.notice_spans.span(&path))
                        } else {
                            (self.issuer_file, self.issuer_spans.span(&path))
                        };
                        self.diagnostics.push(
                            Diagnostic::error("fsn::validate::bad_date_locale", message)
                                .at(file, span)
                                .with_help(help),
                        );
                    }
                }
            }
        }
        chosen
    }

    fn products(
        &mut self,
        products: &[RawProduct],
        table: &RawProductTable,
        sections: &[RawSection],
    ) {
        if products.is_empty() {
            self.notice_error(
                &["products".into()],
                "fsn::validate::no_products",
                "the notice lists no affected products".to_owned(),
                "add at least one [[products]] table",
            );
        }
        if products.len() > limits::MAX_PRODUCTS {
            self.too_many(
                &["products".into()],
                "products",
                products.len(),
                limits::MAX_PRODUCTS,
            );
        }
        for (index, product) in products.iter().enumerate() {
            let at = |field| ["products".into(), index.into(), Key::Field(field)];
            let udi_dis = match &product.udi_di {
                RawUdiDi::List(list) => list.len(),
                RawUdiDi::Keyword(_) => 0,
            };
            for (field, count) in [
                ("catalog", product.catalog.len()),
                ("udi-di", udi_dis),
                ("versions", product.versions.len()),
            ] {
                if count > limits::MAX_PRODUCT_LIST {
                    let what = format!("entries in `{field}` of product {}", index + 1);
                    self.too_many(&at(field), &what, count, limits::MAX_PRODUCT_LIST);
                }
            }
            if product.catalog.is_empty() {
                self.notice_error(
                    &at("catalog"),
                    "fsn::validate::no_catalog_number",
                    format!("product {} has no catalog number", index + 1),
                    "list one or more catalog numbers, e.g. catalog = [\"20068232\"]",
                );
            }
            match &product.udi_di {
                RawUdiDi::List(list) if list.is_empty() => self.notice_error(
                    &at("udi-di"),
                    "fsn::validate::no_udi_di",
                    format!("product {} has an empty UDI-DI list", index + 1),
                    "list its UDI-DIs, or write udi-di = \"not-available\"",
                ),
                RawUdiDi::List(list) => {
                    for (position, gtin) in list.iter().enumerate() {
                        if !is_valid_gtin14(gtin) {
                            let path = [
                                "products".into(),
                                index.into(),
                                "udi-di".into(),
                                position.into(),
                            ];
                            self.notice_error(
                                &path,
                                "fsn::validate::bad_udi_di",
                                format!(
                                    "UDI-DI `{gtin}` of product {} is not a valid GTIN-14",
                                    index + 1
                                ),
                                "a UDI-DI is 14 digits whose last digit is the GS1 check digit",
                            );
                        }
                    }
                }
                RawUdiDi::Keyword(keyword) if keyword != "not-available" => self.notice_error(
                    &at("udi-di"),
                    "fsn::validate::bad_udi_di",
                    format!(
                        "unknown UDI-DI keyword `{keyword}` in product {}",
                        index + 1
                    ),
                    "write a list of UDI-DIs, or udi-di = \"not-available\"",
                ),
                RawUdiDi::Keyword(_) => {}
            }
        }
        let mut columns = HashSet::new();
        for (index, column) in table.columns.iter().enumerate() {
            if !columns.insert(*column) {
                self.notice_error(
                    &["product-table".into(), "columns".into(), index.into()],
                    "fsn::validate::duplicate_column",
                    "a column of the product table is listed twice".to_owned(),
                    "list each column once",
                );
            }
        }
        let separator_ok = |separator: &str| {
            !separator.is_empty()
                && separator.chars().count() <= 5
                && !separator.chars().any(char::is_control)
        };
        if let Some(separator) = &table.catalog_separator
            && !separator_ok(separator)
        {
            self.notice_error(
                &["product-table".into(), "catalog-separator".into()],
                "fsn::validate::catalog_separator",
                format!("catalog separator {separator:?} is not 1 to 5 printable characters"),
                "use a short separator such as \"/\" or \", \"",
            );
        }
        if table.udi_barcodes && !table.columns.contains(&crate::model::Column::UdiDi) {
            self.notice_error(
                &["product-table".into(), "udi-barcodes".into()],
                "fsn::validate::barcodes_without_udi_column",
                "`udi-barcodes = true` needs the `udi-di` column, where the symbols print"
                    .to_owned(),
                "add \"udi-di\" to the columns, or remove `udi-barcodes`",
            );
        }
        if table.columns.contains(&Column::Serials)
            && !products.is_empty()
            && products.iter().all(|product| product.serial_hint.is_none())
        {
            let index = table
                .columns
                .iter()
                .position(|column| *column == Column::Serials)
                .unwrap_or_default();
            self.notice_error(
                &["product-table".into(), "columns".into(), index.into()],
                "fsn::validate::serials_without_hints",
                "the product table has a `serials` column, but no product has a `serial-hint`"
                    .to_owned(),
                "give the products a serial-hint (e.g. serial-hint = \"SN 1000–1999\"), or remove the column",
            );
        }
        if table.columns.is_empty() {
            self.notice_error(
                &["product-table".into(), "columns".into()],
                "fsn::validate::no_columns",
                "the product table has no columns".to_owned(),
                "list its columns, e.g. columns = [\"name\", \"catalog\", \"udi-di\"]",
            );
        }
        let placements = letter_blocks(sections)
            .filter(|(_, _, block)| matches!(block, RawBlock::ProductTable))
            .count();
        if placements > 1 {
            self.notice_error(
                &["sections".into()],
                "fsn::validate::product_table_twice",
                "the product table is placed more than once".to_owned(),
                "keep a single \"product-table\" block",
            );
        }
    }

    /// The issuer's document number pattern names only placeholders it can fill for this
    /// notice in each of its languages.
    fn document_number(&mut self, issuer: &RawIssuer, raw: &RawNotice) {
        let Some(pattern) = &issuer.document_number else {
            return;
        };
        let span = self.issuer_spans.span(&["document-number".into()]);
        let mut error = |message: String, help: &str| {
            self.diagnostics.push(
                Diagnostic::error("fsn::validate::document_number", message)
                    .at(self.issuer_file, span.clone())
                    .with_help(help),
            );
        };
        let help = "use {notice-id}, {reference} and {language-code}, e.g. \
                    document-number = \"{notice-id} {language-code} ({reference})\"";
        for part in document_number_parts(pattern) {
            let placeholder = match part {
                PatternPart::Literal(_) => continue,
                PatternPart::Placeholder(name) => Ok(name),
                PatternPart::Stray => Err(()),
            };
            match placeholder {
                Ok("notice-id") => {}
                Ok("reference") if raw.reference.is_none() => error(
                    format!(
                        "the document number uses {{reference}}, but notice {} has no `reference`",
                        raw.id
                    ),
                    "give the notice a reference, or leave {reference} out of the pattern",
                ),
                Ok("reference") => {}
                Ok("language-code") => {
                    let languages = raw.languages.iter().chain(&raw.draft_languages);
                    for lang in languages {
                        if crate::base::language_code::three_letter_code(lang).is_none() {
                            error(
                                format!("fsn knows no three-letter code for language `{lang}`"),
                                "add it to crates/fsn-core/src/language_code.rs, or leave \
                                 {language-code} out of the pattern",
                            );
                        }
                    }
                }
                Ok(other) => error(format!("unknown placeholder `{{{other}}}`"), help),
                Err(()) => error("unbalanced `{` or `}`".to_owned(), help),
            }
        }
    }

    fn signatories(&mut self, keys: &[String], issuer: &RawIssuer) -> Vec<RawSignatory> {
        let mut signatories = Vec::new();
        if keys.is_empty() {
            let known: Vec<&str> = issuer.signatories.keys().map(String::as_str).collect();
            self.notice_error(
                &["signatories".into()],
                "fsn::validate::no_signatories",
                "the notice has no signatory".to_owned(),
                &format!(
                    "name who signs it, from the issuer's signatories: {}",
                    known.join(", ")
                ),
            );
        }
        let mut seen = HashSet::new();
        for (index, key) in keys.iter().enumerate() {
            if !seen.insert(key) {
                self.notice_error(
                    &["signatories".into(), index.into()],
                    "fsn::validate::duplicate_signatory",
                    format!("signatory `{key}` is listed twice"),
                    "list each signatory once",
                );
                continue;
            }
            match issuer.signatories.get(key) {
                Some(signatory) => signatories.push(signatory.clone()),
                None => {
                    let known: Vec<&str> = issuer.signatories.keys().map(String::as_str).collect();
                    self.notice_error(
                        &["signatories".into(), index.into()],
                        "fsn::validate::unknown_signatory",
                        format!(
                            "signatory `{key}` is not in {}",
                            self.issuer_file.path().display()
                        ),
                        &format!("known signatories: {}", known.join(", ")),
                    );
                }
            }
        }
        signatories
    }

    /// Refers to the messages of a list and of the lists nested in its items. Lists nest at
    /// most [`MAX_LIST_DEPTH`] deep; an item holds one nested list, and not an empty one.
    fn list_refs(
        &mut self,
        items: &[RawListItem],
        at: &[Key<'_>],
        kind: &'static str,
        depth: usize,
    ) {
        let mut path = at.to_vec();
        path.push(Key::Field(kind));
        if depth > MAX_LIST_DEPTH {
            self.notice_error(
                &path,
                "fsn::validate::list_too_deep",
                format!(
                    "lists nest at most {MAX_LIST_DEPTH} levels deep; this one is level {depth}"
                ),
                "move the innermost items up a level, or into paragraphs of their item",
            );
            return;
        }
        if depth > 1 && items.is_empty() {
            self.notice_error(
                &path,
                "fsn::validate::empty_nested_list",
                format!("the nested `{kind}` list is empty and would print nothing"),
                "list its items, or remove the key",
            );
        }
        for (index, item) in items.iter().enumerate() {
            let mut item_path = path.clone();
            item_path.push(index.into());
            match item {
                RawListItem::Message(id) => self.notice_ref(id, &item_path),
                RawListItem::WithParagraphs {
                    text,
                    paragraphs,
                    bullets,
                    steps,
                    deadline,
                } => {
                    self.notice_ref(text, &item_path);
                    if let Some(deadline) = deadline {
                        let mut at = item_path.clone();
                        at.push("deadline".into());
                        self.notice_ref("deadline-by", &at);
                        if let Err(problem) = crate::validate::lots::local_date(deadline) {
                            self.notice_error(
                                &at,
                                "fsn::validate::bad_deadline",
                                format!("the deadline of a list item: {problem}"),
                                "write the date as YYYY-MM-DD, e.g. deadline = 2026-04-30",
                            );
                        }
                    }
                    for paragraph in paragraphs {
                        self.notice_ref(paragraph, &item_path);
                    }
                    if bullets.is_some() && steps.is_some() {
                        self.notice_error(
                            &item_path,
                            "fsn::validate::two_nested_lists",
                            "a list item holds `bullets` and `steps`; it can hold one list"
                                .to_owned(),
                            "keep one of them, or split the item in two",
                        );
                    }
                    if let Some(nested) = bullets {
                        self.list_refs(nested, &item_path, "bullets", depth + 1);
                    }
                    if let Some(nested) = steps {
                        self.list_refs(nested, &item_path, "steps", depth + 1);
                    }
                }
            }
        }
    }

    /// Reports a list longer than the layout may take (see [`limits`]).
    fn too_many(&mut self, path: &[Key<'_>], what: &str, count: usize, limit: usize) {
        self.notice_error(
            path,
            "fsn::validate::too_large",
            format!("the notice has {count} {what}; at most {limit} are laid out"),
            "split the notice, or list the items in an attached file; the limits keep one \
             notice's layout within about 1 GB of memory (docs/SECURITY.md, \"The limits\")",
        );
    }

    /// Sections and blocks: within the limits, and no empty list.
    fn sections(&mut self, sections: &[RawSection]) {
        if sections.len() > limits::MAX_SECTIONS {
            self.too_many(
                &["sections".into()],
                "sections",
                sections.len(),
                limits::MAX_SECTIONS,
            );
        }
        let blocks: usize = sections.iter().map(|section| section.blocks.len()).sum();
        if blocks > limits::MAX_BLOCKS {
            self.too_many(&["sections".into()], "blocks", blocks, limits::MAX_BLOCKS);
        }
        let figures = letter_blocks(sections)
            .filter(|(_, _, block)| matches!(block, RawBlock::Figure(_)))
            .count();
        if figures > limits::MAX_FIGURES {
            self.too_many(
                &["sections".into()],
                "figures",
                figures,
                limits::MAX_FIGURES,
            );
        }
        for (index, position, block) in letter_blocks(sections) {
            let (kind, items) = match block {
                RawBlock::Bullets(items) => ("bullets", items),
                RawBlock::Steps(items) => ("steps", items),
                RawBlock::Figure(figure) => {
                    self.figure(figure, index, position);
                    continue;
                }
                RawBlock::Paragraph(_) | RawBlock::Note(_) | RawBlock::ProductTable => continue,
            };
            let path = [
                "sections".into(),
                index.into(),
                "blocks".into(),
                position.into(),
            ];
            if items.is_empty() {
                self.notice_error(
                    &path,
                    "fsn::validate::empty_list",
                    format!("the `{kind}` list of section {} is empty", index + 1),
                    &format!(
                        "name its items, e.g. {{ {kind} = [\"message-id\"] }}, or remove the block"
                    ),
                );
            } else if items.len() > limits::MAX_LIST_ITEMS {
                let what = format!("items in a `{kind}` list of section {}", index + 1);
                self.too_many(&path, &what, items.len(), limits::MAX_LIST_ITEMS);
            }
        }
    }

    /// A figure's file name and width.
    fn figure(&mut self, figure: &crate::model::figure::RawFigure, index: usize, position: usize) {
        let at = |field: &'static str| -> [Key<'static>; 5] {
            [
                "sections".into(),
                index.into(),
                "blocks".into(),
                position.into(),
                field.into(),
            ]
        };
        if let Err(problem) = crate::model::figure::check_file_name(&figure.figure) {
            self.notice_error(
                &at("figure"),
                "fsn::validate::figure_file",
                problem,
                "name a PNG, JPEG or SVG file in the notice's figures/ folder, e.g. figure = \"serial-label.png\"",
            );
        }
        let width = figure.width.as_deref().map(|width| {
            crate::model::figure::width_mm(width, crate::model::figure::MAX_FIGURE_WIDTH_MM)
        });
        if let Some(Err(problem)) = width {
            self.notice_error(
                &at("width"),
                "fsn::validate::figure_width",
                problem,
                "write the printed width with its unit, e.g. width = \"8cm\", or leave it out",
            );
        }
    }

    /// The logo's file name and width, in `issuer.toml`.
    fn logo(&mut self, logo: Option<&crate::model::figure::RawLogo>) {
        let Some(logo) = logo else { return };
        let mut problems = Vec::new();
        if let Err(problem) = crate::model::figure::check_file_name(&logo.file) {
            problems.push(("file", "fsn::validate::logo_file", problem));
        }
        if let Some(Err(problem)) = logo.width.as_deref().map(|width| {
            crate::model::figure::width_mm(width, crate::model::figure::MAX_LOGO_WIDTH_MM)
        }) {
            problems.push(("width", "fsn::validate::logo_width", problem));
        }
        for (field, code, problem) in problems {
            let span = self.issuer_spans.span(&["logo".into(), field.into()]);
            self.diagnostics.push(
                Diagnostic::error(code, problem)
                    .at(self.issuer_file, span)
                    .with_help(
                        "name the logo file in the issuer's folder and its width, e.g. [logo] file = \"logo.svg\", width = \"4cm\"",
                    ),
            );
        }
    }

    fn form(&mut self, form: Option<&RawForm>) {
        let Some(form) = form else { return };
        if form.elements.len() > limits::MAX_FORM_ELEMENTS {
            self.too_many(
                &["form".into(), "elements".into()],
                "form elements",
                form.elements.len(),
                limits::MAX_FORM_ELEMENTS,
            );
        }
        if form.elements.is_empty() {
            self.notice_error(
                &["form".into()],
                "fsn::validate::empty_form",
                "the reply form has no elements and would print only its heading".to_owned(),
                "add [[form.elements]] tables (notices/README.md, \"The reply form\"), or remove [form]",
            );
        }
        for (index, element) in form.elements.iter().enumerate() {
            // Lists that, empty, leave an element with nothing to print or answer. A table
            // without rows is not among them: its heading row alone is a valid element.
            let lists: &[(&'static str, usize)] = match element {
                RawFormElement::Person { fields, .. } => &[("fields", fields.len())],
                RawFormElement::Signature { fields, .. } => &[("fields", fields.len())],
                RawFormElement::Table { headings, .. } => &[("headings", headings.len())],
                RawFormElement::ProductChecklist { headings, .. } => {
                    &[("headings", headings.len())]
                }
                RawFormElement::Questions { questions, .. } => &[("questions", questions.len())],
                RawFormElement::Choice { options, .. } => &[("options", options.len())],
                RawFormElement::ActionChecklist { steps, .. } => &[("steps", steps.len())],
                RawFormElement::DestructionCertificate { signature, .. } => {
                    &[("signature", signature.len())]
                }
                RawFormElement::TextField { .. }
                | RawFormElement::Acknowledgement { .. }
                | RawFormElement::Quantities { .. }
                | RawFormElement::Date { .. } => &[],
            };
            if let RawFormElement::ActionChecklist { steps, .. } = element {
                self.checklist_steps(index, steps);
            }
            if let RawFormElement::DestructionCertificate { blank_rows, .. } = element
                && *blank_rows > limits::MAX_BLANK_ROWS
            {
                let path = [
                    "form".into(),
                    "elements".into(),
                    index.into(),
                    "blank-rows".into(),
                ];
                let what = format!("blank rows in form element {}", index + 1);
                self.too_many(&path, &what, *blank_rows, limits::MAX_BLANK_ROWS);
            }
            for (field, _) in lists.iter().filter(|(_, len)| *len == 0) {
                self.notice_error(
                    &["form".into(), "elements".into(), index.into(), (*field).into()],
                    "fsn::validate::empty_form_list",
                    format!("`{field} = []` leaves form element {} with nothing to print", index + 1),
                    &format!("name at least one message in `{field}`, or leave the key out where it has a default"),
                );
            }
        }
    }

    /// A deadline of a step (of the letter or of the form) before the issue date is a typo:
    /// nobody can act on it.
    fn deadlines_not_before(&mut self, issued: IsoDate, raw: &RawNotice) {
        let mut found: Vec<(Vec<Key<'static>>, &toml::value::Datetime)> = Vec::new();
        for (index, position, block) in letter_blocks(&raw.sections) {
            let (kind, items) = match block {
                RawBlock::Bullets(items) => ("bullets", items),
                RawBlock::Steps(items) => ("steps", items),
                RawBlock::Paragraph(_)
                | RawBlock::Note(_)
                | RawBlock::ProductTable
                | RawBlock::Figure(_) => continue,
            };
            let path = vec![
                "sections".into(),
                index.into(),
                "blocks".into(),
                position.into(),
                kind.into(),
            ];
            list_deadlines(items, path, 1, &mut found);
        }
        let elements = raw
            .form
            .iter()
            .flat_map(|form| form.elements.iter().enumerate());
        for (index, element) in elements {
            let RawFormElement::ActionChecklist { steps, .. } = element else {
                continue;
            };
            for (position, step) in steps.iter().enumerate() {
                if let RawChecklistStep::Detailed {
                    deadline: Some(deadline),
                    ..
                } = step
                {
                    let path = vec![
                        "form".into(),
                        "elements".into(),
                        index.into(),
                        "steps".into(),
                        position.into(),
                        "deadline".into(),
                    ];
                    found.push((path, deadline));
                }
            }
        }
        for (path, deadline) in found {
            let Ok(date) = crate::validate::lots::local_date(deadline) else {
                continue;
            };
            if date < issued {
                self.notice_error(
                    &path,
                    "fsn::validate::deadline_before_issue",
                    format!("the deadline {date} is before the notice is issued ({issued})"),
                    "check the date: a deadline falls on or after `issued`",
                );
            }
        }
    }

    /// Deadlines are dates; a step writes serial numbers in only on lines it has.
    fn checklist_steps(&mut self, element: usize, steps: &[RawChecklistStep]) {
        for (position, step) in steps.iter().enumerate() {
            let RawChecklistStep::Detailed {
                alternative,
                serials,
                deadline,
                ..
            } = step
            else {
                continue;
            };
            let at = |field: &'static str| {
                [
                    Key::Field("form"),
                    "elements".into(),
                    element.into(),
                    "steps".into(),
                    position.into(),
                    field.into(),
                ]
            };
            let what = format!("step {} of form element {}", position + 1, element + 1);
            if let Some(Err(problem)) = deadline.as_ref().map(crate::validate::lots::local_date) {
                self.notice_error(
                    &at("deadline"),
                    "fsn::validate::bad_deadline",
                    format!("the deadline of {what}: {problem}"),
                    "write the date as YYYY-MM-DD, e.g. deadline = 2026-04-30",
                );
            }
            let lines = serials.as_deref().unwrap_or_default();
            if alternative.is_none() && lines.contains(&ChecklistLine::Alternative) {
                self.notice_error(
                    &at("serials"),
                    "fsn::validate::serials_without_alternative",
                    format!("{what} puts serial numbers on an alternative line it does not have"),
                    "give the step an `alternative` message, or remove \"alternative\" from `serials`",
                );
            }
        }
    }

    fn text_ref(&mut self, text: &Text, path: &[Key<'_>]) {
        if let Text::Message { message } = text {
            let mut path = path.to_vec();
            path.push("message".into());
            self.notice_ref(message, &path);
        }
    }

    fn collect_message_refs(&mut self, raw: &RawNotice, issuer: &RawIssuer) {
        if let Some(label) = &raw.label {
            self.notice_ref(label, &["label".into()]);
        }
        for (index, title) in raw.titles.iter().enumerate() {
            self.notice_ref(title, &["titles".into(), index.into()]);
        }
        self.notice_ref(&raw.salutation, &["salutation".into()]);
        if let Some(intended_use) = &raw.intended_use {
            self.notice_ref(intended_use, &["intended-use".into()]);
        }
        self.notice_ref(
            &raw.product_table.caption,
            &["product-table".into(), "caption".into()],
        );
        for column in &raw.product_table.columns {
            self.notice_ref(
                column.heading_message(),
                &["product-table".into(), "columns".into()],
            );
        }
        for (index, product) in raw.products.iter().enumerate() {
            self.text_ref(
                &product.name,
                &["products".into(), index.into(), "name".into()],
            );
            if let Some(hint) = &product.serial_hint {
                self.text_ref(
                    hint,
                    &["products".into(), index.into(), "serial-hint".into()],
                );
            }
            if let Some(short_name) = &product.short_name {
                self.text_ref(
                    short_name,
                    &["products".into(), index.into(), "short-name".into()],
                );
            }
            if !product.lots.is_empty() {
                for id in crate::validate::lots::MESSAGES {
                    self.notice_ref(id, &["products".into(), index.into(), "lots".into()]);
                }
            }
            if matches!(product.udi_di, RawUdiDi::Keyword(_)) {
                self.notice_ref(
                    "udi-di-not-available",
                    &["products".into(), index.into(), "udi-di".into()],
                );
            }
        }
        for (index, section) in raw.sections.iter().enumerate() {
            let at = |rest: &[Key<'static>]| {
                let mut path = vec![Key::Field("sections"), Key::Index(index)];
                path.extend_from_slice(rest);
                path
            };
            if let Some(heading) = &section.heading {
                self.notice_ref(heading, &at(&["heading".into()]));
            }
            for (position, block) in section.blocks.iter().enumerate() {
                let block_path = at(&["blocks".into(), position.into()]);
                match block {
                    RawBlock::Paragraph(id) | RawBlock::Note(id) => {
                        self.notice_ref(id, &block_path)
                    }
                    RawBlock::Bullets(items) => {
                        self.list_refs(items, &block_path, "bullets", 1);
                    }
                    RawBlock::Steps(items) => {
                        self.list_refs(items, &block_path, "steps", 1);
                    }
                    RawBlock::ProductTable => {}
                    RawBlock::Figure(figure) => {
                        let mut path = block_path.clone();
                        path.push("alt".into());
                        self.notice_ref(&figure.alt, &path);
                        if let Some(caption) = &figure.caption {
                            path.pop();
                            path.push("caption".into());
                            self.notice_ref(caption, &path);
                        }
                    }
                }
            }
        }
        self.notice_ref(&raw.closing, &["closing".into()]);
        self.notice_ref(&raw.recipient_notice.heading, &["recipient-notice".into()]);
        for paragraph in &raw.recipient_notice.paragraphs {
            self.notice_ref(paragraph, &["recipient-notice".into()]);
        }
        if let Some(form) = &raw.form {
            self.form_refs(form);
            if raw.reply_by.is_some() {
                self.notice_ref("form-reply-by", &["reply-by".into()]);
            }
        }
        for shared in ["page-label", "legal"] {
            self.notice_ref(shared, &[]);
        }
        self.issuer_refs(issuer, raw);
    }

    fn form_refs(&mut self, form: &RawForm) {
        self.notice_ref(&form.heading, &["form".into(), "heading".into()]);
        self.notice_ref("form-title", &["form".into()]);
        for (index, intro) in form.intro.iter().enumerate() {
            self.notice_ref(intro, &["form".into(), "intro".into(), index.into()]);
        }
        for (index, element) in form.elements.iter().enumerate() {
            let path = ["form".into(), "elements".into(), index.into()];
            let mut ids: Vec<&str> = Vec::new();
            let mut texts: Vec<&Text> = Vec::new();
            match element {
                RawFormElement::TextField { label, .. } => ids.push(label),
                RawFormElement::Person {
                    heading, fields, ..
                } => {
                    ids.push(heading);
                    ids.extend(fields.iter().map(String::as_str));
                }
                RawFormElement::Table { headings, rows, .. } => {
                    ids.extend(headings.iter().map(String::as_str));
                    texts.extend(rows);
                }
                RawFormElement::ProductChecklist {
                    headings,
                    hint,
                    extra_rows,
                    ..
                } => {
                    ids.extend(headings.iter().map(String::as_str));
                    ids.extend(hint.as_deref());
                    texts.extend(extra_rows);
                }
                RawFormElement::Questions {
                    heading,
                    not_applicable,
                    questions,
                    answers,
                    ..
                } => {
                    ids.push(heading);
                    if *not_applicable {
                        ids.push("form-not-applicable");
                    }
                    ids.extend(questions.iter().map(String::as_str));
                    ids.extend(answers.messages());
                }
                RawFormElement::Choice {
                    question, options, ..
                } => {
                    ids.push(question);
                    ids.extend(options.iter().map(String::as_str));
                }
                RawFormElement::Acknowledgement { text, .. } => ids.push(text),
                RawFormElement::ActionChecklist {
                    heading,
                    steps,
                    reasons,
                    other_reason,
                    ..
                } => {
                    ids.push(heading);
                    for step in steps {
                        ids.extend(checklist_step_messages(step));
                    }
                    ids.extend(reasons.iter().map(String::as_str));
                    ids.extend(["form-done", "form-not-done", "form-serial-numbers"]);
                    if *other_reason {
                        ids.push("form-other-reason");
                    }
                }
                RawFormElement::Quantities {
                    columns, per_lot, ..
                } => {
                    ids.push(if *per_lot {
                        "form-destruction-lot"
                    } else {
                        "form-destruction-product"
                    });
                    ids.extend(columns.iter().map(|column| column.heading_message()));
                    if *per_lot {
                        ids.push("lot-serial-range");
                    }
                }
                RawFormElement::DestructionCertificate {
                    heading,
                    statement,
                    signature,
                    ..
                } => {
                    ids.extend([heading.as_str(), statement.as_str()]);
                    ids.extend(crate::model::DESTRUCTION_COLUMNS);
                    ids.extend(signature.iter().map(String::as_str));
                }
                RawFormElement::Signature { fields, .. } => {
                    ids.extend(fields.iter().map(String::as_str))
                }
                RawFormElement::Date { .. } => ids.push("form-date"),
            }
            for id in ids {
                self.notice_ref(id, &path);
            }
            for text in texts {
                self.text_ref(text, &path);
            }
        }
    }

    fn issuer_refs(&mut self, issuer: &RawIssuer, raw: &RawNotice) {
        for (index, contact) in issuer.contacts.iter().enumerate() {
            let span = self
                .issuer_spans
                .span(&["contacts".into(), index.into(), "label".into()]);
            self.refs.push(MessageRef {
                id: contact.label.clone(),
                file: Arc::clone(self.issuer_file),
                span,
            });
        }
        for key in &raw.signatories {
            if let Some(signatory) = issuer.signatories.get(key) {
                let span = self.issuer_spans.span(&[
                    "signatories".into(),
                    key.as_str().into(),
                    "title".into(),
                ]);
                self.refs.push(MessageRef {
                    id: signatory.title.clone(),
                    file: Arc::clone(self.issuer_file),
                    span,
                });
            }
        }
    }
}

/// The deadlines of list items down to the deepest level lists may have (deeper ones are
/// reported as too deep), with their paths.
fn list_deadlines<'a>(
    items: &'a [RawListItem],
    path: Vec<Key<'static>>,
    depth: usize,
    found: &mut Vec<(Vec<Key<'static>>, &'a toml::value::Datetime)>,
) {
    if depth > MAX_LIST_DEPTH {
        return;
    }
    for (index, item) in items.iter().enumerate() {
        let RawListItem::WithParagraphs {
            bullets,
            steps,
            deadline,
            ..
        } = item
        else {
            continue;
        };
        let mut item_path = path.clone();
        item_path.push(index.into());
        if let Some(deadline) = deadline {
            let mut at = item_path.clone();
            at.push("deadline".into());
            found.push((at, deadline));
        }
        for (kind, nested) in [("bullets", bullets), ("steps", steps)] {
            if let Some(nested) = nested {
                let mut nested_path = item_path.clone();
                nested_path.push(kind.into());
                list_deadlines(nested, nested_path, depth + 1, found);
            }
        }
    }
}

/// The messages a checklist step names: its text and its own lines' wording.
fn checklist_step_messages(step: &RawChecklistStep) -> Vec<&str> {
    match step {
        RawChecklistStep::Message(text) => vec![text],
        RawChecklistStep::Detailed {
            text,
            done,
            not_done,
            alternative,
            deadline,
            ..
        } => {
            let mut ids = vec![text.as_str()];
            ids.extend(
                [done, not_done, alternative]
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            );
            if alternative.is_some() {
                ids.push("form-or");
            }
            if deadline.is_some() {
                ids.push("deadline-by");
            }
            ids
        }
    }
}

/// A piece of a document number pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternPart<'a> {
    /// Text printed as it is.
    Literal(&'a str),
    /// `{name}`.
    Placeholder(&'a str),
    /// A `{` or `}` without its partner; the rest of the pattern is not read.
    Stray,
}

/// A document number pattern in pieces, in order: validation checks the placeholders,
/// composition fills them in.
pub fn document_number_parts(pattern: &str) -> Vec<PatternPart<'_>> {
    let mut parts = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find(['{', '}']) {
        if open > 0 {
            parts.push(PatternPart::Literal(&rest[..open]));
        }
        let close = rest[open..]
            .find('}')
            .filter(|_| rest[open..].starts_with('{'));
        let Some(close) = close else {
            parts.push(PatternPart::Stray);
            return parts;
        };
        parts.push(PatternPart::Placeholder(&rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        parts.push(PatternPart::Literal(rest));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_number_patterns_split_into_text_and_placeholders() {
        use PatternPart::{Literal, Placeholder, Stray};
        assert_eq!(
            document_number_parts("{notice-id} {language-code} ({reference})"),
            [
                Placeholder("notice-id"),
                Literal(" "),
                Placeholder("language-code"),
                Literal(" ("),
                Placeholder("reference"),
                Literal(")"),
            ]
        );
        assert_eq!(document_number_parts("A {x"), [Literal("A "), Stray]);
        assert_eq!(document_number_parts("} B"), [Stray]);
    }

    #[test]
    fn gtin14_check_digits() {
        assert!(is_valid_gtin14("00816270020637"));
        assert!(!is_valid_gtin14("00816270020638"));
        assert!(!is_valid_gtin14("0081627002063"));
        assert!(!is_valid_gtin14("0081627002063x"));
        assert!(!is_valid_gtin14("००८१६२७००२०६३७"));
    }
}
