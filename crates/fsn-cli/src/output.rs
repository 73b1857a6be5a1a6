//! Writing output all-or-nothing.
//!
//! Files are staged on background threads as they are handed over, so a build writes its
//! first documents while it renders the next ones; nothing is put in place until every file
//! of the run is staged, and a run that fails (while rendering, staging or committing) leaves
//! the previous output as it was. Two destinations:
//!
//! - **files** in folders fsn does not own (`fsn render --out`, `fsn new`, `fsn schema
//!   --write`, XLIFF): each file is staged beside its target as `.NAME.fsn-PID.tmp`; the
//!   commit sets each existing target aside as `.NAME.fsn-PID.bak` and renames the new file
//!   in, and on a failure puts every old file back (see `temporaries`);
//! - **a tree** fsn owns (`fsn build --out`): staged in a sibling folder and swapped in whole,
//!   in one step (see `tree`).
//!
//! The same output handed over twice is refused before anything is put in place. Temporaries
//! are registered with `interrupt`, which removes them on Ctrl-C or SIGTERM; those of killed
//! runs are removed by the next run.
//!
//! See: issue 12, D4, D8 and D9.

mod interrupt;
mod temporaries;
mod tree;

pub(crate) use self::tree::check_output_folder;

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use fsn_core::Diagnostic;

use self::interrupt::Temporary;
use self::temporaries::Kind;
use self::tree::OwnedFolder;

/// A file to write: a full path for [`Writer::files`], a path inside the output folder for
/// [`Writer::tree`].
pub(crate) struct OutputFile {
    pub(crate) path: PathBuf,
    pub(crate) bytes: Vec<u8>,
}

/// What a file handed over is made of.
enum Content {
    Bytes(Vec<u8>),
    /// A file of the previous output, unchanged: linked in (copied where links fail), so an
    /// incremental build stages it like any other file without reading it.
    Previous(PathBuf),
}

/// A file handed over to the staging threads.
struct Handover {
    path: PathBuf,
    content: Content,
}

/// A file written under its temporary name, waiting to be put in place.
struct Staged {
    temporary: PathBuf,
    path: PathBuf,
}

/// What one staging thread did: the files it staged, and its first failure.
type Staging = (Vec<Staged>, Option<Diagnostic>);

/// How many files are staged at once: flushing to disk waits on the device, not the CPU, so
/// files are flushed side by side rather than one after another.
const STAGING_THREADS: usize = 4;

/// How many files may wait for a staging thread: when the disk is slower than rendering, the
/// renderers wait rather than hold every rendered file in memory (issue 17).
const QUEUED_FILES: usize = 4 * STAGING_THREADS;

/// Where the files go.
enum Destination {
    /// Each file to its own path, beside files fsn does not own.
    Files,
    /// A whole output folder, replaced by what this run writes.
    Tree(OwnedFolder),
}

/// What the staging threads share.
struct Shared {
    destination: Destination,
    /// Paths handed over so far: the same output twice is an error, not an overwrite.
    handed: Mutex<HashSet<PathBuf>>,
    /// A path handed over twice.
    duplicate: Mutex<Option<Diagnostic>>,
    /// Folders that did not exist before this writer made them, removed again on a failure.
    created: Mutex<Vec<PathBuf>>,
    /// Folders whose leftover temporaries were already removed.
    swept: Mutex<HashSet<PathBuf>>,
}

/// Stages files in the background; [`Writer::commit`] puts them all in place, dropping the
/// writer without committing removes them all.
pub(crate) struct Writer {
    sender: Option<SyncSender<Handover>>,
    threads: Vec<JoinHandle<Staging>>,
    shared: Arc<Shared>,
}

/// Whether this run has put any output in place (for "nothing was written").
pub(crate) fn anything_written() -> bool {
    interrupt::registry().committed()
}

impl Writer {
    /// A writer of files to their own paths.
    pub(crate) fn files() -> Self {
        Self::start(Destination::Files)
    }

    /// A writer that replaces the folder `out` with exactly the files handed over (paths
    /// relative to `out`). Refuses a folder fsn may not replace: one that holds anything an
    /// earlier build did not write, or that is, holds or lies inside the sources of the
    /// repository at `repository`.
    pub(crate) fn tree(out: &Path, repository: &Path) -> Result<Self, Diagnostic> {
        Ok(Self::start(Destination::Tree(OwnedFolder::open(
            out, repository,
        )?)))
    }

    fn start(destination: Destination) -> Self {
        interrupt::install();
        let (sender, receiver) = sync_channel::<Handover>(QUEUED_FILES);
        let receiver = Arc::new(Mutex::new(receiver));
        let shared = Arc::new(Shared {
            destination,
            handed: Mutex::new(HashSet::new()),
            duplicate: Mutex::new(None),
            created: Mutex::new(Vec::new()),
            swept: Mutex::new(HashSet::new()),
        });
        let threads = (0..STAGING_THREADS)
            .map(|_| {
                let (receiver, shared) = (Arc::clone(&receiver), Arc::clone(&shared));
                std::thread::spawn(move || stage_from(&receiver, &shared))
            })
            .collect();
        Self {
            sender: Some(sender),
            threads,
            shared,
        }
    }

    /// Hands a file over to be staged. The same path twice fails the commit.
    pub(crate) fn write(&self, file: OutputFile) {
        self.hand_over(Handover {
            path: file.path,
            content: Content::Bytes(file.bytes),
        });
    }

    /// Hands over the file `previous` (of the output this run replaces) to be staged as
    /// `path` unchanged.
    pub(crate) fn reuse(&self, path: PathBuf, previous: PathBuf) {
        self.hand_over(Handover {
            path,
            content: Content::Previous(previous),
        });
    }

    fn hand_over(&self, file: Handover) {
        if !lock(&self.shared.handed).insert(file.path.clone()) {
            let shown = match &self.shared.destination {
                Destination::Files => file.path.clone(),
                Destination::Tree(folder) => folder.shown().join(&file.path),
            };
            lock(&self.shared.duplicate).get_or_insert_with(|| {
                Diagnostic::error(
                    "fsn::output::duplicate",
                    format!("{} would be written twice in one run", shown.display()),
                )
                .with_help("name each notice, language and format once")
            });
            return;
        }
        if let Some(sender) = &self.sender {
            // The staging threads only stop once the sender is gone: the send cannot fail.
            let _ = sender.send(file);
        }
    }

    /// Waits for every file to be staged, then puts them all in place. On a failure, every
    /// previous file is as it was and every temporary is removed.
    pub(crate) fn commit(mut self) -> Result<(), Diagnostic> {
        let mut staged = self.finish()?;
        match &self.shared.destination {
            Destination::Files => {
                let mut registry = interrupt::registry();
                let result = put_in_place(&mut staged, &mut registry);
                let created = lock(&self.shared.created).clone();
                if result.is_ok() {
                    for folder in &created {
                        registry.forget(folder);
                    }
                    return Ok(());
                }
                drop(registry);
                self.remove(&staged);
                result
            }
            Destination::Tree(folder) => match folder.commit() {
                Ok(warning) => {
                    let mut registry = interrupt::registry();
                    for created in lock(&self.shared.created).iter() {
                        registry.forget(created);
                    }
                    if let Some(warning) = warning {
                        eprintln!("fsn: warning: {warning}");
                    }
                    Ok(())
                }
                Err(diagnostic) => {
                    self.remove(&staged);
                    Err(diagnostic)
                }
            },
        }
    }

    /// Closes the queue and collects what the staging threads did; on a failure, removes
    /// every temporary and folder it made.
    fn finish(&mut self) -> Result<Vec<Staged>, Diagnostic> {
        self.sender = None;
        let mut staged = Vec::new();
        let mut failure = lock(&self.shared.duplicate).take();
        for thread in self.threads.drain(..) {
            let (files, failed) = thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            staged.extend(files);
            failure = failure.or(failed);
        }
        match failure {
            Some(diagnostic) => {
                self.remove(&staged);
                Err(diagnostic)
            }
            None => Ok(staged),
        }
    }

    /// Removes the temporaries of `staged` (the staged tree) and then the folders this writer
    /// made, deepest first; a folder that holds anything else stays.
    fn remove(&self, staged: &[Staged]) {
        let mut registry = interrupt::registry();
        for file in staged {
            let _ = fs::remove_file(&file.temporary);
            registry.forget(&file.temporary);
        }
        if let Destination::Tree(folder) = &self.shared.destination {
            let _ = fs::remove_dir_all(folder.staging());
            registry.forget(folder.staging());
        }
        let mut folders = lock(&self.shared.created).clone();
        folders.sort_by_key(|folder| std::cmp::Reverse(folder.components().count()));
        for folder in folders {
            let _ = fs::remove_dir(&folder);
            registry.forget(&folder);
        }
    }
}

impl Drop for Writer {
    /// A run that stops before committing (a document failed) leaves nothing behind.
    fn drop(&mut self) {
        if !self.threads.is_empty()
            && let Ok(staged) = self.finish()
        {
            self.remove(&staged);
        }
    }
}

/// Stages files from the queue until it closes; after a failure, drains it without writing.
fn stage_from(receiver: &Mutex<Receiver<Handover>>, shared: &Shared) -> Staging {
    let mut staged = Vec::new();
    let mut failure = None;
    loop {
        let next = lock(receiver).recv();
        let Ok(file) = next else { break };
        if failure.is_some() {
            continue;
        }
        match stage(file, shared) {
            Ok(done) => staged.push(done),
            Err(diagnostic) => failure = Some(diagnostic),
        }
    }
    (staged, failure)
}

/// Writes all files atomically: all staged, then all put in place. Returns their paths, in
/// order.
pub(crate) fn write_all(files: Vec<OutputFile>) -> Result<Vec<PathBuf>, Diagnostic> {
    let paths = files.iter().map(|file| file.path.clone()).collect();
    let writer = Writer::files();
    for file in files {
        writer.write(file);
    }
    writer.commit()?;
    Ok(paths)
}

/// Writes `file` to its temporary name and flushes it to disk.
fn stage(file: Handover, shared: &Shared) -> Result<Staged, Diagnostic> {
    let (temporary, shown) = match &shared.destination {
        Destination::Files => {
            let dir = folder_of(&file.path);
            if lock(&shared.swept).insert(dir.to_path_buf()) {
                temporaries::sweep(dir, |_, _| true);
            }
            (
                temporaries::name_for(&file.path, Kind::Staged),
                file.path.clone(),
            )
        }
        Destination::Tree(folder) => (
            folder.staged_path(&file.path)?,
            folder.shown().join(&file.path),
        ),
    };
    let handle = {
        let mut registry = interrupt::registry();
        if let Destination::Tree(folder) = &shared.destination
            && fs::symlink_metadata(folder.staging()).is_err()
        {
            make_folders(folder_of(folder.staging()), &shown, shared, &mut registry)?;
            fs::create_dir(folder.staging())
                .map_err(|err| write_error("create the folder of", &shown, &err))?;
            registry.register(Temporary::Tree(folder.staging().to_path_buf()));
        }
        match &shared.destination {
            Destination::Files => {
                make_folders(folder_of(&file.path), &shown, shared, &mut registry)?
            }
            // Inside the staged tree, which goes as a whole.
            Destination::Tree(_) => fs::create_dir_all(folder_of(&temporary))
                .map_err(|err| write_error("create the folder of", &shown, &err))?,
        }
        let handle = match &file.content {
            Content::Bytes(_) => Some(fs::File::create(&temporary)),
            // A link shares the previous file's flushed data: nothing to write.
            Content::Previous(previous) => fs::hard_link(previous, &temporary)
                .is_err()
                .then(|| fs::File::create(&temporary)),
        }
        .transpose()
        .map_err(|err| write_error("write", &shown, &err))?;
        if matches!(shared.destination, Destination::Files) {
            registry.register(Temporary::File(temporary.clone()));
        }
        handle
    };
    let result = (|| {
        let Some(mut handle) = handle else {
            return Ok(());
        };
        match &file.content {
            Content::Bytes(bytes) => handle.write_all(bytes)?,
            Content::Previous(previous) => {
                std::io::copy(&mut fs::File::open(previous)?, &mut handle)?;
            }
        }
        handle.sync_all()
    })();
    match result {
        Ok(()) => Ok(Staged {
            temporary,
            path: file.path,
        }),
        Err(err) => {
            let _ = fs::remove_file(&temporary);
            interrupt::registry().forget(&temporary);
            Err(write_error("write", &shown, &err))
        }
    }
}

/// The folder a path is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Makes `dir` and its missing parents, recording each as made by this run.
fn make_folders(
    dir: &Path,
    shown: &Path,
    shared: &Shared,
    registry: &mut interrupt::Registry,
) -> Result<(), Diagnostic> {
    let missing: Vec<PathBuf> = dir
        .ancestors()
        .take_while(|folder| {
            !folder.as_os_str().is_empty() && fs::symlink_metadata(folder).is_err()
        })
        .map(Path::to_path_buf)
        .collect();
    let made = fs::create_dir_all(dir);
    for folder in missing.iter().rev() {
        if folder.is_dir() {
            registry.register(Temporary::Folder(folder.clone()));
            lock(&shared.created).push(folder.clone());
        }
    }
    made.map_err(|err| {
        // A dangling symbolic link on the way reads as "File exists": say what it is.
        match dir
            .ancestors()
            .find(|folder| fs::symlink_metadata(folder).is_ok_and(|meta| meta.is_symlink()))
        {
            Some(link) => tree::symlink_error(link, link),
            None => write_error("create the folder of", shown, &err),
        }
    })
}

/// Puts every staged file in place, in path order, setting each existing target aside
/// first; on a failure, puts back every file it replaced and removes every file it added.
fn put_in_place(
    staged: &mut [Staged],
    registry: &mut interrupt::Registry,
) -> Result<(), Diagnostic> {
    staged.sort_by(|a, b| a.path.cmp(&b.path));
    // Only a regular file, or nothing, is replaced: a device, a pipe, a socket or a link at a
    // target (`--out /dev/full`, a link to `/proc/self/fd/1`) is refused before anything is
    // put in place (issue 24, A).
    for file in staged.iter() {
        if let Ok(metadata) = fs::symlink_metadata(&file.path)
            && !metadata.is_file()
            && !metadata.is_dir()
        {
            return Err(Diagnostic::error(
                "fsn::io::write",
                format!(
                    "cannot write {}: {} is there, not a regular file",
                    file.path.display(),
                    fsn_core::repo::special_kind(&metadata.file_type())
                ),
            )
            .with_help(
                "fsn replaces only regular files; name a new file, or remove what is there",
            ));
        }
    }
    // (index into `staged`, the old file set aside)
    let mut done: Vec<(usize, Option<PathBuf>)> = Vec::new();
    let mut failure = None;
    for (index, file) in staged.iter().enumerate() {
        let backup = match fs::symlink_metadata(&file.path) {
            Ok(metadata) if metadata.is_dir() => {
                failure = Some(Diagnostic::error(
                    "fsn::io::write",
                    format!(
                        "cannot write {}: a folder of that name is in the way",
                        file.path.display()
                    ),
                ));
                break;
            }
            Ok(_) => {
                let backup = temporaries::name_for(&file.path, Kind::Backup);
                if let Err(err) = fs::rename(&file.path, &backup) {
                    failure = Some(write_error("replace", &file.path, &err));
                    break;
                }
                Some(backup)
            }
            Err(_) => None,
        };
        if let Err(err) = fs::rename(&file.temporary, &file.path) {
            if let Some(backup) = &backup {
                let _ = fs::rename(backup, &file.path);
            }
            failure = Some(write_error("rename into place", &file.path, &err));
            break;
        }
        registry.forget(&file.temporary);
        done.push((index, backup));
    }
    let Some(mut failure) = failure else {
        for backup in done.iter().filter_map(|(_, backup)| backup.as_ref()) {
            let _ = fs::remove_file(backup);
        }
        registry.set_committed();
        return Ok(());
    };
    let mut not_restored = Vec::new();
    for (index, backup) in done.into_iter().rev() {
        let path = &staged[index].path;
        let restored = match &backup {
            Some(backup) => fs::rename(backup, path),
            None => fs::remove_file(path),
        };
        if restored.is_err() {
            not_restored.push(match backup {
                Some(backup) => {
                    format!("{} (the old file is {})", path.display(), backup.display())
                }
                None => path.display().to_string(),
            });
        }
    }
    if not_restored.is_empty() {
        failure
            .message
            .push_str("; every file already replaced was put back");
    } else {
        // The truth, even when it is bad: these files are new or missing.
        registry.set_committed();
        failure.message.push_str(&format!(
            "; these could not be put back: {}",
            not_restored.join(", ")
        ));
    }
    Err(failure)
}

fn write_error(action: &str, path: &Path, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "fsn::io::write",
        format!("cannot {action} {}: {err}", path.display()),
    )
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|err| err.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_is_written_and_no_temporary_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<OutputFile> = (0..20)
            .map(|index| OutputFile {
                path: dir.path().join(format!("sub{}/file{index}.txt", index % 3)),
                bytes: format!("content {index}").into_bytes(),
            })
            .collect();
        let paths = write_all(files).unwrap();
        assert_eq!(paths.len(), 20);
        for (index, path) in paths.iter().enumerate() {
            assert_eq!(
                fs::read_to_string(path).unwrap(),
                format!("content {index}")
            );
        }
        for sub in 0..3 {
            let names: Vec<String> = fs::read_dir(dir.path().join(format!("sub{sub}")))
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            assert!(
                names.iter().all(|name| !name.ends_with(".tmp")),
                "{names:?}"
            );
        }
    }

    /// A device, a pipe or a link at a target is never replaced by a regular file, and the
    /// run writes none of its other files (issue 24, A: `xliff export --out` replaced them).
    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.xlf");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let link = dir.path().join("link.xlf");
        std::os::unix::fs::symlink("/proc/self/fd/1", &link).unwrap();
        for target in [fifo.as_path(), link.as_path()] {
            let other = dir.path().join("other.txt");
            let err = write_all(vec![
                OutputFile {
                    path: other.clone(),
                    bytes: b"other".to_vec(),
                },
                OutputFile {
                    path: target.to_path_buf(),
                    bytes: b"xliff".to_vec(),
                },
            ])
            .unwrap_err();
            assert_eq!(err.code, "fsn::io::write", "{}", target.display());
            assert!(
                err.message.contains("not a regular file"),
                "{}",
                err.message
            );
            assert!(!other.exists(), "{}", target.display());
        }
        let kind = |path: &Path| fs::symlink_metadata(path).unwrap().file_type();
        assert!(!kind(&fifo).is_file() && !kind(&link).is_file());
        let replaced = dir.path().join("plain.xlf");
        fs::write(&replaced, "old").unwrap();
        write_all(vec![OutputFile {
            path: replaced.clone(),
            bytes: b"new".to_vec(),
        }])
        .unwrap();
        assert_eq!(fs::read_to_string(&replaced).unwrap(), "new");
    }

    /// A file that cannot be written (its folder is a file) fails the run, and no other file
    /// of it appears, not even the ones that could be written.
    #[test]
    fn a_failure_while_writing_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("blocked"), "a file, not a folder").unwrap();
        fs::write(dir.path().join("kept.txt"), "old").unwrap();
        let mut files: Vec<OutputFile> = (0..20)
            .map(|index| OutputFile {
                path: dir.path().join(format!("file{index}.txt")),
                bytes: b"new".to_vec(),
            })
            .collect();
        files.push(OutputFile {
            path: dir.path().join("kept.txt"),
            bytes: b"new".to_vec(),
        });
        files.push(OutputFile {
            path: dir.path().join("blocked/inside.txt"),
            bytes: b"new".to_vec(),
        });
        let err = write_all(files).unwrap_err();
        assert!(err.message.contains("blocked"), "{}", err.message);
        let mut names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["blocked", "kept.txt"]);
        assert_eq!(
            fs::read_to_string(dir.path().join("kept.txt")).unwrap(),
            "old"
        );
    }

    /// A build hands files over as it renders them; when a later document fails, the writer
    /// is dropped uncommitted and none of the files handed over appears, nor a temporary,
    /// nor a folder made for them.
    #[test]
    fn a_writer_dropped_without_commit_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("kept.txt"), "old").unwrap();
        let writer = Writer::files();
        for index in 0..20 {
            writer.write(OutputFile {
                path: dir.path().join(format!("sub/file{index}.txt")),
                bytes: b"new".to_vec(),
            });
        }
        writer.write(OutputFile {
            path: dir.path().join("kept.txt"),
            bytes: b"new".to_vec(),
        });
        drop(writer);
        assert_eq!(
            fs::read_to_string(dir.path().join("kept.txt")).unwrap(),
            "old"
        );
        let left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left, ["kept.txt"], "the folder it made is gone too");
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// See: issue 12, D4 (`--lang en,en` wrote a file, then said nothing was written).
    #[test]
    fn the_same_output_twice_is_refused_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let files = ["a.txt", "b.txt", "a.txt"]
            .into_iter()
            .map(|name| OutputFile {
                path: dir.path().join(name),
                bytes: b"new".to_vec(),
            })
            .collect();
        let err = write_all(files).unwrap_err();
        assert_eq!(err.code, "fsn::output::duplicate");
        assert!(
            names_in(dir.path()).is_empty(),
            "{:?}",
            names_in(dir.path())
        );
    }

    /// A target that cannot be replaced (a folder is in its way) comes last in path order,
    /// after two files were already replaced: both are put back, the new file is removed.
    #[test]
    fn a_failure_while_putting_in_place_puts_every_old_file_back() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.txt", "b.txt"] {
            fs::write(dir.path().join(name), format!("old {name}")).unwrap();
        }
        fs::create_dir(dir.path().join("z.txt")).unwrap();
        let files = ["a.txt", "b.txt", "c.txt", "z.txt"]
            .into_iter()
            .map(|name| OutputFile {
                path: dir.path().join(name),
                bytes: b"new".to_vec(),
            })
            .collect();
        let err = write_all(files).unwrap_err();
        assert!(
            err.message.contains("z.txt") && err.message.contains("put back"),
            "{}",
            err.message
        );
        assert_eq!(names_in(dir.path()), ["a.txt", "b.txt", "z.txt"]);
        for name in ["a.txt", "b.txt"] {
            assert_eq!(
                fs::read_to_string(dir.path().join(name)).unwrap(),
                format!("old {name}")
            );
        }
        assert!(
            !err.message.contains("could not be put back"),
            "{}",
            err.message
        );
    }

    /// A tree replaces its folder whole: files the new build does not make are gone, and
    /// no temporary is left beside or inside it.
    #[test]
    fn a_tree_replaces_its_folder_with_exactly_the_new_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        let build = |names: &[&str]| {
            let writer = Writer::tree(&out, Path::new("/nonexistent-repository")).unwrap();
            for name in names {
                writer.write(OutputFile {
                    path: PathBuf::from(name),
                    bytes: name.as_bytes().to_vec(),
                });
            }
            // The manifest lists what the build wrote: the next build takes over only that.
            let files: Vec<String> = names
                .iter()
                .map(|name| format!(r#"{{"path": "{name}"}}"#))
                .collect();
            writer.write(OutputFile {
                path: PathBuf::from("manifest.json"),
                bytes: format!(r#"{{"fsn_version": "0", "files": [{}]}}"#, files.join(", "))
                    .into_bytes(),
            });
            writer.commit().unwrap();
        };
        build(&["A/A_de.pdf", "A/A_it.pdf", "B/B_it.pdf"]);
        build(&["A/A_it.pdf"]);
        assert_eq!(names_in(&out), ["A", "manifest.json"]);
        assert_eq!(names_in(&out.join("A")), ["A_it.pdf"]);
        assert_eq!(names_in(dir.path()), ["dist"]);
    }

    /// A tree that fails while staging leaves the old folder as it was and no staging folder.
    #[test]
    fn a_tree_dropped_without_commit_leaves_the_old_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        fs::create_dir(&out).unwrap();
        let writer = Writer::tree(&out, Path::new("/nonexistent-repository")).unwrap();
        writer.write(OutputFile {
            path: PathBuf::from("A/A_it.pdf"),
            bytes: b"new".to_vec(),
        });
        drop(writer);
        assert_eq!(names_in(dir.path()), ["dist"]);
        assert!(names_in(&out).is_empty());
    }
}
