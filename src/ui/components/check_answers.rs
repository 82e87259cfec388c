use leptos::prelude::*;

use crate::ui::i18n::{lower_case, tr};
use crate::ui::messages;

/// One row of a summary list.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SummaryRow {
    pub key: String,
    /// The answer, one entry per line; empty when not answered.
    pub value: Vec<String>,
    /// Where "Change" leads (the question, returning here afterwards).
    pub change_href: String,
    /// Set when the answer still needs attention (shown next to the value).
    pub problem: Option<String>,
}

/// GOV.UK's summary list for check your answers: question, answer and a
/// "Change" link whose hidden text names the answer for screen readers.
#[component]
pub fn SummaryList(rows: Vec<SummaryRow>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let value = if row.value.is_empty() {
                view! { <span class="psf-summary-list__missing">{messages::unanswered()}</span> }
                    .into_any()
            } else {
                row.value
                    .into_iter()
                    .map(|line| view! { <span class="psf-summary-list__line">{line}</span> })
                    .collect_view()
                    .into_any()
            };
            let hidden = lower_case(&row.key);
            let has_problem = row.problem.is_some();
            let change = tr!("check-answers-change", "Change");
            view! {
                <div class="psf-summary-list__row" class:psf-summary-list__row--problem=has_problem>
                    <dt class="psf-summary-list__key">{row.key}</dt>
                    <dd class="psf-summary-list__value">
                        {row.problem.map(|p| view! { <span class="psf-summary-list__problem">{p}</span> })}
                        {value}
                    </dd>
                    <dd class="psf-summary-list__actions">
                        <a class="psf-link" href=row.change_href>
                            {change}
                            <span class="psf-visually-hidden">" " {hidden}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="psf-summary-list">{rows}</dl> }
}
