//! The submission payload: a versioned JSON document a backend in any language
//! can check against `public/schema/*.json`, and the re-validation a Rust
//! backend runs on what it receives.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::acknowledgements::{self, AckRecord};
use super::business_days::{expected_decision, DecisionWindow};
use super::checks::parse_web_address;
use super::community_partner::{self as cp, CommunityPartnerAnswers};
use super::eligibility::{Evaluation, Outcome, Reason, RuleId, Status};
use super::form::field_errors;
use super::grant::{self as gr, GrantAnswers, GrantWindow};
use super::meetup_pro::{self as mp, MeetupProAnswers};
use super::thresholds::{MAX_CLOCK_SKEW_HOURS, MAX_UTC_OFFSET_SECONDS, MIN_UTC_OFFSET_SECONDS};
use super::window::{submission_window, SubmissionWindow};

pub const COMMUNITY_PARTNER_SCHEMA: &str = "psf-apply/community-partner/v1";
pub const MEETUP_PRO_SCHEMA: &str = "psf-apply/meetup-pro/v1";
pub const GRANT_SCHEMA: &str = "psf-apply/grant/v1";

/// The languages an applicant may have used (BCP 47), recorded as the
/// payload's optional `locale`. Every answer stays locale-free (ISO dates,
/// plain numbers, codes); the acknowledgements were agreed to in the PSF's
/// English text whatever the locale.
pub const LOCALES: [&str; 4] = ["en", "es", "pt-BR", "fr"];

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct CommunityPartnerPayload {
    /// Always [`COMMUNITY_PARTNER_SCHEMA`].
    pub schema: String,
    pub idempotency_key: String,
    /// With the applicant's UTC offset, e.g. `2026-11-22T10:04:05+01:00`.
    pub submitted_at: DateTime<FixedOffset>,
    /// The language the applicant used (one of [`LOCALES`]); absent from
    /// payloads of releases before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    pub answers: CommunityPartnerAnswers,
    pub eligibility: Evaluation,
    /// `None` only when there is no event date (never in a valid payload).
    pub window: Option<SubmissionWindow>,
    pub acknowledgements: Vec<AckRecord>,
}

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct MeetupProPayload {
    /// Always [`MEETUP_PRO_SCHEMA`].
    pub schema: String,
    pub idempotency_key: String,
    pub submitted_at: DateTime<FixedOffset>,
    /// The language the applicant used (one of [`LOCALES`]); absent from
    /// payloads of releases before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    pub answers: MeetupProAnswers,
    pub eligibility: Evaluation,
    pub decision_expected: DecisionWindow,
}

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct GrantPayload {
    /// Always [`GRANT_SCHEMA`].
    pub schema: String,
    pub idempotency_key: String,
    pub submitted_at: DateTime<FixedOffset>,
    /// The language the applicant used (one of [`LOCALES`]); absent from
    /// payloads of releases before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    pub answers: GrantAnswers,
    pub eligibility: Evaluation,
    /// `None` only when there is no start date (never in a valid payload).
    pub window: Option<GrantWindow>,
}

/// Any program's payload, told apart by its `schema` field.
#[derive(Clone, PartialEq, Debug)]
pub enum Payload {
    CommunityPartner(CommunityPartnerPayload),
    MeetupPro(MeetupProPayload),
    Grant(GrantPayload),
}

/// Builds the payload: eligibility, window and acknowledgement records are
/// computed here from the answers and the applicant's local date
/// (`submitted_at.date_naive()`), never taken from the caller.
pub fn community_partner(
    answers: CommunityPartnerAnswers,
    submitted_at: DateTime<FixedOffset>,
    idempotency_key: String,
) -> CommunityPartnerPayload {
    let today = submitted_at.date_naive();
    CommunityPartnerPayload {
        schema: COMMUNITY_PARTNER_SCHEMA.to_string(),
        idempotency_key,
        submitted_at,
        locale: None,
        eligibility: cp::evaluate(&answers, today),
        window: answers
            .event_date
            .map(|event| submission_window(event, today, answers.first_application)),
        acknowledgements: acknowledgements::records(&answers.acknowledged),
        answers,
    }
}

pub fn meetup_pro(
    answers: MeetupProAnswers,
    submitted_at: DateTime<FixedOffset>,
    idempotency_key: String,
) -> MeetupProPayload {
    let today = submitted_at.date_naive();
    MeetupProPayload {
        schema: MEETUP_PRO_SCHEMA.to_string(),
        idempotency_key,
        submitted_at,
        locale: None,
        eligibility: mp::evaluate(&answers, today),
        decision_expected: expected_decision(today),
        answers,
    }
}

pub fn grant(
    answers: GrantAnswers,
    submitted_at: DateTime<FixedOffset>,
    idempotency_key: String,
) -> GrantPayload {
    let today = submitted_at.date_naive();
    GrantPayload {
        schema: GRANT_SCHEMA.to_string(),
        idempotency_key,
        submitted_at,
        locale: None,
        eligibility: gr::evaluate(&answers, today),
        window: grant_window(&answers, today),
        answers,
    }
}

fn grant_window(answers: &GrantAnswers, today: NaiveDate) -> Option<GrantWindow> {
    answers
        .start_date
        .map(|start| gr::window(start, today, answers.amount_requested))
}

/// A UUID v4 string from 16 random bytes (the UI supplies the randomness).
pub fn idempotency_key(random: [u8; 16]) -> String {
    let mut bytes = random;
    // RFC 9562: version 4 in the high nibble of byte 6, variant `10` in byte 8.
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut key = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            key.push('-');
        }
        key.push(hex_digit(byte >> 4));
        key.push(hex_digit(byte & 0x0f));
    }
    key
}

fn hex_digit(nibble: u8) -> char {
    char::from_digit(u32::from(nibble), 16).unwrap_or('0')
}

/// One problem found on re-validation: a JSON pointer into the payload
/// (e.g. `/answers/email`) and a stable code.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    pub pointer: String,
    pub code: String,
}

/// How far `submitted_at` may be from the time of receipt.
pub const MAX_CLOCK_SKEW: TimeDelta = TimeDelta::hours(MAX_CLOCK_SKEW_HOURS);

/// What a backend runs on a received body: parse, field validation, and
/// eligibility recomputed for the date of receipt in the applicant's UTC
/// offset (a `fail` or `unknown` outcome is a problem on the field behind
/// that rule). `received_at` is the backend's own clock, read by the caller
/// so that the rules stay pure: the client's `submitted_at` only lends its
/// offset, and must lie within [`MAX_CLOCK_SKEW`] of `received_at` with an
/// offset from −12:00 to +14:00 (problems `/submitted_at`
/// `offset_out_of_range` and `/submitted_at` `clock_skew`).
///
/// The client's own `eligibility`, `window`, `decision_expected` and
/// `acknowledgements` are not trusted either: they must equal what the app
/// computes for its `submitted_at`, so the stored document is the one the
/// applicant saw.
pub fn revalidate(body: &[u8], received_at: DateTime<Utc>) -> Result<Payload, Vec<Problem>> {
    let value: Value =
        serde_json::from_slice(body).map_err(|_| vec![problem("", "malformed_json")])?;
    match value.get("schema").and_then(Value::as_str) {
        Some(COMMUNITY_PARTNER_SCHEMA) => {
            let payload: CommunityPartnerPayload = parse(value, &CP_LAYOUT)?;
            check_community_partner(&payload, received_at)?;
            Ok(Payload::CommunityPartner(payload))
        }
        Some(MEETUP_PRO_SCHEMA) => {
            let payload: MeetupProPayload = parse(value, &MP_LAYOUT)?;
            check_meetup_pro(&payload, received_at)?;
            Ok(Payload::MeetupPro(payload))
        }
        Some(GRANT_SCHEMA) => {
            let payload: GrantPayload = parse(value, &GR_LAYOUT)?;
            check_grant(&payload, received_at)?;
            Ok(Payload::Grant(payload))
        }
        _ => Err(vec![problem("/schema", "unknown_schema")]),
    }
}

/// The date of receipt in the applicant's offset, and the problems with
/// `submitted_at` itself.
fn receipt_date(
    submitted_at: DateTime<FixedOffset>,
    received_at: DateTime<Utc>,
    problems: &mut Vec<Problem>,
) -> NaiveDate {
    let offset = *submitted_at.offset();
    if !(MIN_UTC_OFFSET_SECONDS..=MAX_UTC_OFFSET_SECONDS).contains(&offset.local_minus_utc()) {
        problems.push(problem("/submitted_at", "offset_out_of_range"));
    }
    if (submitted_at.with_timezone(&Utc) - received_at).abs() > MAX_CLOCK_SKEW {
        problems.push(problem("/submitted_at", "clock_skew"));
    }
    received_at.with_timezone(&offset).date_naive()
}

fn problem(pointer: &str, code: &str) -> Problem {
    Problem {
        pointer: pointer.to_string(),
        code: code.to_string(),
    }
}

/// Whether a JSON value reads as a given Rust type.
type Fits = fn(&Value) -> bool;

fn fits<T: DeserializeOwned>(value: &Value) -> bool {
    T::deserialize(value).is_ok()
}

fn fits_locale(value: &Value) -> bool {
    value.as_str().is_some_and(|tag| LOCALES.contains(&tag))
}

/// An object's keys with their types. `required`: refused when missing,
/// because serde refuses it, or because the JSON Schema does (an optional
/// answer is still always sent, as `null`).
type Keys = &'static [(&'static str, bool, Fits)];

/// A payload's keys with their types, to say *where* a document fails to
/// read (serde_json only says why).
struct Layout {
    top: Keys,
    answers: Keys,
    /// Answers that are lists of lines, with the keys of a line: a wrong
    /// line is pointed at (`/answers/budget/2/amount`), not the whole list.
    lists: &'static [(&'static str, Keys)],
}

const CP_LAYOUT: Layout = Layout {
    top: &[
        ("schema", true, fits::<String>),
        ("idempotency_key", true, fits::<String>),
        ("submitted_at", true, fits::<DateTime<FixedOffset>>),
        ("locale", false, fits_locale),
        ("answers", true, fits::<CommunityPartnerAnswers>),
        ("eligibility", true, fits::<Evaluation>),
        ("window", false, fits::<Option<SubmissionWindow>>),
        ("acknowledgements", true, fits::<Vec<AckRecord>>),
    ],
    answers: &[
        ("first_name", true, fits::<String>),
        ("last_name", true, fits::<String>),
        ("email", true, fits::<String>),
        ("event_type", false, fits::<Option<cp::EventType>>),
        ("event_type_other", true, fits::<String>),
        ("title", true, fits::<String>),
        ("description", true, fits::<String>),
        ("event_date", false, fits::<Option<chrono::NaiveDate>>),
        ("first_application", false, fits::<Option<bool>>),
        ("website", true, fits::<String>),
        ("code_of_conduct_url", true, fits::<String>),
        ("coc_has_reporting", false, fits::<Option<bool>>),
        ("city", true, fits::<String>),
        ("country", true, fits::<String>),
        ("expected_attendees", false, fits::<Option<u32>>),
        ("python_percent", false, fits::<Option<u32>>),
        (
            "acknowledged",
            false,
            fits::<std::collections::BTreeSet<acknowledgements::AckId>>,
        ),
    ],
    lists: &[],
};

const MP_LAYOUT: Layout = Layout {
    top: &[
        ("schema", true, fits::<String>),
        ("idempotency_key", true, fits::<String>),
        ("submitted_at", true, fits::<DateTime<FixedOffset>>),
        ("locale", false, fits_locale),
        ("answers", true, fits::<MeetupProAnswers>),
        ("eligibility", true, fits::<Evaluation>),
        ("decision_expected", true, fits::<DecisionWindow>),
    ],
    answers: &[
        ("full_name", true, fits::<String>),
        ("email", true, fits::<String>),
        ("role", true, fits::<String>),
        ("group_name", true, fits::<String>),
        ("meetup_url", true, fits::<String>),
        ("city", true, fits::<String>),
        ("country", true, fits::<String>),
        ("code_of_conduct_url", true, fits::<String>),
        ("coc_in_about", false, fits::<Option<bool>>),
        ("events_last_12_months", false, fits::<Option<u32>>),
        ("events_next_12_months", false, fits::<Option<u32>>),
        ("python_percent", false, fits::<Option<u32>>),
    ],
    lists: &[],
};

const GR_LAYOUT: Layout = Layout {
    top: &[
        ("schema", true, fits::<String>),
        ("idempotency_key", true, fits::<String>),
        ("submitted_at", true, fits::<DateTime<FixedOffset>>),
        ("locale", false, fits_locale),
        ("answers", true, fits::<GrantAnswers>),
        ("eligibility", true, fits::<Evaluation>),
        ("window", false, fits::<Option<GrantWindow>>),
    ],
    answers: &[
        ("first_name", true, fits::<String>),
        ("last_name", true, fits::<String>),
        ("email", true, fits::<String>),
        ("group_name", true, fits::<String>),
        ("title", true, fits::<String>),
        ("event_type", false, fits::<Option<gr::GrantEventType>>),
        ("description", true, fits::<String>),
        ("start_date", false, fits::<Option<NaiveDate>>),
        // Optional, so serde takes it missing; the schema requires it sent.
        ("end_date", true, fits::<Option<NaiveDate>>),
        ("attendance", false, fits::<Option<gr::Attendance>>),
        ("city", true, fits::<String>),
        ("country", true, fits::<String>),
        ("website", true, fits::<String>),
        ("code_of_conduct_url", true, fits::<String>),
        ("coc_has_reporting", false, fits::<Option<bool>>),
        ("expected_attendees", false, fits::<Option<u32>>),
        ("python_percent", false, fits::<Option<u32>>),
        ("first_grant", false, fits::<Option<bool>>),
        ("amount_requested", false, fits::<Option<u32>>),
        ("total_budget", false, fits::<Option<u32>>),
        ("budget", true, fits::<Vec<gr::BudgetLine>>),
        ("other_sources", true, fits::<Vec<gr::OtherSource>>),
    ],
    lists: &[
        (
            "budget",
            &[
                ("description", true, fits::<String>),
                ("category", false, fits::<Option<gr::Category>>),
                ("amount", false, fits::<Option<u32>>),
                ("essential", true, fits::<bool>),
                ("quote_url", true, fits::<String>),
            ],
        ),
        (
            "other_sources",
            &[
                ("name", true, fits::<String>),
                ("amount", false, fits::<Option<u32>>),
            ],
        ),
    ],
};

/// Reads the payload; keys the schema does not know are refused too, as the
/// JSON Schema refuses them, so both kinds of backend agree.
fn parse<T: DeserializeOwned>(value: Value, layout: &Layout) -> Result<T, Vec<Problem>> {
    let mut problems = Vec::new();
    locate(&value, "", layout.top, &mut problems, &[]);
    if let Some(answers) = value.get("answers").filter(|a| a.is_object()) {
        let lists: Vec<&str> = layout.lists.iter().map(|(name, _)| *name).collect();
        locate(answers, "/answers", layout.answers, &mut problems, &lists);
        for (name, keys) in layout.lists {
            let Some(lines) = answers.get(*name).and_then(Value::as_array) else {
                continue;
            };
            for (i, line) in lines.iter().enumerate() {
                locate(
                    line,
                    &format!("/answers/{name}/{i}"),
                    keys,
                    &mut problems,
                    &[],
                );
            }
        }
    }
    match T::deserialize(&value) {
        Ok(payload) if problems.is_empty() => Ok(payload),
        Ok(_) => Err(problems),
        Err(_) => {
            if problems.is_empty() {
                problems.push(problem("", "invalid_type"));
            }
            Err(problems)
        }
    }
}

/// `lists`: keys whose value, when an array, is looked at line by line instead.
fn locate(value: &Value, at: &str, keys: Keys, problems: &mut Vec<Problem>, lists: &[&str]) {
    let Some(object) = value.as_object() else {
        problems.push(problem(at, "invalid_type"));
        return;
    };
    for (key, required, fits) in keys {
        match object.get(*key) {
            None if *required => problems.push(problem(&format!("{at}/{key}"), "required")),
            None => {}
            Some(v) if !fits(v) && !looked_at_field_by_field(at, key, v, lists) => {
                problems.push(problem(&format!("{at}/{key}"), "invalid_type"));
            }
            Some(_) => {}
        }
    }
    for key in object.keys() {
        if !keys.iter().any(|(k, _, _)| k == key) {
            problems.push(problem(
                &format!("{at}/{}", escape_pointer(key)),
                "unknown_field",
            ));
        }
    }
}

/// An answers object gets a problem per field rather than one for the
/// whole, and a list of lines a problem per line's field.
fn looked_at_field_by_field(at: &str, key: &str, value: &Value, lists: &[&str]) -> bool {
    (at.is_empty() && key == "answers" && value.is_object())
        || (lists.contains(&key) && value.is_array())
}

/// RFC 6901: `~` and `/` inside a key are escaped.
fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The rules are judged on the date of receipt; the client's copies of their
/// results are compared with what the app computes for the client's own date.
fn check_community_partner(
    p: &CommunityPartnerPayload,
    received_at: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let mut problems = common_problems(&p.idempotency_key, &p.answers);
    let received = receipt_date(p.submitted_at, received_at, &mut problems);
    let eligibility = cp::evaluate(&p.answers, received);
    rule_problems(&eligibility, &mut problems, |o| {
        cp_pointer(o, &p.answers).to_string()
    });
    let claimed = p.submitted_at.date_naive();
    if p.eligibility != cp::evaluate(&p.answers, claimed) {
        problems.push(problem("/eligibility", "mismatch"));
    }
    let window = p
        .answers
        .event_date
        .map(|event| submission_window(event, claimed, p.answers.first_application));
    if p.window != window {
        problems.push(problem("/window", "mismatch"));
    }
    if p.acknowledgements != acknowledgements::records(&p.answers.acknowledged) {
        problems.push(problem("/acknowledgements", "mismatch"));
    }
    finish(problems)
}

fn check_meetup_pro(p: &MeetupProPayload, received_at: DateTime<Utc>) -> Result<(), Vec<Problem>> {
    let mut problems = common_problems(&p.idempotency_key, &p.answers);
    let received = receipt_date(p.submitted_at, received_at, &mut problems);
    let eligibility = mp::evaluate(&p.answers, received);
    rule_problems(&eligibility, &mut problems, |o| {
        mp_pointer(o, &p.answers).to_string()
    });
    let claimed = p.submitted_at.date_naive();
    if p.eligibility != mp::evaluate(&p.answers, claimed) {
        problems.push(problem("/eligibility", "mismatch"));
    }
    if p.decision_expected != expected_decision(claimed) {
        problems.push(problem("/decision_expected", "mismatch"));
    }
    finish(problems)
}

fn check_grant(p: &GrantPayload, received_at: DateTime<Utc>) -> Result<(), Vec<Problem>> {
    let mut problems = common_problems(&p.idempotency_key, &p.answers);
    let received = receipt_date(p.submitted_at, received_at, &mut problems);
    let eligibility = gr::evaluate(&p.answers, received);
    rule_problems(&eligibility, &mut problems, |o| gr_pointer(o, &p.answers));
    let claimed = p.submitted_at.date_naive();
    if p.eligibility != gr::evaluate(&p.answers, claimed) {
        problems.push(problem("/eligibility", "mismatch"));
    }
    if p.window != grant_window(&p.answers, claimed) {
        problems.push(problem("/window", "mismatch"));
    }
    finish(problems)
}

fn finish(problems: Vec<Problem>) -> Result<(), Vec<Problem>> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn common_problems<T: validator::Validate>(key: &str, answers: &T) -> Vec<Problem> {
    let mut problems = Vec::new();
    if key.trim().is_empty() {
        problems.push(problem("/idempotency_key", "required"));
    }
    problems.extend(
        field_errors(answers)
            .into_iter()
            .map(|e| problem(&format!("/answers/{}", e.field), &e.code)),
    );
    problems
}

/// A `fail` or `unknown` outcome becomes a problem on the answer behind the
/// rule. An `unknown` on a field that already has a field error says nothing
/// new, so it is left out to keep one message per field.
fn rule_problems(
    eligibility: &Evaluation,
    problems: &mut Vec<Problem>,
    pointer: impl Fn(&Outcome) -> String,
) {
    for outcome in &eligibility.outcomes {
        if !matches!(outcome.status, Status::Fail | Status::Unknown) {
            continue;
        }
        let at = format!("/answers/{}", pointer(outcome));
        if outcome.status == Status::Unknown && problems.iter().any(|p| p.pointer == at) {
            continue;
        }
        let code = format!("{}:{}", outcome.rule.as_str(), reason_code(&outcome.reason));
        problems.push(Problem { pointer: at, code });
    }
}

/// The reason's serialised `code` tag, so the two never drift apart.
fn reason_code(reason: &Reason) -> String {
    serde_json::to_value(reason)
        .ok()
        .and_then(|v| v.get("code").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_default()
}

/// The answer field a rule's outcome is about.
fn cp_pointer(outcome: &Outcome, a: &CommunityPartnerAnswers) -> &'static str {
    match outcome.rule {
        RuleId::CpPythonShare => "python_percent",
        RuleId::CpWebPage => "website",
        RuleId::CpCodeOfConduct => {
            if outcome.reason == Reason::NotAnswered
                && parse_web_address(&a.code_of_conduct_url).is_err()
            {
                "code_of_conduct_url"
            } else {
                "coc_has_reporting"
            }
        }
        RuleId::CpCommunityImpact => "description",
        RuleId::CpAcknowledgements => "acknowledged",
        RuleId::CpWindow => "event_date",
        RuleId::CpGroupNotEvent => "event_type",
        _ => "",
    }
}

fn mp_pointer(outcome: &Outcome, a: &MeetupProAnswers) -> &'static str {
    match outcome.rule {
        RuleId::MpMeetupUrl => "meetup_url",
        RuleId::MpPythonShare => "python_percent",
        RuleId::MpCodeOfConduct => {
            if outcome.reason == Reason::NotAnswered
                && parse_web_address(&a.code_of_conduct_url).is_err()
            {
                "code_of_conduct_url"
            } else {
                "coc_in_about"
            }
        }
        RuleId::MpEventsPerYear => {
            if a.events_last_12_months.is_none() {
                "events_last_12_months"
            } else if outcome.reason == Reason::NotAnswered {
                "events_next_12_months"
            } else {
                "events_last_12_months"
            }
        }
        _ => "",
    }
}

/// Inside a list the pointer names the line (`budget/2/category`); an
/// unanswered figure points at the answer that is missing, which already
/// has its field error, so that no answer that is fine is flagged.
fn gr_pointer(outcome: &Outcome, a: &GrantAnswers) -> String {
    let missing_figure = || {
        if a.amount_requested.is_none() {
            "amount_requested"
        } else {
            "total_budget"
        }
    };
    let unanswered = outcome.reason == Reason::NotAnswered;
    match outcome.rule {
        RuleId::GrPythonShare => "python_percent".into(),
        RuleId::GrCodeOfConduct => {
            if unanswered && parse_web_address(&a.code_of_conduct_url).is_err() {
                "code_of_conduct_url".into()
            } else {
                "coc_has_reporting".into()
            }
        }
        RuleId::GrNoSwag => match gr::first_swag_line(a) {
            Some(i) => format!("budget/{i}/category"),
            None => "budget".into(),
        },
        RuleId::GrBudgetItemised => {
            let unpriced = a.budget.iter().position(|line| line.amount.is_none());
            match (a.budget.is_empty(), a.amount_requested, unpriced) {
                (true, _, _) => "budget".into(),
                (false, None, _) => "amount_requested".into(),
                (false, Some(_), Some(i)) => format!("budget/{i}/amount"),
                (false, Some(_), None) => "amount_requested".into(),
            }
        }
        RuleId::GrEssentialsMarked => "budget".into(),
        RuleId::GrOtherSources => {
            if unanswered {
                missing_figure().into()
            } else {
                "other_sources".into()
            }
        }
        RuleId::GrRequestWithinBudget => {
            if unanswered {
                missing_figure().into()
            } else {
                "total_budget".into()
            }
        }
        RuleId::GrBoardReview => "amount_requested".into(),
        RuleId::GrWindow => "start_date".into(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn keys(value: &Value) -> Vec<String> {
        let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    }

    fn layout_keys(list: &[(&'static str, bool, Fits)]) -> Vec<String> {
        let mut keys: Vec<String> = list.iter().map(|(k, _, _)| k.to_string()).collect();
        keys.sort();
        keys
    }

    /// The layouts repeat the structs' field names: this keeps them in step.
    #[test]
    fn layouts_list_every_serialised_key() {
        let at = DateTime::parse_from_rfc3339("2026-11-22T10:04:05+01:00").unwrap();
        // With the optional `locale`, so that every key is written.
        let mut cp = community_partner(CommunityPartnerAnswers::default(), at, "k".into());
        cp.locale = Some("es".into());
        let cp = serde_json::to_value(cp).unwrap();
        assert_eq!(keys(&cp), layout_keys(CP_LAYOUT.top));
        assert_eq!(keys(&cp["answers"]), layout_keys(CP_LAYOUT.answers));
        let mut mp = meetup_pro(MeetupProAnswers::default(), at, "k".into());
        mp.locale = Some("es".into());
        let mp = serde_json::to_value(mp).unwrap();
        assert_eq!(keys(&mp), layout_keys(MP_LAYOUT.top));
        assert_eq!(keys(&mp["answers"]), layout_keys(MP_LAYOUT.answers));
        let answers = GrantAnswers {
            budget: vec![gr::BudgetLine::default()],
            other_sources: vec![gr::OtherSource::default()],
            ..GrantAnswers::default()
        };
        let mut gr = grant(answers, at, "k".into());
        gr.locale = Some("es".into());
        let gr = serde_json::to_value(gr).unwrap();
        assert_eq!(keys(&gr), layout_keys(GR_LAYOUT.top));
        assert_eq!(keys(&gr["answers"]), layout_keys(GR_LAYOUT.answers));
        for (name, line) in GR_LAYOUT.lists {
            assert_eq!(keys(&gr["answers"][*name][0]), layout_keys(line), "{name}");
        }
    }

    #[test]
    fn reason_codes_are_the_serialised_tags() {
        assert_eq!(reason_code(&Reason::NotAnswered), "not_answered");
        assert_eq!(
            reason_code(&Reason::AcknowledgementsMissing {
                missing: 1,
                total: 8
            }),
            "acknowledgements_missing"
        );
    }
}
