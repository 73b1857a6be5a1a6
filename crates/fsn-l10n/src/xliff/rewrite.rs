//! A target `.ftl` file rewritten with the checked translations: a changed value or attribute
//! replaced in place, a new entry inserted in the source file's order with the source's
//! comment, and every other byte kept.

use std::collections::HashMap;
use std::fmt::Write as _;

use fluent_syntax::ast;

use super::segment::{Piece, UnitSource, has_select_with_text, write_pattern};

/// The rewritten text, and how many units it changed and added.
pub(super) struct Rewritten {
    pub(super) text: String,
    pub(super) changed: usize,
    pub(super) added: usize,
}

/// `old_text` (parsed as `old_resource`, its units `old_units`) with the translations of
/// `wanted` (by unit id) written in, in the order of the source's units.
pub(super) fn rewrite(
    (old_text, old_resource): (&str, &ast::Resource<&str>),
    old_units: &HashMap<String, &ast::Pattern<&str>>,
    source_units: &[UnitSource<'_, '_>],
    wanted: &HashMap<String, Vec<Piece>>,
) -> Rewritten {
    let mut edits = Edits {
        old_text,
        source_units,
        wanted,
        old_units,
        edits: Vec::new(),
        changed: 0,
        added: 0,
    };
    let located: HashMap<usize, Located> = old_resource
        .body
        .iter()
        .enumerate()
        .filter_map(|(index, entry)| Some((index, locate(old_text, entry)?)))
        .collect();
    // Entries of the source, in order, grouped.
    let mut entries: Vec<usize> = source_units.iter().map(|unit| unit.entry).collect();
    entries.dedup();
    let mut last_end: Option<usize> = None;
    let mut pending: Vec<String> = Vec::new();
    for &entry in &entries {
        let units: Vec<&UnitSource<'_, '_>> =
            source_units.iter().filter(|u| u.entry == entry).collect();
        let entry_id = units[0].id.split('.').next().unwrap_or_default().to_owned();
        let old_entry = old_resource.body.iter().position(|e| match e {
            ast::Entry::Message(m) => m.id.name == entry_id,
            ast::Entry::Term(t) => format!("-{}", t.id.name) == entry_id,
            _ => false,
        });
        match old_entry.and_then(|index| located.get(&index)) {
            Some(location) => {
                // Flush new entries before this one.
                if !pending.is_empty() {
                    edits.insert(last_end.unwrap_or(location.start), &pending);
                    pending.clear();
                }
                edits.entry(&entry_id, &units, location);
                last_end = Some(location.end);
            }
            None => pending.extend(edits.new_entry(&entry_id, &units)),
        }
    }
    if !pending.is_empty() {
        edits.insert(last_end.unwrap_or(old_text.len()), &pending);
    }
    edits.apply()
}

/// Edits on the old text: (start, end, replacement), applied from the end.
struct Edits<'e, 'p, 'a> {
    old_text: &'e str,
    source_units: &'e [UnitSource<'p, 'a>],
    wanted: &'e HashMap<String, Vec<Piece>>,
    old_units: &'e HashMap<String, &'e ast::Pattern<&'e str>>,
    edits: Vec<(usize, usize, String)>,
    changed: usize,
    added: usize,
}

impl Edits<'_, '_, '_> {
    /// Whether the unit `id` of the source is exported as Fluent syntax.
    fn fluent_of(&self, id: &str) -> bool {
        self.source_units
            .iter()
            .find(|unit| unit.id == id)
            .is_some_and(|unit| has_select_with_text(unit.pattern))
    }

    /// New entries inserted at `at`.
    fn insert(&mut self, at: usize, entries: &[String]) {
        let text = insertion(entries, self.old_text, at);
        self.edits.push((at, at, text));
    }

    /// The wanted units of an entry the old text has, each replacing its value or attribute
    /// (an attribute the entry lacks goes after it).
    fn entry(&mut self, entry_id: &str, units: &[&UnitSource<'_, '_>], location: &Located) {
        for unit in units {
            let Some(pieces) = self.wanted.get(&unit.id) else {
                continue;
            };
            let fluent = self.fluent_of(&unit.id);
            match unit.attribute {
                None => {
                    let value_end = location
                        .attributes
                        .first()
                        .map_or(location.end, |(_, at)| *at);
                    let written = write_pattern(&format!("{entry_id} = "), "    ", pieces, fluent);
                    let value = &written[entry_id.len() + 2..];
                    self.edits
                        .push((location.head_end, value_end, value.to_owned()));
                }
                Some(name) => {
                    let written =
                        write_pattern(&format!("    .{name} = "), "        ", pieces, fluent);
                    match location.attributes.iter().position(|(n, _)| n == name) {
                        Some(i) => {
                            let start = location.attributes[i].1;
                            let end = location
                                .attributes
                                .get(i + 1)
                                .map_or(location.end, |(_, at)| *at);
                            self.edits.push((start, end, written));
                        }
                        None => self.edits.push((location.end, location.end, written)),
                    }
                }
            }
            if self.old_units.contains_key(&unit.id) {
                self.changed += 1;
            } else {
                self.added += 1;
            }
        }
    }

    /// The text of an entry the old text lacks, with the source's comment, if any of its
    /// units is wanted.
    fn new_entry(&mut self, entry_id: &str, units: &[&UnitSource<'_, '_>]) -> Option<String> {
        let mut body = String::new();
        if let Some(comment) = units[0].comment {
            for line in &comment.content {
                if line.is_empty() {
                    body.push_str("#\n");
                } else {
                    let _ = writeln!(body, "# {line}");
                }
            }
        }
        let mut any = false;
        for unit in units {
            let Some(pieces) = self.wanted.get(&unit.id) else {
                continue;
            };
            let fluent = self.fluent_of(&unit.id);
            if unit.attribute.is_none() {
                body.push_str(&write_pattern(
                    &format!("{entry_id} = "),
                    "    ",
                    pieces,
                    fluent,
                ));
            } else {
                if !any {
                    let _ = writeln!(body, "{entry_id} =");
                }
                let name = unit.attribute.unwrap_or_default();
                body.push_str(&write_pattern(
                    &format!("    .{name} = "),
                    "        ",
                    pieces,
                    fluent,
                ));
            }
            any = true;
            self.added += 1;
        }
        any.then_some(body)
    }

    /// The old text with every edit made, ending in a line end.
    fn apply(mut self) -> Rewritten {
        self.edits.sort_by_key(|(start, end, _)| (*start, *end));
        let mut text = self.old_text.to_owned();
        for (start, end, replacement) in self.edits.into_iter().rev() {
            text.replace_range(start..end, &replacement);
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        Rewritten {
            text,
            changed: self.changed,
            added: self.added,
        }
    }
}

/// New entries to insert at `at`: each on its own, a blank line before those with comments.
fn insertion(entries: &[String], old_text: &str, at: usize) -> String {
    let mut out = String::new();
    if at > 0 && !old_text[..at].ends_with('\n') {
        out.push('\n');
    }
    for entry in entries {
        if entry.starts_with('#') && at > 0 {
            out.push('\n');
        }
        out.push_str(entry);
    }
    if at < old_text.len() && entries.iter().any(|entry| entry.starts_with('#')) {
        out.push('\n');
    }
    out
}

/// Where an entry of a file is, in bytes.
struct Located {
    /// Start of its attached comment, or of its id.
    start: usize,
    /// Just after the `=` of the id line.
    head_end: usize,
    /// Start of each attribute's line, by name.
    attributes: Vec<(String, usize)>,
    /// After the entry's last line.
    end: usize,
}

fn offset(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize)
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |newline| newline + 1)
}

fn locate(text: &str, entry: &ast::Entry<&str>) -> Option<Located> {
    let (name, term, attributes, comment) = match entry {
        ast::Entry::Message(message) => (
            message.id.name,
            false,
            &message.attributes,
            message.comment.is_some(),
        ),
        ast::Entry::Term(term) => (term.id.name, true, &term.attributes, term.comment.is_some()),
        _ => return None,
    };
    let id_at = offset(text, name).checked_sub(usize::from(term))?;
    if id_at > text.len() {
        return None;
    }
    let head_end = id_at + text[id_at..].find('=')? + 1;
    let mut start = line_start(text, id_at);
    if comment {
        while start > 0 {
            let previous = line_start(text, start - 1);
            let line = &text[previous..start];
            if line.starts_with('#') && !line.starts_with("##") {
                start = previous;
            } else {
                break;
            }
        }
    }
    let mut end = text[head_end..]
        .find('\n')
        .map_or(text.len(), |at| head_end + at + 1);
    let mut probe = end;
    while probe < text.len() {
        let next = text[probe..]
            .find('\n')
            .map_or(text.len(), |at| probe + at + 1);
        let line = &text[probe..next];
        if line.trim().is_empty() {
            probe = next;
            continue;
        }
        if line.starts_with([' ', '}']) {
            end = next;
            probe = next;
        } else {
            break;
        }
    }
    let attributes = attributes
        .iter()
        .map(|attribute| {
            (
                attribute.id.name.to_owned(),
                line_start(text, offset(text, attribute.id.name)),
            )
        })
        .collect();
    Some(Located {
        start,
        head_end,
        attributes,
        end,
    })
}
