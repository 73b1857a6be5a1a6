//! A test of this crate's shape: its files use one another without a circle, so each can be
//! read knowing only the files below it (issue 22).
//!
//! The graph is read from the source: every path that starts at `crate::`, `super::` or
//! `self::` (in `use` lines and in code, groups `{a, b::c}` spread out) is resolved to the
//! file of the longest module it names; a file that names an item of its parent module (the
//! file that declares it) uses that file. Inline test modules (`#[cfg(test)]`, at the end of
//! a file) are left out: they use the file they are in.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path, e.g. `["build", "render"]`; the crate root is empty.
type ModulePath = Vec<String>;

/// Every `.rs` file under `src`, by module path.
fn module_files(src: &Path) -> BTreeMap<ModulePath, PathBuf> {
    let mut files = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).unwrap().with_extension("");
            let mut module: ModulePath = relative
                .iter()
                .map(|part| part.to_string_lossy().into_owned())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("main" | "lib" | "mod")
            ) {
                module.pop();
            }
            files.insert(module, path);
        }
    }
    files
}

/// The code of a file without comments, string and character literals (each replaced by a
/// space), and without its inline test modules.
fn code_of(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut code = String::with_capacity(text.len());
    let mut at = 0;
    while at < chars.len() {
        let rest = &chars[at..];
        match rest {
            ['/', '/', ..] => {
                while at < chars.len() && chars[at] != '\n' {
                    at += 1;
                }
            }
            ['/', '*', ..] => {
                at += 2;
                while at + 1 < chars.len() && !(chars[at] == '*' && chars[at + 1] == '/') {
                    at += 1;
                }
                at += 2;
                code.push(' ');
            }
            ['r', '#' | '"', ..] if starts_literal(&chars, at) => {
                let hashes = rest[1..].iter().take_while(|c| **c == '#').count();
                if rest.get(1 + hashes) != Some(&'"') {
                    code.push('r');
                    at += 1;
                    continue;
                }
                at += 2 + hashes;
                let close: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                while at < chars.len() && !chars[at..].starts_with(&close) {
                    at += 1;
                }
                at += close.len();
                code.push(' ');
            }
            ['"', ..] => {
                at += 1;
                while at < chars.len() && chars[at] != '"' {
                    at += if chars[at] == '\\' { 2 } else { 1 };
                }
                at += 1;
                code.push(' ');
            }
            // A character literal; a lifetime (`'a` not closed by a quote) stays.
            ['\'', '\\', ..] => {
                at += 2;
                while at < chars.len() && chars[at] != '\'' {
                    at += 1;
                }
                at += 1;
                code.push(' ');
            }
            ['\'', _, '\'', ..] => {
                at += 3;
                code.push(' ');
            }
            [c, ..] => {
                code.push(*c);
                at += 1;
            }
            [] => break,
        }
    }
    without_test_modules(&code)
}

/// The code without its inline test modules (`#[cfg(test)] mod name { … }`).
fn without_test_modules(code: &str) -> String {
    let mut kept = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        let after = &rest[at + "#[cfg(test)]".len()..];
        let words: Vec<&str> = after.split_whitespace().take(3).collect();
        let inline_mod = words.first() == Some(&"mod")
            && (words.get(2) == Some(&"{") || words.get(1).is_some_and(|name| name.ends_with('{')));
        let Some(open) = after.find('{').filter(|_| inline_mod) else {
            kept.push_str(&rest[..at + "#[cfg(test)]".len()]);
            rest = after;
            continue;
        };
        let mut depth = 0;
        let mut end = after.len();
        for (index, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => continue,
            }
            if depth == 0 {
                end = open + index + 1;
                break;
            }
        }
        kept.push_str(&rest[..at]);
        rest = &after[end..];
    }
    kept.push_str(rest);
    kept
}

/// Whether the `r` at `at` starts a raw string (`r"…"`, `r#"…"#`, `br"…"`), not a name.
fn starts_literal(chars: &[char], at: usize) -> bool {
    let before = |back: usize| at.checked_sub(back).map(|index| chars[index]);
    match before(1) {
        None => true,
        Some('b') => before(2).is_none_or(|c| !is_ident(c)),
        Some(c) => !is_ident(c),
    }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reads the paths that follow a `crate::`, `super::` or `self::` start: `chars` begins
/// after that first `::`. `prefix` is the path so far; every full path is added to `paths`.
fn read_paths(chars: &[char], at: &mut usize, prefix: &[String], paths: &mut Vec<Vec<String>>) {
    let skip_space = |at: &mut usize| {
        while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
            *at += 1;
        }
    };
    let mut path = prefix.to_vec();
    loop {
        skip_space(at);
        match chars.get(*at) {
            Some('{') => {
                *at += 1;
                loop {
                    skip_space(at);
                    match chars.get(*at) {
                        Some('}') => {
                            *at += 1;
                            return;
                        }
                        Some(',') => *at += 1,
                        Some(_) => {
                            let before = *at;
                            read_paths(chars, at, &path, paths);
                            if *at == before {
                                *at += 1;
                            }
                        }
                        None => return,
                    }
                }
            }
            Some('*') => {
                *at += 1;
                paths.push(path);
                return;
            }
            Some(c) if is_ident(*c) => {
                let start = *at;
                while chars.get(*at).is_some_and(|c| is_ident(*c)) {
                    *at += 1;
                }
                path.push(chars[start..*at].iter().collect());
                skip_space(at);
                if chars[*at..].starts_with(&[':', ':']) {
                    *at += 2;
                    continue;
                }
                // `a as b`: the name it is used by does not matter here.
                if chars[*at..].starts_with(&['a', 's', ' ']) {
                    *at += 3;
                    skip_space(at);
                    while chars.get(*at).is_some_and(|c| is_ident(*c)) {
                        *at += 1;
                    }
                }
                paths.push(path);
                return;
            }
            _ => {
                paths.push(path);
                return;
            }
        }
    }
}

/// The module paths a file's code names, each made absolute. `module` is the file's own;
/// inline modules (`mod name { … }`) inside it are followed so that their `super` is right.
///
/// A path may also start at a module the file declares (`prepare::prepare_all` in the file
/// that declares `mod prepare;`): `children` are their names.
fn named_paths(code: &str, module: &[String], children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut paths = Vec::new();
    // Inline modules open at a brace depth: (name, depth inside it).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut pending_mod: Option<String> = None;
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let word_start = at == 0 || !is_ident(chars[at - 1]);
        if c == '{' {
            depth += 1;
            if let Some(name) = pending_mod.take() {
                inline.push((name, depth));
            }
            at += 1;
            continue;
        }
        if c == '}' {
            if inline.last().is_some_and(|(_, open)| *open == depth) {
                inline.pop();
            }
            depth -= 1;
            at += 1;
            continue;
        }
        if c == ';' {
            pending_mod = None;
        }
        if !word_start || !is_ident(c) {
            at += 1;
            continue;
        }
        let start = at;
        while at < chars.len() && is_ident(chars[at]) {
            at += 1;
        }
        let word: String = chars[start..at].iter().collect();
        if word == "mod" {
            let mut next = at;
            while chars.get(next).is_some_and(|c| c.is_whitespace()) {
                next += 1;
            }
            let name_start = next;
            while chars.get(next).is_some_and(|c| is_ident(*c)) {
                next += 1;
            }
            pending_mod = Some(chars[name_start..next].iter().collect());
            at = next;
            continue;
        }
        let starts_path = chars[at..].starts_with(&[':', ':'])
            && !(start >= 2 && chars[start - 2..start] == [':', ':'])
            && !(start > 0 && chars[start - 1] == '$');
        if !starts_path {
            continue;
        }
        if inline.is_empty() && children.contains(&word) {
            at += 2;
            let base: Vec<String> = module.iter().cloned().chain([word]).collect();
            read_paths(&chars, &mut at, &base, &mut paths);
            continue;
        }
        if !matches!(word.as_str(), "crate" | "super" | "self") {
            continue;
        }
        let mut base: Vec<String> = module
            .iter()
            .cloned()
            .chain(inline.iter().map(|(name, _)| name.clone()))
            .collect();
        let mut first = word;
        at += 2;
        if first == "crate" {
            base.clear();
        }
        // `super::super::…`
        while first == "super" {
            base.pop();
            let mut next = at;
            while chars.get(next).is_some_and(|c| c.is_whitespace()) {
                next += 1;
            }
            if chars[next..].starts_with(&['s', 'u', 'p', 'e', 'r', ':', ':']) {
                at = next + 7;
            } else {
                first = String::new();
            }
        }
        read_paths(&chars, &mut at, &base, &mut paths);
    }
    paths
}

/// The file-level graph: for each file, the files it uses and, per used file, the paths it
/// names there.
fn import_graph(src: &Path) -> BTreeMap<PathBuf, BTreeMap<PathBuf, BTreeSet<String>>> {
    let modules = module_files(src);
    let mut graph = BTreeMap::new();
    for (module, file) in &modules {
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let mut uses: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
        let children: BTreeSet<String> = modules
            .keys()
            .filter(|other| other.len() == module.len() + 1 && other.starts_with(module))
            .filter_map(|child| child.last().cloned())
            .collect();
        for path in named_paths(&code, module, &children) {
            let target = (0..=path.len())
                .rev()
                .find_map(|length| modules.get(&path[..length]))
                .unwrap();
            if target != file {
                let relative = target.strip_prefix(src).unwrap().to_path_buf();
                uses.entry(relative)
                    .or_default()
                    .insert(format!("crate::{}", path.join("::")));
            }
        }
        graph.insert(file.strip_prefix(src).unwrap().to_path_buf(), uses);
    }
    graph
}

/// A circle in the graph, as the files along it, if there is one.
fn find_circle<T>(graph: &BTreeMap<PathBuf, BTreeMap<PathBuf, T>>) -> Option<Vec<PathBuf>> {
    fn visit<T>(
        file: &PathBuf,
        graph: &BTreeMap<PathBuf, BTreeMap<PathBuf, T>>,
        path: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
    ) -> Option<Vec<PathBuf>> {
        if let Some(at) = path.iter().position(|on_path| on_path == file) {
            let mut circle = path[at..].to_vec();
            circle.push(file.clone());
            return Some(circle);
        }
        if !done.insert(file.clone()) {
            return None;
        }
        path.push(file.clone());
        for used in graph.get(file).into_iter().flat_map(BTreeMap::keys) {
            if let Some(circle) = visit(used, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|file| visit(file, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_file_of_the_crate_is_in_an_import_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = import_graph(&src);
    // The graph, for `cargo test -- --nocapture`: each file and what it uses of others.
    for (file, uses) in &graph {
        println!("{}", file.display());
        for (used, paths) in uses {
            let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
            println!("    {}: {}", used.display(), paths.join(", "));
        }
    }
    assert!(graph.len() > 10, "the source files are found: {graph:?}");
    assert!(
        graph[Path::new("commands.rs")].contains_key(Path::new("build.rs")),
        "commands uses build: {graph:?}"
    );
    if let Some(circle) = find_circle(&graph) {
        let files: Vec<String> = circle
            .iter()
            .map(|file| file.display().to_string())
            .collect();
        panic!("an import circle: {}", files.join(" → "));
    }
}

#[test]
fn circles_and_inline_modules_are_told_apart() {
    let build = ["build".to_owned()];
    let code = code_of(
        "use super::manifest::{Manifest, index_page as page};\n\
         mod shared { use super::{Sources}; }\n\
         fn f() { crate::report::print(\"crate::fake::x\"); jobs::plan(); fsn_l10n::jobs::x(); }\n\
         // crate::comment::y\n\
         #[cfg(test)]\nmod tests { use super::*; }\n",
    );
    let children = BTreeSet::from(["jobs".to_owned()]);
    let paths = named_paths(&code, &build[..], &children);
    let joined: Vec<String> = paths.iter().map(|path| path.join("::")).collect();
    assert_eq!(
        joined,
        [
            "manifest::Manifest",
            "manifest::index_page",
            "build::Sources",
            "report::print",
            "build::jobs::plan",
        ]
    );
    let graph: BTreeMap<PathBuf, BTreeMap<PathBuf, ()>> = [
        ("a.rs", vec!["b.rs"]),
        ("b.rs", vec!["c.rs"]),
        ("c.rs", vec!["a.rs"]),
    ]
    .into_iter()
    .map(|(file, uses)| {
        let uses = uses
            .into_iter()
            .map(|used| (PathBuf::from(used), ()))
            .collect();
        (PathBuf::from(file), uses)
    })
    .collect();
    let circle = find_circle(&graph).unwrap();
    assert_eq!(circle.len(), 4, "{circle:?}");
}
