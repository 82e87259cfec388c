//! Dates and numbers as a person reads them ("Friday 15 January 2027",
//! "1,000,000"): a leaf that the words of every program use. In another
//! locale the browser writes them (`i18n`).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use super::i18n::{self, trf};

// Dates are written out here rather than with chrono's `format`: its
// strftime parser and formatter cost more of the wasm than all the app's
// date arithmetic (bench/deps.mjs). A test checks these against it.

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "Friday 15 January 2027", "viernes, 15 de enero de 2027".
pub fn date(d: NaiveDate) -> String {
    if let Some(written) = i18n::long_date(d.year(), d.month(), d.day()) {
        return written;
    }
    format!(
        "{} {} {} {}",
        WEEKDAYS[d.weekday().num_days_from_monday() as usize],
        d.day(),
        MONTHS[d.month0() as usize],
        d.year()
    )
}

/// "Friday 15 January 2027 at 10:04am".
pub fn date_time(t: DateTime<FixedOffset>) -> String {
    if i18n::locale() != i18n::Locale::En {
        // Every other locale offered writes the time on a 24-hour clock.
        return trf!(
            "format-date-at-time",
            "{ $date } at { $time }",
            &[
                ("date", date(t.date_naive()).into()),
                ("time", format!("{}:{:02}", t.hour(), t.minute()).into()),
            ],
        );
    }
    let (pm, hour) = t.hour12();
    let half = if pm { "pm" } else { "am" };
    format!("{} at {hour}:{:02}{half}", date(t.date_naive()), t.minute())
}

/// "15 1 2027", as typed into the three date boxes.
pub fn date_as_typed(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), d.month(), d.year())
}

/// "1,000,000" ("1.000.000" in Spanish).
pub fn number(n: impl Into<u64>) -> String {
    i18n::number(n.into().min(i64::MAX as u64) as i64)
}

/// "12,500 USD": whole US dollars, as the PSF's grants are written (the
/// currency's code after the figure in every locale offered).
pub fn money(n: impl Into<u64>) -> String {
    format!("{} USD", number(n))
}

/// "80%" ("80 %" in French).
pub fn percent(n: impl Into<i64>) -> String {
    i18n::percent(n.into())
}

pub fn weeks(days: i64) -> i64 {
    days / 7
}
