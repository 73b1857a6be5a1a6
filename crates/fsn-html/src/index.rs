//! The index page of a build: every notice × language with its title, date and files.

use crate::writer::Html;

/// One notice in one language, as listed on the index page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    /// Notice id, e.g. `FSN2025-1682`.
    pub notice_id: String,
    /// Language tag.
    pub lang: String,
    /// Title in that language.
    pub title: String,
    /// Issue date as printed in that language.
    pub date_line: String,
    /// Links to the files: (format label, relative path).
    pub files: Vec<(String, String)>,
}

const STYLE: &str = "body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;margin:0;color:#1a1a1a}\
main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{color:#0b5b8c;font-size:1.5rem}\
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}\
th,td{border:1px solid #9aa5ad;padding:.4rem .6rem;text-align:left;vertical-align:top}\
thead th{background:#e9eef2}a{color:#0b5b8c}";

/// Renders the index page; entries are listed in the order given.
pub fn index(title: &str, entries: &[IndexEntry]) -> String {
    let mut html = Html::new();
    html.raw("<!DOCTYPE html>\n");
    html.open("html", &[("lang", "en")]);
    html.open("head", &[]);
    html.void("meta", &[("charset", "utf-8")]);
    html.void(
        "meta",
        &[
            ("name", "viewport"),
            ("content", "width=device-width, initial-scale=1"),
        ],
    );
    html.element("title", &[], title);
    html.open("style", &[]);
    html.raw(STYLE);
    html.close("style");
    html.close("head");
    html.newline();
    html.open("body", &[]);
    html.open("main", &[]);
    html.element("h1", &[], title);
    html.open("div", &[("class", "scroll")]);
    html.open("table", &[]);
    html.open("thead", &[]);
    html.open("tr", &[]);
    for heading in ["Notice", "Language", "Title", "Date", "Files"] {
        html.element("th", &[("scope", "col")], heading);
    }
    html.close("tr");
    html.close("thead");
    html.open("tbody", &[]);
    html.newline();
    for entry in entries {
        html.open("tr", &[]);
        html.element("td", &[], &entry.notice_id);
        html.element("td", &[], &entry.lang);
        html.open("td", &[("lang", &entry.lang)]);
        html.text(&entry.title);
        html.close("td");
        html.open("td", &[("lang", &entry.lang)]);
        html.text(&entry.date_line);
        html.close("td");
        html.open("td", &[]);
        for (position, (label, href)) in entry.files.iter().enumerate() {
            if position > 0 {
                html.text(" · ");
            }
            if is_relative_file(href) {
                html.element("a", &[("href", href)], label);
            } else {
                // Not a file beside the page (`javascript:…`, `//host/…`, `../…`): no link.
                html.text(label);
            }
        }
        html.close("td");
        html.close("tr");
        html.newline();
    }
    html.close("tbody");
    html.close("table");
    html.close("div");
    html.close("main");
    html.close("body");
    html.close("html");
    html.newline();
    html.finish()
}

/// Whether `href` is a plain relative path to a file below the index page: no scheme, no
/// host, no way up. Manifests are checked before they get here (issue 12, D12); the page
/// does not rely on it.
fn is_relative_file(href: &str) -> bool {
    !href.is_empty()
        && !href.starts_with('/')
        && href
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && href
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_entries_and_escapes_them() {
        let page = index(
            "Notices",
            &[IndexEntry {
                notice_id: "FSN<1>".into(),
                lang: "it".into(),
                title: "Avviso \"urgente\"".into(),
                date_line: "Giovedì 16 gennaio 2025".into(),
                files: vec![("PDF".into(), "FSN/FSN_it.pdf".into())],
            }],
        );
        assert!(page.contains("<td>FSN&lt;1&gt;</td>"));
        assert!(page.contains("Avviso &quot;urgente&quot;"));
        assert!(page.contains("<a href=\"FSN/FSN_it.pdf\">PDF</a>"));
    }

    /// See: issue 12, D12 (a shard's `javascript:` path became a live link).
    #[test]
    fn only_relative_file_paths_become_links() {
        for (href, linked) in [
            ("FSN/FSN_it.pdf", true),
            ("javascript:alert(document.cookie)", false),
            ("//evil.example/x.pdf", false),
            ("/etc/passwd", false),
            ("../x.pdf", false),
            ("FSN/./x.pdf", false),
            ("", false),
        ] {
            let page = index(
                "Notices",
                &[IndexEntry {
                    notice_id: "FSN".into(),
                    lang: "it".into(),
                    title: "t".into(),
                    date_line: "d".into(),
                    files: vec![("PDF".into(), href.into())],
                }],
            );
            assert_eq!(page.contains("<a href"), linked, "{href}");
            assert!(page.contains("PDF"), "{href}");
        }
    }
}
