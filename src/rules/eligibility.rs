//! Eligibility outcomes shared by every program: a status per criterion, a
//! reason code with the figures behind it, and the overall verdict.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Stable ids of every eligibility rule, as `program-rules.md` names them.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum RuleId {
    #[serde(rename = "cp.python_share")]
    CpPythonShare,
    #[serde(rename = "cp.web_page")]
    CpWebPage,
    #[serde(rename = "cp.code_of_conduct")]
    CpCodeOfConduct,
    #[serde(rename = "cp.community_impact")]
    CpCommunityImpact,
    #[serde(rename = "cp.acknowledgements")]
    CpAcknowledgements,
    #[serde(rename = "cp.window")]
    CpWindow,
    #[serde(rename = "cp.group_not_event")]
    CpGroupNotEvent,
    #[serde(rename = "mp.meetup_url")]
    MpMeetupUrl,
    #[serde(rename = "mp.python_share")]
    MpPythonShare,
    #[serde(rename = "mp.code_of_conduct")]
    MpCodeOfConduct,
    #[serde(rename = "mp.events_per_year")]
    MpEventsPerYear,
    #[serde(rename = "gr.python_share")]
    GrPythonShare,
    #[serde(rename = "gr.code_of_conduct")]
    GrCodeOfConduct,
    #[serde(rename = "gr.no_swag")]
    GrNoSwag,
    #[serde(rename = "gr.budget_itemised")]
    GrBudgetItemised,
    #[serde(rename = "gr.essentials_marked")]
    GrEssentialsMarked,
    #[serde(rename = "gr.other_sources")]
    GrOtherSources,
    #[serde(rename = "gr.request_within_budget")]
    GrRequestWithinBudget,
    #[serde(rename = "gr.board_review")]
    GrBoardReview,
    #[serde(rename = "gr.window")]
    GrWindow,
}

impl RuleId {
    /// The stable id, e.g. `"cp.python_share"`.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::CpPythonShare => "cp.python_share",
            RuleId::CpWebPage => "cp.web_page",
            RuleId::CpCodeOfConduct => "cp.code_of_conduct",
            RuleId::CpCommunityImpact => "cp.community_impact",
            RuleId::CpAcknowledgements => "cp.acknowledgements",
            RuleId::CpWindow => "cp.window",
            RuleId::CpGroupNotEvent => "cp.group_not_event",
            RuleId::MpMeetupUrl => "mp.meetup_url",
            RuleId::MpPythonShare => "mp.python_share",
            RuleId::MpCodeOfConduct => "mp.code_of_conduct",
            RuleId::MpEventsPerYear => "mp.events_per_year",
            RuleId::GrPythonShare => "gr.python_share",
            RuleId::GrCodeOfConduct => "gr.code_of_conduct",
            RuleId::GrNoSwag => "gr.no_swag",
            RuleId::GrBudgetItemised => "gr.budget_itemised",
            RuleId::GrEssentialsMarked => "gr.essentials_marked",
            RuleId::GrOtherSources => "gr.other_sources",
            RuleId::GrRequestWithinBudget => "gr.request_within_budget",
            RuleId::GrBoardReview => "gr.board_review",
            RuleId::GrWindow => "gr.window",
        }
    }
}

/// How one criterion stands. Only `Fail` and (at submit time) `Unknown` block.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    Unknown,
}

/// What kind of web page an applicant gave (for `cp.web_page`).
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum WebPageKind {
    Meetup,
    Luma,
    OwnDomain,
    SocialMedia,
    LinkShortener,
    FileSharing,
}

/// Why a rule gave its status, with the figures a sentence needs.
/// Serialised as `{"code": "...", ...figures}`.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// The question behind this rule has no (usable) answer yet.
    NotAnswered,
    PythonShareMajority {
        percent: u32,
        threshold: u32,
    },
    PythonShareNotMajority {
        percent: u32,
        threshold: u32,
    },
    /// Meetup Pro: at or above the organizer guidance.
    PythonShareMeetsGuidance {
        percent: u32,
        guidance: u32,
    },
    /// Meetup Pro: a majority, but below the organizer guidance.
    PythonShareBelowGuidance {
        percent: u32,
        guidance: u32,
    },
    WebPageEstablished {
        kind: WebPageKind,
    },
    WebPageWeak {
        kind: WebPageKind,
    },
    CodeOfConductWithReporting,
    CodeOfConductNoReporting,
    CommunityImpactReviewedByPsf,
    AcknowledgementsAll,
    AcknowledgementsMissing {
        missing: u32,
        total: u32,
    },
    EventPast {
        event_date: NaiveDate,
    },
    TooEarly {
        opens_on: NaiveDate,
    },
    TooLate {
        last_day: NaiveDate,
    },
    FirstTimerAdvice {
        advised_by: NaiveDate,
        apply_by: NaiveDate,
    },
    InWindow {
        apply_from: NaiveDate,
        apply_by: NaiveDate,
    },
    /// Meetups, user groups, PyLadies chapters: apply once for the group.
    GroupAppliesOnce,
    SingleEventOrInitiative,
    MeetupGroup {
        group: String,
    },
    NotMeetupGroup,
    CodeOfConductInAbout,
    CodeOfConductNotInAbout,
    EventsHeld {
        held: u32,
        minimum: u32,
    },
    NewGroupPlanned {
        held: u32,
        planned: u32,
        minimum: u32,
    },
    TooFewEvents {
        held: u32,
        planned: u32,
        minimum: u32,
    },
    NoSwag,
    /// The first budget line in the swag category, numbered from 1 as the
    /// applicant sees the lines.
    SwagLine {
        line: u32,
        description: String,
    },
    /// The lines add up to the amount requested. A `u64`: fifty lines of up
    /// to a hundred million each overflow a `u32`.
    BudgetAddsUp {
        total: u64,
    },
    BudgetMismatch {
        lines_total: u64,
        requested: u32,
    },
    EssentialsMarked {
        count: u32,
    },
    /// "Essential expenses should be highlighted": a grant may be for less.
    NoEssentials,
    OtherSourcesListed {
        count: u32,
    },
    NoOtherSources,
    /// The PSF supplements: a grant "would not typically be enough to
    /// sustain an entire event".
    RequestIsWholeBudget {
        requested: u32,
    },
    RequestWithinBudget {
        requested: u32,
        total: u32,
    },
    RequestAboveBudget {
        requested: u32,
        total: u32,
    },
    /// At or below `threshold` dollars the Grants Work Group decides…
    GwgDecides {
        threshold: u32,
    },
    /// …above it the Board does, after the Work Group's recommendation.
    BoardReview {
        threshold: u32,
    },
    /// Fewer than 6 weeks before the start: `last_day` was the last in time.
    GrantTooLate {
        last_day: NaiveDate,
    },
    /// Above the Board's threshold and less than 3 months ahead: the Board
    /// meets every other month and may take up to two to see it.
    GrantBoardTimeAdvice {
        apply_by: NaiveDate,
        advised_by: NaiveDate,
    },
    /// In time, but less than the 3 months ahead a Board member advises.
    GrantAdvisedEarlier {
        apply_by: NaiveDate,
        advised_by: NaiveDate,
    },
    GrantInWindow {
        apply_by: NaiveDate,
        advised_by: NaiveDate,
    },
}

/// One criterion's result.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct Outcome {
    pub rule: RuleId,
    pub status: Status,
    pub reason: Reason,
}

/// The overall verdict over all outcomes.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Eligible,
    EligibleWithWarnings,
    NotEligible,
    Incomplete,
}

/// Every outcome of a program's rule table (all of them, in table order) and the verdict.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct Evaluation {
    pub verdict: Verdict,
    pub outcomes: Vec<Outcome>,
}

/// One named entry of a program's rule table.
pub struct Rule<A> {
    pub id: RuleId,
    pub check: fn(&A, NaiveDate) -> (Status, Reason),
}

/// Runs every rule of `table` over `answers`.
pub fn evaluate_table<A>(table: &[Rule<A>], answers: &A, today: NaiveDate) -> Evaluation {
    let outcomes: Vec<Outcome> = table
        .iter()
        .map(|rule| {
            let (status, reason) = (rule.check)(answers, today);
            Outcome {
                rule: rule.id,
                status,
                reason,
            }
        })
        .collect();
    let verdict = verdict(&outcomes);
    Evaluation { verdict, outcomes }
}

/// "Majority Python-related" (Community Partner, Grants): strictly more than
/// `threshold` percent.
pub fn python_majority(percent: Option<u32>, threshold: u32) -> (Status, Reason) {
    let Some(percent) = percent else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    if percent > threshold {
        (
            Status::Pass,
            Reason::PythonShareMajority { percent, threshold },
        )
    } else {
        (
            Status::Fail,
            Reason::PythonShareNotMajority { percent, threshold },
        )
    }
}

/// An enforceable Code of Conduct (Community Partner, Grants): a link, and
/// the applicant's word that it says how to report and who responds.
pub fn code_of_conduct_with_reporting(url: &str, has_reporting: Option<bool>) -> (Status, Reason) {
    // "No" is an answer on its own: the link cannot repair it.
    if has_reporting == Some(false) {
        return (Status::Fail, Reason::CodeOfConductNoReporting);
    }
    if super::checks::parse_web_address(url).is_err() || has_reporting.is_none() {
        return (Status::Unknown, Reason::NotAnswered);
    }
    (Status::Pass, Reason::CodeOfConductWithReporting)
}

/// A `fail` outweighs a missing answer: telling someone to finish a form they
/// cannot qualify with would waste their time.
pub fn verdict(outcomes: &[Outcome]) -> Verdict {
    let any = |status: Status| outcomes.iter().any(|o| o.status == status);
    if any(Status::Fail) {
        Verdict::NotEligible
    } else if any(Status::Unknown) {
        Verdict::Incomplete
    } else if any(Status::Warn) {
        Verdict::EligibleWithWarnings
    } else {
        Verdict::Eligible
    }
}
