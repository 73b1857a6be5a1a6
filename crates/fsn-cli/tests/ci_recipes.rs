//! The CI recipes in examples/ci/ are real: each parses as YAML, each fsn command in it exists
//! with the options it passes, the matrix covers every shard, and scripts/shard-matrix.sh (the
//! same matrix on one machine) gives the bytes of a single build.
//!
//! See: issue 17, item 4 (scale-out recipes that are real).

use std::path::Path;
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
