//! The JSON Schemas in `public/schema/` accept what the code emits and reject
//! broken documents, so a backend in any language can rely on them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "rules_fixtures/mod.rs"]
mod fixtures;

use fixtures::*;
use psf_apply::rules::acknowledgements::AckId;
use psf_apply::rules::community_partner::EventType;
use psf_apply::rules::payload;
use serde_json::{json, Value};

const KEY: &str = "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b";

fn validator(file: &str) -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/schema")
        .join(file);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(
        jsonschema::meta::is_valid(&schema),
        "{file} is not a valid JSON Schema"
    );
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn community_partner() -> jsonschema::Validator {
    validator("community-partner.v1.json")
}

fn meetup_pro() -> jsonschema::Validator {
    validator("meetup-pro.v1.json")
}

fn cp_value() -> Value {
    serde_json::to_value(payload::community_partner(
        joey_python(today()),
        submitted_at(),
        KEY.into(),
    ))
    .unwrap()
}

fn mp_value() -> Value {
    serde_json::to_value(payload::meetup_pro(
        pydata_berlin(),
        submitted_at(),
        KEY.into(),
    ))
    .unwrap()
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value, name: &str) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}");
}

#[test]
fn accepts_the_seed_example_payload() {
    assert_valid(&community_partner(), &cp_value(), "Joey Python");
}

#[test]
fn accepts_the_meetup_example_payload() {
    assert_valid(&meetup_pro(), &mp_value(), "PyData Berlin");
}

/// Payloads the receiver accepts with warnings, other event types and
/// other reasons, so every emitted reason shape is checked.
#[test]
fn accepts_other_emitted_payloads() {
    let v = community_partner();
    let mut a = joey_python(today());
    a.event_type = Some(EventType::Other);
    a.event_type_other = "Podcast".into();
    a.website = "https://instagram.com/pyconjupiter".into();
    a.event_date = Some(plus_days(today(), 50));
    a.first_application = Some(true);
    let p = payload::community_partner(a, submitted_at(), KEY.into());
    assert_valid(&v, &serde_json::to_value(p).unwrap(), "warnings");

    // Not eligible, but well-formed: shape is the schema's business.
    let mut a = joey_python(today());
    a.event_type = Some(EventType::Meetup);
    a.python_percent = Some(10);
    a.coc_has_reporting = Some(false);
    a.acknowledged.remove(&AckId::Trademark);
    a.event_date = Some(plus_days(today(), 10));
    let p = payload::community_partner(a, submitted_at(), KEY.into());
    assert_valid(&v, &serde_json::to_value(p).unwrap(), "not eligible");

    for days in [0, 300] {
        let mut a = joey_python(today());
        a.event_date = Some(plus_days(today(), days));
        let p = payload::community_partner(a, submitted_at(), KEY.into());
        assert_valid(&v, &serde_json::to_value(p).unwrap(), "past/early");
    }

    let v = meetup_pro();
    let mut a = pydata_berlin();
    a.python_percent = Some(60);
    a.events_last_12_months = Some(0);
    a.events_next_12_months = Some(4);
    let p = payload::meetup_pro(a, submitted_at(), KEY.into());
    assert_valid(&v, &serde_json::to_value(p).unwrap(), "new group");
    let mut a = pydata_berlin();
    a.meetup_url = "https://pydata-berlin.org".into();
    a.python_percent = Some(20);
    a.events_last_12_months = Some(1);
    a.events_next_12_months = Some(0);
    a.coc_in_about = Some(false);
    let p = payload::meetup_pro(a, submitted_at(), KEY.into());
    assert_valid(&v, &serde_json::to_value(p).unwrap(), "not eligible");
}

type Edit = fn(&mut Value);

#[test]
fn rejects_broken_community_partner_documents() {
    let v = community_partner();
    let cases: Vec<(&str, Edit)> = vec![
        ("missing answers.email", |d| {
            d["answers"].as_object_mut().unwrap().remove("email");
        }),
        ("wrong schema const", |d| {
            d["schema"] = json!("psf-apply/meetup-pro/v1")
        }),
        ("status maybe", |d| {
            d["eligibility"]["outcomes"][0]["status"] = json!("maybe")
        }),
        ("percent as string", |d| {
            d["answers"]["python_percent"] = json!("100")
        }),
        ("percent over 100", |d| {
            d["answers"]["python_percent"] = json!(101)
        }),
        ("no attendees", |d| {
            d["answers"]["expected_attendees"] = json!(0)
        }),
        ("blank first name", |d| {
            d["answers"]["first_name"] = json!("  ")
        }),
        ("email without @", |d| {
            d["answers"]["email"] = json!("joey.email.com")
        }),
        ("unknown answer", |d| d["answers"]["shoe_size"] = json!(42)),
        ("unknown top-level key", |d| d["extra"] = json!(true)),
        ("event type unknown", |d| {
            d["answers"]["event_type"] = json!("party")
        }),
        ("other without name", |d| {
            d["answers"]["event_type"] = json!("other");
            d["answers"]["event_type_other"] = json!("");
        }),
        ("date in US format", |d| {
            d["answers"]["event_date"] = json!("6/7/2028")
        }),
        ("impossible date", |d| {
            d["answers"]["event_date"] = json!("2027-02-30")
        }),
        ("unanswered first application", |d| {
            d["answers"]["first_application"] = json!(null)
        }),
        ("unknown acknowledgement", |d| {
            d["answers"]["acknowledged"] = json!(["not_official", "everything"])
        }),
        ("seven acknowledgement records", |d| {
            d["acknowledgements"].as_array_mut().unwrap().pop();
        }),
        ("records out of order", |d| {
            d["acknowledgements"].as_array_mut().unwrap().swap(0, 1);
        }),
        ("bad hash", |d| {
            d["acknowledgements"][0]["text_sha256"] = json!("ABC")
        }),
        ("rule id of the other program", |d| {
            d["eligibility"]["outcomes"][0]["rule"] = json!("mp.python_share")
        }),
        ("unknown reason code", |d| {
            d["eligibility"]["outcomes"][0]["reason"] = json!({"code": "because"})
        }),
        ("reason without its figures", |d| {
            d["eligibility"]["outcomes"][0]["reason"] = json!({"code": "python_share_majority"})
        }),
        ("verdict unknown", |d| {
            d["eligibility"]["verdict"] = json!("great")
        }),
        ("a rule missing", |d| {
            d["eligibility"]["outcomes"].as_array_mut().unwrap().pop();
        }),
        ("window missing", |d| {
            d.as_object_mut().unwrap().remove("window");
        }),
        ("window outcome unknown", |d| {
            d["window"]["outcome"] = json!("soon")
        }),
        ("submitted_at without offset", |d| {
            d["submitted_at"] = json!("2026-11-22T10:04:05")
        }),
        ("empty idempotency key", |d| {
            d["idempotency_key"] = json!("")
        }),
        ("website with a space", |d| {
            d["answers"]["website"] = json!("pycon jupiter")
        }),
    ];
    for (name, edit) in cases {
        let mut doc = cp_value();
        edit(&mut doc);
        assert!(!v.is_valid(&doc), "accepted: {name}");
    }
}

#[test]
fn rejects_broken_meetup_pro_documents() {
    let v = meetup_pro();
    let cases: Vec<(&str, Edit)> = vec![
        ("missing answers.email", |d| {
            d["answers"].as_object_mut().unwrap().remove("email");
        }),
        ("wrong schema const", |d| {
            d["schema"] = json!("psf-apply/community-partner/v1")
        }),
        ("status maybe", |d| {
            d["eligibility"]["outcomes"][0]["status"] = json!("maybe")
        }),
        ("percent as string", |d| {
            d["answers"]["python_percent"] = json!("90")
        }),
        ("negative events", |d| {
            d["answers"]["events_last_12_months"] = json!(-1)
        }),
        ("missing decision window", |d| {
            d.as_object_mut().unwrap().remove("decision_expected");
        }),
        ("community partner field", |d| {
            d["answers"]["acknowledged"] = json!([])
        }),
    ];
    for (name, edit) in cases {
        let mut doc = mp_value();
        edit(&mut doc);
        assert!(!v.is_valid(&doc), "accepted: {name}");
    }
}

/// A document the schema accepts must also be readable by the Rust types,
/// and the other way round for emitted ones; the schema's program is fixed.
#[test]
fn schemas_do_not_accept_the_other_program() {
    assert!(!community_partner().is_valid(&mp_value()));
    assert!(!meetup_pro().is_valid(&cp_value()));
}

/// A backend of either kind agrees on what a complete payload is: every
/// answer the schema requires, the Rust backend requires too (a Community
/// Partner payload without `event_type_other` was accepted by `revalidate`
/// and refused by the schema).
#[test]
fn the_schema_and_the_rust_backend_refuse_the_same_missing_answers() {
    let received = submitted_at().with_timezone(&chrono::Utc);
    for (name, validator, value) in [
        ("community partner", community_partner(), cp_value()),
        ("meetup pro", meetup_pro(), mp_value()),
    ] {
        assert!(validator.is_valid(&value), "{name}");
        assert!(
            payload::revalidate(value.to_string().as_bytes(), received).is_ok(),
            "{name}"
        );
        let keys: Vec<String> = value["answers"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        for key in keys {
            let mut broken = value.clone();
            broken["answers"].as_object_mut().unwrap().remove(&key);
            let schema_refuses = !validator.is_valid(&broken);
            let rust_refuses =
                payload::revalidate(broken.to_string().as_bytes(), received).is_err();
            assert!(
                schema_refuses,
                "{name}: the schema accepts a payload without {key}"
            );
            assert_eq!(rust_refuses, schema_refuses, "{name}: without {key}");
        }
    }
}
