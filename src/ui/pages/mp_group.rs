use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::questions::{text, yes_no, ErrorOf};
use super::{continue_to, ContinueButton, QuestionPage, StepErrors};
use crate::ui::components::text_field::InputKind;
use crate::ui::fields::{Field, MP_GROUP};
use crate::ui::route::Page;
use crate::ui::state::use_app;
use crate::ui::validation::field_problems;

/// Meetup Pro step 2: the Meetup group.
#[component]
pub fn MpGroupPage() -> impl IntoView {
    let app = use_app();
    let (mp, today) = (app.mp, app.today);
    let errors = StepErrors::new(move || {
        mp.draft
            .with(|d| mp.parsed.with(|p| field_problems(d, p, &MP_GROUP)))
    });
    let error_of: ErrorOf = Callback::new(move |f: Field| errors.field(f));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if errors.continue_pressed() {
            continue_to(Page::MpCheck, Page::MpCheck);
        }
    };
    let draft = mp.draft;
    view! {
        <QuestionPage
            page=Page::MpGroup
            back=Page::MpApplicant
            check=Page::MpCheck
            evaluation=mp.evaluation
            errors=errors
        >
            <form class="psf-form" novalidate on:submit=on_submit>
                <h2 class="psf-heading-m">"The group"</h2>
                {text(draft, Field::MpGroupName, InputKind::PLAIN, error_of, today, |d| &d.group_name, |d| &mut d.group_name)}
                {text(draft, Field::MpMeetupUrl, InputKind::ADDRESS, error_of, today, |d| &d.meetup_url, |d| &mut d.meetup_url)}
                {text(draft, Field::MpCity, InputKind::PLAIN.width("psf-input--w20"), error_of, today, |d| &d.city, |d| &mut d.city)}
                {text(draft, Field::MpCountry, InputKind::PLAIN.width("psf-input--w20"), error_of, today, |d| &d.country, |d| &mut d.country)}

                <h2 class="psf-heading-m">"Code of Conduct"</h2>
                {text(draft, Field::MpCodeOfConductUrl, InputKind::ADDRESS, error_of, today, |d| &d.code_of_conduct_url, |d| &mut d.code_of_conduct_url)}
                {yes_no(draft, Field::MpCocInAbout, error_of, today, |d| d.coc_in_about, |d| &mut d.coc_in_about)}

                <h2 class="psf-heading-m">"Events and content"</h2>
                {text(draft, Field::MpEventsHeld, InputKind::COUNT, error_of, today, |d| &d.events_last_12_months, |d| &mut d.events_last_12_months)}
                {text(draft, Field::MpEventsPlanned, InputKind::COUNT, error_of, today, |d| &d.events_next_12_months, |d| &mut d.events_next_12_months)}
                {text(draft, Field::MpPythonPercent, InputKind::PERCENT, error_of, today, |d| &d.python_percent, |d| &mut d.python_percent)}
                <ContinueButton />
            </form>
        </QuestionPage>
    }
}
