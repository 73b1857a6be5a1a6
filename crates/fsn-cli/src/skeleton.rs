//! `fsn new`: a notice skeleton made of what the author chose, and a messages file per language.
//!
//! The skeleton validates and renders at once, so an author sees a PDF from the first minute;
//! every message it adds says "TODO" so nothing unfinished goes unnoticed. It holds only what
//! the options asked for: the kind of notice decides the label and titles, and an intended-use
//! line, the reply form and the signatories are there when chosen.

use std::path::Path;

use fsn_core::model::RawIssuer;
use fsn_core::model::parse::parse_toml;
use fsn_core::{Diagnostic, Repository};

use crate::args::NoticeKind;
use crate::options::refuse_repeats;
use crate::output::{OutputFile, write_all};
use crate::report::Failure;

/// What the author chose for a new notice (`fsn new`'s options).
#[derive(Debug)]
pub(crate) struct NewNotice<'a> {
    pub(crate) id: &'a str,
    pub(crate) langs: &'a [String],
    pub(crate) issuer: &'a str,
    pub(crate) kind: NoticeKind,
    /// Title messages instead of the kind's.
    pub(crate) titles: &'a [String],
    pub(crate) no_label: bool,
    pub(crate) ivd: bool,
    /// `YYYY-MM-DD`; default today.
    pub(crate) date: Option<&'a str>,
    /// Issuer's signatory keys; default all of them.
    pub(crate) signatories: &'a [String],
    pub(crate) no_form: bool,
}

/// The letter's messages, in the order they appear, with a hint for the author.
const LETTER_MESSAGES: [(&str, &str); 11] = [
    (
        "intro",
        "why you are writing: the problem, the products, what this notice covers",
    ),
    ("summary-problem", "what is wrong and how it was found"),
    ("summary-risk", "the risk to patients and users"),
    ("issuer-actions", "what the manufacturer is doing"),
    (
        "issuer-actions-authorities",
        "that the authorities have been informed",
    ),
    ("customer-actions-intro", "what every customer must do"),
    ("customer-actions-step-one", "the first step"),
    ("customer-actions-step-two", "the second step"),
    (
        "customer-actions-note",
        "**NOTE:** a warning the customer must not miss",
    ),
    ("adverse-event-reporting", "how to report adverse events"),
    ("closing-remarks", "whom to contact with questions"),
];

/// The reply form's messages, written only when the notice has a form.
const FORM_MESSAGES: [(&str, &str); 5] = [
    (
        "form-intro",
        "what the customer confirms with the form and where to send it",
    ),
    (
        "form-q-received",
        "I confirm receipt of { $notice-id } and have read and understood it.",
    ),
    (
        "form-q-actions-done",
        "I confirm the customer actions have been carried out.",
    ),
    (
        "form-q-customers-identified",
        "I have identified the customers who received the products.",
    ),
    (
        "form-q-customers-informed",
        "I have informed the customers identified of this recall.",
    ),
];

const LETTER_TOML: &str = r#"#:schema ../../schemas/notice.schema.json
# {id}: describe the notice in one line. How to write a notice: notices/README.md.
id = "{id}"
# reference = "M-XXX-00000"             # the issuer's document reference, printed in the footer
issued = {date}
issuer = "{issuer}"
languages = [{languages}]
{choices}signatories = [{signatories}]

[[products]]                            # one table per affected product (notices/README.md, "Products")
name = "TODO product name"
catalog = ["TODO"]
udi-di = "not-available"                # or a list of GTIN-14s: ["00816270020637"]

[[sections]]                            # the letter, section by section ("Sections")
blocks = [{ paragraph = "intro" }, "product-table"]

[[sections]]
heading = "section-summary"
blocks = [{ paragraph = "summary-problem" }, { paragraph = "summary-risk" }]

[[sections]]
heading = "section-issuer-actions"
blocks = [{ paragraph = "issuer-actions" }, { paragraph = "issuer-actions-authorities" }]

[[sections]]
heading = "section-customer-actions"
blocks = [
  { paragraph = "customer-actions-intro" },
  { steps = ["customer-actions-step-one", "customer-actions-step-two"] },
  { note = "customer-actions-note" },
  { paragraph = "adverse-event-reporting" },
  { paragraph = "closing-remarks" },
]
"#;

const FORM_TOML: &str = r#"
[form]                                  # the reply form, on a page of its own ("The reply form")
intro = ["salutation", "form-intro"]

[[form.elements]]
kind = "text-field"
label = "form-company-name"

[[form.elements]]
kind = "person"

[[form.elements]]
kind = "table"
headings = ["product-table-name", "form-serial-numbers"]
product-rows = true

[[form.elements]]
kind = "questions"
heading = "form-customer-responses"
questions = ["form-q-received", "form-q-actions-done"]

[[form.elements]]
kind = "questions"
heading = "form-distributor-responses"
not-applicable = true
questions = ["form-q-customers-identified", "form-q-customers-informed"]

[[form.elements]]
kind = "date"
"#;

/// A message id as `fsn new` accepts it for a title.
fn is_message_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Creates `notices/<id>/` with `notice.toml` and `locales/<lang>.ftl`.
pub(crate) fn create(new: &NewNotice<'_>) -> Result<(), Failure> {
    let NewNotice {
        id, langs, issuer, ..
    } = *new;
    // The one rule for ids, the same the loader checks: `fsn new -- -x` made a notice whose
    // id reads as a flag (issue 12, D2).
    if let Err(problem) = fsn_core::base::names::check_notice_id(id) {
        return Err(Diagnostic::error("fsn::new::bad_id", problem)
            .with_help(fsn_core::base::names::NOTICE_ID_RULE)
            .into());
    }
    refuse_repeats("--lang", langs)?;
    let repository = Repository::discover(Path::new("."))?;
    let issuer_dir = repository.checked_issuer_dir(issuer)?;
    let dir = repository.notice_dir(id);
    if dir.exists() {
        return Err(Diagnostic::error(
            "fsn::new::exists",
            format!("{} already exists", dir.display()),
        )
        .with_help("choose another id, or edit the existing notice")
        .into());
    }
    let shared = repository.shared_languages();
    for lang in langs {
        if !shared.contains(lang) {
            return Err(Diagnostic::error(
                "fsn::l10n::unknown_language",
                format!("language `{lang}` has no shared messages under locales/"),
            )
            .with_help(format!("available languages: {}", shared.join(", ")))
            .into());
        }
    }
    let issuer_file = repository.read(&issuer_dir.join("issuer.toml"))?;
    let issuer_data: RawIssuer = parse_toml(&issuer_file)?;
    // Each language needs the issuer's own messages too (its legal line, job titles): a
    // skeleton in a language the issuer has none in would fail `fsn check` at once.
    let issuer_languages = issuer_languages(&repository, &issuer_dir);
    if let Some(lang) = langs.iter().find(|lang| !issuer_languages.contains(lang)) {
        return Err(Diagnostic::error(
            "fsn::new::issuer_language",
            format!("issuer `{issuer}` has no messages in `{lang}`"),
        )
        .with_help(format!(
            "its languages: {}; or first translate {}",
            issuer_languages.join(", "),
            issuer_dir.join("locales").join("en.ftl").display()
        ))
        .into());
    }
    // Wording the issuer's layer gives every notice (Illumina's standard form questions) is
    // not asked for again: only where the issuer has it in every language of the notice.
    let from_issuer: Vec<String> = {
        let per_lang: Vec<Vec<String>> = langs
            .iter()
            .map(|lang| issuer_message_ids(&repository, &issuer_dir, lang))
            .collect();
        per_lang
            .first()
            .map(|first| {
                first
                    .iter()
                    .filter(|id| per_lang.iter().all(|ids| ids.contains(id)))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    };

    let quoted = |items: &mut dyn Iterator<Item = &String>| {
        items
            .map(|item| format!("\"{item}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    refuse_repeats("--title", new.titles)?;
    refuse_repeats("--signatory", new.signatories)?;
    if let Some(bad) = new.titles.iter().find(|title| !is_message_id(title)) {
        return Err(Diagnostic::error(
            "fsn::new::bad_title",
            format!("`{bad}` is not a message id"),
        )
        .with_help("name a title message: lowercase letters, digits and '-', e.g. title-urgent-safety-notice")
        .into());
    }
    for key in new.signatories {
        if !issuer_data.signatories.contains_key(key) {
            return Err(Diagnostic::error(
                "fsn::new::unknown_signatory",
                format!("issuer `{issuer}` has no signatory `{key}`"),
            )
            .with_help(format!(
                "its signatories: {}",
                issuer_data
                    .signatories
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .into());
        }
    }
    let date = match new.date {
        Some(date) => checked_date(date)?,
        None => today(),
    };
    let (label, kind_titles) = new.kind.label_and_titles();
    let titles: Vec<String> = if new.titles.is_empty() {
        kind_titles
            .iter()
            .map(|title| (*title).to_owned())
            .collect()
    } else {
        new.titles.to_vec()
    };
    let mut choices = String::new();
    if let Some(label) = label.filter(|_| !new.no_label) {
        choices.push_str(&format!("label = \"{label}\"\n"));
    }
    choices.push_str(&format!("titles = [{}]\n", quoted(&mut titles.iter())));
    if new.ivd {
        choices.push_str("intended-use = \"intended-use-ivd\"\n");
    }
    let signatories: Vec<String> = if new.signatories.is_empty() {
        issuer_data.signatories.keys().cloned().collect()
    } else {
        new.signatories.to_vec()
    };
    let mut toml = LETTER_TOML
        .replace("{id}", id)
        .replace("{date}", &date)
        .replace("{issuer}", issuer)
        .replace("{languages}", &quoted(&mut langs.iter()))
        .replace("{choices}", &choices)
        .replace("{signatories}", &quoted(&mut signatories.iter()));
    if !new.no_form {
        toml.push_str(FORM_TOML);
    }
    // Without English, the notice is written in the first language it lists.
    let toml = match langs.first() {
        Some(first) if !langs.iter().any(|lang| lang == "en") => toml.replacen(
            "\nsignatories = ",
            &format!("\nsource-language = \"{first}\"\nsignatories = "),
            1,
        ),
        _ => toml,
    };
    // Titles that are no shared message become the notice's own, to be written.
    let shared_titles = shared_message_ids(&repository, langs.first().map_or("en", String::as_str));
    let own_titles: Vec<(String, &str)> = titles
        .iter()
        .filter(|title| !shared_titles.contains(*title))
        .map(|title| (title.clone(), "a title of the notice"))
        .collect();
    let mut files = vec![OutputFile {
        path: dir.join("notice.toml"),
        bytes: toml.into_bytes(),
    }];
    for lang in langs {
        let mut ftl = format!(
            "### status: draft\n\n# {id} ({lang}). Replace every TODO; keep the ids. Mark the file `### status: reviewed` once reviewed.\n# How to write messages, and the Fluent pitfalls: notices/README.md.\n\n"
        );
        let own = own_titles.iter().map(|(id, hint)| (id.as_str(), *hint));
        let form = FORM_MESSAGES.iter().copied().filter(|_| !new.no_form);
        let needed = LETTER_MESSAGES
            .into_iter()
            .chain(form)
            .filter(|(message, _)| !from_issuer.iter().any(|id| id == message));
        for (message, hint) in own.chain(needed) {
            ftl.push_str(&format!("{message} = TODO: {hint}\n"));
        }
        files.push(OutputFile {
            path: dir.join("locales").join(format!("{lang}.ftl")),
            bytes: ftl.into_bytes(),
        });
    }
    for path in write_all(files)? {
        eprintln!("wrote {}", path.display());
    }
    eprintln!("next: edit them, then `fsn render {}`", dir.display());
    Ok(())
}

/// The ids of the shared messages of a language (`locales/<lang>/*.ftl`), to tell a shared
/// title from one the notice must write.
fn shared_message_ids(repository: &Repository, lang: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for path in repository.ftl_files(&repository.shared_dir(lang)) {
        if let Ok(file) = repository.read(&path) {
            ids.extend(file.text().lines().filter_map(|line| {
                let (id, _) = line.split_once(" =")?;
                is_message_id(id).then(|| id.to_owned())
            }));
        }
    }
    ids
}

/// The languages the issuer has messages in (`issuers/<key>/locales/<lang>.ftl`), sorted.
fn issuer_languages(repository: &Repository, issuer_dir: &Path) -> Vec<String> {
    repository
        .messages_by_language(issuer_dir)
        .into_keys()
        .collect()
}

/// The ids of the messages of the issuer's file in one language.
fn issuer_message_ids(repository: &Repository, issuer_dir: &Path, lang: &str) -> Vec<String> {
    let path = issuer_dir.join("locales").join(format!("{lang}.ftl"));
    repository
        .read(&path)
        .map(|file| {
            file.text()
                .lines()
                .filter_map(|line| {
                    let (id, _) = line.split_once(" =")?;
                    is_message_id(id).then(|| id.to_owned())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A `--date` checked the way `issued` is: a real day, written YYYY-MM-DD.
fn checked_date(date: &str) -> Result<String, Failure> {
    let parts: Vec<&str> = date.split('-').collect();
    let valid = matches!(parts.as_slice(), [year, month, day]
        if year.len() == 4 && month.len() == 2 && day.len() == 2
            && fsn_core::base::date::IsoDate::new(
                year.parse().unwrap_or(0),
                month.parse().unwrap_or(0),
                day.parse().unwrap_or(0),
            ).is_ok());
    if valid {
        Ok(date.to_owned())
    } else {
        Err(Diagnostic::error(
            "fsn::new::bad_date",
            format!("`{date}` is not a date written YYYY-MM-DD"),
        )
        .with_help("e.g. --date 2026-12-01")
        .into())
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, for the skeleton's `issued` and a review's date.
pub(crate) fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    let (year, month, day) = civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0));
    format!("{year:04}-{month:02}-{day:02}")
}

/// Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_104), (2025, 1, 16));
        assert_eq!(civil_from_days(19_417), (2023, 3, 1));
    }
}
