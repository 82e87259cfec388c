use chrono::NaiveDate;
use leptos::prelude::*;

use super::reminder_link::reminder_links;
use super::window_feedback::{pending_window, window_result};
use crate::rules::grant::{window, GrantWindowOutcome};
use crate::rules::program::Program;
use crate::rules::thresholds::GR_BOARD_REVIEW_ABOVE_USD;
use crate::ui::ids::dom_id;
use crate::ui::messages;
use crate::ui::page_memo::page_memo;
use crate::ui::reminder::grant_dates;

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
    /// The program, for the calendar reminders (none without it).
    #[prop(optional)]
    program: Option<&'static Program>,
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
                None => pending_window([
                    (messages::apply_by(), "apply-by"),
                    (messages::advised_by(), "advised-by"),
                ])
                .into_any(),
                Some(w) => window_result(
                    messages::grant_window_status(w.outcome),
                    [
                        (messages::apply_by(), "apply-by", w.apply_by),
                        (messages::advised_by(), "advised-by", w.advised_by),
                    ],
                    messages::grant_window_outcome(&w),
                )
                .into_any(),
            }}
            {move || {
                window
                    .get()
                    .map(|w| reminder_links(program, grant_dates(&w), Some(w.start_date)))
            }}
            <Show when=board>
                <p class="psf-window__note" data-testid="psf-board-note">
                    {messages::board_note()}
                </p>
            </Show>
        </div>
    }
}
