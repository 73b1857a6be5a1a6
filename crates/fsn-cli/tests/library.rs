//! fsn as a library: the example program of docs/USING.md (examples/render.rs) runs here, and
//! gives what the `fsn` binary gives, bytes and diagnostics alike.
//!
//! See: issue 16, item 4 (a library API, shown in the README and a runnable example).

#[path = "../../../examples/render.rs"]
#[allow(
    dead_code,
    unreachable_pub,
    reason = "the example's main is not called here"
)]
mod example;

use std::process::{Command, Output};

use crate::common::{NOTICE, Sandbox, repo_root};
use fsn_core::{Diagnostic, Diagnostics};
use miette::{GraphicalReportHandler, GraphicalTheme};

/// Runs `fsn` from a folder outside the repository, so it reports the paths it was given.
fn fsn_outside(args: &[&str]) -> (Output, tempfile::TempDir) {
    let elsewhere = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(args)
        .current_dir(elsewhere.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (output, elsewhere)
}

#[test]
fn the_example_renders_the_bytes_fsn_render_writes() {
    let notice = repo_root().join("notices").join(NOTICE);
    let rendered = example::render(&notice, "it").unwrap_or_else(|report| panic!("{report:?}"));

    let out = tempfile::tempdir().unwrap();
    let out_arg = out.path().to_str().unwrap();
    let (output, _elsewhere) = fsn_outside(&[
        "render",
        notice.to_str().unwrap(),
        "--lang",
        "it",
        "--out",
        out_arg,
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = std::fs::read(out.path().join(format!("{NOTICE}_it.pdf"))).unwrap();
    let html = std::fs::read_to_string(out.path().join(format!("{NOTICE}_it.html"))).unwrap();
    assert!(rendered.pdf.starts_with(b"%PDF-"));
    assert!(rendered.pdf == pdf, "the example's PDF differs from fsn's");
    assert!(
        rendered.html == html,
        "the example's HTML differs from fsn's"
    );
}

#[test]
fn the_example_returns_the_diagnostics_fsn_prints() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace("issuer = \"illumina\"", "issuer = \"nobody\"")
    });
    let notice = sandbox.path(&format!("notices/{NOTICE}"));

    let Err(report) = example::render(&notice, "it") else {
        panic!("the example rendered a notice with an unknown issuer");
    };
    let diagnostics: Vec<&Diagnostic> = match report.downcast_ref::<Diagnostics>() {
        Some(diagnostics) => diagnostics.iter().collect(),
        None => vec![
            report
                .downcast_ref::<Diagnostic>()
                .unwrap_or_else(|| panic!("not an fsn diagnostic: {report:?}")),
        ],
    };
    assert_eq!(
        diagnostics
            .iter()
            .map(|diagnostic| diagnostic.code)
            .collect::<Vec<_>>(),
        ["fsn::project::unknown_issuer"]
    );

    // The CLI prints each diagnostic with miette's plain theme when standard error is no terminal.
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor());
    let mut expected = String::new();
    for diagnostic in &diagnostics {
        handler.render_report(&mut expected, *diagnostic).unwrap();
    }
    assert!(expected.contains("notice.toml:"), "{expected}");
    let (output, _elsewhere) = fsn_outside(&["render", notice.to_str().unwrap(), "--lang", "it"]);
    let printed = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        printed.starts_with(&expected),
        "fsn printed:\n{printed}\nthe example's diagnostics read:\n{expected}"
    );
}

/// The user guide's library section shows the example's code, line for line.
#[test]
fn the_user_guide_shows_the_example() {
    let guide = std::fs::read_to_string(repo_root().join("docs/USING.md")).unwrap();
    let example = std::fs::read_to_string(repo_root().join("examples/render.rs")).unwrap();
    let section = guide
        .split("\n## ")
        .find(|section| section.starts_with("Library"))
        .expect("docs/USING.md has a `## Library` section");
    let code = section
        .split("```rust\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the Library section has a rust code block");
    let example_lines: Vec<&str> = example.lines().map(str::trim).collect();
    let mut from = 0;
    for line in code.lines().map(str::trim).filter(|line| !line.is_empty()) {
        match example_lines[from..].iter().position(|have| *have == line) {
            Some(found) => from += found + 1,
            None => {
                panic!("docs/USING.md line `{line}` is not in examples/render.rs (in this order)")
            }
        }
    }
}
