//! The `fsn` command: renders field safety notices to PDF and HTML.
//!
//! `main` parses arguments, runs one command and turns its outcome into the exit status;
//! the work happens in `fsn-core`, `fsn-pdf` and `fsn-html`.

/// `eprintln!` that does not panic when standard error is closed (`fsn … 2>&1 | head`).
macro_rules! eprintln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// `println!` that does not panic when standard output is closed (`fsn compose … | head`).
macro_rules! println {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// `print!` that does not panic when standard output is closed (`fsn xliff export … | head`).
macro_rules! print {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

mod args;
mod build;
mod commands;
mod options;
mod output;
mod parallel;
mod pdf_errors;
mod preview;
mod report;
mod review;
mod skeleton;
mod status;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = args::Args::parse();
    let writes = commands::writes_files(&args.command);
    match commands::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            report::print(&failure, writes);
            ExitCode::FAILURE
        }
    }
}
