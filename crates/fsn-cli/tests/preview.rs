//! `fsn preview` as an author uses it: start it on a free port, read the page, save a change
//! to a message and see the new text, break the file and see the error (with the last good
//! rendering still served), fix it and see the preview recover.
//!
//! Driven over HTTP, as the page's own script does (`/state.json`, `/doc/<lang>.<format>`).
//! See: issue 16 (live drafting loop).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{self, NOTICE, Sandbox};

/// The preview process, stopped when the test ends however it ends.
struct Preview {
    child: Child,
    port: u16,
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Preview {
    fn start(sandbox: &Sandbox, lang: &str) -> Self {
        let notice = format!("notices/{NOTICE}");
        let mut child = Command::new(env!("CARGO_BIN_EXE_fsn"))
            .args(["preview", &notice, "--lang", lang, "--port", "0"])
            .current_dir(sandbox.path(""))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("fsn preview starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let address = line
            .split_whitespace()
            .find(|word| word.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        assert!(
            address.starts_with("http://127.0.0.1:"),
            "binds loopback only: {address}"
        );
        let port = address
            .trim_start_matches("http://127.0.0.1:")
            .trim_end_matches('/')
            .parse()
            .unwrap();
        Self { child, port }
    }

    /// GETs a path; returns the status line and the body.
    fn get_as(&self, path: &str, host: &str) -> (String, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let split = response
            .windows(4)
            .position(|window| window == b"\r\n\r\n")
            .expect("a response head");
        let head = String::from_utf8_lossy(&response[..split]).into_owned();
        let status = head.lines().next().unwrap_or_default().to_owned();
        (status, response[split + 4..].to_vec())
    }

    fn get(&self, path: &str) -> (String, Vec<u8>) {
        self.get_as(path, &format!("127.0.0.1:{}", self.port))
    }

    fn text(&self, path: &str) -> String {
        let (status, body) = self.get(path);
        assert!(status.contains("200"), "{path}: {status}");
        String::from_utf8(body).unwrap()
    }

    fn state(&self, lang: &str) -> serde_json::Value {
        serde_json::from_str(&self.text(&format!("/state.json?lang={lang}"))).unwrap()
    }

    /// Polls the state until `done` holds (the watcher and renderer work in the background).
    fn wait_for(&self, lang: &str, what: &str, done: impl Fn(&serde_json::Value) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let state = self.state(lang);
            if done(&state) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waited in vain for {what}: {state}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[test]
fn renders_again_on_save_shows_errors_and_recovers() {
    let sandbox = Sandbox::new();
    let preview = Preview::start(&sandbox, "en");
    let messages = format!("notices/{NOTICE}/locales/en.ftl");

    // The page: both views, a switcher over the notice's languages, the change script.
    let page = preview.text("/?lang=en");
    assert!(page.contains(r#"id="html-frame""#) && page.contains(r#"id="pdf-frame""#));
    for lang in ["it", "de", "en"] {
        assert!(page.contains(&format!(r#"href="/?lang={lang}""#)), "{lang}");
    }
    assert!(page.contains("new EventSource(\"/events\")"));

    // The first rendering: HTML without any script, and a PDF.
    let html = preview.text("/doc/en.html");
    assert!(html.contains("<html lang=\"en\""));
    assert!(
        !html.contains("<script"),
        "the published page stays script-free"
    );
    let (status, pdf) = preview.get("/doc/en.pdf");
    assert!(
        status.contains("200") && pdf.starts_with(b"%PDF-"),
        "{status}"
    );

    // Save a change: the new text appears, in HTML and in the PDF.
    let before = preview.state("en");
    sandbox.edit(&messages, |text| {
        text.replacen(
            "closing-remarks = ",
            "closing-remarks = Preview-Marker-One ",
            1,
        )
    });
    preview.wait_for("en", "the new HTML", |state| {
        state["html"] != before["html"]
    });
    assert!(preview.text("/doc/en.html").contains("Preview-Marker-One"));
    preview.wait_for("en", "the new PDF", |state| state["pdf"] != before["pdf"]);
    let (_, pdf) = preview.get("/doc/en.pdf");
    assert!(common::pdf_text(&pdf).contains("Preview-Marker-One"));

    // Break the file: the error shows as the CLI reports it, the last good rendering stays.
    let good = preview.state("en");
    sandbox.edit(&messages, |text| {
        text.replacen("closing-remarks = ", "closing-remarks = { unclosed ", 1)
    });
    preview.wait_for("en", "the error", |state| state["error"].is_string());
    let error = preview.state("en")["error"].as_str().unwrap().to_owned();
    assert!(error.contains("en.ftl"), "names the file: {error}");
    assert!(
        error.contains(&format!("{NOTICE}/locales/en.ftl:")),
        "with line and column: {error}"
    );
    assert_eq!(preview.state("en")["html"], good["html"]);
    assert!(preview.text("/doc/en.html").contains("Preview-Marker-One"));

    // Fix it: the error goes, the new text shows.
    sandbox.edit(&messages, |text| {
        text.replacen(
            "closing-remarks = { unclosed ",
            "closing-remarks = Preview-Marker-Two ",
            1,
        )
    });
    preview.wait_for("en", "recovery", |state| {
        state["error"].is_null() && state["html"] != good["html"]
    });
    assert!(preview.text("/doc/en.html").contains("Preview-Marker-Two"));
}

#[test]
fn answers_only_its_own_host_and_languages() {
    let sandbox = Sandbox::new();
    let preview = Preview::start(&sandbox, "de");
    let (status, _) = preview.get_as("/", "attacker.example");
    assert!(status.contains("403"), "{status}");
    let (status, _) = preview.get_as("/", &format!("localhost:{}", preview.port));
    assert!(status.contains("200"), "{status}");
    for path in [
        "/doc/xx.html",
        "/?lang=..%2F..%2Fetc",
        "/doc/../../notice.toml",
    ] {
        let (status, _) = preview.get(path);
        assert!(status.contains("404"), "{path}: {status}");
    }
    // A language other than the first is rendered on demand.
    assert!(preview.text("/doc/it.html").contains("<html lang=\"it\""));
}

/// The frame's `src` in the page, as a browser without script would load it.
fn frame_src(page: &str, id: &str) -> String {
    let tag = format!(r#"<iframe id="{id}""#);
    let start = page
        .find(&tag)
        .unwrap_or_else(|| panic!("no {id} in {page}"));
    let frame = &page[start..start + page[start..].find('>').unwrap()];
    let src = frame
        .split(r#" src=""#)
        .nth(1)
        .unwrap_or_else(|| panic!("{id} has no src: {frame}"));
    src[..src.find('"').unwrap()].replace("&amp;", "&")
}

#[test]
fn the_page_opens_in_the_language_asked_for_and_shows_it_without_script() {
    let sandbox = Sandbox::new();
    let preview = Preview::start(&sandbox, "de");

    // `/`, the address the preview prints, shows German, not the notice's first language.
    let page = preview.text("/");
    assert!(page.contains(r#"data-lang="de""#), "{page}");
    assert!(page.contains(r#"<a href="/?lang=de" aria-current="page">de</a>"#));

    // Each frame names its German document in the page itself: no script is needed to see it.
    let html_src = frame_src(&page, "html-frame");
    let pdf_src = frame_src(&page, "pdf-frame");
    assert!(html_src.starts_with("/doc/de.html"), "{html_src}");
    assert!(pdf_src.starts_with("/doc/de.pdf"), "{pdf_src}");
    let html = preview.text(&html_src);
    assert!(html.contains("<html lang=\"de\""), "{html_src}");
    let (status, pdf) = preview.get(&pdf_src);
    assert!(
        status.contains("200") && pdf.starts_with(b"%PDF-"),
        "{pdf_src}: {status}"
    );

    // Once rendered, the page names the versions it shows, so the script does not load the
    // frames a second time.
    preview.wait_for("de", "the PDF", |state| state["pdf"].as_i64() > Some(0));
    let state = preview.state("de");
    let page = preview.text("/");
    assert_eq!(
        frame_src(&page, "html-frame"),
        format!("/doc/de.html?v={}", state["html"]),
        "{page}"
    );
    assert_eq!(
        frame_src(&page, "pdf-frame"),
        format!("/doc/de.pdf?v={}", state["pdf"])
    );
    // Another language stays a click away.
    assert!(frame_src(&preview.text("/?lang=it"), "html-frame").starts_with("/doc/it.html"));
}
