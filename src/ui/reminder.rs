//! Which dates a person must act on get a calendar reminder: a leaf that
//! the words and the components both read. The dates come from the rules;
//! this only picks those still ahead and worth a reminder.

use chrono::NaiveDate;

use crate::rules::grant::{GrantWindow, GrantWindowOutcome};
use crate::rules::window::{SubmissionWindow, WindowOutcome};

/// What a reminder is for; its code is part of the event's UID and file name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Purpose {
    /// The Community Partner window opens (the person is early).
    WindowOpens,
    /// The last day that is in time.
    ApplyBy,
    /// The earlier date the PSF advises (first-timers' 8 weeks, Grants' 3 months).
    AdvisedBy,
    /// The latest date a decision is expected (Meetup Pro).
    DecisionBy,
}

impl Purpose {
    pub fn code(self) -> &'static str {
        match self {
            Purpose::WindowOpens => "window-opens",
            Purpose::ApplyBy => "apply-by",
            Purpose::AdvisedBy => "advised-by",
            Purpose::DecisionBy => "decision-by",
        }
    }
}

/// The Community Partner window's dates to act on, soonest first: when
/// early, the opening date; when in time, the advised date (first-timers,
/// while it is ahead) and the last day.
pub fn window_dates(
    w: &SubmissionWindow,
    first_application: Option<bool>,
) -> Vec<(Purpose, NaiveDate)> {
    match w.outcome {
        WindowOutcome::EventPast | WindowOutcome::TooLate => Vec::new(),
        WindowOutcome::TooEarly => vec![(Purpose::WindowOpens, w.apply_from)],
        WindowOutcome::AdvisedLater | WindowOutcome::InWindow => {
            let mut dates = Vec::new();
            if first_application != Some(false) && w.advised_by > w.today {
                dates.push((Purpose::AdvisedBy, w.advised_by));
            }
            dates.push((Purpose::ApplyBy, w.apply_by));
            dates
        }
    }
}

/// The Grants window's dates to act on: "advised by" while it is ahead,
/// and the last day while the request is in time.
pub fn grant_dates(w: &GrantWindow) -> Vec<(Purpose, NaiveDate)> {
    match w.outcome {
        GrantWindowOutcome::Started | GrantWindowOutcome::TooLate => Vec::new(),
        _ => {
            let mut dates = Vec::new();
            if w.advised_by > w.today {
                dates.push((Purpose::AdvisedBy, w.advised_by));
            }
            dates.push((Purpose::ApplyBy, w.apply_by));
            dates
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::grant::window;
    use crate::rules::window::submission_window;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn community_partner_dates_follow_the_window() {
        let today = day(2027, 1, 10);
        let cases = [
            // Event in 8 months: early, the opening date only.
            (
                day(2027, 9, 10),
                Some(true),
                vec![(Purpose::WindowOpens, day(2027, 3, 10))],
            ),
            // In time, first time, 8 weeks still ahead: both dates.
            (
                day(2027, 4, 10),
                Some(true),
                vec![
                    (Purpose::AdvisedBy, day(2027, 2, 13)),
                    (Purpose::ApplyBy, day(2027, 2, 27)),
                ],
            ),
            // Not the first time: the last day only.
            (
                day(2027, 4, 10),
                Some(false),
                vec![(Purpose::ApplyBy, day(2027, 2, 27))],
            ),
            // First time, but the 8 weeks have passed: the last day only.
            (
                day(2027, 3, 1),
                None,
                vec![(Purpose::ApplyBy, day(2027, 1, 18))],
            ),
            // Too late and past: nothing to act on.
            (day(2027, 2, 1), Some(true), vec![]),
            (day(2027, 1, 10), Some(true), vec![]),
        ];
        for (event, first, expected) in cases {
            let w = submission_window(event, today, first);
            assert_eq!(window_dates(&w, first), expected, "event {event}");
        }
    }

    #[test]
    fn grant_dates_follow_the_window() {
        let today = day(2027, 1, 10);
        let w = window(day(2027, 6, 1), today, Some(500));
        assert_eq!(
            grant_dates(&w),
            vec![
                (Purpose::AdvisedBy, w.advised_by),
                (Purpose::ApplyBy, day(2027, 4, 20))
            ]
        );
        let close = window(day(2027, 3, 1), today, Some(500));
        assert_eq!(
            grant_dates(&close),
            vec![(Purpose::ApplyBy, day(2027, 1, 18))]
        );
        assert_eq!(grant_dates(&window(day(2027, 2, 1), today, None)), vec![]);
    }
}
