//! Writing output files all-or-nothing.
//!
//! Every file of a run is produced in memory first. Only when all succeeded are they written,
//! each to a temporary name in its target folder and then renamed into place, so a reader
//! never sees a half-written file and a failed run changes nothing.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use fsn_core::Diagnostic;

/// A file to write.
pub(crate) struct OutputFile {
    pub(crate) path: PathBuf,
    pub(crate) bytes: Vec<u8>,
}

/// Writes all files atomically, each one by rename.
pub(crate) fn write_all(files: &[OutputFile]) -> Result<(), Diagnostic> {
    for file in files {
        write_atomic(&file.path, &file.bytes)?;
    }
    Ok(())
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let fail = |action: &str, err: std::io::Error| {
        Diagnostic::error(
            "fsn::io::write",
            format!("cannot {action} {}: {err}", path.display()),
        )
    };
    let dir = path
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|err| fail("create the folder of", err))?;
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if let Err(err) = result {
        let _ = fs::remove_file(&temporary);
        return Err(fail("write", err));
    }
    Ok(())
}
