//! The questions of both applications as one closed set, so that labels,
//! messages, input ids and steps are all exhaustive `match`es over it: a new
//! question cannot be added without its words and its place.

use serde::{Deserialize, Serialize};

use crate::rules::community_partner::EventType;
use crate::rules::thresholds::{
    ATTENDEES_MAX, ATTENDEES_MIN, EVENTS_MAX, EVENTS_MIN, MAX_DESCRIPTION_CHARS, MAX_EMAIL_CHARS,
    MAX_EVENT_TYPE_OTHER_CHARS, MAX_GROUP_NAME_CHARS, MAX_NAME_CHARS, MAX_PLACE_CHARS,
    MAX_ROLE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS, PERCENT_MAX, PERCENT_MIN,
};

/// The two programs a person can apply to.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Program {
    CommunityPartner,
    MeetupPro,
}

impl Program {
    pub const ALL: [Program; 2] = [Program::CommunityPartner, Program::MeetupPro];

    /// The URL and storage-key segment.
    pub fn slug(self) -> &'static str {
        match self {
            Program::CommunityPartner => "community-partner",
            Program::MeetupPro => "meetup-pro",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Program> {
        Program::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// Every question of both applications.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Field {
    CpFirstName,
    CpLastName,
    CpEmail,
    CpEventType,
    CpEventTypeOther,
    CpTitle,
    CpDescription,
    CpEventDate,
    CpFirstApplication,
    CpWebsite,
    CpCodeOfConductUrl,
    CpCocHasReporting,
    CpCity,
    CpCountry,
    CpExpectedAttendees,
    CpPythonPercent,
    CpAcknowledgements,
    MpFullName,
    MpEmail,
    MpRole,
    MpGroupName,
    MpMeetupUrl,
    MpCity,
    MpCountry,
    MpCodeOfConductUrl,
    MpCocInAbout,
    MpEventsHeld,
    MpEventsPlanned,
    MpPythonPercent,
}

/// What kind of control a question uses; decides how its error target is found.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Control {
    Text,
    LongText,
    WholeNumber,
    Date,
    Radios,
    Checkboxes,
}

/// The questions of each step, in page order (which is also the order of the
/// error summary, as GOV.UK asks).
pub const CP_APPLICANT: [Field; 3] = [Field::CpFirstName, Field::CpLastName, Field::CpEmail];
pub const CP_EVENT: [Field; 13] = [
    Field::CpEventType,
    Field::CpEventTypeOther,
    Field::CpTitle,
    Field::CpDescription,
    Field::CpPythonPercent,
    Field::CpFirstApplication,
    Field::CpEventDate,
    Field::CpWebsite,
    Field::CpCodeOfConductUrl,
    Field::CpCocHasReporting,
    Field::CpCity,
    Field::CpCountry,
    Field::CpExpectedAttendees,
];
/// The eligibility questions of the Community Partner preview (no personal data).
pub const CP_PREVIEW: [Field; 7] = [
    Field::CpEventType,
    Field::CpPythonPercent,
    Field::CpFirstApplication,
    Field::CpEventDate,
    Field::CpWebsite,
    Field::CpCodeOfConductUrl,
    Field::CpCocHasReporting,
];
pub const MP_APPLICANT: [Field; 3] = [Field::MpFullName, Field::MpEmail, Field::MpRole];
pub const MP_GROUP: [Field; 9] = [
    Field::MpGroupName,
    Field::MpMeetupUrl,
    Field::MpCity,
    Field::MpCountry,
    Field::MpCodeOfConductUrl,
    Field::MpCocInAbout,
    Field::MpEventsHeld,
    Field::MpEventsPlanned,
    Field::MpPythonPercent,
];
/// The eligibility questions of the Meetup Pro preview.
pub const MP_PREVIEW: [Field; 6] = [
    Field::MpMeetupUrl,
    Field::MpCodeOfConductUrl,
    Field::MpCocInAbout,
    Field::MpEventsHeld,
    Field::MpEventsPlanned,
    Field::MpPythonPercent,
];

impl Field {
    pub fn program(self) -> Program {
        match self {
            Field::CpFirstName
            | Field::CpLastName
            | Field::CpEmail
            | Field::CpEventType
            | Field::CpEventTypeOther
            | Field::CpTitle
            | Field::CpDescription
            | Field::CpEventDate
            | Field::CpFirstApplication
            | Field::CpWebsite
            | Field::CpCodeOfConductUrl
            | Field::CpCocHasReporting
            | Field::CpCity
            | Field::CpCountry
            | Field::CpExpectedAttendees
            | Field::CpPythonPercent
            | Field::CpAcknowledgements => Program::CommunityPartner,
            Field::MpFullName
            | Field::MpEmail
            | Field::MpRole
            | Field::MpGroupName
            | Field::MpMeetupUrl
            | Field::MpCity
            | Field::MpCountry
            | Field::MpCodeOfConductUrl
            | Field::MpCocInAbout
            | Field::MpEventsHeld
            | Field::MpEventsPlanned
            | Field::MpPythonPercent => Program::MeetupPro,
        }
    }

    /// The answer's JSON name: the key of `rules::form::FieldError::field`
    /// and of the payload's `answers` object.
    pub fn json_name(self) -> &'static str {
        match self {
            Field::CpFirstName => "first_name",
            Field::CpLastName => "last_name",
            Field::CpEmail | Field::MpEmail => "email",
            Field::CpEventType => "event_type",
            Field::CpEventTypeOther => "event_type_other",
            Field::CpTitle => "title",
            Field::CpDescription => "description",
            Field::CpEventDate => "event_date",
            Field::CpFirstApplication => "first_application",
            Field::CpWebsite => "website",
            Field::CpCodeOfConductUrl | Field::MpCodeOfConductUrl => "code_of_conduct_url",
            Field::CpCocHasReporting => "coc_has_reporting",
            Field::CpCity | Field::MpCity => "city",
            Field::CpCountry | Field::MpCountry => "country",
            Field::CpExpectedAttendees => "expected_attendees",
            Field::CpPythonPercent | Field::MpPythonPercent => "python_percent",
            Field::CpAcknowledgements => "acknowledged",
            Field::MpFullName => "full_name",
            Field::MpRole => "role",
            Field::MpGroupName => "group_name",
            Field::MpMeetupUrl => "meetup_url",
            Field::MpCocInAbout => "coc_in_about",
            Field::MpEventsHeld => "events_last_12_months",
            Field::MpEventsPlanned => "events_next_12_months",
        }
    }

    /// The field behind an answer's JSON name in one program, e.g. to place a
    /// backend's `/answers/email` problem next to the right question.
    pub fn from_json_name(program: Program, name: &str) -> Option<Field> {
        ALL_FIELDS
            .into_iter()
            .find(|f| f.program() == program && f.json_name() == name)
    }

    pub fn control(self) -> Control {
        match self {
            Field::CpFirstName
            | Field::CpLastName
            | Field::CpEmail
            | Field::CpEventTypeOther
            | Field::CpTitle
            | Field::CpWebsite
            | Field::CpCodeOfConductUrl
            | Field::CpCity
            | Field::CpCountry
            | Field::MpFullName
            | Field::MpEmail
            | Field::MpRole
            | Field::MpGroupName
            | Field::MpMeetupUrl
            | Field::MpCity
            | Field::MpCountry
            | Field::MpCodeOfConductUrl => Control::Text,
            Field::CpDescription => Control::LongText,
            Field::CpExpectedAttendees
            | Field::CpPythonPercent
            | Field::MpEventsHeld
            | Field::MpEventsPlanned
            | Field::MpPythonPercent => Control::WholeNumber,
            Field::CpEventDate => Control::Date,
            Field::CpEventType
            | Field::CpFirstApplication
            | Field::CpCocHasReporting
            | Field::MpCocInAbout => Control::Radios,
            Field::CpAcknowledgements => Control::Checkboxes,
        }
    }

    /// The id of the question's (first) input. Radios give it to their first
    /// option and dates to their container, as GOV.UK does.
    pub fn input_id(self) -> String {
        let program = match self.program() {
            Program::CommunityPartner => "cp",
            Program::MeetupPro => "mp",
        };
        super::embed::dom_id(&format!(
            "psf-{program}-{}",
            self.json_name().replace('_', "-")
        ))
    }

    /// Where an error summary link for this question leads.
    pub fn error_target_id(self) -> String {
        match self.control() {
            Control::Date => format!("{}-day", self.input_id()),
            Control::Text
            | Control::LongText
            | Control::WholeNumber
            | Control::Radios
            | Control::Checkboxes => self.input_id(),
        }
    }

    /// The character limit the rules apply (`too_long`), for the message.
    pub fn max_chars(self) -> Option<usize> {
        match self {
            Field::CpFirstName | Field::CpLastName | Field::MpFullName => Some(MAX_NAME_CHARS),
            Field::CpEmail | Field::MpEmail => Some(MAX_EMAIL_CHARS),
            Field::CpEventTypeOther => Some(MAX_EVENT_TYPE_OTHER_CHARS),
            Field::CpTitle => Some(MAX_TITLE_CHARS),
            Field::CpDescription => Some(MAX_DESCRIPTION_CHARS),
            Field::CpWebsite
            | Field::CpCodeOfConductUrl
            | Field::MpMeetupUrl
            | Field::MpCodeOfConductUrl => Some(MAX_URL_CHARS),
            Field::CpCity | Field::CpCountry | Field::MpCity | Field::MpCountry => {
                Some(MAX_PLACE_CHARS)
            }
            Field::MpRole => Some(MAX_ROLE_CHARS),
            Field::MpGroupName => Some(MAX_GROUP_NAME_CHARS),
            Field::CpEventType
            | Field::CpEventDate
            | Field::CpFirstApplication
            | Field::CpCocHasReporting
            | Field::CpExpectedAttendees
            | Field::CpPythonPercent
            | Field::CpAcknowledgements
            | Field::MpCocInAbout
            | Field::MpEventsHeld
            | Field::MpEventsPlanned
            | Field::MpPythonPercent => None,
        }
    }

    /// The range the rules apply (`range`), for the message.
    pub fn range(self) -> Option<(u32, u32)> {
        match self {
            Field::CpExpectedAttendees => Some((ATTENDEES_MIN, ATTENDEES_MAX)),
            Field::CpPythonPercent | Field::MpPythonPercent => Some((PERCENT_MIN, PERCENT_MAX)),
            Field::MpEventsHeld | Field::MpEventsPlanned => Some((EVENTS_MIN, EVENTS_MAX)),
            _ => None,
        }
    }
}

pub const ALL_FIELDS: [Field; 29] = [
    Field::CpFirstName,
    Field::CpLastName,
    Field::CpEmail,
    Field::CpEventType,
    Field::CpEventTypeOther,
    Field::CpTitle,
    Field::CpDescription,
    Field::CpEventDate,
    Field::CpFirstApplication,
    Field::CpWebsite,
    Field::CpCodeOfConductUrl,
    Field::CpCocHasReporting,
    Field::CpCity,
    Field::CpCountry,
    Field::CpExpectedAttendees,
    Field::CpPythonPercent,
    Field::CpAcknowledgements,
    Field::MpFullName,
    Field::MpEmail,
    Field::MpRole,
    Field::MpGroupName,
    Field::MpMeetupUrl,
    Field::MpCity,
    Field::MpCountry,
    Field::MpCodeOfConductUrl,
    Field::MpCocInAbout,
    Field::MpEventsHeld,
    Field::MpEventsPlanned,
    Field::MpPythonPercent,
];

/// The stable code of an event type (its serde name), used as a radio value.
pub fn event_type_code(t: EventType) -> &'static str {
    match t {
        EventType::PyconConference => "pycon_conference",
        EventType::OtherConference => "other_conference",
        EventType::Meetup => "meetup",
        EventType::UserGroup => "user_group",
        EventType::PyladiesChapter => "pyladies_chapter",
        EventType::Workshop => "workshop",
        EventType::SprintOrHackathon => "sprint_or_hackathon",
        EventType::OnlineInitiative => "online_initiative",
        EventType::Other => "other",
    }
}

pub fn event_type_from_code(code: &str) -> Option<EventType> {
    EventType::ALL
        .into_iter()
        .find(|t| event_type_code(*t) == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_ids_are_unique() {
        let mut ids: Vec<String> = ALL_FIELDS.iter().map(|f| f.input_id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ALL_FIELDS.len());
    }

    #[test]
    fn json_names_round_trip() {
        for f in ALL_FIELDS {
            assert_eq!(Field::from_json_name(f.program(), f.json_name()), Some(f));
        }
    }

    #[test]
    fn event_type_codes_match_serde() {
        for t in EventType::ALL {
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", event_type_code(t)));
            assert_eq!(event_type_from_code(event_type_code(t)), Some(t));
        }
    }
}
