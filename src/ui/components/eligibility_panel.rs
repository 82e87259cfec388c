use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::eligibility::{Evaluation, Outcome, RuleId, Status, Verdict};
use crate::ui::i18n::{tr, trf};
use crate::ui::ids::dom_id;
use crate::ui::instance::Instance;
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

/// How long typing must pause before the panel speaks: typing "40" is one
/// change to announce, not one per key.
pub const ANNOUNCE_AFTER_PAUSE_MS: u64 = 1000;

/// The live eligibility panel: the verdict, then every criterion of the
/// program with its status (words and a symbol, never colour alone) and the
/// reason. Only rows whose outcome changed re-render. The rows and the
/// verdict are not live regions (a reason carries the figure typed, so they
/// would talk on every key); one hidden status line says, once typing
/// pauses, which criteria changed status and the new verdict.
/// Eligibility is advice here, never a form error.
#[component]
pub fn EligibilityPanel(
    /// The outcomes to show, in the rules' table order.
    #[prop(into)]
    evaluation: Signal<Evaluation>,
    /// The panel's heading; "Your eligibility" unless told.
    #[prop(optional, into)]
    heading: Option<String>,
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
    // Given here rather than as the prop's default, where the catalogue's
    // reader of the source would not find it.
    let heading =
        heading.unwrap_or_else(|| tr!("eligibility-panel-heading", "Your eligibility").to_string());
    let id = dom_id(&id);
    let title_id = format!("{id}-title");
    let verdict = page_memo(move |_| evaluation.with(|e| e.verdict));
    // One memo for the counts, the list's keys and the announcements: each
    // memo type is code in the wasm.
    let statuses = page_memo(move |_| {
        evaluation.with(|e| {
            e.outcomes
                .iter()
                .map(|o| (o.rule, o.status))
                .collect::<Vec<_>>()
        })
    });
    let counts = move || {
        statuses.with(|s| {
            let met = s
                .iter()
                .filter(|(_, status)| matches!(status, Status::Pass | Status::Warn))
                .count();
            (met, s.len())
        })
    };
    let announcement = announce_status_changes(statuses, verdict);
    let met_count = move || {
        let (met, total) = counts();
        trf!(
            "eligibility-panel-met",
            "({ $met } of { $total } met)",
            &[("met", met.into()), ("total", total.into())],
        )
    };
    let criteria = move || {
        trf!(
            "eligibility-panel-criteria",
            "The criteria ({ $count })",
            &[("count", counts().1.into())],
        )
    };
    view! {
        <section class="psf-eligibility" id=id.clone() aria-labelledby=title_id.clone()>
            <h2 class="psf-eligibility__title" id=title_id.clone()>{heading}</h2>
            <p
                class="psf-visually-hidden"
                role="status"
                aria-live="polite"
                aria-atomic="true"
                data-testid="psf-eligibility-announcement"
            >
                {move || announcement.get()}
            </p>
            <div class="psf-eligibility__verdict-region">
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
                        <span class="psf-verdict__count">{met_count}</span>
                    </span>
                </p>
            </div>
            <details class="psf-eligibility__details" open=open>
                <summary class="psf-eligibility__summary">
                    <span class="psf-eligibility__summary-text">
                        {criteria}
                    </span>
                </summary>
                <ul class="psf-eligibility__list">
                    <For
                        each=move || statuses.with(|s| s.iter().map(|(rule, _)| *rule).collect::<Vec<_>>())
                        key=|rule| *rule
                        let(rule)
                    >
                        <RuleRow rule=rule evaluation=evaluation />
                    </For>
                </ul>
            </details>
            {children.map(|c| view! { <div class="psf-eligibility__note">{c()}</div> })}
        </section>
    }
}

/// The sentence for the hidden status line: after the statuses or the verdict
/// change and then stay as they are for [`ANNOUNCE_AFTER_PAUSE_MS`], what
/// differs from what was last said (or first shown). Changes that undo
/// themselves while typing, and changes of a reason alone, say nothing.
fn announce_status_changes(
    statuses: Memo<Vec<(RuleId, Status)>>,
    verdict: Memo<Verdict>,
) -> RwSignal<String> {
    let announcement = RwSignal::new(String::new());
    let heard_now = Rc::new(RefCell::new((
        statuses.get_untracked(),
        verdict.get_untracked(),
    )));
    // The pending announcement: each change restarts the pause. A timer left
    // when the page goes finds its memos disposed and says nothing.
    let mut pending: Option<TimeoutHandle> = None;
    Effect::new(move |_| {
        statuses.track();
        verdict.track();
        if let Some(handle) = pending.take() {
            handle.clear();
        }
        let heard = heard_now.clone();
        let speak = move || {
            let (Some(now), Some(now_verdict)) =
                (statuses.try_get_untracked(), verdict.try_get_untracked())
            else {
                return;
            };
            let mut heard = heard.borrow_mut();
            let changed: Vec<(RuleId, Status)> = now
                .iter()
                .filter(|pair| !heard.0.contains(pair))
                .copied()
                .collect();
            let verdict_changed = (now_verdict != heard.1).then_some(now_verdict);
            if !changed.is_empty() || verdict_changed.is_some() {
                announcement.try_set(messages::eligibility_changes(&changed, verdict_changed));
            }
            *heard = (now, now_verdict);
        };
        pending =
            set_timeout_with_handle(speak, Duration::from_millis(ANNOUNCE_AFTER_PAUSE_MS)).ok();
    });
    announcement
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
        let lead = tr!("eligibility-panel-rule-lead", "The rule: ");
        view! {
            <p class="psf-rule__criterion">
                <span class="psf-rule__criterion-label">{lead}</span>
                {messages::rule_criterion(outcome.rule)}
            </p>
        }
    });
    view! {
        <p class="psf-rule__reason">{messages::reason(outcome.rule, &outcome.reason)}</p>
        {criterion}
    }
}
