//! What the options that several commands share mean: the output formats, a shard of the
//! job list, `fsn build`'s options, a list option's values (each given once), and the notices
//! `--notice` selects.
//!
//! A leaf: the command line (`args`) parses these values and the commands take them as they
//! are, so neither has to import the other.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use fsn_core::{Diagnostic, Repository};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub(crate) enum Format {
    /// PDF, laid out with typst.
    Pdf,
    /// One self-contained HTML page.
    Html,
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.extension())
    }
}

impl Format {
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Html => "html",
        }
    }
}

/// Part `index` (1-based) of `count` equal parts of the job list, for CI matrices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shard {
    pub(crate) index: usize,
    pub(crate) count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let parse = || {
            let (index, count) = text.split_once('/')?;
            let (index, count) = (index.trim().parse().ok()?, count.trim().parse().ok()?);
            (1..=count)
                .contains(&index)
                .then_some(Self { index, count })
        };
        parse()
            .ok_or_else(|| format!("`{text}` is not a shard: write i/n with 1 <= i <= n, e.g. 2/4"))
    }
}

/// What `fsn build` is asked to do, and how to report it.
pub(crate) struct BuildOptions<'a> {
    pub(crate) root: Option<&'a Path>,
    pub(crate) out: &'a Path,
    pub(crate) notices: &'a [String],
    pub(crate) langs: &'a [String],
    pub(crate) formats: &'a [Format],
    pub(crate) shard: Option<Shard>,
    pub(crate) jobs: Option<usize>,
    pub(crate) quiet: bool,
    pub(crate) verbose: bool,
    pub(crate) allow_draft: bool,
    /// Render everything, reusing nothing of the previous build.
    pub(crate) force: bool,
}

/// The folders of the notices `--notice` names (ids under notices/, or folders: a path with
/// a `/`, such as an example), or of every notice when it names none.
pub(crate) fn selected_notices(
    repository: &Repository,
    notices: &[String],
) -> Result<Vec<PathBuf>, Diagnostic> {
    if notices.is_empty() {
        return repository.notice_dirs();
    }
    Ok(notices
        .iter()
        .map(|id| {
            if id.contains('/') {
                PathBuf::from(id)
            } else {
                repository.notice_dir(id)
            }
        })
        .collect())
}

/// Refuses a value given twice to a list option (`--lang en,en`): it would name the same
/// output twice.
pub(crate) fn refuse_repeats<T: PartialEq + std::fmt::Display>(
    option: &str,
    values: &[T],
) -> Result<(), Diagnostic> {
    for (index, value) in values.iter().enumerate() {
        if values[..index].contains(value) {
            return Err(Diagnostic::error(
                "fsn::args::repeated",
                format!("{option} names `{value}` twice"),
            )
            .with_help(format!("give each value of {option} once")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_are_checked() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { index: 2, count: 4 }));
        assert!("0/4".parse::<Shard>().is_err());
        assert!("5/4".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
    }
}
