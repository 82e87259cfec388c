//! The program definitions (`rules::program`) against everything else that
//! describes the same questions: the JSON Schemas, the payload and the Rust
//! backend's layout, the validation, the rule tables and `thresholds.rs`;
//! with the UI built, its field list, step lists, routes, ids and drafts.
//! Whichever side moves, a test here fails.
//!
//! Runs without the UI too: `cargo test --no-default-features --test program_definitions`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "rules_fixtures/mod.rs"]
mod fixtures;

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use fixtures::{joey_python, plus_days, pycon_jupiter_grant, pydata_berlin, submitted_at, today};
use psf_apply::rules::acknowledgements::ACKNOWLEDGEMENTS;
use psf_apply::rules::community_partner::{self, CommunityPartnerAnswers, EventType};
use psf_apply::rules::eligibility::{Outcome, RuleId, Status};
use psf_apply::rules::form::{field_errors, validate, FieldError};
use psf_apply::rules::grant::{self, GrantAnswers};
use psf_apply::rules::meetup_pro::{self, MeetupProAnswers};
use psf_apply::rules::payload;
use psf_apply::rules::program::{
    self, all_programs, Control, Hook, Limit, Program, Question, StepHook,
};

const KEY: &str = "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b";
/// No field error.
const NONE: [&str; 0] = [];

// --- Each program's typed model -------------------------------------------------
// Parsing into the model the rules take stays per program: this is the one
// place here that names them.

/// A valid, eligible application, as its payload's `answers`.
fn sample_answers(p: &Program) -> Value {
    match p.slug {
        "community-partner" => serde_json::to_value(joey_python(today())).unwrap(),
        "meetup-pro" => serde_json::to_value(pydata_berlin()).unwrap(),
        "grant" => serde_json::to_value(pycon_jupiter_grant(today())).unwrap(),
        other => panic!("no typed model for {other}"),
    }
}

/// The payload built by the rules, as the app sends it.
fn sample_payload(p: &Program) -> String {
    let answers = sample_answers(p);
    match p.slug {
        "community-partner" => serde_json::to_string(&payload::community_partner(
            serde_json::from_value(answers).unwrap(),
            submitted_at(),
            KEY.into(),
        )),
        "meetup-pro" => serde_json::to_string(&payload::meetup_pro(
            serde_json::from_value(answers).unwrap(),
            submitted_at(),
            KEY.into(),
        )),
        "grant" => serde_json::to_string(&payload::grant(
            serde_json::from_value(answers).unwrap(),
            submitted_at(),
            KEY.into(),
        )),
        other => panic!("no typed model for {other}"),
    }
    .unwrap()
}

/// Field errors and outcomes of answers given as JSON; `Err` when they do
/// not read as the program's model.
fn judge(p: &Program, answers: &Value) -> Result<(Vec<FieldError>, Vec<Outcome>), String> {
    let today = today();
    match p.slug {
        "community-partner" => {
            let a: CommunityPartnerAnswers =
                serde_json::from_value(answers.clone()).map_err(|e| e.to_string())?;
            Ok((
                field_errors(&a),
                community_partner::evaluate(&a, today).outcomes,
            ))
        }
        "meetup-pro" => {
            let a: MeetupProAnswers =
                serde_json::from_value(answers.clone()).map_err(|e| e.to_string())?;
            Ok((field_errors(&a), meetup_pro::evaluate(&a, today).outcomes))
        }
        "grant" => {
            let a: GrantAnswers =
                serde_json::from_value(answers.clone()).map_err(|e| e.to_string())?;
            Ok((grant::field_errors(&a), grant::evaluate(&a, today).outcomes))
        }
        other => panic!("no typed model for {other}"),
    }
}

fn with(answers: &Value, name: &str, value: Value) -> Value {
    let mut answers = answers.clone();
    answers[name] = value;
    answers
}

fn codes_on(errors: &[FieldError], name: &str) -> Vec<String> {
    errors
        .iter()
        .filter(|e| e.field == name)
        .map(|e| e.code.clone())
        .collect()
}

fn names(questions: impl IntoIterator<Item = &'static Question>) -> Vec<&'static str> {
    questions.into_iter().map(|q| q.name).collect()
}

// --- Reading JSON in its written order ------------------------------------------
// serde_json's `Value` sorts object keys; these keep them as written.

struct Keys(Vec<String>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Keys, D::Error> {
        struct InOrder;
        impl<'de> Visitor<'de> for InOrder {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Keys, M::Error> {
                let mut keys = Vec::new();
                while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                    keys.push(key);
                }
                Ok(Keys(keys))
            }
        }
        deserializer.deserialize_map(InOrder)
    }
}

#[derive(Deserialize)]
struct Answers<T> {
    answers: T,
}

#[derive(Deserialize)]
struct Properties<T> {
    properties: T,
}

// --- The JSON Schemas -------------------------------------------------------------

fn schema_path(p: &Program) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/schema")
        .join(format!("{}.v1.json", p.slug))
}

fn schema_text(p: &Program) -> String {
    std::fs::read_to_string(schema_path(p)).unwrap()
}

const NOT_BLANK: &str = r"\S";
const EMAIL_PATTERN: &str = r"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$";
const URL_PATTERN: &str = r"^\s*[^\s@]*[^\s@./]\.\S+\s*$";

/// The JSON Schema of one answer, as the definition says it.
fn property(q: &Question) -> Value {
    let mut p = Map::new();
    let mut set = |key: &str, value: Value| p.insert(key.to_string(), value);
    // A revealed question's pattern is conditional, on the answers object.
    let must_answer = q.required && q.revealed_by.is_none();
    match &q.control {
        Control::Text | Control::LongText => {
            set("type", json!("string"));
            if must_answer {
                set("pattern", json!(NOT_BLANK));
            }
        }
        Control::Email => {
            assert!(
                must_answer,
                "{}: an optional email has no pattern yet",
                q.name
            );
            set("type", json!("string"));
            set("pattern", json!(EMAIL_PATTERN));
        }
        Control::Url => {
            set("type", json!("string"));
            if must_answer {
                set("pattern", json!(URL_PATTERN));
            } else {
                // Empty, or an address.
                set("pattern", json!(format!(r"^\s*$|{URL_PATTERN}")));
            }
        }
        Control::WholeNumber | Control::Percentage | Control::Money => {
            set("type", json!("integer"));
        }
        Control::Date if must_answer => {
            set("$ref", json!("#/$defs/date"));
        }
        Control::Date => {
            set(
                "anyOf",
                json!([{ "$ref": "#/$defs/date" }, { "type": "null" }]),
            );
        }
        Control::YesNo | Control::Tick => {
            set("type", json!("boolean"));
        }
        Control::List(list) => {
            let properties: Map<String, Value> = list
                .fields
                .iter()
                .map(|f| (f.name.to_string(), property(f)))
                .collect();
            set("type", json!("array"));
            if q.required {
                set("minItems", json!(1));
            }
            set("maxItems", json!(list.max_lines));
            set(
                "items",
                json!({
                    "type": "object",
                    "properties": properties,
                    "required": names(list.fields.iter().copied()),
                    "additionalProperties": false,
                }),
            );
        }
        Control::OneOf(codes) => {
            set("type", json!("string"));
            set("enum", json!(codes));
        }
        Control::Checklist(items) => {
            let codes: Vec<&str> = items.iter().map(|i| i.code).collect();
            set("type", json!("array"));
            set("uniqueItems", json!(true));
            set("maxItems", json!(items.len()));
            set("items", json!({ "type": "string", "enum": codes }));
        }
    }
    match q.limit {
        Limit::None => {}
        Limit::Chars(max) => {
            set("maxLength", json!(max));
        }
        Limit::Range { min, max } => {
            set("minimum", json!(min));
            set("maximum", json!(max));
        }
    }
    Value::Object(p)
}

/// The schema of the payload's `answers`, generated from the definition.
fn answers_schema(p: &Program) -> Value {
    let properties: Map<String, Value> = p
        .questions
        .iter()
        .map(|q| (q.name.to_string(), property(q)))
        .collect();
    let mut schema = json!({
        "type": "object",
        "properties": properties,
        // Every answer is always sent, answered or not.
        "required": names(p.questions.iter().copied()),
        "additionalProperties": false,
    });
    let conditions: Vec<Value> = p
        .questions
        .iter()
        .filter_map(|q| {
            let reveal = q.revealed_by.as_ref()?;
            let by = reveal.question.name;
            Some(json!({
                "if": { "properties": { by: { "const": reveal.option } }, "required": [by] },
                "then": { "properties": { q.name: { "pattern": NOT_BLANK } } },
            }))
        })
        .collect();
    match conditions.as_slice() {
        [] => {}
        [one] => {
            for (key, value) in one.as_object().unwrap() {
                schema[key] = value.clone();
            }
        }
        many => schema["allOf"] = json!(many),
    }
    schema
}

/// Drops the words (`description`), keeping properties of that name.
fn without_descriptions(value: &mut Value) {
    match value {
        Value::Object(object) => {
            object.remove("description");
            for (key, child) in object.iter_mut() {
                match (key.as_str(), child) {
                    ("properties", Value::Object(properties)) => {
                        properties.values_mut().for_each(without_descriptions)
                    }
                    (_, child) => without_descriptions(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(without_descriptions),
        _ => {}
    }
}

#[test]
fn schemas_say_what_the_definitions_say() {
    for p in all_programs() {
        let schema: Value = serde_json::from_str(&schema_text(p)).unwrap();
        let mut answers = schema["properties"]["answers"].clone();
        without_descriptions(&mut answers);
        let expected = answers_schema(p);
        for q in p.questions {
            assert_eq!(
                answers["properties"][q.name], expected["properties"][q.name],
                "{}: /answers/{} in the schema",
                p.slug, q.name
            );
        }
        assert_eq!(answers, expected, "{}: the answers schema", p.slug);
        assert_eq!(schema["properties"]["schema"]["const"], p.schema);
        assert_eq!(schema["$id"], format!("urn:psf-apply:schema:{}:v1", p.slug));
    }
}

#[test]
fn schemas_list_the_answers_in_the_payload_order() {
    for p in all_programs() {
        let read: Properties<Answers<Properties<Keys>>> =
            serde_json::from_str(&schema_text(p)).unwrap();
        assert_eq!(
            read.properties.answers.properties.0,
            names(p.questions.iter().copied())
        );
    }
}

#[test]
fn there_is_one_schema_per_program() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema");
    let files: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let expected: BTreeSet<String> = all_programs()
        .iter()
        .map(|p| format!("{}.v1.json", p.slug))
        .collect();
    assert_eq!(files, expected);
}

// --- The payload and the Rust backend --------------------------------------------

#[test]
fn payloads_carry_the_questions_in_order() {
    for p in all_programs() {
        let read: Answers<Keys> = serde_json::from_str(&sample_payload(p)).unwrap();
        assert_eq!(
            read.answers.0,
            names(p.questions.iter().copied()),
            "{}",
            p.slug
        );
    }
}

/// `revalidate` reads the answers through the payload layout, which is
/// private: a document whose every answer has the wrong type gets a problem
/// per layout key, in layout order, and one for a key the layout lacks.
#[test]
fn the_backend_layout_reads_exactly_the_questions_in_order() {
    for p in all_programs() {
        let mut sent: Value = serde_json::from_str(&sample_payload(p)).unwrap();
        let answers = sent["answers"].as_object_mut().unwrap();
        answers.values_mut().for_each(|v| *v = json!({}));
        answers.insert("not_a_question".into(), json!(1));
        let received = submitted_at().with_timezone(&chrono::Utc);
        let problems =
            payload::revalidate(&serde_json::to_vec(&sent).unwrap(), received).unwrap_err();
        let at = |code: &str| -> Vec<String> {
            problems
                .iter()
                .filter(|pr| pr.code == code)
                .filter_map(|pr| pr.pointer.strip_prefix("/answers/").map(str::to_string))
                .collect()
        };
        assert_eq!(
            at("invalid_type"),
            names(p.questions.iter().copied()),
            "{}",
            p.slug
        );
        assert_eq!(at("unknown_field"), ["not_a_question"], "{}", p.slug);
    }
}

#[test]
fn schema_ids_are_the_payloads() {
    assert_eq!(
        program::by_schema(payload::COMMUNITY_PARTNER_SCHEMA).map(|p| p.slug),
        Some("community-partner")
    );
    assert_eq!(
        program::by_schema(payload::MEETUP_PRO_SCHEMA).map(|p| p.slug),
        Some("meetup-pro")
    );
    for p in all_programs() {
        assert_eq!(p.schema, format!("psf-apply/{}/v1", p.slug));
    }
}

// --- Validation and thresholds.rs ---------------------------------------------------

/// Text of exactly `n` characters that the control's shape check accepts.
fn text_of(control: &Control, n: usize) -> String {
    match control {
        Control::Email => {
            // RFC 5321: a local part of 64, labels of at most 63.
            let mut domain = String::new();
            let domain_len = n - 65;
            while domain_len - domain.len() > 63 {
                domain.push_str(&"b".repeat(61));
                domain.push('.');
            }
            domain.push_str(&"c".repeat(domain_len - domain.len()));
            format!("{}@{domain}", "a".repeat(64))
        }
        Control::Url => format!("https://example.org/{}", "a".repeat(n - 20)),
        _ => "x".repeat(n),
    }
}

/// A list's fields are validated by the definition too, each error filed
/// under `<list>/<line>/<field>`: limits at and past their edge, required
/// fields left blank, on the sample's first line.
#[test]
fn validation_applies_the_definitions_limits_inside_lists() {
    let mut probed = 0;
    for p in all_programs() {
        let base = sample_answers(p);
        for q in p.questions {
            let Control::List(list) = &q.control else {
                continue;
            };
            for field in list.fields {
                let at = format!("{}/{}/0/{}", p.slug, q.name, field.name);
                let on = |value: Value| {
                    let mut answers = base.clone();
                    answers[q.name][0][field.name] = value;
                    let (errors, _) = judge(p, &answers).unwrap_or_else(|e| panic!("{at}: {e}"));
                    codes_on(&errors, &format!("{}/0/{}", q.name, field.name))
                };
                match field.limit {
                    Limit::Chars(max) => {
                        assert_eq!(
                            on(json!(text_of(&field.control, max))),
                            NONE,
                            "{at} at {max}"
                        );
                        assert_eq!(
                            on(json!(text_of(&field.control, max + 1))),
                            [validate::TOO_LONG],
                            "{at} past {max}"
                        );
                    }
                    Limit::Range { min, max } => {
                        assert_eq!(on(json!(min)), NONE, "{at} at {min}");
                        assert_eq!(on(json!(max)), NONE, "{at} at {max}");
                        assert_eq!(on(json!(max + 1)), [validate::RANGE], "{at} past {max}");
                        if min > 0 {
                            assert_eq!(on(json!(min - 1)), [validate::RANGE], "{at} below {min}");
                        }
                    }
                    Limit::None => {}
                }
                let blank = match field.control {
                    Control::Text | Control::Url => json!("  "),
                    Control::Tick => json!(false),
                    _ => Value::Null,
                };
                let expected: &[&str] = if field.required {
                    &[validate::REQUIRED]
                } else {
                    &[]
                };
                assert_eq!(on(blank), expected, "{at} left blank");
                probed += 1;
            }
            // More lines than the list takes.
            let line = base[q.name][0].clone();
            let too_many = json!(vec![line; list.max_lines + 1]);
            let (errors, _) = judge(p, &with(&base, q.name, too_many)).unwrap();
            assert_eq!(
                codes_on(&errors, q.name),
                [validate::TOO_MANY],
                "{}/{}",
                p.slug,
                q.name
            );
        }
    }
    assert!(probed >= 7, "the lists' fields were probed ({probed})");
}

/// What the definition says of each answer is what validation does: limits
/// at and past their edge, required answers left out, option codes.
#[test]
fn validation_applies_the_definitions_limits() {
    for p in all_programs() {
        let base = sample_answers(p);
        let (errors, _) = judge(p, &base).unwrap();
        assert!(errors.is_empty(), "{}: the sample has {errors:?}", p.slug);
        let on = |name: &str, value: Value| {
            let (errors, _) = judge(p, &with(&base, name, value))
                .unwrap_or_else(|e| panic!("{}/{name}: {e}", p.slug));
            codes_on(&errors, name)
        };
        for q in p.questions {
            let at = format!("{}/{}", p.slug, q.name);
            match q.limit {
                Limit::Chars(max) => {
                    assert_eq!(
                        on(q.name, json!(text_of(&q.control, max))),
                        NONE,
                        "{at} at {max}"
                    );
                    assert_eq!(
                        on(q.name, json!(text_of(&q.control, max + 1))),
                        [validate::TOO_LONG],
                        "{at} past {max}"
                    );
                }
                Limit::Range { min, max } => {
                    assert_eq!(on(q.name, json!(min)), NONE, "{at} at {min}");
                    assert_eq!(on(q.name, json!(max)), NONE, "{at} at {max}");
                    assert_eq!(
                        on(q.name, json!(max + 1)),
                        [validate::RANGE],
                        "{at} past {max}"
                    );
                    if min > 0 {
                        assert_eq!(
                            on(q.name, json!(min - 1)),
                            [validate::RANGE],
                            "{at} below {min}"
                        );
                    }
                }
                Limit::None => {}
            }
            let blank = match q.control {
                Control::Checklist(_) | Control::List(_) => json!([]),
                Control::Text | Control::Email | Control::Url | Control::LongText => json!("  "),
                _ => Value::Null,
            };
            // A revealed question is asked only while its option is chosen.
            let hidden = |answers: &Value| {
                q.revealed_by
                    .as_ref()
                    .is_some_and(|r| answers[r.question.name] != json!(r.option))
            };
            let not_shown = match &q.revealed_by {
                Some(reveal) => {
                    let other = reveal
                        .question
                        .control
                        .codes()
                        .find(|c| *c != reveal.option);
                    with(&base, reveal.question.name, json!(other))
                }
                None => base.clone(),
            };
            let expected: &[&str] = match (&q.control, q.required) {
                // Every box is the rule's business, not a field error.
                (Control::Checklist(_), _) => &[],
                (_, true) if !hidden(&not_shown) => &[validate::REQUIRED],
                // Hidden, or optional: nothing to say.
                _ => &[],
            };
            let (errors, _) = judge(p, &with(&not_shown, q.name, blank.clone())).unwrap();
            assert_eq!(codes_on(&errors, q.name), expected, "{at} left blank");
            if let Some(reveal) = &q.revealed_by {
                let shown = with(&base, reveal.question.name, json!(reveal.option));
                let (errors, _) = judge(p, &with(&shown, q.name, blank.clone())).unwrap();
                let codes = codes_on(&errors, q.name);
                // Community Partner's "Other" has a code of its own (v1).
                let missing =
                    codes == [validate::REQUIRED] || codes == [validate::OTHER_TYPE_REQUIRED];
                assert_eq!(missing, q.required, "{at} blank while shown: {codes:?}");
            }
            let codes: Vec<&str> = q.control.codes().collect();
            if let Control::OneOf(_) = q.control {
                for code in &codes {
                    assert_eq!(on(q.name, json!(code)), NONE, "{at}: {code}");
                }
                assert!(
                    judge(p, &with(&base, q.name, json!("not_an_option"))).is_err(),
                    "{at}"
                );
            }
            if let Control::Checklist(_) = q.control {
                assert_eq!(on(q.name, json!(codes)), NONE, "{at}: every item");
                assert!(
                    judge(p, &with(&base, q.name, json!(["not_an_item"]))).is_err(),
                    "{at}"
                );
            }
        }
    }
}

/// A limit is a `thresholds.rs` constant, never a figure written in a
/// definition (where it would agree today and drift tomorrow).
#[test]
fn limits_are_named_thresholds() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let thresholds = std::fs::read_to_string(root.join("src/rules/thresholds.rs")).unwrap();
    let dir = root.join("src/rules/program");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == "mod.rs") {
            continue; // the types, not a definition
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for (marker, ends) in [
            ("Chars(", &[')'][..]),
            ("min:", &[',', '}', '\n'][..]),
            ("max:", &[',', '}', '\n'][..]),
        ] {
            for (at, _) in source.match_indices(marker) {
                let rest = &source[at + marker.len()..];
                let value = rest[..rest.find(ends).unwrap()].trim();
                assert!(
                    thresholds.contains(&format!("pub const {value}:")),
                    "{}: `{marker} {value}` is not a thresholds.rs constant",
                    path.display()
                );
                seen += 1;
            }
        }
    }
    let limits: usize = all_programs()
        .iter()
        .flat_map(|p| p.questions.iter())
        .map(|q| match q.limit {
            Limit::None => 0,
            Limit::Chars(_) => 1,
            Limit::Range { .. } => 2,
        })
        .sum();
    // Not vacuous; fewer than in use when one is shared (`const EVENTS: Limit`).
    assert!(
        seen > 0 && seen <= limits,
        "{seen} limits written, {limits} in use"
    );
}

#[test]
fn limits_fit_their_controls() {
    for p in all_programs() {
        for q in p.questions {
            let fits = match (&q.control, q.limit) {
                (
                    Control::Text | Control::Email | Control::Url | Control::LongText,
                    Limit::Chars(_),
                ) => true,
                (
                    Control::WholeNumber | Control::Percentage | Control::Money,
                    Limit::Range { min, max },
                ) => min <= max,
                (
                    Control::Date
                    | Control::YesNo
                    | Control::Tick
                    | Control::OneOf(_)
                    | Control::Checklist(_)
                    | Control::List(_),
                    Limit::None,
                ) => true,
                _ => false,
            };
            assert!(
                fits,
                "{}/{}: {:?} with {:?}",
                p.slug, q.name, q.control, q.limit
            );
        }
    }
}

// --- Rules ----------------------------------------------------------------------------

#[test]
fn every_rule_is_fed_by_a_question_of_its_program() {
    for p in all_programs() {
        let (_, outcomes) = judge(p, &sample_answers(p)).unwrap();
        let evaluated: Vec<RuleId> = outcomes.iter().map(|o| o.rule).collect();
        let listed: Vec<RuleId> = p.rules.iter().map(|r| r.id).collect();
        assert_eq!(listed, evaluated, "{}: the rule table, in order", p.slug);
        for rule in p.rules {
            assert!(
                p.feeders(rule.id).next().is_some(),
                "{}: {:?} is fed by nothing",
                p.slug,
                rule.id
            );
            assert!(
                rule.question.feeds.contains(&rule.id),
                "{}: {:?} links to {}, which does not feed it",
                p.slug,
                rule.id,
                rule.question.name
            );
            assert!(p.question(rule.question.name).is_some());
        }
        for q in p.questions {
            for fed in q.feeds {
                assert!(
                    evaluated.contains(fed),
                    "{}/{} feeds {fed:?}, not a rule of its own",
                    p.slug,
                    q.name
                );
            }
        }
    }
}

/// Answers the feeds can be told apart by, per control; a list's are
/// `current`'s lines with its first line changed field by field, and none.
fn trial_values(q: &Question, today: NaiveDate, current: &Value) -> Vec<Value> {
    let day = |days| json!(plus_days(today, days));
    match &q.control {
        Control::Money => [1, 5_000, 10_000, 10_001, 40_000, 1_000_000]
            .into_iter()
            .map(|n| json!(n))
            .chain([Value::Null])
            .collect(),
        Control::Tick => vec![json!(false), json!(true)],
        Control::List(list) => {
            let lines = current.as_array().cloned().unwrap_or_default();
            let mut trials = vec![json!([])];
            if let Some(first) = lines.first() {
                for field in list.fields {
                    for value in trial_values(field, today, &first[field.name]) {
                        let mut changed = lines.clone();
                        changed[0][field.name] = value;
                        trials.push(Value::Array(changed));
                    }
                }
            }
            trials
        }
        Control::Text | Control::LongText => vec![json!(""), json!("x")],
        Control::Email => vec![json!(""), json!("a@b.org")],
        Control::Url => vec![
            json!(""),
            json!("https://www.facebook.com/x"),
            json!("https://www.meetup.com/pydata-berlin/"),
            json!("https://example.org/"),
        ],
        Control::WholeNumber | Control::Percentage => [0, 1, 2, 60, 100]
            .into_iter()
            .map(|n| json!(n))
            .chain([Value::Null])
            .collect(),
        Control::Date => vec![Value::Null, day(0), day(50), day(100), day(1000)],
        Control::YesNo => vec![Value::Null, json!(true), json!(false)],
        Control::OneOf(codes) => codes
            .iter()
            .map(|c| json!(c))
            .chain([Value::Null])
            .collect(),
        Control::Checklist(items) => {
            let all: Vec<&str> = items.iter().map(|i| i.code).collect();
            vec![json!([]), json!([all[0]]), json!(all)]
        }
    }
}

/// Answers where every rule hangs on every question it reads: an event in
/// the first-timer advice weeks, a group that held too few events so far.
fn balanced_answers(p: &Program) -> Value {
    let mut base = sample_answers(p);
    match p.slug {
        "community-partner" => base["event_date"] = json!(plus_days(today(), 50)),
        "meetup-pro" => base["events_last_12_months"] = json!(1),
        // Less than 3 months ahead: the window then turns on the amount too.
        "grant" => base["start_date"] = json!(plus_days(today(), 60)),
        other => panic!("no typed model for {other}"),
    }
    base
}

/// `feeds` is what the rules read: changing an answer changes only the
/// outcomes of rules it feeds, and each rule it feeds changes for some answer.
#[test]
fn feeds_are_what_the_rules_read() {
    for p in all_programs() {
        let base = balanced_answers(p);
        let (_, before) = judge(p, &base).unwrap();
        for q in p.questions {
            let mut changed = BTreeSet::new();
            for value in trial_values(q, today(), &base[q.name]) {
                let (_, after) = judge(p, &with(&base, q.name, value)).unwrap();
                changed.extend(
                    before
                        .iter()
                        .zip(&after)
                        .filter(|(b, a)| b != a)
                        .map(|(b, _)| b.rule),
                );
            }
            let feeds: BTreeSet<RuleId> = q.feeds.iter().copied().collect();
            assert_eq!(
                changed, feeds,
                "{}/{}: the rules it changes",
                p.slug, q.name
            );
        }
    }
}

// --- Steps, preview, hooks ------------------------------------------------------------

#[test]
fn every_question_is_asked_once() {
    for p in all_programs() {
        let asked = names(p.page_order());
        let mut sorted = asked.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            asked.len(),
            "{}: a question asked twice: {asked:?}",
            p.slug
        );
        let all: BTreeSet<&str> = p.questions.iter().map(|q| q.name).collect();
        assert_eq!(
            sorted.into_iter().collect::<BTreeSet<_>>(),
            all,
            "{}: asked vs defined",
            p.slug
        );
        for step in p.steps {
            assert!(
                step.sections.iter().all(|s| !s.questions.is_empty()),
                "{}/{}",
                p.slug,
                step.slug
            );
        }
    }
}

#[test]
fn revealed_questions_follow_the_question_that_reveals_them() {
    for p in all_programs() {
        let lists = p
            .steps
            .iter()
            .flat_map(|s| s.sections.iter().map(|sec| sec.questions))
            .chain([p.preview]);
        for list in lists {
            for (i, q) in list.iter().enumerate() {
                let Some(reveal) = &q.revealed_by else {
                    continue;
                };
                // Right after it, or after what else the same option shows.
                let before = list[..i].iter().rev().find(|b| {
                    !b.revealed_by.as_ref().is_some_and(|r| {
                        r.question.name == reveal.question.name && r.option == reveal.option
                    })
                });
                assert!(
                    before.is_some_and(|b| b.name == reveal.question.name),
                    "{}/{}: not right after {}",
                    p.slug,
                    q.name,
                    reveal.question.name
                );
            }
            for q in list.iter().copied() {
                for code in q.control.codes() {
                    for shown in p.revealed(q, code) {
                        assert!(
                            list.iter().any(|l| l.name == shown.name),
                            "{}/{}",
                            p.slug,
                            shown.name
                        );
                    }
                }
            }
        }
        for q in p.questions {
            if let Some(reveal) = &q.revealed_by {
                assert!(
                    matches!(reveal.question.control, Control::OneOf(_)),
                    "{}",
                    q.name
                );
                assert!(
                    reveal.question.control.codes().any(|c| c == reveal.option),
                    "{}",
                    q.name
                );
                assert!(p.question(reveal.question.name).is_some(), "{}", q.name);
            }
        }
    }
}

#[test]
fn the_preview_asks_no_personal_data() {
    for p in all_programs() {
        assert!(!p.preview.is_empty());
        for q in p.preview {
            assert!(!q.personal, "{}: the preview asks {}", p.slug, q.name);
            assert!(
                p.question(q.name).is_some(),
                "{}: {} is not a question",
                p.slug,
                q.name
            );
        }
        // Who is applying is personal, whatever else is.
        for q in p.steps[0].questions() {
            assert!(q.personal, "{}/{}", p.slug, q.name);
        }
    }
}

#[test]
fn the_preview_judges_the_rules_it_can() {
    let cp = program::by_slug("community-partner").unwrap();
    let kept: Vec<RuleId> = cp.preview_rules().collect();
    let all: Vec<RuleId> = cp.rules.iter().map(|r| r.id).collect();
    let left_out: Vec<RuleId> = all.into_iter().filter(|r| !kept.contains(r)).collect();
    assert_eq!(
        left_out,
        [RuleId::CpCommunityImpact, RuleId::CpAcknowledgements]
    );
    let mp = program::by_slug("meetup-pro").unwrap();
    assert_eq!(mp.preview_rules().count(), mp.rules.len());
    // A grant's budget lines and other sources come with the request: the
    // rules that read them wait for it, even those the amount feeds too.
    let gr = program::by_slug("grant").unwrap();
    let kept: Vec<RuleId> = gr.preview_rules().collect();
    assert_eq!(
        kept,
        [
            RuleId::GrPythonShare,
            RuleId::GrCodeOfConduct,
            RuleId::GrRequestWithinBudget,
            RuleId::GrBoardReview,
            RuleId::GrWindow,
        ]
    );
}

#[test]
fn hooks_sit_where_they_fit() {
    for p in all_programs() {
        for q in p.questions {
            for hook in q.hooks {
                let at = format!("{}/{}: {hook:?}", p.slug, q.name);
                match hook {
                    Hook::Note { option, .. } => {
                        assert!(q.control.codes().any(|c| c == *option), "{at}")
                    }
                    Hook::SubmissionWindow { first_application } => {
                        assert_eq!(q.control, Control::Date, "{at}");
                        assert_eq!(first_application.control, Control::YesNo, "{at}");
                        assert!(p.question(first_application.name).is_some(), "{at}");
                        assert_eq!(
                            p.step_of(first_application.name).map(|s| s.slug),
                            p.step_of(q.name).map(|s| s.slug),
                            "{at}: on the same page"
                        );
                    }
                    Hook::CharacterCount => {
                        assert_eq!(q.control, Control::LongText, "{at}");
                        assert!(matches!(q.limit, Limit::Chars(_)), "{at}");
                    }
                    Hook::RequestWindow { amount } => {
                        assert_eq!(q.control, Control::Date, "{at}");
                        assert_eq!(amount.control, Control::Money, "{at}");
                        assert!(p.question(amount.name).is_some(), "{at}");
                    }
                    Hook::RunningTotal { field, against } => {
                        let summed = q.control.fields().iter().find(|f| f.name == *field);
                        assert_eq!(summed.map(|f| &f.control), Some(&Control::Money), "{at}");
                        assert_eq!(against.control, Control::Money, "{at}");
                        assert!(p.question(against.name).is_some(), "{at}");
                    }
                }
            }
        }
        for step in p.steps {
            if step.hook == Some(StepHook::Acknowledgements) {
                let asked: Vec<&Question> = step.questions().collect();
                assert_eq!(asked.len(), 1, "{}/{}", p.slug, step.slug);
                let codes: Vec<&str> = asked[0].control.codes().collect();
                let psf: Vec<&str> = ACKNOWLEDGEMENTS.iter().map(|a| a.id.code()).collect();
                assert_eq!(
                    codes, psf,
                    "{}/{}: the PSF's acknowledgements, in order",
                    p.slug, step.slug
                );
                assert!(matches!(asked[0].control, Control::Checklist(_)));
            }
        }
    }
}

#[test]
fn option_codes_are_the_models_serde_names() {
    let cp = program::by_slug("community-partner").unwrap();
    let codes: Vec<&str> = cp.question("event_type").unwrap().control.codes().collect();
    let serde: Vec<String> = EventType::ALL
        .iter()
        .map(|t| {
            serde_json::to_value(t)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(codes, serde);
}

// --- Names, ids, keys -----------------------------------------------------------------

fn is_key(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

#[test]
fn names_ids_and_slugs_are_unique_and_keys_not_words() {
    let mut ids = BTreeSet::new();
    let mut slugs = BTreeSet::new();
    for p in all_programs() {
        assert!(slugs.insert(p.slug), "program {}", p.slug);
        assert!(is_key(p.slug) && p.id_prefix.starts_with("psf-") && p.id_prefix.ends_with('-'));
        let mut names = BTreeSet::new();
        for q in p.questions {
            assert!(names.insert(q.name), "{}: {} twice", p.slug, q.name);
            assert!(is_key(q.name) && is_key(q.id), "{}/{}", p.slug, q.name);
            assert!(
                ids.insert(format!("{}{}", p.id_prefix, q.id)),
                "{}/{}: id",
                p.slug,
                q.name
            );
            if let Control::Checklist(items) = q.control {
                for item in items {
                    assert!(
                        ids.insert(format!("{}{}", p.id_prefix, item.id)),
                        "{}",
                        item.id
                    );
                }
            }
            for hook in q.hooks {
                if let Hook::Note { key, .. } = hook {
                    assert!(is_key(key), "{key}");
                }
            }
        }
        let mut steps = BTreeSet::new();
        for step in p.steps {
            assert!(
                steps.insert(step.slug) && is_key(step.slug),
                "{}/{}",
                p.slug,
                step.slug
            );
            let mut headings = BTreeSet::new();
            for heading in step.sections.iter().filter_map(|s| s.heading) {
                assert!(
                    headings.insert(heading) && is_key(heading),
                    "{}/{heading}",
                    p.slug
                );
            }
        }
    }
}

#[test]
fn lookups() {
    assert_eq!(
        all_programs().iter().map(|p| p.slug).collect::<Vec<_>>(),
        ["community-partner", "meetup-pro", "grant"]
    );
    assert!(program::by_slug("grants").is_none());
    assert!(program::by_schema("psf-apply/grants/v1").is_none());
    let cp = program::by_slug("community-partner").unwrap();
    let steps: Vec<&str> = cp.steps.iter().map(|s| s.slug).collect();
    assert_eq!(steps, ["applicant", "event", "acknowledgements"]);
    assert_eq!(cp.step_index("event"), Some(1));
    assert_eq!(cp.step("group").map(|s| s.slug), None);
    let (step, q) = cp.at_pointer("/answers/acknowledged/3").unwrap();
    assert_eq!((step.slug, q.name), ("acknowledgements", "acknowledged"));
    let (step, q) = cp.at_pointer("/answers/email").unwrap();
    assert_eq!((step.slug, q.name), ("applicant", "email"));
    for pointer in [
        "/answers/unknown_field",
        "/answers/",
        "/eligibility",
        "",
        "/answers/meetup_url",
    ] {
        assert!(cp.at_pointer(pointer).is_none(), "{pointer:?}");
    }
    let mp = program::by_slug("meetup-pro").unwrap();
    assert_eq!(
        mp.at_pointer("/answers/meetup_url").map(|(s, _)| s.slug),
        Some("group")
    );
    assert_eq!(mp.question("title").map(|q| q.name), None);
    let event_type = cp.question("event_type").unwrap();
    assert_eq!(
        names(cp.revealed(event_type, "other")),
        ["event_type_other"]
    );
    assert_eq!(cp.revealed(event_type, "meetup").count(), 0);
    assert_eq!(
        names(cp.feeders(RuleId::CpWindow)),
        ["event_date", "first_application"]
    );
    for p in all_programs() {
        for q in p.questions {
            let (step, found) = p.at_pointer(&format!("/answers/{}", q.name)).unwrap();
            assert_eq!(found.name, q.name);
            assert!(step.questions().any(|s| s.name == q.name));
        }
    }
}

#[test]
fn a_required_checklist_leaves_its_rule_unmet_until_every_box_is_ticked() {
    for p in all_programs() {
        for q in p
            .questions
            .iter()
            .filter(|q| matches!(q.control, Control::Checklist(_)))
        {
            let (_, outcomes) = judge(p, &with(&sample_answers(p), q.name, json!([]))).unwrap();
            for rule in q.feeds {
                let outcome = outcomes.iter().find(|o| o.rule == *rule).unwrap();
                assert_ne!(outcome.status, Status::Pass, "{}/{}", p.slug, q.name);
            }
        }
    }
}

// --- Drafts saved by today's release (storage v1) --------------------------------
// `tests/drafts_v1/` holds what `DraftStore::save` writes, so the generic
// draft can be tested against drafts saved before it existed.

fn saved_v1(p: &Program) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/drafts_v1")
        .join(format!("{}.json", p.slug));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// How a v1 draft holds an answer, by control: text exactly as typed
/// (numbers too, so that "80%" or "about 300" survive), the three date boxes,
/// an option's code, true or false, the ticked codes; `null` when unchosen.
fn fits_v1(control: &Control, value: &Value) -> bool {
    match (control, value) {
        (
            Control::Text
            | Control::Email
            | Control::Url
            | Control::LongText
            | Control::WholeNumber
            | Control::Percentage
            | Control::Money,
            Value::String(_),
        ) => true,
        (Control::Tick, Value::Bool(_) | Value::Null) => true,
        (Control::List(list), Value::Array(lines)) => lines.iter().all(|line| {
            line.as_object().is_some_and(|fields| {
                fields.len() == list.fields.len()
                    && list
                        .fields
                        .iter()
                        .all(|f| fields.get(f.name).is_some_and(|v| fits_v1(&f.control, v)))
            })
        }),
        (Control::Date, Value::Object(parts)) => {
            let names: Vec<&str> = parts.keys().map(String::as_str).collect();
            names == ["day", "month", "year"] && parts.values().all(Value::is_string)
        }
        (Control::YesNo, Value::Bool(_) | Value::Null) => true,
        (Control::OneOf(_), Value::Null) => true,
        (Control::OneOf(codes), Value::String(code)) => codes.contains(&code.as_str()),
        (Control::Checklist(items), Value::Array(ticked)) => ticked
            .iter()
            .all(|t| items.iter().any(|i| Some(i.code) == t.as_str())),
        _ => false,
    }
}

#[test]
fn saved_v1_drafts_hold_every_answer_by_name_in_its_controls_shape() {
    for p in all_programs() {
        let saved = saved_v1(p);
        assert_eq!(saved["version"], 1);
        let draft = &saved["draft"];
        let mut expected = names(p.questions.iter().copied());
        expected.push("idempotency_key");
        let keys: Vec<&str> = draft
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut sorted = expected.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "{}", p.slug);
        for q in p.questions {
            assert!(
                fits_v1(&q.control, &draft[q.name]),
                "{}/{}: {}",
                p.slug,
                q.name,
                draft[q.name]
            );
        }
    }
}

// --- Today's UI -------------------------------------------------------------------------
// Until the one renderer draws from the definitions, the UI keeps its own
// lists: these show that the definitions describe it exactly, so that moving
// to them changes nothing a person or a host sees. They go with those lists.

/// What users and hosts rely on, pinned as the release before the form
/// engine had it: the UI now derives all of it from the definitions, so a
/// definition edit that would move one fails here.
#[cfg(feature = "ui")]
mod ui {
    use super::*;
    use psf_apply::ui::host_events::HostEvent;
    use psf_apply::ui::refusals;
    use psf_apply::ui::route::{Location, Page};
    use psf_apply::ui::validation::{error_target_id, input_id};

    #[test]
    fn addresses_and_step_events_stay() {
        let mut hrefs = Vec::new();
        let mut events = Vec::new();
        for &p in all_programs() {
            for page in Page::steps(p) {
                let href = page.href();
                assert_eq!(
                    Location::parse(&href, all_programs()).map(|l| l.page),
                    Some(page)
                );
                events.push(
                    HostEvent::step(page).detail()["step"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                );
                hrefs.push(href);
            }
        }
        assert_eq!(
            hrefs,
            [
                "#/community-partner/applicant",
                "#/community-partner/event",
                "#/community-partner/acknowledgements",
                "#/community-partner/check",
                "#/meetup-pro/applicant",
                "#/meetup-pro/group",
                "#/meetup-pro/check",
                "#/grant/applicant",
                "#/grant/event",
                "#/grant/money",
                "#/grant/check",
            ]
        );
        assert_eq!(
            events,
            [
                "applicant",
                "event",
                "acknowledgements",
                "check",
                "applicant",
                "group",
                "check",
                "applicant",
                "event",
                "money",
                "check",
            ]
        );
    }

    #[test]
    fn element_ids_stay() {
        let ids: Vec<String> = all_programs()
            .iter()
            .flat_map(|&p| p.questions.iter().map(move |q| input_id(p, q)))
            .collect();
        assert_eq!(
            ids,
            [
                "psf-cp-first-name",
                "psf-cp-last-name",
                "psf-cp-email",
                "psf-cp-event-type",
                "psf-cp-event-type-other",
                "psf-cp-title",
                "psf-cp-description",
                "psf-cp-event-date",
                "psf-cp-first-application",
                "psf-cp-website",
                "psf-cp-code-of-conduct-url",
                "psf-cp-coc-has-reporting",
                "psf-cp-city",
                "psf-cp-country",
                "psf-cp-expected-attendees",
                "psf-cp-python-percent",
                "psf-cp-acknowledged",
                "psf-mp-full-name",
                "psf-mp-email",
                "psf-mp-role",
                "psf-mp-group-name",
                "psf-mp-meetup-url",
                "psf-mp-city",
                "psf-mp-country",
                "psf-mp-code-of-conduct-url",
                "psf-mp-coc-in-about",
                "psf-mp-events-last-12-months",
                "psf-mp-events-next-12-months",
                "psf-mp-python-percent",
                "psf-gr-first-name",
                "psf-gr-last-name",
                "psf-gr-email",
                "psf-gr-group-name",
                "psf-gr-title",
                "psf-gr-event-type",
                "psf-gr-description",
                "psf-gr-start-date",
                "psf-gr-end-date",
                "psf-gr-attendance",
                "psf-gr-city",
                "psf-gr-country",
                "psf-gr-website",
                "psf-gr-code-of-conduct-url",
                "psf-gr-coc-has-reporting",
                "psf-gr-expected-attendees",
                "psf-gr-python-percent",
                "psf-gr-first-grant",
                "psf-gr-amount-requested",
                "psf-gr-total-budget",
                "psf-gr-budget",
                "psf-gr-other-sources",
            ]
        );
        let cp = program::by_slug("community-partner").unwrap();
        let date = cp.question("event_date").unwrap();
        assert_eq!(error_target_id(cp, date), "psf-cp-event-date-day");
        let acks = cp.question("acknowledged").unwrap();
        assert_eq!(error_target_id(cp, acks), "psf-cp-ack-1");
        let gr = program::by_slug("grant").unwrap();
        let budget = gr.question("budget").unwrap();
        assert_eq!(error_target_id(gr, budget), "psf-gr-budget-add");
    }

    #[test]
    fn a_backend_pointer_leads_to_the_step_that_asks() {
        for &p in all_programs() {
            for q in p.questions {
                let step = p.step_of(q.name).unwrap();
                assert_eq!(
                    refusals::page_of(p, q.name),
                    Page::Step(p, p.step_index(step.slug).unwrap()),
                    "{}/{}",
                    p.slug,
                    q.name
                );
                let pointer = format!("/answers/{}/0", q.name);
                assert_eq!(refusals::field_of(p, &pointer), Some(q.name));
            }
        }
    }
}

/// Each shipped program has its own behaviour (kept apart from its
/// definition, `Program::behaviour`): without one it would judge nothing
/// and could not be submitted.
#[test]
fn every_program_has_its_own_behaviour() {
    let mut seen = Vec::new();
    for p in all_programs() {
        let b = p.behaviour();
        assert!(
            !std::ptr::eq(b, &program::answers::NO_BEHAVIOUR),
            "{}: no behaviour",
            p.slug
        );
        assert!(
            !seen.iter().any(|s| std::ptr::eq(*s, b)),
            "{}: another program's behaviour",
            p.slug
        );
        seen.push(b);
    }
}
