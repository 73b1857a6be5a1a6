//! The translators' workflow of fsn, on top of `fsn-core`: the locale lint and its content
//! checks against the source ([`lint`]), review recorded against a source per message
//! ([`review`]), and XLIFF 2.0 exchange with CAT tools ([`xliff`]).

pub mod lint;
pub mod review;
pub mod xliff;
