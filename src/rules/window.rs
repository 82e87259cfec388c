//! The Community Partner submission window: from the event date and the
//! applicant's local date, in calendar days and calendar months.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum WindowOutcome {
    /// The event date is today or earlier.
    EventPast,
    /// More than 6 calendar months away: the window opens on `apply_from`.
    TooEarly,
    /// Fewer than 42 days away: `apply_by` has passed.
    TooLate,
    /// First-time applicant, in time, but later than the 8 weeks the PSF advises.
    AdvisedLater,
    InWindow,
}

/// The figures behind the window, all shown to the applicant.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
pub struct SubmissionWindow {
    pub today: NaiveDate,
    pub event_date: NaiveDate,
    pub days_until_event: i64,
    /// Event date − 6 calendar months, clamped at month end.
    pub apply_from: NaiveDate,
    /// Event date − 42 days: the last day that is in time.
    pub apply_by: NaiveDate,
    /// Event date − 56 days: what first-time applicants are advised.
    pub advised_by: NaiveDate,
    pub outcome: WindowOutcome,
}

/// Works out the window. `first_application`: `None` (not answered) is treated
/// as a first application, so the advice is shown rather than hidden.
pub fn submission_window(
    event_date: NaiveDate,
    today: NaiveDate,
    first_application: Option<bool>,
) -> SubmissionWindow {
    let _ = (event_date, today, first_application);
    todo!("rules helper")
}
