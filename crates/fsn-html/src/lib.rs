//! HTML backend of fsn: renders a composed notice as one self-contained, escaped HTML5 page.

mod blocks;
mod form;
mod index;
mod preview;
mod writer;

pub use self::index::{IndexEntry, index};
pub use self::preview::{PreviewPage, preview_page};

use fsn_core::Document;
use fsn_core::document::{Contact, Footer, Inline, Signatory};

use crate::blocks::Level;
use crate::writer::Html;

/// The stylesheet, inlined in every page.
const STYLE: &str = include_str!("style.css");

/// Renders a document to one self-contained HTML page.
///
/// The page holds the same content in the same order as the PDF, fits a phone and prints on
/// A4. It loads nothing (no scripts, fonts or images; the CSS is inline), escapes every string
/// of the document and links only to `http`, `https` and `mailto` targets. The output depends
/// on the document alone: the same document always gives the same bytes.
///
/// ```
/// let repository = fsn_core::Repository::open("../..")?; // the repository of this crate
/// let notice = repository.load(&repository.notice_dir("FSN2025-1682"))?;
/// let page = fsn_html::html(&notice.compose("it")?);
/// assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"it\">"));
/// # Ok::<(), fsn_core::Diagnostics>(())
/// ```
pub fn html(document: &Document) -> String {
    let mut html = Html::new();
    html.raw("<!DOCTYPE html>\n");
    html.open("html", &[("lang", &document.lang)]);
    html.newline();
    head(&mut html, document);
    // A translation not reviewed for publication carries a DRAFT watermark (see style.css).
    html.open(
        "body",
        if document.draft {
            &[("class", "draft")]
        } else {
            &[]
        },
    );
    html.newline();
    // The issuer's accent as a CSS custom property the stylesheet uses (an attribute value,
    // escaped by the writer; validation made it `#rrggbb`).
    let accent = format!("--accent: {}", document.theme.accent);
    html.open("main", &[("class", "page"), ("style", &accent)]);
    html.newline();
    letter(&mut html, document);
    if let Some(annex) = &document.annex {
        blocks::annex(&mut html, annex);
    }
    for (index, reply) in document.form.iter().chain(&document.more_forms).enumerate() {
        form::form(&mut html, reply, index, &document.images);
    }
    html.close("main");
    html.newline();
    html.close("body");
    html.newline();
    html.close("html");
    html.newline();
    html.finish()
}

fn head(html: &mut Html, document: &Document) {
    let meta = &document.meta;
    html.open("head", &[]);
    html.newline();
    html.void("meta", &[("charset", "utf-8")]);
    html.newline();
    html.void(
        "meta",
        &[
            ("name", "viewport"),
            ("content", "width=device-width, initial-scale=1"),
        ],
    );
    html.newline();
    html.element("title", &[], &meta.title);
    html.newline();
    html.void("meta", &[("name", "author"), ("content", &meta.author)]);
    html.newline();
    html.void(
        "meta",
        &[("name", "description"), ("content", &meta.subject)],
    );
    html.newline();
    html.void(
        "meta",
        &[("name", "keywords"), ("content", &meta.notice_id)],
    );
    html.newline();
    html.open("style", &[]);
    html.newline();
    // A constant of this crate, not document text: the only markup written unescaped.
    html.raw(STYLE);
    html.close("style");
    html.newline();
    html.close("head");
    html.newline();
}

/// The letter, from the date line to the footer.
fn letter(html: &mut Html, document: &Document) {
    html.open("article", &[("class", "letter")]);
    html.newline();
    header(html, document);
    blocks::blocks(html, &document.body, Level::H2, &document.images);
    html.element("p", &[("class", "closing")], &document.closing);
    html.newline();
    signatories(html, &document.signatories);
    blocks::blocks(
        html,
        &document.after_signatures,
        Level::H2,
        &document.images,
    );
    if let Some(aside) = &document.recipient_notice {
        html.open(
            "aside",
            &[
                ("class", "recipient-notice"),
                ("aria-labelledby", "recipient-notice-heading"),
            ],
        );
        html.newline();
        html.element("h2", &[("id", "recipient-notice-heading")], &aside.heading);
        html.newline();
        for paragraph in &aside.paragraphs {
            blocks::paragraph(html, None, paragraph);
        }
        html.close("aside");
        html.newline();
    }
    footer(html, &document.footer, &document.theme.footer);
    html.close("article");
    html.newline();
}

/// Date line, recall badge and title lines.
fn header(html: &mut Html, document: &Document) {
    html.open("header", &[("class", "letter-head")]);
    html.newline();
    match &document.logo {
        Some(logo) => {
            html.open("p", &[("class", "letterhead")]);
            let width = format!("width: {:.1}mm", logo.width_mm);
            blocks::picture(
                html,
                &document.images,
                logo.image,
                &document.letterhead,
                Some(&width),
            );
            html.close("p");
        }
        None => html.element("p", &[("class", "letterhead")], &document.letterhead),
    }
    html.newline();
    if !document.theme.letterhead.is_empty() {
        html.open("p", &[("class", "letterhead-lines")]);
        for (index, line) in document.theme.letterhead.iter().enumerate() {
            if index > 0 {
                html.void("br", &[]);
            }
            html.text(line);
        }
        html.close("p");
        html.newline();
    }
    html.open("div", &[("class", "date-label")]);
    html.open("p", &[("class", "date")]);
    html.element(
        "time",
        &[("datetime", &document.meta.issued)],
        &document.date_line,
    );
    html.close("p");
    if let Some(label) = &document.label {
        html.element("p", &[("class", "badge")], label);
    }
    html.close("div");
    html.newline();
    if !document.titles.is_empty() {
        // One heading for the page; each title line is a block of its own inside it.
        html.open("h1", &[]);
        for (index, title) in document.titles.iter().enumerate() {
            let class = if index == 0 { "title-lead" } else { "title" };
            html.element("span", &[("class", class)], title);
        }
        html.close("h1");
        html.newline();
    }
    html.close("header");
    html.newline();
}

fn signatories(html: &mut Html, signatories: &[Signatory]) {
    if signatories.is_empty() {
        return;
    }
    html.open("div", &[("class", "signatories")]);
    html.newline();
    for signatory in signatories {
        html.open("p", &[("class", "signatory")]);
        html.element("span", &[("class", "name")], &signatory.name);
        html.void("br", &[]);
        html.text(&signatory.title);
        html.close("p");
        html.newline();
    }
    html.close("div");
    html.newline();
}

/// The footer the PDF repeats on every page, once at the end of the letter.
///
/// Its "page X of Y" label is left out: a web page has no pages.
fn footer(html: &mut Html, footer: &Footer, lines: &[Inline]) {
    html.open("footer", &[("class", "letter-foot")]);
    html.newline();
    html.open("div", &[("class", "foot-columns")]);
    html.newline();
    if !footer.contacts.is_empty() {
        html.open("address", &[("class", "contacts")]);
        for contact in &footer.contacts {
            contact_line(html, contact);
        }
        html.close("address");
        html.newline();
    }
    blocks::paragraph(html, Some("legal"), &footer.legal);
    html.element(
        "p",
        &[("class", "document-number")],
        &footer.document_number,
    );
    html.newline();
    html.close("div");
    html.newline();
    if let Some(intended_use) = &footer.intended_use {
        html.element("p", &[("class", "intended-use")], intended_use);
        html.newline();
    }
    for line in lines {
        blocks::paragraph(html, Some("theme-footer"), line);
    }
    html.close("footer");
    html.newline();
}

fn contact_line(html: &mut Html, contact: &Contact) {
    html.open("p", &[]);
    html.text(&contact.label);
    html.void("br", &[]);
    if is_plain_address(&contact.email) {
        let mut href = String::from("mailto:");
        href.push_str(&contact.email);
        html.element("a", &[("href", &href)], &contact.email);
    } else {
        html.text(&contact.email);
    }
    html.close("p");
}

/// Whether `email` is a bare address that can follow `mailto:` as it is.
///
/// Characters such as `?`, `&` or `#` would add headers or a body to the mail link, so an
/// address holding them is shown as text only.
fn is_plain_address(email: &str) -> bool {
    email.contains('@')
        && email
            .chars()
            .all(|ch| ch.is_alphanumeric() || matches!(ch, '@' | '.' | '-' | '_' | '+'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_links_take_bare_addresses_only() {
        assert!(is_plain_address("customerservice@illumina.com"));
        assert!(is_plain_address("techsupport+eu@illumina.com"));
        assert!(!is_plain_address("a@b.com?bcc=x@y.com"));
        assert!(!is_plain_address("a@b.com\"><script>"));
        assert!(!is_plain_address("a b@c.com"));
        assert!(!is_plain_address("no-at-sign"));
    }
}
