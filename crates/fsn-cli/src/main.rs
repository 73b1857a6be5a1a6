//! The `fsn` command: renders field safety notices to PDF and HTML.
//!
//! `main` parses arguments, runs one command and turns its outcome into the exit status;
//! the work happens in `fsn-core`, `fsn-pdf` and `fsn-html`.

mod args;
mod build;
mod commands;
mod output;
mod report;
mod skeleton;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = args::Args::parse();
    match commands::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            report::print(&failure);
            ExitCode::FAILURE
        }
    }
}
