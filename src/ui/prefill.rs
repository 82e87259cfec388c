//! Prefill: answers a host already knows (a signed-in member's name and
//! email), from `data-prefill` / the `prefill` option or from `psf_<name>`
//! URL parameters, keyed by the answers' JSON names.
//!
//! The rule where they meet a restored draft: what the person typed always
//! wins. A prefilled value only goes into a question that is still empty,
//! and the host's own prefill comes before the URL's. Acknowledgements are
//! never prefilled: the person ticks them themselves.

use chrono::Datelike;
use serde_json::{Map, Value};

use crate::rules::form;

use super::draft::ProgramDraft;
use super::fields::{event_type_from_code, Control, Field};

/// Answers by JSON name, as the host gave them.
pub type Answers = Map<String, Value>;

/// The `psf_<name>=<value>` parameters of the page's URL.
pub fn from_url() -> Answers {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    from_query(&search, |s| {
        js_sys::decode_uri_component(s)
            .ok()
            .and_then(|s| s.as_string())
    })
}

/// Reads a query string (`?a=b&c=d`), decoding with `decode`.
pub fn from_query(search: &str, decode: impl Fn(&str) -> Option<String>) -> Answers {
    let mut answers = Answers::new();
    for pair in search.trim_start_matches('?').split('&') {
        let Some((name, value)) = pair.split_once('=') else {
            continue;
        };
        let Some(name) = name.strip_prefix("psf_") else {
            continue;
        };
        if let Some(value) = decode(&value.replace('+', " ")) {
            answers
                .entry(name.to_string())
                .or_insert(Value::String(value));
        }
    }
    answers
}

/// Puts each answer into `draft` where the question is still empty; returns
/// how many went in. Unknown names and values that do not fit the question
/// are skipped.
pub fn fill<D: ProgramDraft>(draft: &mut D, answers: &Answers) -> usize {
    // Through JSON, as drafts are stored: the code that reads drafts is then
    // shared with storage rather than compiled again into the wasm.
    let current = serde_json::to_string(&*draft).map(|t| serde_json::from_str::<Value>(&t));
    let Ok(Ok(Value::Object(mut current))) = current else {
        return 0;
    };
    let mut filled = 0;
    for (name, given) in answers {
        let Some(field) = Field::from_json_name(D::PROGRAM, name) else {
            continue;
        };
        if !current.get(name).is_some_and(is_empty) {
            continue;
        }
        let Some(value) = typed(field, given) else {
            continue;
        };
        let mut candidate = current.clone();
        candidate.insert(name.clone(), value);
        if let Some(d) = D::from_stored(&Value::Object(candidate.clone())) {
            *draft = d;
            current = candidate;
            filled += 1;
        }
    }
    filled
}

/// Whether a draft's value (text, choice or date boxes) is unanswered.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Object(parts) => parts.values().all(is_empty),
        _ => false,
    }
}

/// The draft's form of a given answer, if it fits the question.
fn typed(field: Field, given: &Value) -> Option<Value> {
    /// Longer than any question allows; anything beyond is not an answer.
    const MAX_CHARS: usize = 5_000;
    let text = match given {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
    .filter(|s| !s.is_empty() && s.chars().count() <= MAX_CHARS)?;
    match field.control() {
        Control::Text | Control::LongText | Control::WholeNumber => Some(Value::String(text)),
        Control::Radios if field == Field::CpEventType => {
            event_type_from_code(&text).map(|_| Value::String(text))
        }
        Control::Radios => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" => Some(Value::Bool(true)),
            "false" | "no" => Some(Value::Bool(false)),
            _ => None,
        },
        Control::Date => {
            // ISO 8601 (`2028-06-07`), read by the date boxes' own rules.
            let mut parts = text.splitn(3, '-');
            let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
            let date = form::parse_date_parts(day, month, year).ok()??;
            Some(serde_json::json!({
                "day": date.day().to_string(),
                "month": date.month().to_string(),
                "year": date.year().to_string(),
            }))
        }
        Control::Checkboxes => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::draft::{CpDraft, DateParts, MpDraft};

    fn answers(json: &str) -> Answers {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn fills_only_empty_questions() {
        let mut d = CpDraft {
            first_name: "Typed".into(),
            ..CpDraft::default()
        };
        let n = fill(
            &mut d,
            &answers(
                r#"{"first_name":"Joey","email":"joey@example.org","event_type":"workshop",
                    "first_application":"yes","event_date":"2027-03-07","expected_attendees":120,
                    "acknowledged":["trademark"],"idempotency_key":"x","unknown":"y"}"#,
            ),
        );
        assert_eq!(n, 5);
        assert_eq!(d.first_name, "Typed");
        assert_eq!(d.email, "joey@example.org");
        assert_eq!(d.first_application, Some(true));
        assert_eq!(
            d.event_date,
            DateParts {
                day: "7".into(),
                month: "3".into(),
                year: "2027".into()
            }
        );
        assert_eq!(d.expected_attendees, "120");
        assert!(d.acknowledged.is_empty());
        assert_eq!(d.idempotency_key, None);
    }

    #[test]
    fn values_that_do_not_fit_are_skipped() {
        let mut d = CpDraft::default();
        let n = fill(
            &mut d,
            &answers(
                r#"{"event_type":"party","event_date":"tomorrow","coc_has_reporting":"maybe","title":{"a":1}}"#,
            ),
        );
        assert_eq!(n, 0);
        assert_eq!(d, CpDraft::default());
    }

    #[test]
    fn the_same_name_fills_each_program() {
        let a = answers(r#"{"email":"a@b.org","full_name":"Ada"}"#);
        let mut mp = MpDraft::default();
        assert_eq!(fill(&mut mp, &a), 2);
        let mut cp = CpDraft::default();
        assert_eq!(fill(&mut cp, &a), 1);
        assert_eq!(cp.email, "a@b.org");
    }

    #[test]
    fn url_parameters() {
        let a = from_query(
            "?psf_first_name=Joey+P&x=1&psf_email=j%40e.org&psf_first_name=no",
            |s| Some(s.replace("%40", "@")),
        );
        assert_eq!(a.get("first_name"), Some(&Value::String("Joey P".into())));
        assert_eq!(a.get("email"), Some(&Value::String("j@e.org".into())));
        assert_eq!(a.len(), 2);
    }
}
