//! The CI recipes in examples/ci/ are real: each parses as YAML, each fsn command in it exists
//! with the options it passes, the matrix covers every shard, and scripts/shard-matrix.sh (the
//! same matrix on one machine) gives the bytes of a single build. And scripts/bench-cold.sh
//! hands typst-cli everything fsn's template needs, with fsn's PDF standards.
//!
//! See: issue 17, item 4 (scale-out recipes that are real); issue 28 (the cold benchmark).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{NOTICE, read_tree, repo_root};
use serde_yaml::Value;

const GITHUB: &str = "examples/ci/github-actions.yml";
const GITLAB: &str = "examples/ci/gitlab-ci.yml";

fn load(relative: &str) -> Value {
    let text = std::fs::read_to_string(repo_root().join(relative)).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|err| panic!("{relative} is not YAML: {err}"))
}

/// The shell text of a workflow: GitHub's `run` steps and GitLab's script lists.
fn shell_text(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Mapping(map) => {
            for (key, value) in map {
                let is_shell = matches!(
                    key.as_str(),
                    Some("run" | "script" | "before_script" | "after_script")
                );
                match value {
                    Value::String(text) if is_shell => out.push(text.clone()),
                    Value::Sequence(lines) if is_shell => {
                        out.extend(lines.iter().filter_map(Value::as_str).map(str::to_owned))
                    }
                    _ => shell_text(value, out),
                }
            }
        }
        Value::Sequence(items) => items.iter().for_each(|item| shell_text(item, out)),
        _ => {}
    }
}

/// Simple commands of the workflow, each as its words: lines continued with `\` are joined
/// and lists (`&&`, `||`, `;`, `|`) are split.
fn commands(workflow: &Value) -> Vec<Vec<String>> {
    let mut texts = Vec::new();
    shell_text(workflow, &mut texts);
    let mut commands = Vec::new();
    for text in texts {
        let joined = text.replace("\\\n", " ");
        for line in joined.lines() {
            let line = line.split(" #").next().unwrap_or_default();
            for command in line.split(['&', '|', ';']) {
                let words: Vec<String> = command.split_whitespace().map(str::to_owned).collect();
                if !words.is_empty() {
                    commands.push(words);
                }
            }
        }
    }
    commands
}

/// `fsn <path…> --help`.
fn help(path: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(path)
        .arg("--help")
        .output()
        .unwrap();
    assert!(output.status.success(), "fsn {path:?} --help failed");
    String::from_utf8(output.stdout).unwrap()
}

/// The subcommands a help text lists under `Commands:`.
fn subcommands(help: &str) -> Vec<String> {
    help.split("Commands:\n")
        .nth(1)
        .map(|section| {
            section
                .lines()
                .take_while(|line| !line.trim().is_empty())
                .filter_map(|line| line.split_whitespace().next())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a help text documents `--option` (not merely a longer option that starts with it).
fn documents_option(help: &str, option: &str) -> bool {
    help.match_indices(option).any(|(at, _)| {
        !help[at + option.len()..]
            .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

/// Checks one `fsn …` command against the binary's help; returns its subcommand path.
fn check_fsn_command(file: &str, words: &[String]) -> Vec<String> {
    let mut path: Vec<&str> = Vec::new();
    let mut text = help(&path);
    let mut rest = words[1..].iter().peekable();
    while let Some(word) = rest.peek() {
        let known = subcommands(&text);
        if word.starts_with('-') || known.is_empty() {
            break;
        }
        assert!(
            known.iter().any(|name| name == *word),
            "{file}: `{}`: fsn {} has no subcommand `{word}` (it has {known:?})",
            words.join(" "),
            path.join(" ")
        );
        path.push(word.as_str());
        text = help(&path);
        rest.next();
    }
    assert!(
        !path.is_empty(),
        "{file}: `{}` names no subcommand",
        words.join(" ")
    );
    for word in rest.filter(|word| word.starts_with("--")) {
        let option = word.split('=').next().unwrap_or_default();
        assert!(
            documents_option(&text, option),
            "{file}: `{}`: `fsn {} --help` has no {option}",
            words.join(" "),
            path.join(" ")
        );
    }
    path.iter().map(|word| (*word).to_owned()).collect()
}

/// Checks every command of a workflow that runs fsn or a script of the repository; returns
/// the fsn subcommands run.
fn check_commands(file: &str, workflow: &Value) -> Vec<String> {
    let mut run = Vec::new();
    for words in commands(workflow) {
        for word in words.iter().filter(|word| word.starts_with("scripts/")) {
            assert!(
                repo_root().join(word).is_file(),
                "{file} runs {word}, which does not exist"
            );
        }
        if words[0] == "fsn" {
            run.push(check_fsn_command(file, &words).join(" "));
        }
    }
    run
}

#[test]
fn github_workflow_runs_a_shard_matrix_and_merges_it() {
    let workflow = load(GITHUB);
    let run = check_commands(GITHUB, &workflow);
    assert!(run.contains(&"build".to_owned()), "{run:?}");
    assert!(run.contains(&"manifest merge".to_owned()), "{run:?}");

    // The matrix lists shards 1 to n, and the build passes `--shard <shard>/n`.
    let jobs = &workflow["jobs"];
    let shards: Vec<u64> = jobs["build"]["strategy"]["matrix"]["shard"]
        .as_sequence()
        .expect("jobs.build.strategy.matrix.shard is a list")
        .iter()
        .map(|shard| shard.as_u64().expect("shard numbers"))
        .collect();
    let mut texts = Vec::new();
    shell_text(&jobs["build"], &mut texts);
    let total: u64 = texts
        .iter()
        .find_map(|text| text.split("--shard ${{ matrix.shard }}/").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|total| total.parse().ok())
        .expect("the build job runs `fsn build --shard ${{ matrix.shard }}/<n>`");
    assert_eq!(shards, (1..=total).collect::<Vec<_>>());
    assert_eq!(jobs["merge"]["needs"].as_str(), Some("build"));
}

#[test]
fn gitlab_pipeline_runs_parallel_shards_and_merges_them() {
    let pipeline = load(GITLAB);
    let run = check_commands(GITLAB, &pipeline);
    assert!(run.contains(&"build".to_owned()), "{run:?}");
    assert!(run.contains(&"manifest merge".to_owned()), "{run:?}");

    let build = &pipeline["build"];
    assert!(
        build["parallel"].as_u64().is_some_and(|jobs| jobs >= 2),
        "the build job has `parallel: N`"
    );
    let mut texts = Vec::new();
    shell_text(build, &mut texts);
    assert!(
        texts
            .iter()
            .any(|text| text.contains("--shard \"$CI_NODE_INDEX/$CI_NODE_TOTAL\"")),
        "the build job shards by its parallel index: {texts:?}"
    );
    let needs = pipeline["merge"]["needs"].as_sequence().unwrap();
    assert!(needs.iter().any(|need| need.as_str() == Some("build")));
}

fn succeeded(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn shard_matrix(args: &[&str], dir: &Path) -> Output {
    Command::new("bash")
        .arg(repo_root().join("scripts/shard-matrix.sh"))
        .args(args)
        .env("FSN", env!("CARGO_BIN_EXE_fsn"))
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn the_matrix_on_one_machine_gives_the_single_builds_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let root = repo_root();
    let build = [
        "--root",
        root.to_str().unwrap(),
        "--notice",
        NOTICE,
        "--lang",
        "it,de,en",
        "--jobs",
        "1",
        "--quiet",
    ];
    let matrix = shard_matrix(&[&["3", "matrix"][..], &build].concat(), dir.path());
    succeeded("scripts/shard-matrix.sh", &matrix);
    let single = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(["build", "--out", "single"])
        .args(build)
        .current_dir(dir.path())
        .output()
        .unwrap();
    succeeded("fsn build", &single);

    let merged = read_tree(&dir.path().join("matrix"));
    let whole = read_tree(&dir.path().join("single"));
    let names = |tree: &[(String, Vec<u8>)]| -> Vec<String> {
        tree.iter().map(|(name, _)| name.clone()).collect()
    };
    assert_eq!(names(&merged), names(&whole));
    assert_eq!(whole.len(), 8, "3 PDFs, 3 HTML pages, manifest, index");
    for ((name, merged), (_, whole)) in merged.iter().zip(&whole) {
        assert!(merged == whole, "{name} differs from the single build's");
    }
}

#[test]
fn the_merge_copies_only_what_the_shards_manifests_list() {
    // A shard folder restored from a CI cache can hold files an earlier build made.
    let dir = tempfile::tempdir().unwrap();
    let shard = dir.path().join("shard-1");
    for (path, text) in [
        ("manifest.json", r#"{"files": [{"path": "A/A_it.pdf"}]}"#),
        ("A/A_it.pdf", "new"),
        ("A/A_fr.pdf", "removed since"),
        ("B/B_it.pdf", "moved to another shard since"),
    ] {
        std::fs::create_dir_all(shard.join(path).parent().unwrap()).unwrap();
        std::fs::write(shard.join(path), text).unwrap();
    }
    let output = shard_matrix(&["--collect", "dist", "shard-1"], dir.path());
    succeeded("scripts/shard-matrix.sh --collect", &output);
    let copied = read_tree(&dir.path().join("dist"));
    assert_eq!(copied, [("A/A_it.pdf".to_owned(), b"new".to_vec())]);
}

/// The simple commands of a shell script, each as its words (quotes dropped): continued lines
/// joined, comments and the lists `&&`, `||`, `;` split off.
fn script_commands(text: &str) -> Vec<Vec<String>> {
    let joined = text.replace("\\\n", " ");
    let mut commands = Vec::new();
    for line in joined.lines() {
        let line = line.trim_start();
        if line.starts_with('#') {
            continue;
        }
        let line = line.split(" #").next().unwrap_or_default();
        for command in line.split("&&").flat_map(|part| part.split("||")) {
            for command in command.split(';') {
                let words: Vec<String> = command
                    .split_whitespace()
                    .map(|word| word.replace(['"', '\''], ""))
                    .collect();
                if !words.is_empty() {
                    commands.push(words);
                }
            }
        }
    }
    commands
}

/// Every file under `dir`, relative to it.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = PathBuf::from(path.file_name().unwrap());
        if path.is_dir() {
            files.extend(files_under(&path).into_iter().map(|file| name.join(file)));
        } else {
            files.push(name);
        }
    }
    files
}

/// What the script's `cp` commands put in `$work`: each file there (relative to `$work`) and
/// the repository's file it is a copy of.
fn copied_into_work(commands: &[Vec<String>], root: &Path) -> BTreeMap<PathBuf, PathBuf> {
    let mut copied = BTreeMap::new();
    for words in commands.iter().filter(|words| words[0] == "cp") {
        let recursive = words[1..]
            .iter()
            .any(|word| word.starts_with('-') && word.contains(['R', 'r']));
        let paths: Vec<&String> = words[1..]
            .iter()
            .filter(|word| !word.starts_with('-'))
            .collect();
        let (destination, sources) = paths.split_last().unwrap();
        let destination = destination.trim_end_matches('/');
        assert_eq!(
            destination, "$work",
            "bench-cold.sh copies into $work only: {words:?}"
        );
        for source in sources {
            let path = root.join(source);
            if path.is_dir() {
                assert!(recursive, "a folder is copied with cp -R: {words:?}");
                // `dir/.` copies what is in the folder; `dir` the folder itself.
                let under = if source.ends_with("/.") {
                    PathBuf::new()
                } else {
                    PathBuf::from(path.file_name().unwrap())
                };
                for file in files_under(&path) {
                    copied.insert(under.join(&file), path.join(&file));
                }
            } else {
                assert!(
                    path.is_file(),
                    "bench-cold.sh copies {source}, which is not there"
                );
                copied.insert(PathBuf::from(path.file_name().unwrap()), path);
            }
        }
    }
    copied
}

/// The files a typst file names with a literal path: what it imports and includes, and what
/// it reads as data (`json("…")`), each resolved against the project root (`/…`) or its own
/// folder. A package import (`@preview/…`) is named as it is.
fn typst_dependencies(file: &Path, text: &str) -> Vec<(String, PathBuf)> {
    let mut found = Vec::new();
    for line in text.lines() {
        let line = line.split("//").next().unwrap_or_default();
        for keyword in ["import \"", "include \"", "json(\""] {
            for (at, _) in line.match_indices(keyword) {
                let rest = &line[at + keyword.len()..];
                let Some(end) = rest.find('"') else { continue };
                let path = &rest[..end];
                let resolved = match path.strip_prefix('/') {
                    Some(from_root) => PathBuf::from(from_root),
                    None => file.parent().unwrap_or(Path::new("")).join(path),
                };
                found.push((
                    keyword.trim_end_matches(['"', '(']).trim().to_owned(),
                    resolved,
                ));
            }
        }
    }
    found
}

#[test]
fn the_cold_benchmark_hands_typst_cli_all_the_template_needs() {
    let root = repo_root();
    let script = std::fs::read_to_string(root.join("scripts/bench-cold.sh")).unwrap();
    let commands = script_commands(&script);
    let copied = copied_into_work(&commands, &root);
    // What the script writes into $work itself: the composed data.
    let written: BTreeSet<PathBuf> = script
        .lines()
        .filter_map(|line| line.split("> \"$work/").nth(1))
        .map(|rest| PathBuf::from(rest.trim_end().trim_end_matches('"')))
        .collect();
    assert!(
        written.contains(Path::new("data.json")),
        "the composed notice: {written:?}"
    );

    // The compile command: its root is $work, its main file one of the copies.
    let compile = commands
        .iter()
        .find(|words| words.iter().any(|word| word == "compile"))
        .expect("bench-cold.sh runs typst compile");
    let after = |option: &str| {
        let at = compile.iter().position(|word| word == option);
        at.map(|at| compile[at + 1].clone())
            .unwrap_or_else(|| panic!("typst compile without {option}: {compile:?}"))
    };
    assert_eq!(after("--root"), "$work");
    let main = compile
        .iter()
        .find_map(|word| {
            word.strip_prefix("$work/")
                .filter(|path| path.ends_with(".typ"))
        })
        .expect("typst compile is given a main file in $work");
    assert_eq!(
        copied.get(Path::new(main)),
        Some(&root.join("templates/main.typ")),
        "the main file is fsn's"
    );

    // Everything the main file needs, and what those files need in turn, is handed over.
    let mut needed = vec![PathBuf::from(main)];
    let mut seen = BTreeSet::new();
    let mut missing = Vec::new();
    while let Some(file) = needed.pop() {
        if !seen.insert(file.clone()) || written.contains(&file) {
            continue;
        }
        let Some(source) = copied.get(&file) else {
            missing.push(file);
            continue;
        };
        let text = std::fs::read_to_string(source).unwrap();
        for (how, dependency) in typst_dependencies(&file, &text) {
            assert!(
                !dependency.to_string_lossy().starts_with('@'),
                "{} {how}s a package, which fsn's world does not serve",
                file.display()
            );
            needed.push(dependency);
        }
    }
    assert!(
        missing.is_empty(),
        "bench-cold.sh does not hand typst-cli {missing:?}"
    );
    // Each typst file fsn embeds is among them (crates/fsn-pdf/src/world.rs).
    for template in files_under(&root.join("templates")) {
        assert!(
            seen.contains(&template),
            "templates/{} is not reached from main.typ",
            template.display()
        );
    }
    // The notice benchmarked prints no picture: the template would read it from /images/.
    assert!(crate::common::compose(NOTICE, "it").images.is_empty());
    assert!(script.contains(&format!("notices/{NOTICE} --lang it")));

    // typst-cli writes the standards fsn writes (crates/fsn-pdf/src/lib.rs).
    let fsn_pdf = std::fs::read_to_string(root.join("crates/fsn-pdf/src/lib.rs")).unwrap();
    let list = fsn_pdf
        .split("PdfStandards::new(&[")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .expect("fsn-pdf names its PDF standards");
    let fsn_standards: Vec<String> = list
        .split(',')
        .map(|standard| standard.trim().trim_start_matches("PdfStandard::"))
        .map(|standard| standard.to_lowercase().replace('_', "-"))
        .collect();
    let typst_standards: Vec<String> = after("--pdf-standard")
        .split(',')
        .map(str::to_owned)
        .collect();
    assert_eq!(typst_standards, fsn_standards);
    assert_eq!(fsn_standards, ["a-2b", "ua-1"]);
}
