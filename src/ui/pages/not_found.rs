use leptos::prelude::*;

use super::use_plain_title;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::i18n::tr;
use crate::ui::messages;
use crate::ui::route::Page;

/// An address inside the app that leads nowhere.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    use_plain_title(messages::not_found_heading());
    let typed = tr!(
        "not-found-typed",
        "If you typed the web address, check it is correct.",
    );
    let start_link = tr!("not-found-start-link", "Go to the start");
    let start_after = tr!(
        "not-found-start-after",
        " to choose a program. Your saved answers are still there.",
    );
    view! {
        <div class="psf-page">
            <PageHeading text=messages::not_found_heading() />
            <p class="psf-body">{typed}</p>
            <p class="psf-body">
                <a class="psf-link" href=Page::Start.href()>{start_link}</a>
                {start_after}
            </p>
        </div>
    }
}
