//! The generic draft against the drafts today's release saved (v1), and the
//! reading rules: text kept as typed, parsed by control, hidden reveals
//! blank, wrong kinds unreadable.

use serde_json::json;

use super::store::{read_envelope, restored};
use super::*;
use crate::rules::program::{Lookup, COMMUNITY_PARTNER, GRANT, MEETUP_PRO};
use crate::ui::notice::Notice;

fn golden(slug: &str) -> Json {
    let path = format!("{}/tests/drafts_v1/{slug}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn get<'a>(program: &Program, d: &'a Draft, name: &str) -> &'a Answer {
    d.answer(index_of(program, name).unwrap()).unwrap()
}

#[test]
fn drafts_saved_by_v1_load_and_write_back_the_same() {
    for program in [&COMMUNITY_PARTNER, &MEETUP_PRO, &GRANT] {
        let stored = golden(program.slug);
        let (draft, _, resume, ack_version) = read_envelope(program, &stored)
            .unwrap_or_else(|| panic!("{}: the v1 draft does not load", program.slug));
        assert_eq!(draft.to_json(program), stored["draft"], "{}", program.slug);
        assert!(resume.unwrap().starts_with(&format!("#/{}/", program.slug)));
        assert_eq!(ack_version, Some(1));
    }
}

#[test]
fn a_v1_draft_reads_as_typed_and_parses_by_control() {
    let cp = &COMMUNITY_PARTNER;
    let (draft, ..) = read_envelope(cp, &golden(cp.slug)).unwrap();
    assert_eq!(get(cp, &draft, "first_name"), &Answer::Text("Joey ".into()));
    assert_eq!(
        get(cp, &draft, "event_type"),
        &Answer::Choice(Some("other"))
    );
    assert_eq!(
        get(cp, &draft, "acknowledged"),
        &Answer::Ticks(vec!["trademark", "revocable"])
    );
    assert_eq!(
        draft.idempotency_key.as_deref(),
        Some("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b")
    );
    let parsed = draft.parse(cp);
    let v = &parsed.values;
    assert_eq!(v.text("first_name"), "Joey");
    assert_eq!(v.text("event_type_other"), "Space meetup");
    assert_eq!(v.number("python_percent"), Some(80));
    assert_eq!(v.number("expected_attendees"), None);
    assert_eq!(
        parsed.parse_error("expected_attendees"),
        Some(ParseError::NotAWholeNumber)
    );
    assert_eq!(v.date("event_date"), NaiveDate::from_ymd_opt(2028, 6, 7));
    assert_eq!(v.flag("coc_has_reporting"), Some(false));
    let typed = crate::rules::program::community_partner::answers(v);
    assert_eq!(
        typed.event_type,
        Some(crate::rules::community_partner::EventType::Other)
    );
    assert_eq!(typed.acknowledged.len(), 2);
    assert_eq!(typed.description, "A conference \"in\" space\nfor everyone");

    let mp = &MEETUP_PRO;
    let (draft, ..) = read_envelope(mp, &golden(mp.slug)).unwrap();
    let parsed = draft.parse(mp);
    assert_eq!(parsed.values.number("events_last_12_months"), Some(1));
    assert_eq!(parsed.values.flag("coc_in_about"), None);
    assert!(parsed.parse_errors.is_empty());
}

#[test]
fn a_hidden_reveal_is_not_an_answer() {
    let cp = &COMMUNITY_PARTNER;
    let (mut draft, ..) = read_envelope(cp, &golden(cp.slug)).unwrap();
    draft.set(
        index_of(cp, "event_type").unwrap(),
        Answer::Choice(Some("workshop")),
    );
    let parsed = draft.parse(cp);
    assert_eq!(parsed.values.text("event_type_other"), "");
    // What was typed stays in the draft, should the person switch back.
    assert_eq!(
        get(cp, &draft, "event_type_other"),
        &Answer::Text("Space meetup".into())
    );
}

#[test]
fn missing_and_unknown_keys_and_wrong_kinds() {
    let cp = &COMMUNITY_PARTNER;
    let sparse = Draft::from_json(cp, &json!({"title": "PyCon", "from_a_newer_form": 1})).unwrap();
    assert_eq!(get(cp, &sparse, "title"), &Answer::Text("PyCon".into()));
    assert!(get(cp, &sparse, "event_date").is_blank());
    for bad in [
        json!({"title": 3}),
        json!({"event_type": "party"}),
        json!({"first_application": "yes"}),
        json!({"acknowledged": ["trademark", "nope"]}),
        json!({"event_date": "2028-06-07"}),
        json!({"event_date": {"day": 7}}),
        json!({"idempotency_key": 1}),
        json!([]),
    ] {
        assert_eq!(Draft::from_json(cp, &bad), None, "{bad}");
    }
}

#[test]
fn blank_ignores_the_idempotency_key_and_spaces() {
    let mp = &MEETUP_PRO;
    let mut d = Draft::blank(mp);
    d.idempotency_key = Some("k".into());
    d.set(0, Answer::Text("   ".into()));
    assert!(d.is_blank());
    d.set(0, Answer::Text("Ada".into()));
    assert!(!d.is_blank());
}

#[test]
fn the_preview_carries_only_what_it_asks_and_answered() {
    let cp = &COMMUNITY_PARTNER;
    let mut application = Draft::blank(cp);
    application.set(
        index_of(cp, "website").unwrap(),
        Answer::Text("kept.example.org".into()),
    );
    let mut preview = Draft::blank(cp);
    preview.set(
        index_of(cp, "python_percent").unwrap(),
        Answer::Text("70".into()),
    );
    // Not a preview question: never carried.
    preview.set(
        index_of(cp, "title").unwrap(),
        Answer::Text("Sneaky".into()),
    );
    application.take_preview(cp, &preview);
    assert_eq!(
        get(cp, &application, "python_percent"),
        &Answer::Text("70".into())
    );
    assert_eq!(
        get(cp, &application, "website"),
        &Answer::Text("kept.example.org".into())
    );
    assert!(get(cp, &application, "title").is_blank());
}

#[test]
fn changed_acknowledgement_texts_untick() {
    let cp = &COMMUNITY_PARTNER;
    let (mut draft, ..) = read_envelope(cp, &golden(cp.slug)).unwrap();
    assert_eq!(
        restored(
            cp,
            &mut draft,
            Some(crate::rules::acknowledgements::VERSION)
        ),
        None
    );
    assert_eq!(
        restored(cp, &mut draft, Some(0)),
        Some(Notice::AcknowledgementsChanged)
    );
    assert!(get(cp, &draft, "acknowledged").is_blank());
    assert_eq!(
        restored(cp, &mut draft, None),
        None,
        "nothing left to untick"
    );
    let mp = &MEETUP_PRO;
    let (mut draft, ..) = read_envelope(mp, &golden(mp.slug)).unwrap();
    assert_eq!(restored(mp, &mut draft, Some(0)), None);
}

#[test]
fn receipts_read_back_whole_and_only_for_their_program() {
    use super::store::Receipt;
    use crate::rules::business_days::DecisionWindow;
    let submitted_at = chrono::DateTime::parse_from_rfc3339("2026-11-22T10:04:05+01:00").unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let receipt = Receipt {
        program: &MEETUP_PRO,
        reference: Some("PSF-MP-000001".into()),
        received_at: Some("2026-11-22T09:04:06Z".into()),
        submitted_at,
        email: "ada@example.org".into(),
        payload_json: "{\"schema\":\"psf-apply/meetup-pro/v1\"}".into(),
        decision: Some(DecisionWindow {
            earliest: day,
            latest: day.succ_opt().unwrap(),
        }),
        record: Some(super::store::Record {
            sections: vec![(
                "Your group".into(),
                vec![
                    ("Meetup group".into(), vec!["PyData Lagos".into()]),
                    ("Events".into(), vec![]),
                ],
            )],
            eligibility: vec![(
                "It is a Meetup group: met".into(),
                "The link is a Meetup group.".into(),
            )],
            agreed: vec!["I agree.".into()],
        }),
    };
    let stored = serde_json::to_value(&receipt).unwrap();
    // As the release before the engine wrote it: the program by its slug.
    assert_eq!(stored["program"], "meetup-pro");
    assert_eq!(Receipt::read(&MEETUP_PRO, &stored), Some(receipt.clone()));
    assert_eq!(Receipt::read(&COMMUNITY_PARTNER, &stored), None);
    let mut broken = stored.clone();
    broken["submitted_at"] = json!("yesterday");
    assert_eq!(Receipt::read(&MEETUP_PRO, &broken), None);
    let mut broken = stored.clone();
    broken["record"]["sections"][0][1][0] = json!(["Meetup group", "PyData Lagos"]);
    assert_eq!(Receipt::read(&MEETUP_PRO, &broken), None);
    // A receipt of the release before the printable record still reads.
    let mut earlier = stored.clone();
    earlier.as_object_mut().unwrap().remove("record");
    let read = Receipt::read(&MEETUP_PRO, &earlier).unwrap();
    assert_eq!(read.record, None);
    assert_eq!(read.reference, receipt.reference);
}

#[test]
fn a_list_keeps_its_lines_as_typed_and_reads_each_by_control() {
    let gr = &GRANT;
    let budget = index_of(gr, "budget").unwrap();
    let fields = gr.questions[budget].control.fields();
    let mut draft = Draft::blank(gr);
    let first = draft.add_line(budget, fields);
    let second = draft.add_line(budget, fields);
    let third = draft.add_line(budget, fields);
    assert_eq!((first, second, third), (0, 1, 2));
    let text = |s: &str| Answer::Text(s.into());
    draft.set_in_line(budget, first, 0, text(" Venue hire "));
    draft.set_in_line(budget, first, 1, Answer::Choice(Some("venue")));
    draft.set_in_line(budget, first, 2, text("$12,500"));
    draft.set_in_line(budget, first, 3, Answer::Flag(Some(true)));
    draft.set_in_line(budget, second, 2, text("12.5k"));
    draft.set_in_line(budget, third, 0, text("Captioning"));
    draft.set_in_line(budget, third, 2, text("3,000 USD"));
    draft.remove_line(budget, second);
    // A new line never takes the key of one still there.
    assert_eq!(draft.add_line(budget, fields), 3);
    draft.remove_line(budget, 3);

    let parsed = draft.parse(gr);
    let lines: Vec<_> = parsed.values.rows("budget").collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].text("description"), "Venue hire");
    assert_eq!(lines[0].code("category"), Some("venue"));
    assert_eq!(lines[0].number("amount"), Some(12_500));
    assert_eq!(lines[0].flag("essential"), Some(true));
    // An unticked box reads as no, not as unanswered.
    assert_eq!(lines[1].flag("essential"), Some(false));
    assert_eq!(lines[1].number("amount"), Some(3_000));
    assert!(parsed.line_errors.is_empty(), "{:?}", parsed.line_errors);

    // Stored under the fields' names, read back to the same answers.
    let stored = draft.to_json(gr);
    assert_eq!(stored["budget"][0]["amount"], json!("$12,500"));
    assert_eq!(stored["budget"][1]["description"], json!("Captioning"));
    assert_eq!(stored["budget"].as_array().map(Vec::len), Some(2));
    let back = Draft::from_json(gr, &stored).unwrap();
    let answers = |d: &Draft| -> Vec<Vec<Answer>> {
        d.lines(budget).iter().map(|l| l.answers.clone()).collect()
    };
    assert_eq!(answers(&back), answers(&draft));
    // A line of the wrong shape makes the draft unreadable, as any answer does.
    let mut broken = stored.clone();
    broken["budget"][0]["amount"] = json!(12500);
    assert_eq!(Draft::from_json(gr, &broken), None);
}

#[test]
fn a_line_that_does_not_read_names_its_line_and_field() {
    let gr = &GRANT;
    let budget = index_of(gr, "budget").unwrap();
    let fields = gr.questions[budget].control.fields();
    let mut draft = Draft::blank(gr);
    let a = draft.add_line(budget, fields);
    let b = draft.add_line(budget, fields);
    draft.set_in_line(budget, a, 2, Answer::Text("4,000".into()));
    draft.set_in_line(budget, b, 2, Answer::Text("12.5k".into()));
    let parsed = draft.parse(gr);
    assert_eq!(
        parsed.line_errors,
        vec![LineError {
            list: "budget",
            line: 1,
            field: "amount",
            error: ParseError::NotWholeDollars,
        }]
    );
    let lines: Vec<_> = parsed.values.rows("budget").collect();
    assert_eq!(lines[1].number("amount"), None);
}

#[test]
fn ticks_read_back_in_the_definitions_order_each_once() {
    let cp = &COMMUNITY_PARTNER;
    let question = &cp.questions[index_of(cp, "acknowledged").unwrap()];
    let codes: Vec<&'static str> = question.control.codes().collect();
    let stored = json!([codes[3], codes[0], codes[3], codes[1]]);
    assert_eq!(
        Answer::from_json(&question.control, Some(&stored)),
        Some(Answer::Ticks(vec![codes[0], codes[1], codes[3]]))
    );
    assert_eq!(
        in_definition_order(&question.control, &[codes[2], codes[0]]),
        vec![codes[0], codes[2]]
    );
}
