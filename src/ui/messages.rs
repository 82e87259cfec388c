//! Every word a person reads that depends on a code: question labels and
//! hints, error messages per field and code, rule titles, a sentence per
//! eligibility reason, window outcomes, notices. Exhaustive `match`es, so a
//! new code cannot reach the screen without its words.
//!
//! Style: GOV.UK's. Plain English, errors that say what to do ("Enter your
//! email address"), dates like "Friday 15 January 2027", figures taken from
//! the rules' thresholds rather than written out here.
//!
//! Each message is one pattern with its figures and a question's words as
//! variables (`i18n::trf!`), so that a translation can order a sentence as
//! its language does; a figure next to the noun it counts is a plural
//! select even where the English figure is a constant.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::rules::eligibility::{Reason, RuleId, Status, Verdict, WebPageKind};
use crate::rules::form::ParseError;
use crate::rules::grant::{GrantWindow, GrantWindowOutcome};
use crate::rules::program::Control;
use crate::rules::program::{Limit, Program, Question};
use crate::rules::reshare::{self, PostKind, ReshareCheck, ReshareOutcome};
use crate::rules::thresholds::{
    GR_BOARD_REVIEW_ABOVE_USD, GR_PYTHON_SHARE_MAJORITY, GR_WINDOW_ADVISED_MONTHS,
    GR_WINDOW_MIN_DAYS, MONEY_MIN_USD, MP_MIN_EVENTS_PER_YEAR, MP_PYTHON_SHARE_GUIDANCE,
    WINDOW_ADVISED_DAYS, WINDOW_MAX_MONTHS, WINDOW_MIN_DAYS,
};
use crate::rules::window::{SubmissionWindow, WindowOutcome};

use super::config::ConfigError;
use super::format::percent;
pub use super::format::{date, date_as_typed, date_time, money, number, weeks};
use super::i18n::{lower_case, tr, trf, Arg};
use super::notice::{FileProblem, Notice};
use super::reminder::Purpose;
use super::route::Page;
use super::submit::NotSentWhy;
use super::words::{self, QuestionWords};

/// A figure the English writes without grouping ("1000 events"): a count
/// below a thousand (grouping cannot show, and it chooses plural variants),
/// else its digits as text, as before.
fn plain_count(n: u32) -> Arg {
    if n < 1000 {
        n.into()
    } else {
        Arg::Text(n.to_string())
    }
}

// --- Programs and pages ------------------------------------------------------

/// A figure as a person may type it into a money or number box: grouped
/// with commas in English ("12,500"), without separators elsewhere, where
/// "12.500" or "12 500" would not be read as that amount.
pub fn typed_example(n: u64) -> String {
    if super::i18n::locale() == super::i18n::Locale::En {
        number(n)
    } else {
        n.to_string()
    }
}

pub fn program_name(p: &Program) -> &'static str {
    words::card(p).name
}

/// The caption above a step's heading.
pub fn application_name(p: &Program) -> String {
    trf!(
        "msg-application-name",
        "{ $program } application",
        &[("program", program_name(p).into())],
    )
}

fn step_words(p: &Program, i: usize) -> Option<&'static words::StepWords> {
    let step = p.steps.get(i)?;
    words::of(p).step(step.slug)
}

/// The `<h1>` of each page.
pub fn page_heading(page: Page) -> &'static str {
    match page {
        Page::Start => start_heading(),
        Page::Preview(p) => words::of(p).preview_heading,
        Page::Step(p, i) => step_words(p, i).map_or("", |s| s.heading),
        Page::Check(_) => tr!("msg-heading-check", "Check your answers before submitting"),
        Page::Confirmation(_) => tr!("msg-heading-confirmation", "Application submitted"),
        Page::NotFound => not_found_heading(),
    }
}

// The start page and "not found" name their headings directly: reaching
// `page_heading` would bring every program's words into the start-up
// module (see `words::CardWords`).

/// The start page's `<h1>`.
pub fn start_heading() -> &'static str {
    tr!("msg-heading-start", "Apply to a PSF community program")
}

/// The `<h1>` of an address that leads nowhere.
pub fn not_found_heading() -> &'static str {
    tr!("msg-not-found", "Page not found")
}

/// The step indicator's name for a step.
pub fn step_label(page: Page) -> &'static str {
    match page {
        Page::Step(p, i) => step_words(p, i).map_or("", |s| s.label),
        Page::Check(_) => tr!("msg-step-check", "Check and submit"),
        Page::Confirmation(_) => tr!("msg-step-submitted", "Submitted"),
        Page::Start => tr!("msg-step-start", "Start"),
        Page::Preview(_) => tr!("msg-step-preview", "Eligibility check"),
        Page::NotFound => tr!("msg-not-found", "Page not found"),
    }
}

/// `document.title`: "Event or initiative details – Community Partner
/// application – PSF", with "Error: " first while the error summary shows.
pub fn document_title(page: Page, has_errors: bool) -> String {
    let heading = match page {
        Page::Check(_) => tr!("msg-title-check", "Check your answers"),
        other => page_heading(other),
    };
    titled(heading, page.program(), has_errors)
}

/// `document.title` for a page with `heading`, of `program` if any.
pub fn titled(heading: &str, program: Option<&Program>, has_errors: bool) -> String {
    let title = match program {
        Some(p) => trf!(
            "msg-title",
            "{ $page } – { $application } – PSF",
            &[
                ("page", heading.into()),
                ("application", application_name(p).into()),
            ],
        ),
        None => trf!(
            "msg-title-no-program",
            "{ $page } – PSF",
            &[("page", heading.into())],
        ),
    };
    if has_errors {
        trf!(
            "msg-title-error",
            "Error: { $title }",
            &[("title", title.into())],
        )
    } else {
        title
    }
}

/// "Step 2 of 4".
pub fn step_of(n: usize, of: usize) -> String {
    trf!(
        "msg-step-of",
        "Step { $n } of { $of }",
        &[("n", n.into()), ("of", of.into())],
    )
}

/// The resume offer's heading.
pub fn draft_in_progress(p: &Program) -> String {
    trf!(
        "msg-draft-in-progress",
        "You have a { $program } application in progress",
        &[("program", program_name(p).into())],
    )
}

/// When the draft was saved, for the resume offer.
pub fn draft_saved(saved_at: Option<DateTime<FixedOffset>>) -> String {
    match saved_at {
        Some(t) => trf!(
            "msg-draft-saved-on",
            "Your answers were saved in this browser on { $when }.",
            &[("when", date_time(t).into())],
        ),
        None => tr!("msg-draft-saved", "Your answers are saved in this browser.").to_string(),
    }
}

// --- Questions ---------------------------------------------------------------

pub fn yes_no(answer: bool) -> &'static str {
    if answer {
        tr!("msg-yes", "Yes")
    } else {
        tr!("msg-no", "No")
    }
}

/// "(optional)" after a label.
pub fn optional() -> &'static str {
    tr!("msg-optional", "(optional)")
}

/// Check your answers' value for a question left empty.
pub fn unanswered() -> &'static str {
    tr!("msg-not-answered", "Not answered")
}

/// The codes `rules::form::field_errors` gives, read from its strings.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum FieldErrorCode {
    Required,
    TooLong,
    Email,
    WebAddress,
    Range,
    OtherTypeRequired,
    /// An end date before the start date.
    EndBeforeStart,
    /// More lines than a list takes.
    TooMany,
    /// A code this UI does not know yet: a neutral message rather than none.
    Unrecognised(String),
}

impl FieldErrorCode {
    /// Every code the rules give, for the test that each has words.
    pub const KNOWN: [&'static str; 8] = {
        use crate::rules::form::validate as v;
        [
            v::REQUIRED,
            v::TOO_LONG,
            v::EMAIL,
            v::WEB_ADDRESS,
            v::RANGE,
            v::OTHER_TYPE_REQUIRED,
            v::END_BEFORE_START,
            v::TOO_MANY,
        ]
    };

    pub fn from_code(code: &str) -> FieldErrorCode {
        use crate::rules::form::validate as v;
        match code {
            v::REQUIRED => FieldErrorCode::Required,
            v::TOO_LONG => FieldErrorCode::TooLong,
            v::EMAIL => FieldErrorCode::Email,
            v::WEB_ADDRESS => FieldErrorCode::WebAddress,
            v::RANGE => FieldErrorCode::Range,
            v::OTHER_TYPE_REQUIRED => FieldErrorCode::OtherTypeRequired,
            v::END_BEFORE_START => FieldErrorCode::EndBeforeStart,
            v::TOO_MANY => FieldErrorCode::TooMany,
            other => FieldErrorCode::Unrecognised(other.to_string()),
        }
    }
}

/// "Check the number of attendees": the subject inside a sentence.
fn check_the(w: &QuestionWords) -> String {
    trf!(
        "msg-check-the",
        "Check the { $subject }",
        &[("subject", lower_case(w.subject).into())],
    )
}

/// The message for one field error of a question, from its words and the
/// definition's limit.
pub fn field_error(q: &Question, w: &QuestionWords, code: &FieldErrorCode) -> String {
    match code {
        FieldErrorCode::Required | FieldErrorCode::OtherTypeRequired => w.required.to_string(),
        FieldErrorCode::TooLong => match q.limit {
            Limit::Chars(max) => trf!(
                "msg-too-long",
                "{ $subject } must be { $max ->\n    [one] { $max } character\n   *[other] { $max } characters\n} or fewer",
                &[("subject", w.subject.into()), ("max", max.into())],
            ),
            _ => trf!(
                "msg-too-long-no-limit",
                "{ $subject } is too long",
                &[("subject", w.subject.into())],
            ),
        },
        FieldErrorCode::Email => tr!(
            "msg-email-format",
            "Enter an email address in the correct format, like name@example.com",
        )
        .to_string(),
        FieldErrorCode::WebAddress => {
            let example = if w.example.is_empty() {
                "https://pycon.example.org"
            } else {
                w.example
            };
            trf!(
                "msg-web-address-format",
                "Enter the { $subject } in the correct format, like { $example }",
                &[
                    (
                        "subject",
                        lower_case(w.subject)
                            .replace("code of conduct", "Code of Conduct")
                            .into(),
                    ),
                    ("example", example.into()),
                ],
            )
        }
        FieldErrorCode::Range => match q.limit {
            Limit::Range { min, max } if q.control == Control::Money => trf!(
                "msg-range",
                "{ $subject } must be between { $min } and { $max }",
                &[
                    ("subject", w.subject.into()),
                    ("min", money(min).into()),
                    ("max", money(max).into()),
                ],
            ),
            Limit::Range { min, max } => trf!(
                "msg-range",
                "{ $subject } must be between { $min } and { $max }",
                &[
                    ("subject", w.subject.into()),
                    ("min", min.into()),
                    ("max", max.into()),
                ],
            ),
            _ => check_the(w),
        },
        FieldErrorCode::EndBeforeStart => trf!(
            "msg-end-before-start",
            "{ $subject } must be the same as or after the start date",
            &[("subject", w.subject.into())],
        ),
        FieldErrorCode::TooMany => match &q.control {
            Control::List(list) => trf!(
                "msg-too-many",
                "You can add up to { $max ->\n    [one] { $max } { $item }\n   *[other] { $max } { $items }\n}: combine some of them",
                &[
                    ("max", list.max_lines.into()),
                    ("item", lower_case(w.item).into()),
                    ("items", lower_case(w.items).into()),
                ],
            ),
            _ => check_the(w),
        },
        FieldErrorCode::Unrecognised(_) => trf!(
            "msg-check-entered",
            "Check the { $subject } you entered",
            &[("subject", lower_case(w.subject).into())],
        ),
    }
}

/// The message when typed text does not read as a value. `missing` says which
/// of a date's day, month and year are empty.
pub fn parse_error(w: &QuestionWords, e: ParseError, missing: [bool; 3]) -> String {
    match e {
        ParseError::NotAWholeNumber => {
            let example = if w.example.is_empty() { "6" } else { w.example };
            trf!(
                "msg-whole-number",
                "{ $subject } must be a whole number, like { $example }",
                &[("subject", w.subject.into()), ("example", example.into())],
            )
        }
        ParseError::DateIncomplete => {
            // The parts named by a key, so that a translation words each
            // combination as a whole; none or all of them read as all.
            let parts: Vec<&str> = ["day", "month", "year"]
                .into_iter()
                .zip(missing)
                .filter_map(|(name, m)| m.then_some(name))
                .collect();
            trf!(
                "msg-date-incomplete",
                "{ $subject } must include a { $missing ->\n    [day] day\n    [month] month\n    [year] year\n    [day-month] day and month\n    [day-year] day and year\n    [month-year] month and year\n   *[all] day, month and year\n}",
                &[
                    ("subject", w.subject.into()),
                    ("missing", parts.join("-").into()),
                ],
            )
        }
        ParseError::DateInvalid => trf!(
            "msg-date-invalid",
            "{ $subject } must be a real date, with a 4-digit year",
            &[("subject", w.subject.into())],
        ),
        ParseError::NegativeAmount => trf!(
            "msg-negative-amount",
            "{ $subject } must be { $min } or more, without a minus sign",
            &[
                ("subject", w.subject.into()),
                ("min", money(MONEY_MIN_USD).into()),
            ],
        ),
        ParseError::NotWholeDollars => trf!(
            "msg-whole-dollars",
            "Enter the { $subject } in whole US dollars, like { $example }",
            &[
                ("subject", lower_case(w.subject).into()),
                (
                    "example",
                    if w.example.is_empty() {
                        typed_example(12_500)
                    } else {
                        w.example.to_string()
                    }
                    .into(),
                ),
            ],
        ),
    }
}

// --- Lists -------------------------------------------------------------------

/// A list line's button (its line named in hidden text beside it).
pub fn remove() -> &'static str {
    tr!("msg-remove", "Remove")
}

/// "Budget line 3", from the list's name for a line ("Budget line").
pub fn line_name(item: &str, n: usize) -> String {
    trf!(
        "msg-line-name",
        "{ $item } { $n }",
        &[("item", item.into()), ("n", n.into())],
    )
}

/// A line's problem, naming the line: "Budget line 3: enter the amount …".
pub fn in_line(item: &str, n: usize, message: &str) -> String {
    let first_len = message.chars().next().map_or(0, char::len_utf8);
    let (first, rest) = message.split_at(first_len);
    trf!(
        "msg-in-line",
        "{ $line }: { $problem }",
        &[
            ("line", line_name(item, n).into()),
            ("problem", format!("{}{rest}", lower_case(first)).into()),
        ],
    )
}

pub fn add_line(item: &str, none_yet: bool) -> String {
    let item = lower_case(item);
    if none_yet {
        trf!("msg-add-first", "Add a { $item }", &[("item", item.into())])
    } else {
        trf!(
            "msg-add-another",
            "Add another { $item }",
            &[("item", item.into())],
        )
    }
}

pub fn line_added(item: &str, n: usize) -> String {
    trf!(
        "msg-line-added",
        "{ $line } added.",
        &[("line", line_name(item, n).into())],
    )
}

pub fn line_removed(item: &str, items: &str, n: usize, left: usize) -> String {
    trf!(
        "msg-line-removed",
        "{ $line } removed. { $left ->\n    [0] No { $items } left.\n    [one] { $left } { $item } left.\n   *[other] { $left } { $items } left.\n}",
        &[
            ("line", line_name(item, n).into()),
            ("item", lower_case(item).into()),
            ("items", lower_case(items).into()),
            ("left", left.into()),
        ],
    )
}

pub fn lines_full(item: &str, items: &str, max: usize) -> String {
    trf!(
        "msg-lines-full",
        "You've added { $max ->\n    [one] { $max } { $item }\n   *[other] { $max } { $items }\n}, the most this form takes.",
        &[
            ("max", max.into()),
            ("item", lower_case(item).into()),
            ("items", lower_case(items).into()),
        ],
    )
}

/// Under an itemised list: what its amounts add up to, beside the answer
/// they must equal (`against`, e.g. "Amount requested").
pub fn running_total(lines: u64, against: Option<u32>, against_name: &str) -> String {
    match against.map(u64::from) {
        None => trf!(
            "msg-total",
            "The lines add up to { $total }.",
            &[("total", money(lines).into())],
        ),
        Some(a) if a == lines => trf!(
            "msg-total-exact",
            "The lines add up to { $total }. That is the { $against } exactly.",
            &[
                ("total", money(lines).into()),
                ("against", lower_case(against_name).into()),
            ],
        ),
        Some(a) if a > lines => trf!(
            "msg-total-under",
            "The lines add up to { $total }. { $against }: { $amount }, so { $gap } is not in a line yet.",
            &[
                ("total", money(lines).into()),
                ("against", against_name.into()),
                ("amount", money(a).into()),
                ("gap", money(a - lines).into()),
            ],
        ),
        Some(a) => trf!(
            "msg-total-over",
            "The lines add up to { $total }. { $against }: { $amount }, so the lines come to { $gap } more than you're asking for.",
            &[
                ("total", money(lines).into()),
                ("against", against_name.into()),
                ("amount", money(a).into()),
                ("gap", money(lines - a).into()),
            ],
        ),
    }
}

/// The error summary's entry for an unticked box of a checklist.
pub fn box_unticked(w: &QuestionWords, code: &str) -> String {
    trf!(
        "msg-box-unticked",
        "Tick the box to confirm that { $gist }",
        &[("gist", w.option(code).into())],
    )
}

/// "3 of 8 agreed" for check your answers.
pub fn checklist_summary(ticked: usize, total: usize) -> String {
    if ticked == total {
        trf!(
            "msg-checklist-all",
            "All { $total } agreed",
            &[("total", total.into())],
        )
    } else {
        trf!(
            "msg-checklist-some",
            "{ $ticked } of { $total } agreed",
            &[("ticked", ticked.into()), ("total", total.into())],
        )
    }
}

// --- Eligibility -------------------------------------------------------------

pub fn rule_title(rule: RuleId) -> String {
    match rule {
        RuleId::CpPythonShare => tr!("msg-rule-cp-python-share", "Mostly about Python").into(),
        RuleId::CpWebPage => tr!("msg-rule-cp-web-page", "An established web page").into(),
        RuleId::CpCodeOfConduct | RuleId::GrCodeOfConduct => tr!(
            "msg-rule-code-of-conduct",
            "A Code of Conduct with clear reporting",
        )
        .into(),
        RuleId::CpCommunityImpact => tr!(
            "msg-rule-cp-community-impact",
            "Positive impact on the Python community",
        )
        .into(),
        RuleId::CpAcknowledgements => {
            tr!("msg-rule-cp-acknowledgements", "The eight acknowledgements").into()
        }
        RuleId::CpWindow | RuleId::GrWindow => {
            tr!("msg-rule-window", "Applying at the right time").into()
        }
        RuleId::CpGroupNotEvent => tr!(
            "msg-rule-cp-group-not-event",
            "One application per group or event",
        )
        .into(),
        RuleId::MpMeetupUrl => tr!("msg-rule-mp-meetup-url", "A Meetup group").into(),
        RuleId::MpPythonShare => tr!("msg-rule-mp-python-share", "Mostly Python content").into(),
        RuleId::MpCodeOfConduct => tr!(
            "msg-rule-mp-code-of-conduct",
            "Code of Conduct in the About section",
        )
        .into(),
        RuleId::MpEventsPerYear => trf!(
            "msg-rule-mp-events-per-year",
            "At least { $min ->\n    [one] { $min } event\n   *[other] { $min } events\n} a year",
            &[("min", MP_MIN_EVENTS_PER_YEAR.into())],
        ),
        RuleId::GrPythonShare => tr!("msg-rule-gr-python-share", "A Python event").into(),
        RuleId::GrNoSwag => tr!("msg-rule-gr-no-swag", "No swag").into(),
        RuleId::GrBudgetItemised => tr!("msg-rule-gr-budget-itemised", "An itemised budget").into(),
        RuleId::GrEssentialsMarked => {
            tr!("msg-rule-gr-essentials-marked", "Essential costs marked").into()
        }
        RuleId::GrOtherSources => tr!("msg-rule-gr-other-sources", "Other sources of money").into(),
        RuleId::GrRequestWithinBudget => tr!(
            "msg-rule-gr-request-within-budget",
            "The request is part of the budget",
        )
        .into(),
        RuleId::GrBoardReview => tr!("msg-rule-gr-board-review", "Who decides").into(),
    }
}

/// The PSF's criterion in a sentence, shown when it is not met.
pub fn rule_criterion(rule: RuleId) -> String {
    match rule {
        RuleId::CpPythonShare => tr!(
            "msg-criterion-cp-python-share",
            "The event or initiative must be Python-specific, or mostly about Python.",
        )
        .into(),
        RuleId::CpWebPage => tr!(
            "msg-criterion-cp-web-page",
            "It must have an established web page, such as its own domain, a Meetup page or a Luma page.",
        )
        .into(),
        RuleId::CpCodeOfConduct | RuleId::GrCodeOfConduct => tr!(
            "msg-criterion-code-of-conduct",
            "It must have an enforceable Code of Conduct that says how to report problems.",
        )
        .into(),
        RuleId::CpCommunityImpact => tr!(
            "msg-criterion-cp-community-impact",
            "It must have a positive impact on the Python community.",
        )
        .into(),
        RuleId::CpAcknowledgements => tr!(
            "msg-criterion-cp-acknowledgements",
            "You must agree to the bounds of the Community Partner title, in eight acknowledgements.",
        )
        .into(),
        RuleId::CpWindow => trf!(
            "msg-criterion-cp-window",
            "Apply at least { $min ->\n    [one] { $min } week\n   *[other] { $min } weeks\n} before the event ({ $advised ->\n    [one] { $advised } week\n   *[other] { $advised } weeks\n} if it's your first application), and no more than { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} before.",
            &[
                ("min", weeks(WINDOW_MIN_DAYS).into()),
                ("advised", weeks(WINDOW_ADVISED_DAYS).into()),
                ("months", WINDOW_MAX_MONTHS.into()),
            ],
        ),
        RuleId::CpGroupNotEvent => tr!(
            "msg-criterion-cp-group-not-event",
            "Groups that run several events a year apply once for the whole group.",
        )
        .into(),
        RuleId::MpMeetupUrl => tr!(
            "msg-criterion-mp-meetup-url",
            "The group must be a Meetup group on meetup.com.",
        )
        .into(),
        RuleId::MpPythonShare => trf!(
            "msg-criterion-mp-python-share",
            "The group's content must be mostly about Python. The PSF's guidance for organizers asks for at least { $guidance }.",
            &[("guidance", percent(MP_PYTHON_SHARE_GUIDANCE).into())],
        ),
        RuleId::MpCodeOfConduct => tr!(
            "msg-criterion-mp-code-of-conduct",
            "The About section of the group's Meetup page must include or link to its Code of Conduct.",
        )
        .into(),
        RuleId::MpEventsPerYear => trf!(
            "msg-criterion-mp-events-per-year",
            "The group must hold at least { $min ->\n    [one] { $min } event\n   *[other] { $min } events\n} a year, virtual or in person.",
            &[("min", MP_MIN_EVENTS_PER_YEAR.into())],
        ),
        RuleId::GrPythonShare => trf!(
            "msg-criterion-gr-python-share",
            "More than { $share } of the event or initiative must be about Python.",
            &[("share", percent(GR_PYTHON_SHARE_MAJORITY).into())],
        ),
        RuleId::GrNoSwag => tr!("msg-criterion-gr-no-swag", "Grants do not cover swag.").into(),
        RuleId::GrBudgetItemised => tr!(
            "msg-criterion-gr-budget-itemised",
            "Each item must have its own cost, related directly to the event, and the lines must add up to the amount requested.",
        )
        .into(),
        RuleId::GrEssentialsMarked => tr!(
            "msg-criterion-gr-essentials-marked",
            "Mark the essential costs: the PSF may approve less than you ask for.",
        )
        .into(),
        RuleId::GrOtherSources => tr!(
            "msg-criterion-gr-other-sources",
            "The PSF supplements other funding: it helps to see the other sources.",
        )
        .into(),
        RuleId::GrRequestWithinBudget => tr!(
            "msg-criterion-gr-request-within-budget",
            "The amount requested can't be more than the event's total budget.",
        )
        .into(),
        RuleId::GrBoardReview => trf!(
            "msg-criterion-gr-board-review",
            "Requests over { $amount } go to the PSF Board after the Grants Work Group.",
            &[("amount", money(GR_BOARD_REVIEW_ABOVE_USD).into())],
        ),
        RuleId::GrWindow => trf!(
            "msg-criterion-gr-window",
            "Apply at least { $min ->\n    [one] { $min } week\n   *[other] { $min } weeks\n} before the event; { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} or more is advised.",
            &[
                ("min", weeks(GR_WINDOW_MIN_DAYS).into()),
                ("months", GR_WINDOW_ADVISED_MONTHS.into()),
            ],
        ),
    }
}

pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::Pass => tr!("msg-status-pass", "Met"),
        Status::Warn => tr!("msg-status-warn", "Met, with advice"),
        Status::Fail => tr!("msg-status-fail", "Not met"),
        Status::Unknown => tr!("msg-status-unknown", "Not answered yet"),
    }
}

/// What the eligibility panel says aloud once typing pauses: each criterion
/// whose status changed, then the verdict if it changed ("Mostly about
/// Python: not met. Not eligible with these answers.").
pub fn eligibility_changes(changed: &[(RuleId, Status)], verdict_now: Option<Verdict>) -> String {
    let mut said: Vec<String> = changed
        .iter()
        .map(|&(rule, status)| {
            trf!(
                "msg-changed",
                "{ $rule }: { $status }.",
                &[
                    ("rule", rule_title(rule).into()),
                    ("status", status_in_sentence(status).into()),
                ],
            )
        })
        .collect();
    if let Some(v) = verdict_now {
        said.push(trf!(
            "msg-changed-verdict",
            "{ $verdict }.",
            &[("verdict", verdict(v).into())],
        ));
    }
    said.join(" ")
}

/// `status_label` inside a sentence.
fn status_in_sentence(s: Status) -> &'static str {
    match s {
        Status::Pass => tr!("msg-status-pass-in-sentence", "met"),
        Status::Warn => tr!("msg-status-warn-in-sentence", "met, with advice"),
        Status::Fail => tr!("msg-status-fail-in-sentence", "not met"),
        Status::Unknown => tr!("msg-status-unknown-in-sentence", "not answered yet"),
    }
}

/// A symbol beside the status words (never instead of them).
pub fn status_icon(s: Status) -> &'static str {
    match s {
        Status::Pass => "✓",
        Status::Warn => "!",
        Status::Fail => "✗",
        Status::Unknown => "?",
    }
}

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => tr!("msg-verdict-eligible", "Eligible"),
        Verdict::EligibleWithWarnings => {
            tr!("msg-verdict-eligible-with-advice", "Eligible, with advice")
        }
        Verdict::NotEligible => tr!(
            "msg-verdict-not-eligible",
            "Not eligible with these answers",
        ),
        Verdict::Incomplete => tr!("msg-verdict-incomplete", "Not finished yet"),
    }
}

pub fn verdict_icon(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "✓",
        Verdict::EligibleWithWarnings => "!",
        Verdict::NotEligible => "✗",
        Verdict::Incomplete => "…",
    }
}

/// The key a sentence about the web page selects its words by, so that a
/// translation can make the rest of the sentence agree with them.
fn web_page_kind(kind: WebPageKind) -> &'static str {
    match kind {
        WebPageKind::Meetup => "meetup",
        WebPageKind::Luma => "luma",
        WebPageKind::OwnDomain => "own-domain",
        WebPageKind::SocialMedia => "social-media",
        WebPageKind::LinkShortener => "link-shortener",
        WebPageKind::FileSharing => "file-sharing",
    }
}

fn not_answered(rule: RuleId) -> &'static str {
    match rule {
        RuleId::CpPythonShare => tr!(
            "msg-not-answered-cp-python-share",
            "Say how much of the event is Python-related.",
        ),
        RuleId::CpWebPage => tr!(
            "msg-not-answered-cp-web-page",
            "Enter the website of the event or initiative.",
        ),
        RuleId::CpCodeOfConduct | RuleId::GrCodeOfConduct => tr!(
            "msg-not-answered-code-of-conduct",
            "Enter the link to the Code of Conduct and say whether it explains how to report problems.",
        ),
        RuleId::CpCommunityImpact => tr!(
            "msg-not-answered-cp-community-impact",
            "Describe the event or initiative: the PSF reviews its impact on the Python community.",
        ),
        RuleId::CpAcknowledgements => tr!(
            "msg-not-answered-cp-acknowledgements",
            "Tick the eight acknowledgements.",
        ),
        RuleId::CpWindow => tr!(
            "msg-not-answered-cp-window",
            "Enter the date of the event or initiative.",
        ),
        RuleId::CpGroupNotEvent => tr!(
            "msg-not-answered-cp-group-not-event",
            "Choose the type of event or initiative.",
        ),
        RuleId::MpMeetupUrl => tr!(
            "msg-not-answered-mp-meetup-url",
            "Enter the address of the group's Meetup page.",
        ),
        RuleId::MpPythonShare => tr!(
            "msg-not-answered-mp-python-share",
            "Say how much of the group's content is about Python.",
        ),
        RuleId::MpCodeOfConduct => tr!(
            "msg-not-answered-mp-code-of-conduct",
            "Enter the link to the Code of Conduct and say whether it is in the About section.",
        ),
        RuleId::MpEventsPerYear => tr!(
            "msg-not-answered-mp-events-per-year",
            "Say how many events the group has held and how many it plans.",
        ),
        RuleId::GrPythonShare => tr!(
            "msg-not-answered-gr-python-share",
            "Say how much of the event is about Python.",
        ),
        RuleId::GrNoSwag | RuleId::GrEssentialsMarked => {
            tr!("msg-not-answered-gr-budget-lines", "Add the lines of your budget.")
        }
        RuleId::GrBudgetItemised => tr!(
            "msg-not-answered-gr-budget-itemised",
            "Enter the amount requested, and an amount on every line of the budget.",
        ),
        RuleId::GrOtherSources | RuleId::GrRequestWithinBudget => tr!(
            "msg-not-answered-gr-budget-total",
            "Enter the amount requested and the event's total budget.",
        ),
        RuleId::GrBoardReview => tr!("msg-not-answered-gr-board-review", "Enter the amount requested."),
        RuleId::GrWindow => tr!(
            "msg-not-answered-gr-window",
            "Enter the start date of the event or initiative.",
        ),
    }
}

/// The sentence behind a status: why, with the figures, and for a `fail`
/// what would make the application eligible.
pub fn reason(rule: RuleId, r: &Reason) -> String {
    match r {
        Reason::NotAnswered => not_answered(rule).to_string(),
        Reason::PythonShareMajority { percent: share, threshold } => trf!(
            "msg-reason-python-share-majority",
            "{ $share } is Python-related: more than { $threshold }.",
            &[
                ("share", percent(*share).into()),
                ("threshold", percent(*threshold).into()),
            ],
        ),
        Reason::PythonShareNotMajority { percent: share, threshold } => trf!(
            "msg-reason-python-share-not-majority",
            "{ $share } is not enough: more than { $threshold } must be about Python. If more of the content is about Python than you said, change the percentage.",
            &[
                ("share", percent(*share).into()),
                ("threshold", percent(*threshold).into()),
            ],
        ),
        Reason::PythonShareMeetsGuidance { percent: share, guidance } => trf!(
            "msg-reason-python-share-meets-guidance",
            "{ $share } Python content meets the PSF's guidance of at least { $guidance }.",
            &[
                ("share", percent(*share).into()),
                ("guidance", percent(*guidance).into()),
            ],
        ),
        Reason::PythonShareBelowGuidance { percent: share, guidance } => trf!(
            "msg-reason-python-share-below-guidance",
            "{ $share } is a majority, so you can apply, but the PSF's guidance for organizers asks for at least { $guidance } Python content.",
            &[
                ("share", percent(*share).into()),
                ("guidance", percent(*guidance).into()),
            ],
        ),
        Reason::WebPageEstablished { kind } => trf!(
            "msg-reason-web-page-established",
            "The address is { $kind ->\n    [meetup] a Meetup page\n    [luma] a Luma page\n    [social-media] a social media profile or post\n    [link-shortener] a shortened link\n    [file-sharing] a shared file or folder\n   *[own-domain] a website of its own\n}, which counts as an established web page.",
            &[("kind", web_page_kind(*kind).into())],
        ),
        Reason::WebPageWeak { kind } => trf!(
            "msg-reason-web-page-weak",
            "The address looks like { $kind ->\n    [meetup] a Meetup page\n    [luma] a Luma page\n    [own-domain] a website of its own\n    [link-shortener] a shortened link\n    [file-sharing] a shared file or folder\n   *[social-media] a social media profile or post\n}. You can still apply, but the PSF looks for an established page: the event's own website, or its Meetup or Luma page. Use one of those if you have it.",
            &[("kind", web_page_kind(*kind).into())],
        ),
        Reason::CodeOfConductWithReporting => tr!(
            "msg-reason-code-of-conduct-with-reporting",
            "You've confirmed that the Code of Conduct says how to report a problem and who responds.",
        )
        .into(),
        Reason::CodeOfConductNoReporting => tr!(
            "msg-reason-code-of-conduct-no-reporting",
            "The Code of Conduct must say how to report a problem and who responds. Add that to it, then answer “Yes”.",
        )
        .into(),
        Reason::CommunityImpactReviewedByPsf => tr!(
            "msg-reason-community-impact",
            "The PSF reviews this from your description: this form can't judge it.",
        )
        .into(),
        Reason::AcknowledgementsAll => {
            tr!("msg-reason-acknowledgements-all", "You've agreed to all of them.").into()
        }
        Reason::AcknowledgementsMissing { missing, total } => {
            if missing == total {
                trf!(
                    "msg-reason-acknowledgements-none",
                    "None of the { $total } is ticked yet. You'll need to agree to every one.",
                    &[("total", (*total).into())],
                )
            } else {
                trf!(
                    "msg-reason-acknowledgements-missing",
                    "{ $missing ->\n    [one] { $missing } of { $total } is not ticked yet.\n   *[other] { $missing } of { $total } are not ticked yet.\n} You'll need to agree to every one.",
                    &[("missing", (*missing).into()), ("total", (*total).into())],
                )
            }
        }
        Reason::EventPast { event_date } => trf!(
            "msg-reason-event-past",
            "{ $date } is today or has passed. The PSF partners with events that haven't happened yet: check the date.",
            &[("date", date(*event_date).into())],
        ),
        Reason::TooEarly { opens_on } => trf!(
            "msg-reason-too-early",
            "Too early: applications open { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} before the event. You can apply from { $opens }.",
            &[
                ("months", WINDOW_MAX_MONTHS.into()),
                ("opens", date(*opens_on).into()),
            ],
        ),
        Reason::TooLate { last_day } => trf!(
            "msg-reason-too-late",
            "Too late: applications must be sent at least { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} before the event. The last day to apply was { $last_day }.",
            &[
                ("weeks", weeks(WINDOW_MIN_DAYS).into()),
                ("last_day", date(*last_day).into()),
            ],
        ),
        Reason::FirstTimerAdvice { advised_by, apply_by } => trf!(
            "msg-reason-first-timer-advice",
            "In time, but first-time applicants are encouraged to apply { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} ahead, by { $advised_by }. Apply as soon as you can: the last day is { $apply_by }.",
            &[
                ("weeks", weeks(WINDOW_ADVISED_DAYS).into()),
                ("advised_by", date(*advised_by).into()),
                ("apply_by", date(*apply_by).into()),
            ],
        ),
        Reason::InWindow { apply_from, apply_by } => trf!(
            "msg-reason-in-window",
            "In time: you can apply from { $apply_from } until { $apply_by }.",
            &[
                ("apply_from", date(*apply_from).into()),
                ("apply_by", date(*apply_by).into()),
            ],
        ),
        Reason::GroupAppliesOnce => tr!(
            "msg-reason-group-applies-once",
            "Meetups, user groups and PyLadies chapters apply once for the whole group, not for each event. Make sure this application is for the group.",
        )
        .into(),
        Reason::SingleEventOrInitiative => tr!(
            "msg-reason-single-event",
            "This application covers this one event or initiative.",
        )
        .into(),
        Reason::MeetupGroup { group } => trf!(
            "msg-reason-meetup-group",
            "This is the Meetup group “{ $group }”.",
            &[("group", group.as_str().into())],
        ),
        Reason::NotMeetupGroup => tr!(
            "msg-reason-not-meetup-group",
            "This is not a Meetup group page. Enter the group's address on meetup.com, like https://www.meetup.com/your-group-name/.",
        )
        .into(),
        Reason::CodeOfConductInAbout => tr!(
            "msg-reason-code-of-conduct-in-about",
            "You've confirmed that the Code of Conduct is in the group's About section.",
        )
        .into(),
        Reason::CodeOfConductNotInAbout => tr!(
            "msg-reason-code-of-conduct-not-in-about",
            "The Code of Conduct must be included or linked in the About section of the group's Meetup page. Add it there, then answer “Yes”.",
        )
        .into(),
        Reason::EventsHeld { held, minimum } => trf!(
            "msg-reason-events-held",
            "{ $held ->\n    [one] { $held } event\n   *[other] { $held } events\n} in the last 12 months: at least { $minimum } a year are needed.",
            &[("held", plain_count(*held)), ("minimum", plain_count(*minimum))],
        ),
        Reason::NewGroupPlanned { held, planned, minimum } => trf!(
            "msg-reason-new-group-planned",
            "{ $held } held so far, but { $planned } planned for the next 12 months. You can apply as a new group: the PSF will look for at least { $minimum ->\n    [one] { $minimum } event\n   *[other] { $minimum } events\n} a year.",
            &[
                ("held", plain_count(*held)),
                ("planned", plain_count(*planned)),
                ("minimum", plain_count(*minimum)),
            ],
        ),
        Reason::TooFewEvents { held, planned, minimum } => trf!(
            "msg-reason-too-few-events",
            "{ $held } held and { $planned } planned: a group must hold at least { $minimum ->\n    [one] { $minimum } event\n   *[other] { $minimum } events\n} a year. Plan at least { $minimum ->\n    [one] { $minimum } event\n   *[other] { $minimum } events\n}, then apply.",
            &[
                ("held", plain_count(*held)),
                ("planned", plain_count(*planned)),
                ("minimum", plain_count(*minimum)),
            ],
        ),
        Reason::NoSwag => tr!("msg-reason-no-swag", "No line of the budget is swag.").into(),
        Reason::SwagLine { line, description } if description.is_empty() => trf!(
            "msg-reason-swag-line",
            "Budget line { $line } is swag, which the PSF never funds. Remove it, or move the money to another cost.",
            &[("line", (*line).into())],
        ),
        Reason::SwagLine { line, description } => trf!(
            "msg-reason-swag-line-described",
            "Budget line { $line } (“{ $description }”) is swag, which the PSF never funds. Remove it, or move the money to another cost.",
            &[
                ("line", (*line).into()),
                ("description", description.as_str().into()),
            ],
        ),
        Reason::BudgetAddsUp { total } => trf!(
            "msg-reason-budget-adds-up",
            "The lines add up to the amount requested, { $total }.",
            &[("total", money(*total).into())],
        ),
        Reason::BudgetMismatch { lines_total, requested } => trf!(
            "msg-reason-budget-mismatch",
            "The lines add up to { $total }, but you ask for { $requested }. Change the lines or the amount requested so that they match.",
            &[
                ("total", money(*lines_total).into()),
                ("requested", money(*requested).into()),
            ],
        ),
        Reason::EssentialsMarked { count } => trf!(
            "msg-reason-essentials-marked",
            "{ $count ->\n    [one] { $count } line is marked essential.\n   *[other] { $count } lines are marked essential.\n}",
            &[("count", plain_count(*count))],
        ),
        Reason::NoEssentials => tr!(
            "msg-reason-no-essentials",
            "No line is marked essential. The PSF may approve less than you ask for: mark the costs the event can't do without.",
        )
        .into(),
        Reason::OtherSourcesListed { count } => trf!(
            "msg-reason-other-sources-listed",
            "{ $count ->\n    [one] { $count } other source of money is listed.\n   *[other] { $count } other sources of money are listed.\n}",
            &[("count", plain_count(*count))],
        ),
        Reason::NoOtherSources => tr!(
            "msg-reason-no-other-sources",
            "No other sponsor or source is listed. The PSF supplements other funding: list the others if you have them.",
        )
        .into(),
        Reason::RequestIsWholeBudget { requested } => trf!(
            "msg-reason-request-is-whole-budget",
            "You ask for { $requested }, the whole budget. A PSF grant would not usually pay for a whole event: list the other sources of money.",
            &[("requested", money(*requested).into())],
        ),
        Reason::RequestWithinBudget { requested, total } => trf!(
            "msg-reason-request-within-budget",
            "{ $requested } of a total budget of { $total }.",
            &[
                ("requested", money(*requested).into()),
                ("total", money(*total).into()),
            ],
        ),
        Reason::RequestAboveBudget { requested, total } => trf!(
            "msg-reason-request-above-budget",
            "You ask for { $requested }, more than the event's whole budget of { $total }. Check both amounts.",
            &[
                ("requested", money(*requested).into()),
                ("total", money(*total).into()),
            ],
        ),
        Reason::GwgDecides { threshold } => trf!(
            "msg-reason-gwg-decides",
            "Up to { $threshold }: the Grants Work Group decides.",
            &[("threshold", money(*threshold).into())],
        ),
        Reason::BoardReview { threshold } => trf!(
            "msg-reason-board-review",
            "Over { $threshold }: after the Grants Work Group, the PSF Board decides. The Board meets every other month, so this adds time.",
            &[("threshold", money(*threshold).into())],
        ),
        Reason::GrantTooLate { last_day } => trf!(
            "msg-reason-grant-too-late",
            "Too late: grant requests must be sent at least { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} before the event. The last day was { $last_day }.",
            &[
                ("weeks", weeks(GR_WINDOW_MIN_DAYS).into()),
                ("last_day", date(*last_day).into()),
            ],
        ),
        Reason::GrantBoardTimeAdvice { apply_by, advised_by } => trf!(
            "msg-reason-grant-board-time-advice",
            "In time, but a request over { $amount } goes to the PSF Board, which meets every other month and may take up to two months to see it. Requests are advised { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} ahead, by { $advised_by }. The last day is { $apply_by }.",
            &[
                ("amount", money(GR_BOARD_REVIEW_ABOVE_USD).into()),
                ("months", GR_WINDOW_ADVISED_MONTHS.into()),
                ("advised_by", date(*advised_by).into()),
                ("apply_by", date(*apply_by).into()),
            ],
        ),
        Reason::GrantAdvisedEarlier { apply_by, advised_by } => trf!(
            "msg-reason-grant-advised-earlier",
            "In time, but requests are advised { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} ahead, by { $advised_by }, so that the Grants Work Group has time to review. The last day is { $apply_by }.",
            &[
                ("months", GR_WINDOW_ADVISED_MONTHS.into()),
                ("advised_by", date(*advised_by).into()),
                ("apply_by", date(*apply_by).into()),
            ],
        ),
        Reason::GrantInWindow { apply_by, advised_by } => trf!(
            "msg-reason-grant-in-window",
            "In time: advised by { $advised_by }, and the last day is { $apply_by }.",
            &[
                ("advised_by", date(*advised_by).into()),
                ("apply_by", date(*apply_by).into()),
            ],
        ),
    }
}

// --- The submission window ---------------------------------------------------

/// The names of the window's dates, and what stands for one not known yet.
pub fn apply_from() -> &'static str {
    tr!("msg-apply-from", "Apply from")
}

pub fn apply_by() -> &'static str {
    tr!("msg-apply-by", "Apply by")
}

pub fn advised_by() -> &'static str {
    tr!("msg-advised-by", "Advised by")
}

pub fn not_known_yet() -> &'static str {
    tr!("msg-not-known-yet", "not known yet")
}

pub fn window_prompt() -> &'static str {
    tr!(
        "msg-window-prompt",
        "Enter the full date to see when you can apply.",
    )
}

/// What the window means for this applicant, in a sentence (the dates
/// themselves are shown beside it).
pub fn window_outcome(w: &SubmissionWindow) -> String {
    match w.outcome {
        WindowOutcome::EventPast => tr!(
            "msg-window-event-past",
            "This date is today or has passed: the PSF partners with events that haven't happened yet.",
        )
        .to_string(),
        WindowOutcome::TooEarly => trf!(
            "msg-window-too-early",
            "Too early: applications open { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} before the event, on { $apply_from }.",
            &[
                ("months", WINDOW_MAX_MONTHS.into()),
                ("apply_from", date(w.apply_from).into()),
            ],
        ),
        WindowOutcome::TooLate => trf!(
            "msg-window-too-late",
            "Too late for this date: the last day to apply was { $apply_by }, { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} before the event.",
            &[
                ("apply_by", date(w.apply_by).into()),
                ("weeks", weeks(WINDOW_MIN_DAYS).into()),
            ],
        ),
        WindowOutcome::AdvisedLater => trf!(
            "msg-window-advised-later",
            "In time, but first-time applicants are encouraged to apply { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} ahead, by { $advised_by }. Apply soon.",
            &[
                ("weeks", weeks(WINDOW_ADVISED_DAYS).into()),
                ("advised_by", date(w.advised_by).into()),
            ],
        ),
        WindowOutcome::InWindow => trf!(
            "msg-window-in-window",
            "You're in time. Apply by { $apply_by }.",
            &[("apply_by", date(w.apply_by).into())],
        ),
    }
}

/// The Grants window in a sentence, the dates beside it.
pub fn grant_window_outcome(w: &GrantWindow) -> String {
    match w.outcome {
        GrantWindowOutcome::Started => tr!(
            "msg-grant-window-started",
            "This date is today or has passed: grants are for events that haven't started yet.",
        )
        .to_string(),
        GrantWindowOutcome::TooLate => trf!(
            "msg-grant-window-too-late",
            "Too late for this date: the last day to apply was { $apply_by }, { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} before the event.",
            &[
                ("apply_by", date(w.apply_by).into()),
                ("weeks", weeks(GR_WINDOW_MIN_DAYS).into()),
            ],
        ),
        GrantWindowOutcome::BoardTimeAdvice => trf!(
            "msg-grant-window-board-time-advice",
            "In time, but a request over { $amount } goes to the PSF Board, which meets every other month and may take up to two months to see it. Apply { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} ahead if you can.",
            &[
                ("amount", money(GR_BOARD_REVIEW_ABOVE_USD).into()),
                ("months", GR_WINDOW_ADVISED_MONTHS.into()),
            ],
        ),
        GrantWindowOutcome::AdvisedEarlier => trf!(
            "msg-grant-window-advised-earlier",
            "In time, but { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} ahead is advised, so that the Grants Work Group has time to review. Apply soon.",
            &[("months", GR_WINDOW_ADVISED_MONTHS.into())],
        ),
        GrantWindowOutcome::InWindow => trf!(
            "msg-grant-window-in-window",
            "You're in good time. Apply by { $advised_by } if you can; the last day is { $apply_by }.",
            &[
                ("advised_by", date(w.advised_by).into()),
                ("apply_by", date(w.apply_by).into()),
            ],
        ),
    }
}

/// Beside the window when the request is over the Board's threshold.
pub fn board_note() -> String {
    trf!(
        "msg-board-note",
        "Over { $amount }: after the Grants Work Group, the PSF Board decides. It meets every other month, so allow extra time.",
        &[("amount", money(GR_BOARD_REVIEW_ABOVE_USD).into())],
    )
}

pub fn grant_window_status(outcome: GrantWindowOutcome) -> Status {
    match outcome {
        GrantWindowOutcome::Started | GrantWindowOutcome::TooLate => Status::Fail,
        GrantWindowOutcome::BoardTimeAdvice | GrantWindowOutcome::AdvisedEarlier => Status::Warn,
        GrantWindowOutcome::InWindow => Status::Pass,
    }
}

/// Whether an outcome reads as good news, advice or a problem (for the icon).
pub fn window_status(outcome: WindowOutcome) -> Status {
    match outcome {
        WindowOutcome::EventPast | WindowOutcome::TooEarly | WindowOutcome::TooLate => Status::Fail,
        WindowOutcome::AdvisedLater => Status::Warn,
        WindowOutcome::InWindow => Status::Pass,
    }
}

// --- Re-shared posts (Community Partners) -----------------------------------------

pub fn post_kind(k: PostKind) -> &'static str {
    match k {
        PostKind::SaveTheDate => tr!("msg-post-save-the-date", "Save the date"),
        PostKind::MissionStatement => tr!("msg-post-mission-statement", "Mission statement"),
        PostKind::CallForProposals => tr!(
            "msg-post-call-for-proposals",
            "Call for proposals announcement",
        ),
        PostKind::ScheduleRelease => tr!("msg-post-schedule-release", "Schedule release"),
        PostKind::TravelGrant => tr!(
            "msg-post-travel-grant",
            "Travel grant or scholarship announcement",
        ),
        PostKind::Fundraiser => tr!("msg-post-fundraiser", "Fundraiser or donation request"),
        PostKind::PaidRegistration => {
            tr!("msg-post-paid-registration", "Paid registration promotion")
        }
        PostKind::Purchase => tr!("msg-post-purchase", "Purchase or revenue-related content"),
        PostKind::Other => tr!("msg-post-other", "Something else"),
    }
}

pub fn reshare_intro() -> String {
    trf!(
        "msg-reshare-intro",
        "As a Community Partner, the PSF may re-share up to { $max } of your social media posts on its LinkedIn, Bluesky, Mastodon and X accounts. Check a post here before you ask.",
        &[("max", reshare::MAX_POSTS.into())],
    )
}

/// What the person should know whatever the post.
pub fn reshare_facts() -> [String; 3] {
    [
        trf!(
            "msg-reshare-fact-most",
            "The PSF re-shares at most { $max ->\n    [one] { $max } post\n   *[other] { $max } posts\n} per Community Partner, as the Grants Work Group has capacity.",
            &[("max", reshare::MAX_POSTS.into())],
        ),
        tr!(
            "msg-reshare-fact-calendar",
            "When a post is re-shared depends on the PSF's social media calendar.",
        )
        .into(),
        tr!(
            "msg-reshare-fact-content",
            "Posts must be professional and inclusive. Content that is discriminatory, sexualized or otherwise inappropriate will not be shared.",
        )
        .into(),
    ]
}

/// The outcome's slug, for styling and tests.
pub fn reshare_slug(o: ReshareOutcome) -> &'static str {
    match o {
        ReshareOutcome::Eligible => "eligible",
        ReshareOutcome::NotEligible => "not-eligible",
        ReshareOutcome::DecidedByPsf => "decided-by-psf",
    }
}

pub fn reshare_outcome(o: ReshareOutcome) -> &'static str {
    match o {
        ReshareOutcome::Eligible => tr!(
            "msg-reshare-eligible",
            "Eligible: the PSF may re-share this post",
        ),
        ReshareOutcome::NotEligible => tr!(
            "msg-reshare-not-eligible",
            "Not eligible: the PSF doesn't re-share this kind of post",
        ),
        ReshareOutcome::DecidedByPsf => tr!("msg-reshare-decided-by-psf", "Decided by the PSF"),
    }
}

/// Why, in the PSF's words (seed `001_…`, "Promotional Support").
pub fn reshare_reason(c: &ReshareCheck) -> String {
    let kind = post_kind(c.kind);
    match c.outcome {
        ReshareOutcome::Eligible => trf!(
            "msg-reshare-reason-eligible",
            "“{ $kind }” is one of the posts the PSF re-shares: save the dates, mission statements, call for proposals announcements, schedule releases, and travel grant or scholarship announcements.",
            &[("kind", kind.into())],
        ),
        ReshareOutcome::NotEligible => trf!(
            "msg-reshare-reason-not-eligible",
            "“{ $kind }” is one of the posts the PSF doesn't re-share: fundraisers or donation requests, paid registration promotions, and purchases or revenue-related content.",
            &[("kind", kind.into())],
        ),
        ReshareOutcome::DecidedByPsf if c.contradicted => trf!(
            "msg-reshare-reason-contradicted",
            "You chose “{ $kind }”, but the text reads like a post the PSF doesn't re-share, so the PSF will decide.",
            &[("kind", kind.into())],
        ),
        ReshareOutcome::DecidedByPsf => tr!(
            "msg-reshare-reason-decided-by-psf",
            "This kind of post is on neither of the PSF's lists, so the PSF decides when you ask.",
        )
        .into(),
    }
}

/// The words found that speak against the chosen kind, as typed.
pub fn reshare_cues(c: &ReshareCheck) -> String {
    let found: Vec<String> = c
        .cues
        .iter()
        .filter(|cue| cue.kind.contradicts(c.kind))
        .map(|cue| {
            trf!(
                "msg-quoted",
                "“{ $text }”",
                &[("text", cue.found.as_str().into())],
            )
        })
        .collect();
    trf!(
        "msg-reshare-cues",
        "Words found: { $found }. The PSF doesn't re-share fundraisers, paid registration promotions or sales: take them out, or expect the PSF to decide.",
        &[("found", found.join(", ").into())],
    )
}

// --- Calendar reminders ----------------------------------------------------------

/// A reminder link's words, its date in the sentence.
pub fn add_reminder_for(day: NaiveDate) -> String {
    trf!(
        "msg-add-reminder-for",
        "Add a reminder to your calendar for { $date }",
        &[("date", date(day).into())],
    )
}

/// What a reminder link's hidden text adds after its date.
pub fn reminder_for(purpose: Purpose) -> String {
    let what = match purpose {
        Purpose::WindowOpens => tr!("msg-reminder-for-window-opens", "(applications open)"),
        Purpose::ApplyBy => tr!("msg-reminder-for-apply-by", "(the last day to apply)"),
        Purpose::AdvisedBy => tr!(
            "msg-reminder-for-advised-by",
            "(the date you're advised to apply by)",
        ),
        Purpose::DecisionBy => tr!(
            "msg-reminder-for-decision-by",
            "(the latest date to expect a decision)",
        ),
    };
    // The space parts it from the visible date before it.
    format!(" {what}")
}

/// A calendar reminder's title and text: what to do on the day and why
/// that day. `event`: the event's date, when the reminder depends on it.
pub fn reminder(p: &Program, purpose: Purpose, event: Option<NaiveDate>) -> (String, String) {
    let name: Arg = program_name(p).into();
    let of_event = event.map(|e| {
        trf!(
            "msg-reminder-event-on",
            "Your event is on { $date }.",
            &[("date", date(e).into())],
        )
    });
    // A paragraph of whole sentences, the event's date second.
    let text = |first: String, last: Option<String>| {
        [Some(first), of_event.clone(), last]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    };
    match purpose {
        Purpose::WindowOpens => (
            trf!(
                "msg-reminder-window-opens-title",
                "Apply for { $program }: applications open today",
                &[("program", name.clone())],
            ),
            text(
                trf!(
                    "msg-reminder-window-opens",
                    "Applications for the { $program } program open today, { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} before your event.",
                    &[("program", name), ("months", WINDOW_MAX_MONTHS.into())],
                ),
                Some(trf!(
                    "msg-reminder-window-opens-apply-by",
                    "Apply at least { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} before the event.",
                    &[("weeks", weeks(WINDOW_MIN_DAYS).into())],
                )),
            ),
        ),
        Purpose::ApplyBy => (
            trf!(
                "msg-reminder-apply-by-title",
                "Last day to apply for { $program }",
                &[("program", name.clone())],
            ),
            text(
                trf!(
                    "msg-reminder-apply-by",
                    "Today is the last day to send your { $program } application in time.",
                    &[("program", name)],
                ),
                None,
            ),
        ),
        Purpose::AdvisedBy => (
            trf!(
                "msg-reminder-advised-by-title",
                "Apply for { $program } today",
                &[("program", name.clone())],
            ),
            text(
                trf!(
                    "msg-reminder-advised-by",
                    "The PSF advises sending your { $program } application by today, to leave time for its review.",
                    &[("program", name)],
                ),
                None,
            ),
        ),
        Purpose::DecisionBy => (
            trf!(
                "msg-reminder-decision-by-title",
                "Expect the PSF's { $program } decision",
                &[("program", name.clone())],
            ),
            trf!(
                "msg-reminder-decision-by",
                "The PSF aims to decide on your { $program } application by today. If you haven't heard, email grants@python.org.",
                &[("program", name)],
            ),
        ),
    }
}

// --- Notices and errors of the app itself --------------------------------------

pub fn notice(n: Notice) -> String {
    match n {
        Notice::StorageUnavailable => tr!(
            "msg-notice-storage-unavailable",
            "Your answers can't be saved in this browser (its storage is turned off, blocked or full). They're kept only while this page stays open.",
        )
        .into(),
        Notice::StorageFailed => tr!(
            "msg-notice-storage-failed",
            "Your latest answers couldn't be saved in this browser (its storage may be full). They're kept while this page stays open: don't close it before you submit.",
        )
        .into(),
        Notice::DraftUnreadable(p) => trf!(
            "msg-notice-draft-unreadable",
            "A saved { $program } application in this browser couldn't be read, so it was removed. Sorry: you'll need to enter your answers again.",
            &[("program", program_name(p).into())],
        ),
        Notice::DraftOutdated => tr!(
            "msg-notice-draft-outdated",
            "A saved application from an older version of this form couldn't be used, so it was removed. Sorry: you'll need to enter your answers again.",
        )
        .into(),
        Notice::AcknowledgementsChanged => tr!(
            "msg-notice-acknowledgements-changed",
            "The acknowledgements have changed since you saved your application. Please read them and tick them again.",
        )
        .into(),
    }
}

/// Why a chosen saved-answers file was not used; the person's current
/// answers are untouched, and the words say so where it could worry them.
pub fn file_problem(p: FileProblem) -> String {
    match p {
        FileProblem::Empty => tr!(
            "msg-file-empty",
            "The file you chose is empty. Choose the file you saved from this form.",
        )
        .into(),
        FileProblem::TooLarge => tr!(
            "msg-file-too-large",
            "The file you chose is too large to be saved answers (they are under 1 MB). Choose the file you saved from this form.",
        )
        .into(),
        FileProblem::Unreadable => tr!(
            "msg-file-unreadable",
            "The file you chose couldn't be read. Try choosing it again, or save it to this device first.",
        )
        .into(),
        FileProblem::NotJson => tr!(
            "msg-file-not-json",
            "The file you chose is not a saved answers file. Choose the .json file you saved with \u{201c}Save your answers to a file\u{201d}.",
        )
        .into(),
        FileProblem::NotSavedAnswers => tr!(
            "msg-file-not-saved-answers",
            "The file you chose is not a saved answers file (a downloaded copy of a submitted application can't be continued). Choose the file you saved with \u{201c}Save your answers to a file\u{201d}.",
        )
        .into(),
        FileProblem::OtherVersion { newer: true } => tr!(
            "msg-file-newer-version",
            "The file was saved by a newer version of this form, so it can't be read here. Open the form where you saved it, or start again here.",
        )
        .into(),
        FileProblem::OtherVersion { newer: false } => tr!(
            "msg-file-older-version",
            "The file was saved by an older version of this form that this one can't read. Sorry: you'll need to enter your answers again.",
        )
        .into(),
        FileProblem::OtherProgram(Some(other)) => trf!(
            "msg-file-other-program",
            "The file holds a { $program } application, which this form doesn't take. Open the { $program } application to continue it.",
            &[("program", program_name(other).into())],
        ),
        FileProblem::OtherProgram(None) => tr!(
            "msg-file-unknown-program",
            "The file holds answers to an application this form doesn't take.",
        )
        .into(),
        FileProblem::Broken(p) => trf!(
            "msg-file-broken",
            "The file is a saved { $program } application, but it has been changed or damaged and can't be read. Choose another copy, or enter your answers again.",
            &[("program", program_name(p).into())],
        ),
    }
}

/// For the host's developer, in the browser console: English, as the
/// host's documentation is.
pub fn config_error(e: &ConfigError) -> String {
    match e {
        ConfigError::NotJson => "psf-apply: the configuration is not a JSON object; defaults used.".into(),
        ConfigError::Endpoint(v) => format!(
            "psf-apply: endpoint {v:?} is not an http(s) URL or a path starting with / or ./; nothing will be sent."
        ),
        ConfigError::HeaderName(v) => format!("psf-apply: header {v:?} cannot be set; it was left out."),
        ConfigError::HeaderValue(v) => format!("psf-apply: the value of header {v:?} is not valid; it was left out."),
        ConfigError::Credentials(v) => format!(
            "psf-apply: credentials {v:?} must be omit, same-origin or include; same-origin used."
        ),
        ConfigError::TimeoutMs(v) => format!("psf-apply: timeoutMs {v:?} is out of range; the default used."),
        ConfigError::Retries(v) => format!("psf-apply: retries {v:?} is out of range; the default used."),
        ConfigError::StoragePrefix(v) => format!(
            "psf-apply: storagePrefix {v:?} must be letters, digits, '-', '_' or '.'; the default used."
        ),
        ConfigError::ScrollOffset(v) => format!(
            "psf-apply: scrollOffset {v:?} must be a whole number of CSS pixels up to 1000; the page's scroll-padding-top used."
        ),
    }
}

/// Why an application has not been sent (the check page's hook for the
/// failure states shows these).
pub fn not_sent(why: &NotSentWhy) -> String {
    match why {
        NotSentWhy::Offline => tr!(
            "msg-not-sent-offline",
            "You seem to be offline. Check your connection, then try again.",
        )
        .into(),
        NotSentWhy::Timeout => tr!(
            "msg-not-sent-timeout",
            "The PSF's service took too long to answer. Try again in a moment.",
        )
        .into(),
        NotSentWhy::Network => tr!(
            "msg-not-sent-network",
            "Your application couldn't reach the PSF's service. Check your connection, then try again.",
        )
        .into(),
        // An HTTP status is a code, not a count: text, never grouped.
        NotSentWhy::Server { status } => trf!(
            "msg-not-sent-server",
            "The PSF's service had a problem (error { $status }). Try again in a few minutes.",
            &[("status", status.to_string().into())],
        ),
        NotSentWhy::RateLimited { retry_after_seconds } => match retry_after_seconds {
            // No [one] variant: the English has always read "1 seconds",
            // and a translation may add its own.
            Some(s) => trf!(
                "msg-not-sent-busy-for",
                "The PSF's service is busy. Try again in { $seconds ->\n    [one] { $seconds } second\n   *[other] { $seconds } seconds\n}.",
                &[("seconds", plain_count(*s))],
            ),
            None => tr!(
                "msg-not-sent-busy",
                "The PSF's service is busy. Try again in a few minutes.",
            )
            .into(),
        },
        NotSentWhy::Refused { status } => trf!(
            "msg-not-sent-refused",
            "The PSF's service refused the application (error { $status }). Your answers are kept. Try again later, or email grants@python.org.",
            &[("status", status.to_string().into())],
        ),
    }
}

/// Reassurance under "not sent yet": nothing is lost, and what happens next.
pub fn not_sent_kept(offline: bool, saved_in_browser: bool) -> &'static str {
    match (offline, saved_in_browser) {
        (true, true) => tr!(
            "msg-kept-offline-saved",
            "Your answers are saved in this browser. Your application will be sent as soon as you are back online.",
        ),
        (true, false) => tr!(
            "msg-kept-offline-not-saved",
            "Keep this page open: this browser cannot save your answers. Your application will be sent as soon as you are back online.",
        ),
        (false, true) => tr!(
            "msg-kept-saved",
            "Your answers are saved in this browser, and you can download a copy below.",
        ),
        (false, false) => tr!(
            "msg-kept-not-saved",
            "This browser cannot save your answers: keep this page open, or download a copy below.",
        ),
    }
}

/// An answer the PSF's service refused with a reason this UI has no words
/// of its own for: its own words are passed on.
pub fn refused_answer(w: &QuestionWords, detail: Option<&str>) -> String {
    match detail.map(str::trim).filter(|d| !d.is_empty()) {
        Some(detail) => trf!(
            "msg-refused-answer-detail",
            "{ $question }: { $detail }",
            &[("question", w.summary_key.into()), ("detail", detail.into())],
        ),
        None => trf!(
            "msg-refused-answer",
            "Check your answer to \u{201c}{ $question }\u{201d}: the PSF's service did not accept it",
            &[("question", w.summary_key.into())],
        ),
    }
}

/// The rules' codes about when the application was sent (a backend judges
/// the dates by its own clock), in our words; `None` for any other problem.
pub fn receipt_problem(pointer: &str, code: Option<&str>) -> Option<&'static str> {
    match (pointer, code?) {
        ("/submitted_at", "clock_skew") => Some(tr!(
            "msg-receipt-clock-skew",
            "The date or time on your device seems to be wrong, so your application's dates could not be checked. Set your device to the correct date and time, then submit your application again.",
        )),
        ("/submitted_at", "offset_out_of_range") => Some(tr!(
            "msg-receipt-offset-out-of-range",
            "Your device's time zone setting seems to be wrong, so your application's dates could not be checked. Check the time zone on your device, then submit your application again.",
        )),
        _ => None,
    }
}

/// A problem the PSF's service reported that matches no question (its JSON
/// pointer is shown so that the PSF can tell what it was about).
pub fn refused_unmatched(pointer: &str, code: Option<&str>, detail: Option<&str>) -> String {
    if let Some(words) = receipt_problem(pointer, code) {
        return words.into();
    }
    let what = detail.or(code).map(str::trim).filter(|w| !w.is_empty());
    match (pointer.is_empty(), what) {
        (true, Some(what)) => trf!(
            "msg-refused-application",
            "The PSF's service did not accept the application: { $detail }",
            &[("detail", what.into())],
        ),
        (true, None) => tr!(
            "msg-refused-application-no-details",
            "The PSF's service did not accept the application: no details were given",
        )
        .into(),
        (false, Some(what)) => trf!(
            "msg-refused-unmatched",
            "The PSF's service reported a problem that does not match any question ({ $pointer }): { $detail }",
            &[("pointer", pointer.into()), ("detail", what.into())],
        ),
        (false, None) => trf!(
            "msg-refused-unmatched-no-details",
            "The PSF's service reported a problem that does not match any question ({ $pointer }): no details were given",
            &[("pointer", pointer.into())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::COMMUNITY_PARTNER;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn error(name: &str, code: &str) -> String {
        let q = COMMUNITY_PARTNER.question(name).unwrap();
        let w = words::of(&COMMUNITY_PARTNER).question(name);
        field_error(q, w, &FieldErrorCode::from_code(code))
    }

    proptest! {
        #[test]
        fn dates_read_as_chrono_would_write_them(days in 0i64..200_000, minutes in 0u32..1440) {
            let d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
            prop_assert_eq!(date(d), d.format("%A %-d %B %Y").to_string());
            prop_assert_eq!(date_as_typed(d), d.format("%-d %-m %Y").to_string());
            let t = d
                .and_hms_opt(minutes / 60, minutes % 60, 0)
                .unwrap()
                .and_local_timezone(FixedOffset::east_opt(3600).unwrap())
                .unwrap();
            prop_assert_eq!(
                date_time(t),
                format!("{} at {}", d.format("%A %-d %B %Y"), t.format("%-I:%M%P"))
            );
        }
    }

    #[test]
    fn not_sent_never_claims_a_save_that_did_not_happen() {
        for offline in [true, false] {
            assert!(not_sent_kept(offline, true).contains("saved in this browser"));
            assert!(!not_sent_kept(offline, false).contains("saved in this browser"));
            assert!(not_sent_kept(offline, false).contains("cannot save"));
        }
    }

    #[test]
    fn formats() {
        let d = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
        assert_eq!(date(d), "Friday 15 January 2027");
        assert_eq!(number(1_000_000u32), "1,000,000");
        assert_eq!(number(100u32), "100");
        assert_eq!(number(1000u32), "1,000");
    }

    #[test]
    fn field_error_messages() {
        assert_eq!(error("email", "required"), "Enter your email address");
        assert_eq!(
            error("email", "email"),
            "Enter an email address in the correct format, like name@example.com"
        );
        assert_eq!(
            error("python_percent", "range"),
            "Percentage must be between 0 and 100"
        );
        assert_eq!(
            error("code_of_conduct_url", "web_address"),
            "Enter the Code of Conduct link in the correct format, like https://pycon.example.org/code-of-conduct"
        );
        assert_eq!(
            parse_error(
                words::of(&COMMUNITY_PARTNER).question("event_date"),
                ParseError::DateIncomplete,
                [false, true, true]
            ),
            "Event date must include a month and year"
        );
    }

    #[test]
    fn titles() {
        assert_eq!(
            document_title(Page::Step(&COMMUNITY_PARTNER, 1), true),
            "Error: Event or initiative details – Community Partner application – PSF"
        );
        assert_eq!(
            document_title(Page::Start, false),
            "Apply to a PSF community program – PSF"
        );
    }
}
