//! Hostile Markdown in messages renders, harmlessly: raw HTML stays literal text, links to
//! `javascript:` and other schemes lose their target, images keep only their alt text. None of
//! these is an error; the notice renders and the output carries no live markup.
//!
//! See: issue 6 (hostile and broken input).

use crate::common::{NOTICE, Sandbox, pdf_text};

/// Messages of the English file, each replacing the value of one message.
const HOSTILE: [(&str, &str); 6] = [
    (
        "summary-risk",
        "Raw <script>alert('x')</script> and <img src=x onerror=alert(1)> inline.",
    ),
    (
        "summary-exploitation",
        "Links: [one](javascript:alert(1)), [two](JaVaScRiPt:alert(2)), \
         [three](data:text/html;base64,PHNjcmlwdD4=), [four](vbscript:msgbox), \
         <javascript:alert(5)> and [six]( javascript:alert(6)).",
    ),
    (
        "summary-no-reports",
        "Image ![alt text of the image](https://evil.example/x.png \"t\") and \
         ![second](javascript:alert(7)) here.",
    ),
    (
        "issuer-actions-risk",
        "<iframe src=\"https://evil.example\"></iframe><style>body { \"display\" }</style>",
    ),
    (
        "adverse-event-reporting",
        "Reference [x][evil] then [ok](https://support.illumina.com/a?b=1&c=\"2\").",
    ),
    (
        "issuer-actions-instructions",
        "Entity &lt;script&gt; and &#60;b&#62; and a \"quote\" and 'apostrophe'.",
    ),
];

/// Replaces the value of message `id`, with its continuation lines, by `value`.
fn replace_value(ftl: &str, id: &str, value: &str) -> String {
    let prefix = format!("{id} = ");
    let mut out = Vec::new();
    let mut lines = ftl.lines().peekable();
    assert!(
        ftl.lines().any(|line| line.starts_with(&prefix)),
        "no message `{id}` to replace"
    );
    while let Some(line) = lines.next() {
        if line.starts_with(&prefix) {
            out.push(format!("{prefix}{value}"));
            while lines.next_if(|next| next.starts_with(' ')).is_some() {}
        } else {
            out.push(line.to_owned());
        }
    }
    out.join("\n") + "\n"
}

fn hostile_sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        let mut text = text;
        for (id, value) in HOSTILE {
            text = replace_value(&text, id, value);
        }
        // A Markdown link reference definition can't be written in a Fluent file (a line
        // starting with "[" is a syntax error), so `[x][evil]` stays text.
        text
    });
    sandbox
}

#[test]
fn hostile_markdown_renders_as_text() {
    let sandbox = hostile_sandbox();
    let output = sandbox.fsn(&[
        "render",
        &format!("notices/{NOTICE}"),
        "--lang",
        "en",
        "--format",
        "html,pdf",
        "--out",
        "out",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");

    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_en.html"))).unwrap();
    let lower = html.to_ascii_lowercase();
    for live in [
        "<script",
        "<img",
        "<iframe",
        "href=\"javascript",
        "href=\"data:",
        "href=\"vbscript",
        "href=\" javascript",
        "src=\"https://evil",
    ] {
        assert!(!lower.contains(live), "{live:?} is live in the HTML");
    }
    // The text is still there, escaped.
    for text in [
        "&lt;script&gt;alert(",
        "&lt;img src=x onerror=alert(1)&gt;",
        "alt text of the image",
        "&lt;iframe",
        "href=\"https://support.illumina.com/a?b=1&amp;c=&quot;2&quot;\"",
    ] {
        assert!(html.contains(text), "{text:?} missing from the HTML");
    }
    for text in ["one", "two", "three", "four", "six"] {
        assert!(html.contains(text), "link text {text:?} was dropped");
    }
    // Only the allowed schemes are linked.
    for href in html.split("href=\"").skip(1) {
        let target = href.split('"').next().unwrap();
        assert!(
            target.starts_with("https://")
                || target.starts_with("http://")
                || target.starts_with("mailto:")
                || target.starts_with('#'),
            "unexpected link target {target:?}"
        );
    }

    let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_en.pdf"))).unwrap();
    let text = pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for shown in [
        "<script>alert('x')</script>",
        "alt text of the image",
        "<img src=x onerror=alert(1)>",
    ] {
        assert!(text.contains(shown), "{shown:?} is not in the PDF text");
    }
}
