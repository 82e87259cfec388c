//! Answers the backend refused (a 400/422 with problem details), put back on
//! the questions they concern.
//!
//! A refusal stands while the answer it refused is unchanged: once the person
//! edits that answer, our own validation speaks for it again. Problems whose
//! JSON pointer matches no question are kept too, and shown in the summary
//! as they came: nothing the backend said is dropped. Which question and
//! step a pointer is about comes from the definition (`Program::at_pointer`).

use serde_json::Value;

use crate::rules::program::{Program, Question};

use super::messages::{self, FieldErrorCode};
use super::route::Page;
use super::submit::BackendProblem;
use super::words;

/// One refused answer, or one problem about the application as a whole.
#[derive(Clone, PartialEq, Debug)]
pub struct Refusal {
    /// The question's name; `None`: the pointer matched no question.
    pub field: Option<&'static str>,
    pub message: String,
    /// The answer as sent (its JSON value); the refusal stands while the
    /// current answer still equals it.
    pub refused: Value,
    /// For a list's field (`/answers/budget/2/amount`): the line, from 0,
    /// and the field's name.
    pub line: Option<(usize, &'static str)>,
}

/// The line and field of a list a pointer is about, past the list's own
/// segment: `/answers/budget/2/amount` → (2, amount).
fn line_of(question: &'static Question, pointer: &str) -> Option<(usize, &'static Question)> {
    let rest = pointer
        .strip_prefix("/answers/")?
        .strip_prefix(question.name)?
        .strip_prefix('/')?;
    let (line, field) = rest.split_once('/')?;
    let field = field.split('/').next()?;
    let field = question.control.fields().iter().find(|f| f.name == field)?;
    Some((line.parse().ok()?, field))
}

/// The question a JSON pointer such as `/answers/email` (or
/// `/answers/acknowledged/3`) is about.
pub fn field_of(program: &Program, pointer: &str) -> Option<&'static str> {
    program.at_pointer(pointer).map(|(_, q)| q.name)
}

/// Reads the backend's problems against the answers as sent.
pub fn from_problems(
    program: &'static Program,
    problems: &[BackendProblem],
    sent_answers: &Value,
) -> Vec<Refusal> {
    let words = words::of(program);
    problems
        .iter()
        .map(|problem| {
            let question = program.at_pointer(&problem.pointer).map(|(_, q)| q);
            let line = question.and_then(|q| line_of(q, &problem.pointer));
            let known = problem
                .code
                .as_deref()
                .map(FieldErrorCode::from_code)
                .filter(|code| !matches!(code, FieldErrorCode::Unrecognised(_)));
            let message = match (question, line) {
                // Inside a list: in the field's words, naming its line.
                (Some(list), Some((n, field))) => {
                    let w = words.field(list.name, field.name);
                    let said = match &known {
                        Some(code) => messages::field_error(field, w, code),
                        None => messages::refused_answer(w, problem.detail.as_deref()),
                    };
                    messages::in_line(words.question(list.name).item, n + 1, &said)
                }
                (Some(question), None) => {
                    let w = words.question(question.name);
                    match known {
                        Some(code) => messages::field_error(question, w, &code),
                        None => messages::refused_answer(w, problem.detail.as_deref()),
                    }
                }
                (None, _) => messages::refused_unmatched(
                    &problem.pointer,
                    problem.code.as_deref(),
                    problem.detail.as_deref(),
                ),
            };
            Refusal {
                field: question.map(|q| q.name),
                message,
                refused: question
                    .map(|q| answer_value(sent_answers, q.name))
                    .unwrap_or(Value::Null),
                line: line.map(|(n, field)| (n, field.name)),
            }
        })
        .collect()
}

/// The refusals that still stand for the current answers.
pub fn standing(refusals: &[Refusal], answers: &Value) -> Vec<Refusal> {
    refusals
        .iter()
        .filter(|r| {
            r.field
                .is_none_or(|f| answer_value(answers, f) == r.refused)
        })
        .cloned()
        .collect()
}

fn answer_value(answers: &Value, name: &str) -> Value {
    answers.get(name).cloned().unwrap_or(Value::Null)
}

/// The step a question is asked on (check your answers when no step asks it).
pub fn page_of(program: &'static Program, name: &str) -> Page {
    program
        .step_of(name)
        .and_then(|s| program.step_index(s.slug))
        .map_or(Page::Check(program), |i| Page::Step(program, i))
}

/// Where to take the person: the first step with a refused question, or
/// check your answers when only unmatched problems remain.
pub fn first_page(program: &'static Program, refusals: &[Refusal]) -> Page {
    refusals
        .iter()
        .filter_map(|r| r.field)
        .filter_map(|name| {
            program
                .step_of(name)
                .and_then(|s| program.step_index(s.slug))
        })
        .min()
        .map_or(Page::Check(program), |i| Page::Step(program, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::{COMMUNITY_PARTNER, MEETUP_PRO};
    use serde_json::json;

    fn problem(pointer: &str, code: Option<&str>, detail: Option<&str>) -> BackendProblem {
        BackendProblem {
            pointer: pointer.into(),
            code: code.map(str::to_string),
            detail: detail.map(str::to_string),
        }
    }

    #[test]
    fn pointers_find_their_questions() {
        let cp = &COMMUNITY_PARTNER;
        assert_eq!(field_of(cp, "/answers/email"), Some("email"));
        assert_eq!(
            field_of(cp, "/answers/acknowledged/3"),
            Some("acknowledged")
        );
        assert_eq!(field_of(cp, "/answers/unknown_field"), None);
        assert_eq!(field_of(cp, "/eligibility"), None);
        assert_eq!(field_of(cp, ""), None);
        assert_eq!(
            field_of(&MEETUP_PRO, "/answers/meetup_url"),
            Some("meetup_url")
        );
        assert_eq!(field_of(&MEETUP_PRO, "/answers/title"), None);
    }

    #[test]
    fn a_refused_field_of_a_line_is_worded_and_placed_for_that_line() {
        use crate::rules::program::GRANT;
        let sent = json!({"budget": [{"amount": 5}, {"amount": 0}]});
        let refusals = from_problems(
            &GRANT,
            &[
                problem("/answers/budget/1/amount", Some("range"), None),
                problem(
                    "/answers/budget/0/category",
                    Some("gr.no_swag:swag_line"),
                    Some("Swag"),
                ),
                problem("/answers/budget", Some("required"), None),
            ],
            &sent,
        );
        assert_eq!(refusals[0].field, Some("budget"));
        assert_eq!(refusals[0].line, Some((1, "amount")));
        assert_eq!(
            refusals[0].message,
            "Budget line 2: amount must be between 1 USD and 100,000,000 USD"
        );
        assert_eq!(refusals[0].refused, sent["budget"]);
        assert_eq!(refusals[1].line, Some((0, "category")));
        assert!(
            refusals[1].message.starts_with("Budget line 1: "),
            "{}",
            refusals[1].message
        );
        assert_eq!(refusals[2].line, None);
        assert_eq!(refusals[2].message, "Add at least one budget line");
    }

    #[test]
    fn every_problem_is_kept_known_codes_in_our_words() {
        let sent = json!({"email": "joey@example", "title": "PyCon"});
        let refusals = from_problems(
            &COMMUNITY_PARTNER,
            &[
                problem("/answers/email", Some("email"), Some("bad")),
                problem(
                    "/answers/title",
                    Some("cp.custom:odd"),
                    Some("Title is taken"),
                ),
                problem("/answers/unknown_field", Some("custom"), None),
                problem("", None, Some("Applications are closed")),
            ],
            &sent,
        );
        assert_eq!(refusals.len(), 4);
        assert_eq!(refusals[0].field, Some("email"));
        assert_eq!(refusals[0].refused, json!("joey@example"));
        assert_eq!(
            refusals[0].message,
            "Enter an email address in the correct format, like name@example.com"
        );
        assert!(refusals[1].message.contains("Title is taken"));
        assert_eq!(refusals[2].field, None);
        assert!(refusals[2].message.contains("unknown_field"));
        assert!(refusals[3].message.contains("Applications are closed"));
    }

    #[test]
    fn a_wrong_device_clock_is_told_in_our_words() {
        let refusals = from_problems(
            &MEETUP_PRO,
            &[
                problem("/submitted_at", Some("clock_skew"), None),
                problem("/submitted_at", Some("offset_out_of_range"), None),
            ],
            &json!({}),
        );
        assert_eq!(refusals[0].field, None);
        assert!(
            refusals[0]
                .message
                .starts_with("The date or time on your device seems to be wrong"),
            "{}",
            refusals[0].message
        );
        assert!(
            refusals[1]
                .message
                .starts_with("Your device's time zone setting seems to be wrong"),
            "{}",
            refusals[1].message
        );
        for r in &refusals {
            assert!(
                !r.message.contains("submitted_at"),
                "no pointer or code: {}",
                r.message
            );
        }
        assert_eq!(first_page(&MEETUP_PRO, &refusals), Page::Check(&MEETUP_PRO));
    }

    #[test]
    fn a_refusal_stands_until_its_answer_changes() {
        let sent = json!({"email": "joey@example", "title": "PyCon"});
        let refusals = from_problems(
            &COMMUNITY_PARTNER,
            &[
                problem("/answers/email", Some("email"), None),
                problem("/x", None, None),
            ],
            &sent,
        );
        assert_eq!(standing(&refusals, &sent).len(), 2);
        let edited = json!({"email": "joey@example.org", "title": "PyCon"});
        let left = standing(&refusals, &edited);
        assert_eq!(left.len(), 1);
        assert_eq!(
            left[0].field, None,
            "an unmatched problem stays until sent again"
        );
    }

    #[test]
    fn the_person_is_taken_to_the_first_refused_page() {
        let sent = json!({});
        let cp = &COMMUNITY_PARTNER;
        let refusals = from_problems(
            cp,
            &[
                problem("/answers/title", None, None),
                problem("/answers/email", None, None),
            ],
            &sent,
        );
        assert_eq!(first_page(cp, &refusals), Page::Step(cp, 0));
        let refusals = from_problems(cp, &[problem("/answers/python_percent", None, None)], &sent);
        assert_eq!(first_page(cp, &refusals), Page::Step(cp, 1));
        let refusals = from_problems(cp, &[problem("/nowhere", None, None)], &sent);
        assert_eq!(first_page(cp, &refusals), Page::Check(cp));
        assert_eq!(
            page_of(&MEETUP_PRO, "python_percent"),
            Page::Step(&MEETUP_PRO, 1)
        );
        assert_eq!(page_of(cp, "acknowledged"), Page::Step(cp, 2));
    }
}
