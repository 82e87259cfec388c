use leptos::prelude::*;

use super::use_title;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::messages;
use crate::ui::route::Page;

/// An address inside the app that leads nowhere.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    use_title(Page::NotFound, Signal::derive(|| false));
    view! {
        <div class="psf-page">
            <PageHeading text=messages::page_heading(Page::NotFound) />
            <p class="psf-body">"If you typed the web address, check it is correct."</p>
            <p class="psf-body">
                <a class="psf-link" href=Page::Start.href()>"Go to the start"</a>
                " to choose a program. Your saved answers are still there."
            </p>
        </div>
    }
}
