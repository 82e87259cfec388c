use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::questions::{text, ErrorOf};
use super::{continue_to, ContinueButton, QuestionPage, StepErrors};
use crate::ui::components::text_field::InputKind;
use crate::ui::fields::{Field, CP_APPLICANT};
use crate::ui::route::Page;
use crate::ui::state::use_app;
use crate::ui::validation::field_problems;

/// Community Partner step 1: who is applying.
#[component]
pub fn CpApplicantPage() -> impl IntoView {
    let app = use_app();
    let (cp, today) = (app.cp, app.today);
    let errors = StepErrors::new(move || {
        cp.draft
            .with(|d| cp.parsed.with(|p| field_problems(d, p, &CP_APPLICANT)))
    });
    let error_of: ErrorOf = Callback::new(move |f: Field| errors.field(f));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if errors.continue_pressed() {
            continue_to(Page::CpEvent, Page::CpCheck);
        }
    };
    let draft = cp.draft;
    view! {
        <QuestionPage
            page=Page::CpApplicant
            back=Page::Start
            check=Page::CpCheck
            evaluation=cp.evaluation
            errors=errors
        >
            <form class="psf-form" novalidate on:submit=on_submit>
                {text(draft, Field::CpFirstName, InputKind::PLAIN.autocomplete("given-name").width("psf-input--w20"), error_of, today, |d| &d.first_name, |d| &mut d.first_name)}
                {text(draft, Field::CpLastName, InputKind::PLAIN.autocomplete("family-name").width("psf-input--w20"), error_of, today, |d| &d.last_name, |d| &mut d.last_name)}
                {text(draft, Field::CpEmail, InputKind::EMAIL.width("psf-input--w30"), error_of, today, |d| &d.email, |d| &mut d.email)}
                <ContinueButton />
            </form>
        </QuestionPage>
    }
}
