//! The PSF program rules: the application models, field validation, eligibility,
//! submission windows, acknowledgements and the submission payload.
//!
//! Plain Rust with no browser dependency, so the app, the bundled receiver and
//! any Rust backend run the very same checks. Nothing here reads a clock: every
//! function that depends on the date takes the applicant's local `today`.
//!
//! The words a person reads are not here: outcomes and errors carry codes, and
//! the UI layer turns them into sentences.

pub mod acknowledgements;
pub mod business_days;
pub mod calendar;
pub mod checks;
pub mod community_partner;
pub mod eligibility;
pub mod form;
pub mod grant;
pub mod lower_case;
pub mod meetup_pro;
pub mod payload;
pub mod program;
pub mod reshare;
pub mod thresholds;
pub mod window;
