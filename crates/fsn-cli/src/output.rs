//! Writing output files all-or-nothing.
//!
//! Every file of a run is first written to a temporary name in its target folder and flushed
//! to disk; only when the run has succeeded are they all renamed into place. A reader never
//! sees a half-written file, and a run that fails, while rendering or while writing, removes
//! its temporaries and changes nothing.
//!
//! A [`Writer`] stages files on background threads as they are handed over, so a build writes
//! its first documents while it renders the next ones.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use fsn_core::Diagnostic;

/// A file to write.
pub(crate) struct OutputFile {
    pub(crate) path: PathBuf,
    pub(crate) bytes: Vec<u8>,
}

/// A file written under its temporary name, waiting to be renamed into place.
struct Staged {
    temporary: PathBuf,
    path: PathBuf,
}

/// What one staging thread did: the files it staged, and its first failure.
type Staging = (Vec<Staged>, Option<Diagnostic>);

/// How many files are staged at once: flushing to disk waits on the device, not the CPU, so
/// files are flushed side by side rather than one after another.
const STAGING_THREADS: usize = 4;

/// Stages files in the background; [`Writer::commit`] puts them all in place, dropping the
/// writer without committing removes them all.
pub(crate) struct Writer {
    sender: Option<Sender<OutputFile>>,
    threads: Vec<JoinHandle<Staging>>,
    /// Folders that did not exist before this writer made them, removed again on a failure.
    created: Arc<Mutex<Vec<PathBuf>>>,
}

impl Writer {
    pub(crate) fn start() -> Self {
        let (sender, receiver) = channel::<OutputFile>();
        let receiver = Arc::new(Mutex::new(receiver));
        let created = Arc::new(Mutex::new(Vec::new()));
        let threads = (0..STAGING_THREADS)
            .map(|_| {
                let (receiver, created) = (Arc::clone(&receiver), Arc::clone(&created));
                std::thread::spawn(move || stage_from(&receiver, &created))
            })
            .collect();
        Self {
            sender: Some(sender),
            threads,
            created,
        }
    }

    /// Hands a file over to be staged.
    pub(crate) fn write(&self, file: OutputFile) {
        if let Some(sender) = &self.sender {
            // The staging threads only stop once the sender is gone: the send cannot fail.
            let _ = sender.send(file);
        }
    }

    /// Waits for every file to be staged, then renames them all into place. On a failure,
    /// no file is put in place (up to a failed rename) and every temporary is removed.
    pub(crate) fn commit(mut self) -> Result<(), Diagnostic> {
        let staged = self.finish()?;
        for (index, file) in staged.iter().enumerate() {
            if let Err(err) = fs::rename(&file.temporary, &file.path) {
                self.remove(&staged[index..]);
                return Err(write_error("rename into place", &file.path, &err));
            }
        }
        Ok(())
    }

    /// Closes the queue and collects what the staging threads did; on a failure, removes
    /// every temporary and folder it made.
    fn finish(&mut self) -> Result<Vec<Staged>, Diagnostic> {
        self.sender = None;
        let mut staged = Vec::new();
        let mut failure = None;
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

    /// Removes the temporaries of `staged` and then the folders this writer made, deepest
    /// first; a folder that holds anything else stays.
    fn remove(&self, staged: &[Staged]) {
        for file in staged {
            let _ = fs::remove_file(&file.temporary);
        }
        let mut folders = lock(&self.created).clone();
        folders.sort_by_key(|folder| std::cmp::Reverse(folder.components().count()));
        for folder in folders {
            let _ = fs::remove_dir(folder);
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
fn stage_from(receiver: &Mutex<Receiver<OutputFile>>, created: &Mutex<Vec<PathBuf>>) -> Staging {
    let mut staged = Vec::new();
    let mut failure = None;
    loop {
        let next = lock(receiver).recv();
        let Ok(file) = next else { break };
        if failure.is_some() {
            continue;
        }
        match stage(file, created) {
            Ok(done) => staged.push(done),
            Err(diagnostic) => failure = Some(diagnostic),
        }
    }
    (staged, failure)
}

/// Writes all files atomically: all staged, then all renamed. Returns their paths, in order.
pub(crate) fn write_all(files: Vec<OutputFile>) -> Result<Vec<PathBuf>, Diagnostic> {
    let paths = files.iter().map(|file| file.path.clone()).collect();
    let writer = Writer::start();
    for file in files {
        writer.write(file);
    }
    writer.commit()?;
    Ok(paths)
}

/// Writes `file` to a temporary name beside it and flushes it to disk.
fn stage(file: OutputFile, created: &Mutex<Vec<PathBuf>>) -> Result<Staged, Diagnostic> {
    let path = file.path;
    let dir = path
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let missing: Vec<PathBuf> = dir
        .ancestors()
        .take_while(|folder| !folder.as_os_str().is_empty() && !folder.exists())
        .map(Path::to_path_buf)
        .collect();
    let made = fs::create_dir_all(dir);
    lock(created).extend(missing);
    made.map_err(|err| write_error("create the folder of", &path, &err))?;
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut handle = fs::File::create(&temporary)?;
        handle.write_all(&file.bytes)?;
        handle.sync_all()
    })();
    match result {
        Ok(()) => Ok(Staged { temporary, path }),
        Err(err) => {
            let _ = fs::remove_file(&temporary);
            Err(write_error("write", &path, &err))
        }
    }
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
        let writer = Writer::start();
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
}
