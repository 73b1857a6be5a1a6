//! Calendar dates: the notice's one ISO date, its long form in each language, and the
//! placeholder that shows customers how to write a date by hand; all from CLDR data.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use icu_calendar::Date;
use icu_calendar::cal::Gregorian;
use icu_casemap::CaseMapper;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::M;
use icu_datetime::fieldsets::enums::DateFieldSet;
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu_locale::LocaleExpander;
use icu_locale_core::{LanguageIdentifier, Locale};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use writeable::TryWriteable;

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct IsoDate {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl IsoDate {
    /// Checks that the day exists in the Gregorian calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self, String> {
        Date::try_new_gregorian(year, month, day)
            .map(|_| Self { year, month, day })
            .map_err(|err| format!("{year:04}-{month:02}-{day:02} is not a calendar date ({err})"))
    }

    /// The long form with weekday in the given locale, e.g. "Giovedì 16 gennaio 2025": CLDR's
    /// full date format of the locale ("EEEE d MMMM y").
    ///
    /// The first letter is capitalised because the date opens the letter: CLDR's
    /// "begin-sentence" context, which several languages (Italian among them) print in capitals.
    pub fn long(&self, lang: &str) -> Result<String, String> {
        let locale = parse_locale(lang)?;
        let pattern = standard_pattern(&locale, |patterns| &patterns.full)?;
        Ok(capitalize_first(&format_with(&locale, pattern, *self)?))
    }
}

impl IsoDate {
    /// The numeric form of tables and deadlines in the given locale, e.g. "31/03/2026" or
    /// "31.03.2026": CLDR's short date format of the locale with the year in four digits (many
    /// short formats print two, and an expiry date must not be misread).
    pub fn numeric(&self, lang: &str) -> Result<String, String> {
        let locale = parse_locale(lang)?;
        let pattern = standard_pattern(&locale, |patterns| &patterns.short)?;
        let text = format_with(&locale, &four_digit_year(pattern), *self)?;
        // Invisible direction marks some locales put around numbers have no place on paper.
        Ok(text
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}'))
            .collect())
    }
}

/// A date pattern whose year field (`yy`, `y`, `yyyy`) is `y`: the full year. Text in quotes
/// is kept as it is.
fn four_digit_year(pattern: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    let mut previous = None;
    for c in pattern.chars() {
        if c == '\'' {
            quoted = !quoted;
        }
        let in_year = !quoted && c == 'y';
        if !(in_year && previous == Some('y')) {
            out.push(c);
        }
        previous = if in_year { Some('y') } else { None };
    }
    out
}

impl IsoDate {
    /// The compact form of older notices, "04MAY2022": day, the English abbreviated month in
    /// capitals (from CLDR), year; the same in every language.
    pub fn compact(&self) -> Result<String, String> {
        let formatter = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
            icu_locale_core::locale!("en").into(),
            M::medium(),
        )
        .map_err(|err| format!("no month names: {err}"))?;
        let date = Date::try_new_gregorian(self.year, self.month, self.day)
            .map_err(|err| format!("{self} is not a calendar date ({err})"))?;
        let month = formatter.format(&date).to_string().to_uppercase();
        Ok(format!("{:02}{month}{:04}", self.day, self.year))
    }
}

/// How the reply form asks for a hand-written date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EntryStyle {
    /// The language's numeric date with a four-digit year, in its order and with its
    /// separators: "GG/MM/AAAA", "TT.MM.JJJJ", "ÅÅÅÅ-MM-DD".
    #[default]
    Numeric,
    /// Day, abbreviated month, year, with hyphens: "GG-MMM-AAAA", "DD-MMM-YYYY". The same
    /// order in every language, so a date written in one country is read right in another.
    AbbreviatedMonth,
}

/// The placeholder of a hand-written date in `lang`, e.g. "GG/MM/AAAA" for Italian.
///
/// The letters are the initials of CLDR's names of the day, month and year fields in the
/// language ("giorno", "mese", "anno"); the numeric style takes the order and separators of
/// the language's short date from ICU4X. CLDR carries no such placeholders itself.
pub fn entry_placeholder(lang: &str, style: EntryStyle) -> Result<String, String> {
    let locale = parse_locale(lang)?;
    let language = locale.id.language.as_str();
    let names = DATE_FIELD_NAMES.get(language).ok_or_else(|| {
        format!(
            "CLDR has no names of the date fields for `{language}`; \
             regenerate crates/fsn-core/data/cldr-date-fields.json with scripts/cldr-date-fields.py"
        )
    })?;
    let [day, month, year] =
        [&names.day, &names.month, &names.year].map(|name| initial(name, &locale.id));
    let letters = |letter: &str, count: usize| letter.repeat(count);
    match style {
        EntryStyle::AbbreviatedMonth => Ok(format!(
            "{}-{}-{}",
            letters(&day, 2),
            letters(&month, 3),
            letters(&year, 4)
        )),
        EntryStyle::Numeric => {
            // Format a date whose fields cannot be mistaken for one another with the short
            // date format, then put the letters where its numbers are: order and separators
            // stay the locale's.
            let pattern = standard_pattern(&locale, |patterns| &patterns.short)?;
            let sample = format_with(&locale, pattern, IsoDate::PROBE)?;
            numeric_placeholder(&sample, &day, &month, &year)
                .ok_or_else(|| format!("cannot read the numeric date `{sample}` of `{lang}`"))
        }
    }
}

impl IsoDate {
    /// 22 November 2033: day, month and year are distinct numbers, none inside another.
    const PROBE: Self = Self {
        year: 2033,
        month: 11,
        day: 22,
    };
}

/// CLDR's standard date formats of one locale, as `dateFormats` gives them.
#[derive(Deserialize)]
struct StandardPatterns {
    /// With weekday and month name: "EEEE d MMMM y".
    full: String,
    /// Numeric: "dd/MM/y".
    short: String,
}

#[derive(Deserialize)]
struct PatternTable {
    locales: BTreeMap<String, StandardPatterns>,
}

/// CLDR's standard date formats per locale (see scripts/cldr-date-fields.py).
///
/// fsn does not ask ICU4X for a field set (year-month-day with weekday): ICU4X builds those
/// patterns from CLDR's flexible formats, which in some languages disagree with the locale's
/// own full and short dates (Irish "EEEE, MMMM d, y", Maltese "M/d/y").
static STANDARD_PATTERNS: LazyLock<BTreeMap<String, StandardPatterns>> = LazyLock::new(|| {
    let table: PatternTable =
        serde_json::from_str(include_str!("../../data/cldr-date-patterns.json"))
            .expect("the committed CLDR table is valid JSON");
    table.locales
});

/// The regional variants whose dates fsn prints unless an issuer or notice chooses another:
/// CLDR's `en` is US English ("Thursday, January 16, 2025", "MM/DD/YYYY") and its `pt` is
/// Brazilian Portuguese, while notices are written for the EU. Irish English writes dates as the
/// EU's English style guide does ("Thursday 16 January 2025", "DD/MM/YYYY").
pub const EU_DATE_LOCALES: [(&str, &str); 2] = [("en", "en-IE"), ("pt", "pt-PT")];

/// CLDR's locales of a language that have their own date formats, e.g. `en-GB`, `en-IE`, ….
pub fn regional_date_locales(language: &str) -> impl Iterator<Item = &'static str> {
    let prefix = format!("{language}-");
    STANDARD_PATTERNS
        .keys()
        .map(String::as_str)
        .filter(move |locale| locale.starts_with(&prefix))
}

/// Whether CLDR has date formats for exactly this locale, e.g. `en-IE` or `en-US` (not
/// `en-ZZ`).
pub fn has_date_formats(locale: &str) -> bool {
    locale
        .parse()
        .is_ok_and(|locale: LanguageIdentifier| own_patterns(&locale).is_some())
}

/// The locale's own formats: of the tag, or of its shortest form, which is how CLDR files a
/// language's default region (`en-US` under `en`, `pt-BR` under `pt`).
fn own_patterns(locale: &LanguageIdentifier) -> Option<&'static StandardPatterns> {
    STANDARD_PATTERNS.get(&locale.to_string()).or_else(|| {
        let expander = LocaleExpander::new_common();
        let mut minimal = locale.clone();
        expander.minimize(&mut minimal);
        // `en-ZZ` (unknown region) minimises to `en` too: only the default region counts.
        let mut default = minimal.clone();
        expander.maximize(&mut default);
        (default.region == locale.region)
            .then(|| STANDARD_PATTERNS.get(&minimal.to_string()))
            .flatten()
    })
}

fn parse_locale(lang: &str) -> Result<Locale, String> {
    lang.parse()
        .map_err(|err| format!("bad locale `{lang}`: {err}"))
}

/// One of the locale's standard patterns: of the locale itself (`en-IE`), else of its language.
fn standard_pattern(
    locale: &Locale,
    length: impl Fn(&StandardPatterns) -> &String,
) -> Result<&'static str, String> {
    let tag = locale.id.to_string();
    let language = locale.id.language.as_str();
    own_patterns(&locale.id)
        .or_else(|| STANDARD_PATTERNS.get(language))
        .map(|patterns| length(patterns).as_str())
        .ok_or_else(|| {
            format!(
                "CLDR has no date formats for `{tag}`; regenerate \
                 crates/fsn-core/data/cldr-date-patterns.json with scripts/cldr-date-fields.py"
            )
        })
}

/// Formats `date` with a CLDR pattern; ICU4X supplies the locale's names and digits.
fn format_with(locale: &Locale, pattern: &str, date: IsoDate) -> Result<String, String> {
    let tag = &locale.id;
    let pattern: DateTimePattern = pattern.parse().map_err(|err| {
        format!("CLDR's date pattern `{pattern}` of `{tag}` does not parse: {err}")
    })?;
    let mut names = FixedCalendarDateTimeNames::<Gregorian, DateFieldSet>::try_new(locale.into())
        .map_err(|err| format!("no date names for `{tag}`: {err}"))?;
    let formatter = names
        .include_for_pattern(&pattern)
        .map_err(|err| format!("no date names for `{tag}`: {err}"))?;
    let date = Date::try_new_gregorian(date.year, date.month, date.day)
        .map_err(|err| format!("{date} is not a calendar date ({err})"))?;
    formatter
        .format(&date)
        .try_write_to_string()
        .map(|text| text.into_owned())
        .map_err(|(err, _)| format!("cannot format a date for `{tag}`: {err}"))
}

/// Replaces the probe's numbers in `sample` by letters; `None` unless each appears once.
fn numeric_placeholder(sample: &str, day: &str, month: &str, year: &str) -> Option<String> {
    let mut placeholder = String::new();
    let mut seen = [false; 3];
    let mut rest = sample;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        placeholder.push_str(&rest[..start]);
        let digits = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len(), |end| start + end);
        let field = match &rest[start..digits] {
            // Short dates print the year with two digits in many languages; a form asks for
            // all four.
            "2033" | "33" => 2,
            "11" => 1,
            "22" => 0,
            _ => return None,
        };
        if std::mem::replace(&mut seen[field], true) {
            return None;
        }
        placeholder.push_str(&match field {
            0 => day.repeat(2),
            1 => month.repeat(2),
            _ => year.repeat(4),
        });
        rest = &rest[digits..];
    }
    placeholder.push_str(rest);
    // Invisible direction marks some locales put around numbers have no place on paper.
    placeholder.retain(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}'));
    seen.iter().all(|&seen| seen).then_some(placeholder)
}

/// The first letter of a field's name, upper-cased by the language's rules: "giorno" → "G",
/// "év" → "É", and Greek "έτος" → "Ε" (Greek capitals drop the accent).
fn initial(name: &str, language: &LanguageIdentifier) -> String {
    let upper = CaseMapper::new().uppercase_to_string(name, language);
    upper
        .chars()
        .find(|c| c.is_alphabetic())
        .map(String::from)
        .unwrap_or_default()
}

#[derive(Deserialize)]
struct FieldNames {
    day: String,
    month: String,
    year: String,
}

#[derive(Deserialize)]
struct FieldNameTable {
    languages: BTreeMap<String, FieldNames>,
}

/// CLDR's names of the date fields per base language (see scripts/cldr-date-fields.py).
static DATE_FIELD_NAMES: LazyLock<BTreeMap<String, FieldNames>> = LazyLock::new(|| {
    let table: FieldNameTable =
        serde_json::from_str(include_str!("../../data/cldr-date-fields.json"))
            .expect("the committed CLDR table is valid JSON");
    table.languages
});

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_dates_have_four_digit_years_in_the_locale_s_order() {
        let date = IsoDate::new(2026, 3, 31).unwrap();
        assert_eq!(date.numeric("en-IE").unwrap(), "31/03/2026");
        assert_eq!(date.numeric("de").unwrap(), "31.03.2026");
        assert_eq!(date.numeric("it").unwrap(), "31/03/2026");
        assert_eq!(four_digit_year("dd.MM.yy"), "dd.MM.y");
        assert_eq!(four_digit_year("y-MM-dd 'yy'"), "y-MM-dd 'yy'");
    }

    #[test]
    fn long_dates_as_the_seeds_print_them() {
        let date = IsoDate::new(2025, 1, 16).unwrap();
        assert_eq!(date.long("it").unwrap(), "Giovedì 16 gennaio 2025");
        assert_eq!(date.long("de").unwrap(), "Donnerstag, 16. Januar 2025");
        assert_eq!(date.long("en").unwrap(), "Thursday, January 16, 2025");
    }

    /// ICU4X's field sets gave "Déardaoin, Eanáir 16, 2025" and "XX/JJ/SSSS" (month first);
    /// CLDR's full and short formats are "EEEE d MMMM y" and "dd/MM/y".
    #[test]
    fn irish_and_maltese_dates_follow_their_cldr_formats() {
        let date = IsoDate::new(2025, 1, 16).unwrap();
        assert_eq!(date.long("ga").unwrap(), "Déardaoin 16 Eanáir 2025");
        assert_eq!(
            entry_placeholder("mt", EntryStyle::Numeric).unwrap(),
            "JJ/XX/SSSS"
        );
    }

    #[test]
    fn regional_variants_have_their_own_formats() {
        let date = IsoDate::new(2025, 1, 16).unwrap();
        assert_eq!(date.long("en-IE").unwrap(), "Thursday 16 January 2025");
        assert_eq!(date.long("en-US").unwrap(), "Thursday, January 16, 2025");
        assert!(has_date_formats("en-IE") && has_date_formats("pt-PT"));
        // CLDR files a language's default region under the language itself.
        assert!(has_date_formats("en-US") && has_date_formats("pt-BR"));
        assert!(!has_date_formats("en-ZZ"), "en-ZZ");
        assert!(!has_date_formats("english"), "english");
        assert!(regional_date_locales("pt").any(|locale| locale == "pt-PT"));
    }

    #[test]
    fn compact_dates_as_older_notices_print_them() {
        assert_eq!(
            IsoDate::new(2022, 5, 4).unwrap().compact().unwrap(),
            "04MAY2022"
        );
        assert_eq!(
            IsoDate::new(2022, 9, 14).unwrap().compact().unwrap(),
            "14SEP2022"
        );
    }

    /// Each language's own convention, as printed on its forms (Finnish "PP.KK.VVVV",
    /// Swedish "ÅÅÅÅ-MM-DD", Hungarian "ÉÉÉÉ. HH. NN."), derived, not listed.
    #[test]
    fn numeric_placeholders_follow_each_language() {
        let cases = [
            ("it", "GG/MM/AAAA"),
            ("de", "TT.MM.JJJJ"),
            ("en", "MM/DD/YYYY"),
            ("en-GB", "DD/MM/YYYY"),
            ("fr", "JJ/MM/AAAA"),
            ("es", "DD/MM/AAAA"),
            ("fi", "PP.KK.VVVV"),
            ("sv", "ÅÅÅÅ-MM-DD"),
            ("hu", "ÉÉÉÉ. HH. NN."),
            ("el", "ΗΗ/ΜΜ/ΕΕΕΕ"),
            ("bg", "ДД.ММ.ГГГГ\u{202f}г."),
        ];
        for (lang, expected) in cases {
            assert_eq!(
                entry_placeholder(lang, EntryStyle::Numeric).unwrap(),
                expected,
                "{lang}"
            );
        }
    }

    #[test]
    fn abbreviated_month_placeholders_keep_one_order() {
        assert_eq!(
            entry_placeholder("it", EntryStyle::AbbreviatedMonth).unwrap(),
            "GG-MMM-AAAA"
        );
        assert_eq!(
            entry_placeholder("de", EntryStyle::AbbreviatedMonth).unwrap(),
            "TT-MMM-JJJJ"
        );
        assert_eq!(
            entry_placeholder("en", EntryStyle::AbbreviatedMonth).unwrap(),
            "DD-MMM-YYYY"
        );
    }

    #[test]
    fn a_sample_that_is_not_the_probe_is_refused() {
        assert_eq!(
            numeric_placeholder("22.11.2033", "D", "M", "Y").as_deref(),
            Some("DD.MM.YYYY")
        );
        assert_eq!(
            numeric_placeholder("22.11.33", "D", "M", "Y").as_deref(),
            Some("DD.MM.YYYY")
        );
        assert_eq!(numeric_placeholder("22.11.2034", "D", "M", "Y"), None);
        assert_eq!(numeric_placeholder("22.22.2033", "D", "M", "Y"), None);
        assert_eq!(numeric_placeholder("22. Nov.", "D", "M", "Y"), None);
    }

    #[test]
    fn a_language_without_cldr_names_is_an_error() {
        let err = entry_placeholder("tlh", EntryStyle::Numeric).unwrap_err();
        assert!(err.contains("scripts/cldr-date-fields.py"), "{err}");
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(IsoDate::new(2025, 2, 29).is_err());
        assert!(IsoDate::new(2024, 2, 29).is_ok());
    }
}
