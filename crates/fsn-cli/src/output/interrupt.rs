//! Interrupted runs remove their temporaries: Ctrl-C, SIGTERM and SIGHUP stop fsn cleanly.
//!
//! Every temporary is registered here the moment it is made, under the same lock the
//! signal handler takes; a commit runs under that lock too. So a signal arrives either before
//! a commit (its temporaries are removed, nothing was written) or after it (the output is
//! whole), never in the middle. SIGKILL cannot be caught: the next run removes what a killed
//! one left (see `temporaries`).
//!
//! See: issue 12, D8 (1,350 temporaries after 20 interrupted builds).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once};

/// A temporary to remove if the run is interrupted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Temporary {
    /// A file.
    File(PathBuf),
    /// A folder made for output files; removed only once empty.
    Folder(PathBuf),
    /// A whole staged tree, removed with everything in it.
    Tree(PathBuf),
}

/// This run's temporaries, and whether it has put any output in place.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    temporaries: Vec<Temporary>,
    committed: bool,
}

impl Registry {
    /// Records a temporary just made.
    pub(crate) fn register(&mut self, temporary: Temporary) {
        self.temporaries.push(temporary);
    }

    /// Forgets a temporary that was put in place or removed.
    pub(crate) fn forget(&mut self, path: &Path) {
        self.temporaries
            .retain(|temporary| temporary.path() != path);
    }

    /// Records that output was put in place.
    pub(crate) fn set_committed(&mut self) {
        self.committed = true;
    }

    /// Whether this run has put any output in place.
    pub(crate) fn committed(&self) -> bool {
        self.committed
    }

    /// Removes every registered temporary, latest first (files before their folders).
    fn remove_all(&mut self) {
        for temporary in self.temporaries.drain(..).rev() {
            // A file or folder already gone is fine; nothing else can be done on the way out.
            let _ = match &temporary {
                Temporary::File(path) => std::fs::remove_file(path),
                Temporary::Folder(path) => std::fs::remove_dir(path),
                // Symbolic links inside are removed, never followed.
                Temporary::Tree(path) => remove_tree(path),
            };
        }
    }
}

/// Removes a tree that another thread may be changing at the same moment: a writer still
/// staging a file into it, or the commit removing the previous output. One pass can then fail
/// (a folder not empty any more, an entry already gone), so it tries again until the tree is
/// gone, a bounded number of times.
fn remove_tree(path: &Path) -> std::io::Result<()> {
    let mut result = Ok(());
    for _ in 0..50 {
        if std::fs::symlink_metadata(path).is_err() {
            return Ok(());
        }
        result = std::fs::remove_dir_all(path);
        if result.is_ok() {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    result
}

impl Temporary {
    fn path(&self) -> &Path {
        match self {
            Self::File(path) | Self::Folder(path) | Self::Tree(path) => path,
        }
    }
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    temporaries: Vec::new(),
    committed: false,
});

/// The registry, locked: hold it while making a temporary or committing.
pub(crate) fn registry() -> MutexGuard<'static, Registry> {
    REGISTRY.lock().unwrap_or_else(|err| err.into_inner())
}

/// Installs the handler of SIGINT, SIGTERM and SIGHUP (once per process).
pub(crate) fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Without a handler the signal still stops fsn, only without cleaning up; the next
        // run then removes the temporaries.
        let _ = ctrlc::set_handler(on_signal);
    });
}

fn on_signal() {
    // The lock is never given back: no thread makes a temporary or commits after this.
    let mut registry = registry();
    registry.remove_all();
    if registry.committed() {
        eprintln!("fsn: interrupted after its output was written");
    } else {
        eprintln!("fsn: interrupted; nothing was written");
    }
    std::process::exit(130);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_all_removes_files_then_their_folders_and_whole_trees() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("made");
        let file = folder.join(".a.fsn-1.tmp");
        let tree = dir.path().join(".dist.fsn-1.tmp");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(&file, "x").unwrap();
        std::fs::create_dir_all(tree.join("sub")).unwrap();
        std::fs::write(tree.join("sub/file"), "x").unwrap();
        let mut registry = Registry::default();
        registry.register(Temporary::Folder(folder.clone()));
        registry.register(Temporary::File(file));
        registry.register(Temporary::Tree(tree.clone()));
        registry.remove_all();
        assert!(!folder.exists() && !tree.exists());
        assert!(registry.temporaries.is_empty());
    }
}
