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
use crate::ui::i18n::{self, Locale};

/// The hint of an event's short description, the same in every program
/// that asks one.
pub(crate) fn description_hint(_: NaiveDate) -> String {
    i18n::trf!(
        "description-hint",
        "What it is, who it's for and how it helps the Python community. Up to { $max } characters.",
        &[("max", crate::rules::thresholds::MAX_DESCRIPTION_CHARS.into())],
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
    /// Its plural ("Budget lines"): "No budget lines left". A language
    /// cannot make it from `item` by adding an "s".
    pub items: &'static str,
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
    Columns(Vec<(&'static str, Vec<&'static str>)>),
}

/// What the start page reads about one program: its card. Kept apart from
/// the rest of its words so that the start-up module holds only these; the
/// rest (`ProgramWords`) is reached only from the program pages, in the
/// app's module (`ui::entry`).
pub struct CardWords {
    pub slug: &'static str,
    /// "Community Partner".
    pub name: &'static str,
    /// The start page card's id (`psf-program-<card_id>`), and the first
    /// part of every catalogue id of the program's words.
    pub card_id: &'static str,
    pub facts: &'static [Fact],
    pub start_button: &'static str,
    /// The hidden end of "Check eligibility first" ("for Community Partner").
    pub preview_link_hidden: &'static str,
}

/// Everything a person reads about one program on its own pages.
pub struct ProgramWords {
    /// Its card, in the same locale.
    pub card: &'static CardWords,
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

/// The cards alone: the start page must not reach `ALL`, or every word of
/// every program would be in the start-up module.
static CARDS: [&CardWords; 3] = [&community_partner::CARD, &meetup_pro::CARD, &grant::CARD];

/// Words for a program defined outside this crate (a test's): registered
/// once, looked up by slug like the others.
static EXTRA: std::sync::OnceLock<&'static [&'static ProgramWords]> = std::sync::OnceLock::new();

/// Adds the words of programs the app does not ship (for a program defined
/// only in a test). Only the first call counts.
pub fn register(words: &'static [&'static ProgramWords]) {
    let _ = EXTRA.set(words);
}

/// The start page's card of a program, in the current locale.
pub fn card(program: &Program) -> &'static CardWords {
    let english = CARDS
        .iter()
        .copied()
        .chain(extra().iter().map(|w| w.card))
        .find(|c| c.slug == program.slug)
        .unwrap_or(&MISSING_CARD);
    translated(english.slug, english, |c| {
        rebuild_card(c, &mut |id, en| i18n::tr_made(&id, en))
    })
}

/// The words of a program's pages, in the current locale. A program
/// without words is a defect that the words test catches; the app then
/// shows its slug rather than failing.
pub fn of(program: &Program) -> &'static ProgramWords {
    let english = ALL
        .iter()
        .copied()
        .chain(extra().iter().copied())
        .find(|w| w.card.slug == program.slug)
        .unwrap_or(&MISSING);
    translated(english.card.slug, english, |w| {
        rebuild(w, card(program), &mut |id, en| i18n::tr_made(&id, en))
    })
}

fn extra() -> &'static [&'static ProgramWords] {
    EXTRA.get().copied().unwrap_or(&[])
}

/// `english`, or its translation into the current locale, made once per
/// locale and table for the page's life.
fn translated<T: 'static>(
    slug: &'static str,
    english: &'static T,
    make: impl FnOnce(&'static T) -> T,
) -> &'static T {
    let locale = i18n::locale();
    if locale == Locale::En || slug.is_empty() {
        return english;
    }
    thread_local! {
        static TRANSLATED: std::cell::RefCell<Vec<(Locale, *const (), &'static dyn std::any::Any)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let key = english as *const T as *const ();
    let found = TRANSLATED.with(|t| {
        t.borrow()
            .iter()
            .find(|(l, k, _)| *l == locale && *k == key)
            .and_then(|(_, _, w)| w.downcast_ref::<T>())
    });
    if let Some(w) = found {
        return w;
    }
    let made: &'static T = Box::leak(Box::new(make(english)));
    TRANSLATED.with(|t| t.borrow_mut().push((locale, key, made)));
    made
}

/// Every English word of the shipped tables with its catalogue id, for
/// `en.ftl` (`tests/catalogues.rs`): the same walk that translates them.
pub fn catalogue() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for w in ALL {
        let mut collect = |id, en| {
            out.push((id, en));
            en
        };
        rebuild_card(w.card, &mut collect);
        rebuild(w, w.card, &mut collect);
    }
    for a in ACKNOWLEDGEMENTS.iter() {
        out.push((acknowledgement_id(a.id.code()), a.text));
    }
    out
}

fn acknowledgement_id(code: &str) -> String {
    format!("ack-{}", code.replace('_', "-"))
}

/// Beside an acknowledgement's English text (the text agreed to), its
/// translation in the current locale, for help; `None` in English or
/// when the catalogue has none.
pub fn acknowledgement_translation(code: &str) -> Option<&'static str> {
    if i18n::locale() == Locale::En {
        return None;
    }
    let english = ACKNOWLEDGEMENTS.iter().find(|a| a.id.code() == code)?.text;
    let translated = i18n::tr_made(&acknowledgement_id(code), english);
    (!std::ptr::eq(translated, english)).then_some(translated)
}

/// A copy of card `c` with every word passed through `tr(id, english)`;
/// ids are `<card>-<part>`, e.g. `cp-name`, `mp-fact-1-term`.
fn rebuild_card(
    c: &'static CardWords,
    tr: &mut dyn FnMut(String, &'static str) -> &'static str,
) -> CardWords {
    let p = c.card_id;
    let mut t = |id: String, en: &'static str| if en.is_empty() { en } else { tr(id, en) };
    let facts: Vec<Fact> = c
        .facts
        .iter()
        .enumerate()
        .map(|(i, f)| Fact {
            term: t(format!("{p}-fact-{}-term", i + 1), f.term),
            detail: f.detail,
        })
        .collect();
    CardWords {
        slug: c.slug,
        name: t(format!("{p}-name"), c.name),
        card_id: c.card_id,
        facts: Box::leak(facts.into_boxed_slice()),
        start_button: t(format!("{p}-start-button"), c.start_button),
        preview_link_hidden: t(format!("{p}-preview-link-hidden"), c.preview_link_hidden),
    }
}

/// A copy of `w` with every word passed through `tr(id, english)` and
/// `card` (already translated) as its card; ids are `<card>-<part>`, e.g.
/// `cp-email-label`, `mp-step-group-heading`.
fn rebuild(
    w: &'static ProgramWords,
    card: &'static CardWords,
    tr: &mut dyn FnMut(String, &'static str) -> &'static str,
) -> ProgramWords {
    let p = w.card.card_id;
    let mut t = |id: String, en: &'static str| if en.is_empty() { en } else { tr(id, en) };
    let steps: Vec<StepWords> = w
        .steps
        .iter()
        .map(|s| StepWords {
            slug: s.slug,
            heading: t(format!("{p}-step-{}-heading", s.slug), s.heading),
            label: t(format!("{p}-step-{}-label", s.slug), s.label),
        })
        .collect();
    let sections: Vec<(&'static str, &'static str)> = w
        .sections
        .iter()
        .map(|(k, v)| (*k, t(format!("{p}-section-{}", id_part(k)), v)))
        .collect();
    let notes: Vec<NoteWords> = w
        .notes
        .iter()
        .map(|n| {
            let k = id_part(n.key);
            NoteWords {
                key: n.key,
                before: t(format!("{p}-note-{k}-before"), n.before),
                link_text: t(format!("{p}-note-{k}-link"), n.link_text),
                link_href: n.link_href,
                after: t(format!("{p}-note-{k}-after"), n.after),
            }
        })
        .collect();
    let questions: Vec<QuestionWords> = w
        .questions
        .iter()
        .map(|q| {
            let k = id_part(q.name);
            let options: Vec<(&'static str, &'static str)> = q
                .options
                .iter()
                .map(|(c, v)| (*c, t(format!("{p}-{k}-option-{}", id_part(c)), v)))
                .collect();
            QuestionWords {
                name: q.name,
                label: t(format!("{p}-{k}-label"), q.label),
                hint: match q.hint {
                    Hint::Text(h) => Hint::Text(t(format!("{p}-{k}-hint"), h)),
                    other => other,
                },
                summary_key: t(format!("{p}-{k}-summary"), q.summary_key),
                subject: t(format!("{p}-{k}-subject"), q.subject),
                required: t(format!("{p}-{k}-required"), q.required),
                example: typed(q.example),
                options: Box::leak(options.into_boxed_slice()),
                lead: q.lead.map(|l| t(format!("{p}-{k}-lead"), l)),
                item: t(format!("{p}-{k}-item"), q.item),
                items: t(format!("{p}-{k}-items"), q.items),
            }
        })
        .collect();
    ProgramWords {
        card,
        preview_heading: t(format!("{p}-preview-heading"), w.preview_heading),
        preview_note: t(format!("{p}-preview-note"), w.preview_note),
        steps: Box::leak(steps.into_boxed_slice()),
        sections: Box::leak(sections.into_boxed_slice()),
        notes: Box::leak(notes.into_boxed_slice()),
        questions: Box::leak(questions.into_boxed_slice()),
        next_steps: NextSteps {
            render: w.next_steps.render,
        },
    }
}

/// A table's example figure ("12,500") as typed in a locale other than
/// English, which groups digits otherwise: "12500", which the form reads
/// in every locale. Addresses and other examples stay as they are.
fn typed(example: &'static str) -> &'static str {
    let grouped = example.contains(',') && example.chars().all(|c| c.is_ascii_digit() || c == ',');
    if grouped {
        Box::leak(example.replace(',', "").into_boxed_str())
    } else {
        example
    }
}

/// A name or code as part of a catalogue id (`budget/amount` →
/// `budget-amount`, `event_type` → `event_type`).
fn id_part(name: &str) -> String {
    name.replace('/', "-")
}

static MISSING_CARD: CardWords = CardWords {
    slug: "",
    name: "",
    card_id: "",
    facts: &[],
    start_button: "",
    preview_link_hidden: "",
};

static MISSING: ProgramWords = ProgramWords {
    card: &MISSING_CARD,
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
    items: "",
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
            items: "",
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
