//! The checks of a repository's layers, in the order they run: the shared layer, the
//! optional shared wording, the shared files with that wording, the issuers' layers, the
//! notices' layers. Each is checked against the layers below it, as it is composed.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::checks::{
    Translation, check_duplicates, check_file, check_formatting, check_layer, check_references,
};
use super::codes::{MISSING_FILE, NO_SOURCE};
use super::inventory::{Inventory, IssuerInfo, NoticeInfo};
use super::parsed::{Parsed, ids};
use super::qa::SourceCache;
use super::variables::KnownVariables;
use crate::glossary::Glossary;
use fsn_core::base::diagnostic::Diagnostic;
use fsn_core::repo::Repository;

/// The parsed files of an [`Inventory`] and what every layer's check needs of them.
pub(super) struct RepositoryLint<'i> {
    repository: &'i Repository,
    inventory: &'i Inventory,
    parsed: HashMap<&'i Path, Parsed<'i>>,
    source_locale: &'i str,
    /// Every issuer's links: the variables of the shared layer.
    all_links: KnownVariables,
    /// Every issuer's glossary: the shared layer's.
    shared_glossary: Glossary,
}

impl<'i> RepositoryLint<'i> {
    /// Parses every file read.
    pub(super) fn new(
        repository: &'i Repository,
        inventory: &'i Inventory,
        source_locale: &'i str,
    ) -> Self {
        let parsed = inventory
            .texts
            .iter()
            .map(|(path, file)| (path.as_path(), Parsed::new(file)))
            .collect();
        let issuers = inventory.issuers.values();
        let all_links = KnownVariables::with_links(
            issuers
                .clone()
                .flat_map(|issuer| issuer.links.iter().map(String::as_str)),
        );
        let shared_glossary = issuers.fold(Glossary::default(), |all, issuer| {
            all.merged(&issuer.glossary)
        });
        Self {
            repository,
            inventory,
            parsed,
            source_locale,
            all_links,
            shared_glossary,
        }
    }

    /// The parsed files of these paths (those that could be read).
    fn get(&self, paths: &[&PathBuf]) -> Vec<&Parsed<'i>> {
        paths
            .iter()
            .filter_map(|path| self.parsed.get(path.as_path()))
            .collect()
    }

    /// The shared files of a language.
    fn shared_of(&self, lang: &str) -> Vec<&Parsed<'i>> {
        let paths: Vec<&PathBuf> = (self.inventory.shared.get(lang))
            .map(|paths| paths.iter().collect())
            .unwrap_or_default();
        self.get(&paths)
    }

    /// The issuer's file in a language, if it has one.
    fn issuer_of(&self, key: Option<&str>, lang: &str) -> Vec<&Parsed<'i>> {
        let path = key
            .and_then(|key| self.inventory.issuers.get(key))
            .and_then(|issuer| issuer.files.get(lang));
        self.get(&path.into_iter().collect::<Vec<_>>())
    }

    /// The variables of an issuer's messages (every issuer's links when it is unknown).
    fn issuer_vars(&self, key: Option<&str>) -> KnownVariables {
        match key.and_then(|key| self.inventory.issuers.get(key)) {
            Some(issuer) => KnownVariables::with_links(issuer.links.iter().map(String::as_str)),
            None => self.all_links.clone(),
        }
    }

    /// The shared layer, each language against the source locale's: published where any
    /// notice publishes the language.
    pub(super) fn shared_layer(&self, cache: &mut SourceCache, out: &mut Vec<Diagnostic>) {
        let issuers = &self.inventory.issuers;
        let source_shared = self.shared_of(self.source_locale);
        for lang in &self.inventory.shared_langs {
            let published = issuers
                .values()
                .any(|issuer| issuer.published.contains(lang));
            let files = self.shared_of(lang);
            for file in &files {
                check_file(file, lang, &self.all_links, out);
                check_references(file, &ids(&files), lang, "the shared locales", out);
            }
            check_duplicates(&files, lang, out);
            if lang != self.source_locale {
                let translation = Translation {
                    source: &source_shared,
                    target: &files,
                    lang,
                    source_lower: &[],
                    target_lower: &[],
                    variables: &self.all_links,
                    published,
                    glossary: &self.shared_glossary,
                };
                translation.check(cache, out);
            }
        }
    }

    /// The shared wording only some notices load: each file against its original in the
    /// source locale, in the languages that have it. A language without it is not asked for
    /// it here: `fsn check` of a notice that prints it is. Never published as such: the
    /// notices that load it are drafts until it is reviewed (`fsn status`).
    pub(super) fn optional_wording(&self, cache: &mut SourceCache, out: &mut Vec<Diagnostic>) {
        let optional = &self.inventory.optional;
        for ((name, lang), path) in optional {
            let files = self.get(&[path]);
            let mut visible = self.shared_of(lang);
            visible.extend(files.iter().copied());
            for file in &files {
                check_file(file, lang, &self.all_links, out);
                check_references(file, &ids(&visible), lang, "the shared locales", out);
            }
            let Some(source_path) = optional.get(&(name.clone(), self.source_locale.to_owned()))
            else {
                continue;
            };
            if lang == self.source_locale {
                continue;
            }
            let translation = Translation {
                source: &self.get(&[source_path]),
                target: &files,
                lang,
                source_lower: &self.shared_of(self.source_locale),
                target_lower: &self.shared_of(lang),
                variables: &self.all_links,
                published: false,
                glossary: &self.shared_glossary,
            };
            translation.check(cache, out);
        }
    }

    /// A notice that loads optional files adds them to its shared layer, where an id defined
    /// twice is refused. Any of them may be loaded together (a us-recall notice with lots
    /// loads all three), so each language's shared files are checked with all its optional
    /// ones.
    pub(super) fn shared_with_optional_wording(&self, out: &mut Vec<Diagnostic>) {
        for lang in &self.inventory.shared_langs {
            let mut layer = self.shared_of(lang);
            let mine: Vec<&PathBuf> = self
                .inventory
                .optional
                .iter()
                .filter(|((_, file_lang), _)| file_lang == lang)
                .map(|(_, path)| path)
                .collect();
            layer.extend(self.get(&mine));
            check_duplicates(&layer, lang, out);
        }
    }

    /// Each issuer's layer over the shared one, in the issuer's and its notices' languages;
    /// without issuers, the shared catalogs formatted on their own.
    pub(super) fn issuer_layers(&self, cache: &mut SourceCache, out: &mut Vec<Diagnostic>) {
        for (key, issuer) in &self.inventory.issuers {
            self.issuer_layer(key, issuer, cache, out);
        }
        if self.inventory.issuers.is_empty() {
            for lang in &self.inventory.shared_langs {
                check_formatting(&[&self.shared_of(lang)], lang, &self.all_links, out);
            }
        }
    }

    fn issuer_layer(
        &self,
        key: &str,
        issuer: &IssuerInfo,
        cache: &mut SourceCache,
        out: &mut Vec<Diagnostic>,
    ) {
        let source_locale = self.source_locale;
        let vars = self.issuer_vars(Some(key));
        let mut langs: BTreeSet<String> = issuer.files.keys().cloned().collect();
        langs.extend(issuer.langs.iter().cloned());
        let source = self.issuer_of(Some(key), source_locale);
        for lang in &langs {
            let files = self.issuer_of(Some(key), lang);
            let lower = self.shared_of(lang);
            let scope = format!("the catalog of issuer {key}");
            check_layer(&files, &lower, lang, &vars, &scope, out);
            if lang == source_locale {
                continue;
            }
            if !self.missing_layer_file(&source, source_locale, &files, &issuer.dir, lang, out) {
                let translation = Translation {
                    source: &source,
                    target: &files,
                    lang,
                    source_lower: &self.shared_of(source_locale),
                    target_lower: &lower,
                    variables: &vars,
                    published: issuer.published.contains(lang),
                    glossary: &issuer.glossary,
                };
                translation.check(cache, out);
            }
            if !self.inventory.shared_langs.contains(lang) {
                continue;
            }
            check_formatting(&[&lower, &files], lang, &vars, out);
        }
    }

    /// Each notice's layer over its issuer's and the shared one, against the notice's own
    /// source language.
    pub(super) fn notice_layers(&self, cache: &mut SourceCache, out: &mut Vec<Diagnostic>) {
        for notice in &self.inventory.notices {
            self.notice_layer(notice, cache, out);
        }
    }

    fn notice_layer(
        &self,
        notice: &NoticeInfo,
        cache: &mut SourceCache,
        out: &mut Vec<Diagnostic>,
    ) {
        let vars = self.issuer_vars(notice.issuer.as_deref());
        let id = notice
            .dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source_locale = notice.source_language.as_str();
        let source = self.get(
            &notice
                .files
                .get(source_locale)
                .into_iter()
                .collect::<Vec<_>>(),
        );
        let mut source_lower = self.shared_of(source_locale);
        source_lower.extend(self.issuer_of(notice.issuer.as_deref(), source_locale));
        for lang in &notice.langs {
            let files = self.get(&notice.files.get(lang).into_iter().collect::<Vec<_>>());
            let shared_files = self.shared_of(lang);
            let issuer_files = self.issuer_of(notice.issuer.as_deref(), lang);
            let mut lower = shared_files.clone();
            lower.extend(issuer_files.iter().copied());
            let scope = format!("the catalog of notice {id}");
            check_layer(&files, &lower, lang, &vars, &scope, out);
            let compared = lang != source_locale
                && !self.missing_layer_file(&source, source_locale, &files, &notice.dir, lang, out);
            if compared {
                let translation = Translation {
                    source: &source,
                    target: &files,
                    lang,
                    source_lower: &source_lower,
                    target_lower: &lower,
                    variables: &vars,
                    published: notice.published.contains(lang),
                    glossary: &self.notice_glossary(notice),
                };
                translation.check(cache, out);
            }
            if self.inventory.shared_langs.contains(lang) {
                check_formatting(&[&shared_files, &issuer_files, &files], lang, &vars, out);
            }
        }
    }

    /// A notice's glossary on top of its issuer's.
    fn notice_glossary(&self, notice: &NoticeInfo) -> Glossary {
        notice
            .issuer
            .as_ref()
            .and_then(|key| self.inventory.issuers.get(key))
            .map_or_else(Glossary::default, |issuer| issuer.glossary.clone())
            .merged(&notice.glossary)
    }

    /// Reports an issuer's or a notice's layer (its folder `dir`) that has a source file in
    /// `source_locale` but none in `lang`, or the reverse; returns whether either side is
    /// missing, so there is nothing to compare.
    fn missing_layer_file(
        &self,
        source: &[&Parsed<'_>],
        source_locale: &str,
        target: &[&Parsed<'_>],
        dir: &Path,
        lang: &str,
        out: &mut Vec<Diagnostic>,
    ) -> bool {
        let target_path = self.repository.messages_file(dir, lang);
        let source_path = self.repository.messages_file(dir, source_locale);
        match (source.is_empty(), target.is_empty()) {
            (false, false) => false,
            // Something in the file's place that could not be read was reported then.
            (false, true) if self.repository.exists(&target_path) => true,
            (false, true) => {
                out.push(
                    Diagnostic::error(
                        MISSING_FILE,
                        format!("{} is missing for locale {lang}", target_path.display()),
                    )
                    .with_help(format!("copy {} and translate it", source_path.display())),
                );
                true
            }
            (true, false) => {
                out.push(
                    Diagnostic::warning(
                        NO_SOURCE,
                        format!(
                            "{} has no source to compare with ({} is missing)",
                            target_path.display(),
                            source_path.display()
                        ),
                    )
                    .with_help("write the source locale first; translations follow it"),
                );
                true
            }
            (true, true) => true,
        }
    }
}
