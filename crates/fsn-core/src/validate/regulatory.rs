//! The regulatory facts of a notice — its type, the FSCA it belongs to, the countries concerned,
//! the reply deadline, its audience, the manufacturer's SRN — checked during validation.
//!
//! Every field is optional here; a regulatory profile (`crate::profile`) decides which ones a
//! notice needs. What is checked here holds for any notice: a date is a real date, a country
//! is an ISO 3166-1 code, an SRN has the EUDAMED shape. See: issue 14.

use super::checker::Checker;
use crate::base::country;
use crate::base::date::IsoDate;
use crate::base::diagnostic::Diagnostic;
use crate::base::toml_spans::Key;
use crate::model::{FsnType, Layout, RawIssuer, RawNotice, RawUdiDi, UsAction};

/// The regulatory facts of a checked notice.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Regulatory {
    /// Profiles the notice asks `fsn check` and `fsn build` to apply.
    pub profiles: Vec<String>,
    /// New, update, follow-up or other.
    pub fsn_type: Option<FsnType>,
    /// The notice this one updates or follows up.
    pub previous_notice: Option<PreviousNotice>,
    /// Identifier of the field safety corrective action.
    pub fsca_id: Option<String>,
    /// Countries concerned, ISO 3166-1 alpha-2.
    pub countries: Vec<String>,
    /// Date by which customers must reply.
    pub reply_by: Option<IsoDate>,
    /// Messages naming the audience ("for the attention of").
    pub attention: Vec<String>,
    /// Whether users must inform patients.
    pub inform_patients: Option<bool>,
    /// Message naming the type of action.
    pub action_type: Option<String>,
    /// What the US recall letter calls the action.
    pub us_action: UsAction,
    /// The manufacturer's registration data, from the issuer.
    pub manufacturer: Manufacturer,
}

/// The notice an update or follow-up refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PreviousNotice {
    /// Its reference.
    pub reference: String,
    /// Its issue date.
    pub issued: IsoDate,
    /// Message stating the key new information.
    pub key_information: Option<String>,
}

/// The issuer's registration data.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Manufacturer {
    /// Single registration number (EUDAMED).
    pub srn: Option<String>,
    /// Postal address, line by line.
    pub address: Vec<String>,
    /// Website.
    pub website: Option<String>,
}

impl Checker<'_> {
    /// Checks the regulatory fields of a notice and its issuer.
    pub(super) fn regulatory(
        &mut self,
        raw: &RawNotice,
        issuer: &RawIssuer,
        issued: Option<IsoDate>,
    ) -> Regulatory {
        let check = self;
        check.profile_names(&raw.profiles);
        let previous_notice = check.previous_notice(raw, issued);
        let fsca_id = raw.fsca_id.clone();
        if fsca_id.as_deref().is_some_and(|id| id.trim().is_empty()) {
            check.notice_error(
                &["fsca-id".into()],
                "fsn::validate::empty_fsca_id",
                "`fsca-id` is empty".to_owned(),
                "write the action's identifier, e.g. fsca-id = \"FSCA-2026-001\", or leave it out",
            );
        }
        check.countries(&raw.countries);
        let reply_by = raw
            .reply_by
            .as_ref()
            .and_then(|date| check.date(date, &["reply-by".into()]));
        if let (Some(reply_by), Some(issued)) = (reply_by, issued)
            && reply_by < issued
        {
            check.notice_error(
                &["reply-by".into()],
                "fsn::validate::reply_before_issue",
                format!("the reply deadline {reply_by} is before the issue date {issued}"),
                "give a reply deadline on or after `issued`",
            );
        }
        for (index, id) in raw.attention.iter().enumerate() {
            check.notice_ref(id, &["attention".into(), index.into()]);
        }
        if let Some(id) = &raw.action_type {
            check.notice_ref(id, &["action-type".into()]);
        }
        check.udi_di_reasons(raw);
        // Said in a notice that does not print it, it would be a silent no-op.
        let layout = raw.layout.or(issuer.layout).unwrap_or_default();
        if raw.us_action.is_some() && layout != Layout::UsRecall {
            let span = check.notice_spans.span(&["us-action".into()]);
            check.diagnostics.push(
                Diagnostic::warning(
                    "fsn::validate::us_action_not_printed",
                    "`us-action` is printed only by the us-recall layout",
                )
                .at(check.notice_file, span)
                .with_help("set layout = \"us-recall\", or leave `us-action` out"),
            );
        }
        let manufacturer = check.manufacturer(issuer);
        Regulatory {
            profiles: raw.profiles.clone(),
            fsn_type: raw.fsn_type,
            previous_notice,
            fsca_id,
            countries: raw.countries.clone(),
            reply_by,
            attention: raw.attention.clone(),
            inform_patients: raw.inform_patients,
            action_type: raw.action_type.clone(),
            us_action: raw.us_action.unwrap_or_default(),
            manufacturer,
        }
    }

    fn date(&mut self, date: &toml::value::Datetime, path: &[Key<'_>]) -> Option<IsoDate> {
        let (Some(day), None, None) = (date.date, date.time, date.offset) else {
            self.notice_error(
                path,
                "fsn::validate::not_a_date",
                format!("expected a date without time, found `{date}`"),
                "write the date as YYYY-MM-DD, e.g. 2026-03-31",
            );
            return None;
        };
        match IsoDate::new(i32::from(day.year), day.month, day.day) {
            Ok(date) => Some(date),
            Err(message) => {
                self.notice_error(
                    path,
                    "fsn::validate::bad_date",
                    message,
                    "use a real calendar date",
                );
                None
            }
        }
    }

    fn profile_names(&mut self, names: &[String]) {
        for (index, name) in names.iter().enumerate() {
            if !crate::base::names::is_plain_name(name) {
                self.notice_error(
                    &["profiles".into(), index.into()],
                    "fsn::validate::bad_profile_name",
                    format!("profile `{name}` is not a plain name"),
                    "name a file under profiles/ without its extension, e.g. profiles = [\"eu-mdr\"]",
                );
            }
        }
    }

    fn previous_notice(
        &mut self,
        raw: &RawNotice,
        issued: Option<IsoDate>,
    ) -> Option<PreviousNotice> {
        let previous = raw.previous_notice.as_ref()?;
        let at = |field| ["previous-notice".into(), Key::Field(field)];
        if matches!(raw.fsn_type, Some(FsnType::New)) {
            self.notice_error(
                &["fsn-type".into()],
                "fsn::validate::new_with_previous",
                "a notice of type `new` names a previous notice".to_owned(),
                "set fsn-type = \"update\" or \"follow-up\", or remove [previous-notice]",
            );
        }
        if previous.reference.trim().is_empty() {
            self.notice_error(
                &at("reference"),
                "fsn::validate::empty_previous_reference",
                "the previous notice's reference is empty".to_owned(),
                "write the reference of the notice this one updates, e.g. reference = \"FSN2024-1562\"",
            );
        }
        let previous_issued = self.date(&previous.issued, &at("issued"));
        if let (Some(before), Some(issued)) = (previous_issued, issued)
            && before > issued
        {
            self.notice_error(
                &at("issued"),
                "fsn::validate::previous_after_issue",
                format!("the previous notice ({before}) is dated after this one ({issued})"),
                "give the issue date of the earlier notice",
            );
        }
        if let Some(id) = &previous.key_information {
            self.notice_ref(id, &at("key-information"));
        }
        previous_issued.map(|issued| PreviousNotice {
            reference: previous.reference.clone(),
            issued,
            key_information: previous.key_information.clone(),
        })
    }

    fn countries(&mut self, countries: &[String]) {
        for (index, code) in countries.iter().enumerate() {
            let path = ["countries".into(), index.into()];
            if !country::is_country(code) {
                let help = country::suggestion(code).unwrap_or(
                    "use the ISO 3166-1 alpha-2 code in capitals, e.g. \"IT\", \"DE\", \"CH\"",
                );
                self.notice_error(
                    &path,
                    "fsn::validate::bad_country",
                    format!("`{code}` is not an ISO 3166-1 alpha-2 country code"),
                    help,
                );
            } else if countries[..index].contains(code) {
                self.notice_error(
                    &path,
                    "fsn::validate::duplicate_country",
                    format!("country `{code}` is listed twice"),
                    "list each country once",
                );
            }
        }
    }

    fn udi_di_reasons(&mut self, raw: &RawNotice) {
        for (index, product) in raw.products.iter().enumerate() {
            let Some(reason) = &product.udi_di_reason else {
                continue;
            };
            let path = ["products".into(), index.into(), "udi-di-reason".into()];
            if matches!(product.udi_di, RawUdiDi::List(_)) {
                self.notice_error(
                    &path,
                    "fsn::validate::udi_di_reason_with_udi_di",
                    format!(
                        "product {} has UDI-DIs and a reason for having none",
                        index + 1
                    ),
                    "keep `udi-di-reason` only with udi-di = \"not-available\"",
                );
            }
            self.notice_ref(reason, &path);
        }
    }

    fn manufacturer(&mut self, issuer: &RawIssuer) -> Manufacturer {
        let issuer_file = self.issuer_file;
        let spans = &self.issuer_spans;
        let mut problem = |field: &str, code, message: String, help: &str| {
            self.diagnostics.push(
                Diagnostic::error(code, message)
                    .at(issuer_file, spans.span(&[field.into()]))
                    .with_help(help),
            );
        };
        if let Some(srn) = &issuer.srn
            && !is_srn(srn)
        {
            problem(
                "srn",
                "fsn::validate::bad_srn",
                format!("`{srn}` is not a single registration number"),
                "an SRN is the country code, the actor type and nine digits, e.g. \"US-MF-000012345\"",
            );
        }
        if let Some(website) = &issuer.website
            && !(website.starts_with("https://") || website.starts_with("http://"))
        {
            problem(
                "website",
                "fsn::validate::bad_website",
                format!("website `{website}` is not a web address"),
                "write the full address, e.g. \"https://www.example.com\"",
            );
        }
        if issuer.address.iter().any(|line| line.trim().is_empty()) {
            problem(
                "address",
                "fsn::validate::empty_address_line",
                "the issuer's address has an empty line".to_owned(),
                "remove the empty line",
            );
        }
        Manufacturer {
            srn: issuer.srn.clone(),
            address: issuer.address.clone(),
            website: issuer.website.clone(),
        }
    }
}

/// Whether `srn` has the shape of a EUDAMED single registration number: an ISO country code,
/// the actor type (`MF` manufacturer, `AR` authorised representative, `IM` importer, `PR`
/// system or procedure pack producer) and nine digits, e.g. `DE-MF-000012345`.
pub fn is_srn(srn: &str) -> bool {
    let mut parts = srn.split('-');
    let (Some(country_code), Some(actor), Some(number), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    country::is_country(country_code)
        && ["MF", "AR", "IM", "PR"].contains(&actor)
        && number.len() == 9
        && number.bytes().all(|byte| byte.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn srn_shape() {
        assert!(is_srn("US-MF-000012345"));
        assert!(is_srn("DE-AR-000000001"));
        assert!(!is_srn("US-MF-12345"));
        assert!(!is_srn("XX-MF-000012345"));
        assert!(!is_srn("US-XX-000012345"));
        assert!(!is_srn("US-MF-000012345-1"));
    }
}
