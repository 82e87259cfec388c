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
    /// Not a sum of whole US dollars: cents, a sign, "12.5k", misplaced commas.
    NotWholeDollars,
    /// Money written with a minus sign: what an event spends or is given
    /// is never below nothing.
    NegativeAmount,
}

/// `""` → `Ok(None)`; `" 42 "` → `Ok(Some(42))`; `"4.5"`, `"-1"`, `"lots"` → error.
/// A trailing `%` is accepted (people type "80%").
pub fn parse_whole_number(text: &str) -> Result<Option<u32>, ParseError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let number = text.strip_suffix('%').map_or(text, str::trim_end);
    whole_number(number).map(Some)
}

/// ASCII digits only: a sign, a decimal point or a thousands separator means
/// the person meant something this field cannot hold, or something ambiguous
/// ("1.000" is a thousand in Germany).
fn whole_number(text: &str) -> Result<u32, ParseError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseError::NotAWholeNumber);
    }
    text.parse().map_err(|_| ParseError::NotAWholeNumber)
}

/// Whole US dollars as people write them: `"12500"`, `"12,500"`, `"$12,500"`,
/// `"US$ 12,500"`, `"12,500 USD"` → `Ok(Some(12500))`; `""` → `Ok(None)`.
/// The currency may lead (`$`, `US$`) or trail (`USD`), in any case.
/// Commas only as thousands groups; cents, `k`, signs and exponents are
/// refused rather than guessed at ("12.500" is twelve and a half in one
/// country and twelve thousand five hundred in another).
pub fn parse_money(text: &str) -> Result<Option<u32>, ParseError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.starts_with(['-', '\u{2212}']) || text.contains("$-") || text.contains("$ -") {
        return Err(ParseError::NegativeAmount);
    }
    let text = strip_prefix_ignore_case(text, "US$")
        .or_else(|| text.strip_prefix('$'))
        .map_or(text, str::trim_start);
    let text = strip_suffix_ignore_case(text, "USD").map_or(text, str::trim_end);
    dollars(text).map(Some).ok_or(ParseError::NotWholeDollars)
}

/// Digits, either ungrouped or in groups of three after a first group of one
/// to three that does not start with 0 (`"1,2500"`, `"12,50"`, `"0,500"` are typos).
fn dollars(text: &str) -> Option<u32> {
    let mut groups = text.split(',');
    let first = groups.next()?;
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !digits(first) {
        return None;
    }
    let mut number = first.to_string();
    if text.contains(',') {
        if first.len() > 3 || first.starts_with('0') {
            return None;
        }
        for group in groups {
            if group.len() != 3 || !digits(group) {
                return None;
            }
            number.push_str(group);
        }
    }
    number.parse().ok()
}

// `get` rather than slicing: a multi-byte character at the cut is no match,
// not a panic.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let tail = text.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| text.get(..cut))
        .flatten()
}

/// GOV.UK-style date input: three boxes. All empty → `Ok(None)`.
/// A two-digit year is refused as invalid (ambiguous).
pub fn parse_date_parts(
    day: &str,
    month: &str,
    year: &str,
) -> Result<Option<NaiveDate>, ParseError> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    let filled = [day, month, year].iter().filter(|p| !p.is_empty()).count();
    match filled {
        0 => return Ok(None),
        3 => {}
        _ => return Err(ParseError::DateIncomplete),
    }
    let digits = |text: &str, min: usize, max: usize| {
        (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(day, 1, 2) || !digits(month, 1, 2) || !digits(year, 4, 4) {
        return Err(ParseError::DateInvalid);
    }
    let number = |text: &str| text.parse::<u32>().map_err(|_| ParseError::DateInvalid);
    let year = i32::try_from(number(year)?).map_err(|_| ParseError::DateInvalid)?;
    NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)
        .map(Some)
        .ok_or(ParseError::DateInvalid)
}

/// A field-level problem: the answer's JSON name and a stable code
/// (`required`, `too_long`, `email`, `web_address`, `range`, `other_type_required`,
/// `end_before_start`, `too_many`, …).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

/// Runs `validator` over answers and flattens its errors, sorted by field then
/// code. Errors inside a list of lines are filed under `<list>/<index>/<field>`
/// (index from 0), as a JSON pointer into the answers would name them.
pub fn field_errors<T: validator::Validate>(answers: &T) -> Vec<FieldError> {
    match answers.validate() {
        Ok(()) => Vec::new(),
        Err(errors) => flattened(&errors),
    }
}

// Apart from the generic `field_errors`, so that the wasm holds one copy of
// the sort rather than one per program (about 2.5 KB each).
fn flattened(errors: &validator::ValidationErrors) -> Vec<FieldError> {
    let mut flat = Vec::new();
    flatten(errors, "", &mut flat);
    // Each error inserted after those it does not come before, which is a
    // stable sort by field then code: `sort_by` would bring in 3.5 KB of
    // wasm (`bench/deps.mjs`) to order the handful of errors a step has.
    let mut sorted: Vec<FieldError> = Vec::with_capacity(flat.len());
    for error in flat {
        let key = (&error.field, &error.code);
        let at = sorted.partition_point(|e| (&e.field, &e.code) <= key);
        sorted.insert(at, error);
    }
    sorted.dedup();
    sorted
}

fn flatten(errors: &validator::ValidationErrors, at: &str, flat: &mut Vec<FieldError>) {
    for (field, kind) in errors.errors() {
        match kind {
            validator::ValidationErrorsKind::Field(list) => {
                flat.extend(list.iter().map(|error| FieldError {
                    field: format!("{at}{}", target_field(field, error)),
                    code: error.code.to_string(),
                }));
            }
            validator::ValidationErrorsKind::List(lines) => {
                for (index, line) in lines {
                    flatten(line, &format!("{at}{field}/{index}/"), flat);
                }
            }
            validator::ValidationErrorsKind::Struct(inner) => {
                flatten(inner, &format!("{at}{field}/"), flat);
            }
        }
    }
}

/// The param naming the field a struct-level (`schema`) check is about.
pub const FIELD_PARAM: &str = "field";

/// validator files struct-level errors under `__all__`; the checks here name
/// the field they concern, so the UI can put the message next to it.
fn target_field(field: &str, error: &validator::ValidationError) -> String {
    if field == "__all__" {
        if let Some(name) = error.params.get(FIELD_PARAM).and_then(|v| v.as_str()) {
            return name.to_string();
        }
    }
    field.to_string()
}

/// Validation functions for `#[validate(custom(function = ...))]`: one per
/// limit, so the codes are stable (`required`, `too_long`, `email`, `web_address`).
pub mod validate {
    use crate::rules::checks::{check_email, parse_web_address, ShapeError};
    use crate::rules::thresholds::{
        MAX_DESCRIPTION_CHARS, MAX_EMAIL_CHARS, MAX_EVENT_TYPE_OTHER_CHARS, MAX_GROUP_NAME_CHARS,
        MAX_LINE_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_PLACE_CHARS, MAX_ROLE_CHARS,
        MAX_SOURCE_NAME_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS,
    };
    use validator::ValidationError;

    pub const REQUIRED: &str = "required";
    pub const TOO_LONG: &str = "too_long";
    pub const EMAIL: &str = "email";
    pub const WEB_ADDRESS: &str = "web_address";
    pub const RANGE: &str = "range";
    pub const OTHER_TYPE_REQUIRED: &str = "other_type_required";
    pub const END_BEFORE_START: &str = "end_before_start";
    pub const TOO_MANY: &str = "too_many";

    /// Counted as stored, surrounding spaces included, so that the JSON
    /// Schema's `maxLength` (which counts code points too) agrees.
    fn too_long(text: &str, max: usize) -> bool {
        text.chars().count() > max
    }

    fn required_text(text: &str, max: usize) -> Result<(), ValidationError> {
        if text.trim().is_empty() {
            Err(ValidationError::new(REQUIRED))
        } else if too_long(text, max) {
            Err(limit_error(max))
        } else {
            Ok(())
        }
    }

    fn limit_error(max: usize) -> ValidationError {
        let mut error = ValidationError::new(TOO_LONG);
        error.add_param("max".into(), &max);
        error
    }

    pub fn person_name(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_NAME_CHARS)
    }

    pub fn title(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_TITLE_CHARS)
    }

    pub fn description(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_DESCRIPTION_CHARS)
    }

    pub fn place(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_PLACE_CHARS)
    }

    pub fn role(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_ROLE_CHARS)
    }

    pub fn group_name(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_GROUP_NAME_CHARS)
    }

    /// Optional here: whether it is needed depends on the event type, which
    /// the struct-level check decides.
    pub fn event_type_other(text: &str) -> Result<(), ValidationError> {
        at_most(text, MAX_EVENT_TYPE_OTHER_CHARS)
    }

    /// A place asked only for some answers (a Grants event in person): the
    /// struct-level check decides whether it is needed.
    pub fn optional_place(text: &str) -> Result<(), ValidationError> {
        at_most(text, MAX_PLACE_CHARS)
    }

    pub fn line_description(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_LINE_DESCRIPTION_CHARS)
    }

    pub fn source_name(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_SOURCE_NAME_CHARS)
    }

    fn at_most(text: &str, max: usize) -> Result<(), ValidationError> {
        if too_long(text, max) {
            Err(limit_error(max))
        } else {
            Ok(())
        }
    }

    pub fn email(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_EMAIL_CHARS)?;
        match check_email(text) {
            Ok(()) => Ok(()),
            Err(ShapeError::Empty) => Err(ValidationError::new(REQUIRED)),
            Err(ShapeError::Invalid) => Err(ValidationError::new(EMAIL)),
        }
    }

    pub fn web_address(text: &str) -> Result<(), ValidationError> {
        required_text(text, MAX_URL_CHARS)?;
        match parse_web_address(text) {
            Ok(_) => Ok(()),
            Err(ShapeError::Empty) => Err(ValidationError::new(REQUIRED)),
            Err(ShapeError::Invalid) => Err(ValidationError::new(WEB_ADDRESS)),
        }
    }

    /// Empty is an answer (a quote or invoice link is optional); anything
    /// typed must read as a web address.
    pub fn optional_web_address(text: &str) -> Result<(), ValidationError> {
        if text.trim().is_empty() {
            at_most(text, MAX_URL_CHARS)
        } else {
            web_address(text)
        }
    }

    /// A struct-level error that [`super::field_errors`] files under `field`.
    pub fn struct_error(code: &'static str, field: &'static str) -> ValidationError {
        let mut error = ValidationError::new(code);
        error.add_param(super::FIELD_PARAM.into(), &field);
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers() {
        let cases: &[(&str, Result<Option<u32>, ParseError>)] = &[
            ("", Ok(None)),
            ("   ", Ok(None)),
            ("0", Ok(Some(0))),
            ("42", Ok(Some(42))),
            (" 42 ", Ok(Some(42))),
            ("007", Ok(Some(7))),
            ("80%", Ok(Some(80))),
            ("80 %", Ok(Some(80))),
            ("100", Ok(Some(100))),
            ("4294967295", Ok(Some(u32::MAX))),
            ("4294967296", Err(ParseError::NotAWholeNumber)),
            ("%", Err(ParseError::NotAWholeNumber)),
            ("4.5", Err(ParseError::NotAWholeNumber)),
            ("-1", Err(ParseError::NotAWholeNumber)),
            ("+1", Err(ParseError::NotAWholeNumber)),
            ("lots", Err(ParseError::NotAWholeNumber)),
            ("1,000", Err(ParseError::NotAWholeNumber)),
            ("1 000", Err(ParseError::NotAWholeNumber)),
            ("%80", Err(ParseError::NotAWholeNumber)),
            ("٤٢", Err(ParseError::NotAWholeNumber)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_whole_number(input), *expected, "{input:?}");
        }
    }

    #[test]
    fn money() {
        use ParseError::{NegativeAmount, NotWholeDollars};
        let cases: &[(&str, Result<Option<u32>, ParseError>)] = &[
            ("", Ok(None)),
            ("   ", Ok(None)),
            ("12500", Ok(Some(12_500))),
            (" 12500 ", Ok(Some(12_500))),
            ("12,500", Ok(Some(12_500))),
            ("$12,500", Ok(Some(12_500))),
            ("$ 12,500", Ok(Some(12_500))),
            ("12,500 USD", Ok(Some(12_500))),
            ("12,500USD", Ok(Some(12_500))),
            ("12,500 usd", Ok(Some(12_500))),
            ("US$12,500", Ok(Some(12_500))),
            ("us$ 12,500", Ok(Some(12_500))),
            ("$12,500 USD", Ok(Some(12_500))),
            ("1,000,000", Ok(Some(1_000_000))),
            ("999", Ok(Some(999))),
            ("0", Ok(Some(0))),
            ("007", Ok(Some(7))),
            ("4,294,967,295", Ok(Some(u32::MAX))),
            ("4294967296", Err(NotWholeDollars)),
            ("4,294,967,296", Err(NotWholeDollars)),
            ("usd 300", Err(NotWholeDollars)),
            ("300 $", Err(NotWholeDollars)),
            ("US $300", Err(NotWholeDollars)),
            ("$$300", Err(NotWholeDollars)),
            ("$", Err(NotWholeDollars)),
            ("USD", Err(NotWholeDollars)),
            ("$ USD", Err(NotWholeDollars)),
            ("1,2500", Err(NotWholeDollars)),
            ("12,50", Err(NotWholeDollars)),
            ("1234,567", Err(NotWholeDollars)),
            ("0,500", Err(NotWholeDollars)),
            (",500", Err(NotWholeDollars)),
            ("500,", Err(NotWholeDollars)),
            ("1,,000", Err(NotWholeDollars)),
            ("1 000", Err(NotWholeDollars)),
            ("1.000", Err(NotWholeDollars)),
            ("12.5k", Err(NotWholeDollars)),
            ("12k", Err(NotWholeDollars)),
            ("12.50", Err(NotWholeDollars)),
            ("-5", Err(NegativeAmount)),
            ("-300", Err(NegativeAmount)),
            ("−300", Err(NegativeAmount)),
            ("$-5", Err(NegativeAmount)),
            ("$ -5", Err(NegativeAmount)),
            ("-$5", Err(NegativeAmount)),
            ("-12.5k", Err(NegativeAmount)),
            ("+5", Err(NotWholeDollars)),
            ("1e4", Err(NotWholeDollars)),
            ("five", Err(NotWholeDollars)),
            ("€300", Err(NotWholeDollars)),
            ("300 €", Err(NotWholeDollars)),
            ("٣٠٠", Err(NotWholeDollars)),
            ("300 ÛSD", Err(NotWholeDollars)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_money(input), *expected, "{input:?}");
        }
    }

    use validator::Validate;

    #[derive(Validate)]
    struct Unordered {
        #[validate(length(min = 2), email)]
        zeta: String,
        #[validate(length(min = 2))]
        alpha: String,
        #[validate(nested)]
        lines: Vec<Line>,
    }

    #[derive(Validate)]
    struct Line {
        #[validate(length(min = 2))]
        name: String,
    }

    #[test]
    fn field_errors_are_sorted_by_field_then_code() {
        let line = |name: &str| Line { name: name.into() };
        let answers = Unordered {
            zeta: "x".into(),
            alpha: "x".into(),
            lines: vec![line("x"), line("ok"), line("y")],
        };
        let got: Vec<(String, String)> = field_errors(&answers)
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        let want = [
            ("alpha", "length"),
            ("lines/0/name", "length"),
            ("lines/2/name", "length"),
            ("zeta", "email"),
            ("zeta", "length"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(f, c)| (f.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn date_parts() {
        type Parts = (&'static str, &'static str, &'static str);
        let cases: &[(Parts, Result<Option<NaiveDate>, ParseError>)] = &[
            (("", "", ""), Ok(None)),
            ((" ", " ", " "), Ok(None)),
            (("7", "6", "2028"), Ok(date(2028, 6, 7))),
            (("07", "06", "2028"), Ok(date(2028, 6, 7))),
            ((" 7 ", " 6", "2028 "), Ok(date(2028, 6, 7))),
            (("29", "2", "2028"), Ok(date(2028, 2, 29))),
            (("29", "2", "2027"), Err(ParseError::DateInvalid)),
            (("31", "2", "2027"), Err(ParseError::DateInvalid)),
            (("31", "4", "2027"), Err(ParseError::DateInvalid)),
            (("0", "1", "2027"), Err(ParseError::DateInvalid)),
            (("1", "13", "2027"), Err(ParseError::DateInvalid)),
            (("1", "1", "27"), Err(ParseError::DateInvalid)),
            (("1", "1", "20270"), Err(ParseError::DateInvalid)),
            (("001", "1", "2027"), Err(ParseError::DateInvalid)),
            (("1st", "1", "2027"), Err(ParseError::DateInvalid)),
            (("1", "Jan", "2027"), Err(ParseError::DateInvalid)),
            (("-1", "1", "2027"), Err(ParseError::DateInvalid)),
            (("7", "", ""), Err(ParseError::DateIncomplete)),
            (("7", "6", ""), Err(ParseError::DateIncomplete)),
            (("", "", "2028"), Err(ParseError::DateIncomplete)),
            (("", "6", "2028"), Err(ParseError::DateIncomplete)),
        ];
        for ((d, m, y), expected) in cases {
            assert_eq!(parse_date_parts(d, m, y), *expected, "{d:?} {m:?} {y:?}");
        }
    }
}
