//! The eligibility preview: the eligibility questions only, no personal
//! data, nothing saved or sent; an instant verdict with reasons and key
//! dates, and a button that carries the answers into the application. The
//! questions are the definition's `preview` list, the verdict is over the
//! rules they feed (`Program::preview_rules`).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::rules::program::Program;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::eligibility_panel::EligibilityPanel;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::question::{questions_view, Messages};
use crate::ui::draft::{index_of, Answer};
use crate::ui::i18n::tr;
use crate::ui::messages;
use crate::ui::page_memo::page_memo;
use crate::ui::route::{Location, Page};
use crate::ui::state::{navigate, use_app};
use crate::ui::words;

use super::{offers, use_title};

#[component]
pub fn PreviewPage(program: &'static Program) -> impl IntoView {
    let app = use_app();
    let today = app.today;
    let page = Page::Preview(program);
    use_title(page, Signal::derive(|| false));
    let state = app.program(program);
    // Made here, in the page's body, rather than first inside a memo.
    let derived = state.derived();
    let draft = state.preview;
    // In the preview only typed text that cannot be read is an error (there
    // is no Continue to validate against), and it shows at once. The
    // messages read this page-owned copy, never the app-wide memo, which
    // would keep them after the page has gone.
    let parsed = page_memo(move |_| derived.preview_parsed.get());
    let words = words::of(program);
    let messages = Messages {
        field: Callback::new(move |name: &'static str| {
            Signal::derive(move || {
                parsed.with(|p| {
                    p.parse_error(name).map(|e| {
                        let missing = draft.with(|d| {
                            match index_of(program, name).and_then(|i| d.answer(i)) {
                                Some(Answer::Date(parts)) => parts.missing(),
                                _ => [false; 3],
                            }
                        });
                        messages::parse_error(words.question(name), e, missing)
                    })
                })
            })
        }),
        target: Callback::new(|_: String| Signal::derive(|| None)),
    };
    let questions = questions_view(program, program.preview, draft, messages, today);
    let evaluation = derived.preview_evaluation;
    let carry = Callback::new(move |_| {
        let answers = draft.get_untracked();
        state.draft.update(|d| d.take_preview(program, &answers));
        navigate(&Location::at(Page::Step(program, 0)));
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        carry.run(());
    };
    let note = words.preview_note;
    let caption = tr!("preview-caption", "Eligibility check");
    let lead = tr!(
        "preview-lead",
        "Answer these questions to see straight away whether you can apply, and when. We don't ask for personal details here, and nothing is saved or sent.",
    );
    let ready = tr!(
        "preview-ready",
        "Ready? Your answers here go into the application, so you won't type them twice.",
    );
    let apply = tr!("preview-apply-button", "Apply with these answers");
    view! {
        <div class="psf-page">
            <BackLink href=Page::Start.href() />
            <PageHeading text=messages::page_heading(page) caption=caption />
            <p class="psf-lead">{lead}</p>
            <div class="psf-layout">
                <div class="psf-layout__aside">
                    <EligibilityPanel evaluation=evaluation>
                        <p class="psf-body">{note}</p>
                    </EligibilityPanel>
                </div>
                <div class="psf-layout__main">
                    <form class="psf-form" novalidate on:submit=on_submit>
                        {questions}
                        <p class="psf-body">{ready}</p>
                        <button type="submit" class="psf-button psf-button--start">
                            {apply}
                        </button>
                    </form>
                    {offers(program)}
                </div>
            </div>
        </div>
    }
}
