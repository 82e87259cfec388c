//! The Meetup Pro Network application: its answers, field validation and rule table.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::checks::{host_is_on, parse_web_address};
use super::eligibility::{Evaluation, Reason, Rule, RuleId, Status};
use super::form::validate;
use super::thresholds::{
    EVENTS_MAX, EVENTS_MIN, MP_MIN_EVENTS_PER_YEAR, MP_PYTHON_SHARE_GUIDANCE,
    MP_PYTHON_SHARE_MAJORITY, PERCENT_MAX, PERCENT_MIN,
};

/// Everything a Meetup Pro applicant answers.
#[derive(Serialize, Deserialize, Validate, Clone, PartialEq, Eq, Debug, Default)]
pub struct MeetupProAnswers {
    #[validate(custom(function = validate::person_name))]
    pub full_name: String,
    #[validate(custom(function = validate::email))]
    pub email: String,
    /// Role in the group, e.g. "Organizer", "Co-organizer".
    #[validate(custom(function = validate::role))]
    pub role: String,
    #[validate(custom(function = validate::group_name))]
    pub group_name: String,
    /// Only its shape is a field error; whether it is a Meetup group is `mp.meetup_url`.
    #[validate(custom(function = validate::web_address))]
    pub meetup_url: String,
    #[validate(custom(function = validate::place))]
    pub city: String,
    #[validate(custom(function = validate::place))]
    pub country: String,
    #[validate(custom(function = validate::web_address))]
    pub code_of_conduct_url: String,
    /// Is the Code of Conduct included or linked in the Meetup "About" section?
    #[validate(required)]
    pub coc_in_about: Option<bool>,
    #[validate(required, range(min = EVENTS_MIN, max = EVENTS_MAX))]
    pub events_last_12_months: Option<u32>,
    #[validate(required, range(min = EVENTS_MIN, max = EVENTS_MAX))]
    pub events_next_12_months: Option<u32>,
    #[validate(required, range(min = PERCENT_MIN, max = PERCENT_MAX))]
    pub python_percent: Option<u32>,
}

/// The rule table, in the order the eligibility panel lists it.
pub fn rules() -> &'static [Rule<MeetupProAnswers>] {
    RULES
}

static RULES: &[Rule<MeetupProAnswers>] = &[
    Rule {
        id: RuleId::MpMeetupUrl,
        check: meetup_url,
    },
    Rule {
        id: RuleId::MpPythonShare,
        check: python_share,
    },
    Rule {
        id: RuleId::MpCodeOfConduct,
        check: code_of_conduct,
    },
    Rule {
        id: RuleId::MpEventsPerYear,
        check: events_per_year,
    },
];

/// First path segments of meetup.com that are Meetup's own pages, not groups.
const MEETUP_RESERVED_PATHS: &[&str] = &[
    "pro",
    "find",
    "topics",
    "cities",
    "login",
    "register",
    "signup",
    "logout",
    "members",
    "account",
    "apps",
    "about",
    "help",
    "lp",
    "blog",
    "media",
    "create",
    "start",
    "home",
    "messages",
    "notifications",
    "events",
    "event",
    "payments",
    "privacy",
    "terms",
    "cookie-policy",
    "meetup-pro",
    "your-events",
    "search",
    "api",
    "online-events",
];

/// The group's slug when `text` is a Meetup group page (`meetup.com/<group>`,
/// optionally `www.`, a locale prefix like `/de-DE/`, or a deeper page such
/// as `/<group>/events/123`).
pub fn meetup_group_slug(text: &str) -> Option<String> {
    let address = parse_web_address(text).ok()?;
    if !host_is_on(&address.host, "meetup.com") {
        return None;
    }
    let mut segments = address.path.split('/').filter(|s| !s.is_empty());
    let mut first = segments.next()?;
    if is_locale(first) {
        first = segments.next()?;
    }
    let reserved = MEETUP_RESERVED_PATHS
        .iter()
        .any(|r| r.eq_ignore_ascii_case(first));
    let slug_like = first
        .chars()
        .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    (!reserved && slug_like).then(|| first.to_string())
}

/// Meetup serves translated pages under `/ll-CC/`.
fn is_locale(segment: &str) -> bool {
    let b = segment.as_bytes();
    b.len() == 5
        && b[2] == b'-'
        && b[..2].iter().all(u8::is_ascii_lowercase)
        && b[3..].iter().all(u8::is_ascii_uppercase)
}

fn meetup_url(a: &MeetupProAnswers, _today: NaiveDate) -> (Status, Reason) {
    if a.meetup_url.trim().is_empty() {
        return (Status::Unknown, Reason::NotAnswered);
    }
    match meetup_group_slug(&a.meetup_url) {
        Some(group) => (Status::Pass, Reason::MeetupGroup { group }),
        None => (Status::Fail, Reason::NotMeetupGroup),
    }
}

fn python_share(a: &MeetupProAnswers, _today: NaiveDate) -> (Status, Reason) {
    let Some(percent) = a.python_percent else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    let guidance = MP_PYTHON_SHARE_GUIDANCE;
    if percent >= guidance {
        (
            Status::Pass,
            Reason::PythonShareMeetsGuidance { percent, guidance },
        )
    } else if percent > MP_PYTHON_SHARE_MAJORITY {
        (
            Status::Warn,
            Reason::PythonShareBelowGuidance { percent, guidance },
        )
    } else {
        (
            Status::Fail,
            Reason::PythonShareNotMajority {
                percent,
                threshold: MP_PYTHON_SHARE_MAJORITY,
            },
        )
    }
}

fn code_of_conduct(a: &MeetupProAnswers, _today: NaiveDate) -> (Status, Reason) {
    // "No" is an answer on its own: the link cannot repair it.
    if a.coc_in_about == Some(false) {
        return (Status::Fail, Reason::CodeOfConductNotInAbout);
    }
    if parse_web_address(&a.code_of_conduct_url).is_err() || a.coc_in_about.is_none() {
        return (Status::Unknown, Reason::NotAnswered);
    }
    (Status::Pass, Reason::CodeOfConductInAbout)
}

fn events_per_year(a: &MeetupProAnswers, _today: NaiveDate) -> (Status, Reason) {
    let minimum = MP_MIN_EVENTS_PER_YEAR;
    let Some(held) = a.events_last_12_months else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    if held >= minimum {
        return (Status::Pass, Reason::EventsHeld { held, minimum });
    }
    let Some(planned) = a.events_next_12_months else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    if planned >= minimum {
        (
            Status::Warn,
            Reason::NewGroupPlanned {
                held,
                planned,
                minimum,
            },
        )
    } else {
        (
            Status::Fail,
            Reason::TooFewEvents {
                held,
                planned,
                minimum,
            },
        )
    }
}

/// All outcomes and the verdict.
pub fn evaluate(answers: &MeetupProAnswers, today: NaiveDate) -> Evaluation {
    super::eligibility::evaluate_table(rules(), answers, today)
}
