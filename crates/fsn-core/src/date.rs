//! Calendar dates: the notice's one ISO date, and its long form in each language from CLDR data.

use std::fmt;

use icu_calendar::Date;
use icu_calendar::cal::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{M, YMDE};
use icu_locale_core::Locale;
use serde::Serialize;

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

    /// The long form with weekday in the given language, e.g. "Giovedì 16 gennaio 2025".
    ///
    /// The first letter is capitalised because the date opens the letter: CLDR's
    /// "begin-sentence" context, which several languages (Italian among them) print in capitals.
    pub fn long(&self, lang: &str) -> Result<String, String> {
        let locale: Locale = lang
            .parse()
            .map_err(|err| format!("bad locale `{lang}`: {err}"))?;
        let formatter =
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YMDE::long())
                .map_err(|err| format!("no date format for `{lang}`: {err}"))?;
        let date = Date::try_new_gregorian(self.year, self.month, self.day)
            .map_err(|err| format!("{self} is not a calendar date ({err})"))?;
        Ok(capitalize_first(&formatter.format(&date).to_string()))
    }
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
    fn long_dates_as_the_seeds_print_them() {
        let date = IsoDate::new(2025, 1, 16).unwrap();
        assert_eq!(date.long("it").unwrap(), "Giovedì 16 gennaio 2025");
        assert_eq!(date.long("de").unwrap(), "Donnerstag, 16. Januar 2025");
        assert_eq!(date.long("en").unwrap(), "Thursday, January 16, 2025");
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

    #[test]
    fn impossible_dates_are_refused() {
        assert!(IsoDate::new(2025, 2, 29).is_err());
        assert!(IsoDate::new(2024, 2, 29).is_ok());
    }
}
