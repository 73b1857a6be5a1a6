//! Every notice's HTML in a real browser: headless Chromium parses it, the page logs no console
//! error, the parsed DOM holds nothing that loads a resource, and Chromium makes no request to
//! any address the page names. Screenshots are kept in `target/browser-screenshots/`.
//!
//! Skipped, with a message, where Chromium is not installed; `.ci/run` installs it.
//! See: issue 6 (real browser).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use fsn_core::Repository;

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|path| path.is_file())
}

/// Runs headless Chromium on a page with the given extra arguments; returns stdout and stderr.
fn run_chromium(chromium: &Path, profile: &Path, page: &Path, extra: &[&str]) -> (String, String) {
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            // Nothing resolves: a request the page makes fails fast instead of leaving the box.
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        output.status.success(),
        "chromium failed on {}",
        page.display()
    );
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The URLs of all requests in a Chromium net log.
fn requested_urls(net_log: &Path) -> Vec<String> {
    let log: serde_json::Value = serde_json::from_slice(&std::fs::read(net_log).unwrap()).unwrap();
    let mut urls: Vec<String> = log["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|event| event["params"]["url"].as_str().map(str::to_owned))
        .collect();
    urls.sort();
    urls.dedup();
    urls
}

#[test]
fn every_notice_loads_in_chromium_without_errors_or_requests() {
    let Some(chromium) = chromium() else {
        eprintln!(
            "SKIPPED: Chromium is not installed (apt-get install chromium); .ci/run installs it"
        );
        return;
    };
    let root = common::repo_root();
    let repository = Repository::open(&root).unwrap();
    let mut dirs = repository.notice_dirs().unwrap();
    dirs.push(root.join("examples/notices/EXAMPLE-0001"));
    // The second issuer's notices: its logo, theme, lots, figure and form pieces.
    dirs.push(root.join("examples/notices/EXAMPLE-0003"));
    dirs.push(root.join("examples/notices/EXAMPLE-0004"));
    let work = tempfile::tempdir().unwrap();
    let screenshots = root.join("target/browser-screenshots");
    std::fs::create_dir_all(&screenshots).unwrap();

    for dir in dirs {
        let loaded = repository.load(&dir).unwrap();
        for lang in loaded.languages() {
            let document = loaded.compose(lang).unwrap();
            let name = format!("{}_{lang}", document.meta.notice_id);
            let html = fsn_html::html(&document);
            let page = work.path().join(format!("{name}.html"));
            std::fs::write(&page, &html).unwrap();
            let net_log = work.path().join(format!("{name}.netlog.json"));
            let profile = work.path().join(format!("profile-{name}"));
            let (dom, log) = run_chromium(
                &chromium,
                &profile,
                &page,
                &[
                    "--dump-dom",
                    &format!("--log-net-log={}", net_log.display()),
                ],
            );

            assert!(
                dom.contains("</main>"),
                "{name}: the page did not load:\n{log}"
            );
            let console: Vec<&str> = log
                .lines()
                .filter(|line| line.contains(":CONSOLE"))
                .collect();
            assert!(console.is_empty(), "{name}: console messages: {console:#?}");
            let lower = dom.to_lowercase();
            for loader in [
                "<script", "<iframe", "<link", "<object", "<embed", "<video", "<audio", "<source",
                "url(", "@import",
            ] {
                assert!(
                    !lower.contains(loader),
                    "{name}: the parsed page holds {loader:?}"
                );
            }
            // Pictures (a logo, figures) are carried inside the page, never fetched.
            for img in lower.split("<img").skip(1) {
                assert!(
                    img.trim_start().starts_with("src=\"data:image/"),
                    "{name}: a picture not inside the page: <img{}",
                    &img[..img.len().min(80)]
                );
            }
            // Chromium's own services may try to phone home; the page may not. No request may
            // go to an address that the page names.
            for url in requested_urls(&net_log) {
                let named =
                    url.starts_with("http") && html.contains(url.split('?').next().unwrap_or(&url));
                assert!(!named, "{name}: the page made a request to {url}");
            }
        }
    }

    // Screenshots of one notice, on a desktop and a phone, for people to look at.
    let document = {
        let loaded = repository.load(&root.join("notices/FSN2025-1682")).unwrap();
        loaded.compose("it").unwrap()
    };
    let page = work.path().join("screenshot.html");
    std::fs::write(&page, fsn_html::html(&document)).unwrap();
    for (label, size) in [("desktop", "1000,2600"), ("phone", "390,2600")] {
        let shot = screenshots.join(format!("FSN2025-1682_it_{label}.png"));
        let profile = work.path().join(format!("profile-shot-{label}"));
        run_chromium(
            &chromium,
            &profile,
            &page,
            &[
                "--hide-scrollbars",
                &format!("--window-size={size}"),
                &format!("--screenshot={}", shot.display()),
            ],
        );
        assert!(
            std::fs::metadata(&shot)
                .map(|meta| meta.len() > 10_000)
                .unwrap_or(false),
            "no screenshot at {}",
            shot.display()
        );
    }
}
