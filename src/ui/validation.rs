//! A step's problems, GOV.UK style: one message per question, in page order,
//! each linking to the input to fix. Eligibility is never one of them.
//! Element ids come from the definition (`Program::id_prefix` + the
//! question's or item's `id`), made per app instance by `ids::dom_id`.

use crate::rules::form::FieldError;
use crate::rules::program::{Control, Item, Program, Question, Step};

use super::draft::{index_of, Answer, Draft, Parsed};
use super::ids::dom_id;
use super::messages::{self, FieldErrorCode};
use super::words;

/// One entry of the error summary and the message beside its input.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    /// The question's name, when the problem belongs to one (a checklist's
    /// problems are per box, not per question).
    pub field: Option<&'static str>,
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

/// The id of a question's (first) input. Radios give it to their first
/// option and dates to their container, as GOV.UK does.
pub fn input_id(program: &Program, question: &Question) -> String {
    dom_id(&format!("{}{}", program.id_prefix, question.id))
}

/// The id of one box of a checklist.
pub fn item_id(program: &Program, item: &Item) -> String {
    dom_id(&format!("{}{}", program.id_prefix, item.id))
}

/// The id of a field's input in one line of a list whose id is `list_id`.
pub fn line_input_id(list_id: &str, key: u32, field: &Question) -> String {
    format!("{list_id}-{key}-{}", field.id)
}

/// Where a link for a field of the line `key` of `list` leads: its input, or
/// for a date its day box.
pub fn line_target_id(program: &Program, list: &Question, key: u32, field: &Question) -> String {
    let id = line_input_id(&input_id(program, list), key, field);
    match field.control {
        Control::Date => format!("{id}-day"),
        _ => id,
    }
}

/// Where an error summary link for this question leads: a date's day box,
/// a checklist's first box, a list's Add button, else the input.
pub fn error_target_id(program: &Program, question: &Question) -> String {
    match &question.control {
        Control::Date => format!("{}-day", input_id(program, question)),
        Control::Checklist(items) => items
            .first()
            .map_or_else(|| input_id(program, question), |i| item_id(program, i)),
        Control::List(_) => format!("{}-add", input_id(program, question)),
        _ => input_id(program, question),
    }
}

/// The problems of `step`'s questions, in page order: what was typed but
/// does not read as a value first, then the rules' field errors; for a
/// checklist, one per unticked box, naming it.
pub fn step_problems(
    program: &'static Program,
    step: &Step,
    draft: &Draft,
    parsed: &Parsed,
) -> Vec<Problem> {
    problems_of(program, step.questions(), draft, parsed)
}

/// Every step's problems, step after step (for check your answers).
pub fn all_problems(program: &'static Program, draft: &Draft, parsed: &Parsed) -> Vec<Problem> {
    problems_of(program, program.page_order(), draft, parsed)
}

fn problems_of(
    program: &'static Program,
    questions: impl Iterator<Item = &'static Question>,
    draft: &Draft,
    parsed: &Parsed,
) -> Vec<Problem> {
    let errors: Vec<FieldError> = (program.behaviour().field_errors)(&parsed.values);
    let mut problems = Vec::new();
    for question in questions {
        question_problems(program, question, draft, parsed, &errors, &mut problems);
    }
    problems
}

fn question_problems(
    program: &'static Program,
    question: &'static Question,
    draft: &Draft,
    parsed: &Parsed,
    errors: &[FieldError],
    problems: &mut Vec<Problem>,
) {
    let w = words::of(program).question(question.name);
    let answer = index_of(program, question.name).and_then(|i| draft.answer(i));
    if let Control::Checklist(items) = &question.control {
        if !question.required {
            return;
        }
        let ticked: &[&str] = match answer {
            Some(Answer::Ticks(t)) => t,
            _ => &[],
        };
        for item in items.iter().filter(|i| !ticked.contains(&i.code)) {
            problems.push(Problem {
                field: None,
                target_id: item_id(program, item),
                message: messages::box_unticked(w, item.code),
                href: None,
            });
        }
        return;
    }
    if let Control::List(list) = &question.control {
        let lines = match answer {
            Some(Answer::Rows(lines)) => &lines[..],
            _ => &[],
        };
        if let Some(message) = own_error(question, w, errors) {
            // A full list has no Add button: the link goes to the list.
            let target_id = if lines.len() >= list.max_lines {
                input_id(program, question)
            } else {
                error_target_id(program, question)
            };
            problems.push(Problem {
                field: Some(question.name),
                target_id,
                message,
                href: None,
            });
        }
        for (n, line) in lines.iter().enumerate() {
            for field in list.fields {
                let fw = words::of(program).field(question.name, field.name);
                let parse = parsed
                    .line_errors
                    .iter()
                    .find(|e| e.list == question.name && e.line == n && e.field == field.name);
                let message = match parse {
                    Some(e) => Some(messages::parse_error(fw, e.error, [false; 3])),
                    None => {
                        let at = format!("{}/{n}/{}", question.name, field.name);
                        first_error(errors, &at).map(|c| messages::field_error(field, fw, &c))
                    }
                };
                if let Some(message) = message {
                    problems.push(Problem {
                        field: None,
                        target_id: line_target_id(program, question, line.key, field),
                        message: messages::in_line(w.item, n + 1, &message),
                        href: None,
                    });
                }
            }
        }
        return;
    }
    let message = if let Some(e) = parsed.parse_error(question.name) {
        let missing = match answer {
            Some(Answer::Date(d)) => d.missing(),
            _ => [false; 3],
        };
        messages::parse_error(w, e, missing)
    } else {
        let Some(message) = own_error(question, w, errors) else {
            return;
        };
        message
    };
    problems.push(Problem {
        field: Some(question.name),
        target_id: target_id(program, question, answer),
        message,
        href: None,
    });
}

/// The message of the first of the field errors filed under `at`.
/// `field_errors` sorts by code; "required" is the one to say first when
/// there are several.
fn first_error(errors: &[FieldError], at: &str) -> Option<FieldErrorCode> {
    let mine: Vec<FieldErrorCode> = errors
        .iter()
        .filter(|e| e.field == at)
        .map(|e| FieldErrorCode::from_code(&e.code))
        .collect();
    mine.iter()
        .find(|c| **c == FieldErrorCode::Required)
        .or(mine.first())
        .cloned()
}

fn own_error(
    question: &Question,
    w: &words::QuestionWords,
    errors: &[FieldError],
) -> Option<String> {
    first_error(errors, question.name).map(|c| messages::field_error(question, w, &c))
}

/// A date's link goes to its first empty box when it is incomplete.
fn target_id(program: &Program, question: &Question, answer: Option<&Answer>) -> String {
    if let Some(Answer::Date(parts)) = answer {
        let names = ["day", "month", "year"];
        if let Some(i) = parts.missing().iter().position(|m| *m) {
            return format!("{}-{}", input_id(program, question), names[i]);
        }
    }
    error_target_id(program, question)
}

/// The message shown beside the question `name`, if any.
pub fn message_for(problems: &[Problem], name: &str) -> Option<String> {
    problems
        .iter()
        .find(|p| p.field == Some(name))
        .map(|p| p.message.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::COMMUNITY_PARTNER;
    use crate::ui::draft::DateParts;

    fn answer(draft: &mut Draft, name: &str, answer: Answer) {
        draft.set(index_of(&COMMUNITY_PARTNER, name).unwrap(), answer);
    }

    #[test]
    fn problems_in_page_order_with_parse_errors_first() {
        let cp = &COMMUNITY_PARTNER;
        let mut draft = Draft::blank(cp);
        answer(
            &mut draft,
            "event_date",
            Answer::Date(DateParts {
                day: "31".into(),
                ..DateParts::default()
            }),
        );
        answer(&mut draft, "python_percent", Answer::Text("150".into()));
        answer(
            &mut draft,
            "expected_attendees",
            Answer::Text("about 40".into()),
        );
        let parsed = draft.parse(cp);
        let problems = step_problems(cp, &cp.steps[1], &draft, &parsed);
        let fields: Vec<&str> = problems.iter().filter_map(|p| p.field).collect();
        assert_eq!(fields[0], "event_type");
        let date = problems
            .iter()
            .find(|p| p.field == Some("event_date"))
            .unwrap();
        assert_eq!(date.message, "Event date must include a month and year");
        assert_eq!(date.target_id, "psf-cp-event-date-month");
        assert_eq!(
            message_for(&problems, "python_percent").as_deref(),
            Some("Percentage must be between 0 and 100")
        );
        assert_eq!(
            message_for(&problems, "expected_attendees").as_deref(),
            Some("Expected number of attendees must be a whole number, like 100")
        );
        // "Other" was not chosen: its name is not asked for.
        assert_eq!(message_for(&problems, "event_type_other"), None);
        answer(&mut draft, "event_type", Answer::Choice(Some("other")));
        let parsed = draft.parse(cp);
        let problems = step_problems(cp, &cp.steps[1], &draft, &parsed);
        assert_eq!(
            message_for(&problems, "event_type_other").as_deref(),
            Some("Enter the type of event or initiative")
        );
    }

    #[test]
    fn every_unticked_box_is_named() {
        let cp = &COMMUNITY_PARTNER;
        let mut draft = Draft::blank(cp);
        let acks = &cp.steps[2];
        let parsed = draft.parse(cp);
        assert_eq!(step_problems(cp, acks, &draft, &parsed).len(), 8);
        answer(&mut draft, "acknowledged", Answer::Ticks(vec!["trademark"]));
        let parsed = draft.parse(cp);
        let problems = step_problems(cp, acks, &draft, &parsed);
        assert_eq!(problems.len(), 7);
        assert!(problems.iter().all(|p| p.target_id != "psf-cp-ack-2"));
        assert_eq!(
            problems[0].message,
            "Tick the box to confirm that the partnership does not make the event an official or legal part of the PSF"
        );
        assert_eq!(problems[0].target_id, "psf-cp-ack-1");
    }

    #[test]
    fn a_lines_problems_name_the_line_and_lead_to_its_input() {
        use crate::rules::program::GRANT;
        let gr = &GRANT;
        let budget = index_of(gr, "budget").unwrap();
        let fields = gr.questions[budget].control.fields();
        let mut draft = Draft::blank(gr);
        let money = &gr.steps[2];
        let parsed = draft.parse(gr);
        let problems = step_problems(gr, money, &draft, &parsed);
        let none = problems.iter().find(|p| p.field == Some("budget")).unwrap();
        assert_eq!(none.message, "Add at least one budget line");
        assert_eq!(none.target_id, "psf-gr-budget-add");

        let first = draft.add_line(budget, fields);
        let second = draft.add_line(budget, fields);
        draft.set_in_line(budget, first, 0, Answer::Text("Venue".into()));
        draft.set_in_line(budget, first, 1, Answer::Choice(Some("venue")));
        draft.set_in_line(budget, first, 2, Answer::Text("4,000".into()));
        draft.set_in_line(budget, second, 2, Answer::Text("12.5k".into()));
        draft.remove_line(budget, first);
        let parsed = draft.parse(gr);
        let problems = step_problems(gr, money, &draft, &parsed);
        let lines: Vec<(&str, &str)> = problems
            .iter()
            .filter(|p| p.target_id.starts_with("psf-gr-budget-1-"))
            .map(|p| (p.target_id.as_str(), p.message.as_str()))
            .collect();
        assert_eq!(
            lines,
            [
                (
                    "psf-gr-budget-1-description",
                    "Budget line 1: enter what this line pays for"
                ),
                (
                    "psf-gr-budget-1-category",
                    "Budget line 1: select the category of this line"
                ),
                (
                    "psf-gr-budget-1-amount",
                    "Budget line 1: enter the amount in whole US dollars, like 4,000"
                ),
            ]
        );
        assert!(problems.iter().all(|p| p.field != Some("budget")));
    }
}
