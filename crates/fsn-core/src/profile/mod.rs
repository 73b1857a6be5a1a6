//! Regulatory profiles: what a jurisdiction, or a company, requires a field safety notice to
//! say, kept as data in `profiles/<name>.toml` and checked after validation.
//!
//! A profile is a list of rules. Each rule names one of a fixed set of generic checks (a field
//! is given, a section has a role, every product has a UDI-DI, …), a severity, the legal or
//! guidance source it comes from, a message and a help. This module knows the checks, never a
//! jurisdiction: a new one, or an issuer's own rules, is a new TOML file. See: issue 14.

mod languages;

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use serde::Deserialize;

use crate::base::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::base::toml_spans::{Key, TomlSpans};
use crate::compose::loaded::LoadedNotice;
use crate::model::{Column, FormRole, FsnType, Layout, RawBlock, SectionRole, UsAction};

pub use self::languages::{Basis, LanguageTable};

/// `profiles/<name>.toml`, as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawProfile {
    /// What the profile checks, e.g. "EU MDR 2017/745: field safety notices".
    pub title: String,
    /// Requirements of the sources that no rule checks, written down so no one relies on them.
    #[serde(default)]
    pub not_checked: Vec<String>,
    /// The rules, in the order their findings are reported.
    pub rules: Vec<RawRule>,
}

/// One rule of a profile.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRule {
    /// Identifier, unique in the profile, e.g. `udi-di`.
    pub id: String,
    /// Whether a finding fails `fsn check` and `fsn build`.
    pub severity: RuleSeverity,
    /// The legal text or guidance the rule comes from, e.g. "MDR 2017/745 Art. 89(8)".
    pub source: String,
    /// What is checked.
    pub check: Check,
    /// What is wrong, lowercase, e.g. "the notice does not identify every device by its UDI-DI".
    pub message: String,
    /// How to fix it: what to add where.
    pub help: String,
}

/// How bad a finding of a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleSeverity {
    /// Fails `fsn check` and `fsn build`.
    Error,
    /// Reported; does not fail.
    Warning,
}

/// The generic checks a rule can make.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// `{ field = "fsca-id" }`: a field of the notice (or its issuer) is given.
    Field(Field),
    /// `{ role = "hazard" }`: a section has this role.
    Role(SectionRole),
    /// `"udi-di"`: every product has a UDI-DI, or `udi-di-reason` says why not.
    UdiDi,
    /// `"user-action"`: a `user-actions` section lists at least one action.
    UserAction,
    /// `{ form = "customer-reply" }`: the reply form has an element with this role.
    Form(FormRole),
    /// `{ marking = { texts = { en = ["…"] } } }`: the title or label says this in every
    /// published language, checked on the composed text.
    Marking(Marking),
    /// `"update-reference"`: an update or follow-up names the notice it updates and what is new.
    UpdateReference,
    /// `{ language-coverage = "eu-languages" }`: the published languages cover those each
    /// country concerned requires, after `profiles/<table>.toml`.
    LanguageCoverage(String),
    /// `{ action-wording = { correction = ["recall"] } }`: in a notice of the `us-recall`
    /// layout, no title nor the form's heading or title names another action than the marking
    /// printed after `us-action`.
    ActionWording(ActionWording),
    /// `"affected-units"`: every product says which of its units are affected: lots or serial
    /// numbers, or a serial hint or versions in a column that prints them.
    AffectedUnits,
}

/// The wordings that contradict the US letter's marking, for each `us-action`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ActionWording {
    /// Words a recall's titles and form must not say, e.g. `["correction"]`.
    #[serde(default)]
    pub recall: Vec<String>,
    /// Words a correction's titles and form must not say, e.g. `["recall"]`.
    #[serde(default)]
    pub correction: Vec<String>,
}

/// A field a profile may require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// `fsn-type`.
    FsnType,
    /// `fsca-id`.
    FscaId,
    /// `countries`.
    Countries,
    /// `reply-by`.
    ReplyBy,
    /// `attention`.
    Attention,
    /// `inform-patients`.
    InformPatients,
    /// `reference`.
    Reference,
    /// `srn` in `issuer.toml`.
    IssuerSrn,
    /// `address` in `issuer.toml`.
    IssuerAddress,
    /// `website` in `issuer.toml`.
    IssuerWebsite,
}

impl Field {
    /// The key as written in `notice.toml` or `issuer.toml`.
    fn key(self) -> &'static str {
        match self {
            Self::FsnType => "fsn-type",
            Self::FscaId => "fsca-id",
            Self::Countries => "countries",
            Self::ReplyBy => "reply-by",
            Self::Attention => "attention",
            Self::InformPatients => "inform-patients",
            Self::Reference => "reference",
            Self::IssuerSrn => "srn",
            Self::IssuerAddress => "address",
            Self::IssuerWebsite => "website",
        }
    }

    fn in_issuer(self) -> bool {
        matches!(
            self,
            Self::IssuerSrn | Self::IssuerAddress | Self::IssuerWebsite
        )
    }
}

/// The wording a title must carry.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Marking {
    /// Accepted wordings per language; the label or a title line must contain one of them
    /// (ignoring case and punctuation).
    pub texts: BTreeMap<String, Vec<String>>,
    /// What a published language without wordings gets.
    #[serde(default)]
    pub other_languages: OtherLanguages,
}

/// What a marking rule does with a language it has no wording for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OtherLanguages {
    /// A finding: the title cannot be checked in that language.
    #[default]
    Report,
    /// Nothing: the requirement concerns the listed languages only (a US letter is English).
    Skip,
}

/// A profile read from `profiles/<name>.toml`.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Its name, the file name without `.toml`.
    pub name: String,
    /// The file, for diagnostics about the profile itself.
    pub file: Arc<SourceFile>,
    /// Its content.
    pub raw: RawProfile,
}

/// Where the rules find the data they read: the profiles and language tables under
/// `profiles/`. The repository provides them ([`crate::repo`]); profiles read nothing
/// themselves.
pub trait ProfileSource {
    /// `profiles/<name>.toml`, read and checked ([`Profile::checked`]).
    fn profile(&self, name: &str) -> Result<Profile, Diagnostics>;
    /// `profiles/<name>.toml` as a language table, read and checked ([`LanguageTable::checked`]).
    fn language_table(&self, name: &str) -> Result<LanguageTable, Diagnostic>;
}

impl Profile {
    /// Checks a profile as read: each rule has an id of its own.
    pub fn checked(
        name: &str,
        file: Arc<SourceFile>,
        raw: RawProfile,
    ) -> Result<Self, Diagnostics> {
        let spans = TomlSpans::new(file.text());
        let mut problems = Diagnostics::default();
        let mut ids = HashSet::new();
        for (index, rule) in raw.rules.iter().enumerate() {
            if !ids.insert(rule.id.as_str()) {
                problems.push(
                    Diagnostic::error(
                        "fsn::profile::duplicate_rule",
                        format!("rule `{}` is defined twice in profile `{name}`", rule.id),
                    )
                    .at(
                        &file,
                        spans.span(&["rules".into(), index.into(), "id".into()]),
                    )
                    .with_help("give each rule of a profile its own id"),
                );
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Profile {
            name: name.to_owned(),
            file,
            raw,
        })
    }
}

/// Applies the profiles a notice names in `profiles = [...]`: errors fail the load, warnings
/// join the notice's warnings. Called by [`crate::repo::Repository::load_languages`].
pub fn enforce(
    source: &dyn ProfileSource,
    mut loaded: LoadedNotice,
) -> Result<LoadedNotice, Diagnostics> {
    if loaded.notice.regulatory.profiles.is_empty() {
        return Ok(loaded);
    }
    let spans = TomlSpans::new(loaded.notice_file().text());
    let mut findings = Diagnostics::default();
    for (index, name) in loaded.notice.regulatory.profiles.iter().enumerate() {
        match source.profile(name) {
            Ok(profile) => findings.0.extend(apply(source, &profile, &loaded)),
            Err(problems) => findings.0.extend(problems.0.into_iter().map(|problem| {
                // An unknown profile is the notice's mistake: point at its name.
                if problem.location.is_none() {
                    let span = spans.span(&["profiles".into(), index.into()]);
                    problem.at(loaded.notice_file(), span)
                } else {
                    problem
                }
            })),
        }
    }
    if findings.has_errors() {
        let mut all = std::mem::take(&mut loaded.warnings);
        all.extend(findings.0);
        return Err(Diagnostics(all));
    }
    loaded.warnings.extend(findings.0);
    Ok(loaded)
}

/// Applies the named profiles (`fsn check --profile`) to a loaded notice, leaving out those
/// the notice names itself: loading applied them already.
pub fn check(source: &dyn ProfileSource, loaded: &LoadedNotice, names: &[String]) -> Diagnostics {
    let mut findings = Diagnostics::default();
    let mut seen: HashSet<&str> = loaded
        .notice
        .regulatory
        .profiles
        .iter()
        .map(String::as_str)
        .collect();
    for name in names {
        if !seen.insert(name) {
            continue;
        }
        match source.profile(name) {
            Ok(profile) => findings.0.extend(apply(source, &profile, loaded)),
            Err(problems) => findings.0.extend(problems.0),
        }
    }
    findings
}

/// Every finding of one profile's rules on one notice.
pub fn apply(
    source: &dyn ProfileSource,
    profile: &Profile,
    loaded: &LoadedNotice,
) -> Vec<Diagnostic> {
    let mut context = Context {
        source,
        profile,
        loaded,
        spans: TomlSpans::new(loaded.notice_file().text()),
        issuer_spans: TomlSpans::new(loaded.issuer_file().text()),
        findings: Vec::new(),
    };
    for rule in &profile.raw.rules {
        context.rule(rule);
    }
    context.findings
}

struct Context<'a> {
    source: &'a dyn ProfileSource,
    profile: &'a Profile,
    loaded: &'a LoadedNotice,
    spans: TomlSpans<'a>,
    issuer_spans: TomlSpans<'a>,
    findings: Vec<Diagnostic>,
}

/// Where a finding points.
enum Place<'p> {
    /// A value in `notice.toml`.
    Notice(&'p [Key<'p>]),
    /// A value in `issuer.toml`.
    Issuer(&'p [Key<'p>]),
    /// A place in another file, such as a message's definition.
    File(&'p Arc<SourceFile>, std::ops::Range<usize>),
}

impl Context<'_> {
    fn rule(&mut self, rule: &RawRule) {
        let notice = &self.loaded.notice;
        let regulatory = &notice.regulatory;
        match &rule.check {
            Check::Field(field) => self.field(rule, *field),
            Check::Role(role) => {
                if !notice.sections.iter().any(|s| s.role.contains(role)) {
                    self.finding(
                        rule,
                        "fsn::profile::missing_role",
                        format!("no section has role `{}`", role.name()),
                        Place::Notice(&["sections".into()]),
                    );
                }
            }
            Check::UdiDi => {
                for (index, product) in notice.products.iter().enumerate() {
                    if product.udi_di.is_none() && product.udi_di_reason.is_none() {
                        let path = ["products".into(), index.into(), "udi-di".into()];
                        self.finding(
                            rule,
                            "fsn::profile::udi_di",
                            format!(
                                "product {} is \"not-available\" without `udi-di-reason`",
                                index + 1
                            ),
                            Place::Notice(&path),
                        );
                    }
                }
            }
            Check::UserAction => self.user_action(rule),
            Check::Form(role) => match &notice.form {
                None => self.finding(
                    rule,
                    "fsn::profile::missing_form",
                    "the notice has no reply form".to_owned(),
                    Place::Notice(&["id".into()]),
                ),
                Some(form) if !form.elements.iter().any(|e| e.role() == Some(*role)) => self
                    .finding(
                        rule,
                        "fsn::profile::missing_form",
                        format!("no element of the reply form has role `{}`", role.name()),
                        Place::Notice(&["form".into()]),
                    ),
                Some(_) => {}
            },
            Check::Marking(marking) => self.marking(rule, marking),
            Check::UpdateReference => {
                let kind = match regulatory.fsn_type {
                    Some(FsnType::Update) => "an update",
                    Some(FsnType::FollowUp) => "a follow-up",
                    _ => return,
                };
                match &regulatory.previous_notice {
                    None => self.finding(
                        rule,
                        "fsn::profile::update_reference",
                        format!("{kind} that names no [previous-notice]"),
                        Place::Notice(&["fsn-type".into()]),
                    ),
                    Some(previous) if previous.key_information.is_none() => self.finding(
                        rule,
                        "fsn::profile::update_reference",
                        format!("{kind} that does not state its key new information"),
                        Place::Notice(&["previous-notice".into()]),
                    ),
                    Some(_) => {}
                }
            }
            Check::LanguageCoverage(table) => self.language_coverage(rule, table),
            Check::ActionWording(wording) => self.action_wording(rule, wording),
            Check::AffectedUnits => self.affected_units(rule),
        }
    }

    fn finding(&mut self, rule: &RawRule, code: &'static str, detail: String, place: Place<'_>) {
        let message = format!(
            "{}: {detail} [{} {}; {}]",
            rule.message, self.profile.name, rule.id, rule.source
        );
        let diagnostic = match rule.severity {
            RuleSeverity::Error => Diagnostic::error(code, message),
            RuleSeverity::Warning => Diagnostic::warning(code, message),
        }
        .with_help(&rule.help)
        .with_label(format!("{} {}", self.profile.name, rule.id));
        let diagnostic = match place {
            Place::Notice(path) => diagnostic.at(self.loaded.notice_file(), self.spans.span(path)),
            Place::Issuer(path) => {
                diagnostic.at(self.loaded.issuer_file(), self.issuer_spans.span(path))
            }
            Place::File(file, span) => diagnostic.at(file, span),
        };
        self.findings.push(diagnostic);
    }

    fn field(&mut self, rule: &RawRule, field: Field) {
        let notice = &self.loaded.notice;
        let regulatory = &notice.regulatory;
        let manufacturer = &regulatory.manufacturer;
        let present = match field {
            Field::FsnType => regulatory.fsn_type.is_some(),
            Field::FscaId => regulatory.fsca_id.is_some(),
            Field::Countries => !regulatory.countries.is_empty(),
            Field::ReplyBy => regulatory.reply_by.is_some(),
            Field::Attention => !regulatory.attention.is_empty(),
            Field::InformPatients => regulatory.inform_patients.is_some(),
            Field::Reference => notice.reference.is_some(),
            Field::IssuerSrn => manufacturer.srn.is_some(),
            Field::IssuerAddress => !manufacturer.address.is_empty(),
            Field::IssuerWebsite => manufacturer.website.is_some(),
        };
        if present {
            return;
        }
        if field.in_issuer() {
            let detail = format!(
                "{} gives no `{}`",
                self.loaded.issuer_file().path().display(),
                field.key()
            );
            self.finding(
                rule,
                "fsn::profile::missing_field",
                detail,
                Place::Issuer(&["name".into()]),
            );
        } else {
            let detail = format!("`{}` is not given", field.key());
            self.finding(
                rule,
                "fsn::profile::missing_field",
                detail,
                Place::Notice(&["id".into()]),
            );
        }
    }

    fn user_action(&mut self, rule: &RawRule) {
        let sections = &self.loaded.notice.sections;
        let with_role: Vec<usize> = (0..sections.len())
            .filter(|&index| sections[index].role.contains(&SectionRole::UserActions))
            .collect();
        let Some(&first) = with_role.first() else {
            self.finding(
                rule,
                "fsn::profile::no_user_action",
                "no section has role `user-actions`".to_owned(),
                Place::Notice(&["sections".into()]),
            );
            return;
        };
        let actions: usize = with_role
            .iter()
            .flat_map(|&index| &sections[index].blocks)
            .map(|block| match block {
                RawBlock::Steps(items) | RawBlock::Bullets(items) => items.len(),
                _ => 0,
            })
            .sum();
        if actions == 0 {
            let path = ["sections".into(), first.into(), "blocks".into()];
            self.finding(
                rule,
                "fsn::profile::no_user_action",
                "the `user-actions` section lists no action as `steps` or `bullets`".to_owned(),
                Place::Notice(&path),
            );
        }
    }

    fn marking(&mut self, rule: &RawRule, marking: &Marking) {
        let languages = self.loaded.languages().to_vec();
        for lang in &languages {
            // A language whose messages are not loaded (rendering another one) or do not
            // compose is reported elsewhere.
            let Ok(document) = self.loaded.compose(lang) else {
                continue;
            };
            let wordings = marking
                .texts
                .get(lang)
                .or_else(|| marking.texts.get(primary_language(lang).as_str()));
            let Some(wordings) = wordings else {
                if marking.other_languages == OtherLanguages::Report {
                    self.finding(
                        rule,
                        "fsn::profile::marking",
                        format!(
                            "the profile gives no wording in `{lang}`, so the title in `{lang}` \
                             cannot be checked"
                        ),
                        Place::Notice(&["languages".into()]),
                    );
                }
                continue;
            };
            let printed: Vec<&str> = document
                .label
                .iter()
                .chain(&document.titles)
                .map(String::as_str)
                .collect();
            let heading = normalize(&printed.join(" "));
            if !wordings
                .iter()
                .any(|wording| heading.contains(&normalize(wording)))
            {
                self.finding(
                    rule,
                    "fsn::profile::marking",
                    format!(
                        "the title in `{lang}` (\"{}\") does not say {}",
                        printed.join(" / "),
                        wordings
                            .iter()
                            .map(|wording| format!("\"{wording}\""))
                            .collect::<Vec<_>>()
                            .join(" or ")
                    ),
                    Place::Notice(&["titles".into()]),
                );
            }
        }
    }

    fn action_wording(&mut self, rule: &RawRule, wording: &ActionWording) {
        let loaded = self.loaded;
        let notice = &loaded.notice;
        // Only this layout prints the marking; elsewhere `us-action` is a warning of its own.
        if notice.layout != Layout::UsRecall {
            return;
        }
        let (action, contrary) = match notice.regulatory.us_action {
            UsAction::Recall => ("recall", &wording.recall),
            UsAction::Correction => ("correction", &wording.correction),
        };
        let vars = crate::compose::variables(notice);
        for lang in loaded.languages() {
            let Some(catalog) = loaded.catalog(lang) else {
                continue;
            };
            // A missing message is reported where the notice is loaded and composed.
            let mut ignored = Vec::new();
            let mut contradiction = |what: &str, id: &str| {
                let text = catalog.text(id, &vars, &mut ignored);
                let word = contrary.iter().find(|word| says(&text, word))?;
                Some(format!(
                    "{what} in `{lang}` (\"{text}\") says \"{word}\", but `us-action` is \
                     `{action}`"
                ))
            };
            for (index, id) in notice.titles.iter().enumerate() {
                if let Some(detail) = contradiction(&format!("title {}", index + 1), id) {
                    let path = ["titles".into(), index.into()];
                    self.finding(
                        rule,
                        "fsn::profile::action_wording",
                        detail,
                        Place::Notice(&path),
                    );
                }
            }
            let Some(form) = &notice.form else {
                continue;
            };
            if let Some(detail) = contradiction("the form's heading", &form.heading) {
                let path = ["form".into(), "heading".into()];
                self.finding(
                    rule,
                    "fsn::profile::action_wording",
                    detail,
                    Place::Notice(&path),
                );
            }
            if let Some(detail) = contradiction("the form's title", FORM_TITLE) {
                // The title is a message of its own, not named in notice.toml: point at the
                // definition that wins.
                let definition = catalog.files().iter().rev().find_map(|file| {
                    crate::l10n::definition_span(file.text(), FORM_TITLE).map(|span| (file, span))
                });
                let place = match definition {
                    Some((file, span)) => Place::File(file, span),
                    None => Place::Notice(&["form".into()]),
                };
                self.finding(rule, "fsn::profile::action_wording", detail, place);
            }
        }
    }

    fn affected_units(&mut self, rule: &RawRule) {
        let notice = &self.loaded.notice;
        let columns = &notice.product_table.columns;
        for (index, product) in notice.products.iter().enumerate() {
            let hint = product.serial_hint.is_some() && columns.contains(&Column::Serials);
            let versions = !product.versions.is_empty() && columns.contains(&Column::Version);
            if !product.lots.is_empty() || hint || versions {
                continue;
            }
            let path = ["products".into(), index.into()];
            self.finding(
                rule,
                "fsn::profile::affected_units",
                format!(
                    "product {} lists no lots or serial numbers, and prints no serial hint or \
                     version",
                    index + 1
                ),
                Place::Notice(&path),
            );
        }
    }

    fn language_coverage(&mut self, rule: &RawRule, table_name: &str) {
        let countries = &self.loaded.notice.regulatory.countries;
        if countries.is_empty() {
            return;
        }
        let table = match self.source.language_table(table_name) {
            Ok(table) => table,
            Err(problem) => {
                self.findings.push(problem);
                return;
            }
        };
        let published: HashSet<String> = self
            .loaded
            .languages()
            .iter()
            .map(|lang| primary_language(lang))
            .collect();
        let listed = self.loaded.languages().join(", ");
        for (index, code) in countries.iter().enumerate() {
            let Some(entry) = table.countries.get(code) else {
                continue;
            };
            let missing: Vec<&str> = entry
                .languages
                .iter()
                .filter(|lang| !published.contains(&primary_language(lang)))
                .map(String::as_str)
                .collect();
            if missing.is_empty() {
                continue;
            }
            let path = ["countries".into(), index.into()];
            self.finding(
                rule,
                "fsn::profile::language_coverage",
                format!(
                    "{code} ({}) requires {}, missing {}; the notice is published in {listed} \
                     ({}: {})",
                    entry.name,
                    entry.languages.join(", "),
                    missing.join(", "),
                    entry.basis.name(),
                    entry.source
                ),
                Place::Notice(&path),
            );
        }
    }
}

/// The language subtag of a tag, with Norwegian Bokmål and Nynorsk counted as Norwegian.
fn primary_language(tag: &str) -> String {
    let language = tag
        .parse::<unic_langid::LanguageIdentifier>()
        .map(|id| id.language.as_str().to_owned())
        .unwrap_or_else(|_| tag.to_ascii_lowercase());
    match language.as_str() {
        "nb" | "nn" => "no".to_owned(),
        _ => language,
    }
}

/// The shared message of the reply form's title.
const FORM_TITLE: &str = "form-title";

/// Whether `text` says `wording` as whole words, ignoring case and punctuation: "Urgent
/// Medical Device Recall" says "recall", "Recalled lots" does not.
fn says(text: &str, wording: &str) -> bool {
    format!(" {} ", normalize(text)).contains(&format!(" {} ", normalize(wording)))
}

/// Lower case, letters and digits only, single spaces: "URGENT: Medical-Device RECALL" and
/// "urgent medical device recall" read the same.
fn normalize(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordings_match_ignoring_case_and_punctuation() {
        assert!(
            normalize("URGENT: MEDICAL DEVICE RECALL – Product")
                .contains(&normalize("Urgent medical device recall"))
        );
        assert_eq!(normalize("Avis  de sécurité"), "avis de sécurité");
    }

    #[test]
    fn action_wordings_match_whole_words() {
        assert!(says("Urgent Medical Device Recall", "recall"));
        assert!(says("RECALL: Exemplar PM-3", "Recall"));
        assert!(says(
            "Urgent: medical-device recall",
            "medical device recall"
        ));
        assert!(!says("Recalled lots of Exemplar PM-3", "recall"));
        assert!(!says("Correction Response Form", "recall"));
    }

    #[test]
    fn names_and_languages() {
        assert!(crate::base::names::is_plain_name("eu-mdr"));
        assert!(!crate::base::names::is_plain_name("../eu"));
        assert!(!crate::base::names::is_plain_name("EU"));
        assert_eq!(primary_language("pt-BR"), "pt");
        assert_eq!(primary_language("nb"), "no");
    }
}
