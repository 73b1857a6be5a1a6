//! The repository on disk, and the only code of fsn-core that touches the file system: the
//! gate every read goes through ([`gate`]), the Fluent cache and layering ([`catalog`]),
//! pictures and profiles, and [`Repository::load`], the pipeline in order.
//!
//! ```text
//! locales/<lang>/*.ftl                 shared boilerplate
//! issuers/<key>/issuer.toml            company data, signatories, contacts
//! issuers/<key>/locales/<lang>.ftl     the issuer's own wording (legal line, job titles)
//! notices/<id>/notice.toml             one notice, authored once
//! notices/<id>/locales/<lang>.ftl      its prose in each language
//! profiles/<name>.toml                 regulatory profiles and language tables
//! ```

mod catalog;
mod gate;
mod images;
mod layout;
mod load;
mod profiles;
mod repository;

pub use self::gate::{
    MAX_FILE_SIZE, is_plain_dir, is_plain_file, read_bounded, read_text, special_kind,
};
pub use self::repository::Repository;
