//! The PSF Grants request: every `gr.*` rule at its boundaries, the request
//! window (6 weeks, 3 calendar months, month ends), field validation of the
//! answers and their lists, and reading sums of money.
#![cfg(not(target_arch = "wasm32"))]

#[path = "rules_fixtures/mod.rs"]
mod fixtures;

use chrono::{Days, Months, NaiveDate};
use fixtures::*;
use proptest::prelude::*;
use psf_apply::rules::eligibility::{Reason, RuleId, Status, Verdict};
use psf_apply::rules::form::{self, parse_money, ParseError};
use psf_apply::rules::grant::{
    self as gr, window, Attendance, BudgetLine, Category, GrantAnswers, GrantEventType,
    GrantWindowOutcome, OtherSource,
};
use psf_apply::rules::thresholds;

fn outcome(answers: &GrantAnswers, today: NaiveDate, rule: RuleId) -> (Status, Reason) {
    let o = gr::evaluate(answers, today)
        .outcomes
        .into_iter()
        .find(|o| o.rule == rule)
        .unwrap();
    (o.status, o.reason)
}

fn months_after(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap()
}

#[test]
fn the_fixture_passes_every_rule() {
    let answers = pycon_jupiter_grant(today());
    assert_eq!(gr::field_errors(&answers), vec![]);
    let evaluation = gr::evaluate(&answers, today());
    assert_eq!(evaluation.verdict, Verdict::Eligible, "{evaluation:#?}");
    let got: Vec<(RuleId, Status, Reason)> = evaluation
        .outcomes
        .into_iter()
        .map(|o| (o.rule, o.status, o.reason))
        .collect();
    let start = plus_days(today(), 120);
    assert_eq!(
        got,
        [
            (
                RuleId::GrPythonShare,
                Status::Pass,
                Reason::PythonShareMajority {
                    percent: 100,
                    threshold: 50
                }
            ),
            (
                RuleId::GrCodeOfConduct,
                Status::Pass,
                Reason::CodeOfConductWithReporting
            ),
            (RuleId::GrNoSwag, Status::Pass, Reason::NoSwag),
            (
                RuleId::GrBudgetItemised,
                Status::Pass,
                Reason::BudgetAddsUp { total: 5_000 }
            ),
            (
                RuleId::GrEssentialsMarked,
                Status::Pass,
                Reason::EssentialsMarked { count: 2 }
            ),
            (
                RuleId::GrOtherSources,
                Status::Pass,
                Reason::OtherSourcesListed { count: 2 }
            ),
            (
                RuleId::GrRequestWithinBudget,
                Status::Pass,
                Reason::RequestWithinBudget {
                    requested: 5_000,
                    total: 40_000
                }
            ),
            (
                RuleId::GrBoardReview,
                Status::Pass,
                Reason::GwgDecides { threshold: 10_000 }
            ),
            (
                RuleId::GrWindow,
                Status::Pass,
                Reason::GrantInWindow {
                    apply_by: start - Days::new(42),
                    advised_by: start.checked_sub_months(Months::new(3)).unwrap(),
                }
            ),
        ]
    );
}

#[test]
fn the_rule_table_lists_every_id_once_in_order() {
    let ids: Vec<RuleId> = gr::rules().iter().map(|r| r.id).collect();
    assert_eq!(
        ids,
        [
            RuleId::GrPythonShare,
            RuleId::GrCodeOfConduct,
            RuleId::GrNoSwag,
            RuleId::GrBudgetItemised,
            RuleId::GrEssentialsMarked,
            RuleId::GrOtherSources,
            RuleId::GrRequestWithinBudget,
            RuleId::GrBoardReview,
            RuleId::GrWindow,
        ]
    );
    for id in &ids {
        let json = serde_json::to_value(id).unwrap();
        assert_eq!(json, id.as_str());
        assert!(id.as_str().starts_with("gr."), "{}", id.as_str());
    }
}

fn codes<T: serde::Serialize>(all: &[T]) -> Vec<String> {
    all.iter()
        .map(|v| {
            serde_json::to_value(v)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// The enums' codes in `ALL` order: the definition's option lists follow them.
#[test]
fn choice_codes_in_order() {
    assert_eq!(
        codes(&GrantEventType::ALL),
        [
            "conference",
            "workshop",
            "sprint",
            "meetup_series",
            "initiative"
        ]
    );
    assert_eq!(codes(&Attendance::ALL), ["in_person", "online"]);
    assert_eq!(
        codes(&Category::ALL),
        [
            "venue",
            "food_and_drink",
            "travel_grants",
            "speaker_travel",
            "accessibility",
            "audio_video",
            "swag",
            "other"
        ]
    );
}

type Case = (&'static str, fn(&mut GrantAnswers), RuleId, Status, Reason);

/// Each rule on its own, from the fixture (which passes them all), on [`today`].
#[test]
fn grant_rules() {
    let t = today();
    let cases: Vec<Case> = vec![
        // gr.python_share
        (
            "51 %",
            |a| a.python_percent = Some(51),
            RuleId::GrPythonShare,
            Status::Pass,
            Reason::PythonShareMajority {
                percent: 51,
                threshold: 50,
            },
        ),
        (
            "50 %",
            |a| a.python_percent = Some(50),
            RuleId::GrPythonShare,
            Status::Fail,
            Reason::PythonShareNotMajority {
                percent: 50,
                threshold: 50,
            },
        ),
        (
            "no percent",
            |a| a.python_percent = None,
            RuleId::GrPythonShare,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // gr.code_of_conduct
        (
            "no reporting",
            |a| a.coc_has_reporting = Some(false),
            RuleId::GrCodeOfConduct,
            Status::Fail,
            Reason::CodeOfConductNoReporting,
        ),
        (
            "no reporting, no link",
            |a| {
                a.coc_has_reporting = Some(false);
                a.code_of_conduct_url.clear();
            },
            RuleId::GrCodeOfConduct,
            Status::Fail,
            Reason::CodeOfConductNoReporting,
        ),
        (
            "reporting unanswered",
            |a| a.coc_has_reporting = None,
            RuleId::GrCodeOfConduct,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "unreadable link",
            |a| a.code_of_conduct_url = "pycon jupiter coc".into(),
            RuleId::GrCodeOfConduct,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // gr.no_swag
        (
            "no lines",
            |a| a.budget.clear(),
            RuleId::GrNoSwag,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "swag on the third line, named by its number from 1",
            |a| {
                a.budget[2].category = Some(Category::Swag);
                a.budget[2].description = " T-shirts for volunteers ".into();
            },
            RuleId::GrNoSwag,
            Status::Fail,
            Reason::SwagLine {
                line: 3,
                description: "T-shirts for volunteers".into(),
            },
        ),
        (
            "the first of two swag lines",
            |a| {
                a.budget[1].category = Some(Category::Swag);
                a.budget[2].category = Some(Category::Swag);
            },
            RuleId::GrNoSwag,
            Status::Fail,
            Reason::SwagLine {
                line: 2,
                description: "Live captioning".into(),
            },
        ),
        (
            "a line without a category is not swag",
            |a| a.budget[0].category = None,
            RuleId::GrNoSwag,
            Status::Pass,
            Reason::NoSwag,
        ),
        // gr.budget_itemised: the fixture's lines add up to 5,000.
        (
            "lines add up to the request - 1",
            |a| a.amount_requested = Some(5_001),
            RuleId::GrBudgetItemised,
            Status::Fail,
            Reason::BudgetMismatch {
                lines_total: 5_000,
                requested: 5_001,
            },
        ),
        (
            "lines add up to the request",
            |a| a.budget[2].amount = Some(1_300),
            RuleId::GrBudgetItemised,
            Status::Pass,
            Reason::BudgetAddsUp { total: 5_000 },
        ),
        (
            "lines add up to the request + 1",
            |a| a.budget[2].amount = Some(1_301),
            RuleId::GrBudgetItemised,
            Status::Fail,
            Reason::BudgetMismatch {
                lines_total: 5_001,
                requested: 5_000,
            },
        ),
        (
            "lines beyond a u32",
            |a| {
                a.budget = vec![line("Venue", Category::Venue, 100_000_000, true); 50];
                a.amount_requested = Some(100_000_000);
            },
            RuleId::GrBudgetItemised,
            Status::Fail,
            Reason::BudgetMismatch {
                lines_total: 5_000_000_000,
                requested: 100_000_000,
            },
        ),
        (
            "a line without an amount",
            |a| a.budget[1].amount = None,
            RuleId::GrBudgetItemised,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "no request",
            |a| a.amount_requested = None,
            RuleId::GrBudgetItemised,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "no lines",
            |a| a.budget.clear(),
            RuleId::GrBudgetItemised,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // gr.essentials_marked
        (
            "none essential",
            |a| a.budget.iter_mut().for_each(|l| l.essential = false),
            RuleId::GrEssentialsMarked,
            Status::Warn,
            Reason::NoEssentials,
        ),
        (
            "one essential",
            |a| a.budget[1].essential = false,
            RuleId::GrEssentialsMarked,
            Status::Pass,
            Reason::EssentialsMarked { count: 1 },
        ),
        (
            "no lines",
            |a| a.budget.clear(),
            RuleId::GrEssentialsMarked,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // gr.other_sources
        (
            "no other sources",
            |a| a.other_sources.clear(),
            RuleId::GrOtherSources,
            Status::Warn,
            Reason::NoOtherSources,
        ),
        (
            "one source",
            |a| a.other_sources.truncate(1),
            RuleId::GrOtherSources,
            Status::Pass,
            Reason::OtherSourcesListed { count: 1 },
        ),
        (
            "the request is the whole budget, sources or not",
            |a| a.total_budget = Some(5_000),
            RuleId::GrOtherSources,
            Status::Warn,
            Reason::RequestIsWholeBudget { requested: 5_000 },
        ),
        (
            "the whole budget and no sources",
            |a| {
                a.total_budget = Some(5_000);
                a.other_sources.clear();
            },
            RuleId::GrOtherSources,
            Status::Warn,
            Reason::RequestIsWholeBudget { requested: 5_000 },
        ),
        (
            "no total budget",
            |a| a.total_budget = None,
            RuleId::GrOtherSources,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "no request",
            |a| a.amount_requested = None,
            RuleId::GrOtherSources,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // gr.request_within_budget
        (
            "request above the budget",
            |a| a.total_budget = Some(4_999),
            RuleId::GrRequestWithinBudget,
            Status::Fail,
            Reason::RequestAboveBudget {
                requested: 5_000,
                total: 4_999,
            },
        ),
        (
            "request equal to the budget",
            |a| a.total_budget = Some(5_000),
            RuleId::GrRequestWithinBudget,
            Status::Pass,
            Reason::RequestWithinBudget {
                requested: 5_000,
                total: 5_000,
            },
        ),
        (
            "no total budget",
            |a| a.total_budget = None,
            RuleId::GrRequestWithinBudget,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // gr.board_review: information either way.
        (
            "10,000: the Work Group decides",
            |a| a.amount_requested = Some(10_000),
            RuleId::GrBoardReview,
            Status::Pass,
            Reason::GwgDecides { threshold: 10_000 },
        ),
        (
            "10,001: the Board decides",
            |a| a.amount_requested = Some(10_001),
            RuleId::GrBoardReview,
            Status::Pass,
            Reason::BoardReview { threshold: 10_000 },
        ),
        (
            "no request",
            |a| a.amount_requested = None,
            RuleId::GrBoardReview,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // gr.window, today 22 November 2026.
        (
            "starts today",
            |a| a.start_date = Some(today()),
            RuleId::GrWindow,
            Status::Fail,
            Reason::EventPast {
                event_date: today(),
            },
        ),
        (
            "started yesterday",
            |a| a.start_date = today().pred_opt(),
            RuleId::GrWindow,
            Status::Fail,
            Reason::EventPast {
                event_date: date(2026, 11, 21),
            },
        ),
        (
            "41 days away",
            |a| a.start_date = Some(plus_days(today(), 41)),
            RuleId::GrWindow,
            Status::Fail,
            Reason::GrantTooLate {
                last_day: date(2026, 11, 21),
            },
        ),
        (
            "42 days away: in time, earlier advised",
            |a| a.start_date = Some(plus_days(today(), 42)),
            RuleId::GrWindow,
            Status::Warn,
            Reason::GrantAdvisedEarlier {
                apply_by: today(),
                advised_by: date(2026, 10, 3),
            },
        ),
        (
            "42 days away, 10,001 for the Board",
            |a| {
                a.start_date = Some(plus_days(today(), 42));
                a.amount_requested = Some(10_001);
            },
            RuleId::GrWindow,
            Status::Warn,
            Reason::GrantBoardTimeAdvice {
                apply_by: today(),
                advised_by: date(2026, 10, 3),
            },
        ),
        (
            "3 months − 1 day away",
            |a| a.start_date = Some(date(2027, 2, 21)),
            RuleId::GrWindow,
            Status::Warn,
            Reason::GrantAdvisedEarlier {
                apply_by: date(2027, 1, 10),
                advised_by: date(2026, 11, 21),
            },
        ),
        (
            "3 months − 1 day away, 10,000 is not for the Board",
            |a| {
                a.start_date = Some(date(2027, 2, 21));
                a.amount_requested = Some(10_000);
            },
            RuleId::GrWindow,
            Status::Warn,
            Reason::GrantAdvisedEarlier {
                apply_by: date(2027, 1, 10),
                advised_by: date(2026, 11, 21),
            },
        ),
        (
            "3 months − 1 day away, 10,001 is",
            |a| {
                a.start_date = Some(date(2027, 2, 21));
                a.amount_requested = Some(10_001);
            },
            RuleId::GrWindow,
            Status::Warn,
            Reason::GrantBoardTimeAdvice {
                apply_by: date(2027, 1, 10),
                advised_by: date(2026, 11, 21),
            },
        ),
        (
            "exactly 3 months away",
            |a| {
                a.start_date = Some(date(2027, 2, 22));
                a.amount_requested = Some(10_001);
            },
            RuleId::GrWindow,
            Status::Pass,
            Reason::GrantInWindow {
                apply_by: date(2027, 1, 11),
                advised_by: today(),
            },
        ),
        (
            "3 months + 1 day away",
            |a| a.start_date = Some(date(2027, 2, 23)),
            RuleId::GrWindow,
            Status::Pass,
            Reason::GrantInWindow {
                apply_by: date(2027, 1, 12),
                advised_by: date(2026, 11, 23),
            },
        ),
        (
            "no upper limit",
            |a| a.start_date = Some(date(2030, 1, 1)),
            RuleId::GrWindow,
            Status::Pass,
            Reason::GrantInWindow {
                apply_by: date(2029, 11, 20),
                advised_by: date(2029, 10, 1),
            },
        ),
        (
            "no start date",
            |a| a.start_date = None,
            RuleId::GrWindow,
            Status::Unknown,
            Reason::NotAnswered,
        ),
    ];
    for (name, change, rule, status, reason) in cases {
        let mut answers = pycon_jupiter_grant(t);
        change(&mut answers);
        assert_eq!(
            outcome(&answers, t, rule),
            (status, reason),
            "{}: {name}",
            rule.as_str()
        );
    }
}

/// 28 February 2027 is 3 months after 28, 29 and 30 November 2026 (adding
/// months clamps at the month end): all three are in time for the advice.
#[test]
fn the_window_at_a_month_end_start() {
    let mut answers = pycon_jupiter_grant(today());
    answers.start_date = Some(date(2027, 2, 28));
    answers.amount_requested = Some(10_001);
    let advice = |day| outcome(&answers, day, RuleId::GrWindow);
    let dates = (date(2027, 1, 17), date(2026, 11, 30));
    let in_window = Reason::GrantInWindow {
        apply_by: dates.0,
        advised_by: dates.1,
    };
    assert_eq!(
        advice(date(2026, 11, 28)),
        (Status::Pass, in_window.clone())
    );
    assert_eq!(advice(date(2026, 11, 30)), (Status::Pass, in_window));
    assert_eq!(
        advice(date(2026, 12, 1)),
        (
            Status::Warn,
            Reason::GrantBoardTimeAdvice {
                apply_by: dates.0,
                advised_by: dates.1,
            }
        )
    );

    // 31 May: 3 months before clamps to the end of February, leap year or not.
    for (start, advised_by) in [
        (date(2027, 5, 31), date(2027, 2, 28)),
        (date(2028, 5, 31), date(2028, 2, 29)),
    ] {
        let w = window(start, advised_by, None);
        assert_eq!(
            (w.advised_by, w.outcome),
            (advised_by, GrantWindowOutcome::InWindow)
        );
        let w = window(start, advised_by.succ_opt().unwrap(), None);
        assert_eq!(w.outcome, GrantWindowOutcome::AdvisedEarlier, "{start}");
    }
}

#[test]
fn window_figures() {
    let w = window(date(2027, 3, 15), today(), Some(12_000));
    assert_eq!(w.today, today());
    assert_eq!(w.start_date, date(2027, 3, 15));
    assert_eq!(w.days_until_start, 113);
    assert_eq!(w.apply_by, date(2027, 2, 1));
    assert_eq!(w.advised_by, date(2026, 12, 15));
    assert_eq!(w.outcome, GrantWindowOutcome::InWindow);
    assert_eq!(
        serde_json::to_value(w).unwrap(),
        serde_json::json!({
            "today": "2026-11-22",
            "start_date": "2027-03-15",
            "days_until_start": 113,
            "apply_by": "2027-02-01",
            "advised_by": "2026-12-15",
            "outcome": "in_window",
        })
    );
    let w = window(date(2026, 11, 21), today(), None);
    assert_eq!(
        (w.days_until_start, w.outcome),
        (-1, GrantWindowOutcome::Started)
    );
}

#[test]
fn verdicts() {
    let mut a = pycon_jupiter_grant(today());
    a.other_sources.clear();
    assert_eq!(
        gr::evaluate(&a, today()).verdict,
        Verdict::EligibleWithWarnings
    );
    a.python_percent = None;
    assert_eq!(gr::evaluate(&a, today()).verdict, Verdict::Incomplete);
    a.budget[0].category = Some(Category::Swag);
    let evaluation = gr::evaluate(&a, today());
    assert_eq!(evaluation.verdict, Verdict::NotEligible);
    assert_eq!(evaluation.outcomes.len(), 9);
    assert_eq!(
        gr::evaluate(&GrantAnswers::default(), today()).verdict,
        Verdict::Incomplete
    );
}

#[test]
fn reasons_serialise_with_a_code_tag_and_figures() {
    let cases = [
        (
            Reason::SwagLine {
                line: 3,
                description: "T-shirts".into(),
            },
            serde_json::json!({"code": "swag_line", "line": 3, "description": "T-shirts"}),
        ),
        (
            Reason::BudgetMismatch {
                lines_total: 5_000_000_000,
                requested: 5_000,
            },
            serde_json::json!({"code": "budget_mismatch", "lines_total": 5_000_000_000u64, "requested": 5_000}),
        ),
        (
            Reason::GrantBoardTimeAdvice {
                apply_by: date(2027, 1, 10),
                advised_by: date(2026, 11, 21),
            },
            serde_json::json!({"code": "grant_board_time_advice", "apply_by": "2027-01-10", "advised_by": "2026-11-21"}),
        ),
        (
            Reason::GwgDecides { threshold: 10_000 },
            serde_json::json!({"code": "gwg_decides", "threshold": 10_000}),
        ),
        (
            Reason::NoEssentials,
            serde_json::json!({"code": "no_essentials"}),
        ),
    ];
    for (reason, json) in cases {
        assert_eq!(serde_json::to_value(&reason).unwrap(), json);
        assert_eq!(serde_json::from_value::<Reason>(json).unwrap(), reason);
    }
}

#[test]
fn policy_numbers() {
    assert_eq!(thresholds::GR_PYTHON_SHARE_MAJORITY, 50);
    assert_eq!(thresholds::GR_WINDOW_MIN_DAYS, 42);
    assert_eq!(thresholds::GR_WINDOW_ADVISED_MONTHS, 3);
    assert_eq!(thresholds::GR_BOARD_REVIEW_ABOVE_USD, 10_000);
    assert_eq!(thresholds::MONEY_MIN_USD, 1);
    assert_eq!(thresholds::MONEY_MAX_USD, 100_000_000);
    assert_eq!(thresholds::MAX_BUDGET_LINES, 50);
    assert_eq!(thresholds::MAX_OTHER_SOURCES, 20);
    assert_eq!(thresholds::MAX_LINE_DESCRIPTION_CHARS, 200);
    assert_eq!(thresholds::MAX_SOURCE_NAME_CHARS, 150);
}

// --- Field validation ------------------------------------------------------

#[test]
fn empty_grant_answers_are_all_required() {
    let expected = errors(&[
        ("attendance", "required"),
        ("amount_requested", "required"),
        ("budget", "required"),
        ("coc_has_reporting", "required"),
        ("code_of_conduct_url", "required"),
        ("description", "required"),
        ("email", "required"),
        ("event_type", "required"),
        ("expected_attendees", "required"),
        ("first_grant", "required"),
        ("first_name", "required"),
        ("group_name", "required"),
        ("last_name", "required"),
        ("python_percent", "required"),
        ("start_date", "required"),
        ("title", "required"),
        ("total_budget", "required"),
        ("website", "required"),
    ]);
    let mut sorted = expected.clone();
    sorted.sort_by(|a, b| (&a.field, &a.code).cmp(&(&b.field, &b.code)));
    assert_eq!(gr::field_errors(&GrantAnswers::default()), sorted);
}

type FieldCase = (
    &'static str,
    fn(&mut GrantAnswers),
    &'static [(&'static str, &'static str)],
);

#[test]
fn grant_field_errors() {
    let cases: Vec<FieldCase> = vec![
        (
            "a line amount of 0",
            |a| a.budget[2].amount = Some(0),
            &[("budget/2/amount", "range")],
        ),
        (
            "a line amount above 100,000,000",
            |a| a.budget[2].amount = Some(100_000_001),
            &[("budget/2/amount", "range")],
        ),
        (
            "a line amount of 100,000,000",
            |a| a.budget[2].amount = Some(100_000_000),
            &[],
        ),
        (
            "a line amount missing",
            |a| a.budget[1].amount = None,
            &[("budget/1/amount", "required")],
        ),
        (
            "a line without a description",
            |a| a.budget[0].description = "  ".into(),
            &[("budget/0/description", "required")],
        ),
        (
            "a line description of 200",
            |a| a.budget[0].description = "d".repeat(200),
            &[],
        ),
        (
            "a line description of 201",
            |a| a.budget[0].description = "d".repeat(201),
            &[("budget/0/description", "too_long")],
        ),
        (
            "a line without a category",
            |a| a.budget[0].category = None,
            &[("budget/0/category", "required")],
        ),
        (
            "a swag line is not a field error",
            |a| a.budget[0].category = Some(Category::Swag),
            &[],
        ),
        (
            "an unreadable quote link",
            |a| a.budget[1].quote_url = "the caterer's quote".into(),
            &[("budget/1/quote_url", "web_address")],
        ),
        (
            "a quote link of spaces is no link",
            |a| a.budget[1].quote_url = "   ".into(),
            &[],
        ),
        (
            "a quote link too long",
            |a| a.budget[1].quote_url = format!("https://pycon.jupiter.com/{}", "q".repeat(2048)),
            &[("budget/1/quote_url", "too_long")],
        ),
        (
            "errors on several lines, sorted as text",
            |a| {
                a.budget = vec![line("Venue", Category::Venue, 100, true); 11];
                a.budget[10].amount = None;
                a.budget[2].description.clear();
                a.budget[2].amount = Some(0);
                a.amount_requested = Some(1_100);
            },
            &[
                ("budget/10/amount", "required"),
                ("budget/2/amount", "range"),
                ("budget/2/description", "required"),
            ],
        ),
        ("no lines", |a| a.budget.clear(), &[("budget", "required")]),
        (
            "50 lines",
            |a| a.budget = vec![line("Venue", Category::Venue, 100, true); 50],
            &[],
        ),
        (
            "51 lines, one of them wrong",
            |a| {
                a.budget = vec![line("Venue", Category::Venue, 100, true); 51];
                a.budget[50].category = None;
            },
            &[("budget", "too_many"), ("budget/50/category", "required")],
        ),
        ("no other sources", |a| a.other_sources.clear(), &[]),
        (
            "20 other sources",
            |a| a.other_sources = vec![a.other_sources[0].clone(); 20],
            &[],
        ),
        (
            "21 other sources",
            |a| a.other_sources = vec![a.other_sources[0].clone(); 21],
            &[("other_sources", "too_many")],
        ),
        (
            "a source without a name or amount",
            |a| {
                a.other_sources[1] = OtherSource {
                    name: String::new(),
                    amount: None,
                }
            },
            &[
                ("other_sources/1/amount", "required"),
                ("other_sources/1/name", "required"),
            ],
        ),
        (
            "a source name of 151",
            |a| a.other_sources[0].name = "n".repeat(151),
            &[("other_sources/0/name", "too_long")],
        ),
        (
            "a source of 0",
            |a| a.other_sources[0].amount = Some(0),
            &[("other_sources/0/amount", "range")],
        ),
        (
            "request of 0",
            |a| a.amount_requested = Some(0),
            &[("amount_requested", "range")],
        ),
        (
            "budget above 100,000,000",
            |a| a.total_budget = Some(100_000_001),
            &[("total_budget", "range")],
        ),
        (
            "end before start",
            |a| a.end_date = a.start_date.and_then(|d| d.pred_opt()),
            &[("end_date", "end_before_start")],
        ),
        ("one-day event", |a| a.end_date = a.start_date, &[]),
        ("no end date", |a| a.end_date = None, &[]),
        (
            "an end date without a start",
            |a| a.start_date = None,
            &[("start_date", "required")],
        ),
        (
            "in person without a city or country",
            |a| {
                a.city = " ".into();
                a.country.clear();
            },
            &[("city", "required"), ("country", "required")],
        ),
        (
            "online without a city or country",
            |a| {
                a.attendance = Some(Attendance::Online);
                a.city.clear();
                a.country.clear();
            },
            &[],
        ),
        (
            "online, a city too long",
            |a| {
                a.attendance = Some(Attendance::Online);
                a.city = "c".repeat(101);
            },
            &[("city", "too_long")],
        ),
        (
            "attendance unanswered",
            |a| {
                a.attendance = None;
                a.city.clear();
            },
            &[("attendance", "required")],
        ),
        (
            "group name of 151",
            |a| a.group_name = "g".repeat(151),
            &[("group_name", "too_long")],
        ),
        (
            "title of 151",
            |a| a.title = "t".repeat(151),
            &[("title", "too_long")],
        ),
        (
            "description of 2001",
            |a| a.description = "d".repeat(2001),
            &[("description", "too_long")],
        ),
        (
            "name of 101",
            |a| a.first_name = "é".repeat(101),
            &[("first_name", "too_long")],
        ),
        (
            "bad email",
            |a| a.email = "joey at email.com".into(),
            &[("email", "email")],
        ),
        (
            "bad website",
            |a| a.website = "pycon jupiter".into(),
            &[("website", "web_address")],
        ),
        (
            "0 attendees",
            |a| a.expected_attendees = Some(0),
            &[("expected_attendees", "range")],
        ),
        (
            "101 %",
            |a| a.python_percent = Some(101),
            &[("python_percent", "range")],
        ),
        (
            "first grant unanswered",
            |a| a.first_grant = None,
            &[("first_grant", "required")],
        ),
        (
            "a mismatch is not a field error",
            |a| a.amount_requested = Some(7_000),
            &[],
        ),
        (
            "no essential line is not a field error",
            |a| a.budget.iter_mut().for_each(|l| l.essential = false),
            &[],
        ),
    ];
    for (name, change, expected) in cases {
        let mut answers = pycon_jupiter_grant(today());
        change(&mut answers);
        assert_eq!(gr::field_errors(&answers), errors(expected), "{name}");
        // The derived validation is the whole of it: a caller of the
        // generic `form::field_errors` misses nothing.
        assert_eq!(form::field_errors(&answers), errors(expected), "{name}");
    }
}

// --- Properties ------------------------------------------------------------

/// Any date from 1900 to 2200: leap years, century rules and month ends included.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    (0u64..109_572).prop_map(move |days| first.checked_add_days(Days::new(days)).unwrap())
}

/// A start date and a today at most ~5 months before or a month after it.
fn nearby_pair() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    (any_date(), -30i64..160).prop_map(|(start, before)| {
        let today = if before >= 0 {
            start.checked_sub_days(Days::new(before.unsigned_abs()))
        } else {
            start.checked_add_days(Days::new(before.unsigned_abs()))
        };
        (start, today.unwrap())
    })
}

/// `1234567` → `"1,234,567"`.
fn with_commas(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_advised_date_is_the_last_day_three_months_ahead(
        start in any_date(),
        today in any_date(),
    ) {
        let w = window(start, today, None);
        prop_assert_eq!(months_after(today, 3) <= start, today <= w.advised_by);
        prop_assert!(months_after(w.advised_by, 3) <= start);
        prop_assert!(months_after(w.advised_by.succ_opt().unwrap(), 3) > start);
    }

    #[test]
    fn the_outcome_agrees_with_the_day_count(
        (start, today) in nearby_pair(),
        amount in proptest::option::of(9_990u32..10_010),
    ) {
        let w = window(start, today, amount);
        let days = (start - today).num_days();
        prop_assert_eq!(w.days_until_start, days);
        prop_assert_eq!((start - w.apply_by).num_days(), 42);
        let short_notice = months_after(today, 3) > start;
        let expected = if days <= 0 {
            GrantWindowOutcome::Started
        } else if days < 42 {
            GrantWindowOutcome::TooLate
        } else if short_notice && amount.is_some_and(|a| a > 10_000) {
            GrantWindowOutcome::BoardTimeAdvice
        } else if short_notice {
            GrantWindowOutcome::AdvisedEarlier
        } else {
            GrantWindowOutcome::InWindow
        };
        prop_assert_eq!(w.outcome, expected);
        // 3 calendar months are 89 to 92 days.
        if days > 92 {
            prop_assert_eq!(w.outcome, GrantWindowOutcome::InWindow);
        }
        if (42..89).contains(&days) {
            prop_assert_ne!(w.outcome, GrantWindowOutcome::InWindow);
        }
    }

    #[test]
    fn money_written_with_commas_and_currency_reads_back(
        n in any::<u32>(),
        dollar in prop::sample::select(vec!["", "$", "$ ", "US$", "us$ "]),
        usd in prop::sample::select(vec!["", " USD", "USD", " usd"]),
        commas in any::<bool>(),
    ) {
        let number = if commas { with_commas(n) } else { n.to_string() };
        let text = format!("{dollar}{number}{usd}");
        prop_assert_eq!(parse_money(&text), Ok(Some(n)), "{}", text);
        prop_assert_eq!(parse_money(&format!("  {text} ")), Ok(Some(n)));
    }

    #[test]
    fn money_with_a_minus_sign_is_refused_as_negative(n in 0u32.., dollar in proptest::bool::ANY) {
        let text = format!("-{}{n}", if dollar { "$" } else { "" });
        prop_assert_eq!(parse_money(&text), Err(ParseError::NegativeAmount), "{}", text);
    }

    #[test]
    fn money_with_a_comma_out_of_place_is_refused(n in 1_000u32.., at in 1usize..10) {
        // One comma anywhere but before the last three digits leaves a
        // group that is not three long.
        let digits = n.to_string();
        prop_assume!(at < digits.len() && digits.len() - at != 3);
        let text = format!("{},{}", &digits[..at], &digits[at..]);
        prop_assert_eq!(parse_money(&text), Err(ParseError::NotWholeDollars), "{}", text);
    }
}

/// A budget line is built the same way the fixture builds them.
#[test]
fn the_fixture_lines() {
    let a = pycon_jupiter_grant(today());
    assert_eq!(gr::lines_total(&a), Some(5_000));
    assert_eq!(
        a.budget[1],
        BudgetLine {
            description: "Live captioning".into(),
            category: Some(Category::Accessibility),
            amount: Some(1_200),
            essential: true,
            quote_url: String::new(),
        }
    );
}
