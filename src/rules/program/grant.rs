//! The PSF Grants request: your details, the event, the money (with an
//! itemised budget and other sources as lists), then check your answers.
//! The typed model and rules are `rules::grant`.

use super::answers::{no_decision, Behaviour, Lookup, Values};
use super::{common, Control, Hook, Limit, List, Program, Question, RuleRef, Section, Step};
use crate::rules::eligibility::RuleId;
use crate::rules::grant::{
    self, Attendance, BudgetLine, Category, GrantAnswers, GrantEventType, OtherSource,
};
use crate::rules::payload::{self, GRANT_SCHEMA};
use crate::rules::thresholds::{
    ATTENDEES_MAX, ATTENDEES_MIN, MAX_BUDGET_LINES, MAX_DESCRIPTION_CHARS, MAX_GROUP_NAME_CHARS,
    MAX_LINE_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_OTHER_SOURCES, MAX_SOURCE_NAME_CHARS,
    MAX_TITLE_CHARS, MAX_URL_CHARS, MONEY_MAX_USD, MONEY_MIN_USD,
};

use Control::{Date, LongText, Money, OneOf, Text, Tick, Url, WholeNumber, YesNo};

const MONEY: Limit = Limit::Range {
    min: MONEY_MIN_USD,
    max: MONEY_MAX_USD,
};

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

static GROUP_NAME: Question = Question::new(
    "group_name",
    "group-name",
    Text,
    Limit::Chars(MAX_GROUP_NAME_CHARS),
)
.autocomplete("organization");
static TITLE: Question = Question::new("title", "title", Text, Limit::Chars(MAX_TITLE_CHARS));
/// `grant::GrantEventType`'s serde names, in its order.
static EVENT_TYPES: &[&str] = &[
    "conference",
    "workshop",
    "sprint",
    "meetup_series",
    "initiative",
];
static EVENT_TYPE: Question =
    Question::new("event_type", "event-type", OneOf(EVENT_TYPES), Limit::None);
static DESCRIPTION: Question = Question::new(
    "description",
    "description",
    LongText,
    Limit::Chars(MAX_DESCRIPTION_CHARS),
)
.hooks(&[Hook::CharacterCount]);
static PYTHON_PERCENT: Question = common::python_percent().feeds(&[RuleId::GrPythonShare]);

static START_DATE: Question = Question::new("start_date", "start-date", Date, Limit::None)
    .feeds(&[RuleId::GrWindow])
    .hooks(&[Hook::RequestWindow {
        amount: &AMOUNT_REQUESTED,
    }]);
static END_DATE: Question = Question::new("end_date", "end-date", Date, Limit::None).optional();
/// `grant::Attendance`'s serde names: where the event meets decides
/// whether a city and country are asked.
static ATTENDANCE: Question = Question::new(
    "attendance",
    "attendance",
    OneOf(&["in_person", "online"]),
    Limit::None,
);
static CITY: Question = common::city().revealed_by(&ATTENDANCE, "in_person");
static COUNTRY: Question = common::country().revealed_by(&ATTENDANCE, "in_person");
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

static WEBSITE: Question = Question::new("website", "website", Url, Limit::Chars(MAX_URL_CHARS));
static CODE_OF_CONDUCT_URL: Question =
    common::code_of_conduct_url().feeds(&[RuleId::GrCodeOfConduct]);
static COC_HAS_REPORTING: Question =
    Question::new("coc_has_reporting", "coc-has-reporting", YesNo, Limit::None)
        .feeds(&[RuleId::GrCodeOfConduct]);

static FIRST_GRANT: Question = Question::new("first_grant", "first-grant", YesNo, Limit::None);
static AMOUNT_REQUESTED: Question =
    Question::new("amount_requested", "amount-requested", Money, MONEY)
        .feeds(&[
            RuleId::GrBudgetItemised,
            RuleId::GrOtherSources,
            RuleId::GrRequestWithinBudget,
            RuleId::GrBoardReview,
            RuleId::GrWindow,
        ])
        .width(10);
static TOTAL_BUDGET: Question = Question::new("total_budget", "total-budget", Money, MONEY)
    .feeds(&[RuleId::GrOtherSources, RuleId::GrRequestWithinBudget])
    .width(10);

/// `grant::Category`'s serde names, in its order. Swag is offered so that
/// the rule can name the line: the PSF never funds it.
static CATEGORIES: &[&str] = &[
    "venue",
    "food_and_drink",
    "travel_grants",
    "speaker_travel",
    "accessibility",
    "audio_video",
    "swag",
    "other",
];
static LINE_DESCRIPTION: Question = Question::new(
    "description",
    "description",
    Text,
    Limit::Chars(MAX_LINE_DESCRIPTION_CHARS),
);
static LINE_CATEGORY: Question =
    Question::new("category", "category", OneOf(CATEGORIES), Limit::None);
static LINE_AMOUNT: Question = Question::new("amount", "amount", Money, MONEY).width(10);
static LINE_ESSENTIAL: Question =
    Question::new("essential", "essential", Tick, Limit::None).optional();
static LINE_QUOTE_URL: Question =
    Question::new("quote_url", "quote-url", Url, Limit::Chars(MAX_URL_CHARS)).optional();
static BUDGET_LINE: List = List {
    fields: &[
        &LINE_DESCRIPTION,
        &LINE_CATEGORY,
        &LINE_AMOUNT,
        &LINE_ESSENTIAL,
        &LINE_QUOTE_URL,
    ],
    max_lines: MAX_BUDGET_LINES,
};
static BUDGET: Question =
    Question::new("budget", "budget", Control::List(&BUDGET_LINE), Limit::None)
        .feeds(&[
            RuleId::GrNoSwag,
            RuleId::GrBudgetItemised,
            RuleId::GrEssentialsMarked,
        ])
        .hooks(&[Hook::RunningTotal {
            field: "amount",
            against: &AMOUNT_REQUESTED,
        }]);

static SOURCE_NAME: Question =
    Question::new("name", "name", Text, Limit::Chars(MAX_SOURCE_NAME_CHARS));
static SOURCE_AMOUNT: Question = Question::new("amount", "amount", Money, MONEY).width(10);
static OTHER_SOURCE: List = List {
    fields: &[&SOURCE_NAME, &SOURCE_AMOUNT],
    max_lines: MAX_OTHER_SOURCES,
};
static OTHER_SOURCES: Question = Question::new(
    "other_sources",
    "other-sources",
    Control::List(&OTHER_SOURCE),
    Limit::None,
)
.optional()
.feeds(&[RuleId::GrOtherSources]);

pub static GRANT: Program = Program {
    slug: "grant",
    schema: GRANT_SCHEMA,
    id_prefix: "psf-gr-",
    questions: &[
        &FIRST_NAME,
        &LAST_NAME,
        &EMAIL,
        &GROUP_NAME,
        &TITLE,
        &EVENT_TYPE,
        &DESCRIPTION,
        &START_DATE,
        &END_DATE,
        &ATTENDANCE,
        &CITY,
        &COUNTRY,
        &WEBSITE,
        &CODE_OF_CONDUCT_URL,
        &COC_HAS_REPORTING,
        &EXPECTED_ATTENDEES,
        &PYTHON_PERCENT,
        &FIRST_GRANT,
        &AMOUNT_REQUESTED,
        &TOTAL_BUDGET,
        &BUDGET,
        &OTHER_SOURCES,
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
        Step {
            slug: "event",
            sections: &[
                Section {
                    heading: Some("about"),
                    questions: &[
                        &GROUP_NAME,
                        &TITLE,
                        &EVENT_TYPE,
                        &DESCRIPTION,
                        &PYTHON_PERCENT,
                    ],
                },
                Section {
                    heading: Some("when_where"),
                    questions: &[
                        &START_DATE,
                        &END_DATE,
                        &ATTENDANCE,
                        &CITY,
                        &COUNTRY,
                        &EXPECTED_ATTENDEES,
                    ],
                },
                Section {
                    heading: Some("web_and_coc"),
                    questions: &[&WEBSITE, &CODE_OF_CONDUCT_URL, &COC_HAS_REPORTING],
                },
            ],
            hook: None,
        },
        Step {
            slug: "money",
            sections: &[
                Section {
                    heading: Some("request"),
                    questions: &[&FIRST_GRANT, &AMOUNT_REQUESTED, &TOTAL_BUDGET],
                },
                Section {
                    heading: Some("budget"),
                    questions: &[&BUDGET],
                },
                Section {
                    heading: Some("other_sources"),
                    questions: &[&OTHER_SOURCES],
                },
            ],
            hook: None,
        },
    ],
    preview: &[
        &PYTHON_PERCENT,
        &START_DATE,
        &AMOUNT_REQUESTED,
        &TOTAL_BUDGET,
        &CODE_OF_CONDUCT_URL,
        &COC_HAS_REPORTING,
    ],
    reference_prefix: "PSF-GR-",
    rules: &[
        RuleRef {
            id: RuleId::GrPythonShare,
            question: &PYTHON_PERCENT,
        },
        RuleRef {
            id: RuleId::GrCodeOfConduct,
            question: &COC_HAS_REPORTING,
        },
        RuleRef {
            id: RuleId::GrNoSwag,
            question: &BUDGET,
        },
        RuleRef {
            id: RuleId::GrBudgetItemised,
            question: &BUDGET,
        },
        RuleRef {
            id: RuleId::GrEssentialsMarked,
            question: &BUDGET,
        },
        RuleRef {
            id: RuleId::GrOtherSources,
            question: &OTHER_SOURCES,
        },
        RuleRef {
            id: RuleId::GrRequestWithinBudget,
            question: &TOTAL_BUDGET,
        },
        RuleRef {
            id: RuleId::GrBoardReview,
            question: &AMOUNT_REQUESTED,
        },
        RuleRef {
            id: RuleId::GrWindow,
            question: &START_DATE,
        },
    ],
    offers: &[],
};

/// What a grant request does with its answers (see `Program::behaviour`).
pub static BEHAVIOUR: Behaviour = Behaviour {
    evaluate: |v, today| grant::evaluate(&answers(v), today),
    field_errors: |v| grant::field_errors(&answers(v)),
    payload_json: |v, at, key, locale| {
        let mut payload = payload::grant(answers(v), at, key);
        payload.locale = locale.map(str::to_string);
        serde_json::to_string_pretty(&payload)
    },
    answers_json: |v| serde_json::to_value(answers(v)).unwrap_or_default(),
    decision: no_decision,
};

/// The typed model the rules take. The code lists above follow the
/// model's enums in order (a test checks both against serde), so a
/// choice's place picks its variant.
pub fn answers(v: &Values) -> GrantAnswers {
    GrantAnswers {
        first_name: v.text("first_name"),
        last_name: v.text("last_name"),
        email: v.text("email"),
        group_name: v.text("group_name"),
        title: v.text("title"),
        event_type: v
            .option_index("event_type")
            .and_then(|i| GrantEventType::ALL.get(i).copied()),
        description: v.text("description"),
        start_date: v.date("start_date"),
        end_date: v.date("end_date"),
        attendance: v
            .option_index("attendance")
            .and_then(|i| Attendance::ALL.get(i).copied()),
        city: v.text("city"),
        country: v.text("country"),
        website: v.text("website"),
        code_of_conduct_url: v.text("code_of_conduct_url"),
        coc_has_reporting: v.flag("coc_has_reporting"),
        expected_attendees: v.number("expected_attendees"),
        python_percent: v.number("python_percent"),
        first_grant: v.flag("first_grant"),
        amount_requested: v.number("amount_requested"),
        total_budget: v.number("total_budget"),
        budget: v
            .rows("budget")
            .map(|line| BudgetLine {
                description: line.text("description"),
                category: line
                    .option_index("category")
                    .and_then(|i| Category::ALL.get(i).copied()),
                amount: line.number("amount"),
                essential: line.flag("essential").unwrap_or(false),
                quote_url: line.text("quote_url"),
            })
            .collect(),
        other_sources: v
            .rows("other_sources")
            .map(|source| OtherSource {
                name: source.text("name"),
                amount: source.number("amount"),
            })
            .collect(),
    }
}
