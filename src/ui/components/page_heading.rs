use leptos::html;
use leptos::prelude::*;

use super::error_summary::focus_input;
use crate::ui::scroll;
use crate::ui::state::use_app;

/// A page's `<h1>`, with an optional caption above it (the application's
/// name). After an in-app page change it takes focus (`tabindex=-1`), so a
/// screen reader starts reading the new page from its heading; when the
/// address asks for a question (`?focus=…`, from a "Change" link) that
/// question gets focus instead. Reads the app state.
#[component]
pub fn PageHeading(
    #[prop(into)] text: String,
    #[prop(optional, into)] caption: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let node = NodeRef::<html::H1>::new();
    let offset = scroll::offset_setting();
    Effect::new(move |_| {
        let Some(h1) = node.get() else {
            return;
        };
        if app.navigations.get_untracked() == 0 {
            return;
        }
        match app.location.with_untracked(|l| l.focus.clone()) {
            Some(id) => request_animation_frame(move || focus_input(&id, offset)),
            None => scroll::reveal(&h1, &h1, offset),
        }
    });
    view! {
        <div class="psf-page-heading">
            {caption.map(|c| view! { <span class="psf-caption">{c}</span> })}
            <h1 class="psf-heading-xl" tabindex="-1" node_ref=node>{text}</h1>
        </div>
    }
}
