//! The reply form: its own section, printed from a new page, as one table to fill in by hand.

use fsn_core::document::{CheckLine, Form, FormElement, Image, Question};

use crate::blocks::{self, Level};
use crate::writer::Html;

/// The box to tick: a character, not an `<input>`, so the page needs no form handling and
/// prints exactly as it shows.
const BOX: &str = "\u{2610}";

/// Writes the reply form.
pub(crate) fn form(html: &mut Html, form: &Form, index: usize, images: &[Image]) {
    // The first form keeps the id it always had; further forms number theirs.
    let id = match index {
        0 => "reply-form-heading".to_owned(),
        n => format!("reply-form-heading-{}", n + 1),
    };
    html.open(
        "section",
        &[("class", "reply-form"), ("aria-labelledby", &id)],
    );
    html.newline();
    html.element("h2", &[("id", &id)], &form.heading);
    html.newline();
    blocks::blocks(html, &form.intro, Level::H3, images);
    if let Some(reply_by) = &form.reply_by {
        html.open("p", &[("class", "reply-by")]);
        html.element("strong", &[], reply_by);
        html.close("p");
        html.newline();
    }

    // Every row spans the full width: as many columns as the widest table element, at least a
    // label column and an answer column.
    let columns = form
        .elements
        .iter()
        .map(|element| match element {
            FormElement::Table { headings, .. }
            | FormElement::ProductChecklist { headings, .. } => headings.len(),
            FormElement::Signature { fields } => fields.len(),
            FormElement::DestructionCertificate { headings, .. } => headings.len(),
            FormElement::TextField { .. }
            | FormElement::Person { .. }
            | FormElement::Questions { .. }
            | FormElement::Choice(_)
            | FormElement::Acknowledgement { .. }
            | FormElement::ActionChecklist { .. } => 0,
        })
        .fold(2, usize::max);
    let all = span(columns);
    let rest = span(columns - 1);

    blocks::open_scroll(html, &form.title);
    html.open("table", &[("class", "form")]);
    html.newline();
    html.open("thead", &[]);
    html.open("tr", &[]);
    cell(
        html,
        "th",
        &[("class", "form-title"), ("scope", "colgroup")],
        &all,
        &form.title,
    );
    html.close("tr");
    html.close("thead");
    html.newline();
    html.open("tbody", &[]);
    html.newline();
    for element in &form.elements {
        match element {
            FormElement::TextField { label } => answer_row(html, "field", label, &rest),
            FormElement::Person { heading, fields } => {
                group_row(html, heading, None, &all);
                for field in fields {
                    answer_row(html, "person", field, &rest);
                }
            }
            FormElement::Table { headings, rows } => table(html, headings, rows, columns),
            FormElement::Questions {
                heading,
                not_applicable,
                questions,
            } => {
                group_row(html, heading, not_applicable.as_deref(), &all);
                for question in questions {
                    question_row(html, question, &rest, false);
                }
            }
            FormElement::ProductChecklist {
                headings,
                hint,
                rows,
            } => {
                product_checklist(html, headings, hint.as_deref(), rows, columns);
            }
            FormElement::Choice(question) => question_row(html, question, &rest, true),
            FormElement::Acknowledgement { text } => {
                html.open("tr", &[("class", "acknowledgement")]);
                html.open("td", &with_colspan(&[], &all));
                html.element("span", &[("class", "box")], BOX);
                html.text(" ");
                blocks::inline(html, text);
                html.close("td");
                html.close("tr");
                html.newline();
            }
            FormElement::ActionChecklist {
                heading,
                steps,
                reasons,
                other_reason,
            } => {
                group_row(html, heading, None, &all);
                let reasons: Vec<&String> = reasons.iter().chain(other_reason).collect();
                for step in steps {
                    html.open("tr", &[("class", "action")]);
                    html.open("td", &[]);
                    blocks::inline(html, &step.text);
                    if let Some(deadline) = &step.deadline {
                        html.text(" – ");
                        html.element("strong", &[("class", "deadline")], deadline);
                    }
                    html.close("td");
                    html.open("td", &with_colspan(&[("class", "choices")], &rest));
                    check_line(html, &step.done, None);
                    if let Some(alternative) = &step.alternative {
                        check_line(html, alternative, step.alternative_mark.as_deref());
                    }
                    check_line(html, &step.not_done, None);
                    if !reasons.is_empty() {
                        html.open("ul", &[("class", "reasons")]);
                        for reason in &reasons {
                            html.open("li", &[]);
                            choice(html, "choice", reason);
                            html.close("li");
                        }
                        html.close("ul");
                    }
                    html.close("td");
                    html.close("tr");
                    html.newline();
                }
            }
            FormElement::DestructionCertificate {
                heading,
                statement,
                headings,
                rows,
                blank_rows,
                signature,
            } => {
                group_row(html, heading, None, &all);
                html.open("tr", &[("class", "statement")]);
                html.open("td", &with_colspan(&[], &all));
                blocks::inline(html, statement);
                html.close("td");
                html.close("tr");
                html.newline();
                let given = rows.iter().map(|row| row.as_slice());
                let blank = std::iter::repeat_n(&[] as &[String], *blank_rows);
                destruction_rows(html, headings, given.chain(blank), columns);
                signature_row(html, signature, columns);
            }
            FormElement::Signature { fields } => signature_row(html, fields, columns),
        }
    }
    html.close("tbody");
    html.newline();
    html.close("table");
    html.newline();
    html.close("div");
    html.newline();
    html.close("section");
    html.newline();
}

/// The certificate of destruction's table: headings, then per row the given cells (product
/// and lot) and empty ones to write in; its last column widens to the form's full width.
fn destruction_rows<'a>(
    html: &mut Html,
    headings: &[String],
    rows: impl Iterator<Item = &'a [String]>,
    columns: usize,
) {
    table(html, headings, &[], columns);
    let last = span(columns - headings.len().min(columns) + 1);
    for row in rows {
        html.open("tr", &[("class", "destruction-row")]);
        for index in 0..headings.len() {
            let colspan = if index + 1 == headings.len() {
                last.as_str()
            } else {
                "1"
            };
            match row.get(index) {
                Some(text) => cell(html, "td", &[], colspan, text),
                None => cell(html, "td", &[("class", "answer")], colspan, ""),
            }
        }
        html.close("tr");
        html.newline();
    }
}

/// Cells to sign in, side by side; the last widens to the form's full width.
fn signature_row(html: &mut Html, fields: &[String], columns: usize) {
    html.open("tr", &[("class", "signature")]);
    let last = span(columns - fields.len().min(columns) + 1);
    for (index, field) in fields.iter().enumerate() {
        let colspan = if index + 1 == fields.len() {
            last.as_str()
        } else {
            "1"
        };
        cell(html, "td", &[("class", "signature-cell")], colspan, field);
    }
    html.close("tr");
    html.newline();
}

/// A line of a checklist step: an optional mark ("OR:"), the box with its label, and the
/// serial-number write-in where the notice puts one.
fn check_line(html: &mut Html, line: &CheckLine, mark: Option<&str>) {
    html.open("div", &[]);
    if let Some(mark) = mark {
        html.element("strong", &[("class", "alternative")], mark);
        html.text(" ");
    }
    choice(html, "choice", &line.label);
    if let Some(write_in) = &line.write_in {
        html.text(" ");
        html.element("span", &[("class", "write-in")], write_in);
    }
    html.close("div");
}

/// A `colspan` value.
fn span(columns: usize) -> String {
    columns.to_string()
}

/// Adds `colspan` to a cell's attributes only where it spans more than one column.
fn with_colspan<'a>(
    attrs: &[(&'static str, &'a str)],
    colspan: &'a str,
) -> Vec<(&'static str, &'a str)> {
    let mut attrs = attrs.to_vec();
    if colspan != "1" {
        attrs.push(("colspan", colspan));
    }
    attrs
}

/// Writes a table cell holding plain text.
fn cell(
    html: &mut Html,
    tag: &'static str,
    attrs: &[(&'static str, &str)],
    colspan: &str,
    text: &str,
) {
    html.element(tag, &with_colspan(attrs, colspan), text);
}

/// A label with an empty cell beside it to write the answer in.
fn answer_row(html: &mut Html, class: &str, label: &str, rest: &str) {
    html.open("tr", &[("class", class)]);
    html.element("th", &[("scope", "row")], label);
    cell(html, "td", &[("class", "answer")], rest, "");
    html.close("tr");
    html.newline();
}

/// A shaded row heading a group, with an optional "not applicable" box for the whole group.
fn group_row(html: &mut Html, heading: &str, not_applicable: Option<&str>, all: &str) {
    html.open("tr", &[("class", "group")]);
    html.open("th", &with_colspan(&[("scope", "colgroup")], all));
    html.element("span", &[("class", "group-heading")], heading);
    if let Some(label) = not_applicable {
        html.text(" ");
        choice(html, "not-applicable", label);
    }
    html.close("th");
    html.close("tr");
    html.newline();
}

/// A box with its label, kept together on one line.
fn choice(html: &mut Html, class: &str, label: &str) {
    html.open("span", &[("class", class)]);
    html.element("span", &[("class", "box")], BOX);
    html.text(" ");
    html.text(label);
    html.close("span");
}

/// A question and its boxes; the options of a single choice go one per line.
fn question_row(html: &mut Html, question: &Question, rest: &str, one_per_line: bool) {
    html.open("tr", &[("class", "question")]);
    html.open("td", &[]);
    blocks::inline(html, &question.text);
    html.close("td");
    html.open("td", &with_colspan(&[("class", "choices")], rest));
    for (index, label) in question.choices.iter().enumerate() {
        if index > 0 {
            if one_per_line {
                html.void("br", &[]);
            } else {
                html.text(" ");
            }
        }
        choice(html, "choice", label);
    }
    html.close("td");
    html.close("tr");
    html.newline();
}

/// A table whose first column is given and whose other cells are left empty; its last column
/// widens to the form's full width.
fn table(html: &mut Html, headings: &[String], rows: &[String], columns: usize) {
    // Without headings the rows still need a label and an answer cell.
    let cells = headings.len().max(2);
    let last = span(columns - cells + 1);
    let colspan = |index: usize| {
        if index + 1 == cells {
            last.as_str()
        } else {
            "1"
        }
    };
    if !headings.is_empty() {
        html.open("tr", &[("class", "table-head")]);
        for index in 0..cells {
            match headings.get(index) {
                Some(heading) => cell(html, "th", &[("scope", "col")], colspan(index), heading),
                None => cell(html, "td", &[], colspan(index), ""),
            }
        }
        html.close("tr");
        html.newline();
    }
    for row in rows {
        html.open("tr", &[("class", "table-row")]);
        cell(html, "th", &[("scope", "row")], colspan(0), row);
        for index in 1..cells {
            cell(html, "td", &[("class", "answer")], colspan(index), "");
        }
        html.close("tr");
        html.newline();
    }
}

/// Products to tick: headings, an optional instruction, and a row per product with a box and
/// empty cells for quantity and serial numbers.
fn product_checklist(
    html: &mut Html,
    headings: &[String],
    hint: Option<&str>,
    rows: &[String],
    columns: usize,
) {
    table(html, headings, &[], columns);
    if let Some(hint) = hint {
        html.open("tr", &[("class", "hint")]);
        cell(html, "td", &[], &span(columns), hint);
        html.close("tr");
        html.newline();
    }
    let cells = headings.len().max(2);
    let last = span(columns - cells + 1);
    for row in rows {
        html.open("tr", &[("class", "table-row")]);
        html.open("th", &[("scope", "row")]);
        choice(html, "choice", row);
        html.close("th");
        for index in 1..cells {
            let colspan = if index + 1 == cells {
                last.as_str()
            } else {
                "1"
            };
            cell(html, "td", &[("class", "answer")], colspan, "");
        }
        html.close("tr");
        html.newline();
    }
}
