//! Profiles and language tables read from `profiles/`, for the rules of [`crate::profile`].

use std::path::PathBuf;

use super::repository::Repository;
use crate::base::diagnostic::{Diagnostic, Diagnostics};
use crate::base::names::is_plain_name;
use crate::model::parse::parse_toml;
use crate::profile::{LanguageTable, Profile, ProfileSource, RawProfile};

impl Repository {
    /// The names of the profiles under `profiles/`, sorted (language tables left out).
    pub fn profile_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .list_dir(&self.root.join("profiles"))
            .into_iter()
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
            .filter(|name| !name.ends_with("-languages"))
            .collect();
        names.sort();
        names
    }

    fn profile_path(&self, name: &str) -> PathBuf {
        self.root.join("profiles").join(format!("{name}.toml"))
    }
}

impl ProfileSource for Repository {
    fn profile(&self, name: &str) -> Result<Profile, Diagnostics> {
        let path = self.profile_path(name);
        if !is_plain_name(name) || !path.is_file() {
            return Err(Diagnostic::error(
                "fsn::profile::unknown_profile",
                format!(
                    "there is no profile `{name}` ({} is missing)",
                    path.display()
                ),
            )
            .with_help(format!(
                "available profiles: {}; a profile of your own is a new file under profiles/",
                self.profile_names().join(", ")
            ))
            .into());
        }
        let file = self.read(&path)?;
        let raw: RawProfile = parse_toml(&file)?;
        Profile::checked(name, file, raw)
    }

    fn language_table(&self, name: &str) -> Result<LanguageTable, Diagnostic> {
        let path = self.profile_path(name);
        if !is_plain_name(name) || !path.is_file() {
            return Err(Diagnostic::error(
                "fsn::profile::unknown_table",
                format!(
                    "there is no language table `{name}` ({} is missing)",
                    path.display()
                ),
            )
            .with_help("name a table under profiles/, e.g. language-coverage = \"eu-languages\""));
        }
        let file = self.read(&path)?;
        let table: LanguageTable =
            parse_toml(&file).map_err(|mut problems| problems.0.remove(0))?;
        LanguageTable::checked(name, &file, table)
    }
}
