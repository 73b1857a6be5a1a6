//! Inline text, links and the blocks shared by the letter and the form's introduction.

use fsn_core::document::{
    Annex, Barcode, Block, Field, Image, ImageRef, ListItem, LotTable, ProductTable, Span,
};

use crate::writer::Html;

/// How a link target may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LinkKind {
    /// `http` or `https`: leaves the page, so it gets `rel="noopener noreferrer"`.
    External,
    /// `mailto`.
    Mail,
}

/// Classifies a link target by its scheme; anything but `http`, `https` and `mailto` is refused.
///
/// fsn-core already filters links, but this page is what a browser runs, so it checks again
/// rather than trust that every future caller builds documents through composition.
fn link_kind(target: &str) -> Option<LinkKind> {
    let (scheme, _) = target.split_once(':')?;
    // An exact allow-list: whitespace or control characters smuggled into the scheme
    // (`java\nscript:`) never match it.
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" => Some(LinkKind::External),
        "mailto" => Some(LinkKind::Mail),
        _ => None,
    }
}

/// Writes inline spans: bold, italic, links and line breaks.
pub(crate) fn inline(html: &mut Html, spans: &[Span]) {
    for span in spans {
        if span.text == "\n" {
            html.void("br", &[]);
            continue;
        }
        let link = span
            .link
            .as_deref()
            .and_then(|target| link_kind(target).map(|kind| (target, kind)));
        match link {
            Some((target, LinkKind::External)) => {
                html.open("a", &[("href", target), ("rel", "noopener noreferrer")]);
            }
            Some((target, LinkKind::Mail)) => html.open("a", &[("href", target)]),
            None => {}
        }
        if span.strong {
            html.open("strong", &[]);
        }
        if span.emph {
            html.open("em", &[]);
        }
        html.text(&span.text);
        if span.emph {
            html.close("em");
        }
        if span.strong {
            html.close("strong");
        }
        if link.is_some() {
            html.close("a");
        }
    }
}

/// Writes a paragraph of inline text with an optional class.
pub(crate) fn paragraph(html: &mut Html, class: Option<&str>, spans: &[Span]) {
    match class {
        Some(class) => html.open("p", &[("class", class)]),
        None => html.open("p", &[]),
    }
    inline(html, spans);
    html.close("p");
    html.newline();
}

/// Heading level of the section headings inside a block list.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Level {
    /// Sections of the letter, under the page's `<h1>`.
    H2,
    /// Sections of the form's introduction, under the form's `<h2>`.
    H3,
}

/// Writes blocks in order; `images` are the document's pictures.
pub(crate) fn blocks(html: &mut Html, blocks: &[Block], level: Level, images: &[Image]) {
    for block in blocks {
        match block {
            Block::Heading { text } => {
                let tag = match level {
                    Level::H2 => "h2",
                    Level::H3 => "h3",
                };
                html.element(tag, &[], text);
                html.newline();
            }
            Block::Subheading { text } => {
                let tag = match level {
                    Level::H2 => "h3",
                    Level::H3 => "h4",
                };
                html.element(tag, &[], text);
                html.newline();
            }
            Block::Fields { rows } => fields(html, rows),
            Block::Paragraph { content } => paragraph(html, None, content),
            Block::Note { content } => {
                html.open("div", &[("class", "note"), ("role", "note")]);
                paragraph(html, None, content);
                html.close("div");
                html.newline();
            }
            Block::List { ordered, items } => list(html, *ordered, items),
            Block::ProductTable(table) => product_table(html, table),
            Block::Figure {
                image,
                alt,
                caption,
                width_mm,
            } => {
                html.open("figure", &[("class", "figure")]);
                let width = width_mm.map(|mm| format!("width: {mm:.1}mm"));
                picture(html, images, *image, alt, width.as_deref());
                if let Some(caption) = caption {
                    html.element("figcaption", &[], caption);
                }
                html.close("figure");
                html.newline();
            }
        }
    }
}

/// An `<img>` whose source is the picture itself as a `data:` URI, so the page needs no other
/// file.
pub(crate) fn picture(
    html: &mut Html,
    images: &[Image],
    image: ImageRef,
    alt: &str,
    style: Option<&str>,
) {
    use base64::Engine as _;

    let bytes = images
        .get(image.index)
        .map_or(&[][..], |image| &image.bytes[..]);
    let mut source = format!("data:{};base64,", image.format.mime());
    base64::engine::general_purpose::STANDARD.encode_string(bytes, &mut source);
    let mut attrs = vec![("src", source.as_str()), ("alt", alt)];
    if let Some(style) = style {
        attrs.push(("style", style));
    }
    html.void("img", &attrs);
}

/// Labelled values as a two-column table, a header cell per row.
fn fields(html: &mut Html, rows: &[Field]) {
    html.open("table", &[("class", "fields")]);
    html.newline();
    for row in rows {
        html.open("tr", &[]);
        html.element("th", &[("scope", "row")], &row.label);
        html.open("td", &[]);
        inline(html, &row.value);
        html.close("td");
        html.close("tr");
        html.newline();
    }
    html.close("table");
    html.newline();
}

fn list(html: &mut Html, ordered: bool, items: &[ListItem]) {
    list_at(html, ordered, items, 1);
}

/// A list at nesting `level`; nested numbered lists count a., b., … then i., ii., … as in
/// the PDF.
fn list_at(html: &mut Html, ordered: bool, items: &[ListItem], level: usize) {
    let tag = if ordered { "ol" } else { "ul" };
    match (ordered, level) {
        (true, 2) => html.open(tag, &[("type", "a")]),
        (true, 3..) => html.open(tag, &[("type", "i")]),
        _ => html.open(tag, &[]),
    }
    html.newline();
    for item in items {
        html.open("li", &[]);
        paragraph(html, None, &item.content);
        for further in &item.paragraphs {
            paragraph(html, None, further);
        }
        if let Some(nested) = &item.list {
            list_at(html, nested.ordered, &nested.items, level + 1);
        }
        html.close("li");
        html.newline();
    }
    html.close(tag);
    html.newline();
}

/// Opens the wrapper that lets a wide table scroll sideways on a phone instead of widening the page.
pub(crate) fn open_scroll(html: &mut Html, label: &str) {
    // Focusable and labelled so keyboard and screen-reader users can scroll it too.
    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("role", "region"),
            ("aria-label", label),
            ("tabindex", "0"),
        ],
    );
    html.newline();
}

/// Writes the lines of a cell, one per line.
pub(crate) fn lines(html: &mut Html, lines: &[String]) {
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            html.void("br", &[]);
        }
        html.text(line);
    }
}

/// A data table's start, in its scrolling frame: caption, a header row of column headings,
/// then the body that the caller fills with rows.
fn open_table(html: &mut Html, class: &str, caption: &str, headings: &[String]) {
    open_scroll(html, caption);
    html.open("table", &[("class", class)]);
    html.element("caption", &[], caption);
    html.newline();
    html.open("thead", &[]);
    html.open("tr", &[]);
    for heading in headings {
        html.element("th", &[("scope", "col")], heading);
    }
    html.close("tr");
    html.close("thead");
    html.newline();
    html.open("tbody", &[]);
    html.newline();
}

/// Closes what [`open_table`] opened.
fn close_table(html: &mut Html) {
    html.close("tbody");
    html.close("table");
    html.newline();
    html.close("div");
    html.newline();
}

fn product_table(html: &mut Html, table: &ProductTable) {
    open_table(html, "products", &table.caption, &table.headings);
    for (y, row) in table.rows.iter().enumerate() {
        html.open("tr", &[]);
        for (x, cell) in row.iter().enumerate() {
            html.open("td", &[]);
            let barcodes = table.barcodes.get(y).filter(|codes| !codes.is_empty());
            match barcodes {
                Some(codes) if table.barcode_column == Some(x) => {
                    for code in codes {
                        barcode(html, code);
                    }
                }
                _ => lines(html, cell),
            }
            html.close("td");
        }
        html.close("tr");
        html.newline();
    }
    close_table(html);
    if let Some(lots) = &table.lots {
        lot_table(html, lots);
    }
    if let Some(reference) = &table.lots_reference {
        paragraph(html, Some("lots-reference"), reference);
    }
}

/// The annex of lots and serial numbers, after the letter.
pub(crate) fn annex(html: &mut Html, annex: &Annex) {
    html.open(
        "section",
        &[
            ("class", "annex"),
            ("aria-labelledby", "annex-lots-heading"),
        ],
    );
    html.newline();
    html.element("h2", &[("id", "annex-lots-heading")], &annex.heading);
    html.newline();
    lot_table(html, &annex.table);
    html.close("section");
    html.newline();
}

/// The lots and serial numbers, one row per entry.
fn lot_table(html: &mut Html, table: &LotTable) {
    open_table(html, "lots", &table.caption, &table.headings);
    for (y, row) in table.rows.iter().enumerate() {
        html.open("tr", &[]);
        for text in row {
            html.element("td", &[], text);
        }
        if table.barcode_column.is_some() {
            html.open("td", &[]);
            if let Some(Some(code)) = table.barcodes.get(y) {
                barcode(html, code);
            }
            html.close("td");
        }
        html.close("tr");
        html.newline();
    }
    close_table(html);
}

/// A GS1 DataMatrix as inline SVG (one path of unit squares, a one-module quiet zone), with
/// its element string under it. The symbol is an image of the text that follows it, so the
/// text is its accessible name and screen readers read the string once.
fn barcode(html: &mut Html, code: &Barcode) {
    let mut path = String::new();
    for [x, y, length] in code.runs() {
        path.push_str(&format!("M{} {}h{length}v1h-{length}z", x + 1, y + 1));
    }
    let view_box = format!("0 0 {} {}", code.width() + 2, code.height() + 2);
    let size = format!("{}", (code.width() + 2) * 3);
    html.open("figure", &[("class", "udi-barcode")]);
    html.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", &view_box),
            ("width", &size),
            ("height", &size),
            ("role", "img"),
            ("aria-label", &code.text),
            ("shape-rendering", "crispEdges"),
        ],
    );
    html.open("path", &[("d", &path), ("fill", "#000")]);
    html.close("path");
    html.close("svg");
    html.element("figcaption", &[], &code.text);
    html.close("figure");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_only_web_and_mail_links() {
        assert_eq!(link_kind("https://example.com"), Some(LinkKind::External));
        assert_eq!(link_kind("HTTP://example.com"), Some(LinkKind::External));
        assert_eq!(link_kind("mailto:a@example.com"), Some(LinkKind::Mail));
        for refused in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\nscript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "//evil.example/x",
            "relative/path",
            "",
        ] {
            assert_eq!(link_kind(refused), None, "{refused:?}");
        }
    }

    #[test]
    fn writes_styles_breaks_and_links() {
        let mut html = Html::new();
        inline(
            &mut html,
            &[
                Span::styled("bold", true, false, None),
                Span::plain("\n"),
                Span::styled(
                    "it",
                    false,
                    true,
                    Some("https://example.com/?a=1&b=2".into()),
                ),
                Span::styled("x", false, false, Some("javascript:alert(1)".into())),
            ],
        );
        assert_eq!(
            html.finish(),
            "<strong>bold</strong><br><a href=\"https://example.com/?a=1&amp;b=2\" \
             rel=\"noopener noreferrer\"><em>it</em></a>x"
        );
    }
}
