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

use crate::rules::program::{Control, Program};

use super::draft::{index_of, Answer, DateParts, Draft};

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
/// how many went in. Unknown names, checklists (ticked by the person alone)
/// and values that do not fit the question are skipped.
pub fn fill(program: &Program, draft: &mut Draft, answers: &Answers) -> usize {
    let mut filled = 0;
    for (name, given) in answers {
        let Some(i) = index_of(program, name) else {
            continue;
        };
        let Some(answer) = typed(&program.questions[i].control, given) else {
            continue;
        };
        if draft.fill(i, answer) {
            filled += 1;
        }
    }
    filled
}

/// The draft's form of a given answer, if it fits the question.
fn typed(control: &Control, given: &Value) -> Option<Answer> {
    /// Longer than any question allows; anything beyond is not an answer.
    const MAX_CHARS: usize = 5_000;
    let text = match given {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
    .filter(|s| !s.is_empty() && s.chars().count() <= MAX_CHARS)?;
    match control {
        Control::OneOf(_) => control.code(&text).map(|c| Answer::Choice(Some(c))),
        Control::YesNo => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" => Some(Answer::Flag(Some(true))),
            "false" | "no" => Some(Answer::Flag(Some(false))),
            _ => None,
        },
        Control::Date => {
            // ISO 8601 (`2028-06-07`), read by the date boxes' own rules.
            let mut parts = text.splitn(3, '-');
            let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
            let date = form::parse_date_parts(day, month, year).ok()??;
            Some(Answer::Date(DateParts {
                day: date.day().to_string(),
                month: date.month().to_string(),
                year: date.year().to_string(),
            }))
        }
        // What the person agrees to, flags of their own and lines they add
        // are theirs to give.
        Control::Checklist(_) | Control::Tick | Control::List(_) => None,
        _ => Some(Answer::Text(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::{COMMUNITY_PARTNER, MEETUP_PRO};

    fn answers(json: &str) -> Answers {
        serde_json::from_str(json).unwrap()
    }

    fn get<'a>(program: &Program, d: &'a Draft, name: &str) -> &'a Answer {
        d.answer(index_of(program, name).unwrap()).unwrap()
    }

    #[test]
    fn fills_only_empty_questions() {
        let cp = &COMMUNITY_PARTNER;
        let mut d = Draft::blank(cp);
        d.set(
            index_of(cp, "first_name").unwrap(),
            Answer::Text("Typed".into()),
        );
        let n = fill(
            cp,
            &mut d,
            &answers(
                r#"{"first_name":"Joey","email":"joey@example.org","event_type":"workshop",
                    "first_application":"yes","event_date":"2027-03-07","expected_attendees":120,
                    "acknowledged":["trademark"],"idempotency_key":"x","unknown":"y"}"#,
            ),
        );
        assert_eq!(n, 5);
        assert_eq!(get(cp, &d, "first_name"), &Answer::Text("Typed".into()));
        assert_eq!(
            get(cp, &d, "email"),
            &Answer::Text("joey@example.org".into())
        );
        assert_eq!(get(cp, &d, "event_type"), &Answer::Choice(Some("workshop")));
        assert_eq!(get(cp, &d, "first_application"), &Answer::Flag(Some(true)));
        assert_eq!(
            get(cp, &d, "event_date"),
            &Answer::Date(DateParts {
                day: "7".into(),
                month: "3".into(),
                year: "2027".into()
            })
        );
        assert_eq!(
            get(cp, &d, "expected_attendees"),
            &Answer::Text("120".into())
        );
        assert_eq!(get(cp, &d, "acknowledged"), &Answer::Ticks(Vec::new()));
        assert_eq!(d.idempotency_key, None);
    }

    #[test]
    fn values_that_do_not_fit_are_skipped() {
        let cp = &COMMUNITY_PARTNER;
        let mut d = Draft::blank(cp);
        let n = fill(
            cp,
            &mut d,
            &answers(
                r#"{"event_type":"party","event_date":"tomorrow","coc_has_reporting":"maybe","title":{"a":1}}"#,
            ),
        );
        assert_eq!(n, 0);
        assert_eq!(d, Draft::blank(cp));
    }

    #[test]
    fn the_same_name_fills_each_program() {
        let a = answers(r#"{"email":"a@b.org","full_name":"Ada"}"#);
        let mut mp = Draft::blank(&MEETUP_PRO);
        assert_eq!(fill(&MEETUP_PRO, &mut mp, &a), 2);
        let mut cp = Draft::blank(&COMMUNITY_PARTNER);
        assert_eq!(fill(&COMMUNITY_PARTNER, &mut cp, &a), 1);
        assert_eq!(
            get(&COMMUNITY_PARTNER, &cp, "email"),
            &Answer::Text("a@b.org".into())
        );
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
