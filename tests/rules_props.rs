//! Property tests over dates and percentages.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use proptest::prelude::*;
use psf_apply::rules::business_days::{add_business_days, expected_decision};
use psf_apply::rules::eligibility::{RuleId, Status};
use psf_apply::rules::meetup_pro::{self, MeetupProAnswers};
use psf_apply::rules::window::{submission_window, WindowOutcome};

/// Any date from 1900 to 2200: leap years, century rules and month ends included.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    (0u64..109_572).prop_map(move |days| first.checked_add_days(Days::new(days)).unwrap())
}

/// Today and an event at most ~8 months either side: where the outcomes change.
fn nearby_pair() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    (any_date(), -30i64..260).prop_map(|(today, offset)| {
        let event = if offset >= 0 {
            today.checked_add_days(Days::new(offset.unsigned_abs()))
        } else {
            today.checked_sub_days(Days::new(offset.unsigned_abs()))
        };
        (today, event.unwrap())
    })
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn outcome_agrees_with_the_day_count(
        (today, event) in nearby_pair(),
        first in proptest::option::of(any::<bool>()),
    ) {
        let w = submission_window(event, today, first);
        let days = (event - today).num_days();
        prop_assert_eq!(w.days_until_event, days);
        // program-rules.md: too early when the event is later than today + 6 months.
        let six_months_ahead = today.checked_add_months(Months::new(6)).unwrap();
        let expected = if days <= 0 {
            WindowOutcome::EventPast
        } else if event > six_months_ahead {
            WindowOutcome::TooEarly
        } else if days < 42 {
            WindowOutcome::TooLate
        } else if first != Some(false) && days < 56 {
            WindowOutcome::AdvisedLater
        } else {
            WindowOutcome::InWindow
        };
        prop_assert_eq!(w.outcome, expected);
        // In time exactly when apply_by has not passed.
        let in_time = matches!(w.outcome, WindowOutcome::InWindow | WindowOutcome::AdvisedLater);
        prop_assert_eq!(in_time, today >= w.apply_from && today <= w.apply_by);
        // Too early can only happen more than 181 days ahead, never within 6 × 31.
        if w.outcome == WindowOutcome::TooEarly {
            prop_assert!(days > 181);
        }
        if days > 186 {
            prop_assert_eq!(w.outcome, WindowOutcome::TooEarly);
        }
    }

    #[test]
    fn apply_from_is_the_first_day_the_event_is_six_months_away(event in any_date()) {
        let w = submission_window(event, event, None);
        assert_opens_on_the_first_day_in_reach(event, w.apply_from);
    }

    #[test]
    fn apply_by_and_advised_by_are_fixed_day_counts(event in any_date(), today in any_date()) {
        let w = submission_window(event, today, Some(true));
        prop_assert_eq!((event - w.apply_by).num_days(), 42);
        prop_assert_eq!((event - w.advised_by).num_days(), 56);
        prop_assert!(w.apply_from < w.advised_by);
    }

    #[test]
    fn business_days_never_land_on_a_weekend(start in any_date(), n in 1u32..60) {
        let end = add_business_days(start, n);
        prop_assert!(!is_weekend(end));
        prop_assert!(end > start);
        // Counting the weekdays after `start` up to `end` gives `n` back.
        let mut count = 0;
        let mut day = start;
        while day < end {
            day = day.succ_opt().unwrap();
            if !is_weekend(day) {
                count += 1;
            }
        }
        prop_assert_eq!(count, n);
        // Five business days are always one calendar week on a weekday.
        if !is_weekend(start) {
            prop_assert_eq!((add_business_days(start, 5) - start).num_days(), 7);
        }
    }

    #[test]
    fn decision_window_is_three_business_days_wide(submitted in any_date()) {
        let w = expected_decision(submitted);
        prop_assert!(!is_weekend(w.earliest) && !is_weekend(w.latest));
        prop_assert_eq!(add_business_days(w.earliest, 3), w.latest);
        let span = (w.earliest - submitted).num_days();
        prop_assert!((9..=11).contains(&span), "7 business days span 9 to 11 calendar days");
    }

    #[test]
    fn meetup_share_status_by_percentage(percent in 0u32..=100) {
        let answers = MeetupProAnswers {
            python_percent: Some(percent),
            ..MeetupProAnswers::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let status = meetup_pro::evaluate(&answers, today)
            .outcomes
            .into_iter()
            .find(|o| o.rule == RuleId::MpPythonShare)
            .unwrap()
            .status;
        prop_assert_eq!(status == Status::Pass, percent >= 70);
        prop_assert_eq!(status == Status::Warn, (51..=69).contains(&percent));
        prop_assert_eq!(status == Status::Fail, percent <= 50);
    }
}

/// The window's opening date is the first day from which the event is at
/// most 6 calendar months away: from it the event is in reach, from the day
/// before it the event is not.
fn assert_opens_on_the_first_day_in_reach(event: NaiveDate, apply_from: NaiveDate) {
    let six = Months::new(6);
    assert!(
        apply_from.checked_add_months(six).unwrap() >= event,
        "event {event}: opening date {apply_from} + 6 months is before the event"
    );
    let day_before = apply_from.pred_opt().unwrap();
    assert!(
        day_before.checked_add_months(six).unwrap() < event,
        "event {event}: the day before the opening date, {day_before}, is already in reach"
    );
}

/// Every event day of eight years, leap (2024, 2028) and not: month ends are
/// where clamping hides, so none is left to chance.
#[test]
fn every_event_day_of_several_years_opens_on_the_first_day_in_reach() {
    let mut event = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
    let mut checked = 0;
    while event < end {
        let w = submission_window(event, event, None);
        assert_opens_on_the_first_day_in_reach(event, w.apply_from);
        // The outcome follows it on both sides of the opening date.
        let before = w.apply_from.pred_opt().unwrap();
        assert_eq!(
            submission_window(event, before, Some(false)).outcome,
            WindowOutcome::TooEarly,
            "event {event}, today {before}"
        );
        assert_ne!(
            submission_window(event, w.apply_from, Some(false)).outcome,
            WindowOutcome::TooEarly,
            "event {event}, today {}",
            w.apply_from
        );
        event = event.succ_opt().unwrap();
        checked += 1;
    }
    assert_eq!(checked, 2922);
}
