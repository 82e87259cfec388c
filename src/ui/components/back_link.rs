use leptos::prelude::*;

/// GOV.UK's "Back" link to the previous step. A real link (the hash is the
/// route), so it works without scripts reading it and keeps the answers,
/// which live in the draft rather than in the page.
#[component]
pub fn BackLink(
    /// Where it leads, a `#/…` hash.
    #[prop(into)]
    href: String,
    #[prop(default = "Back".to_string(), into)] text: String,
) -> impl IntoView {
    view! { <a class="psf-back-link" href=href>{text}</a> }
}
