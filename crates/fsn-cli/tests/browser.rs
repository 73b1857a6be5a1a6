//! Every notice's HTML in a real browser: headless Chromium parses it, the page logs no console
//! error, the parsed DOM holds nothing that loads a resource, and Chromium makes no request to
//! any address the page names. One browser loads all the pages, one after another.
//! Screenshots are kept in `target/browser-screenshots/`.
//!
//! Skipped, with a message, where Chromium is not installed; `.ci/run` installs it.
//! See: issue 6 (real browser).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::thread::JoinHandle;

use fsn_core::Repository;
use serde_json::{Value, json};

use crate::common;

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

/// The switches every headless Chromium run here gets.
const SWITCHES: [&str; 11] = [
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
];

/// Runs headless Chromium on a page with the given extra arguments; returns stdout and stderr.
fn run_chromium(chromium: &Path, profile: &Path, page: &Path, extra: &[&str]) -> (String, String) {
    let output = Command::new(chromium)
        .args(SWITCHES)
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

/// One headless Chromium that loads page after page, driven over the DevTools protocol on a
/// pipe (`--remote-debugging-pipe`: JSON messages ending in a NUL byte, commands read from
/// file descriptor 3, replies and events written to 4). Starting Chromium costs about a
/// quarter of a second; loading one more page in a running one costs a few hundredths.
struct Browser {
    child: Child,
    commands: ChildStdin,
    replies: BufReader<ChildStdout>,
    /// Chromium's log (`--enable-logging=stderr`), read on a thread so that it never blocks.
    log: Option<JoinHandle<String>>,
    last_id: u64,
    /// The flat-mode session of the one tab.
    session: String,
    /// Events read while waiting for a reply.
    events: Vec<String>,
}

impl Browser {
    fn launch(chromium: &Path, profile: &Path, net_log: &Path) -> Self {
        // A shell puts the child's stdin and stdout on descriptors 3 and 4, where Chromium
        // expects the pipe, without unsafe code in the test.
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(r#"exec "$0" "$@" 3<&0 4>&1 0</dev/null 1>/dev/null"#)
            .arg(chromium)
            .args(SWITCHES)
            .arg("--remote-debugging-pipe")
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--log-net-log={}", net_log.display()))
            .arg("about:blank")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium runs");
        let mut stderr = child.stderr.take().unwrap();
        let log = std::thread::spawn(move || {
            let mut log = String::new();
            stderr.read_to_string(&mut log).unwrap();
            log
        });
        let mut browser = Self {
            commands: child.stdin.take().unwrap(),
            replies: BufReader::new(child.stdout.take().unwrap()),
            child,
            log: Some(log),
            last_id: 0,
            session: String::new(),
            events: Vec::new(),
        };
        let tab = browser.call("Target.createTarget", json!({ "url": "about:blank" }));
        let attached = browser.call(
            "Target.attachToTarget",
            json!({ "targetId": tab["targetId"], "flatten": true }),
        );
        browser.session = attached["sessionId"].as_str().unwrap().to_owned();
        browser.call("Page.enable", json!({}));
        browser
    }

    /// Sends a command (to the tab, once there is one) and returns its result.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.last_id += 1;
        let mut command = json!({ "id": self.last_id, "method": method, "params": params });
        if !self.session.is_empty() {
            command["sessionId"] = json!(self.session);
        }
        let mut bytes = serde_json::to_vec(&command).unwrap();
        bytes.push(0);
        self.commands.write_all(&bytes).unwrap();
        loop {
            let message = self.next_message();
            if message["id"] == self.last_id {
                assert!(message["error"].is_null(), "{method}: {message}");
                return message["result"].clone();
            }
            if let Some(event) = message["method"].as_str() {
                self.events.push(event.to_owned());
            }
        }
    }

    fn next_message(&mut self) -> Value {
        let mut bytes = Vec::new();
        self.replies.read_until(0, &mut bytes).unwrap();
        assert_eq!(bytes.pop(), Some(0), "chromium closed the pipe");
        serde_json::from_slice(&bytes).unwrap()
    }

    /// Loads a page and returns its parsed DOM once the page has loaded, as `--dump-dom`
    /// prints it.
    fn load(&mut self, page: &Path) -> String {
        self.events.clear();
        let navigated = self.call(
            "Page.navigate",
            json!({ "url": format!("file://{}", page.display()) }),
        );
        assert!(
            navigated["errorText"].is_null(),
            "{}: {navigated}",
            page.display()
        );
        while !self
            .events
            .iter()
            .any(|event| event == "Page.loadEventFired")
        {
            let message = self.next_message();
            if let Some(event) = message["method"].as_str() {
                self.events.push(event.to_owned());
            }
        }
        let dom = self.call(
            "Runtime.evaluate",
            json!({ "expression": "document.documentElement.outerHTML", "returnByValue": true }),
        );
        dom["result"]["value"].as_str().unwrap().to_owned()
    }

    /// Closes the browser; returns its log, which holds the console messages of every page.
    fn close(mut self) -> String {
        self.session.clear();
        self.call("Browser.close", json!({}));
        assert!(self.child.wait().unwrap().success(), "chromium failed");
        self.log.take().unwrap().join().unwrap()
    }
}

/// A browser left open by a failed check does not outlive the test.
impl Drop for Browser {
    fn drop(&mut self) {
        if self.log.is_some() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
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

    // Screenshots of one notice, on a desktop and a phone, for people to look at, taken by
    // two more browsers on the other core while the pages load.
    let document = {
        let loaded = repository.load(&root.join("notices/FSN2025-1682")).unwrap();
        loaded.compose("it").unwrap()
    };
    let page = work.path().join("screenshot.html");
    std::fs::write(&page, fsn_html::html(&document)).unwrap();
    let shots = std::thread::spawn({
        let (chromium, work) = (chromium.clone(), work.path().to_owned());
        move || take_screenshots(&chromium, &work, &page, &screenshots)
    });

    let net_log = work.path().join("netlog.json");
    let mut browser = Browser::launch(&chromium, &work.path().join("profile"), &net_log);
    let mut pages = Vec::new();
    for dir in dirs {
        let loaded = repository.load(&dir).unwrap();
        for lang in loaded.languages() {
            let document = loaded.compose(lang).unwrap();
            let name = format!("{}_{lang}", document.meta.notice_id);
            let html = fsn_html::html(&document);
            let page = work.path().join(format!("{name}.html"));
            std::fs::write(&page, &html).unwrap();
            let dom = browser.load(&page);

            assert!(dom.contains("</main>"), "{name}: the page did not load");
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
            pages.push((name, html));
        }
    }
    let log = browser.close();

    // Each console message names the page that logged it (`source: file://…`).
    let console: Vec<&str> = log
        .lines()
        .filter(|line| line.contains(":CONSOLE"))
        .collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    // Chromium's own services may try to phone home; the pages may not. No request may go
    // to an address that a page names.
    for url in requested_urls(&net_log) {
        for (name, html) in &pages {
            let named =
                url.starts_with("http") && html.contains(url.split('?').next().unwrap_or(&url));
            assert!(!named, "{name} names {url}, and Chromium requested it");
        }
    }
    shots.join().unwrap();
}

/// Screenshots of `page` on a desktop and a phone, into `screenshots`.
fn take_screenshots(chromium: &Path, work: &Path, page: &Path, screenshots: &Path) {
    for (label, size) in [("desktop", "1000,2600"), ("phone", "390,2600")] {
        let shot = screenshots.join(format!("FSN2025-1682_it_{label}.png"));
        let profile = work.join(format!("profile-shot-{label}"));
        run_chromium(
            chromium,
            &profile,
            page,
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
