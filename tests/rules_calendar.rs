//! The calendar reminders: what `ics` writes is read back with an independent
//! iCalendar parser (the `icalendar` crate), and the wire format (CRLF, folding
//! at 75 octets, TEXT escaping) is checked on the text itself.
#![cfg(not(target_arch = "wasm32"))]

use std::str::FromStr;

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use icalendar::parser::{read_calendar, unfold, Calendar, Component, Property};
use icalendar::{Component as _, DatePerhapsTime};
use proptest::prelude::*;
use psf_apply::rules::calendar::*;
use psf_apply::rules::thresholds::REMINDER_ALARM_DAYS_BEFORE;

const URL: &str = "https://apply.example.org/community-partner";
const TRICKY: &str =
    "São Paulo — café ☕ 日本語, \"quoted\"; back\\slash: colon\nsecond line\r\nthird\rfourth";
/// TRICKY as a calendar reads it back: every kind of line break is one LF.
const TRICKY_READ: &str =
    "São Paulo — café ☕ 日本語, \"quoted\"; back\\slash: colon\nsecond line\nthird\nfourth";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn stamp() -> NaiveDateTime {
    date(2027, 2, 5).and_hms_opt(9, 3, 7).unwrap()
}

fn reminder<'a>(summary: &'a str, description: &'a str) -> Reminder<'a> {
    Reminder {
        program: "community-partner",
        purpose: "apply-by",
        date: date(2027, 3, 1),
        summary,
        description,
        url: URL,
    }
}

/// Unfolding per RFC 5545 3.1, written here rather than taken from the parser
/// so that the two check each other.
fn unfold_rfc(text: &str) -> String {
    text.replace("\r\n ", "")
}

/// The logical lines, without their CRLF.
fn logical_lines(text: &str) -> Vec<String> {
    let unfolded = unfold_rfc(text);
    let body = unfolded
        .strip_suffix("\r\n")
        .expect("the file ends with CRLF");
    body.split("\r\n").map(str::to_owned).collect()
}

/// What a TEXT value reads back as, after the module's documented rule: any
/// line break is one LF, TAB stays, every other Unicode control (Cc) goes.
fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

fn expected_description(description: &str, url: &str) -> String {
    let text = normalise(description);
    if text.is_empty() {
        url.to_owned()
    } else {
        format!("{text}\n\n{url}")
    }
}

/// The one property of that name, which must occur exactly once.
fn one<'p>(props: &'p [Property<'p>], name: &str) -> &'p Property<'p> {
    let found: Vec<_> = props.iter().filter(|p| p.name.as_str() == name).collect();
    assert_eq!(found.len(), 1, "{name} should occur once in {props:#?}");
    found[0]
}

fn value(props: &[Property<'_>], name: &str) -> String {
    one(props, name).val.as_str().to_owned()
}

fn params(prop: &Property<'_>) -> Vec<(String, Option<String>)> {
    prop.params
        .iter()
        .map(|p| {
            (
                p.key.as_str().to_owned(),
                p.val.as_ref().map(|v| v.as_str().to_owned()),
            )
        })
        .collect()
}

fn parse(unfolded: &str) -> Calendar<'_> {
    read_calendar(unfolded).unwrap_or_else(|e| panic!("{e}\n{unfolded}"))
}

/// The calendar's one VEVENT and that event's one VALARM.
fn event_and_alarm<'c>(calendar: &'c Calendar<'c>) -> (&'c Component<'c>, &'c Component<'c>) {
    assert_eq!(calendar.components.len(), 1, "{calendar:#?}");
    let event = &calendar.components[0];
    assert_eq!(event.name.as_str(), "VEVENT");
    assert_eq!(event.components.len(), 1, "{event:#?}");
    let alarm = &event.components[0];
    assert_eq!(alarm.name.as_str(), "VALARM");
    assert!(alarm.components.is_empty());
    (event, alarm)
}

fn assert_wire_format(text: &str) {
    let bytes = text.as_bytes();
    assert!(text.ends_with("\r\n"), "no final CRLF");
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at octet {i}");
        }
        if b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at octet {i}");
        }
    }
    let physical: Vec<&[u8]> = bytes[..bytes.len() - 2]
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect();
    for (n, line) in physical.iter().enumerate() {
        assert!(line.len() <= 75, "line {n} has {} octets", line.len());
        assert!(
            std::str::from_utf8(line).is_ok(),
            "line {n} splits a UTF-8 character: {line:?}"
        );
        if n + 1 < physical.len() && physical[n + 1].first() == Some(&b' ') {
            // Folding backs up at most 3 octets, to a char boundary.
            assert!(line.len() >= 72, "line {n} folded early at {}", line.len());
        }
    }
}

#[test]
fn a_plain_reminder_is_exactly_this_file() {
    let r = Reminder {
        program: "community-partner",
        purpose: "apply-by",
        date: date(2027, 3, 1),
        summary: "Apply for Community Partner",
        description: "Applications close tomorrow.",
        url: URL,
    };
    let expected = format!(
        "BEGIN:VCALENDAR\r\n\
         VERSION:2.0\r\n\
         PRODID:-//Python Software Foundation//psf-apply//EN\r\n\
         CALSCALE:GREGORIAN\r\n\
         METHOD:PUBLISH\r\n\
         BEGIN:VEVENT\r\n\
         UID:community-partner-apply-by-2027-03-01@psf-apply.python.org\r\n\
         DTSTAMP:20270205T090307Z\r\n\
         DTSTART;VALUE=DATE:20270301\r\n\
         DTEND;VALUE=DATE:20270302\r\n\
         SUMMARY:Apply for Community Partner\r\n\
         DESCRIPTION:Applications close tomorrow.\\n\\nhttps://apply.example.org/commu\r\n \
         nity-partner\r\n\
         URL:https://apply.example.org/community-partner\r\n\
         TRANSP:TRANSPARENT\r\n\
         BEGIN:VALARM\r\n\
         ACTION:DISPLAY\r\n\
         DESCRIPTION:Apply for Community Partner\r\n\
         TRIGGER:-P{REMINDER_ALARM_DAYS_BEFORE}D\r\n\
         END:VALARM\r\n\
         END:VEVENT\r\n\
         END:VCALENDAR\r\n"
    );
    assert_eq!(ics(&r, stamp()), expected);
    assert_eq!(REMINDER_ALARM_DAYS_BEFORE, 1, "the brief's TRIGGER:-P1D");
}

#[test]
fn every_field_parses_back() {
    let r = reminder(TRICKY, TRICKY);
    let text = ics(&r, stamp());
    assert_wire_format(&text);
    let unfolded = unfold(&text);
    let calendar = parse(&unfolded);

    let props = &calendar.properties;
    assert_eq!(value(props, "VERSION"), "2.0");
    assert_eq!(
        value(props, "PRODID"),
        "-//Python Software Foundation//psf-apply//EN"
    );
    assert_eq!(value(props, "CALSCALE"), "GREGORIAN");
    assert_eq!(value(props, "METHOD"), "PUBLISH");
    assert_eq!(props.len(), 4, "{props:#?}");

    let (event, alarm) = event_and_alarm(&calendar);
    let props = &event.properties;
    assert_eq!(
        value(props, "UID"),
        "community-partner-apply-by-2027-03-01@psf-apply.python.org"
    );
    assert_eq!(value(props, "UID"), uid(&r));
    assert_eq!(value(props, "DTSTAMP"), "20270205T090307Z");
    let start = one(props, "DTSTART");
    assert_eq!(start.val.as_str(), "20270301");
    assert_eq!(
        params(start),
        vec![("VALUE".to_owned(), Some("DATE".to_owned()))]
    );
    let end = one(props, "DTEND");
    assert_eq!(end.val.as_str(), "20270302");
    assert_eq!(
        params(end),
        vec![("VALUE".to_owned(), Some("DATE".to_owned()))]
    );
    assert_eq!(value(props, "SUMMARY"), TRICKY_READ);
    assert_eq!(
        value(props, "DESCRIPTION"),
        format!("{TRICKY_READ}\n\n{URL}")
    );
    assert_eq!(value(props, "URL"), URL);
    assert_eq!(value(props, "TRANSP"), "TRANSPARENT");
    assert_eq!(props.len(), 8, "{props:#?}");

    let props = &alarm.properties;
    assert_eq!(value(props, "ACTION"), "DISPLAY");
    assert_eq!(value(props, "DESCRIPTION"), TRICKY_READ);
    assert_eq!(
        value(props, "TRIGGER"),
        format!("-P{REMINDER_ALARM_DAYS_BEFORE}D")
    );
    assert_eq!(props.len(), 3, "{props:#?}");
}

#[test]
fn the_typed_reading_agrees() {
    let r = reminder(TRICKY, "Decide by then.");
    let calendar = icalendar::Calendar::from_str(&ics(&r, stamp())).unwrap();
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), 1);
    let event = events[0];
    assert_eq!(event.get_start(), Some(DatePerhapsTime::Date(r.date)));
    assert_eq!(
        event.get_end(),
        Some(DatePerhapsTime::Date(date(2027, 3, 2)))
    );
    assert_eq!(event.get_timestamp(), Some(stamp().and_utc()));
    assert_eq!(event.get_summary(), Some(TRICKY_READ));
    assert_eq!(
        event.get_description(),
        Some(format!("Decide by then.\n\n{URL}").as_str())
    );
    assert_eq!(event.get_url(), Some(URL));
    assert_eq!(event.get_uid(), Some(uid(&r).as_str()));
}

#[test]
fn text_is_escaped_on_the_wire() {
    let r = reminder("a\\b;c,d\ne:f", "x");
    let lines = logical_lines(&ics(&r, stamp()));
    assert!(
        lines.contains(&"SUMMARY:a\\\\b\\;c\\,d\\ne:f".to_owned()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&format!("DESCRIPTION:x\\n\\n{URL}")),
        "{lines:#?}"
    );
}

#[test]
fn every_kind_of_line_break_is_one_newline() {
    let r = reminder("a\r\nb\rc\nd\r\r\ne\n\rf", "x");
    let text = ics(&r, stamp());
    let lines = logical_lines(&text);
    assert!(
        lines.contains(&"SUMMARY:a\\nb\\nc\\nd\\n\\ne\\n\\nf".to_owned()),
        "{lines:#?}"
    );
    let unfolded = unfold(&text);
    let calendar = parse(&unfolded);
    let (event, _) = event_and_alarm(&calendar);
    assert_eq!(value(&event.properties, "SUMMARY"), "a\nb\nc\nd\n\ne\n\nf");
}

#[test]
fn control_characters_are_dropped_and_tab_is_kept() {
    let r = reminder(
        "a\u{0}b\u{7}c\u{b}\u{c}d\u{1b}[0m\u{7f}e\u{85}\u{9f}f\tg",
        "x",
    );
    let text = ics(&r, stamp());
    let unfolded = unfold(&text);
    let calendar = parse(&unfolded);
    let (event, alarm) = event_and_alarm(&calendar);
    assert_eq!(value(&event.properties, "SUMMARY"), "abcd[0mef\tg");
    assert_eq!(value(&alarm.properties, "DESCRIPTION"), "abcd[0mef\tg");
    assert_eq!(normalise(r.summary), "abcd[0mef\tg");
}

#[test]
fn lines_of_75_octets_stay_whole_and_76_fold() {
    // "SUMMARY:" is 8 octets.
    let fits = "a".repeat(67);
    let text = ics(&reminder(&fits, "x"), stamp());
    assert!(text.contains(&format!("\r\nSUMMARY:{fits}\r\nDESCRIPTION:")));

    let over = "a".repeat(68);
    let text = ics(&reminder(&over, "x"), stamp());
    assert!(text.contains(&format!("\r\nSUMMARY:{}\r\n a\r\nDESCRIPTION:", fits)));
    assert_wire_format(&text);
}

#[test]
fn folding_never_splits_a_character() {
    for ch in ['é', '—', '日', '☕', '😀'] {
        for pad in 0..8 {
            let summary = format!("{}{}", "x".repeat(pad), ch.to_string().repeat(90));
            let description = format!("{}{}", ch.to_string().repeat(70), "y".repeat(pad));
            let r = reminder(&summary, &description);
            let text = ics(&r, stamp());
            assert_wire_format(&text);
            assert!(text.contains("\r\n "), "{ch} {pad}: nothing was folded");

            let lines = logical_lines(&text);
            assert!(lines.contains(&format!("SUMMARY:{summary}")), "{ch} {pad}");
            assert!(
                lines.contains(&format!("DESCRIPTION:{description}\\n\\n{URL}")),
                "{ch} {pad}"
            );

            let unfolded = unfold(&text);
            assert_eq!(unfolded, unfold_rfc(&text));
            let calendar = parse(&unfolded);
            let (event, _) = event_and_alarm(&calendar);
            assert_eq!(value(&event.properties, "SUMMARY"), summary);
            assert_eq!(
                value(&event.properties, "DESCRIPTION"),
                format!("{description}\n\n{URL}")
            );
        }
    }
}

#[test]
fn the_url_is_a_uri_and_not_escaped() {
    let url = "https://apply.example.org/grants?draft=a,b;c\\d";
    let r = Reminder {
        url,
        ..reminder("s", "Read this.")
    };
    let text = ics(&r, stamp());
    let lines = logical_lines(&text);
    assert!(lines.contains(&format!("URL:{url}")), "{lines:#?}");
    assert!(
        lines.contains(
            &"DESCRIPTION:Read this.\\n\\nhttps://apply.example.org/grants?draft=a\\,b\\;c\\\\d"
                .to_owned()
        ),
        "{lines:#?}"
    );
    let unfolded = unfold(&text);
    let calendar = parse(&unfolded);
    let (event, _) = event_and_alarm(&calendar);
    assert_eq!(value(&event.properties, "URL"), url);
    assert_eq!(
        value(&event.properties, "DESCRIPTION"),
        format!("Read this.\n\n{url}")
    );
}

#[test]
fn control_characters_cannot_break_out_of_the_url() {
    let r = Reminder {
        url: "https://apply.example.org/x\r\nEND:VEVENT",
        ..reminder("s", "d")
    };
    let text = ics(&r, stamp());
    assert_wire_format(&text);
    let unfolded = unfold(&text);
    let calendar = parse(&unfolded);
    let (event, _) = event_and_alarm(&calendar);
    assert_eq!(
        value(&event.properties, "URL"),
        "https://apply.example.org/xEND:VEVENT"
    );
}

#[test]
fn a_link_that_is_not_http_is_left_out() {
    for url in [
        "",
        "javascript:alert(1)",
        "apply.example.org",
        "ftp://x.example",
    ] {
        let r = Reminder {
            url,
            ..reminder("s", "Only the words.")
        };
        let text = ics(&r, stamp());
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        let (event, _) = event_and_alarm(&calendar);
        assert!(event.find_prop("URL").is_none(), "{url:?}: {text}");
        assert_eq!(value(&event.properties, "DESCRIPTION"), "Only the words.");
    }
    let r = Reminder {
        url: "http://localhost:8080/apply",
        ..reminder("s", "d")
    };
    assert!(ics(&r, stamp()).contains("\r\nURL:http://localhost:8080/apply\r\n"));
}

#[test]
fn an_empty_description_is_just_the_link() {
    for description in ["", "\u{0}\u{1}"] {
        let text = ics(&reminder("s", description), stamp());
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        let (event, _) = event_and_alarm(&calendar);
        assert_eq!(value(&event.properties, "DESCRIPTION"), URL);
    }
    // A description that merely ends in a colon still gets its blank line.
    let text = ics(&reminder("s", "Note:"), stamp());
    let unfolded = unfold(&text);
    let calendar = parse(&unfolded);
    let (event, _) = event_and_alarm(&calendar);
    assert_eq!(
        value(&event.properties, "DESCRIPTION"),
        format!("Note:\n\n{URL}")
    );
}

#[test]
fn the_uid_is_stable_and_tells_reminders_apart() {
    let base = reminder("s", "d");
    let same = Reminder {
        summary: "other words",
        description: "other description",
        url: "https://elsewhere.example/",
        ..base
    };
    assert_eq!(uid(&base), uid(&same));
    assert_eq!(uid(&base), uid(&base));
    // The DTSTAMP and the words change between downloads; the UID must not.
    let later = date(2027, 2, 20).and_hms_opt(23, 59, 59).unwrap();
    let first = logical_lines(&ics(&base, stamp()));
    let second = logical_lines(&ics(&same, later));
    let uid_line = |lines: &[String]| lines.iter().find(|l| l.starts_with("UID:")).cloned();
    assert_eq!(uid_line(&first), uid_line(&second));
    assert_eq!(uid_line(&first), Some(format!("UID:{}", uid(&base))));

    let others = [
        Reminder {
            purpose: "window-opens",
            ..base
        },
        Reminder {
            date: date(2027, 3, 2),
            ..base
        },
        Reminder {
            program: "meetup-pro",
            ..base
        },
        Reminder {
            program: "grants",
            purpose: "advised-by",
            ..base
        },
    ];
    let mut all: Vec<String> = others.iter().map(uid).collect();
    all.push(uid(&base));
    let count = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), count, "{all:#?}");
    assert_eq!(
        uid(&others[3]),
        "grants-advised-by-2027-03-01@psf-apply.python.org"
    );
}

#[test]
fn the_file_name_names_program_purpose_and_date() {
    assert_eq!(
        file_name(&reminder("s", "d")),
        "psf-community-partner-apply-by-2027-03-01.ics"
    );
    let r = Reminder {
        program: "grants",
        purpose: "decision-by",
        date: date(2028, 11, 9),
        ..reminder("s", "d")
    };
    assert_eq!(file_name(&r), "psf-grants-decision-by-2028-11-09.ics");
}

#[test]
fn slugs_cannot_carry_paths_or_ical_syntax() {
    let r = Reminder {
        program: "../a b",
        purpose: "x;y:z,\\é\n",
        ..reminder("s", "d")
    };
    assert_eq!(file_name(&r), "psf----a-b-x-y-z-----2027-03-01.ics");
    assert_eq!(uid(&r), "---a-b-x-y-z-----2027-03-01@psf-apply.python.org");
    let text = ics(&r, stamp());
    let unfolded = unfold(&text);
    let calendar = parse(&unfolded);
    let (event, _) = event_and_alarm(&calendar);
    assert_eq!(value(&event.properties, "UID"), uid(&r));
}

#[test]
fn dtend_is_the_next_day_across_month_year_and_leap_day() {
    let cases = [
        (date(2027, 12, 31), "20271231", "20280101"),
        (date(2028, 2, 28), "20280228", "20280229"),
        (date(2028, 2, 29), "20280229", "20280301"),
        (date(2027, 2, 28), "20270228", "20270301"),
        (date(2027, 4, 30), "20270430", "20270501"),
        (date(2100, 2, 28), "21000228", "21000301"),
        (date(2000, 2, 28), "20000228", "20000229"),
        (date(2027, 1, 9), "20270109", "20270110"),
    ];
    for (day, start, end) in cases {
        let r = Reminder {
            date: day,
            ..reminder("s", "d")
        };
        let text = ics(&r, stamp());
        let unfolded = unfold(&text);
        let calendar = parse(&unfolded);
        let (event, _) = event_and_alarm(&calendar);
        assert_eq!(value(&event.properties, "DTSTART"), start, "{day}");
        assert_eq!(value(&event.properties, "DTEND"), end, "{day}");
    }
}

#[test]
fn the_last_representable_date_has_no_dtend() {
    let r = Reminder {
        date: NaiveDate::MAX,
        ..reminder("s", "d")
    };
    let text = ics(&r, stamp());
    assert!(!text.contains("DTEND"), "{text}");
    assert!(text.contains("\r\nDTSTART;VALUE=DATE:"));
}

#[test]
fn dtstamp_is_utc_with_seconds_and_no_fraction() {
    let cases = [
        (
            date(2027, 1, 2).and_hms_opt(3, 4, 5).unwrap(),
            "20270102T030405Z",
        ),
        (
            date(2031, 12, 31)
                .and_hms_nano_opt(23, 59, 58, 999_999_999)
                .unwrap(),
            "20311231T235958Z",
        ),
        (
            date(2027, 6, 30).and_time(NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500).unwrap()),
            "20270630T235959Z",
        ),
        (
            date(2027, 3, 1).and_hms_opt(0, 0, 0).unwrap(),
            "20270301T000000Z",
        ),
    ];
    for (at, expected) in cases {
        let text = ics(&reminder("s", "d"), at);
        assert!(
            text.contains(&format!("\r\nDTSTAMP:{expected}\r\n")),
            "{at}: {text}"
        );
    }
}

/// Mostly the characters that need care, and now and then anything at all.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => r#"[\\;,:"\r\n\t a-zA-Z0-9éã—☕日本語😀\x00-\x1F\x7F-\x{9F}\x{2028}]{0,300}"#,
        1 => any::<String>(),
    ]
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = date(1970, 1, 1);
    (0u64..47_482).prop_map(move |days| first.checked_add_days(Days::new(days)).unwrap())
}

fn any_url() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        URL,
        "https://apply.example.org/grants?draft=a,b;c\\d&e=ü",
        "http://localhost:8080/apply",
        "",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_text_round_trips(
        summary in any_text(),
        description in any_text(),
        program in "[a-z0-9-]{1,40}",
        purpose in "[a-z-]{1,30}",
        day in any_date(),
        stamp_day in any_date(),
        seconds in 0u32..86_400,
        url in any_url(),
    ) {
        let r = Reminder {
            program: &program,
            purpose: &purpose,
            date: day,
            summary: &summary,
            description: &description,
            url,
        };
        let at = stamp_day.and_time(
            NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap(),
        );
        let text = ics(&r, at);
        assert_wire_format(&text);
        let link = !url.is_empty();
        // Nothing in the words can add or remove a line.
        prop_assert_eq!(logical_lines(&text).len(), if link { 21 } else { 20 });

        let unfolded = unfold(&text);
        prop_assert_eq!(&unfolded, &unfold_rfc(&text));
        let calendar = read_calendar(&unfolded);
        prop_assert!(calendar.is_ok(), "{:?}\n{}", calendar.as_ref().err(), text);
        let calendar = calendar.unwrap();
        let (event, alarm) = event_and_alarm(&calendar);
        let props = &event.properties;
        prop_assert_eq!(value(props, "SUMMARY"), normalise(&summary));
        let expected = if link {
            expected_description(&description, url)
        } else {
            normalise(&description)
        };
        prop_assert_eq!(value(props, "DESCRIPTION"), expected);
        prop_assert_eq!(value(&alarm.properties, "DESCRIPTION"), normalise(&summary));
        prop_assert_eq!(value(props, "UID"), uid(&r));
        prop_assert_eq!(value(props, "DTSTART"), day.format("%Y%m%d").to_string());
        prop_assert_eq!(
            value(props, "DTEND"),
            day.succ_opt().unwrap().format("%Y%m%d").to_string()
        );
        prop_assert_eq!(value(props, "DTSTAMP"), at.format("%Y%m%dT%H%M%SZ").to_string());
        if link {
            prop_assert_eq!(value(props, "URL"), url);
        } else {
            prop_assert!(event.find_prop("URL").is_none());
        }
        prop_assert_eq!(
            file_name(&r),
            format!("psf-{program}-{purpose}-{}.ics", day.format("%Y-%m-%d"))
        );
    }
}
