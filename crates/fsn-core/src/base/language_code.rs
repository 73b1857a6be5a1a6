//! Three-letter language codes, as manufacturers print them in document numbers
//! ("FSN2023-1338 DEU").
//!
//! ISO 639-2 has two three-letter sets; printed notices use the terminology codes (639-2/T:
//! DEU, CES, FRA), which are also the ISO 639-3 codes, not the bibliographic ones (GER, CZE,
//! FRE). Source: the ISO 639-2 Registration Authority's code list (Library of Congress),
//! for the official languages of the EU and EEA and those of Switzerland.

/// ISO 639-1 code → ISO 639-2/T code, sorted by the first.
const CODES: [(&str, &str); 28] = [
    ("bg", "bul"),
    ("cs", "ces"),
    ("da", "dan"),
    ("de", "deu"),
    ("el", "ell"),
    ("en", "eng"),
    ("es", "spa"),
    ("et", "est"),
    ("fi", "fin"),
    ("fr", "fra"),
    ("ga", "gle"),
    ("hr", "hrv"),
    ("hu", "hun"),
    ("is", "isl"),
    ("it", "ita"),
    ("lt", "lit"),
    ("lv", "lav"),
    ("mt", "mlt"),
    ("nb", "nob"),
    ("nl", "nld"),
    ("no", "nor"),
    ("pl", "pol"),
    ("pt", "por"),
    ("rm", "roh"),
    ("ro", "ron"),
    ("sk", "slk"),
    ("sl", "slv"),
    ("sv", "swe"),
];

/// The ISO 639-2/T code of a language tag's language, in upper case ("de-CH" → "DEU").
pub fn three_letter_code(lang: &str) -> Option<String> {
    let language = lang.split(['-', '_']).next()?.to_ascii_lowercase();
    CODES
        .binary_search_by(|(two, _)| (*two).cmp(language.as_str()))
        .ok()
        .map(|index| CODES[index].1.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminology_codes_in_upper_case() {
        assert_eq!(three_letter_code("de").as_deref(), Some("DEU"));
        assert_eq!(three_letter_code("cs").as_deref(), Some("CES"));
        assert_eq!(three_letter_code("pt-PT").as_deref(), Some("POR"));
        assert_eq!(three_letter_code("xx"), None);
    }

    #[test]
    fn the_table_is_sorted_for_the_search() {
        assert!(CODES.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }
}
