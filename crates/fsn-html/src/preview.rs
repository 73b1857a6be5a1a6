//! The page of `fsn preview`: a notice's HTML and PDF side by side, a language switcher, and a
//! small script that reloads them when their sources change. The page names its frames'
//! documents itself, so it shows the notice without the script (a screenshot of it taken by a
//! headless browser, say); the script only refreshes them.
//!
//! This page is a drafting aid served on the author's own machine; it is never written to an
//! output folder. Published pages (`html`) stay free of scripts: the script lives here only,
//! and it shows the documents in frames loaded from the preview server.

use crate::writer::Html;

/// What the preview page shows.
#[derive(Debug, Clone, Copy)]
pub struct PreviewPage<'a> {
    /// The notice's id, shown as the page title.
    pub notice_id: &'a str,
    /// The notice's languages, published and draft, for the switcher.
    pub languages: &'a [String],
    /// The language shown.
    pub lang: &'a str,
    /// The version of the language's HTML page the server has now, if any: the frame loads
    /// it, and the script reloads the frame only when the version moves.
    pub html_version: Option<u64>,
    /// The same for the PDF.
    pub pdf_version: Option<u64>,
    /// Why the last rendering failed, shown until the script learns of a good one.
    pub error: Option<&'a str>,
}

/// The script of the preview page. It asks the server for the state of the language shown
/// whenever the server announces a change (server-sent events), reloads a frame only when
/// its document changed, and shows the last error as text (never as markup).
const SCRIPT: &str = r#"
const lang = document.body.dataset.lang;
function loaded(frame) {
  const version = document.getElementById(frame).dataset.version;
  return version === undefined ? -1 : Number(version);
}
const seen = { html: loaded("html-frame"), pdf: loaded("pdf-frame") };
const error = document.getElementById("error");
function show(frame, format, version) {
  if (seen[format] === version || version < 0) return;
  seen[format] = version;
  document.getElementById(frame).src =
    "/doc/" + encodeURIComponent(lang) + "." + format + "?v=" + version;
}
async function refresh() {
  const response = await fetch("/state.json?lang=" + encodeURIComponent(lang), { cache: "no-store" });
  const state = await response.json();
  error.textContent = state.error || "";
  error.hidden = !state.error;
  show("html-frame", "html", state.html);
  show("pdf-frame", "pdf", state.pdf);
}
for (const button of document.querySelectorAll("button[data-view]")) {
  button.addEventListener("click", () => { document.body.dataset.view = button.dataset.view; });
}
new EventSource("/events").onmessage = refresh;
refresh();
"#;

const STYLE: &str = "\
body{margin:0;font-family:sans-serif;display:flex;flex-direction:column;height:100vh}\
header{display:flex;gap:1em;align-items:center;padding:.4em .8em;background:#eee;flex-wrap:wrap}\
header nav a{margin-right:.4em}header nav a[aria-current]{font-weight:bold}\
#error{margin:0;padding:.8em;background:#fee;color:#600;white-space:pre-wrap;max-height:40vh;overflow:auto}\
main{flex:1;display:flex}main iframe{flex:1;border:0;border-left:1px solid #ccc}\
body[data-view=html] #pdf-frame,body[data-view=pdf] #html-frame{display:none}";

/// Renders the preview page for one language.
pub fn preview_page(page: &PreviewPage<'_>) -> String {
    let mut html = Html::new();
    html.raw("<!DOCTYPE html>\n");
    html.open("html", &[("lang", "en")]);
    html.open("head", &[]);
    html.void("meta", &[("charset", "utf-8")]);
    html.element(
        "title",
        &[],
        &format!("{} ({}) — fsn preview", page.notice_id, page.lang),
    );
    html.open("style", &[]);
    html.raw(STYLE);
    html.close("style");
    html.close("head");
    html.newline();
    html.open("body", &[("data-lang", page.lang), ("data-view", "both")]);
    html.open("header", &[]);
    html.element("strong", &[], page.notice_id);
    html.open("nav", &[("aria-label", "languages")]);
    for lang in page.languages {
        let href = format!("/?lang={lang}");
        if lang == page.lang {
            html.element("a", &[("href", &href), ("aria-current", "page")], lang);
        } else {
            html.element("a", &[("href", &href)], lang);
        }
    }
    html.close("nav");
    for (view, label) in [("both", "HTML + PDF"), ("html", "HTML"), ("pdf", "PDF")] {
        html.element("button", &[("type", "button"), ("data-view", view)], label);
    }
    html.close("header");
    html.newline();
    match page.error {
        Some(error) => html.element("pre", &[("id", "error")], error),
        None => {
            html.open("pre", &[("id", "error"), ("hidden", "")]);
            html.close("pre");
        }
    }
    html.open("main", &[]);
    frame(&mut html, page, "html", page.html_version, "HTML rendering");
    frame(&mut html, page, "pdf", page.pdf_version, "PDF rendering");
    html.close("main");
    html.newline();
    html.open("script", &[]);
    html.raw(SCRIPT);
    html.close("script");
    html.close("body");
    html.close("html");
    html.newline();
    html.finish()
}

/// A frame showing the language's document in `format`: the version the server has (which
/// the script compares with what the server announces later), or, when none is rendered yet,
/// the document as it will be (the server answers once it is rendered).
fn frame(html: &mut Html, page: &PreviewPage<'_>, format: &str, version: Option<u64>, title: &str) {
    let id = format!("{format}-frame");
    let mut src = format!("/doc/{}.{format}", page.lang);
    let version = version.map(|version| version.to_string());
    if let Some(version) = &version {
        src = format!("{src}?v={version}");
    }
    let mut attributes = vec![("id", id.as_str()), ("title", title), ("src", src.as_str())];
    if let Some(version) = &version {
        attributes.push(("data-version", version.as_str()));
    }
    html.open("iframe", &attributes);
    html.close("iframe");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_language_and_escapes_them() {
        let languages = vec!["de".to_owned(), "en\"><x".to_owned()];
        let page = preview_page(&PreviewPage {
            notice_id: "FSN<1>",
            languages: &languages,
            lang: "de",
            html_version: Some(3),
            pdf_version: None,
            error: None,
        });
        assert!(page.contains(r#"<a href="/?lang=de" aria-current="page">de</a>"#));
        assert!(page.contains("FSN&lt;1&gt;"));
        assert!(!page.contains("en\"><x"));
        assert!(page.contains(r#"data-lang="de""#));
        // The frames name their documents without the script.
        assert!(page.contains(r#"src="/doc/de.html?v=3" data-version="3""#));
        assert!(
            page.contains(r#"<iframe id="pdf-frame" title="PDF rendering" src="/doc/de.pdf">"#)
        );
        assert!(page.contains(r#"<pre id="error" hidden="">"#));
    }
}
