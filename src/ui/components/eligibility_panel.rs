use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::eligibility::{Evaluation, Outcome, RuleId, Status, Verdict};
use crate::ui::embed::{dom_id, Instance};
use crate::ui::messages;

/// Lower-case status name for classes and `data-status`.
pub fn status_slug(s: Status) -> &'static str {
    match s {
        Status::Pass => "pass",
        Status::Warn => "warn",
        Status::Fail => "fail",
        Status::Unknown => "unknown",
    }
}

fn verdict_slug(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "pass",
        Verdict::EligibleWithWarnings => "warn",
        Verdict::NotEligible => "fail",
        Verdict::Incomplete => "unknown",
    }
}

/// Whether the app is wide enough for the panel to sit beside the
/// questions (the CSS breakpoint): there it starts open; on a phone, where
/// it sits above the questions, it starts closed so the questions stay near.
/// A widget goes by its own width, the standalone app by the window's.
pub fn is_wide_screen() -> bool {
    use_context::<Instance>()
        .and_then(|i| i.width)
        .or_else(|| window().inner_width().ok().and_then(|w| w.as_f64()))
        .is_some_and(|w| w >= 960.0)
}

/// The live eligibility panel: the verdict, then every criterion of the
/// program with its status (words and a symbol, never colour alone) and the
/// reason. Only rows whose outcome changed re-render, and the region is
/// `aria-live="polite"`, so a screen reader hears what changed, once.
/// Eligibility is advice here, never a form error.
#[component]
pub fn EligibilityPanel(
    /// The outcomes to show, in the rules' table order.
    #[prop(into)]
    evaluation: Signal<Evaluation>,
    /// The panel's heading.
    #[prop(default = "Your eligibility".to_string(), into)]
    heading: String,
    /// Whether the list of criteria starts open; by default open on wide
    /// screens only.
    #[prop(optional)]
    open: Option<bool>,
    /// An id prefix, when two panels could share a page.
    #[prop(default = "psf-eligibility".to_string(), into)]
    id: String,
    /// A note under the list (e.g. what the preview leaves out).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let open = open.unwrap_or_else(is_wide_screen);
    let id = dom_id(&id);
    let title_id = format!("{id}-title");
    let verdict = page_memo(move |_| evaluation.with(|e| e.verdict));
    let counts = page_memo(move |_| {
        evaluation.with(|e| {
            let met = e
                .outcomes
                .iter()
                .filter(|o| matches!(o.status, Status::Pass | Status::Warn))
                .count();
            (met, e.outcomes.len())
        })
    });
    let rules = page_memo(move |_| {
        evaluation.with(|e| e.outcomes.iter().map(|o| o.rule).collect::<Vec<RuleId>>())
    });
    view! {
        <section class="psf-eligibility" id=id.clone() aria-labelledby=title_id.clone()>
            <h2 class="psf-eligibility__title" id=title_id.clone()>{heading}</h2>
            <div class="psf-eligibility__verdict-region" aria-live="polite">
                <p
                    class=move || format!("psf-verdict psf-verdict--{}", verdict_slug(verdict.get()))
                    data-verdict=move || verdict_slug(verdict.get())
                >
                    <span class="psf-verdict__icon" aria-hidden="true">
                        {move || messages::verdict_icon(verdict.get())}
                    </span>
                    <span class="psf-verdict__text">
                        {move || messages::verdict(verdict.get())}
                        " "
                        <span class="psf-verdict__count">
                            {move || {
                                let (met, total) = counts.get();
                                format!("({met} of {total} met)")
                            }}
                        </span>
                    </span>
                </p>
            </div>
            <details class="psf-eligibility__details" open=open>
                <summary class="psf-eligibility__summary">
                    <span class="psf-eligibility__summary-text">
                        {move || format!("The criteria ({})", counts.get().1)}
                    </span>
                </summary>
                <ul class="psf-eligibility__list" aria-live="polite">
                    <For each=move || rules.get() key=|rule| *rule let(rule)>
                        <RuleRow rule=rule evaluation=evaluation />
                    </For>
                </ul>
            </details>
            {children.map(|c| view! { <div class="psf-eligibility__note">{c()}</div> })}
        </section>
    }
}

/// One criterion. It reads its own outcome through a memo, so a keystroke
/// that changes another rule leaves this row (and screen readers) alone.
#[component]
fn RuleRow(rule: RuleId, evaluation: Signal<Evaluation>) -> impl IntoView {
    let outcome = page_memo(move |_| {
        evaluation.with(|e| e.outcomes.iter().find(|o| o.rule == rule).cloned())
    });
    let status = move || outcome.with(|o| o.as_ref().map_or(Status::Unknown, |o| o.status));
    view! {
        <li
            class=move || format!("psf-rule psf-rule--{}", status_slug(status()))
            data-rule=rule.as_str()
            data-status=move || status_slug(status())
        >
            <div class="psf-rule__head">
                <span class="psf-rule__icon" aria-hidden="true">
                    {move || messages::status_icon(status())}
                </span>
                <h3 class="psf-rule__title">{messages::rule_title(rule)}</h3>
                <strong class=move || format!("psf-tag psf-tag--{}", status_slug(status()))>
                    {move || messages::status_label(status())}
                </strong>
            </div>
            {move || outcome.get().map(|o| view! { <RuleReason outcome=o /> })}
        </li>
    }
}

#[component]
fn RuleReason(outcome: Outcome) -> impl IntoView {
    let criterion = (outcome.status == Status::Fail).then(|| {
        view! {
            <p class="psf-rule__criterion">
                <span class="psf-rule__criterion-label">"The rule: "</span>
                {messages::rule_criterion(outcome.rule)}
            </p>
        }
    });
    view! {
        <p class="psf-rule__reason">{messages::reason(outcome.rule, &outcome.reason)}</p>
        {criterion}
    }
}
