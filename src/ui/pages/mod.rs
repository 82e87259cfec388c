//! One component per page, and what the question pages share: bindings from
//! a draft to its inputs, the step's validation state, the document title,
//! and the question-page layout (questions beside the eligibility panel).

pub mod check_answers;
pub mod confirmation;
pub mod not_found;
pub mod preview;
pub mod program_page;
pub mod start;
pub mod step;

use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::program::{Offer, Program, Question};

use super::components::question::Messages;
use super::components::reshare_check::ReshareCheck;
use super::draft::index_of;
use super::i18n::tr;
use super::messages;
use super::refusals::{self, Refusal};
use super::route::{Location, Page};
use super::state::{navigate, use_app};
use super::validation::{error_target_id, line_target_id, message_for, Problem};

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
        let program = page.get_untracked().program();
        let refused: Signal<Vec<Refusal>> = match program {
            Some(p) => app.program(p).standing_refusals().into(),
            None => Signal::derive(Vec::new),
        };
        let draft = program.map(|p| app.program(p).draft);
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
                refused.with(|r| {
                    // A refused field of a list's line links to that line's input.
                    let line_id = |list: &'static Question, n: usize, field: &str| {
                        let i = index_of(page.program()?, list.name)?;
                        let key = draft?.with(|d| d.lines(i).get(n).map(|l| l.key))?;
                        let field = list.control.fields().iter().find(|f| f.name == field)?;
                        Some(line_target_id(page.program()?, list, key, field))
                    };
                    add_refusals(&mut problems, r, page, line_id)
                });
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
fn add_refusals(
    problems: &mut Vec<Problem>,
    refused: &[Refusal],
    page: Page,
    line_id: impl Fn(&'static Question, usize, &str) -> Option<String>,
) {
    let Some(program) = page.program() else {
        return;
    };
    for refusal in refused {
        let question = refusal.field.and_then(|name| program.question(name));
        let in_line = question
            .zip(refusal.line)
            .and_then(|(q, (n, field))| line_id(q, n, field));
        if let Some(target_id) =
            in_line.filter(|_| question.is_some_and(|q| refusals::page_of(program, q.name) == page))
        {
            if !problems.iter().any(|p| p.target_id == target_id) {
                problems.push(Problem {
                    field: None,
                    target_id,
                    message: refusal.message.clone(),
                    href: None,
                });
            }
            continue;
        }
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

/// Sets `document.title` for a page outside any program (the start page,
/// "not found"), without reaching the programs' words (`use_title` would).
pub fn use_plain_title(heading: &'static str) {
    if super::ids::owns_document() {
        Effect::new(move |_| document().set_title(&messages::titled(heading, None, false)));
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
    let text = tr!("continue-button-text", "Continue");
    view! {
        <button type="submit" class="psf-button" data-prevent-double-click="true">
            {text}
        </button>
    }
}

/// The tools a program offers beside its form (its preview and its
/// confirmation draw them).
fn offers(program: &'static Program) -> impl IntoView {
    program
        .offers
        .iter()
        .map(|offer| match offer {
            Offer::ReshareCheck => view! { <ReshareCheck /> },
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::GRANT;

    #[test]
    fn a_refused_field_of_a_line_links_to_that_lines_input() {
        let refused = [
            Refusal {
                field: Some("budget"),
                message: "Budget line 2: amount must be between 1 USD and 100,000,000 USD".into(),
                refused: serde_json::Value::Null,
                line: Some((1, "amount")),
            },
            Refusal {
                field: Some("budget"),
                message: "Add at least one budget line".into(),
                refused: serde_json::Value::Null,
                line: None,
            },
        ];
        let money = Page::Step(&GRANT, 2);
        // Line 2 has the key 7 (lines were removed before it).
        let line_id = |list: &'static Question, n: usize, field: &str| {
            let field = list.control.fields().iter().find(|f| f.name == field)?;
            (n == 1).then(|| line_target_id(&GRANT, list, 7, field))
        };
        let mut problems = Vec::new();
        add_refusals(&mut problems, &refused, money, line_id);
        assert_eq!(problems[0].target_id, "psf-gr-budget-7-amount");
        assert_eq!(problems[0].field, None);
        assert_eq!(problems[1].target_id, "psf-gr-budget-add");
        assert_eq!(problems[1].field, Some("budget"));
        // From another page, the line's refusal links to the money step.
        let mut elsewhere = Vec::new();
        add_refusals(&mut elsewhere, &refused, Page::Step(&GRANT, 0), line_id);
        assert!(elsewhere[0]
            .href
            .as_deref()
            .is_some_and(|h| h.starts_with("#/grant/money")));
    }
}
