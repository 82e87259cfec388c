//! Every number the PSF's policy sets, in one place, so that a policy change is
//! a one-line change here with a test that shows it.

// --- Eligibility -----------------------------------------------------------

/// Community Partner: "majority Python-related" means strictly more than this percentage.
pub const CP_PYTHON_SHARE_MAJORITY: u32 = 50;
/// Meetup Pro: the organizer guidance asks for at least this percentage (seed `002_…`).
pub const MP_PYTHON_SHARE_GUIDANCE: u32 = 70;
/// Meetup Pro: the formal criterion, "majority", is strictly more than this (seed `000_…`).
pub const MP_PYTHON_SHARE_MAJORITY: u32 = 50;
/// Meetup Pro: events per year a group must hold (or, when new, plan).
pub const MP_MIN_EVENTS_PER_YEAR: u32 = 2;
/// Community Partner: how many acknowledgements must all be ticked.
pub const ACKNOWLEDGEMENTS_TOTAL: u32 = 8;

// --- Submission window (Community Partner) ---------------------------------

/// "At least 6 weeks before your event."
pub const WINDOW_MIN_DAYS: i64 = 42;
/// "First-time applicants are encouraged to apply 8 weeks in advance."
pub const WINDOW_ADVISED_DAYS: i64 = 56;
/// "Applications may be submitted up to 6 months in advance."
pub const WINDOW_MAX_MONTHS: u32 = 6;

// --- Grants request ---------------------------------------------------------

/// Grants: a Python event is strictly more than this percentage Python-related.
pub const GR_PYTHON_SHARE_MAJORITY: u32 = 50;
/// "The official request is 6 weeks" before the event starts.
pub const GR_WINDOW_MIN_DAYS: i64 = 42;
/// "Grants applications should come in 3+ months in advance" (a Board
/// member's advice, seed `003_…`: a warning, never a refusal).
pub const GR_WINDOW_ADVISED_MONTHS: u32 = 3;
/// "Any time a grants application exceeds $10,000 USD it is kicked up to the Board."
pub const GR_BOARD_REVIEW_ABOVE_USD: u32 = 10_000;

// --- Receipt (what a backend accepts as the applicant's clock) --------------

/// How far a payload's `submitted_at` may be from the backend's time of
/// receipt: a device clock a little off, or a retry hours later, but not a
/// back-dated deadline.
pub const MAX_CLOCK_SKEW_HOURS: i64 = 24;
/// The UTC offsets in use on Earth, from −12:00 to +14:00, in seconds.
pub const MIN_UTC_OFFSET_SECONDS: i32 = -12 * 3600;
pub const MAX_UTC_OFFSET_SECONDS: i32 = 14 * 3600;

// --- Meetup Pro decision ---------------------------------------------------

/// "We aim to review and respond … within 7-10 business days."
pub const DECISION_EARLIEST_BUSINESS_DAYS: u32 = 7;
pub const DECISION_LATEST_BUSINESS_DAYS: u32 = 10;

// --- Field limits (characters, i.e. Unicode scalar values) ------------------
// Not PSF policy: limits a person would expect, generous enough for real names
// and titles in any script, small enough to stop pasted essays and abuse.

pub const MAX_NAME_CHARS: usize = 100;
/// RFC 5321's limit on a forward path.
pub const MAX_EMAIL_CHARS: usize = 254;
pub const MAX_TITLE_CHARS: usize = 150;
pub const MAX_DESCRIPTION_CHARS: usize = 2000;
/// The free-text event type when "Other" is chosen.
pub const MAX_EVENT_TYPE_OTHER_CHARS: usize = 100;
pub const MAX_PLACE_CHARS: usize = 100;
/// What browsers and servers reliably handle.
pub const MAX_URL_CHARS: usize = 2048;
pub const MAX_ROLE_CHARS: usize = 100;
pub const MAX_GROUP_NAME_CHARS: usize = 150;

// --- Numeric ranges ---------------------------------------------------------

pub const ATTENDEES_MIN: u32 = 1;
pub const ATTENDEES_MAX: u32 = 1_000_000;
pub const EVENTS_MIN: u32 = 0;
/// Roughly three events a day: anything above is a typo.
pub const EVENTS_MAX: u32 = 1000;
pub const PERCENT_MIN: u32 = 0;
pub const PERCENT_MAX: u32 = 100;

// --- Grants request: money and lists -----------------------------------------
// Not PSF policy either: whole dollars, and room for any real event's budget.

/// A sum of money is at least a dollar…
pub const MONEY_MIN_USD: u32 = 1;
/// …and at most a hundred million: anything above is a typo.
pub const MONEY_MAX_USD: u32 = 100_000_000;
/// Lines of an itemised budget: more is a spreadsheet, better sent as one.
pub const MAX_BUDGET_LINES: usize = 50;
pub const MAX_OTHER_SOURCES: usize = 20;
pub const MAX_LINE_DESCRIPTION_CHARS: usize = 200;
/// A sponsor's or funder's name.
pub const MAX_SOURCE_NAME_CHARS: usize = 150;

// --- Calendar reminders and re-shared posts ---------------------------------

/// A reminder's alarm rings this many days before the date to act on.
pub const REMINDER_ALARM_DAYS_BEFORE: u32 = 1;
/// "The PSF may re-share up to two eligible social media posts per Community Partner."
pub const RESHARE_MAX_POSTS: u32 = 2;
/// A pasted social post: longer than any platform allows (LinkedIn's 3,000).
pub const MAX_POST_TEXT_CHARS: usize = 5000;
