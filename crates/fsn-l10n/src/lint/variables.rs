//! The variables fsn provides to messages, as the lint knows them.

use std::collections::BTreeSet;

use fsn_core::compose::STANDARD_VARIABLES;
use fsn_core::l10n::Variables;

/// Variables only one message gets, on top of the standard ones (see `Composer::footer`).
const MESSAGE_VARIABLES: &[(&str, &[&str])] = &[
    ("page-label", &["page", "total"]),
    ("lot-serial-range", &["first", "last"]),
    ("deadline-by", &["date"]),
    ("form-reply-by", &["date"]),
];

/// The variables fsn provides to messages: the standard ones and `link-<key>` per issuer link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownVariables(BTreeSet<String>);

impl KnownVariables {
    /// The standard variables and `link-<key>` for each of these link keys.
    pub fn with_links<'a>(links: impl IntoIterator<Item = &'a str>) -> Self {
        let mut names: BTreeSet<String> =
            STANDARD_VARIABLES.iter().map(|&n| n.to_owned()).collect();
        names.extend(links.into_iter().map(|key| format!("link-{key}")));
        Self(names)
    }

    /// Whether the message `message` may use the variable `name`.
    pub(super) fn allows(&self, message: &str, name: &str) -> bool {
        self.0.contains(name)
            || MESSAGE_VARIABLES
                .iter()
                .any(|(id, extra)| *id == message && extra.contains(&name))
    }

    /// The names of the variables every message may use, sorted.
    pub(super) fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// What the message `message` is formatted with: each variable it may use, its own name
    /// as its value.
    pub(super) fn values(&self, message: &str) -> Variables {
        let mut values = Variables::default();
        for name in &self.0 {
            values.set(name.clone(), name.clone());
        }
        for (id, extra) in MESSAGE_VARIABLES {
            if *id == message {
                for name in *extra {
                    values.set(*name, *name);
                }
            }
        }
        values
    }
}
