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
use super::meetup_pro::{self as mp, MeetupProAnswers};
use super::thresholds::{MAX_CLOCK_SKEW_HOURS, MAX_UTC_OFFSET_SECONDS, MIN_UTC_OFFSET_SECONDS};
use super::window::{submission_window, SubmissionWindow};

pub const COMMUNITY_PARTNER_SCHEMA: &str = "psf-apply/community-partner/v1";
pub const MEETUP_PRO_SCHEMA: &str = "psf-apply/meetup-pro/v1";

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct CommunityPartnerPayload {
    /// Always [`COMMUNITY_PARTNER_SCHEMA`].
    pub schema: String,
    pub idempotency_key: String,
    /// With the applicant's UTC offset, e.g. `2026-11-22T10:04:05+01:00`.
    pub submitted_at: DateTime<FixedOffset>,
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
    pub answers: MeetupProAnswers,
    pub eligibility: Evaluation,
    pub decision_expected: DecisionWindow,
}

/// Either program's payload, told apart by its `schema` field.
#[derive(Clone, PartialEq, Debug)]
pub enum Payload {
    CommunityPartner(CommunityPartnerPayload),
    MeetupPro(MeetupProPayload),
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
        eligibility: mp::evaluate(&answers, today),
        decision_expected: expected_decision(today),
        answers,
    }
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

/// A payload's keys with their types, to say *where* a document fails to
/// read (serde_json only says why). `required`: serde refuses the key missing.
struct Layout {
    top: &'static [(&'static str, bool, Fits)],
    answers: &'static [(&'static str, bool, Fits)],
}

const CP_LAYOUT: Layout = Layout {
    top: &[
        ("schema", true, fits::<String>),
        ("idempotency_key", true, fits::<String>),
        ("submitted_at", true, fits::<DateTime<FixedOffset>>),
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
};

const MP_LAYOUT: Layout = Layout {
    top: &[
        ("schema", true, fits::<String>),
        ("idempotency_key", true, fits::<String>),
        ("submitted_at", true, fits::<DateTime<FixedOffset>>),
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
};

/// Reads the payload; keys the schema does not know are refused too, as the
/// JSON Schema refuses them, so both kinds of backend agree.
fn parse<T: DeserializeOwned>(value: Value, layout: &Layout) -> Result<T, Vec<Problem>> {
    let mut problems = Vec::new();
    locate(&value, "", layout.top, &mut problems);
    if let Some(answers) = value.get("answers").filter(|a| a.is_object()) {
        locate(answers, "/answers", layout.answers, &mut problems);
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

fn locate(
    value: &Value,
    at: &str,
    keys: &[(&'static str, bool, Fits)],
    problems: &mut Vec<Problem>,
) {
    let Some(object) = value.as_object() else {
        problems.push(problem(at, "invalid_type"));
        return;
    };
    for (key, required, fits) in keys {
        match object.get(*key) {
            None if *required => problems.push(problem(&format!("{at}/{key}"), "required")),
            None => {}
            Some(v) if !fits(v) && !looked_at_field_by_field(at, key, v) => {
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

/// An answers object gets a problem per field rather than one for the whole.
fn looked_at_field_by_field(at: &str, key: &str, value: &Value) -> bool {
    at.is_empty() && key == "answers" && value.is_object()
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
    rule_problems(&eligibility, &mut problems, |o| cp_pointer(o, &p.answers));
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
    rule_problems(&eligibility, &mut problems, |o| mp_pointer(o, &p.answers));
    let claimed = p.submitted_at.date_naive();
    if p.eligibility != mp::evaluate(&p.answers, claimed) {
        problems.push(problem("/eligibility", "mismatch"));
    }
    if p.decision_expected != expected_decision(claimed) {
        problems.push(problem("/decision_expected", "mismatch"));
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
    pointer: impl Fn(&Outcome) -> &'static str,
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
        let cp = serde_json::to_value(community_partner(
            CommunityPartnerAnswers::default(),
            at,
            "k".into(),
        ))
        .unwrap();
        assert_eq!(keys(&cp), layout_keys(CP_LAYOUT.top));
        assert_eq!(keys(&cp["answers"]), layout_keys(CP_LAYOUT.answers));
        let mp =
            serde_json::to_value(meetup_pro(MeetupProAnswers::default(), at, "k".into())).unwrap();
        assert_eq!(keys(&mp), layout_keys(MP_LAYOUT.top));
        assert_eq!(keys(&mp["answers"]), layout_keys(MP_LAYOUT.answers));
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
