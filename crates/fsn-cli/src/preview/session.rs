//! What the preview shows: the last good rendering of each language viewed, the last error,
//! and a renderer thread that brings them up to date after every change of the sources.
//!
//! Versions are one counter for the whole session: every rendering that changes what a page
//! shows gets the next number, so a page reloads a frame exactly when its number moved.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use fsn_core::{Diagnostics, Document, Repository};
use fsn_pdf::Typesetter;

/// typst's memoised results kept for this many documents: a preview re-renders few.
const CACHE_AGE: usize = 8;

/// One language as the preview shows it.
#[derive(Debug, Default, Clone)]
pub(crate) struct View {
    /// The sources generation the HTML was last rendered from (0: never).
    pub(crate) html_from: u64,
    /// The sources generation the PDF was last rendered from (0: never); the PDF comes last,
    /// so this says whether the view is up to date.
    pub(crate) pdf_from: u64,
    /// The last good HTML page and its version.
    pub(crate) html: Option<(u64, Arc<Vec<u8>>)>,
    /// The last good PDF and its version.
    pub(crate) pdf: Option<(u64, Arc<Vec<u8>>)>,
    /// Why the last rendering failed, as the CLI prints it; `None` after a good one.
    pub(crate) error: Option<String>,
}

#[derive(Debug)]
struct State {
    /// Bumped by the watcher on every change of the sources; starts at 1.
    sources: u64,
    /// The last version given to a rendering.
    version: u64,
    /// The notice's languages, published then draft, as of the last load that got that far.
    languages: Vec<String>,
    /// Languages a page asked for; each is kept up to date. The first is rendered first.
    views: BTreeMap<String, View>,
    /// The language asked for last: rendered before the others after a change.
    current: String,
}

/// The shared state of one preview.
#[derive(Debug)]
pub(crate) struct Session {
    root: PathBuf,
    notice_dir: PathBuf,
    notice_id: String,
    /// The language asked for on the command line (or the notice's first): the page at `/`.
    first_lang: String,
    state: Mutex<State>,
    /// Signalled on every change of `state`.
    changed: Condvar,
}

impl Session {
    pub(crate) fn new(
        root: PathBuf,
        notice_dir: PathBuf,
        notice_id: String,
        languages: Vec<String>,
        lang: String,
    ) -> Self {
        let mut views = BTreeMap::new();
        views.insert(lang.clone(), View::default());
        Self {
            root,
            notice_dir,
            notice_id,
            first_lang: lang.clone(),
            state: Mutex::new(State {
                sources: 1,
                version: 0,
                languages,
                views,
                current: lang,
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn notice_id(&self) -> &str {
        &self.notice_id
    }

    /// The language the preview was started with: the one shown when the page names none.
    pub(crate) fn first_language(&self) -> &str {
        &self.first_lang
    }

    /// The notice's languages.
    pub(crate) fn languages(&self) -> Vec<String> {
        self.lock().languages.clone()
    }

    /// Records that the sources changed: every view is out of date.
    pub(crate) fn sources_changed(&self) {
        self.lock().sources += 1;
        self.changed.notify_all();
    }

    /// The latest version of anything; a page's event stream waits for it to move.
    pub(crate) fn version(&self) -> u64 {
        self.lock().version
    }

    /// Waits until the version differs from `seen`, or `timeout` passes; returns the version.
    pub(crate) fn wait_version(&self, seen: u64, timeout: Duration) -> u64 {
        let state = self.lock();
        let (state, _) = self
            .changed
            .wait_timeout_while(state, timeout, |state| state.version == seen)
            .unwrap_or_else(PoisonError::into_inner);
        state.version
    }

    /// The view of `lang`, which from now on is kept up to date and rendered first.
    /// `None` for a language the notice does not have.
    pub(crate) fn view(&self, lang: &str) -> Option<View> {
        let mut state = self.lock();
        if !state.languages.iter().any(|known| known == lang) {
            return None;
        }
        state.current = lang.to_owned();
        let view = state.views.entry(lang.to_owned()).or_default().clone();
        self.changed.notify_all();
        Some(view)
    }

    /// Like [`Session::view`], but waits (up to `timeout`) until the HTML (or, with `pdf`, the
    /// PDF) is rendered from the current sources, so a frame that asks for a document gets the
    /// newest one there is.
    pub(crate) fn fresh_view(&self, lang: &str, pdf: bool, timeout: Duration) -> Option<View> {
        self.view(lang)?;
        let state = self.lock();
        let (state, _) = self
            .changed
            .wait_timeout_while(state, timeout, |state| {
                state.views.get(lang).is_some_and(|view| {
                    let from = if pdf { view.pdf_from } else { view.html_from };
                    from < state.sources
                })
            })
            .unwrap_or_else(PoisonError::into_inner);
        state.views.get(lang).cloned()
    }

    /// Renders out-of-date views for ever, the current language first. Runs on its own thread.
    pub(crate) fn render_loop(&self) {
        let typesetter = Typesetter::new();
        loop {
            let (lang, sources) = {
                let state = self.lock();
                let state = self
                    .changed
                    .wait_while(state, |state| next_stale(state).is_none())
                    .unwrap_or_else(PoisonError::into_inner);
                let Some(lang) = next_stale(&state) else {
                    continue;
                };
                (lang, state.sources)
            };
            self.render(&typesetter, &lang, sources);
        }
    }

    /// Renders one language from the sources as they are now: HTML first (published at once,
    /// so the HTML view refreshes without waiting for typst), then the PDF.
    fn render(&self, typesetter: &Typesetter, lang: &str, sources: u64) {
        let started = Instant::now();
        let document = match self.compose(lang) {
            Ok(document) => document,
            Err(diagnostics) => {
                let report = crate::report::render_text(&diagnostics);
                eprintln!(
                    "fsn preview: {lang}: {diagnostics} (the last good rendering stays shown)"
                );
                self.update(lang, |view| {
                    view.error = Some(report);
                    view.html_from = sources;
                    view.pdf_from = sources;
                });
                return;
            }
        };
        let html = fsn_html::html(&document).into_bytes();
        let html_time = started.elapsed();
        self.update(lang, |view| {
            view.error = None;
            view.html = Some((0, Arc::new(html)));
            view.html_from = sources;
        });
        let pdf = fsn_pdf::pdf(typesetter, &document);
        fsn_pdf::trim_caches(CACHE_AGE);
        let pdf_time = started.elapsed();
        match pdf {
            Ok(pdf) => {
                self.update(lang, |view| {
                    view.pdf = Some((0, Arc::new(pdf.bytes)));
                    view.pdf_from = sources;
                });
                eprintln!(
                    "fsn preview: {lang}: HTML in {} ms, PDF in {} ms",
                    html_time.as_millis(),
                    pdf_time.as_millis()
                );
            }
            Err(err) => {
                let message = format!("{} ({lang}): {err}", self.notice_id);
                eprintln!("fsn preview: {message}");
                self.update(lang, |view| {
                    view.error = Some(message);
                    view.pdf_from = sources;
                });
            }
        }
    }

    /// Loads the notice afresh (no cache survives a change) and composes one language.
    fn compose(&self, lang: &str) -> Result<Document, Diagnostics> {
        let repository = Repository::open(&self.root)?;
        let loaded = repository.load_languages(&self.notice_dir, &[lang.to_owned()])?;
        self.lock().languages = loaded.all_languages().cloned().collect();
        loaded.compose(lang)
    }

    /// Applies `change` to the view of `lang`, gives the documents it replaced the next
    /// version, and wakes every waiting page.
    fn update(&self, lang: &str, change: impl FnOnce(&mut View)) {
        let mut state = self.lock();
        state.version += 1;
        let version = state.version;
        let view = state.views.entry(lang.to_owned()).or_default();
        let before = (
            view.html.as_ref().map(|(_, bytes)| Arc::clone(bytes)),
            view.pdf.as_ref().map(|(_, bytes)| Arc::clone(bytes)),
        );
        change(view);
        for (slot, old) in [(&mut view.html, before.0), (&mut view.pdf, before.1)] {
            if let Some((stamp, bytes)) = slot
                && !old.is_some_and(|old| Arc::ptr_eq(&old, bytes))
            {
                *stamp = version;
            }
        }
        self.changed.notify_all();
    }
}

/// The view to render next: the current language if it is out of date, else any other.
fn next_stale(state: &State) -> Option<String> {
    let stale = |lang: &String| {
        state
            .views
            .get(lang)
            .is_some_and(|view| view.pdf_from < state.sources)
    };
    if stale(&state.current) {
        return Some(state.current.clone());
    }
    state.views.keys().find(|lang| stale(lang)).cloned()
}
