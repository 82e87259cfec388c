use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::window::{submission_window, SubmissionWindow};
use crate::ui::components::eligibility_panel::status_slug;
use crate::ui::ids::dom_id;
use crate::ui::messages;

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
                None => {
                    view! {
                        <dl class="psf-window__dates">
                            <div class="psf-window__date">
                                <dt>{messages::APPLY_FROM}</dt>
                                <dd data-date="apply-from">
                                    <span aria-hidden="true">"–"</span>
                                    <span class="psf-visually-hidden">{messages::NOT_KNOWN_YET}</span>
                                </dd>
                            </div>
                            <div class="psf-window__date">
                                <dt>{messages::APPLY_BY}</dt>
                                <dd data-date="apply-by">
                                    <span aria-hidden="true">"–"</span>
                                    <span class="psf-visually-hidden">{messages::NOT_KNOWN_YET}</span>
                                </dd>
                            </div>
                        </dl>
                        <p class="psf-window__prompt">{messages::window_prompt()}</p>
                    }
                        .into_any()
                }
                Some(w) => view! { <WindowDates window=w /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn WindowDates(window: SubmissionWindow) -> impl IntoView {
    let status = messages::window_status(window.outcome);
    let slug = status_slug(status);
    view! {
        <div class=format!("psf-window__result psf-window__result--{slug}") data-status=slug>
            <dl class="psf-window__dates">
                <div class="psf-window__date">
                    <dt>{messages::APPLY_FROM}</dt>
                    <dd data-date="apply-from">{messages::date(window.apply_from)}</dd>
                </div>
                <div class="psf-window__date">
                    <dt>{messages::APPLY_BY}</dt>
                    <dd data-date="apply-by">{messages::date(window.apply_by)}</dd>
                </div>
            </dl>
            <p class="psf-window__outcome">
                <span class="psf-window__icon" aria-hidden="true">
                    {messages::status_icon(status)}
                </span>
                " "
                <span>{messages::window_outcome(&window)}</span>
            </p>
        </div>
    }
}
