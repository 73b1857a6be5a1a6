//! A tiny HTML builder that escapes every piece of text and every attribute value it is given.
//!
//! Markup only ever comes from the tag and attribute names below, which are string literals in
//! this crate; everything from the document goes through [`escape`]. No `format!` builds HTML.

/// Builds an HTML string element by element.
#[derive(Debug, Default)]
pub(crate) struct Html {
    out: String,
}

impl Html {
    /// An empty page.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Writes a trusted, constant piece of markup such as the doctype or the stylesheet.
    pub(crate) fn raw(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    /// Opens `<tag attr="value" …>`; attribute values are escaped.
    pub(crate) fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
    }

    /// Writes a void element such as `<br>` or `<meta …>`, which has no closing tag.
    pub(crate) fn void(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.open(tag, attrs);
    }

    /// Closes `</tag>`.
    pub(crate) fn close(&mut self, tag: &'static str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// Writes escaped text.
    pub(crate) fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    /// Writes `<tag attrs>text</tag>`.
    pub(crate) fn element(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        text: &str,
    ) {
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }

    /// Ends a line, to keep the source readable; whitespace between blocks does not render.
    pub(crate) fn newline(&mut self) {
        self.out.push('\n');
    }

    /// The finished page.
    pub(crate) fn finish(self) -> String {
        self.out
    }
}

/// Escapes the five characters that can end text or an attribute value.
fn escape_into(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
}

/// The escaped form of `text`.
#[cfg(test)]
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut html = Html::new();
        html.open("a", &[("title", "\"><script>alert('x')</script>")]);
        html.text("<b>&amp;</b> it's");
        html.close("a");
        assert_eq!(
            html.finish(),
            "<a title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\">\
             &lt;b&gt;&amp;amp;&lt;/b&gt; it&#39;s</a>"
        );
    }

    #[test]
    fn leaves_other_text_alone() {
        assert_eq!(escape("Sì ☐ – ü"), "Sì ☐ – ü");
    }
}
