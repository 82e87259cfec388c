use chrono::NaiveDate;
use leptos::prelude::*;

use crate::rules::grant::{window, GrantWindow as Window, GrantWindowOutcome};
use crate::rules::thresholds::GR_BOARD_REVIEW_ABOVE_USD;
use crate::ui::components::eligibility_panel::status_slug;
use crate::ui::ids::dom_id;
use crate::ui::messages;
use crate::ui::page_memo::page_memo;

/// Under a grant's start date: as soon as the date is complete, "Apply by"
/// (6 weeks before) and "Advised by" (3 months before) and what they mean,
/// from `rules::grant::window`; above the Board's threshold, that the Board
/// decides too. Like the Community Partner box, it is always there, with a
/// prompt until the date is complete, so nothing below it jumps.
#[component]
pub fn GrantWindow(
    /// The start date, once the three boxes read as a real date.
    #[prop(into)]
    start_date: Signal<Option<NaiveDate>>,
    /// The amount requested, once it reads as whole dollars.
    #[prop(into)]
    amount_requested: Signal<Option<u32>>,
    /// The applicant's local date.
    today: NaiveDate,
) -> impl IntoView {
    let window = page_memo(move |_| {
        start_date
            .get()
            .map(|d| window(d, today, amount_requested.get()))
    });
    // The Board's advice already says it when the date is close.
    let board = move || {
        let close =
            window.with(|w| w.is_some_and(|w| w.outcome == GrantWindowOutcome::BoardTimeAdvice));
        !close
            && amount_requested
                .get()
                .is_some_and(|a| a > GR_BOARD_REVIEW_ABOVE_USD)
    };
    view! {
        <div class="psf-window" id=dom_id("psf-window-feedback") data-testid="psf-window-feedback" aria-live="polite">
            {move || match window.get() {
                None => view! {
                    <dl class="psf-window__dates">
                        <Pending term=messages::APPLY_BY slug="apply-by" />
                        <Pending term=messages::ADVISED_BY slug="advised-by" />
                    </dl>
                    <p class="psf-window__prompt">{messages::window_prompt()}</p>
                }
                .into_any(),
                Some(w) => view! { <Dates window=w /> }.into_any(),
            }}
            <Show when=board>
                <p class="psf-window__note" data-testid="psf-board-note">
                    {messages::board_note()}
                </p>
            </Show>
        </div>
    }
}

#[component]
fn Pending(term: &'static str, slug: &'static str) -> impl IntoView {
    view! {
        <div class="psf-window__date">
            <dt>{term}</dt>
            <dd data-date=slug>
                <span aria-hidden="true">"–"</span>
                <span class="psf-visually-hidden">{messages::NOT_KNOWN_YET}</span>
            </dd>
        </div>
    }
}

#[component]
fn Dates(window: Window) -> impl IntoView {
    let status = messages::grant_window_status(window.outcome);
    let slug = status_slug(status);
    view! {
        <div class=format!("psf-window__result psf-window__result--{slug}") data-status=slug>
            <dl class="psf-window__dates">
                <div class="psf-window__date">
                    <dt>{messages::APPLY_BY}</dt>
                    <dd data-date="apply-by">{messages::date(window.apply_by)}</dd>
                </div>
                <div class="psf-window__date">
                    <dt>{messages::ADVISED_BY}</dt>
                    <dd data-date="advised-by">{messages::date(window.advised_by)}</dd>
                </div>
            </dl>
            <p class="psf-window__outcome">
                <span class="psf-window__icon" aria-hidden="true">
                    {messages::status_icon(status)}
                </span>
                " "
                <span>{messages::grant_window_outcome(&window)}</span>
            </p>
        </div>
    }
}
