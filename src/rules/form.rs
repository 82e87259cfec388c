//! Turning what a person typed into answers. The UI keeps the typed text (so
//! nothing is lost); these functions say whether it reads as a value.

use chrono::NaiveDate;

/// Why typed text is not a value yet (stable codes, worded in the UI).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParseError {
    NotAWholeNumber,
    /// Some but not all of day, month and year are filled in.
    DateIncomplete,
    /// Day, month and year filled in but no such date (e.g. 31 2 2027).
    DateInvalid,
}

/// `""` → `Ok(None)`; `" 42 "` → `Ok(Some(42))`; `"4.5"`, `"-1"`, `"lots"` → error.
/// A trailing `%` is accepted (people type "80%").
pub fn parse_whole_number(text: &str) -> Result<Option<u32>, ParseError> {
    let _ = text;
    todo!("rules helper")
}

/// GOV.UK-style date input: three boxes. All empty → `Ok(None)`.
/// A two-digit year is refused as invalid (ambiguous).
pub fn parse_date_parts(
    day: &str,
    month: &str,
    year: &str,
) -> Result<Option<NaiveDate>, ParseError> {
    let _ = (day, month, year);
    todo!("rules helper")
}

/// A field-level problem: the answer's JSON name and a stable code
/// (`required`, `too_long`, `email`, `web_address`, `range`, `other_type_required`, …).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

/// Runs `validator` over answers and flattens its errors, sorted by field then code.
pub fn field_errors<T: validator::Validate>(answers: &T) -> Vec<FieldError> {
    let _ = answers;
    todo!("rules helper")
}
