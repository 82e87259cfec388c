//! Every eligibility rule id with its passing, failing, warning and unknown
//! cases; the verdict; field validation of both programs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "rules_fixtures/mod.rs"]
mod fixtures;

use fixtures::*;
use psf_apply::rules::acknowledgements::AckId;
use psf_apply::rules::community_partner::{self as cp, CommunityPartnerAnswers, EventType};
use psf_apply::rules::eligibility::{
    verdict, Outcome, Reason, RuleId, Status, Verdict, WebPageKind,
};
use psf_apply::rules::form::field_errors;
use psf_apply::rules::meetup_pro::{self as mp, MeetupProAnswers};
use psf_apply::rules::thresholds;

fn cp_outcome(answers: &CommunityPartnerAnswers, rule: RuleId) -> (Status, Reason) {
    let o = cp::evaluate(answers, today())
        .outcomes
        .into_iter()
        .find(|o| o.rule == rule)
        .unwrap();
    (o.status, o.reason)
}

fn mp_outcome(answers: &MeetupProAnswers, rule: RuleId) -> (Status, Reason) {
    let o = mp::evaluate(answers, today())
        .outcomes
        .into_iter()
        .find(|o| o.rule == rule)
        .unwrap();
    (o.status, o.reason)
}

#[test]
fn seed_example_joey_python_is_eligible() {
    let answers = joey_python(today());
    assert_eq!(field_errors(&answers), vec![]);
    let evaluation = cp::evaluate(&answers, today());
    assert_eq!(evaluation.verdict, Verdict::Eligible, "{evaluation:#?}");
    assert!(evaluation.outcomes.iter().all(|o| o.status == Status::Pass));
    assert_eq!(answers.acknowledged.len(), 8);
    assert_eq!(
        cp_outcome(&answers, RuleId::CpAcknowledgements),
        (Status::Pass, Reason::AcknowledgementsAll)
    );
    assert_eq!(
        cp_outcome(&answers, RuleId::CpWebPage),
        (
            Status::Pass,
            Reason::WebPageEstablished {
                kind: WebPageKind::OwnDomain
            }
        )
    );
}

/// The seed's date, "6/7/2028", read as 7 June 2028 (the PSF writes US dates),
/// applied for on 1 March 2028.
#[test]
fn seed_example_with_its_own_date() {
    let mut answers = joey_python(today());
    answers.event_date = Some(date(2028, 6, 7));
    let evaluation = cp::evaluate(&answers, date(2028, 3, 1));
    assert_eq!(evaluation.verdict, Verdict::Eligible);
    assert_eq!(
        cp::evaluate(&answers, date(2027, 12, 6)).verdict,
        Verdict::NotEligible
    );
}

#[test]
fn rule_tables_list_every_id_once_in_order() {
    let cp_ids: Vec<RuleId> = cp::rules().iter().map(|r| r.id).collect();
    assert_eq!(
        cp_ids,
        [
            RuleId::CpPythonShare,
            RuleId::CpWebPage,
            RuleId::CpCodeOfConduct,
            RuleId::CpCommunityImpact,
            RuleId::CpAcknowledgements,
            RuleId::CpWindow,
            RuleId::CpGroupNotEvent,
        ]
    );
    let mp_ids: Vec<RuleId> = mp::rules().iter().map(|r| r.id).collect();
    assert_eq!(
        mp_ids,
        [
            RuleId::MpMeetupUrl,
            RuleId::MpPythonShare,
            RuleId::MpCodeOfConduct,
            RuleId::MpEventsPerYear,
        ]
    );
    for id in cp_ids.iter().chain(&mp_ids) {
        let json = serde_json::to_value(id).unwrap();
        assert_eq!(json, id.as_str());
    }
}

type CpCase = (
    &'static str,
    fn(&mut CommunityPartnerAnswers),
    RuleId,
    Status,
    Reason,
);

#[test]
fn community_partner_rules() {
    let t = today();
    let cases: Vec<CpCase> = vec![
        // cp.python_share
        (
            "100 %",
            |a| a.python_percent = Some(100),
            RuleId::CpPythonShare,
            Status::Pass,
            Reason::PythonShareMajority {
                percent: 100,
                threshold: 50,
            },
        ),
        (
            "51 %",
            |a| a.python_percent = Some(51),
            RuleId::CpPythonShare,
            Status::Pass,
            Reason::PythonShareMajority {
                percent: 51,
                threshold: 50,
            },
        ),
        (
            "50 %",
            |a| a.python_percent = Some(50),
            RuleId::CpPythonShare,
            Status::Fail,
            Reason::PythonShareNotMajority {
                percent: 50,
                threshold: 50,
            },
        ),
        (
            "0 %",
            |a| a.python_percent = Some(0),
            RuleId::CpPythonShare,
            Status::Fail,
            Reason::PythonShareNotMajority {
                percent: 0,
                threshold: 50,
            },
        ),
        (
            "no percent",
            |a| a.python_percent = None,
            RuleId::CpPythonShare,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // cp.web_page
        (
            "meetup",
            |a| a.website = "https://www.meetup.com/pyjupiter/".into(),
            RuleId::CpWebPage,
            Status::Pass,
            Reason::WebPageEstablished {
                kind: WebPageKind::Meetup,
            },
        ),
        (
            "luma",
            |a| a.website = "lu.ma/pyjupiter".into(),
            RuleId::CpWebPage,
            Status::Pass,
            Reason::WebPageEstablished {
                kind: WebPageKind::Luma,
            },
        ),
        (
            "luma.com",
            |a| a.website = "https://luma.com/pyjupiter".into(),
            RuleId::CpWebPage,
            Status::Pass,
            Reason::WebPageEstablished {
                kind: WebPageKind::Luma,
            },
        ),
        (
            "own domain",
            |a| a.website = "https://2028.pycon.jupiter.com".into(),
            RuleId::CpWebPage,
            Status::Pass,
            Reason::WebPageEstablished {
                kind: WebPageKind::OwnDomain,
            },
        ),
        (
            "facebook",
            |a| a.website = "https://www.facebook.com/pyconjupiter".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::SocialMedia,
            },
        ),
        (
            "instagram",
            |a| a.website = "instagram.com/pyconjupiter".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::SocialMedia,
            },
        ),
        (
            "x",
            |a| a.website = "https://x.com/pyconjupiter".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::SocialMedia,
            },
        ),
        (
            "linkedin",
            |a| a.website = "https://www.linkedin.com/company/pyconjupiter".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::SocialMedia,
            },
        ),
        (
            "bluesky",
            |a| a.website = "https://bsky.app/profile/pycon.jupiter.com".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::SocialMedia,
            },
        ),
        (
            "mastodon instance",
            |a| a.website = "https://fosstodon.org/@pyconjupiter".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::SocialMedia,
            },
        ),
        (
            "unknown fediverse host",
            |a| a.website = "https://social.example.net/@pyjupiter".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::SocialMedia,
            },
        ),
        (
            "bit.ly",
            |a| a.website = "https://bit.ly/3xyz".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::LinkShortener,
            },
        ),
        (
            "t.co",
            |a| a.website = "t.co/abc".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::LinkShortener,
            },
        ),
        (
            "tinyurl",
            |a| a.website = "https://tinyurl.com/pyjup".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::LinkShortener,
            },
        ),
        (
            "google drive",
            |a| a.website = "https://drive.google.com/file/d/abc/view".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::FileSharing,
            },
        ),
        (
            "google docs",
            |a| a.website = "https://docs.google.com/document/d/abc".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::FileSharing,
            },
        ),
        (
            "dropbox",
            |a| a.website = "https://www.dropbox.com/s/abc/flyer.pdf".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::FileSharing,
            },
        ),
        (
            "box.com is not x.com",
            |a| a.website = "https://box.com/s/abc".into(),
            RuleId::CpWebPage,
            Status::Warn,
            Reason::WebPageWeak {
                kind: WebPageKind::FileSharing,
            },
        ),
        (
            "unparsable",
            |a| a.website = "pycon jupiter".into(),
            RuleId::CpWebPage,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "empty website",
            |a| a.website = String::new(),
            RuleId::CpWebPage,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // cp.code_of_conduct
        (
            "coc with reporting",
            |_| {},
            RuleId::CpCodeOfConduct,
            Status::Pass,
            Reason::CodeOfConductWithReporting,
        ),
        (
            "coc without reporting",
            |a| a.coc_has_reporting = Some(false),
            RuleId::CpCodeOfConduct,
            Status::Fail,
            Reason::CodeOfConductNoReporting,
        ),
        (
            "coc reporting unanswered",
            |a| a.coc_has_reporting = None,
            RuleId::CpCodeOfConduct,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "coc url missing",
            |a| a.code_of_conduct_url = String::new(),
            RuleId::CpCodeOfConduct,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "coc url invalid",
            |a| a.code_of_conduct_url = "see our website".into(),
            RuleId::CpCodeOfConduct,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // cp.community_impact
        (
            "description",
            |_| {},
            RuleId::CpCommunityImpact,
            Status::Pass,
            Reason::CommunityImpactReviewedByPsf,
        ),
        (
            "no description",
            |a| a.description = "   ".into(),
            RuleId::CpCommunityImpact,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // cp.acknowledgements
        (
            "all eight",
            |_| {},
            RuleId::CpAcknowledgements,
            Status::Pass,
            Reason::AcknowledgementsAll,
        ),
        (
            "one missing",
            |a| {
                a.acknowledged.remove(&AckId::Revocable);
            },
            RuleId::CpAcknowledgements,
            Status::Unknown,
            Reason::AcknowledgementsMissing {
                missing: 1,
                total: 8,
            },
        ),
        (
            "none",
            |a| a.acknowledged.clear(),
            RuleId::CpAcknowledgements,
            Status::Unknown,
            Reason::AcknowledgementsMissing {
                missing: 8,
                total: 8,
            },
        ),
        // cp.window (today is 2026-11-22)
        (
            "in window",
            |_| {},
            RuleId::CpWindow,
            Status::Pass,
            Reason::InWindow {
                apply_from: date(2026, 9, 2),
                apply_by: date(2027, 1, 19),
            },
        ),
        (
            "first timer, 50 days",
            |a| a.event_date = Some(date(2027, 1, 11)),
            RuleId::CpWindow,
            Status::Warn,
            Reason::FirstTimerAdvice {
                advised_by: date(2026, 11, 16),
                apply_by: date(2026, 11, 30),
            },
        ),
        (
            "returning, 50 days",
            |a| {
                a.event_date = Some(date(2027, 1, 11));
                a.first_application = Some(false);
            },
            RuleId::CpWindow,
            Status::Pass,
            Reason::InWindow {
                apply_from: date(2026, 7, 11),
                apply_by: date(2026, 11, 30),
            },
        ),
        (
            "unanswered first application, 50 days",
            |a| {
                a.event_date = Some(date(2027, 1, 11));
                a.first_application = None;
            },
            RuleId::CpWindow,
            Status::Warn,
            Reason::FirstTimerAdvice {
                advised_by: date(2026, 11, 16),
                apply_by: date(2026, 11, 30),
            },
        ),
        (
            "too late",
            |a| a.event_date = Some(date(2026, 12, 25)),
            RuleId::CpWindow,
            Status::Fail,
            Reason::TooLate {
                last_day: date(2026, 11, 13),
            },
        ),
        (
            "too early",
            |a| a.event_date = Some(date(2027, 6, 1)),
            RuleId::CpWindow,
            Status::Fail,
            Reason::TooEarly {
                opens_on: date(2026, 12, 1),
            },
        ),
        (
            "today",
            |a| a.event_date = Some(date(2026, 11, 22)),
            RuleId::CpWindow,
            Status::Fail,
            Reason::EventPast {
                event_date: date(2026, 11, 22),
            },
        ),
        (
            "past",
            |a| a.event_date = Some(date(2025, 6, 1)),
            RuleId::CpWindow,
            Status::Fail,
            Reason::EventPast {
                event_date: date(2025, 6, 1),
            },
        ),
        (
            "no date",
            |a| a.event_date = None,
            RuleId::CpWindow,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // cp.group_not_event
        (
            "conference",
            |_| {},
            RuleId::CpGroupNotEvent,
            Status::Pass,
            Reason::SingleEventOrInitiative,
        ),
        (
            "meetup",
            |a| a.event_type = Some(EventType::Meetup),
            RuleId::CpGroupNotEvent,
            Status::Pass,
            Reason::GroupAppliesOnce,
        ),
        (
            "user group",
            |a| a.event_type = Some(EventType::UserGroup),
            RuleId::CpGroupNotEvent,
            Status::Pass,
            Reason::GroupAppliesOnce,
        ),
        (
            "pyladies",
            |a| a.event_type = Some(EventType::PyladiesChapter),
            RuleId::CpGroupNotEvent,
            Status::Pass,
            Reason::GroupAppliesOnce,
        ),
        (
            "workshop",
            |a| a.event_type = Some(EventType::Workshop),
            RuleId::CpGroupNotEvent,
            Status::Pass,
            Reason::SingleEventOrInitiative,
        ),
        (
            "no type",
            |a| a.event_type = None,
            RuleId::CpGroupNotEvent,
            Status::Unknown,
            Reason::NotAnswered,
        ),
    ];
    for (name, change, rule, status, reason) in cases {
        let mut answers = joey_python(t);
        change(&mut answers);
        assert_eq!(cp_outcome(&answers, rule), (status, reason), "{name}");
    }
}

type MpCase = (
    &'static str,
    fn(&mut MeetupProAnswers),
    RuleId,
    Status,
    Reason,
);

#[test]
fn meetup_pro_rules() {
    fn group(slug: &str) -> Reason {
        Reason::MeetupGroup { group: slug.into() }
    }
    let cases: Vec<MpCase> = vec![
        // mp.meetup_url
        (
            "www",
            |_| {},
            RuleId::MpMeetupUrl,
            Status::Pass,
            group("pydata-berlin"),
        ),
        (
            "bare",
            |a| a.meetup_url = "meetup.com/pydata-berlin".into(),
            RuleId::MpMeetupUrl,
            Status::Pass,
            group("pydata-berlin"),
        ),
        (
            "events page",
            |a| a.meetup_url = "https://www.meetup.com/pydata-berlin/events/123456/".into(),
            RuleId::MpMeetupUrl,
            Status::Pass,
            group("pydata-berlin"),
        ),
        (
            "locale",
            |a| a.meetup_url = "https://www.meetup.com/de-DE/pydata-berlin/".into(),
            RuleId::MpMeetupUrl,
            Status::Pass,
            group("pydata-berlin"),
        ),
        (
            "query",
            |a| a.meetup_url = "https://meetup.com/Python-Sydney?utm=x".into(),
            RuleId::MpMeetupUrl,
            Status::Pass,
            group("Python-Sydney"),
        ),
        (
            "home page",
            |a| a.meetup_url = "https://www.meetup.com/".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "pro network",
            |a| {
                a.meetup_url =
                    "https://www.meetup.com/pro/python-software-foundation-meetups".into()
            },
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "find",
            |a| a.meetup_url = "https://www.meetup.com/find/?keywords=python".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "topics",
            |a| a.meetup_url = "https://www.meetup.com/topics/python/".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "cities",
            |a| a.meetup_url = "https://www.meetup.com/cities/de/berlin/".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "login",
            |a| a.meetup_url = "https://secure.meetup.com/login/".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "other site",
            |a| a.meetup_url = "https://pydata-berlin.org".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "lookalike",
            |a| a.meetup_url = "https://notmeetup.com/pydata-berlin".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "meetup as subdomain",
            |a| a.meetup_url = "https://meetup.com.evil.org/pydata-berlin".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "luma",
            |a| a.meetup_url = "https://lu.ma/pydata-berlin".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "not an address",
            |a| a.meetup_url = "PyData Berlin".into(),
            RuleId::MpMeetupUrl,
            Status::Fail,
            Reason::NotMeetupGroup,
        ),
        (
            "empty",
            |a| a.meetup_url = "  ".into(),
            RuleId::MpMeetupUrl,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // mp.python_share
        (
            "90 %",
            |_| {},
            RuleId::MpPythonShare,
            Status::Pass,
            Reason::PythonShareMeetsGuidance {
                percent: 90,
                guidance: 70,
            },
        ),
        (
            "70 %",
            |a| a.python_percent = Some(70),
            RuleId::MpPythonShare,
            Status::Pass,
            Reason::PythonShareMeetsGuidance {
                percent: 70,
                guidance: 70,
            },
        ),
        (
            "69 %",
            |a| a.python_percent = Some(69),
            RuleId::MpPythonShare,
            Status::Warn,
            Reason::PythonShareBelowGuidance {
                percent: 69,
                guidance: 70,
            },
        ),
        (
            "51 %",
            |a| a.python_percent = Some(51),
            RuleId::MpPythonShare,
            Status::Warn,
            Reason::PythonShareBelowGuidance {
                percent: 51,
                guidance: 70,
            },
        ),
        (
            "50 %",
            |a| a.python_percent = Some(50),
            RuleId::MpPythonShare,
            Status::Fail,
            Reason::PythonShareNotMajority {
                percent: 50,
                threshold: 50,
            },
        ),
        (
            "unanswered",
            |a| a.python_percent = None,
            RuleId::MpPythonShare,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // mp.code_of_conduct
        (
            "in about",
            |_| {},
            RuleId::MpCodeOfConduct,
            Status::Pass,
            Reason::CodeOfConductInAbout,
        ),
        (
            "not in about",
            |a| a.coc_in_about = Some(false),
            RuleId::MpCodeOfConduct,
            Status::Fail,
            Reason::CodeOfConductNotInAbout,
        ),
        (
            "unanswered",
            |a| a.coc_in_about = None,
            RuleId::MpCodeOfConduct,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "no url",
            |a| a.code_of_conduct_url = String::new(),
            RuleId::MpCodeOfConduct,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        // mp.events_per_year
        (
            "10 held",
            |_| {},
            RuleId::MpEventsPerYear,
            Status::Pass,
            Reason::EventsHeld {
                held: 10,
                minimum: 2,
            },
        ),
        (
            "2 held, planned unanswered",
            |a| {
                a.events_last_12_months = Some(2);
                a.events_next_12_months = None;
            },
            RuleId::MpEventsPerYear,
            Status::Pass,
            Reason::EventsHeld {
                held: 2,
                minimum: 2,
            },
        ),
        (
            "new group",
            |a| {
                a.events_last_12_months = Some(0);
                a.events_next_12_months = Some(6);
            },
            RuleId::MpEventsPerYear,
            Status::Warn,
            Reason::NewGroupPlanned {
                held: 0,
                planned: 6,
                minimum: 2,
            },
        ),
        (
            "1 held, 2 planned",
            |a| {
                a.events_last_12_months = Some(1);
                a.events_next_12_months = Some(2);
            },
            RuleId::MpEventsPerYear,
            Status::Warn,
            Reason::NewGroupPlanned {
                held: 1,
                planned: 2,
                minimum: 2,
            },
        ),
        (
            "1 held, 1 planned",
            |a| {
                a.events_last_12_months = Some(1);
                a.events_next_12_months = Some(1);
            },
            RuleId::MpEventsPerYear,
            Status::Fail,
            Reason::TooFewEvents {
                held: 1,
                planned: 1,
                minimum: 2,
            },
        ),
        (
            "1 held, planned unanswered",
            |a| {
                a.events_last_12_months = Some(1);
                a.events_next_12_months = None;
            },
            RuleId::MpEventsPerYear,
            Status::Unknown,
            Reason::NotAnswered,
        ),
        (
            "held unanswered",
            |a| a.events_last_12_months = None,
            RuleId::MpEventsPerYear,
            Status::Unknown,
            Reason::NotAnswered,
        ),
    ];
    for (name, change, rule, status, reason) in cases {
        let mut answers = pydata_berlin();
        change(&mut answers);
        assert_eq!(mp_outcome(&answers, rule), (status, reason), "{name}");
    }
}

#[test]
fn meetup_example_is_eligible() {
    let answers = pydata_berlin();
    assert_eq!(field_errors(&answers), vec![]);
    let evaluation = mp::evaluate(&answers, today());
    assert_eq!(evaluation.verdict, Verdict::Eligible);
    assert_eq!(evaluation.outcomes.len(), 4);
}

#[test]
fn every_percentage_for_both_programs() {
    for percent in 0..=100 {
        let mut a = pydata_berlin();
        a.python_percent = Some(percent);
        let (status, _) = mp_outcome(&a, RuleId::MpPythonShare);
        assert_eq!(status == Status::Pass, percent >= 70, "mp {percent}");
        assert_eq!(
            status == Status::Warn,
            (51..=69).contains(&percent),
            "mp {percent}"
        );
        assert_eq!(status == Status::Fail, percent <= 50, "mp {percent}");

        let mut a = joey_python(today());
        a.python_percent = Some(percent);
        let (status, _) = cp_outcome(&a, RuleId::CpPythonShare);
        assert_eq!(status == Status::Pass, percent > 50, "cp {percent}");
        assert_eq!(status == Status::Fail, percent <= 50, "cp {percent}");
    }
}

#[test]
fn verdict_precedence() {
    fn outcomes(statuses: &[Status]) -> Vec<Outcome> {
        statuses
            .iter()
            .map(|&status| Outcome {
                rule: RuleId::CpPythonShare,
                status,
                reason: Reason::NotAnswered,
            })
            .collect()
    }
    use Status::*;
    let cases = [
        (vec![], Verdict::Eligible),
        (vec![Pass, Pass], Verdict::Eligible),
        (vec![Pass, Warn], Verdict::EligibleWithWarnings),
        (vec![Warn, Unknown], Verdict::Incomplete),
        (vec![Unknown, Fail, Warn], Verdict::NotEligible),
        (vec![Fail], Verdict::NotEligible),
    ];
    for (statuses, expected) in cases {
        assert_eq!(verdict(&outcomes(&statuses)), expected, "{statuses:?}");
    }

    let mut a = joey_python(today());
    a.website = "https://instagram.com/pyconjupiter".into();
    assert_eq!(
        cp::evaluate(&a, today()).verdict,
        Verdict::EligibleWithWarnings
    );
    a.acknowledged.clear();
    assert_eq!(cp::evaluate(&a, today()).verdict, Verdict::Incomplete);
    a.python_percent = Some(10);
    let evaluation = cp::evaluate(&a, today());
    assert_eq!(evaluation.verdict, Verdict::NotEligible);
    // All outcomes, not just the first failing one.
    assert_eq!(evaluation.outcomes.len(), 7);
    assert_eq!(
        cp::evaluate(&CommunityPartnerAnswers::default(), today()).verdict,
        Verdict::Incomplete
    );
    assert_eq!(
        mp::evaluate(&MeetupProAnswers::default(), today()).verdict,
        Verdict::Incomplete
    );
}

#[test]
fn reasons_serialise_with_a_code_tag_and_figures() {
    let json = serde_json::to_value(Reason::TooLate {
        last_day: date(2026, 11, 13),
    })
    .unwrap();
    assert_eq!(
        json,
        serde_json::json!({"code": "too_late", "last_day": "2026-11-13"})
    );
    let json = serde_json::to_value(Reason::WebPageWeak {
        kind: WebPageKind::LinkShortener,
    })
    .unwrap();
    assert_eq!(
        json,
        serde_json::json!({"code": "web_page_weak", "kind": "link_shortener"})
    );
}

#[test]
fn policy_numbers() {
    assert_eq!(thresholds::CP_PYTHON_SHARE_MAJORITY, 50);
    assert_eq!(thresholds::MP_PYTHON_SHARE_GUIDANCE, 70);
    assert_eq!(thresholds::MP_PYTHON_SHARE_MAJORITY, 50);
    assert_eq!(thresholds::MP_MIN_EVENTS_PER_YEAR, 2);
    assert_eq!(thresholds::WINDOW_MIN_DAYS, 42);
    assert_eq!(thresholds::WINDOW_ADVISED_DAYS, 56);
    assert_eq!(thresholds::WINDOW_MAX_MONTHS, 6);
    assert_eq!(thresholds::DECISION_EARLIEST_BUSINESS_DAYS, 7);
    assert_eq!(thresholds::DECISION_LATEST_BUSINESS_DAYS, 10);
    assert_eq!(
        thresholds::ACKNOWLEDGEMENTS_TOTAL as usize,
        psf_apply::rules::acknowledgements::ACKNOWLEDGEMENTS.len()
    );
}

// --- Field validation ------------------------------------------------------

#[test]
fn empty_community_partner_answers_are_all_required() {
    let got = field_errors(&CommunityPartnerAnswers::default());
    let expected = errors(&[
        ("city", "required"),
        ("coc_has_reporting", "required"),
        ("code_of_conduct_url", "required"),
        ("country", "required"),
        ("description", "required"),
        ("email", "required"),
        ("event_date", "required"),
        ("event_type", "required"),
        ("expected_attendees", "required"),
        ("first_application", "required"),
        ("first_name", "required"),
        ("last_name", "required"),
        ("python_percent", "required"),
        ("title", "required"),
        ("website", "required"),
    ]);
    assert_eq!(got, expected);
}

#[test]
fn empty_meetup_pro_answers_are_all_required() {
    let got = field_errors(&MeetupProAnswers::default());
    let expected = errors(&[
        ("city", "required"),
        ("coc_in_about", "required"),
        ("code_of_conduct_url", "required"),
        ("country", "required"),
        ("email", "required"),
        ("events_last_12_months", "required"),
        ("events_next_12_months", "required"),
        ("full_name", "required"),
        ("group_name", "required"),
        ("meetup_url", "required"),
        ("python_percent", "required"),
        ("role", "required"),
    ]);
    assert_eq!(got, expected);
}

type CpFieldCase = (
    &'static str,
    fn(&mut CommunityPartnerAnswers),
    &'static [(&'static str, &'static str)],
);

#[test]
fn community_partner_field_errors() {
    let cases: Vec<CpFieldCase> = vec![
        (
            "blank name",
            |a| a.first_name = "   ".into(),
            &[("first_name", "required")],
        ),
        ("name of 100", |a| a.last_name = "é".repeat(100), &[]),
        (
            "name of 101",
            |a| a.last_name = "é".repeat(101),
            &[("last_name", "too_long")],
        ),
        ("title of 150", |a| a.title = "t".repeat(150), &[]),
        (
            "title of 151",
            |a| a.title = "t".repeat(151),
            &[("title", "too_long")],
        ),
        (
            "description of 2000",
            |a| a.description = "d".repeat(2000),
            &[],
        ),
        (
            "description of 2001",
            |a| a.description = "d".repeat(2001),
            &[("description", "too_long")],
        ),
        (
            "city of 101",
            |a| a.city = "c".repeat(101),
            &[("city", "too_long")],
        ),
        (
            "country of 101",
            |a| a.country = "c".repeat(101),
            &[("country", "too_long")],
        ),
        (
            "bad email",
            |a| a.email = "joey at email.com".into(),
            &[("email", "email")],
        ),
        ("IDN email", |a| a.email = "用户@例子.广告".into(), &[]),
        (
            "long email",
            |a| a.email = format!("joey@{}.com", "e".repeat(250)),
            &[("email", "too_long")],
        ),
        (
            "bad website",
            |a| a.website = "pycon jupiter".into(),
            &[("website", "web_address")],
        ),
        (
            "bad coc url",
            |a| a.code_of_conduct_url = "ftp://pycon.jupiter.com/coc".into(),
            &[("code_of_conduct_url", "web_address")],
        ),
        (
            "long url",
            |a| a.website = format!("https://pycon.jupiter.com/{}", "a".repeat(2048)),
            &[("website", "too_long")],
        ),
        (
            "0 attendees",
            |a| a.expected_attendees = Some(0),
            &[("expected_attendees", "range")],
        ),
        ("1 attendee", |a| a.expected_attendees = Some(1), &[]),
        (
            "a million attendees",
            |a| a.expected_attendees = Some(1_000_000),
            &[],
        ),
        (
            "too many attendees",
            |a| a.expected_attendees = Some(1_000_001),
            &[("expected_attendees", "range")],
        ),
        (
            "101 %",
            |a| a.python_percent = Some(101),
            &[("python_percent", "range")],
        ),
        ("0 %", |a| a.python_percent = Some(0), &[]),
        (
            "other without name",
            |a| a.event_type = Some(EventType::Other),
            &[("event_type_other", "other_type_required")],
        ),
        (
            "other with name",
            |a| {
                a.event_type = Some(EventType::Other);
                a.event_type_other = "Podcast".into();
            },
            &[],
        ),
        (
            "other name too long",
            |a| {
                a.event_type = Some(EventType::Other);
                a.event_type_other = "p".repeat(101);
            },
            &[("event_type_other", "too_long")],
        ),
        (
            "other with field errors elsewhere",
            |a| {
                a.event_type = Some(EventType::Other);
                a.email = String::new();
            },
            &[
                ("email", "required"),
                ("event_type_other", "other_type_required"),
            ],
        ),
        (
            "no acknowledgements is not a field error",
            |a| a.acknowledged.clear(),
            &[],
        ),
        (
            "social media is not a field error",
            |a| a.website = "x.com/pyjupiter".into(),
            &[],
        ),
        (
            "past date is not a field error",
            |a| a.event_date = Some(date(2020, 1, 1)),
            &[],
        ),
    ];
    for (name, change, expected) in cases {
        let mut answers = joey_python(today());
        change(&mut answers);
        assert_eq!(field_errors(&answers), errors(expected), "{name}");
    }
}

type MpFieldCase = (
    &'static str,
    fn(&mut MeetupProAnswers),
    &'static [(&'static str, &'static str)],
);

#[test]
fn meetup_pro_field_errors() {
    let cases: Vec<MpFieldCase> = vec![
        (
            "role of 101",
            |a| a.role = "r".repeat(101),
            &[("role", "too_long")],
        ),
        ("group name of 150", |a| a.group_name = "g".repeat(150), &[]),
        (
            "group name of 151",
            |a| a.group_name = "g".repeat(151),
            &[("group_name", "too_long")],
        ),
        (
            "bad email",
            |a| a.email = "ada@".into(),
            &[("email", "email")],
        ),
        (
            "non-Meetup address is not a field error",
            |a| a.meetup_url = "https://pydata-berlin.org".into(),
            &[],
        ),
        (
            "unreadable address",
            |a| a.meetup_url = "meetup dot com".into(),
            &[("meetup_url", "web_address")],
        ),
        ("1000 events", |a| a.events_last_12_months = Some(1000), &[]),
        (
            "1001 events",
            |a| a.events_next_12_months = Some(1001),
            &[("events_next_12_months", "range")],
        ),
        (
            "0 events is a value",
            |a| a.events_last_12_months = Some(0),
            &[],
        ),
        (
            "101 %",
            |a| a.python_percent = Some(101),
            &[("python_percent", "range")],
        ),
        (
            "coc in about unanswered",
            |a| a.coc_in_about = None,
            &[("coc_in_about", "required")],
        ),
    ];
    for (name, change, expected) in cases {
        let mut answers = pydata_berlin();
        change(&mut answers);
        assert_eq!(field_errors(&answers), errors(expected), "{name}");
    }
}
