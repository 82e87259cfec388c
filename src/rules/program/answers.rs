//! Answers read from what a person typed, one [`Value`] per question of a
//! definition, and what each program does with them: the eligibility rules,
//! the field checks and the payload. The generic draft produces [`Values`];
//! each program turns them into its typed model in one small function
//! (`community_partner::answers`, `meetup_pro::answers`), so that the rules
//! keep their typed answers and the UI knows no program by name.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{Control, Program, Question};
use crate::rules::business_days::DecisionWindow;
use crate::rules::eligibility::Evaluation;
use crate::rules::form::FieldError;

/// One answer, read: trimmed text, a number, a date, a choice's code.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub enum Value {
    /// Not answered (or text that did not read as a value).
    #[default]
    Blank,
    Text(String),
    Number(u32),
    Date(NaiveDate),
    Flag(bool),
    /// A one-of choice: the option's code from the definition.
    Code(&'static str),
    /// A checklist: the ticked items' codes, in the definition's order.
    Codes(Vec<&'static str>),
    /// A list: per line, one value per field of the line, in
    /// [`super::List::fields`] order.
    Rows(Vec<Vec<Value>>),
}

/// A program's answers, in [`Program::questions`] order.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Values {
    pub program: &'static Program,
    pub values: Vec<Value>,
}

impl Values {
    /// Every question unanswered.
    pub fn blank(program: &'static Program) -> Values {
        Values {
            program,
            values: vec![Value::Blank; program.questions.len()],
        }
    }

    /// The lines of a list, each read like a program's answers.
    pub fn rows(&self, name: &str) -> impl Iterator<Item = Row<'_>> + '_ {
        let fields = self
            .program
            .question(name)
            .map_or(&[][..], |q| q.control.fields());
        let rows: &[Vec<Value>] = match self.get(name) {
            Value::Rows(rows) => rows,
            _ => &[],
        };
        rows.iter().map(move |values| Row { fields, values })
    }
}

/// One line of a list: its fields' values.
#[derive(Clone, Copy, Debug)]
pub struct Row<'a> {
    pub fields: &'static [&'static Question],
    pub values: &'a [Value],
}

/// Reading answers by question name, the same way for a program's answers
/// and for one line of a list.
pub trait Lookup {
    fn questions(&self) -> &'static [&'static Question];
    fn values(&self) -> &[Value];

    fn get(&self, name: &str) -> &Value {
        self.questions()
            .iter()
            .position(|q| q.name == name)
            .and_then(|i| self.values().get(i))
            .unwrap_or(&Value::Blank)
    }

    /// Text as the rules take it: empty when not answered.
    fn text(&self, name: &str) -> String {
        match self.get(name) {
            Value::Text(s) => s.clone(),
            _ => String::new(),
        }
    }

    fn number(&self, name: &str) -> Option<u32> {
        match self.get(name) {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    fn date(&self, name: &str) -> Option<NaiveDate> {
        match self.get(name) {
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }

    fn flag(&self, name: &str) -> Option<bool> {
        match self.get(name) {
            Value::Flag(b) => Some(*b),
            _ => None,
        }
    }

    fn code(&self, name: &str) -> Option<&'static str> {
        match self.get(name) {
            Value::Code(c) => Some(c),
            _ => None,
        }
    }

    fn codes(&self, name: &str) -> &[&'static str] {
        match self.get(name) {
            Value::Codes(c) => c,
            _ => &[],
        }
    }

    /// The value of a choice as the index of its option (to pick the typed
    /// enum variant of the same place).
    fn option_index(&self, name: &str) -> Option<usize> {
        let question = self.questions().iter().find(|q| q.name == name)?;
        let code = self.code(name)?;
        question.control.codes().position(|c| c == code)
    }
}

impl Lookup for Values {
    fn questions(&self) -> &'static [&'static Question] {
        self.program.questions
    }
    fn values(&self) -> &[Value] {
        &self.values
    }
}

impl Lookup for Row<'_> {
    fn questions(&self) -> &'static [&'static Question] {
        self.fields
    }
    fn values(&self) -> &[Value] {
        self.values
    }
}

/// Builds the payload from the answers, the time of submission, the
/// idempotency key and the applicant's locale.
pub type PayloadJson =
    fn(&Values, DateTime<FixedOffset>, String, Option<&str>) -> Result<String, serde_json::Error>;

/// What a program does with its answers, as plain functions so that the
/// definition stays `static` data and nothing is generic over the program.
#[derive(Debug, Clone, Copy)]
pub struct Behaviour {
    pub evaluate: fn(&Values, NaiveDate) -> Evaluation,
    pub field_errors: fn(&Values) -> Vec<FieldError>,
    /// The payload as JSON (pretty), built by the rules, with the language
    /// the applicant used (one of `payload::LOCALES`).
    pub payload_json: PayloadJson,
    /// The payload's `answers` object for these answers (to tell whether an
    /// answer a backend refused has changed since).
    pub answers_json: fn(&Values) -> serde_json::Value,
    /// When a decision is expected, for programs that promise one.
    pub decision: fn(NaiveDate) -> Option<DecisionWindow>,
}

/// The behaviour of a program that has none: no rules, no field problems,
/// and a payload that cannot be made.
pub static NO_BEHAVIOUR: Behaviour = Behaviour {
    evaluate: |_, _| Evaluation {
        verdict: crate::rules::eligibility::verdict(&[]),
        outcomes: Vec::new(),
    },
    field_errors: |_| Vec::new(),
    payload_json: |_, _, _, _| Err(serde::ser::Error::custom("this program has no behaviour")),
    answers_json: |_| serde_json::Value::Null,
    decision: |_| None,
};

impl Control {
    /// The option of a choice (or item of a checklist) with this code, as
    /// the definition's own `'static` code.
    pub fn code(&self, code: &str) -> Option<&'static str> {
        self.codes().find(|c| *c == code)
    }
}

impl Question {
    /// Whether this question is asked at all with these answers (a revealed
    /// question only while its option is chosen).
    pub fn shown_with(&self, values: &Values) -> bool {
        self.revealed_by
            .as_ref()
            .is_none_or(|r| values.code(r.question.name) == Some(r.option))
    }
}

/// No decision date promised.
pub fn no_decision(_: NaiveDate) -> Option<DecisionWindow> {
    None
}
