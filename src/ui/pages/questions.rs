//! Questions bound to a draft, shared by the steps and the eligibility
//! previews (which ask the same questions of a separate, unsaved draft).

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::community_partner::EventType;
use crate::ui::components::date_field::DateField;
use crate::ui::components::radios::{RadioOption, Radios};
use crate::ui::components::text_field::{InputKind, TextField};
use crate::ui::components::window_feedback::WindowFeedback;
use crate::ui::components::yes_no::YesNo;
use crate::ui::draft::{CpDraft, ProgramDraft};
use crate::ui::fields::{event_type_code, event_type_from_code, Field, Program};
use crate::ui::messages;
use crate::ui::route::Page;

use super::{bind_date, bind_flag, bind_text};

/// The error beside each question, from the page's validation.
pub type ErrorOf = Callback<Field, Signal<Option<String>>>;

pub fn hint(field: Field, today: NaiveDate) -> Option<String> {
    // An example a few months ahead reads as a plausible event date.
    let example = today.checked_add_days(Days::new(90)).unwrap_or(today);
    messages::hint(field, example)
}

/// Type of event or initiative, revealing "Other"'s own text question.
pub fn event_type(draft: RwSignal<CpDraft>, error: ErrorOf) -> impl IntoView {
    let options: Vec<RadioOption> = EventType::ALL
        .into_iter()
        .map(|t| RadioOption::new(event_type_code(t), messages::event_type_label(t)))
        .collect();
    let value =
        page_memo(move |_| draft.with(|d| d.event_type.map(|t| event_type_code(t).to_string())));
    let on_change = Callback::new(move |code: String| {
        draft.update(|d| d.event_type = event_type_from_code(&code));
    });
    let (other, set_other) = bind_text(draft, |d| &d.event_type_other, |d| &mut d.event_type_other);
    let other_error = error.run(Field::CpEventTypeOther);
    let is_meetup = page_memo(move |_| draft.with(|d| d.event_type == Some(EventType::Meetup)));
    view! {
        <Radios
            id=Field::CpEventType.input_id()
            legend=messages::label(Field::CpEventType)
            options=options
            value=value
            on_change=on_change
            error=error.run(Field::CpEventType)
            reveal_for="other"
        >
            <TextField
                id=Field::CpEventTypeOther.input_id()
                label=messages::label(Field::CpEventTypeOther)
                value=other
                on_input=set_other
                error=other_error
            />
        </Radios>
        <Show when=move || is_meetup.get()>
            <div class="psf-inset">
                "Is it a group on Meetup.com? The PSF may also pay its Meetup fees through the "
                <a class="psf-link" href=Page::Preview(Program::MeetupPro).href()>
                    "Meetup Pro Network"
                </a>
                "."
            </div>
        </Show>
    }
}

/// The event date (three boxes) with the submission window under it.
pub fn event_date(draft: RwSignal<CpDraft>, error: ErrorOf, today: NaiveDate) -> impl IntoView {
    let (value, on_change) = bind_date(draft, |d| &d.event_date, |d| &mut d.event_date);
    let parsed = page_memo(move |_| draft.with(|d| d.event_date.parse().ok().flatten()));
    let first = page_memo(move |_| draft.with(|d| d.first_application));
    let field = Field::CpEventDate;
    view! {
        <DateField
            id=field.input_id()
            legend=messages::label(field)
            hint=hint(field, today)
            value=value
            on_change=on_change
            error=error.run(field)
        />
        <WindowFeedback event_date=parsed first_application=first today=today />
    }
}

/// A yes/no question of any draft.
pub fn yes_no<D: ProgramDraft>(
    draft: RwSignal<D>,
    field: Field,
    error: ErrorOf,
    today: NaiveDate,
    get: fn(&D) -> Option<bool>,
    get_mut: fn(&mut D) -> &mut Option<bool>,
) -> impl IntoView {
    let (value, on_change) = bind_flag(draft, get, get_mut);
    view! {
        <YesNo
            id=field.input_id()
            legend=messages::label(field)
            hint=hint(field, today)
            value=value
            on_change=on_change
            error=error.run(field)
        />
    }
}

/// A text question of any draft.
pub fn text<D: ProgramDraft>(
    draft: RwSignal<D>,
    field: Field,
    kind: InputKind,
    error: ErrorOf,
    today: NaiveDate,
    get: fn(&D) -> &String,
    get_mut: fn(&mut D) -> &mut String,
) -> impl IntoView {
    let (value, on_input) = bind_text(draft, get, get_mut);
    view! {
        <TextField
            id=field.input_id()
            label=messages::label(field)
            hint=hint(field, today)
            value=value
            on_input=on_input
            error=error.run(field)
            kind=kind
        />
    }
}
