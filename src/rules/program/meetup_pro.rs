//! The Meetup Pro Network application: two steps of questions, then check
//! your answers. The typed model and rules are `rules::meetup_pro`.

use super::answers::{Behaviour, Lookup, Values};
use super::{common, Limit, Program, Question, RuleRef, Section, Step};
use crate::rules::business_days::expected_decision;
use crate::rules::eligibility::RuleId;
use crate::rules::meetup_pro::{self, MeetupProAnswers};
use crate::rules::payload::MEETUP_PRO_SCHEMA;
use crate::rules::thresholds::{
    EVENTS_MAX, EVENTS_MIN, MAX_GROUP_NAME_CHARS, MAX_NAME_CHARS, MAX_ROLE_CHARS, MAX_URL_CHARS,
};
use crate::rules::{form, payload};

use super::Control::{Text, Url, WholeNumber, YesNo};

static FULL_NAME: Question =
    Question::new("full_name", "full-name", Text, Limit::Chars(MAX_NAME_CHARS))
        .personal()
        .autocomplete("name")
        .width(30);
static EMAIL: Question = common::email();
static ROLE: Question = Question::new("role", "role", Text, Limit::Chars(MAX_ROLE_CHARS))
    .personal()
    .autocomplete("organization-title")
    .width(20);

static GROUP_NAME: Question = Question::new(
    "group_name",
    "group-name",
    Text,
    Limit::Chars(MAX_GROUP_NAME_CHARS),
);
static MEETUP_URL: Question =
    Question::new("meetup_url", "meetup-url", Url, Limit::Chars(MAX_URL_CHARS))
        .feeds(&[RuleId::MpMeetupUrl]);
static CITY: Question = common::city();
static COUNTRY: Question = common::country();

static CODE_OF_CONDUCT_URL: Question =
    common::code_of_conduct_url().feeds(&[RuleId::MpCodeOfConduct]);
static COC_IN_ABOUT: Question = Question::new("coc_in_about", "coc-in-about", YesNo, Limit::None)
    .feeds(&[RuleId::MpCodeOfConduct]);

static EVENTS_LAST_12_MONTHS: Question = events("events_last_12_months", "events-last-12-months");
static EVENTS_NEXT_12_MONTHS: Question = events("events_next_12_months", "events-next-12-months");
/// Events held, and (read only when too few were) events planned: a new
/// group counts what it plans.
const fn events(name: &'static str, id: &'static str) -> Question {
    let limit = Limit::Range {
        min: EVENTS_MIN,
        max: EVENTS_MAX,
    };
    Question::new(name, id, WholeNumber, limit)
        .feeds(&[RuleId::MpEventsPerYear])
        .width(5)
}
static PYTHON_PERCENT: Question = common::python_percent().feeds(&[RuleId::MpPythonShare]);

pub static MEETUP_PRO: Program = Program {
    slug: "meetup-pro",
    schema: MEETUP_PRO_SCHEMA,
    id_prefix: "psf-mp-",
    questions: &[
        &FULL_NAME,
        &EMAIL,
        &ROLE,
        &GROUP_NAME,
        &MEETUP_URL,
        &CITY,
        &COUNTRY,
        &CODE_OF_CONDUCT_URL,
        &COC_IN_ABOUT,
        &EVENTS_LAST_12_MONTHS,
        &EVENTS_NEXT_12_MONTHS,
        &PYTHON_PERCENT,
    ],
    steps: &[
        Step {
            slug: "applicant",
            sections: &[Section {
                heading: None,
                questions: &[&FULL_NAME, &EMAIL, &ROLE],
            }],
            hook: None,
        },
        Step {
            slug: "group",
            sections: &[
                Section {
                    heading: Some("group"),
                    questions: &[&GROUP_NAME, &MEETUP_URL, &CITY, &COUNTRY],
                },
                Section {
                    heading: Some("code_of_conduct"),
                    questions: &[&CODE_OF_CONDUCT_URL, &COC_IN_ABOUT],
                },
                Section {
                    heading: Some("events"),
                    questions: &[
                        &EVENTS_LAST_12_MONTHS,
                        &EVENTS_NEXT_12_MONTHS,
                        &PYTHON_PERCENT,
                    ],
                },
            ],
            hook: None,
        },
    ],
    // The preview's order today: the share of Python content comes second,
    // unlike on the group step.
    preview: &[
        &MEETUP_URL,
        &PYTHON_PERCENT,
        &CODE_OF_CONDUCT_URL,
        &COC_IN_ABOUT,
        &EVENTS_LAST_12_MONTHS,
        &EVENTS_NEXT_12_MONTHS,
    ],
    reference_prefix: "PSF-MP-",
    rules: &[
        RuleRef {
            id: RuleId::MpMeetupUrl,
            question: &MEETUP_URL,
        },
        RuleRef {
            id: RuleId::MpPythonShare,
            question: &PYTHON_PERCENT,
        },
        RuleRef {
            id: RuleId::MpCodeOfConduct,
            question: &COC_IN_ABOUT,
        },
        RuleRef {
            id: RuleId::MpEventsPerYear,
            question: &EVENTS_LAST_12_MONTHS,
        },
    ],
    offers: &[],
};

/// What a Meetup Pro Network application does with its answers (see `Program::behaviour`).
pub static BEHAVIOUR: Behaviour = Behaviour {
    evaluate: |v, today| meetup_pro::evaluate(&answers(v), today),
    field_errors: |v| form::field_errors(&answers(v)),
    payload_json: |v, at, key, locale| {
        let mut payload = payload::meetup_pro(answers(v), at, key);
        payload.locale = locale.map(str::to_string);
        serde_json::to_string_pretty(&payload)
    },
    answers_json: |v| serde_json::to_value(answers(v)).unwrap_or_default(),
    decision: |submitted_on| Some(expected_decision(submitted_on)),
};

/// The typed model the rules take.
pub fn answers(v: &Values) -> MeetupProAnswers {
    MeetupProAnswers {
        full_name: v.text("full_name"),
        email: v.text("email"),
        role: v.text("role"),
        group_name: v.text("group_name"),
        meetup_url: v.text("meetup_url"),
        city: v.text("city"),
        country: v.text("country"),
        code_of_conduct_url: v.text("code_of_conduct_url"),
        coc_in_about: v.flag("coc_in_about"),
        events_last_12_months: v.number("events_last_12_months"),
        events_next_12_months: v.number("events_next_12_months"),
        python_percent: v.number("python_percent"),
    }
}
