//! Nested lists as readers see them: numbered steps with lettered sub-steps and bullets
//! under those, in the PDF's text and in the HTML's structure.
//!
//! See: issue 15 (richer lists).

mod common;

use common::{NOTICE, Sandbox};

/// The customer actions of the real notice, rewritten as three levels of lists.
const NESTED: &str = r#"{ steps = [
    { text = "customer-actions-download", steps = [
      { text = "customer-actions-verification-form", bullets = ["customer-actions-note"] },
      "adverse-event-reporting",
    ] },
    "closing-remarks",
  ] }"#;

#[test]
fn three_levels_of_lists_in_pdf_and_html() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen(r#"{ bullets = ["customer-actions-download"] },"#, &format!("{NESTED},"), 1)
            .replacen(r#"  { paragraph = "customer-actions-verification-form" },"#, "", 1)
            .replacen(r#"  { note = "customer-actions-note" },"#, "", 1)
            .replacen(r#"  { paragraph = "adverse-event-reporting" },"#, "", 1)
            .replacen(r#"  { paragraph = "closing-remarks" },"#, "", 1)
    });
    let run = sandbox.render("en", "pdf,html");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_en.html"))).unwrap();
    let outer = html.find("<ol>").expect("the numbered steps");
    let lettered = html[outer..].find(r#"<ol type="a">"#).expect("lettered sub-steps") + outer;
    let bullets = html[lettered..].find("<ul>").expect("bullets under a sub-step") + lettered;
    let closing = html.find("Illumina takes security very seriously").unwrap();
    assert!(outer < lettered && lettered < bullets && bullets < closing);
    assert_eq!(html[outer..].matches("</ol>").count(), 2, "both numbered lists closed");

    let pdf = std::fs::read(sandbox.path(&format!("out/{NOTICE}_en.pdf"))).unwrap();
    let text = common::pdf_text(&pdf);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let starts = |prefix: &str| lines.iter().any(|line| line.starts_with(prefix));
    assert!(starts("1. "), "the first step is numbered:\n{text}");
    assert!(starts("a. ") && starts("b. "), "the sub-steps are lettered:\n{text}");
    assert!(starts("2. "), "the numbering goes on after the sub-steps:\n{text}");
}
