//! A list the person adds lines to (GOV.UK's "add another"): each line a
//! fieldset of the same questions, with its own Remove button; "Add a line"
//! below. Lines are keyed, so that removing one keeps the others' inputs,
//! what they hold and their messages as they were. Focus goes to the first
//! input of a new line; a removal is announced and focus goes to the Add
//! button, which stays in place.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::program::{Control, Hook, Program, Question};
use crate::ui::draft::{index_of, Draft};
use crate::ui::i18n::lower_case;
use crate::ui::messages;
use crate::ui::page_memo::page_memo;
use crate::ui::scroll::offset_setting;
use crate::ui::validation::{input_id, line_input_id, line_target_id};
use crate::ui::words;

use super::answer_input::{answer_input, Extras, Slot};
use super::described_by;
use super::error_message::ErrorMessage;
use super::error_summary::focus_input;
use super::question::Messages;

/// Draws the list `question` of `program`, bound to its lines in `draft`.
#[component]
pub fn ListField(
    program: &'static Program,
    /// A question whose control is `Control::List`.
    question: &'static Question,
    draft: RwSignal<Draft>,
    messages: Messages,
    today: NaiveDate,
) -> impl IntoView {
    let (Some(i), Control::List(list)) = (index_of(program, question.name), &question.control)
    else {
        return ().into_any();
    };
    let words = words::of(program);
    let w = words.question(question.name);
    let item = w.item;
    let items = w.items;
    let id = input_id(program, question);
    let add_id = format!("{id}-add");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = messages.field.run(question.name);
    let has_error = move || error.with(Option::is_some);
    let keys =
        page_memo(move |_| draft.with(|d| d.lines(i).iter().map(|l| l.key).collect::<Vec<u32>>()));
    let announcement = RwSignal::new(String::new());
    let offset = offset_setting();
    let hint = w.hint(today);
    let describedby = {
        let hint_id = hint.as_ref().map(|_| hint_id.clone());
        let error_id = error_id.clone();
        move || described_by(&[hint_id.clone(), has_error().then(|| error_id.clone())])
    };

    let add = {
        move |_| {
            let key = draft
                .try_update(|d| d.add_line(i, list.fields))
                .unwrap_or_default();
            let n = keys.with_untracked(Vec::len);
            announcement.set(messages::line_added(item, n));
            if let Some(first) = list.fields.first() {
                let target = line_target_id(program, question, key, first);
                request_animation_frame(move || focus_input(&target, offset));
            }
        }
    };
    let line = {
        let (id, add_id) = (id.clone(), add_id.clone());
        move |key: u32| {
            let number = page_memo(move |_| {
                keys.with(|k| k.iter().position(|x| *x == key).map_or(0, |p| p + 1))
            });
            let fields = list
                .fields
                .iter()
                .enumerate()
                .map(|(f, field)| {
                    let field_id = line_input_id(&id, key, field);
                    let fw = words.field(question.name, field.name);
                    let slot = Slot::Line {
                        draft,
                        list: i,
                        key,
                        field: f,
                    };
                    let extras = Extras {
                        hint: fw.hint(today),
                        error: messages.target.run(field_id.clone()),
                        reveal: None,
                    };
                    answer_input(field, fw, field_id, slot, extras)
                })
                .collect_view();
            let add_id = add_id.clone();
            let remove = move |_| {
                let n = number.get_untracked();
                draft.update(|d| d.remove_line(i, key));
                announcement.set(messages::line_removed(
                    item,
                    items,
                    n,
                    keys.with_untracked(Vec::len),
                ));
                let add_id = add_id.clone();
                request_animation_frame(move || focus_input(&add_id, offset));
            };
            view! {
                <fieldset class="psf-fieldset psf-list-item" data-line=key>
                    <legend class="psf-fieldset__legend psf-fieldset__legend--s">
                        {move || messages::line_name(item, number.get())}
                    </legend>
                    {fields}
                    <button type="button" class="psf-button psf-button--secondary psf-list-item__remove" on:click=remove>
                        {messages::remove()}
                        <span class="psf-visually-hidden">{move || format!(" {}", lower_case(&messages::line_name(item, number.get())))}</span>
                    </button>
                </fieldset>
            }
        }
    };
    let total = question.hooks.iter().find_map(|h| match h {
        Hook::RunningTotal { field, against } => Some((*field, *against)),
        _ => None,
    });
    let total = total.map(|(field, against)| {
        let f = list.fields.iter().position(|q| q.name == field);
        let against_at = index_of(program, against.name);
        let figures = page_memo(move |_| {
            draft.with(|d| {
                // What reads so far: a line still being typed counts as nothing.
                let lines_total: u64 = d
                    .lines(i)
                    .iter()
                    .filter_map(|l| {
                        let typed = f.and_then(|f| l.answers.get(f)).map_or("", |a| a.text());
                        crate::rules::form::parse_money(typed).ok().flatten()
                    })
                    .map(u64::from)
                    .sum();
                let requested = against_at
                    .and_then(|a| d.answer(a))
                    .and_then(|a| crate::rules::form::parse_money(a.text()).ok().flatten());
                (lines_total, requested)
            })
        });
        let against_words = words.question(against.name).summary_key;
        view! {
            <p class="psf-list-total" data-testid="psf-running-total">
                {move || {
                    let (lines, requested) = figures.get();
                    messages::running_total(lines, requested, against_words)
                }}
            </p>
        }
    });
    let at_most = list.max_lines;
    let add_described_by = StoredValue::new(error_id.clone());
    let full = move || keys.with(Vec::len) >= at_most;
    view! {
        <div class="psf-form-group psf-list" class:psf-form-group--error=has_error id=id.clone() tabindex="-1">
          <fieldset class="psf-fieldset" aria-describedby=describedby>
            <legend class="psf-fieldset__legend">{w.label}</legend>
            {hint.map(|h| view! { <div class="psf-hint" id=hint_id.clone()>{h}</div> })}
            <ErrorMessage id=error_id.clone() message=error />
            <For each=move || keys.get() key=|k| *k children=line />
            {total}
            <Show
                when=move || !full()
                fallback=move || view! { <p class="psf-body">{messages::lines_full(item, items, at_most)}</p> }
            >
                <button
                    type="button"
                    class="psf-button psf-button--secondary"
                    id=add_id.clone()
                    aria-describedby=move || has_error().then(|| add_described_by.get_value())
                    on:click=add
                >
                    {move || messages::add_line(item, keys.with(Vec::is_empty))}
                </button>
            </Show>
          </fieldset>
            <div class="psf-visually-hidden" role="status" aria-live="polite" data-testid="psf-list-announcement">
                {move || announcement.get()}
            </div>
        </div>
    }
    .into_any()
}
