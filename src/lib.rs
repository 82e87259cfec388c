//! psf-apply: the PSF Community Partner and Meetup Pro Network applications.
//!
//! [`rules`] is plain Rust (no browser dependency). The browser app lives in
//! [`ui`], behind the default `ui` feature.

pub mod rules;

#[cfg(feature = "ui")]
pub mod ui;
