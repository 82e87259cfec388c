//! End-to-end: a real receiver on a free port, real HTTP over TCP.

use std::thread;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use psf_apply::rules::community_partner::CommunityPartnerAnswers;
use psf_apply::rules::grant::{Category, GrantAnswers};
use psf_apply::rules::meetup_pro::MeetupProAnswers;
use psf_apply::rules::payload;
use serde_json::{json, Value};

use crate::testkit::{now_in_paris, start, Client, TempDir, ORIGIN};

// The rules' own test fixture, so that the receiver is tested on the very
// answers the rules are.
#[path = "../../tests/rules_fixtures/mod.rs"]
mod rules_fixtures;

/// The seed's example application, applied for on `today`.
pub fn joey_python(today: NaiveDate) -> CommunityPartnerAnswers {
    rules_fixtures::joey_python(today)
}

/// Submitted now: the receiver judges the window on its own clock.
fn community_partner_body(answers: CommunityPartnerAnswers, key: &str) -> Vec<u8> {
    serde_json::to_vec(&payload::community_partner(
        answers,
        now_in_paris(),
        key.into(),
    ))
    .unwrap()
}

fn grant_body(answers: GrantAnswers, key: &str) -> Vec<u8> {
    serde_json::to_vec(&payload::grant(answers, now_in_paris(), key.into())).unwrap()
}

fn today() -> NaiveDate {
    now_in_paris().date_naive()
}

fn meetup_pro_body(key: &str) -> Vec<u8> {
    let answers = MeetupProAnswers {
        full_name: "Joey Python".into(),
        email: "joeylovespython@email.com".into(),
        role: "Organizer".into(),
        group_name: "Python Jupiter".into(),
        meetup_url: "https://www.meetup.com/python-jupiter/".into(),
        city: "New Earth".into(),
        country: "Jupiter".into(),
        code_of_conduct_url: "https://pycon.jupiter.com/coc".into(),
        coc_in_about: Some(true),
        events_last_12_months: Some(12),
        events_next_12_months: Some(12),
        python_percent: Some(100),
    };
    let now: DateTime<Utc> = std::time::SystemTime::now().into();
    let submitted_at = now.with_timezone(&FixedOffset::west_opt(5 * 3600).unwrap());
    serde_json::to_vec(&payload::meetup_pro(answers, submitted_at, key.into())).unwrap()
}

fn pointers(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    format!(
                        "{} {}",
                        e["pointer"].as_str().unwrap_or("?"),
                        e["code"].as_str().unwrap_or("?")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Everything that does not need the rules to accept a payload.
#[test]
fn protocol_cors_and_failure_modes() {
    let tmp = TempDir::new("e2e-protocol");
    let receiver = start(&tmp.0);

    let health = receiver.get("/health");
    assert_eq!((health.status, health.text().as_str()), (200, "ok"));

    let preflight = receiver.request(
        "OPTIONS",
        "/api/applications",
        &[
            ("Origin", "http://localhost:8080"),
            ("Access-Control-Request-Method", "POST"),
            (
                "Access-Control-Request-Headers",
                "content-type, idempotency-key",
            ),
        ],
        b"",
    );
    assert_eq!(preflight.status, 204);
    assert_eq!(
        preflight.header("Access-Control-Allow-Origin"),
        Some("http://localhost:8080")
    );
    assert!(preflight
        .header("Access-Control-Allow-Methods")
        .unwrap()
        .contains("POST"));
    let allowed = preflight.header("Access-Control-Allow-Headers").unwrap();
    for name in [
        "content-type",
        "idempotency-key",
        "x-csrf-token",
        "authorization",
    ] {
        assert!(allowed.contains(name), "{allowed}");
    }
    assert_eq!(
        preflight.header("Access-Control-Expose-Headers"),
        Some("Location, Retry-After")
    );
    let foreign = receiver.request(
        "OPTIONS",
        "/api/applications",
        &[("Origin", "http://evil.example")],
        b"",
    );
    assert_eq!(foreign.header("Access-Control-Allow-Origin"), None);
    // Only the configured app origins: another port of the same machine is
    // another origin, and could be any local program's page.
    let other_port = receiver.request(
        "OPTIONS",
        "/api/applications",
        &[("Origin", "http://localhost:5173")],
        b"",
    );
    assert_eq!(other_port.status, 403);
    assert_eq!(other_port.header("Access-Control-Allow-Origin"), None);
    let lookalike = receiver.request(
        "OPTIONS",
        "/",
        &[("Origin", "http://localhost.evil.example")],
        b"",
    );
    assert_eq!(lookalike.header("Access-Control-Allow-Origin"), None);

    let missing_key = receiver.post_json("/api/applications", None, b"{}");
    assert_eq!(missing_key.status, 400);
    assert_eq!(
        missing_key.header("Content-Type"),
        Some("application/problem+json")
    );
    assert_eq!(
        missing_key.header("Access-Control-Allow-Origin"),
        Some(ORIGIN)
    );
    assert_eq!(missing_key.json()["status"], 400);

    let as_text = receiver.request(
        "POST",
        "/api/applications",
        &[("Content-Type", "text/plain"), ("Idempotency-Key", "k")],
        b"{}",
    );
    assert_eq!(as_text.status, 415);
    let too_big = receiver.post_json("/api/applications", Some("k"), &vec![b' '; 300 * 1024]);
    assert_eq!(too_big.status, 413);

    // Failure modes.
    let set = |body: Value| receiver.control("/__receiver/mode", &body);
    assert_eq!(
        set(json!({"mode": "fail_then_succeed", "count": 2})).status,
        200
    );
    assert_eq!(receiver.get("/__receiver/mode").json()["count"], 2);
    for _ in 0..2 {
        let failed = receiver.post_json("/api/applications", Some("k"), b"{}");
        assert_eq!(failed.status, 500);
        assert_eq!(
            failed.header("Content-Type"),
            Some("application/problem+json")
        );
        assert_eq!(failed.header("Access-Control-Allow-Origin"), Some(ORIGIN));
    }
    assert_eq!(receiver.get("/__receiver/mode").json()["mode"], "normal");
    assert_eq!(
        receiver.post_json("/api/applications", None, b"{}").status,
        400
    );

    set(json!({"mode": "rate_limited", "retry_after": 2}));
    let limited = receiver.post_json("/api/applications", Some("k"), b"{}");
    assert_eq!(
        (limited.status, limited.header("Retry-After")),
        (429, Some("2"))
    );
    assert_eq!(
        receiver.post_json("/api/applications", None, b"{}").status,
        400
    );

    set(json!({"mode": "html_502"}));
    let html = receiver.post_json("/api/applications", Some("k"), b"{}");
    assert_eq!(html.status, 502);
    assert!(html
        .header("Content-Type")
        .unwrap()
        .starts_with("text/html"));
    assert!(html.text().contains("<html>"));

    set(json!({"mode": "problem_422"}));
    let problem = receiver.post_json("/api/applications", Some("k"), b"{}");
    assert_eq!(problem.status, 422);
    assert_eq!(
        pointers(&problem.json()),
        [
            "/answers/email email",
            "/answers/title too_long",
            "/answers/unknown_field custom"
        ]
    );

    set(json!({"mode": "always_500"}));
    assert_eq!(
        receiver
            .post_json("/api/applications", Some("k"), b"{}")
            .status,
        500
    );
    assert_eq!(
        receiver
            .post_json("/api/applications", Some("k"), b"{}")
            .status,
        500
    );

    assert_eq!(set(json!({"mode": "sideways"})).status, 400);
    assert_eq!(
        receiver.get("/__receiver/mode").json()["mode"],
        "always_500"
    );

    // A slow submission does not hold up the test controls.
    set(json!({"mode": "slow", "delay_ms": 1500}));
    let port = receiver.port;
    let started = Instant::now();
    let slow = thread::spawn(move || {
        let client = Client { port };
        client.post_json("/api/applications", None, b"{}").status
    });
    thread::sleep(Duration::from_millis(200));
    let quick = Instant::now();
    assert_eq!(receiver.get("/__receiver/mode").json()["mode"], "slow");
    assert!(quick.elapsed() < Duration::from_millis(1000));
    assert_eq!(slow.join().unwrap(), 400);
    assert!(started.elapsed() >= Duration::from_millis(1500));

    assert_eq!(
        receiver.get("/__receiver/stats").json(),
        json!({"posts": 13})
    );
    assert_eq!(
        receiver.control("/__receiver/reset", &json!({})).status,
        200
    );
    assert_eq!(receiver.get("/__receiver/mode").json()["mode"], "normal");
    assert_eq!(
        receiver.get("/__receiver/stats").json(),
        json!({"posts": 0})
    );

    assert_eq!(receiver.read("/api/applications").json(), json!([]));
    assert_eq!(receiver.get("/nowhere").status, 404);
    assert_eq!(
        receiver
            .request("DELETE", "/api/applications", &[], b"")
            .status,
        405
    );
}

/// The submission contract; needs the rules' payload builders and `revalidate`.
#[test]
fn submit_replay_validation_and_restart() {
    let tmp = TempDir::new("e2e-submit");
    let key = "3f2b6c1e-8d4a-4f0b-9c7e-2a1d5e6f7a8b";
    let body = community_partner_body(joey_python(today()), key);
    let (reference, received_at) = {
        let receiver = start(&tmp.0);
        let created = receiver.post_json("/api/applications", Some(key), &body);
        assert_eq!(created.status, 201, "{}", created.text());
        let receipt = created.json();
        assert_eq!(receipt["reference"], "PSF-CP-000001");
        assert_eq!(
            created.header("Location"),
            Some("/api/applications/PSF-CP-000001")
        );
        assert_eq!(created.header("Access-Control-Allow-Origin"), Some(ORIGIN));

        let again = receiver.post_json("/api/applications", Some(key), &body);
        assert_eq!(again.status, 201);
        assert_eq!(again.json(), receipt);

        let other = community_partner_body(
            CommunityPartnerAnswers {
                title: "PyCon Jupiter 2".into(),
                ..joey_python(today())
            },
            key,
        );
        let reused = receiver.post_json("/api/applications", Some(key), &other);
        assert_eq!(reused.status, 422);
        assert_eq!(
            pointers(&reused.json()),
            ["/idempotency_key idempotency_key_reused"]
        );

        let mismatch = receiver.post_json("/api/applications", Some("another-key"), &body);
        assert_eq!(mismatch.status, 422);
        assert!(pointers(&mismatch.json())
            .contains(&"/idempotency_key idempotency_key_mismatch".to_owned()));

        let bad_email = community_partner_body(
            CommunityPartnerAnswers {
                email: "joey at email".into(),
                ..joey_python(today())
            },
            "bad-email-key",
        );
        let invalid = receiver.post_json("/api/applications", Some("bad-email-key"), &bad_email);
        assert_eq!(invalid.status, 422);
        assert_eq!(
            invalid.header("Content-Type"),
            Some("application/problem+json")
        );
        let problem = invalid.json();
        assert_eq!(
            problem["type"],
            "https://psf-apply.example/problems/validation"
        );
        assert!(
            pointers(&problem)
                .iter()
                .any(|p| p.starts_with("/answers/email ")),
            "{problem}"
        );
        let not_json = receiver.post_json("/api/applications", Some("junk"), b"{\"schema\": ");
        assert_eq!(not_json.status, 422);

        let meetup = receiver.post_json(
            "/api/applications",
            Some("mp-key"),
            &meetup_pro_body("mp-key"),
        );
        assert_eq!(meetup.status, 201, "{}", meetup.text());
        assert_eq!(meetup.json()["reference"], "PSF-MP-000001");

        let stored = receiver.read("/api/applications").json();
        assert_eq!(stored.as_array().map(Vec::len), Some(2));
        assert_eq!(
            stored[0]["payload"],
            serde_json::from_slice::<Value>(&body).unwrap()
        );
        assert_eq!(stored[0]["idempotency_key"], key);
        assert_eq!(
            receiver.read("/api/applications/PSF-CP-000001").json(),
            stored[0]
        );
        (receipt["reference"].clone(), receipt["received_at"].clone())
    };

    // A restart keeps what was stored, the idempotency index and the numbering.
    let receiver = start(&tmp.0);
    let replay = receiver.post_json("/api/applications", Some(key), &body);
    assert_eq!(replay.status, 201);
    assert_eq!(
        replay.json(),
        json!({"reference": reference, "received_at": received_at})
    );

    // The app's retry path: a 500, then the same request again, stored once.
    receiver.control("/__receiver/mode", &json!({"mode": "fail_then_succeed"}));
    let key2 = "second-application";
    let second = community_partner_body(joey_python(today()), key2);
    assert_eq!(
        receiver
            .post_json("/api/applications", Some(key2), &second)
            .status,
        500
    );
    let retried = receiver.post_json("/api/applications", Some(key2), &second);
    assert_eq!(retried.status, 201);
    assert_eq!(retried.json()["reference"], "PSF-CP-000002");
    assert_eq!(
        receiver
            .read("/api/applications")
            .json()
            .as_array()
            .map(Vec::len),
        Some(3)
    );

    // A double click: the same request twice at once is stored once.
    let key3 = "double-click";
    let third = community_partner_body(joey_python(today()), key3);
    let client = receiver.client;
    let clicks: Vec<_> = (0..2)
        .map(|_| {
            let body = third.clone();
            thread::spawn(move || client.post_json("/api/applications", Some(key3), &body))
        })
        .collect();
    let answers: Vec<_> = clicks.into_iter().map(|c| c.join().unwrap()).collect();
    assert_eq!((answers[0].status, answers[1].status), (201, 201));
    assert_eq!(answers[0].json(), answers[1].json());
    assert_eq!(answers[0].json()["reference"], "PSF-CP-000003");
    assert_eq!(
        receiver
            .read("/api/applications")
            .json()
            .as_array()
            .map(Vec::len),
        Some(4)
    );
}

/// The Grants request through the real receiver: found by its schema,
/// numbered with its own prefix, stored as sent; a swag line is refused
/// with the line's category as the place to change.
#[test]
fn a_grant_request_is_stored_and_swag_is_refused() {
    let tmp = TempDir::new("e2e-grant");
    let receiver = start(&tmp.0);
    let key = "7c9e1f2a-4b3d-4a5e-9f6b-0c1d2e3f4a5b";
    let body = grant_body(rules_fixtures::pycon_jupiter_grant(today()), key);
    let created = receiver.post_json("/api/applications", Some(key), &body);
    assert_eq!(created.status, 201, "{}", created.text());
    let reference = created.json()["reference"].clone();
    assert_eq!(reference, "PSF-GR-000001");
    assert_eq!(
        created.header("Location"),
        Some("/api/applications/PSF-GR-000001")
    );
    let stored = receiver.read("/api/applications/PSF-GR-000001").json();
    assert_eq!(
        stored["payload"],
        serde_json::from_slice::<Value>(&body).unwrap()
    );
    assert_eq!(stored["idempotency_key"], key);

    let mut answers = rules_fixtures::pycon_jupiter_grant(today());
    answers.budget[1].category = Some(Category::Swag);
    let swag_key = "grant-with-swag";
    let refused = receiver.post_json(
        "/api/applications",
        Some(swag_key),
        &grant_body(answers, swag_key),
    );
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert_eq!(
        pointers(&refused.json()),
        ["/answers/budget/1/category gr.no_swag:swag_line"]
    );
    assert_eq!(
        receiver
            .read("/api/applications")
            .json()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}
