//! Writing output files all-or-nothing.
//!
//! Every file of a run is produced in memory first. Only when all succeeded are they written:
//! first each to a temporary name in its target folder, flushed to disk, then all renamed into
//! place. A reader never sees a half-written file, and a run that fails while writing removes
//! its temporaries and changes nothing.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use fsn_core::Diagnostic;

/// A file to write.
pub(crate) struct OutputFile {
    pub(crate) path: PathBuf,
    pub(crate) bytes: Vec<u8>,
}

/// A file written under its temporary name, waiting to be renamed into place.
struct Staged<'a> {
    temporary: PathBuf,
    path: &'a Path,
}

/// How many files are written at once: flushing to disk waits on the device, not the CPU, so
/// a catalogue's files are flushed side by side rather than one after another.
const WRITERS: usize = 8;

/// Writes all files atomically: all staged, then all renamed.
pub(crate) fn write_all(files: &[OutputFile]) -> Result<(), Diagnostic> {
    let staged = Mutex::new(Vec::with_capacity(files.len()));
    let failure = Mutex::new(None);
    let chunk = files.len().div_ceil(WRITERS).max(1);
    std::thread::scope(|scope| {
        for part in files.chunks(chunk) {
            let (staged, failure) = (&staged, &failure);
            scope.spawn(move || {
                for file in part {
                    match stage(file) {
                        Ok(done) => lock(staged).push(done),
                        Err(diagnostic) => {
                            lock(failure).get_or_insert(diagnostic);
                            return;
                        }
                    }
                }
            });
        }
    });
    let staged = staged.into_inner().unwrap_or_else(|err| err.into_inner());
    if let Some(diagnostic) = failure.into_inner().unwrap_or_else(|err| err.into_inner()) {
        for file in &staged {
            let _ = fs::remove_file(&file.temporary);
        }
        return Err(diagnostic);
    }
    for (index, file) in staged.iter().enumerate() {
        if let Err(err) = fs::rename(&file.temporary, file.path) {
            for rest in &staged[index..] {
                let _ = fs::remove_file(&rest.temporary);
            }
            return Err(write_error("rename into place", file.path, &err));
        }
    }
    Ok(())
}

/// Writes `file` to a temporary name beside it and flushes it to disk.
fn stage(file: &OutputFile) -> Result<Staged<'_>, Diagnostic> {
    let path = file.path.as_path();
    let dir = path
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|err| write_error("create the folder of", path, &err))?;
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
            Err(write_error("write", path, &err))
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
        write_all(&files).unwrap();
        for (index, file) in files.iter().enumerate() {
            assert_eq!(
                fs::read_to_string(&file.path).unwrap(),
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
        let err = write_all(&files).unwrap_err();
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
}
