//! Hostile and careless use of the file system and the output: ids that are paths, the same
//! output twice, an output that cannot be replaced, stale files, manifests from elsewhere,
//! symbolic links, and messages that say what happened.
//!
//! See: issue 12 (D2, D4, D9, D12, D16, D17, D18).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{NOTICE, Sandbox};

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `fsn` run in `dir` (a folder of the sandbox).
fn fsn_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// Every path under `root`, relative, sorted.
fn files_under(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            found.push(path.strip_prefix(root).unwrap().display().to_string());
            if path.is_dir() && !path.is_symlink() {
                stack.push(path);
            }
        }
    }
    found.sort();
    found
}

fn set_id(sandbox: &Sandbox, id: &str) {
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace(&format!("id = \"{NOTICE}\""), &format!("id = \"{id}\""))
    });
}

fn assert_refused(output: &Output, code: &str) -> String {
    let message = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(message.contains(code), "{code} not in\n{message}");
    assert!(!message.contains("panicked"), "{message}");
    message
}

/// See: issue 12, D2. `cd notices/X; fsn render notice.toml` with an absolute id wrote
/// `/elsewhere/ABS_en.html`; `fsn render .` and `--notice notices/X/locales/..` with `../`
/// ids wrote outside the output folder.
#[test]
fn an_id_that_is_a_path_never_reaches_the_file_system() {
    let sandbox = Sandbox::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let absolute = elsewhere.path().join("ABS");
    set_id(&sandbox, absolute.to_str().unwrap());
    let folder = sandbox.path(&format!("notices/{NOTICE}"));
    let message = assert_refused(
        &fsn_in(
            &folder,
            &["render", "notice.toml", "--lang", "en", "--format", "html"],
        ),
        "fsn::validate::bad_id",
    );
    assert!(message.contains("fsn::validate::id_mismatch"), "{message}");
    assert!(files_under(elsewhere.path()).is_empty());

    let sandbox = Sandbox::new();
    let before = files_under(&sandbox.path(""));
    set_id(&sandbox, "../../../x");
    assert_refused(
        &fsn_in(
            &sandbox.path(&format!("notices/{NOTICE}")),
            &["render", ".", "--lang", "en", "--format", "html"],
        ),
        "fsn::validate::bad_id",
    );
    set_id_back(&sandbox, "../../../x");
    set_id(&sandbox, "../../probe-escape");
    assert_refused(
        &sandbox.fsn(&[
            "build",
            "--notice",
            &format!("notices/{NOTICE}/locales/.."),
            "--format",
            "html",
        ]),
        "fsn::validate::bad_id",
    );
    assert_eq!(files_under(&sandbox.path("")), before);
    assert!(!sandbox.path("dist").exists());
}

fn set_id_back(sandbox: &Sandbox, id: &str) {
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace(&format!("id = \"{id}\""), &format!("id = \"{NOTICE}\""))
    });
}

/// The folder is named by what the file system says, not by how the path was typed: the
/// same notice builds from `notices/X/locales/..` into `dist/X/`.
#[test]
fn a_notice_named_by_a_roundabout_path_builds_under_its_folder_name() {
    let sandbox = Sandbox::new();
    let output = sandbox.fsn(&[
        "build",
        "--notice",
        &format!("notices/{NOTICE}/locales/.."),
        "--format",
        "html",
        "--quiet",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        sandbox
            .path(&format!("dist/{NOTICE}/{NOTICE}_it.html"))
            .is_file()
    );
}

/// See: issue 12, D2 and D3. `fsn new -- -x` made a notice whose id reads as a flag;
/// `--issuer ../../etc` was not checked.
#[test]
fn fsn_new_takes_plain_names_only() {
    let sandbox = Sandbox::new();
    assert_refused(&sandbox.fsn(&["new", "--", "-x"]), "fsn::new::bad_id");
    assert_refused(&sandbox.fsn(&["new", "../x"]), "fsn::new::bad_id");
    assert_refused(
        &sandbox.fsn(&["new", "FSN2026-0001", "--issuer", "../../etc"]),
        "fsn::project::bad_issuer_key",
    );
    for folder in ["-x", "FSN2026-0001"] {
        assert!(!sandbox.path(&format!("notices/{folder}")).exists());
    }
}

/// See: issue 12, D4. The same output named twice wrote a file and then said nothing was
/// written; now it is refused before anything is written.
#[test]
fn the_same_output_twice_is_refused_up_front() {
    let sandbox = Sandbox::new();
    let notice = format!("notices/{NOTICE}");
    for args in [
        vec!["render", &notice, "--lang", "en,en", "--format", "html"],
        vec!["render", &notice, "--lang", "en", "--format", "pdf,pdf"],
        vec!["build", "--notice", NOTICE, "--notice", NOTICE],
        vec!["build", "--lang", "it,it", "--format", "html"],
        vec!["new", "FSN2026-0001", "--lang", "en,en"],
    ] {
        let message = assert_refused(&sandbox.fsn(&args), "fsn::args::repeated");
        assert!(
            message.contains("nothing was written"),
            "{args:?}: {message}"
        );
    }
    let message = assert_refused(
        &sandbox.fsn(&["build", "--notice", NOTICE, "--notice", &notice]),
        "fsn::build::notice_twice",
    );
    assert!(message.contains("nothing was written"), "{message}");
    assert!(sandbox.written().is_empty());
    assert!(!sandbox.path("dist").exists());
    assert!(!sandbox.path("notices/FSN2026-0001").exists());
}

/// See: issue 12, D4. A render whose last file cannot be put in place (a folder is in its
/// way) puts back every file it had already replaced, and says so truthfully.
#[test]
fn a_render_that_fails_while_committing_puts_every_old_file_back() {
    let sandbox = Sandbox::new();
    let first = sandbox.render("en,it", "html,pdf");
    assert!(first.status.success(), "{}", stderr(&first));
    let out = sandbox.path("out");
    let blocked = out.join(format!("{NOTICE}_it.pdf"));
    std::fs::remove_file(&blocked).unwrap();
    std::fs::create_dir(&blocked).unwrap();
    let old: Vec<(String, Vec<u8>)> = files_under(&out)
        .into_iter()
        .filter(|name| out.join(name).is_file())
        .map(|name| {
            let bytes = std::fs::read(out.join(&name)).unwrap();
            (name, bytes)
        })
        .collect();
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replacen("Illumina is contacting you", "Illumina contacts you", 1)
    });
    sandbox.review(&["en", "de", "it"]);
    let message = assert_refused(&sandbox.render("en,it", "html,pdf"), "fsn::io::write");
    assert!(
        message.contains("a folder of that name is in the way")
            && message.contains("put back")
            && message.contains("nothing was written"),
        "{message}"
    );
    for (name, bytes) in &old {
        assert_eq!(&std::fs::read(out.join(name)).unwrap(), bytes, "{name}");
    }
    assert!(
        files_under(&out).iter().all(|name| !name.contains(".fsn-")),
        "{:?}",
        files_under(&out)
    );
}

/// Runs `chattr` on a path; false where the file system or user cannot.
fn chattr(flag: &str, path: &Path) -> bool {
    Command::new("chattr")
        .arg(flag)
        .arg(path)
        .output()
        .is_ok_and(|output| output.status.success())
}

/// Takes the immutable flag off again, whatever the test does.
struct Immutable(PathBuf);

impl Drop for Immutable {
    fn drop(&mut self) {
        chattr("-i", &self.0);
    }
}

/// See: issue 12, D4. After a good build, the output cannot be replaced (`chattr +i`): the
/// next build fails, and the old output is wholly in place; no temporary is left.
#[test]
fn a_build_that_cannot_replace_its_output_leaves_it_whole() {
    let sandbox = Sandbox::new();
    let first = sandbox.fsn(&["build", "--notice", NOTICE, "--format", "html", "--quiet"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let dist = sandbox.path("dist");
    let before: Vec<(String, Vec<u8>)> = files_under(&dist)
        .into_iter()
        .filter(|name| dist.join(name).is_file())
        .map(|name| (name.clone(), std::fs::read(dist.join(name)).unwrap()))
        .collect();
    if !chattr("+i", &dist) {
        eprintln!("chattr +i is not available here: the unit tests of output.rs cover rollback");
        return;
    }
    let guard = Immutable(dist.clone());
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replacen("Illumina is contacting you", "Illumina contacts you", 1)
    });
    sandbox.review(&["en", "de", "it"]);
    let message = assert_refused(
        &sandbox.fsn(&["build", "--notice", NOTICE, "--format", "html"]),
        "fsn::io::write",
    );
    assert!(
        message.contains("the previous output is unchanged")
            && message.contains("nothing was written"),
        "{message}"
    );
    drop(guard);
    for (name, bytes) in &before {
        assert_eq!(&std::fs::read(dist.join(name)).unwrap(), bytes, "{name}");
    }
    let left: Vec<String> = files_under(&sandbox.path(""))
        .into_iter()
        .filter(|name| name.contains(".fsn-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// See: issue 12, D4. One old PDF that cannot be removed (`chattr +i`) no longer mixes
/// new files with old ones: the new build is swapped in whole, and fsn says which copy of
/// the previous output it could not remove.
#[test]
fn an_old_file_that_cannot_be_removed_does_not_mix_builds() {
    let sandbox = Sandbox::new();
    let first = sandbox.fsn(&["build", "--notice", NOTICE, "--lang", "it", "--quiet"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let pdf = sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_it.pdf"));
    if !chattr("+i", &pdf) {
        eprintln!("chattr +i is not available here");
        return;
    }
    let guard = Immutable(pdf);
    sandbox.edit(&format!("notices/{NOTICE}/locales/it.ftl"), |text| {
        text.replacen("\nintro = ", "\nintro = Nuovo: ", 1)
    });
    sandbox.review(&["it"]);
    let second = sandbox.fsn(&["build", "--notice", NOTICE, "--lang", "it"]);
    let message = stderr(&second);
    assert!(second.status.success(), "{message}");
    assert!(message.contains("removing it from"), "{message}");
    let html =
        std::fs::read_to_string(sandbox.path(&format!("dist/{NOTICE}/{NOTICE}_it.html"))).unwrap();
    assert!(html.contains("Nuovo:"), "the new build is not in place");
    // The immutable file is in the previous tree, beside dist/; free it so it can go.
    let leftover = files_under(&sandbox.path(""))
        .into_iter()
        .find(|name| name.starts_with(".dist.fsn-") && name.ends_with("_it.pdf"))
        .expect("the previous tree with the immutable PDF");
    drop(guard);
    chattr("-i", &sandbox.path(&leftover));
    let third = sandbox.fsn(&["build", "--notice", NOTICE, "--lang", "it", "--quiet"]);
    assert!(third.status.success(), "{}", stderr(&third));
    assert!(
        files_under(&sandbox.path(""))
            .iter()
            .all(|name| !name.starts_with(".dist.fsn-")),
        "the next build did not remove the previous tree"
    );
}

/// See: issue 12, D9. A deleted notice and a language moved to the drafts leave nothing in
/// dist/: after a build it holds exactly what the manifest lists.
#[test]
fn a_build_removes_outputs_it_no_longer_makes() {
    let sandbox = Sandbox::new();
    let first = sandbox.fsn(&["build", "--format", "html", "--quiet"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let dist = sandbox.path("dist");
    let removed = files_under(&sandbox.path("notices"))
        .into_iter()
        .find(|name| !name.contains('/') && name != NOTICE)
        .expect("a second notice");
    assert!(dist.join(&removed).is_dir());
    std::fs::remove_dir_all(sandbox.path(&format!("notices/{removed}"))).unwrap();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace(
            "languages = [\"it\", \"de\", \"en\"]",
            "languages = [\"it\", \"en\"]",
        )
        .replace("draft-languages = [", "draft-languages = [\"de\", ")
    });
    let second = sandbox.fsn(&["build", "--format", "html", "--quiet"]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(!dist.join(&removed).exists(), "{removed} left in dist/");
    assert!(!dist.join(format!("{NOTICE}/{NOTICE}_de.html")).exists());
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dist.join("manifest.json")).unwrap()).unwrap();
    let mut listed: Vec<String> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["path"].as_str().unwrap().to_owned())
        .collect();
    listed.extend(["index.html".to_owned(), "manifest.json".to_owned()]);
    listed.sort();
    let present: Vec<String> = files_under(&dist)
        .into_iter()
        .filter(|name| dist.join(name).is_file())
        .collect();
    assert_eq!(present, listed);
}

/// See: issue 12, D9. fsn build replaces its output folder whole, so it refuses a folder
/// that is not empty and holds no fsn manifest (`--out ~`), and leaves it untouched.
#[test]
fn a_build_refuses_an_output_folder_it_does_not_own() {
    let sandbox = Sandbox::new();
    let home = sandbox.path("home");
    std::fs::create_dir(&home).unwrap();
    std::fs::write(home.join("thesis.tex"), "years of work").unwrap();
    let message = assert_refused(
        &sandbox.fsn(&[
            "build", "--notice", NOTICE, "--format", "html", "--out", "home",
        ]),
        "fsn::output::not_owned",
    );
    assert!(message.contains("holds no fsn manifest.json"), "{message}");
    assert_eq!(files_under(&home), ["thesis.tex"]);
    assert_refused(
        &sandbox.fsn(&["build", "--format", "html", "--out", "."]),
        "fsn::output::not_owned",
    );
}

/// See: issue 12, D17. A dangling symbolic link as the output said "File exists".
#[cfg(unix)]
#[test]
fn a_dangling_output_link_is_named_as_such() {
    let sandbox = Sandbox::new();
    for out in ["dist", "out"] {
        std::os::unix::fs::symlink(sandbox.path("nowhere"), sandbox.path(out)).unwrap();
    }
    let notice = format!("notices/{NOTICE}");
    for args in [
        vec!["build", "--notice", NOTICE, "--format", "html"],
        vec![
            "render", &notice, "--lang", "en", "--format", "html", "--out", "out",
        ],
    ] {
        let message = assert_refused(&sandbox.fsn(&args), "fsn::output::symlink");
        assert!(
            message.contains("is a symbolic link to") && message.contains("which does not exist"),
            "{args:?}: {message}"
        );
        assert!(!message.contains("File exists"), "{message}");
    }
    assert!(!sandbox.path("nowhere").exists());
}

/// See: issue 12, D12. A shard's manifest is checked before its paths become links or
/// names: `javascript:` gave a live link on the index page.
#[test]
fn manifest_merge_refuses_entries_fsn_does_not_build() {
    let sandbox = Sandbox::new();
    let shard = sandbox.fsn(&[
        "build", "--shard", "1/2", "--format", "html", "--out", "shard1", "--quiet",
    ]);
    assert!(shard.status.success(), "{}", stderr(&shard));
    let path = sandbox.path("shard1/manifest.json");
    let good = std::fs::read_to_string(&path).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&good).unwrap();
    let first = manifest["files"][0]["path"].as_str().unwrap().to_owned();
    for (field, bad) in [
        ("path", "javascript:alert(document.cookie)"),
        ("path", "../../x.html"),
        ("notice", "../x"),
        ("lang", "e n"),
        ("format", "exe"),
    ] {
        let mut edited = manifest.clone();
        edited["files"][0][field] = serde_json::Value::from(bad);
        std::fs::write(&path, serde_json::to_string(&edited).unwrap()).unwrap();
        let message = assert_refused(
            &sandbox.fsn(&[
                "manifest",
                "merge",
                "shard1/manifest.json",
                "--out",
                "merged",
            ]),
            "fsn::manifest::bad_entry",
        );
        assert!(
            message.contains("nothing was written"),
            "{field}: {message}"
        );
        assert!(!sandbox.path("merged").exists(), "{field}: wrote merged/");
    }
    assert!(!first.is_empty());
}

/// See: issue 12, D16. A character no font has is reported at the message that holds it,
/// with the notice, language and file; a word too long for a PDF string likewise, before
/// layout.
#[test]
fn pdf_problems_name_the_notice_language_message_and_file() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replace(
            "Illumina is contacting you",
            "Illumina 漢字 is contacting you",
        )
    });
    let message = assert_refused(&sandbox.render("en", "pdf"), "fsn::pdf::missing_glyphs");
    assert!(
        message.contains(&format!("{NOTICE} (en)"))
            && message.contains("U+6F22")
            && message.contains("message `intro`")
            && message.contains(&format!("notices/{NOTICE}/locales/en.ftl:9:")),
        "{message}"
    );

    let sandbox = Sandbox::new();
    let word = "x".repeat(40_000);
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replace("Illumina is contacting you", &format!("Illumina {word} is"))
    });
    let message = assert_refused(
        &sandbox.render("en", "pdf"),
        "fsn::compose::message_too_long",
    );
    assert!(
        message.contains("message `intro` in locale `en` has a word of 40000 characters")
            && message.contains(&format!("notices/{NOTICE}/locales/en.ftl:9:1")),
        "{message}"
    );
}

/// See: issue 12, D17. `fsn status` and `fsn check` never write, so they never end with
/// "nothing was written".
#[test]
fn commands_that_never_write_do_not_say_nothing_was_written() {
    let sandbox = Sandbox::new();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replace("issued = 2025-01-16", "issued = 0000-01-01")
    });
    let check = sandbox.fsn(&["check"]);
    let message = assert_refused(&check, "fsn::validate::issued_out_of_range");
    assert!(!message.contains("nothing was written"), "{message}");
    let status = sandbox.fsn(&["status"]);
    assert!(
        !stderr(&status).contains("nothing was written"),
        "{}",
        stderr(&status)
    );
}

/// See: issue 12, D18. `--quiet --verbose` together is a contradiction, refused by the
/// argument parser.
#[test]
fn quiet_and_verbose_together_are_refused() {
    let sandbox = Sandbox::new();
    let output = sandbox.fsn(&["build", "--quiet", "--verbose"]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert!(message.contains("cannot be used with"), "{message}");
    assert!(!sandbox.path("dist").exists());
}
