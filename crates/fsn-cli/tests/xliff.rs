//! XLIFF 2.0 round trip for translators' CAT tools (`fsn xliff export|import`, issue 5): the
//! repository's locales survive export and import byte for byte, new translations land in the
//! right file and order, damaged placeholders are refused, and XML special characters are
//! escaped.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{copy_dir, repo_root};

fn fixture() -> PathBuf {
    repo_root().join("tests/fixtures/xliff/repo")
}

/// A temporary copy of a repository's `locales/`, `issuers/` and `notices/`.
fn copy_of(root: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["locales", "issuers", "notices"] {
        if root.join(folder).is_dir() {
            copy_dir(&root.join(folder), &dir.path().join(folder));
        }
    }
    dir
}

/// Every `.ftl` file under a folder, by relative path, with its bytes.
fn ftl_files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if path.extension().is_some_and(|ext| ext == "ftl") {
                let relative = path.strip_prefix(root).unwrap().to_path_buf();
                out.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

fn fsn(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn export(dir: &Path, lang: &str) -> String {
    let output = fsn(dir, &["xliff", "export", "--lang", lang]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn import(dir: &Path, xml: &str) -> Output {
    let file = dir.join("in.xlf");
    std::fs::write(&file, xml).unwrap();
    fsn(dir, &["xliff", "import", file.to_str().unwrap()])
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Replaces the one occurrence of `from`.
fn edit(xml: &str, from: &str, to: &str) -> String {
    assert_eq!(xml.matches(from).count(), 1, "{from} in\n{xml}");
    xml.replacen(from, to, 1)
}

#[test]
fn every_locale_of_the_repository_round_trips_byte_for_byte() {
    let root = repo_root();
    let copy = copy_of(&root);
    let before = ftl_files(copy.path());
    assert!(before.len() >= 9, "{:?}", before.keys());
    for lang in ["de", "it"] {
        let xml = export(copy.path(), lang);
        assert!(xml.contains(&format!("srcLang=\"en\" trgLang=\"{lang}\"")));
        assert!(xml.contains("<file id=\"shared-notice\" original=\"locales/en/notice.ftl\">"));
        assert!(xml.contains("original=\"issuers/illumina/locales/en.ftl\""));
        assert!(xml.contains("original=\"notices/FSN2025-1682/locales/en.ftl\""));
        assert!(xml.contains("<ph id=\"1\" dataRef=\"d1\" disp=\"{ $issuer }\"/>"));
        let output = import(copy.path(), &xml);
        assert!(output.status.success(), "{lang}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("nothing to change"),
            "{}",
            stderr(&output)
        );
        assert_eq!(ftl_files(copy.path()), before, "{lang}");
    }
}

#[test]
fn the_fixture_round_trips_and_marks_selects_with_text() {
    let copy = copy_of(&fixture());
    let before = ftl_files(copy.path());
    let xml = export(copy.path(), "fr");
    assert!(xml.contains(
        "<unit id=\"devices\" canResegment=\"no\" type=\"fsn:fluent\" xml:space=\"preserve\">"
    ));
    assert!(xml.contains("contains a select expression: edit the Fluent syntax"));
    assert!(xml.contains("<unit id=\"title.aria-label\""));
    assert!(xml.contains("<unit id=\"-brand\""));
    assert!(xml.contains("<note category=\"group\">Letter</note>"));
    assert!(xml.contains("<segment state=\"initial\">\n        <source>Sincerely, "));
    let output = import(copy.path(), &xml);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(ftl_files(copy.path()), before);
}

#[test]
fn xml_special_characters_are_escaped_and_read_back() {
    let copy = copy_of(&fixture());
    let xml = export(copy.path(), "fr");
    assert!(xml.contains(
        "<source>Use &lt;b&gt; &amp; &quot;quotes&quot; &apos;here&apos; for <ph id=\"1\" \
         dataRef=\"d1\" disp=\"{ -brand }\"/></source>"
    ));
    // A CAT tool may write the characters as character references or in CDATA.
    let xml = edit(
        &xml,
        "<target>Utilisez &lt;b&gt; &amp; &quot;guillemets&quot; &apos;ici&apos; pour ",
        "<target>Mettez <![CDATA[<i> & ]]>&#34;guillemets&#x22; &lt;ici&gt; pour ",
    );
    let output = import(copy.path(), &xml);
    assert!(output.status.success(), "{}", stderr(&output));
    let fr = std::fs::read_to_string(copy.path().join("locales/fr/notice.ftl")).unwrap();
    assert!(
        fr.contains(
            "\nescaping = Mettez <i> & \"guillemets\" <ici> pour { -brand }\n-brand = Acme\n"
        ),
        "{fr}"
    );
}

#[test]
fn new_translations_land_in_the_right_file_and_order() {
    let copy = copy_of(&fixture());
    let xml = export(copy.path(), "fr");
    let xml = edit(
        &xml,
        "<source>Sincerely, <ph id=\"1\" dataRef=\"d1\" disp=\"{ $issuer }\"/></source>",
        "<source>Sincerely, <ph id=\"1\" dataRef=\"d1\" disp=\"{ $issuer }\"/></source>\n\
         <target>Cordialement, <ph id=\"1\" dataRef=\"d1\"/></target>",
    );
    let xml = edit(
        &xml,
        "<source>Notice title</source>",
        "<source>Notice title</source><target>Titre de l’avis</target>",
    );
    let xml = edit(
        &xml,
        "   *[other] { $count } devices\n}</source>",
        "   *[other] { $count } devices\n}</source>\n<target>{ $count -&gt;\n    [one] un appareil\n   \
         *[other] { $count } appareils\n}</target>",
    );
    let xml = edit(
        &xml,
        "longer than the width of ninety-two columns.</source>",
        "longer than the width of ninety-two columns.</source>\n<target>Bonjour <ph id=\"1\" \
         dataRef=\"d1\"/>, ceci est une longue ligne que l’import doit couper parce qu’elle dépasse \
         la largeur de quatre-vingt-douze colonnes.</target>",
    );
    let output = import(copy.path(), &xml);
    assert!(output.status.success(), "{}", stderr(&output));
    let fr = std::fs::read_to_string(copy.path().join("locales/fr/notice.ftl")).unwrap();
    assert_eq!(
        fr,
        "# Texte commun de la fixture XLIFF.\n\
         \n\
         ## Lettre\n\
         \n\
         # Formule d’appel.\n\
         salutation = Madame, Monsieur,\n\
         \n\
         # Closing line, with the issuer.\n\
         closing = Cordialement, { $issuer }\n\
         \n\
         title = Avis\n    \
         .aria-label = Titre de l’avis\n\
         escaping = Utilisez <b> & \"guillemets\" 'ici' pour { -brand }\n\
         -brand = Acme\n\
         \n\
         # Only in French: kept as it is.\n\
         obsolete-only-fr = Gardé\n"
    );
    let notice = std::fs::read_to_string(copy.path().join("notices/N1/locales/fr.ftl")).unwrap();
    assert_eq!(
        notice,
        "# Count of devices.\n\
         devices =\n    \
         { $count ->\n        \
         [one] un appareil\n       \
         *[other] { $count } appareils\n    \
         }\n\
         intro = Bonjour { $notice-id }, ceci est une longue ligne que l’import doit couper parce\n    \
         qu’elle dépasse la largeur de quatre-vingt-douze colonnes.\n"
    );
    // And the result exports back to the same targets: a second import changes nothing.
    let again = export(copy.path(), "fr");
    let before = ftl_files(copy.path());
    let output = import(copy.path(), &again);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(ftl_files(copy.path()), before);
}

#[test]
fn damaged_placeholders_are_refused_and_nothing_is_written() {
    let copy = copy_of(&fixture());
    let xml = export(copy.path(), "fr");
    let before = ftl_files(copy.path());
    let target = "pour <ph id=\"1\" dataRef=\"d1\" disp=\"{ -brand }\"/></target>";
    let cases = [
        ("pour </target>", "placeholder `{ -brand }` (d1) is missing"),
        (
            "pour <ph id=\"1\" dataRef=\"d1\"/><ph id=\"2\" dataRef=\"d1\"/></target>",
            "placeholder `{ -brand }` (d1) is duplicated",
        ),
        (
            "pour <ph id=\"1\" dataRef=\"d9\"/></target>",
            "a `<ph>` has the unknown `d9` dataRef",
        ),
        ("pour <ph id=\"1\"/></target>", "a `<ph>` has no dataRef"),
        (
            "pour { -brand }</target>",
            "a literal `{` or `}` outside the placeholders",
        ),
        (
            "pour <pc id=\"1\">x</pc><ph id=\"2\" dataRef=\"d1\"/></target>",
            "unexpected `<pc>` inline code",
        ),
    ];
    for (damaged, message) in cases {
        let output = import(copy.path(), &edit(&xml, target, damaged));
        assert_eq!(output.status.code(), Some(1), "{damaged}");
        let err = stderr(&output);
        assert!(err.contains("unit `escaping`"), "{damaged}: {err}");
        assert!(err.contains(message), "{damaged}: {err}");
        assert!(err.contains("nothing was written"), "{err}");
        assert_eq!(ftl_files(copy.path()), before, "{damaged}");
    }
    // A select unit whose target is not Fluent is refused too.
    let broken = edit(
        &xml,
        "   *[other] { $count } devices\n}</source>",
        "   *[other] { $count } devices\n}</source><target>{ $count -&gt; [one] x</target>",
    );
    let output = import(copy.path(), &broken);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("unit `devices`: the target is not valid Fluent"));
    assert_eq!(ftl_files(copy.path()), before);
}

#[test]
fn files_outside_the_layers_are_refused() {
    let copy = copy_of(&fixture());
    let xml = export(copy.path(), "fr");
    let xml = edit(
        &xml,
        "original=\"notices/N1/locales/en.ftl\"",
        "original=\"../outside/locales/en.ftl\"",
    );
    let output = import(copy.path(), &xml);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("is not a `en` .ftl file of fsn's layers"));
}

#[test]
fn a_dry_run_writes_nothing() {
    let copy = copy_of(&fixture());
    let xml = export(copy.path(), "fr");
    let xml = edit(
        &xml,
        "<source>Notice title</source>",
        "<source>Notice title</source><target>Titre</target>",
    );
    let before = ftl_files(copy.path());
    let file = copy.path().join("in.xlf");
    std::fs::write(&file, xml).unwrap();
    let output = fsn(
        copy.path(),
        &["xliff", "import", file.to_str().unwrap(), "--dry-run"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("would write"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("(0 changed, 1 new)"),
        "{}",
        stderr(&output)
    );
    assert_eq!(ftl_files(copy.path()), before);
}
