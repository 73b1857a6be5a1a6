//! `fsn new`: a notice skeleton with every section and a messages file per language.
//!
//! The skeleton validates and renders at once, so an author sees a PDF from the first minute;
//! every message says "TODO" so nothing unfinished goes unnoticed.

use std::path::Path;

use fsn_core::model::RawIssuer;
use fsn_core::project::parse_toml;
use fsn_core::{Diagnostic, Repository, SourceFile};

use crate::output::{OutputFile, write_all};
use crate::report::Failure;

/// The messages of a new notice, in the order they appear, with a hint for the author.
const MESSAGES: [(&str, &str); 16] = [
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

const NOTICE_TOML: &str = r#"#:schema ../../schemas/notice.schema.json
# {id}: describe the notice in one line.
id = "{id}"
# reference = "M-XXX-00000"
issued = {date}
issuer = "{issuer}"
languages = [{languages}]
label = "label-recall"
titles = ["title-quality-notification", "title-urgent-device-recall", "title-urgent-safety-notice"]
intended-use = "intended-use-ivd"
signatories = [{signatories}]

[[products]]
name = "TODO product name"
catalog = ["TODO"]
udi-di = "not-available"   # or a list of GTIN-14s: ["00816270020637"]

[[sections]]
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

[form]
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

/// Creates `notices/<id>/` with `notice.toml` and `locales/<lang>.ftl`.
pub(crate) fn create(id: &str, langs: &[String], issuer: &str) -> Result<(), Failure> {
    let plain = !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !plain {
        return Err(
            Diagnostic::error("fsn::new::bad_id", format!("`{id}` is not a notice id"))
                .with_help("use letters, digits and '-', e.g. FSN2026-0001")
                .into(),
        );
    }
    let repository = Repository::discover(Path::new("."))?;
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
    let issuer_file = SourceFile::read(
        &repository
            .root()
            .join("issuers")
            .join(issuer)
            .join("issuer.toml"),
    )?;
    let issuer_data: RawIssuer = parse_toml(&issuer_file)?;

    let quoted = |items: &mut dyn Iterator<Item = &String>| {
        items
            .map(|item| format!("\"{item}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let toml = NOTICE_TOML
        .replace("{id}", id)
        .replace("{date}", &today())
        .replace("{issuer}", issuer)
        .replace("{languages}", &quoted(&mut langs.iter()))
        .replace(
            "{signatories}",
            &quoted(&mut issuer_data.signatories.keys()),
        );
    // Without English, the notice is written in the first language it lists.
    let toml = match langs.first() {
        Some(first) if !langs.iter().any(|lang| lang == "en") => toml.replacen(
            "\nlabel = ",
            &format!("\nsource-language = \"{first}\"\nlabel = "),
            1,
        ),
        _ => toml,
    };
    let mut files = vec![OutputFile {
        path: dir.join("notice.toml"),
        bytes: toml.into_bytes(),
    }];
    for lang in langs {
        let mut ftl = format!(
            "### status: draft\n\n# {id} ({lang}). Replace every TODO; keep the ids. Mark the file `### status: reviewed` once reviewed.\n\n"
        );
        for (message, hint) in MESSAGES {
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
