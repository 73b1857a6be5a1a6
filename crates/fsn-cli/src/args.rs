//! Command-line arguments.
// These doc comments are the --help text, where `<notice>` is a placeholder, not HTML.
#![allow(rustdoc::invalid_html_tags)]

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::options::{Format, Shard};

/// Renders field safety notices, authored once in TOML and Fluent, to PDF and HTML.
#[derive(Debug, Parser)]
#[command(name = "fsn", version, about)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Renders one notice in some or all of its languages.
    Render {
        /// The notice folder, e.g. notices/FSN2025-1682.
        notice: PathBuf,
        /// Languages to render (comma-separated); default: all of the notice's languages.
        #[arg(long, value_delimiter = ',')]
        lang: Vec<String>,
        /// Output formats (comma-separated).
        #[arg(long, value_delimiter = ',', default_value = "pdf,html")]
        format: Vec<Format>,
        /// Output folder; files are named <notice>_<lang>.<format>.
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    /// Builds every notice in every language it has into dist/<notice>/.
    Build {
        /// Output folder. Each build replaces it whole, in one step: it then holds exactly
        /// the files built, index.html and manifest.json. A folder that is not empty must hold
        /// the manifest.json of an earlier build.
        #[arg(long, default_value = "dist")]
        out: PathBuf,
        /// Only these notices: ids under notices/, or notice folders (a path with a `/`, e.g.
        /// examples/notices/EXAMPLE-0001); default: all under notices/.
        #[arg(long)]
        notice: Vec<String>,
        /// Only these languages; default: each notice's own list.
        #[arg(long, value_delimiter = ',')]
        lang: Vec<String>,
        /// Output formats (comma-separated).
        #[arg(long, value_delimiter = ',', default_value = "pdf,html")]
        format: Vec<Format>,
        /// The repository folder (holding notices/ and locales/); default: found from the
        /// working directory.
        #[arg(long)]
        root: Option<PathBuf>,
        /// Build only part i of n of the notice × language list (e.g. 2/4), for a CI matrix;
        /// join the parts' manifests with `fsn manifest merge`.
        #[arg(long)]
        shard: Option<Shard>,
        /// Documents rendered side by side; default: one per core (the cores are shared out
        /// among them).
        #[arg(long, value_parser = parse_jobs)]
        jobs: Option<usize>,
        /// Print nothing but errors.
        #[arg(long, short, conflicts_with = "verbose")]
        quiet: bool,
        /// Print every file built and the time of each phase.
        #[arg(long, short)]
        verbose: bool,
        /// Also build languages not reviewed (and the notices' draft languages), each page
        /// marked DRAFT; without it such a language fails the build.
        #[arg(long)]
        allow_draft: bool,
        /// Render every document again; without it, a document whose inputs are unchanged
        /// since the build in the output folder is taken from that build.
        #[arg(long)]
        force: bool,
    },
    /// Works on build manifests.
    Manifest {
        #[command(subcommand)]
        command: ManifestCommand,
    },
    /// Prints every notice × language: messages translated, review state, publishable.
    Status {
        /// Also name the stale and unreviewed messages, file by file.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Records that the translations of a language were reviewed against today's source,
    /// message by message (in `<file>.review.toml` beside each messages file).
    Review {
        /// The language reviewed.
        #[arg(long)]
        lang: String,
        /// Only the files these notices are made from (their own, their issuer's and the
        /// shared ones): ids under notices/, or notice folders; default: every notice.
        #[arg(long)]
        notice: Vec<String>,
        /// Only these messages files.
        #[arg(long)]
        file: Vec<PathBuf>,
        /// Only these messages (ids; a message's attributes come with it); default: all.
        #[arg(long)]
        message: Vec<String>,
        /// Who reviewed; default: `git config user.name`.
        #[arg(long)]
        by: Option<String>,
        /// When, YYYY-MM-DD; default: today.
        #[arg(long)]
        date: Option<String>,
        /// Print what is stale or unreviewed, with what changed in the source since the
        /// review, and record nothing.
        #[arg(long)]
        show: bool,
        /// Ask for each stale or unreviewed message, showing what changed in its source since
        /// the review and its translation: y records it as reviewed, n leaves it, q stops.
        #[arg(long, conflicts_with = "show")]
        interactive: bool,
    },
    /// Validates notices and their messages without rendering.
    Check {
        /// Notice folders; default: every notice in the repository.
        notices: Vec<PathBuf>,
        /// Also lint every locale of the repository against the source locale (missing and
        /// obsolete messages, variables, references, plural forms, run-time errors).
        #[arg(long)]
        locales: bool,
        /// The locale translations are compared with.
        #[arg(long, default_value = "en", requires = "locales")]
        source_locale: String,
        /// Also apply these regulatory profiles (profiles/<name>.toml, comma-separated or
        /// repeated), e.g. eu-mdr, eu-ivdr, us-fda, uk-mhra, au-tga; those the notice names in
        /// `profiles = [...]` always apply.
        #[arg(long, value_delimiter = ',')]
        profile: Vec<String>,
        /// How to print problems: readable reports on standard error, or a JSON array on
        /// standard output.
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Prints the JSON Schemas of notice.toml and issuer.toml, or writes them to schemas/.
    Schema {
        /// Write schemas/notice.schema.json and schemas/issuer.schema.json instead of printing.
        #[arg(long)]
        write: bool,
    },
    /// Creates a notice skeleton with every section and its messages in each language.
    New {
        /// The notice id, e.g. FSN2026-0001; the folder notices/<id> must not exist.
        id: String,
        /// Languages to create message files for.
        #[arg(long, value_delimiter = ',', default_value = "en")]
        lang: Vec<String>,
        /// The issuer (a folder under issuers/).
        #[arg(long, default_value = "illumina")]
        issuer: String,
        /// The kind of notice: its label and titles.
        #[arg(long, value_enum, default_value = "field-safety-notice")]
        kind: NoticeKind,
        /// Title messages instead of the kind's (repeat for several); an id that is no shared
        /// message is added to each language's file to be written.
        #[arg(long = "title")]
        titles: Vec<String>,
        /// No recall label, whatever the kind.
        #[arg(long)]
        no_label: bool,
        /// Print the in-vitro-diagnostic intended-use line in the footer.
        #[arg(long)]
        ivd: bool,
        /// The issue date, YYYY-MM-DD; default: today.
        #[arg(long)]
        date: Option<String>,
        /// Signatories by the issuer's keys (repeat for several); default: all of the issuer's.
        #[arg(long = "signatory")]
        signatories: Vec<String>,
        /// No reply form.
        #[arg(long)]
        no_form: bool,
    },
    /// Prints the composed notice (the data the renderers receive) as JSON.
    Compose {
        /// The notice folder.
        notice: PathBuf,
        /// The language.
        #[arg(long)]
        lang: String,
    },
    /// Serves a notice on 127.0.0.1 while it is drafted: its HTML and PDF side by side,
    /// rendered again whenever one of its files is saved.
    Preview {
        /// The notice folder, e.g. notices/FSN2025-1682.
        notice: PathBuf,
        /// The language shown first; default: the notice's first language.
        #[arg(long)]
        lang: Option<String>,
        /// The port on 127.0.0.1; 0 picks a free one (the address is printed).
        #[arg(long, default_value_t = 8765)]
        port: u16,
    },
    /// Exchanges translations with CAT tools as XLIFF 2.0.
    Xliff {
        #[command(subcommand)]
        command: XliffCommand,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum XliffCommand {
    /// Writes every .ftl layer of the source locale, with the target language's translations,
    /// as one XLIFF 2.0 document.
    Export {
        /// The target language.
        #[arg(long)]
        lang: String,
        /// The language translators translate from.
        #[arg(long, default_value = "en")]
        source_locale: String,
        /// Where to write the document; default: standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Only the files these notices are made from (their own, their issuer's and the
        /// shared ones): ids under notices/, or notice folders; default: every file.
        #[arg(long)]
        notice: Vec<String>,
        /// Only the units in this state.
        #[arg(long, value_enum)]
        only: Option<ExportOnly>,
    },
    /// Writes the targets of an XLIFF 2.0 document into the target language's .ftl files.
    Import {
        /// The XLIFF file.
        file: PathBuf,
        /// Report what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Also take translations of a source text that changed since the export (they stay
        /// unreviewed until `fsn review`); without it they are refused.
        #[arg(long)]
        accept_stale: bool,
    },
}

/// Which units `fsn xliff export --only` keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportOnly {
    /// Untranslated, unreviewed, changed since review, or stale (its source changed).
    NeedsWork,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ManifestCommand {
    /// Joins the manifests of shards into one and writes it with the index page.
    Merge {
        /// The shards' manifest.json files.
        #[arg(required = true)]
        manifests: Vec<PathBuf>,
        /// Output folder for manifest.json and index.html.
        #[arg(long, default_value = "dist")]
        out: PathBuf,
    },
}

/// The kind of a new notice, which decides its label and titles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum NoticeKind {
    /// "Urgent Field Safety Notice", no label.
    FieldSafetyNotice,
    /// "Urgent Medical Device Recall", labelled "Recall".
    Recall,
}

impl NoticeKind {
    /// The shared label message (if any) and title messages.
    pub(crate) fn label_and_titles(self) -> (Option<&'static str>, &'static [&'static str]) {
        match self {
            Self::FieldSafetyNotice => (None, &["title-urgent-safety-notice"]),
            Self::Recall => (Some("label-recall"), &["title-urgent-device-recall"]),
        }
    }
}

/// How `fsn check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// Reports with the source excerpt, for people.
    Text,
    /// A JSON array of {code, severity, message, file, line, column, help}, for tools.
    Json,
}

/// `--jobs`: a count of at least one (`--jobs 0` would render nothing and say it built).
fn parse_jobs(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_owned()),
        Ok(jobs) => Ok(jobs),
        Err(_) => Err(format!(
            "`{value}` is not a number of documents, e.g. --jobs 2"
        )),
    }
}
