//! Inline Markdown in messages, turned into styled spans.
//!
//! Translators may write `**bold**`, `*italic*`, `[text](https://…)` and `<https://…>` inside a
//! message. Everything else is text: raw HTML stays literal characters, images keep only their
//! alt text, and links to anything but `http`, `https` and `mailto` lose their target.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::document::{Inline, Span};

/// Renders one message's Markdown to inline spans.
pub fn inline(text: &str) -> Inline {
    let mut builder = Builder::default();
    for event in Parser::new(text) {
        match event {
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                builder.push(&text);
            }
            Event::InlineMath(text) | Event::DisplayMath(text) => builder.push(&text),
            Event::SoftBreak => builder.push(" "),
            Event::HardBreak => builder.push("\n"),
            Event::Start(Tag::Strong) => builder.strong += 1,
            Event::End(TagEnd::Strong) => builder.strong = builder.strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => builder.emph += 1,
            Event::End(TagEnd::Emphasis) => builder.emph = builder.emph.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                builder.link = safe_link(&dest_url).map(str::to_owned);
            }
            Event::End(TagEnd::Link) => builder.link = None,
            // Blocks inside one message (a stray "1. " or "# ") keep their text on one line.
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                builder.pending_space = true;
            }
            Event::Start(Tag::List(first)) => builder.list_number = first,
            Event::Start(Tag::Item) => builder.push_list_marker(),
            _ => {}
        }
    }
    builder.spans
}

/// The link target if its scheme is allowed in a notice.
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme = url
        .split_once(':')
        .map(|(scheme, _)| scheme.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("http" | "https" | "mailto") => Some(url),
        _ => None,
    }
}

#[derive(Default)]
struct Builder {
    spans: Inline,
    strong: u32,
    emph: u32,
    link: Option<String>,
    pending_space: bool,
    list_number: Option<u64>,
}

impl Builder {
    fn push(&mut self, text: &str) {
        if self.pending_space && !self.spans.is_empty() {
            self.pending_space = false;
            self.push_styled(" ", false, false, None);
        }
        self.pending_space = false;
        let (strong, emph, link) = (self.strong > 0, self.emph > 0, self.link.clone());
        self.push_styled(text, strong, emph, link);
    }

    fn push_list_marker(&mut self) {
        match &mut self.list_number {
            Some(number) => {
                let marker = format!("{number}. ");
                *number += 1;
                self.push(&marker);
            }
            None => self.push("• "),
        }
    }

    fn push_styled(&mut self, text: &str, strong: bool, emph: bool, link: Option<String>) {
        if let Some(last) = self.spans.last_mut()
            && last.strong == strong
            && last.emph == emph
            && last.link == link
            && last.text != "\n"
            && text != "\n"
        {
            last.text.push_str(text);
            return;
        }
        self.spans.push(Span::styled(text, strong, emph, link));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_and_links() {
        let spans =
            inline("**NOTA:** vedere [la pagina](https://x.example/a) e *poi* <mailto:a@b.c>");
        assert_eq!(
            spans,
            vec![
                Span::styled("NOTA:", true, false, None),
                Span::plain(" vedere "),
                Span::styled(
                    "la pagina",
                    false,
                    false,
                    Some("https://x.example/a".into())
                ),
                Span::plain(" e "),
                Span::styled("poi", false, true, None),
                Span::plain(" "),
                Span::styled("mailto:a@b.c", false, false, Some("mailto:a@b.c".into())),
            ]
        );
    }

    #[test]
    fn raw_html_stays_text_and_bad_schemes_lose_their_link() {
        // A line opening with <script> is an HTML block: all of it stays literal text.
        let spans = inline("<script>alert(1)</script> [x](https://a.example)");
        assert_eq!(
            spans,
            vec![Span::plain(
                "<script>alert(1)</script> [x](https://a.example)"
            )]
        );
        let spans = inline("see <img src=x onerror=alert(1)> and [x](javascript:alert(1))");
        assert_eq!(
            spans,
            vec![Span::plain("see <img src=x onerror=alert(1)> and x")]
        );
    }

    #[test]
    fn typst_and_markup_characters_are_plain_text() {
        let text = "#import \"x\" $a$ @ref // c \\ ]";
        assert_eq!(
            crate::document::plain_text(&inline(text)),
            "#import \"x\" $a$ @ref // c \\ ]"
        );
    }

    #[test]
    fn a_message_starting_like_a_list_keeps_its_text() {
        assert_eq!(crate::document::plain_text(&inline("1. primo")), "1. primo");
        assert_eq!(crate::document::plain_text(&inline("- primo")), "• primo");
    }
}
