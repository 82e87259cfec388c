use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use super::reminder_link::reminder_links;
use crate::rules::eligibility::Status;
use crate::rules::program::Program;
use crate::rules::window::submission_window;
use crate::ui::components::eligibility_panel::status_slug;
use crate::ui::ids::dom_id;
use crate::ui::messages;
use crate::ui::reminder::window_dates;

/// Under the event date: as soon as a full date is entered, the concrete
/// "Apply from" and "Apply by" dates and what they mean for this applicant
/// (too late, too early, first-timer advice), from
/// `rules::window::submission_window`. The box is always there, with a
/// prompt until a date is complete, so nothing below it jumps.
#[component]
pub fn WindowFeedback(
    /// The event date, once the three boxes read as a real date.
    #[prop(into)]
    event_date: Signal<Option<NaiveDate>>,
    /// The first-application answer (`None` counts as a first application).
    #[prop(into)]
    first_application: Signal<Option<bool>>,
    /// The applicant's local date.
    today: NaiveDate,
    /// The program, for the calendar reminders (none without it).
    #[prop(optional)]
    program: Option<&'static Program>,
    /// The box's id, so the date question can point to it.
    #[prop(default = "psf-window-feedback".to_string(), into)]
    id: String,
) -> impl IntoView {
    let window = page_memo(move |_| {
        event_date
            .get()
            .map(|d| submission_window(d, today, first_application.get()))
    });
    let id = dom_id(&id);
    view! {
        <div class="psf-window" id=id data-testid="psf-window-feedback" aria-live="polite">
            {move || match window.get() {
                None => pending_window([
                    (messages::apply_from(), "apply-from"),
                    (messages::apply_by(), "apply-by"),
                ])
                .into_any(),
                Some(w) => window_result(
                    messages::window_status(w.outcome),
                    [
                        (messages::apply_from(), "apply-from", w.apply_from),
                        (messages::apply_by(), "apply-by", w.apply_by),
                    ],
                    messages::window_outcome(&w),
                )
                .into_any(),
            }}
            {move || {
                window.get().map(|w| {
                    let dates = window_dates(&w, first_application.get());
                    reminder_links(program, dates, Some(w.event_date))
                })
            }}
        </div>
    }
}

/// A window box's two dates before the date is complete ("–", read as
/// "not known yet"), with the prompt; each date a term and its `data-date`.
pub fn pending_window(dates: [(&'static str, &'static str); 2]) -> impl IntoView {
    let dates = dates.map(|(term, slug)| {
        view! {
            <div class="psf-window__date">
                <dt>{term}</dt>
                <dd data-date=slug>
                    <span aria-hidden="true">"–"</span>
                    <span class="psf-visually-hidden">{messages::not_known_yet()}</span>
                </dd>
            </div>
        }
    });
    view! {
        <dl class="psf-window__dates">{dates}</dl>
        <p class="psf-window__prompt">{messages::window_prompt()}</p>
    }
}

/// A window box's two dates and what they mean for this applicant.
pub fn window_result(
    status: Status,
    dates: [(&'static str, &'static str, NaiveDate); 2],
    outcome: String,
) -> impl IntoView {
    let slug = status_slug(status);
    let dates = dates.map(|(term, data, date)| {
        view! {
            <div class="psf-window__date">
                <dt>{term}</dt>
                <dd data-date=data>{messages::date(date)}</dd>
            </div>
        }
    });
    view! {
        <div class=format!("psf-window__result psf-window__result--{slug}") data-status=slug>
            <dl class="psf-window__dates">{dates}</dl>
            <p class="psf-window__outcome">
                <span class="psf-window__icon" aria-hidden="true">
                    {messages::status_icon(status)}
                </span>
                " "
                <span>{outcome}</span>
            </p>
        </div>
    }
}
