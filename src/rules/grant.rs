//! The PSF Grants request: its answers, field validation, the request window
//! and the rule table (program-rules.md, "PSF Grants request").
//!
//! The seed is a Board member's notes: what they advise (three months ahead,
//! essentials marked, other sponsors) is a `warn`, never a refusal; only what
//! the PSF states as policy (six weeks, no swag) fails.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::eligibility::{
    code_of_conduct_with_reporting, python_majority, Evaluation, Reason, Rule, RuleId, Status,
};
use super::form::{self, validate, FieldError};
use super::thresholds::{
    ATTENDEES_MAX, ATTENDEES_MIN, GR_BOARD_REVIEW_ABOVE_USD, GR_PYTHON_SHARE_MAJORITY,
    GR_WINDOW_ADVISED_MONTHS, GR_WINDOW_MIN_DAYS, MAX_BUDGET_LINES, MAX_OTHER_SOURCES,
    MONEY_MAX_USD, MONEY_MIN_USD, PERCENT_MAX, PERCENT_MIN,
};
use super::window::days_before;

/// What the money is for.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum GrantEventType {
    Conference,
    Workshop,
    Sprint,
    MeetupSeries,
    Initiative,
}

impl GrantEventType {
    pub const ALL: [GrantEventType; 5] = [
        GrantEventType::Conference,
        GrantEventType::Workshop,
        GrantEventType::Sprint,
        GrantEventType::MeetupSeries,
        GrantEventType::Initiative,
    ];
}

/// Where the event meets; a city and country are asked only in person.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    InPerson,
    Online,
}

impl Attendance {
    pub const ALL: [Attendance; 2] = [Attendance::InPerson, Attendance::Online];
}

/// A budget line's category. Swag is a category so that `gr.no_swag` can
/// name the line ("Grants do not cover swag"), rather than the applicant
/// filing it under "other" and a reviewer finding it.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Venue,
    FoodAndDrink,
    /// Travel grants or scholarships for attendees.
    TravelGrants,
    SpeakerTravel,
    /// Captioning, childcare, sign language.
    Accessibility,
    /// Audio, video and streaming.
    AudioVideo,
    Swag,
    Other,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Venue,
        Category::FoodAndDrink,
        Category::TravelGrants,
        Category::SpeakerTravel,
        Category::Accessibility,
        Category::AudioVideo,
        Category::Swag,
        Category::Other,
    ];
}

/// One item of the itemised budget: "each item must be associated with a
/// specific cost".
#[derive(Serialize, Deserialize, Validate, Clone, PartialEq, Eq, Debug, Default)]
pub struct BudgetLine {
    #[validate(custom(function = validate::line_description))]
    pub description: String,
    #[validate(required)]
    pub category: Option<Category>,
    /// Whole US dollars.
    #[validate(required, range(min = MONEY_MIN_USD, max = MONEY_MAX_USD))]
    pub amount: Option<u32>,
    /// "Essential expenses should be highlighted": an approval may be for less.
    pub essential: bool,
    /// A quote or invoice, optional.
    #[validate(custom(function = validate::optional_web_address))]
    pub quote_url: String,
}

/// Another sponsor or funding source of the event.
#[derive(Serialize, Deserialize, Validate, Clone, PartialEq, Eq, Debug, Default)]
pub struct OtherSource {
    #[validate(custom(function = validate::source_name))]
    pub name: String,
    #[validate(required, range(min = MONEY_MIN_USD, max = MONEY_MAX_USD))]
    pub amount: Option<u32>,
}

/// Everything a Grants applicant answers, in the payload's order. Field
/// names are the payload's JSON names and the keys of field errors; inside
/// the lists, `budget/<i>/<field>` and `other_sources/<i>/<field>` (from 0).
///
/// The derived `Validate` covers the lists too (nested), so
/// `form::field_errors` and [`field_errors`] agree.
#[derive(Serialize, Deserialize, Validate, Clone, PartialEq, Eq, Debug, Default)]
#[validate(schema(function = city_given, skip_on_field_errors = false))]
#[validate(schema(function = country_given, skip_on_field_errors = false))]
#[validate(schema(function = end_not_before_start, skip_on_field_errors = false))]
#[validate(schema(function = budget_lines_counted, skip_on_field_errors = false))]
#[validate(schema(function = other_sources_counted, skip_on_field_errors = false))]
pub struct GrantAnswers {
    #[validate(custom(function = validate::person_name))]
    pub first_name: String,
    #[validate(custom(function = validate::person_name))]
    pub last_name: String,
    #[validate(custom(function = validate::email))]
    pub email: String,
    /// The organizing group.
    #[validate(custom(function = validate::group_name))]
    pub group_name: String,
    /// The event's or initiative's title.
    #[validate(custom(function = validate::title))]
    pub title: String,
    #[validate(required)]
    pub event_type: Option<GrantEventType>,
    #[validate(custom(function = validate::description))]
    pub description: String,
    #[validate(required)]
    pub start_date: Option<NaiveDate>,
    /// Optional: a one-day event, or an initiative without an end.
    pub end_date: Option<NaiveDate>,
    #[validate(required)]
    pub attendance: Option<Attendance>,
    /// Needed only in person, which the struct-level checks decide.
    #[validate(custom(function = validate::optional_place))]
    pub city: String,
    #[validate(custom(function = validate::optional_place))]
    pub country: String,
    #[validate(custom(function = validate::web_address))]
    pub website: String,
    #[validate(custom(function = validate::web_address))]
    pub code_of_conduct_url: String,
    /// Does the Code of Conduct say how to report and who responds?
    #[validate(required)]
    pub coc_has_reporting: Option<bool>,
    #[validate(required, range(min = ATTENDEES_MIN, max = ATTENDEES_MAX))]
    pub expected_attendees: Option<u32>,
    #[validate(required, range(min = PERCENT_MIN, max = PERCENT_MAX))]
    pub python_percent: Option<u32>,
    /// Is this the group's first PSF grant request?
    #[validate(required)]
    pub first_grant: Option<bool>,
    /// Whole US dollars.
    #[validate(required, range(min = MONEY_MIN_USD, max = MONEY_MAX_USD))]
    pub amount_requested: Option<u32>,
    /// The event's whole budget, whole US dollars.
    #[validate(required, range(min = MONEY_MIN_USD, max = MONEY_MAX_USD))]
    pub total_budget: Option<u32>,
    /// The itemised budget of the request.
    #[validate(nested)]
    pub budget: Vec<BudgetLine>,
    #[validate(nested)]
    pub other_sources: Vec<OtherSource>,
}

// The struct-level checks: each files one error under the field it is about
// (validator gives a check one error, and city and country can both be missing).

fn in_person_place(
    a: &GrantAnswers,
    text: &str,
    field: &'static str,
) -> Result<(), validator::ValidationError> {
    if a.attendance == Some(Attendance::InPerson) && text.trim().is_empty() {
        Err(validate::struct_error(validate::REQUIRED, field))
    } else {
        Ok(())
    }
}

fn city_given(a: &GrantAnswers) -> Result<(), validator::ValidationError> {
    in_person_place(a, &a.city, "city")
}

fn country_given(a: &GrantAnswers) -> Result<(), validator::ValidationError> {
    in_person_place(a, &a.country, "country")
}

/// A one-day event ends on its start date.
fn end_not_before_start(a: &GrantAnswers) -> Result<(), validator::ValidationError> {
    match (a.start_date, a.end_date) {
        (Some(start), Some(end)) if end < start => Err(validate::struct_error(
            validate::END_BEFORE_START,
            "end_date",
        )),
        _ => Ok(()),
    }
}

/// An itemised budget has at least one item.
fn budget_lines_counted(a: &GrantAnswers) -> Result<(), validator::ValidationError> {
    lines_counted(a.budget.len(), 1, MAX_BUDGET_LINES, "budget")
}

/// Other sources are optional: none is the applicant's answer (and a warning).
fn other_sources_counted(a: &GrantAnswers) -> Result<(), validator::ValidationError> {
    lines_counted(a.other_sources.len(), 0, MAX_OTHER_SOURCES, "other_sources")
}

fn lines_counted(
    count: usize,
    min: usize,
    max: usize,
    field: &'static str,
) -> Result<(), validator::ValidationError> {
    if count < min {
        Err(validate::struct_error(validate::REQUIRED, field))
    } else if count > max {
        Err(validate::struct_error(validate::TOO_MANY, field))
    } else {
        Ok(())
    }
}

/// Field errors, sorted by field then code, list lines' included.
pub fn field_errors(answers: &GrantAnswers) -> Vec<FieldError> {
    form::field_errors(answers)
}

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum GrantWindowOutcome {
    /// The start date is today or earlier.
    Started,
    /// Fewer than 42 days before the start: `apply_by` has passed.
    TooLate,
    /// In time, above the Board's threshold, less than 3 months ahead.
    BoardTimeAdvice,
    /// In time, less than 3 months ahead.
    AdvisedEarlier,
    InWindow,
}

/// The figures behind the request window, all shown to the applicant. The
/// seed gives no upper limit, so there is no "apply from".
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
pub struct GrantWindow {
    pub today: NaiveDate,
    pub start_date: NaiveDate,
    pub days_until_start: i64,
    /// Start date − 42 days: the last day that is in time.
    pub apply_by: NaiveDate,
    /// The last day from which the start is at least 3 calendar months away
    /// (see [`advised_date`]).
    pub advised_by: NaiveDate,
    pub outcome: GrantWindowOutcome,
}

/// Works out the window. `amount_requested` decides whether the Board's
/// slower rhythm is the reason given for the advice (`None`: it is not).
pub fn window(
    start_date: NaiveDate,
    today: NaiveDate,
    amount_requested: Option<u32>,
) -> GrantWindow {
    let days_until_start = start_date.signed_duration_since(today).num_days();
    let apply_by = days_before(start_date, GR_WINDOW_MIN_DAYS);
    let advised_by = advised_date(start_date);
    let short_notice = today > advised_by;
    let to_the_board = amount_requested.is_some_and(|a| a > GR_BOARD_REVIEW_ABOVE_USD);
    let outcome = if days_until_start <= 0 {
        GrantWindowOutcome::Started
    } else if days_until_start < GR_WINDOW_MIN_DAYS {
        GrantWindowOutcome::TooLate
    } else if short_notice && to_the_board {
        GrantWindowOutcome::BoardTimeAdvice
    } else if short_notice {
        GrantWindowOutcome::AdvisedEarlier
    } else {
        GrantWindowOutcome::InWindow
    };
    GrantWindow {
        today,
        start_date,
        days_until_start,
        apply_by,
        advised_by,
        outcome,
    }
}

/// The last date from which `start_date` is at least 3 calendar months away
/// (date + 3 months, clamped at the month end, is on or before the start).
/// Usually start − 3 months; but adding months clamps, so several days can
/// reach the same month end: from 29 and 30 November, 3 months is 28 February
/// as well, so a start on 28 February 2027 is advised by 30 November 2026.
pub fn advised_date(start_date: NaiveDate) -> NaiveDate {
    let months = Months::new(GR_WINDOW_ADVISED_MONTHS);
    // Near chrono's smallest date the subtraction has nowhere to go: the
    // earliest representable date keeps every comparison meaningful.
    let Some(mut advised) = start_date.checked_sub_months(months) else {
        return NaiveDate::MIN;
    };
    // The subtraction clamps to a day whose + 3 months is on or before the
    // start; at most three later days (29–31) can clamp there too.
    while let Some(next) = advised.succ_opt() {
        match next.checked_add_months(months) {
            Some(reached) if reached <= start_date => advised = next,
            _ => break,
        }
    }
    advised
}

/// The rule table, in the order the eligibility panel lists it.
pub fn rules() -> &'static [Rule<GrantAnswers>] {
    RULES
}

static RULES: &[Rule<GrantAnswers>] = &[
    Rule {
        id: RuleId::GrPythonShare,
        check: python_share,
    },
    Rule {
        id: RuleId::GrCodeOfConduct,
        check: code_of_conduct,
    },
    Rule {
        id: RuleId::GrNoSwag,
        check: no_swag,
    },
    Rule {
        id: RuleId::GrBudgetItemised,
        check: budget_itemised,
    },
    Rule {
        id: RuleId::GrEssentialsMarked,
        check: essentials_marked,
    },
    Rule {
        id: RuleId::GrOtherSources,
        check: other_sources,
    },
    Rule {
        id: RuleId::GrRequestWithinBudget,
        check: request_within_budget,
    },
    Rule {
        id: RuleId::GrBoardReview,
        check: board_review,
    },
    Rule {
        id: RuleId::GrWindow,
        check: request_window,
    },
];

/// Counts are figures in a reason; fifty lines fit a `u32` many times over.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn python_share(a: &GrantAnswers, _today: NaiveDate) -> (Status, Reason) {
    python_majority(a.python_percent, GR_PYTHON_SHARE_MAJORITY)
}

fn code_of_conduct(a: &GrantAnswers, _today: NaiveDate) -> (Status, Reason) {
    code_of_conduct_with_reporting(&a.code_of_conduct_url, a.coc_has_reporting)
}

/// The first swag line, from 0, if any.
pub fn first_swag_line(a: &GrantAnswers) -> Option<usize> {
    swag_line(a).map(|(i, _)| i)
}

fn swag_line(a: &GrantAnswers) -> Option<(usize, &BudgetLine)> {
    a.budget
        .iter()
        .enumerate()
        .find(|(_, line)| line.category == Some(Category::Swag))
}

fn no_swag(a: &GrantAnswers, _today: NaiveDate) -> (Status, Reason) {
    if a.budget.is_empty() {
        return (Status::Unknown, Reason::NotAnswered);
    }
    match swag_line(a) {
        Some((i, line)) => (
            Status::Fail,
            Reason::SwagLine {
                line: count(i + 1),
                description: line.description.trim().to_string(),
            },
        ),
        None => (Status::Pass, Reason::NoSwag),
    }
}

/// The lines' total, once every line has an amount.
pub fn lines_total(a: &GrantAnswers) -> Option<u64> {
    a.budget.iter().map(|line| line.amount.map(u64::from)).sum()
}

fn budget_itemised(a: &GrantAnswers, _today: NaiveDate) -> (Status, Reason) {
    let (Some(requested), Some(total), false) =
        (a.amount_requested, lines_total(a), a.budget.is_empty())
    else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    if total == u64::from(requested) {
        (Status::Pass, Reason::BudgetAddsUp { total })
    } else {
        (
            Status::Fail,
            Reason::BudgetMismatch {
                lines_total: total,
                requested,
            },
        )
    }
}

fn essentials_marked(a: &GrantAnswers, _today: NaiveDate) -> (Status, Reason) {
    if a.budget.is_empty() {
        return (Status::Unknown, Reason::NotAnswered);
    }
    match a.budget.iter().filter(|line| line.essential).count() {
        0 => (Status::Warn, Reason::NoEssentials),
        n => (Status::Pass, Reason::EssentialsMarked { count: count(n) }),
    }
}

fn other_sources(a: &GrantAnswers, _today: NaiveDate) -> (Status, Reason) {
    let (Some(requested), Some(total)) = (a.amount_requested, a.total_budget) else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    // Asking for everything says more than a missing list of sponsors.
    if requested == total {
        (Status::Warn, Reason::RequestIsWholeBudget { requested })
    } else if a.other_sources.is_empty() {
        (Status::Warn, Reason::NoOtherSources)
    } else {
        (
            Status::Pass,
            Reason::OtherSourcesListed {
                count: count(a.other_sources.len()),
            },
        )
    }
}

fn request_within_budget(a: &GrantAnswers, _today: NaiveDate) -> (Status, Reason) {
    let (Some(requested), Some(total)) = (a.amount_requested, a.total_budget) else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    if requested > total {
        (
            Status::Fail,
            Reason::RequestAboveBudget { requested, total },
        )
    } else {
        (
            Status::Pass,
            Reason::RequestWithinBudget { requested, total },
        )
    }
}

/// Information, not a judgement: who decides, which the window's advice and
/// the confirmation's timeline follow.
fn board_review(a: &GrantAnswers, _today: NaiveDate) -> (Status, Reason) {
    let Some(requested) = a.amount_requested else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    let threshold = GR_BOARD_REVIEW_ABOVE_USD;
    if requested > threshold {
        (Status::Pass, Reason::BoardReview { threshold })
    } else {
        (Status::Pass, Reason::GwgDecides { threshold })
    }
}

fn request_window(a: &GrantAnswers, today: NaiveDate) -> (Status, Reason) {
    let Some(start_date) = a.start_date else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    let w = window(start_date, today, a.amount_requested);
    let (apply_by, advised_by) = (w.apply_by, w.advised_by);
    match w.outcome {
        GrantWindowOutcome::Started => (
            Status::Fail,
            Reason::EventPast {
                event_date: start_date,
            },
        ),
        GrantWindowOutcome::TooLate => (Status::Fail, Reason::GrantTooLate { last_day: apply_by }),
        GrantWindowOutcome::BoardTimeAdvice => (
            Status::Warn,
            Reason::GrantBoardTimeAdvice {
                apply_by,
                advised_by,
            },
        ),
        GrantWindowOutcome::AdvisedEarlier => (
            Status::Warn,
            Reason::GrantAdvisedEarlier {
                apply_by,
                advised_by,
            },
        ),
        GrantWindowOutcome::InWindow => (
            Status::Pass,
            Reason::GrantInWindow {
                apply_by,
                advised_by,
            },
        ),
    }
}

/// All outcomes and the verdict.
pub fn evaluate(answers: &GrantAnswers, today: NaiveDate) -> Evaluation {
    super::eligibility::evaluate_table(rules(), answers, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use GrantWindowOutcome::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn advised_by_is_the_last_day_three_months_ahead() {
        let cases = [
            (d(2027, 3, 15), d(2026, 12, 15)),
            // 29 and 30 November + 3 months clamp to 28 February too.
            (d(2027, 2, 28), d(2026, 11, 30)),
            (d(2028, 2, 29), d(2027, 11, 30)),
            (d(2028, 2, 28), d(2027, 11, 28)),
            // 31 May − 3 months clamps to the end of February; 1 March is too late.
            (d(2027, 5, 31), d(2027, 2, 28)),
            (d(2028, 5, 31), d(2028, 2, 29)),
            // 31 January + 3 months clamps to 30 April.
            (d(2027, 4, 30), d(2027, 1, 31)),
            (d(2027, 6, 30), d(2027, 3, 31)),
            (d(2026, 12, 31), d(2026, 9, 30)),
            (d(2027, 1, 31), d(2026, 10, 31)),
        ];
        for (start, advised) in cases {
            assert_eq!(advised_date(start), advised, "start {start}");
        }
    }

    #[test]
    fn outcomes_in_order_of_precedence() {
        let start = d(2027, 3, 15);
        let cases = [
            (d(2027, 3, 15), None, Started),
            (d(2027, 3, 16), Some(50_000), Started),
            (d(2027, 2, 2), Some(50_000), TooLate),
            (d(2027, 2, 1), Some(50_000), BoardTimeAdvice),
            (d(2027, 2, 1), Some(10_000), AdvisedEarlier),
            (d(2027, 2, 1), None, AdvisedEarlier),
            (d(2026, 12, 16), Some(10_001), BoardTimeAdvice),
            (d(2026, 12, 15), Some(10_001), InWindow),
            (d(2025, 1, 1), Some(10_001), InWindow),
        ];
        for (today, amount, expected) in cases {
            let w = window(start, today, amount);
            assert_eq!(w.outcome, expected, "today {today}, {amount:?}");
            assert_eq!(w.apply_by, d(2027, 2, 1));
            assert_eq!(w.advised_by, d(2026, 12, 15));
        }
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        for (start, today) in [
            (NaiveDate::MIN, NaiveDate::MAX),
            (NaiveDate::MAX, NaiveDate::MIN),
            (NaiveDate::MIN, NaiveDate::MIN),
            (NaiveDate::MAX, NaiveDate::MAX),
        ] {
            let w = window(start, today, Some(u32::MAX));
            assert!(w.advised_by <= w.start_date && w.apply_by <= w.start_date);
        }
    }
}
