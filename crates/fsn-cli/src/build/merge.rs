//! `fsn manifest merge`: the manifests of a build's shards joined into one, written with the
//! index page of the whole build.

use std::path::{Path, PathBuf};

use fsn_core::{Diagnostic, Diagnostics};

use super::incremental::MAX_MANIFEST_BYTES;
use super::manifest::{Manifest, ManifestFile, index_page, manifest_json, output_path};
use crate::output::{OutputFile, write_all};
use crate::report::Failure;

/// Joins the manifests of shards into one, and writes it with the index page.
pub(crate) fn merge(inputs: &[PathBuf], out: &Path) -> Result<(), Failure> {
    let mut merged: Option<Manifest> = None;
    for path in inputs {
        // A manifest named on the command line is read through the same bounded gate as the
        // previous build's: a regular file, within the size a manifest may have.
        let bytes = fsn_core::repo::read_bounded(path, MAX_MANIFEST_BYTES)
            .map_err(|problem| Failure::Render(problem.message))?;
        let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|err| {
            Failure::Render(format!("{} is not an fsn manifest: {err}", path.display()))
        })?;
        match &mut merged {
            None => merged = Some(manifest),
            Some(merged) => {
                let same_tools = (
                    &merged.fsn_version,
                    &merged.typst_version,
                    &merged.template_sha256,
                ) == (
                    &manifest.fsn_version,
                    &manifest.typst_version,
                    &manifest.template_sha256,
                );
                if !same_tools {
                    return Err(Failure::Render(format!(
                        "{} was built by another fsn, typst or template; rebuild every shard with one binary",
                        path.display()
                    )));
                }
                merged.files.extend(manifest.files);
                merged.notices.extend(manifest.notices);
            }
        }
    }
    // A shard's entries become links on the index page and names in the output folder: each
    // must be a file fsn builds, named as fsn names it (issue 12, D12).
    let problems: Vec<Diagnostic> = merged
        .iter()
        .flat_map(|manifest| &manifest.files)
        .filter_map(|file| {
            check_entry(file).err().map(|problem| {
                Diagnostic::error(
                    "fsn::manifest::bad_entry",
                    format!(
                        "manifest entry `{}` is not a file fsn builds: {problem}",
                        file.path.escape_debug()
                    ),
                )
                .with_help("merge only manifests written by fsn build --shard; rebuild the shard")
            })
        })
        .collect();
    if !problems.is_empty() {
        return Err(Diagnostics(problems).into());
    }
    let Some(mut merged) = merged else {
        return Err(Failure::Render("no manifests to merge".to_owned()));
    };
    merged.files.sort_by(|a, b| a.path.cmp(&b.path));
    // Every shard records every notice; shards built from the same files record it alike.
    merged.notices.sort_by(|a, b| a.dir.cmp(&b.dir));
    if let Some(pair) = merged
        .notices
        .windows(2)
        .find(|pair| pair[0].dir == pair[1].dir && pair[0] != pair[1])
    {
        return Err(Failure::Render(format!(
            "the shards were built from different files of {}; rebuild every shard from one checkout",
            pair[0].dir
        )));
    }
    merged.notices.dedup();
    if let Some(pair) = merged
        .files
        .windows(2)
        .find(|pair| pair[0].path == pair[1].path)
    {
        return Err(Failure::Render(format!(
            "{} is in two shards",
            pair[0].path
        )));
    }
    let working_dir = std::env::current_dir().unwrap_or_default();
    crate::output::check_output_folder(out, &working_dir)?;
    write_all(vec![
        OutputFile {
            path: out.join("manifest.json"),
            bytes: manifest_json(&merged),
        },
        OutputFile {
            path: out.join("index.html"),
            bytes: index_page(&merged).into_bytes(),
        },
    ])?;
    eprintln!(
        "merged {} manifests ({} files) into {}",
        inputs.len(),
        merged.files.len(),
        out.display()
    );
    Ok(())
}

/// Whether a manifest entry names a file as `fsn build` does: a known format, a plain
/// notice id, a canonical language tag, and the path made from them.
fn check_entry(file: &ManifestFile) -> Result<(), String> {
    if !["pdf", "html"].contains(&file.format.as_str()) {
        return Err(format!("unknown format `{}`", file.format.escape_debug()));
    }
    fsn_core::base::names::check_notice_id(&file.notice)?;
    let canonical = file
        .lang
        .parse::<unic_langid::LanguageIdentifier>()
        .map(|tag| tag.to_string());
    let plain = file
        .lang
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !plain || canonical.as_deref() != Ok(file.lang.as_str()) {
        return Err(format!(
            "`{}` is not a language tag",
            file.lang.escape_debug()
        ));
    }
    let expected = output_path(&file.notice, &file.lang, &file.format);
    if file.path != expected {
        return Err(format!("its path should be `{expected}`"));
    }
    Ok(())
}
