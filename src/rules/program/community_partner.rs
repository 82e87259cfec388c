//! The Community Partner application: three steps of questions, then check
//! your answers. The typed model and rules are `rules::community_partner`.

use super::answers::{no_decision, Behaviour, Lookup, Values};
use super::{
    common, Control, Hook, Item, Limit, Offer, Program, Question, RuleRef, Section, Step, StepHook,
};
use crate::rules::acknowledgements;
use crate::rules::community_partner::{self, CommunityPartnerAnswers, EventType};
use crate::rules::eligibility::RuleId;
use crate::rules::payload::COMMUNITY_PARTNER_SCHEMA;
use crate::rules::thresholds::{
    ATTENDEES_MAX, ATTENDEES_MIN, MAX_DESCRIPTION_CHARS, MAX_EVENT_TYPE_OTHER_CHARS,
    MAX_NAME_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS,
};
use crate::rules::{form, payload};

use Control::{Date, LongText, OneOf, Text, Url, WholeNumber, YesNo};

static FIRST_NAME: Question = Question::new(
    "first_name",
    "first-name",
    Text,
    Limit::Chars(MAX_NAME_CHARS),
)
.personal()
.autocomplete("given-name")
.width(20);
static LAST_NAME: Question =
    Question::new("last_name", "last-name", Text, Limit::Chars(MAX_NAME_CHARS))
        .personal()
        .autocomplete("family-name")
        .width(20);
static EMAIL: Question = common::email();

/// `community_partner::EventType`'s serde names, in the PSF form's order.
static EVENT_TYPES: &[&str] = &[
    "pycon_conference",
    "other_conference",
    "meetup",
    "user_group",
    "pyladies_chapter",
    "workshop",
    "sprint_or_hackathon",
    "online_initiative",
    "other",
];

static EVENT_TYPE: Question =
    Question::new("event_type", "event-type", OneOf(EVENT_TYPES), Limit::None)
        .feeds(&[RuleId::CpGroupNotEvent])
        // A Meetup group may also have its fees paid through Meetup Pro.
        .hooks(&[Hook::Note {
            option: "meetup",
            key: "meetup_pro",
        }]);
static EVENT_TYPE_OTHER: Question = Question::new(
    "event_type_other",
    "event-type-other",
    Text,
    Limit::Chars(MAX_EVENT_TYPE_OTHER_CHARS),
)
.revealed_by(&EVENT_TYPE, "other");
static TITLE: Question = Question::new("title", "title", Text, Limit::Chars(MAX_TITLE_CHARS));
static DESCRIPTION: Question = Question::new(
    "description",
    "description",
    LongText,
    Limit::Chars(MAX_DESCRIPTION_CHARS),
)
.feeds(&[RuleId::CpCommunityImpact])
.hooks(&[Hook::CharacterCount]);
static PYTHON_PERCENT: Question = common::python_percent().feeds(&[RuleId::CpPythonShare]);

static FIRST_APPLICATION: Question =
    Question::new("first_application", "first-application", YesNo, Limit::None)
        .feeds(&[RuleId::CpWindow]);
static EVENT_DATE: Question = Question::new("event_date", "event-date", Date, Limit::None)
    .feeds(&[RuleId::CpWindow])
    .hooks(&[Hook::SubmissionWindow {
        first_application: &FIRST_APPLICATION,
    }]);

static WEBSITE: Question = Question::new("website", "website", Url, Limit::Chars(MAX_URL_CHARS))
    .feeds(&[RuleId::CpWebPage]);
static CODE_OF_CONDUCT_URL: Question =
    common::code_of_conduct_url().feeds(&[RuleId::CpCodeOfConduct]);
static COC_HAS_REPORTING: Question =
    Question::new("coc_has_reporting", "coc-has-reporting", YesNo, Limit::None)
        .feeds(&[RuleId::CpCodeOfConduct]);

static CITY: Question = common::city();
static COUNTRY: Question = common::country();
static EXPECTED_ATTENDEES: Question = Question::new(
    "expected_attendees",
    "expected-attendees",
    WholeNumber,
    Limit::Range {
        min: ATTENDEES_MIN,
        max: ATTENDEES_MAX,
    },
)
.width(5);

/// `acknowledgements::AckId`'s serde names, in the PSF's order; the boxes'
/// ids are numbered from 1, as they are today.
static ACK_ITEMS: &[Item] = &[
    Item {
        code: "not_official",
        id: "ack-1",
    },
    Item {
        code: "trademark",
        id: "ack-2",
    },
    Item {
        code: "single_event_one_year",
        id: "ack-3",
    },
    Item {
        code: "reapply_on_change",
        id: "ack-4",
    },
    Item {
        code: "no_endorsement",
        id: "ack-5",
    },
    Item {
        code: "no_official_sessions",
        id: "ack-6",
    },
    Item {
        code: "community_led_mentions",
        id: "ack-7",
    },
    Item {
        code: "revocable",
        id: "ack-8",
    },
];

static ACKNOWLEDGED: Question = Question::new(
    "acknowledged",
    "acknowledged",
    Control::Checklist(ACK_ITEMS),
    Limit::None,
)
.feeds(&[RuleId::CpAcknowledgements]);

pub static COMMUNITY_PARTNER: Program = Program {
    slug: "community-partner",
    schema: COMMUNITY_PARTNER_SCHEMA,
    id_prefix: "psf-cp-",
    questions: &[
        &FIRST_NAME,
        &LAST_NAME,
        &EMAIL,
        &EVENT_TYPE,
        &EVENT_TYPE_OTHER,
        &TITLE,
        &DESCRIPTION,
        &EVENT_DATE,
        &FIRST_APPLICATION,
        &WEBSITE,
        &CODE_OF_CONDUCT_URL,
        &COC_HAS_REPORTING,
        &CITY,
        &COUNTRY,
        &EXPECTED_ATTENDEES,
        &PYTHON_PERCENT,
        &ACKNOWLEDGED,
    ],
    steps: &[
        Step {
            slug: "applicant",
            sections: &[Section {
                heading: None,
                questions: &[&FIRST_NAME, &LAST_NAME, &EMAIL],
            }],
            hook: None,
        },
        // Four short groups, so that a long page stays easy to scan.
        Step {
            slug: "event",
            sections: &[
                Section {
                    heading: Some("about"),
                    questions: &[
                        &EVENT_TYPE,
                        &EVENT_TYPE_OTHER,
                        &TITLE,
                        &DESCRIPTION,
                        &PYTHON_PERCENT,
                    ],
                },
                Section {
                    heading: Some("when"),
                    questions: &[&FIRST_APPLICATION, &EVENT_DATE],
                },
                Section {
                    heading: Some("web_and_coc"),
                    questions: &[&WEBSITE, &CODE_OF_CONDUCT_URL, &COC_HAS_REPORTING],
                },
                Section {
                    heading: Some("where"),
                    questions: &[&CITY, &COUNTRY, &EXPECTED_ATTENDEES],
                },
            ],
            hook: None,
        },
        Step {
            slug: "acknowledgements",
            sections: &[Section {
                heading: None,
                questions: &[&ACKNOWLEDGED],
            }],
            hook: Some(StepHook::Acknowledgements),
        },
    ],
    preview: &[
        &EVENT_TYPE,
        &EVENT_TYPE_OTHER,
        &PYTHON_PERCENT,
        &FIRST_APPLICATION,
        &EVENT_DATE,
        &WEBSITE,
        &CODE_OF_CONDUCT_URL,
        &COC_HAS_REPORTING,
    ],
    reference_prefix: "PSF-CP-",
    rules: &[
        RuleRef {
            id: RuleId::CpPythonShare,
            question: &PYTHON_PERCENT,
        },
        RuleRef {
            id: RuleId::CpWebPage,
            question: &WEBSITE,
        },
        // Its verdict turns on the reporting answer; a bad link is a field
        // problem of its own already.
        RuleRef {
            id: RuleId::CpCodeOfConduct,
            question: &COC_HAS_REPORTING,
        },
        RuleRef {
            id: RuleId::CpCommunityImpact,
            question: &DESCRIPTION,
        },
        RuleRef {
            id: RuleId::CpAcknowledgements,
            question: &ACKNOWLEDGED,
        },
        RuleRef {
            id: RuleId::CpWindow,
            question: &EVENT_DATE,
        },
        RuleRef {
            id: RuleId::CpGroupNotEvent,
            question: &EVENT_TYPE,
        },
    ],
    offers: &[Offer::ReshareCheck],
};

/// What a Community Partner application does with its answers (see `Program::behaviour`).
pub static BEHAVIOUR: Behaviour = Behaviour {
    evaluate: |v, today| community_partner::evaluate(&answers(v), today),
    field_errors: |v| form::field_errors(&answers(v)),
    payload_json: |v, at, key, locale| {
        let mut payload = payload::community_partner(answers(v), at, key);
        payload.locale = locale.map(str::to_string);
        serde_json::to_string_pretty(&payload)
    },
    answers_json: |v| serde_json::to_value(answers(v)).unwrap_or_default(),
    decision: no_decision,
};

/// The typed model the rules take. `EVENT_TYPES` lists `EventType::ALL`'s
/// codes in its order (a test checks both against serde), so a choice's
/// place picks its variant.
pub fn answers(v: &Values) -> CommunityPartnerAnswers {
    CommunityPartnerAnswers {
        first_name: v.text("first_name"),
        last_name: v.text("last_name"),
        email: v.text("email"),
        event_type: v
            .option_index("event_type")
            .and_then(|i| EventType::ALL.get(i).copied()),
        event_type_other: v.text("event_type_other"),
        title: v.text("title"),
        description: v.text("description"),
        event_date: v.date("event_date"),
        first_application: v.flag("first_application"),
        website: v.text("website"),
        code_of_conduct_url: v.text("code_of_conduct_url"),
        coc_has_reporting: v.flag("coc_has_reporting"),
        city: v.text("city"),
        country: v.text("country"),
        expected_attendees: v.number("expected_attendees"),
        python_percent: v.number("python_percent"),
        acknowledged: acknowledgements::accepted(v.codes("acknowledged")),
    }
}
