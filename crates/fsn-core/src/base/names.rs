//! Names that become file and folder names: notice ids and issuer keys, checked in one place.
//!
//! A notice id names its folder and its output files (`dist/<id>/<id>_<lang>.pdf`); an issuer
//! key names a folder under `issuers/`. Both reach the file system and links, so both are
//! held to a small character set that cannot climb out of a folder (`/`, `\`, `..`), read as a
//! command-line flag (a leading `-`) or differ only in case on case-insensitive disks.
//!
//! See: issue 12, D2 (an id of `../../x` wrote outside the output folder).

/// The longest notice id or issuer key.
pub const MAX_NAME_LEN: usize = 64;

/// The rule for notice ids, in the words of notices/README.md.
pub const NOTICE_ID_RULE: &str = "a notice id is 1 to 64 ASCII letters, digits, '-' and '_', starting with a letter or digit, e.g. FSN2026-0001";

/// The rule for issuer keys, in the words of notices/README.md.
pub const ISSUER_KEY_RULE: &str = "an issuer key is 1 to 64 lowercase ASCII letters, digits and '-', starting with a letter or digit, e.g. illumina";

/// The JSON Schema pattern of a notice id (the same rule as [`check_notice_id`]).
pub const NOTICE_ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";

/// The JSON Schema pattern of an issuer key (the same rule as [`check_issuer_key`]).
pub const ISSUER_KEY_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";

/// Whether `id` may be a notice id; `Err` says what is wrong with it.
pub fn check_notice_id(id: &str) -> Result<(), String> {
    check(id, "notice id", |c| {
        c.is_ascii_alphanumeric() || c == '-' || c == '_'
    })
}

/// Whether `key` may be an issuer key; `Err` says what is wrong with it.
pub fn check_issuer_key(key: &str) -> Result<(), String> {
    check(key, "issuer key", |c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
    })
}

fn check(name: &str, what: &str, allowed: impl Fn(char) -> bool) -> Result<(), String> {
    let shown = name.escape_debug();
    let Some(first) = name.chars().next() else {
        return Err(format!("the {what} is empty"));
    };
    if name.chars().count() > MAX_NAME_LEN {
        return Err(format!(
            "the {what} `{shown}` is longer than {MAX_NAME_LEN} characters"
        ));
    }
    if name.contains(['/', '\\']) || name.contains("..") {
        return Err(format!("the {what} `{shown}` is a path, not a name"));
    }
    if first == '-' || first == '_' {
        return Err(format!(
            "the {what} `{shown}` starts with `{first}` (it would read as a command-line flag)"
        ));
    }
    if let Some(bad) = name.chars().find(|c| !allowed(*c)) {
        return Err(format!(
            "the {what} `{shown}` contains `{}`, which names may not hold",
            bad.escape_debug()
        ));
    }
    Ok(())
}

/// Whether `name` can name a profile or language table under `profiles/`: lowercase letters,
/// digits and `-`.
pub fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_ids_are_plain_names() {
        for good in ["FSN2025-1682", "EXAMPLE-0001", "a", "x_1", &"A".repeat(64)] {
            assert_eq!(check_notice_id(good), Ok(()), "{good}");
        }
        for bad in [
            "",
            "/elsewhere/ABS",
            "../../x",
            "..",
            "a..b",
            "a\\b",
            "-x",
            "_x",
            "a b",
            "a.b",
            "é",
            "a\u{1b}",
            &"A".repeat(65),
        ] {
            assert!(check_notice_id(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn issuer_keys_are_lowercase_names() {
        assert_eq!(check_issuer_key("illumina"), Ok(()));
        assert_eq!(check_issuer_key("acme-2"), Ok(()));
        for bad in ["", "Illumina", "../../etc", "-x", "a_b", "a/b"] {
            assert!(check_issuer_key(bad).is_err(), "{bad:?} accepted");
        }
    }
}
