//! Printing diagnostics for people: miette's graphical report, one per problem.

use std::io::{IsTerminal, Write};

use fsn_core::{Diagnostic, Diagnostics};
use miette::{GraphicalReportHandler, GraphicalTheme};

/// Why a command failed.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Problems with the input, each located.
    Input(Diagnostics),
    /// A renderer failed.
    Render(String),
}

impl From<Diagnostics> for Failure {
    fn from(diagnostics: Diagnostics) -> Self {
        Self::Input(diagnostics)
    }
}

impl From<Diagnostic> for Failure {
    fn from(diagnostic: Diagnostic) -> Self {
        Self::Input(diagnostic.into())
    }
}

/// Prints diagnostics (errors and warnings) to standard error, and stops when no one reads
/// it any more (`fsn check … 2>&1 | head`): thousands of reports of a long line would take
/// seconds to lay out for nobody.
pub(crate) fn print_diagnostics(diagnostics: &Diagnostics) {
    let theme = if std::io::stderr().is_terminal() {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme);
    for diagnostic in diagnostics.iter() {
        let mut out = String::new();
        if handler.render_report(&mut out, diagnostic).is_err() {
            out = format!("{}\n", diagnostic.short());
        }
        if std::io::stderr().write_all(out.as_bytes()).is_err() {
            return;
        }
    }
}

/// Prints why the command failed. `writes` says whether the command writes files; only
/// then, and only when it put nothing in place, does the report end "nothing was written".
pub(crate) fn print(failure: &Failure, writes: bool) {
    let outcome = match (writes, crate::output::anything_written()) {
        (false, _) => "",
        (true, false) => "; nothing was written",
        (true, true) => "; some output was written (see above)",
    };
    match failure {
        Failure::Input(diagnostics) => {
            print_diagnostics(diagnostics);
            eprintln!("fsn: {diagnostics}{outcome}");
        }
        Failure::Render(message) => eprintln!("fsn: {message}{outcome}"),
    }
}

/// Diagnostics as the CLI prints them, without colour, for showing elsewhere (the preview page).
pub(crate) fn render_text(diagnostics: &Diagnostics) -> String {
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor());
    let mut out = String::new();
    for diagnostic in diagnostics.iter() {
        if handler.render_report(&mut out, diagnostic).is_err() {
            out.push_str(&diagnostic.short());
            out.push('\n');
        }
    }
    out
}
