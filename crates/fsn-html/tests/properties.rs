//! Property test: whatever text a message holds, the HTML page shows it as text and never as
//! markup. Runs `FSN_FUZZ_CASES` cases (default 256); `scripts/fuzz.sh` runs long campaigns.
//! See: issue 6 (Markdown-to-HTML conversion fuzzed).

use fsn_core::document::Block;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("FSN_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(256)
}

/// The frozen notice in English, composed once.
static DOCUMENT: std::sync::LazyLock<fsn_core::Document> = std::sync::LazyLock::new(|| {
    let root = tempfile::tempdir().unwrap();
    crate::frozen::repository_in(root.path());
    let repository = fsn_core::Repository::open(root.path()).unwrap();
    let dir = repository.notice_dir(crate::frozen::NOTICE);
    repository.load(&dir).unwrap().compose("en").unwrap()
});

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn message_text_is_escaped_never_markup(text in "[ -~\u{a0}-\u{17f}]{0,80}") {
        let mut document = DOCUMENT.clone();
        // The text goes through the same Markdown step a message does.
        let spans = fsn_core::l10n::markdown::inline(&text);
        document.body.push(Block::Paragraph { content: spans.clone() });
        let page = fsn_html::html(&document);
        let body = &page[page.find("<body").unwrap()..];
        // Each styled run shows as escaped text (runs are separated by <strong>, <em>, <a>).
        for span in spans.iter().filter(|span| !span.text.trim().is_empty() && span.text != "\n") {
            prop_assert!(body.contains(&escape(&span.text)), "{:?} of {text:?} is not in the page as text", span.text);
        }
        for tag in ["<script", "<img", "<iframe", "<style", "<a href=\"javascript"] {
            prop_assert!(!body.to_lowercase().contains(tag), "{tag} from {text:?}");
        }
    }
}
