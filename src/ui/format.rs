//! Dates and numbers as a person reads them ("Friday 15 January 2027",
//! "1,000,000"): a leaf that the words of every program use.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

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

/// "Friday 15 January 2027".
pub fn date(d: NaiveDate) -> String {
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
    let (pm, hour) = t.hour12();
    let half = if pm { "pm" } else { "am" };
    format!("{} at {hour}:{:02}{half}", date(t.date_naive()), t.minute())
}

/// "15 1 2027", as typed into the three date boxes.
pub fn date_as_typed(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), d.month(), d.year())
}

/// "1,000,000".
pub fn number(n: impl Into<u64>) -> String {
    let digits = n.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "12,500 USD": whole US dollars, as the PSF's grants are written.
pub fn money(n: impl Into<u64>) -> String {
    format!("{} USD", number(n))
}

pub fn weeks(days: i64) -> i64 {
    days / 7
}
