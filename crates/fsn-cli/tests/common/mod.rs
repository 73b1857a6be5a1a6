//! Shared helpers for the end-to-end tests: the repository, sandboxes, one typesetter, text
//! extraction.

#![allow(unreachable_pub, reason = "public to the test modules beside it")]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fsn_core::{Document, Repository};
use fsn_pdf::Typesetter;

#[path = "../../../fsn-core/tests/support/frozen.rs"]
mod frozen;

pub(crate) use self::frozen::copy_dir;
#[path = "../../../fsn-pdf/tests/poppler.rs"]
mod poppler;
pub(crate) use poppler::{figure_alts, pdf_text, pdf_text_raw, poppler};

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// One typesetter for the whole test binary: fonts and template load once.
pub static TYPESETTER: LazyLock<Typesetter> = LazyLock::new(Typesetter::new);

/// Composes a notice of the repository in one language.
pub fn compose(notice: &str, lang: &str) -> Document {
    let root = repo_root();
    let repository = Repository::open(&root).unwrap();
    let loaded = repository
        .load(&root.join("notices").join(notice))
        .unwrap_or_else(|diagnostics| panic!("{notice} does not load: {:#?}", diagnostics));
    loaded
        .compose(lang)
        .unwrap_or_else(|diagnostics| panic!("{notice} ({lang}): {diagnostics:#?}"))
}

/// A seed text, copied from the printed notices into tests/fixtures/seeds.
pub fn seed(name: &str) -> String {
    std::fs::read_to_string(repo_root().join("tests/fixtures/seeds").join(name)).unwrap()
}

/// Token recall and precision of a rendering against a reference (docs/BENCHMARKS.md,
/// "Fidelity"): word tokens, lower-cased, ™ read as "TM", markup left behind by text
/// extraction removed from both sides.
#[derive(Debug)]
pub struct Fidelity {
    pub recall: f64,
    pub precision: f64,
    pub missing: Vec<(String, usize)>,
    pub extra: Vec<(String, usize)>,
}

pub fn fidelity(rendered: &str, reference: &str) -> Fidelity {
    let got = tokens(rendered);
    let want = tokens(reference);
    let count = |tokens: &[String]| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for token in tokens {
            *counts.entry(token.clone()).or_default() += 1;
        }
        counts
    };
    let (got_counts, want_counts) = (count(&got), count(&want));
    let common: usize = want_counts
        .iter()
        .map(|(token, n)| (*n).min(got_counts.get(token).copied().unwrap_or(0)))
        .sum();
    let in_reference = got
        .iter()
        .filter(|token| want_counts.contains_key(*token))
        .count();
    let mut missing: Vec<(String, usize)> = want_counts
        .iter()
        .filter_map(|(token, n)| {
            let have = got_counts.get(token).copied().unwrap_or(0);
            (have < *n).then(|| (token.clone(), n - have))
        })
        .collect();
    missing.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut extra: Vec<(String, usize)> = got_counts
        .iter()
        .filter(|(token, _)| !want_counts.contains_key(*token))
        .map(|(token, n)| (token.clone(), *n))
        .collect();
    extra.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Fidelity {
        recall: common as f64 / want.len().max(1) as f64,
        precision: in_reference as f64 / got.len().max(1) as f64,
        missing,
        extra,
    }
}

fn tokens(text: &str) -> Vec<String> {
    let text = text.replace('\u{2122}', "TM").replace('\u{00ad}', "");
    let text = text.replace("<input type=\"checkbox\"/>", " ");
    let text = strip_markdown_link_targets(&text);
    let text = strip_tags(&text);
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|token| !token.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Removes `](target)`, the target of a Markdown link, from both sides.
fn strip_markdown_link_targets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("](") {
        out.push_str(&rest[..start]);
        match rest[start + 2..].find(')') {
            Some(end) => {
                out.push(' ');
                rest = &rest[start + 2 + end + 1..];
            }
            None => {
                rest = &rest[start..];
                out.push_str(rest);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Removes `<tag …>` and `</tag>` (a letter right after `<` or `</`).
pub fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if c == '<' {
            let after = &text[index + 1..];
            let name = after.strip_prefix('/').unwrap_or(after);
            if name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && let Some(end) = after.find('>')
            {
                out.push(' ');
                let stop = index + 1 + end;
                while chars.peek().is_some_and(|(i, _)| *i <= stop) {
                    chars.next();
                }
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The notice the broken-input tests start from (the same id in [`Sandbox::frozen`]).
pub const NOTICE: &str = frozen::NOTICE;

/// A throwaway copy of the repository's inputs.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = repo_root();
        for folder in ["locales", "issuers", "notices", "profiles"] {
            copy_dir(&root.join(folder), &dir.path().join(folder));
        }
        Self { dir }
    }

    /// A repository of the frozen copy of the notice (`tests/fixtures/frozen/`, with the live
    /// `locales/` and `profiles/`), for tests whose edits and reports name its text and lines:
    /// rewording the live notice cannot break them.
    pub fn frozen() -> Self {
        let dir = tempfile::tempdir().unwrap();
        frozen::repository_in(dir.path());
        Self { dir }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    pub fn edit(&self, relative: &str, edit: impl FnOnce(String) -> String) {
        let path = self.path(relative);
        let text = std::fs::read_to_string(&path).unwrap();
        let edited = edit(text.clone());
        assert_ne!(text, edited, "the edit of {relative} changed nothing");
        std::fs::write(path, edited).unwrap();
    }

    pub fn fsn(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_fsn"))
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    }

    /// Records the notice's messages in `langs` as reviewed (after a test changed a source),
    /// so a build publishes them.
    pub fn review(&self, langs: &[&str]) {
        for lang in langs {
            let review = self.fsn(&[
                "review",
                "--lang",
                lang,
                "--notice",
                NOTICE,
                "--by",
                "test",
                "--date",
                "2026-12-01",
            ]);
            assert!(
                review.status.success(),
                "{}",
                String::from_utf8_lossy(&review.stderr)
            );
        }
    }

    pub fn render(&self, lang: &str, format: &str) -> Output {
        let notice = format!("notices/{NOTICE}");
        self.fsn(&[
            "render", &notice, "--lang", lang, "--format", format, "--out", "out",
        ])
    }

    pub fn written(&self) -> Vec<PathBuf> {
        let out = self.path("out");
        if !out.exists() {
            return Vec::new();
        }
        std::fs::read_dir(out)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect()
    }
}

/// Every file under `dir`, with its bytes, by relative path, sorted: two output folders
/// compare equal when they hold the same files with the same bytes.
pub fn read_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

/// The GS1 element strings libdmtx's `dmtxread` finds on a PNG (at most `symbols` of them),
/// FNC1 shown as `#`, sorted: an independent reading of the DataMatrix symbols fsn prints.
///
/// The PNG is a page rasterised at 150 dpi, where fsn's 1.2 pt module is 2.5 px: a symbol of
/// 10×10 to 40×40 modules has edges of 25 to 100 px. dmtxread looks for edges of 20 to 100 px
/// along scan lines 15 px apart, so every such symbol on the page is crossed and tried, while
/// the shorter edges of letters and the longer table rules are passed over: asking for one
/// symbol more than the page holds scans the whole page in about 2 s, not 45 s.
pub fn decode_datamatrix(png: &Path, symbols: usize) -> Vec<String> {
    let output = Command::new("dmtxread")
        .args(["--newline", "--milliseconds=60000", "--gs1=35"])
        .args(["--minimum-edge=20", "--maximum-edge=100", "--gap=15"])
        .arg(format!("--stop-after={symbols}"))
        .arg(png)
        .output()
        .unwrap_or_else(|err| {
            panic!("dmtxread is needed for this test (Debian package dmtx-utils): {err}")
        });
    let mut found: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    found.sort();
    found
}

/// Runs `check` on every item, on as many threads as the machine has cores, each thread with
/// its own `state` (a sandbox that the items share one after another): the cases of a corpus
/// each spawn fsn, which waits on the disk and the loader as much as it computes. A failing
/// case fails the test once the other threads are done.
pub fn in_parallel<T: Sync, S>(
    items: &[T],
    state: impl Fn() -> S + Sync,
    check: impl Fn(&mut S, &T) + Sync,
) {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads.min(items.len()) {
            scope.spawn(|| {
                let mut state = state();
                while let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
                    check(&mut state, item);
                }
            });
        }
    });
}

/// The paths a case changes or creates in a sandbox, each with what it held before, so that
/// `restore` puts the sandbox back as it was: the cases of a corpus then share one sandbox
/// per thread. Copying the repository's inputs (some 150 files and 80 folders) for each case
/// took longer than running fsn on it.
#[derive(Default)]
pub struct Undo {
    /// In the order saved; `None` for a path that did not exist.
    saved: Vec<(PathBuf, Option<Vec<u8>>)>,
}

impl Undo {
    /// Remembers `path` (a file, or a path that does not exist yet, with any of its folders
    /// that do not exist either) before a case changes or creates it.
    pub fn save(&mut self, path: &Path) {
        let mut missing = Vec::new();
        let mut folder = path.parent();
        while let Some(dir) = folder.filter(|dir| std::fs::symlink_metadata(dir).is_err()) {
            missing.push(dir.to_path_buf());
            folder = dir.parent();
        }
        self.saved
            .extend(missing.into_iter().rev().map(|dir| (dir, None)));
        let bytes = std::fs::symlink_metadata(path)
            .is_ok()
            .then(|| std::fs::read(path).unwrap());
        self.saved.push((path.to_path_buf(), bytes));
    }

    /// Puts every saved path back as it was, the last saved first.
    pub fn restore(&mut self) {
        for (path, bytes) in self.saved.drain(..).rev() {
            match (bytes, std::fs::symlink_metadata(&path)) {
                (Some(bytes), _) => std::fs::write(&path, bytes).unwrap(),
                (None, Ok(meta)) if meta.is_dir() => std::fs::remove_dir_all(&path).unwrap(),
                (None, Ok(_)) => std::fs::remove_file(&path).unwrap(),
                (None, Err(_)) => {}
            }
        }
    }
}

impl Sandbox {
    /// The names in the sandbox's top folder, sorted: a case that left something there
    /// would pass it on to the next case.
    pub fn top_level(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}
