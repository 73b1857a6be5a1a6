//! The gate every file fsn reads goes through: regular files only, bounded in size, and for
//! the repository's own files, inside the repository.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::repository::{Repository, display};

use crate::base::diagnostic::{Diagnostic, SourceFile};

/// Files larger than this are refused: fsn's inputs (`.toml`, `.ftl`, `.xlf`) are a few
/// hundred kilobytes at most; the bound keeps a wrong file from filling the memory.
pub const MAX_FILE_SIZE: u64 = 16 << 20;

/// The bytes of a regular file of at most `limit` bytes: a named pipe, a device or a file
/// that grows past the limit while it is read is refused, naming the file. For files outside
/// the repository (`fsn build`'s own output folder); the repository's are read through
/// [`Repository::read`](crate::Repository::read) and [`Repository::read_bytes`](crate::Repository::read_bytes).
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read as _;

    let cannot = |err: std::io::Error| {
        Diagnostic::error(
            "fsn::io::read",
            format!("cannot read {}: {err}", path.display()),
        )
    };
    let metadata = std::fs::metadata(path).map_err(cannot)?;
    not_a_file(path, &metadata)?;
    too_large(path, metadata.len(), limit, false)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Opening a named pipe for reading waits for a writer: never block, whatever the path
    // has become since the check above.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).map_err(cannot)?;
    not_a_file(path, &file.metadata().map_err(cannot)?)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    too_large(path, bytes.len() as u64, limit, true)?;
    Ok(bytes)
}

fn not_a_file(path: &Path, metadata: &std::fs::Metadata) -> Result<(), Diagnostic> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return Ok(());
    }
    let what = if kind.is_dir() {
        "a folder"
    } else {
        special_kind(&kind)
    };
    Err(Diagnostic::error(
        "fsn::io::not_a_file",
        format!("{} is {what}, not a file", path.display()),
    )
    .with_help("fsn reads only regular files; put the file itself in its place"))
}

/// What is at a path instead of a regular file or a folder, in words: "a named pipe (FIFO)",
/// "a device", "a socket", "a symbolic link" (for metadata that did not follow it).
pub fn special_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
    }
    if kind.is_symlink() {
        "a symbolic link"
    } else {
        "not a regular file"
    }
}

/// `while_read`: the size is what a read bounded to one byte past the limit got (the file grew,
/// or is a device that never ends), not the whole file's.
fn too_large(path: &Path, size: u64, limit: u64, while_read: bool) -> Result<(), Diagnostic> {
    if size <= limit {
        return Ok(());
    }
    let size = if while_read {
        format!("more than {} MB", limit >> 20)
    } else {
        format!("{} MB", size.div_ceil(1 << 20))
    };
    Err(Diagnostic::error(
        "fsn::io::too_large",
        format!(
            "{} is {size}, more than the limit of {} MB",
            path.display(),
            limit >> 20
        ),
    )
    .with_help("fsn's input files are small; check that this is the file you meant (a picture: fewer pixels, or SVG)"))
}

/// Whether `path` is a regular file itself, not a link to one: for the files fsn left in its
/// own output folder, which it reads again only when nothing has replaced them.
pub fn is_plain_file(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|metadata| metadata.is_file())
}

/// Whether `path` is a folder itself, not a link to one (see [`is_plain_file`]).
pub fn is_plain_dir(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|metadata| metadata.is_dir())
}

/// Reads a text file as UTF-8, naming the file in the error. Only a regular file of at most
/// [`MAX_FILE_SIZE`] bytes is read: a named pipe would block the read forever and a link to
/// `/dev/zero` or a file that keeps growing would fill the memory, so each is refused with
/// what it is. The size is checked before the read and bounded during it. For files outside
/// the repository (an XLIFF file to import); the repository's own are read through
/// [`Repository::read`](super::Repository::read).
pub fn read_text(path: &Path) -> Result<Arc<SourceFile>, Diagnostic> {
    SourceFile::decode(path, read_bounded(path, MAX_FILE_SIZE)?)
}

impl Repository {
    /// Reads a file of the repository: the one gate every reader of the repository's files
    /// goes through. A path that resolves outside the repository, through `..` or a symbolic
    /// link, is refused (a notice cannot pull in `/etc/passwd`), and so is anything but a
    /// regular file of at most [`MAX_FILE_SIZE`](crate::base::diagnostic::MAX_FILE_SIZE) bytes
    /// (see [`SourceFile::read`]).
    pub fn read(&self, path: &Path) -> Result<Arc<SourceFile>, Diagnostic> {
        self.check_inside(path)?;
        read_text(path)
    }

    /// Reads a binary file (a picture) through the same gate as [`Repository::read`]: inside
    /// the repository, a regular file, at most `limit` bytes.
    pub fn read_bytes(&self, path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
        self.check_inside(path)?;
        read_bounded(path, limit)
    }

    /// Hands every file under the folder `dir` to `visit`, with its path relative to `dir`
    /// (with `/`) and its bytes, in path order: for fingerprints of whole folders (`fsn
    /// build`'s incremental builds). A folder that does not exist has no files. Through the
    /// same gate as [`Repository::read`], and stricter: a symbolic link or anything but a
    /// folder or a regular file of at most [`MAX_FILE_SIZE`](crate::base::diagnostic::MAX_FILE_SIZE)
    /// bytes is an error, as a fingerprint cannot vouch for what a link points to.
    pub fn visit_files(
        &self,
        dir: &Path,
        visit: &mut dyn FnMut(&str, &[u8]),
    ) -> Result<(), Diagnostic> {
        if std::fs::symlink_metadata(dir).is_err() {
            return Ok(());
        }
        self.check_inside(dir)?;
        let mut pending = vec![(dir.to_path_buf(), String::new())];
        while let Some((folder, prefix)) = pending.pop() {
            let cannot = |err: std::io::Error| {
                Diagnostic::error(
                    "fsn::io::read",
                    format!("cannot list {}: {err}", display(&folder)),
                )
            };
            let mut entries = std::fs::read_dir(&folder)
                .map_err(cannot)?
                .map(|entry| entry.map(|entry| (entry.file_name(), entry.path())))
                .collect::<Result<Vec<_>, _>>()
                .map_err(cannot)?;
            entries.sort();
            // Folders are visited after the files beside them, in order: a stack, reversed.
            let mut folders = Vec::new();
            for (name, path) in entries {
                let name = name.to_string_lossy();
                let relative = format!("{prefix}{name}");
                let kind = std::fs::symlink_metadata(&path)
                    .map_err(|err| {
                        Diagnostic::error(
                            "fsn::io::read",
                            format!("cannot read {}: {err}", display(&path)),
                        )
                    })?
                    .file_type();
                if kind.is_dir() {
                    folders.push((path, format!("{relative}/")));
                } else if kind.is_file() {
                    let bytes = read_bounded(&path, MAX_FILE_SIZE)?;
                    visit(&relative, &bytes);
                } else {
                    return Err(Diagnostic::error(
                        "fsn::io::not_a_file",
                        format!("{} is a link or special file", display(&path)),
                    ));
                }
            }
            pending.extend(folders.into_iter().rev());
        }
        Ok(())
    }

    /// Refuses a path that resolves outside the repository. A path that does not exist yet (a
    /// file about to be written) is judged by its nearest existing folder, and may not climb
    /// out with `..` from there.
    pub fn check_inside(&self, path: &Path) -> Result<(), Diagnostic> {
        // The root found from the working directory may be the empty path.
        let root = if self.root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            &self.root
        };
        let outside = || {
            Diagnostic::error(
                "fsn::project::outside_repository",
                format!("{} leads outside the repository", display(path)),
            )
            .with_help("copy the file into the repository instead of linking to it")
        };
        let Ok(root) = root.canonicalize() else {
            return Err(outside());
        };
        let mut rest = Vec::new();
        for ancestor in path.ancestors() {
            let ancestor = if ancestor.as_os_str().is_empty() {
                Path::new(".")
            } else {
                ancestor
            };
            if let Ok(resolved) = ancestor.canonicalize() {
                let climbs = rest
                    .iter()
                    .any(|part| matches!(part, std::path::Component::ParentDir));
                return if resolved.starts_with(&root) && !climbs {
                    Ok(())
                } else {
                    Err(outside())
                };
            }
            rest.extend(ancestor.components().next_back());
        }
        Err(outside())
    }
}

impl Repository {
    /// The entries of the folder `dir`, sorted by path; a folder that cannot be listed has
    /// none. Entries are not followed or checked: reading one through the gate does that.
    pub fn list_dir(&self, dir: &Path) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .collect();
        paths.sort();
        paths
    }

    /// Whether anything is at `path`, even a broken link or a folder in a file's place (reading
    /// it then says what is wrong).
    pub fn exists(&self, path: &Path) -> bool {
        std::fs::symlink_metadata(path).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_read() {
        let device = read_text(Path::new("/dev/zero")).unwrap_err();
        assert_eq!(device.message, "/dev/zero is a device, not a file");
        let folder = read_text(Path::new("/")).unwrap_err();
        assert_eq!(folder.message, "/ is a folder, not a file");
    }

    #[test]
    fn files_over_the_limit_are_refused_before_they_are_read() {
        let path = std::env::temp_dir().join(format!("fsn-too-large-{}.ftl", std::process::id()));
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(17 << 20).unwrap();
        let error = read_text(&path).unwrap_err();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(error.code, "fsn::io::too_large");
        assert!(
            error
                .message
                .ends_with(" is 17 MB, more than the limit of 16 MB"),
            "{}",
            error.message
        );
    }
}
