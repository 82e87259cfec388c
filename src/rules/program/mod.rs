//! Each program as a definition: its steps, their sections, and for every
//! question its JSON name, control, limits and what it feeds. The UI's one
//! renderer, the generic draft, the payload checks and any Rust backend read
//! these instead of keeping their own lists, so that a question is described
//! once.
//!
//! Plain `static` data: nothing is built at start-up. Headings and notes are
//! keys, never words; the UI layer words them (per program and key), as it
//! words the rules' reason codes.
//!
//! Three orders matter and are kept apart on purpose:
//! - [`Program::questions`]: the payload's `answers` order (struct, layout
//!   and JSON Schema), which backends see;
//! - [`Program::steps`] → [`Section::questions`]: the page order, which is
//!   also the error summary's and check your answers' (GOV.UK);
//! - [`Program::preview`]: the eligibility preview's own order.
//!
//! A question that [`Question::revealed_by`] another comes right after it in
//! every list it is in; the renderer draws it inside the revealing option
//! rather than at its place.

pub mod answers;
mod common;
pub mod community_partner;
pub mod grant;
pub mod meetup_pro;

pub use answers::{Behaviour, Lookup, Row, Value, Values};
pub use community_partner::COMMUNITY_PARTNER;
pub use grant::GRANT;
pub use meetup_pro::MEETUP_PRO;

use super::eligibility::RuleId;

/// One program a person can apply to.
#[derive(Debug)]
pub struct Program {
    /// URL and storage-key segment (`#/community-partner/event`,
    /// `<prefix>:v1:draft:community-partner`): never changes.
    pub slug: &'static str,
    /// The payload's `schema` field, e.g. `psf-apply/community-partner/v1`.
    pub schema: &'static str,
    /// What every element id of this program starts with, e.g. `psf-cp-`.
    pub id_prefix: &'static str,
    /// Every question, in the payload's `answers` order.
    pub questions: &'static [&'static Question],
    /// The question steps in order. Check your answers and the confirmation
    /// follow them in every program, so they are the app's, not listed here.
    pub steps: &'static [Step],
    /// What the eligibility preview asks, in its order: never personal data.
    pub preview: &'static [&'static Question],
    /// What the receiver's references start with (`PSF-CP-000001`).
    pub reference_prefix: &'static str,
    /// The rule table's rules in its order, each with the question its
    /// "Change" link leads to.
    pub rules: &'static [RuleRef],
    /// What it offers beyond its form, on its preview and its confirmation.
    pub offers: &'static [Offer],
}

/// A tool a program offers beside its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// "Will the PSF re-share this post?" (`rules::reshare`), for partners.
    ReshareCheck,
}

/// One page of questions.
#[derive(Debug)]
pub struct Step {
    /// The URL's last segment (`applicant`, `event`), the host event's step
    /// name, and the words' key for the step's heading and label.
    pub slug: &'static str,
    pub sections: &'static [Section],
    pub hook: Option<StepHook>,
}

/// A group of questions under one heading.
#[derive(Debug)]
pub struct Section {
    /// The words' key of the heading; `None`: no heading.
    pub heading: Option<&'static str>,
    pub questions: &'static [&'static Question],
}

#[derive(Debug)]
pub struct Question {
    /// The JSON name: the payload's answer key, `FieldError::field`, the
    /// prefill name, today's draft key and the words' key. Never renamed.
    pub name: &'static str,
    /// The element id after [`Program::id_prefix`] (`first-name`), kept
    /// apart from `name` so that neither can move the other.
    pub id: &'static str,
    pub control: Control,
    /// The person must answer it (while shown). For a checklist: every box.
    pub required: bool,
    pub limit: Limit,
    /// About the applicant as a person: never asked by the preview.
    pub personal: bool,
    /// The eligibility rules whose outcome this answer can change.
    pub feeds: &'static [RuleId],
    /// Shown, required and sent only while another question has one option.
    pub revealed_by: Option<Reveal>,
    pub hooks: &'static [Hook],
    /// The HTML `autocomplete` token, for what a browser may fill in.
    pub autocomplete: Option<&'static str>,
    /// The expected answer's width in characters (GOV.UK input widths);
    /// `None`: full width.
    pub width: Option<u8>,
}

/// How a question is asked, and so what its answer is.
#[derive(Debug, PartialEq, Eq)]
pub enum Control {
    Text,
    Email,
    /// A web address; a bare domain reads as https.
    Url,
    LongText,
    WholeNumber,
    /// A whole number shown with `%`.
    Percentage,
    /// Three boxes, day, month and year.
    Date,
    YesNo,
    /// Radios; the stable codes, in display order.
    OneOf(&'static [&'static str]),
    /// A box per item, each its own answer.
    Checklist(&'static [Item]),
    /// Whole US dollars ("12,500", "$12,500"), shown back as "12,500 USD".
    Money,
    /// One box the person may tick (never required): yes when ticked.
    Tick,
    /// Lines the person adds, edits and removes (GOV.UK's "add another"),
    /// each line the same questions. `required`: at least one line.
    List(&'static List),
}

/// The questions of each line of a [`Control::List`].
#[derive(Debug)]
pub struct List {
    /// A line's questions, in the order of the line's JSON object. Their
    /// names are unique within the line only; their words are keyed
    /// `<list name>/<field name>`.
    pub fields: &'static [&'static Question],
    /// The most lines the rules accept (`thresholds.rs`).
    pub max_lines: usize,
}

// A list is one `static`: compared by identity, as programs are.
impl PartialEq for List {
    fn eq(&self, other: &List) -> bool {
        std::ptr::eq(self, other)
    }
}
impl Eq for List {}

/// One box of a checklist.
#[derive(Debug, PartialEq, Eq)]
pub struct Item {
    /// The code in the answer's array.
    pub code: &'static str,
    /// Its element id after [`Program::id_prefix`].
    pub id: &'static str,
}

/// What the rules accept, from `thresholds.rs`.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Limit {
    None,
    /// At most this many characters (Unicode scalar values, as stored).
    Chars(usize),
    /// A whole number in `min..=max`.
    Range {
        min: u32,
        max: u32,
    },
}

/// The question and option that show a revealed question.
#[derive(Debug)]
pub struct Reveal {
    pub question: &'static Question,
    pub option: &'static str,
}

/// What a question needs beyond its control: each a named piece of the
/// renderer rather than a copy of its page.
#[derive(Debug)]
pub enum Hook {
    /// Under the question while `option` is chosen, a note (the words' key).
    Note {
        option: &'static str,
        key: &'static str,
    },
    /// Under a date: the submission window for it, which also depends on
    /// whether this is a first application.
    SubmissionWindow {
        first_application: &'static Question,
    },
    /// Under a long text: how many characters of its limit are left.
    CharacterCount,
    /// Under a start date: the Grants request window ("apply by" 6 weeks,
    /// "advised by" 3 months before), which also depends on the amount.
    RequestWindow { amount: &'static Question },
    /// Under a list of amounts: the lines' running total beside the answer
    /// it must equal.
    RunningTotal {
        /// The line's money field whose amounts are added up.
        field: &'static str,
        against: &'static Question,
    },
}

/// What a step needs beyond its questions.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum StepHook {
    /// The PSF's acknowledgements (`rules::acknowledgements`): the exact
    /// texts, each box ticked by the person alone (never prefilled, no "tick
    /// all"), one problem per unticked box, and ticks dropped when the texts'
    /// `VERSION` changed since they were saved.
    Acknowledgements,
}

/// A rule of the program's table and the question that answers it first.
#[derive(Debug)]
pub struct RuleRef {
    pub id: RuleId,
    pub question: &'static Question,
}

// A program is one `static`: the same definition is the same program.
impl PartialEq for Program {
    fn eq(&self, other: &Program) -> bool {
        std::ptr::eq(self, other)
    }
}
impl Eq for Program {}
impl std::hash::Hash for Program {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::ptr::hash(self, state)
    }
}

static ALL: [&Program; 3] = [&COMMUNITY_PARTNER, &MEETUP_PRO, &GRANT];

/// What each shipped program does with its answers: its rules, checks and
/// payload, by program. Why not a field of `Program`: a definition is data
/// the web app's start page reads, and function pointers in it would bring
/// every rule, check and the payload's serialiser into whatever reads it
/// (the start-up module; see `ui::pages::program_page`). Reached through
/// [`Program::behaviour`] only.
static BEHAVIOURS: [(&Program, &Behaviour); 3] = [
    (&COMMUNITY_PARTNER, &community_partner::BEHAVIOUR),
    (&MEETUP_PRO, &meetup_pro::BEHAVIOUR),
    (&GRANT, &grant::BEHAVIOUR),
];

/// The behaviours of programs defined outside this crate (a test's).
static EXTRA_BEHAVIOURS: std::sync::OnceLock<&'static [(&'static Program, &'static Behaviour)]> =
    std::sync::OnceLock::new();

/// Adds the behaviours of programs the app does not ship (for a program
/// defined only in a test). Only the first call counts.
pub fn register_behaviours(behaviours: &'static [(&'static Program, &'static Behaviour)]) {
    let _ = EXTRA_BEHAVIOURS.set(behaviours);
}

/// Every program, in the start page's order.
pub fn all_programs() -> &'static [&'static Program] {
    &ALL
}

pub fn by_slug(slug: &str) -> Option<&'static Program> {
    ALL.iter().copied().find(|p| p.slug == slug)
}

/// The program of a payload's `schema` field.
pub fn by_schema(schema: &str) -> Option<&'static Program> {
    ALL.iter().copied().find(|p| p.schema == schema)
}

impl Program {
    /// What this program does with its answers. A program without one is a
    /// defect that a test catches; it then judges nothing and cannot be
    /// submitted ([`answers::NO_BEHAVIOUR`]).
    pub fn behaviour(&self) -> &'static Behaviour {
        BEHAVIOURS
            .iter()
            .chain(EXTRA_BEHAVIOURS.get().copied().unwrap_or(&[]))
            .find(|(p, _)| p.slug == self.slug)
            .map_or(&answers::NO_BEHAVIOUR, |(_, b)| *b)
    }

    pub fn question(&self, name: &str) -> Option<&'static Question> {
        self.questions.iter().copied().find(|q| q.name == name)
    }

    /// The step and question a backend's JSON pointer is about:
    /// `/answers/email`, or inside an answer, `/answers/acknowledged/3` or
    /// `/answers/budget/2/amount`.
    /// No question name holds `~` or `/`, so an escaped segment matches none.
    pub fn at_pointer(&self, pointer: &str) -> Option<(&'static Step, &'static Question)> {
        let name = pointer.strip_prefix("/answers/")?.split('/').next()?;
        let question = self.question(name)?;
        Some((self.step_of(question.name)?, question))
    }

    pub fn step(&self, slug: &str) -> Option<&'static Step> {
        self.steps.iter().find(|s| s.slug == slug)
    }

    /// The step's place, from 0.
    pub fn step_index(&self, slug: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.slug == slug)
    }

    /// The step that asks the question `name`.
    pub fn step_of(&self, name: &str) -> Option<&'static Step> {
        self.steps
            .iter()
            .find(|s| s.questions().any(|q| q.name == name))
    }

    /// Every question as the steps ask them, step after step.
    pub fn page_order(&self) -> impl Iterator<Item = &'static Question> + 'static {
        self.steps.iter().flat_map(Step::questions)
    }

    /// The questions whose answers can change `rule`'s outcome.
    pub fn feeders(&self, rule: RuleId) -> impl Iterator<Item = &'static Question> + 'static {
        self.questions
            .iter()
            .copied()
            .filter(move |q| q.feeds.contains(&rule))
    }

    /// The rules the preview can judge: those whose every question it
    /// asks. The others (the description, the acknowledgements, a grant's
    /// budget lines) come with the application, so the preview leaves them
    /// out of its verdict rather than showing them unanswered for good.
    pub fn preview_rules(&self) -> impl Iterator<Item = RuleId> + 'static {
        let (preview, questions) = (self.preview, self.questions);
        self.rules.iter().map(|r| r.id).filter(move |id| {
            questions
                .iter()
                .filter(|q| q.feeds.contains(id))
                .all(|q| preview.iter().any(|p| p.name == q.name))
        })
    }

    /// The questions shown inside `question`'s `option`.
    pub fn revealed(
        &self,
        question: &'static Question,
        option: &'static str,
    ) -> impl Iterator<Item = &'static Question> + 'static {
        self.questions.iter().copied().filter(move |q| {
            q.revealed_by
                .as_ref()
                .is_some_and(|r| r.question.name == question.name && r.option == option)
        })
    }
}

impl Step {
    /// The step's questions in page order.
    pub fn questions(&self) -> impl Iterator<Item = &'static Question> + 'static {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().copied())
    }
}

impl Control {
    /// The line's questions of a list, none for any other control.
    pub fn fields(&self) -> &'static [&'static Question] {
        match self {
            Control::List(list) => list.fields,
            _ => &[],
        }
    }

    /// The codes of a choice's options or a checklist's items.
    pub fn codes(&self) -> impl Iterator<Item = &'static str> + 'static {
        let (options, items): (&'static [&'static str], &'static [Item]) = match self {
            Control::OneOf(options) => (options, &[]),
            Control::Checklist(items) => (&[], items),
            _ => (&[], &[]),
        };
        options.iter().copied().chain(items.iter().map(|i| i.code))
    }
}

// Builders for the definitions, so that each question reads as one line of
// what is particular to it; evaluated at compile time. Public, so that a
// program can be defined outside the crate (a test's) the same way.
impl Question {
    pub const fn new(name: &'static str, id: &'static str, control: Control, limit: Limit) -> Self {
        Question {
            name,
            id,
            control,
            required: true,
            limit,
            personal: false,
            feeds: &[],
            revealed_by: None,
            hooks: &[],
            autocomplete: None,
            width: None,
        }
    }

    /// May be left unanswered.
    pub const fn optional(self) -> Self {
        Question {
            required: false,
            ..self
        }
    }

    pub const fn personal(self) -> Self {
        Question {
            personal: true,
            ..self
        }
    }

    pub const fn feeds(self, feeds: &'static [RuleId]) -> Self {
        Question { feeds, ..self }
    }

    pub const fn revealed_by(self, question: &'static Question, option: &'static str) -> Self {
        Question {
            revealed_by: Some(Reveal { question, option }),
            ..self
        }
    }

    pub const fn hooks(self, hooks: &'static [Hook]) -> Self {
        Question { hooks, ..self }
    }

    pub const fn autocomplete(self, token: &'static str) -> Self {
        Question {
            autocomplete: Some(token),
            ..self
        }
    }

    pub const fn width(self, chars: u8) -> Self {
        Question {
            width: Some(chars),
            ..self
        }
    }
}
