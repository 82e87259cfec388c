//! Calendar reminders (RFC 5545): one all-day event, with an alarm, for a date
//! the person must act on, written as the text of an `.ics` file.
//!
//! Written by hand rather than with a calendar crate: the output is one fixed
//! shape, and this compiles into a size-budgeted wasm.
//!
//! The UI layer supplies the summary and description, since it owns the words.
//! The DTSTAMP time comes in as an argument, since the rules never read a clock.
//!
//! What happens to the caller's text on the way into a TEXT value:
//! - backslash, `;` and `,` are escaped, as RFC 5545 3.3.11 requires;
//! - a line break (LF, CRLF or a lone CR) becomes one escaped `\n`;
//! - TAB is kept, since TEXT allows it;
//! - every other control character (U+0000–U+001F, U+007F and the C1 range
//!   U+0080–U+009F) is dropped, because no calendar shows it and a raw CR or
//!   LF would break the file's lines.

use core::fmt::Write;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::rules::thresholds::REMINDER_ALARM_DAYS_BEFORE;

/// A date to act on, as one all-day event with an alarm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminder<'a> {
    /// The program's slug, e.g. "community-partner": part of the UID and file name.
    pub program: &'a str,
    /// What the date is for, a stable code, e.g. "window-opens", "apply-by",
    /// "advised-by", "decision-by": part of the UID and file name.
    pub purpose: &'a str,
    pub date: NaiveDate,
    pub summary: &'a str,
    pub description: &'a str,
    /// A link back to the application (an absolute http(s) URL), written as the
    /// URL property and at the end of the DESCRIPTION. Anything that does not
    /// start with `https://` or `http://` is left out, so that a file never
    /// carries an empty or script link.
    pub url: &'a str,
}

const HEAD: &str = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//Python Software Foundation//psf-apply//EN\r\n\
CALSCALE:GREGORIAN\r\n\
METHOD:PUBLISH\r\n\
BEGIN:VEVENT\r\n";

const TAIL: &str = "END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

/// RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the CRLF.
const LINE_OCTETS: usize = 75;

/// The whole .ics file text. `stamp` is the current time in UTC.
///
/// Dates are expected within the years 0000–9999, the only ones an iCalendar
/// DATE can hold.
pub fn ics(reminder: &Reminder, stamp: NaiveDateTime) -> String {
    let mut out = String::with_capacity(640);
    // One logical line at a time, so that folding sees each line whole.
    let mut line = String::with_capacity(160);
    out.push_str(HEAD);

    line.push_str("UID:");
    push_uid(&mut line, reminder);
    end_line(&mut out, &mut line);

    line.push_str("DTSTAMP:");
    push_date(&mut line, stamp.date(), "");
    let _ = write!(
        line,
        "T{:02}{:02}{:02}Z",
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    end_line(&mut out, &mut line);

    line.push_str("DTSTART;VALUE=DATE:");
    push_date(&mut line, reminder.date, "");
    end_line(&mut out, &mut line);

    // DTEND is exclusive, so a one-day event ends the next day. On the last date
    // chrono can hold there is no next day; RFC 5545 3.6.1 makes an all-day
    // DTSTART without DTEND one day long anyway.
    if let Some(next) = reminder.date.succ_opt() {
        line.push_str("DTEND;VALUE=DATE:");
        push_date(&mut line, next, "");
        end_line(&mut out, &mut line);
    }

    line.push_str("SUMMARY:");
    push_text(&mut line, reminder.summary);
    end_line(&mut out, &mut line);

    let link = is_web_link(reminder.url);
    line.push_str("DESCRIPTION:");
    let empty = line.len();
    push_text(&mut line, reminder.description);
    if link {
        if line.len() > empty {
            line.push_str("\\n\\n");
        }
        push_text(&mut line, reminder.url);
    }
    end_line(&mut out, &mut line);

    if link {
        // A URI value, not TEXT: escaping would change the address. Control
        // characters cannot be in a URI and would break the line, so they go.
        line.push_str("URL:");
        line.extend(reminder.url.chars().filter(|&c| !is_dropped(c)));
        end_line(&mut out, &mut line);
    }

    // The date is a deadline, not time the person is busy.
    out.push_str("TRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n");

    line.push_str("DESCRIPTION:");
    push_text(&mut line, reminder.summary);
    end_line(&mut out, &mut line);

    // Relative to DTSTART, which for a DATE is the start of that day.
    let _ = write!(line, "TRIGGER:-P{REMINDER_ALARM_DAYS_BEFORE}D");
    end_line(&mut out, &mut line);

    out.push_str(TAIL);
    out
}

/// The file name to offer for the download,
/// e.g. "psf-community-partner-apply-by-2027-03-01.ics".
pub fn file_name(reminder: &Reminder) -> String {
    let mut name = String::with_capacity(48);
    name.push_str("psf-");
    push_key(&mut name, reminder);
    name.push_str(".ics");
    name
}

/// The stable UID: the same program, purpose and date always give the same
/// UID, so importing a second download updates the event rather than
/// duplicating it, e.g. "community-partner-apply-by-2027-03-01@psf-apply.python.org".
pub fn uid(reminder: &Reminder) -> String {
    let mut id = String::with_capacity(64);
    push_uid(&mut id, reminder);
    id
}

fn push_uid(out: &mut String, reminder: &Reminder) {
    push_key(out, reminder);
    out.push_str("@psf-apply.python.org");
}

fn push_key(out: &mut String, reminder: &Reminder) {
    push_slug(out, reminder.program);
    out.push('-');
    push_slug(out, reminder.purpose);
    out.push('-');
    push_date(out, reminder.date, "-");
}

/// The slugs are the app's own codes, but they end up in a file name and an
/// unescaped UID: anything outside `[A-Za-z0-9-]` becomes `-` so that neither
/// can ever carry a path separator or an iCalendar special character.
fn push_slug(out: &mut String, slug: &str) {
    out.extend(slug.chars().map(|c| {
        if c.is_ascii_alphanumeric() || c == '-' {
            c
        } else {
            '-'
        }
    }));
}

fn push_date(out: &mut String, date: NaiveDate, sep: &str) {
    let _ = write!(
        out,
        "{:04}{sep}{:02}{sep}{:02}",
        date.year(),
        date.month(),
        date.day()
    );
}

fn is_web_link(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// TAB is the one control character TEXT allows (RFC 5545 3.3.11, WSP).
fn is_dropped(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\n'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

fn push_text(out: &mut String, text: &str) {
    let mut after_cr = false;
    for c in text.chars() {
        match c {
            // The LF of a CRLF: the CR already wrote the line break.
            '\n' if after_cr => {}
            '\r' | '\n' => out.push_str("\\n"),
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            c if is_dropped(c) => {}
            c => out.push(c),
        }
        after_cr = c == '\r';
    }
}

/// Writes `line` folded, with its CRLF, and empties it for the next line.
fn end_line(out: &mut String, line: &mut String) {
    let mut rest = line.as_str();
    // The space that starts a continuation line counts towards its 75 octets.
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        // Back up to a char boundary so no UTF-8 sequence is split; a char is
        // at most 4 octets, so `cut` never reaches 0.
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
    line.clear();
}
