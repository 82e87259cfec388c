//! The submission payload: building, the JSON round trip, and re-validation of
//! tampered or broken documents.
#![cfg(not(target_arch = "wasm32"))]

#[path = "rules_fixtures/mod.rs"]
mod fixtures;

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use fixtures::*;
use psf_apply::rules::acknowledgements::{self, AckId};
use psf_apply::rules::eligibility::{Status, Verdict};
use psf_apply::rules::grant::{Category, GrantAnswers};
use psf_apply::rules::payload::{
    self, idempotency_key, revalidate, Payload, Problem, COMMUNITY_PARTNER_SCHEMA, GRANT_SCHEMA,
    MEETUP_PRO_SCHEMA,
};
use serde_json::{json, Value};

const KEY: &str = "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b";

fn cp_payload() -> payload::CommunityPartnerPayload {
    payload::community_partner(joey_python(today()), submitted_at(), KEY.into())
}

fn mp_payload() -> payload::MeetupProPayload {
    payload::meetup_pro(pydata_berlin(), submitted_at(), KEY.into())
}

fn problems(list: &[(&str, &str)]) -> Vec<Problem> {
    list.iter()
        .map(|(pointer, code)| Problem {
            pointer: pointer.to_string(),
            code: code.to_string(),
        })
        .collect()
}

/// When the backend received the fixtures' payloads: a minute after they were made.
fn received() -> DateTime<Utc> {
    submitted_at().with_timezone(&Utc) + TimeDelta::minutes(1)
}

fn revalidate_value(value: &Value) -> Result<Payload, Vec<Problem>> {
    revalidate(&serde_json::to_vec(value).unwrap(), received())
}

fn utc(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .with_timezone(&Utc)
}

fn at(rfc3339: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap()
}

#[test]
fn community_partner_payload_is_built_from_the_answers() {
    let p = cp_payload();
    assert_eq!(p.schema, COMMUNITY_PARTNER_SCHEMA);
    assert_eq!(p.eligibility.verdict, Verdict::Eligible);
    let window = p.window.unwrap();
    assert_eq!(window.today, today());
    assert_eq!(window.days_until_event, 100);
    assert_eq!(p.acknowledgements.len(), 8);
    assert!(p.acknowledgements.iter().all(|a| a.accepted));
    assert_eq!(
        p.acknowledgements[0].text_sha256,
        acknowledgements::text_sha256(acknowledgements::ACKNOWLEDGEMENTS[0].text)
    );

    let mut answers = joey_python(today());
    answers.acknowledged.remove(&AckId::Trademark);
    answers.event_date = None;
    let p = payload::community_partner(answers, submitted_at(), KEY.into());
    assert_eq!(p.window, None);
    assert!(!p.acknowledgements[1].accepted);
    assert_eq!(p.eligibility.verdict, Verdict::Incomplete);
}

/// `today` is the applicant's local date: late evening in UTC−10 is already
/// the next day in UTC, and the window counts from the local date.
#[test]
fn today_is_the_local_date_of_submitted_at() {
    let late = DateTime::parse_from_rfc3339("2026-11-22T23:30:00-10:00").unwrap();
    let p = payload::community_partner(joey_python(today()), late, KEY.into());
    assert_eq!(p.window.unwrap().today, today());
    let p = payload::meetup_pro(pydata_berlin(), late, KEY.into());
    assert_eq!(p.decision_expected.earliest, date(2026, 12, 1));
    assert_eq!(p.decision_expected.latest, date(2026, 12, 4));
}

#[test]
fn json_shape() {
    let value = serde_json::to_value(cp_payload()).unwrap();
    assert_eq!(value["schema"], "psf-apply/community-partner/v1");
    assert_eq!(value["submitted_at"], "2026-11-22T10:04:05+01:00");
    assert_eq!(value["answers"]["event_date"], "2027-03-02");
    assert_eq!(value["answers"]["event_type"], "pycon_conference");
    assert_eq!(value["answers"]["acknowledged"][0], "not_official");
    assert_eq!(value["eligibility"]["verdict"], "eligible");
    assert_eq!(
        value["eligibility"]["outcomes"][0]["rule"],
        "cp.python_share"
    );
    assert_eq!(
        value["eligibility"]["outcomes"][0]["reason"],
        json!({"code": "python_share_majority", "percent": 100, "threshold": 50})
    );
    assert_eq!(value["window"]["outcome"], "in_window");
    assert_eq!(value["acknowledgements"][7]["id"], "revocable");
    let value = serde_json::to_value(mp_payload()).unwrap();
    assert_eq!(value["schema"], "psf-apply/meetup-pro/v1");
    assert_eq!(value["decision_expected"]["earliest"], "2026-12-01");
}

#[test]
fn round_trip_community_partner() {
    let p = cp_payload();
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(
        revalidate(&body, received()),
        Ok(Payload::CommunityPartner(p))
    );
}

#[test]
fn round_trip_meetup_pro() {
    let p = mp_payload();
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(revalidate(&body, received()), Ok(Payload::MeetupPro(p)));
}

/// Warnings do not block: a first-timer later than 8 weeks still goes through.
#[test]
fn round_trip_with_warnings() {
    let mut answers = joey_python(today());
    answers.event_date = Some(plus_days(today(), 50));
    answers.website = "https://instagram.com/pyconjupiter".into();
    let p = payload::community_partner(answers, submitted_at(), KEY.into());
    assert_eq!(p.eligibility.verdict, Verdict::EligibleWithWarnings);
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(
        revalidate(&body, received()),
        Ok(Payload::CommunityPartner(p))
    );
}

#[test]
fn rejects_tampered_eligibility() {
    let mut answers = joey_python(today());
    answers.python_percent = Some(40);
    let mut p = payload::community_partner(answers, submitted_at(), KEY.into());
    // The client claims it passed.
    p.eligibility = cp_payload().eligibility;
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(
        revalidate(&body, received()),
        Err(problems(&[
            (
                "/answers/python_percent",
                "cp.python_share:python_share_not_majority"
            ),
            ("/eligibility", "mismatch"),
        ]))
    );

    let mut value = serde_json::to_value(cp_payload()).unwrap();
    value["eligibility"]["outcomes"][1]["status"] = json!("warn");
    assert_eq!(
        revalidate_value(&value),
        Err(problems(&[("/eligibility", "mismatch")]))
    );
    let mut value = serde_json::to_value(cp_payload()).unwrap();
    value["window"]["apply_by"] = json!("2027-02-01");
    assert_eq!(
        revalidate_value(&value),
        Err(problems(&[("/window", "mismatch")]))
    );
    let mut value = serde_json::to_value(cp_payload()).unwrap();
    value["acknowledgements"][3]["text_sha256"] = json!("0".repeat(64));
    assert_eq!(
        revalidate_value(&value),
        Err(problems(&[("/acknowledgements", "mismatch")]))
    );
    let mut value = serde_json::to_value(mp_payload()).unwrap();
    value["decision_expected"]["latest"] = json!("2026-12-31");
    assert_eq!(
        revalidate_value(&value),
        Err(problems(&[("/decision_expected", "mismatch")]))
    );
}

#[test]
fn rejects_a_too_late_date() {
    let mut answers = joey_python(today());
    answers.event_date = Some(plus_days(today(), 20));
    let p = payload::community_partner(answers, submitted_at(), KEY.into());
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(
        revalidate(&body, received()),
        Err(problems(&[("/answers/event_date", "cp.window:too_late")]))
    );
}

/// A payload built a week ago, sent today with the date changed to today:
/// the server recomputes from `submitted_at`, so the client's claim mismatches.
#[test]
fn rejects_a_submitted_at_moved_past_the_deadline() {
    let mut value = serde_json::to_value(cp_payload()).unwrap();
    value["submitted_at"] = json!("2027-02-01T09:00:00+01:00");
    let body = serde_json::to_vec(&value).unwrap();
    let got = revalidate(&body, utc("2027-02-01T08:00:30Z")).unwrap_err();
    assert!(got.contains(&Problem {
        pointer: "/answers/event_date".into(),
        code: "cp.window:too_late".into()
    }));
    assert!(got.contains(&Problem {
        pointer: "/eligibility".into(),
        code: "mismatch".into()
    }));
    assert!(got.contains(&Problem {
        pointer: "/window".into(),
        code: "mismatch".into()
    }));
}

#[test]
fn rejects_a_missing_acknowledgement() {
    let mut answers = joey_python(today());
    answers.acknowledged.remove(&AckId::NoEndorsement);
    let p = payload::community_partner(answers, submitted_at(), KEY.into());
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(
        revalidate(&body, received()),
        Err(problems(&[(
            "/answers/acknowledged",
            "cp.acknowledgements:acknowledgements_missing"
        )]))
    );

    // Ticked in the record, not in the answers: the record is not trusted.
    let mut value = serde_json::to_value(&p).unwrap();
    value["acknowledgements"][4]["accepted"] = json!(true);
    let got = revalidate_value(&value).unwrap_err();
    assert!(got.contains(&Problem {
        pointer: "/acknowledgements".into(),
        code: "mismatch".into()
    }));
}

#[test]
fn rejects_a_bad_email() {
    let mut answers = joey_python(today());
    answers.email = "joeylovespython@".into();
    let p = payload::community_partner(answers, submitted_at(), KEY.into());
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(
        revalidate(&body, received()),
        Err(problems(&[("/answers/email", "email")]))
    );

    let mut answers = pydata_berlin();
    answers.email = "ada pydata".into();
    let p = payload::meetup_pro(answers, submitted_at(), KEY.into());
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(
        revalidate(&body, received()),
        Err(problems(&[("/answers/email", "email")]))
    );
}

#[test]
fn one_problem_per_unanswered_field() {
    let mut answers = joey_python(today());
    answers.python_percent = None;
    answers.coc_has_reporting = Some(false);
    answers.event_type = Some(psf_apply::rules::community_partner::EventType::Other);
    let p = payload::community_partner(answers, submitted_at(), KEY.into());
    assert_eq!(
        revalidate(&serde_json::to_vec(&p).unwrap(), received()),
        Err(problems(&[
            ("/answers/event_type_other", "other_type_required"),
            ("/answers/python_percent", "required"),
            (
                "/answers/coc_has_reporting",
                "cp.code_of_conduct:code_of_conduct_no_reporting"
            ),
        ]))
    );
}

#[test]
fn meetup_pro_rule_problems() {
    let mut answers = pydata_berlin();
    answers.meetup_url = "https://www.meetup.com/find/".into();
    answers.python_percent = Some(60);
    answers.events_last_12_months = Some(1);
    answers.events_next_12_months = Some(1);
    answers.coc_in_about = Some(false);
    let p = payload::meetup_pro(answers, submitted_at(), KEY.into());
    assert_eq!(p.eligibility.outcomes[1].status, Status::Warn);
    assert_eq!(
        revalidate(&serde_json::to_vec(&p).unwrap(), received()),
        Err(problems(&[
            ("/answers/meetup_url", "mp.meetup_url:not_meetup_group"),
            (
                "/answers/coc_in_about",
                "mp.code_of_conduct:code_of_conduct_not_in_about"
            ),
            (
                "/answers/events_last_12_months",
                "mp.events_per_year:too_few_events"
            ),
        ]))
    );
    let mut answers = pydata_berlin();
    answers.events_last_12_months = Some(0);
    answers.events_next_12_months = None;
    let p = payload::meetup_pro(answers, submitted_at(), KEY.into());
    assert_eq!(
        revalidate(&serde_json::to_vec(&p).unwrap(), received()),
        Err(problems(&[("/answers/events_next_12_months", "required")]))
    );
}

#[test]
fn rejects_broken_documents() {
    let cases: Vec<(Vec<u8>, Vec<Problem>)> = vec![
        (b"{not json".to_vec(), problems(&[("", "malformed_json")])),
        (b"".to_vec(), problems(&[("", "malformed_json")])),
        (b"[]".to_vec(), problems(&[("/schema", "unknown_schema")])),
        (
            br#"{"schema": "psf-apply/community-partner/v2"}"#.to_vec(),
            problems(&[("/schema", "unknown_schema")]),
        ),
        (
            br#"{"schema": 1}"#.to_vec(),
            problems(&[("/schema", "unknown_schema")]),
        ),
        (
            br#"{"answers": {}}"#.to_vec(),
            problems(&[("/schema", "unknown_schema")]),
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            revalidate(&body, received()),
            Err(expected),
            "{}",
            String::from_utf8_lossy(&body)
        );
    }
}

#[test]
fn points_at_the_value_of_the_wrong_type() {
    type Edit = fn(&mut Value);
    let cases: Vec<(&str, Edit, Vec<Problem>)> = vec![
        (
            "percent as string",
            |v| v["answers"]["python_percent"] = json!("100"),
            problems(&[("/answers/python_percent", "invalid_type")]),
        ),
        (
            "negative attendees",
            |v| v["answers"]["expected_attendees"] = json!(-1),
            problems(&[("/answers/expected_attendees", "invalid_type")]),
        ),
        (
            "unknown event type",
            |v| v["answers"]["event_type"] = json!("party"),
            problems(&[("/answers/event_type", "invalid_type")]),
        ),
        (
            "date in US format",
            |v| v["answers"]["event_date"] = json!("6/7/2028"),
            problems(&[("/answers/event_date", "invalid_type")]),
        ),
        (
            "missing email",
            |v| {
                v["answers"].as_object_mut().unwrap().remove("email");
            },
            problems(&[("/answers/email", "required")]),
        ),
        (
            "answers not an object",
            |v| v["answers"] = json!([]),
            problems(&[("/answers", "invalid_type")]),
        ),
        (
            "missing submitted_at",
            |v| {
                v.as_object_mut().unwrap().remove("submitted_at");
            },
            problems(&[("/submitted_at", "required")]),
        ),
        (
            "submitted_at without offset",
            |v| v["submitted_at"] = json!("2026-11-22T10:04:05"),
            problems(&[("/submitted_at", "invalid_type")]),
        ),
        (
            "status maybe",
            |v| v["eligibility"]["outcomes"][0]["status"] = json!("maybe"),
            problems(&[("/eligibility", "invalid_type")]),
        ),
        (
            "unknown answer",
            |v| v["answers"]["favourite_snake"] = json!("python"),
            problems(&[("/answers/favourite_snake", "unknown_field")]),
        ),
        (
            "unknown top-level key",
            |v| v["x/y"] = json!(1),
            problems(&[("/x~1y", "unknown_field")]),
        ),
    ];
    for (name, edit, expected) in cases {
        let mut value = serde_json::to_value(cp_payload()).unwrap();
        edit(&mut value);
        assert_eq!(revalidate_value(&value), Err(expected), "{name}");
    }
}

#[test]
fn idempotency_key_is_required() {
    let p = payload::community_partner(joey_python(today()), submitted_at(), "  ".into());
    assert_eq!(
        revalidate(&serde_json::to_vec(&p).unwrap(), received()),
        Err(problems(&[("/idempotency_key", "required")]))
    );
    let mut value = serde_json::to_value(mp_payload()).unwrap();
    value["idempotency_key"] = json!("");
    assert_eq!(
        revalidate_value(&value),
        Err(problems(&[("/idempotency_key", "required")]))
    );
    assert_eq!(MEETUP_PRO_SCHEMA, "psf-apply/meetup-pro/v1");
}

#[test]
fn idempotency_keys_are_uuid_v4() {
    let cases = [
        ([0u8; 16], "00000000-0000-4000-8000-000000000000"),
        ([0xff; 16], "ffffffff-ffff-4fff-bfff-ffffffffffff"),
        (
            [
                0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc,
                0xde, 0xf0,
            ],
            "12345678-9abc-4ef0-9234-56789abcdef0",
        ),
    ];
    for (random, expected) in cases {
        assert_eq!(idempotency_key(random), expected);
    }
    for seed in 0u8..=255 {
        let key = idempotency_key([seed; 16]);
        assert_eq!(key.len(), 36);
        assert_eq!(&key[14..15], "4");
        assert!("89ab".contains(&key[19..20]), "{key}");
        assert!(key
            .chars()
            .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)));
    }
}

fn submitted_at_problems(result: Result<Payload, Vec<Problem>>) -> Vec<String> {
    result
        .err()
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.pointer == "/submitted_at")
        .map(|p| p.code)
        .collect()
}

/// An application for an event long past, built and dated as if it were
/// 2020: every computed field agrees with that date, so only the receipt
/// date shows it up.
#[test]
fn rejects_a_back_dated_submitted_at() {
    let then = at("2020-03-01T10:00:00+01:00");
    let p = payload::community_partner(joey_python(date(2020, 3, 1)), then, KEY.into());
    let got = revalidate(&serde_json::to_vec(&p).unwrap(), received()).unwrap_err();
    // Judged on the date of receipt, the event is over too.
    for expected in problems(&[
        ("/submitted_at", "clock_skew"),
        ("/answers/event_date", "cp.window:event_past"),
    ]) {
        assert!(got.contains(&expected), "{got:?}");
    }
    assert!(!got.iter().any(|p| p.code == "mismatch"), "{got:?}");

    let p = payload::meetup_pro(pydata_berlin(), then, KEY.into());
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(
        submitted_at_problems(revalidate(&body, received())),
        ["clock_skew"]
    );
}

/// A day either way is a clock a little off, or a retry the next morning;
/// beyond that, refused.
#[test]
fn clock_skew_up_to_a_day_is_accepted() {
    let body = serde_json::to_vec(&mp_payload()).unwrap();
    let sent = submitted_at().with_timezone(&Utc);
    for hours in [-24, -23, -3, 0, 3, 23, 24] {
        let result = revalidate(&body, sent + TimeDelta::hours(hours));
        assert!(result.is_ok(), "{hours} h: {result:?}");
    }
    for skew in [
        TimeDelta::hours(24) + TimeDelta::seconds(1),
        -TimeDelta::hours(24) - TimeDelta::seconds(1),
        TimeDelta::days(400),
    ] {
        assert_eq!(
            submitted_at_problems(revalidate(&body, sent + skew)),
            ["clock_skew"],
            "{skew}"
        );
    }
}

/// Offsets from −12:00 (Baker Island) to +14:00 (Kiribati); anything beyond is
/// no place's clock.
#[test]
fn offsets_outside_minus_12_to_plus_14_are_refused() {
    for (offset, ok) in [
        ("-12:00", true),
        ("+14:00", true),
        ("+05:45", true),
        ("-12:30", false),
        ("+14:15", false),
        ("+23:59", false),
    ] {
        let local = at(&format!("2026-11-22T10:04:05{offset}"));
        let p = payload::meetup_pro(pydata_berlin(), local, KEY.into());
        let body = serde_json::to_vec(&p).unwrap();
        let problems = submitted_at_problems(revalidate(&body, local.with_timezone(&Utc)));
        let expected: &[&str] = if ok { &[] } else { &["offset_out_of_range"] };
        assert_eq!(problems, expected, "{offset}");
    }
}

/// The window is judged on the date of receipt in the applicant's offset,
/// not on the date their device claims.
#[test]
fn the_window_uses_the_date_of_receipt_in_the_applicants_offset() {
    // In UTC−10 the device says 23:59 on the 22nd; the receiver reads its
    // clock 31 minutes later, already the 23rd there (10:30 UTC).
    let sent = at("2026-11-22T23:59:00-10:00");
    let mut answers = joey_python(today());
    // The 22nd is the last day in time: 42 days before the event.
    answers.event_date = Some(plus_days(today(), 42));
    let p = payload::community_partner(answers, sent, KEY.into());
    let body = serde_json::to_vec(&p).unwrap();
    assert!(revalidate(&body, utc("2026-11-23T09:58:00Z")).is_ok());
    assert_eq!(
        revalidate(&body, utc("2026-11-23T10:30:00Z")),
        Err(problems(&[("/answers/event_date", "cp.window:too_late")]))
    );

    // The same instant in UTC+01:00 is still the 23rd, and the same date
    // the device claims: accepted.
    let mut answers = joey_python(today());
    answers.event_date = Some(plus_days(today(), 43));
    let sent = at("2026-11-23T10:00:00+01:00");
    let p = payload::community_partner(answers, sent, KEY.into());
    let body = serde_json::to_vec(&p).unwrap();
    assert!(revalidate(&body, utc("2026-11-23T10:30:00Z")).is_ok());
}

/// Issue 11: on 29 February 2028 an event on 30 August 2028 is more than 6
/// months away (29 February + 6 months is 29 August). The backend refuses it
/// as too early, and takes it on 1 March, when the window opens.
#[test]
fn the_receiver_follows_the_month_end_window() {
    let mut answers = joey_python(today());
    answers.event_date = chrono::NaiveDate::from_ymd_opt(2028, 8, 30);
    let body_at = |local: &str| {
        let sent = at(local);
        let p = payload::community_partner(answers.clone(), sent, KEY.into());
        (serde_json::to_vec(&p).unwrap(), sent.with_timezone(&Utc))
    };
    let (body, received) = body_at("2028-02-29T12:00:00+01:00");
    let got = revalidate(&body, received).unwrap_err();
    assert!(
        got.contains(&Problem {
            pointer: "/answers/event_date".into(),
            code: "cp.window:too_early".into()
        }),
        "{got:?}"
    );
    let (body, received) = body_at("2028-03-01T12:00:00+01:00");
    assert!(revalidate(&body, received).is_ok());
}

// --- Grants request ----------------------------------------------------------

fn gr_payload() -> payload::GrantPayload {
    payload::grant(pycon_jupiter_grant(today()), submitted_at(), KEY.into())
}

fn gr_body(answers: GrantAnswers) -> Vec<u8> {
    serde_json::to_vec(&payload::grant(answers, submitted_at(), KEY.into())).unwrap()
}

#[test]
fn grant_payload_is_built_from_the_answers() {
    let p = gr_payload();
    assert_eq!(p.schema, GRANT_SCHEMA);
    assert_eq!(GRANT_SCHEMA, "psf-apply/grant/v1");
    assert_eq!(p.eligibility.verdict, Verdict::Eligible);
    let window = p.window.unwrap();
    assert_eq!(window.today, today());
    assert_eq!(window.days_until_start, 120);

    let mut answers = pycon_jupiter_grant(today());
    answers.start_date = None;
    let p = payload::grant(answers, submitted_at(), KEY.into());
    assert_eq!(p.window, None);
    assert_eq!(p.eligibility.verdict, Verdict::Incomplete);

    // The window's advice follows the amount.
    let mut answers = pycon_jupiter_grant(today());
    answers.start_date = Some(plus_days(today(), 60));
    answers.amount_requested = Some(10_001);
    let p = payload::grant(answers, submitted_at(), KEY.into());
    assert_eq!(
        p.window.map(|w| w.outcome),
        Some(psf_apply::rules::grant::GrantWindowOutcome::BoardTimeAdvice)
    );
}

#[test]
fn grant_json_shape() {
    let value = serde_json::to_value(gr_payload()).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    let mut expected = vec![
        "schema",
        "idempotency_key",
        "submitted_at",
        "answers",
        "eligibility",
        "window",
    ];
    expected.sort();
    assert_eq!(sorted, expected);
    assert_eq!(value["schema"], "psf-apply/grant/v1");
    assert_eq!(value["answers"]["event_type"], "conference");
    assert_eq!(value["answers"]["attendance"], "in_person");
    assert_eq!(value["answers"]["start_date"], "2027-03-22");
    assert_eq!(value["answers"]["end_date"], "2027-03-24");
    assert_eq!(
        value["answers"]["budget"][1],
        json!({
            "description": "Live captioning",
            "category": "accessibility",
            "amount": 1200,
            "essential": true,
            "quote_url": "",
        })
    );
    assert_eq!(
        value["answers"]["other_sources"][0],
        json!({"name": "Jupiter Space Agency", "amount": 20000})
    );
    assert_eq!(
        value["eligibility"]["outcomes"][3]["reason"],
        json!({"code": "budget_adds_up", "total": 5000})
    );
    assert_eq!(value["window"]["outcome"], "in_window");
    let mut answers = pycon_jupiter_grant(today());
    answers.end_date = None;
    let value = serde_json::to_value(payload::grant(answers, submitted_at(), KEY.into())).unwrap();
    assert_eq!(value["answers"]["end_date"], Value::Null);
}

#[test]
fn round_trip_grant() {
    let p = gr_payload();
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(revalidate(&body, received()), Ok(Payload::Grant(p)));
}

/// Warnings do not block: no essentials, no other sources, less than 3
/// months for a Board-sized request.
#[test]
fn round_trip_grant_with_warnings() {
    let mut answers = pycon_jupiter_grant(today());
    answers.budget.iter_mut().for_each(|l| l.essential = false);
    answers.other_sources.clear();
    answers.start_date = Some(plus_days(today(), 60));
    answers.amount_requested = Some(12_000);
    answers.budget[2].amount = Some(8_300);
    let p = payload::grant(answers, submitted_at(), KEY.into());
    assert_eq!(p.eligibility.verdict, Verdict::EligibleWithWarnings);
    let body = serde_json::to_vec(&p).unwrap();
    assert_eq!(revalidate(&body, received()), Ok(Payload::Grant(p)));
}

#[test]
fn grant_rule_problems_point_at_the_answer() {
    type Edit = fn(&mut GrantAnswers);
    let cases: Vec<(&str, Edit, Vec<Problem>)> = vec![
        (
            "a swag line names its category",
            |a| a.budget[2].category = Some(Category::Swag),
            problems(&[("/answers/budget/2/category", "gr.no_swag:swag_line")]),
        ),
        (
            "lines that do not add up",
            |a| a.budget[0].amount = Some(2_000),
            problems(&[(
                "/answers/amount_requested",
                "gr.budget_itemised:budget_mismatch",
            )]),
        ),
        (
            "a request above the budget",
            |a| a.total_budget = Some(4_000),
            problems(&[(
                "/answers/total_budget",
                "gr.request_within_budget:request_above_budget",
            )]),
        ),
        (
            "too late",
            |a| a.start_date = Some(plus_days(today(), 41)),
            problems(&[("/answers/start_date", "gr.window:grant_too_late")]),
        ),
        (
            "python share",
            |a| a.python_percent = Some(50),
            problems(&[(
                "/answers/python_percent",
                "gr.python_share:python_share_not_majority",
            )]),
        ),
        (
            "no reporting",
            |a| a.coc_has_reporting = Some(false),
            problems(&[(
                "/answers/coc_has_reporting",
                "gr.code_of_conduct:code_of_conduct_no_reporting",
            )]),
        ),
        // Unanswered: one problem per field, where the answer is missing.
        (
            "no lines",
            |a| a.budget.clear(),
            problems(&[("/answers/budget", "required")]),
        ),
        (
            "a line without an amount",
            |a| a.budget[1].amount = None,
            problems(&[("/answers/budget/1/amount", "required")]),
        ),
        (
            "no request",
            |a| a.amount_requested = None,
            problems(&[("/answers/amount_requested", "required")]),
        ),
        (
            "no total budget",
            |a| a.total_budget = None,
            problems(&[("/answers/total_budget", "required")]),
        ),
        (
            "no start date",
            |a| {
                a.start_date = None;
                a.end_date = None;
            },
            problems(&[("/answers/start_date", "required")]),
        ),
        (
            "in person without a city",
            |a| a.city.clear(),
            problems(&[("/answers/city", "required")]),
        ),
        (
            "a line amount out of range",
            |a| {
                a.budget[2].amount = Some(0);
                a.amount_requested = Some(3_700);
            },
            problems(&[("/answers/budget/2/amount", "range")]),
        ),
    ];
    for (name, edit, expected) in cases {
        let mut answers = pycon_jupiter_grant(today());
        edit(&mut answers);
        assert_eq!(
            revalidate(&gr_body(answers), received()),
            Err(expected),
            "{name}"
        );
    }
}

#[test]
fn rejects_a_tampered_grant() {
    let mut answers = pycon_jupiter_grant(today());
    answers.budget[0].category = Some(Category::Swag);
    let mut p = payload::grant(answers, submitted_at(), KEY.into());
    p.eligibility = gr_payload().eligibility;
    assert_eq!(
        revalidate(&serde_json::to_vec(&p).unwrap(), received()),
        Err(problems(&[
            ("/answers/budget/0/category", "gr.no_swag:swag_line"),
            ("/eligibility", "mismatch"),
        ]))
    );
    let mut value = serde_json::to_value(gr_payload()).unwrap();
    value["window"]["advised_by"] = json!("2027-01-01");
    assert_eq!(
        revalidate_value(&value),
        Err(problems(&[("/window", "mismatch")]))
    );
    // The amount decides the window's advice: raising it alone changes both.
    let mut value = serde_json::to_value(gr_payload()).unwrap();
    value["answers"]["amount_requested"] = json!(5_001);
    let got = revalidate_value(&value).unwrap_err();
    assert!(got.contains(&Problem {
        pointer: "/eligibility".into(),
        code: "mismatch".into()
    }));
}

#[test]
fn grant_documents_of_the_wrong_shape_point_inside_the_lists() {
    type Edit = fn(&mut Value);
    let cases: Vec<(&str, Edit, Vec<Problem>)> = vec![
        (
            "unknown key in a line",
            |v| v["answers"]["budget"][1]["vat"] = json!(20),
            problems(&[("/answers/budget/1/vat", "unknown_field")]),
        ),
        (
            "unknown key in a source",
            |v| v["answers"]["other_sources"][0]["since"] = json!(2020),
            problems(&[("/answers/other_sources/0/since", "unknown_field")]),
        ),
        (
            "a line amount as string",
            |v| v["answers"]["budget"][2]["amount"] = json!("1300"),
            problems(&[("/answers/budget/2/amount", "invalid_type")]),
        ),
        (
            "a line of unknown category",
            |v| v["answers"]["budget"][0]["category"] = json!("t_shirts"),
            problems(&[("/answers/budget/0/category", "invalid_type")]),
        ),
        (
            "a line without its essential flag",
            |v| {
                v["answers"]["budget"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("essential");
            },
            problems(&[("/answers/budget/0/essential", "required")]),
        ),
        (
            "a line that is not an object",
            |v| v["answers"]["budget"][1] = json!("Live captioning"),
            problems(&[("/answers/budget/1", "invalid_type")]),
        ),
        (
            "budget not a list",
            |v| v["answers"]["budget"] = json!({"0": {}}),
            problems(&[("/answers/budget", "invalid_type")]),
        ),
        (
            "missing end date",
            |v| {
                v["answers"].as_object_mut().unwrap().remove("end_date");
            },
            problems(&[("/answers/end_date", "required")]),
        ),
        (
            "missing other sources",
            |v| {
                v["answers"]
                    .as_object_mut()
                    .unwrap()
                    .remove("other_sources");
            },
            problems(&[("/answers/other_sources", "required")]),
        ),
        (
            "request as money text",
            |v| v["answers"]["amount_requested"] = json!("$5,000"),
            problems(&[("/answers/amount_requested", "invalid_type")]),
        ),
        (
            "a community partner answer",
            |v| v["answers"]["acknowledged"] = json!([]),
            problems(&[("/answers/acknowledged", "unknown_field")]),
        ),
    ];
    for (name, edit, expected) in cases {
        let mut value = serde_json::to_value(gr_payload()).unwrap();
        edit(&mut value);
        assert_eq!(revalidate_value(&value), Err(expected), "{name}");
    }
}

/// The grant's window is judged on the date of receipt too.
#[test]
fn the_grant_window_uses_the_date_of_receipt() {
    let sent = at("2026-11-22T23:59:00-10:00");
    let mut answers = pycon_jupiter_grant(today());
    answers.start_date = Some(plus_days(today(), 42));
    answers.end_date = None;
    let p = payload::grant(answers, sent, KEY.into());
    let body = serde_json::to_vec(&p).unwrap();
    assert!(revalidate(&body, utc("2026-11-23T09:58:00Z")).is_ok());
    assert_eq!(
        revalidate(&body, utc("2026-11-23T10:30:00Z")),
        Err(problems(&[(
            "/answers/start_date",
            "gr.window:grant_too_late"
        )]))
    );
}
