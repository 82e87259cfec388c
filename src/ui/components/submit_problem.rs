use leptos::prelude::*;

use crate::ui::messages;
use crate::ui::submit::{NotSentWhy, SubmitOutcome};

/// What the check page shows when a submission was not accepted. The answers
/// are kept in every case. A hook for the failure states: `Rejected` maps to
/// the questions, `NotSent` offers Retry (which reuses the idempotency key),
/// `NoEndpoint` offers the JSON to download and send by email.
#[component]
pub fn SubmitProblem(
    outcome: SubmitOutcome,
    /// Sends the same application again (same idempotency key).
    on_retry: Callback<()>,
    /// A `data:` URL of the payload, for "Download a copy (JSON)".
    #[prop(into)]
    download_href: Signal<Option<String>>,
    /// The download's file name.
    #[prop(into)]
    download_name: String,
) -> impl IntoView {
    // Whether the draft really is in storage, or only in this page's memory.
    let saved_in_browser = crate::ui::state::use_app().store.is_persistent();
    let body = match outcome {
        SubmitOutcome::Accepted { .. } => ().into_any(),
        SubmitOutcome::Rejected { problems } => {
            let words: Vec<(String, bool)> = problems
                .into_iter()
                .map(
                    |p| match messages::receipt_problem(&p.pointer, p.code.as_deref()) {
                        Some(words) => (words.to_string(), false),
                        None => (p.detail.or(p.code).unwrap_or(p.pointer), true),
                    },
                )
                .collect();
            // A wrong device clock is not put right by changing an answer.
            let about_answers = words.iter().any(|(_, answer)| *answer);
            view! {
                <h2 class="psf-error-summary__title">"The PSF's service could not accept some answers"</h2>
                <ul class="psf-list">
                    {words.into_iter().map(|(text, _)| view! { <li>{text}</li> }).collect_view()}
                </ul>
                {about_answers.then(|| view! { <p>"Change those answers, then submit again."</p> })}
            }
            .into_any()
        }
        SubmitOutcome::NotSent { why, .. } => {
            let offline = matches!(why, NotSentWhy::Offline);
            view! {
            <h2 class="psf-error-summary__title">"Your application has not been sent yet"</h2>
            <p>{messages::not_sent(&why)}</p>
            <p>{move || messages::not_sent_kept(offline, saved_in_browser.get())}</p>
            <button type="button" class="psf-button" on:click=move |_| on_retry.run(())>
                "Try again"
            </button>
            }
            .into_any()
        }
        SubmitOutcome::NoEndpoint => view! {
            <h2 class="psf-error-summary__title">"This form is not connected to the PSF"</h2>
            <p>
                "Nothing was sent. Download your application and email it to "
                <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a>
                "."
            </p>
        }
        .into_any(),
    };
    view! {
        <div class="psf-submit-problem" role="alert" tabindex="-1">
            {body}
            {move || {
                download_href
                    .get()
                    .map(|href| {
                        view! {
                            <p>
                                <a class="psf-link" href=href download=download_name.clone()>
                                    "Download a copy of your application (JSON)"
                                </a>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
