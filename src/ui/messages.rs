//! Every word a person reads that depends on a code: question labels and
//! hints, error messages per field and code, rule titles, a sentence per
//! eligibility reason, window outcomes, notices. Exhaustive `match`es, so a
//! new code cannot reach the screen without its words.
//!
//! Style: GOV.UK's. Plain English, errors that say what to do ("Enter your
//! email address"), dates like "Friday 15 January 2027", figures taken from
//! the rules' thresholds rather than written out here.

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
pub use super::format::{date, date_as_typed, date_time, money, number, weeks};
use super::notice::{FileProblem, Notice};
use super::reminder::Purpose;
use super::route::Page;
use super::submit::NotSentWhy;
use super::words::{self, QuestionWords};

// --- Programs and pages ------------------------------------------------------

pub fn program_name(p: &Program) -> &'static str {
    words::of(p).name
}

/// The caption above a step's heading.
pub fn application_name(p: &Program) -> String {
    format!("{} application", program_name(p))
}

fn step_words(p: &Program, i: usize) -> Option<&'static words::StepWords> {
    let step = p.steps.get(i)?;
    words::of(p).step(step.slug)
}

/// The `<h1>` of each page.
pub fn page_heading(page: Page) -> &'static str {
    match page {
        Page::Start => "Apply to a PSF community program",
        Page::Preview(p) => words::of(p).preview_heading,
        Page::Step(p, i) => step_words(p, i).map_or("", |s| s.heading),
        Page::Check(_) => "Check your answers before submitting",
        Page::Confirmation(_) => "Application submitted",
        Page::NotFound => "Page not found",
    }
}

/// The step indicator's name for a step.
pub fn step_label(page: Page) -> &'static str {
    match page {
        Page::Step(p, i) => step_words(p, i).map_or("", |s| s.label),
        Page::Check(_) => "Check and submit",
        Page::Confirmation(_) => "Submitted",
        Page::Start => "Start",
        Page::Preview(_) => "Eligibility check",
        Page::NotFound => "Page not found",
    }
}

/// `document.title`: "Event or initiative details – Community Partner
/// application – PSF", with "Error: " first while the error summary shows.
pub fn document_title(page: Page, has_errors: bool) -> String {
    let heading = match page {
        Page::Check(_) => "Check your answers",
        other => page_heading(other),
    };
    let title = match page.program() {
        Some(p) => format!("{heading} – {} – PSF", application_name(p)),
        None => format!("{heading} – PSF"),
    };
    if has_errors {
        format!("Error: {title}")
    } else {
        title
    }
}

/// "Step 2 of 4".
pub fn step_of(n: usize, of: usize) -> String {
    format!("Step {n} of {of}")
}

/// The resume offer's heading.
pub fn draft_in_progress(p: &Program) -> String {
    format!("You have a {} application in progress", program_name(p))
}

/// When the draft was saved, for the resume offer.
pub fn draft_saved(saved_at: Option<DateTime<FixedOffset>>) -> String {
    match saved_at {
        Some(t) => format!(
            "Your answers were saved in this browser on {}.",
            date_time(t)
        ),
        None => "Your answers are saved in this browser.".to_string(),
    }
}

// --- Questions ---------------------------------------------------------------

pub fn yes_no(answer: bool) -> &'static str {
    if answer {
        "Yes"
    } else {
        "No"
    }
}

pub const OPTIONAL: &str = "(optional)";
pub const NOT_ANSWERED: &str = "Not answered";

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

/// The message for one field error of a question, from its words and the
/// definition's limit.
pub fn field_error(q: &Question, w: &QuestionWords, code: &FieldErrorCode) -> String {
    match code {
        FieldErrorCode::Required | FieldErrorCode::OtherTypeRequired => w.required.to_string(),
        FieldErrorCode::TooLong => match q.limit {
            Limit::Chars(max) => format!(
                "{} must be {} characters or fewer",
                w.subject,
                number(max as u64)
            ),
            _ => format!("{} is too long", w.subject),
        },
        FieldErrorCode::Email => {
            "Enter an email address in the correct format, like name@example.com".to_string()
        }
        FieldErrorCode::WebAddress => {
            let example = if w.example.is_empty() {
                "https://pycon.example.org"
            } else {
                w.example
            };
            format!(
                "Enter the {} in the correct format, like {example}",
                w.subject
                    .to_lowercase()
                    .replace("code of conduct", "Code of Conduct")
            )
        }
        FieldErrorCode::Range => match q.limit {
            Limit::Range { min, max } if q.control == Control::Money => format!(
                "{} must be between {} and {}",
                w.subject,
                money(min),
                money(max)
            ),
            Limit::Range { min, max } => format!(
                "{} must be between {} and {}",
                w.subject,
                number(min),
                number(max)
            ),
            _ => format!("Check the {}", w.subject.to_lowercase()),
        },
        FieldErrorCode::EndBeforeStart => {
            format!("{} must be the same as or after the start date", w.subject)
        }
        FieldErrorCode::TooMany => match &q.control {
            Control::List(list) => format!(
                "You can add up to {} {}s: combine some of them",
                list.max_lines,
                w.item.to_lowercase()
            ),
            _ => format!("Check the {}", w.subject.to_lowercase()),
        },
        FieldErrorCode::Unrecognised(_) => {
            format!("Check the {} you entered", w.subject.to_lowercase())
        }
    }
}

/// The message when typed text does not read as a value. `missing` says which
/// of a date's day, month and year are empty.
pub fn parse_error(w: &QuestionWords, e: ParseError, missing: [bool; 3]) -> String {
    match e {
        ParseError::NotAWholeNumber => {
            let example = if w.example.is_empty() { "6" } else { w.example };
            format!("{} must be a whole number, like {example}", w.subject)
        }
        ParseError::DateIncomplete => {
            let parts: Vec<&str> = ["day", "month", "year"]
                .into_iter()
                .zip(missing)
                .filter_map(|(name, m)| m.then_some(name))
                .collect();
            let list = match parts.as_slice() {
                [] => "day, month and year".to_string(),
                [one] => one.to_string(),
                [a, b] => format!("{a} and {b}"),
                [a, b, c, ..] => format!("{a}, {b} and {c}"),
            };
            format!("{} must include a {list}", w.subject)
        }
        ParseError::DateInvalid => {
            format!("{} must be a real date, with a 4-digit year", w.subject)
        }
        ParseError::NegativeAmount => format!(
            "{} must be {} or more, without a minus sign",
            w.subject,
            money(MONEY_MIN_USD)
        ),
        ParseError::NotWholeDollars => format!(
            "Enter the {} in whole US dollars, like {}",
            w.subject.to_lowercase(),
            if w.example.is_empty() {
                "12,500"
            } else {
                w.example
            }
        ),
    }
}

// --- Lists -------------------------------------------------------------------

pub const REMOVE: &str = "Remove";

/// "Budget line 3", from the list's name for a line ("Budget line").
pub fn line_name(item: &str, n: usize) -> String {
    format!("{item} {n}")
}

/// A line's problem, naming the line: "Budget line 3: enter the amount …".
pub fn in_line(item: &str, n: usize, message: &str) -> String {
    let mut chars = message.chars();
    let first = chars.next().map(|c| c.to_lowercase().to_string());
    format!(
        "{}: {}{}",
        line_name(item, n),
        first.unwrap_or_default(),
        chars.as_str()
    )
}

pub fn add_line(item: &str, none_yet: bool) -> String {
    let item = item.to_lowercase();
    if none_yet {
        format!("Add a {item}")
    } else {
        format!("Add another {item}")
    }
}

pub fn line_added(item: &str, n: usize) -> String {
    format!("{} added.", line_name(item, n))
}

pub fn line_removed(item: &str, n: usize, left: usize) -> String {
    let lines = item.to_lowercase();
    let left = match left {
        0 => format!("No {lines}s left."),
        1 => format!("1 {lines} left."),
        n => format!("{n} {lines}s left."),
    };
    format!("{} removed. {left}", line_name(item, n))
}

pub fn lines_full(item: &str, max: usize) -> String {
    let item = item.to_lowercase();
    format!("You've added {max} {item}s, the most this form takes.")
}

/// Under an itemised list: what its amounts add up to, beside the answer
/// they must equal (`against`, e.g. "Amount requested").
pub fn running_total(lines: u64, against: Option<u32>, against_name: &str) -> String {
    let total = format!("The lines add up to {}.", money(lines));
    match against.map(u64::from) {
        None => total,
        Some(a) if a == lines => format!(
            "{total} That is the {} exactly.",
            against_name.to_lowercase()
        ),
        Some(a) if a > lines => format!(
            "{total} {against_name}: {}, so {} is not in a line yet.",
            money(a),
            money(a - lines)
        ),
        Some(a) => format!(
            "{total} {against_name}: {}, so the lines come to {} more than you're asking for.",
            money(a),
            money(lines - a)
        ),
    }
}

/// The error summary's entry for an unticked box of a checklist.
pub fn box_unticked(w: &QuestionWords, code: &str) -> String {
    format!("Tick the box to confirm that {}", w.option(code))
}

/// "3 of 8 agreed" for check your answers.
pub fn checklist_summary(ticked: usize, total: usize) -> String {
    if ticked == total {
        format!("All {total} agreed")
    } else {
        format!("{ticked} of {total} agreed")
    }
}

// --- Eligibility -------------------------------------------------------------

pub fn rule_title(rule: RuleId) -> String {
    match rule {
        RuleId::CpPythonShare => "Mostly about Python".into(),
        RuleId::CpWebPage => "An established web page".into(),
        RuleId::CpCodeOfConduct => "A Code of Conduct with clear reporting".into(),
        RuleId::CpCommunityImpact => "Positive impact on the Python community".into(),
        RuleId::CpAcknowledgements => "The eight acknowledgements".into(),
        RuleId::CpWindow => "Applying at the right time".into(),
        RuleId::CpGroupNotEvent => "One application per group or event".into(),
        RuleId::MpMeetupUrl => "A Meetup group".into(),
        RuleId::MpPythonShare => "Mostly Python content".into(),
        RuleId::MpCodeOfConduct => "Code of Conduct in the About section".into(),
        RuleId::MpEventsPerYear => format!("At least {MP_MIN_EVENTS_PER_YEAR} events a year"),
        RuleId::GrPythonShare => "A Python event".into(),
        RuleId::GrCodeOfConduct => "A Code of Conduct with clear reporting".into(),
        RuleId::GrNoSwag => "No swag".into(),
        RuleId::GrBudgetItemised => "An itemised budget".into(),
        RuleId::GrEssentialsMarked => "Essential costs marked".into(),
        RuleId::GrOtherSources => "Other sources of money".into(),
        RuleId::GrRequestWithinBudget => "The request is part of the budget".into(),
        RuleId::GrBoardReview => "Who decides".into(),
        RuleId::GrWindow => "Applying at the right time".into(),
    }
}

/// The PSF's criterion in a sentence, shown when it is not met.
pub fn rule_criterion(rule: RuleId) -> String {
    match rule {
        RuleId::CpPythonShare => {
            "The event or initiative must be Python-specific, or mostly about Python.".into()
        }
        RuleId::CpWebPage => {
            "It must have an established web page, such as its own domain, a Meetup page or a Luma page.".into()
        }
        RuleId::CpCodeOfConduct => {
            "It must have an enforceable Code of Conduct that says how to report problems.".into()
        }
        RuleId::CpCommunityImpact => "It must have a positive impact on the Python community.".into(),
        RuleId::CpAcknowledgements => {
            "You must agree to the bounds of the Community Partner title, in eight acknowledgements.".into()
        }
        RuleId::CpWindow => format!(
            "Apply at least {} weeks before the event ({} weeks if it's your first application), and no more than {} months before.",
            weeks(WINDOW_MIN_DAYS),
            weeks(WINDOW_ADVISED_DAYS),
            WINDOW_MAX_MONTHS
        ),
        RuleId::CpGroupNotEvent => {
            "Groups that run several events a year apply once for the whole group.".into()
        }
        RuleId::MpMeetupUrl => "The group must be a Meetup group on meetup.com.".into(),
        RuleId::MpPythonShare => format!(
            "The group's content must be mostly about Python. The PSF's guidance for organizers asks for at least {MP_PYTHON_SHARE_GUIDANCE}%."
        ),
        RuleId::MpCodeOfConduct => {
            "The About section of the group's Meetup page must include or link to its Code of Conduct.".into()
        }
        RuleId::MpEventsPerYear => format!(
            "The group must hold at least {MP_MIN_EVENTS_PER_YEAR} events a year, virtual or in person."
        ),
        RuleId::GrPythonShare => {
            format!("More than {GR_PYTHON_SHARE_MAJORITY}% of the event or initiative must be about Python.")
        }
        RuleId::GrCodeOfConduct => {
            "It must have an enforceable Code of Conduct that says how to report problems.".into()
        }
        RuleId::GrNoSwag => "Grants do not cover swag.".into(),
        RuleId::GrBudgetItemised => {
            "Each item must have its own cost, related directly to the event, and the lines must add up to the amount requested.".into()
        }
        RuleId::GrEssentialsMarked => {
            "Mark the essential costs: the PSF may approve less than you ask for.".into()
        }
        RuleId::GrOtherSources => {
            "The PSF supplements other funding: it helps to see the other sources.".into()
        }
        RuleId::GrRequestWithinBudget => {
            "The amount requested can't be more than the event's total budget.".into()
        }
        RuleId::GrBoardReview => format!(
            "Requests over {} go to the PSF Board after the Grants Work Group.",
            money(GR_BOARD_REVIEW_ABOVE_USD)
        ),
        RuleId::GrWindow => format!(
            "Apply at least {} weeks before the event; {} months or more is advised.",
            weeks(GR_WINDOW_MIN_DAYS),
            GR_WINDOW_ADVISED_MONTHS
        ),
    }
}

pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::Pass => "Met",
        Status::Warn => "Met, with advice",
        Status::Fail => "Not met",
        Status::Unknown => "Not answered yet",
    }
}

/// What the eligibility panel says aloud once typing pauses: each criterion
/// whose status changed, then the verdict if it changed ("Mostly about
/// Python: not met. Not eligible with these answers.").
pub fn eligibility_changes(changed: &[(RuleId, Status)], verdict_now: Option<Verdict>) -> String {
    let mut said = String::new();
    for &(rule, status) in changed {
        said.push_str(&rule_title(rule));
        said.push_str(": ");
        said.push_str(status_in_sentence(status));
        said.push_str(". ");
    }
    if let Some(v) = verdict_now {
        said.push_str(verdict(v));
        said.push('.');
    }
    said.truncate(said.trim_end().len());
    said
}

/// `status_label` inside a sentence.
fn status_in_sentence(s: Status) -> &'static str {
    match s {
        Status::Pass => "met",
        Status::Warn => "met, with advice",
        Status::Fail => "not met",
        Status::Unknown => "not answered yet",
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
        Verdict::Eligible => "Eligible",
        Verdict::EligibleWithWarnings => "Eligible, with advice",
        Verdict::NotEligible => "Not eligible with these answers",
        Verdict::Incomplete => "Not finished yet",
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

fn web_page_kind(kind: WebPageKind) -> &'static str {
    match kind {
        WebPageKind::Meetup => "a Meetup page",
        WebPageKind::Luma => "a Luma page",
        WebPageKind::OwnDomain => "a website of its own",
        WebPageKind::SocialMedia => "a social media profile or post",
        WebPageKind::LinkShortener => "a shortened link",
        WebPageKind::FileSharing => "a shared file or folder",
    }
}

fn not_answered(rule: RuleId) -> &'static str {
    match rule {
        RuleId::CpPythonShare => "Say how much of the event is Python-related.",
        RuleId::CpWebPage => "Enter the website of the event or initiative.",
        RuleId::CpCodeOfConduct => {
            "Enter the link to the Code of Conduct and say whether it explains how to report problems."
        }
        RuleId::CpCommunityImpact => {
            "Describe the event or initiative: the PSF reviews its impact on the Python community."
        }
        RuleId::CpAcknowledgements => "Tick the eight acknowledgements.",
        RuleId::CpWindow => "Enter the date of the event or initiative.",
        RuleId::CpGroupNotEvent => "Choose the type of event or initiative.",
        RuleId::MpMeetupUrl => "Enter the address of the group's Meetup page.",
        RuleId::MpPythonShare => "Say how much of the group's content is about Python.",
        RuleId::MpCodeOfConduct => {
            "Enter the link to the Code of Conduct and say whether it is in the About section."
        }
        RuleId::MpEventsPerYear => {
            "Say how many events the group has held and how many it plans."
        }
        RuleId::GrPythonShare => "Say how much of the event is about Python.",
        RuleId::GrCodeOfConduct => {
            "Enter the link to the Code of Conduct and say whether it explains how to report problems."
        }
        RuleId::GrNoSwag | RuleId::GrEssentialsMarked => "Add the lines of your budget.",
        RuleId::GrBudgetItemised => {
            "Enter the amount requested, and an amount on every line of the budget."
        }
        RuleId::GrOtherSources | RuleId::GrRequestWithinBudget => {
            "Enter the amount requested and the event's total budget."
        }
        RuleId::GrBoardReview => "Enter the amount requested.",
        RuleId::GrWindow => "Enter the start date of the event or initiative.",
    }
}

/// The sentence behind a status: why, with the figures, and for a `fail`
/// what would make the application eligible.
pub fn reason(rule: RuleId, r: &Reason) -> String {
    match r {
        Reason::NotAnswered => not_answered(rule).to_string(),
        Reason::PythonShareMajority { percent, threshold } => format!(
            "{percent}% is Python-related: more than {threshold}%."
        ),
        Reason::PythonShareNotMajority { percent, threshold } => format!(
            "{percent}% is not enough: more than {threshold}% must be about Python. If more of the content is about Python than you said, change the percentage."
        ),
        Reason::PythonShareMeetsGuidance { percent, guidance } => format!(
            "{percent}% Python content meets the PSF's guidance of at least {guidance}%."
        ),
        Reason::PythonShareBelowGuidance { percent, guidance } => format!(
            "{percent}% is a majority, so you can apply, but the PSF's guidance for organizers asks for at least {guidance}% Python content."
        ),
        Reason::WebPageEstablished { kind } => format!(
            "The address is {}, which counts as an established web page.",
            web_page_kind(*kind)
        ),
        Reason::WebPageWeak { kind } => format!(
            "The address looks like {}. You can still apply, but the PSF looks for an established page: the event's own website, or its Meetup or Luma page. Use one of those if you have it.",
            web_page_kind(*kind)
        ),
        Reason::CodeOfConductWithReporting => {
            "You've confirmed that the Code of Conduct says how to report a problem and who responds.".into()
        }
        Reason::CodeOfConductNoReporting => {
            "The Code of Conduct must say how to report a problem and who responds. Add that to it, then answer “Yes”.".into()
        }
        Reason::CommunityImpactReviewedByPsf => {
            "The PSF reviews this from your description: this form can't judge it.".into()
        }
        Reason::AcknowledgementsAll => "You've agreed to all of them.".into(),
        Reason::AcknowledgementsMissing { missing, total } => {
            if missing == total {
                format!("None of the {total} is ticked yet. You'll need to agree to every one.")
            } else {
                format!("{missing} of {total} are not ticked yet. You'll need to agree to every one.")
            }
        }
        Reason::EventPast { event_date } => format!(
            "{} is today or has passed. The PSF partners with events that haven't happened yet: check the date.",
            date(*event_date)
        ),
        Reason::TooEarly { opens_on } => format!(
            "Too early: applications open {WINDOW_MAX_MONTHS} months before the event. You can apply from {}.",
            date(*opens_on)
        ),
        Reason::TooLate { last_day } => format!(
            "Too late: applications must be sent at least {} weeks before the event. The last day to apply was {}.",
            weeks(WINDOW_MIN_DAYS),
            date(*last_day)
        ),
        Reason::FirstTimerAdvice { advised_by, apply_by } => format!(
            "In time, but first-time applicants are encouraged to apply {} weeks ahead, by {}. Apply as soon as you can: the last day is {}.",
            weeks(WINDOW_ADVISED_DAYS),
            date(*advised_by),
            date(*apply_by)
        ),
        Reason::InWindow { apply_from, apply_by } => format!(
            "In time: you can apply from {} until {}.",
            date(*apply_from),
            date(*apply_by)
        ),
        Reason::GroupAppliesOnce => {
            "Meetups, user groups and PyLadies chapters apply once for the whole group, not for each event. Make sure this application is for the group.".into()
        }
        Reason::SingleEventOrInitiative => "This application covers this one event or initiative.".into(),
        Reason::MeetupGroup { group } => format!("This is the Meetup group “{group}”."),
        Reason::NotMeetupGroup => {
            "This is not a Meetup group page. Enter the group's address on meetup.com, like https://www.meetup.com/your-group-name/.".into()
        }
        Reason::CodeOfConductInAbout => {
            "You've confirmed that the Code of Conduct is in the group's About section.".into()
        }
        Reason::CodeOfConductNotInAbout => {
            "The Code of Conduct must be included or linked in the About section of the group's Meetup page. Add it there, then answer “Yes”.".into()
        }
        Reason::EventsHeld { held, minimum } => format!(
            "{held} events in the last 12 months: at least {minimum} a year are needed."
        ),
        Reason::NewGroupPlanned { held, planned, minimum } => format!(
            "{held} held so far, but {planned} planned for the next 12 months. You can apply as a new group: the PSF will look for at least {minimum} events a year."
        ),
        Reason::TooFewEvents { held, planned, minimum } => format!(
            "{held} held and {planned} planned: a group must hold at least {minimum} events a year. Plan at least {minimum} events, then apply."
        ),
        Reason::NoSwag => "No line of the budget is swag.".into(),
        Reason::SwagLine { line, description } if description.is_empty() => format!(
            "Budget line {line} is swag, which the PSF never funds. Remove it, or move the money to another cost."
        ),
        Reason::SwagLine { line, description } => format!(
            "Budget line {line} (“{description}”) is swag, which the PSF never funds. Remove it, or move the money to another cost."
        ),
        Reason::BudgetAddsUp { total } => {
            format!("The lines add up to the amount requested, {}.", money(*total))
        }
        Reason::BudgetMismatch { lines_total, requested } => format!(
            "The lines add up to {}, but you ask for {}. Change the lines or the amount requested so that they match.",
            money(*lines_total),
            money(*requested)
        ),
        Reason::EssentialsMarked { count } => match count {
            1 => "1 line is marked essential.".into(),
            n => format!("{n} lines are marked essential."),
        },
        Reason::NoEssentials => {
            "No line is marked essential. The PSF may approve less than you ask for: mark the costs the event can't do without.".into()
        }
        Reason::OtherSourcesListed { count } => match count {
            1 => "1 other source of money is listed.".into(),
            n => format!("{n} other sources of money are listed."),
        },
        Reason::NoOtherSources => {
            "No other sponsor or source is listed. The PSF supplements other funding: list the others if you have them.".into()
        }
        Reason::RequestIsWholeBudget { requested } => format!(
            "You ask for {}, the whole budget. A PSF grant would not usually pay for a whole event: list the other sources of money.",
            money(*requested)
        ),
        Reason::RequestWithinBudget { requested, total } => format!(
            "{} of a total budget of {}.",
            money(*requested),
            money(*total)
        ),
        Reason::RequestAboveBudget { requested, total } => format!(
            "You ask for {}, more than the event's whole budget of {}. Check both amounts.",
            money(*requested),
            money(*total)
        ),
        Reason::GwgDecides { threshold } => format!(
            "Up to {}: the Grants Work Group decides.",
            money(*threshold)
        ),
        Reason::BoardReview { threshold } => format!(
            "Over {}: after the Grants Work Group, the PSF Board decides. The Board meets every other month, so this adds time.",
            money(*threshold)
        ),
        Reason::GrantTooLate { last_day } => format!(
            "Too late: grant requests must be sent at least {} weeks before the event. The last day was {}.",
            weeks(GR_WINDOW_MIN_DAYS),
            date(*last_day)
        ),
        Reason::GrantBoardTimeAdvice { apply_by, advised_by } => format!(
            "In time, but a request over {} goes to the PSF Board, which meets every other month and may take up to two months to see it. Requests are advised {} months ahead, by {}. The last day is {}.",
            money(GR_BOARD_REVIEW_ABOVE_USD),
            GR_WINDOW_ADVISED_MONTHS,
            date(*advised_by),
            date(*apply_by)
        ),
        Reason::GrantAdvisedEarlier { apply_by, advised_by } => format!(
            "In time, but requests are advised {} months ahead, by {}, so that the Grants Work Group has time to review. The last day is {}.",
            GR_WINDOW_ADVISED_MONTHS,
            date(*advised_by),
            date(*apply_by)
        ),
        Reason::GrantInWindow { apply_by, advised_by } => format!(
            "In time: advised by {}, and the last day is {}.",
            date(*advised_by),
            date(*apply_by)
        ),
    }
}

// --- The submission window ---------------------------------------------------

pub const APPLY_FROM: &str = "Apply from";
pub const APPLY_BY: &str = "Apply by";
pub const NOT_KNOWN_YET: &str = "not known yet";

pub fn window_prompt() -> &'static str {
    "Enter the full date to see when you can apply."
}

/// What the window means for this applicant, in a sentence (the dates
/// themselves are shown beside it).
pub fn window_outcome(w: &SubmissionWindow) -> String {
    match w.outcome {
        WindowOutcome::EventPast => {
            "This date is today or has passed: the PSF partners with events that haven't happened yet.".to_string()
        }
        WindowOutcome::TooEarly => format!(
            "Too early: applications open {WINDOW_MAX_MONTHS} months before the event, on {}.",
            date(w.apply_from)
        ),
        WindowOutcome::TooLate => format!(
            "Too late for this date: the last day to apply was {}, {} weeks before the event.",
            date(w.apply_by),
            weeks(WINDOW_MIN_DAYS)
        ),
        WindowOutcome::AdvisedLater => format!(
            "In time, but first-time applicants are encouraged to apply {} weeks ahead, by {}. Apply soon.",
            weeks(WINDOW_ADVISED_DAYS),
            date(w.advised_by)
        ),
        WindowOutcome::InWindow => format!("You're in time. Apply by {}.", date(w.apply_by)),
    }
}

pub const ADVISED_BY: &str = "Advised by";

/// The Grants window in a sentence, the dates beside it.
pub fn grant_window_outcome(w: &GrantWindow) -> String {
    match w.outcome {
        GrantWindowOutcome::Started => {
            "This date is today or has passed: grants are for events that haven't started yet.".to_string()
        }
        GrantWindowOutcome::TooLate => format!(
            "Too late for this date: the last day to apply was {}, {} weeks before the event.",
            date(w.apply_by),
            weeks(GR_WINDOW_MIN_DAYS)
        ),
        GrantWindowOutcome::BoardTimeAdvice => format!(
            "In time, but a request over {} goes to the PSF Board, which meets every other month and may take up to two months to see it. Apply {} months ahead if you can.",
            money(GR_BOARD_REVIEW_ABOVE_USD),
            GR_WINDOW_ADVISED_MONTHS
        ),
        GrantWindowOutcome::AdvisedEarlier => format!(
            "In time, but {} months ahead is advised, so that the Grants Work Group has time to review. Apply soon.",
            GR_WINDOW_ADVISED_MONTHS
        ),
        GrantWindowOutcome::InWindow => format!(
            "You're in good time. Apply by {} if you can; the last day is {}.",
            date(w.advised_by),
            date(w.apply_by)
        ),
    }
}

/// Beside the window when the request is over the Board's threshold.
pub fn board_note() -> String {
    format!(
        "Over {}: after the Grants Work Group, the PSF Board decides. It meets every other month, so allow extra time.",
        money(GR_BOARD_REVIEW_ABOVE_USD)
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
        PostKind::SaveTheDate => "Save the date",
        PostKind::MissionStatement => "Mission statement",
        PostKind::CallForProposals => "Call for proposals announcement",
        PostKind::ScheduleRelease => "Schedule release",
        PostKind::TravelGrant => "Travel grant or scholarship announcement",
        PostKind::Fundraiser => "Fundraiser or donation request",
        PostKind::PaidRegistration => "Paid registration promotion",
        PostKind::Purchase => "Purchase or revenue-related content",
        PostKind::Other => "Something else",
    }
}

pub fn reshare_intro() -> String {
    format!(
        "As a Community Partner, the PSF may re-share up to {} of your social media posts on its LinkedIn, Bluesky, Mastodon and X accounts. Check a post here before you ask.",
        reshare::MAX_POSTS
    )
}

/// What the person should know whatever the post.
pub fn reshare_facts() -> [String; 3] {
    [
        format!(
            "The PSF re-shares at most {} posts per Community Partner, as the Grants Work Group has capacity.",
            reshare::MAX_POSTS
        ),
        "When a post is re-shared depends on the PSF's social media calendar.".into(),
        "Posts must be professional and inclusive. Content that is discriminatory, sexualized or otherwise inappropriate will not be shared.".into(),
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
        ReshareOutcome::Eligible => "Eligible: the PSF may re-share this post",
        ReshareOutcome::NotEligible => "Not eligible: the PSF doesn't re-share this kind of post",
        ReshareOutcome::DecidedByPsf => "Decided by the PSF",
    }
}

/// Why, in the PSF's words (seed `001_…`, "Promotional Support").
pub fn reshare_reason(c: &ReshareCheck) -> String {
    let kind = post_kind(c.kind);
    match c.outcome {
        ReshareOutcome::Eligible => format!("“{kind}” is one of the posts the PSF re-shares: save the dates, mission statements, call for proposals announcements, schedule releases, and travel grant or scholarship announcements."),
        ReshareOutcome::NotEligible => format!("“{kind}” is one of the posts the PSF doesn't re-share: fundraisers or donation requests, paid registration promotions, and purchases or revenue-related content."),
        ReshareOutcome::DecidedByPsf if c.contradicted => format!("You chose “{kind}”, but the text reads like a post the PSF doesn't re-share, so the PSF will decide."),
        ReshareOutcome::DecidedByPsf => "This kind of post is on neither of the PSF's lists, so the PSF decides when you ask.".into(),
    }
}

/// The words found that speak against the chosen kind, as typed.
pub fn reshare_cues(c: &ReshareCheck) -> String {
    let found: Vec<String> = c
        .cues
        .iter()
        .filter(|cue| cue.kind.contradicts(c.kind))
        .map(|cue| format!("“{}”", cue.found))
        .collect();
    format!(
        "Words found: {}. The PSF doesn't re-share fundraisers, paid registration promotions or sales: take them out, or expect the PSF to decide.",
        found.join(", ")
    )
}

// --- Calendar reminders ----------------------------------------------------------

pub const ADD_REMINDER: &str = "Add a reminder to your calendar";

/// What a reminder link's hidden text adds after its date.
pub fn reminder_for(purpose: Purpose) -> String {
    let what = match purpose {
        Purpose::WindowOpens => "applications open",
        Purpose::ApplyBy => "the last day to apply",
        Purpose::AdvisedBy => "the date you're advised to apply by",
        Purpose::DecisionBy => "the latest date to expect a decision",
    };
    format!(" ({what})")
}

/// A calendar reminder's title and text: what to do on the day and why
/// that day. `event`: the event's date, when the reminder depends on it.
pub fn reminder(p: &Program, purpose: Purpose, event: Option<NaiveDate>) -> (String, String) {
    let name = program_name(p);
    let of_event = event.map_or(String::new(), |e| format!(" Your event is on {}.", date(e)));
    match purpose {
        Purpose::WindowOpens => (
            format!("Apply for {name}: applications open today"),
            format!(
                "Applications for the {name} program open today, {WINDOW_MAX_MONTHS} months before your event.{of_event} Apply at least {} weeks before the event.",
                weeks(WINDOW_MIN_DAYS)
            ),
        ),
        Purpose::ApplyBy => (
            format!("Last day to apply for {name}"),
            format!("Today is the last day to send your {name} application in time.{of_event}"),
        ),
        Purpose::AdvisedBy => (
            format!("Apply for {name} today"),
            format!("The PSF advises sending your {name} application by today, to leave time for its review.{of_event}"),
        ),
        Purpose::DecisionBy => (
            format!("Expect the PSF's {name} decision"),
            format!("The PSF aims to decide on your {name} application by today. If you haven't heard, email grants@python.org."),
        ),
    }
}

// --- Notices and errors of the app itself --------------------------------------

pub fn notice(n: Notice) -> String {
    match n {
        Notice::StorageUnavailable => {
            "Your answers can't be saved in this browser (its storage is turned off, blocked or full). They're kept only while this page stays open.".into()
        }
        Notice::StorageFailed => {
            "Your latest answers couldn't be saved in this browser (its storage may be full). They're kept while this page stays open: don't close it before you submit.".into()
        }
        Notice::DraftUnreadable(p) => format!(
            "A saved {} application in this browser couldn't be read, so it was removed. Sorry: you'll need to enter your answers again.",
            program_name(p)
        ),
        Notice::DraftOutdated => {
            "A saved application from an older version of this form couldn't be used, so it was removed. Sorry: you'll need to enter your answers again.".into()
        }
        Notice::AcknowledgementsChanged => {
            "The acknowledgements have changed since you saved your application. Please read them and tick them again.".into()
        }
    }
}

/// Why a chosen saved-answers file was not used; the person's current
/// answers are untouched, and the words say so where it could worry them.
pub fn file_problem(p: FileProblem) -> String {
    match p {
        FileProblem::Empty => "The file you chose is empty. Choose the file you saved from this form.".into(),
        FileProblem::TooLarge => "The file you chose is too large to be saved answers (they are under 1 MB). Choose the file you saved from this form.".into(),
        FileProblem::Unreadable => "The file you chose couldn't be read. Try choosing it again, or save it to this device first.".into(),
        FileProblem::NotJson => "The file you chose is not a saved answers file. Choose the .json file you saved with \u{201c}Save your answers to a file\u{201d}.".into(),
        FileProblem::NotSavedAnswers => "The file you chose is not a saved answers file (a downloaded copy of a submitted application can't be continued). Choose the file you saved with \u{201c}Save your answers to a file\u{201d}.".into(),
        FileProblem::OtherVersion { newer: true } => "The file was saved by a newer version of this form, so it can't be read here. Open the form where you saved it, or start again here.".into(),
        FileProblem::OtherVersion { newer: false } => "The file was saved by an older version of this form that this one can't read. Sorry: you'll need to enter your answers again.".into(),
        FileProblem::OtherProgram(Some(other)) => format!(
            "The file holds a {} application, which this form doesn't take. Open the {} application to continue it.",
            program_name(other),
            program_name(other)
        ),
        FileProblem::OtherProgram(None) => "The file holds answers to an application this form doesn't take.".into(),
        FileProblem::Broken(p) => format!(
            "The file is a saved {} application, but it has been changed or damaged and can't be read. Choose another copy, or enter your answers again.",
            program_name(p)
        ),
    }
}

/// For the host's developer, in the browser console.
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
        NotSentWhy::Offline => "You seem to be offline. Check your connection, then try again.".into(),
        NotSentWhy::Timeout => "The PSF's service took too long to answer. Try again in a moment.".into(),
        NotSentWhy::Network => "Your application couldn't reach the PSF's service. Check your connection, then try again.".into(),
        NotSentWhy::Server { status } => format!(
            "The PSF's service had a problem (error {status}). Try again in a few minutes."
        ),
        NotSentWhy::RateLimited { retry_after_seconds } => match retry_after_seconds {
            Some(s) => format!("The PSF's service is busy. Try again in {s} seconds."),
            None => "The PSF's service is busy. Try again in a few minutes.".into(),
        },
        NotSentWhy::Refused { status } => format!(
            "The PSF's service refused the application (error {status}). Your answers are kept. Try again later, or email grants@python.org."
        ),
    }
}

/// Reassurance under "not sent yet": nothing is lost, and what happens next.
pub fn not_sent_kept(offline: bool, saved_in_browser: bool) -> &'static str {
    match (offline, saved_in_browser) {
        (true, true) => "Your answers are saved in this browser. Your application will be sent as soon as you are back online.",
        (true, false) => "Keep this page open: this browser cannot save your answers. Your application will be sent as soon as you are back online.",
        (false, true) => "Your answers are saved in this browser, and you can download a copy below.",
        (false, false) => "This browser cannot save your answers: keep this page open, or download a copy below.",
    }
}

/// An answer the PSF's service refused with a reason this UI has no words
/// of its own for: its own words are passed on.
pub fn refused_answer(w: &QuestionWords, detail: Option<&str>) -> String {
    match detail.map(str::trim).filter(|d| !d.is_empty()) {
        Some(detail) => format!("{}: {detail}", w.summary_key),
        None => format!(
            "Check your answer to \u{201c}{}\u{201d}: the PSF's service did not accept it",
            w.summary_key
        ),
    }
}

/// The rules' codes about when the application was sent (a backend judges
/// the dates by its own clock), in our words; `None` for any other problem.
pub fn receipt_problem(pointer: &str, code: Option<&str>) -> Option<&'static str> {
    match (pointer, code?) {
        ("/submitted_at", "clock_skew") => Some("The date or time on your device seems to be wrong, so your application's dates could not be checked. Set your device to the correct date and time, then submit your application again."),
        ("/submitted_at", "offset_out_of_range") => Some("Your device's time zone setting seems to be wrong, so your application's dates could not be checked. Check the time zone on your device, then submit your application again."),
        _ => None,
    }
}

/// A problem the PSF's service reported that matches no question (its JSON
/// pointer is shown so that the PSF can tell what it was about).
pub fn refused_unmatched(pointer: &str, code: Option<&str>, detail: Option<&str>) -> String {
    if let Some(words) = receipt_problem(pointer, code) {
        return words.into();
    }
    let what = detail
        .or(code)
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .unwrap_or("no details were given");
    if pointer.is_empty() {
        format!("The PSF's service did not accept the application: {what}")
    } else {
        format!("The PSF's service reported a problem that does not match any question ({pointer}): {what}")
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
