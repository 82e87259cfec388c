//! The only place the app reads the clock. Everything below the UI edge takes
//! `today` as an argument, so that rules and components stay testable with any
//! date.

use chrono::{DateTime, FixedOffset, NaiveDate};

/// The applicant's local calendar date: submission windows are in their own
/// time zone, without a time of day.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Now, with the applicant's UTC offset, for the payload's `submitted_at`.
pub fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}
