//! Shared answer sets for the native rules tests (`#[path]`-included by each).
#![allow(dead_code)]

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use psf_apply::rules::acknowledgements::ACKNOWLEDGEMENTS;
use psf_apply::rules::community_partner::{CommunityPartnerAnswers, EventType};
use psf_apply::rules::form::FieldError;
use psf_apply::rules::grant::{
    Attendance, BudgetLine, Category, GrantAnswers, GrantEventType, OtherSource,
};
use psf_apply::rules::meetup_pro::MeetupProAnswers;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn plus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap()
}

/// A fixed "today" so that failures are reproducible.
pub fn today() -> NaiveDate {
    date(2026, 11, 22)
}

/// Submitted on [`today`] at 10:04:05 in UTC+01:00.
pub fn submitted_at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-22T10:04:05+01:00").unwrap()
}

/// The PSF's example application, "Joey Python / PyCon Jupiter" (seed `001_…`),
/// with the event 100 days after `today` so it sits in the window. The seed
/// does not answer the app's own questions (first application, CoC reporting):
/// they are answered "yes".
pub fn joey_python(today: NaiveDate) -> CommunityPartnerAnswers {
    CommunityPartnerAnswers {
        first_name: "Joey".into(),
        last_name: "Python".into(),
        email: "joeylovespython@email.com".into(),
        event_type: Some(EventType::PyconConference),
        event_type_other: String::new(),
        title: "PyCon Jupiter".into(),
        description: "PyCon Jupiter is a community-organized conference focused on raising awareness about Python in space.".into(),
        event_date: Some(plus_days(today, 100)),
        first_application: Some(true),
        website: "pycon.jupiter.com".into(),
        code_of_conduct_url: "pycon.jupiter.com/coc".into(),
        coc_has_reporting: Some(true),
        city: "New Earth".into(),
        country: "Jupiter".into(),
        expected_attendees: Some(100),
        python_percent: Some(100),
        acknowledged: ACKNOWLEDGEMENTS.iter().map(|a| a.id).collect(),
    }
}

/// A qualifying Meetup group.
pub fn pydata_berlin() -> MeetupProAnswers {
    MeetupProAnswers {
        full_name: "Ada Lovelace".into(),
        email: "ada@pydata-berlin.org".into(),
        role: "Organizer".into(),
        group_name: "PyData Berlin".into(),
        meetup_url: "https://www.meetup.com/pydata-berlin/".into(),
        city: "Berlin".into(),
        country: "Germany".into(),
        code_of_conduct_url: "https://pydata.org/code-of-conduct/".into(),
        coc_in_about: Some(true),
        events_last_12_months: Some(10),
        events_next_12_months: Some(12),
        python_percent: Some(90),
    }
}

/// A budget line as the grant fixture writes them.
pub fn line(description: &str, category: Category, amount: u32, essential: bool) -> BudgetLine {
    BudgetLine {
        description: description.into(),
        category: Some(category),
        amount: Some(amount),
        essential,
        quote_url: String::new(),
    }
}

/// A Grants request that passes every rule: PyCon Jupiter, in person, 120
/// days after `today` (more than 3 months ahead), asking 5,000 USD (the Work
/// Group decides) of a 40,000 USD budget; three lines that add up to the
/// request, two essential, none swag; two other sources.
pub fn pycon_jupiter_grant(today: NaiveDate) -> GrantAnswers {
    let start = plus_days(today, 120);
    GrantAnswers {
        first_name: "Joey".into(),
        last_name: "Python".into(),
        email: "joeylovespython@email.com".into(),
        group_name: "Python Jupiter".into(),
        title: "PyCon Jupiter".into(),
        event_type: Some(GrantEventType::Conference),
        description: "PyCon Jupiter is a community-organized conference focused on raising awareness about Python in space.".into(),
        start_date: Some(start),
        end_date: Some(plus_days(start, 2)),
        attendance: Some(Attendance::InPerson),
        city: "New Earth".into(),
        country: "Jupiter".into(),
        website: "pycon.jupiter.com".into(),
        code_of_conduct_url: "pycon.jupiter.com/coc".into(),
        coc_has_reporting: Some(true),
        expected_attendees: Some(300),
        python_percent: Some(100),
        first_grant: Some(true),
        amount_requested: Some(5_000),
        total_budget: Some(40_000),
        budget: vec![
            BudgetLine {
                quote_url: "https://pycon.jupiter.com/quotes/venue.pdf".into(),
                ..line("Venue hire, three days", Category::Venue, 2_500, true)
            },
            line("Live captioning", Category::Accessibility, 1_200, true),
            line("Travel grants for four attendees", Category::TravelGrants, 1_300, false),
        ],
        other_sources: vec![
            OtherSource {
                name: "Jupiter Space Agency".into(),
                amount: Some(20_000),
            },
            OtherSource {
                name: "Ticket sales".into(),
                amount: Some(15_000),
            },
        ],
    }
}

/// Field errors written as (field, code) pairs.
pub fn errors(list: &[(&str, &str)]) -> Vec<FieldError> {
    list.iter()
        .map(|(field, code)| FieldError {
            field: field.to_string(),
            code: code.to_string(),
        })
        .collect()
}
