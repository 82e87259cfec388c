use leptos::prelude::*;

use crate::ui::i18n::tr;
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
            let title = tr!(
                "submit-problem-rejected-title",
                "The PSF's service could not accept some answers",
            );
            let then = tr!(
                "submit-problem-rejected-then",
                "Change those answers, then submit again.",
            );
            view! {
                <h2 class="psf-error-summary__title">{title}</h2>
                <ul class="psf-list">
                    {words.into_iter().map(|(text, _)| view! { <li>{text}</li> }).collect_view()}
                </ul>
                {about_answers.then(|| view! { <p>{then}</p> })}
            }
            .into_any()
        }
        SubmitOutcome::NotSent { why, .. } => {
            let offline = matches!(why, NotSentWhy::Offline);
            let title = tr!(
                "submit-problem-not-sent-title",
                "Your application has not been sent yet",
            );
            let retry = tr!("submit-problem-retry", "Try again");
            view! {
            <h2 class="psf-error-summary__title">{title}</h2>
            <p>{messages::not_sent(&why)}</p>
            <p>{move || messages::not_sent_kept(offline, saved_in_browser.get())}</p>
            <button type="button" class="psf-button" on:click=move |_| on_retry.run(())>
                {retry}
            </button>
            }
            .into_any()
        }
        SubmitOutcome::NoEndpoint => {
            let title = tr!(
                "submit-problem-no-endpoint-title",
                "This form is not connected to the PSF",
            );
            // The address is a link in the middle of the sentence.
            let before = tr!(
                "submit-problem-no-endpoint-before",
                "Nothing was sent. Download your application and email it to ",
            );
            let after = tr!("submit-problem-no-endpoint-after", ".");
            view! {
                <h2 class="psf-error-summary__title">{title}</h2>
                <p>
                    {before}
                    <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a>
                    {after}
                </p>
            }
            .into_any()
        }
    };
    let download = tr!(
        "submit-problem-download",
        "Download a copy of your application (JSON)",
    );
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
                                    {download}
                                </a>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
