use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::questions::{text, ErrorOf};
use super::{continue_to, ContinueButton, QuestionPage, StepErrors};
use crate::ui::components::text_field::InputKind;
use crate::ui::fields::{Field, MP_APPLICANT};
use crate::ui::route::Page;
use crate::ui::state::use_app;
use crate::ui::validation::field_problems;

/// Meetup Pro step 1: who is applying.
#[component]
pub fn MpApplicantPage() -> impl IntoView {
    let app = use_app();
    let (mp, today) = (app.mp, app.today);
    let errors = StepErrors::new(move || {
        mp.draft
            .with(|d| mp.parsed.with(|p| field_problems(d, p, &MP_APPLICANT)))
    });
    let error_of: ErrorOf = Callback::new(move |f: Field| errors.field(f));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if errors.continue_pressed() {
            continue_to(Page::MpGroup, Page::MpCheck);
        }
    };
    let draft = mp.draft;
    view! {
        <QuestionPage
            page=Page::MpApplicant
            back=Page::Start
            check=Page::MpCheck
            evaluation=mp.evaluation
            errors=errors
        >
            <form class="psf-form" novalidate on:submit=on_submit>
                {text(draft, Field::MpFullName, InputKind::PLAIN.autocomplete("name").width("psf-input--w30"), error_of, today, |d| &d.full_name, |d| &mut d.full_name)}
                {text(draft, Field::MpEmail, InputKind::EMAIL.width("psf-input--w30"), error_of, today, |d| &d.email, |d| &mut d.email)}
                {text(draft, Field::MpRole, InputKind::PLAIN.autocomplete("organization-title").width("psf-input--w20"), error_of, today, |d| &d.role, |d| &mut d.role)}
                <ContinueButton />
            </form>
        </QuestionPage>
    }
}
