//! Events for the host page, dispatched on the element the app is mounted
//! in (bubbling and composed, so a listener on `document` hears every
//! widget):
//!
//! - `psf-apply:step` `{program, step, stepNumber, of}` on every page shown;
//!   `stepNumber`/`of` are `null` outside the numbered steps (start,
//!   preview, confirmation).
//! - `psf-apply:eligibility` `{program, preview, verdict, outcomes: [{rule,
//!   status}]}` when the verdict or a criterion's status changes (not on
//!   every keystroke, and not for the state the app opens with).
//! - `psf-apply:submitted` `{program, reference, submittedAt}`.
//! - `psf-apply:failed` `{program, reason, status, attempts}`; `reason` is
//!   one of `rejected`, `offline`, `timeout`, `network`, `server`,
//!   `rate_limited`, `refused`, `no_endpoint`.

use leptos::html;
use leptos::prelude::*;
use serde::Serialize;
use serde_json::json;
use wasm_bindgen::JsCast;

use crate::rules::eligibility::{Evaluation, RuleId, Status, Verdict};

use crate::rules::program::Program;

use super::route::Page;
use super::state::{AppState, ProgramState};
use super::submit::{NotSentWhy, SubmitOutcome};

/// The app's root element; events go to its parent, the mount element.
#[derive(Clone, Copy)]
pub struct HostRoot(pub NodeRef<html::Div>);

/// The step event's type.
const STEP_EVENT: &str = "psf-apply:step";

/// One event for the host, typed; [`HostEvent::dispatch`] sends it.
#[derive(Clone, PartialEq, Debug)]
pub enum HostEvent {
    Step {
        program: Option<&'static Program>,
        step: &'static str,
        step_number: Option<usize>,
        of: Option<usize>,
    },
    Eligibility {
        program: &'static Program,
        preview: bool,
        summary: EligibilitySummary,
    },
    Submitted {
        program: &'static Program,
        reference: Option<String>,
        submitted_at: Option<String>,
    },
    Failed {
        program: &'static Program,
        reason: &'static str,
        status: Option<u16>,
        attempts: Option<u32>,
    },
}

/// What the eligibility event says: the verdict and each rule's status.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct EligibilitySummary {
    pub verdict: Verdict,
    pub outcomes: Vec<(RuleId, Status)>,
}

impl From<&Evaluation> for EligibilitySummary {
    fn from(e: &Evaluation) -> Self {
        EligibilitySummary {
            verdict: e.verdict,
            outcomes: e.outcomes.iter().map(|o| (o.rule, o.status)).collect(),
        }
    }
}

fn to_json<T: Serialize>(value: T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

impl HostEvent {
    /// The DOM event's type.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Step { .. } => STEP_EVENT,
            HostEvent::Eligibility { .. } => "psf-apply:eligibility",
            HostEvent::Submitted { .. } => "psf-apply:submitted",
            HostEvent::Failed { .. } => "psf-apply:failed",
        }
    }

    /// The event's `detail`, as JSON.
    pub fn detail(&self) -> serde_json::Value {
        match self {
            HostEvent::Step {
                program,
                step,
                step_number,
                of,
            } => step_detail(*program, step, *step_number, *of),
            HostEvent::Eligibility {
                program,
                preview,
                summary,
            } => json!({
                "program": program.slug,
                "preview": preview,
                "verdict": to_json(summary.verdict),
                "outcomes": summary.outcomes.iter().map(|(rule, status)| json!({
                    "rule": to_json(rule),
                    "status": to_json(status),
                })).collect::<Vec<_>>(),
            }),
            HostEvent::Submitted {
                program,
                reference,
                submitted_at,
            } => json!({
                "program": program.slug,
                "reference": reference,
                "submittedAt": submitted_at,
            }),
            HostEvent::Failed {
                program,
                reason,
                status,
                attempts,
            } => json!({
                "program": program.slug,
                "reason": reason,
                "status": status,
                "attempts": attempts,
            }),
        }
    }

    /// Dispatches the event on `target`. A host listener that throws does
    /// not reach the app (the browser reports it and carries on).
    pub fn dispatch_on(&self, target: &web_sys::EventTarget) {
        dispatch_detail_on(target, self.name(), &self.detail());
    }

    /// Dispatches on this app's mount element (nothing outside an app).
    pub fn dispatch(&self) {
        dispatch_detail(self.name(), &self.detail());
    }

    /// The step event for a page.
    pub fn step(page: Page) -> HostEvent {
        let program = page.program().or(match page {
            Page::Preview(p) => Some(p),
            _ => None,
        });
        let number = program.and_then(|p| Page::steps(p).position(|s| s == page));
        HostEvent::Step {
            program,
            step: page.name(),
            step_number: number.map(|n| n + 1),
            of: number.and(program).map(|p| Page::steps(p).count()),
        }
    }

    /// The event for a submission's outcome.
    pub fn outcome(
        program: &'static Program,
        outcome: &SubmitOutcome,
        submitted_at: Option<String>,
    ) -> HostEvent {
        let failed = |reason, status, attempts| HostEvent::Failed {
            program,
            reason,
            status,
            attempts,
        };
        match outcome {
            SubmitOutcome::Accepted { reference, .. } => HostEvent::Submitted {
                program,
                reference: reference.clone(),
                submitted_at,
            },
            SubmitOutcome::Rejected { .. } => failed("rejected", None, None),
            SubmitOutcome::NoEndpoint => failed("no_endpoint", None, None),
            SubmitOutcome::NotSent { why, attempts } => {
                let (reason, status) = match why {
                    NotSentWhy::Offline => ("offline", None),
                    NotSentWhy::Timeout => ("timeout", None),
                    NotSentWhy::Network => ("network", None),
                    NotSentWhy::Server { status } => ("server", Some(*status)),
                    NotSentWhy::RateLimited { .. } => ("rate_limited", Some(429)),
                    NotSentWhy::Refused { status } => ("refused", Some(*status)),
                };
                failed(reason, status, Some(*attempts))
            }
        }
    }
}

fn step_detail(
    program: Option<&'static Program>,
    step: &str,
    step_number: Option<usize>,
    of: Option<usize>,
) -> serde_json::Value {
    json!({
        "program": program.map(|p| p.slug),
        "step": step,
        "stepNumber": step_number,
        "of": of,
    })
}

fn dispatch_detail_on(target: &web_sys::EventTarget, name: &str, detail: &serde_json::Value) {
    let detail = super::json::to_js(detail);
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Sends the step event of `page` on `target`, outside any app: for the
/// start page drawn before the app (`ui::shell`).
pub fn announce_step_on(target: &web_sys::EventTarget, page: Page) {
    dispatch_detail_on(target, STEP_EVENT, &step_event_detail(page));
}

/// The step event's detail for `page`. Not through `HostEvent::dispatch`,
/// whose other events' details would then be start-up code.
fn step_event_detail(page: Page) -> serde_json::Value {
    match HostEvent::step(page) {
        HostEvent::Step {
            program,
            step,
            step_number,
            of,
        } => step_detail(program, step, step_number, of),
        _ => serde_json::Value::Null,
    }
}

fn dispatch_detail(name: &str, detail: &serde_json::Value) {
    let target = use_context::<HostRoot>()
        .and_then(|root| root.0.get_untracked())
        .and_then(|div| div.parent_element());
    if let Some(target) = target {
        dispatch_detail_on(target.unchecked_ref(), name, detail);
    }
}

/// Sends the step events of an app; called once by `App`, inside it (the
/// effects find the mount element through context). The eligibility and
/// outcome events of a program are armed by its first page
/// ([`watch_program`]). `shown`: a page already announced, by the start
/// page drawn before the app (`ui::shell`), which is not announced again.
pub fn watch(app: AppState, shown: Option<Page>) {
    let page = Memo::new(move |_| app.location.with(|l| l.page));
    Effect::new(move |previous: Option<()>| {
        let page = page.get();
        if previous.is_none() && Some(page) == shown {
            return;
        }
        dispatch_detail(STEP_EVENT, &step_event_detail(page));
    });
}

/// Sends a program's eligibility and outcome events from now on, for the
/// app's life; armed by its first page (`AppState::open_program`). Why not
/// at start: only its pages judge its answers or submit them, so opening
/// the app (on the start page, say) arms nothing it does not need.
pub fn watch_program(state: ProgramState) {
    state.under_app(|| arm(state));
}

fn arm(state: ProgramState) {
    let program = state.program;
    // Watched only once a page has made them: the start page judges no
    // program's answers (`ProgramState::derived`).
    let application = Memo::new(move |_| {
        state
            .derived_if_made()
            .map(|d| d.evaluation.with(|e| EligibilitySummary::from(e)))
    });
    let preview = Memo::new(move |_| {
        state
            .derived_if_made()
            .map(|d| d.preview_evaluation.with(|e| EligibilitySummary::from(e)))
    });
    for (summary, is_preview) in [(application, false), (preview, true)] {
        // Memos only notify on a real change; the first summary (the state
        // the app opened with, judged when a page first asks) is not one.
        Effect::new(move |seen: Option<bool>| {
            let summary = summary.get();
            let judged = summary.is_some();
            if let (Some(true), Some(summary)) = (seen, summary) {
                HostEvent::Eligibility {
                    program,
                    preview: is_preview,
                    summary,
                }
                .dispatch();
            }
            judged
        });
    }
    Effect::new(move |_| {
        let Some(outcome) = state.outcome() else {
            return;
        };
        // Serialised as in the payload, so a host can match the two.
        let submitted_at = state.sent.with_untracked(|s| {
            s.as_ref()
                .and_then(|s| serde_json::to_value(s.submitted_at).ok())
                .and_then(|v| v.as_str().map(str::to_string))
        });
        HostEvent::outcome(program, &outcome, submitted_at).dispatch();
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::{COMMUNITY_PARTNER, MEETUP_PRO};

    #[test]
    fn step_details() {
        assert_eq!(
            HostEvent::step(Page::Step(&COMMUNITY_PARTNER, 1)).detail(),
            json!({"program": "community-partner", "step": "event", "stepNumber": 2, "of": 4})
        );
        assert_eq!(
            HostEvent::step(Page::Check(&MEETUP_PRO)).detail(),
            json!({"program": "meetup-pro", "step": "check", "stepNumber": 3, "of": 3})
        );
        assert_eq!(
            HostEvent::step(Page::Preview(&MEETUP_PRO)).detail(),
            json!({"program": "meetup-pro", "step": "preview", "stepNumber": null, "of": null})
        );
        assert_eq!(
            HostEvent::step(Page::Start).detail(),
            json!({"program": null, "step": "start", "stepNumber": null, "of": null})
        );
    }

    #[test]
    fn outcome_details() {
        let e = HostEvent::outcome(
            &COMMUNITY_PARTNER,
            &SubmitOutcome::NotSent {
                why: NotSentWhy::Server { status: 500 },
                attempts: 1,
            },
            None,
        );
        assert_eq!(e.name(), "psf-apply:failed");
        assert_eq!(
            e.detail(),
            json!({"program": "community-partner", "reason": "server", "status": 500, "attempts": 1})
        );
        let e = HostEvent::outcome(
            &MEETUP_PRO,
            &SubmitOutcome::Accepted {
                reference: Some("PSF-MP-000001".into()),
                received_at: None,
            },
            Some("2027-01-15T10:00:00+01:00".into()),
        );
        assert_eq!(
            e.detail(),
            json!({"program": "meetup-pro", "reference": "PSF-MP-000001", "submittedAt": "2027-01-15T10:00:00+01:00"})
        );
    }
}
