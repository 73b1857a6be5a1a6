//! The workspace's structure, checked from its source (issue 22): no crate has an import circle
//! between its files, and only the repository gate (`fsn-core/src/repo/`) and fsn-cli's output
//! writer touch the file system.
//!
//! A file depends on another when it names an item of that file's module: in a `use` or as a
//! path (`crate::model::RawBlock`, `super::text::Text`). A path is charged to the deepest
//! module it names, so a child that reaches its siblings through the parent's re-exports
//! (`crate::model::Text` from inside `model/`) depends on the parent: such a circle fails too.
//! `mod` declarations are not dependencies, and test modules (`#[cfg(test)] mod tests`) are
//! left out of the import graph (not of the file system check).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const CRATES: [&str; 5] = ["fsn-core", "fsn-l10n", "fsn-pdf", "fsn-html", "fsn-cli"];

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.rs` file under `src/`, by module path (`""` is the crate root).
fn modules(src: &Path) -> BTreeMap<Vec<String>, PathBuf> {
    let mut found = BTreeMap::new();
    let mut pending = vec![src.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            if path.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            found.insert(parts, path);
        }
    }
    found
}

/// The code of a file without comments and, unless `with_tests`, without its test modules.
/// Inside an inline module
/// (`mod keys { … }`), `super::` names the file's own module and is written `self::`.
fn code(text: &str, with_tests: bool) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    let mut inline_module: Option<usize> = None;
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if !with_tests
            && trimmed == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod tests"))
        {
            // A test module runs to the closing brace at its own indentation.
            lines.next();
            for inner in lines.by_ref() {
                if inner.len() - inner.trim_start().len() == indent && inner.trim() == "}" {
                    break;
                }
            }
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        if inline_module.is_none()
            && (trimmed.starts_with("mod ") || trimmed.starts_with("pub mod "))
            && trimmed.ends_with('{')
        {
            inline_module = Some(indent);
        } else if inline_module == Some(indent) && trimmed == "}" {
            inline_module = None;
        }
        if inline_module.is_some() {
            out.push_str(&line.replace("super::", "self::"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The paths a piece of code names, each as its segments: `use` trees expanded, inline
/// `crate::…`, `super::…` and `self::…` paths as written.
fn named_paths(code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    // `use` statements, whole, their brace groups expanded.
    let mut rest = code;
    while let Some(at) = find_use(rest) {
        let statement = &rest[at..];
        let end = statement.find(';').unwrap_or(statement.len());
        let tree: String = statement[4..end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        expand(&tree, &mut Vec::new(), &mut paths);
        rest = &statement[end..];
    }
    // Inline paths.
    for start in ["crate::", "super::", "self::"] {
        paths.extend(paths_from(code, start));
    }
    paths
}

/// The paths written in `code` that start with `start` (`crate::`, or a child module and
/// `::`), each as its segments; a path is only one that begins a word.
fn paths_from(code: &str, start: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut from = 0;
    while let Some(found) = code[from..].find(start) {
        let at = from + found;
        from = at + start.len();
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let path: String = code[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        paths.push(
            path.split("::")
                .filter(|part| !part.is_empty())
                .map(str::to_owned)
                .collect(),
        );
    }
    paths
}

fn find_use(code: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = code[from..].find("use ") {
        let at = from + found;
        let line_start = code[..at].rfind('\n').map_or(0, |newline| newline + 1);
        let before = code[line_start..at].trim();
        if before.is_empty() || before == "pub" || before.starts_with("pub(") {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

/// Expands a `use` tree such as `crate::{a::B,c::{D,E}}` into its paths.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let Some(open) = tree.find('{') else {
        let mut path = prefix.clone();
        path.extend(
            tree.split(" as ")
                .next()
                .unwrap_or_default()
                .split("::")
                .filter(|part| !part.is_empty())
                .map(str::to_owned),
        );
        out.push(path);
        return;
    };
    let head: Vec<String> = tree[..open]
        .split("::")
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect();
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let depth = prefix.len();
    prefix.extend(head);
    let mut level = 0;
    let mut start = 0;
    for (index, c) in inner.char_indices() {
        match c {
            '{' => level += 1,
            '}' => level -= 1,
            ',' if level == 0 => {
                expand(&inner[start..index], prefix, out);
                start = index + 1;
            }
            _ => {}
        }
    }
    if start < inner.len() {
        expand(&inner[start..], prefix, out);
    }
    prefix.truncate(depth);
}

/// The module a path names, as the deepest module of the crate it reaches.
fn target(
    from: &[String],
    is_mod_file: bool,
    path: &[String],
    modules: &BTreeMap<Vec<String>, PathBuf>,
) -> Option<Vec<String>> {
    // The module a file's `self` and `super` start from.
    let own: Vec<String> = from.to_vec();
    let mut segments = path.iter().peekable();
    let mut base = match segments.peek().map(|s| s.as_str()) {
        Some("crate") => {
            segments.next();
            Vec::new()
        }
        Some("self") => {
            segments.next();
            own
        }
        Some("super") => {
            let mut base = own;
            while segments.peek().map(|s| s.as_str()) == Some("super") {
                segments.next();
                base.pop();
            }
            let _ = is_mod_file;
            base
        }
        _ => return None,
    };
    for segment in segments {
        let mut deeper = base.clone();
        deeper.push(segment.clone());
        if modules.contains_key(&deeper) {
            base = deeper;
        } else {
            break;
        }
    }
    Some(base)
}

/// The file-level dependencies of one crate.
fn graph(krate: &str) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let src = crates_dir().join(krate).join("src");
    let modules = modules(&src);
    let mut edges = BTreeMap::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(file).unwrap();
        let is_mod_file = file
            .file_stem()
            .is_some_and(|stem| stem == "mod" || stem == "lib" || stem == "main");
        let code = code(&text, false);
        let mut paths = named_paths(&code);
        // A module's own children are named without `self::` too (`facts::reply_by`).
        for (child, _) in modules.range(module.clone()..) {
            if child.len() == module.len() + 1 && child.starts_with(module) {
                let name = format!("{}::", child[module.len()]);
                let relative = paths_from(&code, &name).into_iter();
                paths.extend(relative.map(|path| [vec!["self".to_owned()], path].concat()));
            }
        }
        let mut targets = BTreeSet::new();
        for path in paths {
            if let Some(to) = target(module, is_mod_file, &path, &modules)
                && to != *module
                && let Some(to_file) = modules.get(&to)
            {
                targets.insert(to_file.strip_prefix(&src).unwrap().to_path_buf());
            }
        }
        edges.insert(file.strip_prefix(&src).unwrap().to_path_buf(), targets);
    }
    edges
}

/// The circles of a graph: its strongly connected components of more than one file.
fn circles(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    // Two passes of reachability are plenty at this size: a file is in a circle with every
    // file it reaches that reaches it back.
    let reach = |from: &PathBuf| -> BTreeSet<PathBuf> {
        let mut seen = BTreeSet::new();
        let mut pending = vec![from.clone()];
        while let Some(file) = pending.pop() {
            for next in edges.get(&file).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    pending.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&PathBuf, BTreeSet<PathBuf>> =
        edges.keys().map(|file| (file, reach(file))).collect();
    let mut circles: Vec<Vec<PathBuf>> = Vec::new();
    let mut placed = BTreeSet::new();
    for (file, reaches) in &reached {
        if placed.contains(*file) || !reaches.contains(*file) {
            continue;
        }
        let circle: Vec<PathBuf> = reaches
            .iter()
            .filter(|other| reached[other].contains(*file))
            .cloned()
            .collect();
        placed.extend(circle.iter().cloned());
        circles.push(circle);
    }
    circles
}

#[test]
fn no_crate_has_an_import_circle() {
    let mut found = Vec::new();
    for krate in CRATES {
        let edges = graph(krate);
        for circle in circles(&edges) {
            let ties: Vec<String> = circle
                .iter()
                .flat_map(|file| {
                    edges[file]
                        .iter()
                        .filter(|to| circle.contains(to))
                        .map(move |to| format!("{} -> {}", file.display(), to.display()))
                })
                .collect();
            found.push(format!("{krate}: {}", ties.join(", ")));
        }
    }
    assert!(found.is_empty(), "import circles:\n{}", found.join("\n"));
}

#[test]
fn the_circle_check_sees_circles() {
    // The check itself, on a graph with one circle and one one-way dependency.
    let edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = [
        ("a.rs", vec!["b.rs"]),
        ("b.rs", vec!["a.rs", "c.rs"]),
        ("c.rs", vec![]),
    ]
    .into_iter()
    .map(|(file, to)| {
        (
            PathBuf::from(file),
            to.into_iter().map(PathBuf::from).collect(),
        )
    })
    .collect();
    assert_eq!(
        circles(&edges),
        vec![vec![PathBuf::from("a.rs"), PathBuf::from("b.rs")]]
    );
    // And the reading of paths: a child reaching a sibling through its parent depends on it.
    let modules: BTreeMap<Vec<String>, PathBuf> = [
        (vec![], "lib.rs"),
        (vec!["model".to_owned()], "model/mod.rs"),
        (vec!["model".to_owned(), "text".to_owned()], "model/text.rs"),
    ]
    .into_iter()
    .map(|(module, file)| (module, PathBuf::from(file)))
    .collect();
    let child = ["model".to_owned(), "blocks".to_owned()];
    let paths = named_paths("use super::text::Text;\nuse crate::model::{Layout, text::Text};\n");
    let targets: BTreeSet<Vec<String>> = paths
        .iter()
        .filter_map(|path| target(&child, false, path, &modules))
        .collect();
    assert_eq!(
        targets,
        BTreeSet::from([
            vec!["model".to_owned()],
            vec!["model".to_owned(), "text".to_owned()],
        ])
    );
}

#[test]
fn only_the_repository_gate_and_the_output_writer_touch_the_file_system() {
    let allowed = |krate: &str, file: &Path| match krate {
        "fsn-core" => file.starts_with("repo"),
        "fsn-cli" => file.starts_with("output") || file == Path::new("output.rs"),
        _ => false,
    };
    let mut found = Vec::new();
    for krate in CRATES {
        let src = crates_dir().join(krate).join("src");
        for file in modules(&src).values() {
            let relative = file.strip_prefix(&src).unwrap();
            if allowed(krate, relative) {
                continue;
            }
            // Unit tests are held to it too: a test that reads the disk belongs in `tests/`.
            let code = code(&std::fs::read_to_string(file).unwrap(), true);
            for (index, line) in code.lines().enumerate() {
                if line.contains("std::fs") || line.contains(" fs::") || line.contains("(fs::") {
                    found.push(format!(
                        "{krate}/src/{}: {}",
                        relative.display(),
                        line.trim()
                    ));
                }
                let _ = index;
            }
        }
    }
    assert!(
        found.is_empty(),
        "file system use outside the gates:\n{}",
        found.join("\n")
    );
}
