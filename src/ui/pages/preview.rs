//! The eligibility preview: the eligibility questions only, no personal
//! data, nothing saved or sent; an instant verdict with reasons and key
//! dates, and a button that carries the answers into the application.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::rules::eligibility::{self, Evaluation, RuleId};
use crate::ui::components::back_link::BackLink;
use crate::ui::components::eligibility_panel::EligibilityPanel;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::text_field::InputKind;
use crate::ui::draft::{DateParts, Parsed, ProgramDraft};
use crate::ui::fields::{Field, Program};
use crate::ui::messages;
use crate::ui::page_memo::page_memo;
use crate::ui::route::{navigate, Location, Page};
use crate::ui::state::use_app;

use super::questions::{event_date, event_type, text, yes_no, ErrorOf};
use super::use_title;

/// What the preview does not ask, so leaves out of its verdict: the
/// description (community impact) and the acknowledgements come with the
/// application itself.
const NOT_IN_PREVIEW: [RuleId; 2] = [RuleId::CpCommunityImpact, RuleId::CpAcknowledgements];

pub fn without_application_only(e: &Evaluation) -> Evaluation {
    let outcomes: Vec<_> = e
        .outcomes
        .iter()
        .filter(|o| !NOT_IN_PREVIEW.contains(&o.rule))
        .cloned()
        .collect();
    Evaluation {
        verdict: eligibility::verdict(&outcomes),
        outcomes,
    }
}

/// In the preview only typed text that cannot be read is an error (there is
/// no Continue to validate against), and it shows at once.
fn parse_error_of<D: ProgramDraft>(
    draft: RwSignal<D>,
    parsed: Memo<Parsed<D::Answers>>,
) -> ErrorOf {
    // The messages' render effects read this page-owned copy, never the
    // app-wide memo, which would keep them after the page has gone.
    let parsed = page_memo(move |_| parsed.get());
    Callback::new(move |field: Field| {
        Signal::derive(move || {
            parsed.with(|p| {
                p.parse_errors
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, e)| {
                        let missing = draft.with(|d| d.date_parts(field).map(DateParts::missing));
                        messages::parse_error(field, *e, missing.unwrap_or_default())
                    })
            })
        })
    })
}

#[component]
pub fn PreviewPage(program: Program) -> impl IntoView {
    let app = use_app();
    let today = app.today;
    let page = Page::Preview(program);
    use_title(page, Signal::derive(|| false));
    let (evaluation, questions, carry): (Signal<Evaluation>, AnyView, Callback<()>) = match program
    {
        Program::CommunityPartner => {
            let cp = app.cp;
            let draft = cp.preview;
            let error_of = parse_error_of(draft, cp.preview_parsed);
            let evaluation =
                Signal::derive(move || cp.preview_evaluation.with(without_application_only));
            let questions = view! {
                {event_type(draft, error_of)}
                {text(draft, Field::CpPythonPercent, InputKind::PERCENT, error_of, today, |d| &d.python_percent, |d| &mut d.python_percent)}
                {yes_no(draft, Field::CpFirstApplication, error_of, today, |d| d.first_application, |d| &mut d.first_application)}
                {event_date(draft, error_of, today)}
                {text(draft, Field::CpWebsite, InputKind::ADDRESS, error_of, today, |d| &d.website, |d| &mut d.website)}
                {text(draft, Field::CpCodeOfConductUrl, InputKind::ADDRESS, error_of, today, |d| &d.code_of_conduct_url, |d| &mut d.code_of_conduct_url)}
                {yes_no(draft, Field::CpCocHasReporting, error_of, today, |d| d.coc_has_reporting, |d| &mut d.coc_has_reporting)}
            }
            .into_any();
            let carry = Callback::new(move |_| {
                let answers = draft.get_untracked();
                cp.draft.update(|d| d.take_preview(&answers));
                navigate(&Location::at(Page::CpApplicant));
            });
            (evaluation, questions, carry)
        }
        Program::MeetupPro => {
            let mp = app.mp;
            let draft = mp.preview;
            let error_of = parse_error_of(draft, mp.preview_parsed);
            let questions = view! {
                {text(draft, Field::MpMeetupUrl, InputKind::ADDRESS, error_of, today, |d| &d.meetup_url, |d| &mut d.meetup_url)}
                {text(draft, Field::MpPythonPercent, InputKind::PERCENT, error_of, today, |d| &d.python_percent, |d| &mut d.python_percent)}
                {text(draft, Field::MpCodeOfConductUrl, InputKind::ADDRESS, error_of, today, |d| &d.code_of_conduct_url, |d| &mut d.code_of_conduct_url)}
                {yes_no(draft, Field::MpCocInAbout, error_of, today, |d| d.coc_in_about, |d| &mut d.coc_in_about)}
                {text(draft, Field::MpEventsHeld, InputKind::COUNT, error_of, today, |d| &d.events_last_12_months, |d| &mut d.events_last_12_months)}
                {text(draft, Field::MpEventsPlanned, InputKind::COUNT, error_of, today, |d| &d.events_next_12_months, |d| &mut d.events_next_12_months)}
            }
            .into_any();
            let carry = Callback::new(move |_| {
                let answers = draft.get_untracked();
                mp.draft.update(|d| d.take_preview(&answers));
                navigate(&Location::at(Page::MpApplicant));
            });
            (mp.preview_evaluation.into(), questions, carry)
        }
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        carry.run(());
    };
    let note = match program {
        Program::CommunityPartner => {
            "The application also asks you to describe the event (the PSF judges its impact on the Python community) and to agree to eight acknowledgements."
        }
        Program::MeetupPro => {
            "The PSF also checks your group's Meetup page when it reviews your application."
        }
    };
    view! {
        <div class="psf-page">
            <BackLink href=Page::Start.href() />
            <PageHeading text=messages::page_heading(page) caption="Eligibility check" />
            <p class="psf-lead">
                "Answer these questions to see straight away whether you can apply, and when. We don't ask for personal details here, and nothing is saved or sent."
            </p>
            <div class="psf-layout">
                <div class="psf-layout__aside">
                    <EligibilityPanel evaluation=evaluation>
                        <p class="psf-body">{note}</p>
                    </EligibilityPanel>
                </div>
                <div class="psf-layout__main">
                    <form class="psf-form" novalidate on:submit=on_submit>
                        {questions}
                        <p class="psf-body">
                            "Ready? Your answers here go into the application, so you won't type them twice."
                        </p>
                        <button type="submit" class="psf-button psf-button--start">
                            "Apply with these answers"
                        </button>
                    </form>
                </div>
            </div>
        </div>
    }
}
