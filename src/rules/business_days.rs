//! Business days (Monday to Friday) for the Meetup Pro decision window.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// When a Meetup Pro decision is expected, from the submission date.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
pub struct DecisionWindow {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
}

/// `date` plus `n` business days (Monday to Friday; no public holidays).
pub fn add_business_days(date: NaiveDate, n: u32) -> NaiveDate {
    let _ = (date, n);
    todo!("rules helper")
}

/// 7 and 10 business days after `submitted_on`.
pub fn expected_decision(submitted_on: NaiveDate) -> DecisionWindow {
    let _ = submitted_on;
    todo!("rules helper")
}
