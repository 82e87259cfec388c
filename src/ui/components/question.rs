//! One question of any definition, drawn by its control kind: the one place
//! that turns a `rules::program::Question` into inputs. What a question
//! needs beyond its control is a named hook of the definition: a reveal
//! (questions shown inside one option), a note under an option, the
//! submission window under a date, the character count of a long text.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::program::{Control, Hook, Program, Question};
use crate::ui::draft::{in_definition_order, index_of, Answer, Draft};
use crate::ui::ids::dom_id;
use crate::ui::page_memo::page_memo;
use crate::ui::validation::{input_id, item_id};
use crate::ui::words;

use super::answer_input::{answer_input, Extras, Slot};
use super::checkbox::Checkbox;
use super::grant_window::GrantWindow;
use super::list_field::ListField;
use super::window_feedback::WindowFeedback;

/// The messages beside a page's questions: by question name, and by the id
/// of one input (a checklist's boxes have one each).
#[derive(Clone, Copy)]
pub struct Messages {
    pub field: Callback<&'static str, Signal<Option<String>>>,
    pub target: Callback<String, Signal<Option<String>>>,
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
    let slot = Slot::Question { draft, i };
    let answer = move || draft.with(|d| d.answer(i).cloned());
    match &question.control {
        Control::Date => {
            let date = move || match answer() {
                Some(Answer::Date(d)) => d.parse().ok().flatten(),
                _ => None,
            };
            let number = move |q: &Question| {
                let at = index_of(program, q.name);
                move || {
                    at.and_then(|a| draft.with(|d| d.answer(a).map(|x| x.text().to_string())))
                        .and_then(|t| crate::rules::form::parse_money(&t).ok().flatten())
                }
            };
            let window = question.hooks.iter().find_map(|h| match h {
                Hook::SubmissionWindow { first_application } => {
                    let date = page_memo(move |_| date());
                    let first = index_of(program, first_application.name);
                    let first = page_memo(move |_| {
                        first.and_then(|f| match draft.with(|d| d.answer(f).cloned()) {
                            Some(Answer::Flag(b)) => b,
                            _ => None,
                        })
                    });
                    Some(view! { <WindowFeedback event_date=date first_application=first today=today program=program /> }.into_any())
                }
                Hook::RequestWindow { amount } => {
                    let date = page_memo(move |_| date());
                    let amount = page_memo({
                        let read = number(amount);
                        move |_| read()
                    });
                    Some(view! { <GrantWindow start_date=date amount_requested=amount today=today program=program /> }.into_any())
                }
                _ => None,
            });
            let extras = Extras { hint, error, reveal: None };
            view! {
                {answer_input(question, w, id, slot, extras)}
                {window}
            }
            .into_any()
        }
        Control::OneOf(codes) => {
            // One option reveals questions of its own (GOV.UK's conditional reveal).
            let reveal = codes
                .iter()
                .copied()
                .find(|c| program.revealed(question, c).next().is_some())
                .map(|option| {
                    let children: ChildrenFn = std::sync::Arc::new(move || {
                        program
                            .revealed(question, option)
                            .map(|q| view! { <QuestionField program=program question=q draft=draft messages=messages today=today /> })
                            .collect_view()
                            .into_any()
                    });
                    (option, children)
                });
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
            let extras = Extras { hint, error, reveal };
            view! { {answer_input(question, w, id, slot, extras)} {notes} }.into_any()
        }
        Control::List(_) => view! {
            <ListField program=program question=question draft=draft messages=messages today=today />
        }
        .into_any(),
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
                            d.set(i, Answer::Ticks(in_definition_order(control, &ticks)));
                        })
                    });
                    let label = w.checkbox_label(code);
                    let translation = crate::ui::words::acknowledgement_translation(code);
                    let box_id = item_id(program, item);
                    let error = messages.target.run(box_id.clone());
                    view! {
                        <Checkbox id=box_id label=label checked=checked on_change=on_change error=error translation=translation />
                    }
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
        _ => answer_input(question, w, id, slot, Extras { hint, error, reveal: None }),
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
