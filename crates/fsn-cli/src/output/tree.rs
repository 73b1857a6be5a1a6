//! A folder fsn owns: `fsn build --out`. The whole tree is staged beside it and swapped in.
//!
//! The build writes into `.<name>.fsn-<pid>.tmp`, a sibling of the output folder (the same
//! file system, so a rename moves it), and commits by exchanging the two folders in one
//! step (Linux `renameat2` with `RENAME_EXCHANGE`); the previous tree, now under the
//! temporary name, is then removed. At every moment, even under SIGKILL, the output folder
//! is wholly the old build or wholly the new one, and after a build it holds exactly what
//! the build made: files of removed notices or languages go with the old tree.
//!
//! Because the folder is replaced whole, fsn refuses to take over a folder that is not
//! empty and holds no fsn `manifest.json` (`--out ~` must not swap a home folder away), and a
//! symbolic link as the output folder.
//!
//! See: issue 12, D4 (a commit that was not atomic) and D9 (stale outputs).

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use fsn_core::Diagnostic;

use super::interrupt::{self, Temporary};
use super::temporaries::{self, Kind};

/// An output folder fsn may replace, and where its next tree is staged.
#[derive(Debug)]
pub(crate) struct OwnedFolder {
    /// As the user named it, for messages.
    shown: PathBuf,
    /// Absolute, with every existing parent resolved.
    path: PathBuf,
    /// The sibling the new tree is staged in.
    staging: PathBuf,
}

impl OwnedFolder {
    /// Checks that `out` may be replaced by a build and removes the temporaries that killed
    /// builds left beside it.
    pub(crate) fn open(out: &Path, repository: &Path) -> Result<Self, Diagnostic> {
        let shown = out.to_path_buf();
        let path = resolve(out)?;
        check_outside_sources(&shown, &path, repository)?;
        match std::fs::symlink_metadata(&path) {
            Ok(metadata) if metadata.is_symlink() => {
                return Err(symlink_error(&shown, &path));
            }
            Ok(metadata) if !metadata.is_dir() => {
                return Err(Diagnostic::error(
                    "fsn::output::not_a_folder",
                    format!("the output {} is a file, not a folder", shown.display()),
                )
                .with_help("give --out a folder (it is made if missing)"));
            }
            Ok(_) => check_owned(&shown, &path)?,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            Err(err) => return Err(io_error("inspect", &shown, &err)),
        }
        let folder = Self {
            staging: temporaries::name_for(&path, Kind::Staged),
            shown,
            path,
        };
        if let (Some(parent), Some(name)) = (folder.path.parent(), folder.name()) {
            temporaries::sweep(parent, |stands_for, kind| {
                stands_for == name && kind != Kind::Backup
            });
        }
        Ok(folder)
    }

    fn name(&self) -> Option<&str> {
        self.path.file_name().and_then(|name| name.to_str())
    }

    /// Where a file of the tree is staged: `relative` must be a plain relative path.
    pub(crate) fn staged_path(&self, relative: &Path) -> Result<PathBuf, Diagnostic> {
        let plain = relative.components().count() > 0
            && relative
                .components()
                .all(|component| matches!(component, std::path::Component::Normal(_)));
        if !plain {
            return Err(Diagnostic::error(
                "fsn::output::outside",
                format!(
                    "refusing to write {}: not a plain path inside the output folder",
                    relative.display()
                ),
            ));
        }
        Ok(self.staging.join(relative))
    }

    /// The staging folder.
    pub(crate) fn staging(&self) -> &Path {
        &self.staging
    }

    /// The output folder as the user named it.
    pub(crate) fn shown(&self) -> &Path {
        &self.shown
    }

    /// Puts the staged tree in place of the output folder in one step, then removes the
    /// previous tree. `Ok` carries a warning when the previous tree could not be removed.
    pub(crate) fn commit(&self) -> Result<Option<String>, Diagnostic> {
        let mut registry = interrupt::registry();
        if std::fs::symlink_metadata(&self.staging).is_err() {
            // Nothing was staged (an empty shard): the output is an empty folder.
            std::fs::create_dir_all(&self.staging)
                .map_err(|err| io_error("create", &self.staging, &err))?;
            registry.register(Temporary::Tree(self.staging.clone()));
        }
        if let Ok(metadata) = std::fs::metadata(&self.path) {
            // The new folder keeps the old one's permissions.
            let _ = std::fs::set_permissions(&self.staging, metadata.permissions());
        }
        let replaced = match exchange(&self.staging, &self.path) {
            Ok(()) => Some(self.staging.clone()),
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                // No previous output: a plain rename puts the tree in place.
                std::fs::rename(&self.staging, &self.path)
                    .map_err(|err| self.commit_error(&err))?;
                registry.forget(&self.staging);
                None
            }
            Err(err) if exchange_unsupported(&err) => Some(self.swap_in_two_steps(&mut registry)?),
            Err(err) => return Err(self.commit_error(&err)),
        };
        registry.set_committed();
        if let Some(parent) = self.path.parent()
            && let Ok(folder) = std::fs::File::open(parent)
        {
            // Makes the rename durable; a file system that cannot sync folders loses nothing.
            let _ = folder.sync_all();
        }
        let Some(old) = replaced else {
            return Ok(None);
        };
        // The previous tree is removed without the lock: an interrupt meanwhile removes it too.
        drop(registry);
        let removed = std::fs::remove_dir_all(&old);
        interrupt::registry().forget(&old);
        Ok(removed.err().map(|err| {
            format!(
                "the previous output was replaced, but removing it from {} failed: {err}; the next build removes it",
                old.display()
            )
        }))
    }

    /// Where exchanging is not supported: the old tree is renamed aside, the new one into
    /// place, and the old one back if that fails. A kill between the two renames leaves no
    /// output folder but the old tree beside it, which the next build removes.
    fn swap_in_two_steps(&self, registry: &mut interrupt::Registry) -> Result<PathBuf, Diagnostic> {
        let old = temporaries::name_for(&self.path, Kind::Old);
        std::fs::rename(&self.path, &old).map_err(|err| self.commit_error(&err))?;
        registry.register(Temporary::Tree(old.clone()));
        if let Err(err) = std::fs::rename(&self.staging, &self.path) {
            let restored = std::fs::rename(&old, &self.path);
            registry.forget(&old);
            let mut diagnostic = self.commit_error(&err);
            if let Err(restore) = restored {
                diagnostic.message = format!(
                    "{}; the previous output is in {} ({restore})",
                    diagnostic.message,
                    old.display()
                );
            }
            return Err(diagnostic);
        }
        registry.forget(&self.staging);
        Ok(old)
    }

    fn commit_error(&self, err: &io::Error) -> Diagnostic {
        Diagnostic::error(
            "fsn::io::write",
            format!(
                "cannot put the new build in place of {}: {err}; the previous output is unchanged",
                self.shown.display()
            ),
        )
        .with_help("check that the output folder and its parent can be renamed (permissions, immutable flags, mounts)")
    }
}

/// `out` made absolute, its existing part resolved through the file system; the missing part
/// must be plain names.
fn resolve(out: &Path) -> Result<PathBuf, Diagnostic> {
    let absolute = std::path::absolute(out).map_err(|err| io_error("resolve", out, &err))?;
    let mut existing = absolute.as_path();
    let mut missing = Vec::new();
    while std::fs::symlink_metadata(existing).is_err() {
        let (Some(parent), Some(name)) = (existing.parent(), existing.file_name()) else {
            break;
        };
        missing.push(name.to_owned());
        existing = parent;
    }
    // The output folder itself is not resolved: a symbolic link there is refused, not followed.
    let (resolved_part, last) = if missing.is_empty() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => (parent, Some(name.to_owned())),
            // `/` or a path ending in `..`: resolve it whole.
            _ => (existing, None),
        }
    } else {
        (existing, None)
    };
    let mut path = resolved_part
        .canonicalize()
        .map_err(|err| io_error("resolve", out, &err))?;
    path.extend(last);
    path.extend(missing.into_iter().rev());
    if path.parent().is_none() {
        return Err(Diagnostic::error(
            "fsn::output::not_owned",
            format!("refusing to use {} as the output folder", out.display()),
        )
        .with_help("give --out a folder of its own, e.g. dist"));
    }
    Ok(path)
}

/// The folders of a repository a build reads, and `.git`: an output folder is never one of
/// them, inside one, or the repository itself or a folder above it.
const SOURCE_FOLDERS: [&str; 6] = [
    "notices",
    "locales",
    "issuers",
    "profiles",
    "templates",
    ".git",
];

/// Refuses an output folder that is, holds or lies inside the repository's sources (issue 24:
/// `fsn build --out .` swapped a repository, `.git` included, for a build).
fn check_outside_sources(shown: &Path, path: &Path, repository: &Path) -> Result<(), Diagnostic> {
    let Ok(root) = repository.canonicalize() else {
        return Ok(());
    };
    let refuse = |what: String| {
        Err(Diagnostic::error(
            "fsn::output::not_owned",
            format!("the output folder {} {what}", shown.display()),
        )
        .with_help("give --out a folder of its own beside the sources, e.g. --out dist"))
    };
    if root.starts_with(path) {
        return refuse(format!("holds the repository {}", root.display()));
    }
    for folder in SOURCE_FOLDERS {
        if path.starts_with(root.join(folder)) {
            return refuse(format!("lies in the repository's {folder}/"));
        }
    }
    Ok(())
}

/// Refuses a folder for outputs written beside others (`fsn manifest merge --out`): a link,
/// or a folder that is, holds or lies inside the sources of the repository around it or of
/// the repository fsn runs in.
pub(crate) fn check_output_folder(out: &Path, working_dir: &Path) -> Result<(), Diagnostic> {
    let path = resolve(out)?;
    if std::fs::symlink_metadata(&path).is_ok_and(|metadata| metadata.is_symlink()) {
        return Err(symlink_error(out, &path));
    }
    let is_repository =
        |folder: &&Path| folder.join("notices").is_dir() && folder.join("locales").is_dir();
    let around = path.ancestors().find(is_repository);
    let working = working_dir.ancestors().find(is_repository);
    for root in around.into_iter().chain(working) {
        check_outside_sources(out, &path, root)?;
    }
    Ok(())
}

/// A folder that is not empty must hold an fsn `manifest.json`, and nothing but the files it
/// lists, the index and the manifest: the build replaces it whole, so a `manifest.json`
/// copied into a folder must not make its other files fsn's.
fn check_owned(shown: &Path, path: &Path) -> Result<(), Diagnostic> {
    let mut entries = std::fs::read_dir(path).map_err(|err| io_error("list", shown, &err))?;
    if entries.next().is_none() {
        return Ok(());
    }
    let manifest = path.join("manifest.json");
    // Only what identifies the manifest and its files is read: a catalogue's manifest runs to
    // tens of megabytes, and its other fields are the build's business.
    #[derive(serde::Deserialize)]
    struct Owned {
        #[expect(dead_code, reason = "required: it tells an fsn manifest")]
        fsn_version: String,
        files: Vec<Listed>,
    }
    #[derive(serde::Deserialize)]
    struct Listed {
        path: String,
    }
    let listed: Option<HashSet<String>> = fsn_core::repo::is_plain_file(&manifest)
        .then(|| fsn_core::repo::read_bounded(&manifest, 256 << 20).ok())
        .flatten()
        .and_then(|bytes| serde_json::from_slice::<Owned>(&bytes).ok())
        .map(|owned| {
            owned
                .files
                .into_iter()
                .map(|file| file.path)
                .chain(["index.html".to_owned(), "manifest.json".to_owned()])
                .collect()
        });
    let Some(listed) = listed else {
        return Err(Diagnostic::error(
            "fsn::output::not_owned",
            format!(
                "the output folder {} is not empty and holds no fsn manifest.json",
                shown.display()
            ),
        )
        .with_help(
            "fsn build replaces its output folder with exactly what it builds; give --out a new or \
             empty folder, or one an earlier fsn build made",
        ));
    };
    if let Some(foreign) =
        first_unlisted(path, &listed).map_err(|err| io_error("list", shown, &err))?
    {
        return Err(Diagnostic::error(
            "fsn::output::not_owned",
            format!(
                "the output folder {} holds {foreign}, which its manifest.json does not list",
                shown.display()
            ),
        )
        .with_help(
            "fsn build replaces its output folder whole and takes over only what an earlier build \
             wrote; move the file out, or give --out a new folder",
        ));
    }
    Ok(())
}

/// The first entry under `root` (relative, with `/`) that is neither a folder nor at a path
/// `listed` names, in path order. What is at a listed path is fsn's to replace, whatever it
/// has become (a file edited by hand, a pipe in a PDF's place): the build writes it anew.
fn first_unlisted(root: &Path, listed: &HashSet<String>) -> io::Result<Option<String>> {
    let mut pending = vec![(root.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = pending.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&folder)?
            .map(|entry| entry.map(|entry| (entry.file_name(), entry.path())))
            .collect::<io::Result<_>>()?;
        entries.sort();
        for (name, path) in entries {
            let relative = format!("{prefix}{}", name.to_string_lossy());
            let kind = std::fs::symlink_metadata(&path)?.file_type();
            if kind.is_dir() {
                pending.push((path, format!("{relative}/")));
            } else if !listed.contains(&relative) {
                return Ok(Some(relative));
            }
        }
    }
    Ok(None)
}

/// The error for an output folder that is a symbolic link, saying where it points.
pub(crate) fn symlink_error(shown: &Path, path: &Path) -> Diagnostic {
    let target = std::fs::read_link(path)
        .map(|target| target.display().to_string())
        .unwrap_or_else(|_| "an unreadable target".to_owned());
    let dangling = std::fs::metadata(path).is_err();
    Diagnostic::error(
        "fsn::output::symlink",
        format!(
            "the output {} is a symbolic link to {target}{}",
            shown.display(),
            if dangling { ", which does not exist" } else { "" }
        ),
    )
    .with_help("give --out the real folder (fsn does not write through symbolic links), or remove the link")
}

fn io_error(action: &str, path: &Path, err: &io::Error) -> Diagnostic {
    Diagnostic::error(
        "fsn::io::write",
        format!("cannot {action} {}: {err}", path.display()),
    )
}

/// Exchanges two paths in one step.
#[cfg(target_os = "linux")]
fn exchange(from: &Path, to: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;

    let from = CString::new(from.as_os_str().as_bytes())?;
    let to = CString::new(to.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated paths; AT_FDCWD is ignored for absolute paths.
    let result = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            from.as_ptr(),
            libc::AT_FDCWD,
            to.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_from: &Path, _to: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// Whether exchanging failed because the system or file system cannot do it.
fn exchange_unsupported(err: &io::Error) -> bool {
    #[cfg(target_os = "linux")]
    if matches!(
        err.raw_os_error(),
        Some(libc::EINVAL | libc::ENOSYS | libc::ENOTSUP)
    ) {
        return true;
    }
    err.kind() == io::ErrorKind::Unsupported
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_with_other_files_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("home");
        std::fs::create_dir(&home).unwrap();
        std::fs::write(home.join("thesis.tex"), "years of work").unwrap();
        let err = OwnedFolder::open(&home, Path::new("/nonexistent-repository")).unwrap_err();
        assert_eq!(err.code, "fsn::output::not_owned");
        assert!(home.join("thesis.tex").is_file());
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        assert!(OwnedFolder::open(&empty, Path::new("/nonexistent-repository")).is_ok());
        assert!(
            OwnedFolder::open(
                &dir.path().join("new/deeper"),
                Path::new("/nonexistent-repository")
            )
            .is_ok()
        );
    }

    /// A repository with sources, and a build's output beside them.
    fn repository_with_a_build(dir: &Path) -> PathBuf {
        let repo = dir.join("repo");
        for folder in SOURCE_FOLDERS {
            std::fs::create_dir_all(repo.join(folder)).unwrap();
        }
        std::fs::write(repo.join("notices/notice.toml"), "id = 1").unwrap();
        let dist = repo.join("dist");
        std::fs::create_dir_all(dist.join("N")).unwrap();
        std::fs::write(dist.join("N/N_it.pdf"), "%PDF").unwrap();
        std::fs::write(dist.join("index.html"), "<html>").unwrap();
        std::fs::write(
            dist.join("manifest.json"),
            r#"{"fsn_version": "0.1.0", "files": [{"path": "N/N_it.pdf"}]}"#,
        )
        .unwrap();
        repo
    }

    #[test]
    fn the_repository_and_its_sources_are_never_an_output_folder() {
        let dir = tempfile::tempdir().unwrap();
        let repo = repository_with_a_build(dir.path());
        // A manifest copied into the repository, its parent or a source folder makes none of
        // them fsn's (issue 24, A: `--out .` swapped a repository away).
        for place in [repo.clone(), dir.path().to_path_buf(), repo.join("notices")] {
            std::fs::copy(repo.join("dist/manifest.json"), place.join("manifest.json")).unwrap();
        }
        for out in [
            repo.clone(),
            dir.path().to_path_buf(),
            repo.join("notices"),
            repo.join("locales/xx"),
            repo.join("notices/N/out"),
            repo.join(".git"),
        ] {
            let err = OwnedFolder::open(&out, &repo).unwrap_err();
            assert_eq!(err.code, "fsn::output::not_owned", "{}", out.display());
        }
        assert!(repo.join("notices/notice.toml").is_file());
        // The build's own folder, beside the sources, is still fsn's.
        assert!(OwnedFolder::open(&repo.join("dist"), &repo).is_ok());
        assert!(OwnedFolder::open(&repo.join("new-dist"), &repo).is_ok());
    }

    #[test]
    fn merged_manifests_go_nowhere_near_the_sources() {
        let dir = tempfile::tempdir().unwrap();
        let repo = repository_with_a_build(dir.path());
        // Run in the repository: `--out .`, `--out ..` and a source folder are refused.
        for out in [
            repo.clone(),
            dir.path().to_path_buf(),
            repo.join("locales/xx"),
        ] {
            let err = check_output_folder(&out, &repo).unwrap_err();
            assert_eq!(err.code, "fsn::output::not_owned", "{}", out.display());
        }
        // Run elsewhere, a folder in the repository's sources is still refused.
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        assert!(check_output_folder(&repo.join("notices/N/out"), &elsewhere).is_err());
        assert!(check_output_folder(&repo.join("dist"), &repo).is_ok());
        assert!(check_output_folder(&elsewhere.join("merged"), &elsewhere).is_ok());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(repo.join("dist"), dir.path().join("link")).unwrap();
            assert!(check_output_folder(&dir.path().join("link"), &elsewhere).is_err());
        }
    }

    #[test]
    fn a_build_folder_holding_an_unlisted_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let repo = repository_with_a_build(dir.path());
        let dist = repo.join("dist");
        assert!(OwnedFolder::open(&dist, &repo).is_ok());
        std::fs::write(dist.join("N/notes.txt"), "mine").unwrap();
        let err = OwnedFolder::open(&dist, &repo).unwrap_err();
        assert_eq!(err.code, "fsn::output::not_owned");
        assert!(err.message.contains("N/notes.txt"), "{}", err.message);
        assert!(dist.join("N/notes.txt").is_file());
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_refused_saying_where_it_points() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("dist");
        std::os::unix::fs::symlink(dir.path().join("gone"), &link).unwrap();
        let err = OwnedFolder::open(&link, Path::new("/nonexistent-repository")).unwrap_err();
        assert_eq!(err.code, "fsn::output::symlink");
        assert!(
            err.message.contains("which does not exist"),
            "{}",
            err.message
        );
    }

    #[test]
    fn only_plain_relative_paths_are_staged() {
        let dir = tempfile::tempdir().unwrap();
        let folder = OwnedFolder::open(
            &dir.path().join("dist"),
            Path::new("/nonexistent-repository"),
        )
        .unwrap();
        assert!(folder.staged_path(Path::new("X/X_en.pdf")).is_ok());
        for bad in ["../x", "/etc/x", "X/../../x", ""] {
            assert!(folder.staged_path(Path::new(bad)).is_err(), "{bad}");
        }
    }
}
