//! One component per page, and what the question pages share: bindings from
//! a draft to its inputs, the step's validation state, the document title,
//! and the question-page layout (questions beside the eligibility panel).

pub mod check_answers;
pub mod confirmation;
pub mod cp_acknowledgements;
pub mod cp_applicant;
pub mod cp_event;
pub mod mp_applicant;
pub mod mp_group;
pub mod not_found;
pub mod preview;
pub mod questions;
pub mod start;

use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::eligibility::Evaluation;

use super::components::back_link::BackLink;
use super::components::eligibility_panel::EligibilityPanel;
use super::components::error_summary::ErrorSummary;
use super::components::page_heading::PageHeading;
use super::components::step_indicator::StepIndicator;
use super::draft::DateParts;
use super::fields::{Field, Program};
use super::messages;
use super::refusals::{self, Refusal};
use super::route::{navigate, Location, Page};
use super::state::use_app;
use super::validation::{message_for, Problem};

/// A text answer of a draft: its value as a memo (so an input only hears
/// about its own changes) and a callback that writes it.
pub fn bind_text<D: Send + Sync + 'static>(
    draft: RwSignal<D>,
    get: fn(&D) -> &String,
    get_mut: fn(&mut D) -> &mut String,
) -> (Signal<String>, Callback<String>) {
    let value = page_memo(move |_| draft.with(|d| get(d).clone()));
    let set = Callback::new(move |text: String| draft.update(|d| *get_mut(d) = text));
    (value.into(), set)
}

/// A yes/no answer of a draft.
pub fn bind_flag<D: Send + Sync + 'static>(
    draft: RwSignal<D>,
    get: fn(&D) -> Option<bool>,
    get_mut: fn(&mut D) -> &mut Option<bool>,
) -> (Signal<Option<bool>>, Callback<bool>) {
    let value = page_memo(move |_| draft.with(get));
    let set = Callback::new(move |answer: bool| draft.update(|d| *get_mut(d) = Some(answer)));
    (value.into(), set)
}

/// A date answer (three boxes) of a draft.
pub fn bind_date<D: Send + Sync + 'static>(
    draft: RwSignal<D>,
    get: fn(&D) -> &DateParts,
    get_mut: fn(&mut D) -> &mut DateParts,
) -> (Signal<DateParts>, Callback<DateParts>) {
    let value = page_memo(move |_| draft.with(|d| get(d).clone()));
    let set = Callback::new(move |parts: DateParts| draft.update(|d| *get_mut(d) = parts));
    (value.into(), set)
}

/// A step's validation, GOV.UK's way: nothing is shown until Continue is
/// pressed; from then on the problems follow every change.
#[derive(Clone, Copy)]
pub struct StepErrors {
    attempted: RwSignal<bool>,
    focus: RwSignal<u32>,
    all: Memo<Vec<Problem>>,
}

impl StepErrors {
    /// `compute` gives the page's own problems. What the backend refused
    /// joins them, and shows at once: the person was sent here to fix it.
    pub fn new(compute: impl Fn() -> Vec<Problem> + Send + Sync + 'static) -> StepErrors {
        let app = use_app();
        let page = app.location.with_untracked(|l| l.page);
        let refused: Signal<Vec<Refusal>> = match page.program() {
            Some(Program::CommunityPartner) => app.cp.standing_refusals.into(),
            Some(Program::MeetupPro) => app.mp.standing_refusals.into(),
            None => Signal::derive(Vec::new),
        };
        let has_refusals = refused.with_untracked(|r| !r.is_empty());
        StepErrors {
            attempted: RwSignal::new(has_refusals),
            focus: RwSignal::new(u32::from(has_refusals)),
            all: page_memo(move |_| {
                let mut problems = compute();
                refused.with(|r| add_refusals(&mut problems, r, page));
                problems
            }),
        }
    }

    /// The problems on show (none before the first Continue).
    pub fn shown(&self) -> Signal<Vec<Problem>> {
        let (attempted, all) = (self.attempted, self.all);
        Signal::derive(move || {
            if attempted.get() {
                all.get()
            } else {
                Vec::new()
            }
        })
    }

    pub fn has_errors(&self) -> Signal<bool> {
        let shown = self.shown();
        Signal::derive(move || shown.with(|p| !p.is_empty()))
    }

    /// The message beside one question.
    pub fn field(&self, field: Field) -> Signal<Option<String>> {
        let shown = self.shown();
        Signal::derive(move || shown.with(|p| message_for(p, field)))
    }

    /// The message beside the input with this id (for per-box problems).
    pub fn target(&self, id: String) -> Signal<Option<String>> {
        let shown = self.shown();
        Signal::derive(move || {
            shown.with(|p| {
                p.iter()
                    .find(|p| p.target_id == id)
                    .map(|p| p.message.clone())
            })
        })
    }

    /// Asks the error summary to take focus.
    pub fn focus_request(&self) -> Signal<u32> {
        self.focus.into()
    }

    /// Continue: `true` when the step has no problems; otherwise shows them
    /// and moves focus to the summary.
    pub fn continue_pressed(&self) -> bool {
        if !self
            .all
            .with_untracked(|all| all.iter().any(Problem::blocks_continue))
        {
            return true;
        }
        self.attempted.set(true);
        self.focus.update(|n| *n += 1);
        false
    }
}

/// Puts the backend's refusals among a page's problems: beside the question
/// when it is on this page (unless our own check already speaks for it), as a
/// link to its page otherwise, and as plain text when it matches no question.
fn add_refusals(problems: &mut Vec<Problem>, refused: &[Refusal], page: Page) {
    for refusal in refused {
        let problem = match refusal.field {
            Some(field) if refusals::page_of(field) == page => {
                if problems.iter().any(|p| p.field == Some(field)) {
                    continue;
                }
                Problem {
                    field: Some(field),
                    target_id: field.error_target_id(),
                    message: refusal.message.clone(),
                    href: None,
                }
            }
            Some(field) => Problem {
                field: Some(field),
                target_id: field.error_target_id(),
                message: refusal.message.clone(),
                href: Some(
                    Location {
                        page: refusals::page_of(field),
                        return_to_check: true,
                        focus: Some(field.error_target_id()),
                    }
                    .href(),
                ),
            },
            None => Problem {
                field: None,
                target_id: String::new(),
                message: refusal.message.clone(),
                href: None,
            },
        };
        problems.push(problem);
    }
}

/// Keeps `document.title` in step with the page and its error state.
pub fn use_title(page: Page, has_errors: Signal<bool>) {
    if !super::embed::owns_document() {
        return; // a widget never retitles its host's page
    }
    Effect::new(move |_| {
        document().set_title(&messages::document_title(page, has_errors.get()));
    });
}

/// Where Continue leads: back to check your answers when the person came
/// from there, else the next step.
pub fn continue_to(next: Page, check: Page) {
    let app = use_app();
    let back_to_check = app.location.with_untracked(|l| l.return_to_check);
    navigate(&Location::at(if back_to_check { check } else { next }));
}

/// The frame of a question page: Back, the steps, the error summary, the
/// heading, then the questions beside the eligibility panel (above them on
/// a narrow screen, where the panel starts folded).
#[component]
pub fn QuestionPage(
    page: Page,
    /// The previous page (`#/…`); when the person came from check your
    /// answers, Back returns there instead.
    back: Page,
    /// Where a return to check your answers leads.
    check: Page,
    #[prop(into)] evaluation: Signal<Evaluation>,
    errors: StepErrors,
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let program = page.program();
    let back_href = if app.location.with_untracked(|l| l.return_to_check) {
        check.href()
    } else {
        back.href()
    };
    use_title(page, errors.has_errors());
    view! {
        <div class="psf-page">
            <BackLink href=back_href />
            {program.map(|p| view! { <StepIndicator program=p current=page /> })}
            <ErrorSummary problems=errors.shown() focus_request=errors.focus_request() />
            <PageHeading
                text=messages::page_heading(page)
                caption=program.map(messages::application_name).unwrap_or_default()
            />
            <div class="psf-layout">
                <div class="psf-layout__aside">
                    <EligibilityPanel evaluation=evaluation />
                </div>
                <div class="psf-layout__main">{children()}</div>
            </div>
        </div>
    }
}

/// The "Continue" button of a question page.
#[component]
pub fn ContinueButton() -> impl IntoView {
    view! {
        <button type="submit" class="psf-button" data-prevent-double-click="true">
            "Continue"
        </button>
    }
}
