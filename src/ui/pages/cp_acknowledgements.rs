use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use super::{continue_to, ContinueButton, QuestionPage, StepErrors};
use crate::rules::acknowledgements::ACKNOWLEDGEMENTS;
use crate::ui::components::checkbox::Checkbox;
use crate::ui::embed::dom_id;
use crate::ui::fields::Field;
use crate::ui::messages;
use crate::ui::route::Page;
use crate::ui::state::use_app;
use crate::ui::validation::{acknowledgement_id, acknowledgement_problems};

/// Community Partner step 3: the PSF's eight acknowledgements, each in full
/// with its own box. There is deliberately no "tick all": each is a separate
/// undertaking. Continue is refused until all eight are ticked, and the
/// summary names the ones still missing.
#[component]
pub fn CpAcknowledgementsPage() -> impl IntoView {
    let app = use_app();
    let cp = app.cp;
    let errors =
        StepErrors::new(move || cp.draft.with(|d| acknowledgement_problems(&d.acknowledged)));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if errors.continue_pressed() {
            continue_to(Page::CpCheck, Page::CpCheck);
        }
    };
    let hint_text = messages::hint(Field::CpAcknowledgements, app.today);
    let hint_id = dom_id("psf-cp-acknowledged-hint");
    let boxes = ACKNOWLEDGEMENTS
        .iter()
        .map(|ack| {
            let id = ack.id;
            let checked = page_memo(move |_| cp.draft.with(|d| d.acknowledged.contains(&id)));
            let on_change = Callback::new(move |tick: bool| {
                cp.draft.update(|d| {
                    if tick {
                        d.acknowledged.insert(id);
                    } else {
                        d.acknowledged.remove(&id);
                    }
                })
            });
            let input_id = acknowledgement_id(id);
            view! {
                <Checkbox
                    id=input_id.clone()
                    label=ack.text
                    checked=checked
                    on_change=on_change
                    error=errors.target(input_id)
                />
            }
        })
        .collect_view();
    view! {
        <QuestionPage
            page=Page::CpAcknowledgements
            back=Page::CpEvent
            check=Page::CpCheck
            evaluation=cp.evaluation
            errors=errors
        >
            <form class="psf-form" novalidate on:submit=on_submit>
                // Each unticked box carries its own error border and message.
                <div class="psf-form-group">
                    <fieldset
                        class="psf-fieldset"
                        aria-describedby=hint_text.as_ref().map(|_| hint_id.clone())
                    >
                        <legend class="psf-fieldset__legend">
                            {messages::label(Field::CpAcknowledgements)}
                        </legend>
                        {hint_text
                            .clone()
                            .map(|h| view! { <div class="psf-hint" id=hint_id.clone()>{h}</div> })}
                        <p class="psf-body">"By submitting this form, I acknowledge that:"</p>
                        <div class="psf-checkboxes">{boxes}</div>
                    </fieldset>
                </div>
                <ContinueButton />
            </form>
        </QuestionPage>
    }
}
