//! The words of each program, in one table per program and keyed by its
//! definition: for every question its label, hint, check-answers key, the
//! subject its messages start with, its "required" message and format
//! example, and its options' labels; for every step its heading and label;
//! for every section, note and the start and confirmation pages their text.
//! The definitions carry names and keys only (`rules::program`), so a
//! program's words are here and nowhere else; a test walks every definition
//! and fails on anything without words.
//!
//! The words that depend on the rules' codes rather than on one program's
//! questions (reasons, window outcomes, notices) are in `messages`.

pub mod community_partner;
pub mod grant;
pub mod meetup_pro;

use chrono::NaiveDate;

use crate::rules::acknowledgements::ACKNOWLEDGEMENTS;
use crate::rules::business_days::DecisionWindow;
use crate::rules::program::Program;

/// The hint of an event's short description, the same in every program
/// that asks one.
pub(crate) fn description_hint(_: NaiveDate) -> String {
    format!(
        "What it is, who it's for and how it helps the Python community. Up to {} characters.",
        crate::ui::format::number(crate::rules::thresholds::MAX_DESCRIPTION_CHARS as u64)
    )
}

/// The hint under a question.
#[derive(Clone, Copy)]
pub enum Hint {
    None,
    Text(&'static str),
    /// Words that need a figure or an example date (a plausible future
    /// date, given today).
    Made(fn(NaiveDate) -> String),
}

/// The words of one question.
pub struct QuestionWords {
    /// The definition's `Question::name`.
    pub name: &'static str,
    /// The question as the person reads it (label or legend).
    pub label: &'static str,
    pub hint: Hint,
    /// The row name on check your answers (and the hidden part of "Change").
    pub summary_key: &'static str,
    /// The short name a message starts with ("Email address must be …").
    pub subject: &'static str,
    /// What to say when it is not answered ("Enter your email address").
    pub required: &'static str,
    /// The example in a format message ("like 80", "like https://…").
    pub example: &'static str,
    /// Each option's (or checklist item's) code and words: for a checklist
    /// item, the gist of what it agrees to.
    pub options: &'static [(&'static str, &'static str)],
    /// A line above a checklist's boxes.
    pub lead: Option<&'static str>,
    /// A list's name for a line ("Budget line"): "Budget line 2", "Add
    /// another budget line".
    pub item: &'static str,
}

/// The words of one step.
pub struct StepWords {
    pub slug: &'static str,
    /// The `<h1>`.
    pub heading: &'static str,
    /// The step indicator's name, and check your answers' section title.
    pub label: &'static str,
}

/// A note under a question, with one link in it.
pub struct NoteWords {
    pub key: &'static str,
    pub before: &'static str,
    pub link_text: &'static str,
    pub link_href: &'static str,
    pub after: &'static str,
}

/// One fact about a program on the start page.
pub struct Fact {
    pub term: &'static str,
    pub detail: fn() -> String,
}

/// A paragraph of the confirmation page's "What happens next", given what
/// the receipt knows.
pub struct NextSteps {
    pub render: fn(email: &str, decision: Option<DecisionWindow>) -> Vec<Block>,
}

/// A piece of "What happens next": text with bold parts, a heading, or two
/// columns of lists.
pub enum Block {
    /// Runs of text; every other run is bold (`[plain, bold, plain, …]`).
    Paragraph(Vec<String>),
    Heading(&'static str),
    Columns(&'static [(&'static str, &'static [&'static str])]),
}

/// Everything a person reads about one program.
pub struct ProgramWords {
    pub slug: &'static str,
    /// "Community Partner".
    pub name: &'static str,
    /// The start page card's id (`psf-program-<card_id>`).
    pub card_id: &'static str,
    pub facts: &'static [Fact],
    pub start_button: &'static str,
    /// The hidden end of "Check eligibility first" ("for Community Partner").
    pub preview_link_hidden: &'static str,
    pub preview_heading: &'static str,
    /// Beside the preview's verdict: what the application asks besides.
    pub preview_note: &'static str,
    pub steps: &'static [StepWords],
    /// Section headings by key.
    pub sections: &'static [(&'static str, &'static str)],
    pub notes: &'static [NoteWords],
    pub questions: &'static [QuestionWords],
    pub next_steps: NextSteps,
}

static ALL: [&ProgramWords; 3] = [&community_partner::WORDS, &meetup_pro::WORDS, &grant::WORDS];

/// Words for a program defined outside this crate (a test's): registered
/// once, looked up by slug like the others.
static EXTRA: std::sync::OnceLock<&'static [&'static ProgramWords]> = std::sync::OnceLock::new();

/// Adds the words of programs the app does not ship (for a program defined
/// only in a test). Only the first call counts.
pub fn register(words: &'static [&'static ProgramWords]) {
    let _ = EXTRA.set(words);
}

/// The words of a program. A program without words is a defect that the
/// words test catches; the app then shows its slug rather than failing.
pub fn of(program: &Program) -> &'static ProgramWords {
    ALL.iter()
        .chain(EXTRA.get().copied().unwrap_or(&[]).iter())
        .copied()
        .find(|w| w.slug == program.slug)
        .unwrap_or(&MISSING)
}

static MISSING: ProgramWords = ProgramWords {
    slug: "",
    name: "",
    card_id: "",
    facts: &[],
    start_button: "",
    preview_link_hidden: "",
    preview_heading: "",
    preview_note: "",
    steps: &[],
    sections: &[],
    notes: &[],
    questions: &[],
    next_steps: NextSteps {
        render: |_, _| Vec::new(),
    },
};

static NO_WORDS: QuestionWords = QuestionWords {
    name: "",
    label: "",
    hint: Hint::None,
    summary_key: "",
    subject: "",
    required: "",
    example: "",
    options: &[],
    lead: None,
    item: "",
};

impl ProgramWords {
    pub fn question(&self, name: &str) -> &QuestionWords {
        self.questions
            .iter()
            .find(|q| q.name == name)
            .unwrap_or(&NO_WORDS)
    }

    /// The words of field `field` of the list `list` (keyed `<list>/<field>`).
    pub fn field(&self, list: &str, field: &str) -> &QuestionWords {
        self.questions
            .iter()
            .find(|q| {
                q.name
                    .split_once('/')
                    .is_some_and(|(l, f)| l == list && f == field)
            })
            .unwrap_or(&NO_WORDS)
    }

    pub fn step(&self, slug: &str) -> Option<&StepWords> {
        self.steps.iter().find(|s| s.slug == slug)
    }

    pub fn section(&self, key: &str) -> &'static str {
        self.sections
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, w)| *w)
    }

    pub fn note(&self, key: &str) -> Option<&NoteWords> {
        self.notes.iter().find(|n| n.key == key)
    }
}

impl QuestionWords {
    /// A question whose label is also its check-answers key and subject,
    /// with nothing else yet: the base each table entry fills in.
    pub const fn plain(name: &'static str, label: &'static str) -> QuestionWords {
        QuestionWords {
            name,
            label,
            hint: Hint::None,
            summary_key: label,
            subject: label,
            required: "",
            example: "",
            options: &[],
            lead: None,
            item: "",
        }
    }

    pub fn option(&self, code: &str) -> &'static str {
        self.options
            .iter()
            .find(|(c, _)| *c == code)
            .map_or("", |(_, w)| *w)
    }

    /// A checklist box's label: for an acknowledgement, the PSF's own text.
    pub fn checkbox_label(&self, code: &str) -> &'static str {
        ACKNOWLEDGEMENTS
            .iter()
            .find(|a| a.id.code() == code)
            .map_or(self.option(code), |a| a.text)
    }

    pub fn hint(&self, today: NaiveDate) -> Option<String> {
        match self.hint {
            Hint::None => None,
            Hint::Text(t) => Some(t.to_string()),
            Hint::Made(f) => Some(f(today)),
        }
    }
}

#[cfg(test)]
mod tests;
