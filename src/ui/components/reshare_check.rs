use leptos::prelude::*;

use super::radios::{RadioOption, Radios};
use super::text_area::TextArea;
use crate::rules::reshare::{check_post, PostKind};
use crate::rules::thresholds::MAX_POST_TEXT_CHARS;
use crate::ui::i18n::tr;
use crate::ui::ids::dom_id;
use crate::ui::messages;
use crate::ui::page_memo::page_memo;

/// "Will the PSF re-share your post?": the person picks what a social post
/// is and may paste its text; the answer follows the PSF's lists
/// (`rules::reshare`), and words in the text that suggest a fundraiser or
/// a sale are named. Nothing typed here is saved or sent.
#[component]
pub fn ReshareCheck() -> impl IntoView {
    let kind = RwSignal::new(None::<String>);
    let text = RwSignal::new(String::new());
    let check = page_memo(move |_| {
        let kind = kind.with(|k| k.as_deref().and_then(PostKind::from_code))?;
        Some(text.with(|t| check_post(kind, t)))
    });
    let heading_id = dom_id("psf-reshare-title");
    let options = PostKind::ALL
        .iter()
        .map(|k| RadioOption::new(k.code(), messages::post_kind(*k)))
        .collect();
    let result = move || {
        check.get().map(|c| {
            let cues = (!c.cues.is_empty() && c.contradicted).then(|| {
                view! { <p class="psf-body" data-testid="psf-reshare-cues">{messages::reshare_cues(&c)}</p> }
            });
            let slug = messages::reshare_slug(c.outcome);
            view! {
                <div class=format!("psf-reshare__result psf-reshare__result--{slug}") data-outcome=slug data-rule=c.rule>
                    <p class="psf-heading-s">{messages::reshare_outcome(c.outcome)}</p>
                    <p class="psf-body">{messages::reshare_reason(&c)}</p>
                    {cues}
                </div>
            }
        })
    };
    let heading = tr!("reshare-check-heading", "Will the PSF re-share your post?");
    let legend = tr!("reshare-check-kind", "What is the post?");
    let label = tr!("reshare-check-text", "The post's text (optional)");
    let hint = tr!(
        "reshare-check-text-hint",
        "Paste it to check it for words the PSF doesn't re-share. Nothing you paste is saved or sent.",
    );
    view! {
        <section class="psf-reshare psf-no-print" aria-labelledby=heading_id.clone()>
            <h2 class="psf-heading-m" id=heading_id.clone()>{heading}</h2>
            <p class="psf-body">{messages::reshare_intro()}</p>
            <Radios
                id=dom_id("psf-reshare-kind")
                legend=legend
                options=options
                value=kind
                on_change=Callback::new(move |v| kind.set(Some(v)))
                error=Signal::derive(|| None::<String>)
            />
            <TextArea
                id=dom_id("psf-reshare-text")
                label=label
                hint=Some(hint.to_string())
                value=text
                on_input=Callback::new(move |v| text.set(v))
                error=Signal::derive(|| None::<String>)
                max_chars=MAX_POST_TEXT_CHARS
                rows=4
            />
            <div class="psf-reshare__answer" aria-live="polite">{result}</div>
            <ul class="psf-list psf-list--bullet">
                {messages::reshare_facts().into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
            </ul>
        </section>
    }
}
