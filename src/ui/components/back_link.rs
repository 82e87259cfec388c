use leptos::prelude::*;

use crate::ui::i18n::tr;
use crate::ui::instance::Instance;
use crate::ui::route::Page;

/// GOV.UK's "Back" link to the previous step. A real link (the hash is the
/// route), so it works without scripts reading it and keeps the answers,
/// which live in the draft rather than in the page. A widget fixed to one
/// program has no start page to go back to, so there it is left out.
#[component]
pub fn BackLink(
    /// Where it leads, a `#/…` hash.
    #[prop(into)]
    href: String,
    /// The link's words; "Back" unless told.
    #[prop(optional, into)]
    text: Option<String>,
) -> impl IntoView {
    // Given here rather than as the prop's default, where the catalogue's
    // reader of the source would not find it.
    let text = text.unwrap_or_else(|| tr!("back-link-text", "Back").to_string());
    let fixed_program = use_context::<Instance>().is_some_and(|i| i.program.is_some());
    (!(fixed_program && href == Page::Start.href()))
        .then(|| view! { <a class="psf-back-link" href=href>{text}</a> })
}
