//! A step's problems, GOV.UK style: one message per question, in page order,
//! each linking to the input to fix. Eligibility is never one of them.

use std::collections::BTreeSet;

use crate::rules::acknowledgements::{AckId, ACKNOWLEDGEMENTS};
use crate::rules::form::FieldError;

use super::draft::{Parsed, ProgramDraft};
use super::fields::Field;
use super::messages::{self, FieldErrorCode};

/// One entry of the error summary and the message beside its input.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    /// The question, when the problem belongs to one (acknowledgements are
    /// per box, not per question).
    pub field: Option<Field>,
    /// The id of the input the summary links to.
    pub target_id: String,
    pub message: String,
    /// Set when the question is on another page (a refusal by the backend):
    /// the summary links there instead of to an input on this page.
    pub href: Option<String>,
}

impl Problem {
    /// Whether this problem stops Continue on the page showing it: only a
    /// question on this page does (not one on another page, nor a backend
    /// problem that matches no question).
    pub fn blocks_continue(&self) -> bool {
        self.href.is_none() && !self.target_id.is_empty()
    }
}

/// The problems of `fields` (a step's questions, in page order): what was
/// typed but does not read as a value first, then the rules' field errors.
pub fn field_problems<D: ProgramDraft>(
    draft: &D,
    parsed: &Parsed<D::Answers>,
    fields: &[Field],
) -> Vec<Problem> {
    let errors: Vec<FieldError> = D::field_errors(&parsed.answers);
    fields
        .iter()
        .filter_map(|&field| {
            let message =
                if let Some((_, e)) = parsed.parse_errors.iter().find(|(f, _)| *f == field) {
                    let missing = draft
                        .date_parts(field)
                        .map(|d| d.missing())
                        .unwrap_or_default();
                    messages::parse_error(field, *e, missing)
                } else {
                    // `field_errors` sorts by code; "required" is the one to say
                    // first when there are several.
                    let mine: Vec<&FieldError> = errors
                        .iter()
                        .filter(|e| e.field == field.json_name())
                        .collect();
                    let first = mine
                        .iter()
                        .find(|e| FieldErrorCode::from_code(&e.code) == FieldErrorCode::Required)
                        .or(mine.first())?;
                    messages::field_error(field, &FieldErrorCode::from_code(&first.code))
                };
            Some(Problem {
                field: Some(field),
                target_id: target_id(draft, field),
                message,
                href: None,
            })
        })
        .collect()
}

/// A date's link goes to its first empty box when it is incomplete.
fn target_id<D: ProgramDraft>(draft: &D, field: Field) -> String {
    if let Some(parts) = draft.date_parts(field) {
        let names = ["day", "month", "year"];
        if let Some(i) = parts.missing().iter().position(|m| *m) {
            return format!("{}-{}", field.input_id(), names[i]);
        }
    }
    field.error_target_id()
}

/// The input id of one acknowledgement's checkbox.
pub fn acknowledgement_id(id: AckId) -> String {
    let n = ACKNOWLEDGEMENTS
        .iter()
        .position(|a| a.id == id)
        .map_or(0, |i| i + 1);
    super::embed::dom_id(&format!("psf-cp-ack-{n}"))
}

/// One problem per unticked acknowledgement, naming it.
pub fn acknowledgement_problems(ticked: &BTreeSet<AckId>) -> Vec<Problem> {
    ACKNOWLEDGEMENTS
        .iter()
        .filter(|a| !ticked.contains(&a.id))
        .map(|a| Problem {
            field: None,
            target_id: acknowledgement_id(a.id),
            message: messages::acknowledgement_missing(a.id),
            href: None,
        })
        .collect()
}

/// The message shown beside `field`, if any.
pub fn message_for(problems: &[Problem], field: Field) -> Option<String> {
    problems
        .iter()
        .find(|p| p.field == Some(field))
        .map(|p| p.message.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::draft::{CpDraft, DateParts};
    use crate::ui::fields::CP_EVENT;

    #[test]
    fn problems_in_page_order_with_parse_errors_first() {
        let draft = CpDraft {
            event_date: DateParts {
                day: "31".into(),
                month: "".into(),
                year: "".into(),
            },
            python_percent: "150".into(),
            expected_attendees: "about 40".into(),
            ..CpDraft::default()
        };
        let parsed = draft.parse();
        let problems = field_problems(&draft, &parsed, &CP_EVENT);
        let fields: Vec<Field> = problems.iter().filter_map(|p| p.field).collect();
        assert_eq!(fields[0], Field::CpEventType);
        let date = problems
            .iter()
            .find(|p| p.field == Some(Field::CpEventDate))
            .unwrap();
        assert_eq!(date.message, "Event date must include a month and year");
        assert_eq!(date.target_id, "psf-cp-event-date-month");
        assert_eq!(
            message_for(&problems, Field::CpPythonPercent).as_deref(),
            Some("Percentage must be between 0 and 100")
        );
        assert_eq!(
            message_for(&problems, Field::CpExpectedAttendees).as_deref(),
            Some("Expected number of attendees must be a whole number, like 100")
        );
        // "Other" was not chosen: its name is not asked for.
        assert_eq!(message_for(&problems, Field::CpEventTypeOther), None);
    }

    #[test]
    fn every_missing_acknowledgement_is_named() {
        let mut ticked = BTreeSet::new();
        assert_eq!(acknowledgement_problems(&ticked).len(), 8);
        ticked.insert(AckId::Trademark);
        let problems = acknowledgement_problems(&ticked);
        assert_eq!(problems.len(), 7);
        assert!(problems.iter().all(|p| p.target_id != "psf-cp-ack-2"));
    }
}
