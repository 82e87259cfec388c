use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::questions::{event_date, event_type, text, yes_no, ErrorOf};
use super::{continue_to, ContinueButton, QuestionPage, StepErrors};
use crate::ui::components::text_area::TextArea;
use crate::ui::components::text_field::InputKind;
use crate::ui::fields::{Field, CP_EVENT};
use crate::ui::messages;
use crate::ui::pages::bind_text;
use crate::ui::pages::questions::hint;
use crate::ui::route::Page;
use crate::ui::state::use_app;
use crate::ui::validation::field_problems;

/// Community Partner step 2: the event or initiative, in four short groups
/// so that a long page stays easy to scan.
#[component]
pub fn CpEventPage() -> impl IntoView {
    let app = use_app();
    let (cp, today) = (app.cp, app.today);
    let errors = StepErrors::new(move || {
        cp.draft
            .with(|d| cp.parsed.with(|p| field_problems(d, p, &CP_EVENT)))
    });
    let error_of: ErrorOf = Callback::new(move |f: Field| errors.field(f));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if errors.continue_pressed() {
            continue_to(Page::CpAcknowledgements, Page::CpCheck);
        }
    };
    let draft = cp.draft;
    let (description, set_description) =
        bind_text(draft, |d| &d.description, |d| &mut d.description);
    view! {
        <QuestionPage
            page=Page::CpEvent
            back=Page::CpApplicant
            check=Page::CpCheck
            evaluation=cp.evaluation
            errors=errors
        >
            <form class="psf-form" novalidate on:submit=on_submit>
                <h2 class="psf-heading-m">"About it"</h2>
                {event_type(draft, error_of)}
                {text(draft, Field::CpTitle, InputKind::PLAIN, error_of, today, |d| &d.title, |d| &mut d.title)}
                <TextArea
                    id=Field::CpDescription.input_id()
                    label=messages::label(Field::CpDescription)
                    hint=hint(Field::CpDescription, today)
                    value=description
                    on_input=set_description
                    error=error_of.run(Field::CpDescription)
                    max_chars=Field::CpDescription.max_chars().unwrap_or(2000)
                />
                {text(draft, Field::CpPythonPercent, InputKind::PERCENT, error_of, today, |d| &d.python_percent, |d| &mut d.python_percent)}

                <h2 class="psf-heading-m">"When it is"</h2>
                {yes_no(draft, Field::CpFirstApplication, error_of, today, |d| d.first_application, |d| &mut d.first_application)}
                {event_date(draft, error_of, today)}

                <h2 class="psf-heading-m">"Web pages and Code of Conduct"</h2>
                {text(draft, Field::CpWebsite, InputKind::ADDRESS, error_of, today, |d| &d.website, |d| &mut d.website)}
                {text(draft, Field::CpCodeOfConductUrl, InputKind::ADDRESS, error_of, today, |d| &d.code_of_conduct_url, |d| &mut d.code_of_conduct_url)}
                {yes_no(draft, Field::CpCocHasReporting, error_of, today, |d| d.coc_has_reporting, |d| &mut d.coc_has_reporting)}

                <h2 class="psf-heading-m">"Where and how many"</h2>
                {text(draft, Field::CpCity, InputKind::PLAIN.width("psf-input--w20"), error_of, today, |d| &d.city, |d| &mut d.city)}
                {text(draft, Field::CpCountry, InputKind::PLAIN.width("psf-input--w20"), error_of, today, |d| &d.country, |d| &mut d.country)}
                {text(draft, Field::CpExpectedAttendees, InputKind::COUNT, error_of, today, |d| &d.expected_attendees, |d| &mut d.expected_attendees)}
                <ContinueButton />
            </form>
        </QuestionPage>
    }
}
