//! One component per page, and what the question pages share: bindings from
//! a draft to its inputs, the step's validation state, the document title,
//! and the question-page layout (questions beside the eligibility panel).

pub mod check_answers;
pub mod confirmation;
pub mod not_found;
pub mod preview;
pub mod start;
pub mod step;

use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::program::Program;

use super::components::question::Messages;
use super::messages;
use super::refusals::{self, Refusal};
use super::route::{Location, Page};
use super::state::{navigate, use_app};
use super::validation::{error_target_id, message_for, Problem};

/// A step's validation, GOV.UK's way: nothing is shown until Continue is
/// pressed; from then on the problems follow every change. One of these
/// serves every step of a program's frame: what was attempted belongs to
/// one visit (one navigation), so a step reached again starts clean.
#[derive(Clone, Copy)]
pub struct StepErrors {
    /// The visit (`AppState::navigations`) on which Continue was refused.
    attempted: RwSignal<Option<u32>>,
    presses: RwSignal<u32>,
    /// The visit that began with the backend's refusals standing: they
    /// show at once, for the person was sent here to fix them.
    refused_on_arrival: Memo<Option<u32>>,
    visit: Signal<u32>,
    all: Memo<Vec<Problem>>,
}

impl StepErrors {
    /// `compute` gives the current page's own problems. What the backend
    /// refused joins them.
    pub fn new(
        page: Memo<Page>,
        compute: impl Fn(Page) -> Vec<Problem> + Send + Sync + 'static,
    ) -> StepErrors {
        let app = use_app();
        let refused: Signal<Vec<Refusal>> = match page.get_untracked().program() {
            Some(p) => app.program(p).standing_refusals.into(),
            None => Signal::derive(Vec::new),
        };
        let visit: Signal<u32> = app.navigations.into();
        StepErrors {
            attempted: RwSignal::new(None),
            presses: RwSignal::new(0),
            refused_on_arrival: page_memo(move |_| {
                let v = visit.get();
                refused.with_untracked(|r| !r.is_empty()).then_some(v)
            }),
            visit,
            all: page_memo(move |_| {
                let page = page.get();
                let mut problems = compute(page);
                refused.with(|r| add_refusals(&mut problems, r, page));
                problems
            }),
        }
    }

    fn showing(&self) -> bool {
        let visit = Some(self.visit.get());
        self.attempted.get() == visit || self.refused_on_arrival.get() == visit
    }

    /// The problems on show (none before the first Continue).
    pub fn shown(&self) -> Signal<Vec<Problem>> {
        let this = *self;
        Signal::derive(move || {
            if this.showing() {
                this.all.get()
            } else {
                Vec::new()
            }
        })
    }

    pub fn has_errors(&self) -> Signal<bool> {
        let shown = self.shown();
        Signal::derive(move || shown.with(|p| !p.is_empty()))
    }

    /// The messages beside one step's questions, for the question renderer.
    /// Call it where the step's own part is built: its inputs then listen to
    /// a memo of that part, which lets go of the frame's state when the step
    /// goes (see `page_memo`), rather than to the frame's memos for good.
    pub fn messages(self) -> Messages {
        let shown = self.shown();
        let shown = page_memo(move |_| shown.get());
        Messages {
            field: Callback::new(move |name| {
                Signal::derive(move || shown.with(|p| message_for(p, name)))
            }),
            target: Callback::new(move |id: String| {
                Signal::derive(move || {
                    shown.with(|p| {
                        p.iter()
                            .find(|p| p.target_id == id)
                            .map(|p| p.message.clone())
                    })
                })
            }),
        }
    }

    /// Asks the error summary to take focus: on every refused Continue, and
    /// on arriving with refusals.
    pub fn focus_request(&self) -> Signal<u32> {
        let (presses, arrival) = (self.presses, self.refused_on_arrival);
        Signal::derive(move || presses.get() + arrival.get().map_or(0, |v| v + 1))
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
        self.attempted.set(Some(self.visit.get_untracked()));
        self.presses.update(|n| *n += 1);
        false
    }
}

/// Puts the backend's refusals among a page's problems: beside the question
/// when it is on this page (unless our own check already speaks for it), as a
/// link to its page otherwise, and as plain text when it matches no question.
fn add_refusals(problems: &mut Vec<Problem>, refused: &[Refusal], page: Page) {
    let Some(program) = page.program() else {
        return;
    };
    for refusal in refused {
        let question = refusal.field.and_then(|name| program.question(name));
        let problem = match question {
            Some(q) if refusals::page_of(program, q.name) == page => {
                if problems.iter().any(|p| p.field == Some(q.name)) {
                    continue;
                }
                Problem {
                    field: Some(q.name),
                    target_id: error_target_id(program, q),
                    message: refusal.message.clone(),
                    href: None,
                }
            }
            Some(q) => Problem {
                field: Some(q.name),
                target_id: error_target_id(program, q),
                message: refusal.message.clone(),
                href: Some(
                    Location {
                        page: refusals::page_of(program, q.name),
                        return_to_check: true,
                        focus: Some(error_target_id(program, q)),
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
pub fn use_title(page: impl Into<Signal<Page>>, has_errors: Signal<bool>) {
    if !super::ids::owns_document() {
        return; // a widget never retitles its host's page
    }
    let page = page.into();
    Effect::new(move |_| {
        document().set_title(&messages::document_title(page.get(), has_errors.get()));
    });
}

/// Where Continue leads: back to check your answers when the person came
/// from there, else the next step.
pub fn continue_from(page: Page, program: &'static Program) {
    let app = use_app();
    let back_to_check = app.location.with_untracked(|l| l.return_to_check);
    navigate(&Location::at(if back_to_check {
        Page::Check(program)
    } else {
        page.next()
    }));
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
