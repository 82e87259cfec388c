//! The inputs of one answer, by its control: shared by the questions of a
//! page (`question`) and the fields of a list's lines (`list_field`), so
//! that a control is drawn one way wherever it is asked.

use leptos::prelude::*;

use crate::rules::program::{Control, Hook, Limit, Question};
use crate::ui::draft::{Answer, DateParts, Draft};
use crate::ui::page_memo::page_memo;
use crate::ui::words::QuestionWords;

use super::checkbox::Checkbox;
use super::date_field::DateField;
use super::radios::{RadioOption, Radios};
use super::text_area::TextArea;
use super::text_field::{InputKind, TextField};
use super::yes_no::YesNo;

/// Where an answer lives in the draft: a question's own, or a field of one
/// line of a list.
#[derive(Clone, Copy)]
pub enum Slot {
    Question {
        draft: RwSignal<Draft>,
        /// The question's place in `Program::questions`.
        i: usize,
    },
    Line {
        draft: RwSignal<Draft>,
        /// The list's place in `Program::questions`.
        list: usize,
        key: u32,
        /// The field's place in `List::fields`.
        field: usize,
    },
}

impl Slot {
    /// The answer, tracked.
    pub fn get(self) -> Option<Answer> {
        match self {
            Slot::Question { draft, i } => draft.with(|d| d.answer(i).cloned()),
            Slot::Line {
                draft,
                list,
                key,
                field,
            } => draft.with(|d| d.in_line(list, key, field).cloned()),
        }
    }

    pub fn set(self, answer: Answer) {
        match self {
            Slot::Question { draft, i } => draft.update(|d| d.set(i, answer)),
            Slot::Line {
                draft,
                list,
                key,
                field,
            } => draft.update(|d| d.set_in_line(list, key, field, answer)),
        }
    }

    fn text(self) -> String {
        self.get().map(|a| a.text().to_string()).unwrap_or_default()
    }
}

/// How a text-like control's input behaves, from the definition.
fn input_kind(question: &Question) -> InputKind {
    let base = match question.control {
        Control::Email => InputKind::EMAIL,
        Control::Url => InputKind::ADDRESS,
        Control::WholeNumber => InputKind::COUNT,
        Control::Percentage => InputKind::PERCENT,
        Control::Money => InputKind::MONEY,
        _ => InputKind::PLAIN,
    };
    let width = match question.width {
        Some(3) => Some("psf-input--w3"),
        Some(5) => Some("psf-input--w5"),
        Some(10) => Some("psf-input--w10"),
        Some(20) => Some("psf-input--w20"),
        Some(30) => Some("psf-input--w30"),
        _ => base.width,
    };
    InputKind {
        autocomplete: question.autocomplete.or(base.autocomplete),
        width,
        ..base
    }
}

/// What an input shows besides its control.
pub struct Extras {
    pub hint: Option<String>,
    pub error: Signal<Option<String>>,
    /// The option whose choice shows `children` inside it.
    pub reveal: Option<(&'static str, ChildrenFn)>,
}

/// The inputs of `question` with id `id`, bound to `slot`. A list and a
/// checklist are drawn by their own components, not here.
pub fn answer_input(
    question: &'static Question,
    words: &'static QuestionWords,
    id: String,
    slot: Slot,
    extras: Extras,
) -> AnyView {
    let Extras {
        hint,
        error,
        reveal,
    } = extras;
    let label = words.label;
    let optional = !question.required;
    match &question.control {
        Control::Text
        | Control::Email
        | Control::Url
        | Control::WholeNumber
        | Control::Percentage
        | Control::Money => {
            let value = page_memo(move |_| slot.text());
            let on_input = Callback::new(move |t: String| slot.set(Answer::Text(t)));
            view! {
                <TextField id=id label=label hint=hint value=value on_input=on_input error=error optional=optional kind=input_kind(question) />
            }
            .into_any()
        }
        Control::LongText => {
            let value = page_memo(move |_| slot.text());
            let on_input = Callback::new(move |t: String| slot.set(Answer::Text(t)));
            let counted = question
                .hooks
                .iter()
                .any(|h| matches!(h, Hook::CharacterCount));
            let max_chars = match question.limit {
                Limit::Chars(n) if counted => n,
                _ => usize::MAX / 4,
            };
            view! {
                <TextArea id=id label=label hint=hint value=value on_input=on_input error=error max_chars=max_chars />
            }
            .into_any()
        }
        Control::Date => {
            let value = page_memo(move |_| match slot.get() {
                Some(Answer::Date(d)) => d,
                _ => DateParts::default(),
            });
            let on_change = Callback::new(move |parts: DateParts| slot.set(Answer::Date(parts)));
            view! { <DateField id=id legend=label hint=hint value=value on_change=on_change error=error optional=optional /> }
                .into_any()
        }
        Control::YesNo => {
            let value = page_memo(move |_| match slot.get() {
                Some(Answer::Flag(b)) => b,
                _ => None,
            });
            let on_change = Callback::new(move |b: bool| slot.set(Answer::Flag(Some(b))));
            view! { <YesNo id=id legend=label hint=hint value=value on_change=on_change error=error /> }
                .into_any()
        }
        Control::Tick => {
            let checked = page_memo(move |_| matches!(slot.get(), Some(Answer::Flag(Some(true)))));
            let on_change = Callback::new(move |b: bool| slot.set(Answer::Flag(Some(b))));
            view! {
                <div class="psf-form-group psf-checkboxes psf-checkboxes--small">
                    <Checkbox id=id label=label checked=checked on_change=on_change error=error />
                </div>
            }
            .into_any()
        }
        Control::OneOf(codes) => {
            let options: Vec<RadioOption> = codes
                .iter()
                .map(|c| RadioOption::new(*c, words.option(c)))
                .collect();
            let value = page_memo(move |_| match slot.get() {
                Some(Answer::Choice(c)) => c.map(str::to_string),
                _ => None,
            });
            let control = &question.control;
            let on_change =
                Callback::new(move |code: String| slot.set(Answer::Choice(control.code(&code))));
            let (reveal_for, children) = reveal.map_or((None, None), |(o, c)| (Some(o), Some(c)));
            view! {
                <Radios id=id legend=label hint=hint options=options value=value on_change=on_change error=error reveal_for=reveal_for children=children />
            }
            .into_any()
        }
        Control::Checklist(_) | Control::List(_) => ().into_any(),
    }
}
