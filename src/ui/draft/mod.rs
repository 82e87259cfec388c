//! Drafts: what a person typed, exactly as typed, for any program.
//!
//! A [`Draft`] holds one [`Answer`] per question of a definition, in
//! [`Program::questions`] order, shaped by the question's control (text
//! stays text, so "80%" and "about 300" survive). [`Draft::parse`] reads it
//! into the rules' [`Values`], with a parse error per answer that does not
//! read; each program's definition turns those into its typed model. The
//! stored form ([`Draft::to_json`], [`Draft::from_json`]) is the one today's
//! release writes (version 1), keyed by the questions' JSON names, so every
//! saved draft still loads and old and new tabs read each other's drafts.
//! Where drafts are kept is [`store`].

pub mod file;
pub mod store;

use chrono::NaiveDate;
use serde_json::{Map, Value as Json};

use crate::rules::form::{self, ParseError};
use crate::rules::program::{Control, Program, Question, Value, Values};

/// The three boxes of a GOV.UK date input, as typed.
#[derive(Clone, PartialEq, Eq, Default, Debug)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateParts {
    pub fn parse(&self) -> Result<Option<NaiveDate>, ParseError> {
        form::parse_date_parts(&self.day, &self.month, &self.year)
    }

    /// Which boxes are empty while others are not (to say "must include a
    /// month" and to mark just those boxes).
    pub fn missing(&self) -> [bool; 3] {
        let empty = [&self.day, &self.month, &self.year].map(|p| p.trim().is_empty());
        if empty.iter().all(|e| *e) {
            [false; 3]
        } else {
            empty
        }
    }

    fn is_blank(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|p| p.trim().is_empty())
    }
}

/// One answer as typed or chosen.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Answer {
    /// Every text-like control: text, email, web address, long text and
    /// the numbers.
    Text(String),
    Date(DateParts),
    Flag(Option<bool>),
    Choice(Option<&'static str>),
    /// The ticked items' codes, in the definition's order.
    Ticks(Vec<&'static str>),
    /// A list's lines, in the person's order.
    Rows(Vec<Line>),
}

/// One line of a list as typed: an answer per field of the line.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Line {
    /// Stable while the draft lives (not stored): the line's element ids and
    /// its place in the page survive the removal of a line above it.
    pub key: u32,
    pub answers: Vec<Answer>,
}

impl Line {
    pub fn blank(key: u32, fields: &[&Question]) -> Line {
        Line {
            key,
            answers: fields.iter().map(|q| Answer::blank(&q.control)).collect(),
        }
    }

    fn is_blank(&self) -> bool {
        self.answers.iter().all(Answer::is_blank)
    }
}

impl Answer {
    /// The unanswered form of a question.
    pub fn blank(control: &Control) -> Answer {
        match control {
            Control::Date => Answer::Date(DateParts::default()),
            Control::YesNo => Answer::Flag(None),
            Control::OneOf(_) => Answer::Choice(None),
            Control::Checklist(_) => Answer::Ticks(Vec::new()),
            Control::Tick => Answer::Flag(None),
            Control::List(_) => Answer::Rows(Vec::new()),
            _ => Answer::Text(String::new()),
        }
    }

    /// Nothing typed or chosen (text of spaces only counts as nothing).
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(s) => s.trim().is_empty(),
            Answer::Date(d) => d.is_blank(),
            Answer::Flag(f) => f.is_none(),
            Answer::Choice(c) => c.is_none(),
            Answer::Ticks(t) => t.is_empty(),
            Answer::Rows(lines) => lines.iter().all(Line::is_blank),
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Answer::Text(s) => s,
            _ => "",
        }
    }

    fn to_json(&self, control: &Control) -> Json {
        match self {
            Answer::Text(s) => Json::String(s.clone()),
            Answer::Date(d) => {
                let mut parts = Map::new();
                parts.insert("day".into(), Json::String(d.day.clone()));
                parts.insert("month".into(), Json::String(d.month.clone()));
                parts.insert("year".into(), Json::String(d.year.clone()));
                Json::Object(parts)
            }
            Answer::Flag(f) => f.map_or(Json::Null, Json::Bool),
            Answer::Choice(c) => c.map_or(Json::Null, |c| Json::String(c.to_string())),
            Answer::Ticks(t) => {
                Json::Array(t.iter().map(|c| Json::String(c.to_string())).collect())
            }
            Answer::Rows(lines) => Json::Array(
                lines
                    .iter()
                    .map(|line| {
                        let fields = control.fields().iter().zip(&line.answers);
                        // Inserted one by one: collecting a `Map` (a
                        // `BTreeMap`) sorts first, and that sort is 3.5 KB of wasm.
                        let mut object = Map::new();
                        for (q, a) in fields {
                            object.insert(q.name.to_string(), a.to_json(&q.control));
                        }
                        Json::Object(object)
                    })
                    .collect(),
            ),
        }
    }

    /// Reads a stored value: missing or `null` is unanswered, a value of
    /// another kind (or an unknown code) is `None`.
    pub fn from_json(control: &Control, value: Option<&Json>) -> Option<Answer> {
        let value = match value {
            None | Some(Json::Null) => return Some(Answer::blank(control)),
            Some(v) => v,
        };
        Some(match control {
            Control::Date => {
                let part = |name: &str| match value.get(name) {
                    None | Some(Json::Null) => Some(String::new()),
                    Some(v) => v.as_str().map(str::to_string),
                };
                if !value.is_object() {
                    return None;
                }
                Answer::Date(DateParts {
                    day: part("day")?,
                    month: part("month")?,
                    year: part("year")?,
                })
            }
            Control::YesNo | Control::Tick => Answer::Flag(Some(value.as_bool()?)),
            Control::List(list) => Answer::Rows(
                value
                    .as_array()?
                    .iter()
                    .zip(0..)
                    .map(|(line, key)| {
                        let fields = line.as_object()?;
                        let answers = list
                            .fields
                            .iter()
                            .map(|q| Answer::from_json(&q.control, fields.get(q.name)))
                            .collect::<Option<Vec<_>>>()?;
                        Some(Line { key, answers })
                    })
                    .collect::<Option<Vec<_>>>()?,
            ),
            Control::OneOf(_) => Answer::Choice(Some(control.code(value.as_str()?)?)),
            Control::Checklist(_) => {
                let ticks = value
                    .as_array()?
                    .iter()
                    .map(|c| control.code(c.as_str()?))
                    .collect::<Option<Vec<_>>>()?;
                Answer::Ticks(in_definition_order(control, &ticks))
            }
            _ => Answer::Text(value.as_str()?.to_string()),
        })
    }
}

/// The ticked codes in the order the definition lists them, each once.
// Picked out of the definition's codes rather than sorted: a stable sort is
// about 3.5 KB of wasm for each closure it is called with (`bench/deps.mjs`),
// and a checklist has at most eight boxes.
pub fn in_definition_order(control: &Control, ticks: &[&'static str]) -> Vec<&'static str> {
    control.codes().filter(|c| ticks.contains(c)).collect()
}

/// Answers read from a draft, and what could not be read (by question
/// name, and for a list's lines by line and field).
#[derive(Clone, PartialEq, Debug)]
pub struct Parsed {
    pub values: Values,
    pub parse_errors: Vec<(&'static str, ParseError)>,
    pub line_errors: Vec<LineError>,
}

/// A field of a list's line that does not read as a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LineError {
    pub list: &'static str,
    /// The line's place, from 0.
    pub line: usize,
    pub field: &'static str,
    pub error: ParseError,
}

/// Reads one answer by its control: `Blank` when nothing usable was typed.
fn read(answer: &Answer, control: &Control) -> Result<Value, ParseError> {
    let value = match (answer, control) {
        (Answer::Text(s), Control::WholeNumber | Control::Percentage) => {
            form::parse_whole_number(s)?.map(Value::Number)
        }
        (Answer::Text(s), Control::Money) => form::parse_money(s)?.map(Value::Number),
        (Answer::Text(s), _) => {
            let s = s.trim();
            (!s.is_empty()).then(|| Value::Text(s.to_string()))
        }
        (Answer::Date(d), _) => d.parse()?.map(Value::Date),
        // An unticked box is an answer: no.
        (Answer::Flag(f), Control::Tick) => Some(Value::Flag(f.unwrap_or(false))),
        (Answer::Flag(f), _) => f.map(Value::Flag),
        (Answer::Choice(c), _) => c.map(Value::Code),
        (Answer::Ticks(t), _) => Some(Value::Codes(t.clone())),
        (Answer::Rows(_), _) => None,
    };
    Ok(value.unwrap_or_default())
}

impl Parsed {
    pub fn parse_error(&self, name: &str) -> Option<ParseError> {
        self.parse_errors
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, e)| *e)
    }
}

/// An application as typed: one answer per question of its program.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Draft {
    pub answers: Vec<Answer>,
    /// Made once per application, so that every retry is the same submission.
    pub idempotency_key: Option<String>,
}

/// Where a question sits in its program's [`Program::questions`].
pub fn index_of(program: &Program, name: &str) -> Option<usize> {
    program.questions.iter().position(|q| q.name == name)
}

impl Draft {
    pub fn blank(program: &Program) -> Draft {
        Draft {
            answers: program
                .questions
                .iter()
                .map(|q| Answer::blank(&q.control))
                .collect(),
            idempotency_key: None,
        }
    }

    pub fn answer(&self, i: usize) -> Option<&Answer> {
        self.answers.get(i)
    }

    pub fn set(&mut self, i: usize, answer: Answer) {
        if let Some(slot) = self.answers.get_mut(i) {
            *slot = answer;
        }
    }

    /// Nothing typed or chosen yet (the idempotency key is not an answer).
    pub fn is_blank(&self) -> bool {
        self.answers.iter().all(Answer::is_blank)
    }

    /// Reads every answer by its control; hidden revealed answers are blank,
    /// so that a name typed before switching to another option never
    /// travels in the payload.
    pub fn parse(&self, program: &'static Program) -> Parsed {
        let mut values = Values::blank(program);
        let mut parse_errors = Vec::new();
        let mut line_errors = Vec::new();
        for (i, question) in program.questions.iter().enumerate() {
            let Some(answer) = self.answers.get(i) else {
                continue;
            };
            if let (Answer::Rows(lines), Control::List(list)) = (answer, &question.control) {
                let rows = lines
                    .iter()
                    .enumerate()
                    .map(|(line, typed)| {
                        list.fields
                            .iter()
                            .zip(&typed.answers)
                            .map(|(field, answer)| {
                                read(answer, &field.control).unwrap_or_else(|error| {
                                    line_errors.push(LineError {
                                        list: question.name,
                                        line,
                                        field: field.name,
                                        error,
                                    });
                                    Value::Blank
                                })
                            })
                            .collect()
                    })
                    .collect();
                values.values[i] = Value::Rows(rows);
                continue;
            }
            match read(answer, &question.control) {
                Ok(value) => values.values[i] = value,
                Err(e) => parse_errors.push((question.name, e)),
            }
        }
        for (i, question) in program.questions.iter().enumerate() {
            if !question.shown_with(&values) {
                values.values[i] = Value::Blank;
            }
        }
        Parsed {
            values,
            parse_errors,
            line_errors,
        }
    }

    /// Takes what was answered in a preview, keeping everything else (a
    /// question left blank there does not wipe an earlier answer).
    pub fn take_preview(&mut self, program: &Program, preview: &Draft) {
        for question in program.preview {
            let Some(i) = index_of(program, question.name) else {
                continue;
            };
            if let Some(answer) = preview.answers.get(i).filter(|a| !a.is_blank()) {
                self.set(i, answer.clone());
            }
        }
    }

    /// The stored form: each answer under its question's JSON name.
    pub fn to_json(&self, program: &Program) -> Json {
        let mut object = Map::new();
        for (question, answer) in program.questions.iter().zip(&self.answers) {
            object.insert(question.name.to_string(), answer.to_json(&question.control));
        }
        object.insert(
            "idempotency_key".into(),
            self.idempotency_key
                .as_ref()
                .map_or(Json::Null, |k| Json::String(k.clone())),
        );
        Json::Object(object)
    }

    /// Reads the stored form. `None` when an answer is of the wrong kind;
    /// unknown keys are ignored, missing ones are unanswered.
    pub fn from_json(program: &Program, stored: &Json) -> Option<Draft> {
        let object = stored.as_object()?;
        let answers = program
            .questions
            .iter()
            .map(|q| Answer::from_json(&q.control, object.get(q.name)))
            .collect::<Option<Vec<_>>>()?;
        let idempotency_key = match object.get("idempotency_key") {
            None | Some(Json::Null) => None,
            Some(k) => Some(k.as_str()?.to_string()),
        };
        Some(Draft {
            answers,
            idempotency_key,
        })
    }

    /// The lines of the list at `i`.
    pub fn lines(&self, i: usize) -> &[Line] {
        match self.answers.get(i) {
            Some(Answer::Rows(lines)) => lines,
            _ => &[],
        }
    }

    /// Adds a blank line to the list at `i`; its key.
    pub fn add_line(&mut self, i: usize, fields: &[&Question]) -> u32 {
        let key = self.lines(i).iter().map(|l| l.key + 1).max().unwrap_or(0);
        if let Some(Answer::Rows(lines)) = self.answers.get_mut(i) {
            lines.push(Line::blank(key, fields));
        }
        key
    }

    pub fn remove_line(&mut self, i: usize, key: u32) {
        if let Some(Answer::Rows(lines)) = self.answers.get_mut(i) {
            lines.retain(|l| l.key != key);
        }
    }

    /// Sets field `f` of the line `key` of the list at `i`.
    pub fn set_in_line(&mut self, i: usize, key: u32, f: usize, answer: Answer) {
        if let Some(Answer::Rows(lines)) = self.answers.get_mut(i) {
            if let Some(slot) = lines
                .iter_mut()
                .find(|l| l.key == key)
                .and_then(|l| l.answers.get_mut(f))
            {
                *slot = answer;
            }
        }
    }

    /// Field `f` of the line `key` of the list at `i`.
    pub fn in_line(&self, i: usize, key: u32, f: usize) -> Option<&Answer> {
        self.lines(i)
            .iter()
            .find(|l| l.key == key)
            .and_then(|l| l.answers.get(f))
    }

    /// Puts `answer` in where the question is still unanswered; `true` when
    /// it went in.
    pub fn fill(&mut self, i: usize, answer: Answer) -> bool {
        match self.answers.get_mut(i) {
            Some(slot) if slot.is_blank() => {
                *slot = answer;
                true
            }
            _ => false,
        }
    }
}

/// The question at `i` of a program (for code that holds indexes).
pub fn question(program: &'static Program, i: usize) -> Option<&'static Question> {
    program.questions.get(i).copied()
}

#[cfg(test)]
mod tests;
