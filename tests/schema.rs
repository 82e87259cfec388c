//! The JSON Schemas in `public/schema/` accept what the code emits and reject
//! broken documents, so a backend in any language can rely on them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "rules_fixtures/mod.rs"]
mod fixtures;

use fixtures::*;
use psf_apply::rules::acknowledgements::AckId;
use psf_apply::rules::community_partner::EventType;
use psf_apply::rules::grant::{Attendance, Category, GrantAnswers};
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

fn grant() -> jsonschema::Validator {
    validator("grant.v1.json")
}

fn gr_value() -> Value {
    serde_json::to_value(payload::grant(
        pycon_jupiter_grant(today()),
        submitted_at(),
        KEY.into(),
    ))
    .unwrap()
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

#[test]
fn accepts_the_grant_example_payload() {
    assert_valid(&grant(), &gr_value(), "PyCon Jupiter grant");
}

/// Every reason a grant rule can give, and both shapes of the optional
/// answers, are in the schema.
#[test]
fn accepts_other_emitted_grant_payloads() {
    let v = grant();
    type Change = fn(&mut GrantAnswers);
    let cases: Vec<(&str, Change)> = vec![
        ("warnings", |a| {
            a.budget.iter_mut().for_each(|l| l.essential = false);
            a.other_sources.clear();
            a.start_date = Some(plus_days(today(), 50));
            a.end_date = None;
        }),
        ("the Board, online", |a| {
            a.amount_requested = Some(12_000);
            a.budget[2].amount = Some(8_300);
            a.total_budget = Some(12_000);
            a.start_date = Some(plus_days(today(), 60));
            a.attendance = Some(Attendance::Online);
            a.city.clear();
            a.country.clear();
        }),
        ("not eligible", |a| {
            a.python_percent = Some(20);
            a.coc_has_reporting = Some(false);
            a.budget[0].category = Some(Category::Swag);
            a.amount_requested = Some(50_000);
            a.start_date = Some(plus_days(today(), 10));
        }),
        ("already started", |a| a.start_date = Some(today())),
    ];
    for (name, change) in cases {
        let mut a = pycon_jupiter_grant(today());
        change(&mut a);
        let p = payload::grant(a, submitted_at(), KEY.into());
        assert_valid(&v, &serde_json::to_value(p).unwrap(), name);
    }
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

#[test]
fn rejects_broken_grant_documents() {
    let v = grant();
    let cases: Vec<(&str, Edit)> = vec![
        ("missing answers.title", |d| {
            d["answers"].as_object_mut().unwrap().remove("title");
        }),
        ("wrong schema const", |d| {
            d["schema"] = json!("psf-apply/community-partner/v1")
        }),
        ("unknown key in a line", |d| {
            d["answers"]["budget"][1]["vat"] = json!(20)
        }),
        ("unknown key in a source", |d| {
            d["answers"]["other_sources"][0]["since"] = json!(2020)
        }),
        ("a line amount as string", |d| {
            d["answers"]["budget"][0]["amount"] = json!("2500")
        }),
        ("a line amount of 0", |d| {
            d["answers"]["budget"][0]["amount"] = json!(0)
        }),
        ("a line amount with cents", |d| {
            d["answers"]["budget"][0]["amount"] = json!(2500.5)
        }),
        ("a line without its essential flag", |d| {
            d["answers"]["budget"][0]
                .as_object_mut()
                .unwrap()
                .remove("essential");
        }),
        ("a line of unknown category", |d| {
            d["answers"]["budget"][0]["category"] = json!("t_shirts")
        }),
        ("a blank line description", |d| {
            d["answers"]["budget"][0]["description"] = json!(" ")
        }),
        ("an unreadable quote link", |d| {
            d["answers"]["budget"][0]["quote_url"] = json!("the quote")
        }),
        ("no lines", |d| d["answers"]["budget"] = json!([])),
        ("51 lines", |d| {
            let line = d["answers"]["budget"][0].clone();
            d["answers"]["budget"] = json!(vec![line; 51]);
        }),
        ("21 sources", |d| {
            let source = d["answers"]["other_sources"][0].clone();
            d["answers"]["other_sources"] = json!(vec![source; 21]);
        }),
        ("a source without an amount", |d| {
            d["answers"]["other_sources"][0]["amount"] = json!(null)
        }),
        ("request as string", |d| {
            d["answers"]["amount_requested"] = json!("$5,000")
        }),
        ("request above 100,000,000", |d| {
            d["answers"]["total_budget"] = json!(100_000_001)
        }),
        ("in person without a city", |d| {
            d["answers"]["city"] = json!("")
        }),
        ("in person without a country", |d| {
            d["answers"]["country"] = json!("  ")
        }),
        ("attendance unknown", |d| {
            d["answers"]["attendance"] = json!("hybrid")
        }),
        ("end date missing", |d| {
            d["answers"].as_object_mut().unwrap().remove("end_date");
        }),
        ("end date not a date", |d| {
            d["answers"]["end_date"] = json!("soon")
        }),
        ("start date null", |d| {
            d["answers"]["start_date"] = json!(null)
        }),
        ("first grant unanswered", |d| {
            d["answers"]["first_grant"] = json!(null)
        }),
        ("a community partner answer", |d| {
            d["answers"]["acknowledged"] = json!([])
        }),
        ("a rule of another program", |d| {
            d["eligibility"]["outcomes"][0]["rule"] = json!("cp.python_share")
        }),
        ("rules out of order", |d| {
            d["eligibility"]["outcomes"]
                .as_array_mut()
                .unwrap()
                .swap(0, 1);
        }),
        ("a reason of another program", |d| {
            d["eligibility"]["outcomes"][8]["reason"] =
                json!({"code": "too_early", "opens_on": "2026-12-01"})
        }),
        ("a swag reason without its line", |d| {
            d["eligibility"]["outcomes"][2]["reason"] =
                json!({"code": "swag_line", "description": "T-shirts"})
        }),
        ("window missing", |d| {
            d.as_object_mut().unwrap().remove("window");
        }),
        ("window of the other program", |d| {
            d["window"]["outcome"] = json!("too_early")
        }),
        ("acknowledgements", |d| d["acknowledgements"] = json!([])),
    ];
    for (name, edit) in cases {
        let mut doc = gr_value();
        edit(&mut doc);
        assert!(!v.is_valid(&doc), "accepted: {name}");
    }
    // Online, the place may be empty; an end date may be null.
    let mut doc = gr_value();
    doc["answers"]["attendance"] = json!("online");
    doc["answers"]["city"] = json!("");
    doc["answers"]["country"] = json!("");
    doc["answers"]["end_date"] = json!(null);
    doc["answers"]["budget"][0]["quote_url"] = json!("");
    assert_valid(&v, &doc, "online, no end date");
}

/// A document the schema accepts must also be readable by the Rust types,
/// and the other way round for emitted ones; the schema's program is fixed.
#[test]
fn schemas_do_not_accept_the_other_program() {
    assert!(!community_partner().is_valid(&mp_value()));
    assert!(!meetup_pro().is_valid(&cp_value()));
    assert!(!grant().is_valid(&cp_value()));
    assert!(!community_partner().is_valid(&gr_value()));
    assert!(!meetup_pro().is_valid(&gr_value()));
}

/// A backend of any kind agrees on what a complete payload is: every
/// answer the schema requires, the Rust backend requires too (a Community
/// Partner payload without `event_type_other` was accepted by `revalidate`
/// and refused by the schema).
#[test]
fn the_schema_and_the_rust_backend_refuse_the_same_missing_answers() {
    let received = submitted_at().with_timezone(&chrono::Utc);
    for (name, validator, value) in [
        ("community partner", community_partner(), cp_value()),
        ("meetup pro", meetup_pro(), mp_value()),
        ("grant", grant(), gr_value()),
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

/// The same inside the grant's lists: a line or source missing any key is
/// refused by both.
#[test]
fn the_schema_and_the_rust_backend_refuse_the_same_incomplete_lines() {
    let received = submitted_at().with_timezone(&chrono::Utc);
    let validator = grant();
    let value = gr_value();
    for list in ["budget", "other_sources"] {
        let keys: Vec<String> = value["answers"][list][0]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        for key in keys {
            let mut broken = value.clone();
            broken["answers"][list][0]
                .as_object_mut()
                .unwrap()
                .remove(&key);
            assert!(!validator.is_valid(&broken), "{list}: without {key}");
            assert!(
                payload::revalidate(broken.to_string().as_bytes(), received).is_err(),
                "{list}: without {key}"
            );
        }
    }
}

/// The language the applicant used is recorded beside locale-free answers:
/// both backends take each offered locale and a payload without one (from
/// a release before it was recorded), and both refuse any other value.
#[test]
fn the_locale_is_one_of_the_offered_languages_or_absent() {
    let received = submitted_at().with_timezone(&chrono::Utc);
    let documents = [
        (community_partner(), cp_value()),
        (meetup_pro(), mp_value()),
        (grant(), gr_value()),
    ];
    for (schema, value) in &documents {
        assert!(value.get("locale").is_none(), "the builders leave it out");
        assert!(schema.is_valid(value));
        assert!(payload::revalidate(value.to_string().as_bytes(), received).is_ok());
        for tag in payload::LOCALES {
            let mut with = value.clone();
            with["locale"] = json!(tag);
            assert!(schema.is_valid(&with), "{tag}");
            assert!(
                payload::revalidate(with.to_string().as_bytes(), received).is_ok(),
                "{tag}"
            );
        }
        for wrong in [json!("de"), json!("ES"), json!(""), json!(7), json!(null)] {
            let mut with = value.clone();
            with["locale"] = wrong.clone();
            assert!(!schema.is_valid(&with), "schema took {wrong}");
            let refused = payload::revalidate(with.to_string().as_bytes(), received)
                .expect_err("the receiver took a wrong locale");
            assert!(
                refused.iter().any(|p| p.pointer == "/locale"),
                "{wrong}: {refused:?}"
            );
        }
    }
}
