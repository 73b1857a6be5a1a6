//! Renders a frozen copy of the notice FSN2025-1682 (`tests/fixtures/frozen/`) and hostile
//! variants of it, the examples and every notice of the repository, asserting on content.

use std::path::Path;

use fsn_core::Document;
use fsn_core::document::{Block, FormElement, ListItem, Span, plain_text};

use crate::frozen;

/// The frozen notice, composed in `lang`.
fn compose(lang: &str) -> Document {
    let root = tempfile::tempdir().unwrap();
    frozen::repository_in(root.path());
    let repository = fsn_core::Repository::open(root.path()).expect("repository");
    let notice = repository
        .load(&repository.notice_dir(frozen::NOTICE))
        .expect("notice loads");
    notice.compose(lang).expect("notice composes")
}

/// The page after the stylesheet: the part that holds document text.
fn content(page: &str) -> &str {
    let end = page.find("</style>").expect("a stylesheet");
    &page[end + "</style>".len()..]
}

/// How the page writes `text`: with the five escaped characters.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn assert_contains(page: &str, text: &str) {
    let needle = escaped(text);
    assert!(page.contains(&needle), "page lacks {needle:?}");
}

/// Every string the document holds that is meant to be seen, in document order.
fn visible_texts(document: &Document) -> Vec<String> {
    let mut texts = vec![document.date_line.clone()];
    texts.extend(document.label.clone());
    texts.extend(document.titles.iter().cloned());
    texts.extend(block_texts(&document.body));
    texts.push(document.closing.clone());
    for signatory in &document.signatories {
        texts.push(signatory.name.clone());
        texts.push(signatory.title.clone());
    }
    texts.extend(block_texts(&document.after_signatures));
    if let Some(aside) = &document.recipient_notice {
        texts.push(aside.heading.clone());
        for paragraph in &aside.paragraphs {
            texts.extend(span_texts(paragraph));
        }
    }
    for contact in &document.footer.contacts {
        texts.push(contact.label.clone());
        texts.push(contact.email.clone());
    }
    texts.extend(span_texts(&document.footer.legal));
    texts.push(document.footer.document_number.clone());
    texts.extend(document.footer.intended_use.clone());
    for form in document.form.iter().chain(&document.more_forms) {
        texts.push(form.heading.clone());
        texts.extend(block_texts(&form.intro));
        texts.push(form.title.clone());
        for element in &form.elements {
            match element {
                FormElement::TextField { label } => texts.push(label.clone()),
                FormElement::Person { heading, fields } => {
                    texts.push(heading.clone());
                    texts.extend(fields.iter().cloned());
                }
                FormElement::Table { headings, rows } => {
                    texts.extend(headings.iter().cloned());
                    texts.extend(rows.iter().cloned());
                }
                FormElement::Questions {
                    heading,
                    not_applicable,
                    questions,
                } => {
                    texts.push(heading.clone());
                    texts.extend(not_applicable.clone());
                    for question in questions {
                        texts.extend(span_texts(&question.text));
                        texts.extend(question.choices.iter().cloned());
                    }
                }
                FormElement::ProductChecklist {
                    headings,
                    hint,
                    rows,
                } => {
                    texts.extend(headings.iter().cloned());
                    texts.extend(hint.clone());
                    texts.extend(rows.iter().cloned());
                }
                FormElement::Choice(question) => {
                    texts.extend(span_texts(&question.text));
                    texts.extend(question.choices.iter().cloned());
                }
                FormElement::Acknowledgement { text } => texts.extend(span_texts(text)),
                FormElement::ActionChecklist {
                    heading,
                    steps,
                    reasons,
                    other_reason,
                } => {
                    texts.push(heading.clone());
                    for step in steps {
                        texts.extend(span_texts(&step.text));
                        texts.extend(step.deadline.iter().cloned());
                        texts.extend(line_texts(&step.done));
                        texts.extend(step.alternative_mark.iter().cloned());
                        texts.extend(step.alternative.iter().flat_map(line_texts));
                        texts.extend(line_texts(&step.not_done));
                        texts.extend(reasons.iter().cloned());
                        texts.extend(other_reason.iter().cloned());
                    }
                }
                FormElement::Signature { fields } => texts.extend(fields.iter().cloned()),
                FormElement::DestructionCertificate {
                    heading,
                    statement,
                    headings,
                    rows,
                    signature,
                    ..
                } => {
                    texts.push(heading.clone());
                    texts.extend(span_texts(statement));
                    texts.extend(headings.iter().cloned());
                    texts.extend(rows.iter().flatten().cloned());
                    texts.extend(signature.iter().cloned());
                }
            }
        }
    }
    texts.retain(|text| !text.trim().is_empty());
    texts
}

fn line_texts(line: &fsn_core::document::CheckLine) -> Vec<String> {
    let mut texts = vec![line.label.clone()];
    texts.extend(line.write_in.iter().cloned());
    texts
}

fn block_texts(blocks: &[Block]) -> Vec<String> {
    let mut texts = Vec::new();
    for block in blocks {
        match block {
            Block::Heading { text } | Block::Subheading { text } => texts.push(text.clone()),
            Block::Fields { rows } => {
                for row in rows {
                    texts.push(row.label.clone());
                    texts.extend(span_texts(&row.value));
                }
            }
            Block::Paragraph { content } | Block::Note { content } => {
                texts.extend(span_texts(content))
            }
            Block::List { items, .. } => {
                for item in items {
                    texts.extend(span_texts(&item.content));
                    for paragraph in &item.paragraphs {
                        texts.extend(span_texts(paragraph));
                    }
                }
            }
            Block::ProductTable(table) => {
                texts.push(table.caption.clone());
                texts.extend(table.headings.iter().cloned());
                texts.extend(table.rows.iter().flatten().flatten().cloned());
            }
            // The alternative text is an attribute, not text of the page.
            Block::Figure { caption, .. } => texts.extend(caption.iter().cloned()),
        }
    }
    texts
}

fn span_texts(spans: &[Span]) -> Vec<String> {
    spans
        .iter()
        .filter(|span| span.text != "\n")
        .map(|span| span.text.clone())
        .collect()
}

#[test]
fn renders_the_real_notice_in_every_language() {
    for lang in ["it", "de", "en"] {
        let document = compose(lang);
        let page = fsn_html::html(&document);

        assert!(page.starts_with("<!DOCTYPE html>\n"), "{lang}");
        assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(page.contains("<meta charset=\"utf-8\">"));
        assert!(
            page.contains(
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            )
        );
        assert!(page.contains(&format!("<title>{}</title>", escaped(&document.meta.title))));
        assert!(page.contains("<meta name=\"author\""));
        assert!(page.contains("<meta name=\"description\""));

        // All text, in the PDF's order.
        let mut from = 0;
        for text in visible_texts(&document) {
            let needle = escaped(&text);
            match page[from..].find(&needle) {
                Some(at) => from += at,
                None => panic!("{lang}: {needle:?} missing or out of order"),
            }
        }

        let body = content(&page);
        // No message-id leftovers, unresolved messages or bidi isolation marks.
        assert!(!body.contains('{'), "{lang}: a {{ leftover");
        assert!(!body.contains('}'), "{lang}: a }} leftover");
        assert!(!page.contains("???"), "{lang}");
        assert!(
            !page.contains('\u{2068}') && !page.contains('\u{2069}'),
            "{lang}: isolation marks"
        );
        // No page numbers on a web page.
        assert!(!body.contains("class=\"page-label\""));
    }
}

/// The example in the EU template's layout: all its text, numbered sections, header table,
/// transmission paragraph and both reply forms included, in the PDF's order.
#[test]
fn renders_the_eu_2018_example_in_order() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/notices/EXAMPLE-0002");
    let repository = fsn_core::Repository::discover(&dir).expect("repository");
    let notice = repository.load(&dir).expect("notice loads");
    for lang in ["en", "de", "fr", "it"] {
        let document = notice.compose(lang).expect("notice composes");
        assert_eq!(document.more_forms.len(), 1, "{lang}: the distributor form");
        assert!(
            !document.after_signatures.is_empty(),
            "{lang}: transmission"
        );
        let page = fsn_html::html(&document);
        let mut from = 0;
        for text in visible_texts(&document) {
            let needle = escaped(&text);
            match page[from..].find(&needle) {
                Some(at) => from += at,
                None => panic!("{lang}: {needle:?} missing or out of order"),
            }
        }
        assert!(!content(&page).contains('{'), "{lang}: a {{ leftover");
    }
}

#[test]
fn renders_every_product_row_and_question() {
    let document = compose("it");
    let page = fsn_html::html(&document);
    let table = document
        .body
        .iter()
        .find_map(|block| match block {
            Block::ProductTable(table) => Some(table),
            _ => None,
        })
        .expect("a product table");
    assert!(table.rows.len() >= 2);
    assert!(page.contains("<caption>"));
    assert!(page.contains("<thead>"));
    for row in &table.rows {
        let mut cells = String::from("<tr>");
        for cell in row {
            cells.push_str("<td>");
            cells.push_str(
                &cell
                    .iter()
                    .map(|line| escaped(line))
                    .collect::<Vec<_>>()
                    .join("<br>"),
            );
            cells.push_str("</td>");
        }
        cells.push_str("</tr>");
        assert!(page.contains(&cells), "row {cells}");
    }

    let form = document.form.as_ref().expect("a reply form");
    let mut questions = 0;
    for element in &form.elements {
        if let FormElement::Questions {
            questions: group,
            not_applicable,
            ..
        } = element
        {
            if let Some(label) = not_applicable {
                assert!(page.contains(&format!(
                    "<span class=\"box\">\u{2610}</span> {}",
                    escaped(label)
                )));
            }
            for question in group {
                questions += 1;
                assert_contains(&page, &plain_text(&question.text));
                let choices: Vec<String> = question
                    .choices
                    .iter()
                    .map(|choice| {
                        format!(
                            "<span class=\"choice\"><span class=\"box\">\u{2610}</span> {}</span>",
                            escaped(choice)
                        )
                    })
                    .collect();
                assert!(
                    page.contains(&choices.join(" ")),
                    "choices of {:?}",
                    plain_text(&question.text)
                );
            }
        }
    }
    assert_eq!(questions, 5);
    assert!(page.contains("<section class=\"reply-form\""));
}

#[test]
fn loads_nothing_and_runs_nothing() {
    for lang in ["it", "de", "en"] {
        let page = fsn_html::html(&compose(lang));
        for banned in [
            "<script",
            "src=",
            "<link",
            "@import",
            "url(",
            "<img",
            "<iframe",
            "<object",
            "<input",
            "javascript:",
        ] {
            assert!(
                !page.to_ascii_lowercase().contains(banned),
                "{lang}: {banned}"
            );
        }
        // Every `href` is a web or mail link; web links do not pass on the page.
        for (at, _) in page.match_indices("href=\"") {
            let target = &page[at + 6..];
            assert!(
                target.starts_with("https://")
                    || target.starts_with("http://")
                    || target.starts_with("mailto:"),
                "{}",
                &target[..40.min(target.len())]
            );
        }
        assert_eq!(
            page.matches("href=\"http").count(),
            page.matches("rel=\"noopener noreferrer\"").count()
        );
        // The footer's contacts are mail links.
        assert!(page.contains("href=\"mailto:"));
    }
}

#[test]
fn is_deterministic() {
    let document = compose("de");
    assert_eq!(fsn_html::html(&document), fsn_html::html(&document));
    assert_eq!(fsn_html::html(&document), fsn_html::html(&compose("de")));
}

#[test]
fn escapes_hostile_text() {
    let mut document = compose("en");
    document.lang = "en\"><script>alert(1)</script>".into();
    document.meta.title = "</title><script>alert(1)</script>".into();
    document.meta.author = "\" onload=\"alert(1)".into();
    document.titles[0] = "<img src=x onerror=alert(1)>".into();
    document.closing = "</style><style>body{display:none}</style>".into();
    document.body.push(Block::Paragraph {
        content: vec![
            Span::plain("<script>alert('x')</script> & \"quoted\""),
            Span::styled("click", true, false, Some("javascript:alert(1)".into())),
            Span::styled(
                "data",
                false,
                false,
                Some("data:text/html,<script>alert(1)</script>".into()),
            ),
            Span::styled(
                "fine",
                false,
                false,
                Some("https://example.com/?a=\"><script>".into()),
            ),
        ],
    });
    // List items have no public constructor: reuse the notice's own and make it hostile.
    let mut item: ListItem = document
        .body
        .iter()
        .find_map(|block| match block {
            Block::List { items, .. } => items.first().cloned(),
            _ => None,
        })
        .expect("the notice has a list");
    item.content = vec![Span::plain("</li></ol><script>")];
    item.paragraphs = vec![vec![Span::styled(
        "x",
        false,
        false,
        Some(" javascript:alert(1)".into()),
    )]];
    document.body.push(Block::List {
        ordered: true,
        items: vec![item],
    });
    document.footer.contacts[0].email = "x@example.com?bcc=all@example.com".into();

    let page = fsn_html::html(&document);
    let lower = page.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{page}");
    assert!(!lower.contains("<img"));
    assert!(!lower.contains("javascript:"));
    assert!(!lower.contains("data:text"));
    assert!(!page.contains("onload=\"alert"));
    assert_eq!(
        page.matches("</style>").count(),
        1,
        "the stylesheet ends once"
    );
    assert!(
        page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
    );
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        page.contains("<ol>\n<li><p>&lt;/li&gt;&lt;/ol&gt;&lt;script&gt;</p>\n<p>x</p>\n</li>")
    );
    assert!(page.contains("<html lang=\"en&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"));
    // Refused links keep their text, without an anchor.
    assert!(page.contains("<strong>click</strong>data"));
    assert!(page.contains(
        "<a href=\"https://example.com/?a=&quot;&gt;&lt;script&gt;\" rel=\"noopener noreferrer\">fine</a>"
    ));
    // An address that would smuggle headers into the mail link is shown, not linked.
    assert!(page.contains("x@example.com?bcc=all@example.com"));
    assert!(!page.contains("mailto:x@example.com?"));
}

/// Every notice of the repository and the example with every element: all text, in order.
#[test]
fn renders_every_notice_and_every_element_in_order() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let repository = fsn_core::Repository::open(&root).expect("repository");
    let mut dirs = repository.notice_dirs().expect("notices");
    dirs.push(root.join("examples/notices/EXAMPLE-0001"));
    for dir in dirs {
        let notice = repository.load(&dir).expect("notice loads");
        for lang in notice.languages() {
            let document = notice.compose(lang).expect("notice composes");
            let page = fsn_html::html(&document);
            let mut from = 0;
            for text in visible_texts(&document) {
                let needle = escaped(&text);
                match page[from..].find(&needle) {
                    Some(at) => from += at,
                    None => panic!(
                        "{} {lang}: {needle:?} missing or out of order",
                        dir.display()
                    ),
                }
            }
        }
    }
}
