//! One question of any definition, drawn by its control kind: the one place
//! that turns a `rules::program::Question` into inputs. What a question
//! needs beyond its control is a named hook of the definition: a reveal
//! (questions shown inside one option), a note under an option, the
//! submission window under a date, the character count of a long text.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::acknowledgements::ACKNOWLEDGEMENTS;
use crate::rules::program::{Control, Hook, Limit, Program, Question};
use crate::ui::draft::{index_of, Answer, DateParts, Draft};
use crate::ui::ids::dom_id;
use crate::ui::page_memo::page_memo;
use crate::ui::validation::{input_id, item_id};
use crate::ui::words;

use super::checkbox::Checkbox;
use super::date_field::DateField;
use super::radios::{RadioOption, Radios};
use super::text_area::TextArea;
use super::text_field::{InputKind, TextField};
use super::window_feedback::WindowFeedback;
use super::yes_no::YesNo;

/// The messages beside a page's questions: by question name, and by the id
/// of one input (a checklist's boxes have one each).
#[derive(Clone, Copy)]
pub struct Messages {
    pub field: Callback<&'static str, Signal<Option<String>>>,
    pub target: Callback<String, Signal<Option<String>>>,
}

/// How a text-like control's input behaves, from the definition.
fn input_kind(question: &Question) -> InputKind {
    let base = match question.control {
        Control::Email => InputKind::EMAIL,
        Control::Url => InputKind::ADDRESS,
        Control::WholeNumber => InputKind::COUNT,
        Control::Percentage => InputKind::PERCENT,
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

/// Draws `question` of `program`, bound to its answer in `draft`.
#[component]
pub fn QuestionField(
    program: &'static Program,
    question: &'static Question,
    /// The answers as typed (an application's, or a preview's own).
    draft: RwSignal<Draft>,
    messages: Messages,
    /// For hints with an example date and the submission window.
    today: NaiveDate,
) -> AnyView {
    let Some(i) = index_of(program, question.name) else {
        return ().into_any();
    };
    let words = words::of(program);
    let w = words.question(question.name);
    let id = input_id(program, question);
    let label = w.label;
    let hint = w.hint(today);
    let error = messages.field.run(question.name);
    let answer = move || draft.with(|d| d.answer(i).cloned());
    match &question.control {
        Control::Text
        | Control::Email
        | Control::Url
        | Control::WholeNumber
        | Control::Percentage => {
            let value = page_memo(move |_| draft.with(|d| text_of(d, i)));
            let on_input =
                Callback::new(move |t: String| draft.update(|d| d.set(i, Answer::Text(t))));
            view! {
                <TextField id=id label=label hint=hint value=value on_input=on_input error=error kind=input_kind(question) />
            }
            .into_any()
        }
        Control::LongText => {
            let value = page_memo(move |_| draft.with(|d| text_of(d, i)));
            let on_input =
                Callback::new(move |t: String| draft.update(|d| d.set(i, Answer::Text(t))));
            let max_chars = match question.limit {
                Limit::Chars(n)
                    if question
                        .hooks
                        .iter()
                        .any(|h| matches!(h, Hook::CharacterCount)) =>
                {
                    n
                }
                _ => usize::MAX / 4,
            };
            view! {
                <TextArea id=id label=label hint=hint value=value on_input=on_input error=error max_chars=max_chars />
            }
            .into_any()
        }
        Control::Date => {
            let value = page_memo(move |_| match answer() {
                Some(Answer::Date(d)) => d,
                _ => DateParts::default(),
            });
            let on_change = Callback::new(move |parts: DateParts| {
                draft.update(|d| d.set(i, Answer::Date(parts)))
            });
            let window = question.hooks.iter().find_map(|h| match h {
                Hook::SubmissionWindow { first_application } => Some(*first_application),
                _ => None,
            });
            let window = window.map(|first| {
                let date = page_memo(move |_| match answer() {
                    Some(Answer::Date(d)) => d.parse().ok().flatten(),
                    _ => None,
                });
                let first = index_of(program, first.name);
                let first = page_memo(move |_| {
                    first.and_then(|f| match draft.with(|d| d.answer(f).cloned()) {
                        Some(Answer::Flag(b)) => b,
                        _ => None,
                    })
                });
                view! { <WindowFeedback event_date=date first_application=first today=today /> }
            });
            view! {
                <DateField id=id legend=label hint=hint value=value on_change=on_change error=error />
                {window}
            }
            .into_any()
        }
        Control::YesNo => {
            let value = page_memo(move |_| match answer() {
                Some(Answer::Flag(b)) => b,
                _ => None,
            });
            let on_change =
                Callback::new(move |b: bool| draft.update(|d| d.set(i, Answer::Flag(Some(b)))));
            view! { <YesNo id=id legend=label hint=hint value=value on_change=on_change error=error /> }
                .into_any()
        }
        Control::OneOf(codes) => {
            let options: Vec<RadioOption> = codes
                .iter()
                .map(|c| RadioOption::new(*c, w.option(c)))
                .collect();
            let value = page_memo(move |_| match answer() {
                Some(Answer::Choice(c)) => c.map(str::to_string),
                _ => None,
            });
            let control = &question.control;
            let on_change = Callback::new(move |code: String| {
                draft.update(|d| d.set(i, Answer::Choice(control.code(&code))))
            });
            // One option reveals questions of its own (GOV.UK's conditional reveal).
            let reveal = codes
                .iter()
                .copied()
                .find(|c| program.revealed(question, c).next().is_some());
            let notes = question
                .hooks
                .iter()
                .filter_map(|h| match h {
                    Hook::Note { option, key } => Some((*option, words.note(key))),
                    _ => None,
                })
                .map(|(option, note)| {
                    let chosen = page_memo(move |_| match answer() {
                        Some(Answer::Choice(c)) => c == Some(option),
                        _ => false,
                    });
                    let note = note.map(|n| (n.before, n.link_text, n.link_href, n.after));
                    view! {
                        <Show when=move || chosen.get()>
                            {note.map(|(before, link, href, after)| view! {
                                <div class="psf-inset">
                                    {before}
                                    <a class="psf-link" href=href>{link}</a>
                                    {after}
                                </div>
                            })}
                        </Show>
                    }
                })
                .collect_view();
            let radios = match reveal {
                Some(option) => view! {
                    <Radios id=id legend=label hint=hint options=options value=value on_change=on_change error=error reveal_for=option>
                        {program
                            .revealed(question, option)
                            .map(|q| view! { <QuestionField program=program question=q draft=draft messages=messages today=today /> })
                            .collect_view()}
                    </Radios>
                }
                .into_any(),
                None => view! {
                    <Radios id=id legend=label hint=hint options=options value=value on_change=on_change error=error />
                }
                .into_any(),
            };
            view! { {radios} {notes} }.into_any()
        }
        Control::Checklist(items) => {
            let hint_id = dom_id(&format!("{}{}-hint", program.id_prefix, question.id));
            let boxes = items
                .iter()
                .map(|item| {
                    let code = item.code;
                    let checked = page_memo(move |_| match answer() {
                        Some(Answer::Ticks(t)) => t.contains(&code),
                        _ => false,
                    });
                    let control = &question.control;
                    let on_change = Callback::new(move |tick: bool| {
                        draft.update(|d| {
                            let mut ticks = match d.answer(i) {
                                Some(Answer::Ticks(t)) => t.clone(),
                                _ => Vec::new(),
                            };
                            ticks.retain(|t| *t != code);
                            if tick {
                                ticks.push(code);
                            }
                            ticks.sort_by_key(|t| control.codes().position(|c| c == *t));
                            d.set(i, Answer::Ticks(ticks));
                        })
                    });
                    // The PSF's own texts are the labels of its acknowledgements.
                    let label = ACKNOWLEDGEMENTS
                        .iter()
                        .find(|a| a.id.code() == code)
                        .map_or(w.option(code), |a| a.text);
                    let box_id = item_id(program, item);
                    let error = messages.target.run(box_id.clone());
                    view! { <Checkbox id=box_id label=label checked=checked on_change=on_change error=error /> }
                })
                .collect_view();
            let described_by = hint.as_ref().map(|_| hint_id.clone());
            view! {
                // Each unticked box carries its own error border and message.
                <div class="psf-form-group">
                    <fieldset class="psf-fieldset" aria-describedby=described_by>
                        <legend class="psf-fieldset__legend">{label}</legend>
                        {hint.map(|h| view! { <div class="psf-hint" id=hint_id.clone()>{h}</div> })}
                        {w.lead.map(|l| view! { <p class="psf-body">{l}</p> })}
                        <div class="psf-checkboxes">{boxes}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
    }
}

/// Draws `questions` in their order; a revealed question is left to the
/// option that shows it.
pub fn questions_view(
    program: &'static Program,
    questions: &'static [&'static Question],
    draft: RwSignal<Draft>,
    messages: Messages,
    today: NaiveDate,
) -> impl IntoView {
    questions
        .iter()
        .copied()
        .filter(|q| q.revealed_by.is_none())
        .map(|q| view! { <QuestionField program=program question=q draft=draft messages=messages today=today /> })
        .collect_view()
}

fn text_of(d: &Draft, i: usize) -> String {
    d.answer(i)
        .map(|a| a.text().to_string())
        .unwrap_or_default()
}
