//! Business days (Monday to Friday) for the Meetup Pro decision window.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::thresholds::{DECISION_EARLIEST_BUSINESS_DAYS, DECISION_LATEST_BUSINESS_DAYS};

/// When a Meetup Pro decision is expected, from the submission date.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
pub struct DecisionWindow {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
}

/// `date` plus `n` business days (Monday to Friday; no public holidays).
///
/// A weekend start counts from the following Monday: Saturday + 1 is Monday.
/// At the end of chrono's calendar the last reachable date is returned.
pub fn add_business_days(date: NaiveDate, n: u32) -> NaiveDate {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        let Some(next) = day.succ_opt() else {
            return day;
        };
        day = next;
        if is_business_day(day) {
            left -= 1;
        }
    }
    day
}

/// Monday to Friday; the PSF's holidays are not published as data.
pub fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// 7 and 10 business days after `submitted_on`.
pub fn expected_decision(submitted_on: NaiveDate) -> DecisionWindow {
    DecisionWindow {
        earliest: add_business_days(submitted_on, DECISION_EARLIEST_BUSINESS_DAYS),
        latest: add_business_days(submitted_on, DECISION_LATEST_BUSINESS_DAYS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn adds_monday_to_friday_only() {
        // 2026-11-16 is a Monday.
        let cases = [
            (d(2026, 11, 16), 0, d(2026, 11, 16)),
            (d(2026, 11, 16), 1, d(2026, 11, 17)),
            (d(2026, 11, 16), 4, d(2026, 11, 20)),
            (d(2026, 11, 16), 5, d(2026, 11, 23)),
            (d(2026, 11, 20), 1, d(2026, 11, 23)), // Friday → Monday
            (d(2026, 11, 21), 1, d(2026, 11, 23)), // Saturday → Monday
            (d(2026, 11, 22), 1, d(2026, 11, 23)), // Sunday → Monday
            (d(2026, 11, 22), 0, d(2026, 11, 22)),
            (d(2026, 12, 31), 1, d(2027, 1, 1)),
            (d(2028, 2, 28), 1, d(2028, 2, 29)),
        ];
        for (from, n, expected) in cases {
            assert_eq!(add_business_days(from, n), expected, "{from} + {n}");
        }
    }

    #[test]
    fn decision_is_seven_to_ten_business_days() {
        let cases = [
            // Monday: 7 → Wednesday next week, 10 → Monday two weeks on.
            (d(2026, 11, 16), d(2026, 11, 25), d(2026, 11, 30)),
            // Friday
            (d(2026, 11, 20), d(2026, 12, 1), d(2026, 12, 4)),
            // Sunday
            (d(2026, 11, 22), d(2026, 12, 1), d(2026, 12, 4)),
            // Wednesday
            (d(2026, 11, 18), d(2026, 11, 27), d(2026, 12, 2)),
        ];
        for (submitted, earliest, latest) in cases {
            assert_eq!(
                expected_decision(submitted),
                DecisionWindow { earliest, latest },
                "{submitted}"
            );
        }
    }

    #[test]
    fn end_of_calendar_does_not_panic() {
        assert!(add_business_days(NaiveDate::MAX, 10) <= NaiveDate::MAX);
    }
}
