//! The Meetup Pro Network application: its answers, field validation and rule table.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::eligibility::{Evaluation, Rule};

/// Everything a Meetup Pro applicant answers.
#[derive(Serialize, Deserialize, Validate, Clone, PartialEq, Eq, Debug, Default)]
pub struct MeetupProAnswers {
    pub full_name: String,
    pub email: String,
    /// Role in the group, e.g. "Organizer", "Co-organizer".
    pub role: String,
    pub group_name: String,
    pub meetup_url: String,
    pub city: String,
    pub country: String,
    pub code_of_conduct_url: String,
    /// Is the Code of Conduct included or linked in the Meetup "About" section?
    pub coc_in_about: Option<bool>,
    pub events_last_12_months: Option<u32>,
    pub events_next_12_months: Option<u32>,
    pub python_percent: Option<u32>,
}

/// The rule table, in the order the eligibility panel lists it.
pub fn rules() -> &'static [Rule<MeetupProAnswers>] {
    todo!("rules helper")
}

/// All outcomes and the verdict.
pub fn evaluate(answers: &MeetupProAnswers, today: NaiveDate) -> Evaluation {
    super::eligibility::evaluate_table(rules(), answers, today)
}
