//! The Community Partner application: its answers, field validation and rule table.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use validator::Validate;

use super::acknowledgements::AckId;
use super::eligibility::{Evaluation, Rule};

/// Type of event or initiative, as the PSF's form offers them.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    PyconConference,
    OtherConference,
    Meetup,
    UserGroup,
    PyladiesChapter,
    Workshop,
    SprintOrHackathon,
    OnlineInitiative,
    Other,
}

impl EventType {
    pub const ALL: [EventType; 9] = [
        EventType::PyconConference,
        EventType::OtherConference,
        EventType::Meetup,
        EventType::UserGroup,
        EventType::PyladiesChapter,
        EventType::Workshop,
        EventType::SprintOrHackathon,
        EventType::OnlineInitiative,
        EventType::Other,
    ];

    /// Groups that run several events a year apply once for the group.
    pub fn is_multi_event_group(self) -> bool {
        matches!(
            self,
            EventType::Meetup | EventType::UserGroup | EventType::PyladiesChapter
        )
    }
}

/// Everything a Community Partner applicant answers. Field names are the
/// payload's JSON names and the keys of field errors.
#[derive(Serialize, Deserialize, Validate, Clone, PartialEq, Eq, Debug, Default)]
pub struct CommunityPartnerAnswers {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub event_type: Option<EventType>,
    /// Only when `event_type` is `Other`.
    #[serde(default)]
    pub event_type_other: String,
    pub title: String,
    pub description: String,
    pub event_date: Option<NaiveDate>,
    /// Is this the applicant's first Community Partner application?
    pub first_application: Option<bool>,
    pub website: String,
    pub code_of_conduct_url: String,
    /// Does the Code of Conduct say how to report and who responds?
    pub coc_has_reporting: Option<bool>,
    pub city: String,
    pub country: String,
    pub expected_attendees: Option<u32>,
    pub python_percent: Option<u32>,
    #[serde(default)]
    pub acknowledged: BTreeSet<AckId>,
}

/// The rule table, in the order the eligibility panel lists it.
pub fn rules() -> &'static [Rule<CommunityPartnerAnswers>] {
    todo!("rules helper")
}

/// All outcomes and the verdict.
pub fn evaluate(answers: &CommunityPartnerAnswers, today: NaiveDate) -> Evaluation {
    super::eligibility::evaluate_table(rules(), answers, today)
}
