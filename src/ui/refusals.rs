//! Answers the backend refused (a 400/422 with problem details), put back on
//! the questions they concern.
//!
//! A refusal stands while the answer it refused is unchanged: once the person
//! edits that answer, our own validation speaks for it again. Problems whose
//! JSON pointer matches no question are kept too, and shown in the summary
//! as they came: nothing the backend said is dropped.

use serde_json::Value;

use super::fields::{Field, Program, CP_APPLICANT, CP_EVENT, MP_APPLICANT, MP_GROUP};
use super::messages::{self, FieldErrorCode};
use super::route::Page;
use super::submit::BackendProblem;

/// One refused answer, or one problem about the application as a whole.
#[derive(Clone, PartialEq, Debug)]
pub struct Refusal {
    /// `None`: the pointer matched no question.
    pub field: Option<Field>,
    pub message: String,
    /// The answer as sent (its JSON value); the refusal stands while the
    /// current answer still equals it.
    pub refused: Value,
}

/// The question a JSON pointer such as `/answers/email` (or
/// `/answers/acknowledged/3`) is about.
pub fn field_of(program: Program, pointer: &str) -> Option<Field> {
    let name = pointer.strip_prefix("/answers/")?.split('/').next()?;
    Field::from_json_name(program, name)
}

/// Reads the backend's problems against the answers as sent.
pub fn from_problems(
    program: Program,
    problems: &[BackendProblem],
    sent_answers: &Value,
) -> Vec<Refusal> {
    problems
        .iter()
        .map(|problem| {
            let field = field_of(program, &problem.pointer);
            let message = match field {
                Some(field) => {
                    let known = problem
                        .code
                        .as_deref()
                        .map(FieldErrorCode::from_code)
                        .filter(|code| !matches!(code, FieldErrorCode::Unrecognised(_)));
                    match known {
                        Some(code) => messages::field_error(field, &code),
                        None => messages::refused_answer(field, problem.detail.as_deref()),
                    }
                }
                None => messages::refused_unmatched(
                    &problem.pointer,
                    problem.code.as_deref(),
                    problem.detail.as_deref(),
                ),
            };
            Refusal {
                field,
                message,
                refused: field
                    .map(|f| answer_value(sent_answers, f))
                    .unwrap_or(Value::Null),
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

fn answer_value(answers: &Value, field: Field) -> Value {
    answers
        .get(field.json_name())
        .cloned()
        .unwrap_or(Value::Null)
}

/// The question page a field is asked on.
pub fn page_of(field: Field) -> Page {
    let on = |fields: &[Field]| fields.contains(&field);
    match field.program() {
        Program::CommunityPartner if on(&CP_APPLICANT) => Page::CpApplicant,
        Program::CommunityPartner if on(&CP_EVENT) => Page::CpEvent,
        Program::CommunityPartner => Page::CpAcknowledgements,
        Program::MeetupPro if on(&MP_APPLICANT) => Page::MpApplicant,
        Program::MeetupPro if on(&MP_GROUP) => Page::MpGroup,
        Program::MeetupPro => Page::MpCheck,
    }
}

/// Where to take the person: the first page with a refused question, or
/// check your answers when only unmatched problems remain.
pub fn first_page(program: Program, refusals: &[Refusal]) -> Page {
    let order = |page: Page| match page {
        Page::CpApplicant | Page::MpApplicant => 0,
        Page::CpEvent | Page::MpGroup => 1,
        Page::CpAcknowledgements => 2,
        _ => 3,
    };
    refusals
        .iter()
        .filter_map(|r| r.field.map(page_of))
        .min_by_key(|p| order(*p))
        .unwrap_or(match program {
            Program::CommunityPartner => Page::CpCheck,
            Program::MeetupPro => Page::MpCheck,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let cp = Program::CommunityPartner;
        assert_eq!(field_of(cp, "/answers/email"), Some(Field::CpEmail));
        assert_eq!(
            field_of(cp, "/answers/acknowledged/3"),
            Some(Field::CpAcknowledgements)
        );
        assert_eq!(field_of(cp, "/answers/unknown_field"), None);
        assert_eq!(field_of(cp, "/eligibility"), None);
        assert_eq!(field_of(cp, ""), None);
        assert_eq!(
            field_of(Program::MeetupPro, "/answers/meetup_url"),
            Some(Field::MpMeetupUrl)
        );
        assert_eq!(field_of(Program::MeetupPro, "/answers/title"), None);
    }

    #[test]
    fn every_problem_is_kept_known_codes_in_our_words() {
        let sent = json!({"email": "joey@example", "title": "PyCon"});
        let refusals = from_problems(
            Program::CommunityPartner,
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
        assert_eq!(refusals[0].field, Some(Field::CpEmail));
        assert_eq!(refusals[0].refused, json!("joey@example"));
        assert_eq!(
            refusals[0].message,
            messages::field_error(Field::CpEmail, &FieldErrorCode::from_code("email"))
        );
        assert!(refusals[1].message.contains("Title is taken"));
        assert_eq!(refusals[2].field, None);
        assert!(refusals[2].message.contains("unknown_field"));
        assert!(refusals[3].message.contains("Applications are closed"));
    }

    #[test]
    fn a_wrong_device_clock_is_told_in_our_words() {
        let refusals = from_problems(
            Program::MeetupPro,
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
        assert_eq!(first_page(Program::MeetupPro, &refusals), Page::MpCheck);
    }

    #[test]
    fn a_refusal_stands_until_its_answer_changes() {
        let sent = json!({"email": "joey@example", "title": "PyCon"});
        let refusals = from_problems(
            Program::CommunityPartner,
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
        let cp = Program::CommunityPartner;
        let refusals = from_problems(
            cp,
            &[
                problem("/answers/title", None, None),
                problem("/answers/email", None, None),
            ],
            &sent,
        );
        assert_eq!(first_page(cp, &refusals), Page::CpApplicant);
        let refusals = from_problems(cp, &[problem("/answers/python_percent", None, None)], &sent);
        assert_eq!(first_page(cp, &refusals), Page::CpEvent);
        let refusals = from_problems(cp, &[problem("/nowhere", None, None)], &sent);
        assert_eq!(first_page(cp, &refusals), Page::CpCheck);
        assert_eq!(page_of(Field::MpPythonPercent), Page::MpGroup);
    }
}
