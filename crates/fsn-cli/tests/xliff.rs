//! XLIFF 2.0 round trip for translators' CAT tools (`fsn xliff export|import`, issue 5): the
//! repository's locales survive export and import byte for byte, new translations land in the
//! right file and order, damaged placeholders are refused, and XML special characters are
//! escaped.

#[path = "../../fsn-l10n/tests/schema/mod.rs"]
mod schema;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{self, copy_dir, repo_root};

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
    export_args(dir, &["--lang", lang])
}

/// `fsn xliff export` with `args`, checked against the XLIFF 2.0 schema.
fn export_args(dir: &Path, args: &[&str]) -> String {
    let output = fsn(dir, &[&["xliff", "export"][..], args].concat());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let xml = String::from_utf8(output.stdout).unwrap();
    if let Err(problems) = schema::check(&xml) {
        panic!("the export is not valid XLIFF 2.0:\n{problems}\n{xml}");
    }
    xml
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

/// Every path under a folder (files and folders), for "nothing at all was written" checks.
fn tree(root: &Path) -> Vec<PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            out.push(path.strip_prefix(root).unwrap().to_path_buf());
            if path.is_dir() && !path.is_symlink() {
                walk(root, &path, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.retain(|path| path != Path::new("in.xlf"));
    out.sort();
    out
}

/// The fixture's French export with one changed translation, which an import would write.
fn export_with_a_change(dir: &Path) -> String {
    edit(
        &export(dir, "fr"),
        "<target>Utilisez &lt;b&gt;",
        "<target>Mettez &lt;b&gt;",
    )
}

/// Imports `xml` and asserts it is refused with `message`, and that nothing was written.
fn assert_import_refused(dir: &Path, xml: &str, message: &str) -> String {
    let before = ftl_files(dir);
    let paths = tree(dir);
    let output = import(dir, xml);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}: {err}");
    assert!(err.contains(message), "expected {message:?} in\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(ftl_files(dir), before, "{message}: files changed");
    assert_eq!(tree(dir), paths, "{message}: files or folders created");
    err
}

/// Issue 12, D1: a second `<xliff>` root made the import write one language over another.
#[test]
fn a_second_root_or_anything_after_the_root_is_refused_whole() {
    let copy = copy_of(&fixture());
    let xml = export_with_a_change(copy.path());
    let second = format!(
        "{xml}<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" \
         srcLang=\"en\" trgLang=\"fr\"/>\n"
    );
    assert_import_refused(
        copy.path(),
        &second,
        "a second root element <xliff> after </xliff>",
    );
    // Two exports concatenated: the second's XML declaration or root is refused.
    let concatenated = format!("{xml}{xml}");
    assert_import_refused(copy.path(), &concatenated, "in.xlf");
    assert_import_refused(
        copy.path(),
        &format!("{xml}garbage\n"),
        "text outside the <xliff> element",
    );
}

/// Issue 12, D6: a truncated file was imported up to where it ended.
#[test]
fn a_truncated_document_is_refused_and_located() {
    let copy = copy_of(&fixture());
    let xml = export_with_a_change(copy.path());
    let cut = &xml[..xml.find("<target>Mettez").unwrap() + "<target>Mettez".len()];
    let err = assert_import_refused(copy.path(), cut, "it is truncated");
    let line = cut.matches('\n').count() + 1;
    let column = cut[cut.rfind('\n').unwrap() + 1..].chars().count() + 1;
    assert!(err.contains(&format!("in.xlf:{line}:{column}")), "{err}");
    // Cut inside a tag, and cut before the root closes.
    let inside = &xml[..xml.find("<target>Mettez").unwrap() + 4];
    assert_import_refused(copy.path(), inside, "in.xlf");
    let unclosed = xml.trim_end().trim_end_matches("</xliff>");
    assert_import_refused(copy.path(), unclosed, "the file ends inside <xliff>");
}

/// Issue 12, D6 and D4: a unit or a file given twice lost one copy's edits.
#[test]
fn duplicated_units_files_and_segment_parts_are_refused() {
    let copy = copy_of(&fixture());
    let xml = export_with_a_change(copy.path());
    let unit_start = xml.find("<unit id=\"escaping\"").unwrap();
    let unit_end = unit_start + xml[unit_start..].find("</unit>").unwrap() + "</unit>".len();
    let unit = &xml[unit_start..unit_end];
    let twice = format!("{}{unit}\n    {}", &xml[..unit_end], &xml[unit_start..]);
    assert_import_refused(
        copy.path(),
        &twice,
        "<unit id=\"escaping\"> appears twice in its <file>",
    );
    let file_start = xml.find("  <file id=\"shared-notice\"").unwrap();
    let file_end = file_start + xml[file_start..].find("</file>\n").unwrap() + "</file>\n".len();
    let file = &xml[file_start..file_end];
    let twice = format!("{}{file}{}", &xml[..file_end], &xml[file_end..]);
    assert_import_refused(
        copy.path(),
        &twice,
        "<file original=\"locales/en/notice.ftl\"> appears twice",
    );
    let two_targets = edit(
        &xml,
        "<target>Mettez",
        "<target>Autre</target><target>Mettez",
    );
    assert_import_refused(
        copy.path(),
        &two_targets,
        "a second <target> in one segment",
    );
}

/// Issue 12, D10: changing `<originalData>` changed the message's placeholder on import.
#[test]
fn original_data_cannot_change_a_placeholder() {
    let copy = copy_of(&fixture());
    let xml = export_with_a_change(copy.path());
    let forged = edit(
        &xml,
        "<data id=\"d1\">{ -brand }</data>",
        "<data id=\"d1\">{ salutation }</data>",
    );
    assert_import_refused(
        copy.path(),
        &forged,
        "<data id=\"d1\"> holds `{ salutation }`, but the placeholder d1 of the source is `{ -brand }`",
    );
    // Without any `<originalData>`, the placeholders still come from the source.
    let unit = xml.find("<unit id=\"escaping\"").unwrap();
    let start = unit + xml[unit..].find("<originalData>").unwrap();
    let start = xml[..start].rfind('\n').unwrap();
    let end = xml[start..].find("</originalData>").unwrap() + start + "</originalData>".len();
    let stripped = format!("{}{}", &xml[..start], &xml[end..]);
    let output = import(copy.path(), &stripped);
    assert!(output.status.success(), "{}", stderr(&output));
    let fr = std::fs::read_to_string(copy.path().join("locales/fr/notice.ftl")).unwrap();
    assert!(
        fr.contains("escaping = Mettez <b> & \"guillemets\" 'ici' pour { -brand }\n"),
        "{fr}"
    );
}

/// Issue 12, D14: `FR`, `zz`, `..fr` and `fr` + NBSP each created a locale folder, exit 0.
#[test]
fn languages_must_be_the_repository_s_own_spelled_canonically() {
    let copy = copy_of(&fixture());
    let xml = export_with_a_change(copy.path());
    for (lang, message) in [
        (
            "FR",
            "trgLang `FR` is not spelled as the repository spells it: `fr`",
        ),
        ("zz", "trgLang `zz` is not a language of this repository"),
        (
            "..fr",
            "trgLang `..fr` is not a language of this repository",
        ),
        ("fr\u{a0}", "is not a language of this repository"),
    ] {
        let renamed = edit(&xml, "trgLang=\"fr\"", &format!("trgLang=\"{lang}\""));
        assert_import_refused(copy.path(), &renamed, message);
    }
    let renamed = edit(&xml, "srcLang=\"en\"", "srcLang=\"EN\"");
    assert_import_refused(copy.path(), &renamed, "srcLang `EN` is not spelled");
    for args in [
        &["xliff", "export", "--lang", "FR"][..],
        &[
            "xliff",
            "export",
            "--lang",
            "fr",
            "--source-locale",
            "../../etc",
        ],
    ] {
        let output = fsn(copy.path(), args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&output).contains("is not") && stderr(&output).contains("the repository"),
            "{}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty());
    }
}

/// Issue 12, D3: through `notices/EVIL -> /outside/EVIL` the export put outside text in the
/// XLIFF file and the import wrote outside the repository.
#[cfg(unix)]
#[test]
fn folders_linked_from_outside_are_neither_read_nor_written() {
    let copy = copy_of(&fixture());
    let outside = tempfile::tempdir().unwrap();
    let evil = copy.path().join("notices/EVIL/locales");
    std::fs::create_dir_all(&evil).unwrap();
    std::fs::write(evil.join("en.ftl"), "secret = Inside text\n").unwrap();
    let xml = edit(
        &export(copy.path(), "fr"),
        "<source>Inside text</source>",
        "<source>Inside text</source><target>Dedans</target>",
    );
    std::fs::remove_dir_all(copy.path().join("notices/EVIL")).unwrap();
    std::fs::create_dir_all(outside.path().join("EVIL/locales")).unwrap();
    std::fs::write(
        outside.path().join("EVIL/locales/en.ftl"),
        "secret = Inside text\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("EVIL"),
        copy.path().join("notices/EVIL"),
    )
    .unwrap();
    assert_import_refused(copy.path(), &xml, "leads outside the repository");
    assert!(!outside.path().join("EVIL/locales/fr.ftl").exists());
    std::fs::write(
        outside.path().join("EVIL/locales/en.ftl"),
        "secret = Outside text\n",
    )
    .unwrap();
    let output = fsn(copy.path(), &["xliff", "export", "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("leads outside the repository"),
        "{}",
        stderr(&output)
    );
    assert!(!String::from_utf8_lossy(&output.stdout).contains("Outside text"));
}

/// Issue 12, D5: a crafted `<target>` in a select unit overflowed the parser's stack.
#[test]
fn a_target_nested_ten_thousand_deep_is_refused() {
    let copy = copy_of(&fixture());
    let xml = export(copy.path(), "fr");
    let deep = format!(
        "}}</source><target>{}\"x\"{}</target>",
        "{ ".repeat(10_000),
        " }".repeat(10_000)
    );
    let xml = edit(&xml, "}</source>", &deep);
    assert_import_refused(copy.path(), &xml, "placeables nested more than 100 deep");
}

/// Issue 12, D13: `fsn xliff export --lang fr | head -c 10` panicked on the closed pipe.
#[test]
fn a_closed_pipe_does_not_panic() {
    let copy = copy_of(&fixture());
    let mut child = Command::new(env!("CARGO_BIN_EXE_fsn"))
        .args(["xliff", "export", "--lang", "fr"])
        .current_dir(copy.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

/// See: issue 13 (XLIFF carries review state). A translation reviewed against today's source
/// is exported `reviewed`; once its source changes it is `translated` again, with the source
/// text it was reviewed against in a note, so the CAT tool shows what changed.
#[test]
fn export_marks_reviewed_and_stale_units() {
    let copy = copy_of(&repo_root());
    let unit = |xml: &str| {
        let file = xml
            .find("<file id=\"notice-FSN2025-1682\"")
            .expect("the notice is exported");
        let start = xml[file..]
            .find("<unit id=\"intro\"")
            .expect("the notice's intro is exported")
            + file;
        let end = xml[start..].find("</unit>").unwrap() + start;
        xml[start..end].to_owned()
    };
    let before = unit(&export(copy.path(), "de"));
    assert!(before.contains("<segment state=\"reviewed\">"), "{before}");
    assert!(!before.contains("fsn:stale"), "{before}");

    let english = copy.path().join("notices/FSN2025-1682/locales/en.ftl");
    let text = std::fs::read_to_string(&english).unwrap();
    let changed = text.replacen("Illumina is contacting you", "Illumina contacts you", 1);
    assert_ne!(text, changed);
    std::fs::write(&english, changed).unwrap();
    let after = unit(&export(copy.path(), "de"));
    assert!(after.contains("<segment state=\"translated\">"), "{after}");
    assert!(
        after.contains("<note category=\"fsn:stale\">the source changed since this translation was reviewed; it was: Illumina is contacting you"),
        "{after}"
    );
    // Such an export imports as it is: nothing changes.
    let output = import(copy.path(), &export(copy.path(), "de"));
    assert!(output.status.success(), "{}", stderr(&output));
}

/// See: issue 13. A translation made from a source text that has changed since the export is
/// refused, nothing written; with `--accept-stale` it lands, and stays unreviewed.
#[test]
fn a_translation_of_an_outdated_source_is_refused_unless_accepted() {
    let copy = copy_of(&repo_root());
    let old_export = export(copy.path(), "de");
    let english = copy.path().join("notices/FSN2025-1682/locales/en.ftl");
    let text = std::fs::read_to_string(&english).unwrap();
    std::fs::write(
        &english,
        text.replacen("Illumina is contacting you", "Illumina contacts you", 1),
    )
    .unwrap();
    let file = old_export.find("<file id=\"notice-FSN2025-1682\"").unwrap();
    let unit = old_export[file..].find("<unit id=\"intro\"").unwrap() + file;
    let target = old_export[unit..].find("<target>").unwrap() + unit + "<target>".len();
    let mut translated = old_export.clone();
    translated.insert_str(target, "Übersetzt: ");

    let before = ftl_files(copy.path());
    let refused = import(copy.path(), &translated);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("fsn::xliff::stale_source"),
        "{}",
        stderr(&refused)
    );
    assert!(
        stderr(&refused).contains("unit `intro`"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(ftl_files(copy.path()), before, "nothing written");

    let path = copy.path().join("in.xlf");
    std::fs::write(&path, &translated).unwrap();
    let accepted = fsn(
        copy.path(),
        &["xliff", "import", "in.xlf", "--accept-stale"],
    );
    assert!(accepted.status.success(), "{}", stderr(&accepted));
    let german =
        std::fs::read_to_string(copy.path().join("notices/FSN2025-1682/locales/de.ftl")).unwrap();
    assert!(
        german.contains("intro = Übersetzt: "),
        "the translation landed"
    );
    let check = fsn(copy.path(), &["check", "--locales", "--format", "json"]);
    let findings = String::from_utf8_lossy(&check.stdout);
    assert!(
        findings.contains("fsn::review::") && findings.contains("de.ftl"),
        "the imported translation is not reviewed: {findings}"
    );
}

/// The checks above are only worth as much as the schema check: it refuses what XLIFF 2.0
/// forbids (a `<target>` before its `<source>`, an unknown state).
#[test]
fn the_schema_check_refuses_invalid_xliff() {
    let copy = copy_of(&fixture());
    let xml = export(copy.path(), "fr");
    let swapped = edit(
        &xml,
        "<source>Notice title</source>",
        "<target>Titre</target><source>Notice title</source>",
    );
    assert!(schema::check(&swapped).is_err(), "{swapped}");
    let state = xml.replacen("state=\"initial\"", "state=\"done\"", 1);
    let err = schema::check(&state).unwrap_err();
    assert!(err.contains("state"), "{err}");
}

/// The unit ids of a document's `<file original>`, by original.
fn units_by_file(xml: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut file = String::new();
    for line in xml.lines().map(str::trim_start) {
        if let Some(rest) = line.strip_prefix("<file ") {
            let start = rest.find("original=\"").unwrap() + "original=\"".len();
            file = rest[start..start + rest[start..].find('"').unwrap()].to_owned();
            out.entry(file.clone()).or_default();
        } else if let Some(rest) = line.strip_prefix("<unit id=\"") {
            let id = &rest[..rest.find('"').unwrap()];
            out.get_mut(&file).unwrap().push(id.to_owned());
        }
    }
    out
}

/// See: issue 13 (`--notice` and `--only needs-work`). A translator gets the files of the
/// notices named, and with `--only needs-work` only the units to translate or re-review; a
/// partial document imports without touching any other message.
#[test]
fn export_selects_notices_and_the_work_left_and_imports_only_that() {
    let copy = copy_of(&repo_root());
    let all = units_by_file(&export(copy.path(), "de"));
    let one = units_by_file(&export_args(
        copy.path(),
        &["--lang", "de", "--notice", "FSN2025-1682"],
    ));
    let files: Vec<&String> = one.keys().collect();
    assert!(
        files.contains(&&"notices/FSN2025-1682/locales/en.ftl".to_owned()),
        "{files:?}"
    );
    assert!(
        files.contains(&&"issuers/illumina/locales/en.ftl".to_owned()),
        "{files:?}"
    );
    assert!(
        files.iter().any(|file| file.starts_with("locales/en/")),
        "{files:?}"
    );
    assert!(
        !files.iter().any(|file| file.contains("FSN2024-1562")),
        "{files:?}"
    );
    for (file, units) in &one {
        assert_eq!(Some(units), all.get(file), "{file}: the whole file");
    }

    // What is reviewed against today's source is no work: after a review, nothing is left.
    let reviewed = fsn(
        copy.path(),
        &[
            "review",
            "--lang",
            "de",
            "--by",
            "Test",
            "--date",
            "2026-12-01",
        ],
    );
    assert!(reviewed.status.success(), "{}", stderr(&reviewed));
    let args = [
        "xliff",
        "export",
        "--lang",
        "de",
        "--notice",
        "FSN2025-1682",
        "--only",
        "needs-work",
    ];
    let nothing = fsn(copy.path(), &args);
    assert_eq!(nothing.status.code(), Some(1), "{}", stderr(&nothing));
    assert!(
        stderr(&nothing)
            .contains("nothing to export: no message of the selection needs work in `de`"),
        "{}",
        stderr(&nothing)
    );

    // A changed source, a message without translation, an edited translation: three units.
    let english = copy.path().join("notices/FSN2025-1682/locales/en.ftl");
    let text = std::fs::read_to_string(&english).unwrap();
    let text = text.replacen("Illumina is contacting you", "Illumina contacts you", 1);
    std::fs::write(
        &english,
        format!("{text}\nnew-message = A new sentence to translate.\n"),
    )
    .unwrap();
    let issuer_de = copy.path().join("issuers/illumina/locales/de.ftl");
    let issuer_text = std::fs::read_to_string(&issuer_de).unwrap();
    let first = issuer_text
        .lines()
        .find(|line| !line.starts_with('#') && line.contains(" = "))
        .unwrap()
        .to_owned();
    let edited_id = first.split(" = ").next().unwrap().to_owned();
    std::fs::write(
        &issuer_de,
        issuer_text.replacen(&first, &format!("{first} (bearbeitet)"), 1),
    )
    .unwrap();

    let work = export_args(
        copy.path(),
        &[
            "--lang",
            "de",
            "--notice",
            "FSN2025-1682",
            "--only",
            "needs-work",
        ],
    );
    assert_eq!(
        units_by_file(&work),
        BTreeMap::from([
            (
                "issuers/illumina/locales/en.ftl".to_owned(),
                vec![edited_id.clone()]
            ),
            (
                "notices/FSN2025-1682/locales/en.ftl".to_owned(),
                vec!["intro".to_owned(), "new-message".to_owned()]
            ),
        ]),
        "{work}"
    );
    assert!(work.contains("<note category=\"fsn:stale\">"), "{work}");
    assert!(
        work.contains("<segment state=\"initial\">\n        <source>A new sentence"),
        "{work}"
    );

    // The translator's answer changes only the two messages it translates.
    let before = ftl_files(copy.path());
    let answered = edit(
        &work,
        "<source>A new sentence to translate.</source>",
        "<source>A new sentence to translate.</source><target>Ein neuer Satz.</target>",
    );
    let start = answered.find("<unit id=\"intro\"").unwrap();
    let target = answered[start..].find("<target>").unwrap() + start + "<target>".len();
    let mut answered = answered;
    answered.insert_str(target, "Neu: ");
    let output = import(copy.path(), &answered);
    assert!(output.status.success(), "{}", stderr(&output));
    let after = ftl_files(copy.path());
    let german = Path::new("notices/FSN2025-1682/locales/de.ftl");
    for (path, bytes) in &before {
        if path != german {
            assert_eq!(after.get(path), Some(bytes), "{} changed", path.display());
        }
    }
    let de = String::from_utf8(after[german].clone()).unwrap();
    assert!(de.contains("intro = Neu: "), "{de}");
    assert!(de.contains("new-message = Ein neuer Satz.\n"), "{de}");
    let old = String::from_utf8(before[german].clone()).unwrap();
    for entry in old
        .split("\n\n")
        .filter(|entry| !entry.contains("\nintro ="))
    {
        assert!(
            de.contains(entry.trim_end()),
            "kept as it was:\n{entry}\nin\n{de}"
        );
    }
}

/// See: issue 13 (do-not-translate terms). Glossary terms are locked in the export (`<mrk
/// translate="no">` in source and target); a changed target that lost one is refused where
/// it is, unless it holds the language's approved rendering.
#[test]
fn glossary_terms_are_locked_and_must_survive_the_import() {
    let copy = copy_of(&repo_root());
    let xml = export(copy.path(), "de");
    let unit = |xml: &str, id: &str| {
        let file = xml.find("<file id=\"notice-FSN2025-1682\"").unwrap();
        let start = xml[file..].find(&format!("<unit id=\"{id}\"")).unwrap() + file;
        let end = xml[start..].find("</unit>").unwrap() + start;
        xml[start..end].to_owned()
    };
    let reports = unit(&xml, "summary-no-reports");
    assert!(
        reports
            .contains("<source>At this time, <mrk id=\"m1\" translate=\"no\">Illumina</mrk> has"),
        "{reports}"
    );
    assert!(
        reports.contains("liegen <mrk id=\"m1\" translate=\"no\">Illumina</mrk> weder"),
        "{reports}"
    );
    let intro = unit(&xml, "intro");
    assert!(
        intro.contains("<mrk id=\"m3\" translate=\"no\">NovaSeq™</mrk>"),
        "{intro}"
    );

    // A CAT tool that lost the lock, and a translator who translated the name.
    let file = xml.find("<file id=\"notice-FSN2025-1682\"").unwrap();
    let start = xml[file..]
        .find("liegen <mrk id=\"m1\" translate=\"no\">Illumina</mrk> weder")
        .unwrap()
        + file;
    let mut lost = xml.clone();
    lost.replace_range(
        start..start + "liegen <mrk id=\"m1\" translate=\"no\">Illumina</mrk> weder".len(),
        "liegen Illumia weder",
    );
    let target_at = lost[..start].rfind("<target>").unwrap();
    let line = lost[..target_at].matches('\n').count() + 1;
    let column = lost[lost[..target_at].rfind('\n').unwrap() + 1..target_at]
        .chars()
        .count()
        + 1;
    let err = assert_import_refused(copy.path(), &lost, "fsn::xliff::glossary_term");
    assert!(
        err.contains(
            "unit `summary-no-reports`: the target lacks the do-not-translate term(s) `Illumina`"
        ),
        "{err}"
    );
    assert!(err.contains(&format!("in.xlf:{line}:{column}")), "{err}");

    // An approved rendering for German is a locked term too.
    let glossary = copy.path().join("issuers/illumina/glossary.toml");
    let text = std::fs::read_to_string(&glossary).unwrap();
    std::fs::write(
        &glossary,
        text.replacen(
            "text = \"Illumina\"\n",
            "text = \"Illumina\"\napproved.de = [\"ILLUMINA\"]\n",
            1,
        ),
    )
    .unwrap();
    let approved = lost.replacen("liegen Illumia weder", "liegen ILLUMINA weder", 1);
    let output = import(copy.path(), &approved);
    assert!(output.status.success(), "{}", stderr(&output));
    let again = export(copy.path(), "de");
    assert!(
        unit(&again, "summary-no-reports")
            .contains("liegen <mrk id=\"m1\" translate=\"no\">ILLUMINA</mrk> weder"),
        "{}",
        unit(&again, "summary-no-reports")
    );
}

/// The shared wording only some notices load (`locales/<lang>/layouts/`, `pieces/`) goes to
/// the translator like the rest of the shared layer, and `--notice` sends it only with the
/// notices that print it.
#[test]
fn the_optional_shared_wording_is_exported_with_the_notices_that_print_it() {
    let copy = copy_of(&repo_root());
    let all = units_by_file(&export(copy.path(), "de"));
    for file in [
        "locales/en/layouts/regulatory.ftl",
        "locales/en/pieces/lots-and-forms.ftl",
    ] {
        assert!(
            all.get(file).is_some_and(|units| !units.is_empty()),
            "{file}: {:?}",
            all.keys()
        );
    }
    let letter = units_by_file(&export_args(
        copy.path(),
        &["--lang", "de", "--notice", "FSN2025-1682"],
    ));
    assert!(
        !letter
            .keys()
            .any(|file| file.contains("/pieces/") || file.contains("/layouts/")),
        "{:?}",
        letter.keys()
    );
    common::copy_dir(
        &repo_root().join("examples/notices/EXAMPLE-0003"),
        &copy.path().join("notices/EXAMPLE-0003"),
    );
    let recall = units_by_file(&export_args(
        copy.path(),
        &["--lang", "de", "--notice", "EXAMPLE-0003"],
    ));
    assert!(
        recall.contains_key("locales/en/pieces/lots-and-forms.ftl"),
        "{:?}",
        recall.keys()
    );
}
