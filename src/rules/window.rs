//! The Community Partner submission window: from the event date and the
//! applicant's local date, in calendar days and calendar months.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::thresholds::{WINDOW_ADVISED_DAYS, WINDOW_MAX_MONTHS, WINDOW_MIN_DAYS};

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
    /// The first day from which the event is at most 6 calendar months away
    /// (see [`opening_date`]).
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
    let days_until_event = event_date.signed_duration_since(today).num_days();
    let apply_from = opening_date(event_date);
    let apply_by = days_before(event_date, WINDOW_MIN_DAYS);
    let advised_by = days_before(event_date, WINDOW_ADVISED_DAYS);
    let first_time = first_application != Some(false);
    let outcome = if days_until_event <= 0 {
        WindowOutcome::EventPast
    } else if today < apply_from {
        WindowOutcome::TooEarly
    } else if days_until_event < WINDOW_MIN_DAYS {
        WindowOutcome::TooLate
    } else if first_time && days_until_event < WINDOW_ADVISED_DAYS {
        WindowOutcome::AdvisedLater
    } else {
        WindowOutcome::InWindow
    };
    SubmissionWindow {
        today,
        event_date,
        days_until_event,
        apply_from,
        apply_by,
        advised_by,
        outcome,
    }
}

/// The first date from which `event_date` is at most 6 calendar months away.
/// That is the event date − 6 months, except where the subtraction clamps at a
/// month end (30 August − 6 months would be 30 February): the clamped date + 6
/// months falls short of the event, so the window opens the day after it
/// (program-rules.md, "Community Partner", the window).
pub fn opening_date(event_date: NaiveDate) -> NaiveDate {
    // Near chrono's smallest date the subtraction has nowhere to go: the
    // earliest representable date keeps every comparison meaningful.
    let Some(back) = event_date.checked_sub_months(Months::new(WINDOW_MAX_MONTHS)) else {
        return NaiveDate::MIN;
    };
    if back.day() == event_date.day() {
        back
    } else {
        back.succ_opt().unwrap_or(back)
    }
}

/// `days` calendar days before `date`; the earliest date when there are none.
pub(super) fn days_before(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_sub_days(Days::new(days.unsigned_abs()))
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use WindowOutcome::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn plus(date: NaiveDate, days: u64) -> NaiveDate {
        date.checked_add_days(Days::new(days)).unwrap()
    }

    #[test]
    fn outcome_at_the_boundaries() {
        let today = d(2026, 11, 22);
        let cases = [
            (0, Some(false), EventPast),
            (0, Some(true), EventPast),
            (1, Some(false), TooLate),
            (41, Some(false), TooLate),
            (41, Some(true), TooLate),
            (42, Some(false), InWindow),
            (42, Some(true), AdvisedLater),
            (42, None, AdvisedLater),
            (55, Some(true), AdvisedLater),
            (55, None, AdvisedLater),
            (56, Some(true), InWindow),
            (56, None, InWindow),
            (150, Some(true), InWindow),
        ];
        for (days, first, expected) in cases {
            let w = submission_window(plus(today, days), today, first);
            assert_eq!(w.outcome, expected, "{days} days, first {first:?}");
            assert_eq!(w.days_until_event, i64::try_from(days).unwrap());
        }
        let yesterday = today.pred_opt().unwrap();
        assert_eq!(submission_window(yesterday, today, None).outcome, EventPast);
        assert_eq!(
            submission_window(yesterday, today, None).days_until_event,
            -1
        );
    }

    #[test]
    fn exactly_six_months_is_in_window_one_day_more_is_too_early() {
        let event = d(2027, 5, 22);
        let w = submission_window(event, d(2026, 11, 22), Some(true));
        assert_eq!(w.apply_from, d(2026, 11, 22));
        assert_eq!(w.outcome, InWindow);
        let w = submission_window(event, d(2026, 11, 21), Some(true));
        assert_eq!(w.outcome, TooEarly);
        assert_eq!(w.apply_from, d(2026, 11, 22));
    }

    #[test]
    fn dates_shown_to_the_applicant() {
        let w = submission_window(d(2028, 6, 7), d(2028, 3, 1), Some(true));
        assert_eq!(w.apply_from, d(2027, 12, 7));
        assert_eq!(w.apply_by, d(2028, 4, 26));
        assert_eq!(w.advised_by, d(2028, 4, 12));
        assert_eq!(w.today, d(2028, 3, 1));
        assert_eq!(w.event_date, d(2028, 6, 7));
    }

    #[test]
    fn the_window_opens_the_day_after_a_clamped_month_end() {
        let cases = [
            // 29 February exists in 2028: six months before 29 August is it.
            (d(2028, 8, 29), d(2028, 2, 29)),
            // 30 February does not: 29 February + 6 months is 29 August,
            // still too early, so the window opens on 1 March.
            (d(2028, 8, 30), d(2028, 3, 1)),
            (d(2028, 8, 31), d(2028, 3, 1)),
            (d(2028, 2, 29), d(2027, 8, 29)),
            (d(2027, 2, 28), d(2026, 8, 28)),
            (d(2026, 8, 31), d(2026, 3, 1)),
            (d(2027, 8, 29), d(2027, 3, 1)),
            (d(2026, 12, 31), d(2026, 7, 1)),
            (d(2027, 3, 31), d(2026, 10, 1)),
            (d(2026, 10, 31), d(2026, 5, 1)),
            (d(2027, 1, 15), d(2026, 7, 15)),
            (d(2027, 1, 31), d(2026, 7, 31)),
        ];
        for (event, apply_from) in cases {
            let w = submission_window(event, d(2020, 1, 1), None);
            assert_eq!(w.apply_from, apply_from, "event {event}");
        }
    }

    #[test]
    fn too_early_on_the_day_before_the_window_opens() {
        // Found by testing at month ends: on 29 February 2028 an event on
        // 30 August 2028 is more than 6 months away.
        let event = d(2028, 8, 30);
        let w = submission_window(event, d(2028, 2, 29), Some(false));
        assert_eq!(w.outcome, TooEarly);
        assert_eq!(w.apply_from, d(2028, 3, 1));
        let w = submission_window(event, d(2028, 3, 1), Some(false));
        assert_eq!(w.outcome, InWindow);
        // An event on 31 October is too early on 30 April, open on 1 May.
        let event = d(2027, 10, 31);
        assert_eq!(
            submission_window(event, d(2027, 4, 30), None).outcome,
            TooEarly
        );
        assert_eq!(
            submission_window(event, d(2027, 5, 1), None).outcome,
            InWindow
        );
    }

    #[test]
    fn event_on_29_february() {
        let event = d(2028, 2, 29);
        let w = submission_window(event, d(2028, 1, 18), Some(false));
        assert_eq!(w.apply_by, d(2028, 1, 18));
        assert_eq!(w.advised_by, d(2028, 1, 4));
        assert_eq!(w.outcome, InWindow);
        let w = submission_window(event, d(2028, 1, 19), Some(false));
        assert_eq!(w.outcome, TooLate);
        assert_eq!(submission_window(event, event, None).outcome, EventPast);
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        for (event, today) in [
            (NaiveDate::MIN, NaiveDate::MAX),
            (NaiveDate::MAX, NaiveDate::MIN),
            (NaiveDate::MIN, NaiveDate::MIN),
            (NaiveDate::MAX, NaiveDate::MAX),
        ] {
            let w = submission_window(event, today, None);
            assert!(w.apply_from <= w.event_date);
        }
        let w = submission_window(NaiveDate::MIN, NaiveDate::MIN, None);
        assert_eq!(w.apply_from, NaiveDate::MIN);
        assert_eq!(w.outcome, EventPast);
    }
}
