//! The names of fsn's temporaries, and removing those of runs that no longer exist.
//!
//! A temporary is named `.<name>.fsn-<pid>.<kind>` beside the file or folder `<name>` it
//! stands for: `tmp` for a file or tree being staged, `bak` for a file set aside while a new
//! one takes its place, `old` for a replaced output tree being removed. A process killed with
//! SIGKILL cannot clean up; the next run that writes into the same folder removes the
//! temporaries whose process is gone, and nothing else (not other names, not the temporaries
//! of a run still going on, never through a symbolic link).

use std::path::{Path, PathBuf};

/// What a temporary is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A file or tree being staged.
    Staged,
    /// A file set aside while its replacement is put in place.
    Backup,
    /// A replaced output tree, being removed.
    Old,
}

impl Kind {
    fn extension(self) -> &'static str {
        match self {
            Self::Staged => "tmp",
            Self::Backup => "bak",
            Self::Old => "old",
        }
    }
}

/// The temporary of this process for `path`.
pub(crate) fn name_for(path: &Path, kind: Kind) -> PathBuf {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(
        ".{name}.fsn-{}.{}",
        std::process::id(),
        kind.extension()
    ))
}

/// A temporary's parts: the name it stands for, the process that made it, and its kind.
pub(crate) fn parse(file_name: &str) -> Option<(&str, u32, Kind)> {
    let rest = file_name.strip_prefix('.')?;
    let (rest, extension) = rest.rsplit_once('.')?;
    let kind = [Kind::Staged, Kind::Backup, Kind::Old]
        .into_iter()
        .find(|kind| kind.extension() == extension)?;
    let (name, pid) = rest.rsplit_once(".fsn-")?;
    let pid = pid
        .bytes()
        .all(|byte| byte.is_ascii_digit())
        .then(|| pid.parse().ok())??;
    (!name.is_empty()).then_some((name, pid, kind))
}

/// Whether a process with this id exists. When that cannot be known, it is taken to exist:
/// a temporary is never removed from under a live run.
pub(crate) fn process_exists(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return true;
        };
        // SAFETY: signal 0 only checks that the process exists and may be signalled.
        let found = unsafe { libc::kill(pid, 0) } == 0;
        found || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Removes from `dir` the temporaries of processes that no longer exist and for which `wanted`
/// holds (given the name it stands for and its kind). A backup whose file is missing is put
/// back in place: the run was killed between setting the old file aside and replacing it.
/// Returns how many were removed or put back.
pub(crate) fn sweep(dir: &Path, wanted: impl Fn(&str, Kind) -> bool) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut swept = 0;
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some((name, pid, kind)) = file_name.to_str().and_then(parse) else {
            continue;
        };
        if !wanted(name, kind) || process_exists(pid) {
            continue;
        }
        let path = entry.path();
        // `file_type` does not follow symbolic links: a link is removed, never followed.
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let done = if file_type.is_dir() {
            std::fs::remove_dir_all(&path)
        } else if kind == Kind::Backup && std::fs::symlink_metadata(dir.join(name)).is_err() {
            std::fs::rename(&path, dir.join(name))
        } else {
            std::fs::remove_file(&path)
        };
        swept += usize::from(done.is_ok());
    }
    swept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        let path = name_for(Path::new("out/FSN_it.pdf"), Kind::Staged);
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        assert_eq!(
            parse(&name),
            Some(("FSN_it.pdf", std::process::id(), Kind::Staged))
        );
        assert_eq!(parse(".dist.fsn-42.old"), Some(("dist", 42, Kind::Old)));
        for other in [
            "FSN_it.pdf",
            ".x.42.tmp",
            ".x.fsn-.tmp",
            ".x.fsn-4a.tmp",
            ".x.fsn-42.txt",
            "..fsn-42.tmp",
        ] {
            assert_eq!(parse(other), None, "{other}");
        }
    }

    /// A process id far above any the kernel hands out stands for a process that is gone.
    const GONE: u32 = 999_999_999;

    #[test]
    fn only_temporaries_of_gone_processes_are_removed_and_backups_go_back() {
        let dir = tempfile::tempdir().unwrap();
        let own = std::process::id();
        let files = [
            format!(".a.pdf.fsn-{GONE}.tmp"),
            format!(".a.pdf.fsn-{own}.tmp"),
            format!(".b.pdf.fsn-{GONE}.bak"),
            format!(".c.pdf.fsn-{GONE}.bak"),
            "c.pdf".to_owned(),
            format!(".a.pdf.{GONE}.tmp"),
            "keep.txt".to_owned(),
        ];
        for name in &files {
            std::fs::write(dir.path().join(name), name).unwrap();
        }
        std::fs::create_dir(dir.path().join(format!(".dist.fsn-{GONE}.old"))).unwrap();
        assert_eq!(sweep(dir.path(), |_, _| true), 4);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        let mut expected = vec![
            format!(".a.pdf.fsn-{own}.tmp"),
            format!(".a.pdf.{GONE}.tmp"),
            "b.pdf".to_owned(),
            "c.pdf".to_owned(),
            "keep.txt".to_owned(),
        ];
        expected.sort();
        assert_eq!(left, expected);
        // b.pdf came back from its backup; c.pdf, replaced before the kill, stayed new.
        assert_eq!(
            std::fs::read_to_string(dir.path().join("b.pdf")).unwrap(),
            format!(".b.pdf.fsn-{GONE}.bak")
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("c.pdf")).unwrap(),
            "c.pdf"
        );
    }
}
